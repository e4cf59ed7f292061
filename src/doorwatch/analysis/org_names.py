"""Organisation names compared across lists: legal forms, quotes and scripts set aside.

``OPEN JOINT STOCK COMPANY "BELARUSKALI"``, ``OAO Belaruskali`` and ``ААТ «Беларуськалій»`` all
reduce to ``belaruskali``-like keys: transliterated to ASCII, case folded, quotes and punctuation
dropped, and the legal forms of ``data/sanctions/legal_forms.yaml`` removed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml
from rapidfuzz import fuzz

from doorwatch.names.transliteration import to_ascii

_NON_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1)
def _table() -> dict[str, list[str]]:
    text = (resources.files("doorwatch") / "data" / "sanctions" / "legal_forms.yaml").read_text(
        encoding="utf-8"
    )
    table: dict[str, list[str]] = yaml.safe_load(text)
    return table


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    return frozenset(_table()["generic"])


@lru_cache(maxsize=1)
def _forms() -> re.Pattern[str]:
    forms = sorted(set(_table()["forms"]), key=len, reverse=True)
    words = [r"\s+".join(re.escape(w) for w in _NON_WORD.sub(" ", f).split()) for f in forms]
    return re.compile(r"\b(?:" + "|".join(words) + r")\b")


@lru_cache(maxsize=200_000)
def org_key(name: str) -> str:
    """Return ``name`` reduced for comparison: ASCII, lower case, no punctuation or legal form."""
    plain = " ".join(_NON_WORD.sub(" ", to_ascii(name).casefold()).split())
    stripped = " ".join(_forms().sub(" ", plain).split())
    return stripped or plain


def org_tokens(name: str) -> list[str]:
    """Return the words of :func:`org_key` of ``name``."""
    return org_key(name).split()


@lru_cache(maxsize=200_000)
def distinctive(name: str) -> tuple[str, ...]:
    """Return the words of :func:`org_key` that are not generic ("plant", "company", "state")."""
    return tuple(w for w in org_tokens(name) if w not in _generic())


@lru_cache(maxsize=500_000)
def org_similarity(left: str, right: str) -> float:
    """Return how alike two organisation names are, 0..1, by their distinctive words.

    Two words are alike when equal or, from four letters on, 85 % alike (transliterations:
    ``belaruskali``/``belaruskalii``). The score is the share of alike words (Dice). A name of
    generic words or a legal form only scores 0, and so do names with different numbers.
    """
    key_left, key_right = org_key(left), org_key(right)
    if key_left == key_right:
        return 1.0
    words_left, words_right = distinctive(left), distinctive(right)
    if not words_left or not words_right:
        return 0.0  # a legal form or generic words alone name no organisation
    numbers_left = {w for w in words_left if w.isdigit()}
    numbers_right = {w for w in words_right if w.isdigit()}
    if numbers_left and numbers_right and not numbers_left & numbers_right:
        return 0.0  # "121 Aircraft Repair Plant" is not "711 Aircraft Repair Plant"
    unmatched = list(words_right)
    alike = 0
    for word in words_left:
        for other in unmatched:
            if word == other or (min(len(word), len(other)) >= 4 and fuzz.ratio(word, other) >= 85):
                alike += 1
                unmatched.remove(other)
                break
    return 2 * alike / (len(words_left) + len(words_right))
