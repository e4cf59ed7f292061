"""Tables set in text: their lines' cells, between "|" marks or tabs, or lined up with two
spaces or more ("31 Dec 2020       169"), and which header cell a plain-text row's cell stands
under. A wiki's table markup is read the same way: a header line of cells after "!" marks
("! As of !! Held"), and the "{|", "|-" and "|}" lines that open, part and close its rows,
which end no table. The counts and the sanctions of a table are read by ``count_tables``,
``sanction_tables`` and ``profile_listings`` through these.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Final, Protocol, TypeVar

_CELL_RE: Final = re.compile(r"[^|\t\n]+")
_DIGIT_RE: Final = re.compile(r"\d")
# a plain-text table's cells stand apart by two spaces or more
_SPACED_CELL_RE: Final = re.compile(r"\S+(?: \S+)*")
SPACED_GAP: Final = "  "
# a header cell set in plain text is a few words, not a sentence
HEADER_WORDS: Final = 6


# (the last text asked about and its answer: the table readers ask of one text in turn)
_LAST_ASKED: list[tuple[str, bool]] = []


def clear_cache() -> None:
    """Forget the last text ``may_hold_table`` was asked about; return nothing."""
    _LAST_ASKED.clear()


def may_hold_table(text: str) -> bool:
    """Return True when ``text`` has a "|", a tab or two spaces in a row: a table needs one."""
    if _LAST_ASKED and _LAST_ASKED[0][0] is text:
        return _LAST_ASKED[0][1]
    found = text.find("|") >= 0 or text.find("\t") >= 0 or text.find(SPACED_GAP) >= 0
    _LAST_ASKED[:] = [(text, found)]
    return found


# a wiki table's lines that hold no cells: the one that opens it ('{| class="wikitable"'), the
# one between two rows ("|-") and the one that closes it ("|}")
_WIKI_MARK_RE: Final = re.compile(r"[ \t]*(?:\{\||\|-|\|\})")
# a wiki table's header line: its cells after "!" and between "!!" marks
_WIKI_HEADER_RE: Final = re.compile(r"[ \t]*!(?!!)")
_WIKI_HEADER_CELL_RE: Final = re.compile(r"[^!\n]+")


# a line that only rules a table: dashes or equals signs, with "+" where columns meet
_RULE_LINE_RE: Final = re.compile(r"[ \t]*[-=]{3,}(?:[ \t]*\+[ \t]*[-=]{3,})+[ \t]*")


def is_markup(text: str, start: int, end: int) -> bool:
    """Return True when the line ``text[start:end]`` only marks a table's shape: a rule of
    dashes with "+" where columns meet, or a wiki table's "{|", "|-" or "|}" line."""
    return bool(_RULE_LINE_RE.fullmatch(text, start, end)) or bool(
        _WIKI_MARK_RE.match(text, start) and text.count("|", start, end) <= 1
    )


