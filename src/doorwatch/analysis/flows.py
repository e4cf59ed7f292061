"""Flows into and out of prison over a window, with what is on record, what was reported, and
how much of the reported total the record covers.

Each term (recognised; released by pardon, deal, other, and in all; served; died; expelled)
says:

- what is **recorded** in the window: the registry's cases and the recorded counts (events),
  the larger of the two, since both are lower bounds (a registry names only whom it knows; the
  recorded batches are only those someone reported). A release batch that includes people of an
  earlier batch counts only its new people. A count over a period reaching beyond the window
  gives the window a share by days, marked *spread*, with the count it came from;
- the **reported totals** that cover the window: sources' figures for a period (claims with a
  period), each with its origin and source. Per measure the finer totals stand for their own
  days and a coarser one adds its remainder; a total whose start is unknown is never spread
  (it is listed with the reason), nor is one whose start is known only to the year;
- **coverage** = recorded ÷ the best reported total (the measure whose totals cover most of the
  window without spreading), or None when no reported total covers the window.

The door ratio new ÷ released (``door_ratio.py``) is an interval: its ends come from the bases available for each
term (recorded and reported), each end naming its basis. A ratio with a term under 80 % covered
(or of unknown coverage) is *incomplete*. Window ends are inclusive: first <= day <= last.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from doorwatch.analysis.door_ratio import DoorRatio, door_ratio
from doorwatch.analysis.qualified_values import finite_or_none, value_interval
from doorwatch.analysis.reported_totals import ReportedTotal, is_period_total, reported_totals
from doorwatch.analysis.window_shares import (
    TALLY_KINDS,
    Share,
    Span,
    counted_events,
    shares_in_window,
)

# term -> (event kinds, event release modes or None for any, registry keys, reported measures)
TERMS: dict[str, tuple[frozenset[str], frozenset[str] | None, frozenset[str], tuple[str, ...]]] = {
    "recognised": (
        frozenset({"recognition"}),
        None,
        frozenset({"recognised"}),
        ("prisoners_designated",),
    ),
    "pardon": (frozenset({"release"}), frozenset({"pardon"}), frozenset({"pardon"}), ()),
    "deal": (frozenset({"release"}), frozenset({"deal"}), frozenset({"deal"}), ()),
    "other_release": (
        frozenset({"release"}),
        frozenset({"sentence_quashed", "unknown"}),
        frozenset({"sentence_quashed", "unknown"}),
        (),
    ),
    "served": (
        frozenset({"sentence_served", "release"}),
        frozenset({"end_of_sentence", "served"}),
        frozenset({"end_of_sentence"}),
        ("prisoners_served_sentence",),
    ),
    "died": (
        frozenset({"death", "release"}),
        frozenset({"died_in_custody", "died"}),
        frozenset({"died_in_custody"}),
        ("prisoners_died_in_custody",),
    ),
    "expelled": (frozenset(), None, frozenset({"expelled"}), ("prisoners_expelled",)),
}
RELEASE_TERMS = ("pardon", "deal", "other_release")
# Sources report releases over a period in all, not by mode.
RELEASE_MEASURES = (
    "prisoners_released",
    "prisoners_pardoned_total",
    "prisoners_pardoned_us_assisted",
)
FLOW_MEASURES = tuple(
    sorted({m for *_, measures in TERMS.values() for m in measures} | set(RELEASE_MEASURES))
)
LABELS = {
    "recognised": "recognised",
    "pardon": "released: pardon",
    "deal": "released: deal",
    "other_release": "released: other",
    "released": "released in all",
    "served": "served sentence",
    "died": "died in custody",
    "expelled": "of the released: expelled",
}


@dataclass(frozen=True)
class RegistryFlows:
    """What the registry's cases say about a window: counts by term, and case ids when few."""

    counts: Mapping[str, int]
    case_ids: Mapping[str, Sequence[str]] = field(default_factory=dict)


