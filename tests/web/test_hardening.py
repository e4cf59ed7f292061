"""What an attacker or a careless analyst tried: bad edits, script URLs, framing, formulas in
CSV, inputs that used to end in a 500."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from doorwatch.store import RecordSet, write_records
from tests.web.conftest import ARTICLE, Web, login


def _accepted_held(web: Web) -> str:
    claims = web.client.get(
        "/api/v1/claims?measure=political_prisoners_held&status=accepted&limit=1",
        headers=web.headers("viewer"),
    ).json()
    return str(claims["items"][0]["id"])


@pytest.mark.parametrize(
    "edits",
    [
        {"as_of": "abc"},
        {"as_of": "2025-02-30"},
        {"as_of": "9999-12-31"},
        {"measure": "nonsense"},
        {"qualifier": "roughly-ish"},
        {"value": 1e308},
        {"value": -5},
        {"value": 1000, "value_max": 10},
        {"value_max": 1},
        {"action": "edit"},
        {"quote": "x\x00y"},
    ],
)
def test_bad_claim_edits_are_refused_and_analysis_stays_up(web: Web, edits: dict) -> None:
    claim_id = _accepted_held(web)
    h = web.headers("analyst")
    before = web.client.get(f"/api/v1/claims/{claim_id}", headers=h).json()
    response = web.client.post(f"/api/v1/claims/{claim_id}/edit", json=edits, headers=h)
    assert response.status_code == 422, response.text
    after = web.client.get(f"/api/v1/claims/{claim_id}", headers=h).json()
    assert after == before
    for path in ("/api/v1/overview", "/api/v1/status", "/api/v1/projection?months=3"):
        assert web.client.get(path, headers=h).status_code == 200, path
    assert web.client.get("/", headers=h).status_code == 200


@pytest.mark.parametrize("raw", ['{"value": NaN}', '{"value": Infinity}', '{"value": 1e999}'])
def test_non_finite_values_are_refused(web: Web, raw: str) -> None:
    claim_id = _accepted_held(web)
    h = {**web.headers("analyst"), "content-type": "application/json"}
    response = web.client.post(f"/api/v1/claims/{claim_id}/edit", content=raw, headers=h)
    assert response.status_code == 422
    audit = web.client.get("/api/v1/audit?action=claim.edit", headers=web.headers("admin"))
    assert audit.status_code == 200


def test_a_good_edit_sets_the_precision_from_the_date(web: Web) -> None:
    claim_id = _accepted_held(web)
    h = web.headers("analyst")
    edited = web.client.post(
        f"/api/v1/claims/{claim_id}/edit",
        json={"as_of": "2024-05", "value": 1200, "value_max": 1300},
        headers=h,
    ).json()
    assert (edited["as_of"], edited["as_of_precision"]) == ("2024-05", "month")
    assert (edited["value"], edited["value_max"]) == (1200, 1300)


def test_edit_form_saves_from_a_browser_submit(web: Web) -> None:
    csrf = login(web.client, "analyst")
    claim_id = _accepted_held(web)
    page = web.client.get(f"/claims/{claim_id}").text
    form = page[page.index('value="edit"') - 400 : page.index("Save edits")]
    fields = dict(re.findall(r'<input (?:type="hidden" )?name="([a-z_]+)" value="([^"]*)"', form))
    assert fields["decision"] == "edit" and fields["csrf_token"] == csrf
    fields["note"] = "checked against the source"
    response = web.client.post(f"/claims/{claim_id}/review", data=fields, follow_redirects=False)
    assert response.status_code == 303, response.text
    stored = web.client.get(f"/api/v1/claims/{claim_id}").json()
    assert stored["note"] == "checked against the source"
    assert stored["action"] is None
    # the claim's own `action` field is an ordinary field, never the review decision
    fields["action"] = "edit"
    refused = web.client.post(f"/claims/{claim_id}/review", data=fields)
    assert refused.status_code == 422
    assert web.client.get(f"/api/v1/claims/{claim_id}").json()["action"] is None


def test_script_urls_are_refused_at_ingestion(web: Web) -> None:
    for url in ("javascript:alert(document.domain)//", "data:text/html,<script>", "vbscript:x"):
        response = web.client.post(
            "/api/v1/articles",
            json={"text": ARTICLE, "title": "t", "url": url},
            headers=web.headers("analyst"),
        )
        assert response.status_code == 422, url


def test_a_stored_script_url_is_never_a_link(web: Web) -> None:
    # A row written before the check existed (or by hand) must not become a live link.
    records = RecordSet()
    records.add(
        "sources",
        {
            "id": "src-evil",
            "kind": "news_article",
            "publisher": "Evil",
            "title": "Evil",
            "url": "javascript:alert(document.domain)//",
            "published": "2025-01-01",
            "retrieved": None,
            "text": None,
        },
    )
    write_records(web.store, records)
    page = web.client.get("/sources/src-evil", headers=web.headers("viewer"))
    assert page.status_code == 200
    assert 'href="javascript:' not in page.text
    # The report's link cells: a script address loses its link, a web address keeps it.
    from doorwatch.services.report import _link

    assert _link("x", "javascript:alert(1)") == {"text": "x", "url": None}
    assert _link("x", "https://example.org/a")["url"] == "https://example.org/a"


def test_security_headers_on_pages_api_and_errors(web: Web) -> None:
    login(web.client, "admin")
    for path in ("/", "/admin", "/api/v1/me", "/nowhere", "/static/site.css", "/api/v1/docs"):
        response = web.client.get(path)
        csp = response.headers.get("content-security-policy", "")
        assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp, path
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, path
        assert response.headers["x-frame-options"] == "DENY", path
        assert response.headers["x-content-type-options"] == "nosniff", path
        assert response.headers["referrer-policy"] == "no-referrer", path


def test_api_docs_are_served_from_the_package(web: Web) -> None:
    docs = web.client.get("/api/v1/docs").text
    assert "cdn" not in docs.lower() and "<script>" not in docs
    for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', docs):
        assert web.client.get(asset).status_code == 200, asset


@pytest.mark.parametrize(
    "payload", ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "\t=1+2"]
)
def test_csv_cells_that_look_like_formulas_are_neutralised(web: Web, payload: str) -> None:
    claim_id = _accepted_held(web)
    h = web.headers("analyst")
    assert (
        web.client.post(
            f"/api/v1/claims/{claim_id}/edit", json={"note": f"{payload}"}, headers=h
        ).status_code
        == 200
    )
    text = web.client.get("/api/v1/claims?format=csv&limit=500", headers=h).text
    notes = [r["note"] for r in csv.DictReader(io.StringIO(text)) if r["id"] == claim_id]
    assert notes == ["'" + payload]


def _page_offsets(web: Web) -> None:
    login(web.client, "viewer")
    for path in (
        "/claims?offset=1e20",
        "/sources?offset=100000000000000000000",
        "/admin?offset=1e20",
    ):
        assert web.client.get(path).status_code in (403, 422), path


def _far_date(web: Web) -> None:
    h = web.headers("viewer")
    assert web.client.get("/api/v1/door?from=2024-01-01&to=9999-12-31", headers=h).status_code < 500


def _analyst_json(web: Web) -> dict[str, str]:
    return {**web.headers("analyst"), "content-type": "application/json"}


def _lone_surrogate_edit(web: Web) -> None:
    claim_id = _accepted_held(web)
    lone = web.client.post(
        f"/api/v1/claims/{claim_id}/edit", content='{"note": "\\ud800"}', headers=_analyst_json(web)
    )
    assert lone.status_code == 422
    json.dumps(lone.json()).encode()  # the answer itself can be encoded


def _lone_surrogate_article(web: Web) -> None:
    article = web.client.post(
        "/api/v1/articles",
        content='{"text": "\\udfff x", "title": "t"}',
        headers=_analyst_json(web),
    )
    assert article.status_code == 422


def _deep_json(web: Web) -> None:
    claim_id = _accepted_held(web)
    deep = "[" * 100_000 + "]" * 100_000
    response = web.client.post(
        f"/api/v1/claims/{claim_id}/edit", content=deep, headers=_analyst_json(web)
    )
    assert response.status_code in (400, 422)


@pytest.mark.parametrize(
    "case", [_page_offsets, _far_date, _lone_surrogate_edit, _lone_surrogate_article, _deep_json]
)
def test_bad_input_is_4xx_not_500(web: Web, case) -> None:  # type: ignore[no-untyped-def]
    case(web)


def test_every_csv_writer_neutralises_formulas(sample_store, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from doorwatch.cli.output import print_csv
    from doorwatch.ingest.export_file import read_csv_folder, write_csv_folder
    from doorwatch.store.dump import dump_rows
    from doorwatch.store.migrate import head_revision

    print_csv([{"name": "=HYPERLINK(1)", "n": -3}], ["name", "n"])
    assert capsys.readouterr().out.splitlines()[1] == "'=HYPERLINK(1),-3"
    rows = list(dump_rows(sample_store))
    first_person = next(r for t, r in rows if t == "persons")
    first_person["note"] = "=cmd|x"
    write_csv_folder(rows, tmp_path / "out", head_revision())
    text = (tmp_path / "out" / "persons.csv").read_text(encoding="utf-8")
    assert ",'=cmd|x" in text and ",=cmd" not in text
    back = read_csv_folder(tmp_path / "out", head_revision())
    assert any(r["note"] == "=cmd|x" for r in back.rows["persons"].values())


def test_a_neutralised_cell_reads_back_as_written() -> None:
    from doorwatch.ingest.csv_table import neutral_cell, restore_cell

    for text in ("=1", "+1", "-1", "@x", "\t=1", "\r=1", "'=1", "'", "plain"):
        assert restore_cell(str(neutral_cell(text))) == text
    assert neutral_cell(-1.5) == -1.5
