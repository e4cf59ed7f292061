"""Backups of the whole store, accounts and audit log included, and restoring them.

SQLite: the online backup API copies the database page by page while others keep reading
and writing, and the copy is a consistent snapshot. PostgreSQL: ``pg_dump`` of the store's
schema when the program is installed, else doorwatch's own backup format (JSON Lines of every
table, written in one read transaction). A backup is written to a ``.part`` file and renamed
only when complete, so an interrupted backup never leaves a file that looks whole.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from sqlalchemy import Connection, Engine, create_engine, func, inspect, select
from sqlalchemy.engine import make_url

from doorwatch.errors import InputError, StoreError
from doorwatch.json_encoding import dumps
from doorwatch.store.engine import reset_sequences, sqlite_path
from doorwatch.store.schema import metadata

FORMAT = "doorwatch-backup"
SQLITE_MAGIC = b"SQLite format 3\x00"
PG_DUMP_MAGIC = b"PGDMP"


def tables() -> list[Any]:
    """Return every table of the store (evidence, registry, accounts, audit log), parents first."""
    return list(metadata.sorted_tables)


def kind_of(path: Path) -> str:
    """Return what a backup file holds: ``sqlite``, ``pg_dump`` or ``jsonl``."""
    try:
        with path.open("rb") as handle:
            head = handle.read(64)
    except OSError as error:
        raise InputError(f"cannot read the backup: {error.strerror}", file=str(path)) from None
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    if head.startswith(PG_DUMP_MAGIC):
        return "pg_dump"
    if head.startswith(b'{"format": "' + FORMAT.encode()):
        return "jsonl"
    raise InputError(
        "not a doorwatch backup", file=str(path), expected="a file `doorwatch backup` wrote"
    )


def _finish(part: Path, out: Path) -> None:
    with part.open("rb") as handle:
        os.fsync(handle.fileno())
    part.replace(out)


def sqlite_backup(engine: Engine, out: Path) -> None:
    """Copy the SQLite database of ``engine`` to ``out`` with the online backup API."""
    part = out.with_name(out.name + ".part")
    part.unlink(missing_ok=True)
    raw = engine.raw_connection()
    try:
        target = sqlite3.connect(part)
        try:
            raw.driver_connection.backup(target)  # type: ignore[union-attr]
        finally:
            target.close()
    except sqlite3.Error as error:
        part.unlink(missing_ok=True)
        raise StoreError(f"the backup to {out} failed: {error}") from None
    finally:
        raw.close()
    _finish(part, out)


def sqlite_restore(url: str, backup: Path) -> None:
    """Copy the SQLite backup ``backup`` into the (empty) database at ``url``."""
    path = sqlite_path(url)
    if path is None:
        raise InputError("a SQLite backup restores into a SQLite file", field="db")
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    target = sqlite3.connect(path)
    try:
        check = source.execute("PRAGMA integrity_check").fetchone()
        if not check or check[0] != "ok":
            raise InputError("the backup is damaged (integrity check failed)", file=str(backup))
        source.backup(target)
    except sqlite3.DatabaseError as error:
        raise InputError(f"not a readable SQLite backup: {error}", file=str(backup)) from None
    finally:
        source.close()
        target.close()


def _pg_parts(url: str) -> tuple[list[str], dict[str, str], str]:
    """Return libpq arguments, environment (password kept off the command line) and schema."""
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    args = [f"--dbname={parsed.database}"]
    if parsed.host:
        args.append(f"--host={parsed.host}")
    if parsed.port:
        args.append(f"--port={parsed.port}")
    if parsed.username:
        args.append(f"--username={parsed.username}")
    schema = "public"
    options = parsed.query.get("options")
    for option in [options] if isinstance(options, str) else list(options or ()):
        for part in unquote(option).split():
            if part.startswith("-csearch_path="):
                schema = part.split("=", 1)[1].split(",")[0]
    return args, env, schema


def pg_dump_available() -> bool:
    """Return True when ``pg_dump`` and ``pg_restore`` are installed."""
    return shutil.which("pg_dump") is not None and shutil.which("pg_restore") is not None


def pg_backup(url: str, out: Path) -> None:
    """Dump the store's schema with ``pg_dump`` (custom format) to ``out``."""
    args, env, schema = _pg_parts(url)
    part = out.with_name(out.name + ".part")
    command = ["pg_dump", "--format=custom", "--no-owner", "--no-privileges",
               f"--schema={schema}", f"--file={part}", *args]  # fmt: skip
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        part.unlink(missing_ok=True)
        raise StoreError(f"pg_dump failed: {done.stderr.strip()[:500]}")
    _finish(part, out)


