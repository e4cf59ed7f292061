"""The audit log is append-only in the database, chained by hashes, and written by every
change with one consistent actor."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, text, update

from doorwatch.errors import StoreError
from doorwatch.services import accounts
from doorwatch.store import Store, open_store
from doorwatch.store.audit import verify_chain
from doorwatch.store.engine import append_only_statements
from doorwatch.store.schema_accounts import audit_log


def _some_entries(store: Store) -> None:
    accounts.add_user(store, "ana", "long enough password", "analyst", actor="admin")
    accounts.set_role(store, "ana", "viewer", actor="admin")
    accounts.change_setting(store, "public_read", "true", actor="admin")
    accounts.new_token(store, "ana", actor="admin")


def test_the_database_refuses_to_change_or_remove_entries(store: Store) -> None:
    _some_entries(store)
    for statement in (
        update(audit_log).values(actor="someone else"),
        delete(audit_log).where(audit_log.c.id == 1),
        delete(audit_log),
    ):
        with pytest.raises(StoreError, match="append-only"), store.write() as connection:
            connection.execute(statement)
    if store.engine.dialect.name == "postgresql":
        with pytest.raises(StoreError, match="append-only"), store.write() as connection:
            connection.execute(text("TRUNCATE audit_log"))
    assert verify_chain(store).intact and verify_chain(store).entries == 4


def _untrigger(store: Store) -> None:
    # What an attacker with full rights on the database would do first.
    with store.write() as connection:
        for statement in append_only_statements(connection.dialect.name, drop=True):
            connection.exec_driver_sql(statement)


def test_a_changed_entry_breaks_the_chain_there(store: Store) -> None:
    _some_entries(store)
    _untrigger(store)
    with store.write() as connection:
        connection.execute(update(audit_log).where(audit_log.c.id == 2).values(actor="mallory"))
    check = verify_chain(store)
    assert (check.intact, check.broken_id) == (False, 2)
    assert "changed" in check.reason


def test_a_removed_entry_breaks_the_chain_at_the_next(store: Store) -> None:
    _some_entries(store)
    _untrigger(store)
    with store.write() as connection:
        connection.execute(delete(audit_log).where(audit_log.c.id == 3))
    check = verify_chain(store)
    assert (check.intact, check.broken_id) == (False, 4)
    assert "removed" in check.reason


def test_audit_verify_command(cli, db_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("init", "--sample", "--db", db_url).code == 0
    ok = cli("audit", "verify", "--format", "json", "--db", db_url)
    assert ok.code == 0 and ok.json()["intact"] is True
    store = open_store(db_url)
    _untrigger(store)
    with store.write() as connection:
        connection.execute(update(audit_log).where(audit_log.c.id == 1).values(after="{}"))
    store.close()
    broken = cli("audit", "verify", "--db", db_url)
    assert broken.code == 4
    assert "broken at entry 1" in broken.err


def test_every_write_path_is_audited_with_one_actor(cli, db_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from doorwatch.cli.options import cli_actor

    article = tmp_path / "a.txt"
    article.write_text(
        "Minsk, 3 March 2025. A rights group said that more than 1,150 political prisoners "
        "were held in Belarus.",
        encoding="utf-8",
    )
    registry = tmp_path / "r.csv"
    registry.write_text("name,status,detained_on\nAnna Testova,held,2023-03-01\n", "utf-8")
    for args in (
        ("init", "--sample"),
        ("import", str(registry)),
        ("ingest", str(article), "--published", "2025-03-03"),
        ("settings", "set", "public_read", "true"),
    ):
        assert cli(*args, "--db", db_url).code == 0, args
    log = cli("audit", "log", "--format", "json", "--db", db_url).json()
    assert isinstance(log, list)
    actions = {e["action"] for e in log}
    assert {"import", "article.ingest", "setting.set"} <= actions
    assert {e["actor"] for e in log} == {cli_actor()}
