"""The shapes in which a sanctioning power threatens a measure, and in which those who would
face one are told: "threatened to blacklist airlines that …", "has threatened to expand them
if …", "… could themselves face secondary sanctions", "… remain exposed to U.S. secondary
sanctions", "would consider measures against …", "a further package aimed at … is under
discussion", a measure a power itself calls for ("EU leaders called for sanctions on …").
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract.sanction_shapes import FILL, IMPOSE, MEASURE, POWER_NAMES, TARGET, THREAT

# "foreign banks dealing with any sanctioned Russian entity could themselves face secondary
# sanctions": a measure promised to those who would face it, named before the modal
FACE_RE: Final = re.compile(
    r"(?:(?<=\bthat\s)|(?<=[.,;:]\s)|(?<=\n)|(?<=^))"
    # (not "dealing with …": a clause; "shipping agents" are people)
    r"(?!(?:they|it|he|she|we|you|those|these|this|that|which|who|but|and)\b)"
    r"(?![a-z]+ing\b(?!\s+[a-z]+s\b))"
    r"(?P<target>(?:[A-Z][\w’'.-]*|[a-z][\w’'-]*)"
    r"(?:\s+(?!(?:could|may|might|would|will|that|which|who|has|have|had|is|are|was|were|"
    r"say|said|says|warned|warns|argue|argues|argued)\b)[\w’'.-]+){0,3}?)"
    # ("… dealing with any sanctioned Russian entity": what they do, not who they are)
    r"(?:\s+(?:[a-z]+ing|that|which|who)\b[^,.;:()\"“”]{0,110}?)?"
    r"\s+(?P<verb>(?P<threat>(?:could|may|might|would|will)\s+"
    r"(?:themselves\s+|also\s+|soon\s+|now\s+)?(?:face|risk|be\s+exposed\s+to)|"
    # ("foreign banks handling payments for … remain exposed to U.S. secondary sanctions",
    # "institutions facilitating … risk secondary sanctions": a warning of a measure)
    r"(?:remain|are)\s+(?:still\s+)?exposed\s+to|risk))\s+"
    # (not "exposed to sanctions risk": a risk spoken of, no measure promised)
    rf"(?P<fill>{FILL}){MEASURE}\b(?!\s+risks?\b)"
)
# "Brussels has threatened to expand them if ...": a threat whose object refers back to
# sanctions named before; the target is read from that mention (see referred_targets)
PRONOUN_THREAT_RE: Final = re.compile(
    rf"\b(?P<verb>(?P<threat>{THREAT}))\s+to\s+(?:{IMPOSE})\s+(?P<target>them|those)\b"
)
# "the European Union threatened in November to blacklist airlines that flew migrants"
THREAT_TO_RE: Final = re.compile(
    # ("threatened to add Belarusian logistics firms to its next package", "threatened to list
    # the traders involved", "threatened new listings of those behind …")
    rf"\b(?P<verb>(?P<threat>{THREAT}))\s+(?:(?:[\w ]{{0,25}}?\s+)?to\s+"
    r"(?:blacklist|sanction|ban|list|designate|add|target)|"
    r"(?:new\s+|further\s+|more\s+)?(?:listings|designations)\s+of)\s+"
    rf"{TARGET}"
)
# "Canada stands ready to list under its sanctions legislation the judges …": a readiness to
# take a measure is a threat of it
READY_TO_RE: Final = re.compile(
    # (not "is not ready to sanction …")
    r"(?<!\bnot\s)(?<!n[’']t\s)\b(?P<verb>(?P<threat>ready))\s+to\s+(?:blacklist|sanction|ban|list|designate|target)\s+"
    r"(?:under\s+(?:its|their|the)\s+[^,.;:]{0,50}?\s+(?=the\s|[A-Z]))?"
    rf"{TARGET}"
)
# "Lithuania was considering a national ban on Belarusian-registered freight carriers": a ban
# weighed, by its noun, is a threat of it
WEIGHED_BAN_RE: Final = re.compile(
    # (found from "considering a" and "weighing a", see sanction_windows.THREAT_WORDS)
    r"\b(?P<verb>(?P<threat>considering|weighing))\s+(?:a|an)\s+(?:(?:new|national|full|total|further|possible|"
    r"[a-z]+-wide)\s+)*(?:ban|embargo|prohibition)\s+on\s+"
    rf"{TARGET}"
)
# "new designations of Belarusian judges are being prepared", "new listings of officials could be
# announced before the end of the year": a measure in preparation is a threat
PREPARED_RE: Final = re.compile(
    r"\b(?:[Nn]ew|[Ff]urther|[Mm]ore|[Ff]resh|[Aa]dditional)\s+"
    r"(?:(?:trade|economic|sectoral|individual|personal|targeted)\s+)?"
    r"(?P<verb>listings|designations|sanctions|restrictions|measures)\s+(?:of|on|against)\s+"
    # ("new trade restrictions against Belarus that would mirror those against Russia are
    # being worked out": what they would do, between)
    r"(?P<target>(?:(?!\b(?:that|which)\s)[^,.;:()—–\"“”]){1,80}?)"
    r"(?:\s+(?:that|which)\s+[^,.;:()—–\"“”]{1,80}?)?\s+"
    r"(?P<threat>(?:are|is|were|was)\s+(?:now\s+|also\s+)?(?:being\s+(?:prepared|drafted|readied|"
    r"considered|discussed|weighed|worked\s+out|drawn\s+up)|under\s+consideration|in\s+preparation|"
    r"planned)|"
    r"(?:could|would|may|might|will)\s+(?:soon\s+|also\s+)?be\s+"
    r"(?:announced|adopted|imposed|added|agreed|unveiled))\b"
)
# "the bloc would consider measures against those responsible", "the EU was considering
# listing more prison officials": a measure a power weighs is a threat
CONSIDERED_RE: Final = re.compile(
    r"\b(?P<verb>(?P<threat>consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|draw(?:s|ing)?\s+up|"
    # ("Tokyo was studying whether to impose asset freezes on …")
    r"(?:studying|studies|studied|weighing|considering)\s+whether\s+to\s+(?:impose|introduce|adopt)|"
    # ("Brussels is instead discussing new listings of …", "are preparing a further list aimed
    # at …": measures being readied; not "discussed sanctions with X", a talk about them)
    r"(?:is|are|was|were)\s+(?:now\s+|also\s+|instead\s+|already\s+)?(?:discussing|preparing|"
    # ("discussions in Brussels about a new package of sanctions against …": the power's talks)
    r"drafting)|discussions?\s+(?:in\s+(?P<named>[A-Z][\w.]*)\s+)?(?:about|on|of)))\s+"
    # (not "considers the sanctions on potash illegal": measures in force, judged)
    r"(?:(?:(?:new|further|fresh|additional|possible|more|targeted|a)\s+)*"
    r"(?:(?:package|round|set)\s+of\s+)?"
    r"(?:sanctions|measures|restrictions|listings|penalties|designations|list|asset\s+freezes|"
    r"travel\s+bans|entry\s+bans)\s+(?:on|against|of|aimed\s+at|targeting)|"
    r"(?:listing|sanctioning|blacklisting|designating)(?:\s+(?:more|further|new|other))?)\s+"
    rf"{TARGET}"
)
# "a further package aimed at those who run the prisons and courts is under discussion": the
# next measures, told by whom they are aimed at, weighed
PACKAGE_WEIGHED_RE: Final = re.compile(
    r"\b(?:[Nn]ew|[Ff]urther|[Ff]resh|[Aa]dditional|[Nn]ext)\s+(?P<verb>package|round)\s+"
    # ("a new round of EU listings aimed at …", "a new round of individual listings for judges")
    r"(?:of\s+(?:(?:EU|UK|US|U\.S\.|[A-Z][a-z]+n|individual|targeted)\s+)?"
    # ("A further package of listings, aimed at …, is being finalised": between commas)
    r"(?:sanctions|measures|listings|designations)\s*,?\s+)?(?:aimed\s+at|targeting|against|for)\s+"
    r"(?P<target>[^,.;:()—–\"“”]{1,80}?)\s*,?\s+"
    r"(?P<threat>(?:is|was)\s+(?:now\s+|also\s+)?(?:under\s+(?:discussion|consideration)|"
    # ("… is being finalised": readied for a decision to come)
    r"being\s+(?:prepared|discussed|drafted|weighed|considered|finali[sz]ed|readied)|"
    r"in\s+preparation|"
    # ("… is on the table": offered for a decision to come)
    r"(?:still\s+)?on\s+the\s+table|in\s+the\s+(?:works|pipeline)))\b"
)
# "should the next sanctions round add more Belarusian banks and Grodno Azot", "want the next
# package to cover Belarusian judges": whom a package to come would reach
NEXT_PACKAGE_RE: Final = re.compile(
    # ("that the EU's next sanctions package include …": whose package it is, before)
    r"\b[Tt]he\s+(?:(?P<power>EU|UK|US|U\.S\.|[A-Z][a-z]+)[’']s\s+)?next\s+"
    # ("that the next European package include …": the power's adjective)
    r"(?:(?:EU|UK|US|U\.S\.|European|British|American|Canadian)\s+)?"
    r"(?:sanctions\s+)?(?P<verb>package|round)\b"
    r"(?:\s*,[^,.;:()\"“”]{1,60},)?"
    r"\s+(?:(?:should|would|could|might|may|will|to)\s+)?(?:also\s+)?"
    rf"(?P<threat>add|cover|include|target|hit|list)\s+(?:more\s+|further\s+|other\s+)?{TARGET}"
)
# "We are ready to support new listings of judges …", "Germany is examining, with its partners,
# further listings of those responsible …", "working towards a further round of listings aimed
# at …": further measures a power stands ready for, examines or works towards are a threat
SUPPORTED_RE: Final = re.compile(
    r"\b(?P<verb>(?P<threat>(?P<ready>(?:ready|prepared|willing)\s+to)\s+(?:support|back|adopt|"
    r"propose|consider)|examining|exploring|working\s+(?:[^,.;:()\"“”]{0,60}?\s+)?towards|"
    r"support(?:s|ed|ing)?))(?:\s*,[^,.;:()\"“”]{1,50},)?\s+(?:(?:a|the)\s+)?"
    # ("was prepared to back EU listings of judges …": readiness needs no "new")
    r"(?(ready)(?:(?:new|further|fresh|additional|personal|individual|targeted|more)\s+)*|"
    r"(?:(?:new|further|fresh|additional|personal|individual|targeted|more)\s+)+)"
    # ("will support new EU restrictive measures against …": the bloc's measures)
    r"(?:(?P<power>EU|UK|US|U\.S\.|European|British|American|Canadian)\s+)?"
    r"(?:round\s+of\s+)?(?:listings|designations|sanctions|restrictive\s+measures|measures)\s+"
    rf"(?:of|on|against|aimed\s+at|targeting|for)\s+{TARGET}"
)
# "EU leaders called for sanctions on Belavia", "EU leaders called for Belarusian carriers to be
# banned from EU airspace", "Sweden will continue to argue within the EU for new sanctions
# against …": a measure a power itself calls or argues for, a threat (a call by those who impose
# none is not read: they could not take the measure); where the power argues within its bloc,
# the measure is the bloc's
_CALLING_POWER: Final = (
    rf"\b(?P<named>(?:the\s+)?(?:{POWER_NAMES})|"
    # ("Stockholm would argue in Brussels for …": any member arguing within the bloc)
    r"[A-Z][a-z]+(?=\s+(?:(?:will|would|also|again)\s+)*argu\w*\s+(?:in|within)\s+(?:the\s+)?"
    r"(?:Brussels|EU|European\s+Union)\b))(?:\s+(?:leaders|heads\s+of\s+government|"
    r"(?:foreign\s+)?ministers|governments?|officials))?\s+"
    r"(?:(?:has|have|had|also|will|would|again|continu(?:e|es|ed)\s+to|keeps?)\s+)*"
    r"(?P<verb>(?P<threat>call(?:s|ed)?|argu(?:e|es|ed|ing)))"
    r"(?:\s+(?:in|within)\s+(?:the\s+)?(?P<power>Brussels|EU|European\s+Union))?\s+for\s+"
)
CALLED_FOR_RE: Final = re.compile(
    _CALLING_POWER + r"(?:an?\s+)?(?:(?:new|further|tougher|more|additional|targeted)\s+)*"
    # ("for a further package of EU sanctions against …")
    r"(?:(?:package|round)\s+of\s+)?(?:(?:EU|European)\s+)?"
    r"(?:(?:sanctions|restrictions|restrictive\s+measures|measures|asset\s+freezes|travel\s+bans|"
    # ("Stockholm would argue in Brussels for EU listings of the heads of …")
    r"a\s+ban)\s+(?:on|against)|(?:listings|designations)\s+(?:of|against))\s+" + TARGET
)
# "Vienna would back EU measures against Belarusian state banks": a power's backing of its
# bloc's measures to come
BACKED_RE: Final = re.compile(
    r"\b(?P<verb>(?P<threat>(?:would|will)\s+(?:back|support)))\s+"
    r"(?:(?:new|further|fresh|additional|personal|individual|targeted|more)\s+)*"
    r"(?P<power>EU|UK|European|British)\s+"
    r"(?:listings|designations|sanctions|restrictive\s+measures|measures)\s+"
    rf"(?:of|on|against|aimed\s+at|targeting)\s+{TARGET}"
)
CALLED_BANNED_RE: Final = re.compile(
    _CALLING_POWER + r"(?P<target>[^,.;:()—–\"“”]{1,60}?)\s+to\s+be\s+"
    r"(?:banned|sanctioned|blacklisted|listed|designated|barred)\b"
)
# "would favour a further round of individual listings that includes those in the justice
# system", "prepare options for new listings of officials involved in …", "bring forward, early
# in the new year, designations of officials responsible for …", "reviewing the case for
# further designations, including of …", "proposals to extend the Belarus listings to …":
# listings a power proposes, prepares or favours are a threat
PLANNED_LISTINGS_RE: Final = re.compile(
    r"\b(?P<verb>(?P<threat>propos(?:e|es|ed|ing|als?)|prepar(?:e|es|ing)|"
    r"bring(?:s|ing)?\s+forward|brought\s+forward|favou?r(?:s|ed|ing)?|case\s+for|"
    r"weigh(?:s|ed|ing)?|consider(?:s|ed|ing)?))\b"
    # (what lies between: "options for", "to extend the Belarus", an aside between commas)
    r"(?:\s+to\s+(?P<ext>extend)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?=listings|designations)|"
    r"(?:\s*,[^,.;:()\"“”]{1,40},|(?:\s+(?!(?:that|which|who|and|but|it|its|their)\b)"
    r"[\w’'-]+){0,4}?)\s+)"
    r"(?:(?:a|an|the)\s+)?(?:(?:new|further|fresh|additional|more|next|another|third|fourth|"
    r"fifth|sixth|seventh|eighth)\s+)*(?:(?:round|set|package|wave)\s+of\s+)?"
    r"(?:(?:individual|personal|targeted|EU|UK|US|European|British|Belarus)\s+)*"
    r"(?P<noun>listings|designations)"
    r"(?:\s*,?\s+(?:including|notably|especially|in\s+particular)\s+(?:of\s+)?|"
    r"\s+(?:of|against|aimed\s+at|targeting|(?:that|which)\s+(?:would\s+)?includes?|to\s+include)\s+|"
    r"(?(ext)\s+to\s+|(?!)))"
    rf"{TARGET}"
)
# "we are prepared to go further, including against those who run the prison system": a
# readiness for more measures, on whom they would fall
GO_FURTHER_RE: Final = re.compile(
    r"\b(?P<verb>(?P<threat>(?:ready|prepared|willing)\s+to\s+go\s+further))\s*,?\s+"
    rf"(?:including\s+|notably\s+|also\s+)?against\s+{TARGET}"
)
