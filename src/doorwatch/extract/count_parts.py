"""A count told in parts: "14 men and 2 women were freed" (one count, summed), the people
named before "and 13 others" or freed "together with 13 other prisoners" (counted in), and a
count's parts by date ("Releases in 2025: 14 (June), 16 (July), 52 (September)", "more than 200
have walked out — 14 in June, 52 in September"), each a count of the same kind on its own date.

``doorwatch.extract.figures`` reads each count through these before it settles its measure.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.claims import Figure
from doorwatch.extract.count_cues import NOUN_RE, PRE_CUE_RE
from doorwatch.extract.dates import MONTH_PATTERN, find_dates
from doorwatch.extract.numbers import Number

_NAMES_AND_RE: Final = re.compile(
    r"(?P<names>(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*,\s+)*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
    # "Siarhei Tsikhanouski, the husband of ..., and 13 other prisoners": an appositive
    r"(?:,\s+(?:the|a|an|his|her|their|its)\s+[^,.;:()]{1,80}?)?,?"
    r"\s+(?:and|\+|&)\s+$"
)
_OTHER_RE: Final = re.compile(r"\s+others?\b")
# "X was released on Saturday together with 13 other prisoners": the one freed with the others
# ("Tsikhanouski, freed with 13 others, embraces his wife": the participle in an aside)
_FREED_WITH_RE: Final = re.compile(
    r"(?:\b(?:was|were|been)\s+|,\s+)(?:released|freed|pardoned)\b[^.;:]{0,60}?"
    r"\b(?:(?:together|along)\s+)?with\s+$"
)
_AND_RE: Final = re.compile(r"\s*,?\s+(?:and|plus)\s+$")
# (not "Viasna recognised 509 new political prisoners and 342 people were pardoned": the first
# count the object of its own verb, the second the subject of a new clause)
_OWN_VERB_BEFORE_RE: Final = re.compile(
    r"\b(?:recogni[sz]ed|designated|listed|counted|added|named)\s+(?:[a-z]+\s+){0,2}$"
)
# ("and 18 people were newly recognised": an adverb before the participle)
_NEW_SUBJECT_AFTER_RE: Final = re.compile(
    r"\s+(?:were|was|had\s+been|have\s+been|are)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b"
)
_NAME_LIST_REACH: Final = 120  # "Tsikhanouski, X and 13 others": the names before "and N other(s)"
_ROLE_BEFORE_RE: Final = re.compile(r"(?:\b[a-z][\w-]*\s+){1,2}$")


def second_part(
    text: str, start: int, end: int, n_start: int, noun: re.Match[str], nxt: Number
) -> re.Match[str] | None:
    """Return the noun of the count ``nxt`` when it is the second part of the count at
    ``n_start`` whose noun is ``noun`` ("14 men and 2 women"), else None."""
    if not _AND_RE.fullmatch(text, noun.end(), nxt.start):
        return None
    second = NOUN_RE.match(text, nxt.end, end)
    if second is None or second.group("noun") == "others":
        return None
    if _OWN_VERB_BEFORE_RE.search(text, max(start, n_start - 40), n_start) and (
        _NEW_SUBJECT_AFTER_RE.match(text, second.end(), end)
    ):
        return None
    return second


# a count of people in a clause (not a year, nor a day of the month), before a colon
_COUNT_BEFORE_COLON_RE: Final = re.compile(
    r"(?<![\d,])\d{1,3}(?:,\d{3})*\s+(?:[a-z]+\s+){0,3}?people\b|"
    r"(?<![\d,])\d{1,3},\d{3}\b"
)


# the parts of a count told between commas right after it ("16 people, eight men and eight
# women, on 2 July")
_ASIDE_PARTS_RE: Final = re.compile(
    r"\b(?:\d[\d,]*|[a-z]+)\s+(?:[a-z]+\s+){0,2}?(?:people|persons|prisoners|detainees)\s*,\s*"
    r"(?P<parts>[\w-]+\s+(?:men|women)\s+and\s+[\w-]+\s+(?:men|women))\s*,"
)
_ASIDE_REACH: Final = 80  # how far before a part its count may stand


def bracketed(text: str, number: Number) -> bool:
    """Return True when ``number`` stands in brackets after a count ("30 political prisoners
    (14 women, 16 men) were pardoned on 16 August") or between the commas of an aside right
    after it ("16 people, eight men and eight women, on 2 July"): a part of it, which leaves
    the count's date to the count."""
    opened = text.rfind("(", max(0, number.start - 40), number.start)
    if (
        opened >= 0
        and text.find(")", opened, number.start) < 0
        and text.find(")", number.end, number.end + 40) >= 0
    ):
        return True
    if not text.startswith((" men", " women"), number.end):
        return False
    for aside in _ASIDE_PARTS_RE.finditer(
        text, max(0, number.start - _ASIDE_REACH), number.end + 40
    ):
        if aside.start("parts") <= number.start < aside.end("parts"):
            return True
    return False


def breaks_down(text: str, start: int, n_start: int) -> bool:
    """Return True when the two parts at ``n_start`` ("1,041 men and 162 women") follow a
    colon after a count of people in the same sentence: the parts of that count, not a
    count of their own."""
    before = text[start:n_start].rstrip()
    if not before.endswith(":"):
        return False
    return _COUNT_BEFORE_COLON_RE.search(text, start, start + len(before) - 1) is not None


def named_with(
    text: str, start: int, end: int, q_start: int, tail: int
) -> tuple[int, int, bool] | None:
    """Return the people a count of "others" ending at ``tail`` leaves out, where the words
    that tell of them begin, and whether they were freed with the others ("X was released
    together with 13 other prisoners"); None when the count is not of others or none are named."""
    if not _OTHER_RE.match(text, tail, end):
        return None
    window = text[max(start, q_start - _NAME_LIST_REACH) : q_start]
    names = _NAMES_AND_RE.search(window)
    if names and not _names_a_thing(names):
        items = names.group("names").split(", ")
        # ("the day the envoy visited Minsk, Siarhei Tsikhanouski and 13 others": a place
        # before the list ends a clause of its own)
        skipped = 0
        while len(items) > 1 and (items[0] in lx.PLACES or items[0] in lx.MULTIWORD_PLACES):
            skipped += len(items.pop(0)) + 2
        begins = q_start - (min(_NAME_LIST_REACH, q_start - start) - names.start() - skipped)
        return len(items), _before_role(text, start, begins), False
    if _FREED_WITH_RE.search(text, max(start, q_start - 90), q_start):
        return 1, q_start, True
    return None


def _names_a_thing(names: re.Match[str]) -> bool:
    """Return True when the capitalised words before "and N others" name a day ("ahead of
    Independence Day, and 14 others"): no people listed."""
    return names.group("names").split()[-1] in lx.EVENT_WORDS


def _before_role(text: str, start: int, q_start: int) -> int:
    """Return where a role before a name list begins ("opposition figure X and 13 others"),
    or ``q_start`` when no role stands there; a cue verb is never part of the role."""
    role = _ROLE_BEFORE_RE.search(text, max(start, q_start - 40), q_start)
    if role is None:
        return q_start
    words = list(re.finditer(r"\S+", role.group()))
    for word in words:
        if PRE_CUE_RE.fullmatch(word.group()) is None:
            return role.start() + word.start()
        # a cue word: the role starts after it
    return q_start


# a count's date right after it: "14 (June)", "52 in September", "123 on 13 December"
_DATED_ITEM_RE: Final = re.compile(
    rf"\s*\((?P<paren>(?:\d{{1,2}}\s+)?(?:{MONTH_PATTERN})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?)\)"
    rf"|\s+(?:in|on)\s+(?P<told>(?:\d{{1,2}}\s+)?(?:{MONTH_PATTERN})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?)\b"
)
# what stands between two parts: a comma, "and", or the dash or colon before the first
_PART_SEP_RE: Final = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*[—–:]\s*)")
_YEAR_RE: Final = re.compile(r"\b(?:19|20)\d\d\b")


