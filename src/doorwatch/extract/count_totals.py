"""Counts told as a number of something or as a running total: "puts the number of political
prisoners at about 1,200", "the count stood at 1,201", "bringing the total freed to 123", "Viasna
put it at 1,299", and which kind of count each tells."""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.count_context import prison_topic
from doorwatch.extract.count_cues import last_cue
from doorwatch.extract.dates import DATE_RE
from doorwatch.extract.word_gates import any_in

COUNT_OF_RE: Final = re.compile(
    # ("the number of people still behind bars — about 1,100, according to Viasna": the
    # count after a dash)
    r"\b(?:number|count)\s+of\s+(?:those|people|prisoners|political\s+prisoners)\s+"
    r"(?:(?:still|now|currently)\s+)?(?:held|jailed|imprisoned|behind\s+bars|in\s+(?:prison|jail))"
    r"(?:\s+in\s+[A-Z][\w-]*)?\s*[—–]\s*(?:(?:about|around|some|nearly|almost|roughly|over|"
    r"more\s+than|at\s+least)\s+)?$|"
    # ("put the number of political prisoners still held in Belarus at between 1,100 and
    # 1,150", "put the number still held at …": the count named by what it counts)
    r"(?:\bput(?:s|ting)?\s+(?:the|their|its)\s+(?:number|count|total)\s+(?:of\s+(?:political\s+)?"
    r"prisoners(?:\s+(?:still|now|currently))?(?:\s+(?:held|jailed|imprisoned|behind\s+bars))?|"
    r"(?:still|now|currently)\s+(?:held|jailed|imprisoned|behind\s+bars))(?:\s+in\s+[A-Z][\w-]*)?"
    # ("… still held in Belarus this month at more than 1,395": when, before the count)
    r"(?:\s+(?:this|last)\s+(?:week|month|year))?\s+at|"
    r"\b(?:[Pp]olitical\s+prisoners|(?:number|count)\s+of\s+(?:those|people|prisoners)\s+"
    r"(?:(?:still|now|currently)\s+)?(?:held|jailed|imprisoned|behind\s+bars|in\s+(?:prison|jail)))"
    # "has fallen below 1,200": "below" is also the qualifier, read from before the number,
    # so the pattern may be tried on the text before it
    # ('call these people "political prisoners" and put …': a term in quotation marks)
    r"(?:\b|(?<=[\"”]))[\w\s,’'\"”]{0,64}?\b(?:stands?\s+at|stood\s+at|(?:fallen|fell|falling|"
    r"dropped|dropping|risen|rose|rising|grown|grew|climbed|increased|decreased)"
    # ("fell by the end of January to 1,244": when, between the verb and the number)
    r"(?:\s+(?:by|at|in|over)\s+(?:the\s+)?(?:end|start|beginning|middle|course)\s+of\s+"
    r"(?:the\s+)?[\w ]{1,20}?(?=\s+(?:to|below|above|under|past)\b))?"
    # ("rose from 169 to 969": where it started, then where it ended)
    # ("rose from a few dozen to a peak of about 1,500": where it started, told in words)
    r"(?:\s+from(?:\s+(?:about\s+|around\s+|some\s+)?\d[\d,]*\s+to|\s+a\s+few\s+[a-z]+(?=\s+to\b))?)?"
    r"(?:\s+(?:to(?:\s+a\s+(?:peak|high|record)\s+of)?|below|above|under|past))?|"
    r"reached|reaches|reaching|is|was|number(?:s|ed)?|peak(?:ed|s)\s+at|"
    # ("the count of political prisoners … approaches 650", "had passed 1,080")
    r"approach(?:es|ed)|nears|neared|passed|surpassed|topped|"
    r"totals?|totalled|totaled|exceeds?|exceeded|now|remains?(?:\s+at)?|remained(?:\s+at)?|"
    # ("call them political prisoners and put their number at about 1,300")
    r"put(?:s|ting)?\s+(?:their|the|its)\s+(?:number|count|total)\s+at))"
    # "remains close to 1,200": the qualifier stands between the verb and the number
    r"(?:\s+(?:close\s+to|about|around|nearly|almost|roughly|some|over|more\s+than|"
    r"at\s+least|approximately|between))?\s+$"
)
# every match of COUNT_OF_RE holds one of these, as written (the pattern heeds case;
# "olitical" stands in "political" and in "Political")
_COUNT_OF_WORDS: Final = ("number", "count", "put", "olitical")
# "bringing the total freed to 123", "the total now stands at 1,299": a running total.
# "puts the number at 1,150", "brought the total number of those freed since July 2024 to
# 300": a year may stand in between, no other number.
# a count's qualifier, if any, before its number
_QUALIFIER: Final = (
    r"(?:(?:about|around|some|nearly|almost|roughly|approximately|over|more\s+than|at\s+least)"
    r"\s+)?"
)
# the monitors whose own count, told without its noun, is of those held
_COUNTERS: Final = lx.alternation(lx.words("names", "prisoner_counters"))
_COUNTER_NUMBER: Final = (
    rf"\b(?:{_COUNTERS})(?:[’']s|\s+at|\s+(?:published|gives|gave|reported|reports|put\s+out|"
    rf"posted|cited|cites))\s+{_QUALIFIER}$"
)
_COUNTER_NUMBER_RE: Final = re.compile(_COUNTER_NUMBER)
TOTAL_RE: Final = re.compile(
    # "Viasna put it at 1,299", "the figure cited by AP was 1,174"
    # ("Viasna's count stood at 1,244", "its overall count stood at 1,429", "The count was")
    r"\b(?:total|tally|(?:(?<=the\s)|(?<=The\s)|(?<=its\s)|(?<=’s\s)|(?<='s\s)|(?<=overall\s)|"
    # ("the real count of those freed that day was 51")
    # ("The last figure I saw from the Viasna group was …", "Their count … is close to 1,200")
    r"(?<=latest\s)|(?<=official\s)|(?<=real\s)|(?<=actual\s)|(?<=true\s)|(?<=final\s)|"
    # ("by Wednesday, its own count had fallen to 1,164")
    r"(?<=last\s)|(?<=their\s)|(?<=Their\s)|(?<=own\s)|"
    # ("The political-prisoner count is almost 1,500")
    r"(?<=prisoner\s)|"
    # ("Viasna later put that number at 52": the number of those just told of)
    r"(?<=that\s)|(?<=That\s))"
    r"(?:number|figure|count)|(?<=put\s)it|(?<=puts\s)it|"
    # "in late December it stood at 1,265"
    # ("It stood at 1,430 on 4 January 2024")
    # ("It had stood at 1,409 at the start of the month")
    r"(?<=\s)[Ii]t(?=\s+(?:had\s+)?(?:stood|stands)\s))\s+(?:number\s+)?"
    # "brought the number of political prisoners freed through pardons since July to 207"
    # ("put the number actually freed at 51": an adverb before the participle)
    # ("puts the number of freed prisoners at more than 50": the participle before them)
    r"(?:of\s+(?:(?:those|people|(?:political\s+)?prisoners)\s+)?)?(?:[a-z]+ly\s+)?"
    # ("the count of that day's releases, correctly told, is 51")
    r"(?:(?P<rel>freed|released|pardoned|(?<=of\s)(?:[\w’']+\s+){0,2}?releases)|"
    # ("put the number of new designations for 2025 at 509")
    r"(?P<det>detained|arrested)|(?P<des>recogni[sz]ed|designated|(?:new\s+)?designations))?\b"
    # ("the total number of people recognised has reached 4,339")
    # ("put the number of political prisoners on 30 September at 1,201": a day between)
    r"(?:[^.;:\d]|(?<!\d)\d{4}(?!\d)|(?<!\d)\d{1,2}(?=\s+[A-Z][a-z])){0,40}?"
    # ("gave the number of political prisoners as 1,174"; "the total has stayed above 1,400")
    # ("the Viasna centre's tally stood above 1,200")
    r"\b(?:to|at|was|is|been|as|stood(?:\s+at)?|stands(?:\s+at)?|stayed|remained|"
    r"reached|reaches)\s+"
    # ("puts the number of political prisoners still held at about 1,200", "the figure was
    # already 1,437")
    r"(?:(?:already|still|now|just)\s+)?"
    # ("The total is just under 1,100")
    # ("the count this week is still above 1,350")
    # ("well over 1,400", "close to 1,200")
    r"(?:(?:about|around|some|nearly|almost|roughly|approximately|(?:well\s+)?(?:over|above)|"
    r"more\s+than|close\s+to|at\s+least|(?:just\s+)?(?:under|below)|fewer\s+than|"
    r"less\s+than)\s+)?$"
    # "cited a figure of 1,183", "gave a figure of 1,174", "keeps a longer list of 1,336"
    r"|\b(?<=a\s)(?:figure|count|tally)\s+of\s+$"
    # (a group's list told against another's: "a longer list of 1,336")
    r"|\b(?<=a\s)(?:longer|shorter|separate|fuller|larger|bigger)\s+list\s+of\s+$"
    # a group's count given after a colon, as chats and live pages give it ("Viasna's count
    # this morning: 1,461", "Viasna number today: 1,174"), or named by the group ("the Viasna
    # count was about 550")
    r"|(?:[’']s|\b[A-Z][\w-]+)\s+(?:count|number|tally|figure)(?:\s+(?:this\s+(?:morning|week|"
    r"evening|month)|today|tonight|now|yesterday))?\s*:\s+" + _QUALIFIER + r"$"
    # ("Viasna counted 169 at the end of last year": a group's count with no noun after it)
    r"|\b[A-Z][\w-]+\s+counted\s+" + _QUALIFIER + r"$"
    r"|\b[A-Z][\w-]+\s+(?:count|tally)\s+(?:was|is|stood\s+at|stands\s+at)\s+"
    r"(?:(?:already|still|now|just)\s+)?"
    + _QUALIFIER
    + r"$"
    # a monitor's own number by its name alone ("Viasna's 169 at the end of 2020", "AP citing
    # Viasna at 1,409 on 2 July", "Viasna published 1,135 on 23 December")
    + rf"|{_COUNTER_NUMBER}"
)
# the plain tests before ``TOTAL_RE``: most counts have none of these words before them
_TOTAL_WORDS: Final = ("tal", "the number", "the figure", "that number", "count ")
# ("Viasna counted 169 at the end of last year": nothing counted after the number)
_COUNTED_ALONE_RE: Final = re.compile(r"\s*(?:[,.;:]|$)|\s+(?:at|in|on|by|as\s+of|last|this)\b")


