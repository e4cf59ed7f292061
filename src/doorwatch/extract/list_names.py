"""Counts of names on a list of political prisoners: "added 25 new names to its list" are new
names (designated), "the list now includes 358 names" is the list's size (held); names struck
off a list, and names on a sanctions list, are not counted here.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract.count_cues import POST_CUE_RE, cue_kind
from doorwatch.extract.word_gates import any_in

_ADDED_RE: Final = re.compile(
    r"\b(?:add(?:ed|s|ing)?|recogni[sz](?:ed|es|ing)|designat(?:ed|es|ing))\b"
)
_ADDED_AFTER_RE: Final = re.compile(r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?added\b")
_LIST_BEFORE_REACH: Final = 200  # the list the names are entries of, named this far before
_CUE_REACH: Final = 60  # the verb before the number that says what became of the names
_REMOVED_RE: Final = re.compile(r"\b(?:remov|delet|struck|strik|dropp)\w*\s+(?:\w+\s+){0,3}$")
_STRUCK_RE: Final = re.compile(
    r"\s+(?:\w+\s+){0,3}?(?:remov|delet|struck|strik|dropp|tak(?:en|es)\s+off)"
)
# "the list grew by 509 new names": the change of a list's size, told before the count
BY_CHANGE_RE: Final = re.compile(
    r"\b(?:grown|grew|risen|rose|increased|fallen|fell|dropped|decreased|shrunk|shrank|declined|"
    r"swelled|swollen)\s+by\s+(?:some\s+|about\s+|nearly\s+|almost\s+|around\s+|roughly\s+|"
    r"more\s+than\s+|over\s+)?$"
)
_SANCTIONS_LIST_WORDS: Final = ("sanction", "SDN", " measures")


def names_kind(text: str, start: int, end: int, q_start: int, after: int) -> str | None:
    """Return the kind of a count of names in the sentence ``text[start:end]`` whose number
    starts at ``q_start`` and whose noun ends at ``after``: "des" for names newly added to a
    list of political prisoners, "held" for the list's size, another cue's kind when a verb
    after the names tells it, or None when the names are no such list's entries."""
    # "The list … now includes 358 names" may stand paragraphs after the list was named
    # ("Viasna's list … stood at 1,437. The group has recognised 889 new names": the list
    # named in the sentence before)
    # ("Viasna counts 1,100 political prisoners, and it has added more than 100 new names":
    # the list its own sentence counts)
    # ("Viasna counted 1,473 political prisoners, and 30 new names were added in October": the
    # verb after the names)
    listed = text.find("list", max(0, start - _LIST_BEFORE_REACH), end) >= 0 or (
        text.find("political prisoner", start, end) >= 0
        and (
            _ADDED_RE.search(text, max(start, q_start - _CUE_REACH), q_start) is not None
            or _ADDED_AFTER_RE.match(text, after, end) is not None
        )
    )
    if (
        not listed
        or text.find("political prisoner", 0, end) < 0
        # ("removed Belavia from the SDN List … and added 25 names": a sanctions list's)
        or any_in(text, start, end, _SANCTIONS_LIST_WORDS)
    ):
        return None
    if _STRUCK_RE.match(text, after, end) or _REMOVED_RE.search(
        text, max(start, q_start - _CUE_REACH), q_start
    ):
        return None
    post = POST_CUE_RE.match(text, after, end)
    # ("the list stood at 1,299, with 35 names added that month": added, with no auxiliary)
    if post is not None and (post.group("aux").strip() or post.group("des")):
        return cue_kind(post)
    if _ADDED_RE.search(text, max(start, q_start - _CUE_REACH), q_start) or (
        BY_CHANGE_RE.search(text, max(start, q_start - 40), q_start)
    ):
        return "des"  # "added 25 new names", "the list grew by 509 new names"
    return "held"
