"""Flows, the door and the balance of the books on the bundled dataset, by hand-computed values."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from doorwatch.analysis.window_shares import Counted, Span, shares_in_window
from doorwatch.services.balance import balance_between
from doorwatch.services.door import flows_between
from doorwatch.store import Store


def test_nested_tallies_count_once() -> None:
    year = Counted(
        "y", "recognition", None, 509, "exact", Span(date(2025, 1, 1), date(2025, 12, 31))
    )
    jan = Counted("j", "recognition", None, 18, "exact", Span(date(2025, 1, 1), date(2025, 1, 31)))
    dec = Counted(
        "d", "recognition", None, 50, "exact", Span(date(2025, 12, 1), date(2025, 12, 31))
    )
    whole = shares_in_window([year, jan, dec], Span(date(2025, 1, 1), date(2025, 12, 31)))
    assert sum(s.share for s in whole) == pytest.approx(509)
    december = shares_in_window([year, jan, dec], Span(date(2025, 12, 1), date(2025, 12, 31)))
    assert [(s.record_id, s.share) for s in december] == [("d", 50)]


def test_balance_2025_06_03_to_2025_09_30(sample_store: Store) -> None:
    # With hindsight: the 2025 totals published in December stand in the books.
    result = balance_between(sample_store, date(2025, 6, 3), date(2025, 9, 30), hindsight=True)
    assert result.held_start["value"] == 1183 and result.held_end["value"] == 1201
    terms = {t["term"]: t for t in result.terms}
    assert terms["pardon"]["value"] + terms["deal"]["value"] == 14 + 16 + 52 + 25
    assert sorted(terms["deal"]["records"]) == [
        "release-2025-06-21-deal",
        "release-2025-09-11-deal",
    ]
    # 509 recognised in 2025 less January's 18 and December's 50, spread over the 303 days
    # between them; the window (2025-06-04 to 2025-09-30) holds 119 of those days.
    assert terms["recognised"]["value"] == pytest.approx(441 * 119 / 303)
    assert terms["recognised"]["spread"]
    assert terms["served"]["value"] == pytest.approx(300 * 119 / 365)
    assert terms["died"]["value"] == pytest.approx(2 * 119 / 365)
    expected = (
        1183
        + terms["recognised"]["value"]
        - 107
        - terms["served"]["value"]
        - terms["died"]["value"]
    )
    assert result.expected_end == pytest.approx(expected)
    assert result.residual == pytest.approx(1201 - expected)
    assert result.recorded_only_residual == pytest.approx(1201 - (1183 - 107))
    # "at least 300" served leaves the residual open above: no invented upper end.
    assert result.residual_high is None and result.residual_low is not None


def test_balance_as_known_on_the_second_date(sample_store: Store) -> None:
    result = balance_between(sample_store, date(2025, 6, 3), date(2025, 9, 30))
    terms = {t["term"]: t for t in result.terms}
    # The 2025 yearly totals were published in December: not knowable on 2025-09-30.
    assert terms["recognised"]["basis"] == "none" and terms["served"]["basis"] == "none"
    assert result.residual == pytest.approx(1201 - (1183 - 107))


def test_door_over_2025(sample_store: Store) -> None:
    flows = flows_between(sample_store, date(2025, 1, 1), date(2025, 12, 31))
    t = flows.terms
    assert t["recognised"].value == pytest.approx(509) and t["recognised"].basis == "events"
    assert t["deal"].value == 3 + 14 + 52 + 123
    assert t["pardon"].value == 16 + 25
    assert t["other_release"].value == 31
    assert t["released"].value == 264 and t["released"].high is None  # "at least 3"
    assert t["expelled"].basis == "registry" and t["expelled"].reported_total == 189


def test_door_cli_json_and_since_deal(sample_store: Store, db_url: str, cli: Any) -> None:
    result = cli(
        "door", "--from", "2025-01-01", "--to", "2025-12-31", "--format", "json", "--db", db_url
    )
    assert result.code == 0, result.err
    document = result.json()
    assert document["terms"]["deal"]["basis"] == "events"
    since = cli(
        "door", "--since-deal", "deal-2025-09-11-us", "--format", "json", "--db", db_url
    ).json()
    assert since["freed_in_deal"]["counted"] == 52
    assert since["held_then"]["value"] == 1201 or since["held_then"]["as_of"] <= "2025-09-11"
    assert set(since["ratio"]) >= {"low", "high", "basis_low", "basis_high", "incomplete"}
    assert cli("door", "--db", db_url).code == 2
    assert cli("door", "--since-deal", "nope", "--db", db_url).code == 3


def test_balance_cli(sample_store: Store, db_url: str, cli: Any) -> None:
    args = ("balance", "2025-06-03", "2025-09-30", "--format", "json", "--db", db_url)
    result = cli(*args, "--hindsight")
    assert result.code == 0, result.err
    assert round(result.json()["residual"], 1) == 50.3
    assert round(cli(*args).json()["residual"], 1) == 125.0
    table = cli("balance", "2025-06-03", "2025-09-30", "--db", db_url)
    assert "residual" in table.out and "none recorded" in table.out
    for line in table.out.splitlines():
        if "none recorded" in line:  # nothing on record is not bounded by a zero either
            assert "│ 0 " not in line, line
    assert cli("balance", "2019-01-01", "2019-02-01", "--db", db_url).code == 3
