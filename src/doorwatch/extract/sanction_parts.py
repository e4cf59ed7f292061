"""The parts of a measure's target that a text names after it: "extended its sanctions against
Belarusian companies on Monday, including the truck makers MAZ and BelAZ"; "added nine people
to the bloc's list, including judges and prison officials"; "added Belavia to its sanctions list,
along with several Belarusian officials"; "the bloc's Belarus sanctions, from travel bans on
officials to trade restrictions on oil products": the measures a range runs between.

Each part shares the measure's action (its verb's groups, read by
``sanction_modality.action_of`` like every other shape); ``doorwatch.extract.sanctions`` tries
these shapes around their words (``PARTS_WORDS`` in ``sanction_windows``).
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract.sanction_shapes import FILL, MEASURE, TARGET, VERB

# what a list of examples opens with (not "including the ban on …": a measure, INCLUDING_RE)
_EXAMPLES: Final = (
    r"(?:including|among\s+them|notably|such\s+as|in\s+particular|particularly)\s+"
    r"(?!(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:sanctions|measures|restrictions|bans?|"
    r"embargo|freezes?|listings?)\b)"
)
# the whole target before its parts, and when: no clause of its own ("… on potash after Belarus
# freed 123 prisoners, among them …": those freed are no part of the target)
# (not a counted group, "nine Belarusian officials, including …": its members are read with
# the count, see count_named_after)
_WHOLE: Final = (
    r"(?!(?:\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
    r"(?:(?!\b(?:after|following|when|as|because|while|since|until|in\s+exchange|in\s+return|"
    r"release|freed|released|pardoned)\b)[^,.;:()\"“”]){1,80}?"
)
# "extended its own sanctions against Belarusian companies on Monday, including the truck makers
# MAZ and BelAZ": the measure, its whole target (and when), then the parts it names
MEASURE_PARTS_RE: Final = re.compile(
    # (parts named: "including the truck makers MAZ and BelAZ", not "including officials")
    rf"\b{VERB}\s+(?P<fill>{FILL}){MEASURE}\s+(?:on|against)\s+{_WHOLE},\s+{_EXAMPLES}"
    rf"(?=[^,.;:()\"“”]*?[A-Z]){TARGET}"
)
# "also added nine people to the bloc's list, including judges and prison officials": those a
# listing added, by what they are
LIST_PARTS_RE: Final = re.compile(
    # ("added Belavia, the state airline, to its sanctions list": what the one added is)
    r"\b(?P<verb>(?P<impose>add(?:ed|s|ing)?))\s+[^,.;:()\"“”]{1,60}?"
    r"(?:\s*,[^,.;:()\"“”]{1,50},)?\s+to\s+(?:the|its|their)\s+"
    r"(?:[\w’'.-]+\s+){0,2}?(?:list|blacklist)\s*,\s+"
    # ("added Belavia … to its sanctions list, along with several Belarusian officials": one
    # more listed with it)
    rf"(?:{_EXAMPLES}|(?:along|together)\s+with\s+|as\s+well\s+as\s+){TARGET}"
)
# "has aligned with most of the bloc's Belarus sanctions since 2020, from travel bans on
# officials to trade restrictions on oil products and tobacco": the measures at either end of
# the range a programme runs over, each with its target
_RANGE_MEASURE: Final = (
    r"(?:the\s+)?(?P<fill>(?:[\w-]+\s+){0,2}?)"
    rf"(?P<verb>{MEASURE}|bans?|embargo(?:es)?|freezes|controls)\s+"
    r"(?:on|against)\s+"
)
RANGE_FROM_RE: Final = re.compile(rf",\s+from\s+{_RANGE_MEASURE}{TARGET}(?=\s+to\s)")
RANGE_TO_RE: Final = re.compile(
    rf",\s+from\s+[^,.;:()\"“”]{{3,80}}?\s+(?:on|against)\s+[^,.;:()\"“”]{{1,60}}?\s+to\s+"
    rf"{_RANGE_MEASURE}{TARGET}"
)
# "answered with its fifth package: seventeen people and eleven organisations, among them the
# state airline Belavia and the travel agency Tsentrkurort": those a package, told by what it
# counts, names
_COUNTED: Final = (
    r"(?:[\w-]+\s+){1,3}?(?:more\s+)?(?:people|individuals|persons|officials|entities|"
    r"organi[sz]ations|companies|firms|enterprises)"
)
PACKAGE_PARTS_RE: Final = re.compile(
    r"\b(?P<verb>package|round|listings?)\b[^.;:()\"“”]{0,40}?[:.]\s+"
    rf"{_COUNTED}(?:\s+and\s+{_COUNTED})?,\s+{_EXAMPLES}{TARGET}"
)
