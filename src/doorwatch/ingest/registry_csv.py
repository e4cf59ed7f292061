"""Registry files as CSV: doorwatch's own layout, or Viasna's public export layout."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from doorwatch.errors import InputError
from doorwatch.ingest.csv_table import csv_header
from doorwatch.ingest.field_parsers import Where
from doorwatch.ingest.registry import REGISTRY_COLUMNS, REQUIRED_COLUMNS
from doorwatch.ingest.viasna_layout import is_viasna_header, viasna_row


def read_registry_csv(text: str | TextIO, path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (row number, registry row) for each data row; row 1 is the header.

    The layout is told from the header: doorwatch's columns (see REGISTRY_COLUMNS) or Viasna's.
    A short row, a long row or an unclosed quote is an InputError naming the row.
    """
    file = str(path)
    header, rows = csv_header(text, path)
    viasna = is_viasna_header(header)
    if not viasna:
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
                + ") or Viasna's export columns",
            )
    if len(set(header)) != len(header):
        raise InputError("a column name is repeated", file=file, row=1, expected="unique names")
    for number, cells in rows:
        row = dict(zip(header, cells, strict=True))
        yield number, (viasna_row(row, Where(file, number)) if viasna else dict(row))
