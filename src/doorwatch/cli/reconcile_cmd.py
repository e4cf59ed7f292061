"""``doorwatch reconcile``: every source's figure for one quantity near one date, reconciled."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

import typer
from rich.console import Console

from doorwatch.cli.options import DbOption, FormatOption, WideOption, parse_cli_date, store_for
from doorwatch.cli.output import Format, render

COLUMNS = ["reporter", "value", "qualifier", "as_of", "agrees", "note"]
WIDE_COLUMNS = ["reporter", "value", "qualifier", "interval", "as_of", "days_from_date", "agrees",
                "note", "source_id"]  # fmt: skip


def register(app: typer.Typer) -> None:
    """Add the ``reconcile`` command to ``app``."""

    @app.command()
    def reconcile(
        measure: Annotated[
            str, typer.Argument(help="e.g. political_prisoners_held, prisoners_released")
        ],
        near: Annotated[str, typer.Option("--near", help="The date, YYYY-MM-DD.")],
        window: Annotated[int, typer.Option(help="Days a claim may lie from the date.", min=0)] = 7,
        wide: WideOption = False,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """The consensus value, the range, and each outlier with its recorded reason; qualified
        figures ("more than", "about") count as intervals."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.services.reconcile import reconcile_measure

        result = reconcile_measure(store_for(db), measure, parse_cli_date(near, "--near"), window)
        rows = [
            {**c, "interval": f"{c['interval'][0]:g}–{c['interval'][1]:g}"} for c in result.claims
        ]
        title = f"{measure} near {result.near.isoformat()}"
        columns = WIDE_COLUMNS if wide or fmt is Format.csv else COLUMNS
        if render(rows, columns, fmt, title=title, document=asdict(result), wide=wide):
            console = Console()
            if result.consensus is None:
                console.print("no claims within the window")
                return
            low, high = result.range or (0.0, 0.0)
            console.print(
                f"consensus {result.consensus:g} ({result.agreeing} of {len(result.claims)} claims admit it); "
                f"range {low:g}–{high:g}"
            )
            if not result.all_consistent:
                console.print("the sources cannot all be right:")
                for o in result.outliers:
                    console.print(
                        f"  {o['value']:g} ({o['qualifier']}, {o['reporter']}, {o['claim_id']}): {o['reason']}",
                        markup=False,
                    )
