"""Sanction targets an article only describes, named from the measures the store holds."""

from __future__ import annotations

import pytest

from doorwatch.extract.targets import KnownTargets, is_description
from doorwatch.services.articles import ingest_article
from doorwatch.store import Store

# A passage written for this test: the airline and the fertiliser company are only described.
TEXT = (
    "Washington lifted sanctions on the country's national airline on Thursday, a week after "
    "Minsk freed a group of prisoners. Officials said the state fertiliser producer could be "
    "next, and a steel producer was not discussed."
)


def _sanctions(result: dict[str, object]) -> list[dict[str, object]]:
    claims = result["claims"]
    assert isinstance(claims, list)
    return [c for c in claims if c["kind"] == "sanction"]


def test_a_described_target_is_named_from_the_stored_measures(sample_store: Store) -> None:
    (claim,) = _sanctions(ingest_article(sample_store, TEXT, published="2025-11-20"))
    assert (claim["action"], claim["target"], claim["imposer"]) == (
        "lifted",
        "Belavia",
        "United States",
    )
    assert "national airline" in str(claim["note"])


def test_without_a_stored_measure_the_description_stays(store: Store) -> None:
    (claim,) = _sanctions(ingest_article(store, TEXT, published="2025-11-20"))
    assert claim["target"] == "country's national airline"
    assert claim["note"] is None


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("the national airline", "Beltrans"),
        ("Belarusian state-owned carrier", "Beltrans"),
        ("the state potash producer", "Potashco"),
        ("the producer", None),  # two producers are known: which one is not said
        ("the steel producer", None),  # a word that fits no known producer
        ("the bank", None),  # no bank is known
        ("Beltrans airline", None),  # a name, not a description
    ],
)
def test_known_targets_resolve_only_one_fitting_name(target: str, expected: str | None) -> None:
    known = KnownTargets(
        [
            ("Beltrans", "Beltrans blocking of the state airline and its aircraft"),
            ("Potashco", "Potashco (potash) listing of the potash producer"),
            ("Tractorworks", "Tractorworks export ban on the vehicle maker"),
        ]
    )
    assert is_description(target) == (target != "Beltrans airline")
    assert known.resolve(target) == expected
