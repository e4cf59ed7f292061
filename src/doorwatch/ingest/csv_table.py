"""Reading a CSV file as a header and numbered rows, with errors that name the row."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from doorwatch.errors import InputError

# A spreadsheet runs a cell that begins with one of these as a formula ("CSV injection"):
# OWASP's list, plus the apostrophe that marks an escaped cell, so escaping can be undone.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


def neutral_cell(value: object) -> object:
    """Return ``value`` safe to open in a spreadsheet: text beginning like a formula (or with
    an apostrophe) gets a leading apostrophe. Numbers and other values are returned as they are.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def restore_cell(text: str) -> str:
    """Return the text that :func:`neutral_cell` escaped (other text unchanged)."""
    if text.startswith("'") and text[1:].startswith(_FORMULA_START):
        return text[1:]
    return text


def csv_header(text: str | TextIO, path: Path) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """Return the header of the CSV ``text`` (stripped) and an iterator of (row number, cells).

    ``text`` is the whole file, or a text stream opened with ``newline=""`` that is read as the
    rows are asked for (so a file of any size is read in bounded memory).

    Rows are numbered as a spreadsheet would (the header is row 1); blank rows are skipped. An
    empty file, an unclosed quote (a cut-off file) or a row with a different number of fields
    than the header is an InputError naming ``path`` and the row.
    """
    file = str(path)
    stream = io.StringIO(text, newline="") if isinstance(text, str) else text
    reader = csv.reader(stream, strict=True)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise InputError("the file is empty", file=file, expected="a header row") from None
    except csv.Error as error:
        raise InputError(f"unreadable CSV: {error}", file=file, row=1) from None

    def rows() -> Iterator[tuple[int, list[str]]]:
        number = 1
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                raise InputError(
                    f"the CSV is cut off or malformed: {error}",
                    file=file,
                    row=number + 1,
                    expected="complete rows with closed quotes",
                ) from None
            number += 1
            if not cells or all(not c.strip() for c in cells):
                continue
            if len(cells) != len(header):
                raise InputError(
                    f"the row has {len(cells)} fields, the header {len(header)}",
                    file=file,
                    row=number,
                    expected=f"{len(header)} fields (is the file cut off?)",
                )
            yield number, cells

    return header, rows()
