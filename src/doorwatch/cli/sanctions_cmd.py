"""``doorwatch sanctions``: sanctions lists as published, their programmes, changes and gaps."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress

from doorwatch.cli.options import DbOption, FormatOption, WideOption, parse_cli_date, store_for
from doorwatch.cli.output import Format, render
from doorwatch.errors import InputError

# Services and analysis are imported inside each command: `doorwatch --help` imports every
# command module, and the store with SQLAlchemy alone takes 0.15-0.25 s (measured).

sanctions_app = typer.Typer(
    help="Sanctions lists as published (OFAC, EU, UK, Canada, OpenSanctions): import them, "
    "see their programmes and changes, and the targets one imposer lists and another does not."
)

LIST_COLUMNS = ["name", "imposer", "format", "list_date", "records", "targets", "series"]
# What fits 80 columns; --wide shows every column.
LIST_NARROW = ["name", "imposer", "list_date", "targets"]
MIRROR_NARROW = ["list_id", "name", "status", "matched_id", "score"]
MATRIX_NARROW = ["class", "list", "against", "listed", "shared", "not_listed"]
GAP_NARROW = ["list_id", "name", "programmes", "gap"]
SECTORAL_NARROW = ["imposer", "goods", "russia", "belarus", "gap"]


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
def lists_command(
    wide: WideOption = False, fmt: FormatOption = Format.table, db: DbOption = None
) -> None:
    """List the imported sanctions lists: name, imposer, format, date of the data, counts."""
    from doorwatch.services.sanctions import lists

    rows = lists(store_for(db))
    render(
        rows,
        LIST_COLUMNS,
        fmt,
        title="sanctions lists",
        document=rows,
        wide=wide,
        narrow=LIST_NARROW,
    )


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


@sanctions_app.command("mirror")
def mirror_command(
    list_name: Annotated[
        str,
        typer.Option(
            "--list", help="List A: a name given with --as, or an imposer (us, eu, uk, ca)."
        ),
    ],
    against: Annotated[str, typer.Option("--against", help="List B, named the same way.")],
    programme: Annotated[
        str | None,
        typer.Option(
            "--programme", help="One programme tag of list A (default: its Belarus programmes)."
        ),
    ] = None,
    cls: Annotated[
        str, typer.Option("--class", help="Programme class when no --programme: belarus or russia.")
    ] = "belarus",
    status: Annotated[
        str | None,
        typer.Option("--status", help="Only rows of this status: listed, not_listed or uncertain."),
    ] = None,
    wide: WideOption = False,
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """One row for every target of list A in the programme: whether list B lists it (listed,
    not_listed, uncertain), B's id, the score and the reason. Uncertain rows are for review."""
    from doorwatch.services.sanctions_mirror import MIRROR_COLUMNS, mirror

    console = Console(stderr=True)
    with Progress(console=console, transient=True, disable=fmt is not Format.table) as bar:
        task = bar.add_task("matching", total=None)
        result = mirror(
            store_for(db),
            list_name,
            against,
            programme=programme,
            cls=cls,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
        )
    rows = [r for r in result["rows"] if status is None or r["status"] == status]
    result["rows"] = rows
    title = f"{result['list']['name']} against {result['against']['name']}"
    if render(
        rows, MIRROR_COLUMNS, fmt, title=title, document=result, wide=wide, narrow=MIRROR_NARROW
    ):
        counts = ", ".join(f"{v} {k}" for k, v in sorted(result["counts"].items()))
        Console().print(f"{counts}. Basis: {result['basis']}.", markup=False)


