"""Flows into and out of prison over a window, each from the best evidence there is.

Every term is computed three ways where the records allow: from the registry's cases (one row a
person), from recorded events (counts with dates, each cited), and from the figures sources
reported (claims). Cases and events are both lower bounds on the true flow (a registry names only
whom it knows; a recorded count covers only the batches someone reported), so the larger of the
two is used; the sources' reported figures are the fallback when neither holds anything. Each
term says which basis it used and carries the ids of the records behind it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from doorwatch.analysis.qualified_values import value_interval
from doorwatch.analysis.window_shares import (
    TALLY_KINDS,
    Counted,
    Share,
    Span,
    claim_span,
    counted_events,
    shares_in_window,
    window_span,
)

# term -> (event kinds, event release modes or None for any, registry modes, claim measure)
TERMS: dict[str, tuple[frozenset[str], frozenset[str] | None, frozenset[str], str | None]] = {
    "recognised": (
        frozenset({"recognition"}),
        None,
        frozenset({"recognised"}),
        "prisoners_designated",
    ),
    "pardon": (frozenset({"release"}), frozenset({"pardon"}), frozenset({"pardon"}), None),
    "deal": (frozenset({"release"}), frozenset({"deal"}), frozenset({"deal"}), None),
    "other_release": (
        frozenset({"release"}),
        frozenset({"sentence_quashed", "unknown"}),
        frozenset({"sentence_quashed", "unknown"}),
        "prisoners_released",
    ),
    "served": (
        frozenset({"sentence_served", "release"}),
        frozenset({"end_of_sentence", "served"}),
        frozenset({"end_of_sentence"}),
        "prisoners_served_sentence",
    ),
    "died": (
        frozenset({"death", "release"}),
        frozenset({"died_in_custody", "died"}),
        frozenset({"died_in_custody"}),
        "prisoners_died_in_custody",
    ),
    "expelled": (frozenset(), None, frozenset({"expelled"}), "prisoners_expelled"),
}
RELEASE_TERMS = ("pardon", "deal", "other_release")


@dataclass(frozen=True)
class RegistryFlows:
    """What the registry's cases say about a window: counts by term, and case ids when few."""

    counts: Mapping[str, int]
    case_ids: Mapping[str, Sequence[str]] = field(default_factory=dict)


@dataclass
class FlowTerm:
    """One flow over the window, with the basis used and the records behind it."""

    name: str
    value: float
    low: float
    high: float
    basis: str  # registry, events, claims, none
    registry: int
    recorded: float
    reported: float | None
    prorated: bool
    event_ids: list[str]
    claim_ids: list[str]
    case_ids: list[str]
    shares: list[Share]


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


def _counted_claims(claims: Sequence[Mapping[str, Any]], measure: str) -> list[Counted]:
    """Return one counted record per reported span: sources giving the same span are one figure
    (their median), so that three papers repeating "52" do not make 156."""
    by_span: dict[Span, list[Mapping[str, Any]]] = {}
    for claim in claims:
        if (
            claim.get("measure") == measure
            and claim.get("value") is not None
            and claim.get("as_of")
        ):
            by_span.setdefault(claim_span(claim), []).append(claim)
    counted = []
    for span, group in by_span.items():
        values = sorted(float(c["value"]) for c in group)
        median = values[len(values) // 2]
        chosen = next(c for c in group if float(c["value"]) == median)
        counted.append(
            Counted(
                str(chosen["id"]),
                measure,
                None,
                median,
                str(chosen.get("qualifier") or "exact"),
                span,
            )
        )
    return counted


def _bounds(shares: Sequence[Share]) -> tuple[float, float]:
    low = high = 0.0
    for share in shares:
        lo, hi = value_interval(share.count, share.qualifier)
        factor = share.share / share.count if share.count else 0.0
        low += lo * factor
        high += hi * factor
    return low, high


def flow_term(
    term: str,
    window: Span,
    registry: RegistryFlows,
    events: Sequence[Mapping[str, Any]],
    claims: Sequence[Mapping[str, Any]],
    *,
    allow_claims: bool = True,
) -> FlowTerm:
    """Return one flow term over ``window`` from the registry, the events, or the claims."""
    _, _, registry_keys, measure = TERMS[term]
    from_registry = sum(int(registry.counts.get(k, 0)) for k in registry_keys)
    case_ids = [i for k in registry_keys for i in registry.case_ids.get(k, ())]
    kinds = TERMS[term][0]
    tally = frozenset({term}) if kinds & TALLY_KINDS else frozenset()
    event_shares = shares_in_window(
        counted_events(events, term, lambda e: _matches(term, e)), window, tally_kinds=tally
    )
    recorded = sum(s.share for s in event_shares)
    claim_shares: list[Share] = []
    if measure and allow_claims:
        claim_shares = shares_in_window(
            _counted_claims(claims, measure), window, tally_kinds=frozenset({measure})
        )
    reported = sum(s.share for s in claim_shares) if claim_shares else None
    # Registry and events are both lower bounds, so the larger wins; the reported figures
    # step in only where no event of the kind reaches the window and they exceed the registry.
    if event_shares and recorded > from_registry:
        basis, value, shares = "events", recorded, event_shares
        low, high = _bounds(shares)
    elif from_registry > 0 and (event_shares or not reported or from_registry >= reported):
        basis, value, shares = "registry", float(from_registry), []
        low = high = value
    elif reported:
        basis, value, shares = "claims", reported, claim_shares
        low, high = _bounds(shares)
    else:
        basis, value, shares, low, high = "none", 0.0, [], 0.0, 0.0
    return FlowTerm(
        name=term,
        value=value,
        low=low,
        high=high,
        basis=basis,
        registry=from_registry,
        recorded=recorded,
        reported=reported,
        prorated=any(s.prorated for s in shares),
        event_ids=[s.record_id for s in shares] if basis == "events" else [],
        claim_ids=[s.record_id for s in shares] if basis == "claims" else [],
        case_ids=case_ids if basis == "registry" else [],
        shares=shares,
    )


@dataclass
class Flows:
    """All flows over one window, the net change and the revolving-door ratio."""

    start: date
    end: date
    terms: dict[str, FlowTerm]
    released: float
    new: float
    net_change: float
    door_ratio: float | None
    door_ratio_with_served: float | None
    bases: list[str]


def window_flows(
    start: date,
    end: date,
    registry: RegistryFlows,
    events: Sequence[Mapping[str, Any]],
    claims: Sequence[Mapping[str, Any]],
) -> Flows:
    """Return the flows in ``start`` < day <= ``end``: new, released by mode, served, died.

    ``released`` counts pardons, deals and other releases (not completed sentences or deaths);
    the door ratio is new ÷ released, and again with completed sentences counted as releases.
    """
    window = window_span(start, end)
    terms: dict[str, FlowTerm] = {}
    for name in TERMS:
        # A reported total of releases is only a fallback when no batch of any mode is known;
        # otherwise it would count the known batches a second time.
        allow = name != "other_release" or all(terms[t].basis == "none" for t in ("pardon", "deal"))
        terms[name] = flow_term(name, window, registry, events, claims, allow_claims=allow)
    released = sum(terms[t].value for t in RELEASE_TERMS)
    new = terms["recognised"].value
    served, died = terms["served"].value, terms["died"].value
    return Flows(
        start=start,
        end=end,
        terms=terms,
        released=released,
        new=new,
        net_change=new - released - served - died,
        door_ratio=new / released if released else None,
        door_ratio_with_served=new / (released + served) if released + served else None,
        bases=sorted({t.basis for t in terms.values()}),
    )
