"""A title's portfolio, which names no one: "the High Representative for Foreign Affairs and
Security Policy, Kaja Kallas", "the Minister for Foreign Affairs, Senator Marise Payne", "the
Department of Foreign Affairs and Trade". Its words in capitals after "and" are no person and
no body of their own, and a title that long may stand between a quotation and its holder.
"""

from __future__ import annotations

import re
from typing import Final

# a title in capitals and its portfolio, before the name that holds it
_TITLE_HEAD_RE: Final = re.compile(
    r"the\s+[A-Z][\w’'-]*(?:\s+(?:of|for|and|the|[A-Z][\w’'-]*))*\s*,\s*(?:[A-Z][\w’'.-]*\s+)*"
)
# "for Foreign Affairs and …": the portfolio before its last words
_PORTFOLIO_BEFORE_RE: Final = re.compile(r"\b(?:for|of)\s+(?:[A-Z][\w’'-]*\s+){1,3}and\s+$")
_PORTFOLIO_REACH: Final = 60
_TITLE_REACH: Final = 72  # the longest title and portfolio read before a holder's name


def is_title_head(head: str) -> bool:
    """Return True when ``head``, the words between a quotation and a name, is a title with
    its portfolio and a comma ('the Minister for Foreign Affairs, Senator ')."""
    return len(head) <= _TITLE_REACH and _TITLE_HEAD_RE.fullmatch(head) is not None


def ends_portfolio(masked: str, start: int) -> bool:
    """Return True when the words at ``start`` follow a portfolio's "and" ("for Foreign
    Affairs and Security Policy"): the end of a title, not a name."""
    return _PORTFOLIO_BEFORE_RE.search(masked, max(0, start - _PORTFOLIO_REACH), start) is not None
