"""Database URLs and engines: the one place where SQLite and PostgreSQL differ.

Everything dialect-specific (how a URL is resolved, how an engine is tuned, how an insert that
must not duplicate is spelled) lives here so that the rest of ``store/`` is dialect-free.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, create_engine, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.sql.dml import Insert

ENV_VAR = "DOORWATCH_DB"


def default_sqlite_path() -> Path:
    """Return the platform's user data path for the default SQLite database."""
    import platformdirs

    return Path(platformdirs.user_data_dir("doorwatch", appauthor=False)) / "doorwatch.sqlite"


def resolve_url(db: str | None = None) -> str:
    """Return a SQLAlchemy URL for ``db``, else ``$DOORWATCH_DB``, else the default SQLite file.

    A value without ``://`` is taken as the path of a SQLite file.
    """
    value = db or os.environ.get(ENV_VAR) or str(default_sqlite_path())
    if "://" in value:
        if value.startswith("postgresql://") or value.startswith("postgres://"):
            # psycopg 3 is the driver doorwatch ships with; accept the plain libpq spelling.
            value = "postgresql+psycopg://" + value.split("://", 1)[1]
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def is_sqlite(url: str) -> bool:
    """Return True when ``url`` points at a SQLite database."""
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """Return the file of a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    """Return an engine for ``url`` with the settings doorwatch relies on for that dialect."""
    if is_sqlite(url):
        engine = create_engine(url, future=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, future=True, pool_pre_ping=True)


def insert_ignoring_duplicates(table: Table, dialect_name: str) -> Insert:
    """Return an INSERT into ``table`` that skips rows whose primary key is already stored."""
    if dialect_name == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing()
    if dialect_name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    raise NotImplementedError(f"unsupported database dialect {dialect_name!r}")


def upsert(table: Table, dialect_name: str, update_columns: Sequence[str]) -> Insert:
    """Return an INSERT into ``table`` that updates ``update_columns`` when the key exists."""
    keys = [c.name for c in table.primary_key.columns]
    if dialect_name == "sqlite":
        stmt = sqlite.insert(table)
        return stmt.on_conflict_do_update(
            index_elements=keys, set_={c: stmt.excluded[c] for c in update_columns}
        )
    if dialect_name == "postgresql":
        pg = postgresql.insert(table)
        return pg.on_conflict_do_update(
            index_elements=keys, set_={c: pg.excluded[c] for c in update_columns}
        )
    raise NotImplementedError(f"unsupported database dialect {dialect_name!r}")
