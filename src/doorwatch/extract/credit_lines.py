"""Who a quotation is credited to by a dash after it: '"…" — Ihar Lutski, deputy minister',
on the next line ('"…"\n— Ihar Lutski, 17 August 2024'), or, as news releases set their
quotations apart, after a blank line and a plain dash ('"…"\n\n- The Honourable Marc
Garneau, Minister of Foreign Affairs'), or, as readers' letters are signed, by a given name
and a town ('"…" — Alena, Hrodna', '"…" (Piotr, Gdańsk)').
"""

from __future__ import annotations

import re
from typing import NamedTuple

from doorwatch.extract.mentions import Mention, Mentions

# the dash, then a name of two to four words in capitals, then its role, a bracket or the
# line's end
_DASH_CREDIT_RE = re.compile(
    r"[ \t]*(?:[—–]|-(?=[ \t]))[ \t]*(?P<name>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){1,3})"
    r"[ \t]*(?:[,(\n]|$)"
)
# a reader's question or letter signed with a given name and a town: '"…" — Alena, Hrodna',
# '"…" (Piotr, Gdańsk)', the signature ending its line
_SIGNED_RE = re.compile(
    r"[ \t]*(?:(?:[—–]|-(?=[ \t]))[ \t]*|\()(?P<name>[A-Z][a-zß-öø-ÿĀ-ž’'-]+),[ \t]+"
    r"[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*)?\)?[ \t]*(?:\n|$)"
)
_LINE_BREAKS = 2  # a credit may stand on the next line, or after one blank line


class Credit(NamedTuple):
    """A credit line found after a quotation: ``person`` is whom it names, None when its
    name is no person's."""

    person: Mention | None


def credited(masked: str, mentions: Mentions, begin: int) -> Credit | None:
    """Return the credit a dash right after a quotation's close (at ``begin``) gives, or
    None when no dash and name follow (a plain dash only at a line's start)."""
    signed = _SIGNED_RE.match(masked, begin)
    if signed is not None:
        named = [
            m
            for m in mentions.within(signed.start("name"), signed.end("name"))
            if m.kind in ("person", "bare")
        ]
        if named:
            return Credit(named[0])
    at = begin
    while at < begin + _LINE_BREAKS and masked.startswith("\n", at):
        at += 1
    if not (
        masked.startswith((" —", " –", "—", "–"), at)
        or (at > begin and masked.startswith("- ", at))
    ):
        return None
    credit = _DASH_CREDIT_RE.match(masked, at)
    if credit is None:
        return None
    return Credit(
        next(
            (
                m
                for m in mentions.within(credit.start("name"), credit.end("name"))
                if m.kind == "person"
            ),
            None,
        )
    )
