"""A company named in full once and by its first word after: 'Harborline Bank, N.A. … In a
statement, Harborline said', 'Corvane Agri Trading LLC ("Corvane") … Corvane said'. The
short name stands for the full one, with the legal form that ends it or that a comma sets
after it, when the text names one such company only.
"""

from __future__ import annotations

from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.mentions import Mentions

_LAST_WORDS: Final = frozenset(form.rstrip(".") for form in lx.LEGAL_FORMS)


def company_in_full(masked: str, mentions: Mentions, word: str) -> str | None:
    """Return the full name, with its legal form, of the one company whose name in
    ``mentions`` opens with ``word`` (a short name the text uses after it), or None when the
    text names no such company or more than one."""
    found: dict[str, str] = {}
    prefix = word + " "
    for m in mentions.items:
        if m.kind != "org" or not m.key.startswith(prefix) or m.key in found:
            continue
        if m.key.rsplit(None, 1)[-1].rstrip(".") in _LAST_WORDS:
            found[m.key] = m.key  # ("Corvane Agri Trading LLC")
        elif (form := lx.LEGAL_FORM_AFTER_RE.match(masked, m.end)) is not None:
            found[m.key] = m.key + form.group()  # ("Harborline Bank, N.A.")
    return next(iter(found.values())) if len(found) == 1 else None
