"""Patterns whose every match opens a line, tried only where a line opens.

A pattern that opens with ``^`` in multiline mode can match only at the text's start or
right after a newline, yet the regular-expression engine tries it at every position of the
text: on a news article, thousands of tries that each fail at once. ``line_matches`` finds
the lines' starts with ``str.find`` and tries the pattern at each, which gives the matches
``finditer`` gives, for any such pattern that never matches empty text.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract.word_gates import any_in


def line_matches(
    pattern: re.Pattern[str], text: str, openers: str = "", needs: tuple[str, ...] = ()
) -> list[re.Match[str]]:
    """Return the matches of ``pattern`` in ``text``, in order, as ``pattern.finditer(text)``
    returns them; ``pattern`` opens each of its branches with a multiline ``^`` and matches
    at least one character. With ``openers``, the pattern is tried only on lines whose first
    character after spaces and tabs is one of them; with ``needs``, only on lines that hold
    one of them (see ``holds``): every match of the pattern must open and hold so."""
    out: list[re.Match[str]] = []
    at = 0
    size = len(text)
    while at <= size:
        match = (
            pattern.match(text, at)
            if (not openers or opening(text, at) in openers)
            and (not needs or holds(text, at, needs))
            else None
        )
        if match is not None:
            out.append(match)
            end = match.end()
            if end > at and text[end - 1] == "\n":
                at = end
                continue  # (the match took the line's end: the next line opens where it ends)
            at = end  # (an empty match, against the rule above, still moves on a line)
        newline = text.find("\n", at)
        if newline < 0:
            break
        at = newline + 1
    return out


def blank_line_matches(pattern: re.Pattern[str], text: str, openers: str = "") -> str:
    """Return ``text`` with each match of ``pattern`` (as for ``line_matches``, with its
    ``openers``) replaced by as many spaces, so that every offset stays."""
    pieces: list[str] = []
    last = 0
    for match in line_matches(pattern, text, openers):
        start, end = match.span()
        pieces.append(text[last:start])
        pieces.append(" " * (end - start))
        last = end
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


# the marks of a list's items, which may stand alone on a line before the item's words
_BULLETS: Final = "-*•·–—>▪◦‣"


def holds(text: str, at: int, needs: tuple[str, ...]) -> bool:
    """Return True when one of ``needs`` stands on the line that starts at ``at``, or, when
    that line holds nothing but spaces and a list's marks, on the lines after it up to the
    first one with words (a pattern may read past a bullet that stands alone on its line)."""
    size = len(text)
    while True:
        end = text.find("\n", at)
        if end < 0:
            end = size
        if any_in(text, at, end, needs):
            return True
        if end == size:
            return False
        first = opening(text, at)
        # (a line opened by words ends what the pattern may read: the costlier test that
        # nothing but spaces and marks stand on it is left to lines a mark or a space opens)
        if not (first in _BULLETS or first.isspace()) or "".join(text[at:end].split()).strip(
            _BULLETS
        ):
            return False
        at = end + 1


def opening(text: str, at: int) -> str:
    """Return the first character at or after ``at`` that is no space or tab ("" at the
    text's end): the one that opens the line starting at ``at``."""
    size = len(text)
    while at < size and text[at] in " \t":
        at += 1
    return text[at] if at < size else ""
