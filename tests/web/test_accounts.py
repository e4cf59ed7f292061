"""Accounts: login, sessions, CSRF, rate limiting, tokens, users and the audit log."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from doorwatch.errors import AuthError, InputError
from doorwatch.services import accounts
from doorwatch.store import Store
from tests.web.conftest import PASSWORD, Web, login, proposed_claim


def test_session_cookie_flags(web: Web) -> None:
    form = web.client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
    assert token
    response = web.client.post(
        "/login",
        data={"name": "viewer", "password": PASSWORD, "csrf_token": token.group(1)},
        follow_redirects=False,
    )
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie


def test_secure_cookie_behind_trusted_proxy(web: Web) -> None:
    accounts.change_setting(web.store, "trusted_proxy", "true", actor="test")
    headers = {"X-Forwarded-Proto": "https"}
    form = web.client.get("/login", headers=headers)
    token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
    assert token and "secure" in form.headers["set-cookie"].lower()
    # The test client speaks plain HTTP and so keeps Secure cookies to itself: send it by hand.
    cookie = form.headers["set-cookie"].split(";")[0]
    response = web.client.post(
        "/login",
        data={"name": "viewer", "password": PASSWORD, "csrf_token": token.group(1)},
        headers={**headers, "Cookie": cookie},
        follow_redirects=False,
    )
    assert "secure" in response.headers["set-cookie"].lower()


def test_proxy_header_ignored_unless_trusted(web: Web) -> None:
    form = web.client.get("/login", headers={"X-Forwarded-Proto": "https"})
    assert "secure" not in form.headers["set-cookie"].lower()


def test_wrong_password_and_rate_limit(web: Web) -> None:
    for _ in range(accounts.MAX_TRIES_ACCOUNT):
        with pytest.raises(AuthError):
            accounts.authenticate(web.store, "viewer", "wrong password", "10.0.0.1")
    with pytest.raises(accounts.TooManyAttemptsError):
        accounts.authenticate(web.store, "viewer", PASSWORD, "10.0.0.1")
    # the account is limited from every address (an attacker has many), until the window ends
    with pytest.raises(accounts.TooManyAttemptsError):
        accounts.authenticate(web.store, "viewer", PASSWORD, "10.0.0.2")
    later = datetime.now() + accounts.LOGIN_WINDOW + timedelta(seconds=1)
    assert (
        accounts.authenticate(web.store, "viewer", PASSWORD, "10.0.0.2", now=later).name == "viewer"
    )


def test_login_form_rate_limited(web: Web) -> None:
    statuses = []
    for _ in range(accounts.MAX_TRIES_ACCOUNT + 1):
        form = web.client.get("/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
        assert token
        response = web.client.post(
            "/login", data={"name": "admin", "password": "nope-nope", "csrf_token": token.group(1)}
        )
        statuses.append(response.status_code)
    assert statuses == [401] * accounts.MAX_TRIES_ACCOUNT + [429]


def test_login_needs_its_csrf_token(web: Web) -> None:
    web.client.get("/login")
    response = web.client.post("/login", data={"name": "viewer", "password": PASSWORD})
    assert response.status_code == 403


def test_cookie_writes_need_csrf(web: Web) -> None:
    csrf = login(web.client, "analyst")
    claim = proposed_claim(web.store)
    assert web.client.post(f"/api/v1/claims/{claim}/accept").status_code == 403
    bad = web.client.post(f"/api/v1/claims/{claim}/accept", headers={"X-CSRF-Token": "x"})
    assert bad.status_code == 403
    ok = web.client.post(f"/api/v1/claims/{claim}/accept", headers={"X-CSRF-Token": csrf})
    assert ok.status_code == 200
    form = web.client.post(
        f"/claims/{claim}/review", data={"decision": "reject"}, follow_redirects=False
    )
    assert form.status_code == 403
    form = web.client.post(
        f"/claims/{claim}/review",
        data={"decision": "reject", "csrf_token": csrf},
        follow_redirects=False,
    )
    assert form.status_code == 303


def test_new_password_ends_sessions(web: Web) -> None:
    login(web.client, "viewer")
    assert web.client.get("/api/v1/me").json()["name"] == "viewer"
    accounts.set_password(web.store, "viewer", "another password", actor="test")
    assert web.client.get("/api/v1/me").json()["name"] == "anonymous"


def test_forged_cookie_is_anonymous(web: Web) -> None:
    web.client.cookies.set("dw_session", "eyJ1IjozfQ.forged.sig")
    assert web.client.get("/api/v1/me").json()["role"] == "anonymous"


def test_bad_token_is_401(web: Web) -> None:
    response = web.client.get("/api/v1/people", headers={"Authorization": "Bearer nope"})
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"


def test_disabled_user_loses_token(web: Web) -> None:
    accounts.set_disabled(web.store, "viewer", True, actor="test")
    assert web.client.get("/api/v1/people", headers=web.headers("viewer")).status_code == 401


def test_user_changes_are_audited_without_secrets(web: Web) -> None:
    admin = web.headers("admin")
    web.client.post(
        "/api/v1/users",
        json={"name": "newbie", "password": "long enough", "role": "viewer"},
        headers=admin,
    )
    web.client.post("/api/v1/users/newbie/role", json={"role": "analyst"}, headers=admin)
    accounts.set_password(web.store, "newbie", "a new password", actor="admin")
    log = web.client.get("/api/v1/audit?limit=3", headers=admin)
    actions = [e["action"] for e in log.json()["items"]]
    assert actions == ["user.passwd", "user.role", "user.add"]
    assert "argon2" not in log.text and "long enough" not in log.text
    assert log.json()["items"][1]["before"] == {"role": "viewer"}


def test_duplicate_user_is_409(web: Web) -> None:
    body = {"name": "viewer", "password": "long enough", "role": "viewer"}
    assert (
        web.client.post("/api/v1/users", json=body, headers=web.headers("admin")).status_code == 409
    )


def test_short_password_and_bad_role(store: Store) -> None:
    with pytest.raises(InputError):
        accounts.add_user(store, "x", "short", "viewer", actor="t")
    with pytest.raises(InputError):
        accounts.add_user(store, "x", "long enough", "boss", actor="t")


def test_admin_page_forms(web: Web) -> None:
    csrf = login(web.client, "admin")
    web.client.post(
        "/admin/users",
        data={"name": "formuser", "password": "long enough", "role": "viewer", "csrf_token": csrf},
    )
    web.client.post(
        "/admin/settings", data={"key": "public_read", "value": "true", "csrf_token": csrf}
    )
    page = web.client.get("/admin")
    assert "formuser" in page.text and "setting.set" in page.text and "user.add" in page.text
    anonymous = TestClient(web.client.app)
    assert anonymous.get("/", follow_redirects=False).status_code == 200  # now public


def test_account_tables_are_not_exported(sample_store: Store) -> None:
    from doorwatch.store.dump import dump_rows

    accounts.add_user(sample_store, "someone", PASSWORD, "admin", actor="t")
    accounts.new_token(sample_store, "someone", actor="t")
    tables = {table for table, _row in dump_rows(sample_store)}
    assert not tables & {"users", "api_tokens", "audit_log", "settings", "login_attempts"}


def test_user_cli(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import io
    import sys

    db = str(tmp_path / "u.sqlite")
    assert cli("init", "--db", db).code == 0
    old = sys.stdin
    try:
        sys.stdin = io.StringIO("a good password\n")
        assert (
            cli("user", "add", "ann", "--role", "analyst", "--password-stdin", "--db", db).code == 0
        )
        sys.stdin = io.StringIO("another password\n")
        assert cli("user", "passwd", "ann", "--password-stdin", "--db", db).code == 0
    finally:
        sys.stdin = old
    assert cli("user", "role", "ann", "admin", "--db", db).code == 0
    listed = cli("user", "list", "--format", "json", "--db", db).json()
    assert listed == [{**listed[0], "name": "ann", "role": "admin"}]
    token = cli("user", "token", "ann", "--db", db).out.strip()
    assert token.startswith("dw_")
    assert cli("user", "role", "ann", "boss", "--db", db).code == 2
    assert cli("user", "role", "nobody", "admin", "--db", db).code == 3
