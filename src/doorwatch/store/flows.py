"""Queries for flows over a window: registry cases by outcome, and recorded count events.

The registry may hold millions of cases, so its counts are read from the daily table
(store/flow_days.py, migration 0004); the cases themselves are read only for the ids of a term
of few cases, through index ranges (migration 0003).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select

from doorwatch.store.database import Store
from doorwatch.store.flow_days import held_on_days, released_between, started_between
from doorwatch.store.schema import batch_overlaps, cases, citations, claims, events, sources


def _started_in(start: date, end: date) -> ColumnElement[bool]:
    """Return start < CASE_START <= end spelled as two index ranges (recognition, else
    detention), so that listing the few cases of a quiet window does not scan them all."""
    return or_(
        and_(cases.c.recognised_on > start, cases.c.recognised_on <= end),
        and_(
            cases.c.recognised_on.is_(None),
            cases.c.detained_on > start,
            cases.c.detained_on <= end,
        ),
    )


# Below this many cases in a term, the ids are returned so every number can be traced.
TRACE_LIMIT = 100
_LONGEST_UNDATED_SPAN = timedelta(days=366)


def registry_window_counts(
    store: Store, start: date, end: date
) -> tuple[dict[str, int], dict[str, list[str]]]:
    """Return the registry's counts in ``start`` < day <= ``end`` by term (``recognised``, each
    release mode, ``expelled``) and, for terms of few cases, the ids of those cases."""
    in_window = and_(cases.c.released_on > start, cases.c.released_on <= end)
    counts: dict[str, int] = defaultdict(int)
    ids: dict[str, list[str]] = {}
    with store.read() as connection:
        counts["recognised"] = started_between(connection, start, end)
        for mode, expelled, n in released_between(connection, start, end):
            counts[str(mode or "unknown")] += n
            if expelled:
                counts["expelled"] += n
        if 0 < counts["recognised"] <= TRACE_LIMIT:
            query = select(cases.c.id).where(_started_in(start, end))
            ids["recognised"] = sorted(str(i) for (i,) in connection.execute(query))
        if 0 < sum(n for k, n in counts.items() if k != "recognised") <= 2 * TRACE_LIMIT:
            query = select(cases.c.id, cases.c.release_mode, cases.c.expelled).where(in_window)
            for case_id, mode, expelled in connection.execute(query.order_by(cases.c.id)):
                ids.setdefault(str(mode or "unknown"), []).append(str(case_id))
                if expelled:
                    ids.setdefault("expelled", []).append(str(case_id))
    return dict(counts), ids


def recorded_count_events(store: Store, start: date, end: date) -> list[dict[str, Any]]:
    """Return the recorded count events (not tied to one case) whose span may reach into
    ``start`` < day <= ``end``; the caller trims them to the exact span."""
    query = select(events).where(
        and_(
            events.c.case_id.is_(None),
            events.c.date > start,
            or_(
                events.c.period_start <= end,
                and_(events.c.period_start.is_(None), events.c.date <= end + _LONGEST_UNDATED_SPAN),
            ),
        )
    )
    with store.read() as connection:
        found = [dict(r) for r in connection.execute(query).mappings()]
        if not found:
            return []
        # A period count reaching into the window may hold finer counts outside it ("50 in
        # December" inside "509 in 2025"); they are needed to tell what the remainder is.
        first = min(r["period_start"] or r["date"] - _LONGEST_UNDATED_SPAN for r in found)
        last = max(r["date"] for r in found)
        family = select(events).where(
            and_(events.c.case_id.is_(None), events.c.date >= first, events.c.date <= last)
        )
        rows = connection.execute(family.order_by(events.c.date, events.c.id)).mappings()
        return [dict(r) for r in rows]


def all_count_events(store: Store) -> list[dict[str, Any]]:
    """Return every recorded count event that is not tied to one case, oldest first."""
    query = select(events).where(events.c.case_id.is_(None)).order_by(events.c.date, events.c.id)
    with store.read() as connection:
        return [dict(r) for r in connection.execute(query).mappings()]


def accepted_figures(store: Store, measures: list[str] | None = None) -> list[dict[str, Any]]:
    """Return accepted figure claims (of ``measures`` when given) with their source summary."""
    query = (
        select(
            claims,
            sources.c.publisher,
            sources.c.title.label("source_title"),
            sources.c.published.label("source_published"),
            sources.c.url.label("source_url"),
            sources.c.copy_of.label("source_copy_of"),
        )
        .join(sources, sources.c.id == claims.c.source_id)
        .where(and_(claims.c.kind == "figure", claims.c.status == "accepted"))
    )
    if measures:
        query = query.where(claims.c.measure.in_(measures))
    query = query.order_by(claims.c.as_of, claims.c.id)
    with store.read() as connection:
        return [dict(r) for r in connection.execute(query).mappings()]


def registry_held_count(store: Store, on: date) -> int:
    """Return the registry's count of cases held on ``on`` (same rule as counts.held_on)."""
    with store.read() as connection:
        return held_on_days(connection, [on]).held[on]


def event_publications(store: Store, event_ids: list[str]) -> dict[str, list[str | None]]:
    """Return, per event id, the publication dates of the sources that cite it."""
    found: dict[str, list[str | None]] = defaultdict(list)
    if not event_ids:
        return found
    with store.read() as connection:
        for start in range(0, len(event_ids), 500):
            query = (
                select(citations.c.record_id, sources.c.published)
                .join(sources, sources.c.id == citations.c.source_id)
                .where(
                    and_(
                        citations.c.record_type == "event",
                        citations.c.record_id.in_(event_ids[start : start + 500]),
                    )
                )
            )
            for record_id, published in connection.execute(query):
                found[str(record_id)].append(published)
    return found


def list_batch_overlaps(store: Store) -> list[dict[str, Any]]:
    """Return every recorded overlap between release batches: batch B includes N of batch A."""
    query = select(batch_overlaps).order_by(
        batch_overlaps.c.event_id, batch_overlaps.c.includes_event_id
    )
    with store.read() as connection:
        return [dict(r) for r in connection.execute(query).mappings()]