def dated_parts(text: str, numbers: list[Number], found: list[Figure]) -> list[Figure]:
    """Return the counts of a list of parts by date after a count in ``found`` (the figures
    one sentence gave for ``numbers``): each part of two or more, told with its own month and
    no noun of its own, is a count of the kind of the count it follows."""
    if not found or len(numbers) < 2:
        return []
    out: list[Figure] = []
    by_start = {f.start: f for f in found}
    run: list[tuple[Number, re.Match[str]]] = []
    for number in numbers:
        item = _DATED_ITEM_RE.match(text, number.end)
        if item is None:
            run = []
            continue
        if run and not _PART_SEP_RE.fullmatch(text, run[-1][1].end(), number.start):
            run = []
        run.append((number, item))
        if len(run) < 2:
            continue
        first = run[0][0]
        # the kind: the first part's own, else the count the list follows in its sentence
        base = by_start.get(first.start) or max(
            (f for f in found if f.end <= first.start), key=lambda f: f.end, default=None
        )
        if base is None:
            continue
        year = _YEAR_RE.search(base.date or "") or _YEAR_RE.search(
            text, max(0, first.start - 120), first.start
        )
        for part, told in run:
            if part.start in by_start or any(f.start == part.start for f in out):
                continue
            words = told.group("paren") or told.group("told")
            if not _YEAR_RE.search(words) and year is not None:
                words = f"{words} {year.group()}"
            dates = find_dates(words, 0, len(words), None, later=False)
            date = dates[0][1] if dates else None
            out.append(Figure(base.measure, part.value, "exact", date, part.start, part.end))
    return out


