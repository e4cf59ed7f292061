"""Who speaks after a speech verb that follows a quotation: '," said Tsikhanouskaya', '," said
Viasna spokeswoman Natallia Satsunkevich' (the person, not the group), '," said Kestrel's director
of regulatory affairs, Lena Dorn' (the office's holder, not the body whose office it is).
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.clause_subjects import SPEAKING_KINDS
from doorwatch.extract.mentions import Mention, Mentions, lone_name
from doorwatch.extract.title_portfolios import ends_portfolio

# nothing, or an honorific, between a role's comma and its holder ('," said our chair, Dr X')
_HONORIFIC_RE: Final = re.compile(rf"(?:(?:{lx.HONORIFICS})\.?)?")
_PRESS_SERVICE_RE: Final = re.compile(
    r"[^.;\"“”«»]{0,40}?\b(?:in|at|from|by)\s+the\s+press\s+(?:service|office)\s+of\s+(?:the\s+)?"
)


# a title of capitalised words (and "of", "for", "and" between them) right before a name
_TITLE_RUN_RE: Final = re.compile(r"\s+(?:the\s+)?(?:(?:[A-Z][\w’'.-]*|of|for|and|the)\s+){1,9}")


def subject_after(masked: str, mentions: Mentions, start: int, limit: int) -> Mention | None:
    """Return who speaks after a speech verb that follows a quotation ('," said X'), from
    ``start`` (the verb's end) to ``limit``: the person, or the holder named after an
    office; None when no one stands near enough."""
    # '," said Viasna spokeswoman Natallia Satsunkevich': the person, not the group.
    service = _PRESS_SERVICE_RE.match(masked, start, limit)
    if service is not None:
        # ('— informed AeroVesti in the press service of «Belavia»': the body whose press
        # service spoke, not the outlet it spoke to)
        return first_mention(masked, mentions, service.end(), limit, 10)
    stop = masked.find(",", start, limit)
    end = min(limit, start + 70, stop if stop >= 0 else limit)
    found = [
        m
        for m in mentions.within(start, end, speakers=True)
        if (m.kind in SPEAKING_KINDS or m.kind in ("place", "bare"))
        # ('," said the High Representative for Foreign Affairs and Security Policy, X':
        # the title's portfolio goes on after "and", up to the comma before its holder)
        and not (masked.startswith(",", m.end) and ends_portfolio(masked, m.start))
    ]
    if (
        stop >= 0
        and not any(m.kind == "person" for m in found)
        and masked.startswith(
            ("the ", "a ", "an ", "one ", "her ", "his ", "its ", "their ", "our ", "my "),
            start + 1,
        )
    ):
        # '," said the head of the Foreign Affairs Committee, Ivan Petrov': the role, then
        # its holder after the comma ('," said a company spokesperson, X'; '," said one
        # Daugavpils dispatcher, X'; '," said her mother, Tamara Vaitsekhovich, 62'; '," said
        # its coordinator, Iryna Hrynevich'; '," said our director, X': the writer's own)
        holder = next(
            (
                m
                for m in mentions.within(stop, min(limit, stop + 40), speakers=True)
                if (m.kind == "person" or (lone_name(m) and m.key not in lx.PLACES))
                and _HONORIFIC_RE.fullmatch(masked[stop + 1 : m.start].strip())
            ),
            None,
        )
        if holder is not None:
            return holder
    if (
        found
        and found[0].possessive
        and not any(m.kind == "person" and not m.possessive for m in found)
        and stop >= 0
    ):
        # '," said Bialiatski's wife, Natallia Pinchuk': the name after the comma, however
        # long the office before it ("Kestrel's director of regulatory affairs, X", "Harwick's
        # Baltic desk lead, X")
        holder = next(
            (
                m
                for m in mentions.within(stop, min(limit, stop + 40), speakers=True)
                if m.kind == "person"
            ),
            None,
        )
        if holder is not None:
            return holder
    if not found or (
        found[0].start - start > 40
        # ('," said Lithuanian Vice-Minister of Foreign Affairs Eglė Mažeikienė': a long title
        # of capitalised words before the name)
        and not (
            found[0].kind == "person" and _TITLE_RUN_RE.fullmatch(masked, start, found[0].start)
        )
    ):
        return None
    # ('," said Ales Bialiatski's former colleague Valiantsin Stefanovich': whose colleague
    # is not who spoke)
    return next(
        (m for m in found if m.kind == "person" and not m.possessive),
        next((m for m in found if m.kind == "person"), found[0]),
    )


def first_mention(
    masked: str, mentions: Mentions, start: int, limit: int, reach: int
) -> Mention | None:
    """Return the first mention that may speak (a person, a body, a place or a bare name)
    starting within ``reach`` of ``start`` and before ``limit``, or None."""
    # (read past ``reach`` so that a role phrase starting within it is found whole:
    # "According to the press secretary")
    for m in mentions.within(start, min(limit, start + reach + 40), speakers=True):
        if m.start > start + reach:
            break
        if m.kind in SPEAKING_KINDS or m.kind in ("place", "bare"):
            return m
    return None
