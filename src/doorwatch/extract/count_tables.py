"""Counts in a table: a header row whose cells say what each column counts ("Held", "Newly
recognised", "Released") above rows whose first cell says when ("June 2025", "31 December
2024") and whose other cells are numbers. Cells stand between "|" marks or tabs.

A row's count is of its column's kind (``column_measures`` in ``data/extract/tables.yaml``), on
its row's date; a cell that holds no number ("–", "n/a") counts nothing, and a row whose first
cell names no date (a total, a note) is not read.

A table set in plain text lines its columns up with spaces ("31 Dec 2020       169"); a
row's cell then belongs to the header cell above it. A list of key figures gives one count a
line after dot leaders or a colon ("Political prisoners held ........ 1,473"): its words say
what it counts, its own date or the "as of" date above it when it is, and a line indented
under it with a dash ("— 16 Sept, Unity Day pardon ..... 25") is a part of the same kind. A
chart's data line gives a month and a count a cell ("Jan 1,429 | Apr 1,413"), of the kind and
in the year the line above it names.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.claims import Figure, Qualifier
from doorwatch.extract.count_context import PRISON_TOPIC_RE, SERVED_RE, prisoners_named
from doorwatch.extract.count_cues import CUE_MEASURES, PEOPLE
from doorwatch.extract.dates import DATE_ONLY, MONTH_PATTERN, MONTHS, find_dates
from doorwatch.extract.text_tables import (
    column_kind,
    is_ruled,
    is_sentence,
    may_hold_table,
    row_columns,
    table_lines,
)

# the words of a header cell or a label and the kind of count they say (also read by
# listed_counts for the line a list's items follow)
COLUMN_MEASURES: Final = tuple(lx.table("tables", "column_measures").items())

# a cell that is a count: "1,177", "~40", "about 1,100", "38*" (a footnote's mark after it)
# ("at least 3": a floor the cell tells)
_COUNT_CELL_RE: Final = re.compile(
    r"(?:(?P<about>~|c\.\s*|about\s+|approx\.\s*|some\s+)|(?P<least>at\s+least\s+))?"
    r"(?P<value>\d{1,3}(?:[,\u00a0 ]\d{3})+|\d+)\s*[*†‡]?"
)
_DIGIT_RE: Final = re.compile(r"\d")
# a note in brackets after a cell's count ("~1,300 (figure used in US talks)"), and two
# counts a cell adds up ("30 + 13": two decrees in one month)
# ("14, incl. two Americans; taken to Lithuania": who were among them, after a comma)
_CELL_NOTE_RE: Final = re.compile(
    r"\s*\([^()\n]{1,60}\)\s*$|"
    r"\s*,\s+(?:incl\.|including|among\s+(?:them|whom)|of\s+whom)\s[^|\n]{1,120}$"
)
_CELL_SUM_RE: Final = re.compile(r"\s*\+\s*")
# a table's caption names the year its rows' months fall in ("Table 1. Pardon rounds,
# July–December 2024", "Exhibit 1. US–Belarus exchanges, 2025")
_CAPTION_RE: Final = re.compile(r"(?:Table|Exhibit|Figure|Chart)\s+\w{1,4}[.:]")
_CAPTION_REACH: Final = 2  # how many lines above a header its caption may stand


def table_figures(text: str, published: dt.date | None) -> list[Figure]:
    """Return the counts the tables and key-figure lists of ``text`` give, one a cell or a
    line, each with its row's date."""
    out = _leader_figures(text, published)
    if not may_hold_table(text):
        return out  # most texts hold no table
    # (a line read as a key figure is not read again as a table's row)
    read = {text.rfind("\n", 0, figure.start) + 1 for figure in out}
    columns: list[str | None] | None = None
    anchor = published  # what a row's date is read before: the caption's year, when it names one
    # a plain-text header's cells, as offsets in its line, to place a row's cells under
    header: list[tuple[int, int]] = []
    for line_start, end, cells in table_lines(text):
        if line_start in read:
            continue
        if len(cells) < 2:
            columns = None  # the table, if any, has ended
            continue
        series = _series(text, line_start, cells)
        if series:
            out.extend(series)
            continue
        if not any(_DIGIT_RE.search(text, a, b) for a, b in cells[1:]):
            if not is_ruled(text, line_start, end) and is_sentence(text, cells):
                columns = None  # (a sentence with two spaces in it, not a header)
                continue
            measures = [column_kind(text[a:b], COLUMN_MEASURES) for a, b in cells]
            if not any(measures[1:]):
                measures = _captioned_counts(text, line_start, cells)
            # (a table of people held or freed says so in its header or the lines above it:
            # not "Seats held" in a table of votes)
            if any(measures[1:]) and PRISON_TOPIC_RE.search(text, max(0, line_start - 300), end):
                columns = measures  # a header; a rule row ("---|---") leaves it as it was
                header = [(a - line_start, b - line_start) for a, b in cells]
                anchor = _caption_year(text, line_start) or published
            continue
        if columns is None:
            out.extend(_labelled_row(text, cells, anchor))
            continue
        when = find_dates(text, cells[0][0], cells[0][1], anchor, later=False)
        if not when:
            # ("| Viasna | 30 Sep 2025 | 1,201 |": a source first, the date in a cell of its
            # own that counts nothing)
            when = next(
                (
                    found
                    for column, (a, b) in enumerate(cells[1:], 1)
                    if column < len(columns) and columns[column] is None
                    for found in [find_dates(text, a, b, anchor, later=False)]
                    if found and _DATE_CELL_RE.fullmatch(text, a, b)
                ),
                [],
            )
        if not when:
            continue  # ("Total | 205": no date, the sum of the rows above)
        for column, (a, b) in row_columns(text, line_start, cells, header):
            # (the first column is the row's date)
            measure = columns[column] if 0 < column < len(columns) else None
            if measure is None:
                continue
            for value, qualifier, at, to in _cell_counts(text, a, b):
                out.append(Figure(measure, value, qualifier, when[0][1], at, to))
    return out


