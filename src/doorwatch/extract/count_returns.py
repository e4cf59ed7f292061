"""A count told again by "it" or "there were" in the sentence after it: "Viasna's number this
morning: 529 political prisoners. Yesterday it was 521.", "… was about 550. This morning it is
1,339.", "… 1,131 political prisoners. … At the end of 2024 there were 1,265.", or by a bare
number another source gave ("Others gave 51."). The words stand for the count just given, so
the number is the same measure on another day or by another source.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from doorwatch.extract.claims import Figure
from doorwatch.extract.count_qualifiers import qualifier_before
from doorwatch.extract.dates import find_dates, nearest_date
from doorwatch.extract.numbers import Number

# "it was", "it is", "it's", "it had been", "it stood at", with a qualifier after it, right
# before the number
# ("At the end of 2024 there were 1,265.": the same, told by "there were")
_IT_WAS_RE: Final = re.compile(
    r"\b(?:[Ii]t(?:[’']s|\s+(?:was|is|had\s+been|has\s+been|stood\s+at|stands\s+at))|"
    r"[Tt]here\s+(?:were|are|had\s+been|have\s+been)|"
    # ("A Ukrainian outlet … gave 1,164.", "Others gave 51, because …", "At the close of 2020
    # it had contained 169."): another source's or day's number for the same count
    r"\b(?:gave|reported|counted|cited|recorded|(?:had\s+)?contained))\s+"
    r"(?:(?:already|still|now|just)\s+)?"
    r"(?:(?:about|around|some|nearly|almost|roughly|approximately|over|more\s+than|at\s+least|"
    r"(?:just\s+)?(?:under|below)|fewer\s+than|less\s+than)\s+)?$"
)
# what may follow the number: the sentence's end or when ("It was 969 at New Year", "it is
# 1,339.", "it's roughly 1,180 now, so …"), not a noun of its own ("it was 52 days")
_AFTER_RE: Final = re.compile(r"\s*(?:[.,;!?)]|$|\s+(?:at|in|on|by|now|today|then|this|last)\b)")
_HELD: Final = "political_prisoners_held"
_IT_REACH: Final = 40  # the pronoun and its verb right before the number
_BACK_REACH: Final = 300  # the count the pronoun stands for, this close before it


def told_again(
    text: str,
    number: Number,
    sentence: tuple[int, int],
    previous: Figure | None,
    published: dt.date | None,
) -> Figure | None:
    """Return the figure of ``number`` when "it" before it stands for the count ``previous``,
    given in the sentence before ("Yesterday it was 521."), else None."""
    start, end = sentence
    if previous is None or not start - _BACK_REACH <= previous.end <= start:
        return None
    told = _IT_WAS_RE.search(text, max(start, number.start - _IT_REACH), number.start)
    if told is None:
        return None
    if told.group().startswith(("there", "There")) and previous.measure != _HELD:
        return None  # ("there were …" tells a state: of those held, not of those freed)
    if _AFTER_RE.match(text, number.end, end) is None:
        return None
    qualifier, _ = qualifier_before(text, start, number.start)
    dates = find_dates(text, start, end, published)
    return Figure(
        previous.measure,
        number.value,
        qualifier,
        nearest_date(dates, number.start),
        number.start,
        number.end,
    )


def without_repeats(figures: list[Figure]) -> list[Figure]:
    """Return ``figures`` with each count told again dropped: the same measure and number on
    the same date (a fact box's row under the prose that gave it: "- Recognised political
    prisoners, 14 December 2022: 1,437"), or with no date where another telling gives one, or
    with a date another telling gives more precisely ("at the end of December … 1,446" and a
    table's "31 Dec 2022 | 1,446")."""
    dated = {(f.measure, f.value) for f in figures if f.date is not None}
    dates = {(f.measure, f.value, f.date) for f in figures if f.date is not None}
    seen: set[tuple[str, int, str | None]] = set()
    out: list[Figure] = []
    for figure in sorted(figures, key=lambda f: f.start):
        key = (figure.measure, figure.value, figure.date)
        if key in seen or (figure.date is None and (figure.measure, figure.value) in dated):
            continue
        if figure.date is not None and any(
            m == figure.measure
            and v == figure.value
            and d != figure.date
            and d.startswith(figure.date)
            for m, v, d in dates
        ):
            continue
        seen.add(key)
        out.append(figure)
    return out
