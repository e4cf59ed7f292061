"""Who said the words a fact-check quotes under its claim's label: 'CLAIM: "…"' is the piece's
part, not a speaker, and the one who said the words is given in a field line after it ('WHO
SAID IT: Ihar Marozau, presenter of …', 'Source: Telegram channel Belarus Forward, post of 3
January'); the name is the last run of capitalised words (or the handle) before the field's
first comma, past the kind of account it was posted by."""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx

_LABEL_WORDS: Final = frozenset(lx.words("speech", "claim_labels"))
_LABELS: Final = lx.alternation(sorted(_LABEL_WORDS, key=len, reverse=True))
_FIELDS: Final = lx.alternation(lx.words("speech", "claim_speaker_fields"))
# the claim's label right before the quotation mark, at the start of its line
_CLAIM_LABEL_RE: Final = re.compile(rf"(?:^|\n)[ \t]*(?:{_LABELS})[ \t]*:[ \t]*$", re.IGNORECASE)
# a field that gives who made the claim, on one of the lines after it
_FIELD_RE: Final = re.compile(rf"\n[ \t]*(?:{_FIELDS})[ \t]*:[ \t]*(?P<who>[^\n]+)", re.IGNORECASE)
_FIELD_LINES: Final = 3  # the most lines after the claim's own looked at for the field
# a name: a handle, or a run of capitalised words (with the small words inside names)
_NAME_RUN_RE: Final = re.compile(
    r"@[\w.]*\w|[A-Z][\w’'.-]*(?:\s+(?:(?:of|the|for|van|von|de|der)\s+)*[A-Z][\w’'.-]*)*"
)
_LABEL_REACH: Final = 40  # how far before the quotation mark the label is looked for


def claim_speaker(headed: str, open_: int) -> tuple[bool, str | None]:
    """Return whether the quotation opening at ``open_`` in ``headed`` (the text with its
    headings in place) stands under a claim's label, and then who said it as a field line
    after it gives, or None when no field does."""
    reach = max(0, open_ - _LABEL_REACH)
    # (the label's colon first: most quotations have none before them)
    if headed.find(":", reach, open_) < 0 or _CLAIM_LABEL_RE.search(headed, reach, open_) is None:
        return False, None
    line_end = headed.find("\n", open_)
    if line_end < 0:
        return True, None
    end = line_end
    for _ in range(_FIELD_LINES):
        next_end = headed.find("\n", end + 1)
        end = len(headed) if next_end < 0 else next_end
    field = _FIELD_RE.search(headed, line_end, end)
    if field is None:
        return True, None
    who = re.split(r"[,;(]", field.group("who"), maxsplit=1)[0]
    runs = _NAME_RUN_RE.findall(who)
    handles = [run for run in runs if run.startswith("@")]
    if handles:
        return True, handles[-1]
    return True, (runs[-1] if runs else None)


def is_claim_label(word: str) -> bool:
    """Return True when ``word`` is a claim's label ("CLAIM", "The claim"), in any case."""
    return word.lower() in _LABEL_WORDS
