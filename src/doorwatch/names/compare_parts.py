"""Comparison of the parts of two names: family name, given name, patronymic.

Each function returns a :class:`PartResult`: ``match`` (with a similarity in 0..1), ``conflict``
(the parts name different people) or ``absent`` (one side does not have the part), and the reason
in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from rapidfuzz.distance import Indel

from doorwatch.names.given_names import given_classes, initial_class, initial_fits, table
from doorwatch.names.normalise import is_initial
from doorwatch.names.patronymics import analyse_patronymic
from doorwatch.names.phonetic import skeleton, token_keys
from doorwatch.names.surnames import analyse_surname
from doorwatch.names.transliteration import to_ascii

Status = Literal["match", "conflict", "absent"]

# Below this similarity of phonetic keys two spellings are taken as two names.
SPELLING_THRESHOLD = 0.84
# Spelling systems disagree mostly on vowels; a changed consonant usually means another name.
CONSONANT_THRESHOLD = 0.85
# A family-name key shorter than this (Li, Kim, Bobr) matches only when spelt the same.
SHORT_KEY = 5
# How much agreeing initials say: the same letter (0.6) or two letters of one name's forms (A.
# and O. for Aleh/Oleg: 0.3); an initial that fits a full name (0.75); patronymic initials (0.7).
INITIALS_AGREE = 0.6
INITIALS_MAY_AGREE = 0.3
INITIAL_FITS = 0.75
PATRONYMIC_INITIALS_AGREE = 0.7
_GENDER_WORD = {"m": "masculine", "f": "feminine"}


@dataclass(frozen=True, slots=True)
class PartResult:
    """The outcome of comparing one part of two names."""

    status: Status
    similarity: float
    reason: str


def key_similarity(left: tuple[str, ...], right: tuple[str, ...]) -> float:
    """Return the best normalised Indel similarity between any key of ``left`` and of ``right``."""
    best = 0.0
    for a in left:
        for b in right:
            best = max(best, Indel.normalized_similarity(a, b))
    return best


def consonant_similarity(left: tuple[str, ...], right: tuple[str, ...]) -> float:
    """Return the best similarity of the consonant skeletons of two key sets, 0.0 when no pair
    of skeletons has the same number of consonants.

    Spelling systems change vowels and how a consonant is written, not how many consonants a
    name has; an added consonant is a derived name (Osenovich against Osenanovich).
    """
    best = 0.0
    for a in left:
        for b in right:
            sa, sb = skeleton(a), skeleton(b)
            if len(sa) == len(sb):
                best = max(best, Indel.normalized_similarity(sa, sb))
    return best


def compare_surnames(left: tuple[str, ...], right: tuple[str, ...]) -> PartResult:
    """Return how two family names (token tuples) relate: one spelling, gendered pair, or two names."""
    if not left or not right:
        return PartResult("absent", 0.0, "family name: missing on one side")
    a = analyse_surname("".join(left))
    b = analyse_surname("".join(right))
    shown = f"{' '.join(left)!r} and {' '.join(right)!r}"
    similarity = key_similarity(a.keys, b.keys)
    short = min(len(a.keys[0]) if a.keys else 0, len(b.keys[0]) if b.keys else 0) < SHORT_KEY
    consonants = consonant_similarity(a.keys, b.keys)
    if similarity < SPELLING_THRESHOLD and consonants >= 1.0:
        reduced = key_similarity(
            tuple(_yakanne(k) for k in a.keys), tuple(_yakanne(k) for k in b.keys)
        )
        if reduced >= 1.0:
            similarity = SPELLING_THRESHOLD
    if similarity < 1.0 and (
        similarity < SPELLING_THRESHOLD or consonants < CONSONANT_THRESHOLD or short
    ):
        return PartResult("conflict", similarity, f"family name: {shown} are different names")
    if a.suffix != b.suffix and "adj" not in (a.suffix, b.suffix):
        return PartResult(
            "conflict", similarity, f"family name: {shown} have different endings, so two names"
        )
    if a.gender and b.gender and a.gender != b.gender:
        return PartResult(
            "conflict",
            similarity,
            f"family name: {shown} are the {_GENDER_WORD[a.gender]} and "
            f"{_GENDER_WORD[b.gender]} forms of one family name, so two people",
        )
    how = "one spelling" if similarity == 1.0 else f"close spellings ({similarity:.2f})"
    return PartResult("match", similarity, f"family name: {shown} are {how}")


def _initial_letter(token: str) -> str:
    text = to_ascii(token.rstrip("."))
    return text[:1]


def _yakanne(key: str) -> str:
    # Belarusian writes unstressed е as а (Шарамет/Шеремет, Сяргей/Сергей): fold e into a.
    return key.replace("e", "a")


def compare_given(left: tuple[str, ...], right: tuple[str, ...]) -> PartResult:
    """Return how two given names relate: one name (forms, diminutives, initials) or two names."""
    if not left or not right:
        return PartResult("absent", 0.0, "given name: missing on one side")
    a, b = left[0], right[0]
    shown = f"{a!r} and {b!r}"
    a_initial, b_initial = is_initial(a), is_initial(b)
    if a_initial and b_initial:
        if initial_class(a) == initial_class(b):
            if _initial_letter(a) != _initial_letter(b):
                # A. and O. may both stand for Aleh/Oleg, or for Alexei and Oleg: too weak for "same".
                return PartResult(
                    "match", INITIALS_MAY_AGREE, f"given name: initials {shown} may agree"
                )
            return PartResult("match", INITIALS_AGREE, f"given name: initials {shown} agree")
        return PartResult("conflict", 0.0, f"given name: initials {shown} differ")
    if a_initial or b_initial:
        initial, full = (a, b) if a_initial else (b, a)
        if initial_fits(initial, given_classes(full), full):
            return PartResult(
                "match", INITIAL_FITS, f"given name: {initial!r} is the initial of {full!r}"
            )
        return PartResult("conflict", 0.0, f"given name: {initial!r} cannot abbreviate {full!r}")
    a_classes, b_classes = given_classes(a), given_classes(b)
    common = a_classes & b_classes
    if common:
        return PartResult(
            "match", 1.0, f"given name: {shown} are forms of one name ({', '.join(sorted(common))})"
        )
    if a_classes and b_classes:
        return PartResult("conflict", 0.0, f"given name: {shown} are different names")
    similarity = key_similarity(_given_keys(a), _given_keys(b))
    if similarity >= SPELLING_THRESHOLD:
        return PartResult("match", similarity, f"given name: {shown} are close spellings")
    return PartResult("conflict", similarity, f"given name: {shown} are different names")


def _given_keys(token: str) -> tuple[str, ...]:
    keys = list(token_keys(token))
    forms = table().forms
    for name in given_classes(token):
        for form in forms[name]:
            keys.extend(token_keys(form))
    return tuple(keys)


def compare_patronymics(left: str | None, right: str | None) -> PartResult:
    """Return how two patronymics relate; different fathers mean different people."""
    if left is None or right is None:
        return PartResult("absent", 0.0, "patronymic: not on both sides")
    shown = f"{left!r} and {right!r}"
    if is_initial(left) or is_initial(right):
        initial, full = (left, right) if is_initial(left) else (right, left)
        if is_initial(full):
            same = initial_class(initial) == initial_class(full)
        else:
            patronymic = analyse_patronymic(full)
            same = initial_fits(initial, patronymic.father, full)
        if same:
            return PartResult("match", PATRONYMIC_INITIALS_AGREE, f"patronymic: {shown} agree")
        return PartResult("conflict", 0.0, f"patronymic: {shown} name different fathers")
    a, b = analyse_patronymic(left), analyse_patronymic(right)
    if a.father & b.father:
        return PartResult("match", 1.0, f"patronymic: {shown} name one father's name")
    if a.father and b.father:
        return PartResult("conflict", 0.0, f"patronymic: {shown} name different fathers")
    similarity = key_similarity((a.stem_key,), (b.stem_key,))
    if similarity >= SPELLING_THRESHOLD:
        return PartResult("match", similarity, f"patronymic: {shown} are close spellings")
    return PartResult("conflict", similarity, f"patronymic: {shown} name different fathers")
