"""Numbers a monitor can publish: coverage, intervals whose ends name their basis, spread values
labelled, qualifiers as honest intervals, knowledge as of a date, window edges."""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from doorwatch.analysis.flows import RegistryFlows, window_flows
from doorwatch.analysis.knowledge import known_claims
from doorwatch.analysis.qualified_values import interval_text, value_interval
from doorwatch.services.door import flows_between
from doorwatch.store import Store


@pytest.mark.parametrize(
    ("qualifier", "expected"),
    [
        ("exact", (1000, 1000)),
        ("about", (950, 1050)),
        ("more_than", (1001, math.inf)),
        ("at_least", (1000, math.inf)),
        ("up_to", (0, 1000)),
        ("fewer_than", (0, 999)),
    ],
)
def test_one_rule_for_qualifiers(qualifier: str, expected: tuple[float, float]) -> None:
    assert value_interval(1000, qualifier) == expected


def test_open_ends_are_shown_open() -> None:
    assert interval_text(*value_interval(1000, "more_than")) == "≥ 1,001"
    assert interval_text(*value_interval(8, "at_least")) == "≥ 8"
    assert interval_text(*value_interval(1200, "about")) == "1,140–1,260"


@given(st.integers(1, 100_000), st.sampled_from(["more_than", "at_least"]))
def test_no_invented_upper_bound(value: int, qualifier: str) -> None:
    low, high = value_interval(value, qualifier)
    assert low >= value and math.isinf(high)


def test_2025_ratio_is_an_incomplete_interval(sample_store: Store) -> None:
    flows = flows_between(sample_store, date(2025, 1, 1), date(2025, 12, 31))
    released = flows.terms["released"]
    assert released.value == 264 and released.reported_total == 342
    assert released.coverage == pytest.approx(264 / 342)
    assert flows.terms["recognised"].coverage == pytest.approx(1.0)
    ratio = flows.ratio
    assert ratio.low == pytest.approx(509 / 342) and ratio.high == pytest.approx(509 / 264)
    assert ratio.incomplete
    assert "342" in (ratio.basis_low or "") and "264" in (ratio.basis_high or "")
    # "at least 300" completed their sentence and no total bounds them: counting them, the
    # ratio is at most 509 / (264 + 300), with no low end above zero
    served = flows.ratio_with_served
    assert served.low == 0 and served.high == pytest.approx(509 / (264 + 300))
    assert served.text == "≤ 0.90" and "served sentence at least 300" in str(served.basis_low)
    assert ratio.text == "1.49–1.93"


def test_a_release_known_only_as_at_least_leaves_the_ratio_open_below(
    sample_store: Store,
) -> None:
    # the first quarter of 2025: 18 recognised in January, "at least 3" freed in February
    quarter = flows_between(sample_store, date(2025, 1, 1), date(2025, 3, 31)).ratio
    assert (quarter.low, quarter.high) == (0.0, 6.0) and quarter.text == "≤ 6.00"
    assert quarter.incomplete and "at least 3" in str(quarter.basis_low)


def test_second_half_of_2024(sample_store: Store) -> None:
    known = flows_between(sample_store, date(2024, 7, 1), date(2024, 12, 31))
    # The August pardon of 30 holds 18 of July's 18: the 141 in the batches are 123 people.
    assert known.terms["released"].value == 18 + 30 - 18 + 13 + 29 + 31 + 20
    assert known.terms["recognised"].value == pytest.approx(25 + 35)
    assert known.ratio.incomplete and known.ratio.high == pytest.approx(60 / 123)
    # Without later publications no recognition total covers the half-year.
    assert known.terms["recognised"].coverage is None
    later = flows_between(sample_store, date(2024, 7, 1), date(2024, 12, 31), hindsight=True)
    recognised = later.terms["recognised"]
    assert recognised.reported_spread and recognised.coverage is not None
    assert recognised.coverage < 0.8 and later.ratio.incomplete


def test_totals_without_a_start_are_never_spread(sample_store: Store) -> None:
    flows = flows_between(sample_store, date(2024, 7, 1), date(2024, 12, 31), hindsight=True)
    assert flows.terms["served"].basis == "none" and flows.terms["served"].reported_total is None
    june = flows_between(sample_store, date(2025, 6, 1), date(2025, 6, 30), hindsight=True)
    died = june.terms["died"]
    assert died.reported_total is None
    # "over 300 in the past year" has no start: listed with its reason, never spread.
    sept = flows_between(sample_store, date(2025, 9, 1), date(2025, 9, 30), hindsight=True)
    past_year = [
        t
        for t in sept.terms["released"].reported
        if t.claim_id == "claim-released-past-year-seed-002"
    ]
    assert past_year and not past_year[0].used and "no known start" in (past_year[0].reason or "")


def test_spread_values_name_their_total(sample_store: Store) -> None:
    flows = flows_between(sample_store, date(2025, 6, 1), date(2025, 6, 30))
    assert flows.known_on == date(2025, 6, 30)
    later = flows_between(sample_store, date(2025, 6, 1), date(2025, 6, 30), hindsight=True)
    recognised = later.terms["recognised"]
    assert recognised.spread
    assert {s["record_id"] for s in recognised.spread_from} == {"recognition-2025"}
    assert recognised.later_ids == ["recognition-2025"]


