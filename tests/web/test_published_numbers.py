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
