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


def main_company(masked: str, mentions: Mentions) -> str | None:
    """Return the full name of the company the text is about, for "the company" when the
    text describes none: of the companies it names with their legal form, the one its
    mentions name most often (in full or by the first word), or None on a tie or none."""
    counts: dict[str, int] = {}
    full: dict[str, str] = {}
    for m in mentions.items:
        if m.kind == "org" and m.key not in full:
            if m.key.rsplit(None, 1)[-1].rstrip(".") in _LAST_WORDS:
                full[m.key] = m.key
            elif (form := lx.LEGAL_FORM_AFTER_RE.match(masked, m.end)) is not None:
                full[m.key] = m.key + form.group()
    if not full:
        return None
    firsts = {key.split()[0]: key for key in full}
    for m in mentions.items:
        key = m.key if m.key in full else firsts.get(m.key)
        if key is not None:
            counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return full[ranked[0][0]]
