"""Every endpoint × every role: exactly the access the role grants, on both backends."""

from __future__ import annotations

from typing import Any

import pytest

from tests.web.conftest import Web, proposed_claim

# Caseworkers and coordinators read the evidence as viewers do (their support rights are in
# tests/support/test_web_access.py).
RANK = {"anonymous": 0, "viewer": 1, "caseworker": 1, "coordinator": 1, "analyst": 2, "admin": 3}
CALLERS = ("anonymous", "viewer", "caseworker", "coordinator", "analyst", "admin")

# (method, path template, least role, JSON body)
ENDPOINTS: list[tuple[str, str, str, Any]] = [
    ("GET", "/api/v1/people", "viewer", None),
    ("GET", "/api/v1/people?q=Byalyatski", "viewer", None),
    ("GET", "/api/v1/people/person-ales-bialiatski", "viewer", None),
    ("GET", "/api/v1/cases", "viewer", None),
    ("GET", "/api/v1/cases/case-ales-bialiatski-2021", "viewer", None),
    ("GET", "/api/v1/deals", "viewer", None),
    ("GET", "/api/v1/deals/{deal}", "viewer", None),
    ("GET", "/api/v1/measures", "viewer", None),
    ("GET", "/api/v1/measures/{measure}", "viewer", None),
    ("GET", "/api/v1/sources", "viewer", None),
    ("GET", "/api/v1/sources/{source}", "viewer", None),
    ("GET", "/api/v1/claims", "viewer", None),
    ("GET", "/api/v1/claims?format=csv", "viewer", None),
    ("GET", "/api/v1/claims/{claim}", "viewer", None),
    ("GET", "/api/v1/status", "viewer", None),
    ("GET", "/api/v1/overview", "viewer", None),
    ("GET", "/api/v1/door?from=2025-01-01", "viewer", None),
    ("GET", "/api/v1/door?since_deal={deal}", "viewer", None),
    ("GET", "/api/v1/balance?first=2025-01-01&second=2025-12-31", "viewer", None),
    ("GET", "/api/v1/reconcile?near=2025-09-30", "viewer", None),
    ("GET", "/api/v1/projection?months=6", "viewer", None),
    ("GET", "/api/v1/report", "viewer", None),
    ("POST", "/api/v1/claims/{claim}/accept", "analyst", None),
    ("POST", "/api/v1/claims/{claim}/reject", "analyst", None),
    ("POST", "/api/v1/claims/{claim}/edit", "analyst", {"note": "checked"}),
    ("POST", "/api/v1/articles", "analyst", {"text": "{article}", "title": "t"}),
    ("GET", "/api/v1/users", "admin", None),
    (
        "POST",
        "/api/v1/users",
        "admin",
        {"name": "{new_user}", "password": "long enough", "role": "viewer"},
    ),
    ("POST", "/api/v1/users/viewer/role", "admin", {"role": "viewer"}),
    ("GET", "/api/v1/settings", "admin", None),
    ("PUT", "/api/v1/settings/trusted_proxy", "admin", {"value": "false"}),
    ("GET", "/api/v1/audit", "admin", None),
]
PAGES: list[tuple[str, str]] = [
    ("/", "viewer"),
    ("/people?q=Bialiatski", "viewer"),
    ("/people/search?q=Bialiatski", "viewer"),
    ("/people/person-ales-bialiatski", "viewer"),
    ("/deals", "viewer"),
    ("/deals/{deal}", "viewer"),
    ("/sanctions", "viewer"),
    ("/claims", "viewer"),
    ("/claims/{claim}", "viewer"),
    ("/sources", "viewer"),
    ("/sources/{source}", "viewer"),
    ("/admin", "admin"),
]
SECRET_MARKERS = ("password_hash", "$argon2")


def _ids(web: Web) -> dict[str, str]:
    client, admin = web.client, web.headers("admin")
    deal = client.get("/api/v1/deals?limit=1", headers=admin).json()["items"][0]["id"]  # oldest
    measure = client.get("/api/v1/measures?limit=1", headers=admin).json()["items"][0]["id"]
    claim = proposed_claim(web.store)
    source = client.get(f"/api/v1/claims/{claim}", headers=admin).json()["source_id"]
    return {"deal": deal, "measure": measure, "claim": claim, "source": source}


def _fill(value: Any, ids: dict[str, str]) -> Any:
    if isinstance(value, str):
        return value.format(**ids)
    if isinstance(value, dict):
        return {k: _fill(v, ids) for k, v in value.items()}
    return value


@pytest.mark.parametrize("caller", CALLERS)
def test_api_access_matrix(web: Web, caller: str) -> None:
    from tests.web.conftest import ARTICLE

    ids = {**_ids(web), "article": ARTICLE + f" ({caller})", "new_user": f"new-{caller}"}
    for method, template, least, body in ENDPOINTS:
        path = _fill(template, ids)
        response = web.client.request(
            method, path, headers=web.headers(caller), json=_fill(body, ids)
        )
        allowed = RANK[caller] >= RANK[least]
        where = f"{caller} {method} {path}"
        if allowed:
            assert 200 <= response.status_code < 300, (
                f"{where}: {response.status_code} {response.text}"
            )
        else:
            expected = 401 if caller == "anonymous" else 403
            assert response.status_code == expected, f"{where}: {response.status_code}"
            assert "items" not in response.text and "Bialiatski" not in response.text, where
        assert not any(m in response.text for m in SECRET_MARKERS), where


@pytest.mark.parametrize("caller", CALLERS)
def test_page_access_matrix(web: Web, caller: str) -> None:
    from tests.web.conftest import login

    ids = _ids(web)
    if caller != "anonymous":
        login(web.client, caller)
    for template, least in PAGES:
        path = _fill(template, ids)
        response = web.client.get(path, follow_redirects=False)
        if RANK[caller] >= RANK[least]:
            assert response.status_code == 200, f"{caller} {path}: {response.status_code}"
        elif caller == "anonymous":
            assert response.status_code == 303, f"{caller} {path}"
            assert response.headers["location"].startswith("/login?next=")
        else:
            assert response.status_code == 403, f"{caller} {path}: {response.status_code}"
            assert "Bialiatski" not in response.text


def test_public_read_opens_reading_only(web: Web) -> None:
    admin = web.headers("admin")
    response = web.client.put("/api/v1/settings/public_read", json={"value": "true"}, headers=admin)
    assert response.status_code == 200
    ids = {**_ids(web), "article": "x", "new_user": "anon"}
    for method, template, least, body in ENDPOINTS:
        path = _fill(template, ids)
        response = web.client.request(method, path, json=_fill(body, ids))
        if least == "viewer":
            assert response.status_code == 200, f"public {path}: {response.status_code}"
        else:
            assert response.status_code == 401, f"public {method} {path}: {response.status_code}"
    assert web.client.get("/", follow_redirects=False).status_code == 200
    assert web.client.get("/admin", follow_redirects=False).status_code == 303
