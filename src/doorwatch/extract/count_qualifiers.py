"""How a count stands to its number: the qualifier before it ("more than", "about", "up to"),
a verb that tells as much ("had passed 1,080"), a range ("between 1,100 and 1,200") and "or
more" after it, as ``doorwatch.extract.figures`` reads them.
"""

from __future__ import annotations

import re
from typing import Final, cast

from doorwatch.extract.claims import Qualifier

_QUAL_RE: Final = re.compile(
    # "handed over two" is a phrasal verb, not a qualifier
    r"(?=[abcefijlmnoprsuw~])(?:(?P<more_than>more\s+than|just\s+over|well\s+(?:over|above)|"
    # ("the count has since risen past 1,050": past it, after a verb of change)
    r"(?:(?<=risen\s)|(?<=rose\s)|(?<=grown\s)|(?<=climbed\s)|(?<=gone\s)|(?<=went\s))past|"
    r"(?<!handed\s)(?<!turned\s)(?<!taken\s)over|"
    r"upwards\s+of|in\s+excess\s+of|above)"
    r"|(?P<at_least>at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|not\s+less\s+than)"
    r"|(?P<about>about|around|approximately|roughly|some|nearly|almost|an\s+estimated|estimated|"
    r"close\s+to|circa|approx\.?|~)"
    r"|(?P<fewer_than>fewer\s+than|less\s+than|just\s+under|under|below)"
    r"|(?P<up_to>up\s+to|as\s+many\s+as|a\s+maximum\s+of))\s*$",
    re.IGNORECASE,
)
_QUAL_WORDS: Final = 3  # the most words a qualifier of _QUAL_RE holds ("no fewer than")
_QUAL_ENDS: Final = frozenset(
    ("than", "over", "of", "least", "about", "around", "approximately", "roughly", "some",
     "nearly", "almost", "estimated", "to", "circa", "approx", "approx.", "~", "under",
     "below", "above", "many", "maximum", "minimum", "past")
)  # fmt: skip
# "the number had passed 1,080", "approaches 650": a verb that tells how the count stands to
# the number (the verb stays part of the count's clause, so it is no qualifier's start)
_VERB_QUALIFIERS: Final[dict[str, Qualifier]] = {
    **dict.fromkeys(("passed", "surpassed", "topped", "exceeded", "exceeds"), "more_than"),
    **dict.fromkeys(
        ("approaches", "approached", "approaching", "nears", "neared", "nearing"), "about"
    ),
}
_RANGE_RE: Final = re.compile(r"\s*(?:-|–|—|to|and)\s*$")
_CHANGE_FROM_RE: Final = re.compile(
    r"\b(?:rose|risen|rising|fell|fallen|falling|grew|grown|growing|climbed|increased|"
    r"decreased|dropped|jumped|shrank|shrunk)\s+from\s+$"
)
_AFTER_QUAL_RE: Final = re.compile(r"\s*(?:(?:or\s+more|-plus|plus)\b|\+)")
_QUALIFIER_REACH: Final = 40  # a qualifier right before the number


def qualifier_before(text: str, start: int, n_start: int) -> tuple[Qualifier, int]:
    """Return the qualifier of the number at ``n_start`` (``start`` is its sentence's start)
    and where the count's words before it end: the qualifier's start, else ``n_start``."""
    pre = text[max(start, n_start - _QUALIFIER_REACH) : n_start]
    # (the last three words, and before them the rest unsplit when there is more)
    words = pre.rsplit(None, _QUAL_WORDS)
    # A qualifier ends right before the number; most numbers have none, so the pattern runs
    # only when the word before could end one.
    qual = None
    if words and words[-1].lower() in _QUAL_ENDS:
        # A qualifier spans at most three words and ends the text before the number, so it
        # starts in the third word from the end at the earliest: the search begins there
        # (its lookbehinds still see the words before).
        qual = _QUAL_RE.search(pre, len(words[0]) if len(words) > _QUAL_WORDS else 0)
    if qual is not None:
        found = next(k for k, v in qual.groupdict().items() if v)
        return cast(Qualifier, found), n_start - (len(pre) - qual.start())
    if words and words[-1] in _VERB_QUALIFIERS:
        return _VERB_QUALIFIERS[words[-1]], n_start
    return "exact", n_start


def joins_range(text: str, start: int, n_start: int, n_end: int, next_start: int) -> bool:
    """Return True when the number ending at ``n_end`` and the one at ``next_start`` are the
    two ends of one range ("1,100-1,200", "between 1,100 and 1,200")."""
    between = _RANGE_RE.fullmatch(text, n_end, next_start)
    if between is None:
        return False
    if between.group().strip() == "to" and _CHANGE_FROM_RE.search(
        text, max(start, n_start - 30), n_start
    ):
        return False  # "rose from 169 to 969": where a count started and where it ended
    # ("freed 14 and 52 people respectively": two counts, no range)
    return between.group().strip() != "and" or (
        text[max(start, n_start - 9) : n_start].lower().endswith("between ")
    )


def or_more_after(text: str, end: int, limit: int) -> bool:
    """Return True when "or more", "+" or "-plus" follows the number ending at ``end``."""
    return _AFTER_QUAL_RE.match(text, end, limit) is not None
