"""Measures named by their noun, the target after "of" (or "on"), and told as background by their
date: "the 2023 listing of Belavia", "the 2021 sanctions on Belaruskali", "the Treasury's blocking of Belaruskali, in place since
August 2021", "the US designation of Belavia in August 2023", "the Belavia designation (August
2023)".

Only a named target (its words capitalised) and only a dated noun count: "the designation of
more officials" or "the listing of Belavia" with no date is as often a measure asked for as
one taken, and is left to the shapes that read its verb.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract.dates import MONTH_PATTERN
from doorwatch.extract.sanction_shapes import EASE, LIFT, POWER_NAMES

# what tells when the measure was taken, right after its target: "in August 2023", "since
# 2021", "last August", ", in place since August 2021"
_DATED_AFTER: Final = (
    rf"\s+(?:in|since|last|from)\s+(?:\d{{1,2}}\s+)?(?:{MONTH_PATTERN}|(?:19|20)\d\d)\b|"
    r"\s*,\s+(?:(?:in\s+(?:place|force|effect)|dating)\s+(?:since|from)|imposed\s+in)\b"
)
DATED_LISTING_RE: Final = re.compile(
    # ("the 2023 listing of Belavia", "the 2023 US designation of Belavia": the year first)
    r"\b(?:(?<=[Tt]he\s)(?P<year>(?:19|20)\d\d)\s+)?"
    # ("the Treasury's blocking of …", "the US listing of …": whose measure)
    r"(?:(?P<power>[A-Z][\w.]*)(?:[’']s)?\s+)?"
    r"(?P<verb>(?P<impose>listing|designation|blacklisting|blocking))\s+of\s+"
    r"(?P<target>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
    rf"(?(year)(?=\s*[,.;:)]|\s+(?:is|was|has|still|remains?|in|since|by)\b)|(?={_DATED_AFTER}))"
)
# the words each such measure holds, where the shape is tried
DATED_LISTING_WORDS: Final = ("listing of ", "designation of ", "blocking of ", "blacklisting of ")
# ("the Belavia designation (August 2023) or the Belaruskali designation (August 2021)": the
# target before the noun, the date in brackets after it)
BRACKET_DATED_RE: Final = re.compile(
    # (not "US designation (Aug 2021)": whose measure, in a table's cell, no target)
    rf"\b(?!(?:{POWER_NAMES})\b)(?P<target>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,2}})\s+"
    r"(?P<verb>(?P<impose>listing|designation|blacklisting|blocking))\s*"
    rf"(?=\(\s*(?:\d{{1,2}}\s+)?(?:(?:{MONTH_PATTERN})\s+)?(?:19|20)\d\d\s*\))"
)
BRACKET_DATED_WORDS: Final = ("listing (", "designation (", "blocking (", "blacklisting (")
# ("the 2021 sanctions on Belaruskali", "the 2023 US restrictions on the state airline Belavia":
# a measure named by its year, whose power may stand between, its named target after "on" or
# "against" and ending there)
DATED_MEASURE_ON_RE: Final = re.compile(
    r"\b(?<=[Tt]he\s)(?P<year>(?:19|20)\d\d)\s+(?:(?P<power>[A-Z][\w.]*)\s+)?"
    r"(?P<verb>(?P<impose>sanctions|restrictions|measures))\s+(?:on|against)\s+"
    r"(?P<target>(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
    r"(?=\s*[,.;:)]|\s+(?:and|to|in|is|was|were|are|has|had|have|still|remains?|remained|which|"
    r"that|by|from|as)\b)"
)
DATED_MEASURE_WORDS: Final = ("sanctions on ", "sanctions against ", "restrictions on ",
                              "restrictions against ", "measures on ", "measures against ")  # fmt: skip
# a step that undoes or eases the measure the noun names, right before it ("lifted the
# designation of Belavia in November", "the removal of the US listing of …"): the date is
# that step's, and the measure is read from the step's own shape
_UNDONE_BEFORE_RE: Final = re.compile(
    rf"\b(?:(?:{LIFT}|{EASE})\s+|(?:removal|lifting|end|easing|revocation)\s+of\s+)"
    r"(?:the\s+|its\s+|their\s+)?(?:(?:19|20)\d\d\s+)?(?:[A-Z][\w.]*(?:[’']s)?\s+)?$"
)
_UNDONE_REACH: Final = 60


def undone_before(masked: str, start: int) -> bool:
    """Return True when a step that lifts or eases a measure stands right before ``start``,
    where a dated listing's noun begins."""
    return _UNDONE_BEFORE_RE.search(masked, max(0, start - _UNDONE_REACH), start) is not None
