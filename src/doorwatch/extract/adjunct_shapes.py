"""Measures named by their target before the measure's own noun: "lifted the remaining Belavia
sanctions", "Potash sanctions were lifted", "the American easing of Belavia sanctions on
11 September", "its potash ban", "The EU's potash sanctions still work".

A power or a kind of measure before the noun is no target ("EU sanctions", "new sanctions",
"its travel ban"); ``adjunct_before`` says where a word that could be one stands there, and
``doorwatch.extract.sanction_windows`` tries these shapes only there.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.dates import MONTH_PATTERN
from doorwatch.extract.sanction_shapes import BE, EASE, IMPOSERS, LIFT, NO_DESIGNATORS, VERB

# "US lifts potash sanctions", "Potash sanctions were lifted": the target as the noun before
# "sanctions" (a power or a kind of measure there is no target: "EU sanctions", "new sanctions")
ADJUNCT: Final = (
    # (nor a verb: "where the US has had sanctions in place since 2021")
    r"(?!(?:of|on|in|to|for|by|with|and|or|a|an|his|her|our|your|part|parts|one|out|"
    r"has|have|had|having|is|are|was|were|be|been)\b)"
    # (nor a verb a clause follows: "whether the releases mean sanctions will be lifted")
    rf"(?!(?:{lx.alternation(lx.words('sanctions', 'clause_verbs'))})\b)"
    r"(?P<target>[A-Za-z][\w-]+)"
)
# no target after the measure ("sanctions on Belavia"); "… sanctions on 11 September" tells when
# ("eased the Belavia sanctions to allow the purchase of parts": what for, no target; "… to
# Belarusian ports", "to the airline": whom)
_TO_TARGET: Final = (
    r"\s+to\s+(?:[A-Z\d]|(?:the|a|an|its|their|his|her|all|some|more|other|several|new)\b)"
)
NO_TARGET_AFTER: Final = (
    r"(?!\s+(?:on|against|targeting)\s+"
    rf"(?!(?:\d{{1,2}}\s+)?(?:{MONTH_PATTERN}|[A-Z][a-z]+day)\b|the\s+same\s+(?:day|week|month)\b)"
    rf"|{_TO_TARGET})"
)
ADJUNCT_ACTIVE_RE: Final = re.compile(
    # ("lifted the remaining Belavia sanctions")
    # ("lifted the rest of its Belavia restrictions")
    rf"\b{VERB}\s+(?:(?:the\s+rest|what\s+remained|the\s+last)\s+of\s+)?"
    # ("lifted its own potash sanctions")
    r"(?:the\s+|its\s+|their\s+|all\s+)?(?:own\s+)?(?:remaining\s+|last\s+|existing\s+)?"
    # ("eased the Belavia measures in September")
    rf"{ADJUNCT}\s+(?:sanctions|restrictions|measures)\b{NO_TARGET_AFTER}"
)
# "the American easing of Belavia sanctions on 11 September": a measure's noun, its target
# before the measure
NOMINAL_ADJUNCT_RE: Final = re.compile(
    r"\b(?P<verb>(?P<lift>removal|lifting|scrapping)|(?P<ease>easing|relaxation|loosening))\s+"
    rf"of\s+(?:the\s+|its\s+|their\s+)?(?:remaining\s+)?{ADJUNCT}\s+(?:sanctions|restrictions)\b"
    rf"{NO_TARGET_AFTER}"
)
# "The potash restrictions had been in place since August 2021"
# ("the 2021 US potash sanctions": the year it was taken, and whose, before its target)
ADJUNCT_BACKGROUND_RE: Final = re.compile(
    r"\b(?:(?<=[Tt]he\s)(?P<year>(?:19|20)\d\d)\s+(?:(?P<named>US|U\.S\.|EU|E\.U\.|UK)\s+)?)?"
    rf"{ADJUNCT}\s+(?P<verb>sanctions|restrictions)(?(year)|(?:\s+(?:(?:have|has|had)\s+been\s+)?in\s+"
    # ("the potash sanctions, in force since 2021": the same in an aside)
    r"(?:place|force|effect)\s+since|\s*,\s+in\s+(?:place|force|effect)\s+since|"
    # ("the potash sanctions of August 2021", "… from 2021": a measure named by when it was
    # taken)
    r"\s+(?:of|from)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d))\b"
)
# "the potash restrictions Washington imposed in 2021", "the Belavia sanctions first introduced
# in June 2021": a measure named by its target and by when it was taken, its power between
ADJUNCT_IMPOSED_RE: Final = re.compile(
    # (the participle is the verb: the power between is named before it)
    rf"\b{ADJUNCT}\s+(?:sanctions|restrictions)\s+(?:(?:that|which)\s+)?"
    # ("The potash restrictions the European Union brought in back in 2021")
    r"(?:(?P<power>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+(?:(?:had|has|have)\s+)?)?"
    r"(?:first\s+)?(?P<verb>imposed|introduced|brought\s+in)\s+(?:back\s+)?"
    rf"(?:in|since|last|on)\s+(?=(?:\d{{1,2}}\s+)?(?:{MONTH_PATTERN}|(?:19|20)\d\d|year|month)\b)"
)
ADJUNCT_PASSIVE_RE: Final = re.compile(
    rf"\b{ADJUNCT}\s+(?:sanctions|restrictions)\s+(?:{BE}\s+)(?:(?:partly|partially|also|now|formally)\s+)?"
    rf"{VERB}\b"
)
# "Belavia sanctions were eased in September and lifted in November": the later step
ADJUNCT_PASSIVE_THEN_RE: Final = re.compile(
    rf"\b{ADJUNCT}\s+(?:sanctions|restrictions|measures)\s+{BE}\s+(?:(?:partly|partially|first)\s+)?"
    rf"(?:{EASE})\b[^.;:]{{0,40}}?\s+and\s+(?:(?:then|later|finally)\s+)?"
    rf"(?:(?:entirely|fully|formally|completely)\s+)?(?P<verb>(?P<lift>{LIFT}))\b"
)
# "its potash restrictions remain": a power's measure on goods, in force
ADJUNCT_REMAIN_RE: Final = re.compile(
    r"\b(?:its|their|[A-Z][\w.]*[’']s)\s+(?P<target>[a-z][\w-]*)\s+(?:sanctions|restrictions|ban)\s+"
    r"(?P<verb>remain(?:s|ed)?|stay(?:s|ed)?)\b"
)
# "The EU's Belavia listing from December 2021 still stands", "its Belaruskali designation":
# a power's listing named by whom it lists
# ("The Belavia designation dates from August 2023", "The Belaruskali designation by the US
# Treasury (August 2021) is in force": whose it is told after)
_GOODS: Final = lx.alternation(lx.words("sanctions", "goods"))
NAMED_LISTING_RE: Final = re.compile(
    r"\b(?:(?P<power>[A-Z][\w.]*)[’']s|its|their|[Tt]he)\s+"
    # ("The US Belaruskali designation": whose it is, named before its target)
    r"(?:(?P<named>US|U\.S\.|EU|E\.U\.|UK)\s+)?"
    # ("the potash designation dates from August 2021": goods the listing is named by)
    rf"(?P<target>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?|{_GOODS})\s+(?P<verb>listing|designation)\b"
    # (told as standing or dated: not "the EU's Belavia listing process")
    r"(?=\s+(?:(?:from|of\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d|still|stays?|stands?|remains?|"
    r"in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d|dates?\s+(?:back\s+)?(?:from|to))\b|"
    r"by\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){1,3}\((?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\)))"
)
# "The EU's potash sanctions still work": a power's measure named by its goods (see
# find_sanctions for a relief or a threat before it)
POSSESSIVE_ADJUNCT_RE: Final = re.compile(
    r"\b(?P<power>[A-Z][\w.]*)[’']s\s+(?P<target>[a-z][\w-]*)\s+(?P<verb>sanctions|ban|embargo|restrictions)\b"
)
# "Washington eased Belavia's sanctions in September": a measure named by whose target it is,
# in the active (a power's own is no target: find_sanctions)
OWNED_ACTIVE_RE: Final = re.compile(
    rf"\b{VERB}\s+(?:the\s+)?(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,2}})[’']s\s+"
    r"(?:(?:remaining|last|own|American|U\.S\.|US|EU|European|British|UK|Canadian|Swiss)\s+)?"
    r"(?:sanctions|restrictions|penalties)\b"
)
# "its potash ban, introduced in 2021, remains in force", "the EU's potash embargo": a ban
# named by its target (a ban's kind there, "travel ban", "export ban", or a power's name or
# adjective, "the EU ban", is no target; "a potash ban" is mostly one proposed or talked of)
_NOT_BAN_TARGETS: Final = lx.alternation(
    [*lx.words("sanctions", "ban_kinds"), *IMPOSERS, *lx.table("sanctions", "imposer_adjectives")]
)
# "the potash designations of 2021", "its potash designations of 2021 in place": listings
# named by their target and their year (not "the US designations of 2021": a power's)
ADJUNCT_LISTING_RE: Final = re.compile(
    rf"\b(?!(?:{_NOT_BAN_TARGETS})\s){ADJUNCT}\s+(?P<verb>designations|listings)\s+(?:of|from)\s+"
    r"(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b"
)
ADJUNCT_BAN_RE: Final = re.compile(
    # ("keep its own potash ban"; "the EU's potash ban", "the EU potash ban": whose ban)
    r"\b(?:(?:its|their|the|(?P<power>[A-Z][\w.]*)[’']s)\s+|[Tt]he\s+(?=(?:EU|E\.U\.|US|U\.S\.|UK)\s))"
    r"(?:own\s+)?(?:(?P<named>EU|E\.U\.|US|U\.S\.|UK)\s+)?"
    rf"(?!(?:{_NOT_BAN_TARGETS})\s){ADJUNCT}\s+(?P<verb>ban|embargo)\b"
    r"(?!\s+(?:on|against|of|to|for)\b)"
)


MEASURE_ADJECTIVES: Final = frozenset(lx.words("sanctions", "measure_adjectives"))
# the last words of the powers named in two words or more ("Union" of "European Union")
_SECOND_WORDS: Final = frozenset(name.split()[-1] for name in IMPOSERS if " " in name)
FUNCTION_WORDS: Final = frozenset(
    ("of", "from", "with", "and", "or", "on", "for", "by", "to", "in", "against", "about",
     "under", "over", "no", "any", "a", "an", "as", "but", "that", "than", "are", "is", "were",
     "was", "be", "been", "have", "has", "had", "not", "into", "at", "ease", "lift", "impose")
)  # fmt: skip
# the words after a measure's noun that put its target after it ("sanctions on Belavia")
_TARGET_AFTER: Final = (" on ", " against ", " targeting ")
_TO_TARGET_RE: Final = re.compile(_TO_TARGET)


# "Belavia sanctions on 11 September": when the measure was taken, not its target
_WHEN_ON_RE: Final = re.compile(
    rf"\s+on\s+(?:(?:\d{{1,2}}\s+)?(?:{MONTH_PATTERN}|[A-Z][a-z]+day)|the\s+same\s+(?:day|week|month))\b"
)


def adjunct_before(masked: str, position: int) -> bool:
    """Return True when the hit at ``position`` ("anctions", "restrictions", or "measures"
    after a capitalised name) follows a word that may name
    the measure's target ("potash sanctions"), not a power or a kind ("EU sanctions")."""
    named_only = False
    # (slices compared, not str.startswith with an offset, which parses its arguments anew
    # on every call: this runs for every hit of the measure words)
    if masked[position : position + 8] == "anctions":
        word_end, noun_end = position - 2, position + 8  # (the hit stands past the "s")
    elif masked[position : position + 12] == "restrictions":
        # ("eased its Belavia restrictions in September")
        word_end, noun_end = position - 1, position + 12
    elif masked[position : position + 8] == "measures":
        # ("eased the Belavia measures in September": a name only, the word being common)
        word_end, noun_end, named_only = position - 1, position + 8, True
    else:
        return False
    if (masked.startswith(_TARGET_AFTER, noun_end) and not _WHEN_ON_RE.match(masked, noun_end)) or (
        masked.startswith(" to ", noun_end) and _TO_TARGET_RE.match(masked, noun_end)
    ):
        return False
    if masked[word_end : word_end + 1] != " ":
        return False  # "sanctions" opens the text or follows punctuation
    reach = max(0, word_end - 28)
    space = masked.rfind(" ", reach, word_end)
    word = masked[space + 1 : word_end]
    if "\n" in word:
        # (the word before may open a line: "New sanctions …" after a heading)
        space = masked.rfind("\n", reach, word_end)
        word = masked[space + 1 : word_end]
    if not word or word.lower() in MEASURE_ADJECTIVES:
        return False
    if named_only and (not word[:1].isupper() or word in lx.PLACES):
        return False  # ("widened its Belarus measures": on whom, not a target)
    if word in IMPOSERS and word not in NO_DESIGNATORS:
        return False  # "EU sanctions": whose; "its Belarus sanctions": on whom
    if word in _SECOND_WORDS and space > 0:
        # ("European Union sanctions": a power's name of two words)
        before = max(masked.rfind(" ", reach, space), masked.rfind("\n", reach, space))
        if masked[before + 1 : word_end] in IMPOSERS:
            return False
    # a lower-case word there is mostly a function word or a verb ("of", "and", "lifted")
    # ("the envoy said sanctions would be lifted": a verb)
    return word[0].isupper() or not (
        word in FUNCTION_WORDS or word in lx.SPEECH_VERB_WORDS or word.endswith(("ed", "ing", "ly"))
    )
