"""Later steps told of a measure named once: each step of a target's measures told in a
relative clause ("Belavia, whose restrictions were eased in September and lifted in
November", "the Belavia measures, which were eased in September and lifted in November"), and a measure widened or placed, told in the passive ("The asset freeze was
extended to further Belarusian entities", "Export controls were placed on Belarus").

(The first of two steps told by their verbs, "eased and then lifted its sanctions on X", is read
with the lift, in ``sanction_followers``.) ``doorwatch.extract.sanctions`` tries these shapes
around their own words (``STEPS_WORDS`` in ``word_groups``) and reads each verb's action from
its groups.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract.adjunct_shapes import ADJUNCT
from doorwatch.extract.sanction_shapes import TARGET, VERB

# "Belavia, whose restrictions were eased in September and lifted in November": a name, then
# each step its measures took (the first verb, or the second after "and")
_WHOSE: Final = (
    r"(?P<target>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}),\s+whose\s+(?:[a-z]+\s+)?"
    r"(?:sanctions|restrictions|measures|listing|designation)\s+"
    r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:first\s+|partly\s+)?"
)
WHOSE_FIRST_RE: Final = re.compile(rf"{_WHOSE}{VERB}\b")
WHOSE_SECOND_RE: Final = re.compile(
    rf"{_WHOSE}[a-z]+ed(?:\s+(?:in|on|by)\s+[A-Z0-9][\w]*(?:\s+\d{{1,4}})?)?"
    rf"\s+and\s+(?:then\s+|later\s+)?(?:fully\s+|finally\s+)?{VERB}\b"
)
# "the Belavia measures, which were eased in September, after 52 prisoners were freed, and lifted
# in November": a measure named by its target before its noun, then each of its steps
_WHICH: Final = (
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+{ADJUNCT}\s+(?:sanctions|restrictions|measures),\s+which\s+"
    r"(?:were|had\s+been|have\s+been)\s+(?:first\s+|partly\s+)?"
)
WHICH_FIRST_RE: Final = re.compile(rf"{_WHICH}{VERB}\b")
WHICH_SECOND_RE: Final = re.compile(
    rf"{_WHICH}[a-z]+ed\b[^.;:]{{0,80}}?,?\s+and\s+(?:then\s+|later\s+)?"
    rf"(?:fully\s+|finally\s+)?{VERB}\b"
)
# "In May 2022 the asset freeze was extended to further Belarusian entities": the new targets
# a measure was widened to
WIDENED_PASSIVE_RE: Final = re.compile(
    r"\b(?:[Aa]sset\s+freeze|[Bb]an|[Ee]mbargo|[Ss]anctions|[Mm]easures|[Rr]estrictions|[Ll]isting)\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|later\s+)?"
    r"(?P<verb>extended|expanded|widened|broadened)\s+to\s+"
    r"(?=(?:a\s+)?(?:further|new|more|additional|other)\b|[A-Z])"
    rf"{TARGET}"
)
# "Export controls were placed on Belarus at the same time": measures other than sanctions by
# name, put on their target in the passive
PLACED_PASSIVE_RE: Final = re.compile(
    r"\b(?:[Ee]xport\s+controls|[Rr]estrictions|[Tt]ravel\s+bans|[Aa]sset\s+freezes)\s+"
    r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:also\s+)?(?P<verb>placed|imposed)\s+on\s+"
    # (the target ends where when or why begins: "… on Belarus at the same time")
    r"(?P<target>[^,.;:()—–\"“”]{1,100}?)"
    r"(?=\s*[,.;:]|\s+(?:at|in|on|from|since|after|for|over|as|under|by|because)\b)"
)