def test_window_ends_are_inclusive(sample_store: Store) -> None:
    day = date(2025, 9, 11)
    assert flows_between(sample_store, day, day).terms["deal"].value == 52
    assert (
        flows_between(sample_store, day + timedelta(days=1), day + timedelta(days=4))
        .terms["deal"]
        .value
        == 0
    )
    assert (
        flows_between(sample_store, day - timedelta(days=3), day - timedelta(days=1))
        .terms["deal"]
        .value
        == 0
    )


def test_empty_window_says_so(sample_store: Store) -> None:
    flows = flows_between(sample_store, date(2019, 1, 1), date(2019, 12, 31))
    assert flows.empty and flows.ratio.low is None
    assert any("no records" in n for n in flows.notes)
    assert any("before the first record" in n for n in flows.notes)


def test_no_releases_is_not_a_division() -> None:
    window = (date(2025, 1, 1), date(2025, 1, 31))
    events = [
        {
            "id": "r",
            "kind": "recognition",
            "date": date(2025, 1, 31),
            "period_start": date(2025, 1, 1),
            "count": 18,
            "qualifier": "exact",
        }
    ]
    flows = window_flows(*window, RegistryFlows({}), events, [])
    assert flows.ratio.low is None and flows.ratio.note == "no released recorded"


def test_future_window_is_answered_with_what_is_known(sample_store: Store) -> None:
    today = date.today()
    flows = flows_between(sample_store, today, today + timedelta(days=30))
    assert flows.known_on == today
    assert any("past today" in n for n in flows.notes)


def test_knowledge_rule() -> None:
    claims: list[dict[str, Any]] = [
        {"id": "a", "as_of": "2025-09-30", "source_published": "2025-09-30"},
        {"id": "b", "as_of": "2025-09", "source_published": "2025-12"},
        {"id": "c", "as_of": "2025-09-20", "source_published": None},
        {"id": "d", "as_of": "2025-10-05", "source_published": None},
        {"id": "e", "as_of": "2025-09-01", "published": "2025-10-01", "source_published": None},
    ]
    known = known_claims(claims, date(2025, 9, 30))
    assert [c["id"] for c in known] == ["a", "c"]
    assert next(c for c in known if c["id"] == "c")["published_unknown"]
    later = known_claims(claims, date(2025, 9, 30), hindsight=True)
    assert {c["id"] for c in later if c["later"]} == {"b", "d", "e"}


def test_status_contract(sample_store: Store, db_url: str, cli: Any) -> None:
    day = "2025-09-30"
    result = cli("status", "--on", day, "--format", "json", "--db", db_url)
    assert result.code == 0, result.err
    document = result.json()
    assert document["reported"]
    for figure in document["reported"]:
        assert "published" in figure and "origin" in figure
        assert figure["published"] is None or figure["published"] <= day
    origins = {f["origin"]: f for f in document["reported"]}
    assert origins["Viasna"]["value"] == 1201 and origins["dissident.by"]["value"] == 1336
    later = cli("status", "--on", day, "--hindsight", "--format", "json", "--db", db_url).json()
    assert any(f["later"] and f["published"] > day for f in later["reported"])
    # the count made after the December release of 123 is not knowable on 2025-09-30
    assert not any(f["claim_id"] == "claim-held-2025-12-15-hrw" for f in document["reported"])


def test_door_contract(sample_store: Store, db_url: str, cli: Any) -> None:
    args = ("door", "--from", "2025-01-01", "--to", "2025-12-31", "--format", "json")
    document = cli(*args, "--db", db_url).json()
    ratio = document["ratio"]
    assert set(ratio) >= {"low", "high", "basis_low", "basis_high", "incomplete"}
    assert ratio["incomplete"] is True and round(ratio["low"], 2) == 1.49
    assert round(ratio["high"], 2) == 1.93
    for term in document["terms"].values():
        assert "coverage" in term
        assert term["coverage"] is None or isinstance(term["coverage"], float)
    table = cli("door", "--from", "2025-01-01", "--to", "2025-12-31", "--db", db_url).out
    assert "INCOMPLETE" in table and "1.49–1.93" in table


def test_door_leads_with_the_latest_count_per_origin(
    sample_store: Store, db_url: str, cli: Any
) -> None:
    args = ("door", "--from", "2025-01-01", "--to", "2025-09-30", "--db", db_url)
    table = cli(*args).out
    lead = table.index("latest count per origin near 2025-09-30")
    assert lead < table.index("flows 2025-01-01 to 2025-09-30")
    assert table.index("1,201") < table.index("recognised")  # Viasna's count comes first
    document = cli(*args, "--format", "json").json()
    counts = {r["origin"]: r for r in document["latest_counts"]["reported"]}
    assert counts["Viasna"]["value"] == 1201 and counts["Viasna"]["published"] == "2025-09-30"
    # as known on the window's end, like the flows
    assert all(r["published"] <= "2025-09-30" for r in counts.values() if r["published"])
    since = cli("door", "--since-deal", "deal-2025-09-11-us", "--format", "json", "--db", db_url)
    assert since.json()["latest_counts"]["reported"] and since.json()["ratio"]


