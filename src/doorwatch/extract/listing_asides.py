"""A listing's date told in brackets after its target: "OFAC removed Belaruskali OAO and the
marketing company Belarusian Potash Company (designated 2021-12-02) from the SDN List on 13
December 2025".

The aside stands inside the sentence's measure, between a target and the words that end it, so
the measure is read with the aside blanked (``blank_asides``); the aside itself tells that the
target before it was listed on its date, by the power of the measure read around it
(``aside_listings``).
"""

from __future__ import annotations

import datetime as dt
import re

from doorwatch.extract.claims import Sanction
from doorwatch.extract.dates import find_dates

_VERBS = ("designated", "listed", "sanctioned", "blocked", "blacklisted")
# "(designated 2021-12-02)", "(listed in June 2021)", "(sanctioned since 2022)"
_ASIDE_RE = re.compile(
    rf"[ \t]*\((?:{'|'.join(_VERBS)})\s+(?:(?:on|in|since)\s+)?(?P<when>[\w ,-]{{4,30}}?)\)"
)
_WORDS = tuple(f"({verb}" for verb in _VERBS)  # what an aside opens with: a cheap look first


def blank_asides(masked: str) -> str:
    """Return ``masked`` with each bracketed aside that dates a listing blanked (the same
    length, so that every offset stays)."""
    if not any(masked.find(word) >= 0 for word in _WORDS):
        return masked
    return _ASIDE_RE.sub(lambda m: " " * len(m.group()), masked)


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
        before = masked[: aside.start()]
        for claim in claims:
            if (
                claim.start <= aside.start() <= claim.end + 200
                and before.endswith(claim.target)
                and ("imposed", claim.target, date) not in told
            ):
                told.add(("imposed", claim.target, date))
                start = aside.start() - len(claim.target)
                out.append(
                    Sanction("imposed", claim.target, claim.imposer, date, start, aside.end())
                )
                break
    return out
