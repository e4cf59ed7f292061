"""Transit routes closed as measures: "Lithuania stopped the Klaipeda transit in February
2022", "closed its rail corridor to Belaruskali cargo", "Lithuania's closure of the Klaipeda
corridor", "Halt of transit through Klaipeda (since Feb 2022)", "Lithuania halted Belaruskali's
transit".

A power that closes a route to a target's goods takes a measure on them: the target is what
the route no longer carries ("to Belaruskali cargo") or, when the text names nothing carried,
the route itself ("the Klaipeda transit"), or whose the route is ("Belaruskali's transit").
``doorwatch.extract.word_groups`` tries these shapes around the words of routes; each reports a
measure imposed.
"""

from __future__ import annotations

import re
from typing import Final

# the route a measure closes: "transit", "the Klaipeda transit route", "its rail corridor"
_ROUTE: Final = (
    r"(?:transit(?:\s+(?:route|corridor))?|(?:rail\s+|freight\s+|transit\s+)?corridor|"
    r"(?:transit|rail|freight)\s+route)"
)
# what names the route before it ("Klaipeda", "Belaruskali potash"), not an article nor whose
# the route is, which the shapes read before it
# ("Lithuania closed the Klaipeda route": a route by its name)
_ROUTE_NAMED: Final = (
    rf"(?:(?:(?!(?:its|the|their|a|an|and|of|to)\b|[\w’'-]*[’']s\s)[\w’'-]+\s+){{0,3}}?{_ROUTE}|"
    r"[A-Z][\w’'-]+\s+route)\b"
)
# the way the route takes ("via Klaipeda", "through the port of Klaipeda")
_VIA: Final = r"(?:\s+(?:via|through)\s+(?:the\s+)?(?:port\s+of\s+)?[A-Z][\w-]*)?"
# what the route no longer carries ("to Belaruskali cargo", "to Belarusian potash")
_CARRIED: Final = (
    r"(?:[A-Z][\w’'-]*\s+)?[a-z][\w-]*(?:\s+(?!(?:in|on|since|from|after|until|at)\b)[a-z][\w-]*)?"
)
_CLOSING: Final = (
    r"(?:stopped|stops|stop|stopping|halted|halts|halt|halting|closed|closes|close|closing|"
    r"suspended|suspends|suspend|suspending|shut|shuts|shutting)"
)
_END: Final = (
    r"(?=\s*[,.;:()|]|\s+(?:in|on|since|from|after|until|at|for|and|to|with|as|remains?|is)\b|\s*$)"
)
# "Lithuania closed its rail corridor to Belaruskali cargo": what the route carried
ROUTE_CLOSED_TO_RE: Final = re.compile(
    rf"\b(?P<verb>(?P<impose>{_CLOSING}))\s+(?:(?:the|its|their|all)\s+)?{_ROUTE_NAMED}{_VIA}"
    rf"\s+to\s+(?P<target>{_CARRIED}){_END}"
)
# "Lithuania, for its part, stopped the Klaipeda transit in February 2022": the route itself
ROUTE_CLOSED_RE: Final = re.compile(
    rf"\b(?P<verb>(?P<impose>{_CLOSING}))\s+(?:(?:the|its|their|all)\s+)?"
    rf"(?P<target>{_ROUTE_NAMED}{_VIA}){_END}(?!\s+to\s)"
)
# "Lithuania's closure of the Klaipeda corridor in 2022", "halt of Belaruskali transit via
# Klaipeda": the same, named by its noun
ROUTE_CLOSURE_RE: Final = re.compile(
    r"\b(?P<verb>(?P<impose>[Cc]losure|[Hh]alt|[Ss]uspension|[Ss]toppage|[Ss]hutdown))\s+of\s+"
    rf"(?:(?:the|its|their|all)\s+)?(?P<target>{_ROUTE_NAMED}{_VIA}){_END}"
)
# "Lithuania halted Belaruskali's transit in February 2022": the route by whose it is
ROUTE_OWNER_CLOSED_RE: Final = re.compile(
    rf"\b(?P<verb>(?P<impose>{_CLOSING}))\s+"
    rf"(?P<target>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}})[’']s\s+{_ROUTE}\b{_VIA}{_END}(?!\s+to\s)"
)
# "Ukraine halted all flights to and from Belarus", "cut air links with Belarus in 2021": the
# links with a country cut, a measure on the country's traffic
LINKS_CUT_RE: Final = re.compile(
    rf"\b(?P<verb>(?P<impose>{_CLOSING}|cut|cuts|cutting|severed|severs|severing|banned|bans))\s+"
    r"(?P<target>(?:all\s+)?(?:direct\s+|civil\s+|passenger\s+|cargo\s+)?"
    r"(?:flights|air\s+links|rail\s+links|air\s+traffic|air\s+services|rail\s+traffic)\s+"
    rf"(?:to\s+and\s+from|with|to|from)\s+[A-Z][\w-]*){_END}"
)
# "Lithuania stopped carrying the company's potash to Klaipeda on 1 February": what a power's
# railway no longer carries
CARRYING_STOPPED_RE: Final = re.compile(
    rf"\b(?P<verb>(?P<impose>{_CLOSING}|ceased|ceases|ended|ends))\s+"
    r"(?:carrying|shipping|moving|transporting|handling)\s+"
    r"(?P<target>(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s+(?:to|through|via)\s+[A-Z][\w-]*)"
    rf"{_END}"
)
# the words around which the shapes are tried
ROUTE_WORDS: Final = ("transit", "corridor", " route", " flights ", " links ", " carrying ")
