"""Support cases of released people: open, assign, needs, notes, consent and referrals.

Sensitive fields (where the person is, location, contacts, needs, notes, consent scope,
referral reasons) are sealed here before they reach the store and opened here after they
leave it; without the key nothing is read or written and the error says where keys are looked
for. Every read of a case is written to the audit log.
"""

from __future__ import annotations

import json
import secrets
from datetime import date, datetime
from typing import Any

from doorwatch.crypto.keyring import KeyRing, load_keyring
from doorwatch.crypto.sealed import place, seal, unseal
from doorwatch.errors import ConflictError, InputError, NotFoundError, PermissionDeniedError
from doorwatch.json_encoding import dumps
from doorwatch.services.accounts import User
from doorwatch.services.support_access import (
    require_case,
    require_casework,
    require_coordinator,
    sees_all,
)
from doorwatch.services.support_funds import check_day
from doorwatch.services.support_vocabulary import choice, parse_where, where_text
from doorwatch.store import Store
from doorwatch.store import accounts as account_db
from doorwatch.store import support as db
from doorwatch.store.schema_support import (
    support_needs,
    support_notes,
    support_referrals,
)

Row = dict[str, Any]


def _ring() -> KeyRing:
    ring = load_keyring()
    ring.current_key()  # no key: stop before anything is read or written
    return ring


def _seal(ring: KeyRing, table: str, column: str, owner: str, value: str | None) -> str | None:
    return seal(ring, value, place(table, column, owner))


def _open(ring: KeyRing, table: str, column: str, owner: str, value: str | None) -> str | None:
    return unseal(ring, value, place(table, column, owner))


def _text(value: str | None, field: str, *, required: bool = False) -> str | None:
    if value is None or not value.strip():
        if required:
            raise InputError(f"{field} is empty", field=field)
        return None
    return value.strip()


def _case_for(store: Store, case_id: str, user: User) -> Row:
    case = db.get_case(store, case_id)
    require_case(user, case)
    return case


def open_case(
    store: Store,
    person_id: str,
    where: str,
    *,
    user: User,
    location: str | None = None,
    contacts: str | None = None,
) -> Row:
    """Open support for ``person_id`` and return the case (opened, without sensitive values).

    A case "to contact" made when the release was recorded is opened rather than duplicated.
    A caseworker who opens a case is assigned to it.
    """
    require_casework(user)
    parsed = parse_where(where)
    ring = _ring()
    if not db.person_exists(store, person_id):
        raise NotFoundError(f"no person {person_id!r}; `doorwatch people --search NAME` finds ids")
    existing = db.case_for_person(store, person_id)
    assignee = existing["assigned_to"] if existing else None
    if user.role == "caseworker":
        if assignee not in (None, user.name):
            raise PermissionDeniedError(
                f"{person_id} already has support case {existing and existing['id']} assigned to "
                "another caseworker; ask a coordinator"
            )
        assignee = user.name
    case_id = existing["id"] if existing else "sc-" + secrets.token_hex(6)
    values: Row = {
        "status": "open",
        "assigned_to": assignee,
        "where_sealed": _seal(ring, "support_cases", "where", case_id, dumps(parsed, spaced=True)),
    }
    if location is not None:
        values["location_sealed"] = _seal(ring, "support_cases", "location", case_id, location)
    if contacts is not None:
        values["contacts_sealed"] = _seal(ring, "support_cases", "contacts", case_id, contacts)
    if existing:
        db.update_case(store, case_id, values, actor=user.name, action="support.open")
    else:
        now = datetime.now()
        row = {
            "id": case_id,
            "person_id": person_id,
            "origin": "manual",
            "consent_given": False,
            "opened_at": now,
            "updated_at": now,
            **values,
        }
        db.insert_case(store, row, actor=user.name)
    case = db.get_case(store, case_id)
    return {**_summary(case), "where": where_text(parsed)}


def _summary(case: Row) -> Row:
    """The fields of a case anyone allowed to list it may see (nothing sealed)."""
    return {
        "id": case["id"],
        "person_id": case["person_id"],
        "person_name": case.get("person_name"),
        "case_id": case["case_id"],
        "deal_id": case["deal_id"],
        "status": case["status"],
        "origin": case["origin"],
        "assigned_to": case["assigned_to"],
        "consent_given": bool(case["consent_given"]),
        "opened_at": case["opened_at"],
        "updated_at": case["updated_at"],
    }


