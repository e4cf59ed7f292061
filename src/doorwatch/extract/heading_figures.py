"""Counts that only a title line or a line in capitals states ("CARD: 969 POLITICAL PRISONERS
AT THE START OF 2022", a script's on-screen "GFX 1: ON 30 SEPTEMBER, VIASNA COUNTS 1,201
POLITICAL PRISONERS", a prompter's copy): such a line is read like a sentence, in sentence
case when it is in capitals, and its count is kept only when the body states no count of the
same value, since a headline that repeats the body's figure is one figure, not two.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.claims import Figure
from doorwatch.extract.dates import MONTHS, WEEKDAYS
from doorwatch.extract.figures import find_figures
from doorwatch.extract.sentences import Paragraph, sentences

_DIGIT_RE: Final = re.compile(r"\d")
_NUMBER_LINE_RE: Final = re.compile(
    r"\s*\d[\d,.\s]*"
)  # ("1,430": a panel's figure on its own line)
# (the plain test before the figures' patterns: a line that names no one held, freed or
# detained states no count of them)
_CUE_RE: Final = re.compile(lx.alternation(lx.words("tables", "count_line_stems")))
_CALENDAR_RE: Final = re.compile(
    r"\b(?:"
    + "|".join(sorted((*(m for m in MONTHS if len(m) > 3), *WEEKDAYS), key=len)[::-1])
    + r")\b"
)


def heading_figures(
    text: str, paras: list[Paragraph], published: dt.date | None, body: list[Figure]
) -> list[Figure]:
    """Return the figures the title lines and the lines in capitals of ``text`` state whose
    values none of ``body`` (the figures read elsewhere) states."""
    joined = _with_numbers_joined(text, paras)
    heads = [
        p
        for p in joined
        if text[p.start] != "|"  # (a table's row: see count_tables)
        # (a title or capitals first: the search for a digit reads a whole paragraph)
        and (p.heading or text[p.start : p.end].isupper())
        and _DIGIT_RE.search(text, p.start, p.end) is not None
        and _CUE_RE.search(text[p.start : p.end].lower()) is not None
    ]
    if not heads:
        return []
    pieces: list[str] = []
    at = 0
    for p in heads:
        pieces.append(" " * (p.start - at))
        pieces.append(joined.get(p) or _as_sentence(text[p.start : p.end]).replace("\n", " "))
        at = p.end
    pieces.append(" " * (len(text) - at))
    read = "".join(pieces)
    lines = [Paragraph(p.start, p.end, False) for p in heads]
    # (by value alone: "Belarus hands over 31 Ukrainians held in its prisons" above "released
    # 31 Ukrainian citizens" is the body's count, whatever the title's words make of it)
    told = {f.value for f in body}
    return [f for f in find_figures(read, sentences(read, lines), published) if f.value not in told]


def _with_numbers_joined(text: str, paras: list[Paragraph]) -> dict[Paragraph, str | None]:
    """Return ``paras`` (as keys, in order) with a title line that is a number alone joined to
    the line under it when that line goes on in lower case, as a panel's big figure and its
    words do ("1,430" / "people held as political prisoners on 4 January 2024"); and a
    listicle's numbered figure ("1. 1,135", "969") joined to the first sentence of the
    paragraph right under it that says what it counts ("Political prisoners held on 23
    December, by …"), the text to read for it as the value."""
    out: dict[Paragraph, str | None] = {}
    skip = False
    for i, p in enumerate(paras):
        if skip:
            skip = False
            continue
        under = paras[i + 1] if i + 1 < len(paras) else None
        if under is None or not p.heading or under.start != p.end + 1:
            out[p] = None
            continue
        if (
            under.heading
            and text[under.start].islower()
            and _NUMBER_LINE_RE.fullmatch(text, p.start, p.end) is not None
        ):
            out[Paragraph(p.start, under.end, True)] = None
            skip = True
        elif (entry := _ENTRY_NUMBER_RE.fullmatch(text, p.start, p.end)) is not None and (
            text[under.start].isupper() and not under.heading
        ):
            first = _FIRST_SENTENCE_RE.match(text, under.start, under.end)
            end = first.end() if first is not None else under.end
            read = (
                " " * (entry.start("value") - p.start)
                + text[entry.start("value") : p.end]
                + " "
                + text[under.start].lower()
                + text[under.start + 1 : end]
            )
            out[Paragraph(p.start, end, True)] = read
            skip = True
        else:
            out[p] = None
    return out


# a numbered entry's figure on its own line ("1. 1,135", "3) 342", "969"), not a year
_ENTRY_NUMBER_RE: Final = re.compile(
    r"\s*(?:\d{1,2}[.)]\s+)?(?P<value>(?!(?:19|20)\d\d\s*$)\d{1,3}(?:,\d{3})*|\d{4,6})\s*"
)
# the first sentence of the line under it, what the figure counts
_FIRST_SENTENCE_RE: Final = re.compile(r"[^\n]*?[.!?](?=\s+[A-Z\"“]|\s*$)")


def _as_sentence(line: str) -> str:
    """Return a line in capitals in sentence case, its months and days capitalised, with the
    same length; any other line as it is."""
    if any(c.islower() for c in line):
        return line
    lowered = line.lower()
    if len(lowered) != len(line):
        return line  # (a letter whose lower case is longer: the offsets must not move)
    return _CALENDAR_RE.sub(lambda m: m.group().capitalize(), lowered)