@dataclass
class FlowTerm:
    """One flow over the window: what is on record, what was reported, and the coverage."""

    name: str
    label: str
    value: float
    low: float
    high: float | None  # None: open (a count given as "at least")
    basis: str  # registry, events, registry+events, none
    registry: int
    recorded: float
    spread: bool
    spread_from: list[dict[str, Any]]
    event_ids: list[str]
    case_ids: list[str]
    later_ids: list[str]
    reported_total: float | None
    reported_measure: str | None
    reported_spread: bool
    reported_claim_ids: list[str]
    reported: list[ReportedTotal]
    coverage: float | None
    shares: list[Share]

    @property
    def prorated(self) -> bool:
        """Return True when the recorded value holds shares spread from a longer count."""
        return self.spread


@dataclass
class Flows:
    """All flows over one window (first <= day <= last), the net change and the door ratio."""

    start: date
    end: date
    terms: dict[str, FlowTerm]
    new: float
    released: float
    net_change: float
    ratio: DoorRatio
    ratio_with_served: DoorRatio
    bases: list[str]
    empty: bool
    notes: list[str]
    known_on: date | None = None
    hindsight: bool = False


def _event_mode(event: Mapping[str, Any]) -> str:
    if event["kind"] == "sentence_served":
        return "served"
    if event["kind"] == "death":
        return "died"
    return str(event.get("release_mode") or "unknown")


def _matches(term: str, event: Mapping[str, Any]) -> bool:
    kinds, modes, _, _ = TERMS[term]
    if event["kind"] not in kinds:
        return False
    if event["kind"] == "release":
        return modes is not None and _event_mode(event) in modes
    return True


def _bounds(shares: Sequence[Share]) -> tuple[float, float]:
    low = high = 0.0
    for share in shares:
        lo, hi = value_interval(share.count, share.qualifier)
        factor = share.share / share.count if share.count else 0.0
        low += lo * factor
        high += hi * factor if factor else 0.0
    return low, high


def net_of_overlaps(
    events: Sequence[Mapping[str, Any]], overlaps: Mapping[str, int]
) -> list[Mapping[str, Any]]:
    """Return the events with each batch's count less the people it shares with earlier ones."""
    out: list[Mapping[str, Any]] = []
    for event in events:
        included = overlaps.get(str(event["id"]), 0)
        if included and event.get("count") is not None:
            out.append({**event, "count": max(0, int(event["count"]) - included)})
        else:
            out.append(event)
    return out


def flow_term(
    term: str,
    window: Span,
    registry: RegistryFlows,
    events: Sequence[Mapping[str, Any]],
    claims: Sequence[Mapping[str, Any]],
) -> FlowTerm:
    """Return one flow term over ``window``: recorded, reported totals and coverage."""
    kinds, _, registry_keys, measures = TERMS[term]
    from_registry = sum(int(registry.counts.get(k, 0)) for k in registry_keys)
    tally = frozenset({term}) if kinds & TALLY_KINDS else frozenset()
    shares = shares_in_window(
        counted_events(events, term, lambda e: _matches(term, e)), window, tally_kinds=tally
    )
    recorded = sum(s.share for s in shares)
    later = {str(e["id"]) for e in events if e.get("later")}
    if shares and recorded > from_registry:
        basis, value = "events", recorded
        low, high = _bounds(shares)
    elif from_registry > 0:
        basis, value, shares = "registry", float(from_registry), []
        low = high = value
    else:
        basis, value, low, high = ("events" if shares else "none"), recorded, 0.0, 0.0
        if shares:
            low, high = _bounds(shares)
    listed, best = reported_totals(measures, claims, window) if measures else ([], None)
    return FlowTerm(
        name=term,
        label=LABELS[term],
        value=value,
        low=low,
        high=finite_or_none(high),
        basis=basis,
        registry=from_registry,
        recorded=recorded,
        spread=any(s.prorated for s in shares),
        spread_from=[_spread_source(s) for s in shares if s.prorated],
        event_ids=[s.record_id for s in shares],
        case_ids=list(
            (i for k in registry_keys for i in registry.case_ids.get(k, ()))
            if basis == "registry"
            else ()
        ),
        later_ids=sorted(s.record_id for s in shares if s.record_id in later),
        reported_total=None if best is None else best.total,
        reported_measure=None if best is None else best.measure,
        reported_spread=False if best is None else best.spread,
        reported_claim_ids=[] if best is None else best.claim_ids,
        reported=listed,
        coverage=_coverage(value, None if best is None else best.total),
        shares=list(shares),
    )


