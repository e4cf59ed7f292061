"""``doorwatch people`` and ``doorwatch person``: the registry of people and their cases."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from doorwatch.cli.options import (
    DbOption,
    FormatOption,
    LimitOption,
    OffsetOption,
    WideOption,
    store_for,
)
from doorwatch.cli.output import Format, print_csv, print_json, print_table, render_page
from doorwatch.paging import DEFAULT_LIMIT

PEOPLE_COLUMNS = ["id", "name", "status", "detained_on"]
PEOPLE_WIDE_COLUMNS = ["id", "name", "aliases", "status", "detained_on", "released_on", "role"]
CASE_COLUMNS = ["id", "detained_on", "status", "released_on", "release_mode"]
CASE_WIDE_COLUMNS = ["id", "detained_on", "charges", "sentence", "status", "keeper_status",
                     "released_on", "release_mode", "expelled_to", "deal_id"]  # fmt: skip


def register(app: typer.Typer) -> None:
    """Add the ``people`` and ``person`` commands to ``app``."""

    @app.command()
    def people(
        search: Annotated[
            str | None, typer.Option("--search", "-s", help="Any spelling, in any script.")
        ] = None,
        limit: LimitOption = DEFAULT_LIMIT,
        offset: OffsetOption = 0,
        wide: WideOption = False,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """List people in the registry by id, or those whose name matches --search in any
        spelling (best first)."""
        # Deferred: the name tables and matcher import in 0.4-0.5 s (measured).
        from doorwatch.services.listings import people_page

        page = people_page(store_for(db), search=search, limit=limit, offset=offset)
        columns = PEOPLE_WIDE_COLUMNS if wide or fmt is Format.csv else PEOPLE_COLUMNS
        render_page(page, columns, fmt, title="people", wide=wide)

    @app.command()
    def person(
        person_id: Annotated[str, typer.Argument(help="The person's id (see `doorwatch people`).")],
        wide: WideOption = False,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """Show one person: names in every spelling, cases, releases and sources."""
        # Deferred: the name tables and matcher import in 0.4-0.5 s (measured).
        from doorwatch.services.people import person_detail

        detail = person_detail(store_for(db), person_id)
        if fmt is Format.json:
            print_json(detail)
            return
        console = Console()
        name, role = escape(detail["name"]), escape(detail.get("role") or "")
        console.print(f"[bold]{name}[/] ({escape(detail['id'])})  {role}")
        console.print("names: " + "; ".join(n["name"] for n in detail["names"]), markup=False)
        if fmt is Format.csv:
            print_csv(detail["cases"], CASE_WIDE_COLUMNS)
            return
        columns = CASE_WIDE_COLUMNS if wide else CASE_COLUMNS
        print_table(detail["cases"], columns, title="cases", wide=wide)
        for source in detail["sources"]:
            console.print(
                f"source: {source['title']} "
                f"({', '.join(str(p) for p in (source['publisher'], source['published']) if p)})"
                + (f" {source['url']}" if source.get("url") else ""),
                markup=False,
            )
