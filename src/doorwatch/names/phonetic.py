"""Phonetic keys: one spelling-independent key per name token.

A token is transliterated to ASCII and then folded so that the spellings of one sound in the
systems in use collapse: Polish ``cz``/``sz``/``w``, English ``ch``/``sh``/``kh``, ``ts``/``c``/``tz``,
``y``/``i``/``j``, Belarusian ``ou``/``au`` (ў) against Russian ``ov``/``av``, Belarusian *akanne*
(``a`` for an unstressed ``o``: Kalesnikava/Kolesnikova), *tsekanne* and *dzekanne* (ць/дзь against
Russian ть/дь), Belarusian ``h`` against Russian ``g``, and the iotated vowels (ia/ya/ja/ie/e).

Capital letters in a key stand for one sound each: ``C`` ч, ``S`` ш, ``Z`` ж, ``H`` г/х/h/g.
Latin ``ch`` is ч in English spellings but х in Polish and German ones, so such a token gets two keys.
"""

from __future__ import annotations

import re
from functools import lru_cache

from doorwatch.names.transliteration import to_ascii

_STEPS_BEFORE_CH: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"[^a-z]", ""),
        (r"schtsch|shch|szcz|shtch", "SC"),
        (r"tsch|tch|cz", "C"),
        (r"sch", "S"),
        (r"ph", "f"),
        (r"sh|sz", "S"),
        (r"zh|rz|zs", "Z"),
        (r"kh", "H"),
    )
)

_STEPS_AFTER_CH: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"[gh]", "H"),
        (r"x", "ks"),
        (r"qu", "kv"),
        (r"w", "v"),
        (r"ts|tz|c", "c"),
        (r"dz", "d"),
        (r"[yj]", "i"),
        (r"i+", "i"),
        # ў: a "u" closing a syllable after a, e or o is the Russian "v" (Tsikhanouski/Tikhanovsky).
        (r"(?<=[aeo])u(?![aeiou])", "v"),
        # ць/дзь against ть/дь: once ts, c and dz are folded, a soft c is a soft t (Tsimafei/Timofei).
        (r"c(?=i)", "t"),
        # A й between vowels is not written by every system (Andreyeva/Andreeva, Niaklajeŭ).
        (r"(?<=[aeou])i(?=[aeou])", ""),
        (r"^i[ae]", "e"),
        (r"(?<=[^aeiou])i(?=[aeou])", "P"),
        (r"Pa|Pe", "e"),
        (r"Po", "o"),
        (r"Pu", "u"),
        (r"o", "a"),
        (r"(.)\1+", r"\1"),
    )
)


def _run(text: str, steps: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    for pattern, replacement in steps:
        text = pattern.sub(replacement, text)
    return text


@lru_cache(maxsize=500_000)
def token_keys(token: str) -> tuple[str, ...]:
    """Return the phonetic keys of one name token (usually one; two when Latin ``ch`` is ambiguous).

    The first key is the preferred reading. An empty tuple means the token has no letters.
    """
    latin = token.casefold().isascii() or not _has_cyrillic(token)
    text = _run(to_ascii(token), _STEPS_BEFORE_CH)
    if not text:
        # Letters with no Latin reading (a lone hard sign, an unknown script) match only themselves.
        bare = "".join(char for char in token.casefold() if char.isalnum())
        return (bare,) if bare else ()
    readings = [text.replace("ch", "C")]
    if latin and "ch" in text:
        readings.append(text.replace("ch", "H"))
    keys: list[str] = []
    for reading in readings:
        key = _run(reading, _STEPS_AFTER_CH)
        if key and key not in keys:
            keys.append(key)
    return tuple(keys)


def token_key(token: str) -> str:
    """Return the preferred phonetic key of ``token`` (empty string when it has no letters)."""
    keys = token_keys(token)
    return keys[0] if keys else ""


def fold_ascii(text: str) -> str:
    """Return the preferred key of an already lower-case ASCII fragment (used for name stems)."""
    return _run(_run(text, _STEPS_BEFORE_CH).replace("ch", "C"), _STEPS_AFTER_CH)


def skeleton(key: str) -> str:
    """Return the consonants of a key, with ч and ц as one letter (plain "c" is either)."""
    return _VOWELS.sub("", key).replace("C", "c")


_VOWELS = re.compile(r"[aeiouP]")


def _has_cyrillic(text: str) -> bool:
    return any("\u0400" <= char <= "\u04ff" for char in text)
