"""Who speaks when a quotation is told by "the <head>" alone ('"…," the donor told the
Centre', '"…," said the recipient') and no mention holds the head: the person the text
described before by that head ("a retired teacher in Akashi" for "the teacher"), or the head
as written where the text spoke of "the donor" before. Not where the text gave a name with the
head, nor where someone named just before is speaking (the head refers back to them), nor for
an office, a body's staff or a plain person ("the man")."""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.mentions import Mentions
from doorwatch.extract.quotes import QuoteSpan
from doorwatch.extract.sentences import SentenceIndex
from doorwatch.extract.unnamed_speakers import PLAIN_NOUNS, SPEAKER_HEADS, described_earlier

_VERBS: Final = lx.SPEECH_VERBS
_REACH: Final = 1600  # how far back "the donor" may refer to how the text described them
# a person named just before, speaking ("Anatol Shuneika wrote that …")
_SPOKE_AFTER_RE: Final = re.compile(rf"(?:[’']s)?\s+(?:[a-z]+\s+)?(?:{lx.SPEECH_VERBS})\b")

# the nouns no definite head is read for: an office's holder, who speaks for it ("the
# minister said" is whoever holds it)
_OFFICES: Final = frozenset(lx.words("roles", "person_role_nouns"))
_FULL_NAME: Final = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
# '," the donor told the Centre', '," said the recipient': the head after the quotation
_THE_HEAD_AFTER_RE: Final = re.compile(
    rf"[\s,;:–—-]*(?:(?P<first>{_VERBS})\s+)?the\s+(?P<noun>{SPEAKER_HEADS})\b"
    # (not '," said the driver, Ivan Petrou': the name after the head is who speaks)
    rf"(?(first)(?=\s*[.;]|\s*,(?!\s*[A-Z])|\s+(?:to|in|on)\b)|\s+(?:{_VERBS})\b)"
)


def _definite_after(masked: str, start: int, end: int) -> str | None:
    """Return the speaker of a quotation that "the <head>" is told right after (``start`` is
    just past its closing mark): the first description by that head within
    ``_REACH`` characters before ("a retired teacher in Akashi"), else "the <head>" as written where the
    text spoke of "the <head>" before; None when no such head follows, it names an office or a
    plain person ("the man"), or the text gave a name with it (the names tell who it is)."""
    found = _THE_HEAD_AFTER_RE.match(masked, start, end)
    if found is None or found.group("noun") in _OFFICES or found.group("noun") in PLAIN_NOUNS:
        return None  # (an office's holder, or "the man", whoever the text described before)
    noun = found.group("noun")
    # ("the donor, Ales Pushkarou," or "Ales Pushkarou, a former donor,")
    named = re.compile(
        rf"\b{noun},?\s+(?P<name>[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)\b(?!\s+[A-Z])|"
        rf"\b(?P<before>{_FULL_NAME}),\s+(?:an?|the|one)\s+(?:[\w’'-]+\s+){{0,4}}?{noun}\b"
    ).search(masked, max(0, start - _REACH), start)
    if named is not None:
        return None
    earlier = described_earlier(masked, noun, start, _REACH)
    if earlier is not None:
        return earlier
    # ("Lent by the donor. … the donor says …": a person the text spoke of before by the same
    # head, the one meant)
    told = re.compile(rf"\bthe\s+{noun}\b").search(masked, max(0, start - _REACH), found.start())
    return f"the {noun}" if told is not None else None


def definite_speaker(
    masked: str, mentions: Mentions, index: SentenceIndex, quote: QuoteSpan, end: int
) -> str | None:
    """Return the speaker "the <head>" right after the closed ``quote`` (before ``end``, the
    end of the window read after it) stands for, or None (see the module's doc)."""
    if quote.unclosed:
        return None
    # (not "Anatol Shuneika wrote that …, '…,' the columnist argued": someone named speaking
    # just before, whom the head refers back to)
    since = index.spans[max(0, index.index(quote.open) - 1)][0]
    for m in mentions.within(since, quote.open):
        if m.kind == "person" and _SPOKE_AFTER_RE.match(masked, m.end):
            return None
    return _definite_after(masked, quote.close + 1, end)
