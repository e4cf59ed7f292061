"""The author a social post names above the words quoted from it, as posts copied into text
show them: a header line with the author's handle ("↪ Katsiaryna M. @katya_mg · 28 Dec 2024"),
a forwarded post's source ("⤵️ Forwarded from Sviatlana Tsikhanouskaya", an aside in brackets
under it), or a handle before a colon ("From the comments, @zmitser_k: "…"").

The words open the line under the header, or follow the handle's colon on its own line; a
header needs a handle or "Forwarded from" to be one, so that a plain line of capitals (a
heading, a name alone) credits no one.

A wiki talk page's signature ("Hlybokaye Reader (talk) 21:40, 31 December 2020 (UTC)") closes
its editor's comment, who quotes sources and speaks none of the words in marks: signatures are
blanked before speakers are read (``blank_signatures``).
"""

from __future__ import annotations

import re
from typing import Final

# "↪ Katsiaryna M. @katya_mg · 28 Dec 2024", "⤵️ Forwarded from Sviatlana Tsikhanouskaya":
# an arrow or an emoji, the source, the handle, then a dot and when
_HEADER_RE: Final = re.compile(
    # ("[16:52] ⤵️ Forwarded from …": the time it was posted first)
    r"[ \t]*(?:\[?\d{1,2}:\d\d\]?[ \t]+)?(?:[^\w\s\"“”'‘’(]{1,3}[ \t]*)?"
    r"(?:(?P<forwarded>Forwarded\s+from)[ \t]+)?"
    r"(?P<name>[A-Z][\w’'./&-]*(?:[ \t]+[A-Z][\w’'./&-]*){0,3})"
    r"(?P<handle>[ \t]+\(?@[A-Za-z0-9_.]{2,30}\)?)?"
    # ("· 28 Dec 2024", "— press office", "(channel)": when, or which of its accounts)
    r"(?:[ \t]*(?:[·•|—–]|\()[^\n]{0,40})?[ \t]*"
)
# "(screenshot of her post; text as shown)": an aside between the header and the words
_ASIDE_LINE_RE: Final = re.compile(r"[ \t]*\([^()\n]{1,80}\)[ \t]*")
# "@zmitser_k: "…"": a handle right before the colon that opens the words
_HANDLE_COLON_RE: Final = re.compile(r"(?<![\w@])@(?P<handle>[A-Za-z0-9_.]{2,30})[ \t]*:[ \t]*$")
_HANDLE_REACH: Final = 40  # the handle and its colon this close before the words
_LINES_UP: Final = 2  # the header, or the header and one aside line under it


def post_author(masked: str, open_: int) -> str | None:
    """Return the author of the post whose words the quotation opened at ``open_`` gives:
    the handle right before its colon, or the name of the post's header on the line above
    (one aside line may stand between); None when neither stands there."""
    line_start = masked.rfind("\n", 0, open_) + 1
    reach = max(line_start, open_ - _HANDLE_REACH)
    # (the handle's mark first: most quotations have none before them)
    handle = (
        _HANDLE_COLON_RE.search(masked, reach, open_)
        if masked.find("@", reach, open_) >= 0
        else None
    )
    if handle is not None:
        return handle.group("handle")
    if masked[line_start:open_].strip():
        return None  # (the words do not open their line)
    end = line_start - 1
    for _ in range(_LINES_UP):
        if end <= 0:
            return None
        start = masked.rfind("\n", 0, end) + 1
        header = _HEADER_RE.fullmatch(masked, start, end)
        if header is not None and (header.group("forwarded") or header.group("handle")):
            return header.group("name")
        if _ASIDE_LINE_RE.fullmatch(masked, start, end) is None:
            return None
        end = start - 1
    return None


# "Hlybokaye Reader (talk) 21:40, 31 December 2020 (UTC)": an editor's signature on a talk page
_SIGNATURE_RE: Final = re.compile(
    r"[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3}[ \t]+\((?:talk|talk[ \t]*[|·][ \t]*contribs)\)"
    r"[ \t]+\d{1,2}:\d{2},[ \t]+\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4}[ \t]+\(UTC\)"
)


def blank_signatures(text: str) -> str:
    """Return ``text`` with talk-page signatures made spaces (the same length, so offsets
    hold), or ``text`` itself when it has none."""
    if "(UTC)" not in text or "(talk" not in text:
        return text  # (every signature holds both: the plain tests first)
    return _SIGNATURE_RE.sub(lambda found: " " * len(found.group()), text)
