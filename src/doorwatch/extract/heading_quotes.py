"""Quotations a title line gives after its speaker and a colon ('Latushka at PACE: "…"',
'Dzmitry Kaliada: «…»') or before them ('"…": Franak Viacorka on the deals'): a headline's
or an interview's title in the shapes news gives a remark. Other quotations in title lines (a
work's or an event's title, 'Side event: "…"') stay out: the words before the colon must name
a person the text names, or name one in full by a given name. And whose words a quotation
below a line that labels it is ("Source A — a statement by the US Treasury")."""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.mentions import Mentions
from doorwatch.extract.name_genders import given_gender
from doorwatch.extract.quotes import QuoteSpan
from doorwatch.extract.script_labels import past_time_code
from doorwatch.extract.sentences import Paragraph

# a speaker's name: up to three capitalised words
_NAME: Final = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}"
# the speaker's name, then where or before whom ("at PACE", "in Vilnius"), then the colon
_HEAD_RE: Final = re.compile(
    rf"\s*(?P<who>{_NAME})"
    r"(?:\s+(?:at|in|on|to|before)\s+[^:\"“”«»\n]{1,40})?\s*:\s*"
)
# ('"Sanctions are our only leverage": Franak Viacorka on the deals', '"…" — Ales Bialiatski in
# conversation'): the remark first, then its speaker and what the piece is about
_TAIL_WHO: Final = rf"[\s,.!?]*[:—–-]\s*(?P<who>{_NAME})"
_TAIL_ABOUT: Final = r"\s+(?:at|in|on|to|about|before|after)\b[^\n]*"
_TAIL_RE: Final = re.compile(
    rf"{_TAIL_WHO}(?:{_TAIL_ABOUT})?\s*|"
    # ('"For every 9 released, 10 are jailed," Latushka tells PACE': a headline's present tense)
    rf"\s+(?:(?P<name>{_NAME})\s+(?:says|tells|warns)|(?:says|tells|warns)\s+(?P<after>{_NAME}))"
    r"(?:\s+[^\n]*)?"
)
# ('ON SCREEN: "…" — Alexander Lukashenko, 2 July': a card's remark, its speaker, then what
# or when after a comma)
_CARD_TAIL_RE: Final = re.compile(rf"{_TAIL_WHO}(?:{_TAIL_ABOUT}|,[^\n]*)?\s*")
# what may stand before such a remark on its line: a time code, then a card's label in
# capitals ("[00:02:38] ON SCREEN: ", "CAPTION: ")
_CARD_RE: Final = re.compile(r"[A-Z]{2,}(?:[ \t][A-Z]{2,}){0,2}[ \t]*:[ \t]*")
_LINE_END: Final = " \t.!?…"
_POSSESSIVE_RE: Final = re.compile(r"[’']s?$")
_LABEL_LENGTH: Final = 160  # a label line longer than this is a sentence of prose


def heading_speaker(text: str, para: Paragraph, quote: QuoteSpan, mentions: Mentions) -> str | None:
    """Return who speaks a quotation that fills a title line after a name and a colon, or
    before a colon or dash and a name: the fullest name the text gives that person; None when
    the line has another shape."""
    head = _HEAD_RE.fullmatch(text, para.start, quote.open)
    if head is None or text[quote.close + 1 : para.end].strip(_LINE_END):
        bare = not text[para.start : quote.open].strip()
        tail = _TAIL_RE if bare else _CARD_TAIL_RE
        head = tail.fullmatch(text, quote.close + 1, para.end)
        if head is None or not (bare or _opens_card(text, para.start, quote.open)):
            return None
    who = head.groupdict().get("who") or head.groupdict().get("name") or head.group("after")
    words = who.split()
    person = mentions.persons.get(_POSSESSIVE_RE.sub("", words[-1]).lower())
    if person is not None and (len(words) == 1 or person.name.endswith(" ".join(words))):
        return person.name
    if 2 <= len(words) <= 3 and given_gender(words[0].lower()):
        return " ".join(words)
    return None


def _opens_card(text: str, start: int, open_: int) -> bool:
    """Return True when nothing but a time code and a card's label stands before the
    quotation opening at ``open_`` on its line from ``start``."""
    at = past_time_code(text, start, open_)
    return _CARD_RE.fullmatch(text, at, open_) is not None or not text[at:open_].strip()


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def told_again(text: str, quote: QuoteSpan, body: list[QuoteSpan]) -> bool:
    """Return True when a quotation in ``body`` has the words of ``quote`` (a headline
    repeating a remark its story gives), whatever the punctuation; a headline's shorter form
    of a longer remark is a quotation of its own."""
    words = _words(text[quote.start : quote.end])
    return any(words == _words(text[q.start : q.end]) for q in body)


# "Source A — a statement by the US Treasury (adapted)", "Document 2: an interview with Hanna,
# a former prisoner": the line that labels the quotation below it names whose words they are
_SOURCE_LABEL_RE: Final = re.compile(
    r"\b(?:statement|remarks|speech|interview|letter|post|message|testimony|words|comment)s?\s+"
    r"(?:by|of|from|with)\s+(?:the\s+)?"
    rf"(?P<who>{lx.NAME_WITH_OF})"
)


def labelled_source(text: str, paras: list[Paragraph], quote: QuoteSpan) -> str | None:
    """Return whose words a quotation that fills its paragraph is when the line above labels
    it as someone's statement, interview or letter ("Source B — a statement by the Belarusian
    Ministry of Foreign Affairs"); None otherwise."""
    para = paras[quote.para]
    if quote.para == 0 or text[para.start : quote.open].strip():
        return None
    if text[quote.close + 1 : para.end].strip(_LINE_END):
        return None
    above = paras[quote.para - 1]
    if above.end - above.start > _LABEL_LENGTH or text[above.end - 1] in '.!?"”':
        return None  # (a sentence of prose, not a label)
    label = _SOURCE_LABEL_RE.search(text, above.start, above.end)
    return label.group("who") if label is not None else None
