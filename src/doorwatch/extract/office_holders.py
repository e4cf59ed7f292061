"""The person who holds an office a text names in capitals after a body's possessive: '"…,"
said Kestrel's Chief Risk Officer, Malte Jørgensen' is Malte Jørgensen speaking, not Kestrel."""

from __future__ import annotations

import re

from doorwatch.extract.mentions import Mention, Mentions

# an office in capitals after a body's possessive, then the holder's name after a comma
_OFFICE_THEN_NAME_RE = re.compile(
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
