"""Rendering of results for the terminal: Rich tables, one JSON document, or CSV."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from typing import Any, Literal, cast

from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from doorwatch.json_encoding import dumps

# However narrow the terminal, a column of prose keeps this many characters.
PROSE_WIDTH = 8
# With --wide on a narrow terminal, a prose column folds at this width (titles, wording).
WIDE_PROSE_WIDTH = 40
# Column heads, short so that tables fit 80 columns; other columns are headed by their name.
SHORT_LABELS = {
    "detained_on": "detained",
    "released_on": "released",
    "recognised_on": "recognised",
    "release_mode": "mode",
    "days_from_date": "days off",
    "people_freed": "freed",
    "recognised_since": "new since",
    "new_per_freed_since": "new/freed",
    "concessions_per_freed": "conc./freed",
    "open_cases": "open",
    "need_eur": "need €",
    "need_low_eur": "low €",
    "need_high_eur": "high €",
    "funds_left_eur": "left €",
    "shortfall_eur": "short €",
    "caseworkers": "staff",
    "inside_band": "in band",
    "not_listed": "not listed",
    "assigned_to": "caseworker",
    "person_name": "person",
}


class Format(StrEnum):
    """Output formats of the listing commands."""

    table = "table"
    json = "json"
    csv = "csv"


def print_json(document: Any) -> None:
    """Print one JSON document on stdout and nothing else."""
    sys.stdout.write(dumps(document, indent=2) + "\n")


def print_done(document: Any, fmt: Format, message: str) -> None:
    """Print what a change stored: ``document`` as JSON, or else the one-line ``message``."""
    if fmt is Format.json:
        print_json(document)
    else:
        Console().print(message, highlight=False)


def print_terms(terms: Iterable[tuple[str, str, str]], console: Console | None = None) -> None:
    """Print (name, value, basis) terms as paragraphs: the name and value on a line, the basis
    indented under it, so that long prose reads at any width instead of in a narrow column."""
    console = console or Console()
    for name, value, basis in terms:
        console.print(Text(f"{name}: {value}", style="bold"))
        console.print(Padding(Text(basis), (0, 0, 0, 2)))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, Mapping):
        return dumps(value)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def print_csv(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> None:
    """Print ``rows`` as CSV with a header of ``columns`` on stdout; cells that a spreadsheet
    would run as formulas are neutralised."""
    # Deferred: commands that print no CSV load no ingest code (tests/test_cli_startup.py).
    from doorwatch.ingest.csv_table import neutral_cell

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(neutral_cell(row.get(c))) for c in columns])
    sys.stdout.write(buffer.getvalue())


def print_table(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[str],
    *,
    title: str | None = None,
    console: Console | None = None,
    wide: bool = False,
) -> None:
    """Print ``rows`` as a Rich table with ``columns`` as the header.

    Columns of single words (ids, dates, numbers) are never broken. Columns of prose share
    what width is left and are cut to one line with "…", so that a table fits the terminal;
    ``wide`` folds them instead, so that every word shows.
    """
    console = console or Console()
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    labels = [SHORT_LABELS.get(c, c.replace("_", " ")) for c in columns]
    prose = [any(" " in line[i] for line in cells) for i in range(len(columns))]
    fixed = [max([len(line[i]) for line in cells] + [len(labels[i])]) for i in range(len(columns))]
    # Each column takes its width plus a space either side and a rule: 3, and 1 for the edge.
    left = (
        console.width
        - 1
        - 3 * len(columns)
        - sum(w for w, p in zip(fixed, prose, strict=True) if not p)
    )
    share = max(PROSE_WIDTH, left // max(1, sum(prose)))
    # Cells are Text, not markup: a quote with "[he]" in it prints "[he]".
    table = Table(title=Text(title, style="table.title") if title else None, show_lines=False)
    for label, is_prose, width in zip(labels, prose, fixed, strict=True):
        if not is_prose:
            table.add_column(label, no_wrap=True, min_width=width)
        elif wide:
            table.add_column(label, overflow="fold")
        else:
            table.add_column(label, overflow="ellipsis", no_wrap=True, max_width=share)
    for line in cells:
        table.add_row(*[Text(v) for v in line])
    # --wide asks for every column: when the single-word columns alone are wider than the
    # terminal, the table is printed whole at its own width rather than cut at the edge.
    needed = 1 + sum(
        3 + (min(w, WIDE_PROSE_WIDTH) if p else w) for w, p in zip(fixed, prose, strict=True)
    )
    if wide and needed > console.width:
        # Rich caps print(width=...) at the console's width, which would squeeze columns to
        # nothing; a console as wide as the table prints it whole.
        whole = Console(
            file=console.file,
            width=needed,
            # Rich reports the colour system as a plain string; the constructor takes its names
            color_system=cast(
                "Literal['auto', 'standard', '256', 'truecolor', 'windows'] | None",
                console.color_system,
            ),
            force_terminal=console.is_terminal,
        )
        whole.print(table, crop=False)
    else:
        console.print(table)


def render(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[str],
    fmt: Format,
    *,
    title: str | None = None,
    document: Any = None,
    wide: bool = False,
    narrow: Sequence[str] | None = None,
) -> bool:
    """Render a listing in ``fmt``; ``document`` replaces ``rows`` as the JSON document if given.

    A table shows the ``narrow`` columns (those that fit 80 characters) when they are given,
    unless ``wide`` asks for every column; CSV always has every one of ``columns``.
    Returns True when a table was printed, so that a caller may add lines for the reader after
    it (never into JSON or CSV, which scripts read).
    """
    if fmt is Format.json:
        print_json(rows if document is None else document)
        return False
    if fmt is Format.csv:
        print_csv(rows, columns)
        return False
    shown = columns if wide or narrow is None else narrow
    print_table(rows, shown, title=title, wide=wide)
    return True


def page_footer(page: Mapping[str, Any]) -> str:
    """Return the line under a page of a listing: which rows of how many, and the next page
    (by ``--offset``, or by ``--after``/``--before`` for a list paged by key)."""
    if "next" in page:
        return _keyset_footer(page)
    shown, total, offset = len(page["items"]), int(page["total"]), int(page["offset"])
    if shown == 0:
        return f"no rows (of {total})" if total else "no rows"
    line = f"rows {offset + 1}–{offset + shown} of {total}"
    if offset + shown < total:
        line += f"; next page: --offset {offset + shown}"
    return line


def _keyset_footer(page: Mapping[str, Any]) -> str:
    shown, total = len(page["items"]), int(page["total"])
    line = (
        f"{shown} rows of {total:,}"
        if shown
        else (f"no rows (of {total:,})" if total else "no rows")
    )
    if page.get("next"):
        line += f"; next page: --after {page['next']}"
    if page.get("previous"):
        line += f"; previous page: --before {page['previous']}"
    return line


def render_page(
    page: Mapping[str, Any],
    columns: Sequence[str],
    fmt: Format,
    *,
    title: str,
    rows: Sequence[Mapping[str, Any]] | None = None,
    wide: bool = False,
) -> None:
    """Render one page of a listing: JSON prints the page document (items, total, limit,
    offset), CSV the rows, a table the rows (``rows``, when given, are the display rows of the
    items) with a footer line saying which rows of how many these are."""
    if fmt is Format.json:
        print_json(page)
        return
    shown = page["items"] if rows is None else rows
    if fmt is Format.csv:
        print_csv(shown, columns)
        return
    print_table(shown, columns, title=title, wide=wide)
    Console().print(page_footer(page), markup=False, highlight=False)


def columns_of(rows: Iterable[Mapping[str, Any]]) -> list[str]:
    """Return the union of the keys of ``rows``, in first-seen order."""
    seen: dict[str, None] = {}
    for row in rows:
        for key in row:
            seen.setdefault(key, None)
    return list(seen)
