"""Support cases on both backends: made on release, sealed at rest, keys, consent, money."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from doorwatch.crypto.keyring import read_key_file, write_key_file
from doorwatch.errors import ConflictError, EncryptionKeyError, InputError, PermissionDeniedError
from doorwatch.services import accounts
from doorwatch.services import support_cases as cases
from doorwatch.services import support_funds as funds
from doorwatch.services.accounts import User
from doorwatch.services.support_access import LOCAL_OPERATOR as OP
from doorwatch.services.support_keys import rotate
from doorwatch.services.support_summary import support_summary
from doorwatch.store import Store, write_records
from doorwatch.store import support as db
from tests.support.conftest import database_text

PERSON = "person-ales-bialiatski"
SECRETS = {
    "location": "Ulica Koszykowa 61, Warszawa",
    "contacts": "+48 600 700 800",
    "need_note": "dental treatment after the colony",
    "note": "Met him at the registration centre, very tired",
    "reason": "asks for a trauma therapist",
    "donor": "Hanna Donorova",
}


def _released_case_ids(store: Store) -> set[str]:
    return {r["case_id"] for r in db.list_cases(store)}


def test_each_release_gets_one_case_to_contact(sample_store: Store) -> None:
    from doorwatch.ingest.dataset_folder import bundled_dataset_dir, read_dataset_folder

    made = db.list_cases(sample_store)
    assert made, "the bundled releases made no support case"
    assert {r["status"] for r in made} == {"to_contact"}
    assert all(r["case_id"] for r in made)
    bialiatski = [r for r in made if r["person_id"] == PERSON]
    assert len(bialiatski) == 1 and bialiatski[0]["deal_id"] == "deal-2025-12-13-us"
    write_records(sample_store, read_dataset_folder(bundled_dataset_dir()))
    assert len(db.list_cases(sample_store)) == len(made)


def _fill(store: Store) -> str:
    case = cases.open_case(
        store,
        PERSON,
        "relocated:PL",
        user=OP,
        location=SECRETS["location"],
        contacts=SECRETS["contacts"],
    )
    need = cases.add_need(store, case["id"], "psychological", user=OP, note=SECRETS["need_note"])
    cases.add_note(store, case["id"], SECRETS["note"], user=OP)
    cases.record_consent(
        store, case["id"], given=True, on=date(2025, 12, 20), scope=["bysol:psychological"], user=OP
    )
    cases.refer(store, case["id"], "BYSOL", SECRETS["reason"], user=OP, need_id=need["id"])
    funds.add_fund(store, "ihf", "Humanitarian fund", administrator="NHC", user=OP)
    funds.receive(
        store, "ihf", 2000, "EUR", date(2025, 12, 1), donor=SECRETS["donor"], pledge=False, user=OP
    )
    funds.give(
        store,
        case["id"],
        kind="material_aid",
        amount=500,
        currency="EUR",
        fund_id="ihf",
        on=date(2025, 12, 16),
        user=OP,
        need_id=need["id"],
    )
    return str(case["id"])


def test_no_plaintext_of_a_sensitive_field_in_the_database(
    sample_store: Store, key_file: Path
) -> None:
    case_id = _fill(sample_store)
    shown = cases.show_case(sample_store, case_id, user=OP)
    assert shown["location"] == SECRETS["location"]
    assert shown["notes"][0]["text"] == SECRETS["note"]
    assert shown["needs"][0]["kind"] == "psychological"
    data = database_text(sample_store)
    for name, value in SECRETS.items():
        assert value.encode() not in data, f"{name} stored as plain text"
    # The sealed structured values, as they would look if stored plain (generic words such as
    # "relocated" may appear in the bundled sources' own text).
    for plain in (b'"relocated"', b'"PL"}', b"bysol:psychological", b"psychological"):
        assert plain not in data, plain
    assert b"dw1." in data  # the sealed values are there


def test_rotation_re_seals_everything_and_round_trips(sample_store: Store, key_file: Path) -> None:
    case_id = _fill(sample_store)
    before = cases.show_case(sample_store, case_id, user=OP)
    old_id = read_key_file(key_file).current
    sealed_before = {(t.name, i, c): v for t, i, _o, c, v in db.sealed_values(sample_store)}
    done = rotate(sample_store, user=OP)
    assert done["resealed"] == len(sealed_before) > 0
    ring = read_key_file(key_file)
    assert ring.current == done["key_id"] != old_id and set(ring.keys) == {done["key_id"]}
    sealed_after = {(t.name, i, c): v for t, i, _o, c, v in db.sealed_values(sample_store)}
    assert sealed_after.keys() == sealed_before.keys()
    assert all(v.split(".")[1] == done["key_id"] for v in sealed_after.values())
    assert all(sealed_after[k] != sealed_before[k] for k in sealed_before)
    after = cases.show_case(sample_store, case_id, user=OP)
    for key in ("where", "location", "contacts", "needs", "notes", "referrals", "consent"):
        assert after[key] == before[key], key


def test_missing_or_wrong_key_reads_and_writes_nothing(
    sample_store: Store, key_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    case_id = _fill(sample_store)
    ring = read_key_file(key_file)
    # Without any key: a clear error, no case opened, no note added.
    monkeypatch.setenv("DOORWATCH_KEY_FILE", str(tmp_path / "absent.json"))
    with pytest.raises(EncryptionKeyError, match="keys new"):
        cases.show_case(sample_store, case_id, user=OP)
    with pytest.raises(EncryptionKeyError):
        cases.add_note(sample_store, case_id, "x", user=OP)
    with pytest.raises(EncryptionKeyError):
        cases.open_case(sample_store, "person-maria-kalesnikava", "stayed", user=OP)
    assert len(db.read_case(sample_store, case_id)["notes"]) == 1
    assert db.case_for_person(sample_store, "person-maria-kalesnikava")["status"] == "to_contact"
    # Aggregates still work, without the sealed breakdowns.
    summary = support_summary(sample_store, user=OP)
    assert summary["key_available"] is False and summary["where"] is None
    assert summary["cases_by_status"]["open"] == 1
    # A key of the same id but other bytes: refused, never shown as text.
    wrong = tmp_path / "wrong.json"
    write_key_file(wrong, type(ring)({ring.current or "": b"\x01" * 32}, ring.current))
    monkeypatch.setenv("DOORWATCH_KEY_FILE", str(wrong))
    reads = len([e for e in _audit(sample_store) if e["action"] == "support.read"])
    with pytest.raises(EncryptionKeyError, match="does not open"):
        cases.show_case(sample_store, case_id, user=OP)
    assert len([e for e in _audit(sample_store) if e["action"] == "support.read"]) == reads


def _audit(store: Store) -> list[dict[str, object]]:
    from doorwatch.store.audit import list_entries

    return list_entries(store, limit=1000)[0]


def test_referral_needs_consent_covering_partner_and_need(
    sample_store: Store, key_file: Path
) -> None:
    case = cases.open_case(sample_store, PERSON, "stayed", user=OP)
    need = cases.add_need(sample_store, case["id"], "legal", user=OP)
    with pytest.raises(ConflictError, match="consent"):
        cases.refer(sample_store, case["id"], "bysol", "lawyer", user=OP, need_id=need["id"])
    cases.record_consent(
        sample_store, case["id"], given=True, on=date(2025, 1, 1), scope=["bysol:medical"], user=OP
    )
    with pytest.raises(ConflictError):
        cases.refer(sample_store, case["id"], "bysol", "lawyer", user=OP, need_id=need["id"])
    cases.record_consent(
        sample_store, case["id"], given=True, on=date(2025, 1, 2), scope=["bysol:legal"], user=OP
    )
    cases.refer(sample_store, case["id"], "bysol", "lawyer", user=OP, need_id=need["id"])
    cases.record_consent(
        sample_store, case["id"], given=False, on=date(2025, 1, 3), scope=[], user=OP
    )
    with pytest.raises(ConflictError):
        cases.refer(sample_store, case["id"], "bysol", "lawyer", user=OP, need_id=need["id"])
    shown = cases.show_case(sample_store, case["id"], user=OP)
    assert [r["reason"] for r in shown["referrals"]] == ["lawyer"]


def test_amounts_need_a_known_currency_and_a_rate_for_their_date(
    sample_store: Store, key_file: Path
) -> None:
    funds.add_fund(sample_store, "f", "Fund", administrator=None, user=OP)
    with pytest.raises(InputError, match="unknown currency PLN"):
        funds.receive(
            sample_store, "f", 100, "PLN", date(2025, 12, 15), donor=None, pledge=False, user=OP
        )
    funds.set_rate(sample_store, "PLN", date(2025, 12, 12), 0.236, source="ECB", user=OP)
    done = funds.receive(
        sample_store, "f", 100, "pln", date(2025, 12, 15), donor=None, pledge=False, user=OP
    )  # a weekend uses Friday's rate
    assert done["amount_eur"] == pytest.approx(23.6)
    with pytest.raises(InputError, match="no PLN rate for 2025-12-20"):
        funds.receive(
            sample_store, "f", 100, "PLN", date(2025, 12, 20), donor=None, pledge=True, user=OP
        )
    with pytest.raises(InputError):
        funds.receive(
            sample_store, "f", -5, "EUR", date(2025, 12, 20), donor=None, pledge=False, user=OP
        )
    funds.receive(
        sample_store, "f", 1000, "EUR", date(2025, 12, 20), donor=None, pledge=True, user=OP
    )
    funds.add_cost(sample_store, "f", 10, "EUR", date(2025, 12, 20), description="bank", user=OP)
    position = funds.fund_position(sample_store, user=OP, on=date(2025, 12, 31))
    assert position["balance_eur"] == pytest.approx(13.6)
    assert position["pledged_eur"] == 1000
    assert position["runway_months"] == pytest.approx((13.6 + 1000) / (10 / 3), abs=0.1)


def test_caseworkers_see_their_cases_and_others_only_aggregates(
    sample_store: Store, key_file: Path
) -> None:
    for name, role in (("cw1", "caseworker"), ("cw2", "caseworker"), ("an", "analyst")):
        accounts.add_user(sample_store, name, "long enough", role, actor="test")
    cw1 = User(id=1, name="cw1", role="caseworker")
    cw2 = User(id=2, name="cw2", role="caseworker")
    analyst = User(id=3, name="an", role="analyst")
    mine = cases.open_case(sample_store, PERSON, "stayed", user=cw1)
    assert mine["assigned_to"] == "cw1"
    assert [c["id"] for c in cases.list_cases(sample_store, user=cw1)] == [mine["id"]]
    assert cases.list_cases(sample_store, user=cw2) == []
    with pytest.raises(PermissionDeniedError):
        cases.show_case(sample_store, mine["id"], user=cw2)
    with pytest.raises(PermissionDeniedError):
        cases.open_case(sample_store, PERSON, "stayed", user=cw2)
    with pytest.raises(PermissionDeniedError):
        cases.show_case(sample_store, mine["id"], user=analyst)
    with pytest.raises(PermissionDeniedError):
        cases.assign(sample_store, mine["id"], "cw2", user=cw1)
    cases.assign(sample_store, mine["id"], "cw2", user=OP)
    assert cases.show_case(sample_store, mine["id"], user=cw2)["assigned_to"] == "cw2"
    with pytest.raises(InputError):
        cases.assign(sample_store, mine["id"], "an", user=OP)
    summary = support_summary(sample_store, user=analyst)
    assert summary["suppressed_below"] == 5
    # 1 open case and 5 to contact: the single open one is hidden, and so is its complement.
    assert summary["cases_by_status"] == {"open": None, "to_contact": None}
    assert summary["where"] == {"stayed:BY": None}
    reads = [e for e in _audit(sample_store) if e["action"] == "support.read"]
    assert {(e["actor"], e["record_id"]) for e in reads} == {("cw2", mine["id"])}


def test_support_cli_contract(sample_store: Store, key_file: Path, cli) -> None:  # type: ignore[no-untyped-def]
    db_url = sample_store.url
    made = cli("keys", "new")
    assert made.code == 0 and made.out.strip() == str(key_file)
    opened = cli(
        "support", "open", PERSON, "--where", "expelled:LT", "--format", "json", "--db", db_url
    )
    assert opened.code == 0, opened.err
    case_id = opened.json()["id"]  # type: ignore[index]
    assert cli("support", "note", case_id, "first call done", "--db", db_url).code == 0
    assert cli("support", "need", case_id, "housing", "--db", db_url).code == 0
    shown = cli("support", "show", case_id, "--format", "json", "--db", db_url)
    document = json.loads(shown.out)
    assert [n["text"] for n in document["notes"]] == ["first call done"]
    assert document["where"] == "expelled:LT" and document["needs"][0]["kind"] == "housing"
    bad = cli("support", "open", PERSON, "--where", "relocated", "--db", db_url)
    assert bad.code == 2 and "where" in bad.err


def test_export_is_an_age_file_for_admins_only(
    sample_store: Store, key_file: Path, tmp_path: Path
) -> None:
    import pyrage

    from doorwatch.services.support_keys import export_support

    case_id = _fill(sample_store)
    identity = pyrage.x25519.Identity.generate()
    out = tmp_path / "support.age"
    coordinator = User(id=7, name="co", role="coordinator")
    with pytest.raises(PermissionDeniedError):
        export_support(sample_store, out, recipients=[str(identity.to_public())], user=coordinator)
    assert not out.exists()
    with pytest.raises(InputError):
        export_support(sample_store, out, recipients=["not-a-key"], user=OP)
    done = export_support(sample_store, out, recipients=[str(identity.to_public())], user=OP)
    data = out.read_bytes()
    assert data.startswith(b"age-encryption.org/v1") and SECRETS["note"].encode() not in data
    document = json.loads(pyrage.decrypt(data, [identity]))
    exported = {c["id"]: c for c in document["support_cases"]}
    assert done["cases"] == len(exported) and exported[case_id]["location"] == SECRETS["location"]
    assert any(e["action"] == "support.export" for e in _audit(sample_store))
