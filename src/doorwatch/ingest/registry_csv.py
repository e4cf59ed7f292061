"""Registry files as CSV: doorwatch's own layout, or a declared layout (``registry_layouts``):
Viasna's export, a keeper's list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from doorwatch.errors import InputError
from doorwatch.ingest.csv_table import csv_header
from doorwatch.ingest.layout_rows import LayoutReader, LayoutReport, check_as_of
from doorwatch.ingest.registry import REGISTRY_COLUMNS, REQUIRED_COLUMNS
from doorwatch.ingest.registry_layouts import detect_layout, layout_named, registry_layouts

# doorwatch's own layout: its columns are the registry fields themselves.
DOORWATCH_CSV = "doorwatch-csv"

Rows = Iterator[tuple[int, dict[str, Any]]]


def read_registry_csv(text: str | TextIO, path: Path) -> Rows:
    """Yield (row number, registry row) for each data row; row 1 is the header.

    The layout is told from the header (see :func:`open_registry_csv`).
    """
    return open_registry_csv(text, path)[2]


def open_registry_csv(
    text: str | TextIO, path: Path, layout: str | None = None, as_of: date | None = None
) -> tuple[str, LayoutReport | None, Rows]:
    """Return (layout name, report, rows) for the registry CSV ``text``.

    ``layout`` names the layout; without it the layout is told from the header: doorwatch's
    columns (REGISTRY_COLUMNS), or a declared layout whose identifying columns are all present
    (Viasna's export, a keeper's list). The report (None for doorwatch's layout) fills as the
    rows are read. ``as_of`` replaces the day the layout's list speaks for. A short row, a long row or an unclosed quote is an InputError
    naming the row.
    """
    file = str(path)
    header, rows = csv_header(text, path)
    if len(set(header)) != len(header):
        raise InputError("a column name is repeated", file=file, row=1, expected="unique names")
    if layout is None:
        # doorwatch's own columns come first: "name,status" is doorwatch's layout.
        found = None if all(h in REGISTRY_COLUMNS for h in header) else detect_layout(header, "csv")
        layout = found.name if found else DOORWATCH_CSV
    if layout == DOORWATCH_CSV:
        check_as_of(None, as_of)
        _check_doorwatch_header(header, file)
        return layout, None, ((n, dict(zip(header, cells, strict=True))) for n, cells in rows)
    declared = layout_named(layout)
    if declared.format != "csv":
        raise InputError(
            f"the layout {layout} reads {declared.format} files",
            file=file,
            expected="a CSV layout: "
            + ", ".join(n for n, x in registry_layouts().items() if x.format == "csv"),
        )
    columns = [declared.column_of(h) for h in header]
    if len(set(columns)) != len(columns):
        raise InputError(
            "two columns have the same meaning", file=file, row=1, expected="each column once"
        )
    titles = {
        column: title for column, title in zip(columns, header, strict=True) if column != title
    }
    check_as_of(declared, as_of)
    reader = LayoutReader(declared, file, columns, titles, as_of)
    return layout, reader.report, _layout_rows(reader, columns, rows)


def _layout_rows(reader: LayoutReader, header: list[str], rows: Iterator[Any]) -> Rows:
    for number, cells in rows:
        yield number, reader.row(dict(zip(header, cells, strict=True)), number)


def _check_doorwatch_header(header: list[str], file: str) -> None:
    unknown = [h for h in header if h not in REGISTRY_COLUMNS]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if unknown or missing:
        problem = []
        if unknown:
            problem.append("unknown column(s) " + ", ".join(repr(u) for u in unknown))
        if missing:
            problem.append("missing column(s) " + ", ".join(missing))
        raise InputError(
            "; ".join(problem),
            file=file,
            row=1,
            expected="doorwatch's registry columns ("
            + ", ".join(REGISTRY_COLUMNS)
            + ") or those of a registry layout ("
            + ", ".join(n for n, x in registry_layouts().items() if x.format == "csv")
            + "; see doorwatch import --list-layouts)",
        )
