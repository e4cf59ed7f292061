"""Text hard-wrapped at a fixed width, as a PDF report's text comes out of extraction: each
line of a paragraph ends where the page's column ended, so a sentence, a quotation or a name
runs over several lines.

``unwrap_lines`` reads such a text as its paragraphs: each line break inside a wrapped
paragraph becomes a space, so that offsets into the text stay as they were. A text whose lines
do not fill one width (news copy, whose paragraphs are single long lines) is left as it is, and
so are the breaks before list items, table rows, rules, footnotes and short lines.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

_MIN_LINES: Final = 8  # fewer lines than this tell nothing about a width
_MAX_WIDTH: Final = 110  # a column wider than this is no page's
_MIN_WIDTH: Final = 50
_FULL: Final = 0.6  # a line this share of the width long is one the wrap filled
_FITTING_SHARE: Final = 0.8  # the share of the long lines that must fit a page's width
_WRAPPED_SHARE: Final = 0.5  # the share of the text's long lines that must fill the width
_INSIDE_SHARE: Final = 0.15  # the share of them that must break inside a sentence
_LONG: Final = 30  # a line shorter than this tells nothing about the width
# what opens a line of its own: a list item, a numbered part, a footnote, a rule, a table row
_OWN_LINE_RE: Final = re.compile(
    r"[ \t]*(?:[•◦▪‣·*–—»►●■-][ \t]|\d{1,3}(?:\.\d{1,3})*[.)]?[ \t]+[A-Z]|\(?[a-z]\)[ \t]|"
    r"[¹²³⁴⁵⁶⁷⁸⁹⁰]|[_─━=-]{3,}|Table\b|Figure\b|Box\b|Source:|Note:)"
)
# the rest of a word a hyphen broke at a line's end: letters in lower case, then its end
_WORD_REST_RE: Final = re.compile(r"[a-z]+(?=[\s,.;:!?)’'\"”]|$)")
# a line laid out in columns (a table's row, a running header with a page number)
_COLUMNS_RE: Final = re.compile(r"\S[ \t]{3,}\S|\||\.{4,}|·")


def _width(lines: list[str]) -> int | None:
    """Return the width ``lines`` were wrapped at, or None when they were not wrapped at one:
    most long lines fill it, and many end inside a sentence that the next line goes on with
    in lower case (not an infographic's or an easy-read text's short lines)."""
    lengths = [len(line.rstrip()) for line in lines]
    long_lines = sorted(n for n in lengths if n >= _LONG)
    # (a few lines past any page's width, a title or a table's row, leave the width to the
    # rest: most lines must fit it)
    fitting = [n for n in long_lines if n <= _MAX_WIDTH + 2]
    if len(fitting) < _MIN_LINES or len(fitting) < _FITTING_SHARE * len(long_lines):
        return None
    width = fitting[int(len(fitting) * 0.9) - 1]
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:
        return None
    filled = sum(1 for n in long_lines if width * _FULL <= n <= width + 2)
    if filled < _WRAPPED_SHARE * len(long_lines):
        return None
    inside = sum(
        1
        for line, following in pairwise(lines)
        if len(line.rstrip()) >= _LONG
        and following[:1].islower()
        and line.rstrip()[-1:] not in ".!?:;"
    )
    return width if inside >= max(4, _INSIDE_SHARE * len(long_lines)) else None


def unwrap_lines(text: str) -> str:
    """Return ``text`` with each line break inside a hard-wrapped paragraph made a space (the
    same length, so every offset stays), or ``text`` itself when its lines are not wrapped at
    one width."""
    if text.count("\n") < _MIN_LINES:
        return text
    lines = text.split("\n")
    width = _width(lines)
    if width is None:
        return text
    full = width * _FULL
    out = list(text)
    at = 0
    for line, following in pairwise(lines):
        at += len(line)  # the break after ``line``
        stripped = line.rstrip()
        if (
            len(stripped) >= full
            and following.strip()
            and not _OWN_LINE_RE.match(following)
            and not _COLUMNS_RE.search(stripped)
            and not _COLUMNS_RE.search(following)
            and not stripped.isupper()
        ) or (
            # ('   “I was sentenced for a donation of\n    twenty roubles.”': a quotation
            # set apart in a box, its lines short, runs on to its closing mark)
            line.count("“") > line.count("”") and "”" in following
        ):
            out[at] = " "
            rest = _WORD_REST_RE.match(following)
            if line.endswith("-") and line[-2:-1].islower() and rest is not None:
                # ("Several thou-\nsand protesters": a word hyphenated across the break is
                # one word again, its end moved up over the hyphen and the break, which
                # become spaces after it)
                size = rest.end()
                out[at - 1 : at - 1 + size] = following[:size]
                out[at - 1 + size : at + 1 + size] = "  "
        at += 1
    return "".join(out)
