"""Plain tests written by hand before patterns, and patterns rewritten to skip ahead.

A rule that tries a pattern only where a plain search finds one of a few words loses every
match that holds none of them; a pattern rewritten so that the engine can skip positions
must match what the plain form matches. ``required_literals`` reads its strings from the
pattern itself (tests/extract/test_pattern_literals.py); the strings below are written out
beside their patterns, so these tests read every pattern against the stored texts at the
places the rules try it: each match must hold one of its strings, and each rewritten pattern
must give the plain form's matches, groups and all.
"""

from __future__ import annotations

import re

import pytest
from extract_helpers import rule_patterns, stored_texts

from doorwatch.extract import (
    aside_speakers,
    count_cues,
    count_totals,
    dates,
    sanction_windows,
    sanctions,
    unnamed_speakers,
)

# Passages of our own where the stored texts hold few matches of a pattern
_OWN = [
    '"We wait," said a teacher contacted by phone in Hrodna, who asked not to be named.',
    '"It is cold there," a guard who declined to give his name said on Monday.',
    '"He writes every week," the prisoner’s sister told the paper.',
    '"Nobody came," said my brother, and our mother wept.',
    "Two of the men held since 2021 have died in custody, and one was executed in 2023.",
    "The number of political prisoners has fallen to 1,150, the group put the count at 1,130.",
    "Washington would lift the ban only if Minsk frees 300 more, unless talks fail first.",
]


def _paragraphs() -> list[str]:
    return _OWN + [
        paragraph
        for text in stored_texts(every=6)
        for paragraph in text.split("\n")
        if paragraph.strip()
    ]


_PARAGRAPHS = _paragraphs()


def _word_starts(text: str) -> list[int]:
    """Where each word of ``text`` starts, and where the text ends."""
    return [m.start() for m in re.finditer(r"\b\w", text)] + [len(text)]


# (pattern, the strings written beside it, how far before a place the rule reads, or None
# when the rule reads the stretch after a place to its paragraph's end)
_GATED = [
    (count_cues.DEATH_RE, count_cues._DEATH_WORDS, None),
    (count_totals.COUNT_OF_RE, count_totals._COUNT_OF_WORDS, count_totals.COUNT_OF_REACH),
    (sanctions._CONDITION_RE, sanctions._CONDITION_WORDS, 60),
    (unnamed_speakers._OWNED_KIN_AFTER_RE, unnamed_speakers._OWNED_KIN_WORDS, None),
    (aside_speakers._ASIDE_AFTER_RE, aside_speakers._ASIDE_WORDS, None),
]


@pytest.mark.parametrize(("pattern", "words", "reach"), _GATED, ids=lambda v: "")
def test_every_match_of_a_gated_pattern_holds_one_of_its_words(
    pattern: re.Pattern[str], words: tuple[str, ...], reach: int | None
) -> None:
    # (the words are searched as written: a pattern that ignored case would outrun them)
    assert not pattern.flags & re.IGNORECASE
    matches = 0
    for text in _PARAGRAPHS:
        for at in _word_starts(text):
            found = (
                pattern.match(text, at)
                if reach is None
                else pattern.search(text, max(0, at - reach), at)
            )
            if found is not None:
                matches += 1
                assert any(word in found.group() for word in words), (found.group(), words)
    assert matches > 0


def test_every_match_of_a_shape_holds_one_of_its_written_strings() -> None:
    # a window is tried only when it holds one of these (sanction_windows._literals_of)
    shapes = [
        (pattern, words)
        for pattern in rule_patterns()
        if (words := sanction_windows._VERB_WORDS.get(id(pattern))) is not None
    ]
    assert len(shapes) == len(sanction_windows._VERB_WORDS)
    matches = 0
    for pattern, words in shapes:
        assert not pattern.flags & re.IGNORECASE
        for text in _PARAGRAPHS:
            for found in pattern.finditer(text):
                matches += 1
                assert any(word in found.group() for word in words), (found.group(), words)
    assert matches > 20


def _spans(found: re.Match[str] | None) -> tuple[object, ...] | None:
    if found is None:
        return None
    groups = range(found.re.groups + 1)
    return tuple(found.span(g) for g in groups)


def test_the_date_hint_matches_what_its_plain_form_matches() -> None:
    plain = re.compile(r"[JFMASOND][a-z]{2}|(?:19|20)\d\d|day\b|[Ll]ast\s|[Tt]his\s|ago\b")
    seen = 0
    for text in _PARAGRAPHS:
        assert [m.span() for m in dates._HINT_RE.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
        starts = _word_starts(text)
        for a, b in zip(starts, starts[3:], strict=False):
            expected = _spans(plain.search(text, a, b))
            assert _spans(dates._HINT_RE.search(text, a, b)) == expected
            seen += expected is not None
    assert seen > 1000


def test_the_month_before_a_day_matches_what_its_plain_form_matches() -> None:
    written = rf"\b(?=[ADFJMNOS]){dates.MONTH_PATTERN}"
    assert dates._MONTH_AT_START in dates._MONTH_BEFORE_RE.pattern
    plain = re.compile(dates._MONTH_BEFORE_RE.pattern.replace(dates._MONTH_AT_START, written))
    seen = 0
    for text in [*_PARAGRAPHS, "On 1 May 5 and 6 people", "Sept. 3, 2024", "Dec 31st, 40"]:
        for digit in re.finditer(r"\d", text):
            a, b = max(0, digit.start() - dates._DATE_DAY_REACH), digit.start()
            expected = _spans(plain.search(text, a, b))
            assert _spans(dates._MONTH_BEFORE_RE.search(text, a, b)) == expected, text[a:b]
            seen += expected is not None
    assert seen > 100
