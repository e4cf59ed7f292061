"""People told as placed on the powers' sanctions lists, one power after another: "Judge
Tsyhanok was placed on the UK sanctions list in 2024 and on Canada's shortly afterwards",
"He was placed on the European Union's sanctions list in 2024 and on the United Kingdom's
list in 2025", "He has been on the British and Canadian sanctions lists since August".

The subject is the one listed: a name ("Judge Tsyhanok", the title left out) or "he" or
"she", the person the sentences just before name last. Each power the lists name takes a
measure of its own, dated by its own words ("in 2025", "the following year") or, when the
powers share their words ("the British and Canadian sanctions lists since August"), by those.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.claims import Sanction, measure_keys
from doorwatch.extract.dates import find_dates
from doorwatch.extract.mentions import Mentions
from doorwatch.extract.sanction_shapes import IMPOSERS
from doorwatch.extract.sentences import SentenceIndex

_TITLES: Final = r"(?:Judge|Prosecutor|Colonel|Major|General|Lieutenant|Captain)"
# the one listed, then the step ("was placed on", "has been on") and the lists
_PLACED_ON_RE: Final = re.compile(
    rf"\b(?P<subject>(?:{_TITLES}\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}}|He|She)\s+"
    r"(?:was|has\s+been|had\s+been|is)\s+(?:also\s+)?(?:(?:placed|put|added|included)\s+)?"
    r"on\s+(?P<lists>[^.;:\"“”]{1,160}?\blists?\b[^.;:\"“”]{0,60}?)(?=\s*[.;]|$)"
)
_ADJECTIVES: Final = lx.table("sanctions", "imposer_adjectives")
# a power in the lists, by its name, its possessive or its adjective
_POWER_RE: Final = re.compile(
    rf"\b(?P<name>{lx.alternation([*IMPOSERS, *_ADJECTIVES])})(?:[’']s)?(?![\w’'])"
)
# one power's part of the lists: "…, and on Canada's shortly afterwards"
_ITEM_SPLIT_RE: Final = re.compile(r"\s*,?\s+and\s+(?:then\s+)?(?:on\s+)?")
_TITLE_RE: Final = re.compile(rf"^{_TITLES}\s+")
_NEXT_YEAR_RE: Final = re.compile(r"\b(?:the\s+following|the\s+next)\s+year\b")
_SAME_YEAR_RE: Final = re.compile(
    r"\b(?:(?:shortly|soon)\s+(?:after(?:wards)?|thereafter)|later\s+that\s+year)\b"
)
_PERSON_REACH: Final = 2  # the sentences before "he" or "she" in which the one listed is named


def listed_people(
    masked: str,
    claims: list[Sanction],
    index: SentenceIndex,
    mentions: Mentions,
    published: dt.date | None,
) -> list[Sanction]:
    """Return the measures the powers took on a person told as placed on their sanctions
    lists ("He was placed on the European Union's sanctions list in 2024 and on the United
    Kingdom's list in 2025"), one a power, each with its own date; those ``claims`` already
    tell are left out."""
    if masked.find(" list", 0) < 0:
        return []
    told = measure_keys(claims)
    # (a person the other shapes read in full, "Iryna Hrynchuk", is told by the surname too)
    surnames = {(c.target.split()[-1].lower(), c.imposer) for c in claims if c.target}
    out: list[Sanction] = []
    for found in _placed_on(masked):
        target = _listed(masked, found, index, mentions)
        if target is None:
            continue
        lists_start = found.start("lists")
        items = _items(masked, lists_start, found.end("lists"))
        shared = find_dates(masked, lists_start, found.end("lists"), published)
        year: str | None = None
        for start, end in items:
            powers = [_power(m.group("name")) for m in _POWER_RE.finditer(masked, start, end)]
            own = find_dates(masked, start, end, published)
            date: str | None
            if own:
                date = own[0][1]
            elif year is not None and _NEXT_YEAR_RE.search(masked, start, end):
                date = str(int(year) + 1)
            elif year is not None and _SAME_YEAR_RE.search(masked, start, end):
                date = year
            else:
                date = shared[0][1] if len(shared) == 1 else None
            year = date[:4] if date is not None else year
            for power in powers:
                key = ("imposed", target.lower(), power)
                if power is None or key in told or (target.split()[-1].lower(), power) in surnames:
                    continue
                told.add(key)
                out.append(Sanction("imposed", target, power, date, found.start(), end))
    return out


# (what may stand in no statement of lists: see _placed_on)
_BREAKS: Final = (".", ";", ":", '"', "“", "”")


def _placed_on(masked: str) -> list[re.Match[str]]:
    """Return the matches of ``_PLACED_ON_RE`` in ``masked``, read only in the stretches
    between full stops, semicolons, colons and quotation marks that say "list"."""
    # (no match holds one of those marks, and each says "list": reading only those stretches
    # gives the same matches as reading the whole text, which tries a name at every capital;
    # the mark after a stretch is read too, for the lookahead that ends the lists)
    out: list[re.Match[str]] = []
    at = masked.find("list")
    while at >= 0:
        start = max(masked.rfind(mark, 0, at) for mark in _BREAKS) + 1
        ends = [end for mark in _BREAKS if (end := masked.find(mark, at)) >= 0]
        end = min(ends) if ends else len(masked)
        out.extend(_PLACED_ON_RE.finditer(masked, start, end + 1))
        at = masked.find("list", end + 1)
    return out


def _listed(
    masked: str, found: re.Match[str], index: SentenceIndex, mentions: Mentions
) -> str | None:
    """Return the person ``found`` tells as listed: the name it opens with, less a title, or
    the person named last in the sentences just before its "he" or "she"; None when the
    name is a power's or no person is named."""
    subject = found.group("subject")
    if subject not in ("He", "She"):
        name = _TITLE_RE.sub("", subject)
        return None if name in IMPOSERS or name in _ADJECTIVES else name
    s_index = index.index(found.start())
    if s_index < 0:
        return None
    start = index.spans[max(0, s_index - _PERSON_REACH)][0]
    # (a surname alone is a person's when it ends as surnames do: "Rubalski", "Papko")
    people = [
        m
        for m in mentions.within(start, found.start())
        if m.kind == "person" or (m.kind == "bare" and m.key.endswith(lx.SURNAME_ENDINGS))
    ]
    if not people:
        return None
    last = people[-1]
    return re.sub(r"[’']s$", "", masked[last.start : last.end])


def _items(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the spans of the parts of the lists text between ``start`` and ``end``, one
    for each "and" that joins them."""
    spans: list[tuple[int, int]] = []
    at = start
    for joint in _ITEM_SPLIT_RE.finditer(masked, start, end):
        spans.append((at, joint.start()))
        at = joint.end()
    spans.append((at, end))
    return spans


def _power(name: str) -> str | None:
    """Return the power a name or an adjective in the lists names."""
    return IMPOSERS.get(name) or _ADJECTIVES.get(name)
