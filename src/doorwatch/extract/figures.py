"""Figures: counts of people held, released, detained or designated as political prisoners.

A number counts when it is tied to people: a noun right after it ("52 political prisoners",
"1,300 others", "12 women and 13 men" -> 25), a name list before it ("Tsikhanouski and 13 other
prisoners" -> 14), a release or arrest verb right before it ("freed 52"), or it continues a
figure just given ("more than 50 were freed, and over 300 in total"). The measure comes from
the verb after the noun ("remain jailed", "were pardoned") or before the number ("released",
"holding", "designated a further", "the release of"). A release still hoped for or negotiated
("work on the release of some 1,300") counts the people as still held. A bare "political
prisoners" count with no verb is a count of those held. Each (measure, value) pair is reported
once per text, at its first mention.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Final, cast

from doorwatch.extract import count_parts
from doorwatch.extract import lexicon as lx
from doorwatch.extract.appositive_counts import appositive_count
from doorwatch.extract.claims import Figure
from doorwatch.extract.count_clauses import (
    CLAUSE_STOP_RE,
    PARTICIPLE_GAP_RE,
    PERIOD_RE,
    colon_kind,
    count_named_after,
    freed_by_clause,
    listed_as_prisoners,
    moved_after_place,
    names_count_after,
    one_of_list,
)
from doorwatch.extract.count_context import (
    AS_OF_RE,
    CLAUSE_END_RE,
    DATED_END_RE,
    MORE_END_RE,
    PRISON_TOPIC_RE,
    TIMELINE_ENTRY_RE,
    TOTAL_BEFORE_RE,
    clause_end,
    clause_start,
    held_as_prisoners,
    in_series,
    intended_release,
    is_item_number,
    list_day_after,
    listed_counts,
    on_a_day,
    opens_release_series,
    own_count,
    prison_topic,
    prisoners_named,
    served,
    undash_rows,
)
from doorwatch.extract.count_cues import (
    AGE_BEFORE_RE,
    BARE_AUX_RE,
    BARE_VERB_RE,
    CUE_MEASURES,
    HOME_RE,
    LEAVES_RE,
    NOUN_RE,
    NP_STATE_RE,
    PARDONS_OF_RE,
    POST_CUE_RE,
    PRE_CUE_RE,
    PRE_GAP_RE,
    RECOGNITIONS_RE,
    VAGUE_RELEASE_RE,
    cue_kind,
    death_after,
    last_cue,
)
from doorwatch.extract.count_qualifiers import joins_range, or_more_after, qualifier_before
from doorwatch.extract.count_returns import told_again
from doorwatch.extract.count_totals import (
    COUNT_OF_REACH,
    HELD_IN_TOTAL_RE,
    TOTAL_RE,
    count_of_before,
    may_tell_total,
    total_kind,
)
from doorwatch.extract.dates import (
    SINCE_REACH,
    find_dates,
    in_date,
    nearest_date,
    nearest_unblocked_date,
    opens_period,
)
from doorwatch.extract.list_names import BY_CHANGE_RE, names_kind
from doorwatch.extract.numbers import Number, find_numbers, is_vague_multiple
from doorwatch.extract.question_counts import answered_count, question_count

# "for every nine released, ten are jailed": a ratio, not a count.
_RATIO_RE: Final = re.compile(
    r"\b(?:for\s+every|every|for\s+each|each|one\s+in|out\s+of)\s+$", re.IGNORECASE
)
# "two or three people are detained for each one let go": a guess and a ratio, no count.
_OR_RE: Final = re.compile(r"\s+or\s+$")
_EVERY_RE: Final = re.compile(r"\b(?:[Ff]or\s+)?(?:every|each)\b")
_RATIO_BEFORE_RE: Final = re.compile(r"\b[Ff]or\s+(?:every|each)\s+[^,.;:]{1,50},\s+$")
_RATIO_AFTER_RE: Final = re.compile(r"[^.;:\d]{0,50}?\bfor\s+(?:every|each)\b")
# "the other two freed prisoners": people counted before, referred back to.
_THE_OTHER_RE: Final = re.compile(r"\bthe\s+other\s+$", re.IGNORECASE)
# "how many of the 25 were political prisoners": a number given before, counting no one new
_THE_RE: Final = re.compile(r"\bthe\s+$", re.IGNORECASE)
# "You can free thirty people and arrest thirty more": what could be done is no count.
# The modal may stand before a first verb the cue is coordinated with ("could free forty
# people tomorrow and jail forty more"), but not before a new clause ("could say that Minsk").
_HYPOTHETICAL_RE: Final = re.compile(
    r"\b(?:can|could|cannot|can[’']t)\s+(?:(?!that\b|which\b|who\b)[a-z0-9][\w,]*\s+){0,6}$"
)
# who a sanctioning power designates ("designated 23 individuals"), not prisoners recognised
_SANCTIONS_LIST_NOUNS: Final = frozenset(lx.words("sanctions", "listed_nouns")) - {
    "people",
    "persons",
}
_STILL_HELD_RE: Final = re.compile(
    r"(?:\s+as\s+political\s+prisoners)?\s*,?\s+and\s+(?:(?:are|were|remain(?:ed|s)?)\s+)?"
    r"(?:still\s+)?(?:held|kept|(?:remain(?:ed|s)?\s+)?(?:behind\s+bars|in\s+(?:custody|prison|jail)))\b"
)
_BRINGING_RE: Final = re.compile(
    r"\b(?:bringing|brings|brought|bring|taking|takes|took)\s+(?:the\s+)?$"
)
# "51 of those released actually arrived": the part of a release counted with it
_OF_THOSE_RE: Final = re.compile(r"\s+of\s+(?:those|the)\s+(?:freed|released|pardoned)\b")
_SINGULAR_PERSON_RE: Final = re.compile(
    r"\s+(?:political\s+)?(?:prisoner|detainee|person|activist|journalist)\b"
)
_NEW_RE: Final = re.compile(r"[\s-]+new\s")
_OF_COUNTRY_RE: Final = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?")
# A release or arrest counted inside a condition did not happen: "If all of the roughly 1,300
# were freed at once, …", "unless 50 more are released"
_CONDITION_BEFORE_RE: Final = re.compile(r"\b(?:[Ii]f|[Uu]nless)\s+[^,;:.()—–\"“”]*$")
_CONDITION_REACH: Final = 80
# A role standing before a name list: "freed opposition figure X and 13 other prisoners".
# "50 of them in December", "1,240 now, down from almost 1,450": the figure before's measure
_OF_WHOM_RE: Final = re.compile(r"\s+of\s+(?:them|those|these|whom)\b")
_OF_THEM_RE: Final = re.compile(r"\s+of\s+(?:them|those|these)\b")
# "…, 11 of them women,", "14 of them foreign nationals.": what some of those counted are
_COMPOSITION_RE: Final = re.compile(
    r"\s+of\s+(?:them|those|these)\s+(?:[a-z]+\s+)?(?![a-z]+ed\b)[a-z]+\b(?=\s*(?:[,.;)]|$))"
)
# "1,131 at the end of 2025, against 1,265 a year earlier": compared with the figure before
_FROM_END_RE: Final = re.compile(
    r"\b(?:(?:down|up)\s+from|against|compared\s+(?:with|to))\s+"
    r"(?:(?:more|fewer|less)\s+than\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+)?$"
)
_EVENT_NOUNS: Final = frozenset(("detentions", "arrests"))
_CASES_OF_DETENTION_RE: Final = re.compile(
    r"\s+cases\s+of\s+(?:politically\s+motivated\s+|arbitrary\s+|political\s+)?(?:detention|arrest)s?\b"
)
# "Viasna recorded 227 pardons of political prisoners": releases counted as events
_NEW_NAMES_RE: Final = re.compile(r"\s+new\s+(?:names|political\s+prisoners|ones)\b")
_CONVICTED_OF_RE: Final = re.compile(
    r"\s+(?:convicted|sentenced|accused|charged|jailed)\s+(?:of|for)\b"
)
_PRESENT_STATE_RE: Final = re.compile(
    r"(?:(?:are|is|now|currently|today|all|still|continu(?:e|es|ed)\s+to\s+be)\s+)+"
)
_LIST_THEN: Final = frozenset(
    ("now", "currently", "still")
)  # "were currently recognised": the list
_MORE_NAMES_RE: Final = re.compile(
    r"[\s-]+(?:new|more|further|additional)\s"
)  # names added to a list
_RATE_RE: Final = re.compile(r"\b(?:[Ee]ach|[Ee]very|per|a)\s+(?:day|week|month|year)\b")
_CUE_NOUNS: Final = frozenset(("release", "freedom", "detention"))  # cue words that are nouns
# a group's list as it stands ("Viasna recognises 169 people as political prisoners", "it
# currently recognises more than 1,300"), not the names it adds
_LIST_NOW_RE: Final = re.compile(r"(?:recogni[sz]es?|considers?|regards?)$")
_MODAL_RE: Final = re.compile(r"\b(?:will|would|could|may|might|to)\b")
# a release announced for some ("announced that 18 prisoners would be released"): told as done
_ANNOUNCED_RE: Final = re.compile(r"\b(?:announced|announces|confirmed|decreed)\s+that\s+$")
_WILL_BE_RE: Final = re.compile(r"\s*(?:will|would)\s+be\s")
_OWN_PLURAL_RE: Final = re.compile(r"\s+[a-z]{3,}s\b")
_UNIT_RE: Final = re.compile(
    # ("asked for a pardon three, four times": a second number of the same unit between)
    r"(?:\s*(?:,|or|to|-|–)\s*(?:\d+|[a-z]+)(?=\s+times\b))?"
    r"(?:\s|-)*(?:%|percent|per\s+cent|years?|year-old|months?|weeks?|days?|hours?|minutes?|"
    r"min\b|km|kilomet|miles?|euros?|dollars?|rubles?|roubles?|times|th\b|st\b|nd\b|rd\b|"
    r"tonnes?|tons?|kg|m\b|am\b|pm\b|a\.m|p\.m|o'clock|per\b|million|billion)",
    re.IGNORECASE,
)
# ("Thirty more are pardoned on Aug. 16, followed by another 13 on Aug. 22")
_TO_END_RE: Final = re.compile(r"\bto\s+$")
# ("we surveyed 87 people released in 2025": a survey's sample, no event)
_SAMPLE_BEFORE_RE: Final = re.compile(
    r"\b(?:spoke|spoken|talked|speaking|talking)\s+(?:to|with)\s+$|"
    r"\b(?:interviewed|surveyed|polled|questioned|sampled)\s+(?:some\s+|about\s+)?$"
)
_SAMPLE_AFTER_RE: Final = re.compile(r"\s+(?:respondents|participants|interviewees)\b")
_AND_END_RE: Final = re.compile(
    r"\b(?:and|plus|followed\s+by)\s+(?:\S+\s+){0,3}$"
    # ("30 more were pardoned, and on 22 August a further 13")
    r"|\band\s+(?:on|in|by)\s+(?:\S+\s+){1,3}(?:a\s+further|another)\s+$"
    # ("… brought the total freed to 178; a further 31 followed in November")
    r"|[;,]\s+(?:a\s+further|another)\s+$"
    # ("… at 1,174 on 1 July; a day later Viasna's own website showed 1,164": another's count)
    r"|;\s+[^;:]{0,60}\b(?:showed|gave|reported|counted|recorded)\s+$"
)
# the words between a count and the total of the same verb after it
_TOTAL_AFTER_RE: Final = re.compile(
    r"[^.;:]{0,80}?,?\s+and\s+(?:a\s+total\s+of|in\s+total|altogether)\s+"
)
_FINITE_RE: Final = re.compile(r"[^,.;:]{0,90}?(?=\s(?:were|was|have|has|had|are|is)\s)")
# An aside between a count and its verb: ", among them 14 foreigners,", ", X among them,"
_ASIDE_RE: Final = re.compile(
    # ("123 prisoners, among them A, B, C and D, are released": names, up to the count's verb)
    # ("14 prisoners including X, the husband of Y, were released": no comma before it)
    r"\s*,?\s*(?:among\s+(?:them|whom)|including|(?:many|most|some|all|several|few|half)\s+of\s+them)\s+[^.;:()]{1,140}?,(?=\s+(?:are|were|was|is)\s)|"
    r"\s*,\s*(?:(?:among\s+(?:them|whom)|including|of\s+whom)\s+[^,.;:()]{1,60}|"
    r"[^,.;:()]{1,60}?\s+among\s+them),|\s*\((?=[^()]*\d)[^()]{1,60}\)(?=\s)"  # "(14 women, 16 men)"
)
# "Of the 123 freed, 114 went to Ukraine": the people counted by the participle alone
_PARTICIPLE_NP_RE: Final = re.compile(
    # ("31 Dec 2022: 1,446 held; 889 recognised": a list's line, those held)
    # ("• 37 — newly recognised as political prisoners in March": a list's count, its kind
    # after the dash, which ``undash_rows`` blanks)
    # ("among the roughly 1,170 still held": those held now)
    r"\s+(?:newly\s+|still\s+)?(?:(?P<rel>freed|released|pardoned)|"
    r"(?P<det>detained|arrested|jailed)|(?P<held>held)|(?P<des>recogni[sz]ed))"
    r"(?:\s+as\s+political\s+prisoners)?"
    # ("part of a group of 123 freed by Minsk after talks": by whom)
    # ("16 August – 30 freed (14 women, 16 men)", "25 pardoned for Unity Day": a timeline's line)
    r"(?=\s*[,.;:(|\n]|\s*$|\s+(?:(?:in|on|since|last|this|so\s+far|over|during|after|following|"
    r"for|a\s+(?:week|month|day|year)\s+(?:earlier|before|later))\b|by\s+[A-Z]))"
)
_ADDED_SINCE_RE: Final = re.compile(r"\b(?:[Ss]ince|a\s+further|another)\b")
_DATED_TOTAL_RE: Final = re.compile(r"\s+as\s+of\s+(?:\d{1,2}\s+)?[A-Z][a-z]+")
_SUBSET_RE: Final = re.compile(r"\b(?:among\s+(?:them|whom)|including|of\s+(?:whom|them))\s+$")
_AS_PRISONERS_RE: Final = re.compile(r"\s+as\s+political\s+prisoners\b")
# a count that opens a clause of "whether", a question and no count told
_ASKED_WHETHER_RE: Final = re.compile(r"\bwhether\s+(?:all\s+|the\s+|those\s+|all\s+the\s+)?$")
_IS_WHAT_RE: Final = re.compile(r"\s+(?:were|are|was|is)\b")
# "counts about 1,150 in total": the whole count, its clause ended
_IN_TOTAL_RE: Final = re.compile(r"\s+(?:in\s+total|in\s+all|altogether)\s*(?:[.,;:)]|$)")
# How far (in characters) each rule looks around a number.
_CONTINUE_REACH: Final = 80  # a figure continues the one before when it stands this close after it
_PRE_CUE_REACH: Final = 50  # a release or arrest verb before a noun-less number
_SUBSET_REACH: Final = 24  # "among them two": a part of a count already given
# when a part happened ("including 123 in a single deal on 13 December", "50 in June alone")
_SUBSET_WHEN_RE: Final = re.compile(r"\s+(?:in|on|during)\s+(?:a\s+single\b|[A-Z]|\d)")
_RELEASES_RE: Final = re.compile(r"\b(?:releases|pardons)\b[^.;:]{0,40}\bincluding\s")
_CUE_REACH: Final = 40  # a cue verb right before the number
_MEASURE_CUE_REACH: Final = 60  # the verb before the number that gives the measure
_MEASURES: Final = CUE_MEASURES
_ONE_OF: Final = ("one of ", "One of ")
_ACCORDING_TO: Final = ("according to ", "According to ")
_EVENTS: Final = frozenset((_MEASURES["rel"], _MEASURES["det"]))
# ("counts 1,250 people jailed" are held: a count of people jailed is of people in jail)
_EVENTS_KINDS: Final = ("rel", "des")  # what happens, not what is


def find_figures(
    text: str, sentences: list[tuple[int, int]], published: dt.date | None
) -> list[Figure]:
    """Return the figures stated in ``text``, one per distinct measure and value."""
    text = undash_rows(text)  # "509 — people newly recognised …": a digest's row
    numbers = [n for n in find_numbers(text) if not is_item_number(text, n.start, n.end, n.value)]
    if not numbers:
        return []
    out: list[Figure] = []
    seen: set[tuple[str, int]] = set()
    starts = [s for s, _ in sentences]
    by_sentence: dict[int, list[Number]] = {}
    for number in numbers:
        i = bisect.bisect_right(starts, number.start) - 1
        if i >= 0 and number.end <= sentences[i][1]:
            by_sentence.setdefault(i, []).append(number)
    for i, group in sorted(by_sentence.items()):
        start, end = sentences[i]
        earlier = {f.value for f in out}
        found = _sentence_figures(text, start, end, group, published, earlier)
        found += count_parts.dated_parts(text, group, found)
        found += count_parts.month_parts(text, start, group, found)
        if not found and len(group) == 1 and i + 1 < len(sentences):
            answered = answered_count(text, group[0], (start, end), sentences[i + 1], published)
            found = [answered] if answered is not None else []
        if not found and i > 0 and text[sentences[i - 1][1] - 1] == "?":
            # ("Who was released?" above "Fourteen people, on 21 June."): the question's count
            # (only the first count may open the answer: "Sixteen people …: eight men and
            # eight women")
            counted = next((n for n in group if not in_date(text, n)), None)
            asked = (
                question_count(text, counted, (start, end), sentences[i - 1], published)
                if counted is not None
                else None
            )
            found = [asked] if asked is not None else []
        if not found and len(group) == 1:
            # ("all the political prisoners, some 1,300 by its count, …": an aside's count)
            aside = appositive_count(text, group[0], (start, end), published)
            found = [aside] if aside is not None else []
        counts = [n for n in group if not in_date(text, n)] if not found and out else []
        if len(counts) == 1:
            # ("… 529 political prisoners. Yesterday it was 521.", "On 1 September it was
            # about 50.": the count told again, whatever day the sentence names)
            again = told_again(text, counts[0], (start, end), out[-1], published)
            found = [again] if again is not None else []
        for figure in found:
            key = (figure.measure, figure.value)
            if key not in seen:
                seen.add(key)
                out.append(figure)
    return out


def _sentence_figures(
    text: str,
    start: int,
    end: int,
    numbers: list[Number],
    published: dt.date | None,
    earlier: set[int],
) -> list[Figure]:
    dates: list[tuple[int, str]] | None = None
    counts: list[Number] = []  # the numbers that are not parts of dates, once dates are read
    out: list[Figure] = []
    last: tuple[int, str] | None = None  # end and measure of the previous figure
    skip = -1
    for i, match in enumerate(numbers):
        if i <= skip:
            continue
        n_start, n_end = match.start, match.end
        if is_vague_multiple(text, n_end) or in_date(text, match):
            continue
        if (
            match.value == 1
            and n_end - n_start == 3
            and (text.startswith(" of ", n_end) or _SINGULAR_PERSON_RE.match(text, n_end, end))
        ):
            # "one of the 52 was returned to prison", "the wife of one political prisoner": a
            # person, not a count
            continue
        if text.endswith(_ACCORDING_TO, max(start, n_start - 13), n_start):
            continue  # ("according to one opposition tally", "… to two officials": the sources)
        if (
            text.find(" by ", max(start, n_start - 24), n_start) >= 0
            and BY_CHANGE_RE.search(text, max(start, n_start - 40), n_start)
            # ("the list grew by 509 new names": the names added, counted)
            and not _NEW_NAMES_RE.match(text, n_end, end)
        ):
            continue  # "the list had grown by some 800 names": a change, not a count
        value = match.value
        if value == 0 or (n_start > start and text[n_start - 1] in "$€£"):
            continue
        value_max: int | None = None
        tail = n_end
        if i + 1 < len(numbers) and joins_range(text, start, n_start, n_end, numbers[i + 1].start):
            upper = numbers[i + 1].value
            if upper > value:
                value_max, tail = upper, numbers[i + 1].end
        near = text[max(start, n_start - _SUBSET_REACH) : n_start]
        if (
            "ery " in near or "ach " in near or " in " in near or " of " in near
        ) and _RATIO_RE.search(near):
            continue
        if ", " in near[-3:] and _RATIO_BEFORE_RE.search(near):
            continue  # "for every one released, two are jailed": a ratio's second term
        if " or " in near[-6:] and i > 0 and _OR_RE.fullmatch(text, numbers[i - 1].end, n_start):
            continue
        if i + 1 < len(numbers) and _OR_RE.fullmatch(text, n_end, numbers[i + 1].start):
            skip = i + 1
            continue
        if "other " in near and _THE_OTHER_RE.search(near):
            continue
        if (
            "the " in near[-5:].lower()
            and (value in earlier or any(f.value == value for f in out))
            and _THE_RE.search(near)
        ):
            continue
        # ("the 1,300+ political prisoners": more than the number, its noun after the sign)
        noun = NOUN_RE.match(text, tail + text.startswith("+", tail), end)
        if text.find("age", max(start, n_start - 16), n_start) >= 0 and AGE_BEFORE_RE.search(
            text, max(start, n_start - 16), n_start
        ):
            # "three men aged 23, 25 and 31": ages, not counts
            skip = listed_counts(text, numbers, i, 2)[-1]
            continue
        members = [i]
        if noun is None and value_max is None and text.startswith((",", " and "), n_end):
            # "released 14, 16 and 52 political prisoners", "in batches of 14, 16, 52 and, in
            # December 2025, 123": the list reads as its last count
            members = listed_counts(text, numbers, i, skip=lambda k: in_date(text, numbers[k]))
            if len(members) > 1:
                tail = numbers[members[-1]].end
                noun = NOUN_RE.match(text, tail, end)
        if (
            noun is not None
            and noun.group("noun") == "ones"
            and _EVERY_RE.search(text, start, n_start)
        ):
            continue  # "For every five people released, seven new ones are jailed": a ratio
        if (
            text.find("whether", max(start, n_start - 24), n_start) >= 0
            and _ASKED_WHETHER_RE.search(text, max(start, n_start - 24), n_start)
            and _IS_WHAT_RE.match(text, n_end)
        ):
            # "Editors have asked whether all 31 were political prisoners": what they were is
            # the question (not "whether the 52 freed had been worth it")
            continue
        total = None
        if noun is None and may_tell_total(text, start, n_start, n_end):
            total = TOTAL_RE.search(text, max(start, n_start - 70), n_start)
            # ("by Viasna's count it brought the number freed … to 207": the nearest names it)
            while total is not None and (
                nearer := TOTAL_RE.search(text, total.start() + 1, n_start)
            ):
                total = nearer
        if (
            noun is None
            and total is None
            and not (
                (last is not None and n_start - last[0] < _CONTINUE_REACH)
                # ("16 people, eight men and eight women, on 2 July …, and 25 more on 16
                # September": "more" of the count its sentence gave, however far back)
                or (last is not None and last[0] > start and text.startswith(" more ", tail))
                # ("…, up from 169 at the end of 2020": the same count before)
                # ("…, down from more than 1,400 at the start of the summer": with its qualifier)
                or (
                    last is not None
                    and text.find(" from ", max(start, n_start - 22), n_start) >= 0
                    and _FROM_END_RE.search(text, max(last[0], n_start - 36), n_start)
                )
                or PRE_CUE_RE.search(text, max(start, n_start - _PRE_CUE_REACH), n_start)
                or BARE_AUX_RE.match(text, tail, end)
                or (BARE_VERB_RE.match(text, tail, end) and prison_topic(text, start, end))
                or _OF_THOSE_RE.match(text, tail, end)
                or _PARTICIPLE_NP_RE.match(text, tail, end)
                or _CASES_OF_DETENTION_RE.match(text, tail, end)
                # a row of a list or fact box: "Pardoned in 2025: 342"
                or colon_kind(text, start, n_start) is not None
                or (
                    (
                        text.find("prisoners", max(start, n_start - COUNT_OF_REACH), n_start) >= 0
                        or text.find("ber of", max(start, n_start - COUNT_OF_REACH), n_start) >= 0
                    )
                    and count_of_before(text, max(start, n_start - COUNT_OF_REACH), n_start)
                )
                or own_count(text, start, end, n_start)
                # ("pardoned hundreds of prisoners in batches of 14, 16 and 52")
                or opens_release_series(text, start, n_start, n_end, end)
                or (
                    text.startswith("including", n_start - 10)
                    and VAGUE_RELEASE_RE.search(text, start, n_start) is not None
                )
                # ("brought to more than 240 the number of people it recognises as …")
                or (
                    text.startswith((" the ", " that ", " whom "), tail)
                    and names_count_after(text, tail, end)
                )
            )
        ):
            continue  # most numbers (ages, money, dates) are not counts of people
        if _COMPOSITION_RE.match(text, tail, end):
            continue  # "pardoned 20 people …, 11 of them women": what some of them are
        if _SUBSET_RE.search(text, max(start, n_start - _SUBSET_REACH), n_start):
            named = POST_CUE_RE.match(text, tail, end) if noun is None else None
            if (
                named is not None
                and cue_kind(named) == "des"
                and (
                    not named.group("aux").strip()
                    # ("…, of whom 889 were recognised during the year": so too with its verb)
                    or PERIOD_RE.search(text, named.end(), clause_end(text, named.end(), end))
                )
            ):
                # "1,299 political prisoners, including 35 recognised during that month": the
                # new names among those counted, a count of its own
                own = [d for d in find_dates(text, tail, end, published) if d[0] >= tail]
                part = _MEASURES["des"]
                out.append(Figure(part, value, "exact", nearest_date(own, tail), n_start, tail))
                last = (tail, part)
                continue
            # ("the releases of 2025, including 52 persons on 11 September 2025": its people)
            when_at = noun.end() if noun is not None else tail
            if (
                (
                    _RELEASES_RE.search(text, start, n_start)
                    if noun is not None
                    else last is not None or VAGUE_RELEASE_RE.search(text, start, n_start)
                )
                and text.startswith("including", n_start - 10)
                and _SUBSET_WHEN_RE.match(text, when_at, end)
            ):
                # "342 were released in 2025, including 123 in a single deal on December
                # 13": a part of the count that happened on its own date, itself an event
                # ("several hundred people have left Belarusian prisons …, including 52 on
                # 11 September": a release told without its count)
                part = last[1] if last is not None else _MEASURES["rel"]
                if part in _EVENTS or part == _MEASURES["des"]:
                    own = [d for d in find_dates(text, tail, end, published) if d[0] >= tail]
                    out.append(Figure(part, value, "exact", nearest_date(own, tail), n_start, tail))
                    last = (tail, part)
            continue  # "among them two dual citizens": part of a count already given
        if "for" in text[tail : tail + 80] and _RATIO_AFTER_RE.match(text, tail, end):
            continue
        if _SAMPLE_BEFORE_RE.search(
            text, max(start, n_start - 24), n_start
        ) or _SAMPLE_AFTER_RE.match(text, tail):
            continue  # "spoke to six of those released": whom a reporter reached, no event
        qualifier, q_start = qualifier_before(text, start, n_start)
        if value_max is not None:
            qualifier, skip = "range", i + 1
            if text[max(start, n_start - 8) : n_start].lower().endswith("between "):
                q_start = n_start - 8
        if qualifier == "exact" and or_more_after(text, tail, end):
            qualifier = "at_least"
        if noun and noun.group("noun") not in ("others",) and i + 1 < len(numbers) and skip < i:
            nxt = numbers[i + 1]
            second = count_parts.second_part(text, start, end, n_start, noun, nxt)
            if second is not None and count_parts.breaks_down(text, start, n_start):
                skip = i + 1  # ("1,204 were held: 1,041 men and 162 women": the count's parts)
                continue
            if second is not None:  # "14 men and 2 women": one count in two parts
                value, noun, skip, tail = value + nxt.value, second, i + 1, nxt.end
        freed_with = False
        if noun:
            with_others = count_parts.named_with(text, start, end, q_start, tail)
            if with_others is not None:  # "X, Y and 13 others"; "X … together with 13 others"
                added, q_start, freed_with = with_others
                value += added
        measure = (
            _MEASURES.get(total_kind(total, text, start, end) or "") if total is not None else None
        )
        if (
            total is not None
            and last is not None
            and not any(total.group(k) for k in ("rel", "det", "des"))
            and not HELD_IN_TOTAL_RE.search(total.group())
            and _BRINGING_RE.search(text, max(start, total.start() - 16), total.start())
        ):
            # "recognised 509 …, bringing the total since 2020 to 4,339"; "recognised 28 …,
            # bringing the total to 1,429 as of 31 January": those on the list that day
            dated = _DATED_TOTAL_RE.match(text, tail, end) and "since" not in total.group()
            measure = _MEASURES["held"] if dated else last[1]
        if measure is None:
            measure = (
                _MEASURES["rel"]
                if freed_with
                else _measure(text, start, end, q_start, tail, noun, last)
            )
        if measure is None:
            continue
        if (
            measure == _MEASURES["des"]
            and text.endswith(_ONE_OF, max(start, q_start - 8), q_start)
            and text.find(" as of ", q_start, end) >= 0
        ):
            # ("He is one of 1,429 people recognised as political prisoners … as of 31
            # January": one of those on the list that day; not "one of 50 people recognised
            # in December", those added to it)
            measure = _MEASURES["held"]
        if (
            (
                measure == _MEASURES["des"]
                # ("On August 9, 2023, OFAC designated eight individuals": a dated listing)
                or (measure == _MEASURES["held"] and _LISTING_VERB_RE.search(text, start, q_start))
            )
            and noun is not None
            and noun.group("noun") in _SANCTIONS_LIST_NOUNS
            # (the count's own words, not "… over the repression of political prisoners")
            and text.find("political prisoner", noun.end(), noun.end() + _OWN_NOUN_REACH) < 0
        ):
            continue  # "designating eight individuals and five entities": a sanctions list
        if measure in _EVENTS and _CONDITION_BEFORE_RE.search(
            text, max(start, q_start - _CONDITION_REACH), q_start
        ):
            continue  # "if all of the roughly 1,300 were freed": no release happened
        if dates is None:
            dates = [
                (at, iso)
                for at, iso in find_dates(text, start, end, published)
                # "the highest number since 1991": the period's start, not the count's date
                if not opens_period(text, at, SINCE_REACH)
            ]
            counts = [
                n for n in numbers if not (in_date(text, n) or count_parts.bracketed(text, n))
            ]
        f_start = min(q_start, _cue_start(text, start, q_start))
        # one figure a count; a list's later counts stand on their own, the noun with the last
        skip = max(skip, members[-1])
        for k in members:
            member = numbers[k]
            # (a date after the count is as near as the words after its noun: "14 people in
            # June", not "The largest releases of 2025 — 14 …")
            own_end = noun.end() if noun is not None and k == members[-1] else member.end
            out.append(
                Figure(
                    measure,
                    value if k == i else member.value,
                    qualifier if k == i else "exact",
                    nearest_unblocked_date(dates, counts, member.start, own_end),
                    f_start if k == i else member.start,
                    tail if k == members[-1] else member.end,
                    value_max if k == i else None,
                )
            )
        last = (tail, measure)
    return out


def _cue_start(text: str, start: int, q_start: int) -> int:
    pre = text[max(start, q_start - _CUE_REACH) : q_start]
    cue = last_cue(pre)
    if cue is None or not PRE_GAP_RE.match(pre[cue.end() :]):
        return q_start
    return q_start - (len(pre) - cue.start())


def _measure(
    text: str,
    start: int,
    end: int,
    q_start: int,
    n_end: int,
    noun: re.Match[str] | None,
    last: tuple[int, str] | None,
) -> str | None:
    after = noun.end() if noun else n_end
    if noun is None and last and count_parts.more_after_comma(text, start, q_start, n_end, end):
        return last[1]  # ("14 people were released …; on 11 September, 52 more; …")
    if noun is None:
        participle = _PARTICIPLE_NP_RE.match(text, n_end, end)
        if participle is not None:
            return _MEASURES[cast(str, participle.lastgroup)]  # "Of the 123 freed, …"
    if noun is not None and noun.group("noun") == "names":
        kind = names_kind(text, start, end, q_start, after)
        return _MEASURES[kind] if kind is not None else None
    if noun is not None and noun.group("noun") in _EVENT_NOUNS:
        return _MEASURES["det"]  # "documented at least 150 politically motivated detentions"
    if noun is None and _CASES_OF_DETENTION_RE.match(text, n_end, end):
        return _MEASURES["det"]  # "at least 430 cases of politically motivated detention"
    if noun is None and PARDONS_OF_RE.match(text, n_end, end):
        return _MEASURES["rel"]
    if noun is None and RECOGNITIONS_RE.match(text, n_end, end):
        return _MEASURES["des"]  # "96 new recognitions of political prisoners"
    if noun is not None and death_after(text, after, end):
        return None  # "seven political prisoners have died in custody" counts no one held
    aside = _ASIDE_RE.match(text, after, end) if noun is not None else None
    if aside is not None:
        after = aside.end()  # "52 prisoners, among them 14 foreigners, were freed"
    elif noun is not None and noun.group("noun") in ("citizens", "nationals"):
        country = _OF_COUNTRY_RE.match(text, after, end)
        if country is not None:
            after = country.end()  # "Thirty-one citizens of Ukraine were released"
    # ("463 political prisoners, among them X and Y, who were detained …": the clause is of
    # those named, not of the count)
    post = (
        None
        if aside is not None and text.startswith((" who ", " whom "), after)
        else POST_CUE_RE.match(text, after, end)
    )
    if post is not None and cue_kind(post) == "des" and _STILL_HELD_RE.match(text, post.end(), end):
        # "169 people were recognised as political prisoners and remained behind bars": the
        # count of those held, told with what they were recognised as
        return _MEASURES["held"]
    if (
        post is not None
        and post.group("pron")
        and cue_kind(post) in ("det", "held")
        and HOME_RE.match(text, post.end(), end)
    ):
        # "31 citizens who had been imprisoned in Belarus returned home": the relative clause
        # tells what they were; coming home is what happened to them
        return _MEASURES["rel"]
    listed = listed_as_prisoners(text, start, end, after, q_start) if noun is not None else None
    if listed is not None:
        return _MEASURES[listed]
    if (
        noun is not None
        and post is None
        and last is not None
        and q_start - last[0] <= 7
        and text[last[0] : q_start].strip() == "and"
    ):
        return last[1]  # "freed 14 and 52 people respectively": one noun for both counts
    if (
        noun is not None
        and post is None
        and last is not None
        and _TOTAL_AFTER_RE.fullmatch(text, last[0], q_start)
    ):
        # "recognised 509 new political prisoners during 2025 and a total of 4,339 people since
        # May 2020": the same verb's total, however far its clause reached
        return last[1]
    if noun is not None and post is None and freed_by_clause(text, after, end):
        return _MEASURES["rel"]
    if (
        noun is not None
        and text.startswith(" over to ", after)
        and text[max(start, q_start - 10) : q_start].rstrip().endswith(("handed", "hands"))
    ):
        return _MEASURES["rel"]  # "handed 31 Ukrainian citizens over to Ukraine"
    if noun is not None and post is None and PARTICIPLE_GAP_RE.match(text, after, end):
        post = _finite_cue(text, after, end)  # "15 people returning from abroad were detained"
    if post is not None and post.group("pron") and cue_kind(post) in ("det", "held"):
        # "31 citizens who had been held in Belarus were released": the main verb after the
        # relative clause tells what happened to them
        finite = _finite_cue(text, post.end(), end)
        if finite is not None:
            post = finite
    if noun is not None and post is not None and not post.group("aux").strip():
        # A bare participle may open a reduced relative clause whose own verb follows:
        # "18 people convicted of similar offences had been pardoned".
        finite = _finite_cue(text, post.end(), end)
        moved = (
            moved_after_place(text, post.end(), end)
            if finite is None and cue_kind(post) in ("held", "det")
            else None
        )
        if finite is not None:
            post = finite
        elif moved is not None:
            post = moved  # "Fourteen people held in Belarus crossed into Lithuania"
        elif (post.group("det") or "").startswith(("sentenced", "convicted")):
            post = None  # "16 people convicted of extremism" describes them; no arrest
        elif (
            cue_kind(post) == "des"
            and "prisoners" in noun.group()
            and text[post.end() :][:4] == " by "
        ):
            post = None  # "969 political prisoners recognised by Viasna": those on its list
    named_after = count_named_after(text, start, q_start, n_end, end) if noun is None else None
    if named_after is not None:
        return _MEASURES[named_after]
    if noun is None and opens_release_series(text, start, q_start, n_end, end):
        return _MEASURES["rel"]  # "released people in batches, 14 in June, 52 in …"
    pre = text[max(start, q_start - _MEASURE_CUE_REACH) : q_start]
    cue: re.Match[str] | None = last_cue(pre)
    if cue is not None and not PRE_GAP_RE.match(pre[cue.end() :]):
        cue = None
    if (
        cue is not None
        and cue.group().startswith("hand")
        and (noun is None or _CONVICTED_OF_RE.match(text, noun.end(), end))
    ):
        # "handed over fourteen prisoners" frees them; "handed over two Russian citizens
        # convicted of fraud" in a swap frees convicts, not political prisoners
        cue = None
    if (
        cue is not None
        and post is not None
        and cue.group() in _CUE_NOUNS
        and not post.group("aux").strip()
        and " of " in pre[cue.end() :]
    ):
        post = None  # "the release of 14 people held in Belarus": the noun tells their fate
    has_aux = post is not None and bool(post.group("aux").strip()) and not post.group("pron")
    # (not "By Viasna's count 509 people were newly recognised …": the count's own verb)
    if cue is not None and noun is not None and cue_kind(cue) == "cnt" and not has_aux:
        if post is not None and not post.group("aux").strip() and cue_kind(post) in _EVENTS_KINDS:
            return _MEASURES[cue_kind(post)]  # "counts 342 people pardoned in 2025"
        if noun.group("noun") in ("people", "persons", "individuals") and prisoners_named(
            text, start, end
        ):
            return _MEASURES["held"]  # "dissident.by counts 1,336 people on its own list"
        cue = None  # "counts 1,409 political prisoners": the noun tells the measure
    if (
        cue is not None
        and cue.group() == "named"
        and not (
            noun is not None
            and (
                noun.group("noun").startswith("political")
                or _AS_PRISONERS_RE.match(text, noun.end(), end)
            )
        )
    ):
        cue = None  # "named 3 suspects": only naming political prisoners designates them
    # "52 were freed" outranks a verb before the number; "pardoned 16 people convicted of"
    # does not: a bare participle after the noun only describes the people.
    if post and post.group("pron") and cue is not None:
        post = None  # "released 31 citizens who had been held": the main verb counts
    if (
        post
        and post.group("pron")
        and (post.group("det") or "").startswith(("sentenced", "convicted"))
    ):
        post = None  # "12 women and 13 men who were convicted of …" describes them
    if (
        post is not None
        and noun is None
        and last is not None
        and q_start - last[0] < _CONTINUE_REACH
        and _OF_WHOM_RE.match(text, n_end, end)
        and "political" in post.group()
    ):
        # "pardoned 30 people, 18 of whom were political prisoners": a part of the count just
        # given, told by what they are; what happened to them is what happened to the whole
        return last[1]
    if post and (
        post.group("aux").strip()
        or (noun and cue is None)
        # ("after their release 1,164 political prisoners remained in custody": a noun before
        # the count is no verb of it)
        or (cue is not None and cue.group() in _CUE_NOUNS)
        or (noun is None and BARE_VERB_RE.match(text, n_end, end))
        or (noun is None and _OF_THOSE_RE.match(text, n_end, end))
        # ("889 of them added during 2022", "including 35 recognised in October": a part's own
        # participle)
        or (noun is None and _OF_THEM_RE.match(text, n_end, end))
        or (noun is None and _SUBSET_RE.search(text, max(start, q_start - _SUBSET_REACH), q_start))
    ):
        kind = cue_kind(post)
        if kind == "des" and "newly" in post.group("aux"):
            return _MEASURES["des"]  # "25 people were newly recognised": new names, not the list
        if kind == "des" and not _LIST_THEN.isdisjoint(post.group("aux").split()):
            # "92 people were now recognised as …", "610 were currently recognised": the list
            return _MEASURES["held"]
        if (
            kind == "des"
            and not post.group("aux").strip()
            and one_of_list(text, start, q_start)
            # (not "one of more than 50 people branded political prisoners in January alone":
            # the month's new names)
            and not PERIOD_RE.search(text, post.end(), end)
        ):
            # "one of roughly 1,400 people recognised as political prisoners": the list a
            # person belongs to, not its new names
            return _MEASURES["held"]
        if kind == "det" and text.startswith(" in absentia", post.end()):
            return None  # "12 people were convicted in absentia": abroad, not taken in
        if (
            kind == "det"
            and not post.group("aux").strip()
            and LEAVES_RE.search(text, max(start, q_start - 40), q_start)
        ):
            # "leaves more than 1,000 people imprisoned": those the verb leaves behind bars,
            # a state, not an arrest
            return _MEASURES["held"]
        if kind == "rel" and _MODAL_RE.search(post.group("aux")):
            if text.startswith(" more", n_end):
                return None  # "expect up to 150 more prisoners to be freed": no one counted yet
            if _ANNOUNCED_RE.search(text, max(start, q_start - 40), q_start) and _WILL_BE_RE.match(
                post.group("aux")
            ):
                return _MEASURES["rel"]  # "announced that 18 prisoners would be released"
            return _MEASURES["held"]
        if (
            kind in ("det", "des")
            and _PRESENT_STATE_RE.fullmatch(post.group("aux"))
            # ("August 9, 2020: … More than 30,000 people are detained": a timeline's present
            # tells what happened then)
            and not TIMELINE_ENTRY_RE.match(text, text.rfind("\n", 0, start) + 1)
            # ("up to 15 people are arrested every week": an event, however often)
            and not post.group().endswith(("arrested", "rounded up"))
            # ("Each month, about 40 people are recognised as political prisoners": a rate of
            # new names, not the list)
            and not _RATE_RE.search(text, start, end)
        ):
            # "are imprisoned" is a state, "were arrested" an event; "600 people are now
            # recognised as political prisoners" is the list, not its new names
            return _MEASURES["held"]
        if (
            # ("1,401 persons were detained as political prisoners": those held, as recognised)
            (kind == "des" or (kind == "det" and held_as_prisoners(text, post.end(), end)))
            and on_a_day(text, start, q_start, post.end(), end)
            # ("1,446 persons were recognised … at the end of 2022, of whom 889 were recognised
            # during the year": the period of the part after the comma is the part's)
            and not PERIOD_RE.search(text, start, clause_end(text, post.end(), end))
        ):
            # "on 31 December, 1,131 people were recognised as political prisoners": the list
            # on a day, not the month's new names
            return _MEASURES["held"]
        return _MEASURES[kind]
    if noun is None and count_of_before(text, max(start, q_start - COUNT_OF_REACH), q_start):
        return _MEASURES["held"]  # "the number of political prisoners has fallen to 1,130"
    if noun is None and own_count(text, start, end, q_start):
        return _MEASURES["held"]  # "Viasna's figure this morning is about 1,340"
    if cue is not None and cue_kind(cue) == "cnt":
        if (
            CLAUSE_END_RE.match(text, n_end)
            or _IN_TOTAL_RE.match(text, n_end)
            or DATED_END_RE.match(text, n_end)
        ) and prisoners_named(text, start, end):
            return _MEASURES["held"]
        participle = _PARTICIPLE_NP_RE.match(text, n_end, end)
        if participle is not None and noun is None:
            # "Viasna counts 227 pardoned over the year": those the participle names
            return _MEASURES[cast(str, participle.lastgroup)]
        return None
    if (
        cue is not None
        and ("can" in pre or "could" in pre)
        and _HYPOTHETICAL_RE.search(pre, 0, cue.start())
    ):
        return None
    if cue is not None:
        kind = cue_kind(cue)
        if (
            noun is None
            and kind == "des"
            # ("in the past week alone it recognised 19 more.")
            and MORE_END_RE.match(text, n_end)
            and prisoners_named(text, start, end)
        ):
            return _MEASURES["des"]  # "it has recognised a total of 4,339."
        if noun is None and (
            kind not in ("rel", "det")
            or _UNIT_RE.match(text, n_end, end)
            or not PRISON_TOPIC_RE.search(text, start, end)
        ):
            return None
        if kind == "rel" and intended_release(text, start, q_start):
            return _MEASURES["held"]
        if (
            cue.group() == "detention"
            and noun is not None
            and noun.group("noun").startswith("political")
        ):
            return _MEASURES["held"]  # "the detention of more than 800 political prisoners"
        if kind == "des" and not (noun is not None and _MORE_NAMES_RE.match(noun.group(0))):
            if noun is not None and list_day_after(text, noun, end):
                return _MEASURES["held"]
            clause = clause_start(text, start, q_start)
            stop = CLAUSE_STOP_RE.search(text, n_end, end)
            if not PERIOD_RE.search(text, clause, stop.start() if stop else end) and (
                _LIST_NOW_RE.search(cue.group())
                # ("as of 31 October 2024, Viasna recognised 1,299 people as political
                # prisoners": the list on a day, told in the count's own clause; not "Since
                # the release on 11 September, … recognised a further 157": those added since)
                or (
                    AS_OF_RE.search(text, clause, q_start)
                    and not _ADDED_SINCE_RE.search(text, clause, q_start)
                )
            ):
                return _MEASURES["held"]
        return _MEASURES[kind]
    if cue is None and served(text, start, q_start, after, end):
        return None  # ("rent support for 34 released prisoners": a body's caseload)
    colon = colon_kind(text, start, q_start) if cue is None else None
    if colon is not None:
        return _MEASURES[colon]
    if noun is not None:
        adjective = NP_STATE_RE.search(noun.group(0))
        if adjective and adjective.group("rel"):
            return _MEASURES["held" if intended_release(text, start, q_start) else "rel"]
        if noun.group("noun").startswith("political") and _NEW_RE.match(noun.group(0)):
            return _MEASURES["des"]  # "recorded 18 new political prisoners in January"
        if (
            adjective
            or noun.group("noun").startswith("political")
            or _AS_PRISONERS_RE.match(
                text, noun.end(), end
            )  # "lists 864 people as political prisoners"
        ):
            return _MEASURES["held"]
    coordinated = (
        noun is None
        and last is not None
        # ("969 political prisoners …, according to Viasna, up from 169": the same count
        # before, however far back in the sentence)
        and (q_start - last[0] < _CONTINUE_REACH or _FROM_END_RE.search(text, last[0], q_start))
        and bool(
            _AND_END_RE.search(text, last[0], q_start)
            or _FROM_END_RE.search(text, last[0], q_start)
            or _OF_THEM_RE.match(text, n_end, end)
            or in_series(text, last[0], q_start, n_end, end)
            # ("from 1,430 at the start of the year to 1,265 at its end": where it moved to)
            or (
                _TO_END_RE.search(text, last[0], q_start) is not None
                and text.find("from ", max(start, last[0] - 12), last[0]) >= 0
            )
            or TOTAL_BEFORE_RE.search(text, max(last[0], q_start - 20), q_start)
        )
        and not _UNIT_RE.match(text, n_end, end)
        # (not "… and said that the two leaders had discussed …": those the count refers to,
        # named by a noun of their own that is no prisoners')
        and not (text.endswith("the ", start, q_start) and _OWN_PLURAL_RE.match(text, n_end, end))
    )
    return last[1] if coordinated and last is not None else None


# ("the European Union listed 38 individuals and 3 entities": a power's listing, as with
# "designated")
_LISTING_VERB_RE: Final = re.compile(r"designat|\blisted\b")
# ("designated 12 individuals as political prisoners": what the count's noun is called)
_OWN_NOUN_REACH: Final = 30


def _finite_cue(text: str, position: int, end: int) -> re.Match[str] | None:
    """Return the cue of the first finite verb after ``position`` in its clause, if any."""
    gap = _FINITE_RE.match(text, position, end)
    if gap is None:
        return None
    post = POST_CUE_RE.match(text, gap.end(), end)
    return post if post is not None and post.group("aux").strip() else None
