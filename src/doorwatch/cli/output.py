"""Rendering of results for the terminal: Rich tables, one JSON document, or CSV."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from enum import Enum, StrEnum
from typing import Any

from rich.console import Console
from rich.table import Table

from doorwatch.ingest.csv_table import neutral_cell


class Format(StrEnum):
    """Output formats of the listing commands."""

    table = "table"
    json = "json"
    csv = "csv"


def to_jsonable(value: Any) -> Any:
    """Return ``value`` with dates and other objects turned into JSON-friendly values."""
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_jsonable(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def print_json(document: Any) -> None:
    """Print one JSON document on stdout and nothing else."""
    sys.stdout.write(json.dumps(to_jsonable(document), ensure_ascii=False, indent=2) + "\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, Mapping):
        return json.dumps(to_jsonable(value), ensure_ascii=False)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def print_csv(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> None:
    """Print ``rows`` as CSV with a header of ``columns`` on stdout."""
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
) -> None:
    """Print ``rows`` as a Rich table with ``columns`` as the header."""
    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column.replace("_", " "), overflow="fold")
    for row in rows:
        table.add_row(*[_cell(row.get(c)) for c in columns])
    (console or Console()).print(table)


def render(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[str],
    fmt: Format,
    *,
    title: str | None = None,
    document: Any = None,
) -> bool:
    """Render a listing in ``fmt``; ``document`` replaces ``rows`` as the JSON document if given.

    Returns True when a table was printed, so that a caller may add lines for the reader after
    it (never into JSON or CSV, which scripts read).
    """
    if fmt is Format.json:
        print_json(rows if document is None else document)
        return False
    if fmt is Format.csv:
        print_csv(rows, columns)
        return False
    print_table(rows, columns, title=title)
    return True


def columns_of(rows: Iterable[Mapping[str, Any]]) -> list[str]:
    """Return the union of the keys of ``rows``, in first-seen order."""
    seen: dict[str, None] = {}
    for row in rows:
        for key in row:
            seen.setdefault(key, None)
    return list(seen)
