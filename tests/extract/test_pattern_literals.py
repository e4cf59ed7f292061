"""The strings every match of a pattern holds (pattern_literals.required_literals).

A shape is passed over in a window that holds none of its strings, so a string that some match
does not hold would lose that match. Each rule of the reading is checked on patterns written
for it, and every pattern of the rules on the stored texts: each match holds one of its
pattern's strings.
"""

from __future__ import annotations

import re

import pytest
from extract_helpers import rule_patterns, stored_texts

from doorwatch.extract.pattern_literals import required_literals
from doorwatch.extract.sanction_shapes import TO_SANCTION_RE
from doorwatch.extract.sanction_windows import _GATES, sentence_windows


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # a plain word, whatever stands around it
        (r"\bsanctions\b", ("sanctions",)),
        # the most telling of the strings a match must hold: the longer one
        (r"\b(?:lifted|eased)\s+sanctions\s+on", ("sanctions",)),
        # an alternation gives all its branches' strings together
        (r"\b(?:lift|ease)(?:ed|s)?\s+(?:the\s+)?(?P<target>\w+)", ("ease", "lift")),
        (r"(?:sanctions|\w+ measures)", (" measures", "sanctions")),
        # a string that holds another is left out
        (r"\b(?:letters|letter)\s+from\b", ("letter",)),
        # a one-character class is a character like any other
        (r"U[.]S[.] sanctions", ("U.S. sanctions",)),
        # a part repeated at least once holds its strings; one that may be skipped does not
        (r"(?:sanction)+ed", ("sanction",)),
        (r"(?:sanctions\s+)?on\s+Belavia", ("Belavia",)),
    ],
)
def test_the_strings_every_match_holds(pattern: str, expected: tuple[str, ...]) -> None:
    assert required_literals(re.compile(pattern)) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        # a branch without a string of its own: a match may hold none
        r"(?:sanctions|\w+)",
        # what a look-around reads may stand outside the window
        r"(?<=sanctions )\w+",
        r"\w+(?= sanctions)",
        r"\w+(?!sanctions)",
        # matched without regard to case: "SANCTIONS" holds no "sanctions"
        r"(?i)sanctions",
        r"(?i:sanctions)\s+\w+",
        # only strings of fewer than three characters
        r"\bon\s+\w+",
        # more strings than a plain search is worth
        r"\b(?:alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india)\b",
    ],
)
def test_patterns_that_give_no_strings(pattern: str) -> None:
    assert required_literals(re.compile(pattern)) == ()


def test_a_part_matched_with_case_again_gives_its_strings() -> None:
    # (?-i:…) inside a pattern that ignores case: that part must match as written
    assert required_literals(re.compile(r"(?i)\w+ (?-i:Belavia)")) == ("Belavia",)


def _stored_paragraphs() -> list[str]:
    # (paragraph by paragraph: some patterns are written to be matched at one place and
    # cost the square of a whole text's length when searched through it)
    return [
        paragraph
        for text in stored_texts(every=30)
        for paragraph in text.split("\n")
        if paragraph.strip()
    ]


def test_every_match_of_every_rule_pattern_holds_one_of_its_strings() -> None:
    patterns = [p for p in rule_patterns() if required_literals(p)]
    assert len(patterns) > 200
    texts = _stored_paragraphs()
    matches = 0
    for pattern in patterns:
        literals = required_literals(pattern)
        for text in texts:
            for match in pattern.finditer(text):
                matches += 1
                assert any(word in match.group() for word in literals), (
                    pattern.pattern,
                    literals,
                    match.group(),
                )
    assert matches > 10_000


def test_a_window_is_tried_only_when_it_holds_one_of_its_shapes_strings() -> None:
    # TO_SANCTION_RE has no gate of its own (sanction_windows._GATES): its strings alone decide
    assert id(TO_SANCTION_RE) not in _GATES
    literals = required_literals(TO_SANCTION_RE)
    assert literals == ("blacklist", "designate", "sanction")
    windows = ((TO_SANCTION_RE, -40, 80),)
    with_word = "The ministry moved to designate Belaruskali and its officers on Friday."
    without = "The ministry moved to name Belaruskali and its officers on Friday again."
    at = with_word.index("moved")
    assert sentence_windows(with_word, [(at, windows)], 0, len(with_word)) == [
        (TO_SANCTION_RE, 0, len(with_word))
    ]
    assert next(TO_SANCTION_RE.finditer(with_word)) is not None
    assert sentence_windows(without, [(at, windows)], 0, len(without)) == []
