"""Shortcuts that find the same matches as the plain patterns, with fewer tries.

Each reading here replaced a pattern tried at every position of a text by one that looks for
what every match must hold first; each must give exactly what the plain pattern gives, on
texts built to hit the edges (matches that end a line, marks before names, stretches cut by
full stops) and on many random ones.
"""

from __future__ import annotations

import random
import re

import pytest
from extract_helpers import stored_texts

from doorwatch.extract.caller_names import _MARK, caller_named
from doorwatch.extract.count_context import _ROW_DASH_RE, undash_rows
from doorwatch.extract.headword_entries import TIMELINE_STEP_RE
from doorwatch.extract.initial_names import initial_names
from doorwatch.extract.labelled_measures import _ENTRY_RE, _ENTRY_SEPARATORS
from doorwatch.extract.letter_lines import _OWNED_PIECE_RE, _PIECE_FROM_RE, _SENT_RE, _TELLS
from doorwatch.extract.line_patterns import blank_line_matches, line_matches, opening
from doorwatch.extract.listed_people import _PLACED_ON_RE, _placed_on
from doorwatch.extract.listings import (
    _BELOW_STEMS,
    _BELOW_WORDS,
    _LIST_TITLE_OPENERS,
    _LIST_TITLE_RE,
)
from doorwatch.extract.meeting_roles import _OFFICE_WORDS, _names_office
from doorwatch.extract.power_rows import _ROW_RE, _ROW_SEPARATORS
from doorwatch.extract.quotes import (
    _CHARGE_BEFORE_RE,
    _WORK_BEFORE_RE,
    may_end_charge,
    may_end_work,
)
from doorwatch.extract.sanction_standing import IMPOSED_BY_ON_RE
from doorwatch.extract.sanction_states import (
    FREED_ACTIVE_RE,
    FREED_FROM_RE,
    FREED_PASSIVE_RE,
    GONE_RE,
    OFF_LIST_RE,
)
from doorwatch.extract.script_labels import _TURN_LABEL_RE, turn_label
from doorwatch.extract.sentences import _PARAGRAPH_NUMBER_OPENERS, _PARAGRAPH_NUMBER_RE
from doorwatch.extract.word_gates import any_in, ascii_lower, needles
from doorwatch.extract.word_groups import GROUP_WINDOW_GATES


def _spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


def _random_texts(pieces: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 20))) for _ in range(count)]


_LINE_PIECES = [
    "\n", "\n\n", " ", "\t", "- ", "• ", "US", "EU: ", "Belavia", ": ", "  ", "x", ".",
    "sanctioned since 2021", "1. ", "12.3 ", "§ 4 ", "The ", "A", " — ", "Canada", "“",
    ", the airline",
    # (a bullet alone on its line, before the row it marks; spaces past ASCII's)
    "-\n", "•\u2009\n", "* \n\n", "\u00a0", "\u2009", " - ",
]  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "openers", "needs"),
    [
        (_ROW_RE, "", ()),
        (_ROW_RE, "", _ROW_SEPARATORS),
        (_ENTRY_RE, "", ()),
        (_ENTRY_RE, "", _ENTRY_SEPARATORS),
        (_PARAGRAPH_NUMBER_RE, "", ()),
        (_PARAGRAPH_NUMBER_RE, _PARAGRAPH_NUMBER_OPENERS, ()),
    ],
)
def test_line_matches_are_finditer(
    pattern: re.Pattern[str], openers: str, needs: tuple[str, ...]
) -> None:
    texts = [
        "US: Belavia sanctioned since 2021\nEU: potash banned since 2022\n",
        "x\n- Canada: officials listed since 2020",
        "1. The court\n2. “Words”\n§ 3 The end",
        "",
        "\n",
        *_random_texts(_LINE_PIECES, 20_000, 3),
    ]
    found = 0
    for text in texts:
        expected = _spans(pattern.finditer(text))
        assert _spans(line_matches(pattern, text, openers, needs)) == expected, text
        found += len(expected)
    assert found > 1000  # (the texts do hit the patterns)


def test_blank_line_matches_is_a_blanking_substitution() -> None:
    for text in [
        "1. The court\n  2. The end\n",
        "no numbers",
        *_random_texts(_LINE_PIECES, 5000, 4),
    ]:
        expected = _PARAGRAPH_NUMBER_RE.sub(lambda m: " " * len(m.group()), text)
        assert blank_line_matches(_PARAGRAPH_NUMBER_RE, text) == expected
        blanked = blank_line_matches(_PARAGRAPH_NUMBER_RE, text, _PARAGRAPH_NUMBER_OPENERS)
        assert blanked == expected


def test_opening_is_the_first_character_after_spaces_and_tabs() -> None:
    assert opening(" \t 12. x", 0) == "1"
    assert opening("a\n  \tb", 2) == "b"
    assert opening("a \n b", 1) == "\n"
    assert opening("  ", 0) == ""
    assert opening("", 0) == ""


