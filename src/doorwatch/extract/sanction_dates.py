"""When a measure began or was taken, told around it: "lifted restrictions in force since
2021", "sanctions imposed in 2021", "… and lifted the remaining restrictions in October"."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Final

from doorwatch.extract.claims import Sanction, measure_keys
from doorwatch.extract.dates import find_dates, nearest_date
from doorwatch.extract.sanction_shapes import MEASURE
from doorwatch.extract.sentences import SentenceIndex
from doorwatch.extract.word_gates import any_in

RELIEF_SINCE_REACH: Final = 24  # "ending restrictions in force since 2021"
# "which had been in place since …", "restrictions in force since …": when a measure began
_BEGAN: Final = r"(?:in\s+(?:place|force)|imposed|introduced|applied)\s+(?:since|in)"
BEGAN_RE: Final = re.compile(rf"\b{_BEGAN}\s+$")
# ", in force since August 2021" right after a target: its measure, and when it began
IN_FORCE_AFTER_RE: Final = re.compile(
    rf"\s*,\s+(?:which\s+(?:have|has|had)\s+been\s+|first\s+)?{_BEGAN}\s+"
)


# "lifted the sanctions it had placed on Belaruskali, the potash giant, in August 2021": the
# measure's own clause, and when it was taken
_PLACED_WHEN_REACH: Final = 120
_PLACED_WHEN_RE: Final = re.compile(
    r"\b(?:it|they|[A-Z][\w.]*)\s+(?:had\s+|has\s+)?(?:first\s+|originally\s+)?"
    r"(?:imposed|placed|put|introduced)\s+(?:on|against)\s+[^.;:()]{1,80}?\s+in\s+$"
    # ("eased the sanctions that have applied to the airline since August 2023")
    r"|\b(?:that|which)\s+(?:have|has|had)\s+applied\s+to\s+[^.;:()]{1,80}?\s+since\s+$"
)

_PLACED_VERBS: Final = ("imposed ", "placed ", "put ", "introduced ", "applied ")


def placed_when(masked: str, start: int, at: int) -> bool:
    """Return True when the date at ``at`` ends a measure's own clause after ``start``
    ("… the sanctions it had imposed on X in 2021"); plain searches first."""
    begin = max(start, at - _PLACED_WHEN_REACH)
    return any_in(masked, begin, at, _PLACED_VERBS) and bool(
        _PLACED_WHEN_RE.search(masked, begin, at)
    )


def began_date(masked: str, dates: list[tuple[int, str]], start: int, end: int) -> str | None:
    """Return the date, told in the sentence after a relief starting at ``start``, on which
    the measure it ends began ("… which had been in place since August 2021", "… the
    sanctions it had imposed on X in August 2021"), or None."""
    for at, iso in dates:
        if start <= at < end and (
            BEGAN_RE.search(masked, max(0, at - 30), at) or placed_when(masked, start, at)
        ):
            return iso
    return None


IMPOSED_WHEN_RE: Final = re.compile(
    r"\b(?:that|which)\b[^,.;]*\b(?:imposed|introduced|placed|banned|blacklisted|targeted|"
    r"sanctioned)(?:\s+in)?\s*$"
    # ("lifting sanctions imposed in 2021": when the measure began, told by its participle)
    rf"|\b{MEASURE}\s+(?:first\s+)?(?:imposed|introduced)(?:\s+in)?\s*$"
    # ("lifted the sanctions it had imposed in August 2021 on …": a relative with no "that")
    r"|\b(?:it|they)\s+(?:had|has|have)\s+(?:first\s+)?(?:imposed|introduced|placed)(?:\s+in)?\s*$"
)


_CLAUSE_END_RE: Final = re.compile(r"[,;:]|\s(?:and|but|while|whereas)\s")


_TAKEN_ASIDE_RE: Final = re.compile(
    r",\s+(?:first\s+)?(?:imposed|introduced|adopted|added)\s+(?:in|on|since)\s+$"
)


def own_date(
    masked: str, dates: list[tuple[int, str]], match: re.Match[str], s_end: int
) -> str | None:
    """Return the date told in the measure's own clause after its verb ("… and lifted the
    remaining restrictions in October"), or the year before its target that names it ("the
    2021 US potash sanctions"), else the date nearest its verb."""
    # ("the Canadian sanctions against Naftan, imposed in March 2022, came into force in
    # June": when the measure was taken, told in an aside between its target and its verb)
    taken = [
        iso
        for at, iso in dates
        if match.end("target") <= at < match.start("verb")
        and _TAKEN_ASIDE_RE.search(masked, max(0, at - 30), at)
    ]
    if taken:
        return taken[0]
    year = match.groupdict().get("year")
    if year:
        return str(year)  # ("the 2021 US potash sanctions": the year told before its target)
    stop = _CLAUSE_END_RE.search(masked, match.end(), s_end)
    end = stop.start() if stop else s_end
    own = [iso for at, iso in dates if match.start("verb") <= at < end]
    return own[0] if own else nearest_date(dates, match.start("verb"))


# where the last target's own words end: its clause, but not an aside that dates it (",
# dating from August 2023", ", imposed in 2021")
_PART_END_RE: Final = re.compile(
    r"[;:]|,?\s(?:and|but|while|whereas)\s|"
    r",\s(?!(?:dating|imposed|introduced|adopted|first|in|since|from)\b)"
)


def part_date(
    masked: str, dates: list[tuple[int, str]], part: str, parts: list[str], start: int, end: int
) -> str | None:
    """Return the date told right after ``part``, one of the targets ``parts`` of one measure
    named from ``start`` ("… of Belaruskali, dating from August 2021, and that of Belavia,
    dating from August 2023"; "on the airline in November and on potash in December"),
    before the next target or, for the last, the clause's end; None when the part has none
    of its own or is not found as written."""
    at = masked.find(part, start, end)
    if at < 0:
        return None
    after = at + len(part)
    following = [p for p in (masked.find(other, after, end) for other in parts) if p >= after]
    stop = _PART_END_RE.search(masked, after, end)
    until = min(following) if following else (stop.start() if stop else end)
    return next((iso for d_at, iso in dates if after <= d_at < until), None)


# "… lift sanctions on Belarusian potash. Those measures had been in force since August
# 2021.": the measures a relief ends, told as in force from a date in the sentence after it
_THOSE_BEGAN_RE: Final = re.compile(
    r"(?:Those|These|The|Such|Its|Their)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:measures|sanctions|restrictions|penalties|designations)\s+"
    rf"(?:had|have|has)\s+been\s+{_BEGAN}\s"
)


_YEAR_RE: Final = re.compile(r"(?:19|20)\d\d\b")


def began_before(
    masked: str, claims: list[Sanction], index: SentenceIndex, published: dt.date | None
) -> list[Sanction]:
    """Return the measures each relief in ``claims`` ended, when the sentence after it tells
    them as in force since a date ("… lift sanctions on X. Those measures had been in force
    since August 2021."): a measure imposed on the relief's target by its power, with that
    date; none for a measure already told."""
    reliefs = [c for c in claims if c.action in ("lifted", "eased")]
    if not reliefs:
        return []
    told = measure_keys(claims)
    out: list[Sanction] = []
    for s_index in range(1, len(index.spans)):
        s_start, s_end = index.spans[s_index]
        found = _THOSE_BEGAN_RE.match(masked, s_start, s_end)
        if found is None:
            continue
        dates = find_dates(masked, found.end(), s_end, published)
        year = _YEAR_RE.match(masked, found.end(), s_end)
        if dates:
            began = dates[0][1]
        elif year is not None:
            began = year.group()  # ("since 2023": a bare year, which find_dates leaves)
        else:
            continue
        before = index.spans[s_index - 1][0]
        for claim in reliefs:
            key = ("imposed", claim.target.lower(), claim.imposer)
            if before <= claim.start < s_start and key not in told:
                told.add(key)
                out.append(
                    dataclasses.replace(
                        claim, action="imposed", date=began, start=s_start, end=found.end()
                    )
                )
    return out
