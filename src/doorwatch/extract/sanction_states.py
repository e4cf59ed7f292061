"""Measures told by the state a relief left them in rather than by its step: "Belavia's
American restrictions are gone", "the airline came off the list in November", "Belavia and
potash, both freed from American sanctions in late 2025", "Belavia had already been freed from
US sanctions", "Washington freed Belavia from its sanctions", "Nov: Belavia delisted", "a
general license for Belavia".

``doorwatch.extract.sanctions`` tries these shapes around their words (``STATE_WORDS`` in
``word_groups``); each reports a lifted measure through ``sanction_modality.action_of``
like every other shape.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.sanction_shapes import DESCRIBED_HEAD, FILL, MEASURE, POWER_WORDS, TARGET

_GOODS: Final = lx.alternation(lx.words("sanctions", "goods"))
# a name or goods by their word: "Belavia", "potash"
# ("Belarusian potash": goods by their country)
_ITEM: Final = (
    rf"(?:(?:[A-Z][\w’'.-]*\s+)?(?:{_GOODS})\b|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}})"
)

# "Belavia's American restrictions are gone": whose measures, no longer there
GONE_RE: Final = re.compile(
    r"\b(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})[’']s\s+"
    r"(?:(?:American|U\.S\.|US|EU|European|British|UK|Canadian|remaining|last|own)\s+)?"
    r"(?:sanctions|restrictions|penalties)\s+(?:are|were|is|was)\s+(?:now\s+|all\s+)?"
    r"(?P<verb>(?P<lift>gone))\b"
)
# "In November the airline came off the list altogether": a target off a sanctions list;
# "Belaruskali & BPC off the SDN list": the same, told as a thread or a headline tells it
OFF_LIST_RE: Final = re.compile(
    r"\b(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?:\s+(?:and|&)\s+[A-Z][\w’'.-]*)?|"
    rf"[Tt]he\s+(?:[a-z][\w’'-]*\s+){{0,2}}(?:{DESCRIBED_HEAD}))\s+"
    r"(?:(?:finally|also|then|itself)\s+)?(?P<verb>(?P<lift>(?:c(?:ame|omes|ome)\s+)?off))\s+"
    r"(?:the|its|their|a)\s+(?:[\w.’']+\s+)?(?:list|blacklist|(?:sanctions?|SDN)\s+lists?)\b"
)
# "relief beyond Belavia and potash, both freed from American sanctions in late 2025": targets
# an aside tells are free of a power's measures
FREED_FROM_RE: Final = re.compile(
    # (the aside tells a state: what the sentence around it weighs does not change it)
    rf"\b(?P<target>{_ITEM}(?:\s+and\s+{_ITEM})?)(?P<aside>\s*,\s+)(?:both\s+|all\s+|now\s+)?"
    rf"(?P<verb>(?P<lift>freed|released))\s+from\s+(?P<fill>{FILL}){MEASURE}\b"
)
# "Belavia, freed from US sanctions in November, …", "Belavia is no longer subject to US
# sanctions": a relief told of its target
FREED_PASSIVE_RE: Final = re.compile(
    # ("Belavia, sanctioned by the United States since August 2023, was released from …")
    r"\b(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})(?:\s*,[^,.;:()\"“”]{1,60},)?\s*,?\s+"
    # ("Belavia had already been freed from US sanctions")
    r"(?:(?:was|were|is|are|(?:has|have|had)\s+(?:(?:already|also|since)\s+)?been)\s+)?"
    r"(?:(?:also|now|finally|already)\s+)?"
    # ("Belavia is no longer subject to US sanctions", "is now free of", "was relieved of")
    r"(?P<verb>(?P<lift>(?:freed|released)\s+from|(?:relieved|(?<=is\s)free|(?<=are\s)free|"
    r"(?<=now\s)free)\s+of|no\s+longer\s+(?:subject\s+to|under)))\s+"
    # ("released from the last of those restrictions")
    r"(?:the\s+)?(?:(?:last|rest|remainder)\s+of\s+(?:those|these|the|its|their)\s+|"
    r"(?:last|remaining)\s+)?(?:(?P<power>[A-Z][\w.]*)\s+)?"
    r"(?:sanctions|restrictions)\b"
)
# "Washington freed Belavia from its sanctions": the relief told by who gave it
FREED_ACTIVE_RE: Final = re.compile(
    r"\b(?P<power>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:(?:has|have|had)\s+)?"
    r"(?:(?:also|now|finally|already)\s+)?(?P<verb>(?P<lift>freed|released|relieved))\s+"
    r"(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})\s+(?:from|of)\s+"
    r"(?:the|its|their|all|remaining)\s+(?:\w+\s+)?(?:sanctions|restrictions)\b"
)
# "4/ Nov: Belavia delisted entirely.", "Dec: potash sanctions lifted": a relief told as a
# thread or a headline tells it, its target opening the clause and no auxiliary
HEADLINE_RELIEF_RE: Final = re.compile(
    r"(?:(?<=[:;]\s)|(?<=\n)|(?<=[.!?]\s)|(?<=\n[ \t]\d[.)]\s)|(?<=\n[ \t]{2}\d[.)]\s)|"
    # ("| 13 Dec 2025 | … | Potash sanctions lifted |": a table's cell; "13 Dec 2025 — US potash
    # sanctions lifted": a row's entry after its date and dash)
    r"(?<=\|[ \t])|(?<=[ \t][-–—][ \t]))"
    # ("- US sanctions on Belavia lifted in November 2025": the measure's power and noun first)
    # ("  2. November - the remaining US sanctions on Belavia lifted.": a timeline's numbered
    # row, its date, then the relief; "sanctions on the state airline Belavia eased")
    r"(?:(?:[ \t]*\d{1,2}[.)][ \t]+)?(?:[A-Z][a-z]+(?:[ \t]+\d{1,2})?|\d{1,2}[ \t]+[A-Z][a-z]+)"
    r"(?:,?[ \t]+\d{4})?[ \t]+[-–—][ \t]+(?=(?:[Tt]he\s+)?(?:[Rr]emaining\s+)?(?:[A-Z][\w.]*\s+)?"
    r"(?:sanctions|restrictions)\s))?"
    r"(?:[-–•*]\s+)?(?:(?:[Tt]he\s+)?[Rr]emaining\s+)?"
    r"(?:(?:[Tt]he\s+)?(?:(?P<power>[A-Z][\w.]*)\s+)?"
    r"(?:sanctions|restrictions)\s+(?:on|against)\s+(?:the\s+(?:[a-z]+\s+){0,2})?|"
    # ("US potash sanctions lifted", "Remaining EU Belavia restrictions eased": the power's
    # initials or adjective before the goods or the name and the measure's noun)
    rf"(?P<named>{POWER_WORDS})\s+(?={_ITEM}\s+(?:sanctions|restrictions)\s))?"
    # (a measure's own noun is none: "| Sanctions lifted, 13 December 2025 |")
    r"(?!(?:Sanctions|Restrictions|Measures|Penalties)\b)"
    rf"(?P<target>{_ITEM}(?:\s+(?:and|&)\s+{_ITEM})?)(?:\s+(?:sanctions|restrictions))?\s+"
    r"(?P<verb>(?P<lift>lifted|delisted|unblocked)|(?P<ease>eased|relaxed))"
    r"(?=\s*(?:[.,;:|]|$)|\s+(?:entirely|fully|in|on|last|this|by)\b)"
)
# "OFAC issues a general license for Belavia": a relief told by its instrument
LICENSE_FOR_RE: Final = re.compile(
    r"\b(?:general\s+|specific\s+)(?P<verb>(?P<ease>licen[cs]e))\s+(?:for|covering)\s+"
    rf"(?!(?:the|a|an)\s+(?:sale|export|import|supply)\b)(?![a-z]+ing\s){TARGET}"
)