def test_undash_rows_is_the_row_pattern_tried_at_every_line() -> None:
    # the row pattern at every line's start, with no look at how the line opens
    def plain(text: str) -> str:
        out = list(text)
        at = 0
        while at >= 0:
            row = _ROW_DASH_RE.match(text, at)
            if row is not None:
                out[row.start("dash") : row.end("dash")] = " " * len(row.group("dash"))
            at = text.find("\n", at)
            at = at + 1 if at >= 0 else at
        return "".join(out)

    pieces = ["\n", " ", "\t", "• ", "- ", "* ", "about ", "some ", "over ", "nearly ", "1,131"]
    pieces += [" — ", " - ", ": ", "people", "x", "12", "A", "almost ", "around ", "·"]
    changed = 0
    for text in ["1,131 — people\n  • 12 - x\nabout 20: men", *_random_texts(pieces, 30_000, 5)]:
        expected = plain(text)
        assert undash_rows(text) == expected, text
        changed += expected != text
    assert changed > 200


def test_a_match_that_ends_its_line_lets_the_next_line_match() -> None:
    pattern = re.compile(r"(?m)^a\n")
    assert [m.start() for m in line_matches(pattern, "a\na\nb\na\n")] == [0, 2, 6]


def test_caller_named_is_the_search_it_replaces() -> None:
    def searched(masked: str, key: str) -> bool:
        pattern = rf"(?:^|[\n.!?]\s*)(?:{_MARK}\s*)?{re.escape(key)}(?:,\s|\s+\()"
        return re.search(pattern, masked) is not None

    pieces = ["Lena", "Le", "a", " ", "\n", ".", "!", "-", "•", "*", "—", ",", "(", "x", "\t"]
    pieces += ["\u00a0", "?", "Lena,", "Lena ("]
    texts = ["Lena, Silver Spring. Lena was born", "- Lena (Brest) wrote", "Xlena, no"]
    hits = 0
    for text in texts + _random_texts(pieces, 30_000, 1):
        for key in ("Lena", "Le", "a"):
            expected = searched(text, key)
            assert caller_named(text, key) == expected, (text, key)
            hits += expected
    assert hits > 1000


def test_placed_on_reads_only_stretches_that_say_list() -> None:
    pieces = [
        "Judge ", "Tsyhanok ", "He ", "She ", "was ", "has been ", "placed ", "on ", "the ",
        "UK ", "sanctions ", "list", "lists ", ".", ";", ":", '"', "“", " ", "\n", "and ",
        "Canada's ", "in 2024", "x",
    ]  # fmt: skip
    texts = ["He was placed on the UK sanctions list in 2024; and on Canada's."]
    rng = random.Random(2)
    for _ in range(20_000):
        # (most random texts hold a statement of lists, so that the shortcut is tried)
        texts.append(
            "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
            + "He was placed on the UK sanctions list"
            + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        )
    found = 0
    for text in texts:
        expected = _spans(_PLACED_ON_RE.finditer(text))
        assert _spans(_placed_on(text)) == expected, text
        found += len(expected)
    assert found > 1000


@pytest.mark.parametrize(
    "pattern",
    [
        TIMELINE_STEP_RE,
        GONE_RE,
        OFF_LIST_RE,
        FREED_FROM_RE,
        FREED_PASSIVE_RE,
        FREED_ACTIVE_RE,
        IMPOSED_BY_ON_RE,
    ],
)
def test_a_shape_gated_by_its_own_words_holds_one_in_every_match(pattern: re.Pattern[str]) -> None:
    # These shapes are tried only in windows that hold one of their gate words (see
    # word_groups.GROUP_WINDOW_GATES), each a word the shape itself must match: a match
    # without one would be lost. Every match in the stored texts, and in sentences written
    # to hit each shape, holds one.
    words = GROUP_WINDOW_GATES[id(pattern)]
    texts = [
        *stored_texts(every=3),
        "Belavia's American restrictions are gone.",
        "In November the airline came off the list altogether.",
        "Belavia and potash, both freed from American sanctions in late 2025, recovered.",
        "Belavia, freed from US sanctions in November, flies again.",
        "Washington freed Belavia from its sanctions.",
        "the sanctions imposed that month by the United States on Belaruskali",
        "* 2 October - the European Union sanctions 40 officials",
        "Nov 2025       US eases Belavia sanctions",
    ]
    matched = 0
    for text in texts:
        for match in pattern.finditer(text):
            assert any(word in match.group() for word in words), match
            matched += 1
    assert matched > 0


def test_needles_drop_the_words_that_hold_another() -> None:
    assert needles(("letters", "letter", "postcard", "card", "sent", "sent")) == (
        "letter",
        "card",
        "sent",
    )
    words = ("note", "voice note", "message", "SMS")
    for text in ["a voice note", "an SMS", "no such thing", "messages", "Note"]:
        assert any_in(text, 0, len(text), needles(words)) == any(w in text for w in words)


def test_ascii_lower_lowers_ascii_capitals_only_and_keeps_every_offset() -> None:
    pieces = ["Five ", "THOUSAND", "İstanbul", "ÉCOLE", "Ж", "\u212a", "“Q”", "\udcff", " — ", "x"]
    for text in _random_texts(pieces, 300, seed=17):
        lowered = ascii_lower(text)
        assert len(lowered) == len(text)
        for ch, low in zip(text, lowered, strict=True):
            assert low == (ch.lower() if ch.isascii() else ch)


