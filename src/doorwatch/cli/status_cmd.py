"""``doorwatch status``: how many are held on a date, by source and by the registry."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer
from rich.console import Console

from doorwatch.cli.options import DbOption, FormatOption, WideOption, parse_cli_date, store_for
from doorwatch.cli.output import Format, render

# The reporter is the source's organisation, else its publisher or title: the source column
# (with --wide) names the source itself by id, so the two never repeat each other.
COLUMNS = ["reporter", "value", "qualifier", "as_of", "days_from_date"]
WIDE_COLUMNS = [*COLUMNS, "source", "claim_id"]


def register(app: typer.Typer) -> None:
    """Add the ``status`` command to ``app``."""

    @app.command()
    def status(
        on: Annotated[
            str | None, typer.Option("--on", help="The date (YYYY-MM-DD); default: latest report.")
        ] = None,
        window: Annotated[
            int, typer.Option(help="How many days from the date a report may be.", min=0)
        ] = 120,
        wide: WideOption = False,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """The number held on a date: as each source reported it nearest that date, and as
        derived from the registry's cases, side by side."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.services.status import status_on

        picture = status_on(
            store_for(db), parse_cli_date(on, "--on") if on else None, window_days=window
        )
        day: date = picture["on"]
        rows = [{**r, "source": r["source"].get("id")} for r in picture["reported"]]
        title = f"political prisoners held on {day.isoformat()}"
        columns = WIDE_COLUMNS if wide or fmt is Format.csv else COLUMNS
        if render(rows, columns, fmt, title=title, document=picture, wide=wide):
            registry = picture["registry"]
            Console().print(
                f"registry: {registry['held']} held on that date, of {registry['cases_on_record']} "
                f"cases on record ({registry['undated_cases']} without dates)"
            )
