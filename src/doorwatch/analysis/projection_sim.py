"""Simulating the held count forward month by month, many times, from the fitted model."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from doorwatch.analysis.projection_model import ModelParameters
from doorwatch.analysis.scenarios import BASELINE, Scenario


@dataclass
class Projection:
    """Quantiles of the held count per projected month and the chance of falling below N."""

    scenario: str
    months: list[int]
    median: list[float]
    low: list[float]  # 10th percentile: the 80 % band is low..high
    high: list[float]  # 90th percentile
    below_threshold: list[float] | None
    ever_below_threshold: float | None
    threshold: float | None
    runs: int
    seed: int


def simulate(
    params: ModelParameters,
    months: int,
    *,
    scenario: Scenario = BASELINE,
    runs: int = 4000,
    seed: int = 2025,
    threshold: float | None = None,
) -> Projection:
    """Return the projection of the held count over ``months`` months under ``scenario``."""
    rng = np.random.default_rng(seed)
    held = np.full(runs, params.start_held)
    sizes = np.array(params.batch_sizes or [0.0])
    paths = np.empty((months, runs))
    for m in range(1, months + 1):
        phase = scenario.phase_at(m)
        mult = phase.multipliers
        mu = params.recognitions_per_month * mult.get("recognitions", 1.0)
        k = params.recognition_dispersion
        # Negative binomial as a gamma-Poisson mixture: overdispersed monthly recognitions.
        new = rng.poisson(rng.gamma(k, mu / k, runs)) if mu > 0 else np.zeros(runs)
        batch_rate = params.batches_per_month * mult.get("release_batches", 1.0)
        batches = rng.poisson(batch_rate, runs)
        most = int(batches.max()) if runs else 0
        drawn = rng.choice(sizes, size=(runs, max(most, 1))) * mult.get("batch_size", 1.0)
        released = np.where(np.arange(max(most, 1)) < batches[:, None], drawn, 0.0).sum(axis=1)
        released += scenario.one_off_releases.get(m, 0.0)
        released = np.minimum(released, held)
        served_share = min(1.0, params.served_share_per_month * mult.get("served", 1.0))
        rounded = np.maximum(held - released, 0).astype(np.int64)
        served = rng.binomial(rounded, served_share)
        died = rng.binomial(rounded - served, min(1.0, params.died_share_per_month))
        drift = params.drift_per_month if phase.drift is None else phase.drift
        held = np.maximum(held + new - released - served - died + drift, 0.0)
        paths[m - 1] = held
    q10, q50, q90 = np.percentile(paths, [10, 50, 90], axis=1)
    below = None if threshold is None else [float(x) for x in (paths < threshold).mean(axis=1)]
    ever = None if threshold is None else float((paths < threshold).any(axis=0).mean())
    return Projection(
        scenario=scenario.name,
        months=list(range(1, months + 1)),
        median=[float(x) for x in q50],
        low=[float(x) for x in q10],
        high=[float(x) for x in q90],
        below_threshold=below,
        ever_below_threshold=ever,
        threshold=threshold,
        runs=runs,
        seed=seed,
    )
