"""Open-ended input never crashes the extractor, and large input stays linear."""

from __future__ import annotations

import time

from extract_helpers import claims_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from doorwatch.extract import extract_claims

_PIECES = st.sampled_from(
    [
        '"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "\u00ab", "\u00bb", "\u201e", "\n",
        "\n\n", " ", ", ", ". ", ": ", "said", "she said", " he told ", "the ministry said",
        "according to BelTA", "Tsikhanouskaya", "Sviatlana Tsikhanouskaya", "Лукашенко",
        "палітвязні", "Alexander Lukashenko", "released", "were pardoned", "political prisoners",
        "more than", "about", "1,200", "1 200", "1.2 thousand", "fifty-two", "a dozen", "and 13 other",
        "between", "sanctions on", "lifted", "imposed", "allowed", " to buy parts for ", "Belavia",
        "In September", "on Thursday", "last month", "2025", "<p>", "</p>", "<b>", "&amp;",
        "\x00", "\ufffd", "\u200b", "U.S.", "the department", "It added", "—", "...",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=60))
def test_news_shaped_noise_gives_valid_claims(pieces: list[str]) -> None:
    claims_of("".join(pieces))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_valid_claims(text: str) -> None:
    claims_of(text)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=600))
def test_binary_garbage_decoded_leniently(data: bytes) -> None:
    claims_of(data.decode("utf-8", errors="replace"))
    claims_of(data.decode("latin-1"))


def test_empty_and_blank() -> None:
    assert extract_claims("") == []
    assert extract_claims(" \n\t\n ") == []


def test_unbalanced_quotes_everywhere() -> None:
    text = '"She said. "\u201c\u201c\u201d" he said "said she, \u201cunclosed\n\u201d\u201d"\n' * 50
    claims_of(text)


def test_mixed_cyrillic_and_latin() -> None:
    text = (
        "Святлана Ціханоўская said: \u201cМы не спынімся, we will not stop.\u201d\n"
        "Лукашенко released 14 political prisoners, паведаміла BelTA."
    )
    claims = claims_of(text)
    assert any(c["kind"] == "figure" and c["value"] == 14 for c in claims)


def test_html_fragment_as_text() -> None:
    claims_of('<div><p class="x">"Freedom," said <b>Ales</b></p><script>var a="1,200";</script>')


_FILLER = (
    "The hearing took place behind closed doors, and relatives waited outside the court for "
    "most of the afternoon while the rain kept falling on the square.\n",
    "Observers from several embassies asked to attend but were turned away at the entrance, "
    "a practice that has become routine over the past four years.\n",
    "The colony lies two hours from the capital by road; visits are allowed rarely and "
    "parcels are often returned without explanation.\n",
)
_DENSE = (
    "Sviatlana Tsikhanouskaya spoke in Vilnius. \u201cEach release is matched by new "
    "arrests,\u201d she said. Officials freed 14 political prisoners and the U.S. lifted "
    "sanctions on the airline Belavia. \u201cWe hope for more,\u201d the department said.\n"
)


def test_ten_megabytes_in_seconds() -> None:
    block = "".join(_FILLER) + _DENSE + _FILLER[0]
    text = block * (10_000_000 // len(block))
    started = time.perf_counter()
    claims = extract_claims(text)
    elapsed = time.perf_counter() - started
    assert claims
    assert elapsed < 60  # a guard against runaway (quadratic) behaviour, not a benchmark


def test_a_megabyte_without_line_breaks_or_stops() -> None:
    claims_of('word "quoted" Name Surname said 12 people ' * 25_000)