# a count's month before it, its count in brackets: "in June (14 persons), in September (52
# persons)", "February (3 persons, including an American citizen)"
_MONTH_BEFORE_RE: Final = re.compile(rf"\b(?P<month>{MONTH_PATTERN})(?:\s+\d{{4}})?\s*\($")
_PEOPLE_AFTER_RE: Final = re.compile(r"\s+(?:persons|people|prisoners)\s*[),]")
_BRACKET_ENDS: Final = ("(", "(\n")


def month_parts(text: str, start: int, numbers: list[Number], found: list[Figure]) -> list[Figure]:
    """Return the counts a sentence from ``start`` gives in brackets after their months ("in
    June (14 persons), in September (52 persons)"), two or more: released when the sentence
    tells of releases before them, else of the kind of a count the sentence gives."""
    parts: list[tuple[Number, str]] = []
    for number in numbers:
        # (every match ends on the bracket, or on it and a line's end: "$" also matches
        # before a last newline)
        window = max(start, number.start - 24)
        if not text.endswith(_BRACKET_ENDS, window, number.start):
            continue
        month = _MONTH_BEFORE_RE.search(text, window, number.start)
        if month is not None and _PEOPLE_AFTER_RE.match(text, number.end):
            parts.append((number, month.group("month")))
    if len(parts) < 2:
        return []
    # (a cue of release before the first part: "The largest releases of 2025 took place in …")
    if any(cue.group("rel") for cue in PRE_CUE_RE.finditer(text, start, parts[0][0].start)):
        measure = "prisoners_released"
    elif found:
        measure = found[0].measure
    else:
        return []
    year = _YEAR_RE.search(text, max(0, start - 200), parts[-1][0].end)
    out: list[Figure] = []
    for number, named in parts:
        if any(f.start == number.start for f in found):
            continue
        words = f"{named} {year.group()}" if year is not None else named
        dates = find_dates(words, 0, len(words), None, later=False)
        out.append(
            Figure(
                measure,
                number.value,
                "exact",
                dates[0][1] if dates else None,
                number.start,
                number.end,
            )
        )
    return out


# ("…; on 11 September, 52 more;", "…, and 25 more on 16 September": more of the same, then
# when, not more of something named after it)
_MORE_ALONE_RE: Final = re.compile(r"\s+more(?=\s*[;,.)]|\s*$|\s+(?:on|in|at|during|from)\s)")


def more_after_comma(text: str, start: int, q_start: int, n_end: int, end: int) -> bool:
    """Return True when the count at ``q_start`` (ending at ``n_end``) is only "N more" after a
    comma or a semicolon (and "and"), in a series whose first count told the kind ("14 people were
    released …; on 11 September, 52 more; …")."""
    return text[start:q_start].rstrip().endswith((",", ";", ", and", "; and")) and bool(
        _MORE_ALONE_RE.match(text, n_end, end)
    )
