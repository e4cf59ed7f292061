"""Asset freezes and barred dealings told as measures: assets frozen ("froze assets of …",
"the assets of X are frozen", "Britain, which froze Lukashenko's assets"), dealings barred
("Transactions with the Central Bank of Belarus are prohibited", "banned transactions with
…") and funds that may not be made available, in the words of the EU's own regulations.

``doorwatch.extract.sanction_windows`` tries these shapes around the words of freezes and
bans.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.sanction_shapes import SAID_OF, STOP, TARGET
from doorwatch.extract.sentences import TITLE_STOP

# "Transactions with the Central Bank of Belarus are prohibited": dealings barred, in the passive
DEALINGS_PROHIBITED_RE: Final = re.compile(
    r"\b(?:[Tt]ransactions|[Dd]ealings|[Bb]usiness|[Tt]rade)\s+with\s+"
    r"(?P<target>[^,.;:()—–\"“”]{1,80}?)\s+(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+"
    r"(?:now\s+|also\s+|henceforth\s+)?(?P<verb>prohibited|banned|forbidden)\b"
)
# "banned transactions with the National Bank of Belarus": the same, told actively
# ("still restricts dealings with the potash producer": dealings limited, a measure on it)
DEALINGS_BANNED_RE: Final = re.compile(
    r"\b(?P<verb>bann(?:ed|ing)|bans?|prohibit(?:ed|s|ing)?|barr(?:ed|ing)|bars?|"
    r"restrict(?:ed|s|ing)?)\s+(?:all\s+)?"
    rf"(?:transactions|dealings)\s+with\s+{TARGET}"
)
# "EU persons may still not make funds available to Belavia", "no funds shall be made available
# to the persons listed": an asset freeze in the words of the EU's own regulations
FUNDS_AVAILABLE_RE: Final = re.compile(
    r"\b(?P<verb>(?:(?:may|must|shall|can)\s+(?:still\s+|also\s+)?not|cannot)\s+make|"
    r"(?<=[Nn]o\s)funds[^.;:]{0,40}?\s+(?:shall|may|can|will)\s+be\s+made)\s+"
    r"(?:(?:any\s+)?funds|economic\s+resources|assets)?(?:\s+or\s+economic\s+resources)?\s*"
    r"available\s+(?:directly\s+or\s+indirectly\s+)?to\s+"
    # ("to Belavia or service its aircraft": a second thing barred, not a second target)
    r"(?P<target>[^,.;:()—–\"“”]{1,80}?)"
    rf"(?:(?=\s+or\s+[a-z]+\s+(?:its|their|the)\b)|{STOP})"
)
# "the assets of Belagroprombank, Bank Dabrabyt and … are frozen": a freeze, in the passive
ASSETS_FROZEN_RE: Final = re.compile(
    r"\b(?:[Tt]he\s+)?(?:[Aa]ssets|[Ff]unds|[Pp]roperty)\s+of\s+"
    # ("Assets of 12 individuals, including Mr. Alexander Lukashenko, …, will be frozen")
    rf"(?P<target>(?:[^.;:()—–\"“”]|{TITLE_STOP}){{1,200}}?)"
    r"\s+(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+"
    r"(?:now\s+|also\s+|henceforth\s+)?(?P<verb>frozen|blocked)\b"
)
# "the freezing of assets of President Alexander Lukashenko": a freeze by its verb or noun
# ("froze the assets of X and several other officials and banned exports of …": the second
# measure's verb, with its own object, ends the freeze's targets)
_AND_SECOND_VERB: Final = (
    rf"\s+and\s+(?:also\s+)?(?:{lx.alternation(lx.words('sanctions', 'second_verbs'))})"
    r"(?:s|d|ed|ned|red)?\s"
)
FREEZE_RE: Final = re.compile(
    # ("the freezing of assets of President Alexander Lukashenko")
    # ("1. Freezing of assets of …": a notice's numbered measure opens with its noun)
    # ("to block the property of Belarusian companies that …": a US freeze in its own words)
    r"\b(?P<verb>froze|frozen|[Ff]reez(?:es|ing|e)|block(?:ed|s|ing)?)\s+(?:of\s+)?"
    r"(?:the\s+|any\s+|all\s+)?(?:assets|property(?:\s+and\s+interests\s+in\s+property)?)"
    r"\s+of\s+"
    # ("froze assets of and banned travel by 40 officials": one object for both verbs)
    r"(?:and\s+(?:banned|barred|restricted)\s+(?:the\s+)?travel\s+(?:by|of)\s+)?"
    # ("the assets of the truck maker MAZ and of the chip company Integral": one list; not
    # "… and the prohibition of exports of certain goods", a second measure)
    r"(?P<target>(?:(?!\s+and\s+the\s+(?:prohibition|ban|freezing|suspension|embargo)\b)"
    rf"(?!{_AND_SECOND_VERB})(?:[^,.;:()—–\"“”]|{TITLE_STOP})){{1,120}}?)"
    rf"(?=[,;]|(?!{TITLE_STOP})\.|\s+(?:in|on|since|after|as|over|under|for|from|by|while|"
    rf"last|this|{SAID_OF})\b|{_AND_SECOND_VERB})"
)
# "Britain, which froze Lukashenko's assets in 2020": whose assets, by the possessive
FROZE_OWN_RE: Final = re.compile(
    r"\b(?P<verb>froze|frozen|freez(?:es|ing|e))\s+(?:the\s+)?"
    r"(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})[’']s?\s+(?:assets|funds|property)\b"
)
