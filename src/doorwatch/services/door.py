"""The revolving door over a window or since a deal: flows from the store, analysed."""

from __future__ import annotations

from datetime import date
from typing import Any

from doorwatch.analysis.balance import count_day, pick_held_pair
from doorwatch.analysis.flows import TERMS, Flows, RegistryFlows, window_flows
from doorwatch.errors import InputError, NoDataError
from doorwatch.store import Store
from doorwatch.store.deals import get_deal
from doorwatch.store.flows import accepted_figures, recorded_count_events, registry_window_counts

HELD = "political_prisoners_held"
FLOW_MEASURES = sorted({m for *_, m in TERMS.values() if m})


def flows_between(store: Store, start: date, end: date) -> Flows:
    """Return the flows in ``start`` < day <= ``end`` from registry, events and claims."""
    if end <= start:
        raise InputError(
            f"the window ends ({end}) on or before it starts ({start})",
            option="--to",
            expected="a date after --from",
        )
    counts, ids = registry_window_counts(store, start, end)
    events = recorded_count_events(store, start, end)
    claims = accepted_figures(store, FLOW_MEASURES)
    return window_flows(start, end, RegistryFlows(counts, ids), events, claims)


def held_claims(store: Store) -> list[dict[str, Any]]:
    """Return the accepted reported held counts."""
    return accepted_figures(store, [HELD])


def latest_held_day(store: Store) -> date | None:
    """Return the last day any accepted held count stands for, or None when there is none."""
    days = [count_day(c) for c in held_claims(store) if c.get("as_of")]
    return max(days) if days else None


def last_held_day(store: Store) -> date:
    """Return the last day any accepted held count stands for; NoDataError when none is."""
    day = latest_held_day(store)
    if day is None:
        raise NoDataError("no held counts are stored; load data first (doorwatch init --sample)")
    return day


def door_since_deal(store: Store, deal_id: str, until: date | None = None) -> dict[str, Any]:
    """Return what happened after a deal: freed in it, flows since, held then and now."""
    deal = get_deal(store, deal_id)
    day: date = deal["date"]
    end = until or latest_held_day(store) or day
    if end <= day:
        raise InputError(
            f"nothing is recorded after the deal of {day}", option="--to", expected="a later date"
        )
    # The release day itself belongs to the deal, so "since" starts the day before it.
    flows = flows_between(store, date.fromordinal(day.toordinal() - 1), end)
    pair = pick_held_pair(held_claims(store), day, end, window_days=366, first_not_after=True)
    return {
        "deal": {k: deal[k] for k in ("id", "date", "counterpart", "envoy", "people_freed")},
        "freed_in_deal": {
            "counted": sum(e.get("count") or 0 for e in deal["events"] if e["kind"] == "release"),
            "named": deal["named_people"],
            "event_ids": [e["id"] for e in deal["events"]],
        },
        "flows": flows,
        "held_then": None if pair is None else pair.first,
        "held_now": None if pair is None else pair.second,
        "reporter": None if pair is None else pair.reporter,
    }
