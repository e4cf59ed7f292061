"""Sessions end when they should, API tokens expire and can be revoked, accounts can be
disabled, and the login limit holds against concurrency, many accounts and forged headers."""

from __future__ import annotations

import contextlib
import statistics
import threading
import time

import pytest
from sqlalchemy import update

from doorwatch.errors import AuthError
from doorwatch.services import accounts
from doorwatch.store import Store
from doorwatch.store.schema_accounts import api_tokens
from tests.web.conftest import PASSWORD, Web, login


def _me(web: Web, headers: dict[str, str] | None = None) -> str:
    return str(web.client.get("/api/v1/me", headers=headers or {}).json()["name"])


def test_logout_ends_the_session_for_a_saved_cookie(web: Web) -> None:
    csrf = login(web.client, "analyst")
    saved = web.client.cookies.get("dw_session")
    assert saved and _me(web) == "analyst"
    web.client.post("/logout", data={"csrf_token": csrf}, follow_redirects=False)
    web.client.cookies.set("dw_session", saved)
    assert _me(web) == "anonymous"
    replay = web.client.post(
        "/api/v1/claims/x/accept", headers={"X-CSRF-Token": csrf}, follow_redirects=False
    )
    assert replay.status_code == 401


def test_an_admin_ends_every_session_of_an_account(web: Web) -> None:
    login(web.client, "analyst")
    assert _me(web) == "analyst"
    listed = web.client.get("/api/v1/users/analyst/sessions", headers=web.headers("admin"))
    assert len(listed.json()["items"]) == 1
    ended = web.client.post("/api/v1/users/analyst/sessions/end", headers=web.headers("admin"))
    assert ended.json() == {"ended": 1}
    assert _me(web) == "anonymous"


def test_tokens_are_listed_revoked_and_expire(web: Web) -> None:
    admin = web.headers("admin")
    second = accounts.new_token(web.store, "viewer", label="script", days=1, actor="test")
    listed = web.client.get("/api/v1/users/viewer/tokens", headers=admin).json()["items"]
    assert {t["label"] for t in listed} == {None, "script"}
    assert all(t["state"] == "live" and t["expires_at"] for t in listed)
    assert _me(web, {"Authorization": f"Bearer {second}"}) == "viewer"
    target = next(t["id"] for t in listed if t["label"] == "script")
    revoked = web.client.post(f"/api/v1/users/viewer/tokens/{target}/revoke", headers=admin)
    assert revoked.json() == {"revoked": 1}
    assert (
        web.client.get("/api/v1/me", headers={"Authorization": f"Bearer {second}"}).status_code
        == 401
    )
    assert _me(web, web.headers("viewer")) == "viewer"  # the other token still works
    with web.store.write() as connection:  # time passes
        connection.execute(update(api_tokens).values(expires_at=api_tokens.c.created_at))
    assert web.client.get("/api/v1/me", headers=web.headers("viewer")).status_code == 401
    states = {t["state"] for t in accounts.list_tokens(web.store, "viewer")}
    assert states == {"revoked", "expired"}


def test_a_new_password_revokes_tokens_and_sessions(web: Web) -> None:
    login(web.client, "analyst")
    accounts.set_password(web.store, "analyst", "another long password", actor="test")
    assert _me(web) == "anonymous"
    assert web.client.get("/api/v1/me", headers=web.headers("analyst")).status_code == 401


def test_a_disabled_account_loses_every_way_in(web: Web) -> None:
    login(web.client, "analyst")
    done = web.client.post("/api/v1/users/analyst/disable", headers=web.headers("admin"))
    assert done.status_code == 200 and done.json()["disabled"] is True
    assert _me(web) == "anonymous"
    assert web.client.get("/api/v1/me", headers=web.headers("analyst")).status_code == 401
    with pytest.raises(AuthError):
        accounts.authenticate(web.store, "analyst", PASSWORD, "10.0.0.9")
    web.client.post("/api/v1/users/analyst/enable", headers=web.headers("admin"))
    assert accounts.authenticate(web.store, "analyst", PASSWORD, "10.0.0.9").name == "analyst"


def test_concurrent_wrong_tries_are_counted_before_checking(store: Store) -> None:
    accounts.add_user(store, "target", PASSWORD, "viewer", actor="test")
    outcomes: list[str] = []
    lock = threading.Lock()

    def attempt(i: int) -> None:
        try:
            accounts.authenticate(store, "target", f"guess {i}", f"10.1.0.{i}")
            result = "ok"
        except accounts.TooManyAttemptsError:
            result = "limited"
        except AuthError:
            result = "checked"
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("checked") == accounts.MAX_TRIES_ACCOUNT
    assert outcomes.count("limited") == 16 - accounts.MAX_TRIES_ACCOUNT
    with pytest.raises(accounts.TooManyAttemptsError):  # even the right password now waits
        accounts.authenticate(store, "target", PASSWORD, "10.2.0.1")


