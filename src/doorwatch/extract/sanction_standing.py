"""Measures told as standing while the sentence is about something else: a relief sought from
them, kept in place, a target still listed, a regime that covers it, goods hit by them.

"Minsk has long sought relief from Western sanctions on its potash" tells that the sanctions
on potash are in force; so do "keeping in place bans on potash and timber", "Britain still
lists Belaruskali", "its sanctions regime, which covers Lukashenka", "potash exports hit by US
sanctions", "Belarus's potash, still under American sanctions,", "answered the crackdown with
sanctions on Belarusian officials", "left its restrictions on Belaruskali untouched", "Grodno
Azot and the refinery Naftan, both still on the US list", "the sanctions it has maintained
since 2021 on Belaruskali", "The potash measures, imposed in August 2021 on Belaruskali and its
exporters,", "U.S. sanctions, which continue to target Belaruskali", "Canada has restricted
dealings with Belavia", "last year's British measures against Belaruskali", "those the EU has
applied to potash since 2021", "parties designated by the United States, such as Belaruskali".
``doorwatch.extract.sanctions`` tries these shapes around their words
(``STANDING_WORDS`` in ``sanction_windows``); each reports a measure in force through
``sanction_modality.action_of`` like every other shape.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.dates import MONTH_PATTERN
from doorwatch.extract.sanction_shapes import (
    APPOSITIVE,
    DESCRIBED_HEAD,
    FILL,
    MEASURE,
    PENALTY,
    TARGET,
)

_GOODS: Final = lx.alternation(lx.words("sanctions", "goods"))
_COUNTRIES: Final = lx.alternation(sorted(lx.PLACES))
# "Minsk has long sought relief from Western sanctions on Belarusian potash": the measures a
# relief is wished for are in force (not "won relief from …": a relief granted eases them)
RELIEF_SOUGHT_RE: Final = re.compile(
    r"\b(?:s(?:eek|eeks|eeking|ought)|want(?:s|ed|ing)?|hop(?:e|es|ed|ing)\s+(?:for|to\s+"
    r"(?:win|get|secure|obtain))|(?:press|push|lobby|lobbie|ask)(?:s|es|ed|ing)?\s+for)\s+"
    r"(?:(?:some|any|more|further|the)\s+)?relief\s+from\s+"
    rf"(?P<fill>{FILL})(?P<verb>{MEASURE})\s+(?:on|against)\s+{TARGET}"
)
# "keeping in place bans on Belarusian potash, oil products and timber", "have kept in place
# what Minsk regards as illegal sanctions against …": measures kept
KEPT_IN_PLACE_RE: Final = re.compile(
    r"\b(?P<verb>keep(?:s|ing)?|kept|maintain(?:s|ed|ing)?|leav(?:e|es|ing)|left)\s+in\s+place\s+"
    r"(?:what\s+[^,.;:\"“”]{1,40}?\s+as\s+)?"
    rf"(?P<fill>{FILL})(?:{MEASURE}|bans?|embargo(?:es)?)\s+(?:on|against)\s+{TARGET}"
)
# "Britain and Canada still list the producer Belaruskali": a target kept on a power's list
STILL_LISTS_RE: Final = re.compile(
    r"\b(?:still|continue(?:s|d)?\s+to)\s+(?P<verb>list)s?\s+"
    # (a name or a described one: not "Viasna still lists 1,200 political prisoners")
    # ("The EU still lists the airline": a described one, whom the text names elsewhere)
    rf"(?=(?:the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+)?[A-Z]|"
    rf"the\s+(?:[a-z][\w-]*\s+)?(?:{DESCRIBED_HEAD})\b){TARGET}"
)
# "its Belarus sanctions regime, which covers Lukashenka and hundreds of officials": whom a
# programme in force reaches
# (read from "which": whatever is said of the regime before, "is expected to extend its
# sanctions regime", says nothing of whom it covers now)
REGIME_COVERS_RE: Final = re.compile(
    r"(?:(?<=sanctions\sregime,\s)|(?<=sanctions\sprogramme,\s)|(?<=sanctions\sprogram,\s)|"
    r"(?<=measures\sregime,\s))which\s+"
    r"(?:now\s+|also\s+|still\s+)?(?P<verb>covers|targets|includes|lists)\s+"
    rf"{TARGET}"
)
# "potash exports hit by US and European Union sanctions imposed in 2021": goods a measure
# reaches, told by a participle with no auxiliary (not "prices hit by …")
GOODS_HIT_BY_RE: Final = re.compile(
    rf"\b(?P<target>(?:Belarusian\s+)?(?:{_GOODS})(?:\s+(?:exports|imports|sales|trade|"
    r"industry|sector|producers?|exporters?))?)\s*,?\s+"
    rf"(?P<verb>hit)\s+by\s+(?P<fill>{FILL}){MEASURE}\b"
)
# "Belarus's potash, still under American sanctions, could be discussed next": a target whose
# measure an aside tells as in force
STILL_UNDER_RE: Final = re.compile(
    # ("The airline, under American restrictions since August 2023,": a description of a
    # target named before)
    r"\b(?P<target>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*"
    r"(?:[’']s\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*)?|"
    rf"[Tt]he\s+(?:[a-z][\w’'-]*\s+){{0,2}}(?:{DESCRIBED_HEAD}))\s*,\s+"
    # ("Belavia, under U.S. restrictions since 2023, and …": since when, before the comma)
    rf"(?:(?:still|now|already|also|long)\s+)?(?P<verb>under)\s+(?P<fill>{FILL}){MEASURE}"
    r"(?:\s+since\s+[A-Z0-9][\w]*(?:\s+\d{4})?)?\s*,"
)
# "Belavia has now spent almost a year under US sanctions, imposed in August 2023": a target
# that has been under a power's measures for a time
SPENT_UNDER_RE: Final = re.compile(
    r"\b(?P<target>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+(?:has|have|had)\s+"
    r"(?:now\s+|already\s+)?(?P<verb>spent)\s+(?:(?:almost|nearly|more\s+than|over|about|some)\s+)?"
    r"(?:a|an|one|two|three|four|five|six|\d+)\s+(?:[a-z]+\s+)?(?:years?|months?)\s+under\s+"
    rf"(?P<fill>{FILL}){MEASURE}"
)
# "both put Lukashenko, his son Viktar and six senior officials under asset freezes and travel
# bans": those a power put under its measures, named between the verb and the measure
# "Belaruskali, the potash company placed under US sanctions last August,", "Naftan, the
# refinery under US sanctions since 2021": what the name is, told with the measure it is under
APPOSED_UNDER_RE: Final = re.compile(
    r"\b(?P<target>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s*,\s+the\s+(?:[a-z][\w’'-]*\s+){1,4}?"
    rf"(?:(?:placed|put|kept)\s+)?(?P<verb>under)\s+(?P<fill>{FILL}){MEASURE}"
    r"(?:\s+(?:since|in|last)\s+[A-Z0-9]\w*(?:\s+\d{4})?)?(?=\s*[,.;)]|\s+(?:and|who|which)\b)"
)
APPOSED_UNDER_WORDS: Final = (
    *(f" under {power} " for power in ("US", "U.S.", "American", "EU", "European", "UK")),
    " under British ",
    "placed under ",
)
PUT_UNDER_RE: Final = re.compile(
    # ("The United States still has Belaruskali under the sanctions it imposed in 2021",
    # "has kept Belavia under its sanctions": a target a power holds under its measures)
    r"\b(?P<verb>put|puts|putting|placed|places|placing|has|have|had|keeps?|kept|keeping)\s+"
    # ("placed 40 people accused of rigging the count under travel bans": a number of people)
    r"(?=(?:the\s+)?[A-Z]|(?:some|about|around|nearly|another|a\s+further)?\s*\d)"
    r"(?P<target>[^.;:()—–\"“”]{1,140}?)\s+under\s+"
    r"(?:(?:an?|new|fresh|further|its|their|the|own|[A-Z][\w.]*)\s+)*"
    # ("placed … under targeted financial sanctions")
    r"(?:(?:targeted|financial|personal|individual|economic|sectoral|full|blocking)\s+){0,2}"
    r"(?:asset\s+freezes?|travel\s+bans?|sanctions|restrictive\s+measures|entry\s+bans?)\b"
)
# "Western governments have answered the crackdown with sanctions on Belarusian officials":
# the measures a power's response was
# ("The European Union followed on 2 October with asset freezes on 40 officials": a power
# that follows another with a measure of its own)
ANSWERED_WITH_RE: Final = re.compile(
    r"\b(?:answer(?:ed|s)?|respond(?:ed|s)?|react(?:ed|s)?|retaliat(?:ed|es)|followed)\s+"
    r"(?:(?:to\s+)?(?:the|its|their|this|that)\s+[\w-]+(?:\s+[\w-]+)?\s+)?"
    r"(?:(?<=followed\s)(?:on|in)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?\s+)?with\s+"
    rf"(?P<fill>{FILL})(?P<verb>{MEASURE}|{PENALTY}(?:\s*,?\s+and\s+{PENALTY})?)\s+(?:on|against)\s+"
    rf"{TARGET}"
)
# "the United States left its restrictions on Belaruskali and the flag carrier untouched":
# measures a power leaves as they were
LEFT_UNTOUCHED_RE: Final = re.compile(
    r"\b(?P<verb>left|leaves|leaving|leave)\s+"
    rf"(?P<fill>{FILL}){MEASURE}\s+(?:on|against)\s+"
    r"(?P<target>[^,.;:()—–\"“”]{1,80}?)\s+(?:untouched|intact|unchanged|in\s+place)\b"
)
# "any discussion of the existing measures on Belaruskali and Belavia", "notes the earlier US
# sanctions on Belaruskali": measures a word tells are standing, with no verb of their own
EXISTING_MEASURES_RE: Final = re.compile(
    # (after its article: not "and earlier removed restrictions on …", an adverb)
    rf"\b(?:the|its|their|these|those)\s+(?P<verb>existing|earlier|current)\s+"
    rf"(?P<fill>{FILL}){MEASURE}\s+(?:on|against)\s+"
    rf"{TARGET}"
)
# "relief for Grodno Azot and the refinery Naftan, both still on the US list": targets an aside
# tells are still listed, or under measures
BOTH_LISTED_RE: Final = re.compile(
    # ("The Naftan oil refinery and the fertiliser maker Grodno Azot, both already on Western
    # lists,": a name with what it is)
    r"\b(?P<target>(?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?:\s+[a-z][\w-]*){0,2}"
    r"\s+(?:and|or)\s+(?:the\s+(?:[a-z][\w-]*\s+){0,2})?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"\s*,\s+(?:both|all)\s+(?:of\s+them\s+)?(?:still\s+|also\s+|already\s+)?(?P<verb>on|under)\s+"
    r"(?:(?<=on\s)(?:the\s+|its\s+|their\s+)?(?:[\w’'.-]+\s+){0,2}?(?:sanctions\s+)?(?:list|blacklist)s?\b|"
    # ("Belavia or Belaruskali, both under US sanctions,": the measures they are under)
    rf"(?<=under\s)(?P<fill>{FILL}){MEASURE}\b)"
)
# "the sanctions it has maintained since 2021 on Belaruskali": a measure kept since a year
MAINTAINED_SINCE_RE: Final = re.compile(
    r"\b(?P<verb>maintained|kept|held|applied)\s+since\s+(?:(?:early|late|mid-)\s*)?"
    rf"(?:19|20)\d\d\s+(?:on|against)\s+{TARGET}"
)
# "the licence covering Belaruskali, designated in August, lapses": a target an aside tells was
# designated, with when
DESIGNATED_ASIDE_RE: Final = re.compile(
    # (not "the tyre maker in Babruisk, designated …": a place)
    r"\b(?<!\bin\s)(?<!\bat\s)(?<!\bnear\s)(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s*,\s+"
    # ("Belavia, the state airline designated in August 2023,": what it is, then the aside)
    r"(?:the\s+(?:[a-z][\w-]*\s+){1,3}?(?=(?:designated|blacklisted|sanctioned)\s))?"
    # ("the potash giant Belaruskali, sanctioned since 2021,")
    # ("Belaruskali, targeted by the United States since August 2021,"; "blocked by …")
    r"(?:(?:first|originally|already|also)\s+)?(?P<verb>designated|blacklisted|sanctioned|targeted|blocked|"
    # ("the state airline Belavia, banned from European skies after the Ryanair landing in
    # 2021,": a ban told in the aside, and what it followed)
    r"(?:banned|barred)\s+from\s+(?:the\s+)?(?:(?P<named>[A-Z][\w.]*)\s+)?(?:airspace|skies|airports)"
    r"(?:\s+(?:after|following)\s+(?:the\s+)?[^,.;:()]{1,40}?)?)\s+"
    # ("Belavia, blacklisted by the Treasury since 2023,": whose listing, by its agent)
    r"(?:by\s+(?:the\s+)?(?P<power>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+)?"
    r"(?:in|on|last|this|since)\s+[A-Z0-9][\w]*(?:\s+(?:\d{1,2}|\d{4}))?(?:\s+\d{4})?\s*[,.;]"
)
# "The potash measures, imposed in August 2021 against Belaruskali and the state exporter,
# took years to bite": a measure whose aside tells when it was imposed and on whom
IMPOSED_ASIDE_RE: Final = re.compile(
    rf"\b(?P<fill>{FILL}){MEASURE}\s*,\s+(?P<verb>(?P<impose>imposed|introduced|adopted))\s+"
    r"(?:(?:in|on|since)\s+(?:(?:early|late|mid-)\s*)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+)?"
    r"(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s+)?"
    rf"(?:on|against)\s+{TARGET}"
)
# "without any change to U.S. sanctions, which continue to target Belaruskali, Belavia and dozens
# of officials": whom measures in force reach, told by a relative clause
# ("imposed its first economic sanctions in June, which restricted some potash grades")
MEASURES_WHICH_TARGET_RE: Final = re.compile(
    rf"\b(?P<fill>{FILL}){MEASURE}(?:\s+in\s+[A-Z][a-z]+(?:\s+\d{{4}})?)?\s*,\s+which\s+"
    r"(?:now\s+|still\s+|also\s+)*"
    r"(?:continue\s+to\s+)?(?P<verb>target|cover|hit|reach|restrict(?=ed\b))(?:s|es|ed)?\s+"
    rf"(?:(?:some|certain|several)\s+)?{TARGET}"
)
# "The Treasury sanctions of August 2021 had targeted the state producer Belaruskali among
# others", "the 2021 sanctions target Belaruskali": whom measures reach, told with the measures
# as the subject (not "targeted at", a measure's aim)
MEASURES_TARGETED_RE: Final = re.compile(
    rf"\b(?P<fill>{FILL}){MEASURE}(?:\s+of\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)?\s+"
    r"(?:(?:had|have|has)\s+)?(?:(?:also|mainly|chiefly|largely|directly)\s+)?"
    r"(?P<verb>target(?:s|ed)?)\s+(?!at\b)"
    rf"(?:(?:some|certain|several)\s+)?{TARGET}"
)
# "Belaruskali fell under US sanctions in August 2021", "the company came under EU restrictions
# as well": a target told by the measures it fell under (a translation's turn)
FELL_UNDER_RE: Final = re.compile(
    r"\b(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|"
    rf"[Tt]he\s+(?:[a-z][\w’'-]*\s+){{0,2}}(?:{DESCRIBED_HEAD}))"
    # ("Belavia, the national carrier, comes under US restrictions": the name's description
    # between it and its verb)
    r"(?:\s*,\s*(?:the|its|a|an|[A-Z][\w.]*[’']s)\s+[^,.;:()\"“”]{1,60},)?\s+(?:also\s+|later\s+)?"
    r"(?P<verb>fell|falls|fall|came|comes)\s+under\s+"
    rf"(?P<fill>{FILL}){MEASURE}\b"
)
# "Since August 2023 Belavia has been a designated entity under US sanctions": a target told
# as one of those a listing reaches
LISTED_KIND_RE: Final = re.compile(
    r"\b(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+"
    r"(?:has\s+been|have\s+been|had\s+been|is|are|was|were|remains?|remained|became)\s+"
    r"(?:(?:still|now|also|already)\s+)?(?:an?\s+)?"
    r"(?P<verb>designated|sanctioned|listed|blocked)\s+"
    r"(?:entity|entities|person|persons|company|companies|individual|individuals|party|parties)\b"
)
# "After the EU's June restrictions on potash, three governments …": a power's measure told
# as the time of what followed, so taken before it
AFTER_MEASURE_RE: Final = re.compile(
    r"\b(?:[Aa]fter|[Ff]ollowing|[Ss]ince)\s+(?:the\s+)?"
    r"(?P<power>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)[’']s\s+"
    r"(?:(?:first|initial|new|(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d|[A-Z][a-z]+)\s+){0,2}"
    rf"(?P<fill>(?:[a-z]+\s+)?)(?P<verb>{MEASURE}|bans?|embargo)\s+(?:on|against)\s+{TARGET}"
)


# "OFAC took action against the state-owned airline Belavia Belarusian Airlines OJSC": a
# designation told as a power's action against its target
# ("The United Kingdom and Canada had already acted jointly against Lukashenko and …"; "Britain
# has acted against Grodno Azot")
TOOK_ACTION_RE: Final = re.compile(
    r"\b(?P<verb>(?P<impose>took|takes|taking|take|has\s+taken|have\s+taken)"
    r"(?=\s+(?:further\s+|new\s+|additional\s+|sanctions\s+)?action\s)|"
    # (not "Tokyo has rarely acted against Belarus on its own")
    r"(?<!rarely\s)(?<!seldom\s)(?<!never\s)(?<!not\s)(?<!yet\s)"
    r"acted(?=\s+(?:(?:jointly|together)\s+)?against\s))\s+"
    r"(?:(?:(?:further\s+|new\s+|additional\s+|sanctions\s+)?action|jointly|together)\s+)?"
    r"against\s+"
    # (a name among its first words: not "took action against key sources of revenue")
    r"(?!(?:those|them|it|him|her|anyone)\b)(?=(?:[a-z][\w-]*\s+){0,5}[A-Z])"
    rf"{TARGET}"
)


# "Canada has restricted dealings with Belavia since June 2021": a power's bar on dealing with
# its target
DEALINGS_BARRED_RE: Final = re.compile(
    r"\b(?P<verb>restricted|barred|banned|prohibited|blocked|cut\s+off)\s+(?:all\s+|most\s+)?"
    # (not "restricted trade with Belarus in potash, timber …": the goods are the targets)
    r"(?:dealings|transactions|business)\s+with\s+"
    r"(?!(?:it|them|him|her|those|anyone)\b)" + TARGET
)
# "last August's US measures against Belaruskali", "last year's British sanctions on …": a
# measure told by when it was taken, so taken
WHEN_MEASURE_RE: Final = re.compile(
    rf"\b(?:last|this)\s+(?:year|summer|spring|autumn|winter|{MONTH_PATTERN})[’']s\s+"
    rf"(?P<fill>{FILL})(?P<verb>{MEASURE}|bans?|embargo)\s+(?:on|against)\s+{TARGET}"
)
# "such as those the European Union has applied to Belarusian potash since 2021": measures a
# named power has in force, told after those like them ("or to those imposed on Belavia in
# August 2023": the power's, named before)
THOSE_APPLIED_RE: Final = re.compile(
    # (not "mirrored with those imposed on Russia": measures compared)
    # ("the sanctions the United States has applied to the potash producer Belaruskali")
    r"\b(?<!with\s)(?<!than\s)(?:those|the\s+ones|the\s+(?:sanctions|measures|restrictions)(?=\s+the\s))"
    r"\s+(?:that\s+|which\s+)?(?:(?:the\s+)?"
    r"(?P<power>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+"
    r"(?:has|have|had)\s+(?:(?:already|long|also)\s+)?)?(?P<verb>applied|imposed)\s+(?:on|to|against)\s+"
    + TARGET
)
# "The United States continues to apply sanctions to the potash producer Belaruskali": a
# measure a power still applies
STILL_APPLIED_RE: Final = re.compile(
    # (not "will continue to apply the EU's measures": a promise)
    r"\b(?:continu(?:es|ed)\s+to|still)\s+(?P<verb>apply|applies|applied)\s+"
    rf"(?P<fill>{FILL}){MEASURE}\s+(?:to|on|against)\s+{TARGET}"
)


# "parties designated by the United States, such as Belaruskali and Belavia": targets named as
# examples of those a power listed
SUCH_AS_DESIGNATED_RE: Final = re.compile(
    r"\b(?P<verb>designated|sanctioned|listed|blacklisted)\s+by\s+(?:the\s+)?"
    r"(?P<power>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s*,?\s+(?:such\s+as|like|including)\s+"
    rf"{TARGET}"
)
# "US-designated Belarusian entities, such as the potash company Belaruskali": the same, the
# power before its participle
KIND_SUCH_AS_RE: Final = re.compile(
    r"\b(?P<power>US|U\.S\.|EU|UK|OFAC)-(?P<verb>designated|sanctioned|listed|blacklisted)\s+"
    r"(?:[A-Za-z][\w-]*\s+){0,2}?"
    r"(?:entities|companies|firms|parties|persons|individuals|businesses|enterprises)\s*,?\s+"
    rf"(?:such\s+as|like|including)\s+{TARGET}"
)
# "US sanctions, including those on the potash producer Belaruskali, deter …": measures in
# force, some of them named by their target
INCLUDING_THOSE_RE: Final = re.compile(
    rf"\b(?P<fill>{FILL}){MEASURE}\s*,\s+(?:including|notably|especially|in\s+particular)\s+"
    rf"(?P<verb>those)\s+(?:on|against)\s+{TARGET}"
)
# "the American sanctions on Belaruskali, the potash giant, imposed that August", "sanctions on
# Belaruskali, imposed in August 2021, were felt": a measure on its target, told when it was
# imposed in an aside after it
ON_TARGET_IMPOSED_RE: Final = re.compile(
    # (not "a new round of restrictions on Belarus, adopted on 29 June": a regime, whose parts
    # the text tells)
    rf"\b(?P<fill>{FILL}){MEASURE}\s+(?:on|against)\s+(?!(?:{_COUNTRIES})\s*,){TARGET}"
    rf"(?:{APPOSITIVE}\s+|\s*,\s+)"
    # ("imposed back in 2021": when, with a word that stresses how long ago)
    r"(?P<verb>(?P<impose>imposed|introduced|adopted))\s+(?:back\s+)?"
    r"(?:in|on|that|last|this|since)\s+(?:(?:early|late|mid-)\s*)?[A-Z0-9]"
)
# "the sanctions imposed that month by the United States on Belaruskali": a measure, when and
# by whom, then its target
IMPOSED_BY_ON_RE: Final = re.compile(
    rf"\b(?P<fill>{FILL}){MEASURE}\s+(?P<verb>(?P<impose>imposed|introduced|adopted))\s+"
    r"(?:(?:in|on|that|last|this)\s+[\w ]{1,20}?\s+)?by\s+(?:the\s+)?"
    r"(?P<power>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+(?:on|against)\s+"
    rf"{TARGET}"
)
