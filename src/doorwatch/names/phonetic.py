"""Phonetic keys: one spelling-independent key per name token.

A token is transliterated to ASCII and then folded so that the spellings of one sound in the
systems in use collapse: Polish ``cz``/``sz``/``w``, English ``ch``/``sh``/``kh``, ``ts``/``c``/``tz``,
``y``/``i``/``j``, Belarusian ``ou``/``au`` (ў) against Russian ``ov``/``av``, Belarusian *akanne*
(``a`` for an unstressed ``o``: Kalesnikava/Kolesnikova), *tsekanne* and *dzekanne* (ць/дзь against
Russian ть/дь), Belarusian ``h`` against Russian ``g``, and the iotated vowels (ia/ya/ja/ie/e).

Capital letters in a key stand for one sound each: ``C`` ч, ``S`` ш, ``Z`` ж, ``H`` г/х/h/g.
Latin ``ch`` is ч in English spellings but х in Polish and German ones, so such a token gets two keys;
a token with a German mark also gets its German reading, and one with a Polish nasal vowel its
hook-less reading.
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
    ascii_form = to_ascii(token)
    sources = [ascii_form]
    if latin:
        lowered = token.casefold()
        if "ą" in lowered or "ę" in lowered:
            # Polish nasal vowels: Cyrillic writes them "он"/"ен", ASCII spellings drop the hook.
            sources.append(to_ascii(lowered.replace("ą", "a").replace("ę", "e")))
        sources.extend(_german_readings(ascii_form))
    keys: list[str] = []
    for source in sources:
        text = _run(source, _STEPS_BEFORE_CH)
        readings = [text.replace("ch", "C")]
        if latin and "ch" in text:
            readings.append(text.replace("ch", "H"))
        for reading in readings:
            key = _run(reading, _STEPS_AFTER_CH)
            if key and key not in keys:
                keys.append(key)
    if not keys:
        # Letters with no Latin reading (a lone hard sign, an unknown script) match only themselves.
        bare = "".join(char for char in token.casefold() if char.isalnum())
        return (bare,) if bare else ()
    return tuple(keys)


# German spellings write ж and ш both "sch", ц "z" and з "s" (Jelzin, Prigoschin, Solschenizyn).
# A token is read the German way too when it shows a German mark: "sch" outside "tsch", or a
# "z" after a consonant that no other system writes there (Polish rz/cz/sz/dz are digraphs).
_GERMAN_MARK = re.compile(r"(?<!t)sch|(?<=[bfgklmnpt])z(?!h)")
_GERMAN_STEPS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"(?<![rcsdt])z(?!h)", "c"),
        (r"(?<!t)sch(?!tsch)", "zh"),
    )
)
# German "s" before a vowel is с or з (Sacharow is Сахаров or Захаров): a second reading takes з.
_GERMAN_VOICED_S = re.compile(r"(?<![szt])s(?=[aeiouy])")


def _german_readings(ascii_form: str) -> list[str]:
    """Return the German readings of a lower-case ASCII token (none without a German mark)."""
    if not _GERMAN_MARK.search(ascii_form):
        return []
    german = _run(ascii_form, _GERMAN_STEPS)
    voiced = _GERMAN_VOICED_S.sub("z", german)
    return [german] if voiced == german else [german, voiced]


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
