"""The words around a count that say whom it counts and what became of them: the nouns of
people ("52 political prisoners", "1,300 others"), the verbs before a number ("freed 52",
"holding", "designated a further") and after its noun ("remain jailed", "were pardoned", "left
the colonies"), as ``doorwatch.extract.figures`` reads them.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract.lexicon import DEMONYMS, alternation
from doorwatch.extract.word_gates import any_in

PEOPLE: Final = (
    r"political\s+prisoners?|prisoners?|detainees?|people|persons|individuals|inmates|"
    r"activists|dissidents|journalists|others|men|women|protesters|protestors|demonstrators|"
    r"citizens|nationals|captives|convicts|hostages|opposition\s+figures|children|minors|"
    r"foreigners|students|bloggers|lawyers|workers|believers|priests|pensioners|volunteers|"
    # ("At least eleven employees who took part were later detained")
    r"employees|teachers|doctors|artists|musicians|writers|athletes|"
    # ("the detention of 17 observers", "12 candidates were arrested")
    r"observers|monitors|candidates|voters|reporters|campaigners|supporters|"
    # "added 25 new names to its list": entries of a list of people (see list_names)
    r"names|"
    # "at least 150 politically motivated detentions": arrests counted as events
    r"detentions|arrests|"
    # "it recognised 509 new ones": people named just before
    r"ones|" + alternation(d + "s" for d in DEMONYMS if d.endswith(("an", "i")))
    # "1,100 Belarusians", "31 Ukrainians": a people named by its nationality
)
NOUN_RE: Final = re.compile(
    r"(?:\s+|-)(?:(?:other|more|new|further|additional|political|freed|released|jailed|plus|"
    r"politically|motivated|arbitrary|"
    # ("1,131 recognised political prisoners": those who are political prisoners)
    r"detained|imprisoned|pardoned|convicted|remaining|such|recogni[sz]ed|[A-Z][\w-]+|"
    r"[a-z]+-[a-z]+)\s+){0,3}?"
    # ("the nearly 1,500 men and women who are held": a pair of nouns for one group)
    rf"(?P<noun>{PEOPLE})\b(?:\s+and\s+(?:women|men|children)\b)?"
)
# Each lookahead below lists the first letters of its pattern's words: most positions then
# fail on one comparison before the alternation is tried.
PRE_CUE_RE: Final = re.compile(
    r"\b(?=[abcdfhijklnprst])(?:(?P<rel>releas(?:ed|es|ing|e)|free(?:d|s|ing)?|freedom|"
    r"pardon(?:ed|s|ing)?|amnest(?:ied|ies|y)|set\s+free|let\s+go|hand(?:ed|s|ing)?\s+over|"
    # ("the envoy's visit brought out 14 prisoners": those a visit freed)
    r"br(?:ought|ings?|inging)\s+(?:out|home)|"
    # ("Coale returned with 52 in September": those an envoy came back with)
    r"(?:returned|came\s+back|flew\s+(?:out|home|back))\s+with|"
    # ("lifted its sanctions in exchange for 123 prisoners": those a concession freed)
    r"in\s+(?:exchange|return)\s+for"
    r")"
    r"|(?P<det>detain(?:ed|s|ing)?|detention|arrest(?:ed|s|ing)?|jail(?:ed|s|ing)?|"
    r"imprison(?:ed|s|ing)?|round(?:ed|s|ing)?\s+up)"
    r"|(?P<des>designat(?:ed|es|ing)|recogni[sz](?:ed|es|ing|e)|declar(?:ed|es|ing)|named)"
    r"|(?P<held>hold(?:s|ing)?|held|keep(?:s|ing)?|kept|remain(?:s|ing|ed)?|"
    r"there\s+(?:are|were|remain)|total(?:s|led|ed|ing))"
    # "dissident.by ... counts 1,336": a verb of counting; the count is of people held when
    # the text around it speaks of political prisoners
    # ("the Associated Press, citing Viasna, reported 1,174")
    r"|(?P<cnt>count(?:s|ed)?|list(?:s|ed)|record(?:s|ed)|tall(?:ies|ied)|report(?:s|ed)))\b"
)
PRE_GAP_RE: Final = re.compile(
    # "The releases: 52 people in September": a colon between the noun and the count
    # ("the release, on 21 June, of 14 political prisoners": a date between commas)
    r"^:?(?:,\s+(?:on|in)\s+(?:[A-Z][a-z]+(?:\s+\d{1,2})?|\d{1,2}\s+[A-Z][a-z]+),|"
    r"\s+(?:of|another|a|an|the|some|further|additional|more|other|all|nearly|about|"
    r"at\s+least|still|only|just|as\s+many\s+as|up\s+to|over|around|approximately|total|"
    # "freed another group of 31 prisoners"
    r"group|batch|total\s+of|group\s+of|batch\s+of|"
    # ("recognised as political prisoners 889 new persons": the order of English rendered
    # from other languages)
    r"as\s+political\s+prisoners|"
    # "signed pardon decrees for another thirteen people"
    r"(?:decrees?|orders?)\s+for|"
    # "welcomes the release today of 123 prisoners"
    # ("followed the release that day of 52 prisoners")
    r"today|yesterday|overnight|that\s+day|the\s+same\s+day|"
    # "The release on December 13 of 123 prisoners", "the release on December 13, 2025 of …"
    # ("the release in early July 2024 of 18 political prisoners")
    r"(?:on|in)\s+(?:(?:early|late|mid)[\s-])?(?:[A-Z][a-z]+(?:\s+\d{1,2})?|\d{1,2}\s+[A-Z][a-z]+)"
    r"(?:,?\s+(?:19|20)\d\d)?|"
    # "the release by the Belarusian authorities of 123 prisoners"
    r"by\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?of))*\s*$"
)
# a part of a group named before, or more of it, between a count and its verb ("342 of them",
# "51 of the 52", "51 of the freed prisoners", "51 of the people", "51 of us", "123 more")
PART_OF: Final = (
    r"(?:\s+more)?(?:\s+of\s+(?:them|those|these|whom|us|the\s+\d[\d,]*|"
    r"the\s+(?:(?:freed|released|pardoned)\s+)?(?:prisoners|people|detainees)))?"
)
# the neighbouring countries those freed are sent to ("taken to Lithuania"); a country reached
# is out of Belarus, where a city reached may be a stop further on ("17 of them had reached
# Warsaw" from Kyiv)
_COUNTRY_NAMES: Final = "Lithuania|Ukraine|Poland|Latvia"
_REFUGE_COUNTRIES: Final = rf"(?:{_COUNTRY_NAMES})"
_REFUGES: Final = rf"(?:{_COUNTRY_NAMES}|Vilnius|Kyiv|Warsaw|Riga)"
POST_CUE_RE: Final = re.compile(
    # "342 of them were freed": a part of a group named before, counted by its own verb
    # ("123 more were freed": "more" after the number)
    # ("51 of the 52 actually left Belarus")
    rf"{PART_OF}"
    # ("18 political prisoners, several of them seriously ill, would be released": an aside on
    # some of them)
    # ("three individuals, one of them a United States citizen, have been released"; not
    # "two of them Polish citizens", a count of its own)
    r"(?:\s*,\s+(?:several|some|many|most|all|among|including|one|both|none)\b"
    r"[^,.;:\d\"“”]{1,40},|"
    # ("20 people, 11 of them women, were freed", "25 people — 12 women and 13 men — had been
    # pardoned": what some or all of them are, its own numbers read apart)
    r"\s*,\s+(?:\d[\d,]*|[a-z]+)\s+of\s+them\s+(?:[a-z]+\s+)?(?![a-z]+ed\b)[a-z]+\s*,|"
    # (not "and 13 other prisoners – 14 people in all – were driven": the total)
    # ("30 people - 14 women and 16 men - were pardoned": a hyphen set off by spaces for a dash)
    r"\s+[—–-]\s+(?![^—–]*\b(?:in\s+all|in\s+total|altogether)\b)[^—–.;:\"“”]{1,60}?\s+[—–-]\s)?"
    r"\s*,?\s*(?:(?P<pron>who|that|which)\s+)?(?P<aux>(?:(?:were|was|have|has|had|are|is|will|would|"
    r"could|may|might|to|be|been|being|also|later|recently|since|now|already|all|still|"
    # "were newly recognised": an adverb in -ly
    # ("over 1,100 people continue to be held")
    # ("342 people in all were pardoned": the total told before the verb)
    r"reportedly|currently|today|then|subsequently|in\s+fact|in\s+the\s+end|continu(?:e|es|ed)|"
    # ("51 people were therefore freed")
    r"therefore|thus|"
    r"at\s+present|"
    # ("31 prisoners were reported pardoned", "are believed to be held")
    r"reported|(?:said|believed|thought)\s+to|"
    r"in\s+all|in\s+total|altogether|"
    r"[a-z]+ly)\s+)*)"
    r"(?:(?P<held>remain(?:s|ed|ing)?|"
    # "Nearly twelve hundred people are still there"
    r"(?<=still\s)(?:there|inside|waiting|locked\s+up)|"
    r"still\s+(?:held|jailed|imprisoned|in|behind|detained|recogni[sz]ed|considered|listed)|"
    # "1,299 people were political prisoners": a state, after its auxiliary (not "two people
    # who had been political prisoners": a state that ended)
    r"(?<=\s)(?<!had\sbeen\s)political\s+prisoners|"
    # ("more than 1,400 people sit in Belarusian prisons"; not "40 persons held responsible")
    r"sit(?:s|ting)?\s+(?:in|behind)\s+(?:[\w-]+\s+){0,2}(?:prisons?|jails?|bars|colonies|cells)|"
    # ("has 1,336 on its list", "1,131 people on Viasna's political-prisoner list")
    # (not "on Saturday's list": the day's list of those freed)
    r"on\s+(?:its|their|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|To|Yester)day[’']s)"
    r"[A-Z][\w.-]*[’']s)\s+(?:own\s+)?(?:political[\s-]prisoners?[’']?\s+)?"
    r"list\b|"
    # ("1,430 people began the new year behind bars")
    r"(?:began|begin|begins|started|start|starts|spent|ended|end|ends)\s+the\s+(?:new\s+)?year\s+"
    r"(?:behind\s+bars|in\s+(?:prison|jail|custody))|"
    r"behind\s+bars|in\s+(?:prison|jail|custody|detention)|"
    r"held(?!\s+(?:responsible|accountable|liable)\b)|languish(?:ing|es)?|"
    # ("About 1,200 people were still counted as political prisoners")
    r"(?:considered|regarded\s+as|deemed|counted\s+as)\s+political\s+prisoners)"
    r"|(?P<rel>freed|released|pardoned|set\s+free|let\s+go|amnestied|walk(?:ed|s)?\s+(?:free|out)|"
    # ("after the 123-prisoner release": the count names the release it was)
    r"(?<=prisoner\s)(?:release|pardon|swap|exchange|handover)|"
    r"(?:gone|went|go|goes)\s+free|"
    # ("fifty-one people regained their freedom that day")
    r"(?:regained|regain|regains|won\s+back|recovered)\s+(?:their|his|her)\s+(?:freedom|liberty)|"
    # ("Fifty-two people came out in September"; not "came out onto the streets")
    # ("18 people came out under pardon", "569 have come out through pardon")
    r"c(?:ame|ome|omes)\s+out(?=\s+(?:of\s+(?:prison|jail|custody|the\s+colony)|"
    r"in\s+[A-Z]\w*|on\s+[A-Z0-9]\w*|last|this|yesterday|today|"
    # ("1,700 have come out at the end of their sentences", "… after serving their terms")
    r"at\s+the\s+end\s+of\s+(?:their|his|her)|after\s+serving|"
    r"(?:under|through|by)\s+(?:a\s+)?pardons?)\b|\s*[.,;])|"
    # "Today 123 political prisoners are free", after its auxiliary
    # ("51 people are now at liberty")
    r"(?:(?<=are\s)|(?<=were\s))(?:now\s+)?(?:free(?!\s+(?:to|of|from)\b)|at\s+liberty)|"
    # "more than 1,700 have served their full sentences": released when their terms ended;
    # "returned 178 people to their families"
    r"served\s+(?:their|his|her)\s+(?:full\s+|entire\s+)?(?:sentences?|terms?)|"
    r"(?<=people\s)to\s+their\s+famil(?:y|ies)|"
    # prisoners handed over or driven out of the country are released into exile
    # ("more than 500 people left the list after being pardoned": no longer held)
    r"left\s+(?:prison|jail|Belarus|the\s+country|custody|(?:the\s+)?(?:penal\s+)?colon(?:y|ies)|"
    r"the\s+list)|"
    # ("31 citizens of Ukraine returned home from Belarusian prisons": out of prison)
    r"(?:returned|came|went)\s+(?:home\s+)?from\s+(?:[A-Z][\w-]*\s+)?"
    r"(?:prisons?|jails?|captivity|custody|(?:penal\s+)?colon(?:y|ies))|"
    r"handed\s+over|deported|expelled|sent\s+(?:out\s+of\s+(?:Belarus|the\s+country)|abroad|into\s+exile)|"
    # ("52 people were driven to the Lithuanian border")
    r"(?:driven|taken|bused|flown|brought)\s+(?:across|over|out|to\s+the\s+(?:[A-Z][\w-]*\s+)?border)|"
    # ("among 52 prisoners put on buses to the Lithuanian border")
    r"put\s+on\s+(?:buses|a\s+bus)|"
    # ("put 52 prisoners on buses bound for the Lithuanian border")
    r"on\s+(?:buses|a\s+bus)\s+(?:to|bound\s+for|heading\s+for|towards)\b|"
    # ("14 prisoners … had been taken to Lithuania": out of the country, where those freed
    # are sent)
    # ("The 14 were driven into neighbouring Lithuania")
    r"(?:driven|taken|bused|flown|brought)\s+(?:to|into)\s+(?:neighbou?ring\s+)?"
    rf"{_REFUGES}\b|"
    # ("51 prisoners actually reached Lithuania": arrived where those freed are sent)
    rf"(?:reached|arrived\s+in)\s+{_REFUGE_COUNTRIES}\b|"
    # ("52 political prisoners crossed into Lithuania", "ended with 52 prisoners crossing
    # into Lithuania")
    # ("one of the 51 people who crossed on Thursday")
    r"cross(?:ed|ing)\s+(?:into|the\s+border)|crossed(?=\s*[.,;]|\s+(?:on|at|that|last)\b)|"
    r"got\s+off\s+in\s+[A-Z][\w-]*|"
    # ("Coale arrived in September; 52 prisoners left; …": the clause ends with the verb)
    r"(?<=prisoners\s)left(?=\s*[;,.]))"
    r"|(?P<det>detained|arrested|jailed|imprisoned|taken\s+into\s+custody|sentenced|"
    r"convicted|rounded\s+up|"
    # ("more than 25 000 people have been deprived of their liberty": the law's words)
    r"deprived\s+of\s+(?:their\s+|his\s+|her\s+)?(?:liberty|freedom)|"
    # ("more than 13,000 people have passed through detention since August": held for a time)
    r"passed\s+through\s+(?:detention|custody|police\s+(?:cells|stations|custody))|"
    # ("More than 40 people were picked up there in one week": by the police, not by family)
    r"picked\s+up(?!\s+(?:by\s+(?:their|his|her|relatives|family|friends|buses|a\s+bus)|from)\b))"
    # "were still recognised as political prisoners" is a state, not a designation
    # ("889 of them added during 2022": new names in a period)
    r"|(?P<des>(?<!still\s)(?:recogni[sz]ed|designated|declared)|added\s+to|"
    r"added(?=\s+(?:in|during|since|over|this|last)\b)|"
    # ("157 people were added as new political prisoners")
    r"(?:named|added)(?=\s+(?:as\s+)?(?:new\s+)?political\s+prisoners)|"
    # ("more than 50 people branded political prisoners in January")
    r"branded(?=\s+(?:as\s+)?political\s+prisoners)))\b"
)
LEAVES_RE: Final = re.compile(
    r"\b(?:leaves|leaving|left|leave|keeps|keeping|kept|keep)\s+(?:[\w’']+\s+){0,2}$"
)
NP_STATE_RE: Final = re.compile(
    r"\b(?:(?P<rel>freed|released|pardoned)|jailed|detained|imprisoned)\b"
)
BARE_AUX_RE: Final = re.compile(
    # ("51 of the 52 actually left Belarus")
    rf"{PART_OF}"
    r"\s+(?:were|was|have\s+been|had\s+been|are|will\s+be|would\s+be)\s"
)
# "another 13 walked out", "Nearly 1,300 remain behind bars": a count with no noun whose own
# verb, without an auxiliary, says what became of the people (read where prisons are the topic)
BARE_VERB_RE: Final = re.compile(
    # ("51 of the 52 actually left Belarus", "more than 1,100 of whom remain behind bars")
    rf"{PART_OF}(?:\s+[a-z]+ly)?"
    r"\s+(?:(?:have|has|had)\s+)?(?:walked\s+(?:free|out)|"
    # ("only 51 crossed the border", "only 51 of us got off in Lithuania")
    # ("51 of the 52 crossed.")
    r"crossed\s+(?:into|the\s+border)|crossed(?=\s*[.,;])|got\s+off\s+in\s+[A-Z]|"
    # ("so 51 actually reached Lithuania")
    rf"(?:reached|arrived\s+in)\s+{_REFUGE_COUNTRIES}\b|"
    # ("dissident.by has 1,336 on its list": the people a group's list holds)
    r"on\s+(?:its|their)\s+(?:own\s+)?list\b|"
    r"left\s+(?:prison|jail|Belarus|the\s+country|custody|(?:the\s+)?(?:penal\s+)?colon(?:y|ies))|"
    # ("Viasna says more than 800 detained across the country today": a headline's passive)
    r"(?:detained|arrested)(?=\s+(?:in|across|at|on|during|after|today|yesterday|overnight)\b"
    r"|\s*[.,;])|"
    # ("1,429 held at the end of the month": a panel's line; "52 freed on Thursday")
    # ("still about 1,200 held according to Viasna": whose count, after it)
    r"(?:held|freed|pardoned)(?=\s+(?:at|on|in|as\s+of|after|today|yesterday|according\s+to)\b|"
    r"\s*[.,;])|"
    r"remain(?:s|ed)?\s+(?:behind\s+bars|inside|in\s+(?:prison|jail|custody|detention)|jailed|"
    r"imprisoned|detained|held)|"
    # ("still counted 1,131 behind bars on Dec. 31": where those counted are)
    r"(?<!\bhave)(?<!\bhas)(?<!\bhad)behind\s+bars)\b"
)


def last_cue(pre: str) -> re.Match[str] | None:
    """Return the last cue verb or noun of ``PRE_CUE_RE`` in ``pre`` (the text before a
    number), or None."""
    cues = list(PRE_CUE_RE.finditer(pre))
    return cues[-1] if cues else None


# "several hundred people have left Belarusian prisons …, including 52 on 11 September": a
# release told without its count, whose parts are counted
VAGUE_RELEASE_RE: Final = re.compile(
    r"\b(?:hundreds|dozens|scores|several\s+hundred|many)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:have\s+|had\s+|were\s+)?(?:been\s+)?(?:released|freed|pardoned|left|walked\s+free)\b"
)
# "three men aged 23, 25 and 31": ages, not counts
AGE_BEFORE_RE: Final = re.compile(r"\b(?:aged|ages?(?:\s+of)?)\s+(?:between\s+)?$")
# "123 pardons of political prisoners": releases counted by their noun
# ("Viasna attributes 342 pardons during 2025 to …": pardons counted over a year)
PARDONS_OF_RE: Final = re.compile(
    r"\s+(?:pardons|releases)\s+(?:of\s+(?:political\s+)?prisoners\b|"
    r"(?:during|in|over|since)\s+(?:19|20)\d\d\b)"
)
# "96 new recognitions of political prisoners": designations counted by their noun
RECOGNITIONS_RE: Final = re.compile(
    r"\s+(?:new\s+)?(?:recognitions|designations)\s+(?:of|as)\s+(?:political\s+prisoners)\b"
)
# "seven political prisoners have died in custody": a count of the dead, of no one held
DEATH_RE: Final = re.compile(
    # ("Two political prisoners, Valentin Shtermer and Andrei Pidnebennyi, died in custody":
    # their names between)
    r"(?:\s*,\s*[A-Z][^,.;:]{1,80},)?"
    # ("at least three political prisoners have now died", "2 - political prisoners who died
    # in custody")
    r"\s*,?\s*(?:(?:who|that)\s+)?(?:(?:have|has|had|were|was)\s+)?(?:(?:now|since|reportedly|also)\s+)?"
    r"(?:died|been\s+killed|killed|executed)\b"
)
# every match of DEATH_RE ends on one of these (as written: the pattern heeds case)
_DEATH_WORDS: Final = ("died", "killed", "executed")


def death_after(text: str, at: int, end: int) -> bool:
    """Return True when ``DEATH_RE`` matches at ``at`` (up to ``end``): the count's people died."""
    # (most clauses after a count hold none of its words: a plain search settles them)
    return any_in(text, at, end, _DEATH_WORDS) and DEATH_RE.match(text, at, end) is not None


