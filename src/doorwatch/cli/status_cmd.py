"""``doorwatch status``: how many are held on a date, by source and by the registry."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer
from rich.console import Console

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
from doorwatch.cli.output import Format, render

COLUMNS = ["origin", "value", "as_of", "published"]
WIDE_COLUMNS = [*COLUMNS, "definition", "source", "claim_id"]


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
        rows = [
            {
                **r,
                "value": r["interval_text"],
                "published": (r["published"] or "unknown") + (" (later)" if r["later"] else ""),
                "source": _source_label(r["source"]),
            }
            for r in picture["reported"]
        ]
        title = f"political prisoners held on {day.isoformat()}"
        columns = WIDE_COLUMNS if wide or fmt is Format.csv else COLUMNS
        if render(rows, columns, fmt, title=title, document=picture, wide=wide):
            registry = picture["registry"]
            console = Console()
            console.print(
                f"registry: {registry['held']} held on that date, of {registry['cases_on_record']} "
                f"cases on record ({registry['undated_cases']} without dates)"
            )
            console.print(f"as known on {picture['known_on']}", end="")
            if picture["hindsight"]:
                console.print(", with later publications marked (later)")
            elif picture["published_later"]:
                console.print(
                    f"; {picture['published_later']} count(s) published later are left out "
                    "(--hindsight adds them)"
                )
            else:
                console.print()
            for note in picture["notes"]:
                console.print(note, markup=False)
