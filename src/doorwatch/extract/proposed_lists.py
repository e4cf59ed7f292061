"""Measures a list proposes rather than reports: 'The options paper covers: (a) a prohibition
on the import of potash …', 'In particular, he proposed: • to impose personal sanctions on
judges …', 'We call on the EU: - to ban imports of Belarusian timber'.

Each item of such a list is read on its own, like a sentence, and its words alone tell a
measure taken; it is the line that opens the list which says the measures are options,
proposals or demands. A measure an item proposes is a threat of it; one that those who
impose nothing call for is no measure at all (as 'X called on the EU to impose …' is not);
a measure an item asks to keep ("to keep the ban on …") stays in force.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Final

from doorwatch.extract.claims import Sanction
from doorwatch.extract.listings import ITEM_MARKER_RE

# a list item: its mark after the line's indent (see listings)
_ITEM_RE: Final = re.compile(rf"[ \t]*{ITEM_MARKER_RE.pattern}")
# the lead-in of a list of options or proposals ("The options paper covers:", "he
# proposed:", "The Commission's proposal includes:")
_PROPOSING_RE: Final = re.compile(
    r"\b(?:options?|propos(?:al|als|ed|es|e|ing)|draft|recommend(?:s|ed|ations?)?|"
    r"suggest(?:s|ed|ions?)?|under\s+consideration|envisag(?:es|ed|ing)|would|could)\b",
    re.IGNORECASE,
)
# the lead-in of a list of demands ("We call on the EU:", "urged partners to:")
_CALLING_RE: Final = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+(?:on|upon|for)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|"
    # (not "volunteers have asked, so here is where things stand:": a question, answered)
    r"demand(?:s|ed|ing)?|appeal(?:s|ed)?\s+to)\b(?!,)",
    re.IGNORECASE,
)
# an item that asks to keep a measure in force ("to keep the ban on …")
_KEEPING_RE: Final = re.compile(r"(?:to\s+)?(?:keep|maintain|retain|extend|prolong|renew)\b", re.I)
# an item that reports what was done rather than proposing it ("- recalls that the Baltic
# states barred …", "- supports the sanctions adopted in June 2021")
_REPORTING_RE: Final = re.compile(
    r"(?:recall|note|record|welcome|acknowledge|recogni[sz]e|observe|regret|deplore|commend)"
    r"s?\b|points?\s+out\b|supports?\s+the\b",
    re.IGNORECASE,
)
_LAST_SENTENCE_RE: Final = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_LIST_REACH: Final = 12  # the most lines looked up for a list's lead-in


def proposed_measures(text: str, sanctions: list[Sanction]) -> list[Sanction]:
    """Return ``sanctions`` with each measure "imposed" by an item of a list whose lead-in
    proposes it made "threatened", and each such measure of a list of demands dropped."""
    if "\n" not in text or not sanctions:
        return sanctions
    out: list[Sanction] = []
    for claim in sanctions:
        verdict = _lead_in(text, claim.start) if claim.action == "imposed" else None
        if verdict == "calls":
            continue
        if verdict == "proposes":
            claim = dataclasses.replace(claim, action="threatened")
        out.append(claim)
    return out


def _lead_in(text: str, at: int) -> str | None:
    """Return "proposes" or "calls" when ``at`` stands in an item of a list whose lead-in
    line (ending with a colon) proposes or calls for measures, and the item does not ask to
    keep one; None otherwise."""
    line_start = text.rfind("\n", 0, at) + 1
    item = _ITEM_RE.match(text, line_start)
    if item is None:
        return None
    if _KEEPING_RE.match(text, item.end()) or _REPORTING_RE.match(text, item.end()):
        return None
    end = line_start - 1
    for _ in range(_LIST_REACH):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if _ITEM_RE.match(line) is not None or not line.strip() or line.rstrip().endswith(";"):
            end = start - 1  # (an item, a blank, or an item's line that runs on)
            continue
        if not line.rstrip().endswith(":"):
            return None
        # (only the sentence that opens the list: "… asked the Council to prepare a ban. The
        # measures followed quickly:" proposes nothing)
        line = _LAST_SENTENCE_RE.split(line)[-1]
        if _CALLING_RE.search(line):
            return "calls"
        return "proposes" if _PROPOSING_RE.search(line) else None
    return None
