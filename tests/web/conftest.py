"""Fixtures of the web tests: an app on the bundled data, with one account per role."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from httpx import Response
from pydantic import TypeAdapter

from doorwatch.services import accounts
from doorwatch.services.articles import ingest_article
from doorwatch.store import Store

ROLES = ("viewer", "caseworker", "coordinator", "analyst", "admin")
PASSWORD = "correct horse battery"
ARTICLE = (
    "Minsk, 3 March 2025. A rights group said on Monday that more than 1,150 political "
    'prisoners were held in Belarus. "Nobody should be traded like goods," said Jane Example, '
    "a lawyer. Washington lifted sanctions on Belavia in September 2025."
)


@dataclass
class Web:
    """A test client on the app plus a bearer token per role."""

    client: TestClient
    store: Store
    tokens: dict[str, str]

    def headers(self, role: str) -> dict[str, str]:
        """Return the Authorization header of ``role`` (none for anonymous)."""
        return {"Authorization": f"Bearer {self.tokens[role]}"} if role in self.tokens else {}


def proposed_claim(store: Store) -> str:
    """Ingest the test article and return the id of one of its proposed claims."""
    result = ingest_article(store, ARTICLE, title="Test article", published="2025-03-03")
    return str(next(c["id"] for c in result["claims"] if c["status"] == "proposed"))


@pytest.fixture
def web(sample_store: Store) -> Iterator[Web]:
    """The app on the bundled data with users viewer, analyst and admin (and their tokens)."""
    from doorwatch.web.app import create_app

    tokens = {}
    for role in ROLES:
        accounts.add_user(sample_store, role, PASSWORD, role, actor="test")
        tokens[role] = accounts.new_token(sample_store, role, actor="test")
    with TestClient(create_app(store=sample_store)) as client:
        yield Web(client=client, store=sample_store, tokens=tokens)


def login(client: TestClient, name: str, password: str = PASSWORD) -> str:
    """Log ``name`` in through the form; return the session's CSRF token."""
    import re

    form = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
    assert token is not None
    response = client.post(
        "/login",
        data={"name": name, "password": password, "csrf_token": token.group(1), "next": "/"},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    page = client.get("/claims")
    csrf = re.search(r'<meta name="csrf-token" content="([^"]*)">', page.text)
    assert csrf is not None
    return csrf.group(1)


def check_declared_shape(client: TestClient, method: str, response: Response) -> None:
    """Fail unless ``response`` (JSON) validates against the response model its route declares
    for /api/v1/docs."""
    from doorwatch.web import api

    path = response.request.url.path.removeprefix("/api/v1")
    routes = [
        r
        for module in api.MODULES
        for r in module.router.routes
        if isinstance(r, APIRoute) and method in r.methods and r.path_regex.match(path)
    ]
    assert routes and routes[0].response_model is not None, (method, path)
    TypeAdapter(routes[0].response_model).validate_python(response.json())
