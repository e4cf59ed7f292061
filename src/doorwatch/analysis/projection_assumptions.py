"""What a projection assumes: each term of the fitted model, its value and where it came from.

Shown beside every projection (the table, the web page, the report), so that a reader sees the
fitted drift and the rate of release batches (US deals included, sized from past batches) that
drive the median, not only the median itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from doorwatch.analysis.projection_model import ModelParameters
from doorwatch.analysis.scenarios import Scenario


@dataclass(frozen=True)
class Assumption:
    """One term of the model: its value as a reader would say it, and its basis."""

    term: str
    value: float
    shown: str
    basis: str
    record_ids: list[str]


def assumptions(params: ModelParameters, scenario: Scenario | None = None) -> list[Assumption]:
    """Return the terms of the fitted model (and the scenario's changes to them), each with its
    value, how it was fitted and the records behind it."""
    window = f"{params.fit_start} to {params.fit_end}"
    ids = params.record_ids
    sizes = params.batch_sizes
    size_text = (
        f"sizes drawn from the {len(sizes)} recorded batches ({min(sizes):g}–{max(sizes):g}, "
        f"median {median(sizes):g}; deals of every counterpart included)"
        if sizes
        else "no batch recorded"
    )
    rows = [
        Assumption(
            "start",
            params.start_held,
            f"{params.start_held:,.0f} held on {params.start_day}",
            f"the latest exact count by {params.reporter} ({params.start_claim_id})",
            [params.start_claim_id],
        ),
        Assumption(
            "recognised",
            params.recognitions_per_month,
            f"{params.recognitions_per_month:.1f} a month (dispersion k {params.recognition_dispersion:.1f})",
            f"recognition counts over {window}, spread over the months they cover; "
            "months without a count are assumed alike",
            list(ids.get("recognition_events", [])),
        ),
        Assumption(
            "release batches",
            params.batches_per_month,
            f"{params.batches_per_month:.2f} batches a month",
            f"{len(sizes)} release batches over {window}, assumed to continue at that rate; "
            + size_text,
            list(ids.get("release_batches", [])),
        ),
        Assumption(
            "served",
            params.served_share_per_month,
            f"{params.served_share_per_month:.2%} of those held a month",
            "completed sentences on record ÷ the mean held count over the fitting period",
            [],
        ),
        Assumption(
            "died",
            params.died_share_per_month,
            f"{params.died_share_per_month:.3%} of those held a month",
            "deaths in custody on record ÷ the mean held count",
            [],
        ),
        Assumption(
            "drift",
            params.drift_per_month,
            f"{params.drift_per_month:+.2f} a month",
            f"the change in {params.reporter}'s count over {window} that the fitted flows do "
            "not explain (the residual of the books, per month), assumed to continue",
            list(ids.get("held_counts", [])),
        ),
    ]
    if scenario is not None and (scenario.phases or scenario.one_off_releases):
        changes = []
        for phase in scenario.phases:
            moved = ", ".join(f"{k} ×{v:g}" for k, v in phase.multipliers.items() if v != 1)
            drift = "" if phase.drift is None else f", drift {phase.drift:+g} a month"
            if moved or drift:
                changes.append(f"from month {phase.from_month}: {moved}{drift}".strip(", "))
        changes += [
            f"month {m}: {n:g} released at once" for m, n in scenario.one_off_releases.items()
        ]
        if changes:
            rows.append(Assumption("scenario", 0.0, scenario.name, "; ".join(changes), []))
    return rows
