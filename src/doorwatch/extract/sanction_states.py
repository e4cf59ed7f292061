"""Measures told by the state a relief left them in rather than by its step: "Belavia's
American restrictions are gone", "the airline came off the list in November".

``doorwatch.extract.sanctions`` tries these shapes around their words (``STATE_WORDS`` in
``sanction_windows``); each reports a lifted measure through ``sanction_modality.action_of``
like every other shape.
"""

from __future__ import annotations

import re

from doorwatch.extract.sanction_shapes import DESCRIBED_HEAD

# "Belavia's American restrictions are gone": whose measures, no longer there
GONE_RE = re.compile(
    r"\b(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})[’']s\s+"
    r"(?:(?:American|U\.S\.|US|EU|European|British|UK|Canadian|remaining|last|own)\s+)?"
    r"(?:sanctions|restrictions|penalties)\s+(?:are|were|is|was)\s+(?:now\s+|all\s+)?"
    r"(?P<verb>(?P<lift>gone))\b"
)
# "In November the airline came off the list altogether": a target off a sanctions list
OFF_LIST_RE = re.compile(
    r"\b(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|"
    rf"[Tt]he\s+(?:[a-z][\w’'-]*\s+){{0,2}}(?:{DESCRIBED_HEAD}))\s+"
    r"(?:(?:finally|also|then|itself)\s+)?(?P<verb>(?P<lift>c(?:ame|omes|ome)\s+off))\s+"
    r"(?:the|its|their|a)\s+(?:[\w.’']+\s+)?(?:list|blacklist|(?:sanctions?|SDN)\s+lists?)\b"
)