def test_every_telling_of_a_piece_holds_one_of_its_words() -> None:
    # letter_sender reads the sentences before a quotation only when they hold one of
    # _TELLS: each pattern that can find a sender must match only where one stands
    texts = [
        *stored_texts(every=2),
        "Yahor's last letter came today.",
        "A voice note from her husband Andrei arrived.",
        "He writes that a man in his unit was punished.",
        "X, a friend, sent the committee a short note in June.",
        "He smuggled us a brief message.",
    ]
    matched = 0
    for text in texts:
        for pattern in (_OWNED_PIECE_RE, _SENT_RE):
            for match in pattern.finditer(text):
                assert any_in(text, match.start(), match.end(), _TELLS), match
                matched += 1
        for match in re.finditer(r"\b", text[:4000]):
            found = _PIECE_FROM_RE.search(text, max(0, match.start() - 40), match.start())
            if found is not None:
                assert any_in(text, found.start(), found.end(), _TELLS), found
                matched += 1
    assert matched > 50


def test_a_charge_or_a_work_before_a_quotation_ends_as_its_gate_asks() -> None:
    # is_statement tries these patterns only when the words before the quotation end (spaces
    # and, for a work, one comma or colon aside) as one of their phrases can
    pieces = ["charged with", "charges of", "convicted for", "labelled as", "branded", "lists of"]
    pieces += ["registry of", "designated as", "articles on", " ", "\n", ",", ":", "x", "of", "In"]
    pieces += [
        "book",
        "BOOK",
        "documentary",
        "titled",
        ".",
        "Film",
        "on",
        "ed",
        "as",
        "fılm",
        "ſeries",
    ]
    hits = 0
    for text in _random_texts(pieces, 30_000, 6):
        if _CHARGE_BEFORE_RE.search(text) is not None:
            assert may_end_charge(text), text
            hits += 1
        if _WORK_BEFORE_RE.search(text) is not None:
            assert may_end_work(text), text
            hits += 1
    assert hits > 1000


def test_a_turn_label_is_read_only_where_its_colon_or_dash_stands_near() -> None:
    pieces = ["HANCHAR", ": ", " – ", ". — ", "Mr ", "The Minister (Ewan Hartley)", "x" * 30]
    pieces += [" ", "\n", ".", "abc", "—", "–", ":", "\t", "“", ";"]
    labels = 0
    for text in [
        "HANCHAR: Thank you",
        "Lucia Ferrante, Member. – Mr President",
        *_random_texts(pieces, 30_000, 7),
    ]:
        expected = _TURN_LABEL_RE.match(text)
        found = turn_label(text, 0, len(text))
        assert (found and found.span()) == (expected and expected.span()), text
        labels += expected is not None
    assert labels > 1000


def test_a_list_title_opens_as_its_gate_asks() -> None:
    pieces = [
        "(Annex) ",
        "Annex ",
        "LIST ",
        "List ",
        "of ",
        "natural ",
        "legal ",
        "persons ",
        "entities ",
    ]
    pieces += ["individuals ", "and ", "subject to ", "designated", "whose assets", " ", "x", "\n"]
    titles = 0
    for text in _random_texts(pieces, 30_000, 8):
        if _LIST_TITLE_RE.fullmatch(text) is not None:
            assert text[:1] in _LIST_TITLE_OPENERS or text[:1].isspace(), text
            titles += 1
    assert titles > 20


def test_an_office_by_a_bracket_or_a_colon_is_found_as_the_plain_searches_find_it() -> None:
    needles = [f"({office}" for office in _OFFICE_WORDS] + [
        f"{office}:" for office in _OFFICE_WORDS
    ]
    pieces = ["(", ":", "chair", "treasurer", "vice-chair", " ", "x", "(chai", "r:", "clerk", "\n"]
    found = 0
    for text in _random_texts(pieces, 30_000, 9):
        expected = any(needle in text for needle in needles)
        assert _names_office(text) == expected, text
        found += expected
    assert found > 1000


def test_every_word_that_points_below_holds_a_stem_tested_first() -> None:
    assert all(any(stem in word for stem in _BELOW_STEMS) for word in _BELOW_WORDS)


def test_an_initial_name_is_found_as_the_look_behind_pattern_finds_it() -> None:
    plain = re.compile(r"(?<![\w.’'-])[A-Z]\.(?=,| +[a-z])")
    pieces = ["K.", "K.", "K.", "M.", ",", " ", " told", " told", "U.S.", "'", "’", "-", "_"]
    pieces += ["é", "9", "x", "\n", "."]
    found = 0
    for text in _random_texts(pieces, 30_000, 11):
        matches = [(m.start(), m.end(), m.group()) for m in plain.finditer(text)]
        counts = {m[2]: sum(1 for n in matches if n[2] == m[2]) for m in matches}
        expected = [m for m in matches if counts[m[2]] >= 2]
        assert initial_names(text) == expected, text
        found += bool(expected)
    assert found > 50
