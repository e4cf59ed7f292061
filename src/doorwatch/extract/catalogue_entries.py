"""Whose words an archive catalogue's entry quotes from its item.

A finding aid describes each item and may quote it: "Box 1, Folder 3. Letter, Aliaksei Hlebik
to Tamara Hlebik, 14 September 2020. … Includes the line: '…'"; a record of an oral history
gives its fields ("Interviewee: Natallia Lapitskaya (b. 1982), nurse … Excerpt: '…'"); a
recording's entry opens with who speaks in it ("Track 03 (48 min). Mother of a 24-year-old
student, Warsaw, 14 April 2022. … Excerpt from the transcript: '…'"). The words are the item's
writer's, or its speaker's: the one the entry's heading names or describes. Read only where the
quotation's own sentence is nothing but the catalogue's frame for the item's words
(``catalogue_frames`` in ``data/extract/speech.yaml``).
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx

_FRAMES: Final = lx.alternation(
    sorted(lx.words("speech", "catalogue_frames"), key=len, reverse=True)
)
# the frame, alone before the quotation since the last full stop, line or label
_FRAME_RE: Final = re.compile(rf"(?:^|(?<=[.\n])|(?<=\.\s)|(?<=:\s))\s*(?i:{_FRAMES})\s*:\s*$")
_NAME: Final = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}"
# "Interviewee:  Natallia Lapitskaya (b. 1982), nurse"
_FIELD_RE: Final = re.compile(
    rf"^[ \t]*(?i:{lx.alternation(lx.words('speech', 'catalogue_fields'))})[ \t]*:[ \t]*"
    rf"(?P<name>{_NAME})",
    re.MULTILINE,
)
# "Letter, Aliaksei Hlebik to Tamara Hlebik, 14 September 2020", "Printed prison postcard,
# Iryna Sauchuk to her mother": a piece, its writer, then to whom
_PIECE_TO_RE: Final = re.compile(
    rf"\b(?i:{lx.SENT_PIECES})\b[^.,\n]{{0,30}},\s+(?P<name>{_NAME}|\"[^\"\n]{{2,40}}\")\s+to\s+"
)
# "Track 03 (48 min). Mother of a 24-year-old student, Warsaw, …": a recording's speaker,
# described
_DESCRIBED_ENTRY_RE: Final = re.compile(
    r"^[ \t]*(?:Track|Unit|File|Item|Tape|Recording)\s+[\w/.-]+(?:\s*\([^()\n]{1,30}\))?\.\s+"
    r"(?:(?:Testimony|Interview|Account|Recording)\s+(?:of|with|by)\s+)?(?:an?\s+)?"
    r"(?P<desc>[A-Z][a-z]+(?:\s+[\w’'-]+){0,5}?)\s*,"
)
# "Notes: The artist told the Library by e-mail: …" under "Creator: Ales Vabishchevich
# (artist)": the one the record names with that role, by the role alone
_THE_ROLE_LEAD_RE: Final = re.compile(
    r"(?:^|(?<=[.\n])|(?<=[.:]\s))\s*[Tt]he\s+(?P<noun>[a-z]+)\s+"
    rf"(?:{lx.SPEECH_VERBS})\b[^.:\"“”\n]{{0,60}}:\s*$"
)
_ENTRY_REACH: Final = 900  # how far back an entry's heading may stand from the words it quotes


def catalogue_writer(masked: str, open_: int) -> str | None:
    """Return the writer or speaker of the item whose words the catalogue's entry quotes at
    ``open_``, or None when the words are not framed as the item's or the entry names no one."""
    if masked.rfind(":", max(0, open_ - 16), open_) < 0:
        return None  # (the plain test first: the frame ends in a colon)
    framed = _FRAME_RE.search(masked, max(0, open_ - 60), open_)
    role = (
        None if framed is not None else _THE_ROLE_LEAD_RE.search(masked, max(0, open_ - 100), open_)
    )
    if framed is None and role is None:
        return None
    start = masked.rfind("\n\n", max(0, open_ - _ENTRY_REACH), open_)
    if start < 0 and open_ > _ENTRY_REACH:
        return None
    entry = masked[max(0, start + 2) : open_]  # (the text's first entry has no blank line)
    if role is not None:
        named = re.search(rf"(?P<name>{_NAME})\s*\([^()\n]*\b{role['noun']}\b", entry)
        return named.group("name") if named is not None else None
    for pattern in (_FIELD_RE, _PIECE_TO_RE):
        found = pattern.search(entry)
        if found is not None:
            return found.group("name").strip('"')
    described = _DESCRIBED_ENTRY_RE.match(entry)
    return described.group("desc") if described is not None else None