def may_tell_total(text: str, start: int, n_start: int, n_end: int) -> bool:
    """Return True when the words before the number at ``n_start`` (ending at ``n_end``), in
    the sentence from ``start``, may tell a total (``TOTAL_RE``): the plain test before it."""
    near = max(start, n_start - 70)
    return (
        any_in(text, near, n_start, _TOTAL_WORDS)
        or (
            text.find("counted ", max(start, n_start - 30), n_start) >= 0
            and _COUNTED_ALONE_RE.match(text, n_end) is not None
        )
        # ("Viasna number today: 1,174": a group's number after a colon)
        or (
            text.startswith(": ", n_start - 2)
            and text.find(" number ", max(start, n_start - 30), n_start) >= 0
        )
        or text.find(" of ", max(start, n_start - 4), n_start) >= 0
        # ("put it at more than 1,100": a qualifier between)
        or text.find(" it at ", max(start, n_start - 30), n_start) >= 0
        or text.find(" stood at ", max(start, n_start - 16), n_start) >= 0
        or text.find(" it stands at ", max(start, n_start - 16), n_start) >= 0
        # ("Viasna's 169", "citing Viasna at 1,409": a monitor's number by its name; not
        # "Viasna gives 227 as the total pardoned", whose kind follows it)
        or (
            _COUNTER_NUMBER_RE.search(text, max(start, n_start - 40), n_start) is not None
            and not text.startswith(" as ", n_end)
        )
    )


