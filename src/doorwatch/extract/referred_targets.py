"""What a measure referred back to is on: "It relaxed those measures" after "blacklisted
Belavia", "has threatened to expand them" after "sanctions on Ferronord", or the country whose
sanctions a text discusses."""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract.claims import Sanction
from doorwatch.extract.mentions import Mentions
from doorwatch.extract.sanction_shapes import IMPOSERS, MEASURE, TARGET
from doorwatch.extract.sentences import SentenceIndex

_NAMED_PART_RE: Final = re.compile(r"(.*[A-Z][\w’'.-]*)\s+[a-z]")
_MEASURE_RE: Final = re.compile(rf"\b{MEASURE}\b")
_TARGET_OF_RE: Final = re.compile(rf"\b{MEASURE}\s+(?:on|against)\s+{TARGET}")
_REFERRED_SENTENCES: Final = 2  # "them" refers to sanctions named this many sentences before
_PREVIOUS_SENTENCES: Final = 3  # "those measures" refers to a measure reported this recently


def previous_claim(
    found: list[Sanction], index: SentenceIndex, s_index: int, position: int
) -> Sanction | None:
    """Return the last measure reported before ``position`` within a few sentences ("It
    relaxed those measures" after "blacklisted Belavia"), or None."""
    for claim in reversed(found):
        # (by where its target ends: a claim starts at its power, which may open the
        # sentence before the pronoun: "Washington eased …, lifted them …, and removed …")
        if claim.end <= position and index.index(claim.start) >= s_index - _PREVIOUS_SENTENCES:
            return claim
    return None


def referred_target(
    masked: str,
    sentences: list[tuple[int, int]],
    s_index: int,
    mentions: Mentions,
    position: int,
    power: str | None,
) -> str | None:
    """Return what the sanctions a pronoun refers back to are on: the target of the nearest
    mention of sanctions in this or the sentences before when it names one ("sanctions on
    X"), else ("the EU's sanctions") the country other than the sanctioning ``power`` that the
    text names most (the one whose sanctions it discusses), else None."""
    begin = sentences[max(0, s_index - _REFERRED_SENTENCES)][0]
    found = list(_MEASURE_RE.finditer(masked, begin, position))
    if not found:
        return None
    nearest = _TARGET_OF_RE.match(masked, found[-1].start(), position)
    if nearest is not None:
        # "sanctions on Ferronord and has threatened": the name ends the target
        named = _NAMED_PART_RE.match(nearest.group("target"))
        return named.group(1) if named else nearest.group("target")
    counts: dict[str, int] = {}
    for m in mentions.items:
        if m.kind == "place" and IMPOSERS.get(m.key) != power:
            counts[m.key] = counts.get(m.key, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def without_pronoun_doubles(
    out: list[Sanction], by_pronoun: dict[int, int], index: SentenceIndex
) -> list[Sanction]:
    """Return ``out`` without each measure whose target a pronoun gave (``by_pronoun``: its
    sentence, by the claim's id) when its sentence already tells the same measure by name; a
    measure of another power on the same target is one of its own ("…, and Ukraine keeps it
    on its own sanctions list")."""
    if not by_pronoun:
        return out
    told = {
        (index.index(c.start), c.action, c.date, c.imposer) for c in out if id(c) not in by_pronoun
    }
    return [
        c
        for c in out
        if id(c) not in by_pronoun
        or not (
            (by_pronoun[id(c)], c.action, c.date, c.imposer) in told
            or (by_pronoun[id(c)], c.action, c.date, None) in told
            or (
                c.imposer is None
                and any(t[:3] == (by_pronoun[id(c)], c.action, c.date) for t in told)
            )
        )
    ]
