"""The person who holds an office a text names in capitals: after a body's possessive ('"…,"
said Kestrel's Chief Risk Officer, Malte Jørgensen' is Malte Jørgensen speaking, not Kestrel),
or between commas after the office ("Our Active Underwriter, Thomas Hale, set out …:")."""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.mentions import Mention, Mentions
from doorwatch.extract.unnamed_speakers import SPEAKER_HEADS

# an office in capitals after a body's possessive, then the holder's name after a comma
_OFFICE_THEN_NAME_RE: Final = re.compile(
    r"(?:[’']s)?\s+(?:(?:[A-Z][\w’'-]*|of|for|and)\s+){0,5}?[A-Z][\w’'-]*\s*,\s+(?=[A-Z])"
)


def office_holder(masked: str, mentions: Mentions, owner: Mention) -> Mention | None:
    """Return the person named after the office that a body's possessive ``owner`` opens
    ("Kestrel's Chief Risk Officer, Malte Jørgensen"), or None."""
    office = _OFFICE_THEN_NAME_RE.match(masked, owner.end)
    if office is None:
        return None
    after = mentions.within(office.end(), office.end() + 1)
    return after[0] if after and after[0].kind == "person" else None


# the last word of an office in capitals ("Chief Commercial Officer", "Active Underwriter"): a
# role, or any head of an unnamed speaker, trades told by their ending too
_OFFICE_WORD_RE: Final = re.compile(rf"(?:{lx.PERSON_ROLE_NOUNS}|{SPEAKER_HEADS})")


def apposed_holder(masked: str, office: Mention, following: Mention | None) -> Mention | None:
    """Return ``following`` when it is the person named between commas right after the office
    in capitals ``office`` ("Our Chief Commercial Officer, Henrik Aasland, put it …"), or None."""
    if (
        following is not None
        and following.kind == "person"
        and not following.possessive
        and _OFFICE_WORD_RE.fullmatch(office.key.rsplit(" ", 1)[-1].lower()) is not None
        and not masked[office.end : following.start].strip(", ")
        and masked.startswith(",", following.end)
    ):
        return following
    return None
