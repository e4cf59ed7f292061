"""Family names: a gender-neutral stem key and the grammatical gender of the form.

East Slavic family names agree with their bearer: Tsikhanouski (he) and Tsikhanouskaya (she),
Kalesnikau and Kalesnikava, Ivanov and Ivanova. The same stem with two genders is one family and
two people, so the stem is compared for spelling and the gender is compared separately.
Names such as Lukashenka, Babaryka or Statkevich do not change and have no gender here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from doorwatch.names.phonetic import token_keys
from doorwatch.names.transliteration import to_ascii

# Endings are matched on ASCII with y/j written i, w written v (Cichanouska, Kalesnikava, Putina).
_FEMININE = (
    (re.compile(r"(?<=[sc]k)(aia|aa|a)$"), "sk"),
    (re.compile(r"(?<=dzk)(aia|aa|a)$"), "sk"),
    (re.compile(r"(ov|ev|av|iov|iev)a$"), "v"),
    (re.compile(r"(?<=[^aeiou])(in)a$"), "in"),
    (re.compile(r"(?<=[^aeiou])aia$"), "adj"),
)
_MASCULINE = (
    (re.compile(r"(?<=[sc]k)(ii|i|ei|oi)$"), "sk"),
    (re.compile(r"(?<=dzk)(ii|i|ei|oi)$"), "sk"),
    (re.compile(r"(ov|ev|av|iov|iev|ou|eu|au|iou|ieu)$"), "v"),
    (re.compile(r"(?<=[^aeiou])in$"), "in"),
    (re.compile(r"(?<=[^aeiou])(oi|ii)$"), "adj"),
)
# The press often shortens -ый/-ий to a bare "-y" (Mirny, Navalny): adjectival, gender unwritten.
_BARE_Y = re.compile(r"(?<=[^aeiouy])y$")
_SUFFIX_TEXT = {"sk": "sk", "v": "ov", "in": "in", "adj": ""}


@dataclass(frozen=True, slots=True)
class Surname:
    """A family-name token analysed: stem keys (gender removed) and gender ("m", "f" or "")."""

    text: str
    keys: tuple[str, ...]
    gender: str
    suffix: str = ""


@lru_cache(maxsize=500_000)
def analyse_surname(token: str) -> Surname:
    """Return the stem keys and gender of a family-name token (several tokens: join them first)."""
    ascii_form = to_ascii(token)
    plain = ascii_form.replace("y", "i").replace("j", "i").replace("w", "v")
    plain = re.sub(r"[^a-z]", "", plain)
    for gender, rules in (("f", _FEMININE), ("m", _MASCULINE)):
        for pattern, suffix in rules:
            match = pattern.search(plain)
            if match is None or match.start() < 2:
                continue
            stem = ascii_form[: _ascii_index(ascii_form, match.start())]
            # Fold with a fixed ending so the stem's last letters fold as in the full name.
            keys = token_keys(stem + _SUFFIX_TEXT[suffix])
            return Surname(token, keys, gender, suffix)
    bare = _BARE_Y.search(ascii_form)
    if bare is not None and bare.start() >= 3:
        return Surname(token, token_keys(ascii_form[: bare.start()]), "", "adj")
    return Surname(token, token_keys(token), "")


def _ascii_index(ascii_form: str, plain_index: int) -> int:
    # ``plain`` only drops non-letters, so walk ``ascii_form`` counting letters.
    seen = 0
    for index, char in enumerate(ascii_form):
        if seen == plain_index:
            return index
        if "a" <= char <= "z":
            seen += 1
    return len(ascii_form)
