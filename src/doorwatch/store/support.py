"""Queries about support cases: the cases, their needs, notes, referrals and the aid given.

Values of ``*_sealed`` columns arrive here sealed and leave sealed; this module never sees a
key. Every change is written with its audit entry in the same transaction, and so is every
read of a case (who read which case, when). Audit entries name fields, never sensitive values.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, func, select, update

from doorwatch.errors import NotFoundError
from doorwatch.store import audit
from doorwatch.store.database import Store
from doorwatch.store.engine import insert_ignoring_duplicates
from doorwatch.store.schema import cases, persons
from doorwatch.store.schema_support import (
    SEALED_COLUMNS,
    support_aid,
    support_cases,
    support_donations,
    support_needs,
    support_notes,
    support_referrals,
)

Row = dict[str, Any]
RECORD = "support_case"


def contact_case_id(case_id: str) -> str:
    """Return the stable id of the support case that follows the release ``case_id``."""
    return "sc-" + hashlib.sha256(case_id.encode()).hexdigest()[:12]


def open_contact_cases(
    connection: Connection, case_ids: Sequence[str], actor: str = "system"
) -> int:
    """Give each released case among ``case_ids`` a support case "to contact"; return how many
    were added. Cases that already have one keep it (a re-import adds nothing)."""
    if not case_ids:
        return 0
    now = datetime.now()
    rows: list[Row] = []
    for start in range(0, len(case_ids), 500):
        chunk = list(case_ids[start : start + 500])
        query = select(cases.c.id, cases.c.person_id, cases.c.deal_id).where(
            cases.c.id.in_(chunk),
            (cases.c.status == "released") | cases.c.deal_id.is_not(None),
        )
        for case_id, person_id, deal_id in connection.execute(query):
            rows.append(
                {
                    "id": contact_case_id(case_id),
                    "person_id": person_id,
                    "case_id": case_id,
                    "deal_id": deal_id,
                    "status": "to_contact",
                    "origin": "release",
                    "consent_given": False,
                    "opened_at": now,
                    "updated_at": now,
                }
            )
    if not rows:
        return 0
    # Count only the rows this write may add (by key), so that a write costs what it changes,
    # not the size of the support table.
    ids = [row["id"] for row in rows]

    def present() -> int:
        return sum(
            int(
                connection.execute(
                    select(func.count())
                    .select_from(support_cases)
                    .where(support_cases.c.id.in_(ids[start : start + 500]))
                ).scalar_one()
            )
            for start in range(0, len(ids), 500)
        )

    before = present()
    connection.execute(insert_ignoring_duplicates(support_cases, connection.dialect.name), rows)
    added = present() - before
    if added:
        audit.append(
            connection,
            actor=actor,
            action="support.to_contact",
            record_type=RECORD,
            after={"added": added},
        )
    return added


def _case_query() -> Any:
    return select(support_cases, persons.c.name.label("person_name")).join(
        persons, persons.c.id == support_cases.c.person_id
    )


def get_case(store: Store, case_id: str) -> Row:
    """Return the support case ``case_id`` with its person's name; unknown is NotFoundError."""
    with store.read() as connection:
        row = connection.execute(_case_query().where(support_cases.c.id == case_id)).mappings()
        found = row.first()
    if found is None:
        raise NotFoundError(f"no support case {case_id!r}; `doorwatch support list` lists them")
    return dict(found)


def case_for_person(store: Store, person_id: str) -> Row | None:
    """Return the newest support case of ``person_id`` that is not closed, or None."""
    query = (
        _case_query()
        .where(support_cases.c.person_id == person_id, support_cases.c.status != "closed")
        .order_by(support_cases.c.opened_at.desc())
    )
    with store.read() as connection:
        found = connection.execute(query).mappings().first()
    return dict(found) if found else None


def list_cases(store: Store, *, assigned_to: str | None = None) -> list[Row]:
    """Return support cases with their person's name (only those of ``assigned_to`` if given)."""
    query = _case_query().order_by(support_cases.c.opened_at, support_cases.c.id)
    if assigned_to is not None:
        query = query.where(support_cases.c.assigned_to == assigned_to)
    with store.read() as connection:
        return [dict(r) for r in connection.execute(query).mappings()]


def insert_case(store: Store, row: Row, *, actor: str) -> None:
    """Store a new support case ``row`` with its audit entry."""
    with store.write() as connection:
        connection.execute(support_cases.insert().values(**row))
        audit.append(
            connection,
            actor=actor,
            action="support.open",
            record_type=RECORD,
            record_id=row["id"],
            after=_public(row),
        )


def _public(row: Row) -> Row:
    """The audit's view of a row: every column but the sealed ones, which are named only."""
    shown = {k: v for k, v in row.items() if not k.endswith("_sealed")}
    sealed = sorted(k.removesuffix("_sealed") for k in row if k.endswith("_sealed") and row[k])
    if sealed:
        shown["sealed_fields"] = sealed
    return shown


def update_case(store: Store, case_id: str, values: Row, *, actor: str, action: str) -> None:
    """Change ``values`` of support case ``case_id`` with an audit entry naming the fields."""
    with store.write() as connection:
        found = connection.execute(
            select(support_cases).where(support_cases.c.id == case_id)
        ).mappings()
        before = found.first()
        if before is None:
            raise NotFoundError(f"no support case {case_id!r}")
        values = {**values, "updated_at": datetime.now()}
        connection.execute(
            update(support_cases).where(support_cases.c.id == case_id).values(**values)
        )
        changed = {k: v for k, v in values.items() if k != "updated_at"}
        audit.append(
            connection,
            actor=actor,
            action=action,
            record_type=RECORD,
            record_id=case_id,
            before=_public({k: before[k] for k in changed}),
            after=_public(changed),
        )


