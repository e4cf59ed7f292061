"""Projections of the held count: fit, simulate under a scenario, back-test."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from doorwatch.analysis.backtest import BacktestResult, backtest
from doorwatch.analysis.balance import count_day
from doorwatch.analysis.flows import net_of_overlaps
from doorwatch.analysis.knowledge import known_events
from doorwatch.analysis.projection_assumptions import assumptions
from doorwatch.analysis.projection_model import ModelParameters, fit_model
from doorwatch.analysis.projection_sim import Projection, simulate
from doorwatch.analysis.scenarios import BASELINE, Scenario, parse_scenario
from doorwatch.errors import InputError
from doorwatch.services.door import held_claims, last_held_day
from doorwatch.store import Store
from doorwatch.store.flows import all_count_events, event_publications, list_batch_overlaps

BACKTEST_FIT_END = date(2024, 12, 31)


def load_scenario(path: Path) -> Scenario:
    """Return the scenario in the YAML file at ``path``."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(f"cannot read the scenario: {error.strerror}", file=str(path)) from None
    except yaml.YAMLError as error:
        raise InputError(f"not valid YAML: {error}", file=str(path)) from None
    return parse_scenario(data, str(path))


def counted_events(
    store: Store, known_on: date | None = None, *, hindsight: bool = False
) -> list[dict[str, Any]]:
    """Return every recorded count (as knowable on ``known_on``, when given), each release batch
    less the people an earlier batch holds (so no one is counted twice in the fitted rates or
    sizes)."""
    overlaps: dict[str, int] = {}
    for row in list_batch_overlaps(store):
        overlaps[str(row["event_id"])] = overlaps.get(str(row["event_id"]), 0) + int(row["count"])
    events = all_count_events(store)
    if known_on is not None:
        published = event_publications(store, [str(e["id"]) for e in events])
        events = known_events(events, published, known_on, hindsight=hindsight)
    return [dict(e) for e in net_of_overlaps(events, overlaps)]


def fitted_model(
    store: Store,
    fit_end: date | None = None,
    *,
    known_on: date | None = None,
    hindsight: bool = False,
) -> ModelParameters:
    """Return the model fitted to the store's records up to ``fit_end`` (default: the latest
    count), using only what was published by ``known_on`` when it is given."""
    held = held_claims(store, known_on, hindsight=hindsight)
    if fit_end is None:
        days = [count_day(c) for c in held if c.get("as_of")]
        # As known on a day, the model starts from the latest count about a day up to it.
        days = [d for d in days if known_on is None or d <= known_on]
        fit_end = max(days) if known_on is not None and days else last_held_day(store)
    return fit_model(counted_events(store, known_on, hindsight=hindsight), held, fit_end)


def projection_rows(params: ModelParameters, projection: Projection) -> list[dict[str, Any]]:
    """Return one row per projected month: its month (YYYY-MM), the median, the 80 % band
    (``low_10``..``high_90``) and the chance of being below the threshold (None without one)."""
    rows = []
    for i, month in enumerate(projection.months):
        index = params.start_day.year * 12 + params.start_day.month - 1 + month
        rows.append(
            {
                "month": f"{index // 12:04d}-{index % 12 + 1:02d}",
                "median": round(projection.median[i]),
                "low_10": round(projection.low[i]),
                "high_90": round(projection.high[i]),
                "p_below": None
                if projection.below_threshold is None
                else round(projection.below_threshold[i], 3),
            }
        )
    return rows


def projection_picture(
    store: Store,
    months: int,
    *,
    scenario: Scenario = BASELINE,
    threshold: float | None = None,
    seed: int = 2025,
    known_on: date | None = None,
    hindsight: bool = False,
) -> dict[str, Any]:
    """Return the projection as the CLI, the web page, the API and the report show it: the
    fitted ``parameters``, the ``assumptions`` (each term with its value, how it reads, where
    it came from and its records), the ``projection`` quantiles and one row per month; fitted
    to what was published by ``known_on`` when it is given."""
    params = fitted_model(store, known_on=known_on, hindsight=hindsight)
    result = simulate(params, months, scenario=scenario, threshold=threshold, seed=seed)
    return {
        "parameters": asdict(params),
        "assumptions": [asdict(a) for a in assumptions(params, scenario)],
        "projection": asdict(result),
        "rows": projection_rows(params, result),
    }


def run_backtest(
    store: Store,
    fit_end: date = BACKTEST_FIT_END,
    months: int = 12,
    *,
    known_on: date | None = None,
    hindsight: bool = False,
) -> BacktestResult:
    """Return the back-test: fit up to ``fit_end``, project ``months``, compare with the record
    (as knowable on ``known_on``, when given)."""
    return backtest(
        counted_events(store, known_on, hindsight=hindsight),
        held_claims(store, known_on, hindsight=hindsight),
        fit_end,
        months,
    )
