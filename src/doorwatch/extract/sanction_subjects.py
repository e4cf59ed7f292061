"""Measures told from their subject: a measure, a list or a trade that is the subject of the
verb naming whom or what it reaches, in the shapes ``sanction_shapes`` does not hold: "The
measures announced Monday also hit Grodno Azot", "its earlier lists already include Alexander
Lukashenko", "Trade in potash, wood and cement from Belarus is also restricted"; and a trade
told unlawful, whoever's the law: "it has been illegal to import Belarusian potash".

``doorwatch.extract.sanctions`` tries these shapes around their words (``SUBJECT_WORDS`` in
``sanction_windows``); each reports a measure through ``sanction_modality.action_of`` like
every other shape.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract.sanction_shapes import TARGET

# "The measures announced Monday, on the first anniversary of the vote, also hit Grodno Azot":
# a measure's targets after "also hit" (not "sanctions hit exporters hard": a name follows)
MEASURES_ALSO_HIT_RE: Final = re.compile(
    r"\b(?:[Mm]easures|[Ss]anctions|[Pp]ackage|[Aa]ction|[Dd]esignations)\b"
    r"(?:\s*,\s*[^,.;:()\"“”]{1,80},|\s+(?:announced|adopted|imposed|unveiled)\b[^,.;:()\"“”]{0,40}?)?"
    rf"\s+also\s+(?P<verb>hit)\s+(?=(?:the\s+)?[A-Z]){TARGET}"
)
# "its earlier lists already include Alexander Lukashenko and dozens of his officials": whom a
# power's list holds
LISTS_INCLUDE_RE: Final = re.compile(
    # ("the US lists, which include Belaruskali …")
    r"\b(?:[Ll]ists?)(?:,\s+which)?\s+(?:already\s+|also\s+|now\s+|still\s+)?(?P<verb>include[sd]?)\s+"
    rf"(?=(?:the\s+)?[A-Z]){TARGET}"
)
# "Trade in potash, wood, cement, iron and steel from Belarus is also restricted": a trade
# barred, in the passive
TRADE_IN_RESTRICTED_RE: Final = re.compile(
    # ("Dealings in new Belarusian state debt are also restricted")
    r"\b(?:[Tt]rade|[Dd]ealings|[Tt]ransactions)\s+in\s+(?P<target>[^.;:—–\"“”()]{1,120}?)"
    r"(?:\s+(?:from|with|originating\s+in)\s+(?:the\s+)?[A-Z][\w.-]*)?"
    r"\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|also\s+|likewise\s+)?"
    r"(?P<verb>restricted|banned|prohibited|forbidden)\b"
)
# "Since August 2021 it has been illegal to import Belarusian potash or petroleum products into
# the UK": the goods a trade is barred in (the power is the place named or the one before)
ILLEGAL_TRADE_RE: Final = re.compile(
    r"\b(?:illegal|unlawful|forbidden|prohibited)\s+to\s+(?P<verb>import|export|buy|sell|supply)\s+"
    r"(?:to\s+[A-Z][\w.-]*\s+)?(?P<target>[^,.;:—–\"“”()]{1,100}?)"
    r"(?=\s*[,.;]|\s+(?:into|to|from|in|since|under|without)\b)"
)