def _labelled_row(text: str, cells: list[tuple[int, int]], anchor: dt.date | None) -> list[Figure]:
    """Return the count a row gives whose first cell says what it counts, with a cell of its
    own for the count and one for its date ("| Recognised political prisoners | 1,446 | 31 Dec
    2022 |", under "| Indicator | Value | Reference date |"); none for any other row."""
    label = text[cells[0][0] : cells[0][1]]
    measure = None if _DIGIT_RE.search(label) else column_kind(label, COLUMN_MEASURES)
    if measure is None:
        return []
    dated = [
        (a, b)
        for a, b in cells[1:]
        if _DATE_CELL_RE.fullmatch(text, a, b)
        or _YEAR_CELL_RE.fullmatch(text, a, b)
        or _PERIOD_CELL_RE.fullmatch(text, a, b)
    ]
    counted = [(a, b) for a, b in cells[1:] if (a, b) not in dated and _DIGIT_RE.search(text, a, b)]
    if len(dated) != 1 or len(counted) != 1:
        return []
    a, b = dated[0]
    if (period := _PERIOD_CELL_RE.fullmatch(text, a, b)) is not None:
        a, b = period.span("end")  # ("May 2020 - Dec 2025": a period's count, as at its end)
    # ("| … | 509 | 2025 |": a year's whole, dated by the year alone)
    when = text[a:b] if _YEAR_CELL_RE.fullmatch(text, a, b) else None
    if when is None:
        found_dates = find_dates(text, a, b, anchor, later=False)
        when = found_dates[0][1] if found_dates else None
    found = _cell_counts(text, *counted[0])
    if when is None or len(found) != 1:
        return []
    value, qualifier, at, to = found[0]
    return [Figure(measure, value, qualifier, when, at, to)]


# a cell that is a year alone ("2022"), the date of a row that counts a year's whole
_YEAR_CELL_RE: Final = re.compile(r"(?:19|20)\d\d")
# a cell that is a date and nothing more ("30 Sep 2025", "31 January 2024", "2025-09-30")
_DATE_CELL_RE: Final = re.compile(
    rf"(?:\d{{1,2}}\s+)?(?:{MONTH_PATTERN})\.?(?:\s+\d{{1,2}},?)?\s+(?:19|20)\d\d|"
    r"(?:19|20)\d\d-\d\d(?:-\d\d)?"
)
# a cell that is a period and nothing more ("May 2020 - Dec 2025", "July 2024 – Dec 2025")
_PERIOD_CELL_RE: Final = re.compile(
    rf"(?:{_DATE_CELL_RE.pattern}|(?:19|20)\d\d)\s*[-–—]\s*(?P<end>{_DATE_CELL_RE.pattern}|(?:19|20)\d\d)"
)
# a header cell that says its column counts, and nothing of what ("Count", "Number")
_COUNT_HEADER_RE: Final = re.compile(r"(?:[Cc]ount|[Nn]umber|[Tt]otal|[Ff]igure)s?")


