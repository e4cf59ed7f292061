"""Given names: which equivalence class a token belongs to, its gender, and initials.

The classes come from ``doorwatch/data/names/given_names.yaml`` (one class a line, read once);
each form is indexed under its phonetic keys, so unlisted spellings that fold to a listed form
are recognised too.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from doorwatch.names.phonetic import fold_ascii, token_keys
from doorwatch.names.transliteration import to_ascii

Gender = str  # "m", "f" or "" (unknown)


@dataclass(frozen=True, slots=True)
class GivenNameTable:
    """The given-name classes indexed by phonetic key."""

    by_key: dict[str, frozenset[str]]
    gender: dict[str, Gender]
    forms: dict[str, tuple[str, ...]]
    initials: dict[str, frozenset[str]]


def _classes() -> list[tuple[str, Gender, list[str]]]:
    path = resources.files("doorwatch") / "data" / "names" / "given_names.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        (str(c["class"]), str(c["gender"]), [str(f) for f in c["forms"]]) for c in data["classes"]
    ]


@lru_cache(maxsize=1)
def table() -> GivenNameTable:
    """Return the given-name table, built once from the class list (read once)."""
    by_key: dict[str, set[str]] = {}
    gender: dict[str, Gender] = {}
    forms: dict[str, tuple[str, ...]] = {}
    initials: dict[str, set[str]] = {}
    for name, sex, class_forms in _classes():
        gender[name] = sex
        forms[name] = tuple(class_forms)
        for form in class_forms:
            for key in token_keys(form):
                by_key.setdefault(key, set()).add(name)
            initials.setdefault(name, set()).add(initial_class(form))
    return GivenNameTable(
        by_key={k: frozenset(v) for k, v in by_key.items()},
        gender=gender,
        forms=forms,
        initials={k: frozenset(v) for k, v in initials.items()},
    )


@lru_cache(maxsize=100_000)
def given_classes(token: str) -> frozenset[str]:
    """Return the classes a given-name token belongs to (empty when it is not a known name)."""
    by_key = table().by_key
    found: set[str] = set()
    for key in token_keys(token):
        found |= by_key.get(key, frozenset())
    return frozenset(found)


def classes_gender(classes: frozenset[str]) -> Gender:
    """Return "m" or "f" when every class in ``classes`` has that gender, else ""."""
    genders = {table().gender[name] for name in classes}
    return genders.pop() if len(genders) == 1 else ""


def is_written_form(token: str, classes: frozenset[str]) -> bool:
    """Return True when ``token`` (lower case) is spelled as one of the forms listed for
    ``classes``, False when the table knows it only by its sound."""
    forms = table().forms
    return any(token == form.lower() for name in classes for form in forms[name])


def stem_classes(stem_ascii: str) -> frozenset[str]:
    """Return the classes whose forms a patronymic stem names (``ryhor``, ``mikala``, ``sergee``)."""
    by_key = table().by_key
    found: set[str] = set()
    candidates = [stem_ascii, stem_ascii + "i", stem_ascii + "a", stem_ascii + "ii"]
    if stem_ascii.endswith("e"):
        candidates.append(stem_ascii[:-1] + "i")
    for candidate in candidates:
        found |= by_key.get(fold_ascii(candidate), frozenset())
    return frozenset(found)


def initial_class(token: str) -> str:
    """Return the sound class of a token's first letter, so that "Ю." fits Yuri, Iouri and Jury."""
    text = to_ascii(token.rstrip("."))
    if not text:
        return ""
    first = text[0]
    if first in "yjie":
        return "i"
    if first in "gh" or text.startswith("kh"):
        return "h"
    if first == "w":
        return "v"
    if text.startswith(("ts", "tz")) or (first == "c" and not text.startswith("ch")):
        return "c"
    if text.startswith(("ch", "cz")):
        return "ch"
    if first in "ao":
        return "a"
    return first


def initial_fits(initial: str, classes: frozenset[str], token: str) -> bool:
    """Return True when ``initial`` can abbreviate the name ``token`` (of ``classes``)."""
    wanted = initial_class(initial)
    if wanted == initial_class(token):
        return True
    known = table().initials
    return any(wanted in known.get(name, frozenset()) for name in classes)
