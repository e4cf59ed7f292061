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


def _companies(masked: str, mentions: Mentions) -> dict[str, str]:
    """Return the full name, legal form included, of each company ``mentions`` names with
    its legal form, by the mention's key: the form that ends the name ("Corvane Agri Trading
    LLC") or that a comma sets after it ("Harborline Bank, N.A.")."""
    full: dict[str, str] = {}
    for m in mentions.items:
        if m.kind != "org" or m.key in full:
            continue
        if m.key.rsplit(None, 1)[-1].rstrip(".") in _LAST_WORDS:
            full[m.key] = m.key
        elif (form := lx.LEGAL_FORM_AFTER_RE.match(masked, m.end)) is not None:
            full[m.key] = m.key + form.group()
    return full


def company_in_full(masked: str, mentions: Mentions, word: str) -> str | None:
    """Return the full name, with its legal form, of the one company whose name in
    ``mentions`` opens with ``word`` (a short name the text uses after it), or None when the
    text names no such company or more than one."""
    prefix = word + " "
    found = [name for key, name in _companies(masked, mentions).items() if key.startswith(prefix)]
    return found[0] if len(found) == 1 else None


def main_company(masked: str, mentions: Mentions) -> str | None:
    """Return the full name of the company the text is about, for "the company": of the
    companies it names with their legal form, the one its mentions name most often (in full
    or by the first word), or None on a tie or none."""
    full = _companies(masked, mentions)
    if not full:
        return None
    firsts = {key.split()[0]: key for key in full}
    counts: dict[str, int] = {}
    for m in mentions.items:
        key = m.key if m.key in full else firsts.get(m.key)
        if key is not None:
            counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return full[ranked[0][0]]
