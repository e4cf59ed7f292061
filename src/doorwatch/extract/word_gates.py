"""Plain-text tests run before a pattern: does a stretch of text hold one of a few words.

A pattern that can match only where one of its words stands is tried only when ``str.find``
finds one of them in the stretch it would read: a search for a word costs a small part of a
pattern's try, and most stretches of a news text hold none of a rule's words.
"""

from __future__ import annotations

from collections.abc import Iterable


def any_in(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Return True when one of ``words`` stands in ``text[start:end]``."""
    # (one copy of the stretch, then ``in``: a call of ``str.find`` with bounds parses its
    # arguments anew for every word, which costs more than the copy once a stretch is
    # searched for two words)
    return any_word(text[start:end], words)


def any_word(stretch: str, words: tuple[str, ...]) -> bool:
    """Return True when one of ``words`` stands in ``stretch`` (a stretch already cut out, read
    for several sets of words)."""
    # A plain loop: this runs for every window of every hit, and a generator costs more
    # than the searches it drives.
    for word in words:  # noqa: SIM110 (see above)
        if word in stretch:
            return True
    return False


def ends_with_word(text: str, start: int, end: int, word: str) -> bool:
    """Return True when ``text[start:end]`` ends with ``word`` and whitespace after it (of the
    characters ``\\s`` matches): what a pattern that closes with ``word\\s+$`` needs there."""
    at = end
    while at > start and text[at - 1].isspace():
        at -= 1
    return at < end and at - len(word) >= start and text.startswith(word, at - len(word), at)


def needles(words: Iterable[str]) -> tuple[str, ...]:
    """Return ``words`` without those that hold another of them ("letters" holds "letter"),
    in their order: a stretch holds one of ``words`` exactly when it holds one of these."""
    given = tuple(dict.fromkeys(words))
    return tuple(w for w in given if not any(o != w and o in w for o in given))


def ascii_lower(text: str) -> str:
    """Return ``text`` with its ASCII capitals in small letters and every other character as
    it stands, so that each offset into it is an offset into ``text``."""
    if text.isascii():
        return text.lower()
    # (str.lower looks every character of a text up in the full Unicode case tables, several
    # times the cost of this round trip; in UTF-8 no byte of a character beyond ASCII is an
    # ASCII letter, so bytes.lower leaves such characters whole)
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")
