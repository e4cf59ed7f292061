"""Projections, the back-test, scenarios, the deal ledger, the synthetic registry and the report."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from doorwatch.analysis.scenarios import parse_scenario
from doorwatch.errors import InputError
from doorwatch.store import Store


def test_project_is_seeded_and_reports_threshold(
    sample_store: Store, db_url: str, cli: Any, tmp_path: Path
) -> None:
    first = cli(
        "project", "--months", "6", "--threshold", "1000", "--format", "json", "--db", db_url
    )
    assert first.code == 0, first.err
    again = cli(
        "project", "--months", "6", "--threshold", "1000", "--format", "json", "--db", db_url
    )
    assert first.json() == again.json()
    projection = first.json()["projection"]
    assert all(
        lo <= m <= hi
        for lo, m, hi in zip(
            projection["low"], projection["median"], projection["high"], strict=True
        )
    )
    scenario = tmp_path / "deals.yaml"
    scenario.write_text("name: big deal\none_off: [{month: 2, released: 300}]\n")
    big = cli(
        "project", "--months", "6", "--scenario", str(scenario), "--format", "json", "--db", db_url
    ).json()
    assert big["projection"]["median"][1] < projection["median"][1] - 200
    scenario.write_text("recognitions: lots\n")
    assert cli("project", "--scenario", str(scenario), "--db", db_url).code == 2


def test_backtest_prints_error(sample_store: Store, db_url: str, cli: Any) -> None:
    result = cli("project", "--backtest", "--db", db_url)
    assert result.code == 0, result.err
    assert "mean absolute error" in result.out
    document = cli("project", "--backtest", "--format", "json", "--db", db_url).json()
    assert document["params"]["start_claim_id"] == "claim-held-2024-12-29-viasna"
    assert 0 < document["mean_absolute_error"] < 100


def test_scenario_errors_name_the_field() -> None:
    with pytest.raises(InputError, match="phases"):
        parse_scenario({"phases": [{"recognitions": 2}]}, "s.yaml")
    snap = parse_scenario(
        {"release_batches": 2, "phases": [{"from_month": 6, "release_batches": 0}]}, "s.yaml"
    )
    assert snap.phase_at(3).multipliers["release_batches"] == 2
    assert snap.phase_at(7).multipliers["release_batches"] == 0


def test_deal_ledger(sample_store: Store, db_url: str, cli: Any) -> None:
    result = cli("deals", "--ledger", "--format", "json", "--db", db_url)
    assert result.code == 0, result.err
    document = result.json()
    ledger = {e["deal_id"]: e for e in document["deals"]}
    assert "cannot show cause" in document["limits"]
    september = ledger["deal-2025-09-11-us"]
    assert september["freed_recorded"] == 52
    assert [(c["kind"], c["measure_id"]) for c in september["concessions"]] == [
        ("sanction_eased", "measure-us-belavia"),
        ("visit", None),
    ]
    definitions = {d["values"][0]: d["definition"] for d in september["freed_by_definition"]}
    assert set(definitions) == {51, 52}
    assert september["release_event_ids"] == ["release-2025-09-11-deal"]
    # no ratio suggesting cause anywhere in the ledger
    assert not any("per" in key for key in september)
    for side in ("before", "after"):
        window = september[side]
        assert "coverage" in window and "held_counts" in window
    assert (
        september["after"]["first"] == "2025-09-12" and september["after"]["last"] == "2025-12-10"
    )
    assert (
        ledger["deal-2025-12-13-us"]["named"]
        and ledger["deal-2025-12-13-us"]["freed_recorded"] == 123
    )
    february = ledger["deal-2025-02-12-us"]
    assert february["freed_qualifier"] == "at_least" and february["freed_text"] == "≥ 3"
    # the held counts beside a deal are counts: every origin's on the last day one is exact
    # about, never a round figure ("some 1,300" of August)
    table = cli("deals", "--ledger", "--format", "csv", "--db", db_url).out
    row = next(line for line in table.splitlines() if line.startswith("deal-2025-09-11-us"))
    assert "held 1,164 (Viasna, 2025-07-02) +2 more" in row
    assert "held 1,201 (Viasna, 2025-09-30), 1,336 (dissident.by, 2025-09-30) +2 more" in row
    assert "Donald Trump" not in row
    # the release of 31 Ukrainian citizens names no counterpart: not a deal
    assert not any(e["date"] == "2025-11-22" for e in document["deals"])


def test_synth_marks_itself_and_counts(db_url: str, cli: Any) -> None:
    result = cli("synth", "--cases", "300", "--format", "json", "--db", db_url)
    assert result.code == 0, result.err
    assert result.json()["cases"] == 300
    sources = cli("sources", "--format", "json", "--limit", "500", "--db", db_url).json()["items"]
    assert any(
        s["kind"] == "registry_export" and s["title"].startswith("SYNTHETIC") for s in sources
    )
    door = cli(
        "door", "--from", "2024-12-31", "--to", "2025-12-31", "--format", "json", "--db", db_url
    ).json()
    assert door["terms"]["recognised"]["basis"] == "registry"


def test_report_html(sample_store: Store, db_url: str, cli: Any, tmp_path: Path) -> None:
    out = tmp_path / "brief.html"
    assert cli("report", "--out", str(out), "--db", db_url).code == 0
    text = out.read_text()
    assert (
        text.count("<svg") >= 3 and "<script" not in text and "claim-held-2025-09-30-viasna" in text
    )


def test_report_pdf(sample_store: Store, db_url: str, cli: Any, tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    result = cli("report", "--out", str(out), "--db", db_url)
    assert result.code == 0, result.err
    assert out.read_bytes().startswith(b"%PDF-")
    # poppler's pdfinfo (installed by scripts/system-packages) reads the page count
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    pages = int(
        next(line for line in info.stdout.splitlines() if line.startswith("Pages:")).split()[1]
    )
    assert pages >= 3  # charts, the books, the ledger and the counts do not fit on fewer


def test_projection_shows_its_assumptions(sample_store: Store, db_url: str, cli: Any) -> None:
    document = cli("project", "--format", "json", "--db", db_url).json()
    terms = {a["term"]: a for a in document["assumptions"]}
    assert set(terms) >= {"start", "recognised", "release batches", "served", "drift"}
    assert terms["drift"]["value"] == document["parameters"]["drift_per_month"]
    assert "123" in terms["release batches"]["basis"]
    assert "release-2025-12-13-deal" in terms["release batches"]["record_ids"]
    table = cli("project", "--db", db_url).out
    assert "what the projection assumes" in table and "drift" in table
