"""Whose voice a picture or video script gives after the name caption it puts on screen: a
lower third, super or strap ("LOWER THIRD: KASIA WRÓBEL | Commodities analyst", "LT: PAVEL
ZHDANOVICH · Released 11 September 2025") names the one who speaks in the sound on the lines
just below it ("SOT: "…"", "00:06 SOT (Tape A): "…"", or the quotation alone on its line), and
a later line labelled by a word of that name ("VOLHA: "…"", "Joe: "…"") gives the same voice.

The caption words are ``name_captions`` in ``data/extract/speech.yaml``, the words a caption
shows when it names nobody ``caption_unnamed``.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.resolve import Resolver

_CAPTIONS: Final = lx.alternation(lx.words("speech", "name_captions"))
# (each caption's first word, looked for as plain text before any caption's pattern: most
# texts show no caption, and a plain search is many times faster than the pattern's scan)
_CAPTION_FIRST_WORDS: Final = tuple(
    sorted({w.split()[0] for w in lx.words("speech", "name_captions")})
)
_CUTS: Final = lx.alternation(lx.words("speech", "script_cuts"))
_UNNAMED: Final = frozenset(lx.words("speech", "caption_unnamed"))
_HONORIFICS: Final = frozenset(lx.table("names", "honorific_genders"))
_LINES_BACK: Final = 3  # how many lines above the sound its caption may stand
_HEAD_REACH: Final = 80  # how long a cue before the sound on its line may be
_LINE_REACH: Final = 400  # how far above the sound its caption may stand
# (case-sensitive: a script writes its cues in capitals; "Super" in a sentence is no caption)
_CAPTION_RE: Final = re.compile(
    rf"(?<![\w-])(?:{_CAPTIONS})[ \t]*[:—–][ \t]*"
    r"(?P<name>[^\W\d_][\w’'.-]*(?:[ \t]+[^\W\d_][\w’'.-]*){1,4}?)"
    r"[ \t]*(?=[|·•,–—/(\]]|[ \t]-[ \t]|$)",
    re.M,
)
# what may stand before the quotation on its line: a time code, then a cut's word ("SOT:",
# "SOT (Tape B 15:47:30):") or a one-word label ("VOLHA:"), or nothing
_SOUND_HEAD_RE: Final = re.compile(
    r"[ \t]*(?:\[?\d{1,2}(?:[:.]\d{2}){1,2}\]?[ \t]*)?"
    rf"(?:(?:{_CUTS})(?:[ \t]*\([^()\n]{{0,40}}\))?[ \t]*:|(?P<label>[^\W\d_][\w’'-]*)[ \t]*:)?"
    r"[ \t]*"
)


class NameCaptions:
    """The name captions of one script, read the first time a quotation may follow one."""

    def __init__(self, masked: str, resolver: Resolver) -> None:
        self.masked = masked
        self.resolver = resolver
        self._captions: list[tuple[int, str]] | None = None

    def speaker(self, open_: int) -> str | None:
        """Return whose voice the quotation opening at ``open_`` gives when the script put
        their name on screen just above it, or labels its line by a word of a name it put on
        screen before; None otherwise."""
        # (a short stretch only: a text without line breaks must not be searched per quotation)
        lo = max(0, open_ - _HEAD_REACH)
        line = self.masked.rfind("\n", lo, open_) + 1
        if line == 0 and lo > 0:
            return None
        # (the text's captions first, read once: most texts show none, and then no line's
        # head need be read)
        captions = self._all()
        if not captions:
            return None
        head = _SOUND_HEAD_RE.fullmatch(self.masked, line, open_)
        if head is None:
            return None
        label = head.group("label")
        if label is not None:
            # ("VOLHA:" after "LOWER THIRD: VOLHA TSERASHKA": the caption whose name it shortens)
            for at, name in reversed(captions):
                words = name.upper().split()
                if at < line and label.upper() in (words[0], words[-1]):
                    return self._as_named(name)
            return None
        first = line
        for _ in range(_LINES_BACK):
            if first == 0:
                break
            first = self.masked.rfind("\n", max(0, line - _LINE_REACH), first - 1) + 1
        shown = [name for at, name in captions if first <= at < line]
        return self._as_named(shown[-1]) if shown else None

    def _all(self) -> list[tuple[int, str]]:
        """Return the offset and name of every caption that names someone."""
        if self._captions is None:
            self._captions = []
            if not any(word in self.masked for word in _CAPTION_FIRST_WORDS):
                return self._captions  # (the plain test first: most texts show no caption)
            for found in _CAPTION_RE.finditer(self.masked):
                words = found.group("name").split()
                while words and words[0].rstrip(".").title() in _HONORIFICS:
                    words = words[1:]
                if len(words) < 2 or any(w.upper() in _UNNAMED for w in words):
                    continue
                if not all(w[0].isupper() for w in words):
                    continue
                self._captions.append((found.start(), " ".join(words)))
        return self._captions

    def _as_named(self, name: str) -> str:
        """Return the caption's name as the text names the person in full, else in title case
        when the caption spells it in capitals."""
        words = name.split()
        full = self.resolver.by_surname(words[-1])
        if full is not None and full.split()[0].upper() == words[0].upper():
            return full
        return " ".join(w.title() for w in words) if name.isupper() else name
