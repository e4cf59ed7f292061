"""The registry counted per day (``case_flow_days``): rebuilt from the cases, read by the counts.

A held count or a window's flows over millions of cases would scan every case; the same answers
are sums over this table's few thousand rows. It is derived data, so it is never edited on its
own: a write that changes cases hands the cases as they were and as they are to
:func:`case_changes` and :func:`apply_flow_delta`, which move only the counts of the days
those cases touch, in the transaction of the write, so a reader sees both or neither and a write costs what it changes,
not what is stored. :func:`refresh_case_flow_days` rebuilds the whole table from ``cases`` with
one GROUP BY per kind (``doorwatch reindex``, migrations and bulk loads).

The rows say, per day, how many cases
- ``start``: begin to count as held (recognition, else detention);
- ``end``: stop counting as held: the later of start and release, or the start itself for a
  case that ended on an unrecorded day (held for no day at all): one that died, was released
  or served its sentence with no date recorded, or whose status is unknown (a keeper's word
  doorwatch has no status for);
- ``release``: were released, by release mode and expulsion (whether or not they have a start);
- ``undated``: have no start day (``day`` is null).

So held(d) = Σ start (day ≤ d) − Σ end (day ≤ d), the same rule as a count over the cases:
started by d, and neither released by d nor ended on an unrecorded day.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    String,
    and_,
    case,
    delete,
    false,
    func,
    insert,
    literal,
    or_,
    select,
)

from doorwatch.store.counted_rows import (
    CountKey,
    apply_counts,
    count_changes,
    rebuild_and_compare,
    stored_counts,
)
from doorwatch.store.database import Store
from doorwatch.store.engine import lock_for_rebuild
from doorwatch.store.schema import case_flow_days, cases

# A case counts from recognition, else detention (as in counts.held_on).
CASE_START = func.coalesce(cases.c.recognised_on, cases.c.detained_on)
_COLUMNS = ["kind", "day", "release_mode", "expelled", "count"]


def _kind(name: str) -> ColumnElement[str]:
    return literal(name, String(8))


def refresh_case_flow_days(connection: Connection) -> None:
    """Rebuild ``case_flow_days`` from ``cases`` inside the caller's transaction."""
    # Two writers rebuilding at once must not each add their own rows (PostgreSQL); SQLite's
    # one writer at a time already serialises them.
    lock_for_rebuild(connection, case_flow_days)
    connection.execute(delete(case_flow_days))
    none = literal(None, String(24))
    n = func.count()
    # An expulsion the sources do not state (null) is not counted as one.
    expelled = func.coalesce(cases.c.expelled, false())
    end_day = case(
        (or_(cases.c.released_on.is_(None), cases.c.released_on < CASE_START), CASE_START),
        else_=cases.c.released_on,
    )
    selects = [
        select(_kind("start"), CASE_START, none, false(), n)
        .where(CASE_START.is_not(None))
        .group_by(CASE_START),
        select(_kind("end"), end_day, none, false(), n)
        .where(
            CASE_START.is_not(None),
            or_(cases.c.released_on.is_not(None), cases.c.status != "held"),
        )
        .group_by(end_day),
        select(_kind("release"), cases.c.released_on, cases.c.release_mode, expelled, n)
        .where(cases.c.released_on.is_not(None))
        .group_by(cases.c.released_on, cases.c.release_mode, expelled),
        select(_kind("undated"), literal(None, cases.c.released_on.type), none, false(), n)
        .where(CASE_START.is_(None))
        .having(n > 0),
    ]
    for query in selects:
        connection.execute(insert(case_flow_days).from_select(_COLUMNS, query))


# One row of the table without its count: (kind, day, release mode, expelled).
FlowKey = tuple[str, date | None, str | None, bool]


def case_flow_keys(case: Mapping[str, Any]) -> list[FlowKey]:
    """Return the rows of ``case_flow_days`` that one case counts in (the rebuild's rules)."""
    start = case.get("recognised_on") or case.get("detained_on")
    released = case.get("released_on")
    keys: list[FlowKey] = []
    if start is None:
        keys.append(("undated", None, None, False))
    else:
        keys.append(("start", start, None, False))
        if released is not None or case.get("status") != "held":
            end = start if released is None or released < start else released
            keys.append(("end", end, None, False))
    if released is not None:
        keys.append(("release", released, case.get("release_mode"), bool(case.get("expelled"))))
    return keys


