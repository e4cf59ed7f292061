"""Balancing the books: held(t2) = held(t1) + recognised − released − served − died + residual.

The residual is what no recorded flow explains: unrecorded recognitions, releases nobody
reported, counting changes by the source. It is shown, never hidden or spread over the terms.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from doorwatch.analysis.flows import RELEASE_TERMS, Flows, open_high
from doorwatch.analysis.partial_dates import date_interval, days_apart
from doorwatch.analysis.qualified_values import value_interval
from doorwatch.analysis.reported_counts import reporter_of


@dataclass
class HeldPair:
    """The two reported counts a balance runs between, from one reporter."""

    reporter: str
    first: Mapping[str, Any]
    second: Mapping[str, Any]
    alternatives: list[dict[str, Any]]


def _nearest(
    claims: Sequence[Mapping[str, Any]], on: date, window_days: int
) -> Mapping[str, Any] | None:
    best: tuple[tuple[int, int, int], Mapping[str, Any]] | None = None
    for claim in claims:
        distance = days_apart(str(claim["as_of"]), on)
        if distance > window_days:
            continue
        rank = (
            distance,
            0 if (claim.get("qualifier") or "exact") == "exact" else 1,
            len(str(claim["as_of"])) * -1,
        )
        if best is None or rank < best[0]:
            best = (rank, claim)
    return best[1] if best else None


def pick_held_pair(
    held_claims: Sequence[Mapping[str, Any]],
    first: date,
    second: date,
    *,
    window_days: int = 31,
    reporter: str | None = None,
    first_not_after: bool = False,
) -> HeldPair | None:
    """Return the pair of held counts nearest ``first`` and ``second`` from one reporter.

    One reporter at both ends, because two reporters count differently and their difference
    would pass for a flow. The reporter nearest both dates wins, then the one with exact
    figures, then the one with the most counts on record. Returns None when none has both.
    With ``first_not_after`` the first count must stand for a day on or before ``first``.
    """
    by_reporter: dict[str, list[Mapping[str, Any]]] = {}
    for claim in held_claims:
        if claim.get("as_of") and claim.get("value") is not None:
            by_reporter.setdefault(reporter_of(claim), []).append(claim)
    candidates = []
    for who, claims in by_reporter.items():
        if reporter and who.lower() != reporter.lower():
            continue
        earlier = [c for c in claims if count_day(c) <= first] if first_not_after else claims
        a, b = _nearest(earlier, first, window_days), _nearest(claims, second, window_days)
        if a is None or b is None or a is b:
            continue
        inexact = sum((c.get("qualifier") or "exact") != "exact" for c in (a, b))
        distance = days_apart(str(a["as_of"]), first) + days_apart(str(b["as_of"]), second)
        candidates.append(((distance, inexact, -len(claims), who), who, a, b))
    if not candidates:
        return None
    candidates.sort(key=lambda c: c[0])
    _, who, a, b = candidates[0]
    alternatives = [
        {"reporter": w, "first": _brief(x), "second": _brief(y)} for _, w, x, y in candidates[1:]
    ]
    return HeldPair(reporter=who, first=a, second=b, alternatives=alternatives)


def _brief(claim: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "claim_id": claim["id"],
        "value": claim["value"],
        "qualifier": claim.get("qualifier") or "exact",
        "as_of": claim["as_of"],
        "source_id": claim["source_id"],
        "source": claim.get("publisher") or claim.get("source_title"),
        "url": claim.get("source_url"),
    }


def count_day(claim: Mapping[str, Any]) -> date:
    """Return the day a reported count stands for: the last day of its as-of date."""
    return date_interval(str(claim["as_of"]))[1]


@dataclass
class Balance:
    """The books between two reported counts, term by term, with the unexplained residual."""

    held_start: dict[str, Any]
    held_end: dict[str, Any]
    flows: Flows
    expected_end: float
    residual: float
    residual_low: float | None
    residual_high: float | None
    recorded_only_residual: float
    terms: list[dict[str, Any]]


def balance_books(pair: HeldPair, flows: Flows) -> Balance:
    """Return held(t1) + recognised − released − served − died against held(t2), and the residual.

    ``recorded_only_residual`` leaves out the prorated shares of counts whose period reaches
    beyond the window, to show how much of the balance rests on that spreading.
    """
    h1, h2 = float(pair.first["value"]), float(pair.second["value"])
    signs = {"recognised": 1, **{t: -1 for t in RELEASE_TERMS}, "served": -1, "died": -1}
    expected, low, high, recorded_only = h1, 0.0, 0.0, h1
    terms = []
    for name, sign in signs.items():
        term = flows.terms[name]
        top = open_high(term)
        expected += sign * term.value
        low += sign * (top if sign < 0 else term.low)
        high += sign * (term.low if sign < 0 else top)
        exact_part = (
            sum(s.share for s in term.shares if not s.prorated)
            if term.shares
            else (term.value if term.basis == "registry" else 0.0)
        )
        recorded_only += sign * exact_part
        terms.append(
            {
                "term": name,
                "sign": "+" if sign > 0 else "−",
                "value": term.value,
                "low": term.low,
                "high": term.high,
                "basis": term.basis,
                "prorated": term.spread,
                "spread": term.spread,
                "coverage": term.coverage,
                "reported_total": term.reported_total,
                "records": term.event_ids or term.case_ids,
                "shares": term.shares,
            }
        )
    l1, u1 = value_interval(h1, pair.first.get("qualifier"))
    l2, u2 = value_interval(h2, pair.second.get("qualifier"))
    residual_low, residual_high = l2 - (u1 + high), u2 - (l1 + low)
    return Balance(
        held_start=_brief(pair.first),
        held_end=_brief(pair.second),
        flows=flows,
        expected_end=expected,
        residual=h2 - expected,
        # An open end (a count given as "more than", a flow as "at least") leaves the
        # residual open on that side: None, never a number made up to close it.
        residual_low=None if math.isinf(residual_low) or math.isnan(residual_low) else residual_low,
        residual_high=None
        if math.isinf(residual_high) or math.isnan(residual_high)
        else residual_high,
        recorded_only_residual=h2 - recorded_only,
        terms=terms,
    )
