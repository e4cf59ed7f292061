"""Bans told as measures: a target barred from a power's airspace, territory or market
("banned Belavia from its airspace", "kept Belarusian carriers out of its skies"), airspace
closed to it ("closed its airspace to Belarusian carriers", "Swiss airspace has been closed to
…", "its closure of EU airspace to Belavia"), a ban named by its noun ("the 2021 ban on
Belarusian airlines") and a target that may no longer fly there ("is no longer allowed to fly
into or over the European Union").

In a text about sanctions each is a measure on its target; ``doorwatch.extract.sanction_windows``
tries these shapes around the words of bans and closures.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract.sanction_shapes import TARGET, VEHICLES

# what may not be done, up to "by" and the one who may not do it ("overflight of EU airspace and
# on access to EU airports by ", "the use of its airspace by ")
_ACTIVITY_BY: Final = (
    r"(?:the\s+)?(?:overflight|use|access|landing|flights?|take-offs?|entry)\b"
    r"[^.;:()\"“”]{0,100}?\s+by\s+(?=[A-Z]|(?:[a-z][\w-]*\s+){0,2}" + VEHICLES + r")"
)

# Bans and freezes that are sanctions in a text about sanctions: "banned Belavia from its
# airspace", "froze the assets of Belarusian banks".
BAN_RE: Final = re.compile(
    # ("still bars Belavia, the flag carrier, from its skies"; "banned Belarusian airlines
    # from flying over its territory")
    # ("agreed to ban Belarusian airlines, including state carrier Belavia, from …")
    # ("adopted a decision prohibiting Belarusian air carriers from overflying the territory of
    # the Union": a legal act's words for a ban)
    r"\b(?P<verb>bann(?:ed|ing)|bans?|barr(?:ed|ing)|bars?|prohibit(?:ed|ing|s)?)\s+"
    r"(?P<target>(?:(?!\bfrom\b)[^,.;:()—–\"“”]){1,60}?)"
    r"(?:\s*,\s*(?:the|its|a|an|including|notably|among\s+them)\s+[^,.;:()]{1,40},)?\s+"
    r"from\s+(?:using\s+|entering\s+|overflying\s+|accessing\s+|"
    r"flying\s+(?:over|through|into)\s+|landing\s+(?:at|in)\s+|"
    # ("banned Belarusian road hauliers from working on its territory")
    r"(?:working|operating|trading|driving)\s+(?:on|in|within|across)\s+|"
    # ("prohibited Belarusian road transport companies from carrying goods on its territory")
    r"carrying\s+(?:goods|freight|cargo)\s+(?:on|in|within|across)\s+)?"
    # ("from the bloc's airspace")
    r"(?:(?:its\s+|the\s+|EU\s+|European\s+|their\s+)?(?:[\w-]+[’']s\s+)?"
    # ("barring Alexander Lukashenko … from entering the country": a travel ban)
    r"(?:airspace|skies|airports|ports|markets?|territory|country|roads)\b|"
    # ("banned Lukashenko from entry in 2020")
    r"entry\b|"
    # ("ban Belavia from flying into, out of or over the bloc")
    r"flying\s+(?:(?:into|out\s+of|over|to|through)\s*,?\s*(?:or\s+)?){1,3}"
    r"(?:the\s+)?(?:bloc|EU|European\s+Union|[A-Z][\w.]*)\b)"
)
# "The United Kingdom, which has kept Belarusian carriers out of its airspace since 2021":
# a ban told by where its target may not go
KEPT_OUT_RE: Final = re.compile(
    r"\b(?P<verb>kept|keeps|keeping|keep)\s+(?P<target>(?:(?!\bout\b)[^,.;:()—–\"“”]){1,60}?)\s+"
    r"out\s+of\s+(?:its|their|the|EU|European|[A-Z][a-z]+)\s+(?:[\w-]+[’']s\s+)?"
    r"(?:airspace|skies|airports|ports|markets?|territory)\b"
)
# "closed its airspace to Belarusian carriers"
CLOSED_TO_RE: Final = re.compile(
    # ("we closed our airspace to …", "closed the airspace of the Union to …")
    # ("keeps its skies closed to Belavia", "has kept its airspace and airports closed to …")
    r"\b(?P<verb>closed|closes|closing|close|shut|shuts|(?:kept|keeps|keep|keeping)(?=\s[^.;:]{1,60}?"
    r"\s(?:closed|shut)\s+to\b))\s+(?:its|their|the|EU|European|our)\s+"
    r"(?:\w+\s+)?(?:airspace|skies|sky|airports|ports|borders?|markets?)"
    r"(?:\s+of\s+the\s+(?:European\s+)?Union)?"
    # ("close EU airspace and EU airports to …")
    r"(?:\s+and\s+(?:its\s+|their\s+|EU\s+|European\s+)?"
    r"(?:airspace|skies|sky|airports|ports|borders?|markets?))?"
    r"(?:\s+(?:closed|shut))?"
    # ("closed its sky for Belarusian airlines": English rendered from other languages)
    r"\s+(?:to|(?<=sky\s)for)\s+"
    r"(?P<target>[^,.;:()—–\"“”]{1,60}?)(?=\s*[,.;:()]|\s+(?:in|on|since|after|as|over|from|and)\b)"
)
# "Swiss airspace has been closed to Belarusian carriers since June 2021": the same, in the
# passive, the power named by its airspace
CLOSED_PASSIVE_RE: Final = re.compile(
    r"\b(?P<power>EU|U\.S\.|US|[A-Z][a-z]+)\s+(?:airspace|skies|airports)\s+"
    r"(?:(?:has|have|had)\s+been|was|were|is|are|remains?|remained)\s+(?:also\s+)?"
    r"(?P<verb>closed|shut)\s+to\s+"
    # ("Belarusian airspace remains closed to U.S. carriers": an initial's full stop)
    r"(?P<target>(?:[^,.;:()—–\"“”]|(?<=\b[A-Z])\.){1,60}?)"
    r"(?=\s*(?:[,;:()]|\.(?<!\b[A-Z]\.))|\s+(?:in|on|since|after|as|over|from|and)\b)"
)
# "its closure of EU airspace to Belavia": the same, named by its noun (in force unless lifted)
CLOSURE_RE: Final = re.compile(
    r"\b(?P<verb>closure)\s+of\s+(?:its\s+|their\s+|the\s+|our\s+)?"
    r"(?:(?P<power>EU|U\.S\.|US|[A-Z][a-z]+)\s+)?(?:airspace|skies|airports)"
    r"(?:\s+and\s+(?:its\s+|their\s+)?(?:airspace|skies|airports))?\s+to\s+"
    r"(?P<target>[^,.;:()—–\"“”]{1,60}?)"
    r"(?=\s*[,.;:()]|\s+(?:in|on|since|after|as|over|from|and|remains?|is|was|has|have)\b)"
)
# "banned Belarusian flights": what a ban stops, named with what it belongs to
BANNED_NOUN_RE: Final = re.compile(
    r"\b(?P<verb>bann(?:ed|ing)|bans|barred)\s+(?:all\s+|most\s+)?"
    rf"(?P<target>(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+)?{VEHICLES})\b"
)
# "the 2021 ban on Belarusian airlines", "The EU ban on Belarusian aircraft remains in force"
NOUN_BAN_RE: Final = re.compile(
    # ("the bloc's airspace ban on Belavia": a power named by a noun's possessive)
    # (not a ban weighed: "considering a national ban on …", see threat_shapes.WEIGHED_BAN_RE)
    # ("The EU ban on …": an article in capitals, no power)
    r"\b(?:(?:[Tt]he|[Ii]ts|(?<!\bconsidering\s)(?<!\bweighing\s)an?|(?P<power>EU|U\.S\.|US|[A-Z][\w.]*))"
    r"(?:[’']s)?\s+(?:[a-z]+[’']s\s+)?|(?=(?:export|import|trade|transit)\s+bans\b)|"
    # ("the bloc added bans on wood, cement, steel and rubber")
    r"(?<=\badded\s)(?=bans\s+on\b))"
    r"(?:\d{4}\s+)?(?:[\w-]+\s+)?"
    # ("a prohibition on making funds available": what may not be done, no target)
    # ("a ban on dealing in new Belarusian government securities": what may not be traded)
    # ("the EU-wide bar on Belarusian road hauliers": a ban by another name)
    # (a power's, "the EU's bar", "the EU-wide bar": not "the short bar on the left")
    r"(?P<verb>bans?|bar(?:(?<=EU\sbar)|(?<=-wide\sbar)|(?<=[’']s\sbar))|embargo|prohibition)"
    r"\s+on\s+(?:(?:buying|importing|purchasing)\s+|"
    r"(?:dealing|dealings|trading|trade|investment)\s+in\s+)?(?![a-z]+ing\b)"
    # "a ban on the export to Belarus of dual-use goods": what may not go, not where
    r"(?:(?:the\s+)?(?:import|export|sale|supply|transfer)s?\s+(?:to|from)\s+[A-Z][\w.-]*\s+of\s+)?"
    # (not what may not be done by someone named after it: see BAN_BY_RE)
    rf"(?!{_ACTIVITY_BY}){TARGET}"
)
# "a ban on overflight of EU airspace and on access to EU airports by Belarusian air carriers",
# "banned the use of its airspace by Belarusian airlines": what may not be done, then who may
# not do it, the ban's target
BAN_BY_RE: Final = re.compile(
    rf"\b(?P<verb>(?:bans?|prohibition)\s+on|bann(?:ed|ing)|prohibit(?:ed|ing))\s+{_ACTIVITY_BY}"
    rf"(?P<target>(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){{0,2}}?{VEHICLES}|"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}(?=\s*[,.;:()]|\s+(?:in|on|since|from|of|and)\b))\b"
)
# "Belavia, our national airline, is no longer allowed to fly into or over the European Union",
# "has not been allowed to fly over EU airspace since June 2021", "can no longer land in the
# EU": a target kept out of a power's skies, told by what it may no longer do
# ("Belaruskali's cargo has not been allowed through Lithuania since February 2022": goods kept
# from crossing a country, the country's measure)
NO_LONGER_FLIES_RE: Final = re.compile(
    r"\b(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
    r"(?:(?<=[’']s)\s+(?:cargo|goods|freight|potash|trains|shipments|exports))?)"
    r"(?:\s*,\s*(?:the|its|our|their|a|an)\s+[^,.;:()\"“”]{1,40},)?\s+"
    r"(?:is|are|was|were|has|have|had|can|could)\s+(?P<verb>no\s+longer|not\s+been)\s+"
    r"(?:(?:(?:allowed|permitted)\s+to\s+)?(?:fly|land|operate)\s+"
    r"(?:into|over|in|to|at)(?:\s+or\s+(?:into|over|in|to|at))?"
    r"|(?:allowed|permitted)\s+(?:through|across))\s+"
    r"(?P<power>(?:the\s+)?(?:European\s+Union|EU)|[A-Z][\w-]*\s+(?:airspace|skies|airports)"
    r"|(?<=through\s)[A-Z][\w-]*|(?<=across\s)[A-Z][\w-]*)"
)