def case_changes(
    before: Iterable[Mapping[str, Any]], after: Iterable[Mapping[str, Any]]
) -> Counter[FlowKey]:
    """Return how the daily counts move when the cases ``before`` become the cases ``after``."""
    return count_changes(before, after, case_flow_keys)


_KEY_COLUMNS = ("kind", "day", "release_mode", "expelled")


def apply_flow_delta(connection: Connection, delta: Counter[FlowKey]) -> int:
    """Add ``delta`` (from :func:`case_changes`) to ``case_flow_days`` in the caller's
    transaction; return the number of daily rows touched. Counts that do not add up (a table
    edited by hand) are rebuilt whole."""
    moves: Counter[CountKey] = Counter(dict(delta))
    return apply_counts(connection, case_flow_days, _KEY_COLUMNS, moves, refresh_case_flow_days)


def _normal_key(key: CountKey) -> CountKey:
    kind, day, mode, expelled = key
    return (kind, day, mode, bool(expelled))


def stored_case_flow_days(connection: Connection) -> Counter[FlowKey]:
    """Return the rows of ``case_flow_days`` as counts by (kind, day, mode, expelled)."""
    # Every key has the table's four columns, normalised as a FlowKey by _normal_key.
    return cast(
        "Counter[FlowKey]", stored_counts(connection, case_flow_days, _KEY_COLUMNS, _normal_key)
    )


def _total(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, case_flow_days.c.count), else_=0)), 0)


@dataclass(frozen=True)
class HeldCounts:
    """The registry's held count on each asked day, and the cases on record and undated."""

    held: dict[date, int]
    cases: int
    undated: int


def held_on_days(connection: Connection, days: Sequence[date]) -> HeldCounts:
    """Return the held count on every day in ``days`` (with the cases on record and those
    without a start day), in one read of the daily table."""
    kind, day = case_flow_days.c.kind, case_flow_days.c.day
    columns = [
        _total(kind == "start").label("started"),
        _total(kind == "undated").label("undated"),
    ]
    for i, on in enumerate(days):
        columns.append(
            (
                _total(and_(kind == "start", day <= on)) - _total(and_(kind == "end", day <= on))
            ).label(f"held_{i}")
        )
    row = connection.execute(select(*columns).where(kind != "release")).one()
    started, undated = int(row.started), int(row.undated)
    held = {on: int(row[2 + i]) for i, on in enumerate(days)}
    return HeldCounts(held=held, cases=started + undated, undated=undated)


def started_between(connection: Connection, start: date, end: date) -> int:
    """Return the number of cases whose start day falls in ``start`` < day <= ``end``."""
    query = select(func.coalesce(func.sum(case_flow_days.c.count), 0)).where(
        case_flow_days.c.kind == "start",
        case_flow_days.c.day > start,
        case_flow_days.c.day <= end,
    )
    return int(connection.execute(query).scalar_one())


def released_between(
    connection: Connection, start: date, end: date
) -> list[tuple[str | None, bool, int]]:
    """Return (release mode, expelled, cases) for the releases in ``start`` < day <= ``end``."""
    query = (
        select(
            case_flow_days.c.release_mode,
            case_flow_days.c.expelled,
            func.sum(case_flow_days.c.count).cast(Integer),
        )
        .where(
            case_flow_days.c.kind == "release",
            case_flow_days.c.day > start,
            case_flow_days.c.day <= end,
        )
        .group_by(case_flow_days.c.release_mode, case_flow_days.c.expelled)
    )
    return [(mode, bool(expelled), int(n)) for mode, expelled, n in connection.execute(query)]


def rebuild_case_flow_days(store: Store) -> dict[str, int]:
    """Rebuild ``case_flow_days`` from every case in one transaction; return the rows it now
    holds and how many of the rows before differed from the rebuilt ones (0 when the counts
    kept by the writes were right)."""
    with store.write() as connection:
        return rebuild_and_compare(connection, refresh_case_flow_days, stored_case_flow_days)
