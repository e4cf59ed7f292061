"""Trade bans told as measures: the trade in goods restricted or banned ("restricted imports
of Belarusian potash", "banned exports of dual-use goods to Belarus", "London barred trade in
Belarusian potash"), the trade told first and its ban after ("The import and purchase of potash
… are now prohibited"), goods banned by their name ("has banned Belarusian potash since 2021",
"banned most Belarusian potash imports") and a service denied to a target ("prohibit the
provision of insurance … to the state airline Belavia"); and one ban read twice, on the
goods and on their trade, told once.

``doorwatch.extract.sanction_windows`` tries these shapes around the words of bans and trade.
The goods are ``goods`` in ``data/extract/sanctions.yaml``.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.claims import Sanction
from doorwatch.extract.sanction_shapes import TARGET, TRADE_NOUNS

# "restricted imports of Belarusian potash", "banned exports of dual-use goods to Belarus"
TRADE_RE: Final = re.compile(
    # ("The measures ban the import of Belarusian potash"; see ban_hits)
    r"\b(?P<verb>restrict(?:ed|s|ing)?|bann(?:ed|ing)|bans?|halt(?:ed|s|ing)?|prohibit(?:ed|s|ing)?|"
    # "has blocked the transit of Belarusian potash through Klaipeda"
    r"block(?:ed|s|ing)?|stop(?:ped|ping|s)?|"
    # ("the EU limited trade in Belarusian potash and steel")
    r"limit(?:ed|s|ing)?|curb(?:ed|s|ing)?|"
    # "London barred trade in Belarusian potash"
    r"barr(?:ed|ing)|bars?)"  # ("will bar trade in Belarusian potash")
    # ("stopped the rail transit of Belaruskali potash": how the trade goes)
    rf"\s+(?:the\s+|all\s+)?(?:(?:rail|road|sea|river)\s+)?(?:{TRADE_NOUNS}"
    # ("prohibit the sale, supply, transfer or export to Belarus of equipment": one ban)
    r"(?:\s*,\s*(?:sale|supply|transfer|export|import|purchase)s?)*"
    r"(?:\s*,?\s+(?:and|or)\s+(?:sale|supply|transfer|export|import|purchase)s?)?"
    # ("banning the export to Belarus of aviation fuel": where to, then what)
    r"(?:\s+(?:to|from|into)\s+[A-Z][\w.-]*)?\s+of|"
    # "restricted dealings in new Belarusian sovereign debt"
    # ("restricted trade with Belarus in potash, timber and steel": with whom, then in what)
    r"(?:dealings|transactions|trade)(?:\s+with\s+[A-Z][\w-]*)?\s+in|"
    # ("Japan will stop exporting general-purpose goods …": the trade by its verb)
    r"(?<=stop\s)(?:exporting|importing|selling|buying)(?:\s+(?:to|from)\s+[A-Z][\w.-]*)?)\s+"
    r"(?P<target>[^,.;:()—–\"“”]{1,80}?)"
    # ("measures restricting imports of Belarusian potash remain fully in force": the verb of
    # the clause the measure's noun is the subject of)
    r"(?=[,.;]|\s+(?:in|into|on|since|after|as|over|the\s+same|to|from|and|last|this|through|via|such\s+as|"
    r"remain(?:s|ed)?|stay(?:s|ed)?|is|are|was|were|has|have|had|will|would|still)\b)"
)
# "Lithuania ended the transit of Belaruskali fertiliser in February", "shut the rail transit
# to Klaipėda", "since Lithuania ended the transit in 2022": a power closing the route goods took
# ("Since 2022 Vilnius has refused the rail transit of …", "terminated the transit of …")
TRANSIT_ENDED_RE: Final = re.compile(
    r"\b(?P<verb>end(?:ed|s|ing)?|shut(?:s|ting)?|clos(?:ed|es|ing)|suspend(?:ed|s|ing)?|"
    r"refus(?:ed|es|ing)|terminat(?:ed|es|ing))\s+"
    r"(?P<target>(?:the\s+|its\s+)?(?:(?:rail|road|sea)\s+)?transit"
    # (where it went or what it carried: "the transit" alone names no route)
    r"\s+(?:of|to|through|via)\s+[^,.;:()—–\"“”]{1,60}?)"
    r"(?=\s*[.;]|\s*,(?!\s+and\s)|\s+(?:in|on|at|since|last|from|after|so|because)\b)"
)
# "Lithuania's termination of Belaruskali potash transit through Klaipėda": the same step told
# by its noun, the power by its possessive
TRANSIT_ENDING_RE: Final = re.compile(
    r"\b(?P<power>[A-Z][\w.]*)[’']s\s+(?P<verb>termination|closure|suspension|ending|end)\s+of\s+"
    r"(?P<target>(?:the\s+)?(?:[\w’'-]+\s+){0,3}?transit"
    r"(?:\s+(?:of|to|through|via)\s+[^,.;:()—–\"“”]{1,60}?)?)"
    r"(?=\s*[.;,]|\s+(?:in|on|at|since|last|from|after|effective)\b)"
)
# "The import and purchase of potash, wood products and cement originating in Belarus are now
# prohibited": the trade told first, the ban after it in the passive
_TRADE_NOUN: Final = (  # ("Imports of Belarusian timber … are prohibited": a sentence may open on it)
    r"(?:[Ii]mports?|[Ee]xports?|[Pp]urchases?|[Ss]ales?|[Tt]ransit|[Tt]ransport|[Ss]upply|"
    r"[Tt]ransfers?|[Ss]hipments?)"
)
TRADE_PASSIVE_RE: Final = re.compile(
    rf"\b(?:[Tt]he\s+)?{_TRADE_NOUN}(?:\s*,\s*{_TRADE_NOUN})*(?:\s+(?:and|or)\s+{_TRADE_NOUN})?"
    r"(?:\s+(?:to|from|into)\s+[A-Z][\w.-]*)?\s+of\s+"
    # (the goods; a clause of their own after: "of goods that could … have been banned")
    r"(?P<target>(?:(?!\s(?:that|which|who|is|are|was|were)\s)[^.;:—–\"“”()]){1,160}?)"
    r"(?:\s+(?:originating\s+in|from|to|into|made\s+in|produced\s+in)\s+(?:the\s+)?[A-Z][\w.-]*)?"
    r"(?:\s+(?:that|which)\s+[^.;:\"“”]{1,80}?)?\s+(?:is|are|has\s+been|have\s+been|will\s+be|was|were)\s+"
    r"(?:now\s+|also\s+|henceforth\s+|likewise\s+|hereby\s+)?(?P<verb>prohibited|banned|forbidden|"
    r"restricted)\b"
)
# "The European Union has banned Belarusian potash since 2021": goods banned, with when
_GOODS: Final = lx.alternation(lx.words("sanctions", "goods"))
BANNED_GOODS_RE: Final = re.compile(
    # ("both Washington and Brussels have restricted the potash trade since 2021")
    r"\b(?P<verb>bann(?:ed|ing)|bans?|prohibit(?:ed|s|ing)?|restrict(?:ed|s|ing)?)\s+"
    # (not "banned them outright in 2022": the goods told just before)
    r"(?P<target>(?!(?:them|it|those|these)\b)(?:[A-Z][\w-]*\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
    r"(?=\s+(?:since|in)\s+(?:\d{4}|[A-Z][a-z]+\s+\d{4})\b)|"
    # ("London banned Belarusian potash and oil products that summer": goods by their name)
    rf"(?:(?<=restricted\s)the\s+)?(?:[A-Z][\w-]*\s+)?(?:{_GOODS})(?:\s+[a-z][\w-]*)?"
    rf"(?:\s+and\s+(?:[a-z][\w-]*\s+)?(?:{_GOODS})(?:\s+[a-z][\w-]*)?)?"
    r"(?=\s*[,.;]|\s+(?:that|last|this|in|since|from|after|outright|altogether)\b))"
)
# "prohibit the provision of insurance and technical assistance to the state airline Belavia":
# a service denied to the target; "prohibited the acceptance of deposits … from Belarusian
# nationals": a service denied to those it would come from
PROVISION_RE: Final = re.compile(
    r"\b(?P<verb>prohibit(?:ed|s|ing)?|bann(?:ed|ing)|bans?|barr(?:ed|ing)|bars?)\s+(?:the\s+)?"
    r"(?:(?:provision|supply|sale)\s+of\s+[^,.;:()—–\"“”]{1,60}?\s+to|"
    # ("deposits exceeding €100,000": a figure's own comma)
    r"(?:acceptance|receipt|purchase)\s+of\s+(?:[^,.;:()—–\"“”]|(?<=\d)[,.](?=\d)){1,60}?"
    r"\s+from)\s+" + TARGET
)
# "banned most Belarusian potash imports": the goods before the trade noun
TRADE_NOUN_RE: Final = re.compile(
    r"\b(?P<verb>restrict(?:ed|s|ing)?|bann(?:ed|ing)|bans|halt(?:ed|s|ing)?|prohibit(?:ed|s|ing)?)"
    r"\s+(?:the\s+|all\s+|most\s+|some\s+)?"
    # ("bans on imports of …": a preposition is no goods)
    r"(?!(?:on|of|against|for|to|in)\s)"
    r"(?P<target>(?:[A-Z][\w-]*\s+)?[a-z][\w-]*(?:\s+and\s+[a-z][\w-]*)?)"
    r"\s+(?:imports|exports|purchases|shipments|sales)\b"
)


# "the ban on imports of Belarusian potash": the trade a measure names, around its goods
_TRADE_OF_RE: Final = re.compile(
    rf"(?:{TRADE_NOUNS}|trade\s+in)\s+of\s+(?P<goods>.+)",
    re.IGNORECASE,
)
_DOUBLE_REACH: Final = 200  # two shapes read one measure this close together


def without_trade_doubles(claims: list[Sanction]) -> list[Sanction]:
    """Return ``claims`` without a measure on X that a claim close by on "imports of X"
    already reports (two shapes reading one ban), the power of either kept."""
    doubles: dict[int, Sanction] = {}  # id of the claim on the goods -> the claim on the trade
    for claim in claims:
        trade = _TRADE_OF_RE.fullmatch(claim.target)
        if trade is None:
            continue
        goods = trade.group("goods").lower()
        for other in claims:
            if (
                other is not claim
                and other.action == claim.action
                and other.target.lower() == goods
                and abs(other.start - claim.start) <= _DOUBLE_REACH
                and (other.imposer is None or claim.imposer in (None, other.imposer))
            ):
                doubles[id(other)] = claim
                break
    if not doubles:
        return claims
    powers = {id(kept): gone.imposer for gone in claims if (kept := doubles.get(id(gone)))}
    return [
        dataclasses.replace(c, imposer=powers[id(c)])
        if c.imposer is None and powers.get(id(c))
        else c
        for c in claims
        if id(c) not in doubles
    ]