def test_status_table_fits_80_columns_without_losing_the_outlet(
    sample_store: Store, db_url: str, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    out = cli("status", "--on", "2025-12-31", "--hindsight", "--db", db_url).out
    rows = [line for line in out.splitlines() if line.startswith("│")]
    assert rows and all(len(line) <= 80 for line in out.splitlines())
    assert not any("…" in line for line in rows)  # every origin reads whole
    assert "rights groups (not named)" in out and "not named [1]" in out
    # the note names the outlet that published the figure whose origin is not named
    assert "[1] origin not named; published by Human Rights Watch" in out
    document = cli("status", "--on", "2025-12-31", "--format", "json", "--db", db_url).json()
    hrw = next(r for r in document["reported"] if r["claim_id"] == "claim-held-2025-12-15-hrw")
    assert hrw["origin"] == "not named (Human Rights Watch)" and not hrw["origin_named"]


def test_status_before_the_first_count_and_in_the_future(
    sample_store: Store, db_url: str, cli: Any
) -> None:
    early = cli("status", "--on", "2019-06-01", "--format", "json", "--db", db_url).json()
    assert early["reported"] == []
    assert any("before the first reported count (2020-12-31)" in n for n in early["notes"])
    future = (date.today() + timedelta(days=400)).isoformat()
    later = cli("status", "--on", future, "--format", "json", "--db", db_url).json()
    # a day still to come is answered with the latest counts known, and says so
    assert later["counts_near"] == "2025-12-31"
    assert any(r["claim_id"] == "claim-held-2025-12-31-viasna" for r in later["reported"])
    assert any("in the future" in n for n in later["notes"])


def test_an_empty_window_points_to_later_publications(sample_store: Store) -> None:
    july = flows_between(sample_store, date(2024, 7, 1), date(2024, 7, 31))
    # the July 2024 pardon and recognitions were published in August: not known on July 31
    assert july.empty and any("--hindsight" in n for n in july.notes)
    known = flows_between(sample_store, date(2024, 7, 1), date(2024, 7, 31), hindsight=True)
    assert known.terms["pardon"].value == 18 and not known.empty
    today = date.today()
    future = flows_between(sample_store, today + timedelta(days=1), today + timedelta(days=90))
    assert future.empty
    assert not any("later publications are left out" in n for n in future.notes)


def test_nothing_on_record_is_not_a_zero_in_a_basis(sample_store: Store) -> None:
    half = flows_between(sample_store, date(2024, 7, 1), date(2024, 12, 31))
    assert half.terms["served"].basis == "none"
    assert "served sentence none recorded" in str(half.ratio_with_served.basis_low)
    assert "served sentence 0" not in str(half.ratio_with_served.basis_low)


def test_overlapping_batches_are_counted_once_and_said(sample_store: Store) -> None:
    def pardons(first: date, last: date) -> Any:
        return flows_between(sample_store, first, last, hindsight=True)

    july = pardons(date(2024, 7, 1), date(2024, 7, 31))
    august = pardons(date(2024, 8, 1), date(2024, 8, 31))
    both = pardons(date(2024, 7, 1), date(2024, 8, 31))
    assert july.terms["pardon"].value == 18
    assert august.terms["pardon"].value == 12 + 13  # 30 less the 18 July's batch holds, and 13
    assert both.terms["pardon"].value == july.terms["pardon"].value + august.terms["pardon"].value
    said = [n for n in august.notes if "includes 18 of release-2024-07-pardon" in n]
    # the store says what the facts say: 19 of the 30 had left in July
    assert said and "19 of the 30 had left prison in July" in said[0]
    assert not any("includes" in n for n in july.notes)  # said where the batch is counted


def test_a_total_without_a_start_is_shown_with_its_reason(
    sample_store: Store, db_url: str, cli: Any
) -> None:
    args = ("door", "--from", "2025-09-01", "--to", "2025-09-30", "--hindsight", "--db", db_url)
    out = " ".join(cli(*args).out.split())
    assert (
        "not used for released in all: ≥ 301 (over the past year; "
        "claim-released-past-year-seed-002): no known start" in out
    )


def test_status_wide_keeps_every_field_in_80_columns(
    sample_store: Store, db_url: str, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    out = cli("status", "--on", "2025-09-30", "--wide", "--db", db_url).out
    assert all(len(line) <= 80 for line in out.splitlines())
    flat = " ".join(out.split())
    for text in (
        "dissident.by: 1,336, as of 2025-09-30, published 2025-09-30",
        "dissident.by's own list, which counts more people than Viasna's",
        "National Anti-Crisis Management (belarus-nau.org)",
        "claim-held-2025-09-30-dissident-by",
        "not named: 1,140–1,260",
        "Trump Eases Belarus Sanctions Amid Prisoner Release Deal",
    ):
        assert text in flat, text
