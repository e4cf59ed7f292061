"""Back-testing the model: fit on the record up to a date, project, compare with what followed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from math import ceil
from typing import Any

from doorwatch.analysis.balance import count_day
from doorwatch.analysis.projection_model import ModelParameters, fit_model, months_between
from doorwatch.analysis.projection_sim import Projection, simulate
from doorwatch.analysis.reported_counts import reporter_of


@dataclass
class BacktestResult:
    """Projected against reported counts after the fit date, and the error measures."""

    fit_end: date
    params: ModelParameters
    projection: Projection
    comparisons: list[dict[str, Any]]
    mean_absolute_error: float | None
    mean_absolute_percentage_error: float | None
    bias: float | None
    band_coverage: float | None


def backtest(
    events: Sequence[Mapping[str, Any]],
    held_claims: Sequence[Mapping[str, Any]],
    fit_end: date,
    months: int = 12,
    *,
    seed: int = 2025,
) -> BacktestResult:
    """Return the back-test of a model fitted on records up to ``fit_end`` over ``months``."""
    params = fit_model(events, held_claims, fit_end)
    projection = simulate(params, months, seed=seed)
    comparisons = []
    for claim in sorted(held_claims, key=count_day):
        day = count_day(claim)
        if (
            reporter_of(claim) != params.reporter
            or (claim.get("qualifier") or "exact") != "exact"
            or day <= fit_end
        ):
            continue
        month = max(1, ceil(months_between(params.start_day, day) - 1e-9))
        if month > months:
            continue
        i = month - 1
        predicted = projection.median[i]
        actual = float(claim["value"])
        comparisons.append(
            {
                "claim_id": claim["id"],
                "as_of": claim["as_of"],
                "month": month,
                "reported": actual,
                "median": predicted,
                "low": projection.low[i],
                "high": projection.high[i],
                "error": predicted - actual,
                "inside_band": projection.low[i] <= actual <= projection.high[i],
            }
        )
    n = len(comparisons)
    return BacktestResult(
        fit_end=fit_end,
        params=params,
        projection=projection,
        comparisons=comparisons,
        mean_absolute_error=sum(abs(c["error"]) for c in comparisons) / n if n else None,
        mean_absolute_percentage_error=sum(abs(c["error"]) / c["reported"] for c in comparisons)
        / n
        * 100
        if n
        else None,
        bias=sum(c["error"] for c in comparisons) / n if n else None,
        band_coverage=sum(c["inside_band"] for c in comparisons) / n if n else None,
    )
