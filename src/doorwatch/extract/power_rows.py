"""Measures in force told row by row, each row opening with the power that keeps it:

    Current measures:
      - United States: Belaruskali under blocking sanctions since August 2021.
      - Lithuania: transit via Klaipeda halted since February 2022.

    EU          Belarusian carriers banned from EU airspace since June 2021
    UK          Belavia's operating permit suspended since May 2021

A row is a line that opens with a power's name, then a colon or a gap of spaces, then what
the power keeps in force, with a word that says it still holds ("since", "remains", "in
force", "unchanged"). What comes before the measure's state ("halted", "under … sanctions",
"on the Treasury blocked list") is its target. Rows are read only where at least two of them
stand in the text: one line that opens with a power is as likely prose. A row that says a
measure may come, or was eased or lifted, is left to the other readers.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from doorwatch.extract.claims import Sanction
from doorwatch.extract.dates import find_dates
from doorwatch.extract.line_patterns import line_matches
from doorwatch.extract.sanction_tables import cell_powers, cell_targets

# a row: its bullet, its power cell (a few words) and what follows a colon or a gap
_ROW_RE: Final = re.compile(
    r"^[ \t]*(?:[-*•·]\s+)?(?P<power>[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){0,3})"
    r"(?::[ \t]+|[ \t]{2,}|\t)(?P<rest>\S[^\n]*)$",
    re.MULTILINE,
)
# what stands between a row's power and the rest of its line: a colon, two spaces or a tab
_ROW_SEPARATORS: Final = (":", "  ", "\t")
# what says the measure still holds
_HOLDS_RE: Final = re.compile(
    r"\b(?:since|in\s+force|remains?|unchanged|stays?|still|in\s+place)\b"
)
# what says the row tells a measure at all (not "Poland: in exile since 2021")
_MEASURE_RE: Final = re.compile(
    r"\b(?:sanction\w*|[Bb]an(?:s|ned)?|embargo\w*|restrict\w*|freez\w*|frozen|blocked|"
    r"blocking|listed|listing|designat\w*|halted|closed|suspended|severed|barred|stopped|"
    r"controls)\b"
)
# what says it may come, or that it no longer holds whole
_NOT_HELD_RE: Final = re.compile(
    r"\b(?:may|might|could|would|will|expected|consider\w*|propos\w*|plan\w*|possible|"
    r"probability|likely|talks?|lift\w*|eas\w*|relief|reliev\w*|remov\w*|suspend\w*\s+until|"
    r"reopen\w*|restor\w*|Probability|Possible|Likely)\b"
)
# where the target ends and the measure's state begins
_STATE_RE: Final = re.compile(
    r"[,;]?\s+(?:under\b|on\s+the\b|halted|closed|suspended|severed|barred|banned|listed|"
    r"blocked|designated|stopped|cut|in\s+force|remains?\b|unchanged|stays?\b|since\b|"
    r"\(since|no\s+licen)|[,;]?\s*\(since",
)
# the parts of one row: "Air links severed since 2021; airspace closed since February 2022",
# "officials listed since 2020, state-linked entities since 2021"
_PART_RE: Final = re.compile(
    r"[^;]+?(?=;|,\s+(?!in\s+force|since|remains?|unchanged|still)[^,;]*\bsince\b|$)"
)
# measures counted or named in the plural with no target ("three rounds since October",
# "existing designations remain"): what they hit is told elsewhere, if at all
_NO_TARGET_RE: Final = re.compile(
    r"(?:\S+\s+)*?(?:rounds|packages|designations|listings|measures|sanctions|steps)$"
)
# the states that say what their target is ("officials listed", "transit via Klaipeda halted"),
# unlike "remain" or "since" after a measure's own name ("existing designations remain")
_TARGET_STATE_RE: Final = re.compile(
    r"\s+(?:halted|closed|suspended|severed|barred|banned|listed|blocked|designated|stopped|cut)\b"
)


def power_row_sanctions(text: str, published: dt.date | None) -> list[Sanction]:
    """Return the measures in force that rows opening with a power give, one for each
    target of each part of a row, dated by the part's "since"; none when fewer than two
    such rows stand in ``text``."""
    rows: list[tuple[list[str], re.Match[str]]] = []
    for row in line_matches(_ROW_RE, text, needs=_ROW_SEPARATORS):
        rest = row.group("rest")
        if (
            _HOLDS_RE.search(rest) is None
            or _MEASURE_RE.search(rest) is None
            or _NOT_HELD_RE.search(rest) is not None
        ):
            continue
        powers = cell_powers(row.group("power"))
        if powers:
            rows.append((powers, row))
    if len(rows) < 2:
        return []
    out: list[Sanction] = []
    for powers, row in rows:
        a, b = row.span("rest")
        stated = False  # (a state told once holds for the parts after it: "…, banks since 2021")
        for part in _PART_RE.finditer(text, a, b):
            start, end = part.span()
            start += len(part.group()) - len(part.group().lstrip(" ,"))
            state = _STATE_RE.search(text, start, end)
            if state is None or state.start() == start:
                continue
            when = find_dates(text, state.start(), end, published, later=False)
            date = when[0][1] if when else None
            told = text[start : state.start()]
            if _NO_TARGET_RE.fullmatch(told):
                continue
            # (a cell's reading leaves out what the row itself names plainly: "officials",
            # "transit via Klaipeda")
            stated = stated or _TARGET_STATE_RE.match(text, state.start()) is not None
            plain = [told] if stated else []
            for target in cell_targets(told) or plain:
                at = text.find(target, start, end)
                out.extend(
                    Sanction("imposed", target, power, date, at, at + len(target))
                    for power in powers
                )
    return out
