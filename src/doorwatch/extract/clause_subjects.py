"""The subject of a speech verb that has none of its own, standing further back in its
sentence: the name before ", who" ("comes from X, who told an audience: …") or the sentence's
subject before "but" or "and" ("He welcomes the 123 freed, among them X and Y, but says …").
"""

from __future__ import annotations

import re

from doorwatch.extract import lexicon as lx
from doorwatch.extract.colon_speakers import OPENING_RE
from doorwatch.extract.mentions import Mention, lone_name

# A speech verb whose subject stands further back: a relative pronoun (", who told …") or a
# verb coordinated with the sentence's first ("…, but says", "… and added")
_WHO_RE = re.compile(rf",\s+who\s+(?:(?:{lx.AUXILIARIES})\s+)*$")
_COORDINATED_RE = re.compile(rf",?\s+(?:but|and)\s+(?:(?:{lx.AUXILIARIES}|then)\s+)*$")
# a role between its owner's possessive and the name of who holds it ("'s deputy director
# general, ")
_OWNED_ROLE_GAP_RE = re.compile(r"(?:[’']s?)?\s+(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*,?\s+")
# the kinds of mention that may speak
SPEAKING_KINDS = frozenset({"person", "org", "pronoun", "role"})


def clause_subject(
    masked: str, cands: list[Mention], lead_start: int, s_start: int, lead: str
) -> Mention | None:
    """Return the subject of a speech verb that has none of its own: the name before
    ", who" ("comes from X, who told an audience: …", even after a preposition), or the
    sentence's subject before "but"/"and" ("He welcomes the 123 freed, among them X and
    Y, but says …"); None when there is no such mention."""
    who = _WHO_RE.search(lead)
    if who is not None:
        at = lead_start + who.start()
        for m in reversed(cands):
            if m.end <= at:
                if m.kind != "place" and not m.possessive and not masked[m.end : at].strip():
                    return m
                return None
        return None
    if _COORDINATED_RE.search(lead) is None:
        return None
    for at, m in enumerate(cands):
        # the first mention, opening the sentence (after a lead-in such as "Later,")
        if OPENING_RE.fullmatch(masked, s_start, m.start) and (
            m.kind in SPEAKING_KINDS or lone_name(m)
        ):
            if not m.possessive:
                return m
            # "Belavia's deputy director general, Pavel Krivets, told … and described …":
            # the person whose role the possessive opens
            named = cands[at + 1] if at + 1 < len(cands) else None
            if (
                named is not None
                and named.kind == "person"
                and _OWNED_ROLE_GAP_RE.fullmatch(masked, m.end, named.start)
            ):
                return named
            return None
        return None
    return None
