"""``doorwatch names``: compare two names, or a CSV file of name pairs."""

from __future__ import annotations

import csv
import io
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress

from doorwatch.cli.options import DbOption, FormatOption, store_for
from doorwatch.cli.output import Format, print_json, print_table, render
from doorwatch.errors import InputError

# Below this many rows a progress bar only flickers.
_PROGRESS_MIN_ROWS = 2_000


class CompareFormat(StrEnum):
    """Output formats of ``names compare`` for one pair."""

    json = "json"
    table = "table"


names_app = typer.Typer(help="Compare personal names across scripts and spellings.")


@names_app.command("compare")
def compare_command(
    left: Annotated[str | None, typer.Argument(help="First name, in any script.")] = None,
    right: Annotated[str | None, typer.Argument(help="Second name, in any script.")] = None,
    pairs: Annotated[
        Path | None, typer.Option("--pairs", help="CSV file with 'left' and 'right' columns.")
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="Write the CSV here instead of stdout.")
    ] = None,
    fmt: Annotated[CompareFormat, typer.Option("--format", help="Output format.")] = (
        CompareFormat.json
    ),
) -> None:
    """Decide whether two names name one person: same (true), different (false) or null."""
    # Deferred: the name tables and matcher import in 0.4-0.5 s (measured).
    from doorwatch.names import compare

    if pairs is not None:
        if left is not None or right is not None:
            raise InputError("give either two names or --pairs FILE, not both")
        _compare_file(pairs, out)
        return
    if left is None or right is None:
        raise InputError("two names are needed", expected="LEFT RIGHT, or --pairs FILE")
    decision = compare(left, right)
    if fmt is CompareFormat.json:
        print_json(decision.to_dict())
        return
    verdict = {True: "same", False: "different", None: "uncertain"}[decision.same]
    rows = [{"part": "verdict", "detail": f"{verdict} (score {decision.score:.3f})"}]
    rows += [{"part": r.split(":", 1)[0], "detail": r.split(":", 1)[-1].strip()}
             for r in decision.reasons]  # fmt: skip
    print_table(rows, ["part", "detail"], title=f"{left} ↔ {right}")


def _read_pairs(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError("file not found", file=str(path)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read the file: {error}", file=str(path)) from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = list(reader.fieldnames or [])
    for column in ("left", "right"):
        if column not in header:
            raise InputError(
                f"no {column!r} column", file=str(path), row=1, field=column,
                expected="a header with 'left' and 'right' columns",
            )  # fmt: skip
    rows: list[dict[str, str]] = []
    for row in reader:
        number = reader.line_num
        for column in ("left", "right"):
            value = row.get(column)
            if value is None or not value.strip():
                raise InputError(
                    "empty or missing name", file=str(path), row=number, field=column,
                    expected="a name in every row",
                )  # fmt: skip
        rows.append({k: v for k, v in row.items() if k is not None})
    return header, rows


def _compare_file(path: Path, out: Path | None) -> None:
    # Deferred: the name tables and matcher import in 0.4-0.5 s (measured).
    from doorwatch.names import compare

    header, rows = _read_pairs(path)
    columns = header + [c for c in ("same", "score") if c not in header]
    stderr = Console(stderr=True)
    with Progress(console=stderr, disable=len(rows) < _PROGRESS_MIN_ROWS, transient=True) as bar:
        task = bar.add_task("comparing", total=len(rows))
        for row in rows:
            decision = compare(row["left"], row["right"])
            row["same"] = "" if decision.same is None else str(decision.same).lower()
            row["score"] = f"{decision.score:.3f}"
            bar.advance(task)
    # Deferred: commands that print no CSV load no ingest code (tests/test_cli_startup.py).
    from doorwatch.ingest.csv_table import neutral_cell

    buffer = io.StringIO()

    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: neutral_cell(v) for k, v in row.items()} for row in rows)
    if out is None:
        sys.stdout.write(buffer.getvalue())
    else:
        out.write_text(buffer.getvalue(), encoding="utf-8")


@names_app.command("dedupe")
def dedupe_command(
    certain_only: Annotated[
        bool, typer.Option("--certain-only", help="Leave out the uncertain pairs.")
    ] = False,
    fmt: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """List pairs of stored persons that may be one person, for review. Never merges."""
    # Deferred: the name tables and matcher import in 0.4-0.5 s (measured).
    from doorwatch.services.people import duplicate_people

    rows = duplicate_people(store_for(db), include_uncertain=not certain_only)
    for row in rows:
        row["verdict"] = {True: "same", False: "different", None: "uncertain"}[row["same"]]
    columns = ["left_id", "left_name", "right_id", "right_name", "verdict", "score", "reasons"]
    render(rows, columns, fmt, title="possible duplicate persons")


@names_app.command("reindex")
def reindex_command(db: DbOption = None) -> None:
    """Recompute the search keys of every stored name with the current rules (after an
    upgrade that changes them). Searches keep working on the old keys until it finishes."""
    # Deferred: the name tables and matcher import in 0.4-0.5 s (measured).
    from doorwatch.services.people import reindex_names

    console = Console(stderr=True)
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("indexing names", total=None)

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        count = reindex_names(store_for(db), progress=advance)
    console.print(f"{count} search keys written")


def register(app: typer.Typer) -> None:
    """Add the ``names`` command group to ``app``."""
    app.add_typer(names_app, name="names")
