"""Who a document speaks for ("the review said", "the report argues"): whoever a sentence just
before says issued such a document, else the organisation the text names most often before
it, else the institution a byline names. A transcript's label in capitals ("HOST:") names who
speaks a turn, never a document's author.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.dates import MONTHS, WEEKDAYS
from doorwatch.extract.mentions import ORG_ROLE_RE, Mention, Mentions
from doorwatch.extract.script_labels import is_turn_label
from doorwatch.extract.sentences import SentenceIndex

_AUTHOR_REACH: Final = 120  # mentions looked back over for a document's author
_OPENERS: Final = frozenset('.!?:"“”') | {""}  # what stands before a sentence's first word
_ISSUER_SENTENCES: Final = 2  # "X said in a statement." this many sentences before "the statement"
# "Review by the Human Rights Centre "Viasna"", "A statement of the Office of X"
_BYLINE_RE: Final = re.compile(
    r"\b(?:[Bb]y|[Oo]f|[Ff]rom)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w’'.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'.&-]*)*"
    r"(?:\s+[\"“«][A-Z][^\"”»\n]{1,40}[\"”»])?)"
)
_WHERE_BEFORE_RE: Final = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear)\s+$")
_QUOTE_MARKS: Final = str.maketrans("", "", '"“”«»')


def document_author(
    masked: str,
    mentions: Mentions,
    index: SentenceIndex,
    headings: str,
    name: Callable[[Mention], str | None],
    position: int,
    noun: str = "",
) -> str | None:
    """Return who a document ("the review said") at ``position`` speaks for: whoever a
    sentence just before says issued such a document ("X's office said in a statement"),
    else the organisation the text has named most often so far (the nearest of them on a
    tie), counting a single capitalised word only inside a sentence, where its capital
    marks a name; else the institution a byline names. None when there is none."""
    issuer = _issuer(masked, mentions, index, name, position, noun) if noun else None
    if issuer is not None:
        return issuer
    counts: dict[str, int] = {}
    order: dict[str, int] = {}
    for i, m in enumerate(mentions.before(position, _AUTHOR_REACH)):
        if (
            (
                m.kind == "org"
                or (
                    m.kind == "bare"
                    and m.key not in lx.DEMONYMS
                    # ("since May 2020": a month is no author)
                    and m.key.lower() not in MONTHS
                    and m.key.lower() not in WEEKDAYS
                    and masked[max(0, m.start - 3) : m.start].strip()[-1:] not in _OPENERS
                    # ("In Stuttgart, the oboist …": a single word where something happened)
                    and not (
                        _WHERE_BEFORE_RE.search(masked, max(0, m.start - 7), m.start)
                        and not m.possessive
                    )
                )
            )
            and not is_turn_label(masked, m.start, m.end)
        ):
            named = name(m) or m.key
            counts[named] = counts.get(named, 0) + (2 if m.kind == "org" else 1)
            order.setdefault(named, i)
    if not counts:
        return _byline_author(headings)
    for named in counts:
        # the title names the author of a review more often than anyone else
        # ("Viasna sums up 2024: …")
        if headings and re.search(rf"\b{re.escape(named)}\b", headings):
            counts[named] += 2
    return min(counts, key=lambda named: (-counts[named], order[named]))


def _issuer(
    masked: str,
    mentions: Mentions,
    index: SentenceIndex,
    name: Callable[[Mention], str | None],
    position: int,
    noun: str,
) -> str | None:
    """Return the first name of the nearest sentence before ``position`` (within two)
    that speaks of a document called ``noun``, or None."""
    si = index.index(position)
    for i in range(si - 1, max(-1, si - _ISSUER_SENTENCES - 1), -1):
        start, end = index.spans[i]
        at = masked[start:end].lower().find(noun.lower())
        if at < 0:
            continue
        for m in mentions.within(start, start + at):
            if (
                m.kind in ("person", "org", "bare")
                and m.key not in lx.DEMONYMS
                # ("HOST: Freedom House published a report": who published it)
                and not is_turn_label(masked, m.start, m.end)
            ):
                return name(m) or m.key
    return None


def _byline_author(headings: str) -> str | None:
    """Return the organisation a byline names ('Review by the Human Rights Centre
    "Viasna"'), quotation marks around its proper name dropped, or None."""
    for found in _BYLINE_RE.finditer(headings):
        org = " ".join(found.group("org").translate(_QUOTE_MARKS).split())
        # "By Jane Smith" names the reporter; an author here is an institution
        if any(ORG_ROLE_RE.fullmatch(word) for word in org.split()):
            return org
    return None
