"""Reconciling the figures sources give for one quantity near one date.

Qualified figures are intervals ("more than 1,200" is 1,201–1,320, "some 1,300" is 1,235–1,365;
see :mod:`qualified_values`). The consensus is the value the most intervals admit; a claim whose
interval excludes it is an outlier, reported with the reason the record gives for it. When no
single value lies in every interval, the sources cannot all be right, and the result says so.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from statistics import median
from typing import Any

from doorwatch.analysis.partial_dates import days_apart
from doorwatch.analysis.qualified_values import value_interval
from doorwatch.analysis.reported_counts import reporter_of


@dataclass
class ReconciledFigure:
    """The consensus of several sources' figures, with the range and the outliers."""

    measure: str
    near: date
    window_days: int
    consensus: float | None
    consensus_interval: tuple[float, float] | None
    range: tuple[float, float] | None
    agreeing: int  # distinct voices (an origin and its wire copies are one)
    all_consistent: bool
    claims: list[dict[str, Any]]
    outliers: list[dict[str, Any]]


def _most_admitted(intervals: Sequence[tuple[float, float]], values: Sequence[float]) -> float:
    """Return the value admitted by the most intervals; ties go to the one nearest the median."""
    middle = median(values)
    candidates = sorted({v for pair in intervals for v in pair} | set(values))

    def score(x: float) -> tuple[int, float]:
        return (-sum(lo <= x <= hi for lo, hi in intervals), abs(x - middle))

    return min(candidates, key=score)


def reconcile(
    claims: Sequence[Mapping[str, Any]], measure: str, near: date, window_days: int
) -> ReconciledFigure:
    """Return the reconciled figure for ``measure`` from the claims dated within
    ``window_days`` of ``near`` (a claim dated by month or year is near when its period is)."""
    rows = []
    for claim in claims:
        if claim.get("measure") != measure or claim.get("value") is None or not claim.get("as_of"):
            continue
        distance = days_apart(str(claim["as_of"]), near)
        if distance > window_days:
            continue
        low, high = value_interval(
            float(claim["value"]), claim.get("qualifier"), claim.get("value_max")
        )
        rows.append(
            {
                "claim_id": claim["id"],
                "reporter": reporter_of(claim),
                "value": float(claim["value"]),
                "qualifier": claim.get("qualifier") or "exact",
                "interval": (low, high),
                "as_of": claim["as_of"],
                "as_of_precision": claim.get("as_of_precision"),
                "days_from_date": distance,
                "note": claim.get("note"),
                "source_id": claim["source_id"],
                # a wire copy speaks with its origin's voice
                "voice": claim.get("source_copy_of") or claim["source_id"],
                "source": claim.get("publisher") or claim.get("source_title"),
                "url": claim.get("source_url"),
            }
        )
    rows.sort(key=lambda r: (r["days_from_date"], r["as_of"], r["claim_id"]))
    if not rows:
        return ReconciledFigure(measure, near, window_days, None, None, None, 0, True, [], [])
    intervals = [r["interval"] for r in rows]
    # One vote a voice: forty outlets reprinting one wire story are one count, not forty.
    voices = {(r["voice"], r["value"], r["qualifier"]): r for r in reversed(rows)}.values()
    consensus = _most_admitted([r["interval"] for r in voices], [r["value"] for r in voices])
    agreeing = [r for r in rows if r["interval"][0] <= consensus <= r["interval"][1]]
    common = (max(r["interval"][0] for r in agreeing), min(r["interval"][1] for r in agreeing))
    outliers = [
        {
            **r,
            "reason": r["note"] or "no reason recorded",
            "off_by": r["value"] - consensus,
        }
        for r in rows
        if r not in agreeing
    ]
    for r in rows:
        r["agrees"] = r in agreeing
    return ReconciledFigure(
        measure=measure,
        near=near,
        window_days=window_days,
        consensus=consensus,
        consensus_interval=common,
        range=(min(i[0] for i in intervals), max(i[1] for i in intervals)),
        agreeing=len({r["voice"] for r in agreeing}),
        all_consistent=not outliers,
        claims=rows,
        outliers=outliers,
    )
