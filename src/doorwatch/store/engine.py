"""Database URLs and engines: the one place where SQLite and PostgreSQL differ.

Everything dialect-specific (how a URL is resolved, how an engine is tuned, how an insert that
must not duplicate is spelled) lives here so that the rest of ``store/`` is dialect-free.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
from sqlalchemy import Connection, Engine, Table, create_engine, event, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.dml import Insert

from doorwatch.errors import StoreError

if TYPE_CHECKING:
    from sqlalchemy.dialects.postgresql import Insert as PgInsert

ENV_VAR = "DOORWATCH_DB"


def default_sqlite_path() -> Path:
    """Return the platform's user data path for the default SQLite database."""

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


# How long a SQLite write waits for the write lock before it is refused (a 503 on the web).
# SQLite has one writer at a time and its waiting is not first-come-first-served: with dozens
# of web writes and a command-line import of a few thousand rows (seconds) in the queue, some
# writes waited more than 5 seconds. Beyond this a write is told the database is busy.
SQLITE_BUSY_MS = 15_000


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
    cursor.close()


# The web app reads from up to 40 threads at once (the thread pool that runs its handlers).
# SQLAlchemy keeps only 5 connections by default and opens and closes every one beyond that,
# which under load costs more than the queries. A SQLite connection is a file handle, so
# keep enough for every thread; PostgreSQL connections cost the server more, so keep fewer
# and let the rest wait their turn.
_SQLITE_POOL = {"pool_size": 40, "max_overflow": 20}
_POSTGRESQL_POOL = {"pool_size": 10, "max_overflow": 20}


def make_engine(url: str) -> Engine:
    """Return an engine for ``url`` with the settings doorwatch relies on for that dialect."""
    if is_sqlite(url):
        pool = _SQLITE_POOL if sqlite_path(url) is not None else {}
        engine = create_engine(url, future=True, **pool)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, future=True, pool_pre_ping=True, **_POSTGRESQL_POOL)


def _pg_insert(table: Table) -> PgInsert:
    # Deferred: the PostgreSQL dialect package imports in 15-20 ms (python -X importtime),
    # a tenth of the CLI's start-up budget, and a SQLite store never needs it.
    from sqlalchemy.dialects.postgresql import insert

    return insert(table)


def take_write_lock(connection: Connection) -> None:
    """Start a write transaction by taking the database's write lock at once (SQLite).

    SQLite starts a transaction as a reader and upgrades it at its first write to the main
    database. When another writer is committing at that moment the upgrade is refused at once
    ("database is locked", no waiting), because each would wait for the other; an import that
    fills a scratch table and reads for seconds before writing lost that race every time
    beside a busy web server. Taking the lock first makes every writer wait its turn within
    the busy timeout instead. PostgreSQL locks rows, not the database: nothing to do.
    """
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def insert_ignoring_duplicates(table: Table, dialect_name: str) -> Insert:
    """Return an INSERT into ``table`` that skips rows whose primary key is already stored."""
    if dialect_name == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing()
    if dialect_name == "postgresql":
        return _pg_insert(table).on_conflict_do_nothing()
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
        pg = _pg_insert(table)
        return pg.on_conflict_do_update(
            index_elements=keys, set_={c: pg.excluded[c] for c in update_columns}
        )
    raise NotImplementedError(f"unsupported database dialect {dialect_name!r}")


@contextmanager
def migration_connection(engine: Engine) -> Iterator[Connection]:
    """Yield a connection in a transaction for schema migrations.

    SQLite rebuilds a table to change a column (copy, drop, rename); with foreign keys enforced
    the drop of a referenced table (cases) fails, and the check cannot be switched off inside a
    transaction. So on SQLite the check is off for the migration and every reference is checked
    before the commit; PostgreSQL alters columns in place and needs nothing.
    """
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        if connection.in_transaction():
            connection.commit()  # the pragma (or the driver) opened one; the migration's is next
        try:
            with connection.begin():
                yield connection
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise StoreError(f"a migration left broken references: {broken[:5]}")
        finally:
            if connection.in_transaction():
                connection.rollback()
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys = ON")
                connection.commit()


def lock_for_rebuild(connection: Connection, table: Table) -> None:
    """Make concurrent rebuilds of the derived ``table`` wait for each other.

    On PostgreSQL two transactions could each delete the rows they see and add their own,
    leaving both sets; the lock lets the second start after the first commits (readers are not
    blocked). SQLite admits one writer at a time, so there is nothing to do.
    """
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f'LOCK TABLE "{table.name}" IN SHARE ROW EXCLUSIVE MODE')


