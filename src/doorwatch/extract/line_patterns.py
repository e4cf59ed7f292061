"""Patterns whose every match opens a line, tried only where a line opens.

A pattern that opens with ``^`` in multiline mode can match only at the text's start or
right after a newline, yet the regular-expression engine tries it at every position of the
text: on a news article, thousands of tries that each fail at once. ``line_matches`` finds
the lines' starts with ``str.find`` and tries the pattern at each, which gives the matches
``finditer`` gives, for any such pattern that never matches empty text.
"""

from __future__ import annotations

import re


def line_matches(pattern: re.Pattern[str], text: str, openers: str = "") -> list[re.Match[str]]:
    """Return the matches of ``pattern`` in ``text``, in order, as ``pattern.finditer(text)``
    returns them; ``pattern`` opens each of its branches with a multiline ``^`` and matches
    at least one character. With ``openers``, the pattern is tried only on lines whose first
    character after spaces and tabs is one of them: every match of the pattern must open so."""
    out: list[re.Match[str]] = []
    at = 0
    size = len(text)
    while at <= size:
        match = pattern.match(text, at) if not openers or opening(text, at) in openers else None
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


def opening(text: str, at: int) -> str:
    """Return the first character at or after ``at`` that is no space or tab ("" at the
    text's end): the one that opens the line starting at ``at``."""
    size = len(text)
    while at < size and text[at] in " \t":
        at += 1
    return text[at] if at < size else ""
