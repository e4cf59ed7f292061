"""Support over the web: every support endpoint × every role, pages, and public reading."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from doorwatch.services import accounts
from doorwatch.services import support_cases as cases
from doorwatch.services import support_funds as funds
from doorwatch.services.support_access import LOCAL_OPERATOR as OP
from doorwatch.store import Store
from doorwatch.store.audit import list_entries
from tests.web.conftest import check_declared_shape

PASSWORD = "correct horse battery"
CALLERS = ("anonymous", "viewer", "analyst", "caseworker", "caseworker2", "coordinator", "admin")
CASEWORK = {"caseworker", "caseworker2", "coordinator", "admin"}
MINE = {"caseworker", "coordinator", "admin"}  # who may touch the case assigned to caseworker
COORDINATION = {"coordinator", "admin"}
LOGGED_IN = set(CALLERS) - {"anonymous"}
SECRET = "Hidden street 12, Białystok"


@dataclass
class SupportWeb:
    """A client on the bundled data with a support case assigned to ``caseworker``."""

    client: TestClient
    store: Store
    tokens: dict[str, str]
    case_id: str
    need_id: int

    def headers(self, caller: str) -> dict[str, str]:
        """Return the Authorization header of ``caller`` (none for anonymous)."""
        return {"Authorization": f"Bearer {self.tokens[caller]}"} if caller in self.tokens else {}


@pytest.fixture
def support_web(sample_store: Store, key_file: Path) -> Iterator[SupportWeb]:
    from doorwatch.web.app import create_app

    tokens = {}
    for name in CALLERS[1:]:
        role = "caseworker" if name.startswith("caseworker") else name
        accounts.add_user(sample_store, name, PASSWORD, role, actor="test")
        tokens[name] = accounts.new_token(sample_store, name, actor="test")
    case = cases.open_case(
        sample_store, "person-ales-bialiatski", "relocated:PL", user=OP, location=SECRET
    )
    cases.assign(sample_store, case["id"], "caseworker", user=OP)
    need = cases.add_need(sample_store, case["id"], "medical", user=OP)
    cases.record_consent(
        sample_store, case["id"], given=True, on=date(2025, 12, 20), scope=["bysol"], user=OP
    )
    funds.add_fund(sample_store, "ihf", "Humanitarian fund", administrator="NHC", user=OP)
    with TestClient(create_app(store=sample_store)) as client:
        yield SupportWeb(client, sample_store, tokens, case["id"], int(need["id"]))


def _endpoints(web: SupportWeb, caller: str) -> list[tuple[str, str, set[str], Any]]:
    """(method, path, who may, body) for every support endpoint."""
    case, need = web.case_id, web.need_id
    return [
        ("GET", "/api/v1/support/cases", CASEWORK, None),
        ("GET", f"/api/v1/support/cases/{case}", MINE, None),
        ("POST", f"/api/v1/support/cases/{case}/needs", MINE, {"kind": "housing"}),
        ("POST", f"/api/v1/support/needs/{need}/status", MINE, {"status": "in_progress"}),
        ("POST", f"/api/v1/support/cases/{case}/notes", MINE, {"text": "called"}),
        (
            "POST",
            f"/api/v1/support/cases/{case}/aid",
            MINE,
            {"kind": "material_aid", "amount": 500, "fund": "ihf", "on": "2025-12-16"},
        ),
        (
            "POST",
            f"/api/v1/support/cases/{case}/consent",
            MINE,
            {"given": True, "scope": ["bysol", "dissidentby:legal"]},
        ),
        (
            "POST",
            f"/api/v1/support/cases/{case}/referrals",
            MINE,
            {"partner": "bysol", "reason": "rent"},
        ),
        ("POST", f"/api/v1/support/cases/{case}/status", MINE, {"status": "open"}),
        (
            "POST",
            f"/api/v1/support/cases/{case}/assign",
            COORDINATION,
            {"caseworker": "caseworker"},
        ),
        (
            "POST",
            "/api/v1/support/cases",
            CASEWORK,
            {"person_id": "person-maria-kalesnikava", "where": "expelled:UA"},
        ),
        ("GET", "/api/v1/support/summary", LOGGED_IN, None),
        ("GET", "/api/v1/support/plan?released=1300&months=12", LOGGED_IN, None),
        ("GET", "/api/v1/funds", LOGGED_IN, None),
        ("POST", "/api/v1/funds", COORDINATION, {"id": f"f-{caller}", "name": "Another fund"}),
        (
            "POST",
            "/api/v1/funds/ihf/donations",
            COORDINATION,
            {"amount": 100, "on": "2025-12-01", "donor": "A donor"},
        ),
        ("POST", "/api/v1/funds/ihf/costs", COORDINATION, {"amount": 5, "on": "2025-12-01"}),
        ("GET", "/api/v1/rates", LOGGED_IN, None),
        (
            "POST",
            "/api/v1/rates",
            COORDINATION,
            {"currency": "PLN", "on": "2025-12-12", "eur_per_unit": 0.2365},
        ),
    ]


@pytest.mark.parametrize("caller", CALLERS)
def test_support_api_access_matrix(support_web: SupportWeb, caller: str) -> None:
    for method, path, allowed, body in _endpoints(support_web, caller):
        response = support_web.client.request(
            method, path, headers=support_web.headers(caller), json=body
        )
        where = f"{caller} {method} {path}"
        if caller in allowed:
            assert 200 <= response.status_code < 300, (
                f"{where}: {response.status_code} {response.text}"
            )
            check_declared_shape(support_web.client, method, response)
        else:
            expected = 401 if caller == "anonymous" else 403
            assert response.status_code == expected, f"{where}: {response.status_code}"
            assert SECRET not in response.text and "Bialiatski" not in response.text, where
        assert "dw1." not in response.text, f"{where} shows ciphertext"
    reads = [
        e for e in list_entries(support_web.store, limit=500)[0] if e["action"] == "support.read"
    ]
    if caller in MINE:
        assert [(e["actor"], e["record_id"]) for e in reads] == [(caller, support_web.case_id)]
    else:
        assert reads == []


def test_caseworker_lists_only_their_cases_and_analysts_get_suppressed_counts(
    support_web: SupportWeb,
) -> None:
    client = support_web.client
    mine = client.get("/api/v1/support/cases", headers=support_web.headers("caseworker")).json()
    assert [c["id"] for c in mine["items"]] == [support_web.case_id]
    other = client.get("/api/v1/support/cases", headers=support_web.headers("caseworker2"))
    assert other.json()["items"] == []
    everyone = client.get("/api/v1/support/cases", headers=support_web.headers("coordinator"))
    assert len(everyone.json()["items"]) > 1
    shown = client.get(
        f"/api/v1/support/cases/{support_web.case_id}", headers=support_web.headers("caseworker")
    ).json()
    assert shown["location"] == SECRET
    counts = client.get("/api/v1/support/summary", headers=support_web.headers("analyst")).json()
    assert counts["suppressed_below"] == 5
    assert all(v is None or v >= 5 for v in counts["cases_by_status"].values())
    assert counts["where"] == {"relocated:PL": None}
    full = client.get("/api/v1/support/summary", headers=support_web.headers("coordinator"))
    assert full.json()["where"] == {"relocated:PL": 1}


def test_public_reading_never_opens_support(support_web: SupportWeb) -> None:
    admin = support_web.headers("admin")
    support_web.client.put("/api/v1/settings/public_read", json={"value": "true"}, headers=admin)
    for method, path, _allowed, body in _endpoints(support_web, "anonymous"):
        response = support_web.client.request(method, path, json=body)
        assert response.status_code == 401, f"public {method} {path}: {response.status_code}"
    for path in ("/support", f"/support/cases/{support_web.case_id}", "/support/plan"):
        response = support_web.client.get(path, follow_redirects=False)
        assert response.status_code == 303, path


@pytest.mark.parametrize("caller", ["viewer", "caseworker", "caseworker2", "coordinator"])
def test_support_pages_by_role(support_web: SupportWeb, caller: str) -> None:
    from tests.web.conftest import login

    login(support_web.client, caller, PASSWORD)
    home = support_web.client.get("/support")
    assert home.status_code == 200
    case_page = support_web.client.get(f"/support/cases/{support_web.case_id}")
    plan = support_web.client.get("/support/plan?released=1300&months=12")
    assert plan.status_code == 200 and "Shortfall at month 12" in plan.text
    assert "bysol.org" in plan.text
    if caller in MINE:
        assert case_page.status_code == 200 and SECRET in case_page.text
        assert support_web.case_id in home.text
    else:
        assert case_page.status_code == 403 and SECRET not in case_page.text
        assert support_web.case_id not in home.text
