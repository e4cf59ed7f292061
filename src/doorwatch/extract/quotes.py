"""Quotations: spans between quotation marks, paired paragraph by paragraph.

Straight and curly double quotes, „low-high“ and «guillemets» pair within a paragraph. A
paragraph that opens a quotation and never closes it ends the quotation at the paragraph's
end: news style then continues the same speaker's words in the next paragraph, which opens
with a fresh quotation mark. Single quotes count only in paragraphs with no double quotes,
and only where they cannot be apostrophes. Marks that only set off an organisation's proper
name after its kind ('the Human Rights Centre "Viasna"') are no quotation: nobody says it.
"""

from __future__ import annotations

import bisect
import re
from typing import Final, NamedTuple

from doorwatch.extract import lexicon as lx
from doorwatch.extract.sentences import FOOTNOTE_MARKS, Paragraph

_DOUBLE_MARKS: Final = '"“”„«»″'
_OPENERS: Final = "“„«"
_CLOSERS: Final = "”»"
_STRAIGHT: Final = '"″'
_SINGLE_OPEN_RE: Final = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))[‘'](?=[\w\[])")
# (a reference work's footnote mark may follow the closing mark: "… lets go.'[4]")
# (a footnote's mark may follow at once: "… go unanswered.’¹")
_SINGLE_CLOSE_RE: Final = re.compile(
    rf"(?<=[\w.,!?…\])—-])[’'](?=[\s.,;:!?)\]—–{FOOTNOTE_MARKS}-]|\[\w{{1,4}}\]|$)"
)
_TRIM: Final = " \t,;:—–-"


class QuoteSpan(NamedTuple):
    """A quotation: ``open``/``close`` are the marks (``close`` = paragraph end if unclosed);
    ``start``/``end`` the trimmed words; ``para`` the paragraph index."""

    open: int
    close: int
    start: int
    end: int
    para: int
    unclosed: bool


def find_quotes(text: str, paras: list[Paragraph]) -> list[QuoteSpan]:
    """Return every quotation in ``text``, in order."""
    out: list[QuoteSpan] = []
    marks = _double_marks(text)
    positions = [p for p, _ in marks]
    for index, para in enumerate(paras):
        lo = bisect.bisect_left(positions, para.start)
        hi = bisect.bisect_left(positions, para.end)
        found = _double_quotes(text, para, index, marks[lo:hi]) if hi > lo else []
        if text.find("'", para.start, para.end) >= 0 or text.find("‘", para.start, para.end) >= 0:
            if hi == lo:
                found = _single_quotes(text, para, index)
            elif found:
                # ("She said: '…' She also told me that the judge had said: "…"": words in
                # single marks beside, not inside, those in double marks)
                found = _beside(text, found, _single_quotes(text, para, index))
        out.extend(q for q in found if not _names_organisation(text, q))
    return out


_SENTENCE_MARKS: Final = ".,;:!?"
# The words after which a name in marks is a body's or a company's ("the Human Rights Centre
# "Viasna"", "the state potash producer "Belaruskali""): names of bodies' kinds, either case
_NAMING_NOUNS: Final = frozenset(
    (*lx.ORG_WORDS, *lx.ORG_ROLE_WORDS, *lx.table("sanctions", "described_heads"))
)


def _names_organisation(text: str, span: QuoteSpan) -> bool:
    # one or two capitalised words right after an organisation word, or up to three in the
    # marks of the languages that put a body's or a brand's name in them («Belavia», „Viasna“)
    inner = text[span.start : span.end]
    words = inner.split(None, 3)  # (four parts tell "more than three")
    if (
        not 0 < len(words) <= 3
        or not all(w[:1].isupper() for w in words)
        or any(mark in text[span.open + 1 : span.close] for mark in _SENTENCE_MARKS)
    ):
        return False
    if text[span.open] in "«„":
        return True
    if len(words) > 2:
        return False
    before = text[max(0, span.open - 30) : span.open].split()
    return bool(before) and before[-1] in _NAMING_NOUNS


def _positions(text: str, chars: str, start: int = 0, end: int | None = None) -> list[int]:
    """Return the sorted offsets in ``text[start:end]`` of any of the characters ``chars``.

    ``str.find`` skips to a character far faster than a regex scan does, and marks are few.
    """
    stop = len(text) if end is None else end
    out: list[int] = []
    for ch in chars:
        at = text.find(ch, start, stop)
        while at >= 0:
            out.append(at)
            at = text.find(ch, at + 1, stop)
    out.sort()
    return out


def _double_marks(text: str) -> list[tuple[int, str]]:
    """Return ``(offset, mark)`` of every double quotation mark in ``text``, in order."""
    return [(at, text[at]) for at in _positions(text, _DOUBLE_MARKS)]


def _span(text: str, open_: int, close: int, para: int, unclosed: bool) -> QuoteSpan | None:
    start, end = open_ + 1, close
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    # Quoted words nearly always start with a letter: the generator runs only when not.
    if end <= start or not (text[start].isalnum() or any(c.isalnum() for c in text[start:end])):
        return None
    if unclosed and text.count(" ", start, end) < 1:
        return None  # a lone stray mark, not an opened quotation
    return QuoteSpan(open_, close, start, end, para, unclosed)


def _double_quotes(
    text: str, para: Paragraph, index: int, marks: list[tuple[int, str]]
) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    open_: int | None = None
    open_ch = ""
    for pos, ch in marks:
        if open_ is None:
            if ch in _OPENERS or ch in _STRAIGHT:
                open_, open_ch = pos, ch
            continue
        if ch in _CLOSERS or ch in _STRAIGHT or (open_ch == "„" and ch == "“"):
            span = _span(text, open_, pos, index, False)
            if span is not None:
                out.append(span)
            open_ = None
        elif ch in _OPENERS:
            open_, open_ch = pos, ch  # an opener inside an open quotation: the first was stray
    if open_ is not None:
        span = _span(text, open_, para.end, index, True)
        if span is not None:
            out.append(span)
    return out


def _beside(text: str, double: list[QuoteSpan], single: list[QuoteSpan]) -> list[QuoteSpan]:
    """Return the quotations in ``double`` with those of ``single`` that overlap none of
    them and read as a sentence said (a capital, then four words or more: not a term in
    single marks, "the 'democratic forces'"), in order of their opening marks."""
    apart = [
        q
        for q in single
        if text[q.start : q.start + 1].isupper()
        and len(text[q.start : q.end].split()) >= _SAID_WORDS
        and not any(q.open <= d.close and d.open <= q.close for d in double)
    ]
    return sorted(double + apart) if apart else double


_SAID_WORDS: Final = 4  # words that single marks beside double ones must hold to be a sentence said


def _single_quotes(text: str, para: Paragraph, index: int) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    # Both patterns match one mark, so their finditer matches are the marks where a match
    # succeeds; lookbehinds still see the text before ``para.start`` as finditer's do.
    marks = _positions(text, "'‘’", para.start, para.end)
    opens, close = _SINGLE_OPEN_RE.match, _SINGLE_CLOSE_RE.match
    # (a mark after a letter or a digit opens nothing: "Lukashenko's", plain tests first)
    openers = [at for at in marks if not text[at - 1 : at].isalnum() and opens(text, at, para.end)]
    if not openers:
        return out
    closers = [at for at in marks if close(text, at, para.end)]
    position = para.start
    for at in openers:
        if at < position:
            continue
        i = bisect.bisect_right(closers, at + 1)
        if i == len(closers):
            break
        span = _span(text, at, closers[i], index, False)
        if span is not None:
            out.append(span)
        position = closers[i] + 1
    return out


def is_statement(text: str, span: QuoteSpan) -> bool:
    """Return True when the quoted words of ``span`` are a statement someone made: not one
    word inside a sentence ("sentenced under 'extremist' articles", a term; '"Firmly," she
    added' opens its sentence and is said), nor a charge's name ('on charges of "creating an
    extremist group"')."""
    if not _SPACE_RE.search(text, span.start, span.end) and not _opens_sentence(text, span.open):
        return False
    if span.end - span.start <= 5 and _INITIALS_RE.fullmatch(text, span.start, span.end):
        return False  # ('"K." asked that his name not be used': a name kept to its initial)
    if (
        may_end_charge(text[max(0, span.open - 40) : span.open])
        and _CHARGE_BEFORE_RE.search(text, max(0, span.open - 40), span.open) is not None
    ):
        return False
    if _is_work_title(text, span):
        return False
    if (
        _ends_term(text[max(0, span.open - 24) : span.open])
        and _TERM_BEFORE_RE.search(text, max(0, span.open - 24), span.open) is not None
    ):
        return False  # ('do not use the term "political prisoners"': a word, no one's words)
    # ('… lists of "extremist formations" and "extremist materials"': the second of two names)
    return not (
        text.endswith(("and ", "or "), 0, span.open)
        and _SECOND_NAME_RE.search(text, max(0, span.open - 80), span.open) is not None
    )


_SPACE_RE: Final = re.compile(r"\w\s+\w")
# what names the quoted words as a term ("the term", "the word", "so-called")
_TERM_BEFORE_RE: Final = re.compile(
    r"\b(?:[Tt]he\s+(?:terms?|words?|label|expression)|[Ss]o-called)\s*[,:]?\s*$"
)
# the last words of every phrase above
_TERM_ENDS: Final = ("term", "terms", "word", "words", "label", "expression", "called")


def _ends_term(before: str) -> bool:
    """Return True when ``before``, spaces and one comma or colon aside, ends on a word that
    ends a term's phrase (``_TERM_BEFORE_RE`` can match only then)."""
    stripped = before.rstrip()
    if stripped.endswith((",", ":")):
        stripped = stripped[:-1].rstrip()
    return stripped.endswith(_TERM_ENDS)


_INITIALS_RE: Final = re.compile(r"[A-Z]\.(?:\s?[A-Z]\.)?")
# ('In "The Quiet Barrack", the former prisoner …', 'the documentary "The Glass Room"')
_WORK_BEFORE_RE: Final = re.compile(
    rf"(?:\b(?i:{lx.alternation(lx.words('speech', 'work_nouns'))})|(?:^|[\n.]\s*)In)\s*[,:]?\s*$"
)
_TITLE_SMALL_WORDS: Final = frozenset(lx.words("speech", "title_small_words"))
# how the stretch before a title ends, spaces and one comma or colon aside, when the pattern
# above can match in it: a noun of works (in any case) or "In"
_WORK_ENDS: Final = (*lx.words("speech", "work_nouns"), "in")


def _is_work_title(text: str, span: QuoteSpan) -> bool:
    """Return True when ``span`` quotes the title of a work: a few words in capitals (small
    words aside) after a noun of works or after "In" opening a sentence."""
    # (the plain tests first: most quotations open in lower case or end in punctuation)
    if not text[span.start : span.start + 1].isupper() or text[span.end - 1 : span.end] in ".!?,;:":
        return False
    if (
        not may_end_work(text[max(0, span.open - 30) : span.open])
        or _WORK_BEFORE_RE.search(text, max(0, span.open - 30), span.open) is None
    ):
        return False
    words = text[span.start : span.end].split()
    return 0 < len(words) <= 8 and all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words)


