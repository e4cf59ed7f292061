"""Unicode clean-up and tokenisation of personal names.

Names arrive from PDFs, web pages and sanctions lists with compatibility characters, several
apostrophes, titles and bracketed notes. Everything here keeps the original letters and case (the
parser needs capitals to spot list forms); only :mod:`doorwatch.names.phonetic` folds spellings.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rigour.names import remove_person_prefixes
from rigour.text import remove_bracketed_text

# Belarusian and Ukrainian write the apostrophe in several ways; all of them only separate letters.
_APOSTROPHES = "'’ʼ`´ʹ‘"
_DASHES = "-‐‑‒–—"
_TOKEN = re.compile(r"[^\W\d_]+\.?")
_GENERATION = {
    "jr": "junior",
    "junior": "junior",
    "младший": "junior",
    "малодшы": "junior",
    "sr": "senior",
    "senior": "senior",
    "старший": "senior",
    "старэйшы": "senior",
}


@dataclass(frozen=True, slots=True)
class CleanName:
    """A name after clean-up: tokens, whether it had a list-form comma, and a generation mark."""

    tokens: tuple[str, ...]
    comma_at: int | None
    generation: str | None


def clean_text(text: str) -> str:
    """Return ``text`` in NFC with apostrophes removed, dashes joined and spaces collapsed."""
    text = unicodedata.normalize("NFKC", text)
    text = remove_bracketed_text(text)
    for mark in _APOSTROPHES:
        text = text.replace(mark, "")
    # A hyphenated family name is one family name: "Rimsky-Korsakov" compares as one token.
    text = re.sub(f"\\s*[{_DASHES}]\\s*", "", text)
    return " ".join(text.split())


def clean_name(text: str) -> CleanName:
    """Return the tokens of a personal name, the token index of a list-form comma, and Jr/Sr."""
    text = clean_text(text)
    text = remove_person_prefixes(text)
    comma_at: int | None = None
    tokens: list[str] = []
    generation: str | None = None
    marks: list[str] = []
    parts = text.split(",")
    for index, part in enumerate(parts):
        for match in _TOKEN.finditer(part):
            token = match.group(0)
            bare = token.rstrip(".").casefold()
            if bare in _GENERATION:
                generation = _GENERATION[bare]
                marks.append(token)
                continue
            tokens.append(token)
        if index == 0 and len(parts) > 1 and tokens:
            comma_at = len(tokens)
    if not tokens and marks:
        # Words like "Junior" mark a generation only beside a name; alone they are the name.
        return CleanName(tuple(marks), None, None)
    if comma_at is not None and comma_at >= len(tokens):
        comma_at = None
    return CleanName(tuple(tokens), comma_at, generation)


def is_initial(token: str) -> bool:
    """Return True when ``token`` is an initial ("A.", "A", "Дз.")."""
    bare = token.rstrip(".")
    return len(bare) == 1 or (token.endswith(".") and len(bare) <= 2)


def is_shouted(token: str) -> bool:
    """Return True when ``token`` is written in capitals, as list forms write family names."""
    bare = token.rstrip(".")
    return len(bare) > 1 and bare.isupper()