def _spread_source(share: Share) -> dict[str, Any]:
    return {
        "record_id": share.record_id,
        "count": share.count,
        "first": share.span_first,
        "last": share.span_last,
        "share": share.share,
    }


def _coverage(recorded: float, reported: float | None) -> float | None:
    if reported is None or reported <= 0:
        return None
    return recorded / reported


def _released_term(terms: Mapping[str, FlowTerm], window: Span, claims: Sequence[Any]) -> FlowTerm:
    """Return releases by every mode together, with the reported release totals."""
    parts = [terms[t] for t in RELEASE_TERMS]
    value = sum(p.value for p in parts)
    highs = [p.high for p in parts]
    listed, best = reported_totals(RELEASE_MEASURES, claims, window)
    bases = sorted({p.basis for p in parts if p.basis != "none"})
    return FlowTerm(
        name="released",
        label=LABELS["released"],
        value=value,
        low=sum(p.low for p in parts),
        high=None if any(h is None for h in highs) else sum(h or 0.0 for h in highs),
        basis="+".join(bases) or "none",
        registry=sum(p.registry for p in parts),
        recorded=sum(p.recorded for p in parts),
        spread=any(p.spread for p in parts),
        spread_from=[s for p in parts for s in p.spread_from],
        event_ids=[i for p in parts for i in p.event_ids],
        case_ids=[i for p in parts for i in p.case_ids],
        later_ids=[i for p in parts for i in p.later_ids],
        reported_total=None if best is None else best.total,
        reported_measure=None if best is None else best.measure,
        reported_spread=False if best is None else best.spread,
        reported_claim_ids=[] if best is None else best.claim_ids,
        reported=listed,
        coverage=_coverage(value, None if best is None else best.total),
        shares=[s for p in parts for s in p.shares],
    )


def window_flows(
    first: date,
    last: date,
    registry: RegistryFlows,
    events: Sequence[Mapping[str, Any]],
    claims: Sequence[Mapping[str, Any]],
    overlaps: Mapping[str, int] | None = None,
) -> Flows:
    """Return the flows in ``first`` <= day <= ``last``: recognised, released by mode and in
    all, served, died, expelled; the net change; and the door ratio as an interval.

    ``overlaps`` maps a release batch's id to the number of its people an earlier batch holds.
    """
    window = Span(first, last)
    counted = net_of_overlaps(events, overlaps or {})
    terms = {name: flow_term(name, window, registry, counted, claims) for name in TERMS}
    released = _released_term(terms, window, claims)
    terms = {
        **{k: terms[k] for k in ("recognised", *RELEASE_TERMS)},
        "released": released,
        **{k: terms[k] for k in ("served", "died", "expelled")},
    }
    new = terms["recognised"]
    served, died = terms["served"], terms["died"]
    empty = all(t.basis == "none" and t.reported_total is None for t in terms.values())
    notes = (
        ["no records in this window: nothing is known, which is not the same as zero"]
        if empty
        else []
    )
    return Flows(
        start=first,
        end=last,
        terms=terms,
        new=new.value,
        released=released.value,
        net_change=new.value - released.value - served.value - died.value,
        ratio=door_ratio(new, [released], "released"),
        ratio_with_served=door_ratio(new, [released, served], "released or served"),
        bases=sorted({t.basis for t in terms.values()}),
        empty=empty,
        notes=notes,
    )


def open_high(term: FlowTerm) -> float:
    """Return a term's upper end as a number (``math.inf`` when open)."""
    return math.inf if term.high is None else term.high


__all__ = [
    "DoorRatio",
    "FlowTerm",
    "Flows",
    "RegistryFlows",
    "ReportedTotal",
    "is_period_total",
    "window_flows",
]
