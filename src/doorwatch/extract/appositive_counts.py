"""Counts told in apposition to the political prisoners they count: "if all the political
prisoners, some 1,300 by its count before the release, were freed", "The political prisoners,
about 1,150 at the end of the year, wait". The noun stands before the number, where no cue
for a count looks, and the aside between commas is the count of those held.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from doorwatch.extract.claims import Figure
from doorwatch.extract.count_qualifiers import qualifier_before
from doorwatch.extract.dates import in_date, point_date
from doorwatch.extract.numbers import Number

_NOUN_REACH: Final = 40  # how far before the number the noun and its comma may stand
_QUALIFIER_REACH: Final = 30  # the qualifier's words between the comma and the number ("just over")
_NOUN_RE: Final = re.compile(r"\bpolitical\s+prisoners\s*,\s+$")
# the aside goes on to its closing comma, or ends its sentence: "some 1,300 by its count,"
_ASIDE_END_RE: Final = re.compile(r"[^,;:()\"“”]{0,80}?(?:,|(?=[.;]))")
_CUE: Final = "political prisoners"


def appositive_count(
    text: str, number: Number, sentence: tuple[int, int], published: dt.date | None
) -> Figure | None:
    """Return the figure of a number that opens an aside right after "political prisoners,"
    (``sentence`` is its sentence), the count of those held; None when no such noun and
    comma stand right before it (with at most a qualifier between) or the aside does not
    close."""
    start, end = sentence
    # (the plain test first: most numbers have no such noun before them)
    if text.find(_CUE, max(start, number.start - _NOUN_REACH - _QUALIFIER_REACH), number.start) < 0:
        return None
    if in_date(text, number):
        return None  # ("political prisoners, 2025 in review": a year)
    qualifier, words_start = qualifier_before(text, start, number.start)
    if _NOUN_RE.search(text, max(start, words_start - _NOUN_REACH), words_start) is None:
        return None
    aside = _ASIDE_END_RE.match(text, number.end, end)
    if aside is None:
        return None
    date = point_date(text, number.end, aside.end(), published)
    return Figure(
        "political_prisoners_held", number.value, qualifier, date, words_start, number.end, None
    )
