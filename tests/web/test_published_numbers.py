"""The numbers a monitor publishes agree on the CLI, the web pages, the API and the report:
the projection's assumptions, the counts a view leads with, and the edges of the record."""

from __future__ import annotations

import html
from typing import Any

from tests.web.conftest import Web


def test_projection_assumptions_on_every_surface(web: Web, cli: Any, db_url: str) -> None:
    h = web.headers("viewer")
    api = web.client.get("/api/v1/projection?months=6", headers=h).json()
    printed = cli("project", "--months", "6", "--format", "json", "--db", db_url)
    assert printed.code == 0, printed.err
    # One service function: the same assumptions, parameters and rows on the CLI and the API.
    assert printed.json()["assumptions"] == api["assumptions"]
    assert printed.json()["rows"] == api["rows"]
    terms = {a["term"]: a for a in api["assumptions"]}
    assert terms["drift"]["value"] == api["parameters"]["drift_per_month"]
    assert "release-2025-12-13-deal" in terms["release batches"]["record_ids"]
    page = html.unescape(web.client.get("/projection?months=6", headers=h).text)
    report = html.unescape(web.client.get("/api/v1/report", headers=h).text)
    for term in ("drift", "release batches", "recognised", "start"):
        for text in (page, report):
            assert terms[term]["shown"] in text, term
            assert terms[term]["basis"] in text, term
    assert page.count("<tr><td>20") == 6  # one row per projected month
    assert 'href="/projection"' in page  # reachable from the navigation


def test_door_leads_with_the_same_counts_on_the_api_and_the_cli(
    web: Web, cli: Any, db_url: str
) -> None:
    h = web.headers("viewer")
    query = "from=2025-01-01&to=2025-12-31"
    api = web.client.get(f"/api/v1/door?{query}", headers=h).json()
    args = ("door", "--from", "2025-01-01", "--to", "2025-12-31", "--format", "json")
    printed = cli(*args, "--db", db_url)
    assert printed.code == 0, printed.err
    assert printed.json()["latest_counts"] == api["latest_counts"]
    assert printed.json()["ratio"] == api["ratio"]
    assert next(iter(api)) == "latest_counts"  # the document, too, opens with the counts
    viasna = [r for r in api["latest_counts"]["reported"] if r["origin"] == "Viasna"]
    assert viasna and viasna[0]["value"] == 1131 and viasna[0]["as_of"] == "2025-12-31"


def test_edges_on_the_api_and_the_overview(web: Web) -> None:
    h = web.headers("viewer")
    empty = web.client.get("/api/v1/door?from=2019-01-01&to=2019-12-31", headers=h).json()
    assert empty["ratio"]["low"] is None and empty["ratio"]["note"] == "no released recorded"
    assert any("not the same as zero" in n for n in empty["notes"])
    assert empty["latest_counts"]["reported"] == []
    early = html.unescape(web.client.get("/?on=2019-06-01", headers=h).text)
    assert "before the first reported count (2020-12-31)" in early
    assert "not the same as zero" in early and "none recorded" in early
    assert ">0<" not in early  # nothing on record is never printed as a count of zero
    later = html.unescape(web.client.get("/?on=2199-01-01", headers=h).text)
    assert "2199-01-01 is in the future" in later
    assert "the latest reported count is of 2025-12-31" in later and "1,131" in later
    picture = web.client.get("/api/v1/overview?on=2199-01-01", headers=h).json()
    assert picture["current"]["counts_near"] == "2025-12-31"
    assert any("in the future" in n for n in picture["notes"])


def _counts_section(document: str) -> str:
    """Return the report's leading table, the latest count per origin."""
    start = document.index("Latest count per origin")
    return html.unescape(document[start : document.index("<h2>", start + 10)])


def test_the_report_as_known_on_a_date(web: Web, cli: Any, db_url: str, tmp_path: Any) -> None:
    h = web.headers("viewer")
    out = tmp_path / "brief.html"
    printed = cli("report", "--on", "2025-09-30", "--out", str(out), "--db", db_url)
    assert printed.code == 0, printed.err
    document = out.read_text(encoding="utf-8")
    assert "As known on 2025-09-30" in document
    counts = _counts_section(document)
    assert "1,201" in counts and "1,336" in counts
    # HRW's count, made after the December release of 123, was not knowable yet
    assert "≥ 1,001" not in counts and "(later)" not in counts
    api = web.client.get("/api/v1/report?on=2025-09-30", headers=h).text
    assert _counts_section(api) == counts  # one service function: the same brief
    later = web.client.get("/api/v1/report?on=2025-09-30&hindsight=true", headers=h).text
    assert "(later)" in _counts_section(later)
    # before any deal: the ledger says so, and the projection starts from the count known then
    early = web.client.get("/api/v1/report?on=2024-08-01", headers=h).text
    assert "No deal on record by 2024-08-01" in early
    assert "From 1409 on 2024-07-02" in early
    assert cli("report", "--on", "2019-01-01", "--out", str(out), "--db", db_url).code == 3
