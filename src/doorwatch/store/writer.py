"""Writing a RecordSet: new rows are added, changed rows updated, equal rows left alone.

The comparison with what is stored happens before the transaction opens, so a write that
changes nothing does not touch the database at all (a second import of a file is a no-op).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, and_, select, update

from doorwatch.store.audit import append as append_audit
from doorwatch.store.database import Store
from doorwatch.store.engine import copy_rows
from doorwatch.store.flow_days import (
    FlowKey,
    apply_flow_delta,
    case_changes,
    refresh_case_flow_days,
)
from doorwatch.store.records import RecordSet, Row, WriteSummary
from doorwatch.store.schema import TABLE_ORDER, cases
from doorwatch.store.support import open_contact_cases

_CHUNK = 400
# From this many new rows of a table, COPY beats a batched INSERT on PostgreSQL.
_COPY_FROM = 500


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
    """Return the stored rows of ``table`` whose primary keys are in ``keys``.

    A key of several columns is looked up column by column (``a IN (…) AND b IN (…)``, which
    the primary-key index answers by seeks) and the rows are sifted here: a row-value IN list
    is not always read through the index (SQLite), which made each batch cost the table's size.
    """
    pk = list(table.primary_key.columns)
    wanted = set(keys)
    values = [sorted({key[i] for key in wanted}) for i in range(len(pk))]
    # Chunk over the column with the most distinct values; the others are few (a record type,
    # one source) and go whole into every query.
    widest = max(range(len(pk)), key=lambda i: len(values[i]))
    found: dict[tuple[Any, ...], Row] = {}
    for start in range(0, len(values[widest]), _CHUNK):
        conditions = [
            column.in_(values[i][start : start + _CHUNK] if i == widest else values[i])
            for i, column in enumerate(pk)
        ]
        for row in connection.execute(select(table).where(*conditions)).mappings():
            stored = dict(row)
            key = _key_of(table, stored)
            if key in wanted:
                found[key] = stored
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
    *,
    day_counts: Counter[FlowKey] | None = None,
) -> None:
    """Write the planned ``inserts`` and ``updates`` in the caller's transaction, and move the
    daily case counts by what the changed cases change (never a rebuild of the whole table).

    Many new rows of a table go in by COPY on PostgreSQL; SQLite takes them by executemany.
    With ``day_counts`` the move of the daily counts is added to it instead, for a caller
    writing many batches to apply once (``flow_days.apply_flow_delta``) before it commits.
    """
    changed_cases = updates.get(cases.name, [])
    # The cases as stored now, read inside the transaction so that the counts move from what
    # is really replaced.
    before = _existing(connection, cases, [_key_of(cases, row) for row in changed_cases])
    for table in TABLE_ORDER:
        new = inserts.get(table.name)
        if new and len(new) >= _COPY_FROM and connection.dialect.name == "postgresql":
            names = [c.name for c in table.columns]
            copy_rows(connection, table, names, ([row[n] for n in names] for row in new))
        elif new:
            connection.execute(table.insert(), new)
        for row in updates.get(table.name, []):
            pk = table.primary_key.columns
            condition = and_(*[c == row[c.name] for c in pk])
            values = {k: v for k, v in row.items() if k not in {c.name for c in pk}}
            connection.execute(update(table).where(condition).values(**values))
    touched = [*inserts.get(cases.name, []), *changed_cases]
    delta = case_changes(before.values(), touched)
    if day_counts is None:
        apply_flow_delta(connection, delta)
    else:
        day_counts.update(delta)
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
