"""Banks cut off from the SWIFT messaging network: a measure whatever the text calls it, found
from the network's name ("disconnected three Belarusian lenders, A, B and C, from SWIFT", "the
disconnection of A and B from SWIFT", "A and B remain disconnected from SWIFT under EU rules",
"A, which the EU cut off from SWIFT", "may no longer provide specialised financial messaging
services to A, B and C")."""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract.word_groups import Windows

# (the verb read for its modality: "would cut off" is a threat)
# ("cut off from the U.S. financial system": a power's whole banking system, as good as the
# network)
_FROM_SWIFT: Final = (
    # ("cut three Belarusian banks out of SWIFT")
    r"\s*,?\s+(?:from|out\s+of)\s+(?:the\s+)?(?:SWIFT\b|(?:(?:U\.S\.|US|American|dollar|Western|EU|European)\s+)?"
    r"(?:financial|banking|dollar)\s+system\b)"
)
SWIFT_ACTIVE_RE: Final = re.compile(
    # ("cut three Belarusian banks off from SWIFT": "off" after the banks)
    # ("removed three Belarusian banks … from the SWIFT messaging system": removed from the
    # network, a measure on the banks)
    r"\b(?P<verb>disconnect(?:ed|s|ing)?|cut(?:s|ting)?(?:\s+off)?|exclud(?:ed|es|ing)|exclude|"
    r"(?P<impose>remov(?:ed|es|ing)|remove))\s+"
    # ("three Belarusian lenders, …", "three Belarusian banks — A, B and C —": how many,
    # before the names)
    r"(?:(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:banks|lenders)\s*(?:,|[—–])\s*)?"
    # ("cut seven Russian banks off the SWIFT messaging system": "off" with no "from")
    r"(?!off\b)(?P<target>[^.;:()—–\"“”]{1,160}?)(?:\s*[—–](?=\s+from\b))?"
    rf"(?:(?:\s+off)?{_FROM_SWIFT}|\s+off\s+(?:the\s+)?SWIFT\b)"
)
SWIFT_NOUN_RE: Final = re.compile(
    r"\b(?P<verb>disconnection|exclusion)\s+of\s+(?P<target>[^.;:()—–\"“”]{1,160}?)" + _FROM_SWIFT
)
_BANK: Final = r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*){0,6}"
SWIFT_STATE_RE: Final = re.compile(
    # (not "In Minsk, A and B …": a place before the subject is none of it)
    r"\b(?!(?:In|On|At|By|For|From|Since|After|Before|But|And|Meanwhile)\b)"
    r"(?<!\bIn\s)(?<!\bAt\s)(?<!\bOn\s)(?<!\bBy\s)(?<!\bFrom\s)"
    # ("three Belarusian banks – A, B and C – were disconnected": how many, the names between
    # dashes)
    r"(?:(?:[A-Za-z-]+\s+){0,3}?(?:banks|lenders)\s*[—–]\s*)?"
    rf"(?P<target>{_BANK}"
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_BANK}){{0,6}})(?:\s*[—–])?"
    # ("A, B and C, together with their subsidiaries in Belarus, are cut off …": an aside of
    # what goes with them)
    r"(?:\s*,\s*(?:together|along)\s+with\s+[^,.;:()]{1,60},)?\s+"
    r"(?:were|was|are|is|remain(?:s|ed)?|stay(?:s|ed)?|(?:have|has|had)\s+been)\s+"
    r"(?:also\s+|still\s+|now\s+)?(?P<verb>disconnected|cut\s+off|excluded)"
    + _FROM_SWIFT
    # ("… by the European Union", "… under EU rules", "… since the EU's March 2022 package")
    + r"(?:\s+(?:by|under|since)\s+(?:the\s+)?(?P<power>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?))?"
)
# "the Development Bank of the Republic of Belarus, which the EU cut off from SWIFT in March
# 2022": the bank before a relative clause whose subject is the power
SWIFT_WHICH_RE: Final = re.compile(
    rf"(?P<target>{_BANK})\s*,\s*which\s+(?:the\s+)?(?P<power>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+"
    r"(?:had\s+|has\s+|also\s+)?(?P<verb>disconnected|cut(?:\s+off)?|excluded)" + _FROM_SWIFT
)
# "Swiss financial service providers may no longer provide specialised financial messaging
# services to A, B and C": the network by the law's words for it
SWIFT_SERVICES_RE: Final = re.compile(
    r"\b(?P<verb>(?:(?:may|shall|must|can)\s+(?:no\s+longer|not)|(?:is|are)\s+prohibited\s+to)"
    r"\s+provide)\s+(?:specialised\s+|specialized\s+)?financial\s+messaging\s+services\s+to\s+"
    rf"(?P<target>{_BANK}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_BANK}){{0,6}})(?<!\.)(?=\s*[.;,(]|\s*$)"
)
# "disconnected A, B and C from the SWIFT network": found from the network's name
SWIFT_WINDOWS: Final[Windows] = (
    (SWIFT_ACTIVE_RE, -220, 30),
    (SWIFT_NOUN_RE, -220, 30),
    (SWIFT_STATE_RE, -260, 30),
    (SWIFT_WHICH_RE, -200, 30),
    (SWIFT_SERVICES_RE, -80, 300),
)
SWIFT_WORDS: Final = (
    "SWIFT",
    "financial system",
    "banking system",
    "dollar system",
    "financial messaging",
)
