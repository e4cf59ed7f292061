"""Quotations: spans between quotation marks, paired paragraph by paragraph.

Straight and curly double quotes, „low-high“ and «guillemets» pair within a paragraph. A
paragraph that opens a quotation and never closes it ends the quotation at the paragraph's
end: news style then continues the same speaker's words in the next paragraph, which opens
with a fresh quotation mark. Single quotes count only in paragraphs with no double quotes,
and only where they cannot be apostrophes.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from doorwatch.extract.sentences import Paragraph

_DOUBLE_RE = re.compile(r"[\"“”„«»″]")
_OPENERS = "“„«"
_CLOSERS = "”»"
_STRAIGHT = '"″'
_SINGLE_OPEN_RE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))[‘'](?=[\w\[])")
_SINGLE_CLOSE_RE = re.compile(r"(?<=[\w.,!?…\])—-])[’'](?=[\s.,;:!?)\]—–-]|$)")
_TRIM = " \t,;:—–-"


class QuoteSpan(NamedTuple):
    """A quotation: ``open``/``close`` are the marks (``close`` = paragraph end if unclosed);
    ``start``/``end`` the trimmed words; ``para`` the paragraph index."""

    open: int
    close: int
    start: int
    end: int
    para: int
    unclosed: bool


def find_quotes(text: str, paras: list[Paragraph]) -> list[QuoteSpan]:
    """Return every quotation in ``text``, in order."""
    out: list[QuoteSpan] = []
    marks = [(m.start(), m.group()) for m in _DOUBLE_RE.finditer(text)]
    positions = [p for p, _ in marks]
    for index, para in enumerate(paras):
        lo = bisect.bisect_left(positions, para.start)
        hi = bisect.bisect_left(positions, para.end)
        found = _double_quotes(text, para, index, marks[lo:hi]) if hi > lo else []
        if hi == lo and (
            text.find("'", para.start, para.end) >= 0 or text.find("‘", para.start, para.end) >= 0
        ):
            found = _single_quotes(text, para, index)
        out.extend(found)
    return out


def _span(text: str, open_: int, close: int, para: int, unclosed: bool) -> QuoteSpan | None:
    start, end = open_ + 1, close
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if end <= start or not any(c.isalnum() for c in text[start:end]):
        return None
    if unclosed and text.count(" ", start, end) < 1:
        return None  # a lone stray mark, not an opened quotation
    return QuoteSpan(open_, close, start, end, para, unclosed)


def _double_quotes(
    text: str, para: Paragraph, index: int, marks: list[tuple[int, str]]
) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    open_: int | None = None
    open_ch = ""
    for pos, ch in marks:
        if open_ is None:
            if ch in _OPENERS or ch in _STRAIGHT:
                open_, open_ch = pos, ch
            continue
        if ch in _CLOSERS or ch in _STRAIGHT or (open_ch == "„" and ch == "“"):
            span = _span(text, open_, pos, index, False)
            if span is not None:
                out.append(span)
            open_ = None
        elif ch in _OPENERS:
            open_, open_ch = pos, ch  # an opener inside an open quotation: the first was stray
    if open_ is not None:
        span = _span(text, open_, para.end, index, True)
        if span is not None:
            out.append(span)
    return out


def _single_quotes(text: str, para: Paragraph, index: int) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    closers = [m.start() for m in _SINGLE_CLOSE_RE.finditer(text, para.start, para.end)]
    position = para.start
    for match in _SINGLE_OPEN_RE.finditer(text, para.start, para.end):
        if match.start() < position:
            continue
        i = bisect.bisect_right(closers, match.start() + 1)
        if i == len(closers):
            break
        close = closers[i]
        span = _span(text, match.start(), close, index, False)
        if span is not None:
            out.append(span)
        position = close + 1
    return out


def mask(text: str, quotes: list[QuoteSpan]) -> str:
    """Return ``text`` with each quotation's words blanked to spaces (same length).

    A final ``.``, ``!`` or ``?`` inside the marks is kept so that sentences still end there.
    """
    if not quotes:
        return text
    pieces: list[str] = []
    last = 0
    for q in quotes:
        inner_start, inner_end = q.open + 1, q.close
        if inner_start < last:
            continue
        pieces.append(text[last:inner_start])
        keep = (
            text[inner_end - 1] if inner_end > inner_start and text[inner_end - 1] in ".!?" else ""
        )
        pieces.append(" " * (inner_end - inner_start - len(keep)) + keep)
        last = inner_end
    pieces.append(text[last:])
    return "".join(pieces)
