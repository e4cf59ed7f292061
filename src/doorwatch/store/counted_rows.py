"""Tables of counts derived from the cases, keyed by columns that may be null: moved by what a
write changes, read back as counts, rebuilt whole when they do not add up.

The daily counts (:mod:`store.flow_days`) and the counts per filter value
(:mod:`store.facets`) are both such tables: a row per key, a ``count`` column, no row for a
key nothing counts in. A write hands the change of each key (a Counter, negative for the
cases it replaced) to :func:`apply_counts` inside its own transaction.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Connection, Table, and_, delete, insert, select, update

from doorwatch.store.engine import lock_for_rebuild

# One row of a counted table without its count: its key columns' values, in order.
CountKey = tuple[Any, ...]
Key = TypeVar("Key", bound=CountKey)

# Above this many touched keys, reading the whole (small) table and writing it back is cheaper
# than one UPDATE per key.
MERGE_FROM = 200


def _key_condition(table: Table, columns: Sequence[str], key: CountKey) -> ColumnElement[bool]:
    return and_(
        *[
            table.c[name].is_(None) if value is None else table.c[name] == value
            for name, value in zip(columns, key, strict=True)
        ]
    )


def _order(item: tuple[CountKey, int]) -> tuple[tuple[bool, Any], ...]:
    # Keys in one order in every writer; None first in each column.
    return tuple((value is not None, value if value is not None else "") for value in item[0])


def _row(columns: Sequence[str], key: CountKey, count: int) -> dict[str, Any]:
    return {**dict(zip(columns, key, strict=True)), "count": count}


def stored_counts(
    connection: Connection,
    table: Table,
    columns: Sequence[str],
    normal: Callable[[CountKey], CountKey] = tuple,
) -> Counter[CountKey]:
    """Return the rows of ``table`` as counts by the values of ``columns`` (each key passed
    through ``normal``, e.g. a flag read back as a bool)."""
    rows: Counter[CountKey] = Counter()
    query = select(*[table.c[name] for name in columns], table.c.count)
    for *key, n in connection.execute(query):
        rows[normal(tuple(key))] += int(n)
    return rows


def apply_counts(
    connection: Connection,
    table: Table,
    columns: Sequence[str],
    delta: Counter[CountKey],
    rebuild: Callable[[Connection], None],
) -> int:
    """Add ``delta`` to the counts of ``table`` (keyed by ``columns``) in the caller's
    transaction; return the number of keys touched. Counts that do not add up (a table edited
    by hand) are rebuilt whole by ``rebuild``."""
    changes = sorted(((key, n) for key, n in delta.items() if n), key=_order)
    if not changes:
        return 0
    # Writers touching the same key must not both insert its row (PostgreSQL).
    lock_for_rebuild(connection, table)
    if len(changes) >= MERGE_FROM:
        _merge_whole(connection, table, columns, changes, rebuild)
        return len(changes)
    fell = False
    for key, n in changes:
        moved = connection.execute(
            update(table).where(_key_condition(table, columns, key)).values(count=table.c.count + n)
        )
        if moved.rowcount:
            fell = fell or n < 0
        elif n > 0:
            connection.execute(insert(table).values(_row(columns, key, n)))
        else:
            rebuild(connection)
            return len(changes)
    if fell:
        # A key nothing counts in any more has no row, as after a rebuild.
        connection.execute(delete(table).where(table.c.count <= 0))
    return len(changes)


def _merge_whole(
    connection: Connection,
    table: Table,
    columns: Sequence[str],
    changes: list[tuple[CountKey, int]],
    rebuild: Callable[[Connection], None],
) -> None:
    """Apply many changes at once: the table has a few thousand rows whatever the number of
    cases, so it is read, merged and written back whole."""
    counts = stored_counts(connection, table, columns)
    for key, n in changes:
        counts[key] += n
    if any(n < 0 for n in counts.values()):
        rebuild(connection)
        return
    connection.execute(delete(table))
    rows = [_row(columns, key, n) for key, n in counts.items() if n > 0]
    if rows:
        connection.execute(insert(table), rows)


def count_changes(
    before: Iterable[Mapping[str, Any]],
    after: Iterable[Mapping[str, Any]],
    keys_of: Callable[[Mapping[str, Any]], list[Key]],
) -> Counter[Key]:
    """Return how a counted table moves when the cases ``before`` become the cases ``after``,
    ``keys_of`` giving the rows one case counts in."""
    delta: Counter[Key] = Counter()
    for old in before:
        delta.subtract(keys_of(old))
    for new in after:
        delta.update(keys_of(new))
    return delta


def rebuild_and_compare(
    connection: Connection,
    refresh: Callable[[Connection], None],
    stored: Callable[[Connection], Counter[Key]],
) -> dict[str, int]:
    """Rebuild a counted table by ``refresh`` in the caller's transaction; return the rows it
    now holds and how many of the rows before (read by ``stored``) differed from the rebuilt
    ones (0 when the counts kept by the writes were right)."""
    before = stored(connection)
    refresh(connection)
    after = stored(connection)
    differed = sum(1 for key in before.keys() | after.keys() if before[key] != after[key])
    return {"rows": len(after), "differed": differed}
