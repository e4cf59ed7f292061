"""Who wrote a note on an official paper, as the line that gives the words says.

Papers released under freedom-of-information laws carry their readers' notes: "Minister's
annotation (manuscript), 11 January 2021: '…'", "Vice-Minister's resolution (handwritten):
'…'", "Annotation by the Secretary of State: '…'", "Comment by Andrea Zurbuchen, Head of
Section: '…'". The words are the note's author's: an office, given as fully as the paper gives
it elsewhere ("Minister" where the paper is addressed "To: Minister for Europe"), or a name.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx

_NOTES: Final = lx.alternation(lx.words("speech", "annotation_nouns"))
_OFFICE: Final = (
    r"(?:[A-Z][\w-]*\s+){0,2}?[A-Z][\w-]*(?:\s+(?:of|for)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
)
# "Minister's annotation (manuscript), 11 January 2021: ", "Minister's office comment: "
_OWNED_NOTE_RE: Final = re.compile(
    rf"[ \t]*(?P<who>{_OFFICE})[’']s\s+(?P<office>office\s+)?(?:[a-z]+\s+)?(?i:{_NOTES})\b"
    r"[^:\n\"“”]{0,60}:[ \t]*$"
)
# "Annotation by the Secretary of State: ", "Comment by Andrea Zurbuchen, Head of Section: "
_NOTE_BY_RE: Final = re.compile(
    rf"[ \t]*(?:[A-Z][a-z]+\s+)?(?i:{_NOTES})\s+by\s+(?:the\s+)?(?P<who>[A-Z][^,:\n\"“”]{{1,60}}?)"
    r"(?:\s*,\s*[^:\n\"“”]{1,60})?:[ \t]*$"
)
_LINE_REACH: Final = 160  # how far before the quotation mark the note's line may begin


def noted_by(headed: str, open_: int) -> str | None:
    """Return who wrote the note whose line leads into the quotation opening at ``open_`` in
    ``headed`` (the text with its headings in place), or None when no such line does."""
    line_start = headed.rfind("\n", max(0, open_ - _LINE_REACH), open_) + 1
    if line_start == 0 and open_ > _LINE_REACH:
        return None
    if headed.rfind(":", line_start, open_) < 0:
        return None  # (the plain test first: most quotations have no colon before them)
    found = _OWNED_NOTE_RE.match(headed, line_start, open_) or _NOTE_BY_RE.match(
        headed, line_start, open_
    )
    if found is None:
        return None
    who = found.group("who")
    if found.re is _OWNED_NOTE_RE and found.group("office"):
        return f"{who}'s office"  # ("Minister's office comment": the office's)
    # (the office as fully as the paper gives it: "To: Minister for Europe")
    fuller = re.search(rf"\b{re.escape(who)} (?:for|of) [A-Z][\w-]*(?: [A-Z][\w-]*){{0,2}}", headed)
    return fuller.group() if fuller is not None and " " not in who else who
