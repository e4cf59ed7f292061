"""Writing a RecordSet: new rows are added, changed rows updated, equal rows left alone.

The comparison with what is stored happens before the transaction opens, so a write that
changes nothing does not touch the database at all (a second import of a file is a no-op).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from itertools import repeat
from operator import is_not
from typing import Any

from sqlalchemy import Connection, Dialect, Table, and_, select, update

from doorwatch.store.audit import append as append_audit
from doorwatch.store.database import Store
from doorwatch.store.derived_counts import (
    CaseCountChanges,
    apply_case_counts,
    refresh_case_counts,
)
from doorwatch.store.engine import copy_rows
from doorwatch.store.records import RecordSet, Row, WriteSummary
from doorwatch.store.schema import TABLE_ORDER, cases
from doorwatch.store.support import open_contact_cases

_CHUNK = 400
# A key column with at most this many values in one lookup goes whole into every query.
_FEW = 16
# From this many new rows of a table, COPY beats a batched INSERT on PostgreSQL.
_COPY_FROM = 500


@cache
def _shape(table: Table) -> tuple[tuple[tuple[str, Any], ...], tuple[str, ...]]:
    """Return ((column, default), …) and the primary-key columns of ``table``, read once:
    walking SQLAlchemy's column collections for each of millions of rows cost more than the
    comparison itself."""
    columns = []
    for column in table.columns:
        default = None
        if column.default is not None and hasattr(column.default, "arg"):
            arg = column.default.arg
            default = None if callable(arg) else arg
        columns.append((column.name, default))
    return tuple(columns), tuple(c.name for c in table.primary_key.columns)


def _full_row(table: Table, row: Mapping[str, Any]) -> Row:
    columns, _ = _shape(table)
    full = {name: row.get(name) for name, _ in columns}
    for name, default in columns:
        if default is not None and full[name] is None:
            full[name] = default
    return full


def _key_of(table: Table, row: Row) -> tuple[Any, ...]:
    return tuple([row[name] for name in _shape(table)[1]])


@cache
def _bind_processors(table: Table, dialect: Dialect) -> tuple[Callable[[Any], Any] | None, ...]:
    """Return, per column of ``table``, the function SQLAlchemy would apply to a value before
    handing it to the driver (dates to ISO text on SQLite, …), or None."""
    return tuple(column.type.bind_processor(dialect) for column in table.columns)


def row_values(table: Table, row: Mapping[str, Any]) -> tuple[Any, ...]:
    """Return ``row`` as a tuple in ``table``'s column order, the columns it does not give at
    their defaults: the form ``insert_values`` takes, which can be shaped where the row is
    made (an archive's worker) rather than where it is written."""
    return tuple(_full_row(table, row).values())


def insert_values(connection: Connection, table: Table, rows: list[tuple[Any, ...]]) -> None:
    """Insert new ``rows`` (tuples of every column, see ``row_values``) through the driver's
    own bulk path: COPY on PostgreSQL from :data:`_COPY_FROM` rows, else one executemany.

    The columns that are empty (None) in every row are left out of the statement: the
    database stores NULL for them all the same (they have no default of the database's own),
    and a value bound costs the driver more than the row's insert itself when it is None.
    """
    if not rows:
        return
    names = [name for name, _ in _shape(table)[0]]
    dialect = connection.dialect.name
    if dialect == "postgresql" and len(rows) < _COPY_FROM:
        connection.execute(table.insert(), [dict(zip(names, row, strict=True)) for row in rows])
        return
    columns = list(zip(*rows, strict=True))
    processors = _bind_processors(table, connection.dialect) if dialect != "postgresql" else ()
    kept: list[int] = []
    for i, values in enumerate(columns):
        if _may_omit(table)[i] and not any(map(is_not, values, repeat(None))):
            continue
        kept.append(i)
        # Only the few columns with a processor are visited (two of the claims' 29): walking
        # every value of every row cost more than SQLite's own insert of a shard's claims.
        process = processors[i] if processors else None
        if process is not None:
            columns[i] = tuple([None if v is None else process(v) for v in values])
    if len(kept) < len(names) or any(processors):
        rows = list(zip(*[columns[i] for i in kept], strict=True))
    copy_rows(connection, table, [names[i] for i in kept], rows)


@cache
def _may_omit(table: Table) -> tuple[bool, ...]:
    """Return, per column of ``table``, whether an INSERT that leaves it out stores NULL in it
    (the column has no default of the database's own: the rows written here come with every
    value, SQLAlchemy's defaults filled in by ``row_values``)."""
    return tuple(
        column.server_default is None
        and column.identity is None
        and not column.primary_key
        and not (column.default is not None and column.default.is_sequence)
        for column in table.columns
    )


def _insert_rows(connection: Connection, table: Table, rows: list[Row]) -> None:
    names = [name for name, _ in _shape(table)[0]]
    insert_values(connection, table, [tuple([row[n] for n in names]) for row in rows])


def _existing(
    connection: Connection, table: Table, keys: Sequence[tuple[Any, ...]]
) -> dict[tuple[Any, ...], Row]:
    """Return the stored rows of ``table`` whose primary keys are in ``keys``.

    A key of several columns is looked up through the primary-key index by its first column
    with many values, in chunks, the columns before it given whole (they hold a few values: a
    record type, one source); the columns after it are sifted here. Asking for every
    combination (``a IN (…) AND b IN (…)`` with both lists long) let the planner seek each
    pair, and a row-value IN list is not always read through the index (SQLite), which made
    each batch cost the table's size; a person's few name keys are cheaper read whole.
    """
    pk = list(table.primary_key.columns)
    wanted = set(keys)
    values = [sorted({key[i] for key in wanted}) for i in range(len(pk))]
    wide = [i for i in range(len(pk)) if len(values[i]) > _FEW]
    chunked = wide[0] if wide else 0
    found: dict[tuple[Any, ...], Row] = {}
    for start in range(0, len(values[chunked]), _CHUNK):
        conditions = [
            column.in_(values[i][start : start + _CHUNK] if i == chunked else values[i])
            for i, column in enumerate(pk)
            if i <= chunked or len(values[i]) <= _FEW
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
    pending: CaseCountChanges | None = None,
) -> None:
    """Write the planned ``inserts`` and ``updates`` in the caller's transaction, and move the
    counts derived from the cases (daily counts, counts per filter value) by what the changed
    cases change (never a rebuild of a whole table).

    Many new rows of a table go in by COPY on PostgreSQL; SQLite takes them by executemany.
    With ``pending`` the move of the counts is added to it instead, for a caller writing many
    batches to apply once (``derived_counts.apply_case_counts``) before it commits.
    """
    changed_cases = updates.get(cases.name, [])
    # The cases as stored now, read inside the transaction so that the counts move from what
    # is really replaced.
    before = _existing(connection, cases, [_key_of(cases, row) for row in changed_cases])
    for table in TABLE_ORDER:
        new = inserts.get(table.name)
        if new:
            _insert_rows(connection, table, new)
        for row in updates.get(table.name, []):
            pk = table.primary_key.columns
            condition = and_(*[c == row[c.name] for c in pk])
            values = {k: v for k, v in row.items() if k not in {c.name for c in pk}}
            connection.execute(update(table).where(condition).values(**values))
    touched = [*inserts.get(cases.name, []), *changed_cases]
    changes = CaseCountChanges() if pending is None else pending
    changes.add(before.values(), touched)
    if pending is None:
        apply_case_counts(connection, changes)
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
            refresh_case_counts(connection)
    return written
