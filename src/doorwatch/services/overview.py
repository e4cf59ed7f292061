"""The overview: held over time (registry and every source's reports), monthly flows, the
door ratio, the latest deals and the current count — each figure with the ids of its records.

Building the picture reads every month's flows, so it is kept per database, rebuilt in the
background once it is ``TTL`` seconds old, and dropped at once by a review (the write this process makes).
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from doorwatch.analysis.partial_dates import date_interval
from doorwatch.analysis.qualified_values import value_interval
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


def overview(store: Store) -> dict[str, Any]:
    """Return the overview picture of ``store``, rebuilt in the background once it is ``TTL``
    seconds old (so a request never waits for a rebuild, except the very first)."""
    return _kept.get(store.url, lambda: _build(store))


def reported_points(store: Store) -> list[dict[str, Any]]:
    """Return every accepted held-count claim as a dated point with its possible interval."""
    points = []
    for claim in list_claims(store, measure=HELD, status="accepted"):
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
                "high": high,
                "qualifier": claim.get("qualifier") or "exact",
            }
        )
    return points


def registry_series(store: Store, first: date, last: date) -> list[dict[str, Any]]:
    """Return the registry's held count at the end of each month from ``first`` to ``last``."""

    ends = [end for _, end in month_windows(first, last)]
    counts = held_on_each(store, ends)
    return [{"month": day.strftime("%Y-%m"), "held": counts.held[day]} for day in ends]


def reconciled_now(store: Store, on: date | None) -> dict[str, Any] | None:
    """Return the reconciled held count near ``on`` (None when nothing can be reconciled)."""
    if on is None:
        return None

    try:
        return asdict(reconcile_measure(store, HELD, on, RECONCILE_DAYS))
    except NotFoundError:
        return None


def _build(store: Store) -> dict[str, Any]:
    latest = latest_held_day(store)
    first = date(latest.year - 2, latest.month, 1) if latest else None
    flows = monthly_flows(store, first, latest) if first and latest else []
    current = status_on(store, latest) if latest else None
    deals = list_deals(store)
    return {
        "as_of": latest,
        "reported": reported_points(store),
        "flows": flows,
        "registry": registry_series(store, first, latest) if first and latest else [],
        "door": door_last_year(store, latest) if latest else None,
        "current": current,
        "reconciled": reconciled_now(store, latest),
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
