"""Per-day counts of the registry's flows, for charts over time.

Grouping by the stored day (not by a formatted month) keeps the statement the same on SQLite
and PostgreSQL; callers fold days into months.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select

from doorwatch.store.database import Store
from doorwatch.store.schema import cases

_START = func.coalesce(cases.c.recognised_on, cases.c.detained_on)


def daily_flows(store: Store) -> dict[str, list[tuple[date, int]]]:
    """Return (day, cases) for cases starting and for cases released on each day.

    ``started``: by recognition, else detention; ``released``: by release day.
    """
    started = select(_START, func.count()).where(_START.is_not(None)).group_by(_START)
    released = (
        select(cases.c.released_on, func.count())
        .where(cases.c.released_on.is_not(None))
        .group_by(cases.c.released_on)
    )
    with store.read() as connection:
        result: dict[str, Any] = {
            "started": [(_day(d), int(n)) for d, n in connection.execute(started)],
            "released": [(_day(d), int(n)) for d, n in connection.execute(released)],
        }
    return result


def _day(value: Any) -> date:
    # SQLite returns the coalesced expression as text, PostgreSQL as a date.
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
