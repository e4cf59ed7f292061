"""Properties of ``compare`` and the keys over open-ended input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from doorwatch.names import compare, name_keys, parse_name, search_keys

CYRILLIC = st.characters(min_codepoint=0x0400, max_codepoint=0x04FF)
LATIN = st.characters(min_codepoint=0x41, max_codepoint=0x17F)
WORD = st.text(st.one_of(CYRILLIC, LATIN), min_size=2, max_size=12).filter(
    lambda w: sum(c.isalpha() for c in w) >= 2
)
NAME = st.lists(WORD, min_size=2, max_size=3).map(" ".join)
REAL = st.sampled_from(
    ["Ales Bialiatski", "Алесь Бяляцкі", "Sviatlana Tsikhanouskaya", "Siarhei Tsikhanouski",
     "LUKASHENKA, Alyaksandr Ryhoravich", "Мария Колесникова", "Andrzej Poczobut", "A. Znak"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), st.text(max_size=40))
def test_never_crashes_on_any_unicode(left: str, right: str) -> None:
    decision = compare(left, right)
    assert decision.same in (True, False, None)
    assert 0.0 <= decision.score <= 1.0
    assert isinstance(name_keys(left), set)
    assert isinstance(search_keys(right), set)


@settings(max_examples=200, deadline=None)
@given(st.one_of(NAME, REAL), st.one_of(NAME, REAL))
def test_symmetric(left: str, right: str) -> None:
    a, b = compare(left, right), compare(right, left)
    assert (a.same, a.score) == (b.same, b.score)


@settings(max_examples=200, deadline=None)
@given(st.one_of(NAME, REAL))
def test_a_full_name_matches_itself(name: str) -> None:
    readings = parse_name(name)
    # A word such as "Jr" is a generation mark, not a name part; skip names left with one part.
    if readings and readings[0].given and readings[0].surname:
        assert compare(name, name).same is True


@settings(max_examples=100, deadline=None)
@given(st.one_of(NAME, REAL))
def test_a_name_is_found_by_its_own_search_keys(name: str) -> None:
    assert search_keys(name) & name_keys(name)
