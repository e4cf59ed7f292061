"""doorwatch backup and restore: everything comes back (accounts and the audit log too), on
SQLite and PostgreSQL, through pg_dump and through the JSON Lines backup."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from doorwatch.errors import ConflictError
from doorwatch.services import accounts
from doorwatch.services.backup import backup, restore
from doorwatch.services.review import review
from doorwatch.store import Store, open_store
from doorwatch.store.evidence import list_claims
from tests.conftest import PG_URL


def _everything(store: Store) -> dict[str, list[tuple[object, ...]]]:
    from doorwatch.store.schema import metadata

    found = {}
    with store.read() as connection:
        for table in metadata.sorted_tables:
            rows = connection.execute(sa.select(table).order_by(*table.primary_key.columns))
            found[table.name] = [tuple(r) for r in rows]
    return found


def _busy(store: Store) -> None:
    from doorwatch.ingest.dataset_folder import bundled_dataset_dir
    from doorwatch.ingest.importer import import_path

    import_path(store, bundled_dataset_dir(), actor="test")
    accounts.add_user(store, "keeper", "long enough password", "analyst", actor="test")
    accounts.new_token(store, "keeper", actor="test")
    claim = list_claims(store, status="accepted")[0]["id"]
    review(store, claim, "edit", actor="keeper", edits={"note": "kept in the backup"})


@pytest.fixture
def empty_pg_url() -> object:
    """A PostgreSQL schema with nothing in it, for restoring into."""
    if not PG_URL:
        pytest.skip("no PostgreSQL server")
    schema = "r_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(PG_URL)
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    with admin.begin() as connection:
        connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


def _round_trip(
    store: Store, out: Path, target: str, *, wipe: bool = False, **options: object
) -> dict[str, object]:
    made = backup(store, out, **options)  # type: ignore[arg-type]
    original = _everything(store)
    if wipe:  # the database is lost: its schema is dropped and made again, empty
        store.close()
        schema = target.rsplit("%3D", 1)[1]
        admin = sa.create_engine(PG_URL)
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
            connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
        admin.dispose()
    result = restore(target, out, actor="test")
    restored = open_store(target)
    try:
        copy = _everything(restored)
        # the restore adds its own audit entry at the end; everything before is identical
        assert copy["audit_log"][:-1] == original["audit_log"]
        assert {k: v for k, v in copy.items() if k != "audit_log"} == {
            k: v for k, v in original.items() if k != "audit_log"
        }
        assert result["audit_intact"] is True
        # the restored store works: ids continue, logins and tokens still hold
        accounts.add_user(restored, "after", "long enough password", "viewer", actor="test")
        assert accounts.authenticate(restored, "keeper", "long enough password", "1.2.3.4")
    finally:
        restored.close()
    return made


def test_round_trip(db_url: str, tmp_path: Path) -> None:
    store = open_store(db_url, create=True)
    _busy(store)
    if store.engine.dialect.name == "sqlite":
        made = _round_trip(store, tmp_path / "b.sqlite", str(tmp_path / "restored.sqlite"))
        assert made["kind"] == "sqlite"
        store.close()
        return
    if not shutil.which("pg_dump"):
        pytest.skip("pg_dump is not installed")
    # pg_dump names its schema: the backup comes back into a database where that schema is
    # empty (a new server, or the old one after the loss)
    made = _round_trip(store, tmp_path / "b.dump", db_url, wipe=True)
    assert made["kind"] == "pg_dump"


def test_round_trip_without_pg_dump(db_url: str, tmp_path: Path, empty_pg_url: object) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("the JSON Lines backup is PostgreSQL's fallback")
    store = open_store(db_url, create=True)
    _busy(store)
    made = _round_trip(store, tmp_path / "b.jsonl", str(empty_pg_url), use_pg_dump=False)
    assert made["kind"] == "jsonl"
    store.close()


def test_restore_refuses_a_store_with_data(store: Store, tmp_path: Path) -> None:
    _busy(store)
    out = tmp_path / "b.bak"
    backup(store, out, use_pg_dump=False)
    with pytest.raises(ConflictError, match="empty store"):
        restore(store.url, out, actor="test")


def test_backup_and_restore_commands(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "live.sqlite")
    assert cli("init", "--sample", "--db", db).code == 0
    made = cli("backup", str(tmp_path / "nightly.sqlite"), "--format", "json", "--db", db)
    assert made.code == 0 and made.json()["kind"] == "sqlite"
    assert not (tmp_path / "nightly.sqlite.part").exists()
    done = cli(
        "restore",
        str(tmp_path / "nightly.sqlite"),
        "--format",
        "json",
        "--db",
        str(tmp_path / "new.sqlite"),
    )
    assert done.code == 0 and done.json()["audit_intact"] is True
    again = cli("restore", str(tmp_path / "nightly.sqlite"), "--db", db)
    assert again.code == 5 and "empty store" in again.err
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"not a backup")
    bad = cli("restore", str(junk), "--db", str(tmp_path / "other.sqlite"))
    assert bad.code == 2 and "not a doorwatch backup" in bad.err
