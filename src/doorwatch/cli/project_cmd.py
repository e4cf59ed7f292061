"""``doorwatch project``: the held count projected forward with uncertainty, and the back-test."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from doorwatch.cli.options import DbOption, FormatOption, parse_cli_date, store_for
from doorwatch.cli.output import Format, print_csv, print_json, print_table

if TYPE_CHECKING:
    # Deferred: the projection model and numpy import in 0.5 s (measured).
    from doorwatch.analysis.projection_model import ModelParameters
    from doorwatch.analysis.projection_sim import Projection

COLUMNS = ["month", "median", "low_10", "high_90", "p_below"]
BACKTEST_COLUMNS = [
    "as_of",
    "month",
    "reported",
    "median",
    "low",
    "high",
    "error",
    "inside_band",
    "claim_id",
]


def projection_rows(params: ModelParameters, projection: Projection) -> list[dict[str, Any]]:
    """Return one row per projected month: its end date, median, 80 % band, P(below N)."""
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


def register(app: typer.Typer) -> None:
    """Add the ``project`` command to ``app``."""

    @app.command(name="project")
    def project_(
        months: Annotated[int, typer.Option(help="Months to project.", min=1, max=120)] = 12,
        scenario: Annotated[
            Path | None, typer.Option(help="A scenario YAML file (see docs/model.md).")
        ] = None,
        threshold: Annotated[
            float | None, typer.Option(help="Report the chance the count falls below N.")
        ] = None,
        seed: Annotated[
            int, typer.Option(help="Random seed; the same seed gives the same result.")
        ] = 2025,
        backtest: Annotated[
            bool,
            typer.Option(
                "--backtest",
                help="Fit on the record to --fit-end, project, print the error against what followed.",
            ),
        ] = False,
        fit_end: Annotated[
            str | None,
            typer.Option(
                help="Last day of the record the back-test may use (default: the end of 2024)."
            ),
        ] = None,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """Project the number held: median and 80 % band by month from a stochastic
        stock-and-flow model fitted to the record; --backtest prints its error on past data."""
        # Deferred: the projection model and numpy import in 0.5 s (measured).
        from doorwatch.analysis.scenarios import BASELINE
        from doorwatch.services.projection import (
            BACKTEST_FIT_END,
            load_scenario,
            project,
            run_backtest,
        )

        store = store_for(db)
        console = Console()
        if backtest:
            end = parse_cli_date(fit_end, "--fit-end") if fit_end else BACKTEST_FIT_END
            result = run_backtest(store, end, months)
            if fmt is Format.json:
                print_json(asdict(result))
                return
            rows = [
                {**c, **{k: round(c[k]) for k in ("median", "low", "high", "error")}}
                for c in result.comparisons
            ]
            if fmt is Format.csv:
                print_csv(rows, BACKTEST_COLUMNS)
                return
            print_table(
                rows,
                BACKTEST_COLUMNS,
                title=f"back-test: fitted to {result.fit_end}, projected {months} months",
                console=console,
            )
            if result.mean_absolute_error is None:
                console.print("no reported counts after the fit date to compare with")
            else:
                console.print(
                    f"mean absolute error {result.mean_absolute_error:.1f} "
                    f"({result.mean_absolute_percentage_error:.1f} %), bias {result.bias:+.1f}, "
                    f"80 % band held the reported count {result.band_coverage:.0%} of the time "
                    f"({len(result.comparisons)} counts)"
                )
            return
        from doorwatch.analysis.projection_assumptions import assumptions

        chosen = load_scenario(scenario) if scenario else BASELINE
        params, projection = project(store, months, scenario=chosen, threshold=threshold, seed=seed)
        rows = projection_rows(params, projection)
        assumed = assumptions(params, chosen)
        if fmt is Format.json:
            print_json(
                {
                    "parameters": asdict(params),
                    "assumptions": [asdict(a) for a in assumed],
                    "projection": asdict(projection),
                    "rows": rows,
                }
            )
        elif fmt is Format.csv:
            print_csv(rows, COLUMNS)
        else:
            print_table(
                rows,
                COLUMNS,
                title=f"held, projected from {params.start_held:.0f} on {params.start_day} — scenario {projection.scenario}",
                console=console,
            )
            if projection.ever_below_threshold is not None:
                console.print(
                    f"chance the count falls below {threshold:g} at some point: {projection.ever_below_threshold:.0%}"
                )
            print_table(
                [{"term": a.term, "value": a.shown, "basis": a.basis} for a in assumed],
                ["term", "value", "basis"],
                title="what the projection assumes (--format json lists the records)",
                console=console,
            )
