"""Counts in a table: a header row whose cells say what each column counts ("Held", "Newly
recognised", "Released") above rows whose first cell says when ("June 2025", "31 December
2024") and whose other cells are numbers. Cells stand between "|" marks or tabs.

A row's count is of its column's kind (``column_measures`` in ``data/extract/tables.yaml``), on
its row's date; a cell that holds no number ("–", "n/a") counts nothing, and a row whose first
cell names no date (a total, a note) is not read.
"""

from __future__ import annotations

import datetime as dt
import re

from doorwatch.extract import lexicon as lx
from doorwatch.extract.claims import Figure, Qualifier
from doorwatch.extract.count_context import PRISON_TOPIC_RE
from doorwatch.extract.dates import find_dates

_COLUMNS = tuple(lx.table("tables", "column_measures").items())
_CELL_RE = re.compile(r"[^|\t\n]+")
# a cell that is a count: "1,177", "~40", "about 1,100", "38*" (a footnote's mark after it)
_COUNT_CELL_RE = re.compile(
    r"(?P<about>~|c\.\s*|about\s+|approx\.\s*|some\s+)?"
    r"(?P<value>\d{1,3}(?:[,\u00a0 ]\d{3})+|\d+)\s*[*†‡]?"
)
_DIGIT_RE = re.compile(r"\d")


def _column_measure(cell: str) -> str | None:
    """Return what a header cell's column counts, or None when its words name no count."""
    low = " ".join(cell.lower().split())
    return next((measure for words, measure in _COLUMNS if words in low), None)


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the spans of the cells of the line ``text[start:end]``, each stripped."""
    out: list[tuple[int, int]] = []
    for cell in _CELL_RE.finditer(text, start, end):
        lead = len(cell.group()) - len(cell.group().lstrip())
        trail = len(cell.group()) - len(cell.group().rstrip())
        if cell.end() - trail > cell.start() + lead:
            out.append((cell.start() + lead, cell.end() - trail))
    return out


def table_figures(text: str, published: dt.date | None) -> list[Figure]:
    """Return the counts the tables of ``text`` give, one a cell, each with its row's date."""
    if text.find("|") < 0 and text.find("\t") < 0:
        return []  # most texts hold no table
    out: list[Figure] = []
    columns: list[str | None] | None = None
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line_start, start = start, end + 1
        if text.find("|", line_start, end) < 0 and text.find("\t", line_start, end) < 0:
            columns = None  # the table, if any, has ended
            continue
        cells = _cells(text, line_start, end)
        if len(cells) < 2:
            continue
        if not any(_DIGIT_RE.search(text, a, b) for a, b in cells[1:]):
            measures = [_column_measure(text[a:b]) for a, b in cells]
            # (a table of people held or freed says so in its header or the lines above it:
            # not "Seats held" in a table of votes)
            if any(measures[1:]) and PRISON_TOPIC_RE.search(text, max(0, line_start - 300), end):
                columns = measures  # a header; a rule row ("---|---") leaves it as it was
            continue
        if columns is None:
            continue
        when = find_dates(text, cells[0][0], cells[0][1], published, later=False)
        if not when:
            continue  # ("Total | 205": no date, the sum of the rows above)
        for column, (a, b) in enumerate(cells[1:], 1):
            measure = columns[column] if column < len(columns) else None
            count = _COUNT_CELL_RE.fullmatch(text, a, b) if measure is not None else None
            if measure is None or count is None:
                continue
            value = int(re.sub(r"\D", "", count.group("value")))
            qualifier: Qualifier = "about" if count.group("about") else "exact"
            out.append(Figure(measure, value, qualifier, when[0][1], a, b))
    return out


def outside_tables(text: str, figures: list[Figure], tabled: list[Figure]) -> list[Figure]:
    """Return ``figures`` less those read in the rows ``tabled`` came from: a table's row read
    as prose as well counts its cells once."""
    if not tabled:
        return figures
    rows = [(text.rfind("\n", 0, f.start) + 1, text.find("\n", f.end)) for f in tabled]
    return [f for f in figures if not any(a <= f.start < b for a, b in rows)]
