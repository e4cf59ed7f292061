"""The revolving door over a window or since a deal: flows from the store, as known on a date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from doorwatch.analysis.balance import count_day, pick_held_pair
from doorwatch.analysis.flows import FLOW_MEASURES, Flows, RegistryFlows, window_flows
from doorwatch.analysis.knowledge import known_claims, known_events
from doorwatch.analysis.partial_dates import date_interval
from doorwatch.errors import InputError, NoDataError
from doorwatch.store import Store
from doorwatch.store.deals import get_deal
from doorwatch.store.flows import (
    accepted_figures,
    all_count_events,
    event_publications,
    list_batch_overlaps,
    recorded_count_events,
    registry_window_counts,
)

HELD = "political_prisoners_held"


def knowledge_date(asked: date | None, default: date) -> date:
    """Return the date whose knowledge an answer shows: the one asked, else ``default``, and
    never later than today (nothing later is known)."""
    return min(asked or default, date.today())


def known_flow_inputs(
    store: Store, first: date, last: date, known_on: date | None, hindsight: bool
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, int]]:
    """Return (events, claims, batch overlaps) for flows within ``first``..``last`` as known on
    ``known_on`` (everything, later ones marked, with ``hindsight``)."""
    events = recorded_count_events(store, first - timedelta(days=1), last)
    published = event_publications(store, [str(e["id"]) for e in events])
    events = known_events(events, published, known_on, hindsight=hindsight)
    claims = known_claims(
        accepted_figures(store, list(FLOW_MEASURES)), known_on, hindsight=hindsight
    )
    # The people a batch shares with an earlier one left with the earlier batch, so they count
    # there, whichever window asks.
    overlaps: dict[str, int] = {}
    for row in list_batch_overlaps(store):
        key = str(row["event_id"])
        overlaps[key] = overlaps.get(key, 0) + int(row["count"])
    return events, claims, overlaps


def overlap_notes(flows: Flows, overlaps: list[dict[str, Any]]) -> list[str]:
    """Return, for each release batch in the window that includes people of an earlier batch,
    what the store says of it: "B includes N of A", counted once, with A."""
    counted = {i for t in flows.terms.values() for i in t.event_ids}
    return [
        f"{row['event_id']} includes {row['count']} of {row['includes_event_id']}: they are "
        f"counted once, with the earlier batch" + (f" ({row['note']})" if row.get("note") else "")
        for row in overlaps
        if row["event_id"] in counted
    ]


def _window_notes(first: date, last: date, known_on: date) -> list[str]:
    notes = []
    today = date.today()
    if last > today:
        notes.append(f"the window runs past today ({today}): its later days have no records yet")
    # Nothing is published after today, so only a knowledge date before both leaves any out.
    if known_on < min(last, today):
        notes.append(f"as known on {known_on}: later publications are left out")
    return notes


def flows_between(
    store: Store,
    first: date,
    last: date,
    *,
    known_on: date | None = None,
    hindsight: bool = False,
) -> Flows:
    """Return the flows in ``first`` <= day <= ``last`` (both ends inclusive) as knowable on
    ``known_on`` (default: the window's end): recorded, reported totals, coverage, the ratio."""
    if last < first:
        raise InputError(
            f"the window ends ({last}) before it starts ({first})",
            option="--to",
            expected="a date on or after --from",
        )
    on = knowledge_date(known_on, last)
    counts, ids = registry_window_counts(store, first - timedelta(days=1), last)
    events, claims, overlaps = known_flow_inputs(store, first, last, on, hindsight)
    flows = window_flows(first, last, RegistryFlows(counts, ids), events, claims, overlaps)
    flows.known_on, flows.hindsight = on, hindsight
    flows.notes.extend(_window_notes(first, last, on))
    flows.notes.extend(overlap_notes(flows, list_batch_overlaps(store)))
    if flows.empty:
        earliest = earliest_record(store)
        if earliest is None:
            flows.notes.append("the database holds no flow records")
        elif last < earliest:
            flows.notes.append(f"the window ends before the first record ({earliest})")
        elif not hindsight and on < date.today():
            events, claims, _ = known_flow_inputs(store, first, last, None, True)
            later = window_flows(first, last, RegistryFlows(counts, ids), events, claims, overlaps)
            if not later.empty:
                flows.notes.append(
                    f"records published after {on} reach this window: --hindsight or a later "
                    "--known-on adds them"
                )
    return flows


def flows_of_windows(
    store: Store,
    windows: Sequence[tuple[date, date]],
    *,
    known_on: date | None = None,
    hindsight: bool = False,
) -> list[Flows]:
    """Return the flows of each inclusive window, reading events and claims once for all."""
    if not windows:
        return []
    first, last = min(w[0] for w in windows), max(w[1] for w in windows)
    on = knowledge_date(known_on, last)
    events, claims, overlaps = known_flow_inputs(store, first, last, on, hindsight)
    overlap_rows = list_batch_overlaps(store)
    out = []
    for start, end in windows:
        counts, ids = registry_window_counts(store, start - timedelta(days=1), end)
        flows = window_flows(start, end, RegistryFlows(counts, ids), events, claims, overlaps)
        flows.known_on, flows.hindsight = on, hindsight
        flows.notes.extend(overlap_notes(flows, overlap_rows))
        out.append(flows)
    return out


def earliest_record(store: Store) -> date | None:
    """Return the earliest day any recorded count or reported figure is about, or None."""
    days = [e["period_start"] or e["date"] for e in all_count_events(store)]
    days += [
        date_interval(str(c.get("period_start") or c["as_of"]))[0]
        for c in accepted_figures(store)
        if c.get("as_of")
    ]
    return min(days) if days else None


def held_claims(
    store: Store, known_on: date | None = None, *, hindsight: bool = False
) -> list[dict[str, Any]]:
    """Return the accepted reported held counts knowable on ``known_on`` (all when None)."""
    return known_claims(accepted_figures(store, [HELD]), known_on, hindsight=hindsight)


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


def door_since_deal(
    store: Store,
    deal_id: str,
    until: date | None = None,
    *,
    known_on: date | None = None,
    hindsight: bool = False,
) -> dict[str, Any]:
    """Return what happened after a deal: freed in it, flows since, held then and now."""
    deal = get_deal(store, deal_id)
    day: date = deal["date"]
    end = until or latest_held_day(store) or day
    if end < day:
        raise InputError(
            f"nothing is recorded after the deal of {day}", option="--to", expected="a later date"
        )
    # The release day itself belongs to the deal, so "since" includes it.
    flows = flows_between(store, day, end, known_on=known_on, hindsight=hindsight)
    held = held_claims(store, flows.known_on, hindsight=hindsight)
    pair = pick_held_pair(held, day, end, window_days=366, first_not_after=True)
    releases = [e for e in deal["events"] if e["kind"] == "release"]
    return {
        "deal": {k: deal[k] for k in ("id", "date", "counterpart", "envoy", "people_freed")},
        "freed_in_deal": {
            "counted": sum(e.get("count") or 0 for e in releases),
            "qualifiers": sorted({str(e.get("qualifier") or "exact") for e in releases}),
            "named": deal["named_people"],
            "event_ids": [e["id"] for e in deal["events"]],
        },
        "flows": flows,
        "held_then": None if pair is None else pair.first,
        "held_now": None if pair is None else pair.second,
        "reporter": None if pair is None else pair.reporter,
    }
