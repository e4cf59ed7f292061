"""Which alphabets the letters of a name come from, and words that mix them.

A word that mixes Latin with Cyrillic or Greek letters ("Аles" with a Cyrillic А) is almost
never a real spelling: it is a look-alike letter typed on the wrong keyboard or planted to
make one person look like two.
"""

from __future__ import annotations

import unicodedata

# Alphabets with letters that look alike; a word may use one of them.
_CONFUSABLE = ("LATIN", "CYRILLIC", "GREEK")


def _alphabet(char: str) -> str | None:
    name = unicodedata.name(char, "")
    first = name.split(" ", 1)[0]
    return first if first in _CONFUSABLE else None


def mixed_script_words(name: str) -> list[str]:
    """Return the words of ``name`` whose letters come from more than one of Latin, Cyrillic
    and Greek (an empty list for an ordinary name in any one alphabet)."""
    mixed = []
    for word in name.split():
        alphabets = {_alphabet(c) for c in word if c.isalpha()} - {None}
        if len(alphabets) > 1:
            mixed.append(word)
    return mixed


# Unicode names the first word of a letter's name does not say plainly.
_SCRIPT_WORDS = {"CJK": "han", "HANGUL": "hangul", "HIRAGANA": "kana", "KATAKANA": "kana"}


def script_of(name: str) -> str:
    """Return the script a spelling is written in: ``cyrillic`` when any letter is Cyrillic,
    else the first script other than Latin among its letters (``han``, ``arabic``, …), else
    ``latin``. The result fits the eight characters ``person_names.script`` holds."""
    if any("\u0400" <= ch <= "\u04ff" for ch in name):
        return "cyrillic"
    for char in name:
        if not char.isalpha():
            continue
        first = unicodedata.name(char, "LATIN").split(" ", 1)[0]
        if first != "LATIN":
            return _SCRIPT_WORDS.get(first, first.lower())[:8]
    return "latin"
