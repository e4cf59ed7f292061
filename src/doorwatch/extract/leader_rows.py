"""Dated rows whose date and step are joined by dot leaders, as a report's chronology sets them:

    August 2023 ....... Restrictions imposed on Belavia
    11 September 2025 . Belavia sanctions eased

The dots stand for the gap between two columns, not for the end of a sentence: read as dots,
the row ends at them and the step after them is cut from its date. ``blank_leaders`` turns
them into the spaces they stand for, offsets kept, so that such a row reads like one laid out
with spaces. A row of counts ("Political prisoners held ........ 1,473") keeps its dots (its
label is no date, and the count after them is read by ``count_tables``).
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract.dates import DATE_ONLY

# a row's date, from the line's start: "August 2023", "11 September 2025", "Sept 2021"
_DATED_ROW_RE: Final = re.compile(rf"[ \t]*{DATE_ONLY}[ \t]+$")
# the leaders: dots with a space on each side, then the step's first letter
_LEADERS_RE: Final = re.compile(r"(?<= )\.+(?= +[A-Za-z])")


def blank_leaders(text: str) -> str:
    """Return ``text`` with the dot leaders between a dated row's date and its words as
    spaces (same length, so offsets hold); a text without such rows is returned as it is."""
    if " ." not in text:
        return text
    pieces: list[str] = []
    last = 0
    for leaders in _LEADERS_RE.finditer(text):
        start = text.rfind("\n", 0, leaders.start()) + 1
        if _DATED_ROW_RE.match(text, start, leaders.start()) is None:
            continue
        pieces.append(text[last : leaders.start()])
        pieces.append(" " * (leaders.end() - leaders.start()))
        last = leaders.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)
