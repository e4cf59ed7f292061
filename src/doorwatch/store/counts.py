"""Counting queries over the registry's cases and the recorded events.

These run in the database (not in Python) because the registry may hold millions of cases.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, func, select

from doorwatch.store.database import Store
from doorwatch.store.schema import cases, events

# A case counts as held from recognition (else detention) until release; a case with neither
# date cannot be placed in time and is reported apart.
_START = func.coalesce(cases.c.recognised_on, cases.c.detained_on)


def held_on(store: Store, on: date) -> dict[str, int]:
    """Return the registry's count of cases held on ``on``, with the cases on record and undated."""
    # The held count is taken as index range counts (store.flows) so that it stays fast on
    # registries of millions of cases.
    from doorwatch.store.flows import registry_held_count

    total = select(func.count()).select_from(cases)
    undated = select(func.count()).where(
        and_(cases.c.recognised_on.is_(None), cases.c.detained_on.is_(None))
    )
    held = registry_held_count(store, on)
    with store.read() as connection:
        return {
            "held": held,
            "cases": int(connection.execute(total).scalar_one()),
            "undated": int(connection.execute(undated).scalar_one()),
        }


def case_flows(store: Store, start: date, end: date) -> dict[str, Any]:
    """Return the registry's flows in the window ``start`` < day <= ``end``.

    ``recognised``: cases starting in the window; ``released`` by release mode.
    """
    recognised = select(func.count()).where(and_(start < _START, end >= _START))
    released = (
        select(func.coalesce(cases.c.release_mode, "unknown"), func.count())
        .where(and_(cases.c.released_on > start, cases.c.released_on <= end))
        .group_by(func.coalesce(cases.c.release_mode, "unknown"))
    )
    with store.read() as connection:
        by_mode = {str(mode): int(n) for mode, n in connection.execute(released)}
        return {"recognised": int(connection.execute(recognised).scalar_one()), "released": by_mode}


def list_events(
    store: Store, *, kind: str | None = None, start: date | None = None, end: date | None = None
) -> list[dict[str, Any]]:
    """Return recorded events, optionally of one kind and within start < date <= end."""
    query = select(events)
    if kind:
        query = query.where(events.c.kind == kind)
    if start:
        query = query.where(events.c.date > start)
    if end:
        query = query.where(events.c.date <= end)
    with store.read() as connection:
        return [
            dict(r)
            for r in connection.execute(query.order_by(events.c.date, events.c.id)).mappings()
        ]
