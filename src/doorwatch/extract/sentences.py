"""Paragraphs, headings and sentences of a text, all as ``(start, end)`` offsets.

Sentences are split on a copy of the text whose quotations are blanked out (see
``quotes.mask``), so a full stop inside a quotation never ends the sentence that reports it.
"""

from __future__ import annotations

import bisect
import re
from typing import Final, NamedTuple

from doorwatch.extract import lexicon as lx
from doorwatch.extract.dates import MONTH_PATTERN
from doorwatch.extract.line_patterns import blank_line_matches
from doorwatch.extract.offset_index import OffsetIndex

# A line from its first to its last visible character.
_LINE_RE: Final = re.compile(r"[^\s\u2028\u2029](?:[^\n\r\u2028\u2029]*[^\s\u2028\u2029])?")
_HEADING_END: Final = ".!?…:;,)]"
_QUOTE_MARKS: Final = "\"“”„«»'‘’″ \t"
# (German and Polish quotations open low, „…“ and „…”: their marks open and close sentences too)
# (a reference work's footnote marks may follow the full stop: "… the same day.[12] Coale …",
# "… fell to 1,164.¹ Latushka …", "… this aggression."(3) Belarus's …")
FOOTNOTE_MARKS: Final = "⁰¹²³⁴⁵⁶⁷⁸⁹"  # a footnote's superscript digits, right after what they mark
# a glossary's or a footnote's asterisks right after a word ("has pardoned* 20 people"), and
# the asterisks of emphasis around one ("ended the sanctions on **potash**")
_WORD_MARK_RE: Final = re.compile(
    r"(?<=[A-Za-z])\*{1,3}(?=[\s,.;:!?)]|$)|(?<![^\s(])\*{1,3}(?=[A-Za-z])"
)


def blank_word_marks(text: str) -> str:
    """Return ``text`` with the asterisks that mark a word for a glossary or a footnote
    ("pardoned*") or for emphasis ("**potash**") blanked to spaces (same length), so that the
    word reads as itself."""
    if "*" not in text:
        return text
    return _WORD_MARK_RE.sub(lambda m: " " * len(m.group()), text)


def blank_term_marks(text: str) -> str:
    """Return ``text`` with the quotation marks around "political prisoners" blanked to spaces
    (same length): a term the writer distances themselves from ("1,473 'political
    prisoners'", "so-called “political prisoners”") still names who is counted; and so are
    those around a count another outlet gave ('"over 1,250" political prisoners')."""
    if "prisoner" not in text:
        return text
    if _term_closed(text):
        text = _TERM_MARKS_RE.sub(lambda m: f" {m.group('term')} ", text)
    if _digit_before_mark(text):
        text = _QUOTED_COUNT_RE.sub(lambda m: f" {m.group('count')} ", text)
    return text


def _term_closed(text: str) -> bool:
    """Return True when a closing quotation mark follows "political prisoner(s)" in ``text``."""
    # (the term's letters found by plain search, the pattern tried only there: a pattern's
    # own search for them is several times slower over a whole text)
    at = text.find("olitical")
    while at >= 0:
        if _TERM_CLOSED_RE.match(text, at) is not None:
            return True
        at = text.find("olitical", at + 8)
    return False


def _digit_before_mark(text: str) -> bool:
    """Return True when a closing quotation mark stands right after a digit in ``text``."""
    # (a walk over the marks: a text holds a few dozen, and a pattern would read every
    # character)
    for mark in _CLOSING_MARKS:
        at = text.find(mark, 1)
        while at >= 0:
            if text[at - 1].isdigit():
                return True
            at = text.find(mark, at + 1)
    return False