def pg_restore(url: str, backup: Path) -> None:
    """Restore a ``pg_dump`` backup into the (empty) schema of ``url``, in one transaction."""
    args, env, schema = _pg_parts(url)
    listed = subprocess.run(
        ["pg_restore", "--list", str(backup)], env=env, capture_output=True, text=True, check=False
    )
    if listed.returncode != 0:
        raise InputError(
            f"not a readable pg_dump file: {listed.stderr.strip()[:300]}", file=str(backup)
        )
    # The target schema exists already (it is where the store lives); restore what is in it.
    entries = [line for line in listed.stdout.splitlines() if " SCHEMA - " not in line]
    plan = backup.with_name(backup.name + ".list")
    plan.write_text("\n".join(entries) + "\n", encoding="utf-8")
    try:
        command = ["pg_restore", "--no-owner", "--no-privileges", "--single-transaction",
                   "--exit-on-error", f"--use-list={plan}", *args, str(backup)]  # fmt: skip
        env["PGOPTIONS"] = f"-c search_path={schema}"
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    finally:
        plan.unlink(missing_ok=True)
    if done.returncode != 0:
        raise StoreError(f"pg_restore failed: {done.stderr.strip()[:500]}")


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _rows(connection: Connection) -> Iterator[tuple[str, dict[str, Any]]]:
    for table in tables():
        query = select(table).order_by(*table.primary_key.columns)
        for row in connection.execution_options(yield_per=5_000).execute(query).mappings():
            yield table.name, {k: _plain(v) for k, v in row.items()}


def jsonl_backup(engine: Engine, out: Path, schema: str) -> int:
    """Write every table (accounts and audit log included) as JSON Lines to ``out`` from one
    consistent read; return the number of rows."""
    part = out.with_name(out.name + ".part")
    count = 0
    with engine.connect() as connection, part.open("w", encoding="utf-8") as handle:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        handle.write(dumps({"format": FORMAT, "version": 1, "schema": schema}, spaced=True) + "\n")
        for table, row in _rows(connection):
            handle.write(dumps({"table": table, "row": row}, spaced=True) + "\n")
            count += 1
    _finish(part, out)
    return count


def is_empty(connection: Connection) -> bool:
    """Return True when no doorwatch table holds a row (or there are none yet)."""
    present = set(inspect(connection).get_table_names())
    for table in tables():
        if table.name not in present:
            continue
        if connection.execute(select(func.count()).select_from(table)).scalar_one():
            return False
    return True


def has_tables(connection: Connection) -> bool:
    """Return True when the database already holds doorwatch tables."""
    present = set(inspect(connection).get_table_names())
    return bool(present & {t.name for t in tables()})


def insert_rows(
    connection: Connection, rows: Iterator[tuple[str, dict[str, Any]]], batch: int = 5_000
) -> int:
    """Insert ``rows`` (table, row) in the caller's transaction; return how many."""
    by_name = {t.name: t for t in tables()}
    pending: dict[str, list[dict[str, Any]]] = {}
    count = 0

    def flush(name: str) -> None:
        if pending.get(name):
            connection.execute(by_name[name].insert(), pending[name])
            pending[name] = []

    last = None
    for name, row in rows:
        if last is not None and name != last:
            flush(last)
        pending.setdefault(name, []).append(row)
        last = name
        count += 1
        if len(pending[name]) >= batch:
            flush(name)
    if last is not None:
        flush(last)
    reset_sequences(connection, tables())
    return count


def engine_for(url: str) -> Engine:
    """Return a bare engine on ``url`` (no migration), for checks before a restore."""
    return create_engine(url, future=True)
