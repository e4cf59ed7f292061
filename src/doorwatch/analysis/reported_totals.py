"""Reported totals: the sources' figures for a period, placed against a window of days.

A flow claim that is a total over a period (it has a period or the source's words for one) is
placed in time by its ``period_start`` and ``period_end``. Per measure the finer totals stand for
their own days and a coarser one adds its remainder (nested tallies counted once); totals that
partly overlap without nesting are not added together. A total is spread over a window only
when its start is known to the month or the day: one with no known start, or a start known only
to the year, is listed with the reason and used nowhere else. The best cover of a window is the
measure whose totals reach every day of it, preferring those lying inside it (not spread).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from doorwatch.analysis.partial_dates import date_interval, precision_of
from doorwatch.analysis.reported_counts import reporter_of
from doorwatch.analysis.window_shares import Counted, Span, shares_in_window


@dataclass
class ReportedTotal:
    """A source's figure for a period, and what part of it falls in the window."""

    claim_id: str
    measure: str
    value: float
    qualifier: str
    period_start: str | None
    period_end: str | None
    period_label: str | None
    origin: str
    source_id: str
    source: str | None
    published: str | None
    later: bool
    share: float | None
    spread: bool
    used: bool
    reason: str | None


def _period(claim: Mapping[str, Any]) -> tuple[str | None, str | None]:
    start = claim.get("period_start")
    end = claim.get("period_end") or (claim.get("as_of") if start else None)
    return (str(start) if start else None), (str(end) if end else None)


def is_period_total(claim: Mapping[str, Any]) -> bool:
    """Return True when a flow claim is a total over a period (it has a period or its words),
    rather than the size of one batch on a date."""
    return bool(claim.get("period_start") or claim.get("period_end") or claim.get("period_label"))


def _reported(claim: Mapping[str, Any], window: Span) -> tuple[ReportedTotal, Span | None] | None:
    """Return the claim as a reported total with its span when it can be placed in time and
    spread, or with no span and the reason when it cannot; None when it is not about the window."""
    start, end = _period(claim)
    span: Span | None = None
    reason = None
    if end is None:
        return None
    last = date_interval(end)[1]
    if start is None:
        if not window.first <= last <= window.last:
            return None
        reason = "no known start: a total over an unknown period is never spread"
    else:
        span = Span(date_interval(start)[0], last)
        if not span.overlap(window):
            return None
        if not window.contains(span) and precision_of(start) == "year":
            reason = "start known only to the year: not spread over a shorter window"
            span = None
    total = ReportedTotal(
        claim_id=str(claim["id"]),
        measure=str(claim["measure"]),
        value=float(claim["value"]),
        qualifier=str(claim.get("qualifier") or "exact"),
        period_start=start,
        period_end=end,
        period_label=claim.get("period_label"),
        origin=reporter_of(claim),
        source_id=str(claim["source_id"]),
        source=claim.get("publisher") or claim.get("source_title"),
        published=claim.get("published") or claim.get("source_published"),
        later=bool(claim.get("later")),
        share=None,
        spread=False,
        used=False,
        reason=reason,
    )
    return total, span


def _partly_overlapping(a: Span, b: Span) -> bool:
    return a.overlap(b) > 0 and not a.contains(b) and not b.contains(a)


@dataclass
class MeasureCover:
    """How one measure's totals cover a window: the total, days inside it, days reached."""

    measure: str
    total: float
    inside_days: int
    covered_days: int
    spread: bool
    claim_ids: list[str]


def _cover(
    measure: str, placed: list[tuple[ReportedTotal, Span]], window: Span
) -> MeasureCover | None:
    """Return how one measure's totals cover the window: one figure per period (the median of the
    sources giving that period), nested totals counted once, partly overlapping ones left out."""
    by_span: dict[Span, list[ReportedTotal]] = {}
    for total, span in placed:
        by_span.setdefault(span, []).append(total)
    kept: list[tuple[Span, ReportedTotal]] = []
    for span in sorted(by_span, key=lambda s: (s.days, s.first)):
        group = sorted(by_span[span], key=lambda t: (t.value, t.claim_id))
        chosen = group[(len(group) - 1) // 2]
        if any(_partly_overlapping(span, other) for other, _ in kept):
            chosen.reason = "overlaps another total of the same measure without nesting in it"
            continue
        kept.append((span, chosen))
    if not kept:
        return None
    records = [Counted(t.claim_id, measure, None, t.value, t.qualifier, span) for span, t in kept]
    shares = shares_in_window(records, window, tally_kinds=frozenset({measure}))
    if not shares:
        return None
    by_id = {t.claim_id: t for _, t in kept}
    for share in shares:
        chosen = by_id[share.record_id]
        chosen.share, chosen.spread, chosen.used = share.share, share.prorated, True
    inside_days = _union([span for span, _ in kept if window.contains(span)])
    covered = _union(
        [
            Span(max(s.first, window.first), min(s.last, window.last))
            for s, _ in kept
            if s.overlap(window)
        ]
    )
    return MeasureCover(
        measure=measure,
        total=sum(s.share for s in shares),
        inside_days=inside_days,
        covered_days=covered,
        spread=any(s.prorated for s in shares),
        claim_ids=[s.record_id for s in shares],
    )


def _union(spans: Sequence[Span]) -> int:
    days: set[int] = set()
    for span in spans:
        days.update(range(span.first.toordinal(), span.last.toordinal() + 1))
    return len(days)


def reported_totals(
    measures: Sequence[str], claims: Sequence[Mapping[str, Any]], window: Span
) -> tuple[list[ReportedTotal], MeasureCover | None]:
    """Return every reported total about the window for ``measures`` (used or not, with the
    reason) and the best cover: the measure whose totals cover most days of the window without
    spreading, then most days at all."""
    listed: list[ReportedTotal] = []
    placed: dict[str, list[tuple[ReportedTotal, Span]]] = {}
    for claim in claims:
        if claim.get("measure") not in measures or claim.get("value") is None:
            continue
        if not is_period_total(claim):
            continue
        found = _reported(claim, window)
        if found is None:
            continue
        total, span = found
        listed.append(total)
        if span is not None:
            placed.setdefault(total.measure, []).append((total, span))
    covers = [c for m, p in placed.items() if (c := _cover(m, p, window)) is not None]
    for total in listed:
        if not total.used and total.reason is None:
            total.reason = "another figure for the same period was used"
    # Only totals that reach every day of the window can stand for it.
    whole = [c for c in covers if c.covered_days >= window.days]
    best = max(whole, key=lambda c: (c.inside_days, c.total), default=None)
    for total in listed:
        if not total.used:
            continue
        cover = next(c for c in covers if c.measure == total.measure)
        if cover.covered_days < window.days:
            total.used = False
            total.reason = (
                f"the {total.measure} totals cover {cover.covered_days} of the window's "
                f"{window.days} days"
            )
        elif best is not None and total.measure != best.measure:
            total.used = False
            total.reason = f"a better-fitting measure was used ({best.measure})"
    listed.sort(key=lambda t: (not t.used, t.measure, t.period_start or "", t.claim_id))
    return listed, best
