"""A listing's date told in brackets after its target: "OFAC removed Belaruskali OAO and the
marketing company Belarusian Potash Company (designated 2021-12-02) from the SDN List on 13
December 2025", "Both Belaruskali (US, August 2021) and Belavia (US, August 2023) remain on
the US sanctions list".

The aside stands inside the sentence's measure, between a target and the words that end it, so
the measure is read with the aside blanked (``blank_asides``); the aside itself tells that the
target before it was listed on its date, by the power of the measure read around it
(``aside_listings``), or by the power it names, which dates the measure read around it
(``power_dated``). A year alone in brackets after a name ("The US measures against
Belaruskali (2021) and Belavia (2023) remain in force") is blanked too, and dates that name's
measure.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.claims import Sanction, SanctionAction
from doorwatch.extract.dates import find_dates
from doorwatch.extract.sanction_shapes import IMPOSERS

_VERBS: Final = ("designated", "listed", "sanctioned", "blocked", "blacklisted")
# "(designated 2021-12-02)", "(listed in June 2021)", "(sanctioned since 2022)"
_ASIDE_RE: Final = re.compile(
    rf"[ \t]*\((?:{'|'.join(_VERBS)})\s+(?:(?:on|in|since)\s+)?(?P<when>[\w ,-]{{4,30}}?)\)"
)
_WORDS: Final = tuple(f"({verb}" for verb in _VERBS)  # what an aside opens with: a cheap look first
# the powers an aside names by name or initials ("(US, August 2021)", "(EU, since June 2021)")
_POWER_NAMES: Final = {
    name: power
    for name, power in IMPOSERS.items()
    if name == power or name.replace(".", "").isupper()
}
_POWERS: Final = lx.alternation(sorted(_POWER_NAMES, key=len, reverse=True))
_POWER_ASIDE_RE: Final = re.compile(
    # (" (" or "(" as two branches, not " ?(": a pattern that opens with a choice of
    # characters is looked for by them, one that opens with an optional space at every place)
    rf"(?: \(|\()(?P<power>{_POWERS}),\s*"
    r"(?:(?:since|from|in)\s+)?(?P<when>[\w ,-]{4,30}?)\)"
)
# what every such aside holds: looked for first, by its bracket, since most texts have none
_POWER_OPEN_RE: Final = re.compile(rf"\((?:{_POWERS}),")


# "Belaruskali (sanctioned by the Treasury since August 2021)": an aside that tells who
# listed the target and since when, read as the same words between commas would be
_BY_ASIDE_RE: Final = re.compile(
    rf" \(((?:{'|'.join(_VERBS)})\s+by\s+[^()\n\"“”]{{2,60}}?\s+(?:since|in|on)\s+[^()\n\"“”]{{4,30}})\)"
)


# "The US measures against Belaruskali (2021) and Belavia (2023) remain in force": a year in
# brackets right after a name: when its measure was taken (a month and year in brackets is
# read by the shapes of dated listings: "the Naftan designation (June 2022)")
# (the bracket first, so the engine looks for its two characters; the name before is checked
# after: a pattern that opened with it would be tried at every place of every text)
_YEAR_ASIDE_RE: Final = re.compile(r" \((?P<when>(?:19|20)\d\d)\)")
_NAME_CHARS: Final = frozenset("’'.-")


def _year_asides(masked: str) -> list[re.Match[str]]:
    """Return each year in brackets in ``masked`` that stands right after a name (a word
    that opens with a capital)."""
    if " (19" not in masked and " (20" not in masked:
        return []
    out = []
    for aside in _YEAR_ASIDE_RE.finditer(masked):
        at = aside.start()
        while at > 0 and (masked[at - 1].isalnum() or masked[at - 1] in _NAME_CHARS):
            at -= 1
        if at < aside.start() and masked[at].isupper():
            out.append(aside)
    return out


def blank_asides(masked: str) -> str:
    """Return ``masked`` with each bracketed aside that dates a listing blanked, and each that
    also names who listed the target set between commas (the same length, so that every
    offset stays)."""
    if "(" not in masked:
        return masked
    if any(masked.find(word) >= 0 for word in _WORDS):
        masked = _BY_ASIDE_RE.sub(lambda m: f", {m.group(1)},", masked)
        masked = _ASIDE_RE.sub(lambda m: " " * len(m.group()), masked)
    years = _year_asides(masked)
    if years:
        pieces: list[str] = []
        last = 0
        for aside in years:
            pieces += [masked[last : aside.start()], " " * (aside.end() - aside.start())]
            last = aside.end()
        masked = "".join([*pieces, masked[last:]])
    if _POWER_OPEN_RE.search(masked) is None:
        return masked
    return _POWER_ASIDE_RE.sub(lambda m: " " * len(m.group()), masked)


def power_dated(masked: str, claims: list[Sanction], published: dt.date | None) -> list[Sanction]:
    """Return ``claims`` with the date and power that a bracketed aside right after a target
    gives ("Belaruskali (US, August 2021)"), or the year alone ("Belaruskali (2021)"), set on
    the measure read around it, where that measure tells neither."""
    if all(c.date is not None for c in claims) or "(" not in masked:
        return claims
    out = list(claims)
    for aside in _year_asides(masked):
        # ("Belaruskali (2021)": the year alone, the power the measure read around it names)
        i = _undated_before(masked, out, aside.start())
        if i is not None:
            out[i] = dataclasses.replace(out[i], date=aside.group("when"))
    if _POWER_OPEN_RE.search(masked) is None:
        return out
    for aside in _POWER_ASIDE_RE.finditer(masked):
        when = find_dates(masked, aside.start("when"), aside.end("when"), published, later=False)
        i = _undated_before(masked, out, aside.start()) if when else None
        if i is not None:
            power = _POWER_NAMES[aside.group("power")]
            out[i] = dataclasses.replace(out[i], date=when[0][1], imposer=out[i].imposer or power)
    return out


def _follows(masked: str, claim: Sanction, at: int) -> bool:
    """Return True when an aside at ``at`` stands right after ``claim``'s target, within its
    measure's reach."""
    return claim.start <= at <= claim.end + _ASIDE_REACH and masked.endswith(
        claim.target, max(0, at - _ASIDE_REACH), at
    )


def _undated_before(masked: str, claims: list[Sanction], at: int) -> int | None:
    """Return the index of the first undated claim of ``claims`` whose target an aside at
    ``at`` follows, or None."""
    return next(
        (i for i, c in enumerate(claims) if _follows(masked, c, at) and c.date is None), None
    )


_ASIDE_REACH: Final = 200  # how far past its measure an aside may stand


def aside_listings(
    masked: str, claims: list[Sanction], published: dt.date | None
) -> list[Sanction]:
    """Return a listing for each target of ``claims`` that a bracketed aside right after it
    dates ("Belarusian Potash Company (designated 2021-12-02)"), by the claim's power; none
    for a target already told as listed on that date."""
    if not claims or not any(masked.find(word) >= 0 for word in _WORDS):
        return []
    told = {(c.action, c.target, c.date) for c in claims}
    out: list[Sanction] = []
    for aside in _ASIDE_RE.finditer(masked):
        when = find_dates(masked, aside.start("when"), aside.end("when"), published, later=False)
        if not when:
            continue
        date = when[0][1]
        for claim in claims:
            listing: tuple[SanctionAction, str, str | None] = ("imposed", claim.target, date)
            if _follows(masked, claim, aside.start()) and listing not in told:
                told.add(listing)
                start = aside.start() - len(claim.target)
                out.append(
                    Sanction("imposed", claim.target, claim.imposer, date, start, aside.end())
                )
                break
    return out
