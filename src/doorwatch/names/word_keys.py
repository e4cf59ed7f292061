"""Word keys: each word of a name, case- and accent-folded, for search as you type.

A search for the start of any word ("bial", "бяля") finds the names with such a word through an
index range scan; the spelling-independent keys of :mod:`doorwatch.names.search_keys` find the rest.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def fold_word(word: str) -> str:
    """Return ``word`` case-folded with accents removed (Cyrillic letters stay Cyrillic)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


def word_keys(name: str) -> list[str]:
    """Return the folded words of ``name`` in order, without repeats."""
    seen: dict[str, None] = {}
    for match in _WORD.finditer(name):
        seen.setdefault(fold_word(match.group(0)), None)
    return list(seen)
