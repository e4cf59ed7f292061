"""Fitting the stock-and-flow model of the held count to the record.

Parameters, all per month: the mean and dispersion of new recognitions (negative binomial), the
rate of release batches and the sizes seen (a compound process: batches arrive as a Poisson
process, each of a size drawn from the recorded batches), the share of those held who complete
their sentence or die, and the drift: the change in the held count that the recorded flows do
not explain (the residual of the books, per month), fitted so that the model reproduces the
reported trend over the fitting period. See docs/model.md.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from statistics import mean, pvariance
from typing import Any

from doorwatch.analysis.balance import count_day
from doorwatch.analysis.reported_counts import reporter_of
from doorwatch.analysis.window_shares import (
    Counted,
    counted_events,
    shares_in_window,
    window_span,
)
from doorwatch.errors import NoDataError

# With fewer than three monthly observations the dispersion of recognitions cannot be
# estimated; k = 10 allows a monthly spread of roughly ±35 % around a mean of 40.
DEFAULT_DISPERSION = 10.0


@dataclass
class ModelParameters:
    """The fitted model, with the records each parameter was fitted from."""

    fit_start: date
    fit_end: date
    start_held: float
    start_day: date
    start_claim_id: str
    reporter: str
    recognitions_per_month: float
    recognition_dispersion: float
    batches_per_month: float
    batch_sizes: list[float]
    served_share_per_month: float
    died_share_per_month: float
    drift_per_month: float
    record_ids: dict[str, list[str]] = field(default_factory=dict)


def months_between(first: date, last: date) -> float:
    """Return the length of first..last in months of 30.44 days."""
    return (last - first).days / 30.4375


def month_starts(first: date, last: date) -> list[date]:
    """Return the first day of every month from ``first``'s month to ``last``'s."""
    months, day = [], date(first.year, first.month, 1)
    while day <= last:
        months.append(day)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return months


def _tally(events: Sequence[Mapping[str, Any]], kind: str) -> list[Counted]:
    return counted_events(events, kind, lambda e: bool(e["kind"] == kind))


def _monthly(records: Sequence[Counted], first: date, last: date) -> list[tuple[float, bool]]:
    """Return per month of first..last the counted share and whether a record covers it finely
    (a span of at most a month), for the months any record reaches."""
    out = []
    tally = frozenset({r.kind for r in records})
    for start in month_starts(first, last):
        end = date(start.year + start.month // 12, start.month % 12 + 1, 1) - timedelta(days=1)
        shares = shares_in_window(records, window_span(start - timedelta(days=1), end), tally)
        if shares:
            fine = any(
                s.span_last - s.span_first <= timedelta(days=31) and not s.prorated for s in shares
            )
            out.append((sum(s.share for s in shares), fine))
    return out


def fit_model(
    events: Sequence[Mapping[str, Any]],
    held_claims: Sequence[Mapping[str, Any]],
    fit_end: date,
    fit_months: int = 18,
    reporter: str = "Viasna",
) -> ModelParameters:
    """Return the model fitted to the records dated up to ``fit_end`` over its last
    ``fit_months`` months. Raises NoDataError when no held count of ``reporter`` is on record."""
    fit_start = fit_end - timedelta(days=round(fit_months * 30.4375))
    known = [e for e in events if e["date"] <= fit_end]
    counts = sorted(
        (
            c
            for c in held_claims
            if reporter_of(c) == reporter
            and (c.get("qualifier") or "exact") == "exact"
            and c.get("as_of")
            and count_day(c) <= fit_end
        ),
        key=count_day,
    )
    if not counts:
        raise NoDataError(f"no exact held count by {reporter} on or before {fit_end}")
    in_fit = [c for c in counts if count_day(c) >= fit_start] or counts[-1:]
    first, last = in_fit[0], in_fit[-1]
    recognised = _monthly(_tally(known, "recognition"), fit_start, fit_end)
    rec_mean = mean(v for v, _ in recognised) if recognised else 0.0
    fine = [v for v, is_fine in recognised if is_fine]
    dispersion = DEFAULT_DISPERSION
    if len(fine) >= 3 and pvariance(fine) > mean(fine):
        dispersion = mean(fine) ** 2 / (pvariance(fine) - mean(fine))
    batches = [
        e for e in known if e["kind"] == "release" and e["date"] > fit_start and e.get("count")
    ]
    span_months = max(1.0, months_between(fit_start, fit_end))
    held_mean = mean(float(c["value"]) for c in in_fit)
    served = _monthly(_tally(known, "sentence_served"), fit_start, fit_end)
    died = _monthly(_tally(known, "death"), fit_start, fit_end)
    served_share = (mean(v for v, _ in served) / held_mean) if served else 0.0
    died_share = (mean(v for v, _ in died) / held_mean) if died else 0.0
    batch_rate = len(batches) / span_months
    sizes = [float(e["count"]) for e in batches]
    months = months_between(count_day(first), count_day(last))
    drift = 0.0
    if months >= 1:
        modelled = (
            rec_mean
            - batch_rate * (mean(sizes) if sizes else 0.0)
            - (served_share + died_share) * held_mean
        )
        drift = (float(last["value"]) - float(first["value"])) / months - modelled
    return ModelParameters(
        fit_start=fit_start,
        fit_end=fit_end,
        start_held=float(counts[-1]["value"]),
        start_day=count_day(counts[-1]),
        start_claim_id=str(counts[-1]["id"]),
        reporter=reporter,
        recognitions_per_month=rec_mean,
        recognition_dispersion=dispersion,
        batches_per_month=batch_rate,
        batch_sizes=sizes,
        served_share_per_month=served_share,
        died_share_per_month=died_share,
        drift_per_month=drift,
        record_ids={
            "held_counts": [str(c["id"]) for c in in_fit],
            "release_batches": [str(e["id"]) for e in batches],
            "recognition_events": sorted(
                {
                    str(e["id"])
                    for e in known
                    if e["kind"] == "recognition" and e["date"] > fit_start
                }
            ),
        },
    )
