"""Entries of a glossary or a key-facts box: a headword, a dash, then what it is, in words
that tell a measure on it ("Belaruskali — The state-owned potash miner …, designated by the US
Treasury in August 2021", "Naftan — The Novopolotsk refinery, subject to US blocking sanctions
since 2021", "Grodno Azot — Fertiliser producer, blocked by the US alongside Naftan").

The headword is the target: the definition after the dash never names it again.
``doorwatch.extract.sanctions`` tries the shape around the dash (``ENTRY_WORDS`` in
``word_groups``); the power is the one the definition names.
"""

from __future__ import annotations

import re

_POWER = r"(?P<power>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})"
# a headword that opens its paragraph (a name, with what it stands for in brackets), a dash,
# and the definition up to the measure's words in the same sentence
HEADWORD_MEASURE_RE = re.compile(
    r"(?:^|(?<=\n))(?P<target>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3})"
    r"(?:\s*\([^()\n]{1,60}\))?\s+[—–]\s+"
    r"(?:[^.\n;:\"“”]|(?<=[A-Z])\.(?=[A-Z]))+?"
    r"\b(?P<verb>designated|blocked|sanctioned|blacklisted|listed|subject\s+to)\s+"
    rf"(?:by\s+(?:the\s+)?{_POWER}|(?:the\s+)?(?P<named>US|U\.S\.|EU|UK|[A-Z][a-z]+an)?\s*"
    r"(?:[a-z]+\s+)?sanctions\b)"
)
