"""Sanctions in the profile of one person or body, as sanctions databases and screening
services write it: the profile names its subject in a field ("Name: SURNAME, Given names") or
in a line of its own ("SURNAME Given Patronymic"), then tables the powers that listed it, with a
column of powers and one of dates and none of targets, since every row is about the subject:

    Authority / list             Regime / legal basis                 Listed on
    United Kingdom – OFSI        The Republic of Belarus (Sanctions)  29 September 2020

Each row is the subject listed by each power its power cell names, on the row's date; a row
whose end date is filled in, or whose status says the listing was removed, also lifts it. The
column words are ``sanction_columns`` in ``data/extract/tables.yaml``, as for other sanctions
tables (``sanction_tables``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.claims import Sanction
from doorwatch.extract.dates import dotted_date, find_dates
from doorwatch.extract.sanction_shapes import LIFT
from doorwatch.extract.sanction_tables import cell_powers
from doorwatch.extract.text_tables import may_hold_table, table_rows

_COLUMNS: Final = tuple(lx.table("tables", "sanction_columns").items())
_UP: Final = "A-ZÀ-ÖØ-Þ"
# the subject's name field ("Name:", "NAME:", "Full name:"; not "Other names:")
_NAME_FIELD_RE: Final = re.compile(
    r"(?m)^[ \t]*(?:(?:[Ff]ull|FULL|[Ee]ntity|ENTITY|[Pp]rimary|PRIMARY)[ \t]+)?"
    r"(?:Name|NAME)[ \t]*:[ \t]*(?P<value>[^\n]*?)[ \t]*$"
)
# a name as lists write it, the family name first in capitals ("LUKASHENKO, Alexander
# Grigoryevich", "TERTEL Ivan Stanislavovich")
_LISTED_NAME_RE: Final = re.compile(
    rf"(?P<family>[{_UP}][{_UP}’'-]+(?:[ -][{_UP}][{_UP}’'-]+)?),?[ \t]+"
    rf"(?P<given>[{_UP}][a-zà-ÿ’'-]+(?:[ \t]+[{_UP}][a-zà-ÿ’'-]+){{0,2}})"
)
_HEAD_LINES: Final = 12  # how many of a profile's first lines may give its subject as a line alone
_REMOVED_RE: Final = re.compile(rf"\b(?:{LIFT}|removed|delisted|revoked|expired|inactive)\b", re.I)


def profile_sanctions(text: str, published: dt.date | None) -> list[Sanction]:
    """Return the listings of a profile's subject that the profile's table of listings gives,
    one for each power of a row (and its removal where the row tells one); none when the text
    is no profile."""
    if not may_hold_table(text):
        return []
    name = _subject(text)
    if name is None:
        return []
    out: list[Sanction] = []
    for row in table_rows(text, _COLUMNS, _is_listings):
        out.extend(_row_sanctions(text, row, name, published))
    return out


def _is_listings(kinds: list[str | None]) -> bool:
    """Return True when a header's cells, by their kinds, give a column of powers and one of
    dates and none of targets: a profile's table of listings."""
    return "imposer" in kinds and "date" in kinds and "target" not in kinds


def _subject(text: str) -> str | None:
    """Return the name of a profile's subject as a sentence writes it; None when the text
    names no subject so."""
    field = (
        _NAME_FIELD_RE.search(text) if text.find("Name") >= 0 or text.find("NAME") >= 0 else None
    )
    if field is not None and field.group("value"):
        value = field.group("value")
        listed = _LISTED_NAME_RE.fullmatch(value)
        return _as_written(listed) if listed else value
    start = 0
    for _ in range(_HEAD_LINES):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        listed = _LISTED_NAME_RE.fullmatch(text, start, end)
        if listed is not None:
            return _as_written(listed)
        if end >= len(text):
            break
        start = end + 1
    return None


def _as_written(listed: re.Match[str]) -> str:
    """Return a listed name in the order a sentence gives it: given names, then the family
    name with only its first letter in capitals ("Ivan Stanislavovich Tertel")."""
    family = "-".join(part.capitalize() for part in listed.group("family").split("-"))
    return f"{listed.group('given')} {family}"


def _row_sanctions(
    text: str,
    row: dict[str, list[tuple[int, int]]],
    subject: str,
    published: dt.date | None,
) -> list[Sanction]:
    """Return the listings of a profile's subject that one row of its table gives."""
    if "imposer" not in row or "date" not in row:
        return []
    powers = cell_powers(text[slice(*row["imposer"][0])])
    listed = _date(text, row["date"], published)
    if not powers or listed is None:
        return []
    # (the row is the claim's evidence: from its power to its last cell)
    a, b = row["imposer"][0][0], max(end for cells in row.values() for _, end in cells)
    out = [Sanction("imposed", subject, power, listed, a, b) for power in powers]
    ended = _date(text, row.get("end", []), published)
    status = " ".join(text[c:d] for c, d in row.get("status", []))
    if ended is not None or _REMOVED_RE.search(status):
        out.extend(Sanction("lifted", subject, power, ended, a, b) for power in powers)
    return out


def _date(text: str, cells: list[tuple[int, int]], published: dt.date | None) -> str | None:
    """Return the date the last of ``cells`` that gives one gives (a day first, with dots:
    "02.10.2020"), or None."""
    for a, b in reversed(cells):
        dotted = dotted_date(text, a, b)
        if dotted is not None:
            return dotted
        when = find_dates(text, a, b, published, later=False)
        if when:
            return when[0][1]
    return None
