"""Where the words a sanction measure needs stand in a text, found in one pass.

``doorwatch.extract.sanctions`` asks here where "sanction", "restrict", "ban", " list" and the
other words of ``sanction_windows`` and ``word_groups`` stand (``WordHits``), and which of their
hits are worth reading (the measure words, the bans, the lists a target is added to or stands
on, the measures a verb widens); ``sanction_windows`` then says where around each hit each
shape is tried.
"""

from __future__ import annotations

import re
from typing import Any

import ahocorasick

from doorwatch.extract.sanction_shapes import WIDENED_TO
from doorwatch.extract.sanction_windows import (
    AIRSPACE_WORDS,
    ALIGNED_WORDS,
    APPLY_WORDS,
    BAN_WORDS,
    BLOCKING_WORDS,
    COVERING_WORDS,
    DESIGNATION_WORDS,
    ENTRY_DELETED_WORDS,
    EXTEND_WORDS,
    FUNDS_WORDS,
    HIT_BY_WORDS,
    IMPOSED_ON_WORDS,
    LISTED_WORDS,
    LISTING_WORDS,
    MEASURE_TARGETS_WORDS,
    OF_POWER_WORDS,
    ON_LIST_WORDS,
    ONES_WORDS,
    PERMIT_WORDS,
    REGULATIONS_WORDS,
    RESTRICT_BANS,
    RESTRICT_MEASURES,
    ROW_LABEL_WORDS,
    SUSPENDED_WORDS,
    THEM_WORDS,
    THREAT_WORDS,
    TOPIC_WORDS,
    TRANSIT_WORDS,
    WIDEN_WORDS,
)
from doorwatch.extract.swift_shapes import SWIFT_WORDS
from doorwatch.extract.word_gates import any_in
from doorwatch.extract.word_groups import WORD_GROUPS

_ADDED_WORDS = ("added ", "adds ", "adding ", " add ")
# (each word, and where in it the measure's noun begins)
_OTHER_MEASURE_WORDS = (
    ("penalties", 0),
    ("curbs ", 0),
    ("tariffs on ", 0),
    ("export controls on ", 7),
)
_ADDED_REACH = 150


def shared_hits(text: str) -> tuple[list[int], list[int], list[int], list[int]]:
    """Return the positions of the measure words ("restrictions", "measures on",
    "penalties", "tariffs on"), of the "restrict…" ban verbs, of "a
    measure" in an appositive that may tell the measure a relief ended, and of "measures to"
    after a verb that widens them."""
    measures: list[int] = []
    widened: list[int] = []
    bans: list[int] = []
    appositives: list[int] = []
    at = text.find("restrict")
    while at >= 0:
        if text.startswith(RESTRICT_MEASURES, at):
            measures.append(at)
            if text.startswith("restrictions to ", at) and any_in(
                text, max(0, at - 60), at, WIDEN_WORDS
            ):
                widened.append(at)  # "extended the trade restrictions to timber, cement …"
        elif text.startswith(RESTRICT_BANS, at):
            bans.append(at)
        at = text.find("restrict", at + 8)
    at = text.find("measure")
    while at >= 0:
        if not text.startswith("measures", at):
            if text.startswith(" a ", at - 3):
                appositives.append(at)  # ", a measure it had banned since 2023"
        elif at >= 4 and text[at - 4 : at] in ("its ", "new "):
            measures.append(at - 4)
        elif at >= 6 and text[at - 6 : at] in ("those ", "these "):
            measures.append(at - 6)  # referred back to (ANAPHORIC_RE)
        if text.startswith(
            (
                "measures on",
                "measures against",
                "measures hitting",
                "measures, target",
                "measures, on ",
            ),
            at,
        ):
            measures.append(at)
        elif text.startswith("measures to ", at) and any_in(text, max(0, at - 60), at, WIDEN_WORDS):
            widened.append(at)  # "extended part of its Russia measures to Belarus"
        at = text.find("measure", at + 7)
    # other words for the measures in a text about sanctions, each hit kept at the measure's
    # noun: "removes American penalties first imposed on …", "eased its curbs on Belavia"
    # (news's short word), "adopted tariffs on fertilisers from … Belarus" (duties that keep
    # a country's goods out), "Japan announced export controls on Belarus"
    for word, noun_at in _OTHER_MEASURE_WORDS:
        at = text.find(word)
        while at >= 0:
            measures.append(at + noun_at)
            at = text.find(word, at + len(word))
    return measures, bans, appositives, widened


def added_to_list_hits(text: str, hits: WordHits) -> list[int]:
    """Return the hits on " list" a target was added to ("later added Neman to its
    asset-freeze list"), in sentences that may name no measure: those with "to" shortly
    before them and an "add" before that."""
    return [
        at
        for at in hits.find_all(ON_LIST_WORDS)
        if text.find(" to ", max(0, at - 40), at) >= 0
        and any_in(text, max(0, at - _ADDED_REACH), at, _ADDED_WORDS)
    ]


