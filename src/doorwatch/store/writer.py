"""Writing a RecordSet: new rows are added, changed rows updated, equal rows left alone.

The comparison with what is stored happens before the transaction opens, so a write that
changes nothing does not touch the database at all (a second import of a file is a no-op).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, and_, or_, select, tuple_, update

from doorwatch.store.audit import append as append_audit
from doorwatch.store.database import Store
from doorwatch.store.flow_days import apply_case_changes, refresh_case_flow_days
from doorwatch.store.records import RecordSet, Row, WriteSummary
from doorwatch.store.schema import TABLE_ORDER, cases
from doorwatch.store.support import open_contact_cases

_CHUNK = 400


def _full_row(table: Table, row: Row) -> Row:
    full: Row = {}
    for column in table.columns:
        value = row.get(column.name)
        if value is None and column.default is not None and hasattr(column.default, "arg"):
            default = column.default.arg
            value = None if callable(default) else default
        full[column.name] = value
    return full


def _key_of(table: Table, row: Row) -> tuple[Any, ...]:
    return tuple(row[c.name] for c in table.primary_key.columns)


def _existing(
    connection: Connection, table: Table, keys: Sequence[tuple[Any, ...]]
) -> dict[tuple[Any, ...], Row]:
    """Return the stored rows of ``table`` whose primary keys are in ``keys``."""
    pk = list(table.primary_key.columns)
    found: dict[tuple[Any, ...], Row] = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        condition: ColumnElement[bool]
        if len(pk) == 1:
            condition = pk[0].in_([k[0] for k in chunk])
        else:
            condition = or_(*[and_(*[c == v for c, v in zip(pk, k, strict=True)]) for k in chunk])
            if connection.dialect.name == "postgresql":
                condition = tuple_(*pk).in_(chunk)
        for row in connection.execute(select(table).where(condition)).mappings():
            stored = dict(row)
            found[_key_of(table, stored)] = stored
    return found


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and float(a) == float(b)
    return bool(a == b)


def plan_write(
    connection: Connection, records: RecordSet
) -> tuple[dict[str, list[Row]], dict[str, list[Row]], WriteSummary]:
    """Return the rows to insert and to update per table, and the summary of the plan."""
    inserts: dict[str, list[Row]] = {}
    updates: dict[str, list[Row]] = {}
    summary = WriteSummary()
    for table in TABLE_ORDER:
        rows = [_full_row(table, r) for r in records.table(table.name)]
        if not rows:
            continue
        stored = _existing(connection, table, [_key_of(table, r) for r in rows])
        new, changed, same = [], [], 0
        for row in rows:
            old = stored.get(_key_of(table, row))
            if old is None:
                new.append(row)
            elif all(_same(row[k], old.get(k)) for k in row):
                same += 1
            else:
                changed.append(row)
        inserts[table.name], updates[table.name] = new, changed
        summary.added[table.name] = len(new)
        summary.changed[table.name] = len(changed)
        summary.unchanged[table.name] = same
    return inserts, updates, summary


def write_records(
    store: Store,
    records: RecordSet,
    *,
    dry_run: bool = False,
    audit: dict[str, Any] | None = None,
) -> WriteSummary:
    """Store ``records`` in one transaction and return what changed.

    Nothing is written when nothing differs from what is stored, or when ``dry_run`` is set.
    With ``audit`` (actor, action, record type and id, and ``after``), an audit entry that
    adds the counts of what changed is written in the same transaction.
    """
    with store.read() as connection:
        inserts, updates, summary = plan_write(connection, records)
    if dry_run or (summary.total_added == 0 and summary.total_changed == 0):
        return summary
    with store.write() as connection:
        apply_planned(connection, inserts, updates, actor=(audit or {}).get("actor", "system"))
        if audit is not None:
            counts = {"added": summary.total_added, "changed": summary.total_changed}
            entry = {**audit, "after": {**(audit.get("after") or {}), **counts}}
            append_audit(connection, **entry)
    return summary


def apply_planned(
    connection: Connection,
    inserts: dict[str, list[Row]],
    updates: dict[str, list[Row]],
    actor: str = "system",
) -> None:
    """Write the planned ``inserts`` and ``updates`` in the caller's transaction, and move the
    daily case counts by what the changed cases change (never a rebuild of the whole table)."""
    changed_cases = updates.get(cases.name, [])
    # The cases as stored now, read inside the transaction so that the counts move from what
    # is really replaced.
    before = _existing(connection, cases, [_key_of(cases, row) for row in changed_cases])
    for table in TABLE_ORDER:
        if inserts.get(table.name):
            connection.execute(table.insert(), inserts[table.name])
        for row in updates.get(table.name, []):
            pk = table.primary_key.columns
            condition = and_(*[c == row[c.name] for c in pk])
            values = {k: v for k, v in row.items() if k not in {c.name for c in pk}}
            connection.execute(update(table).where(condition).values(**values))
    touched = [*inserts.get(cases.name, []), *changed_cases]
    apply_case_changes(connection, before.values(), touched)
    # Each person a recorded release or deal freed gets a support case "to contact".
    open_contact_cases(connection, [row["id"] for row in touched], actor=actor)


def bulk_insert(store: Store, table: Table, rows: Iterable[Row], batch: int = 20_000) -> int:
    """Insert ``rows`` into ``table`` in batches without comparing; return the number written.

    For generated data only (e.g. synthetic registries), where every key is known to be new.
    """
    written = 0
    buffer: list[Row] = []
    with store.write() as connection:
        for row in rows:
            buffer.append(row)
            if len(buffer) >= batch:
                connection.execute(table.insert(), buffer)
                written += len(buffer)
                buffer = []
        if buffer:
            connection.execute(table.insert(), buffer)
            written += len(buffer)
        if table is cases and written:
            refresh_case_flow_days(connection)
    return written
