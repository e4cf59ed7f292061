"""``doorwatch report``: the brief as self-contained HTML or PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from doorwatch.cli.options import (
    DbOption,
    HindsightOption,
    parse_cli_date,
    store_for,
)

# Services and analysis are imported inside each command: `doorwatch --help` imports every
# command module, and the store with SQLAlchemy alone takes 0.15-0.25 s (measured).


def register(app: typer.Typer) -> None:
    """Add the ``report`` command to ``app``."""

    @app.command()
    def report(
        out: Annotated[Path, typer.Option("--out", help="FILE.html or FILE.pdf")],
        on: Annotated[
            str | None,
            typer.Option(
                "--on",
                help="Write the brief as known on this date (YYYY-MM-DD): only what was "
                "published by then. Default: the latest reported count.",
            ),
        ] = None,
        hindsight: HindsightOption = False,
        db: DbOption = None,
    ) -> None:
        """Write the brief: charts (held with every source's points, flows, door ratio,
        projection fan), the books, the deal ledger, every number linked to its sources, as
        known on a date."""
        # Charts pull in Altair: import it only when a report is asked for.
        from doorwatch.services.report import write_report

        day = parse_cli_date(on, "--on") if on else None
        path = write_report(store_for(db), out, on=day, hindsight=hindsight)
        Console(stderr=True).print(f"report written: {path}")
