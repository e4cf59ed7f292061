"""The sex a person's own sentence tells by the pronoun that refers back to them: "Kadri Tamm,
who sent the riddle, said she had already mailed the answer" says Kadri Tamm is a woman, which
a given name the tables do not know cannot.
"""

from __future__ import annotations

import re
from typing import Final

# the name, an aside between commas, a verb of saying and the pronoun that opens what was said
_SAID_PRONOUN_RE: Final = re.compile(
    r"(?:,[^,.;:\"“”\n]{1,80},)?\s+(?:said|says|told\s+[a-z]+|added|wrote|explained)\s+"
    r"(?:that\s+)?(?P<pronoun>she|he)\b"
)


def said_pronoun_gender(masked: str, name: str) -> str | None:
    """Return "f" or "m" when a sentence opened by ``name`` goes on "… said she …" or "… said
    he …" (the first such sentence), else None."""
    at = masked.find(name)
    while at >= 0:
        end = at + len(name)
        said = _SAID_PRONOUN_RE.match(masked, end)
        if said is not None:
            return "f" if said["pronoun"] == "she" else "m"
        at = masked.find(name, end)
    return None
