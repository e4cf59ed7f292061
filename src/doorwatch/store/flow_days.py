"""The registry counted per day (``case_flow_days``): rebuilt from the cases, read by the counts.

A held count or a window's flows over millions of cases would scan every case; the same answers
are sums over this table's few thousand rows. It is derived data, so it is never edited on its
own: :func:`refresh_case_flow_days` rebuilds it from ``cases`` with one GROUP BY per kind, in
the transaction of the write that changed the cases, so a reader sees both or neither.

The rows say, per day, how many cases
- ``start``: begin to count as held (recognition, else detention);
- ``end``: stop counting as held: the later of start and release, or the start itself for a
  case that died on an unrecorded day (held for no day at all);
- ``release``: were released, by release mode and expulsion (whether or not they have a start);
- ``undated``: have no start day (``day`` is null).

So held(d) = Σ start (day ≤ d) − Σ end (day ≤ d), the same rule as a count over the cases:
started by d, and neither released by d nor dead on an unrecorded day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

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
            or_(cases.c.released_on.is_not(None), cases.c.status == "died"),
        )
        .group_by(end_day),
        select(_kind("release"), cases.c.released_on, cases.c.release_mode, cases.c.expelled, n)
        .where(cases.c.released_on.is_not(None))
        .group_by(cases.c.released_on, cases.c.release_mode, cases.c.expelled),
        select(_kind("undated"), literal(None, cases.c.released_on.type), none, false(), n)
        .where(CASE_START.is_(None))
        .having(n > 0),
    ]
    for query in selects:
        connection.execute(insert(case_flow_days).from_select(_COLUMNS, query))


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