# ("'political prisoners'", "‘political prisoners’": the term between its marks)
_TERM_MARKS_RE: Final = re.compile(
    r"[\'‘\"“](?P<term>[Pp]olitical[\s-]+prisoners?)[\'’\"”](?![\w’'])"
)
# ('"over 1,250" political prisoners': a count in another's words, a noun after it)
_COUNTED_AFTER_QUOTE: Final = ("political", "prisoner", "people", "persons", "detainees", "inmates")
_QUOTED_COUNT_RE: Final = re.compile(
    r"[\"“](?P<count>(?:[a-z]+\s+){0,2}\d[\d,]*)[\"”]"
    rf"(?=\s+(?:{'|'.join(_COUNTED_AFTER_QUOTE)})s?\b)"
)
_CLOSING_MARKS: Final = ('"', "”")
# (the term and its closing mark, looked for first by the term's own letters: most texts that
# say "political prisoners" do not set the term off)
_TERM_CLOSED_RE: Final = re.compile(r"olitical[\s-]+prisoners?[\'’\"”]")


_BOUNDARY_RE: Final = re.compile(
    rf"(?P<punct>[.!?…]+)(?:[\"”’'“)\]»]|\[\w{{1,4}}\]|\(\d{{1,3}}\)|[{FOOTNOTE_MARKS}]+)*\s+"
    r"(?=[\"“‘'(\[«„‚]|[A-Z0-9À-ÞА-ЯЁІЎ])"
)
_SENTENCE_END: Final = ".!?…"  # the characters _BOUNDARY_RE can start on
_ABBREVIATIONS: Final = frozenset(lx.words("sentences", "abbreviations"))
_NUMBERED_PARTS: Final = frozenset(lx.words("sentences", "numbered_parts"))
# inside a pattern, the full stop of a title or of "No." that stands inside a phrase ("Mr.
# Bialiatski", "Penal Colony No. 4"): no sentence's end
TITLE_STOP: Final = r"(?:(?<=\bMr)|(?<=\bMrs)|(?<=\bMs)|(?<=\bDr)|(?<=\bSt)|(?<=\bNo))\."


class Paragraph(NamedTuple):
    """One line of text; ``heading`` marks titles, captions and section heads."""

    start: int
    end: int
    heading: bool


# the text before a word that opens a sentence: the text's start, a line's, or a full stop,
# a question, an exclamation or a colon (a chat message after its sender) and spaces
SENTENCE_OPEN_RE: Final = re.compile(r"(?:^|[.!?:\n])\s*$")


def paragraphs(text: str) -> list[Paragraph]:
    """Return the non-blank lines of ``text`` with surrounding spaces trimmed off."""
    out: list[Paragraph] = []
    if "\r" in text or "\u2028" in text or "\u2029" in text:
        for match in _LINE_RE.finditer(text):
            start, end = match.span()
            out.append(Paragraph(start, end, _is_heading(text, start, end)))
        return out
    # Lines end only at "\n" here, so str.split and strip (whose whitespace is the regex's
    # \s) give the same spans as _LINE_RE at a fraction of its cost.
    at = 0
    for line in text.split("\n"):
        body = line.strip()
        if body:
            start = at + line.find(body[0])
            end = start + len(body)
            out.append(Paragraph(start, end, _is_heading(text, start, end)))
        at += len(line) + 1
    return out


