"""Who speaks when more stands between the one described and the words: why they go unnamed
('"…," a Belarusian economist who asked not to be named told us'), how the writer reached
them ('"…," said one diplomat interviewed for this brief'), or the outlet that quoted them
('Reuters quoted a senior diplomat as saying the deal was "a first step"').

``doorwatch.extract.unnamed_speakers`` reads the plain shapes ('"…," a diplomat told us');
these are tried only where those found no one.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.unnamed_speakers import SPEAKER_HEADS, as_described
from doorwatch.extract.word_gates import any_in

_VERBS: Final = lx.SPEECH_VERBS
_LEAD: Final = r"[\s,;:–—-]*"
_ARTICLE: Final = r"(?:an?|one)\s+"
# the one described: a head, with a few words before it ("Belarusian economist", "EU diplomat")
_HEAD: Final = rf"(?:[\w’'-]+\s+){{0,3}}?(?:{SPEAKER_HEADS})"
# how the writer reached them ("interviewed for this brief", "contacted by phone")
_REACHED: Final = r"(?:interviewed|contacted|reached|consulted)\b"
# why they go unnamed ("who asked not to be named", "who declined to give her name")
# (one of these words stands in every match of the aside after a quotation below)
_ASIDE_WORDS: Final = ("interviewed", "contacted", "reached", "consulted", "who")
_UNNAMED: Final = r"who\s+(?:asked|declined|requested|did\s+not\s+want)\b[^,\"“”.]{1,60}?"
_ASIDE_AFTER_RE: Final = re.compile(
    rf"{_LEAD}(?:(?:{_VERBS})\s+{_ARTICLE}(?P<who>{_HEAD})\s+{_REACHED}|"
    rf"{_ARTICLE}(?P<first>{_HEAD})\s+(?:{_REACHED}[^,\"“”.]{{1,60}}?|{_UNNAMED})\s+"
    rf"(?:{_VERBS})\b)"
)


# the verbs by which an outlet or a body gives another's words ("quoted", "citing")
CITING: Final = r"(?:quotes|quoted|quoting|cites|cited|citing)"
# 'Reuters quoted a senior diplomat as saying the deal was "a first step"': the one an outlet
# quoted, described, not the outlet
_QUOTED_AS_RE: Final = re.compile(
    rf"\b{CITING}\s+{_ARTICLE}(?P<who>{_HEAD})\s+"
    rf"(?:as\s+)?(?:{lx.PARTICIPLES})\b[^.!?\"“”]{{0,160}}$"
)


def quoted_described(masked: str, start: int, end: int) -> str | None:
    """Return the description of the one an outlet or a body quoted as saying the words that
    open at ``end`` (``start`` is their sentence's start), or None."""
    window = masked[start:end]
    if "quot" not in window and "cit" not in window:
        return None  # (the plain test first: most sentences quote no one so)
    found = _QUOTED_AS_RE.search(masked, start, end)
    return as_described(found.group("who")) if found is not None else None


def aside_described(masked: str, start: int, end: int) -> str | None:
    """Return the description of an unnamed speaker told right after a quotation (``start``
    is just past its closing mark) with an aside on how they were reached or why they go
    unnamed, or None."""
    # (each shape holds a word of how they were reached or "who": a plain test first)
    if not any_in(masked, start, end, _ASIDE_WORDS):
        return None
    found = _ASIDE_AFTER_RE.match(masked, start, end)
    if found is None:
        return None
    return as_described(found.group("who") or found.group("first"))
