"""Where the words a sanction measure needs stand in a text, found in one pass.

``doorwatch.extract.sanctions`` asks here where "sanction", "restrict", "ban", " list" and the
other words of ``sanction_windows`` and ``word_groups`` stand (``WordHits``), and which of their
hits are worth reading (the measure words, the bans, the lists a target is added to or stands
on, the measures a verb widens), and which windows each group of hits opens (``measure_hits``);
``sanction_windows`` then says where around each hit each shape is tried.
"""

from __future__ import annotations

import re
from typing import Any, Final

import ahocorasick

from doorwatch.extract.sanction_shapes import WIDENED_TO
from doorwatch.extract.sanction_topic import about_sanctions
from doorwatch.extract.sanction_windows import (
    ADDED_TO_LIST_WINDOWS,
    AIRSPACE_WINDOWS,
    AIRSPACE_WORDS,
    ALIGNED_WINDOWS,
    ALIGNED_WORDS,
    APPLY_WINDOWS,
    APPLY_WORDS,
    BAN_WINDOWS,
    BAN_WORDS,
    BANNED_SINCE_WINDOWS,
    BLOCKING_WINDOWS,
    BLOCKING_WORDS,
    COVERING_WINDOWS,
    COVERING_WORDS,
    DELIST_WINDOWS,
    DESIGNATED_WINDOWS,
    DESIGNATION_WORDS,
    ENTRY_DELETED_WINDOWS,
    ENTRY_DELETED_WORDS,
    EXTEND_WINDOWS,
    EXTEND_WORDS,
    FUNDS_WINDOWS,
    FUNDS_WORDS,
    HIT_BY_WINDOWS,
    HIT_BY_WORDS,
    IMPOSED_ON_WINDOWS,
    IMPOSED_ON_WORDS,
    LISTED_WINDOWS,
    LISTED_WORDS,
    LISTING_WINDOWS,
    LISTING_WORDS,
    MEASURE_TARGETS_WINDOWS,
    MEASURE_TARGETS_WORDS,
    NOUN_RELIEF_WINDOWS,
    NOUN_RELIEF_WORDS,
    OF_POWER_WINDOWS,
    OF_POWER_WORDS,
    ON_LIST_WINDOWS,
    ON_LIST_WORDS,
    ONES_WINDOWS,
    ONES_WORDS,
    PERMIT_WINDOWS,
    PERMIT_WORDS,
    PLAIN_TRADE_WINDOWS,
    PLAIN_WINDOWS,
    REGULATIONS_WINDOWS,
    REGULATIONS_WORDS,
    RELIEF_WINDOWS,
    RESTRICT_BANS,
    RESTRICT_MEASURES,
    ROW_LABEL_WORDS,
    ROW_WINDOWS,
    SUSPENDED_WINDOWS,
    SUSPENDED_WORDS,
    THEM_NEEDLES_RE,
    THEM_WINDOWS,
    THEM_WORDS,
    THREAT_WINDOWS,
    THREAT_WORDS,
    TOPIC_WINDOWS,
    TOPIC_WORDS,
    TRANSIT_WINDOWS,
    TRANSIT_WORDS,
    WIDEN_WORDS,
)
from doorwatch.extract.swift_shapes import SWIFT_WINDOWS, SWIFT_WORDS
from doorwatch.extract.word_gates import any_in
from doorwatch.extract.word_groups import WORD_GROUPS, Windows

_ADDED_WORDS: Final = ("added ", "adds ", "adding ", " add ")
# (each word, and where in it the measure's noun begins)
_OTHER_MEASURE_WORDS: Final = (
    ("penalties", 0),
    ("curbs ", 0),
    ("tariffs on ", 0),
    ("export controls on ", 7),
    # ("Restrictions on Belavia were lifted in November": the noun opening a sentence)
    ("Restrictions", 0),
    ("Restrictive measures", 0),
)
_ADDED_REACH: Final = 150


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
_WIDENED_TO_RE: Final = re.compile(rf"anctions(?:\s+(?:on|against)\s+[A-Z][\w.]*)?\s+{WIDENED_TO}")


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
        found = self._at
        if found.keys().isdisjoint(words):
            return out  # (most groups' words stand nowhere in a text: one test for them all)
        for word in words:
            free = 0
            for at in found.get(word, ()):
                if at >= free:
                    out.append(at)
                    free = at + len(word)
        return out