def list_cases(store: Store, *, user: User) -> list[Row]:
    """Return the support cases ``user`` may see (all for coordinators, their own for
    caseworkers), without sensitive fields."""
    require_casework(user)
    rows = db.list_cases(store, assigned_to=None if sees_all(user) else user.name)
    return [_summary(r) for r in rows]


def show_case(store: Store, case_id: str, *, user: User) -> Row:
    """Return the support case with every field opened, its needs, notes, referrals and aid.

    The read is written to the audit log once every value opened; a missing or wrong key
    stops it before anything is shown or logged as read.
    """
    case = _case_for(store, case_id, user)
    ring = _ring()
    full = db.read_case(store, case_id)
    where = _open(ring, "support_cases", "where", case_id, full["where_sealed"])
    scope = _open(ring, "support_cases", "consent_scope", case_id, full["consent_scope_sealed"])
    shown = {
        **_summary(case),
        "where": where_text(json.loads(where)) if where else None,
        "location": _open(ring, "support_cases", "location", case_id, full["location_sealed"]),
        "contacts": _open(ring, "support_cases", "contacts", case_id, full["contacts_sealed"]),
        "consent": {
            "given": bool(full["consent_given"]),
            "on": full["consent_on"],
            "scope": json.loads(scope) if scope else [],
        },
        "needs": [
            {
                "id": n["id"],
                "kind": _open(ring, "support_needs", "kind", case_id, n["kind_sealed"]),
                "status": n["status"],
                "note": _open(ring, "support_needs", "note", case_id, n["note_sealed"]),
                "opened_at": n["opened_at"],
                "updated_at": n["updated_at"],
                "updated_by": n["updated_by"],
            }
            for n in full["needs"]
        ],
        "notes": [
            {
                "id": n["id"],
                "at": n["at"],
                "author": n["author"],
                "text": _open(ring, "support_notes", "text", case_id, n["text_sealed"]),
            }
            for n in full["notes"]
        ],
        "referrals": [
            {
                "id": r["id"],
                "partner": r["partner"],
                "need_id": r["need_id"],
                "at": r["at"],
                "by": r["by"],
                "reason": _open(ring, "support_referrals", "reason", case_id, r["reason_sealed"]),
            }
            for r in full["referrals"]
        ],
        "aid": [
            {
                k: a[k]
                for k in (
                    "id",
                    "need_id",
                    "fund_id",
                    "kind",
                    "status",
                    "on",
                    "amount",
                    "currency",
                    "amount_eur",
                    "organisation",
                    "recorded_by",
                )
            }
            for a in full["aid"]
        ],
    }
    db.record_read(store, [case_id], actor=user.name, action="support.read")
    return shown


def add_need(store: Store, case_id: str, kind: str, *, user: User, note: str | None = None) -> Row:
    """Add a need of ``kind`` (status open) to the case; return it."""
    _case_for(store, case_id, user)
    choice("need_kinds", kind, "kind")
    ring = _ring()
    now = datetime.now()
    row = {
        "support_case_id": case_id,
        "kind_sealed": _seal(ring, "support_needs", "kind", case_id, kind),
        "status": "open",
        "note_sealed": _seal(ring, "support_needs", "note", case_id, _text(note, "note")),
        "opened_at": now,
        "updated_at": now,
        "updated_by": user.name,
    }
    need_id = db.add_child(store, support_needs, row, actor=user.name, action="support.need")
    return {"id": need_id, "support_case_id": case_id, "kind": kind, "status": "open"}


def set_need_status(store: Store, need_id: int, status: str, *, user: User) -> Row:
    """Set the status of need ``need_id``; return the need (without its sealed fields)."""
    need = db.get_need(store, need_id)
    _case_for(store, need["support_case_id"], user)
    choice("need_statuses", status, "status")
    db.update_need(
        store,
        need_id,
        {"status": status, "updated_at": datetime.now(), "updated_by": user.name},
        actor=user.name,
    )
    return {"id": need_id, "support_case_id": need["support_case_id"], "status": status}