_CHARGE_BEFORE_RE: Final = re.compile(
    r"\b(?:charges?\s+of|charged\s+with|convicted\s+(?:of|for)|accused\s+of|guilty\s+of|"
    r"sentenced\s+for|articles?\s+(?:on|for)|"
    # ('added to the lists of "extremist formations"', 'labelled "extremist materials"': the
    # name of a list or a label, no one's statement)
    r"(?:lists?|registers?|registry)\s+of|labell?ed(?:\s+as)?|branded(?:\s+as)?|"
    r"designated\s+as)\s*$"
)
# the last letters of every phrase above: the words before a quotation that end otherwise
# (most of them) need no try of the pattern
_CHARGE_ENDS: Final = ("of", "with", "for", "on", "ed", "as")


def may_end_charge(before: str) -> bool:
    """Return False when ``before`` (the words before a quotation) cannot end as a charge's or a
    list's phrase ("on charges of", "labelled as") does, spaces aside; True when it may."""
    return before.rstrip().endswith(_CHARGE_ENDS)


def may_end_work(before: str) -> bool:
    """Return False when ``before`` cannot end as a noun of works or "In" does, spaces and one
    comma or colon aside ('the documentary "…"', 'In "…",'); True when it may."""
    before = before.rstrip()
    if before.endswith((",", ":")):
        before = before[:-1].rstrip()
    # (the engine, ignoring case, also takes a dotless "ı" for an "i", which casefold keeps)
    return before.casefold().replace("ı", "i").endswith(_WORK_ENDS)


