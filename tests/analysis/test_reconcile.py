"""Reconciled figures: qualifiers as intervals, consensus and outliers with reasons."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from doorwatch.analysis.reconcile import reconcile
from doorwatch.store import Store


def _claim(
    i: int, value: float, qualifier: str = "exact", note: str | None = None
) -> dict[str, Any]:
    return {
        "id": f"c{i}",
        "source_id": f"s{i}",
        "measure": "m",
        "value": value,
        "qualifier": qualifier,
        "as_of": "2025-12-10",
        "note": note,
    }


def test_more_than_and_some_overlap() -> None:
    result = reconcile(
        [_claim(1, 1200, "more_than"), _claim(2, 1300, "about")], "m", date(2025, 12, 10), 7
    )
    assert result.all_consistent and result.consensus_interval == (1235, 1320)


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
    assert document["consensus"] == 52
    outlier = {o["value"]: o["reason"] for o in document["outliers"]}
    assert "Statkevich" in outlier[51]
    assert cli("reconcile", "no_such", "--near", "2025-09-11", "--db", db_url).code == 3


def test_wire_copies_are_one_voice() -> None:
    # Three outlets reprint one wire story saying 51; two independent sources say 52.
    copies = [_claim(i, 51) | {"source_copy_of": "s1"} for i in (2, 3)]
    claims = [_claim(1, 51), *copies, _claim(4, 52), _claim(5, 52)]
    result = reconcile(claims, "m", date(2025, 12, 10), 7)
    assert result.consensus == 52 and result.agreeing == 2
    assert len(result.claims) == 5  # every outlet stays cited
    assert sorted(o["source_id"] for o in result.outliers) == ["s1", "s2", "s3"]