def _captioned_counts(
    text: str, header_start: int, cells: list[tuple[int, int]]
) -> list[str | None]:
    """Return the kinds of a header's columns when the one column that counts is named only
    "Count" and the line just above the header says what it counts ("Viasna human-rights
    centre, political prisoners:"): that column of the caption's kind, the others of none;
    no kinds otherwise."""
    none: list[str | None] = [None] * len(cells)
    counting = [i for i, (a, b) in enumerate(cells) if _COUNT_HEADER_RE.fullmatch(text, a, b)]
    if len(counting) != 1 or counting[0] == 0 or header_start < 2:
        return none
    above_start = text.rfind("\n", 0, header_start - 1) + 1
    above = text[above_start : header_start - 1]
    if not above.rstrip().endswith(":"):
        return none
    kind = column_kind(above, COLUMN_MEASURES)
    if kind is None:
        return none
    out = list(none)
    out[counting[0]] = kind
    return out


def _cell_counts(text: str, start: int, end: int) -> list[tuple[int, Qualifier, int, int]]:
    """Return each count a cell gives, with its qualifier and offsets: one count ("1,177",
    "~40", "at least 3", "~1,300 (figure used in US talks)", "14, incl. two Americans") or two
    a cell adds up ("30 + 13"); none when the cell is no count."""
    note = _CELL_NOTE_RE.search(text, start, end)
    if note is not None and note.start() > start:
        end = note.start()
    parts = [start]
    for plus in _CELL_SUM_RE.finditer(text, start, end):
        parts.extend((plus.start(), plus.end()))
    parts.append(end)
    out: list[tuple[int, Qualifier, int, int]] = []
    for a, b in zip(parts[::2], parts[1::2], strict=True):
        count = _COUNT_CELL_RE.fullmatch(text, a, b)
        if count is None:
            return []
        value = int(re.sub(r"\D", "", count.group("value")))
        qualifier: Qualifier = (
            "about" if count.group("about") else "at_least" if count.group("least") else "exact"
        )
        out.append((value, qualifier, a, b))
    return out


def _caption_year(text: str, header_start: int) -> dt.date | None:
    """Return the last day of the one year a table's caption just above its header names
    ("Table 1. Pardon rounds, July–December 2024"), the date its rows' months are read
    before; None when no caption stands there or it names several years."""
    end = header_start - 1
    for _ in range(_CAPTION_REACH):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        if _CAPTION_RE.match(text, start, end) is not None:
            years = set(_YEAR_RE.findall(text, start, end))
            return dt.date(int(years.pop()), 12, 31) if len(years) == 1 else None
        end = start - 1
    return None


# "Jan 1,429 | Apr 1,413 | Jul 1,409 | Oct 1,299" under "Political prisoners held, end of
# month, 2024 (Viasna):": a chart's data, a month and its count a cell, of the kind and in the
# year the line above names
_SERIES_CELL_RE: Final = re.compile(
    rf"(?P<month>{MONTH_PATTERN})(?:\s+(?P<year>(?:19|20)\d\d))?\s+(?P<value>\d{{1,3}}(?:,\d{{3}})+|\d+)"
)
_YEAR_RE: Final = re.compile(r"\b(?:19|20)\d\d\b")


def _series(text: str, line_start: int, cells: list[tuple[int, int]]) -> list[Figure]:
    """Return the counts of a line whose cells each give a month and a count, of the kind
    and in the year the line above it names; none when the line is no such series."""
    found = [m for m in (_SERIES_CELL_RE.fullmatch(text, a, b) for a, b in cells) if m]
    if len(found) < len(cells):
        return []
    above_end = text.rfind("\n", 0, max(0, line_start - 1))
    above = text[above_end + 1 : max(0, line_start - 1)]
    measure = column_kind(above, COLUMN_MEASURES)
    if measure is None or not PRISON_TOPIC_RE.search(above):
        return []
    years = _YEAR_RE.findall(above)
    out: list[Figure] = []
    for match in found:
        year = match.group("year") or (years[0] if years else None)
        if year is None:
            return []
        month = MONTHS[match.group("month").rstrip(".").lower()]
        value = int(match.group("value").replace(",", ""))
        out.append(Figure(measure, value, "exact", f"{year}-{month:02d}", *match.span("value")))
    return out