_SECOND_NAME_RE: Final = re.compile(
    r"\b(?:lists?|registers?|registry)\s+of\s+[\"“][^\"“”]{1,40}[\"”]\s*,?\s+(?:and|or)\s*$"
)


def _opens_sentence(text: str, at: int) -> bool:
    # only spaces between ``at`` and the end of the sentence or paragraph before it
    before = text[max(0, at - 200) : at].rstrip()
    return not before or before[-1] in ".!?:\n"


# «Belavia», „Viasna“: one to three capitalised words in the marks of the languages that put
# a body's or a brand's name in them; "Viasna", “Belaruskali” after a word for a body's kind
# (the same tests as _names_organisation's)
_NAME_IN_MARKS_RE: Final = re.compile(
    r"[«„](?=[A-Z])((?:[^\s«»„“”\".,;:!?]+ ?){1,3})(?<! )[»“”]|"
    r"[\"“](?=[A-Z])((?:[^\s«»„“”\".,;:!?]+ ?){1,2})(?<! )[\"”]"
)
# (not after a body's own name word, "the Human Rights Centre "Viasna"", whose name runs on
# into the marks, see mentions)
_LOWER_NAMING_NOUNS: Final = _NAMING_NOUNS - lx.ORG_WORDS


def blank_name_marks(masked: str) -> str:
    """Return ``masked`` with the marks around a body's or a brand's name («Belavia», the
    centre "Viasna") taken out (the name one character earlier, spaces after it: the same
    length), so that the name reads as the words around it do."""
    # (tried only at the marks, found by plain searches: a pattern over the whole text would
    # cost more than the rest of the quotation rules)
    pieces: list[str] = []
    last = 0
    for at in _positions(masked, '«„"“'):
        if at < last or not "A" <= masked[at + 1 : at + 2] <= "Z":
            continue  # (a capital must follow the mark; most marks open quoted words)
        match = _NAME_IN_MARKS_RE.match(masked, at)
        if match is None:
            continue
        name = match.group(1) or match.group(2)
        if not all(word[:1].isupper() for word in name.split()):
            continue
        if match.group(2) is not None:
            before = masked[max(0, at - 30) : at]
            words = before.split()
            if not before.endswith(" ") or not words or words[-1] not in _LOWER_NAMING_NOUNS:
                continue
        pieces.append(masked[last:at])
        pieces.append(name + " " * (match.end() - at - len(name)))
        last = match.end()
    if not pieces:
        return masked
    pieces.append(masked[last:])
    return "".join(pieces)


def mask(text: str, quotes: list[QuoteSpan]) -> str:
    """Return ``text`` with each quotation's words blanked to spaces (same length).

    A final ``.``, ``!`` or ``?`` inside the marks is kept so that sentences still end there.
    """
    if not quotes:
        return text
    pieces: list[str] = []
    last = 0
    for q in quotes:
        inner_start, inner_end = q.open + 1, q.close
        if inner_start < last:
            continue
        pieces.append(text[last:inner_start])
        keep = (
            text[inner_end - 1] if inner_end > inner_start and text[inner_end - 1] in ".!?" else ""
        )
        pieces.append(" " * (inner_end - inner_start - len(keep)) + keep)
        last = inner_end
    pieces.append(text[last:])
    return "".join(pieces)
