"""Measures told in plain English, the words of news for learners, children and easy reading:
a measure in force told by who has it ("The UK has sanctions on the president of Belarus") and
an easing told by its effect ("it made the sanctions on the airline Belavia smaller")."""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.sanction_shapes import IMPOSERS, TARGET

# "The UK has sanctions on the president of Belarus", "The EU and the US also have sanctions on
# him": a measure in force told by who has it, in plain English (a power's name the subject)
HAS_SANCTIONS_RE: Final = re.compile(
    rf"\b(?P<power>{lx.alternation(IMPOSERS)})"
    r"(?:\s+and\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s+(?:also\s+|still\s+|already\s+)?"
    r"(?P<verb>has|have)\s+(?:(?:many|some|its|their|own|several|strict|tough|new)\s+)*"
    r"(?:sanctions|restrictions)\s+(?:on|against)\s+" + TARGET
)
# "In September it made the sanctions on the airline Belavia smaller": plain English's easing
MADE_LIGHTER_RE: Final = re.compile(
    r"\b(?P<verb>made|makes|make)\s+(?:the\s+|its\s+|their\s+|some\s+)?(?:sanctions|restrictions)\s+"
    r"(?:on|against)\s+(?P<target>[^,.;:()—–\"“”]{1,60}?)\s+"
    r"(?P<ease>smaller|weaker|softer|lighter|less\s+strict|less\s+harsh)\b"
)
