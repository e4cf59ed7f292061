"""Permits taken away as measures: "Belavia's permit to operate in the UK was suspended in
May", "The United Kingdom suspended the operating permit of Belavia", "suspended Belavia's
permit to operate", "the UK's suspension of the flag carrier's operating permit".

A permit to fly, land or operate suspended or revoked is a measure on its holder;
``doorwatch.extract.sanction_windows`` tries these shapes around the words of permits and
reports each as imposed.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract.sanction_shapes import STOP

# "Belavia's permit to operate in the UK was suspended in May": a permit suspended or revoked
# is a measure on its holder; a permit to fly, land or operate
_PERMIT: Final = (
    r"(?:(?:operating\s+|flight\s+|landing\s+)?(?:permit|licen[cs]e|authori[sz]ation|certificate)s?"
    # ("suspended the airline's landing rights")
    r"|(?:landing|traffic|operating|overflight)\s+rights)"
)
PERMIT_SUSPENDED_RE: Final = re.compile(
    rf"\b(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}})[’']s?\s+{_PERMIT}"
    r"\b[^.;:()\"“”]{0,40}?\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:\w+ly\s+)?"
    r"(?P<verb>suspended|revoked|withdrawn|cancell?ed)\b"
)
# "The United Kingdom suspended the operating permit of Belavia", "the UK's suspension of the
# flag carrier's operating permit": a permit taken away, told actively or by its noun
PERMIT_WITHDRAWN_RE: Final = re.compile(
    r"\b(?P<verb>suspend(?:ed|s|ing)?|revok(?:ed|es|ing)|withdr(?:ew|awn|aws)|cancell?ed)\s+"
    rf"(?:the\s+|its\s+)?{_PERMIT}\s+of\s+(?P<target>[^,.;:()—–\"“”]{{1,60}}?){STOP}"
)
# "suspended Belavia's permit to operate in the UK": the holder by the possessive, named or
# described as a carrier ("suspended the airline's operating permit")
PERMIT_OWN_WITHDRAWN_RE: Final = re.compile(
    r"\b(?P<verb>suspend(?:ed|s|ing)?|revok(?:ed|es|ing)|withdr(?:ew|awn|aws)|cancell?ed)\s+"
    r"(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|"
    r"the\s+(?:[a-z-]+\s+){0,2}?(?:airline|carrier|operator))"
    rf"[’']s?\s+{_PERMIT}\b"
)
PERMIT_SUSPENSION_RE: Final = re.compile(
    r"\b(?P<verb>suspension|revocation|withdrawal)\s+of\s+"
    r"(?P<target>(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)[’']s?\s+" + _PERMIT + r"\b"
)
# "The United Kingdom has not reinstated Belavia's operating permit": a permit taken away and
# not given back, the measure in force (its negation inside the shape, which tells the state)
PERMIT_NOT_RESTORED_RE: Final = re.compile(
    r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?P<verb>reinstated|restored|renewed|returned)\s+"
    r"(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|"
    r"the\s+(?:[a-z-]+\s+){0,2}?(?:airline|carrier|operator))"
    rf"[’']s?\s+{_PERMIT}\b"
)
# the words it is found by
NOT_RESTORED_WORDS: Final = (
    "not reinstated",
    "not restored",
    "not yet reinstated",
    "not yet restored",
)
