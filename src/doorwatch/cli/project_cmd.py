"""``doorwatch project``: the held count projected forward with uncertainty, and the back-test."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from doorwatch.cli.options import DbOption, FormatOption, WideOption, parse_cli_date, store_for
from doorwatch.cli.output import Format, print_csv, print_json, print_table, print_terms

# Services and analysis are imported inside each command: `doorwatch --help` imports every
# command module, and the store with SQLAlchemy alone takes 0.15-0.25 s (measured).

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
# The back-test in 80 columns; --wide adds the error and the claim compared with.
BACKTEST_NARROW = ["as_of", "month", "reported", "median", "low", "high", "inside_band"]


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
        wide: WideOption = False,
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
            projection_picture,
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
                BACKTEST_COLUMNS if wide else BACKTEST_NARROW,
                wide=wide,
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
        chosen = load_scenario(scenario) if scenario else BASELINE
        picture = projection_picture(store, months, scenario=chosen, threshold=threshold, seed=seed)
        if fmt is Format.json:
            print_json(picture)
            return
        if fmt is Format.csv:
            print_csv(picture["rows"], COLUMNS)
            return
        params, projection = picture["parameters"], picture["projection"]
        print_table(
            picture["rows"],
            COLUMNS,
            title=f"held, projected from {params['start_held']:.0f} on {params['start_day']} "
            f"— scenario {projection['scenario']}",
            console=console,
        )
        if projection["ever_below_threshold"] is not None:
            console.print(
                f"chance the count falls below {threshold:g} at some point: "
                f"{projection['ever_below_threshold']:.0%}"
            )
        console.print(
            Text("what the projection assumes (--format json lists the records)", "table.title"),
            justify="center",
        )
        print_terms(((a["term"], a["shown"], a["basis"]) for a in picture["assumptions"]), console)
