"""Entries of a glossary or a key-facts box: a headword, a dash, then what it is, in words
that tell a measure on it ("Belaruskali — The state-owned potash miner …, designated by the US
Treasury in August 2021", "Naftan — The Novopolotsk refinery, subject to US blocking sanctions
since 2021", "Grodno Azot — Fertiliser producer, blocked by the US alongside Naftan"), the rows of a
sanctions tracker ("• Belavia — US sanctions lifted in November") and of a timeline told in
the present ("* 2 October - the European Union sanctions 40 officials").

The headword is the target: the definition after the dash never names it again.
``doorwatch.extract.sanctions`` tries the shape around the dash (``ENTRY_WORDS`` in
``word_groups``); the power is the one the definition names.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.dates import MONTH_PATTERN
from doorwatch.extract.sanction_shapes import IMPOSERS

_POWER: Final = r"(?P<power>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})"
# a power by its acronym or adjective ("US", "EU", "Canadian")
_POWER_WORD: Final = r"(?:US|U\.S\.|EU|UK|[A-Z][a-z]+an)"
# a headword that opens its paragraph (a name, with what it stands for in brackets), a dash,
# and the definition up to the measure's words in the same sentence
# ("• Belaruskali — sanctioned by the US, EU, UK and Canada": a tracker's bulleted row)
_HEADWORD: Final = (
    r"(?:^|(?<=\n))(?:[•·*-][ \t]*)?(?P<target>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3}"
    r"(?:\s+and\s+[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3})?)"
)
HEADWORD_MEASURE_RE: Final = re.compile(
    rf"{_HEADWORD}"
    r"(?:\s*\([^()\n]{1,60}\))?\s+[—–]\s+"
    r"(?:[^.\n;:\"“”]|(?<=[A-Z])\.(?=[A-Z]))*?"
    r"\b(?P<verb>designated|blocked|sanctioned|blacklisted|listed|subject\s+to)\s+"
    rf"(?:by\s+(?:the\s+)?{_POWER}|(?:the\s+)?(?P<named>{_POWER_WORD})?\s*"
    r"(?:[a-z]+\s+)?sanctions\b)"
)
# "• Belavia — US sanctions lifted in November", "• Grodno Azot: EU and US sanctions remain": a
# tracker's row, the state of a power's measures on its headword
HEADWORD_STATE_RE: Final = re.compile(
    rf"{_HEADWORD}\s*[—–:]\s+"
    rf"(?:(?P<named>{_POWER_WORD})(?:\s+and\s+{_POWER_WORD})?\s+)?"
    r"(?:sanctions|restrictions|ban|listing)\s+(?:(?:were|was|are|is|have\s+been)\s+)?"
    r"(?P<verb>(?P<lift>lifted|removed|dropped)|(?P<ease>eased|relaxed|suspended)|remain|remains|"
    r"stay|stays|(?:still\s+)?in\s+(?:force|place|effect))\b"
)
# "4/ Canada: more officials and state entities listed, plus …": a roundup's row, the power
# before the colon and those it listed after, with the participle and no auxiliary
POWER_LISTED_ROW_RE: Final = re.compile(
    r"(?:^|(?<=\n))(?:[•·*-][ \t]*|\d{1,2}/[ \t]*)?(?P<power>[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})"
    r"[ \t]*:"
    r"[ \t]+(?:(?:new|further|fresh|more|additional|several)\s+)?"
    r"(?P<target>[a-zA-Z][^.;:()—–\"“”\n]{1,100}?)\s+"
    r"(?P<verb>listed|designated|sanctioned|blacklisted)(?=\s*[,.;]|\s+(?:on|in|this|last|today)\b)"
)
# "- Canada: new sanctions on 12 Belarusian officials and 3 companies": a roundup's row, the
# power before the colon and its measures after
POWER_ROW_RE: Final = re.compile(
    # ("• United States — designations that include Belaruskali, …": a dash after the power)
    # ("• the European Union – restrictions on …": the power with its article)
    r"(?:^|(?<=\n))(?:[•·*-][ \t]*)?(?:[Tt]he[ \t]+)?(?P<power>[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})"
    r"[ \t]*(?::|[—–])[ \t]+(?:(?:a|an)\s+[^.;:—–\"“”\n]{1,50}?(?:\s+plus|\s*:)\s+)?"
    r"(?:(?:new|further|fresh|more|additional)\s+)?"
    r"(?P<verb>sanctions|restrictions|bans?|asset\s+freezes?|listings?|designations)\s+"
    r"(?:on|against|(?<=designations\s)(?:that\s+include|including|of))\s+"
    # ("…, June 2021, extended to …": when, after the target)
    r"(?P<target>[^.;:()—–\"“”\n]{1,100}?)"
    r"(?=\s*(?:[.;(\n]|$)|,\s+(?:in\s+|since\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b)"
)
# where a timeline's row opens: a line's start, or where its sentence opens past its indent
# or its bullet ("▫️ August — …": any mark for the bullet; "  Nov 2025 …": an indented row,
# read from its first word)
_ROW_START: Final = (
    r"(?:(?<=\n)[ \t]*(?:[^\w\s\"“”]{1,3}[ \t]*)?|(?<=[^\w\s\"“”][ \t])|^|"
    r"(?<=\n[ \t])|(?<=\n[ \t]{2})|(?<=\n[ \t]{3})|(?<=\n[ \t]{4}))"
)
# a row's date and the dash, colon or gap of spaces after it ("Nov 2025       US lifts …")
_ROW_DATE: Final = (
    rf"(?:\d{{1,2}}\s+)?(?:{MONTH_PATTERN})\.?(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?"
    r"(?:[ \t]*[-–—:][ \t]+|[ \t]{2,}|\t)"
)
# "* 2 October - the European Union sanctions 40 officials": a timeline's row, its date, a
# dash, then the power and its step in the present (not "adds", which also reports speech)
TIMELINE_STEP_RE: Final = re.compile(
    _ROW_START
    + _ROW_DATE
    # ("11 Sep 2025    52 prisoners released; US eases Belavia sanctions": a step before it)
    + r"(?:[^;\n]{1,80};[ \t]+)?"
    # (the present tense of the verbs that the other shapes read only in the past)
    rf"(?:[Tt]he\s+)?(?P<power>{lx.alternation(IMPOSERS)})(?:\s+[A-Z][\w.]*)?\s+"
    r"(?P<verb>(?P<impose>sanctions|lists|designates|blacklists)|(?P<lift>delists)|"
    r"(?P<ease>eases))\s+"
    r"(?P<target>[^.;:()—–\"“”\n]{1,120}?)"
    # ("… and 13 others": a count of those not named; "…, cutting the producer off", "…, on
    # the anniversary": what the step did, and when)
    r"(?=\s*(?:[.;\n]|$)|,?\s+and\s+\d+\s+others\b|,\s+[a-z]+ing\b|,?\s+on\s+the\b|"
    r"\s+(?:involved|accused|responsible|over|for|from|to)\b|"
    # ("eases Belavia sanctions": the target before the measure's noun)
    r"(?<=\S)\s+(?:sanctions|restrictions)\s*(?:[.;\n]|$))"
)
# "  Aug 2021   Potash producer Belaruskali sanctioned", "  Nov 2025   Remaining Belavia
# sanctions lifted": a timeline's row told as a headline, the target, then its participle
TIMELINE_PARTICIPLE_RE: Final = re.compile(
    # (a row's sentence may start past its indent)
    r"(?:(?<=\n)[ \t]*(?:[^\w\s\"“”]{1,3}[ \t]*)?|^|"
    r"(?<=\n[ \t])|(?<=\n[ \t]{2})|(?<=\n[ \t]{3})|(?<=\n[ \t]{4}))"
    + _ROW_DATE
    + r"(?:(?:Remaining|All|Some|Further)[ \t]+)?"
    # ("Potash producer Belaruskali": the name after what it is)
    r"(?:[A-Z][a-z]+(?:[ \t]+[a-z][\w’'-]*){1,2}[ \t]+(?=[A-Z]))?"
    r"(?P<target>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3})[ \t]+"
    r"(?P<verb>(?P<impose>sanctioned|designated|blacklisted|listed|placed[ \t]+under[ \t]+"
    # ("  Aug 2023   Belavia restrictions imposed")
    r"(?:sanctions|restrictions)|(?:sanctions|restrictions)[ \t]+(?:imposed|introduced))|"
    r"(?:sanctions|restrictions)[ \t]+(?:(?P<ease>eased)|(?P<lift>lifted)))"
    r"(?=[ \t]*(?:\(|[.;]|\n|$))"
)
# "• August 2023 — restrictions on Belavia imposed": a timeline's row that names the measure,
# then its target, and closes on the step's participle
TIMELINE_CLOSING_STEP_RE: Final = re.compile(
    _ROW_START + _ROW_DATE + r"(?:(?:[Rr]emaining|[Aa]ll|[Ss]ome|[Ff]urther|[Nn]ew)[ \t]+)?"
    r"(?:[Ss]anctions|[Rr]estrictions|[Mm]easures)[ \t]+(?:on|against)[ \t]+"
    r"(?P<target>[^\n,;:()]{1,80}?)"
    r"[ \t]+(?P<verb>(?P<impose>imposed|introduced)|(?P<ease>eased)|(?P<lift>lifted))"
    r"[ \t]*(?=[.;]?\n|[.;]?$)"
)
# "— US: Belaruskali, since August 2021": a tracker's row, the power, a colon, the target and
# since when, no verb
POWER_SINCE_ROW_RE: Final = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:[^\w\s\"“”]{1,3}[ \t]*)?"
    rf"(?P<power>{lx.alternation(IMPOSERS)})[ \t]*:[ \t]+"
    r"(?P<target>[A-Z][^,;:\n\"“”]{0,60}?),?[ \t]+(?P<verb>(?P<impose>since))[ \t]+"
    r"(?:[A-Z][a-z]+[ \t]+)?(?:19|20)\d\d[ \t.;]*$",
    re.MULTILINE,
)
