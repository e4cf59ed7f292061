"""The overview as known on a date: it leads with what is solid (the latest count per origin,
with its as-of and published dates), then the monthly flows with their coverage and spread
values marked, the door ratio as an interval (incomplete when a term is under-covered), held
over time (the registry's line only where the registry covers the reported count), and the
deals — each figure with the ids of its records. One function feeds the page and the API.

The picture of the latest date reads every month's flows, so it is kept per database, rebuilt
in the background once it is ``TTL`` seconds old, and dropped at once when the web app writes;
a picture of another date is built when asked.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from doorwatch.analysis.door_ratio import COMPLETE_COVERAGE
from doorwatch.analysis.knowledge import known_claims
from doorwatch.analysis.partial_dates import date_interval
from doorwatch.analysis.qualified_values import finite_or_none, value_interval
from doorwatch.analysis.reported_counts import reporter_of
from doorwatch.errors import NotFoundError
from doorwatch.services.door import HELD, latest_held_day
from doorwatch.services.monthly_flows import door_last_year, month_windows, monthly_flows
from doorwatch.services.reconcile import reconcile_measure
from doorwatch.services.refreshing_cache import RefreshingCache
from doorwatch.services.status import status_on
from doorwatch.store import Store
from doorwatch.store.counts import held_on_each
from doorwatch.store.deals import list_deals
from doorwatch.store.evidence import list_claims

TTL = 60.0
# Counts move by whole release batches within weeks, so "now" reconciles only the reports of
# the last fortnight; `doorwatch reconcile --window` looks wider when asked.
RECONCILE_DAYS = 14
_kept: RefreshingCache[dict[str, Any]] = RefreshingCache(ttl=TTL)


def forget(store: Store) -> None:
    """Drop the kept overview of ``store`` (after a write that may change it)."""
    _kept.forget(store.url)


def overview(store: Store, on: date | None = None, *, hindsight: bool = False) -> dict[str, Any]:
    """Return the overview picture of ``store`` as known on ``on`` (default: the latest report;
    ``hindsight`` adds later publications, marked). The latest picture is kept and rebuilt in
    the background once it is ``TTL`` seconds old."""
    if on is None and not hindsight:
        return _kept.get(store.url, lambda: _build(store, None, False))
    return _build(store, on, hindsight)


def reported_points(
    store: Store, known_on: date | None = None, *, hindsight: bool = False
) -> list[dict[str, Any]]:
    """Return every accepted held-count claim knowable on ``known_on`` as a dated point with
    its possible interval (an open end is None)."""
    points = []
    claims = list_claims(store, measure=HELD, status="accepted")
    for claim in known_claims(claims, known_on, hindsight=hindsight):
        if not claim.get("as_of") or claim.get("value") is None:
            continue
        first, last = date_interval(str(claim["as_of"]))
        low, high = value_interval(claim["value"], claim.get("qualifier"), claim.get("value_max"))
        points.append(
            {
                "claim_id": claim["id"],
                "source_id": claim["source_id"],
                "reporter": reporter_of(claim),
                "date": (first + (last - first) / 2).isoformat(),
                "as_of": claim["as_of"],
                "value": claim["value"],
                "low": low,
                "high": finite_or_none(high),
                "qualifier": claim.get("qualifier") or "exact",
                "published": claim.get("published"),
                "later": claim.get("later", False),
            }
        )
    return points


def registry_series(
    store: Store, first: date, last: date, points: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """Return the registry's held count at the end of each month from ``first`` to ``last``,
    each with the reported count nearest it and the registry's coverage of it; ``drawn`` is
    True only where the registry holds at least 80 % of the reported count."""
    ends = [end for _, end in month_windows(first, last)]
    counts = held_on_each(store, ends)
    rows = []
    for day in ends:
        nearest = _nearest_point(points or [], day)
        coverage = (
            counts.held[day] / float(nearest["value"]) if nearest and nearest["value"] else None
        )
        rows.append(
            {
                "month": day.strftime("%Y-%m"),
                "held": counts.held[day],
                "reported": None if nearest is None else nearest["value"],
                "coverage": coverage,
                "drawn": coverage is not None and coverage >= COMPLETE_COVERAGE,
            }
        )
    return rows


def _nearest_point(points: list[dict[str, Any]], day: date) -> dict[str, Any] | None:
    """Return the exact reported count nearest ``day`` within 31 days, or None."""
    best = None
    for point in points:
        if point["qualifier"] != "exact":
            continue
        distance = abs((date.fromisoformat(point["date"]) - day).days)
        if distance <= 31 and (best is None or distance < best[0]):
            best = (distance, point)
    return None if best is None else best[1]


def reconciled_now(store: Store, on: date | None) -> dict[str, Any] | None:
    """Return the reconciled held count near ``on`` (None when nothing can be reconciled)."""
    if on is None:
        return None

    try:
        return asdict(reconcile_measure(store, HELD, on, RECONCILE_DAYS))
    except NotFoundError:
        return None


def _build(store: Store, on: date | None, hindsight: bool) -> dict[str, Any]:
    latest = latest_held_day(store)
    today = date.today()
    day = min(on, today) if on else latest
    notes = []
    if on and on > today:
        notes.append(f"{on} is in the future: shown is what is known today ({today})")
    first = date(day.year - 2, day.month, 1) if day else None
    flows = (
        monthly_flows(store, first, day, known_on=day, hindsight=hindsight) if first and day else []
    )
    # The latest count per origin: after the last count it is that count's day that is asked.
    counts_day = min(day, latest) if day and latest else day
    if day and latest and day > latest:
        notes.append(f"the latest reported count is of {latest}: the counts shown are the latest")
    current = (
        status_on(store, counts_day, known_on=day, hindsight=hindsight) if counts_day else None
    )
    deals = [d for d in list_deals(store) if day is None or d["date"] <= day]
    points = reported_points(store, day, hindsight=hindsight)
    registry = registry_series(store, first, day, points) if first and day else []
    return {
        "as_of": day,
        "latest": latest,
        "known_on": day,
        "hindsight": hindsight,
        "notes": notes,
        "reported": points,
        "flows": flows,
        "registry": registry,
        "registry_drawn": any(r["drawn"] for r in registry),
        "door": door_last_year(store, day, known_on=day, hindsight=hindsight) if day else None,
        "current": current,
        "reconciled": reconciled_now(store, counts_day),
        "latest_deals": [
            {
                "id": d["id"],
                "date": d["date"],
                "counterpart": d["counterpart"],
                "people_freed": d["people_freed"],
                "sources": [s["id"] for s in d["sources"]],
            }
            for d in reversed(deals[-5:])
        ],
        "built": date.today(),
    }