# Every word a group of shapes is found by in find_sanctions (see WordHits).
HIT_WORDS: Final[tuple[str, ...]] = (
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
_LETTER_ORDER: Final = " etaoinsrhldcumwfgypbvkjxqz"


def _letter_rank(word: str) -> list[int]:
    return [_LETTER_ORDER.find(c) if c in _LETTER_ORDER else 128 + ord(c) for c in word]


def _build_automaton(words: frozenset[str]) -> Any:
    automaton = ahocorasick.Automaton()
    for word in sorted(words, key=_letter_rank):
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


_AUTOMATON: Final = _build_automaton(frozenset(HIT_WORDS))


# "relief for its national airline", "the US relaxation for Belavia" (RELIEF_RE)
_RELIEF: Final = ("relief for ", "relief to ", "relaxation for ")


# The groups of words each found by plain look-up, with the windows they open, in the order
# measure_hits tries them among the groups found otherwise (the order of hits at one position)
_THREAT_GROUPS: Final[tuple[tuple[tuple[str, ...], Windows], ...]] = (
    (THREAT_WORDS, THREAT_WINDOWS),
    (PERMIT_WORDS, PERMIT_WINDOWS),
)
_REFERRING_GROUPS: Final[tuple[tuple[tuple[str, ...], Windows], ...]] = (
    (ONES_WORDS, ONES_WINDOWS),
    (("delist",), DELIST_WINDOWS),
    (ENTRY_DELETED_WORDS, ENTRY_DELETED_WINDOWS),
    (HIT_BY_WORDS, HIT_BY_WINDOWS),
    (FUNDS_WORDS, FUNDS_WINDOWS),
)
_NAMED_GROUPS: Final[tuple[tuple[tuple[str, ...], Windows], ...]] = (
    (REGULATIONS_WORDS, REGULATIONS_WINDOWS),
    (SWIFT_WORDS, SWIFT_WINDOWS),
    *WORD_GROUPS,
    (NOUN_RELIEF_WORDS, NOUN_RELIEF_WINDOWS),
    (MEASURE_TARGETS_WORDS, MEASURE_TARGETS_WINDOWS),
    (LISTING_WORDS, LISTING_WINDOWS),
    (APPLY_WORDS, APPLY_WINDOWS),
    (LISTED_WORDS, LISTED_WINDOWS),
    (ALIGNED_WORDS, ALIGNED_WINDOWS),
    (IMPOSED_ON_WORDS, IMPOSED_ON_WINDOWS),
    (OF_POWER_WORDS, OF_POWER_WINDOWS),
    (COVERING_WORDS, COVERING_WINDOWS),
    (ROW_LABEL_WORDS, ROW_WINDOWS),
    (AIRSPACE_WORDS, AIRSPACE_WINDOWS),
)
_DESIGNATING_GROUPS: Final[tuple[tuple[tuple[str, ...], Windows], ...]] = (
    (TRANSIT_WORDS, TRANSIT_WINDOWS),
    (DESIGNATION_WORDS, DESIGNATED_WINDOWS),
    (BLOCKING_WORDS, BLOCKING_WINDOWS),
    (SUSPENDED_WORDS, SUSPENDED_WINDOWS),
)


def _found(
    hits: WordHits, groups: tuple[tuple[tuple[str, ...], Windows], ...]
) -> list[tuple[list[int], Windows]]:
    """Return where each group's words stand, with the group's windows, in the groups' order."""
    return [(hits.find_all(words), windows) for words, windows in groups]


def measure_hits(masked: str, headings: str) -> tuple[bool, tuple[tuple[list[int], Windows], ...]]:
    """Return whether ``masked`` (quotations blanked) is a plain text, one that never says
    "sanctions" and whose ``headings`` do not either, and where its shapes are tried: each
    group of hits with the windows of its word; no groups when a plain text holds none of the
    words a measure needs."""
    hits = WordHits(masked)
    topic = hits.find_all(TOPIC_WORDS)
    plain = not topic and not about_sanctions(masked, headings)
    restricted: list[int] = []
    transit: list[int] = []
    designated: list[int] = []
    blocking: list[int] = []
    banned: list[int] = []
    airspace: list[int] = []
    swift: list[int] = []
    suspended: list[int] = []
    if plain:
        restricted = [
            at for at in hits.find_all(("restrict",)) if masked.startswith(RESTRICT_BANS, at)
        ]
        transit = hits.find_all(TRANSIT_WORDS)
        designated = hits.find_all(DESIGNATION_WORDS)
        blocking = hits.find_all(BLOCKING_WORDS)
        # (a ban named with its power: "the European Union's ban on Belarusian airlines")
        # ("Assets of 12 individuals … will be frozen": a freeze by a power, however told)
        banned = ban_hits(masked)[0] + hits.find_all(("barred", "froze"))
        # ("the EU closes its airspace to Belavia": a ban told by where it holds)
        airspace = hits.find_all(AIRSPACE_WORDS)
        swift = hits.find_all(SWIFT_WORDS)
        # ("The United Kingdom had already suspended Belavia's permit to operate": a permit
        # taken away, however the text names the measures)
        suspended = hits.find_all(SUSPENDED_WORDS)
        if (
            not restricted
            and not swift
            and not suspended
            and not transit
            and not designated
            and not blocking
            and not banned
            and not airspace
            and masked.find("restrictions on") < 0
        ):
            return plain, ()
    # ("relief for its national airline": a power's relief, in either kind of text)
    reliefs = [
        at for at in hits.find_all(("relief ", "relaxation ")) if masked.startswith(_RELIEF, at)
    ]
    if plain:
        groups: tuple[tuple[list[int], Windows], ...] = (
            (hits.find_all(("restrictions on",)), PLAIN_WINDOWS),
            (restricted, PLAIN_TRADE_WINDOWS),
            (transit, TRANSIT_WINDOWS),
            (designated, DESIGNATED_WINDOWS),
            (blocking, BLOCKING_WINDOWS),
            (banned, BAN_WINDOWS),
            (airspace, AIRSPACE_WINDOWS),
            # ("Ottawa designated 14 individuals …. Among them is Naftan": who a designation
            # named, in a text that never says "sanctions")
            (hits.find_all(LISTED_WORDS) if designated or blocking else [], LISTED_WINDOWS),
            # ("paid for with American relief for the state airline Belavia": a power's relief
            # for a named company, in a text that tells its bans but never says "sanctions")
            (reliefs, RELIEF_WINDOWS),
            # ("disconnected three lenders from SWIFT": a measure whatever the text calls it)
            (swift, SWIFT_WINDOWS),
            (suspended, SUSPENDED_WINDOWS),
        )
    else:
        measures, bans, appositives, widened_measures = shared_hits(masked)
        banned, widened = ban_hits(masked)
        groups = (
            (topic + measures, TOPIC_WINDOWS),
            *_found(hits, _THREAT_GROUPS),
            (bans + banned + hits.find_all(BAN_WORDS), BAN_WINDOWS),
            (
                # ("extended its asset freeze to a further group of …")
                widened
                + widened_measures
                + widened_topic(masked, topic)
                + widened_freezes(masked, hits),
                EXTEND_WINDOWS,
            ),
            (
                [
                    at
                    for at in hits.find_all(THEM_WORDS)
                    if THEM_NEEDLES_RE.search(masked, max(0, at - 30), at)
                ],
                THEM_WINDOWS,
            ),
            *_found(hits, _REFERRING_GROUPS),
            (on_list_hits(masked, hits), ON_LIST_WINDOWS),
            (added_to_list_hits(masked, hits), ADDED_TO_LIST_WINDOWS),
            *_found(hits, _NAMED_GROUPS),
            (appositives, BANNED_SINCE_WINDOWS),
            *_found(hits, _DESIGNATING_GROUPS),
            (reliefs, RELIEF_WINDOWS),
        )
    return plain, groups
