"""Who holds a meeting's offices, as the record's list of those present names them.

Minutes and summary records name the chair, the treasurer and the secretary once, in the list
of those present ("Present: Alena Sakalouskaya (Chair), Richard Hale (Treasurer), …"; "Chair:
Gerrit Vandenbroucke"), and then only by the office: "The Chair asked the trustees …. '…,' she
said". The office is the person who held it at that meeting.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.word_gates import ascii_lower

_OFFICES: Final = lx.words("roles", "meeting_offices")
_OFFICE: Final = lx.alternation(_OFFICES)
# an honorific or a title before the name, no part of it ("Ms Ingrid Solberg", "Cllr …")
_TITLE: Final = rf"(?:(?:{lx.HONORIFICS}|Cllr|Revd|Rev|Sr|Fr)\.?\s+)?"
# "Alena Sakalouskaya (Chair)", "Hanna Yermak (Executive Director, ex officio)"
_HOLDER_RE: Final = re.compile(
    rf"{_TITLE}(?P<name>[A-ZÀ-Ž][\w’'-]+(?:\s+(?:[A-ZÀ-Ž][\w’'.-]+|de|van|von|der|Ní|Ó)){{1,3}})"
    rf"\s*\((?P<office>(?i:{_OFFICE}))(?:\s*,[^)\n]{{0,40}})?\)"
)
# "Chair: Gerrit Vandenbroucke (Belgian railway workers' union)" on a line of its own
_OFFICE_LINE_RE: Final = re.compile(
    rf"^(?P<office>(?i:{_OFFICE}))\s*:\s*{_TITLE}(?P<name>[A-ZÀ-Ž][\w’'-]+(?:\s+[A-ZÀ-Ž][\w’'-]+){{1,3}})",
    re.MULTILINE,
)
# the office a sentence opens with: "The Chair thanked …", "The chair closes at 21:15"
_OPENING_OFFICE_RE: Final = re.compile(rf"\s*[Tt]he\s+(?P<office>(?i:{_OFFICE}))\b(?!\s+of\b)")
# the offices in lower case, as they stand after a bracket or before a colon ("(chair")
_OFFICE_WORDS: Final = tuple(office.lower() for office in _OFFICES)
_LIST_REACH: Final = 2500  # how far into the record its list of those present may stand


def office_holders(text: str) -> dict[str, str]:
    """Return, by office in lower case ("chair", "treasurer"), who holds it as the list of
    those present near the top of ``text`` names them; empty when there is no such list."""
    head = text[:_LIST_REACH]
    # (plain searches first: most texts name no office in brackets or before a colon; the
    # offices are English words, whose capitals are ASCII)
    lowered = ascii_lower(head)
    if not _names_office(lowered):
        return {}
    found: dict[str, str] = {}
    for match in [*_HOLDER_RE.finditer(head), *_OFFICE_LINE_RE.finditer(head)]:
        found.setdefault(" ".join(match.group("office").lower().split()), match.group("name"))
    return found


def _names_office(lowered: str) -> bool:
    """Return True when an office stands right after a bracket or right before a colon in
    ``lowered`` ("(chair", "treasurer:"), a text in lower case."""
    # (read at each bracket and colon, of which a text holds few, not by a search for each
    # office in turn over the whole head of the text)
    at = lowered.find("(")
    while at >= 0:
        if lowered.startswith(_OFFICE_WORDS, at + 1):
            return True
        at = lowered.find("(", at + 1)
    at = lowered.find(":")
    while at >= 0:
        if lowered.endswith(_OFFICE_WORDS, 0, at):
            return True
        at = lowered.find(":", at + 1)
    return False


def opening_office(masked: str, start: int, end: int, holders: dict[str, str]) -> str | None:
    """Return who holds the office the sentence ``masked[start:end]`` opens with ("The Chair
    thanked the lawyers."), when ``holders`` names them; else None."""
    if not holders:
        return None
    found = _OPENING_OFFICE_RE.match(masked, start, end)
    if found is None:
        return None
    return holders.get(" ".join(found.group("office").lower().split()))
