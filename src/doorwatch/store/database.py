"""Opening the evidence store: checks that the database is readable and of a known schema."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError

from doorwatch.errors import StoreError
from doorwatch.store import migrate
from doorwatch.store.engine import (
    bulk_connection,
    make_engine,
    resolve_url,
    sqlite_path,
    take_write_lock,
)


@dataclass
class Store:
    """A handle on one doorwatch database; every SQL statement goes through ``store/``."""

    url: str
    engine: Engine = field(repr=False)

    @property
    def dialect(self) -> str:
        """Return the dialect name: ``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """Yield a connection for reading; database failures become StoreError."""
        try:
            with self.engine.connect() as connection:
                yield connection
        except (OperationalError, DatabaseError) as error:
            raise StoreError(
                f"cannot read the database {self.display_url}: {_short(error)}"
            ) from error

    @contextmanager
    def write(self, *, keep: bool = True) -> Iterator[Connection]:
        """Yield a connection inside one transaction: all of it is stored, or none of it.

        With ``keep=False`` the transaction is rolled back at the end even when it succeeded
        (a dry run that does all the work and leaves the database as it was).
        """
        try:
            with self.engine.connect() as connection, connection.begin() as transaction:
                take_write_lock(connection)
                yield connection
                if not keep:
                    transaction.rollback()
        except (OperationalError, DatabaseError) as error:
            raise StoreError(
                f"cannot write the database {self.display_url}: {_short(error)}"
            ) from error

    @contextmanager
    def bulk_write(self) -> Iterator[Connection]:
        """Yield a connection inside one transaction set up for loading millions of rows."""
        try:
            with bulk_connection(self.engine) as connection:
                yield connection
        except (OperationalError, DatabaseError) as error:
            raise StoreError(
                f"cannot write the database {self.display_url}: {_short(error)}"
            ) from error

    @property
    def display_url(self) -> str:
        """Return the URL with any password hidden, for messages."""
        return make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        """Release the connections of this store."""
        self.engine.dispose()


def _short(error: Exception) -> str:
    text = str(getattr(error, "orig", None) or error)
    return text.splitlines()[0] if text else type(error).__name__


def open_store(db: str | None = None, *, create: bool = False) -> Store:
    """Return the store at ``db`` (URL, SQLite path, ``$DOORWATCH_DB`` or the default file).

    With ``create`` the database (and the SQLite file's folder) is created and migrated to the
    newest schema; without it a missing or empty database is a StoreError telling the user to
    run ``doorwatch init``. An older schema is migrated; a newer one is refused.
    """
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None:
        if not path.exists() and not create:
            raise StoreError(f"no doorwatch database at {path}; run `doorwatch init` first")
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    store = Store(url=url, engine=engine)
    try:
        with engine.connect() as connection:
            revision = migrate.current_revision(connection)
            tables = set(inspect(connection).get_table_names())
    except (OperationalError, DatabaseError) as error:
        engine.dispose()
        raise StoreError(
            f"cannot open {store.display_url} as a doorwatch database: {_short(error)}"
        ) from error
    try:
        migrate.check_known(revision)
        if revision is None:
            if not create:
                raise StoreError(
                    f"{store.display_url} is not a doorwatch database yet"
                    + (" (it has other tables)" if tables else "")
                    + "; run `doorwatch init` first"
                )
            if tables - {"alembic_version"}:
                raise StoreError(
                    f"{store.display_url} holds tables of another application; "
                    "give doorwatch a database of its own"
                )
        if revision != migrate.head_revision():
            migrate.upgrade(engine)
    except (OperationalError, DatabaseError) as error:
        engine.dispose()
        raise StoreError(f"cannot prepare {store.display_url}: {_short(error)}") from error
    except StoreError:
        engine.dispose()
        raise
    return store
