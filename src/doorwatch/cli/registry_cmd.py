"""``doorwatch people`` and ``doorwatch person``: the registry of people and their cases."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from doorwatch.cli.options import DbOption, FormatOption, store_for
from doorwatch.cli.output import Format, print_json, print_table, render

PEOPLE_COLUMNS = ["id", "name", "aliases", "status", "detained_on", "released_on", "role"]
CASE_COLUMNS = ["id", "detained_on", "charges", "sentence", "status", "released_on",
                "release_mode", "expelled_to", "deal_id"]  # fmt: skip


def register(app: typer.Typer) -> None:
    """Add the ``people`` and ``person`` commands to ``app``."""

    @app.command()
    def people(
        search: Annotated[
            str | None, typer.Option("--search", "-s", help="Any spelling, in any script.")
        ] = None,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """List people in the registry, or those whose name matches --search in any spelling."""
        # Deferred: the name tables and matcher import in 0.4-0.5 s (measured).
        from doorwatch.services.people import find_people

        rows = find_people(store_for(db), search)
        render(rows, PEOPLE_COLUMNS, fmt, title="people")

    @app.command()
    def person(
        person_id: Annotated[str, typer.Argument(help="The person's id (see `doorwatch people`).")],
        fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
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
            from doorwatch.cli.output import print_csv

            print_csv(detail["cases"], CASE_COLUMNS)
            return
        print_table(detail["cases"], CASE_COLUMNS, title="cases")
        for source in detail["sources"]:
            console.print(
                f"source: {source['title']} ({source['publisher']}, {source['published']})",
                markup=False,
            )
