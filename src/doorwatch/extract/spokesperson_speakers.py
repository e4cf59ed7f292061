"""Spokespersons, who speak for a body without being named: '," a spokesperson said', 'A
spokesperson for Global Affairs Canada said …', "The State Department's spokesman said": the
body the text names with them, or the one it has just named, speaks.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.unnamed_speakers import (
    ARTICLE,
    SPOKESPERSON,
    after_quotation,
    opens_description,
)

# the end of a speaker named after the verb: punctuation or the sentence's end
_SPEAKER_END: Final = r"(?=\s*(?:[,.;]|$))"
# '," a spokesperson said', '," said a spokesperson.': a spokesperson of no named body
_SPOKESPERSON_VERB_FIRST_RE, _SPOKESPERSON_FIRST_RE = after_quotation(
    rf"(?:[a-z]+\s+)?{SPOKESPERSON}", _SPEAKER_END
)


# 'A spokesperson said: "…"', 'A spokesperson told Motionboard: "…"': the same, before the
# quotation (a verb's object, the outlet or "the newspaper", ends on the colon)
_SPOKESPERSON_BEFORE_RE: Final = re.compile(
    rf"\b{ARTICLE}(?:[a-z]+\s+)?{SPOKESPERSON}\s+(?:{lx.SPEECH_VERBS})"
    r"(?:\s+that|(?:\s+(?:the\s+)?[\w’'-]+){1,3}(?=\s*:))?\s*[,:]?\s*$"
)


def spokesperson_before(masked: str, start: int, end: int) -> int | None:
    """Return where a spokesperson of no named body begins who leads into a quotation that
    opens at ``end`` ('A spokesperson said: "…"'), or None; ``start`` bounds the search."""
    if masked.find("spokes", max(start, end - 60), end) < 0:
        return None
    found = _SPOKESPERSON_BEFORE_RE.search(masked, max(start, end - 60), end)
    return None if found is None else found.start()


def spokesperson_after(masked: str, start: int, end: int) -> bool:
    """Return True when a spokesperson of no named body speaks right after a quotation
    ('," a spokesperson said'): the body the text has just named speaks through them."""
    if masked.find("spokes", start, end) < 0 or not opens_description(masked, start, end):
        return False  # (plain tests first: every shape names a "spokes…" noun)
    return bool(
        _SPOKESPERSON_FIRST_RE.match(masked, start, end)
        or _SPOKESPERSON_VERB_FIRST_RE.match(masked, start, end)
    )


# "a spokesperson for the State Secretariat for Economic Affairs (SECO)", "a spokesman for
# Global Affairs Canada": the body a spokesperson speaks for, named with them
_BODY: Final = (
    rf"{SPOKESPERSON}\s+(?:for|of|at)\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w’'.-]*){0,6})"
    r"(?:\s+\([A-Z][\w.-]*\))?"
)
_BODY_VERB_FIRST_RE, _BODY_FIRST_RE = after_quotation(_BODY, _SPEAKER_END)
_BODY_BEFORE_RE: Final = re.compile(
    rf"\b{ARTICLE}{_BODY}\s+(?:{lx.SPEECH_VERBS})\b[^\"“”.!?;]{{0,160}}$"
)
# 'The State Department's spokesman said on Tuesday, "…"': the body by its possessive
_OWNER_BODY_BEFORE_RE: Final = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<body>[A-Z][\w.-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w.-]*){0,5})"
    rf"[’']s\s+(?:(?:chief|deputy|main|official)\s+)?{SPOKESPERSON}\s+(?:{lx.SPEECH_VERBS})\b"
    r"[^\"“”.!?;]{0,160}$"
)


def _owner_body(masked: str, start: int, end: int) -> re.Match[str] | None:
    """Return the match of a body's spokesperson named by the body's possessive before a
    quotation, when the owner is a body (not "Lukashenko's spokeswoman": a person's)."""
    found = _OWNER_BODY_BEFORE_RE.search(masked, start, end)
    if found is None:
        return None
    body = found.group("body")
    if body in lx.SPEAKING_PLACES or any(w in lx.ORG_WORDS for w in body.split()):
        return found
    return None


def spokesperson_body(masked: str, start: int, end: int, after: bool) -> str | None:
    """Return the body a spokesperson speaks for, named with them right after a quotation
    (``after``: '," a spokesperson for Global Affairs Canada said') or in the sentence that
    leads into it ('A spokesperson for X said the department would … and that "…"'); None
    when no spokesperson of a named body stands there. ``start`` and ``end`` bound the
    words read."""
    if masked.find("spokes", start, end) < 0:
        return None
    found = (
        _BODY_FIRST_RE.match(masked, start, end) or _BODY_VERB_FIRST_RE.match(masked, start, end)
        if after
        else _BODY_BEFORE_RE.search(masked, start, end) or _owner_body(masked, start, end)
    )
    if found is None:
        return None
    body = found.group("body")
    # (the sentence's full stop, not an initial's: "for the State Department.")
    return body[:-1] if body.endswith(".") and body[-2:-1].islower() else body