# An item of a list ("• …", "- …", "1) …", "2. …") or a row of a fact box that ends in its
# figure ("Political prisoners on 31 October: 1,473", "Released | 52"): the text's own
# statements, however short and unpunctuated.
_LIST_ITEM_RE: Final = re.compile(r"[•◦▪‣·*–—-]\s|\d{1,2}[.)]\s+\D|[a-z][.)]\s")
# a message of a chat log, its time stamp and its sender before a colon ("[02/03/2022, 20:16]
# Nasta: …", "01/07/2025, 20:14 - Zmitser: …", "18:50  Lesia: …"): what someone wrote, however
# unpunctuated its end
_CHAT_LINE_RE: Final = re.compile(
    r"(?:\[[\d./,: -]{4,22}\]|\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}\s*[-–]|"
    r"\d{1,2}:\d{2})\s+[^\n:.!?]{1,40}:\s"
)
# hashtags that end a post ("#FreeThemAll #StandWithBelarus")
_HASHTAGS_END_RE: Final = re.compile(r"(?:\s*#\w+)+\s*$")
# a quotation that ends with its own punctuation, credited after a dash
_CREDITED_QUOTE_RE: Final = re.compile(r".[^\n]*?[.!?,][\"”’]\s*(?:[—–]|-(?=\s))\s*[A-Z]")
# a row of a timeline: its date, then a gap, a dash or a colon, then what happened ("Nov 2025
# US lifts remaining sanctions on …", "Dec 2021 - EU lists Belavia", "2022 | …")
# ("| End of 2022 | 1,446 political prisoners … |", "| Jul 2024 | First pardon …": a timeline
# table's row, its first cell a time)
_TIMELINE_ROW_RE: Final = re.compile(
    r"(?:\|[ \t]*)?(?:(?:(?:[Ee]nd|[Ss]tart|[Bb]eginning)\s+of|[Ee]arly|[Mm]id|[Ll]ate)\s+)?"
    rf"(?:(?:\d{{1,2}}\s+)?(?:{MONTH_PATTERN})\.?,?\s+)?(?:19|20)\d\d"
    r"(?:[ \t]{2,}|\t|\s+[-–—|]\s+)\S"
    # ("13 December - US lifts its sanctions on …", "November - …": a row of one year's
    # timeline, its date without the year, a dash before what happened)
    rf"|(?:\d{{1,2}}\s+)?(?:{MONTH_PATTERN})\s+[-–—]\s+\S"
)
# a row of a list of counts: the count, a dash, then what it counts ("509 - people newly
# recognised as political prisoners", "at least 300 - walked out at the end of their terms")
_COUNT_ROW_RE: Final = re.compile(
    r"(?:(?:at\s+least|about|some|nearly|almost|more\s+than|over)\s+)?\d[\d,.]*\s+[-–—]\s+\S"
)
_FIGURE_ROW_RE: Final = re.compile(
    r"[:|]\s*(?:about\s+|some\s+|more\s+than\s+|over\s+)?\d[\d,.\u00a0]*\s*$"
)


def _is_heading(text: str, start: int, end: int) -> bool:
    # A line that ends without sentence punctuation and is short reads as a title or a
    # caption; quotations in it are usually paraphrased, so they are not taken as claims.
    stop = end
    while stop > start and text[stop - 1] in _QUOTE_MARKS:
        stop -= 1
    if stop > start and text[stop - 1] in _HEADING_END:
        return False
    if text.find("#", start, end) >= 0:
        # ("… are still held in Belarus. #FreeThemAll": a post's hashtags after its sentence)
        tags = _HASHTAGS_END_RE.search(text, start, stop)
        if tags is not None and tags.start() > start and text[tags.start() - 1] in _HEADING_END:
            return False
    if text.count(" ", start, end) >= 20:
        return False
    if text.endswith((" and", " or"), start, stop):
        # ("WHEREAS, the United States lifted …; and": a clause of a resolution runs on)
        return False
    if text[start] in _QUOTE_MARKS and _CREDITED_QUOTE_RE.match(text, start, end):
        return False  # ('"We add names every month." — Alena Kavaliova': a credited quotation)
    # (most lines have been decided by now; the patterns run only on short unpunctuated ones)
    if (
        _LIST_ITEM_RE.match(text, start, end)
        or _CHAT_LINE_RE.match(text, start, end)
        or _TIMELINE_ROW_RE.match(text, start, end)
        or _COUNT_ROW_RE.match(text, start, end)
    ):
        return False
    return not (text[end - 1].isdigit() and _FIGURE_ROW_RE.search(text, start, end))


def is_abbreviation(masked: str, begin: int, cut: int) -> bool:
    """Return True when the full stop at ``cut`` ends an abbreviation, a title or an initial
    ("Sept.", "Mr.", "U.S."), not a sentence (``begin``: where the text may be read from)."""
    space = masked.rfind(" ", max(begin, cut - 8), cut)
    word = masked[(space + 1) if space >= 0 else max(begin, cut - 8) : cut].lstrip("(\"“‘'[")
    if not word or len(word) > 7:
        return False
    if word in _ABBREVIATIONS:
        return True
    if "." not in word:  # most words before a full stop: no generator for them
        return (
            len(word) == 1
            and word.isupper()
            # ("in Annex I. Among …": a part's number, not an initial)
            and not (
                space > begin
                and masked[max(begin, space - 9) : space].rsplit(" ", 1)[-1] in _NUMBERED_PARTS
            )
        )
    # an initial ("J. Smith") or a dotted acronym ("U.S", "U.N")
    return all(len(part) == 1 and part.isupper() for part in word.split("."))