def table_lines(text: str) -> Iterator[tuple[int, int, list[tuple[int, int]]]]:
    """Yield each line of ``text`` as its start, its end and its cells (``line_cells``): a
    line of fewer than two cells ends any table above it; a wiki table's markup lines are
    not yielded, so they end none."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if not is_markup(text, start, end):
            yield start, end, line_cells(text, start, end)
        start = end + 1


# the rule under a header of a table set in bars ("|---|:---|")
_RULE_UNDER_RE: Final = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|")


def table_rows(
    text: str,
    columns: Sequence[tuple[str, str]],
    header_ok: Callable[[list[str | None]], bool],
) -> Iterator[dict[str, list[tuple[int, int]]]]:
    """Yield each row of each table in ``text`` whose header the kinds of its cells (by
    ``columns``, see ``column_kind``) make ``header_ok``: the row's cells by the kind of the
    column they stand under, in order (a long cell of a plain-text row may reach under the
    next column's header, so a kind may get more than one)."""
    roles: list[str | None] | None = None
    header: list[tuple[int, int]] = []
    for line_start, end, cells in table_lines(text):
        if len(cells) < 2:
            roles = None  # the table, if any, has ended
            continue
        # ("| Measure | Imposer | Status after 13 Dec |" over "|---|---|---|": a header with a
        # date in it, known by the rule under it)
        digits = any(_DIGIT_RE.search(text, a, b) for a, b in cells)
        if not digits or _RULE_UNDER_RE.match(text, end + 1) or roles is None:
            if not digits and not is_ruled(text, line_start, end) and is_sentence(text, cells):
                roles = None
                continue
            found = [column_kind(text[a:b], columns) for a, b in cells]
            # (a line with digits, or one inside a table, is a header only where each of its
            # cells names a column: "Measure   Imposer   2025 action", not a row "Belavia,
            # remaining measures   United States   lifted, November")
            strict = (digits and not _RULE_UNDER_RE.match(text, end + 1)) or roles is not None
            if header_ok(found) and (not strict or None not in found):
                roles = found
                header = [(a - line_start, b - line_start) for a, b in cells]
                continue
        if roles is None:
            continue
        row: dict[str, list[tuple[int, int]]] = {}
        for column, cell in row_columns(text, line_start, cells, header):
            role = roles[column] if column < len(roles) else None
            if role is not None:
                row.setdefault(role, []).append(cell)
        yield row


def column_kind(cell: str, columns: Sequence[tuple[str, str]]) -> str | None:
    """Return the kind of the first of ``columns`` (words, kind) whose words the header cell
    ``cell`` holds, or None."""
    low = " ".join(cell.lower().split())
    return next((kind for words, kind in columns if words in low), None)


def is_ruled(text: str, start: int, end: int) -> bool:
    """Return True when the line ``text[start:end]`` marks its cells with "|" or tabs."""
    return text.find("|", start, end) >= 0 or text.find("\t", start, end) >= 0


def line_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the spans of the cells of the line ``text[start:end]``, each stripped: between
    "|" marks or tabs, or else apart by two spaces or more (none when the line has neither)."""
    if _WIKI_HEADER_RE.match(text, start) and text.find("!!", start, end) >= 0:
        return _stripped(text, _WIKI_HEADER_CELL_RE.finditer(text, start, end))
    if not is_ruled(text, start, end):
        if text.find(SPACED_GAP, start, end) < 0:
            return []
        return [cell.span() for cell in _SPACED_CELL_RE.finditer(text, start, end)]
    return _stripped(text, _CELL_RE.finditer(text, start, end))


def _stripped(text: str, cells: Iterator[re.Match[str]]) -> list[tuple[int, int]]:
    """Return the spans of ``cells`` with their spaces cut off, the blank ones left out."""
    out: list[tuple[int, int]] = []
    for cell in cells:
        lead = len(cell.group()) - len(cell.group().lstrip())
        trail = len(cell.group()) - len(cell.group().rstrip())
        if cell.end() - trail > cell.start() + lead:
            out.append((cell.start() + lead, cell.end() - trail))
    return out


def is_sentence(text: str, cells: list[tuple[int, int]]) -> bool:
    """Return True when a cell of a plain-text line is longer than a header's: the line is a
    sentence with two spaces in it, not a header."""
    return any(len(text[a:b].split()) > HEADER_WORDS for a, b in cells)


def _column_of(cell: tuple[int, int], line_start: int, header: list[tuple[int, int]]) -> int | None:
    """Return the index of the header cell (offsets in its own line) a plain-text row's
    ``cell`` stands under: the one it overlaps most, or None when it overlaps none."""
    best, most = None, 0
    for index, (a, b) in enumerate(header):
        overlap = min(b, cell[1] - line_start) - max(a, cell[0] - line_start)
        if overlap > most:
            best, most = index, overlap
    return best


def row_columns(
    text: str,
    line_start: int,
    cells: list[tuple[int, int]],
    header: list[tuple[int, int]],
) -> list[tuple[int, tuple[int, int]]]:
    """Return each cell of a row with the index of its header column: its place in a ruled
    row, or the header cell it stands under in a plain-text row (cells under none left out,
    but a last cell past the header's end is the last column's when none other is)."""
    if is_ruled(text, line_start, cells[-1][1]):
        return list(enumerate(cells))
    out: list[tuple[int, tuple[int, int]]] = []
    for cell in cells:
        column = _column_of(cell, line_start, header)
        if column is not None:
            out.append((column, cell))
    last = len(header) - 1
    if (
        header
        and (not out or out[-1][1] != cells[-1])
        and cells[-1][0] - line_start >= header[-1][1]
        and all(column != last for column, _ in out)
    ):
        # ("Listed on" over "29 September 2020", pushed right by a long cell before it): a
        # row's last cell past the header's end, with nothing under the last column, is that
        # column's
        out.append((last, cells[-1]))
    return out


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_Claim = TypeVar("_Claim", bound=_Spanned)


def outside_rows(text: str, claims: list[_Claim], tabled: Sequence[_Spanned]) -> list[_Claim]:
    """Return ``claims`` less those read in the cells of the rows ``tabled`` came from, up to
    the last cell read: a table's row read as prose as well counts once, as a row (a note in a
    cell after, "some 800 added during 2021", is read as prose)."""
    if not tabled:
        return claims
    rows: dict[int, int] = {}
    for c in tabled:
        line = text.rfind("\n", 0, c.start) + 1
        rows[line] = max(rows.get(line, 0), c.end)
    return [c for c in claims if not any(a <= c.start < b for a, b in rows.items())]
