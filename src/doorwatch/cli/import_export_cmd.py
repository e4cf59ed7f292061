"""``doorwatch import`` and ``doorwatch export``: registry files in, everything out and back."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress

from doorwatch.cli.options import DbOption, cli_actor, parse_cli_date, store_for
from doorwatch.cli.output import Format, print_json, print_table

# Services and analysis are imported inside each command: `doorwatch --help` imports every
# command module, and the store with SQLAlchemy alone takes 0.15-0.25 s (measured).


class ExportFormat(StrEnum):
    """Formats of ``doorwatch export``."""

    jsonl = "jsonl"
    csv = "csv"
    ftm = "ftm"


def register(app: typer.Typer) -> None:
    """Add the ``import`` and ``export`` commands to ``app``."""

    @app.command("import")
    def import_(
        file: Annotated[
            Path | None, typer.Argument(help="Registry CSV/JSON, or a doorwatch export.")
        ] = None,
        layout: Annotated[
            str | None,
            typer.Option(
                help="The registry layout (see --list-layouts); without it, told from the "
                "file's columns or keys."
            ),
        ] = None,
        as_of: Annotated[
            str | None,
            typer.Option(
                "--as-of",
                help="The day a keeper's list speaks for (YYYY-MM-DD), when its statuses are "
                "told from the end of sentences and it is a newer edition than the layout's.",
            ),
        ] = None,
        list_layouts: Annotated[
            bool,
            typer.Option("--list-layouts", help="List the registry layouts and stop."),
        ] = False,
        publisher: Annotated[
            str | None, typer.Option(help="Who published the registry file (for citations).")
        ] = None,
        dry_run: Annotated[
            bool, typer.Option("--dry-run", help="Validate and report; write nothing.")
        ] = False,
        fmt: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
        db: DbOption = None,
    ) -> None:
        """Import a registry of people and cases (doorwatch CSV or JSON layout, Viasna's CSV
        export layout, or a keeper's own layout: see --list-layouts), or restore a doorwatch
        export. All or nothing: one bad row and nothing is written. A registry CSV of any size
        is read in batches within one transaction. Statuses a keeper's layout cannot map are
        kept as written and reported."""
        if list_layouts:
            from doorwatch.services.import_export import registry_layout_list

            layouts = registry_layout_list()
            if fmt is Format.json:
                print_json(layouts)
                return
            # The columns each layout is told by are in --format json.
            print_table(layouts, ["name", "format", "title"], title="registry layouts")
            return
        if file is None:
            raise typer.BadParameter("a file to import is needed", param_hint="FILE")
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.services.import_export import import_path

        store = store_for(db)
        with Progress(console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task(f"importing {file.name}", total=None)

            def advance(done: int, total: int) -> None:
                progress.update(task, completed=done, total=total)

            result = import_path(
                store,
                file,
                publisher=publisher,
                dry_run=dry_run,
                progress=advance,
                actor=cli_actor(),
                layout=layout,
                as_of=parse_cli_date(as_of, "--as-of") if as_of else None,
            )
        document = result.as_dict()
        if fmt is Format.json:
            print_json(document)
            return
        rows = [{"table": t, **counts} for t, counts in document["by_table"].items()]
        print_table(
            rows, ["table", "added", "changed", "unchanged"], title=f"{file} ({result.layout})"
        )
        for flag in result.flags:
            score = f" (score {flag['score']})" if "score" in flag else ""
            Console().print(
                f"[yellow]name match:[/] {flag['name']} ~ stored person {flag['stored_person']}"
                f"{score}: {flag['action']}"
            )
        if result.mapping:
            _print_mapping(result.mapping.as_dict())
        if dry_run:
            Console().print("dry run: nothing was written")

    @app.command()
    def export(
        fmt: Annotated[
            ExportFormat,
            typer.Option(
                "--format",
                "-f",
                help="JSON Lines, a folder of CSVs, or FollowTheMoney entities (JSON lines: "
                "persons, deals, sanctions) for OpenSanctions and Aleph tools.",
            ),
        ] = ExportFormat.jsonl,
        out: Annotated[
            Path | None,
            typer.Option(
                "--out", "-o", help="File (jsonl) or folder (csv); jsonl default: stdout."
            ),
        ] = None,
        db: DbOption = None,
    ) -> None:
        """Export everything in the database; `doorwatch import` of the export restores it."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.services.import_export import export_store

        store = store_for(db)
        if fmt is ExportFormat.csv and out is None:
            raise typer.BadParameter("--format csv writes a folder: give it with --out")
        if fmt is ExportFormat.ftm:
            from doorwatch.services.ftm_export import write_ftm

            if out is None:
                count = write_ftm(store, sys.stdout)
            else:
                part = out.with_name(out.name + ".part")
                with part.open("w", encoding="utf-8") as handle:
                    count = write_ftm(store, handle)
                part.replace(out)
        else:
            count = export_store(store, fmt.value, out, sys.stdout)
        if out is not None:
            Console(stderr=True).print(f"exported {count} rows to {out}")


def _print_mapping(mapping: dict[str, Any]) -> None:
    """Print what a keeper's layout could not map: statuses kept as written, ambiguities,
    partial dates kept as text, columns dropped."""
    console = Console()
    console.print(
        f"{mapping['rows']} rows read as {mapping['layout']} ({mapping['keeper']})",
        markup=False,
    )
    statuses = ", ".join(f"{status} {n}" for status, n in mapping["statuses"].items())
    as_of = f" (sentences ended or not on {mapping['as_of']})" if mapping["as_of"] else ""
    console.print(f"statuses: {statuses}{as_of}", markup=False)
    for key, heading in (
        ("unmapped_statuses", "status kept as written (no doorwatch status; stored as unknown)"),
        ("ambiguous", "ambiguous (stored as unknown)"),
        ("partial_dates", "partial date kept as text in the note"),
    ):
        for item in mapping[key]:
            rows = ", ".join(str(r) for r in item["first_rows"])
            more = ", …" if item["rows"] > len(item["first_rows"]) else ""
            console.print(
                f"[yellow]{heading}:[/] {item['value']!r}: {item['rows']} rows (rows {rows}{more})",
                markup=True,
                highlight=False,
            )
    if mapping["dropped_columns"]:
        console.print("columns not mapped: " + ", ".join(mapping["dropped_columns"]))
