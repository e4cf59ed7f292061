"""Counts given as the answer to the question just before them: an FAQ's "Who was released?"
above "Fourteen people, on 21 June.", a live chat's "How many political prisoners are there
today?" above "VARONKA: The most recent monthly count, as of 31 October, is 1,299.". The
answer names no measure; the question does, so the question's cue gives the count its measure
and the answer gives its value, qualifier and date. So too a number told alone ("1,131.")
and explained by the sentence after it ("That is how many people Viasna listed as political
prisoners on 31 December").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from doorwatch.extract.claims import Figure
from doorwatch.extract.count_cues import told_measure
from doorwatch.extract.count_qualifiers import qualifier_before
from doorwatch.extract.dates import point_date
from doorwatch.extract.numbers import Number

# a question that asks for a count or for who ("How many …?", "Who was pardoned?", "What is
# the latest figure?")
_ASKS_RE: Final = re.compile(r"\b(?:[Hh]ow\s+many|[Ww]ho|number|count|figure|total|tally)\b")
# what may open the answer before its count: a turn's label ("SIDARENKA:", "A:") and, in a
# count's own words, "the most recent monthly count, as of 31 October, is"
_LABEL: Final = r"(?:(?:A|[A-ZÀ-Ž][A-ZÀ-Ž.'’ -]{1,40}):\s+)?"
_OPENS_RE: Final = re.compile(
    r"\s*" + _LABEL + r"(?:(?:The|the|Our|Its|That|This|Their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:count|figure|total|number|tally)\b[^.?!:;\"“”]{0,60}?"
    r"\b(?:is|was|stood\s+at|stands\s+at|came\s+to|reached)\s+)?"
)
# what may follow the count: the end of the answer's first clause, its people, or when
_AFTER_RE: Final = re.compile(
    r"(?:\s+(?:political\s+prisoners|prisoners|people|persons|individuals|men\s+and\s+women))?"
    r"(?:\s*[,.;:—–]|\s+(?:on|in|as\s+of|by|at|announced|according)\b|\s*$)"
)


def question_count(
    text: str,
    number: Number,
    sentence: tuple[int, int],
    question: tuple[int, int],
    published: dt.date | None,
) -> Figure | None:
    """Return the figure of a number that opens the answer in ``sentence`` to the question in
    ``question`` (the sentence before it), with the measure the question asks about; None when
    the sentence before asks no count, tells no one measure, or the number does not open the
    answer."""
    start, end = sentence
    q_start, q_end = question
    if not text[q_start:q_end].rstrip().endswith("?"):
        return None
    if _ASKS_RE.search(text, q_start, q_end) is None:
        return None
    qualifier, words_start = qualifier_before(text, start, number.start)
    if _OPENS_RE.fullmatch(text, start, words_start) is None:
        return None  # (the number is not where the answer opens: "In 2021 the list held 40")
    if _AFTER_RE.match(text, number.end, end) is None:
        return None
    measure = told_measure(text, q_start, q_end)
    if measure is None:
        return None
    date = point_date(text, start, end, published)
    return Figure(measure, number.value, qualifier, date, words_start, number.end, None)


# what opens the sentence that explains a number told alone before it ("1,131. That is how
# many people …", "342. That many were pardoned …", "509. The number of people …")
_ANSWER_RE: Final = re.compile(
    r"(?:That|This)\s+is\s+(?:how\s+many|the\s+number\s+of)\b|That\s+many\b|"
    r"The\s+(?:total\s+)?number\s+of\b"
)


def answered_count(
    text: str,
    number: Number,
    sentence: tuple[int, int],
    following: tuple[int, int],
    published: dt.date | None,
) -> Figure | None:
    """Return the figure of a number told alone ("1,131.") and explained by the sentence after
    it ("That is how many people Viasna listed as political prisoners on 31 December"), or
    None when the number does not stand alone or the next sentence does not say what it is."""
    start, end = sentence
    if text[start:end].strip().rstrip(".") != text[number.start : number.end]:
        return None
    f_start, f_end = following
    if not _ANSWER_RE.match(text, f_start, f_end):
        return None
    measure = told_measure(text, f_start, f_end)
    if measure is None:
        return None
    date = point_date(text, f_start, f_end, published)  # (not "since May 2020": when it began)
    return Figure(measure, number.value, "exact", date, number.start, number.end, None)
