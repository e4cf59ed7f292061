"""``doorwatch status``: how many are held on a date, by source and by the registry."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer
from rich.console import Console

from doorwatch.cli.held_counts import WIDE_COLUMNS, count_rows, print_counts
from doorwatch.cli.options import (
    DbOption,
    FormatOption,
    HindsightOption,
    KnownOnOption,
    WideOption,
    parse_cli_date,
    parse_known_on,
    store_for,
)
from doorwatch.cli.output import Format, print_csv, print_json


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
        known_on: KnownOnOption = None,
        hindsight: HindsightOption = False,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """The number held on a date: as each origin (who counted) reported it nearest that
        date, with when it was published, and as derived from the registry's cases. By default
        only what was published by the date; --hindsight adds later publications, marked."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.services.status import status_on

        picture = status_on(
            store_for(db),
            parse_cli_date(on, "--on") if on else None,
            window_days=window,
            known_on=parse_known_on(known_on),
            hindsight=hindsight,
        )
        day: date = picture["on"]
        if fmt is Format.json:
            print_json(picture)
        elif fmt is Format.csv:
            print_csv(count_rows(picture["reported"], wide=True)[0], WIDE_COLUMNS)
        else:
            print_counts(
                picture,
                Console(),
                title=f"political prisoners held on {day.isoformat()}",
                wide=wide,
            )
