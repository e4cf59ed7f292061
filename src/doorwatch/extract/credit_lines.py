"""Who a quotation is credited to by a dash after it: '"…" — Ihar Lutski, deputy minister',
on the next line ('"…"\n— Ihar Lutski, 17 August 2024'), or, as news releases set their
quotations apart, after a blank line and a plain dash ('"…"\n\n- The Honourable Marc
Garneau, Minister of Foreign Affairs'), or, as readers' letters are signed, by a given name
and a town ('"…" — Alena, Hrodna', '"…" (Piotr, Gdańsk)') or by a given name and an
initial ('"…"\n— Lina K., Gdańsk'); or whose phrase the words are, told after them ('"…", in
Viasna's phrase', '"…", in the words of the Foreign Office') or right before them
("Lukashenko's statement of 3 July that '…'").
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from doorwatch.extract import lexicon as lx
from doorwatch.extract.mentions import Mention, Mentions

# the dash, then a name of two to four words in capitals, then its role, a bracket or the
# line's end
_DASH_CREDIT_RE: Final = re.compile(
    # (a capital of any Latin alphabet: "Élise Martel", "Šarūnas Vaitkus", "Łukasz Nowak")
    r"[ \t]*(?:[—–]|-(?=[ \t]))[ \t]*(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*){1,3})"
    r"[ \t]*(?:[,(\n]|$)"
)
# a line that gives a name, what the one named is and a colon: an entry of its own
_OWN_WORDS_RE: Final = re.compile(r"[^\n:\"“”]{0,60}:[ \t]*[\"“'‘]")
# a reader's question or letter signed with a given name and a town: '"…" — Alena, Hrodna',
# '"…" (Piotr, Gdańsk)', the signature ending its line
# ('"…" — Maryia, 34, nurse': or by a given name, an age and what they do)
_SIGNED_RE: Final = re.compile(
    r"[ \t]*(?:(?:[—–]|-(?=[ \t]))[ \t]*|\()(?P<name>[A-Z][a-zß-öø-ÿĀ-ž’'-]+),[ \t]+"
    r"(?:[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*)?|\d{1,3}(?:,[ \t]+[a-z][^\n,()]{1,40})?)"
    r"\)?[ \t]*(?:\n|$)"
)
# a given name and a family name's initial ("Lina K.", "Aksana Y."): no run of names the
# mentions read takes the initial as a surname
_INITIAL_NAME_RE: Final = re.compile(r"[A-Z][a-zß-öø-ÿĀ-ž’'-]+[ \t][A-Z]\.")
# a translation in brackets after the words, before the credit's line
_GLOSS_RE: Final = re.compile(r"[ \t]*\[[^\]\n]{1,200}\][ \t]*(?=\n)")
_OPENING_MARKS: Final = "\"“‘'«„"
_LINE_BREAKS: Final = 2  # a credit may stand on the next line, or after one blank line
_INDENT_RE: Final = re.compile(r"[ \t]{1,40}(?=[—–-])")


class Credit(NamedTuple):
    """A credit line found after a quotation: ``person`` is the person or body it names,
    None when its name is neither."""

    person: Mention | None


def _opens_sentence(masked: str, begin: int) -> bool:
    """Return True when the quotation that closes right before ``begin`` opens its line or
    follows the end of a sentence ("10. Quote of the month. "…""); its words are blanked in
    ``masked``, so the mark before them is its opening one."""
    line = masked.rfind("\n", 0, begin) + 1
    opening = max(masked.rfind(mark, line, begin - 1) for mark in _OPENING_MARKS)
    if opening < 0:
        return False
    before = masked[line:opening].rstrip()
    return not before or before[-1] in ".!?:"


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
    gloss = _GLOSS_RE.match(masked, begin)
    if gloss is not None:
        begin = gloss.end()  # ('„Nie zostawimy go.” [We will not leave him.]': its translation)
    at = begin
    while at < begin + _LINE_BREAKS and masked.startswith("\n", at):
        at += 1
    if at > begin:
        # (a text box's credit indented under its quotation, as a PDF's text keeps it)
        indent = _INDENT_RE.match(masked, at)
        at = indent.end() if indent is not None else at
    if not (
        masked.startswith((" —", " –", "—", "–"), at)
        or (at > begin and masked.startswith("- ", at))
        # ('"…" - Pavel Sapelka, Viasna, December': a quotation that opens its line or its
        # sentence, credited after a plain dash)
        or (at == begin and masked.startswith(" - ", at) and _opens_sentence(masked, begin))
    ):
        return None
    credit = _DASH_CREDIT_RE.match(masked, at)
    if credit is None:
        return None
    if at > begin and _OWN_WORDS_RE.match(masked, credit.end("name")):
        # ('- Pavel Latushka, deputy head: "…"' under another entry: the next entry, which
        # gives its own words after a colon, credits none above it)
        return None
    if _INITIAL_NAME_RE.fullmatch(credit.group("name")):
        # ('"…"\n— Lina K., Gdańsk': a signer who gives a family name by its initial only)
        return Credit(Mention(credit.start("name"), credit.end("name"), "bare", credit["name"]))
    return Credit(
        next(
            (
                m
                for m in mentions.within(credit.start("name"), credit.end("name"))
                # ('"…" — NBFIW Executive Committee, January 2023': a body's words)
                if m.kind in ("person", "org")
            ),
            None,
        )
    )


# ('"…", in Viasna's phrase', '"…", in the words of the Foreign Office': whose words they are,
# told after them)
_WHOSE_PHRASE_RE: Final = re.compile(
    r"[\s,]*(?:[\s,]in\s+(?P<owner>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})[’']s\s+"
    r"(?:own\s+)?(?:phrase|words|wording|formula|formulation|expression|term)"
    r"|[\s,]in\s+the\s+words\s+of\s+(?P<named>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}))\b"
)


def phrase_owner(masked: str, mentions: Mentions, close: int) -> Mention | None:
    """Return the mention of whose words the quotation closing at ``close`` is, told right
    after it ('"…", in Viasna's phrase', '"…", in the words of the Foreign Office'), or None."""
    if masked.find(" in ", close, close + 6) < 0:
        return None  # (the plain test first: most quotations are not followed so)
    found = _WHOSE_PHRASE_RE.match(masked, close + 1)
    if found is None:
        return None
    group = "owner" if found.group("owner") else "named"
    return next(
        (
            m
            for m in mentions.within(found.start(group), found.end(group))
            if m.kind in ("person", "org", "bare")
        ),
        None,
    )


# "'s statement of 3 July that ", "'s words that ": a statement whose owner is named before it
# ("Pavel Latushka's formula, '…', recurs": the words in apposition to their noun)
_STATEMENT_THAT_RE: Final = re.compile(
    # ("Ndlovu's phrase for this dynamic, '…'": what the words are said of)
    rf"[’']s\s+(?:[a-z]+\s+)?(?:{lx.SPEECH_NOUNS})"
    r"(?:\s+(?:of|for)\s+[^,.;:\"“”]{1,30})?(?:\s+that\s+|,\s)$"
)


def words_owner(masked: str, mentions: Mentions, open_: int) -> Mention | None:
    """Return the person whose statement the words of the quotation opening at ``open_`` are
    told as, right before them ("Lukashenko's statement of 3 July that '…'", "Latushka's
    formula, '…',"), or None."""
    if not masked.endswith(("that ", ", "), max(0, open_ - 5), open_):
        return None
    told = _STATEMENT_THAT_RE.search(masked, max(0, open_ - 80), open_)
    if told is None:
        return None
    for m in mentions.within(max(0, told.start() - 60), told.start() + 2):
        if m.kind in ("person", "bare") and m.possessive and m.end >= told.start():
            return m
    return None
