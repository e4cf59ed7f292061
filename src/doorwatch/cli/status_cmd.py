"""``doorwatch status``: how many are held on a date, by source and by the registry."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer
from rich.console import Console

from doorwatch.cli.options import DbOption, FormatOption, parse_cli_date, store_for
from doorwatch.cli.output import Format, render

COLUMNS = ["reporter", "value", "qualifier", "as_of", "days_from_date", "source"]


def _source_label(source: dict[str, str | None]) -> str:
    label = source.get("publisher") or source.get("title") or source.get("id") or ""
    return label if len(label) <= 40 else label[:39] + "…"


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
        rows = [{**r, "source": _source_label(r["source"])} for r in picture["reported"]]
        title = f"political prisoners held on {day.isoformat()}"
        if render(rows, COLUMNS, fmt, title=title, document=picture):
            registry = picture["registry"]
            Console().print(
                f"registry: {registry['held']} held on that date, of {registry['cases_on_record']} "
                f"cases on record ({registry['undated_cases']} without dates)"
            )