# the noun a key figure may carry after it ("29 people")
_PEOPLE: Final = r"(?:people|persons|individuals|prisoners|political\s+prisoners)"
# the words before a key figure that say how it stands to its number ("at least 470")
_QUALIFIER: Final = r"at\s+least|more\s+than|over|about|nearly|almost|some|~|c\."
# "  Political prisoners held ................. 1,473", "– recognised during 2025: 509",
# "    — 16 Sept, Unity Day pardon ................ 25 (12 women, 13 men)": a key figure a line
# ("| Political prisoners held (Viasna, April 2024) | about 1,400 |": a two-cell row of a
# table of key figures, the label's cell then the count's)
# ("Political prisoners held, 23 December      1,135   Viasna": a column of sources after the
# count, set off by a gap of spaces)
# ("| Political prisoners held, 31 December 2025 | 1,131 | Viasna |": the source's own cell)
_SOURCE_CELL: Final = r"(?:(?:[ \t]{2,}|[ \t]*\|[ \t]*)[A-Z][A-Za-z ,’'&-]{0,40}?)?"
_LEADER_LINE_RE: Final = re.compile(
    r"(?P<indent>[ \t]*)(?:\|[ \t]*)?(?P<dash>[-–—•·]\s*)?"
    # ("1. 31 December 2020 → 169": a numbered line, its date, an arrow to its count)
    r"(?:\d{1,2}\.[ \t]+(?=[^\n]*→))?"
    # ("Newly recognised during 2025          509": a gap of spaces for the leaders)
    r"(?P<label>[^\n.:…|→]*?[A-Za-z][^\n.:…|→]*?)(?:\s*(?:\.{2,}|…+|:|\||→)|[ \t]{3,})[ \t]*"
    rf"(?P<qualifier>{_QUALIFIER})?\s*"
    r"(?P<value>\d{1,3}(?:,\d{3})+|\d+)[*†‡]?"
    # ("Latest pardon ........ 29 people (11 women, 18 men)": the count's own noun)
    # ("227 (Viasna annual review)[2]": a reference work's note marks after the count)
    rf"(?:[ \t]+{_PEOPLE})?[ \t]*(?:\([^)\n]*\))?{_SOURCE_CELL}(?:\[\d{{1,3}}\])*[ \t]*\|?[ \t]*$"
)
_LEADER_QUALIFIERS: Final[dict[str, Qualifier]] = {
    "at least": "at_least",
    "more than": "more_than",
    "over": "more_than",
    "about": "about",
    "~": "about",
    "c.": "about",
    "some": "about",
    "nearly": "about",
    "almost": "about",
}
# the day a list of key figures stands on: "KEY FIGURES (as of 31 October 2023)"
_AS_OF_LINE_RE: Final = re.compile(r"\b[Aa]s\s+(?:of|at)\s+(?=\S)")
_AS_OF_REACH: Final = 400
# "since" just before a date or at its start (a date's match may hold its own "since")
_SINCE_RE: Final = re.compile(r"\b(?:[Ss]ince|[Ff]rom)\b")


# the end of such a line, found first: a line is read whole only where its end is a count
# after leaders or a colon (reading every line's label would cost a fifth of the reading)
_LEADER_END_RE: Final = re.compile(
    rf"(?:\.{{2,}}|…+|:|\||→|[ \t]{{3,}})[ \t]*(?:(?:{_QUALIFIER})\s*)?"
    rf"\d[\d,]*[*†‡]?(?:[ \t]+{_PEOPLE})?[ \t]*(?:\([^)\n]*\))?{_SOURCE_CELL}"
    r"(?:\[\d{1,3}\])*[ \t]*\|?[ \t]*$",
    re.MULTILINE,
)


# (two dots too: a line shortened to fit its column, "Newly recognised, December .. 50")
# a row that counts other things than people: a plural that opens the label, or one right
# before the kind's participle ("Families in Canada sponsoring released prisoners", "Food
# parcels delivered to detention facilities", "Immigration legal clinics held"), or deaths
_NOT_THINGS: Final = rf"(?!(?:{PEOPLE}|releases|pardons|recognitions|deaths|cases|names)\b)"
_THINGS_COUNTED_RE: Final = re.compile(
    rf"^\W*{_NOT_THINGS}[A-Z]?[a-z-]*[a-z]s\b(?!\s+(?:of|in|on)\s+(?:political\s+)?prisoners)"
    rf"|\b{_NOT_THINGS}[a-z-]+[a-z]s\s+(?:held|released|freed|pardoned|detained|arrested|"
    r"delivered|sent|prepared|provided|arranged|organi[sz]ed|given|paid)\b"
    # ("Died in custody in 2025 ........ 2": deaths, not those held)
    r"|^\W*(?:died|deaths?)\b",
    re.IGNORECASE,
)
_TIMELINE_TOPIC_REACH: Final = 1500  # how far above a dated line its list may name what it counts
# a label that is a date alone ("31 December 2020", "Dec 2024")
_DATE_ONLY_RE: Final = re.compile(rf"\s*{DATE_ONLY}\s*")
_LEADER_MARKS: Final = (":", "..", "…", "|", "   ", "→")


