"""Patronymics: recognising "-ovich"/"-ovna" forms and naming the father they point to.

A patronymic separates a father from a son who share given name and family name (Ivan Ivanovich
against Ivan Petrovich), so it is compared whenever both sides have one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from doorwatch.names.given_names import stem_classes
from doorwatch.names.phonetic import token_keys
from doorwatch.names.transliteration import to_ascii

_MALE = re.compile(r"(ov|ev|av|iev|iav|oi)(ich|ic|ych|itch|itsch|icz)$|(?<=[^aeiou])(ich|ych|ic)$")
_FEMALE = re.compile(r"(ovn|evn|avn|iev?n|aun|oun|eun|ieun|iaun)a$|ichna$|ichn?a$")
_SUFFIX = re.compile(
    r"(ovich|evich|avich|ievich|iavich|oich|ovic|evic|avic|ovych|evych|ovitch|evitch|ovicz|"
    r"ewicz|owicz|ovna|evna|avna|ievna|auna|ouna|euna|ieuna|iauna|ichna|ich|ych|ic)$"
)


@dataclass(frozen=True, slots=True)
class Patronymic:
    """A patronymic: its text, gender, the father's given-name classes and a stem key."""

    text: str
    gender: str
    father: frozenset[str]
    stem_key: str


def _plain(token: str) -> str:
    return re.sub(r"[^a-z]", "", to_ascii(token).replace("y", "i").replace("j", "i"))


def looks_patronymic(token: str) -> bool:
    """Return True when ``token`` has the shape of a patronymic (it may still be a family name)."""
    plain = _plain(token)
    return len(plain) > 5 and bool(_MALE.search(plain) or _FEMALE.search(plain))


@lru_cache(maxsize=100_000)
def analyse_patronymic(token: str) -> Patronymic:
    """Return the gender, father's name classes and stem key of a patronymic token."""
    plain = _plain(token).replace("w", "v")
    gender = "f" if _FEMALE.search(plain) else "m"
    stem = _SUFFIX.sub("", plain)
    father = stem_classes(stem) if stem else frozenset()
    keys = token_keys(stem) if stem else ()
    return Patronymic(token, gender, father, keys[0] if keys else "")