def count_of_before(text: str, start: int, end: int) -> bool:
    """Return True when ``COUNT_OF_RE`` finds the words that name a count in ``text[start:end]``
    (``end`` is the count's start): "the number of political prisoners has fallen to"."""
    # (the pattern's lazy reach over the words between is dear, and most stretches before a
    # number hold none of its words: a plain search settles them)
    return (
        any_in(text, start, end, _COUNT_OF_WORDS)
        and COUNT_OF_RE.search(text, start, end) is not None
    )


_REACHED_RE: Final = re.compile(r"\breach(?:ed|es)\b[^\d]*$")
# ("the number still held", "bringing the total held at year-end to 1,446"; not "the total
# held since polls closed": all those detained)
HELD_IN_TOTAL_RE: Final = re.compile(
    r"\b(?:still|now|total)\s+(?:held|jailed|imprisoned|behind\s+bars)\b(?!\s+since\b)"
)
_COUNTER_RE: Final = re.compile(rf"\b(?:{_COUNTERS})\b")
_COUNTER_REACH: Final = 12  # "the Viasna count": the group's name just before its count
COUNT_OF_REACH: Final = 90  # "the number of political prisoners has fallen to N"
_TOTAL_BACK_REACH: Final = 160  # a release without its count, told before "the number"
_DIGIT_RE: Final = re.compile(r"\d")
# a time of day ("18:02"), which holds digits and counts no one, as a date does
_TIME_RE: Final = re.compile(r"\b\d{1,2}:\d{2}\b")


