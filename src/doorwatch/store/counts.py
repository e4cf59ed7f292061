"""Counting queries over the registry's cases and the recorded events.

These run in the database (not in Python) because the registry may hold millions of cases.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select

from doorwatch.store.database import Store
from doorwatch.store.flow_days import (
    HeldCounts,
    held_on_days,
    released_between,
    started_between,
)
from doorwatch.store.schema import events

# A case counts as held from recognition (else detention) until release; a case with neither
# date cannot be placed in time and is reported apart. The counts are read from the daily table
# (store/flow_days.py), which the writes keep in step with the cases.


def held_on(store: Store, on: date) -> dict[str, int]:
    """Return the registry's count of cases held on ``on``, with the cases on record and undated."""
    counts = held_on_each(store, [on])
    return {"held": counts.held[on], "cases": counts.cases, "undated": counts.undated}


def held_on_each(store: Store, days: Sequence[date]) -> HeldCounts:
    """Return the registry's held count on each of ``days`` (and the cases on record and
    undated), all from one query: a balance needs both ends without counting twice."""
    with store.read() as connection:
        return held_on_days(connection, days)


def case_flows(store: Store, start: date, end: date) -> dict[str, Any]:
    """Return the registry's flows in the window ``start`` < day <= ``end``.

    ``recognised``: cases starting in the window; ``released`` by release mode.
    """
    by_mode: dict[str, int] = {}
    with store.read() as connection:
        for mode, _expelled, n in released_between(connection, start, end):
            by_mode[mode or "unknown"] = by_mode.get(mode or "unknown", 0) + n
        return {"recognised": started_between(connection, start, end), "released": by_mode}


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
