"""The clauses around a count's people that say who they are or what became of them, as
``doorwatch.extract.figures`` reads them: a relative clause with its own subject ("1,240 people
Viasna lists as political prisoners", "the 123 prisoners Alexander Lukashenko freed"), a count
named after its number ("brought to more than 240 the number of people it recognises as …"),
the place they were held in before their own verb, one of a list's people.

Each function answers with the kind of count ("rel", "det", "des", "held"), as the cue
patterns of ``doorwatch.extract.count_cues`` name them, or with whether its clause stands.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract.count_cues import POST_CUE_RE, PRE_CUE_RE, PRE_GAP_RE, last_cue
from doorwatch.extract.dates import MONTH_PATTERN

# a period the count falls in: new names in it, not the list ("in January alone", "since 2020")
PERIOD_RE: Final = re.compile(
    # ("has grown sharply since." is no period: "since" with nothing after it)
    # ("one of 50 people recognised as political prisoners in December": the month's names)
    r"\b(?:during|over\s+the|since(?=\s+\w)|in\s+(?:the\s+)?(?:month|year|week|\d{4}|[A-Z][a-z]+\s+alone)|"
    rf"in\s+{MONTH_PATTERN}\b|"
    # ("one of 18 people added to its list that month": the month a text named before)
    r"(?:this|that|last)\s+(?:month|year|week)|alone|new)\b"
)
# (a dash before a conjunction opens a clause of its own: "Viasna recognises 169 political
# prisoners — people held for their views — and many more face charges … in 2021")
CLAUSE_STOP_RE: Final = re.compile(r"[,;]|\s[—–]\s+(?:and|but|while|whereas)\s")
_MONTH_RE: Final = re.compile(rf"in\s+{MONTH_PATTERN}")
# "1,473 people whom Viasna recognised as political prisoners": the people on a group's list,
# told by a relative clause with its own subject
_WHOM_LISTED_RE: Final = re.compile(
    # ("about 1,240 people Viasna lists as political prisoners": the pronoun left out)
    # ("the more than 1,100 people they consider political prisoners")
    # ("whom the Minsk human rights centre Viasna counts as …")
    r"\s*,?\s+(?:(?:whom|that)\s+)?(?:the\s+(?:[\w’'-]+\s+){1,5}?|(?:[A-Z][\w’'-]*\s+){1,4}|"
    r"(?:they|it|we)\s+)(?:(?:has|had|have|still)\s+)?"
    r"(?:(?P<new>recogni[sz]e[sd]?)|consider[sd]?|considered|regard[sd]?|regarded|lists?|listed|"
    r"counts?|counted)(?:\s+as)?\s+political\s+prisoners\b"
)
# "among the 123 prisoners Alexander Lukashenko freed on Saturday", "14 prisoners whom Belarus
# released": those the subject of a relative clause set free
_OBJECT_FREED_RE: Final = re.compile(
    r"\s+(?:(?:whom|that)\s+)?(?:the\s+[a-z]+|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+"
    r"(?:(?:has|had|have)\s+)?(?:freed|released|pardoned|handed\s+over|set\s+free|let\s+go)\b"
)
# "bringing to 4,339 the number recognised since May 2020": the count after its number
_BROUGHT_TO_RE: Final = re.compile(
    r"\b(?:bringing|brings|brought|bring|taking|takes|took)\s+to\s+$"
)
_THE_NUMBER_AFTER_RE: Final = re.compile(
    r"\s+the\s+(?:total\s+)?(?:number|total|count)\b(?P<rest>[^.;:]{0,80})"
)
# "held in Belarus": where those a participle describes were held
_IN_PLACE_RE: Final = re.compile(r"\s+(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?")
# "one of roughly 1,400 people recognised as …": the count a person is one of
_MEMBER_OF_RE: Final = re.compile(r"\b(?:one\s+of|among)\s+(?:the\s+)?$")
# "at least 15 people returning from abroad were detained": a participle phrase between the
# people and their verb
PARTICIPLE_GAP_RE: Final = re.compile(
    # (not a preposition in "-ing": "41 new political prisoners during the month")
    r"\s+(?!(?:during|following|regarding|concerning|according|pending)\b)[a-z]+ing\b"
    # ("eleven employees who took part were later detained": a relative clause whose verb
    # tells what they did, before the verb that tells what became of them)
    r"|\s+who\s+(?!(?:were|was|are|is|had|have|has|will|would|remain|remained)\b)[a-z]+\b"
)


def listed_as_prisoners(text: str, start: int, end: int, after: int, q_start: int) -> str | None:
    """Return "held" when the people counted are told by a relative clause as those a group
    lists as political prisoners ("1,240 people Viasna lists as …"), "des" when the sentence
    gives the clause a period; None when no such clause follows ``after``, or a release or an
    arrest before the number counts them ("pardoned 227 people it considered …")."""
    listed = _WHOM_LISTED_RE.match(text, after, end)
    if listed is None or _counted_by_verb(text[max(start, q_start - 24) : q_start]):
        return None
    # ("…, and the sixth to have died since 2021": a period in another clause)
    stop = CLAUSE_STOP_RE.search(text, listed.end(), end)
    # ("one of 1,437 people Viasna counted as political prisoners in December": the list on a
    # day; only those recognised in a period are its new names)
    period = PERIOD_RE.search(text, start, stop.start() if stop else end)
    if period is not None and (listed.group("new") or not _MONTH_RE.fullmatch(period.group())):
        return "des"
    return "held"


def _counted_by_verb(pre: str) -> bool:
    """Return True when a release or an arrest right before the number counts the people
    ("pardoned 227 people it considered …"), whatever a clause after them says."""
    cue = last_cue(pre)
    return (
        cue is not None
        and bool(cue.group("rel") or cue.group("det"))
        and PRE_GAP_RE.match(pre[cue.end() :]) is not None
    )


def freed_by_clause(text: str, after: int, end: int) -> bool:
    """Return True when a relative clause after the people counted says its subject freed
    them ("the 123 prisoners Alexander Lukashenko freed on Saturday")."""
    return _OBJECT_FREED_RE.match(text, after, end) is not None


def moved_after_place(text: str, position: int, end: int) -> re.Match[str] | None:
    """Return the cue of a release told without an auxiliary after the place a participle
    before ``position`` held them in ("people held in Belarus crossed into Lithuania"), or
    None."""
    place = _IN_PLACE_RE.match(text, position, end)
    if place is None:
        return None
    moved = POST_CUE_RE.match(text, place.end(), end)
    if moved is None or not moved.group("rel") or moved.group("aux").strip():
        return None
    return moved


def names_count_after(text: str, position: int, end: int) -> bool:
    """Return True when "the number", "the total" or "the count" follows the number ending at
    ``position`` ("240 the number of people …"), or a clause of whose list they are ("1,440
    that Viasna counts")."""
    return (
        _THE_NUMBER_AFTER_RE.match(text, position, end) is not None
        or _COUNTED_BY_AFTER_RE.match(text, position, end) is not None
    )


_PRISONERS_REACH: Final = 300  # prisoners named this far before a case counted among a list
# "one of some 1,440 that Viasna counts": a case among those a group's list holds
_ONE_OF_BEFORE_RE: Final = re.compile(
    r"\b(?:one|among)\s+of\s+(?:(?:some|about|around|nearly|almost|roughly|more\s+than|over)\s+)?$|"
    r"\bamong\s+(?:(?:some|about|around|nearly|almost|roughly|more\s+than|over)\s+)?(?:the\s+)?$"
)
_COUNTED_BY_AFTER_RE: Final = re.compile(
    r"\s+(?:that|whom|which)\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:now\s+|still\s+)?"
    r"(?:counts|lists|recogni[sz]es|tracks|has\s+on\s+its\s+list)\b"
)


def count_named_after(text: str, start: int, q_start: int, n_end: int, end: int) -> str | None:
    """Return the kind of a count told after its number ("brought to more than 240 the number
    of people it recognises as political prisoners": "held"), or None when the number is not
    told so."""
    if (
        text.startswith((" that ", " whom ", " which "), n_end)
        and _ONE_OF_BEFORE_RE.search(text, max(start, q_start - 24), q_start)
        and _COUNTED_BY_AFTER_RE.match(text, n_end, end)
        # (a person's case, or where the text speaks of prisoners: not "one of some 40 bills
        # that Parliament lists")
        and (
            text.find("case", max(start, q_start - 40), q_start) >= 0
            or text.find("prisoner", max(0, start - _PRISONERS_REACH), end) >= 0
        )
    ):
        return "held"  # "Poczobut's case is one of some 1,440 that Viasna counts"
    if not text.endswith(" to ", max(start, q_start - 4), q_start):
        return None
    if _BROUGHT_TO_RE.search(text, max(start, q_start - 20), q_start) is None:
        return None
    counted = _THE_NUMBER_AFTER_RE.match(text, n_end, end)
    if counted is None:
        return None
    rest = counted.group("rest")
    if "freed" in rest or "released" in rest or "pardoned" in rest:
        return "rel"  # "… the number of political prisoners freed since July"
    if "recogni" in rest and "since" in rest:
        return "des"  # "… the number recognised since May 2020": all ever named
    if "recogni" in rest or "political prisoner" in rest or "behind bars" in rest:
        return "held"
    return None


def one_of_list(text: str, start: int, q_start: int) -> bool:
    """Return True when the count is the one a person is "one of" or "among" ("one of roughly
    1,400 people recognised as political prisoners")."""
    return _MEMBER_OF_RE.search(text, max(start, q_start - 14), q_start) is not None


# "Recognised as political prisoners during the month: 35 people": a count after a colon takes
# the kind of the clause before the colon.
_COLON_GAP_RE: Final = re.compile(
    r"[:|](?:\s+(?:another|a|an|the|some|further|additional|more|other|all|nearly|about|"
    r"at\s+least|up\s+to|over|around|approximately|roughly|almost|just|close\s+to))*\s*$"
)
_CLAUSE_BREAK_RE: Final = re.compile(r"[;:|—–]")
_FINITE_BE_RE: Final = re.compile(r"\b(?:is|are|was|were|has|have|had|remain|remains|remained)\b")


# the date of a list's row: "31 December 2022", "August 2023", "End of 2022"
_ROW_DATE: Final = (
    r"[-–•*][ \t]+(?:(?:\d{1,2}[ \t]+)?[A-Z][a-z]+(?:[ \t]+\d{1,2},?)?"
    r"|(?:[Ee]nd|[Ss]tart|[Bb]eginning|[Mm]iddle)[ \t]+of)[ \t]+\d{4}[ \t]*:"
)
# a list's dated row, its count right after the colon ("- 31 December 2022: 1,446", "- August
# 2023: close to 1,500")
_DATED_ROW_RE: Final = re.compile(
    rf"[ \t]*{_ROW_DATE}[ \t]*(?:(?:close[ \t]+to|nearly|almost|about|around)[ \t]+)?"
)
# the row of the same list that names what is counted ("- 31 December 2020: 169 political
# prisoners"), among the rows above
_NAMED_ROW_RE: Final = re.compile(
    rf"(?m)^[ \t]*{_ROW_DATE}[ \t]*[\d,]+[ \t]+political[ \t]+prisoners[ \t]*$"
)
_ROWS_REACH: Final = 240  # how far above a row the list's named row may stand


def _dated_row(text: str, start: int, q_start: int) -> bool:
    """Return True when the count at ``q_start`` opens the value of a list's dated row with
    no noun, under a row of the same list that counts political prisoners."""
    line = text.rfind("\n", 0, q_start) + 1
    if _DATED_ROW_RE.fullmatch(text, line, q_start) is None:
        return False
    above = text[max(0, line - _ROWS_REACH) : line]
    if "\n\n" in above:
        above = above[above.rindex("\n\n") :]  # (the list's rows, not the paragraph before)
    return _NAMED_ROW_RE.search(above) is not None


# a noun of people right before a participle, which then only describes them
_PEOPLE_BEFORE_RE: Final = re.compile(
    r"\b(?:people|persons|citizens|nationals|prisoners|detainees|men|women|those)\s+$"
)


def colon_kind(text: str, start: int, q_start: int) -> str | None:
    """Return the kind of count ("rel", "det", "des", "held") of the clause a colon closes
    right before the count at ``q_start``, if it has a release, arrest or designation word
    ("Pardons in 2025: 342 people"), or is a fact box's row of political prisoners; else None."""
    if text.find(":", start, q_start) < 0 and text.find("|", start, q_start) < 0:
        return None
    if text.startswith(("one ", "One "), q_start):
        return None  # ("The freed prisoners arrived: one refused to leave": someone, no count)
    pre = text[start:q_start].lower()  # the clause may open the sentence: "Pardons in …:"
    gap = _COLON_GAP_RE.search(pre)
    if gap is None:
        return None
    breaks = [m.end() for m in _CLAUSE_BREAK_RE.finditer(pre, 0, gap.start())]
    label = breaks[-1] if breaks else 0
    # (the clause's last cue but one that only describes the people it follows: "Ukrainian
    # citizens held in Belarus were released in an exchange: 31 on 22 November" counts those
    # released; "released 300 people recognised as political prisoners, in batches: 14 in
    # June" counts those released too)
    cues = list(PRE_CUE_RE.finditer(pre, label, gap.start()))
    verbs = [
        c for c in cues if not _PEOPLE_BEFORE_RE.search(pre, max(0, c.start() - 16), c.start())
    ]
    cue = verbs[-1] if verbs else (cues[0] if cues else None)
    if cue is None:
        # a fact box's row names what it counts, with no verb: "Political prisoners on 31
        # December: 1,131" (after "… were political prisoners:" comes a breakdown)
        # ("Behind bars: 1,131 at the end of the year": where those counted are)
        if (
            pre.find("political prisoners", label) >= 0 or pre.find("behind bars", label) >= 0
        ) and not _FINITE_BE_RE.search(pre, label):
            return "held"
        # ("- 31 December 2020: 169 political prisoners" above "- 31 December 2022: 1,446": a
        # dated list's later rows count what its first row names)
        return "held" if _dated_row(text, start, q_start) else None
    # (the cue pattern's outermost named group, which closes last, is its kind)
    kind = cue.lastgroup
    return None if kind == "cnt" else kind