def on_list_hits(text: str, hits: WordHits) -> list[int]:
    """Return the hits on " list" a target may stand on ("… have been on the Treasury's
    blocking list"): those with "on" shortly before them."""
    return [
        at for at in hits.find_all(ON_LIST_WORDS) if text.find(" on ", max(0, at - 40), at) >= 0
    ]


def widened_topic(text: str, topic: list[int]) -> list[int]:
    """Return the hits on "sanctions" in ``topic`` that a verb widens to a new target
    ("extended part of its Russia sanctions to Belarus")."""
    return [
        at
        for at in topic
        if _WIDENED_TO_RE.match(text, at) and any_in(text, max(0, at - 60), at, WIDEN_WORDS)
    ]


def widened_freezes(text: str, hits: WordHits) -> list[int]:
    """Return the hits on a freeze that a verb before it widens ("extended its asset freeze
    to a further group of …")."""
    return [at for at in hits.find_all(("reez",)) if any_in(text, max(0, at - 60), at, WIDEN_WORDS)]


# "sanctions to Belarus", "sanctions against Russia to Belarus" (after a verb that widens them)
_WIDENED_TO_RE = re.compile(rf"anctions(?:\s+(?:on|against)\s+[A-Z][\w.]*)?\s+{WIDENED_TO}")


def ban_hits(text: str) -> tuple[list[int], list[int]]:
    """Return the positions of the verb "ban" ("banned", "bans") and of the noun "ban" after
    a verb that widens it ("extends the transaction ban to …"), from one scan for "ban"."""
    verbs: list[int] = []
    widened: list[int] = []
    at = text.find("ban")
    while at >= 0:
        after = text[at + 3 : at + 4]
        if at == 0 or not text[at - 1].isalpha():  # not "urban"
            if after in ("n", "s"):
                verbs.append(at)
            elif after in ",.;:":
                verbs.append(at)  # "its potash ban, introduced in 2021," (ADJUNCT_BAN_RE)
            elif after == " ":
                verbs.append(at)  # "imposed a travel ban on …" (PENALTY_RE)
                if any(w in text[max(0, at - 80) : at] for w in EXTEND_WORDS):
                    widened.append(at)
        at = text.find("ban", at + 3)
    return verbs, widened


class WordHits:
    """Where each of the words the shapes are found by stands in one text, read in one pass.

    An Aho–Corasick automaton (``pyahocorasick``, in C) finds every word of ``HIT_WORDS`` at
    once: a plain search a word would scan the whole text some thirty times. ``find_all``
    answers from the positions found, so every word asked for must be one of ``HIT_WORDS``.
    """

    __slots__ = ("_at",)

    def __init__(self, text: str) -> None:
        at: dict[str, list[int]] = {}
        for end, word in _AUTOMATON.iter(text):
            found = at.get(word)
            if found is None:
                at[word] = [end - len(word) + 1]
            else:
                found.append(end - len(word) + 1)
        self._at = at

    def find_all(self, words: tuple[str, ...]) -> list[int]:
        """Return the start of each occurrence of each of ``words`` (not overlapping), by word."""
        out: list[int] = []
        for word in words:
            free = 0
            for at in self._at.get(word, ()):
                if at >= free:
                    out.append(at)
                    free = at + len(word)
        return out


# Every word a group of shapes is found by in find_sanctions (see WordHits).
HIT_WORDS: tuple[str, ...] = (
    TOPIC_WORDS
    + BAN_WORDS
    + PERMIT_WORDS
    + DESIGNATION_WORDS
    + BLOCKING_WORDS
    + TRANSIT_WORDS
    + LISTING_WORDS
    + APPLY_WORDS
    + LISTED_WORDS
    + ALIGNED_WORDS
    + IMPOSED_ON_WORDS
    + OF_POWER_WORDS
    + COVERING_WORDS
    + ROW_LABEL_WORDS
    + (
        "restrict",
        "barred",
        *ONES_WORDS,
        "restrictions on",
        *THREAT_WORDS,
        *THEM_WORDS,
        *[word for words, _ in WORD_GROUPS for word in words],
        "delist",
        *ENTRY_DELETED_WORDS,
        *HIT_BY_WORDS,
        *MEASURE_TARGETS_WORDS,
        *FUNDS_WORDS,
        *ON_LIST_WORDS,
        *SWIFT_WORDS,
        *REGULATIONS_WORDS,
        *AIRSPACE_WORDS,
        *SUSPENDED_WORDS,
        "relief ",
        "relaxation ",
    )
)


# The automaton looks each character of a text up among a node's next letters in the order
# they were added: adding the words so that the letters common in English come first makes
# most look-ups short (and the order fixed, where a frozenset's varies from run to run).
_LETTER_ORDER = " etaoinsrhldcumwfgypbvkjxqz"


def _letter_rank(word: str) -> list[int]:
    return [_LETTER_ORDER.find(c) if c in _LETTER_ORDER else 128 + ord(c) for c in word]


def _build_automaton(words: frozenset[str]) -> Any:
    automaton = ahocorasick.Automaton()
    for word in sorted(words, key=_letter_rank):
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


_AUTOMATON = _build_automaton(frozenset(HIT_WORDS))
