"""``doorwatch backup`` and ``doorwatch restore``: the whole store to one file and back.

A backup holds everything, accounts and the audit log included (unlike ``export``). A restore
goes only into an empty store, checks the audit chain of what it restored, and adds an audit
entry saying who restored what.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from doorwatch.errors import ConflictError, InputError
from doorwatch.ingest.export_file import typed_row
from doorwatch.ingest.field_parsers import Where
from doorwatch.ingest.files import json_lines
from doorwatch.store import backup as db
from doorwatch.store import open_store
from doorwatch.store.audit import record, verify_chain
from doorwatch.store.database import Store
from doorwatch.store.engine import is_sqlite, resolve_url
from doorwatch.store.migrate import head_revision


def _read_jsonl_backup(
    handle: IO[str], path: Path, schema: str
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (table, typed row) from a JSON Lines backup; its schema must be this doorwatch's."""
    header = json.loads(handle.readline())
    if header.get("schema") != schema:
        raise InputError(
            f"the backup has schema {header.get('schema')!r}, this doorwatch {schema!r}",
            file=str(path),
            expected="a backup made by the same doorwatch version",
        )
    tables = {t.name for t in db.tables()}
    for number, item in json_lines(handle, path, start=2):
        if item.get("table") not in tables:
            raise InputError(f"unknown table {item.get('table')!r}", file=str(path), row=number)
        yield (
            item["table"],
            typed_row(item["table"], item["row"], Where(str(path), number), check=False),
        )


def backup(store: Store, out: Path, *, use_pg_dump: bool | None = None) -> dict[str, Any]:
    """Write a backup of ``store`` to ``out``; return the file, its kind and size.

    SQLite uses the online backup API; PostgreSQL ``pg_dump`` when installed (or when
    ``use_pg_dump`` says so), else doorwatch's JSON Lines backup format.
    """
    if out.is_dir():
        raise InputError("the backup must be a file, not a folder", file=str(out))
    if is_sqlite(store.url):
        db.sqlite_backup(store.engine, out)
        kind = "sqlite"
    elif use_pg_dump if use_pg_dump is not None else db.pg_dump_available():
        db.pg_backup(store.url, out)
        kind = "pg_dump"
    else:
        db.jsonl_backup(store.engine, out, head_revision())
        kind = "jsonl"
    return {"file": str(out), "kind": kind, "bytes": out.stat().st_size}


def restore(url: str | None, path: Path, *, actor: str) -> dict[str, Any]:
    """Restore the backup ``path`` into the empty store at ``url``; return what was restored
    and whether its audit chain holds. A store holding any row is a ConflictError."""
    kind = db.kind_of(path)
    target = resolve_url(url)
    engine = db.engine_for(target)
    try:
        with engine.connect() as connection:
            tables = db.has_tables(connection)
            if tables and not db.is_empty(connection):
                raise ConflictError(
                    "restore goes into an empty store, and this one holds data; "
                    "restore into a new database (then point doorwatch at it)"
                )
    finally:
        engine.dispose()
    if kind == "sqlite":
        if not is_sqlite(target):
            raise InputError("a SQLite backup restores into a SQLite database", field="db")
        db.sqlite_restore(target, path)
    elif kind == "pg_dump":
        if is_sqlite(target):
            raise InputError("a pg_dump backup restores into PostgreSQL", field="db")
        if tables:
            raise ConflictError(
                "a pg_dump backup restores into a database without doorwatch tables "
                "(do not run `doorwatch init` on it first)"
            )
        db.pg_restore(target, path)
    else:
        store = open_store(target, create=True)
        try:
            with path.open(encoding="utf-8") as handle, store.write() as connection:
                db.insert_rows(connection, _read_jsonl_backup(handle, path, head_revision()))
        finally:
            store.close()
    store = open_store(target)  # migrates a backup of an older schema
    try:
        chain = verify_chain(store)
        record(
            store,
            actor=actor,
            action="store.restore",
            record_type="file",
            record_id=path.name,
            after={"kind": kind, "audit_entries": chain.entries, "audit_intact": chain.intact},
        )
    finally:
        store.close()
    return {
        "file": str(path),
        "kind": kind,
        "database": store.display_url,
        "audit_entries": chain.entries,
        "audit_intact": chain.intact,
        "audit_first_broken": chain.broken_id,
    }