def add_note(store: Store, case_id: str, text: str, *, user: User) -> Row:
    """Add a note to the case; return its id and time (the text stays sealed)."""
    _case_for(store, case_id, user)
    body = _text(text, "text", required=True)
    ring = _ring()
    now = datetime.now()
    row = {
        "support_case_id": case_id,
        "at": now,
        "author": user.name,
        "text_sealed": _seal(ring, "support_notes", "text", case_id, body),
    }
    note_id = db.add_child(store, support_notes, row, actor=user.name, action="support.note")
    return {"id": note_id, "support_case_id": case_id, "at": now, "author": user.name}


def assign(store: Store, case_id: str, caseworker: str | None, *, user: User) -> Row:
    """Assign the case to ``caseworker`` (None: unassign); coordinators only."""
    require_coordinator(user)
    db.get_case(store, case_id)
    account = account_db.find_user(store, caseworker) if caseworker is not None else None
    if caseworker is not None and (account is None or account["role"] != "caseworker"):
        raise InputError(
            f"{caseworker!r} is not a caseworker account",
            field="caseworker",
            expected="the name of a user with the role caseworker",
        )
    db.update_case(
        store, case_id, {"assigned_to": caseworker}, actor=user.name, action="support.assign"
    )
    return _summary(db.get_case(store, case_id))


def set_status(store: Store, case_id: str, status: str, *, user: User) -> Row:
    """Set the status of the case (to_contact, open, closed); return it."""
    _case_for(store, case_id, user)
    choice("case_statuses", status, "status")
    db.update_case(store, case_id, {"status": status}, actor=user.name, action="support.status")
    return _summary(db.get_case(store, case_id))


def _scope_entry(entry: str) -> str:
    partner, _sep, kind = entry.strip().partition(":")
    if not partner:
        raise InputError(f"empty partner in {entry!r}", field="scope", expected="PARTNER[:KIND]")
    if kind:
        choice("need_kinds", kind, "scope")
    return f"{partner.lower()}:{kind}" if kind else partner.lower()


def record_consent(
    store: Store, case_id: str, *, given: bool, on: date, scope: list[str], user: User
) -> Row:
    """Record the person's consent: given or withdrawn, its date, and its scope — the partner
    organisations that may see the case, each for every need (``bysol``) or one kind of need
    (``bysol:legal``). Return the consent as stored."""
    _case_for(store, case_id, user)
    check_day(on)
    entries = sorted({_scope_entry(e) for e in scope}) if given else []
    ring = _ring()
    values = {
        "consent_given": given,
        "consent_on": on,
        "consent_scope_sealed": _seal(
            ring, "support_cases", "consent_scope", case_id, dumps(entries, spaced=True)
        ),
    }
    db.update_case(store, case_id, values, actor=user.name, action="support.consent")
    return {"given": given, "on": on, "scope": entries}


def refer(
    store: Store,
    case_id: str,
    partner: str,
    reason: str,
    *,
    user: User,
    need_id: int | None = None,
) -> Row:
    """Refer the case to ``partner``, recording who, when and why; refused (ConflictError)
    unless the person's consent covers that partner for that need."""
    case = _case_for(store, case_id, user)
    why = _text(reason, "reason", required=True)
    ring = _ring()
    partner = partner.strip().lower()
    kind = None
    if need_id is not None:
        need = db.get_need(store, need_id)
        if need["support_case_id"] != case_id:
            raise InputError(f"need {need_id} belongs to another case", field="need")
        kind = _open(ring, "support_needs", "kind", case_id, need["kind_sealed"])
    scope_text = _open(
        ring, "support_cases", "consent_scope", case_id, case["consent_scope_sealed"]
    )
    scope = set(json.loads(scope_text)) if scope_text else set()
    covered = partner in scope or (kind is not None and f"{partner}:{kind}" in scope)
    if not case["consent_given"] or not covered:
        what = f"{partner} for {kind} needs" if kind else f"{partner} for the whole case"
        raise ConflictError(
            f"referral refused: the consent of case {case_id} does not cover {what}; "
            "record the person's consent first (`doorwatch support consent`)"
        )
    row = {
        "support_case_id": case_id,
        "need_id": need_id,
        "partner": partner,
        "at": datetime.now(),
        "by": user.name,
        "reason_sealed": _seal(ring, "support_referrals", "reason", case_id, why),
    }
    referral_id = db.add_child(
        store, support_referrals, row, actor=user.name, action="support.refer"
    )
    return {"id": referral_id, "support_case_id": case_id, "partner": partner, "need_id": need_id}