def _boundaries(masked: str) -> list[tuple[int, int, str]]:
    """Return ``(start, end, punctuation)`` of every ``_BOUNDARY_RE`` match, as finditer would.

    The pattern can only start on a punctuation mark, and ``str.find`` reaches those several
    times faster than the engine's own scan. The pattern has no anchors, so trying it at each
    mark past the last match yields exactly finditer's matches.
    """
    marks: list[int] = []
    for ch in _SENTENCE_END:
        at = masked.find(ch)
        while at >= 0:
            marks.append(at)
            at = masked.find(ch, at + 1)
    marks.sort()
    cuts: list[tuple[int, int, str]] = []
    last = 0
    match = _BOUNDARY_RE.match
    size = len(masked)
    for at in marks:
        if at < last:
            continue
        if at + 2 < size:
            # The commonest cases settled without the engine: a mark glued to a letter or
            # digit ("U.S", "3.5") ends no sentence; one then a space or a line break and a
            # capital A-Z does.
            after = masked[at + 1]
            if after.isalnum() and after not in FOOTNOTE_MARKS:
                continue
            if after.isspace() and "A" <= masked[at + 2] <= "Z":
                last = at + 2
                cuts.append((at, last, masked[at]))
                continue
        found = match(masked, at)
        if found is not None:
            last = found.end()
            cuts.append((at, last, found[1]))
    return cuts


def sentences(masked: str, paras: list[Paragraph]) -> list[tuple[int, int]]:
    """Return sentence spans of every paragraph, split on ``masked`` (quotations blanked)."""
    out: list[tuple[int, int]] = []
    cuts = _boundaries(masked)
    positions = [c[0] for c in cuts]
    for para in paras:
        begin = para.start
        i = bisect.bisect_left(positions, para.start)
        while i < len(cuts) and cuts[i][1] <= para.end:
            cut, after, punct = cuts[i]
            i += 1
            if punct == "." and is_abbreviation(masked, begin, cut):
                continue
            end = cut + len(punct)
            while end < after and not masked[end].isspace():
                end += 1  # closing quotation marks and brackets stay with the sentence
            out.append((begin, end))
            begin = after
        if begin < para.end:
            out.append((begin, para.end))
    return out


class SentenceIndex:
    """Finds the sentence holding an offset in constant time (see ``offset_index``)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self._starts = OffsetIndex([s for s, _ in spans])

    def index(self, position: int) -> int:
        """Return the index of the sentence that holds ``position`` (-1 before the first)."""
        return self._starts.right(position) - 1

    def span(self, position: int) -> tuple[int, int]:
        """Return the span of the sentence that holds ``position`` (empty if none does)."""
        i = self.index(position)
        return self.spans[i] if i >= 0 else (position, position)


# a numbered paragraph's number ("2.3 ", "14. ", "§3 "): a report's reference, no word of the
# sentence it opens (a day at a line's start, "31 Dec", has no full stop and stays)
_PARAGRAPH_NUMBER_RE: Final = re.compile(
    r"(?m)^[ \t]*(?:\d{1,2}\.(?:\d{1,2}\.?){0,2}|§[ \t]?\d{1,2}(?:\.\d{1,2})?)[ \t]+(?=[A-Z“\"])"
)
_PARAGRAPH_NUMBER_OPENERS: Final = "0123456789§"  # (what every match opens with)


def blank_paragraph_numbers(masked: str) -> str:
    """Return ``masked`` with the numbers that open numbered paragraphs blanked, so that the
    sentence after one opens as it would without it."""
    if "." not in masked and "§" not in masked:
        return masked
    return blank_line_matches(_PARAGRAPH_NUMBER_RE, masked, _PARAGRAPH_NUMBER_OPENERS)
