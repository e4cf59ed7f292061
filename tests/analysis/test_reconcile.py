"""Reconciled figures: qualifiers as intervals, consensus and outliers with reasons."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from doorwatch.analysis.reconcile import reconcile
from doorwatch.store import Store


def _claim(
    i: int,
    value: float,
    qualifier: str = "exact",
    note: str | None = None,
    origin: str | None = None,
    definition: str | None = None,
) -> dict[str, Any]:
    return {
        "id": f"c{i}",
        "source_id": f"s{i}",
        "publisher": f"outlet {i}",
        "measure": "m",
        "value": value,
        "qualifier": qualifier,
        "as_of": "2025-12-10",
        "note": note,
        "origin": origin or f"counter {i}",
        "definition": definition,
    }


def test_more_than_and_some_overlap() -> None:
    result = reconcile(
        [_claim(1, 1200, "more_than"), _claim(2, 1300, "about")], "m", date(2025, 12, 10), 7
    )
    # "more than 1,200" is open above; "some 1,300" is 1,235–1,365.
    assert result.all_consistent and result.consensus_interval == (1235, 1365)


def test_outlets_relaying_one_origin_are_one_voice() -> None:
    claims = [_claim(i, 1201, origin="Viasna") for i in range(5)] + [_claim(9, 1300)]
    result = reconcile(claims, "m", date(2025, 12, 10), 7)
    viasna = next(v for v in result.groups if v.origin == "Viasna")
    assert len(viasna.claim_ids) == 5 and result.origins == 2 and result.citations == 6


def test_an_unnamed_outlet_repeating_a_named_count_relays_it() -> None:
    unnamed = [{**_claim(i, 1201), "origin": None} for i in (7, 8)]
    claims = [_claim(1, 1201, origin="Viasna"), *unnamed, {**_claim(9, 1300), "origin": None}]
    result = reconcile(claims, "m", date(2025, 12, 10), 7)
    viasna = next(v for v in result.groups if v.origin == "Viasna")
    assert viasna.claim_ids == ["c1", "c7", "c8"]
    # a figure no named origin gave stays a voice of its own
    assert result.origins == 2 and result.citations == 4


def test_a_definition_is_not_an_outlier() -> None:
    claims = [
        _claim(1, 52, definition="on the list"),
        _claim(2, 52, definition="on the list"),
        _claim(3, 51, definition="walked free"),
    ]
    result = reconcile(claims, "m", date(2025, 12, 10), 7)
    assert result.consensus == 52 and not result.outliers
    assert {d["definition"]: d["values"] for d in result.definitions} == {
        "on the list": [52],
        "walked free": [51],
    }


def test_outlier_carries_reason() -> None:
    claims = [_claim(1, 52), _claim(2, 52), _claim(3, 51, note="one went back")]
    result = reconcile(claims, "m", date(2025, 12, 10), 7)
    assert result.consensus == 52 and not result.all_consistent
    assert [(o["value"], o["reason"]) for o in result.outliers] == [(51, "one went back")]


@given(st.lists(st.integers(1, 5000), min_size=1, max_size=8))
def test_consensus_is_admitted_by_someone(values: list[int]) -> None:
    result = reconcile([_claim(i, v) for i, v in enumerate(values)], "m", date(2025, 12, 10), 7)
    assert result.consensus in values
    assert result.agreeing == values.count(int(result.consensus or 0))


@given(st.lists(st.integers(1, 60), min_size=1, max_size=8))
def test_unnamed_origins_repeating_a_figure_are_one_voice(values: list[int]) -> None:
    claims = [{**_claim(i, v), "origin": None} for i, v in enumerate(values)]
    result = reconcile(claims, "m", date(2025, 12, 10), 7)
    assert result.origins == len(set(values)) and result.citations == len(values)


def test_reconcile_cli_september_release(sample_store: Store, db_url: str, cli: Any) -> None:
    result = cli(
        "reconcile",
        "prisoners_released",
        "--near",
        "2025-09-11",
        "--format",
        "json",
        "--db",
        db_url,
    )
    assert result.code == 0, result.err
    document = result.json()
    # As known a week after: AP gives the Lithuanian president's count, the Kyiv Independent
    # the U.S. embassy's: one figure, one group per origin.
    assert document["consensus"] == 52 and document["origins"] == 2
    assert {g["origin"] for g in document["groups"]} == {
        "Gitanas Nausėda (President of Lithuania)",
        "U.S. Embassy in Vilnius",
    }
    assert document["published_later"] == 4
    later = cli(
        "reconcile",
        "prisoners_released",
        "--near",
        "2025-09-11",
        "--hindsight",
        "--format",
        "json",
        "--db",
        db_url,
    ).json()
    assert later["consensus"] == 52 and not later["outliers"]
    groups = [g for g in later["groups"] if g["period"] is None and g["value"] == 52]
    # seed 000's 52, naming no origin, relays a named count: a citation, not a third voice
    assert sorted(len(g["claim_ids"]) for g in groups) == [1, 2]
    assert all(g["origin_named"] for g in groups)
    assert later["citations"] == 4 and later["origins"] == 3
    definitions = {d["values"][0]: d["definition"] for d in later["definitions"]}
    assert "walked free" in definitions[51] and "list" in definitions[52]
    assert [q["value"] for q in later["other_quantities"]] == [300]
    held = cli(
        "reconcile",
        "political_prisoners_held",
        "--near",
        "2025-09-30",
        "--format",
        "json",
        "--db",
        db_url,
    ).json()
    assert held["consensus"] == 1201 and not held["outliers"]
    assert any(d["values"] == [1336] for d in held["definitions"])
    assert cli("reconcile", "no_such", "--near", "2025-09-11", "--db", db_url).code == 3


def test_wire_copies_are_one_voice() -> None:
    # Three outlets reprint one wire story saying 51; two independent sources say 52.
    copies = [_claim(i, 51) | {"source_copy_of": "s1"} for i in (2, 3)]
    claims = [_claim(1, 51), *copies, _claim(4, 52), _claim(5, 52)]
    result = reconcile(claims, "m", date(2025, 12, 10), 7)
    assert result.consensus == 52 and result.agreeing == 2
    assert len(result.claims) == 5  # every outlet stays cited
    assert [o["claim_ids"] for o in result.outliers] == [["c1", "c2", "c3"]]


def test_reconcile_before_the_first_claim_and_in_the_future(
    sample_store: Store, db_url: str, cli: Any
) -> None:
    from doorwatch.services.reconcile import reconcile_measure

    held = "political_prisoners_held"
    early = reconcile_measure(sample_store, held, date(2019, 1, 1), 7)
    assert early.consensus is None and early.groups == []
    assert any("before the first of them (2020-12-31)" in n for n in early.notes)
    late = reconcile_measure(sample_store, held, date(2199, 1, 1), 7)
    assert any("in the future, and they run to 2025-12-31" in n for n in late.notes)
    out = cli("reconcile", held, "--near", "2019-01-01", "--db", db_url).out
    assert "nothing to reconcile" in out and "┏" not in out  # no empty table
