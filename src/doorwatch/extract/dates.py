"""Date expressions in prose, resolved to ISO ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

A rule (``DATE_RE``) marks the span first; the common shapes are resolved here directly, and
only a span the rules cannot read is handed to dateparser. Dates that depend on when the
article was written ("on Thursday", "last month", "in September") resolve only when the
publication date is known; otherwise they stay None rather than guess.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Final

from doorwatch.extract.numbers import Number, parse_words
from doorwatch.extract.word_gates import any_in, ascii_lower

MONTHS: Final = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS: Final = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

# The names and their short forms as a trie: each name is tried before its short form, as in
# a plain list of them, but a position is settled by its first letter instead of by trying
# two dozen words (every pattern that names a month runs faster).
_MONTH: Final = (
    r"(?:J(?:an(?:uary)?|u(?:ne?|ly?))|Feb(?:ruary)?|Ma(?:r(?:ch)?|y)|A(?:pr(?:il)?|ug(?:ust)?)"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
MONTH_PATTERN: Final = _MONTH
# a written date and nothing else: "31 December 2020", "Dec 2024", "May 5, 2022" (a table's
# label, a chronology's row)
DATE_ONLY: Final = rf"(?:\d{{1,2}}\s+)?(?:{_MONTH})\.?(?:\s+\d{{1,2}},?)?\s+\d{{4}}"
_WEEKDAY: Final = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR: Final = r"(?:19|20)\d\d"
_PART: Final = (
    r"(?:(?:[Ee]arly|[Mm]id|[Ll]ate|[Tt]he\s+end\s+of|[Tt]he\s+start\s+of|"
    r"[Tt]he\s+beginning\s+of)[\s-]+)?"
)

# Case-sensitive on purpose: news capitalises months and weekdays, and a case-blind pattern
# of this size is several times slower to run. The lookahead holds every character a branch
# can start with, so word ends and most words fail before the alternation is tried (twice
# as fast; it must grow with any new branch).
# the words after a number that make it a count, not a day ("October 30 people"); a date's
# day is read with a few more ("May 5 men", "June 3 of them")
_COUNT_NOUNS: Final = r"people|persons|political|prisoners|citizens|names|new|more"
_COUNT_AFTER: Final = (
    rf"\s+(?:{_COUNT_NOUNS}|men|women|detainees|others|of\s+(?:them|whom|those))\b"
)
DATE_RE: Final = re.compile(
    r"\b(?=[0-9ABDEFIJLMNOSTUWYabdefilmostuy])(?:"
    rf"\b(?P<iso>{_YEAR}-[01]\d(?:-[0-3]\d)?)\b"
    # (not "in October 30 people were recognised", "at the end of January 1,244 remained":
    # a month, then a count)
    rf"|\b(?:{_WEEKDAY},?\s+)?(?P<md_month>{_MONTH})\s+(?P<md_day>[0-3]?\d)(?:st|nd|rd|th)?\b"
    rf"(?![,.\u00a0 ]\d{{3}}\b|{_COUNT_AFTER})"
    rf"(?:,?\s+(?P<md_year>{_YEAR})\b)?"
    rf"|\b(?:{_WEEKDAY},?\s+)?(?P<dm_day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_month>{_MONTH})"
    rf"(?:,?\s+(?P<dm_year>{_YEAR}))?\b"
    rf"|\b{_PART}(?P<m_month>{_MONTH})(?:,?\s+(?P<m_year>{_YEAR}))?\b"
    rf"|\b(?P<weekday>{_WEEKDAY})\b"
    r"|\b(?P<rel>[Yy]esterday|[Tt]oday|[Ll]ast\s+(?:week|month|year)|[Tt]his\s+(?:week|month|year)"
    r"|[Ee]arlier\s+this\s+(?:week|month|year)|[Aa]\s+(?:week|month|year)\s+ago)\b"
    rf"|\b(?:[Ii]n|[Ss]ince|of|[Bb]y|[Dd]uring|[Uu]ntil|[Ff]rom)\s+(?P<year>{_YEAR})\b"
    # "since the 2020 presidential election", "in the 2021 crackdown": a year's event
    rf"|\b(?:[Ii]n|[Ss]ince)\s+the\s+(?P<event_year>{_YEAR})(?=\s+[a-z]))"
)

# (what "[JFMASOND][a-z]{2}|(?:19|20)\d\d|day\b|[Ll]ast\s|[Tt]his\s|ago\b" matches, each branch's
# first character taken first and read again behind: a pattern that opens with a class lets
# the engine skip the positions none of them stands at)
_HINT_RE: Final = re.compile(
    r"[JFMASONDLlTtda12](?:(?<=[JFMASOND])[a-z]{2}|(?<=1)9\d\d|(?<=2)0\d\d|(?<=d)ay\b|"
    r"(?<=[Ll])ast\s|(?<=[Tt])his\s|(?<=a)go\b)"
)
_MAY_VERB: Final = re.compile(r"\s+(?:not|be|have|also|well|still)\b")


def _month_of(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _year_for_month(month: int, published: dt.date | None) -> int | None:
    if published is None:
        return None
    # A month named without a year is the latest such month not after publication.
    return published.year if month <= published.month else published.year - 1


def _iso(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


# a date as European lists write it, the day first and dots between ("02.10.2020")
_DOTTED_RE: Final = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def dotted_date(text: str, start: int, end: int) -> str | None:
    """Return the ISO date that ``text[start:end]`` is when it is a whole day-first date with
    dots ("02.10.2020" is 2 October 2020), or None."""
    dotted = _DOTTED_RE.fullmatch(text, start, end)
    if dotted is None:
        return None
    day, month, year = (int(part) for part in dotted.groups())
    return _iso(year, month, day) if _valid(year, month, day) else None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def resolve(match: re.Match[str], published: dt.date | None) -> str | None:
    """Return the ISO date a ``DATE_RE`` match fixes, or None when it fixes none."""
    g = match.groupdict()
    if g["iso"]:
        parts = [int(p) for p in g["iso"].split("-")]
        if len(parts) == 3 and not _valid(*parts):
            return None
        return _iso(*parts) if 1 <= parts[1] <= 12 else None
    for mk, dk, yk in (("md_month", "md_day", "md_year"), ("dm_month", "dm_day", "dm_year")):
        if g[mk]:
            month, day = _month_of(g[mk]), int(g[dk])
            year = int(g[yk]) if g[yk] else _year_for_month(month, published)
            if year is None or not _valid(year, month, day):
                return None
            return _iso(year, month, day)
    if g["m_month"]:
        if g["m_month"] == "May" and not g["m_year"]:
            # "may" is far more often the verb; only a following year makes it the month.
            return None
        month = _month_of(g["m_month"])
        year = int(g["m_year"]) if g["m_year"] else _year_for_month(month, published)
        return None if year is None else _iso(year, month)
    if g["year"] or g["event_year"]:
        return g["year"] or g["event_year"]
    if published is None:
        return None
    if g["weekday"]:
        back = (published.weekday() - WEEKDAYS[g["weekday"].lower()]) % 7
        return (published - dt.timedelta(days=back)).isoformat()
    if g["rel"]:
        return _relative(" ".join(g["rel"].lower().split()), published)
    return None


def _relative(rel: str, published: dt.date) -> str | None:
    if rel == "today":
        return published.isoformat()
    if rel == "yesterday":
        return (published - dt.timedelta(days=1)).isoformat()
    if rel.endswith("month"):
        if rel.startswith("last") or rel.endswith("ago"):
            prev = published.replace(day=1) - dt.timedelta(days=1)
            return _iso(prev.year, prev.month)
        return _iso(published.year, published.month)
    if rel.endswith("year"):
        last = rel.startswith("last") or rel.endswith("ago")
        return _iso(published.year - 1 if last else published.year)
    return _parse_fallback(rel, published)  # weeks have no ISO shape of their own


@lru_cache(maxsize=512)
def _parse_fallback(span: str, published: dt.date) -> str | None:
    import dateparser  # imported lazily: it is slow to load and rarely needed

    parsed = dateparser.parse(
        span,
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime(published.year, published.month, published.day),
            "PREFER_DATES_FROM": "past",
        },
    )
    return None if parsed is None else parsed.date().isoformat()


# (in_date's answers for the last text asked about: its counts are asked about again and again)
_DATED: list[tuple[str, dict[Number, bool]]] = []


def clear_cache() -> None:
    """Forget every relative date parsed so far, and which counts were parts of dates; return
    nothing."""
    _parse_fallback.cache_clear()
    _DATED.clear()


def find_dates(
    text: str, start: int, end: int, published: dt.date | None, later: bool = True
) -> list[tuple[int, str]]:
    """Return ``(position, iso)`` for each date that ``text[start:end]`` fixes.

    "Two months later" is counted from the last date before it, in its sentence or in the
    text just before (``later=False`` reads only the dates the span names itself).
    """
    out: list[tuple[int, str]] = []
    if _HINT_RE.search(text, start, end):  # most sentences name no date: a cheap look first
        for match in DATE_RE.finditer(text, start, end):
            if match.group("m_month") == "May" and _MAY_VERB.match(text, match.end()):
                continue
            iso = resolve(match, published)
            if match.group("m_month") and _THAT_YEAR_RE.match(text, match.end()):
                iso = _of_that_year(text, match, out) or iso
            if iso is None and published is None and later:
                iso = _year_from_before(text, match, out)
            if iso is not None:
                out.append((match.start(), iso))
    if later and any_in(text, start, end, _LATER_WORDS):
        for match in _LATER_RE.finditer(text, start, end):
            iso = _later(text, match, out, published)
            if iso is not None:
                out.append((match.start(), iso))
        out.sort()
    return out


# a year anywhere (the one pattern both the anchor's search and the dateline's use)
_YEAR_RE: Final = re.compile(_YEAR)
_MONTH_ISO: Final = 7  # the length of "YYYY-MM": a date that fixes its month


def _anchor(
    text: str,
    position: int,
    found: list[tuple[int, str]],
    published: dt.date | None,
    shortest: int = 0,
) -> str | None:
    """Return the last date of at least ``shortest`` characters told before ``position``:
    among ``found`` (its sentence's), else in the text just before it; None when there is
    none."""
    before = [iso for at, iso in found if at < position and len(iso) >= shortest]
    if not before:
        begin = max(0, position - _ANCHOR_REACH)
        if published is None and _YEAR_RE.search(text, begin, position) is None:
            return None  # (no year told before, and no day to count from: no date there)
        back = find_dates(text, begin, position, published, False)
        before = [iso for _, iso in back if len(iso) >= shortest]
    return before[-1] if before else None


# "imposed in March of that year": the month of the year told just before
_THAT_YEAR_RE: Final = re.compile(r"\s+of\s+(?:that|the\s+same)\s+year\b")


def _of_that_year(text: str, match: re.Match[str], found: list[tuple[int, str]]) -> str | None:
    """Return the month of ``match`` in the year of the date told just before it, or None
    where no year was told."""
    anchor = _anchor(text, match.start(), found, None, 4)
    return None if anchor is None else _iso(int(anchor[:4]), _month_of(match.group("m_month")))


def _year_from_before(text: str, match: re.Match[str], found: list[tuple[int, str]]) -> str | None:
    """Return the date a month without its year fixes when the text gave a year with a month
    just before ("eased them in September 2025, lifted them in November"): that year, or the
    next when the month comes earlier in the year than the one before; None otherwise."""
    g = match.groupdict()
    name = g["m_month"] or g["md_month"] or g["dm_month"]
    if not name or (g["m_month"] == "May"):
        return None
    anchor = _anchor(text, match.start(), found, None, _MONTH_ISO)
    if anchor is None:
        return None
    month = _month_of(name)
    year = int(anchor[:4]) + (1 if month < int(anchor[5:7]) else 0)
    if g["m_month"]:
        return _iso(year, month)
    day = int(g["md_day"] or g["dm_day"])
    return _iso(year, month, day) if _valid(year, month, day) else None


# "two months later", "a week afterwards": a span counted from the date told before it; "the
# previous year", "the following month": the one before it, or the next
# (not "a year earlier": "…, against 1,265 a year earlier" counts back from a date the sentence
# may not give, where a wrong year is worse than none)
_LATER_RE: Final = re.compile(
    r"\b(?:(?P<n>\d{1,2}|[Aa]n?|[A-Za-z]+(?:-[a-z]+)?)\s+(?P<unit>day|week|month|year)s?\s+"
    r"(?:later|afterwards|afterward)|"
    r"[Tt]he\s+(?:(?P<prev>previous)|following)\s+(?P<one>month|year))\b"
)
# the words one of which a sentence holds when _LATER_RE can match in it
_LATER_WORDS: Final = ("later", "afterw", "previous", "following")
_ANCHOR_REACH: Final = 600  # how far back the date a "later" counts from may stand


def _later(
    text: str, match: re.Match[str], found: list[tuple[int, str]], published: dt.date | None
) -> str | None:
    raw = match.group("n")
    n = 1 if raw is None else int(raw) if raw.isdigit() else parse_words(raw)
    if n is None:
        return None
    if match.group("prev"):
        n = -n
    anchor = _anchor(text, match.start(), found, published)
    if anchor is None:
        return None
    unit = match.group("unit") or match.group("one")
    year = int(anchor[:4])
    if unit == "year":
        return _iso(year + n)
    if len(anchor) < 7:
        return None  # "two months after 2021" fixes no month
    months = year * 12 + int(anchor[5:7]) - 1 + (n if unit == "month" else 0)
    if unit == "month":
        return _iso(months // 12, months % 12 + 1)
    if len(anchor) < 10:
        return None
    day = dt.date.fromisoformat(anchor) + dt.timedelta(days=n * (7 if unit == "week" else 1))
    return day.isoformat()


_SINCE_BEFORE_RE: Final = re.compile(r"\b[Ss]ince\b[^,.;:]*$")
SINCE_REACH: Final = 50  # "since the pardons began in July 2024": "since" this far before a date


def point_date(text: str, start: int, end: int, published: dt.date | None) -> str | None:
    """Return the first date from ``start`` to ``end`` that tells when something happened,
    not since when ("since May 2020" opens the period counted), or None."""
    for at, iso in find_dates(text, start, end, published):
        if not opens_period(text, at, SINCE_REACH):
            return iso
    return None


def opens_period(text: str, at: int, reach: int) -> bool:
    """Return True when the date found at ``at`` follows "since" in its clause, within
    ``reach`` characters ("since July 2024", "since the pardons began in July 2024"): it
    starts the period counted, and is not the date of what happened in it."""
    return text.startswith(("since ", "Since "), at) or bool(
        _SINCE_BEFORE_RE.search(text, max(0, at - reach), at)
    )


def nearest_date(dates: list[tuple[int, str]], position: int) -> str | None:
    """Return the date in ``dates`` closest to ``position``, or None if there is none."""
    best: tuple[int, str] | None = None
    for pos, iso in dates:
        if best is None or abs(pos - position) < abs(best[0] - position):
            best = (pos, iso)
    return None if best is None else best[1]


def nearest_unblocked_date(
    dates: list[tuple[int, str]], numbers: list[Number], position: int, end: int | None = None
) -> str | None:
    """Return the date in ``dates`` nearest ``position`` that none of ``numbers`` stands
    between (in "over 1,000 now, down from 1,500 in 2022" the year belongs to the 1,500), or
    None. A date after the number ending at ``end`` is as near as the words between them
    ("14 in June, 52 in September": September is the 52's)."""
    best: tuple[int, str] | None = None
    best_gap = 0
    for at, iso in dates:
        if any(min(at, position) < n.start < max(at, position) for n in numbers):
            continue
        gap = at - end if end is not None and at >= end else abs(at - position)
        if best is None or gap < best_gap:
            best, best_gap = (at, iso), gap
    return None if best is None else best[1]


_PUBLISHED_RE: Final = re.compile(
    rf"\b(?:Published|Posted|Updated|Dated)(?:\s+on)?:?\s+(?:{_WEEKDAY},?\s+)?"
    rf"(?:(?P<m>{_MONTH})\s+(?P<d>[0-3]?\d),?\s+(?P<y>{_YEAR})"
    rf"|(?P<d2>[0-3]?\d)\s+(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR})"
    rf"|(?P<iso>{_YEAR}-[01]\d-[0-3]\d))",
    re.IGNORECASE,
)


def detect_published(text: str) -> dt.date | None:
    """Return the publication date a text gives near its top, or None.

    A "Published/Posted on DATE" line counts first; else a short line that is mostly a full
    date (a date line: "December 14, 2025", "Deutsche Welle | 30.09.2025").
    """
    head = text[:2000]
    low = ascii_lower(head)
    # Try the pattern only where one of its words starts: searching the whole head with it
    # costs more than the rest of the date handling together.
    match: re.Match[str] | None = None
    for word in ("published", "posted", "updated", "dated"):
        at = low.find(word)
        while at >= 0 and (match is None or at < match.start()):
            found = _PUBLISHED_RE.match(head, at)
            if found is not None:
                match = found
                break
            at = low.find(word, at + 1)
    if match is None:
        return _dateline(head)
    if match.group("iso"):
        y, m, d = (int(p) for p in match.group("iso").split("-"))
    elif match.group("m"):
        y, m, d = int(match.group("y")), _month_of(match.group("m")), int(match.group("d"))
    else:
        y, m, d = int(match.group("y2")), _month_of(match.group("m2")), int(match.group("d2"))
    return dt.date(y, m, d) if _valid(y, m, d) else None


# ("30.09.2025", and year first as some outlets print it: "2021.08.20 12:05")
_NUMERIC_RE: Final = re.compile(
    rf"\b(?:(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>{_YEAR})|"
    rf"(?P<y2>{_YEAR})\.(?P<m2>[01]\d)\.(?P<d2>[0-3]\d))\b"
)
_DATELINE_LINES: Final = 6  # a date line stands among the first lines: title, byline, date
_DATELINE_WORDS: Final = 8  # ... and holds little else ("LRT English, 11 September 2025")


def _dateline(head: str) -> dt.date | None:
    """Return the full date a short line near the top gives (a date line), or None."""
    lines = head[:800].split("\n", 2 * _DATELINE_LINES)[: 2 * _DATELINE_LINES]
    for line in [line.strip() for line in lines if not line.isspace() and line][:_DATELINE_LINES]:
        if line.startswith("("):
            line = line[1 : line.find(")")] if ")" in line else line
        # Splitting stops past the limit: the lines skipped here are whole paragraphs.
        too_long = len(line.split(None, _DATELINE_WORDS + 4)) > _DATELINE_WORDS + 4
        if too_long or not _YEAR_RE.search(line):
            continue
        numeric = _NUMERIC_RE.search(line)
        if numeric is not None:
            y, m, d = (int(numeric.group(k) or numeric.group(f"{k}2")) for k in "ymd")
            if _valid(y, m, d):
                return dt.date(y, m, d)
        for match in DATE_RE.finditer(line):
            rest = len((line[: match.start()] + line[match.end() :]).split())
            iso = resolve(match, None) if rest <= _DATELINE_WORDS else None
            if iso is not None and len(iso) == 10:
                return dt.date.fromisoformat(iso)
    return None


_DATE_DAY_REACH: Final = 22  # "May 23", "September 27 and 28": a month this close makes it a day
# (MONTH_PATTERN after a word's start, its first letter taken first and read again behind,
# so that the engine skips the positions no month can open at)
_MONTH_AT_START: Final = (
    r"[ADFJMNOS](?<=\b[ADFJMNOS])(?:(?<=J)(?:an(?:uary)?|u(?:ne?|ly?))|(?<=F)eb(?:ruary)?|"
    r"(?<=M)a(?:r(?:ch)?|y)|(?<=A)(?:pr(?:il)?|ug(?:ust)?)|(?<=S)ep(?:t(?:ember)?)?|"
    r"(?<=O)ct(?:ober)?|(?<=N)ov(?:ember)?|(?<=D)ec(?:ember)?)\.?"
)
_MONTH_BEFORE_RE: Final = re.compile(
    rf"{_MONTH_AT_START}\s+(?:(?P<pair>[0-3]?\d\s+(?:and|or|to)\s+)|"  # ("May 7 and 8")
    r"(?P<day>[0-3]?\d(?:st|nd|rd|th)?,?\s+))?$"
)
_PEOPLE_AFTER_RE: Final = re.compile(rf"\s+(?:{_COUNT_NOUNS})\b")
_MONTH_AFTER_RE: Final = re.compile(rf"(?:st|nd|rd|th)?(?:\s+of)?\s+{MONTH_PATTERN}\b")


def in_date(text: str, number: Number) -> bool:
    """Return True when ``number`` is the day or the year of a written date ("May 23, 2022",
    "23 May"), a bare year or a part of a time of day ("at 11:20"), not a count ("in October
    30 people were recognised")."""
    if not _DATED or _DATED[0][0] is not text:
        _DATED[:] = [(text, {})]
    known = _DATED[0][1]
    dated = known.get(number)
    if dated is None:
        dated = known[number] = _in_date(text, number)
    return dated


def _in_date(text: str, number: Number) -> bool:
    # (each half of a time holds its colon next to the number: a plain test first, by slices,
    # cheaper than a str.startswith call with an offset)
    if (
        text[number.end : number.end + 1] == ":"
        and _TIME_PART_RE.match(text, number.end) is not None
    ) or (
        text[number.start - 1 : number.start] == ":"
        and _TIME_BEFORE_RE.search(text, max(0, number.start - 3), number.start) is not None
    ):
        return True
    month = _MONTH_BEFORE_RE.search(text, max(0, number.start - _DATE_DAY_REACH), number.start)
    if month is not None:
        # "May 23, 2022" ends in a year; "As of January 31, 1,244 people" in a count
        if month.group("pair"):
            return number.value <= 31 and text[number.end : number.end + 1] in ",.;:)"
        if not month.group("day"):
            # ("in October 30 people were recognised", "in January 1,244 remained": a count)
            day = number.value <= 31 and not _PEOPLE_AFTER_RE.match(text, number.end)
            return day or _is_year(text, number)
        return _is_year(text, number)
    if _MONTH_AFTER_RE.match(text, number.end):
        return True
    return _is_year(text, number)


# the other half of a time of day around a number ("11:20", "at 9.30 am")
_TIME_PART_RE: Final = re.compile(r":\d\d\b")
_TIME_BEFORE_RE: Final = re.compile(r"\b\d{1,2}:$")


def _is_year(text: str, number: Number) -> bool:
    return 1900 <= number.value <= 2100 and text[number.start : number.end].isdigit()
