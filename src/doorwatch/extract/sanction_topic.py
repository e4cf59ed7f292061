"""Whether a text speaks of sanctions, for the texts that never say "sanctions": state media
often does not, and the EU calls its sanctions "restrictive measures". (A text that names a
sanctions list, "the SDN list", "the Consolidated List", has hits on its name: see
``TOPIC_WORDS``.)"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract.freeze_shapes import FREEZE_RE
from doorwatch.extract.targets import names_listed_company

_AUTHORITY_DESIGNATED_RE: Final = re.compile(
    r"\b(?:OFAC|Treasury|Office\s+of\s+Foreign\s+Assets\s+Control)\b[^.;]{0,40}?\bdesignat"
)
_MEASURES_IMPOSED_RE: Final = re.compile(
    r"\bmeasures\s+(?:that|which)\s+[^.;]{1,40}?\bimposed\s+on\b"
)


def about_sanctions(masked: str, headings: str) -> bool:
    """Return True when ``masked``, a text that never says "sanctions", or its ``headings``
    (its title lines) still tell it is about them; a text that is not reports a measure only
    when a sanctioning power lifts or imposes "restrictions on" something, designates, blocks,
    bans or freezes."""
    # (plain searches first: a pattern over every text costs as much as all the shapes)
    return (
        # "Restrictive measures" is the EU's own word for its sanctions (its statements often
        # use no other); ("Council Implementing Regulation … concerning restrictive measures
        # in respect of Belarus" over a notice whose body never names them); ("CLIENT ALERT |
        # UK SANCTIONS": a title line may be in capitals)
        masked.find("restrictive measures") >= 0
        or headings.lower().find("anction") >= 0
        or headings.lower().find("estrictive measures") >= 0
        # ("The measures that Japan has imposed on Belarus since March 2022 remain in place")
        or (masked.find(" imposed on ") >= 0 and _MEASURES_IMPOSED_RE.search(masked) is not None)
        # ("OFAC today designated more than forty individuals and entities")
        or (masked.find("designat") >= 0 and _AUTHORITY_DESIGNATED_RE.search(masked) is not None)
        # ("decided to implement measures to freeze the assets of …": a freeze of assets is
        # a sanction whatever the text calls it)
        or (masked.find("assets") >= 0 and FREEZE_RE.search(masked) is not None)
        # a text that names a listed company beside its "restrictions" or what it was allowed
        # ("The airline has been under American restrictions since August 2023")
        or (
            (masked.find("restrictions") >= 0 or masked.find("allowed") >= 0)
            and names_listed_company(masked)
        )
    )
