"""Cyrillic ↔ Latin for Belarusian and Russian names.

:func:`to_ascii` turns any script into plain lower-case ASCII for matching; it relies on rigour's
transliteration (the one OpenSanctions uses) after spelling out the Belarusian Łacinka and Polish
letters whose meaning a diacritic-stripping fallback would lose (``š`` is *sh*, not *s*).

:func:`romanise` writes Cyrillic under a named system in real use, so that tests and benchmarks can
produce the spellings that lists and newspapers print.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from rigour.text import ascii_text

System = Literal["be_national", "bgn_be", "bgn_ru", "icao", "polish", "press_ru"]
SYSTEMS: tuple[System, ...] = ("be_national", "bgn_be", "bgn_ru", "icao", "polish", "press_ru")

_LATIN_SPELL_OUT = str.maketrans(
    {
        "č": "ch",
        "š": "sh",
        "ž": "zh",
        "ż": "zh",
        "ć": "c",
        "ś": "s",
        "ź": "z",
        "ń": "n",
        "ł": "l",
        "ŭ": "u",
        "ą": "on",
        "ę": "en",
        "ß": "ss",
    }
)

_BASE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "ж": "zh", "з": "z", "і": "i",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "е": "e", "ё": "e", "ю": "yu", "я": "ya",
}  # fmt: skip

_SYSTEM_TABLES: dict[str, dict[str, str]] = {
    # Belarusian national system (2007), without diacritics as passports and the press print it.
    "be_national": {**_BASE, "г": "h", "х": "kh", "ц": "ts", "й": "i", "е": "ie", "ё": "io",
                    "ю": "iu", "я": "ia", "ў": "u"},
    "bgn_be": {**_BASE, "г": "h", "е": "e", "ё": "yo", "й": "y", "ю": "yu", "я": "ya"},
    "bgn_ru": {**_BASE, "е": "e", "ё": "yo", "й": "y", "ы": "y", "ю": "yu", "я": "ya"},
    # ICAO 9303 (machine-readable passports).
    "icao": {**_BASE, "г": "h", "й": "i", "ц": "ts", "ю": "iu", "я": "ia", "щ": "shch",
             "ъ": "ie", "ё": "e"},
    "polish": {**_BASE, "в": "w", "г": "h", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz",
               "щ": "szcz", "ж": "ż", "й": "j", "е": "ie", "ё": "io", "ю": "iu", "я": "ia",
               "ў": "ŭ", "ы": "y", "і": "i", "и": "i", "л": "ł"},
    "press_ru": {**_BASE, "е": "e", "ё": "yo", "й": "y", "ю": "yu", "я": "ya", "ы": "y"},
}  # fmt: skip

_VOWELS = set("аеёіиоуўыэюяaeiouy")
# Polish writes a hard "ł" except before the letters that soften it.
_SOFT = set("ьіиеёюя")


@lru_cache(maxsize=200_000)
def to_ascii(text: str) -> str:
    """Return ``text`` transliterated to lower-case ASCII (Łacinka/Polish letters spelt out)."""
    lowered = text.casefold().translate(_LATIN_SPELL_OUT)
    if lowered.isascii():
        return lowered
    return ascii_text(lowered).casefold()


def romanise(text: str, system: System) -> str:
    """Return Cyrillic ``text`` written in Latin letters under ``system``, keeping capitals.

    Word-initial and post-vowel iotated letters take their "y"/"j" forms, as the systems say.
    """
    table = _SYSTEM_TABLES[system]
    out: list[str] = []
    previous = ""
    for index, char in enumerate(text):
        lower = char.lower()
        if lower not in table:
            out.append(char)
            previous = lower
            continue
        latin = table[lower]
        if lower in "еёюя" and (previous == "" or previous in _VOWELS or not previous.isalpha()):
            latin = _iotated(lower, system)
        if system == "polish" and lower == "л" and text[index + 1 : index + 2].lower() in _SOFT:
            latin = "l"
        if char != lower and latin:
            latin = latin[0].upper() + latin[1:]
        out.append(latin)
        previous = lower
    return "".join(out)


def _iotated(letter: str, system: str) -> str:
    # At the start of a word and after a vowel the iotated vowels carry their "y" sound.
    y = "j" if system == "polish" else "y"
    return y + {"е": "e", "ё": "o", "ю": "u", "я": "a"}[letter]