# the size of the list of those recognised as political prisoners, as it stood (not "the number
# of people recognised has reached 4,339", a running sum)
_LIST_SIZE_RE: Final = re.compile(
    r"\bpolitical\s+prisoners\s+recogni[sz]ed\b.*\b(?:stood|stands|was|is)\s+(?:at\s+)?"
)


def total_kind(total: re.Match[str], text: str, start: int, end: int) -> str | None:
    """Return the kind of count ("rel", "det", "des" or "held") a match of ``TOTAL_RE`` in
    the sentence ``text[start:end]`` tells, or None."""
    kind = next((k for k in ("rel", "det", "des") if total.group(k)), None)
    if kind == "des" and _LIST_SIZE_RE.search(total.group()):
        return "held"  # ("the number of political prisoners recognised … stood at 1,244")
    if kind is not None:
        return kind
    if _REACHED_RE.search(total.group()):
        return None  # ("since May 2020 the total has reached 4,339": a running sum of what)
    if HELD_IN_TOTAL_RE.search(total.group()):
        return "held"  # ("put the number still held at more than 1,395": its own words)
    if ("number" in total.group() or "figure" in total.group()) and " of " not in total.group():
        # "Lukashenko has pardoned a group of prisoners …. The press service puts the number
        # at 25": the number of a release just told, by its verb, without its own count (not
        # "after the release, put the number at …", nor a group's "count")
        before = text[max(0, total.start() - _TOTAL_BACK_REACH) : total.start()]
        cue = last_cue(before)
        if (
            cue is not None
            and cue.lastgroup == "rel"
            and cue.group().endswith("ed")
            and not _DIGIT_RE.search(_TIME_RE.sub("", DATE_RE.sub("", before[cue.end() :])))
            and "political prisoner" not in before
        ):
            return "rel"
    if prison_topic(text, start, end):
        return "held"
    # ("Viasna's count this morning: 1,461": a monitor's count is of those it lists as held)
    counter = _COUNTER_RE.search(text, max(start, total.start() - _COUNTER_REACH), total.end())
    return "held" if counter is not None else None
