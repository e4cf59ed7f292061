"""``doorwatch sanctions``: sanctions lists as published, their programmes, changes and gaps."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress

from doorwatch.cli.common import DbOption, FormatOption, parse_cli_date, store_for
from doorwatch.cli.output import Format, render

sanctions_app = typer.Typer(
    help="Sanctions lists as published (OFAC, EU, UK, Canada, OpenSanctions): import them, "
    "see their programmes and changes, and the targets one imposer lists and another does not."
)

LIST_COLUMNS = ["name", "imposer", "format", "list_date", "records", "targets", "series"]


@sanctions_app.command("import")
def import_command(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="The list file (format found from its content); OFAC's add.csv and alt.csv "
            "may follow its sdn.csv.",
            exists=False,
        ),
    ],
    as_name: Annotated[
        str | None,
        typer.Option("--as", help="Name to refer to this list by (default: imposer-date)."),
    ] = None,
    list_date: Annotated[
        str | None,
        typer.Option(
            "--date", help="Date of the data, for files that carry none (OFAC's CSV), YYYY-MM-DD."
        ),
    ] = None,
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """Import a sanctions list. All or nothing; importing the same file again changes nothing;
    a newer snapshot of a list records what was added, removed (a lifting) and changed."""
    from doorwatch.services.sanctions import import_list

    when = parse_cli_date(list_date, "--date").isoformat() if list_date else None
    console = Console(stderr=True)
    with Progress(console=console, transient=True, disable=fmt is not Format.table) as bar:
        task = bar.add_task(f"reading {files[0].name}", total=None)
        result = import_list(
            store_for(db),
            files,
            name=as_name,
            list_date=when,
            progress=lambda done: bar.update(task, completed=done),
        )
    row = {
        "name": result.name,
        "imposer": result.imposer,
        "format": result.format,
        "list_date": result.list_date or "not in the file",
        "records": result.records,
        "targets": result.targets,
        "series": result.series,
        "status": "imported" if result.new else "already imported, nothing changed",
    }
    render([row], [*LIST_COLUMNS, "status"], fmt, title="sanctions list")


@sanctions_app.command("lists")
def lists_command(fmt: FormatOption = Format.table, db: DbOption = None) -> None:
    """List the imported sanctions lists: name, imposer, format, date of the data, counts."""
    from doorwatch.services.sanctions import lists

    rows = lists(store_for(db))
    render(rows, LIST_COLUMNS, fmt, title="sanctions lists", document=rows)


@sanctions_app.command("programmes")
def programmes_command(fmt: FormatOption = Format.table, db: DbOption = None) -> None:
    """List every programme in the latest snapshot of each list with its class (belarus,
    russia, other, or unmapped) and the source of the class."""
    from doorwatch.services.sanctions import programmes_seen

    rows = programmes_seen(store_for(db))
    render(rows, ["imposer", "programme", "class", "targets", "source"], fmt, title="programmes")


@sanctions_app.command("diff")
def diff_command(
    old: Annotated[str, typer.Argument(help="The older list (name or imposer).")],
    new: Annotated[str, typer.Argument(help="The newer list (name or imposer).")],
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """Targets added, removed and changed (name, kind or programmes) from OLD to NEW, by the
    lists' own ids."""
    from doorwatch.services.sanctions import list_diff

    result = list_diff(store_for(db), old, new)
    columns = ["change", "entry_id", "name", "schema", "programmes", "before"]
    printed = render(
        result["changes"],
        columns,
        fmt,
        title=f"{result['old']['name']} → {result['new']['name']}",
        document=result,
    )
    if printed:
        counts = ", ".join(f"{v} {k}" for k, v in sorted(result["counts"].items())) or "no change"
        Console().print(counts)


def register(app: typer.Typer) -> None:
    """Add the ``sanctions`` command group to ``app``."""
    app.add_typer(sanctions_app, name="sanctions")