@sanctions_app.command("matrix")
def matrix_command(
    pairs: Annotated[
        list[str],
        typer.Argument(help="Pairs of lists as A:B (names or imposers), e.g. eu:us uk:ca."),
    ],
    wide: WideOption = False,
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """For each pair and programme class (belarus, russia), both ways: targets listed, shared
    with the other list (under the same class or another), uncertain, and not listed."""
    from doorwatch.services.sanctions_mirror import MATRIX_COLUMNS, matrix

    parsed: list[tuple[str, str]] = []
    for pair in pairs:
        left, sep, right = pair.partition(":")
        if not sep or not left or not right:
            raise InputError(f"{pair!r} is not a pair", field="PAIRS", expected="A:B, e.g. eu:us")
        parsed.append((left, right))
    result = matrix(store_for(db), parsed)
    render(
        result["rows"],
        MATRIX_COLUMNS,
        fmt,
        title="mirror matrix",
        document=result,
        wide=wide,
        narrow=MATRIX_NARROW,
    )


@sanctions_app.command("gaps")
def gaps_command(
    list_name: Annotated[str, typer.Option("--list", help="The list: a name or an imposer.")],
    kind: Annotated[
        str,
        typer.Option(
            "--kind",
            help="programme: Russia-programme targets tied to Belarus and not under its Belarus "
            "programme (and the reverse); links: linked entities the list does not list.",
        ),
    ] = "programme",
    wide: WideOption = False,
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """Gaps within one imposer's list: across its programmes, or across links."""
    from doorwatch.services.sanctions_mirror import GAP_COLUMNS, link_gaps, programme_gaps

    if kind not in ("programme", "links"):
        raise InputError(f"unknown kind {kind!r}", option="--kind", expected="programme or links")
    store = store_for(db)
    result = (
        programme_gaps(store, list_name) if kind == "programme" else link_gaps(store, list_name)
    )
    if render(
        result["rows"],
        GAP_COLUMNS,
        fmt,
        title=f"gaps in {result['list']['name']}",
        document=result,
        wide=wide,
        narrow=GAP_NARROW,
    ):
        Console().print(
            ", ".join(f"{v} {k}" for k, v in sorted(result["counts"].items())) or "no gaps"
        )


@sanctions_app.command("sectoral")
def sectoral_command(
    imposer: Annotated[
        str | None, typer.Option("--imposer", help="Only this imposer: eu, us or uk.")
    ] = None,
    gaps_only: Annotated[
        bool,
        typer.Option("--gaps", help="Only what is restricted for one country and not the other."),
    ] = False,
    wide: WideOption = False,
    fmt: FormatOption = Format.table,
) -> None:
    """Sectoral measures (export and import bans by goods, finance, aviation, transport) for
    Russia and for Belarus side by side, each with its legal source and date."""
    from doorwatch.analysis.sectoral import SECTORAL_COLUMNS, sectoral_rows

    rows = [
        r
        for r in sectoral_rows(imposer)
        if not gaps_only or r["gap"] in ("russia_only", "belarus_only")
    ]
    render(
        rows,
        SECTORAL_COLUMNS,
        fmt,
        title="sectoral measures: Russia and Belarus",
        wide=wide,
        narrow=SECTORAL_NARROW,
    )


@sanctions_app.command("target")
def target_command(
    entry_id: Annotated[
        str, typer.Argument(help="The target's id in its list (OFAC uid, EU logicalId...).")
    ],
    list_name: Annotated[str, typer.Option("--list", help="Its list: a name or an imposer.")],
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """One target: its names, programmes, every snapshot listing it, whether the other imposers
    list it, its history and the measures and deals about it."""
    from doorwatch.services.sanctions_targets import target_detail

    detail = target_detail(store_for(db), list_name, entry_id)
    rows = [
        {"list": e["list"], "status": e["status"], "matched_id": e["matched_id"] or "",
         "programmes": "; ".join(e["programmes"]), "score": e["score"], "reason": e["reason"]}
        for e in detail["elsewhere"]
    ]  # fmt: skip
    title = f"{detail['name']} ({detail['list']} {detail['entry_id']}: {'; '.join(detail['programmes'])})"
    if render(
        rows,
        ["list", "status", "matched_id", "programmes", "score", "reason"],
        fmt,
        title=title,
        document=detail,
    ):
        console = Console()
        console.print("names: " + "; ".join(detail["details"].get("names", [])), markup=False)
        for change in detail["history"]:
            line = f"{change['on']}: {change['change']} ({change['programmes']})"
            console.print(line, markup=False)
        for measure in detail["measures"]:
            console.print(
                f"measure {measure['id']}: {measure['kind']}, lifted {measure['lifted_on'] or '-'}"
            )


@sanctions_app.command("deals")
def deals_command(
    link: Annotated[
        bool, typer.Option("--link", help="Store the proposed links as concessions of their deals.")
    ] = False,
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """Sanctions measures tied to deals: conceded ones with the listing they are about, and
    removals from a list soon after a deal with the same imposer (proposed links)."""
    from doorwatch.services.sanctions_targets import deal_links

    rows = deal_links(store_for(db), write=link)
    columns = [
        "deal",
        "date",
        "kind",
        "target",
        "eased_on",
        "lifted_on",
        "list",
        "list_id",
        "basis",
    ]
    render(rows, columns, fmt, title="sanctions measures and deals")


def register(app: typer.Typer) -> None:
    """Add the ``sanctions`` command group to ``app``."""
    app.add_typer(sanctions_app, name="sanctions")
