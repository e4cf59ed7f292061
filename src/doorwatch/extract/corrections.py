"""Counts a correction withdraws and the ones it gives instead: "CORRECTION: An earlier entry said
33 people were freed. The correct number is 31."; and the measures it withdraws ("An earlier
version of this article said the United States had lifted sanctions on Belaruskali").

The count an earlier version "said" or "misstated" is no claim of the text; the sentence after it
that gives "the correct number" (or figures) gives that count's measure its right value. When
the correction gives as many numbers as the withdrawn sentence held counts, they are paired in
order; otherwise the withdrawn counts are only dropped.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Final

from doorwatch.extract.claims import Figure, Sanction
from doorwatch.extract.numbers import find_numbers
from doorwatch.extract.word_gates import any_in

# "An earlier version of this story misstated the number of people pardoned as 25", "An
# earlier entry said 33 people were freed"
_WITHDRAWN_RE: Final = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ur)\s+(?:earlier|previous|original)\s+(?:version|entry|update|post|"
    r"report|edition|story|article)\b[^.]{0,120}?\b(?:said|stated|gave|reported|misstated|"
    r"misreported|put)\b"
)
# "The correct number is 31.", "The correct figures are 20, 11 and 207."
_CORRECT_RE: Final = re.compile(
    r"\b[Tt]he\s+correct(?:ed)?\s+(?:number|figure|total|count|numbers|figures)\s+(?:is|are)\s+"
    r"(?P<values>\d[\d,]*\d|\d)(?P<more>(?:\s*,\s*(?:\d[\d,]*\d|\d))*(?:,?\s+and\s+(?:\d[\d,]*\d|\d))?)"
)


def corrected(masked: str, figures: list[Figure], sentences: list[tuple[int, int]]) -> list[Figure]:
    """Return ``figures`` without the counts a correction withdraws, and with the counts it
    gives instead (paired in order with the withdrawn ones, when as many are given)."""
    if masked.find("orrect") < 0:
        return figures
    withdrawn: list[Figure] = []
    given: list[Figure] = []
    for i, (start, end) in enumerate(sentences):
        if _WITHDRAWN_RE.search(masked, start, end) is None:
            continue
        old = [f for f in figures if start <= f.start < end]
        withdrawn.extend(old)
        if i + 1 >= len(sentences) or not old:
            continue
        n_start, n_end = sentences[i + 1]
        found = _CORRECT_RE.search(masked, n_start, n_end)
        if found is None:
            continue
        at = found.start("values")
        values = find_numbers(masked[at : found.end("more")])
        if len(values) != len(old):
            continue
        for figure, value in zip(old, values, strict=True):
            given.append(
                dataclasses.replace(
                    figure,
                    value=value.value,
                    qualifier="exact",
                    value_max=None,
                    start=at + value.start,
                    end=at + value.end,
                )
            )
    if not withdrawn:
        return figures
    kept = [f for f in figures if f not in withdrawn]
    told = {(f.measure, f.value) for f in kept}
    return kept + [f for f in given if (f.measure, f.value) not in told]


_EARLIER_WORDS: Final = ("earlier ", "previous ", "original ")
_EARLIER_STEMS: Final = tuple(word.rstrip() for word in _EARLIER_WORDS)  # (any space may follow)


def withdrawn_measures(
    masked: str, sanctions: list[Sanction], sentences: list[tuple[int, int]]
) -> list[Sanction]:
    """Return ``sanctions`` without the measures told in a sentence a correction withdraws
    ("An earlier version of this article said the United States had lifted …")."""
    if not sanctions or not any(masked.find(word) >= 0 for word in _EARLIER_WORDS):
        return sanctions
    spans = [
        (a, b)
        for a, b in sentences
        # (the pattern's own words first: most sentences of such a text hold none of them)
        if any_in(masked, a, b, _EARLIER_STEMS) and _WITHDRAWN_RE.search(masked, a, b) is not None
    ]
    if not spans:
        return sanctions
    return [c for c in sanctions if not any(a <= c.start < b for a, b in spans)]
