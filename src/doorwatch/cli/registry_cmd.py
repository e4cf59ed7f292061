"""``doorwatch people`` and ``doorwatch person``: the registry of people and their cases."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

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
PEOPLE_WIDE_COLUMNS = ["id", "name", "aliases", "status", "detained_on", "released_on",
                       "release_mode", "charges", "expelled", "recognised_by", "role"]  # fmt: skip
# A table shows the keeper's word in the status cell (see worded); CSV keeps it in a column.
PEOPLE_CSV_COLUMNS = [*PEOPLE_WIDE_COLUMNS[:4], "keeper_status", *PEOPLE_WIDE_COLUMNS[4:]]
# Identifiers a table shows as the reader's words (JSON and CSV keep the identifiers).
WORDED_COLUMNS = ("status", "release_mode", "expelled")
CASE_COLUMNS = ["id", "detained_on", "status", "released_on", "release_mode"]
CASE_WIDE_COLUMNS = ["id", "detained_on", "charges", "sentence", "status", "keeper_status",
                     "released_on", "release_mode", "expelled_to", "deal_id"]  # fmt: skip


class Expelled(StrEnum):
    """Whether a case's release was an expulsion, as the sources say."""

    yes = "yes"
    no = "no"
    unknown = "unknown"


def worded(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return ``rows`` with statuses, release modes and expulsions as the reader's words, a
    status followed by the registry keeper's own word for it when a case carries one."""
    # Deferred: `--help` imports this module and must load no services (see cli/main.py).
    from doorwatch.services.words import word

    shown = []
    for r in rows:
        row = {**r, **{c: word(c, r.get(c)) for c in WORDED_COLUMNS if c in r}}
        if r.get("keeper_status") and "status" in row:
            row["status"] = f"{row['status']} (keeper: {r['keeper_status']})"
        shown.append(row)
    return shown


def print_facets(facets: dict[str, list[dict[str, Any]]]) -> None:
    """Print each filter's values with their counts of cases, one filter a line."""
    console = Console()
    console.print("cases per filter value, beside the other filters:", highlight=False)
    for name, values in facets.items():
        shown = " · ".join(f"{v['label']} ({v['count']:,})" for v in values[:FACET_VALUES])
        more = f" · {len(values) - FACET_VALUES} more" if len(values) > FACET_VALUES else ""
        label = name.replace("_", " ")
        console.print(f"  {label}: {shown or 'none'}{more}", markup=False, highlight=False)


# A filter's commonest values shown under the table (JSON has them all).
FACET_VALUES = 8


def register(app: typer.Typer) -> None:
    """Add the ``people`` and ``person`` commands to ``app``."""

    @app.command()
    def people(
        search: Annotated[
            str | None, typer.Option("--search", "-s", help="Any spelling, in any script.")
        ] = None,
        status: Annotated[
            str | None, typer.Option(help="A case status: held, released, served, died, unknown.")
        ] = None,
        detained_year: Annotated[
            int | None, typer.Option(help="Detained in this year.", min=1900, max=2199)
        ] = None,
        released_year: Annotated[
            int | None, typer.Option(help="Released in this year.", min=1900, max=2199)
        ] = None,
        article: Annotated[
            str | None, typer.Option(help="Charged under this criminal-code article (342).")
        ] = None,
        release_mode: Annotated[
            str | None,
            typer.Option(help="pardon, deal, end_of_sentence, sentence_quashed, died_in_custody."),
        ] = None,
        expelled: Annotated[
            Expelled | None, typer.Option(help="Expelled on release: yes, no, or unknown.")
        ] = None,
        recognised_by: Annotated[
            str | None, typer.Option(help="Recognised as a political prisoner by (Viasna).")
        ] = None,
        after: Annotated[
            str | None, typer.Option(help="The next page: after this person id (the footer's).")
        ] = None,
        before: Annotated[
            str | None, typer.Option(help="The previous page: before this person id.")
        ] = None,
        facets: Annotated[
            bool, typer.Option("--facets", help="Also count the cases per value of each filter.")
        ] = False,
        limit: LimitOption = DEFAULT_LIMIT,
        offset: OffsetOption = 0,
        wide: WideOption = False,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """List the registry's people by id, or those whose name matches --search in any
        spelling (best first); the filters keep the people with a case that matches them all.

        Pages of the list go on with --after (and back with --before), as the footer says;
        pages of a search with --offset. --facets counts the cases per value of each filter
        beside the others given (in the JSON document too)."""
        # Deferred: the name tables and matcher import in 0.4-0.5 s (measured).
        from doorwatch.services.listings import case_filters, people_page

        filters = case_filters(
            status=status,
            detained_year=detained_year,
            released_year=released_year,
            article=article,
            release_mode=release_mode,
            expelled=expelled.value if expelled else None,
            recognised_by=recognised_by,
        )
        page = people_page(
            store_for(db),
            search=search,
            filters=filters,
            limit=limit,
            offset=offset,
            after=after,
            before=before,
            with_facets=facets,
        )
        columns = (
            PEOPLE_CSV_COLUMNS
            if fmt is Format.csv
            else PEOPLE_WIDE_COLUMNS
            if wide
            else PEOPLE_COLUMNS
        )
        rows = worded(page["items"]) if fmt is Format.table else None
        render_page(page, columns, fmt, title="people", rows=rows, wide=wide)
        if fmt is Format.table and facets:
            print_facets(page["facets"])

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