def test_strangers_never_lock_the_owner_out_of_a_known_browser(web: Web) -> None:
    """Failed tries by others lock the account for every browser it has not logged in from;
    the owner's own browser (its device cookie) keeps its own count and gets in."""
    from fastapi.testclient import TestClient

    from doorwatch.web.sessions import DEVICE_COOKIE

    def try_login(client: TestClient, password: str) -> int:
        import re

        form = client.get("/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
        assert token is not None
        data = {"name": "analyst", "password": password, "csrf_token": token.group(1)}
        return client.post("/login", data=data, follow_redirects=False).status_code

    owner = TestClient(web.client.app)
    assert try_login(owner, PASSWORD) == 303
    device = owner.cookies.get(DEVICE_COOKIE)
    assert device
    stranger = TestClient(web.client.app)
    tries = [try_login(stranger, "guess") for _ in range(accounts.MAX_TRIES_ACCOUNT + 2)]
    assert tries[-1] == 429  # the account is locked for unknown browsers ...
    assert try_login(TestClient(web.client.app), PASSWORD) == 429  # (the owner on a new one)
    forged = TestClient(web.client.app, cookies={DEVICE_COOKIE: "forged"})
    assert try_login(forged, PASSWORD) == 429  # a made-up device cookie is an unknown browser
    assert try_login(owner, PASSWORD) == 303  # ... but not for the owner's own browser
    assert owner.cookies.get(DEVICE_COOKIE) == device  # a known browser keeps its cookie
    # a browser known to one account is a stranger to another: locked like any other
    for _ in range(accounts.MAX_TRIES_ACCOUNT + 1):
        with contextlib.suppress(AuthError, accounts.TooManyAttemptsError):
            accounts.authenticate(web.store, "viewer", "guess", "10.9.0.1")
    with pytest.raises(accounts.TooManyAttemptsError):
        accounts.authenticate(web.store, "viewer", PASSWORD, "10.9.0.2", device=device)


def test_one_password_across_many_accounts_is_limited_by_address(store: Store) -> None:
    limited = 0
    for i in range(accounts.MAX_TRIES_ADDRESS + 3):
        try:
            accounts.authenticate(store, f"user{i}", "Password1", "192.0.2.7")
        except accounts.TooManyAttemptsError:
            limited += 1
        except AuthError:
            pass
    assert limited == 3


def test_forwarded_for_does_not_reset_the_limit(web: Web) -> None:
    import re

    statuses = []
    for i in range(accounts.MAX_TRIES_ADDRESS + 2):
        form = web.client.get("/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
        assert token is not None
        response = web.client.post(
            "/login",
            data={"name": f"nobody{i}", "password": "x" * 8, "csrf_token": token.group(1)},
            headers={"X-Forwarded-For": f"203.0.113.{i}"},
        )
        statuses.append(response.status_code)
    assert statuses[: accounts.MAX_TRIES_ADDRESS] == [401] * accounts.MAX_TRIES_ADDRESS
    assert statuses[accounts.MAX_TRIES_ADDRESS :] == [429, 429]


def test_unknown_and_known_names_fail_in_the_same_time(store: Store) -> None:
    accounts.add_user(store, "known", PASSWORD, "viewer", actor="test")

    def timed(name: str, i: int) -> float:
        start = time.perf_counter()
        with pytest.raises(AuthError):
            accounts.authenticate(store, name, "wrong password", f"198.51.100.{i}")
        return time.perf_counter() - start

    timed("warm-up", 250)
    known = statistics.median(timed("known", i) for i in range(4))
    unknown = statistics.median(timed(f"ghost{i}", 10 + i) for i in range(4))
    assert 0.5 < unknown / known < 2.0, (known, unknown)


def test_doorwatch_serve_does_not_take_addresses_from_forwarded_headers(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """uvicorn believes X-Forwarded-For from 127.0.0.1 unless told not to; `doorwatch serve`
    tells it, so a new header per try does not make a new address for the login limit."""
    import os
    import re
    import socket
    import subprocess
    import sys
    from pathlib import Path

    import httpx

    from doorwatch.services.setup import initialise

    db = tmp_path / "serve.sqlite"
    initialise(str(db))
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root / "src")}
    command = [
        sys.executable,
        "-m",
        "doorwatch.cli.main",
        "serve",
        "--port",
        str(port),
        "--db",
        str(db),
    ]
    server = subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(base + "/login", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        statuses = []
        with httpx.Client(base_url=base) as client:
            for i in range(accounts.MAX_TRIES_ADDRESS + 1):
                form = client.get("/login")
                token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
                assert token is not None
                response = client.post(
                    "/login",
                    data={"name": f"nobody{i}", "password": "x" * 8, "csrf_token": token.group(1)},
                    headers={"X-Forwarded-For": f"203.0.113.{i}"},
                )
                statuses.append(response.status_code)
        assert statuses[-1] == 429, statuses
    finally:
        server.terminate()
        server.wait(timeout=20)