def add_child(store: Store, table: Table, row: Row, *, actor: str, action: str) -> int:
    """Add a need, note, referral or aid ``row`` to its support case; return its new id."""
    with store.write() as connection:
        result = connection.execute(table.insert().values(**row))
        key = result.inserted_primary_key
        assert key is not None
        new_id = int(key[0])
        connection.execute(
            update(support_cases)
            .where(support_cases.c.id == row["support_case_id"])
            .values(updated_at=datetime.now())
        )
        audit.append(
            connection,
            actor=actor,
            action=action,
            record_type=RECORD,
            record_id=row["support_case_id"],
            after=_public({"id": new_id, **row}),
        )
    return new_id


def get_need(store: Store, need_id: int) -> Row:
    """Return the need ``need_id``; unknown is NotFoundError."""
    with store.read() as connection:
        found = connection.execute(select(support_needs).where(support_needs.c.id == need_id))
        row = found.mappings().first()
    if row is None:
        raise NotFoundError(f"no need {need_id}")
    return dict(row)


def update_need(store: Store, need_id: int, values: Row, *, actor: str) -> None:
    """Change ``values`` of need ``need_id`` with its audit entry."""
    need = get_need(store, need_id)
    with store.write() as connection:
        connection.execute(
            update(support_needs).where(support_needs.c.id == need_id).values(**values)
        )
        audit.append(
            connection,
            actor=actor,
            action="support.need.update",
            record_type=RECORD,
            record_id=need["support_case_id"],
            before=_public({"need": need_id, **{k: need[k] for k in values}}),
            after=_public({"need": need_id, **values}),
        )


def read_case(store: Store, case_id: str) -> Row:
    """Return the support case with its needs, notes, referrals and aid, still sealed.

    The caller writes the read to the audit log (:func:`record_read`) once the values opened.
    """
    case = get_case(store, case_id)
    with store.read() as connection:
        for name, table in (
            ("needs", support_needs),
            ("notes", support_notes),
            ("referrals", support_referrals),
            ("aid", support_aid),
        ):
            query = select(table).where(table.c.support_case_id == case_id).order_by(table.c.id)
            case[name] = [dict(r) for r in connection.execute(query).mappings()]
    return case


def record_read(store: Store, case_ids: Sequence[str], *, actor: str, action: str) -> None:
    """Write one audit entry per case in ``case_ids`` (a listing that showed their details)."""
    with store.write() as connection:
        for case_id in case_ids:
            audit.append(
                connection, actor=actor, action=action, record_type=RECORD, record_id=case_id
            )


def count_by(table: Table, column: str, store: Store) -> dict[str, int]:
    """Return how many rows of ``table`` there are per value of ``column``."""
    query = select(table.c[column], func.count()).group_by(table.c[column])
    with store.read() as connection:
        return {str(k): int(n) for k, n in connection.execute(query)}


def _owner(table: Table) -> Any:
    # Sealed values are bound to the row that owns them: the case itself, the case a need or
    # note belongs to, the fund a donation went to (child ids are known only after insert).
    if table is support_cases:
        return table.c.id
    if table is support_donations:
        return table.c.fund_id
    return table.c.support_case_id


def sealed_values(store: Store) -> list[tuple[Table, Any, str, str, str]]:
    """Return (table, row id, owner id, column, value) of every sealed value stored."""
    found: list[tuple[Table, Any, str, str, str]] = []
    with store.read() as connection:
        for table, columns in SEALED_COLUMNS.items():
            owner = _owner(table).label("owner")
            query = select(table.c.id, owner, *[table.c[c] for c in columns])
            for row in connection.execute(query).mappings():
                for column in columns:
                    if row[column] is not None:
                        found.append(
                            (table, row["id"], str(row["owner"]), column, str(row[column]))
                        )
    return found


def reseal_all(
    store: Store, reseal: Callable[[str, str, str, str], str], *, actor: str, key_id: str
) -> int:
    """Replace every sealed value by ``reseal(table name, owner id, column, value)`` in one
    transaction (all or nothing); return how many values were re-sealed."""
    values = sealed_values(store)
    # Every value is re-sealed before the transaction opens: a value that does not open stops
    # the rotation with nothing written.
    new = [(t, i, c, reseal(t.name, o, c, v)) for t, i, o, c, v in values]
    with store.write() as connection:
        for table, row_id, column, value in new:
            connection.execute(update(table).where(table.c.id == row_id).values({column: value}))
        audit.append(
            connection,
            actor=actor,
            action="keys.rotate",
            record_type="key",
            record_id=key_id,
            after={"resealed": len(new)},
        )
    return len(new)


def person_exists(store: Store, person_id: str) -> bool:
    """Return True when ``person_id`` is a stored person."""
    with store.read() as connection:
        query = select(persons.c.id).where(persons.c.id == person_id)
        return connection.execute(query).first() is not None


def aid_by_kind(store: Store) -> list[Row]:
    """Return the euros of aid paid per kind, with how many payments."""
    query = (
        select(
            support_aid.c.kind,
            func.sum(support_aid.c.amount_eur).label("eur"),
            func.count().label("n"),
        )
        .where(support_aid.c.status == "paid")
        .group_by(support_aid.c.kind)
        .order_by(support_aid.c.kind)
    )
    with store.read() as connection:
        return [dict(r) for r in connection.execute(query).mappings()]


def aid_count(store: Store, kind: str) -> int:
    """Return how many distinct support cases received paid aid of ``kind``."""
    query = select(func.count(func.distinct(support_aid.c.support_case_id))).where(
        support_aid.c.kind == kind, support_aid.c.status == "paid"
    )
    with store.read() as connection:
        return int(connection.execute(query).scalar_one())