@contextmanager
def bulk_connection(engine: Engine) -> Iterator[Connection]:
    """Yield a connection inside one transaction, tuned for loading millions of rows.

    On SQLite the load skips fsync (a crash loses the load, never the rows committed before:
    the rollback journal is kept) and gets a large page cache and in-memory sorting for the
    index builds; the settings are put back before the connection returns to the pool.
    """
    with engine.connect() as connection:
        sqlite_file = connection.dialect.name == "sqlite"
        if sqlite_file:
            before = {
                p: int(connection.exec_driver_sql(f"PRAGMA {p}").scalar_one())
                for p in ("synchronous", "cache_size", "temp_store")
            }
            # PRAGMAs take effect outside a transaction only, so end the implicit one first.
            for pragma in ("synchronous=OFF", "cache_size=-262144", "temp_store=MEMORY"):
                connection.exec_driver_sql(f"PRAGMA {pragma}")
            connection.commit()
        try:
            with connection.begin():
                take_write_lock(connection)
                yield connection
        finally:
            if sqlite_file:
                for pragma, value in before.items():
                    connection.exec_driver_sql(f"PRAGMA {pragma}={value}")
                connection.commit()


@contextmanager
def large_cache(connection: Connection) -> Iterator[None]:
    """Give a SQLite connection a 256 MB page cache for one long write, then put it back.

    A streamed import inserts into indexes of millions of rows in key order that is random;
    with SQLite's default 2 MB cache each insert reads pages back from the file, and the cost
    per row grows with the table. PostgreSQL sizes its own buffers, so it is left alone.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    before = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
    before_temp = int(connection.exec_driver_sql("PRAGMA temp.cache_size").scalar_one())
    connection.exec_driver_sql("PRAGMA cache_size=-262144")
    # The import's scratch table (keys seen so far) grows with the file in the temporary
    # database, whose own cache is 2 MB: past that, each lookup read pages back from disk.
    connection.exec_driver_sql("PRAGMA temp.cache_size=-65536")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={before}")
        connection.exec_driver_sql(f"PRAGMA temp.cache_size={before_temp}")


def analyze_within(connection: Connection, table_names: Iterable[str]) -> None:
    """Refresh the planner's statistics of ``table_names`` inside the open transaction.

    A bulk write into a table that had few rows, or none, leaves PostgreSQL planning its
    lookups for the table it was: an ``IN`` list of a batch's keys then looks unselective, the
    key index is read by its first column alone and each batch reads every row written before
    it. ``ANALYZE`` may run inside a transaction and counts that transaction's own rows.
    SQLite's planner does not need it.
    """
    if connection.dialect.name != "postgresql":
        return
    for name in sorted(set(table_names)):
        connection.exec_driver_sql(f'ANALYZE "{name}"')


def first_holders(
    connection: Connection, table: Table, key: str, holder: str, keys: Sequence[str], most: int
) -> dict[str, list[Any]]:
    """Return, for each of ``keys``, up to ``most`` values of column ``holder`` of the rows of
    ``table`` whose column ``key`` equals it (an index range read per key; keys without rows
    are left out).

    PostgreSQL answers many keys in one statement (a LATERAL join over the key list), since
    each round trip to the server costs more than the read; SQLite, in the same process, runs
    one short statement per key.
    """
    found: dict[str, list[Any]] = {}
    if connection.dialect.name == "postgresql":
        statement = text(
            f'SELECT k.key, h."{holder}" FROM unnest(CAST(:keys AS text[])) AS k(key) '
            f'CROSS JOIN LATERAL (SELECT "{holder}" FROM "{table.name}" '
            f'WHERE "{key}" = k.key LIMIT :most) AS h'
        )
        for start in range(0, len(keys), 2_000):
            chunk = list(keys[start : start + 2_000])
            for value, held_by in connection.execute(statement, {"keys": chunk, "most": most}):
                found.setdefault(value, []).append(held_by)
        return found
    sql = f'SELECT "{holder}" FROM "{table.name}" WHERE "{key}" = ? LIMIT ?'
    for value in keys:
        rows = connection.exec_driver_sql(sql, (value, most)).all()
        if rows:
            found[value] = [row[0] for row in rows]
    return found


def copy_rows(
    connection: Connection, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    """Append ``rows`` (tuples of plain values in ``columns`` order; dates as ISO strings) to
    ``table`` by the fastest path the database has: COPY on PostgreSQL, executemany on SQLite."""
    names = ", ".join(f'"{c}"' for c in columns)
    if connection.dialect.name == "postgresql":
        driver = connection.connection.driver_connection
        assert driver is not None
        statement = f'COPY "{table.name}" ({names}) FROM STDIN'
        # Deferred: only PostgreSQL needs the driver, and SQLite commands do not pay for its
        # import (0.1 s, measured with python -X importtime).
        import psycopg

        try:
            with driver.cursor() as cursor, cursor.copy(statement) as copy:
                for row in rows:
                    copy.write_row(row)
        except psycopg.Error as error:
            # COPY goes round SQLAlchemy, so its failures (a full disk, a lost server) come
            # as the driver's own; wrapped as SQLAlchemy's they become a StoreError as usual.
            raise DBAPIError.instance(statement, None, error, psycopg.Error) from error
        return
    marks = ", ".join("?" for _ in columns)
    connection.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', list(rows))


def secondary_indexes(connection: Connection, table: Table) -> list[tuple[str, str]]:
    """Return (name, CREATE statement) of each index on ``table`` that no constraint needs."""
    if connection.dialect.name == "postgresql":
        query = text(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i "
            "WHERE i.schemaname = current_schema() AND i.tablename = :t AND NOT EXISTS ("
            "SELECT 1 FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
            "WHERE n.nspname = i.schemaname AND c.conname = i.indexname) ORDER BY 1"
        )
    else:
        # Indexes SQLite makes for a key have no SQL; only those created by name are listed.
        query = text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :t "
            "AND sql IS NOT NULL ORDER BY 1"
        )
    return [(str(n), str(sql)) for n, sql in connection.execute(query, {"t": table.name})]


def refresh_statistics(engine: Engine, tables: Sequence[Table]) -> None:
    """Bring the planner's statistics of ``tables`` up to date after a bulk load.

    PostgreSQL plans by them (and marks pages all-visible for index-only scans on VACUUM);
    SQLite's planner does well on its defaults, so it is left as it is.
    """
    if engine.dialect.name != "postgresql":
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        for table in tables:
            connection.exec_driver_sql(f'VACUUM ANALYZE "{table.name}"')


def upsert_computed(table: Table, dialect_name: str, set_: dict[str, Any]) -> Insert:
    """Return an INSERT into ``table`` that, when the key exists, sets columns to the SQL
    expressions of ``set_`` instead (they may read the stored row); atomic on both dialects."""
    keys = [c.name for c in table.primary_key.columns]
    if dialect_name == "sqlite":
        return sqlite.insert(table).on_conflict_do_update(index_elements=keys, set_=set_)
    if dialect_name == "postgresql":
        return _pg_insert(table).on_conflict_do_update(index_elements=keys, set_=set_)
    raise NotImplementedError(f"unsupported database dialect {dialect_name!r}")


def lock_for_append(connection: Connection, table: Table) -> None:
    """Make appends to the chained ``table`` wait for each other, so that each reads the hash
    of the entry before it after that entry is committed (two appends never share a parent).

    PostgreSQL: a table lock that conflicts with itself (readers are not blocked). SQLite: a
    write that changes nothing, which takes the database's write lock now rather than at the
    insert (the driver starts a transaction only at the first write).
    """
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f'LOCK TABLE "{table.name}" IN SHARE ROW EXCLUSIVE MODE')
    else:
        connection.exec_driver_sql("UPDATE settings SET value = value WHERE 0")


_SQLITE_APPEND_ONLY = (
    "CREATE TRIGGER {table}_no_{verb} BEFORE {op} ON {table} "
    "BEGIN SELECT RAISE(ABORT, '{table} is append-only: entries cannot be changed or removed'); END"
)
_PG_FUNCTION = (
    "CREATE OR REPLACE FUNCTION doorwatch_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION USING MESSAGE = TG_TABLE_NAME "
    "|| ' is append-only: entries cannot be changed or removed'; END $$"
)
_PG_TRIGGER = (
    "CREATE TRIGGER {table}_no_{verb} BEFORE {op} ON {table} "
    "FOR EACH STATEMENT EXECUTE FUNCTION doorwatch_append_only()"
)


def append_only_statements(
    dialect_name: str, table: str = "audit_log", *, drop: bool = False
) -> list[str]:
    """Return the SQL that makes the database itself refuse UPDATE, DELETE (and, on
    PostgreSQL, TRUNCATE) of ``table``; with ``drop``, the SQL that removes that guard."""
    ops = [("update", "UPDATE"), ("delete", "DELETE")]
    if dialect_name == "postgresql":
        ops.append(("truncate", "TRUNCATE"))
        if drop:
            return [f"DROP TRIGGER IF EXISTS {table}_no_{verb} ON {table}" for verb, _ in ops]
        return [_PG_FUNCTION] + [
            _PG_TRIGGER.format(table=table, verb=verb, op=op) for verb, op in ops
        ]
    if dialect_name == "sqlite":
        if drop:
            return [f"DROP TRIGGER IF EXISTS {table}_no_{verb}" for verb, _ in ops]
        return [_SQLITE_APPEND_ONLY.format(table=table, verb=verb, op=op) for verb, op in ops]
    raise NotImplementedError(f"unsupported database dialect {dialect_name!r}")


def reset_sequences(connection: Connection, tables: Iterable[Table]) -> None:
    """Move PostgreSQL's id sequences past the ids of rows inserted with explicit ids (after a
    restore), so the next insert does not collide; SQLite needs nothing."""
    if connection.dialect.name != "postgresql":
        return
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or keys[0].autoincrement is not True:
            continue
        name, column = table.name, keys[0].name
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{name}', '{column}'), "
            f'COALESCE((SELECT MAX("{column}") FROM "{name}"), 0) + 1, false)'
        )
