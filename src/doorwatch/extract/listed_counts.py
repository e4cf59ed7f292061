"""Counts given as the items of a list that a line ending in a colon introduces:

    Belarus has now announced three batches of pardons since early July:
      • 18 people in July, the largest single release since 2020;
      • 30 people on 16 August, 14 women and 16 men;
      • 13 more on 22 August.

The line before the list says what is counted ("pardons": those freed), each item how many
and when. An item is read only when it opens with its count of people ("18 people", "13
more"), and only a count no other reading of the text gave is kept.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from doorwatch.extract.claims import Figure
from doorwatch.extract.count_tables import COLUMN_MEASURES
from doorwatch.extract.dates import find_dates
from doorwatch.extract.text_tables import column_kind

# a list's item: its mark, then a count of people first ("• 18 people in July, …")
_ITEM_RE: Final = re.compile(
    r"^[ \t]*[•▪◦*–-][ \t]*(?P<value>\d{1,3}(?:,\d{3})+|\d{1,4})[ \t]+"
    r"(?:people|persons|prisoners|political[ \t]+prisoners|more|others)\b(?P<rest>[^\n]*)$",
    re.MULTILINE,
)
# the line that introduces the list, ending in a colon
_INTRO_RE: Final = re.compile(r"(?:^|\n)(?P<line>[^\n]*[A-Za-z][^\n]*):[ \t]*\n$")
# the kinds of count a list's items may give (those held are a state on a day, never told as
# dated items)
_KINDS: Final = {"prisoners_released", "prisoners_detained", "prisoners_designated"}


def listed_counts(text: str, published: dt.date | None, told: list[Figure]) -> list[Figure]:
    """Return the counts the items of the lists in ``text`` give, each of the kind the line
    introducing its list names and on the item's own date, leaving out a value ``told``
    already gives for that kind."""
    if "•" not in text and "\n-" not in text and "\n " not in text:
        return []
    out: list[Figure] = []
    known = {(f.measure, f.value) for f in told}
    intro_end = -1
    measure: str | None = None
    for item in _ITEM_RE.finditer(text):
        line_start = item.start()
        if line_start != intro_end:
            # (a new list: the line right above it introduces it)
            intro = _INTRO_RE.search(text, max(0, line_start - 300), line_start)
            measure = (
                column_kind(intro.group("line"), COLUMN_MEASURES) if intro is not None else None
            )
        intro_end = item.end() + 1
        if measure not in _KINDS:
            continue
        value = int(item.group("value").replace(",", ""))
        if (measure, value) in known:
            continue
        when = find_dates(text, item.start("rest"), item.end("rest"), published)
        known.add((measure, value))
        out.append(
            Figure(measure, value, "exact", when[0][1] if when else None, *item.span("value"))
        )
    return out