def _leader_lines(text: str) -> list[re.Match[str]]:
    """Return the lines of ``text`` that give one key figure each (``_LEADER_LINE_RE``)."""
    # (tried only at a colon or leaders, found by plain searches: a pattern over the whole
    # text tries every full stop)
    starts: set[int] = set()
    for mark in _LEADER_MARKS:
        at = text.find(mark)
        while at >= 0:
            starts.add(at)
            at = text.find(mark, at + len(mark))
    out: list[re.Match[str]] = []
    last_line = -1
    for at in sorted(starts):
        end = _LEADER_END_RE.match(text, at)
        if end is None:
            continue
        line_start = text.rfind("\n", 0, at) + 1
        if line_start == last_line:
            continue  # (a line's leaders found from more than one of their dots)
        line = _LEADER_LINE_RE.fullmatch(text, line_start, end.end())
        if line is not None and text[line.end("label")] in " \t" and "  " in line.group("label"):
            continue  # (a gap for leaders only where the line has two cells, not a table's row)
        if line is not None:
            last_line = line_start
            out.append(line)
    return out


def _leader_figures(text: str, published: dt.date | None) -> list[Figure]:
    """Return the counts of the lines of ``text`` that give one key figure each after dot
    leaders or a colon, each of the kind its words name and on its own date or the list's."""
    out: list[Figure] = []
    parent: tuple[int, str, str | None] | None = None  # (indent, measure, date) of a line
    last_end = -1
    for line in _leader_lines(text):
        if line.start() - 1 > last_end:
            parent = None  # (lines apart from a list are not its parts)
        last_end = line.end()
        label_start, label_end = line.span("label")
        indent = len(line.group("indent").expandtabs())
        if SERVED_RE.search(line.group("label")):
            parent = None
            continue  # ("Former political prisoners assisted: 214": a caseload)
        if _THINGS_COUNTED_RE.search(line.group("label")):
            parent = None
            continue  # ("Immigration legal clinics held: 6": what a programme did, counted)
        measure = column_kind(line.group("label"), COLUMN_MEASURES)
        date = _label_date(text, label_start, label_end, published)
        if (
            measure is None
            and date is not None
            and text.find("→", label_end, line.start("value")) >= 0
            and _DATE_ONLY_RE.fullmatch(line.group("label"))
            # (political prisoners named above: the list's title or its lead-in)
            and prisoners_named(text, line.start(), line.start(), _TIMELINE_TOPIC_REACH)
        ):
            # ("1. 31 December 2020 → 169" in a timeline of political prisoners: the count
            # on that day of those the text counts)
            measure = CUE_MEASURES["held"]
        if measure is None:
            if parent is None or line.group("dash") is None or indent <= parent[0]:
                continue
            measure = parent[1]  # a part of the line above, of the same kind
            date = date or parent[2]
        elif not (
            # (the text above speaks of prisons, or the label of prisoners: not "Releases of
            # the app: 12")
            PRISON_TOPIC_RE.search(text, 0, line.start())
            or "prisoner" in line.group("label").lower()
        ):
            continue
        else:
            date = date or _list_date(text, line.start(), published)
            if parent is None or line.group("dash") is None or indent <= parent[0]:
                # (a part that names its own kind, "— 16 Sept, Unity Day pardon ..... 25",
                # leaves the line above the parent of the parts after it)
                parent = (indent, measure, date)
        qualifier = _LEADER_QUALIFIERS.get(" ".join((line.group("qualifier") or "").split()))
        value = int(line.group("value").replace(",", ""))
        a, b = line.span("value")
        out.append(Figure(measure, value, qualifier or "exact", date, a, b))
    return out


def _label_date(text: str, start: int, end: int, published: dt.date | None) -> str | None:
    """Return the date a key figure's label names for its count, or None (a "since" date is
    where a total starts counting, not its day)."""
    for at, iso in find_dates(text, start, end, published, later=False):
        if not _SINCE_RE.search(text, max(start, at - 8), at + 5):
            return iso
    return None


def _list_date(text: str, at: int, published: dt.date | None) -> str | None:
    """Return the "as of" date the lines above ``at`` give a list of key figures, or None."""
    headings = list(_AS_OF_LINE_RE.finditer(text, max(0, at - _AS_OF_REACH), at))
    if not headings:
        return None
    heading = headings[-1]
    line_end = text.find("\n", heading.end())
    when = find_dates(text, heading.end(), line_end if line_end >= 0 else at, published, False)
    return when[0][1] if when else None