# "31 citizens who had been imprisoned returned home", "… crossed the border into Ukraine": what
# became of those a relative clause says were held ("returned to Ukraine": home, named)
HOME_RE: Final = re.compile(
    r"[^,.;:]{0,60}?\b(?:(?:returned|came|went|arrived|flew|got)\s+(?:home\b|to\s+(?-i:[A-Z])[a-z]+)|"
    # ("114 people who had been held in Belarusian prisons crossed the border into Ukraine")
    r"crossed\s+(?:the\s+border|into)\b|walked\s+(?:free|out)\b)"
)


CUE_KINDS: Final = ("rel", "det", "des", "held", "cnt")
# the measure each kind of cue but counting tells
CUE_MEASURES: Final = {
    "rel": "prisoners_released",
    "det": "prisoners_detained",
    "des": "prisoners_designated",
    "held": "political_prisoners_held",
}


def cue_kind(match: re.Match[str]) -> str:
    """Return the kind of count a cue match tells: "rel", "det", "des", "held" or "cnt"."""
    # The kind is the cue patterns' outermost named group and closes last: ``lastgroup``
    # names it without asking each group in turn.
    kind = match.lastgroup
    if kind in CUE_KINDS:
        return kind
    return next(k for k in CUE_KINDS if k in match.re.groupindex and match.group(k))


def told_measure(text: str, start: int, end: int) -> str | None:
    """Return the one measure the words from ``start`` to ``end`` tell of a count told apart
    from them (a question before its answer, a sentence that explains a bare number): their
    cues' one kind of release, arrest, recognition or holding, else those held when they name
    political prisoners; None when they tell none or more than one."""
    kinds = {cue_kind(m) for m in PRE_CUE_RE.finditer(text, start, end)} - {"cnt"}
    if len(kinds) == 1:
        return CUE_MEASURES[kinds.pop()]
    if not kinds and text.find("political prisoner", start, end) >= 0:
        return CUE_MEASURES["held"]  # ("How many political prisoners are there today?")
    return None
