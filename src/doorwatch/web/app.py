"""Building the web app: the API under /api/v1 with its OpenAPI docs, the pages, the assets."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from doorwatch.services.accounts import session_secret
from doorwatch.store import Store, open_store
from doorwatch.web import errors
from doorwatch.web.api import admin, analysis, articles, deals, evidence, insights, registry
from doorwatch.web.context import AppContext
from doorwatch.web.pages import account, claims, overview, people, sanctions, sources
from doorwatch.web.sessions import SessionCodec

API = "/api/v1"
STATIC = Path(__file__).parent / "static"


def create_app(db: str | None = None, *, store: Store | None = None) -> FastAPI:
    """Return the doorwatch web app serving ``store`` (or the database ``db``)."""
    store = store or open_store(db)
    app = FastAPI(
        title="doorwatch",
        summary="An evidence-backed record of political imprisonment and the diplomacy around it.",
        version="1",
        docs_url=f"{API}/docs",
        redoc_url=None,
        openapi_url=f"{API}/openapi.json",
    )
    app.state.context = AppContext(store=store, codec=SessionCodec(session_secret(store)))
    errors.install(app)
    for module in (registry, deals, evidence, analysis, insights, articles, admin):
        app.include_router(module.router, prefix=API)
    for page_module in (overview, people, sanctions, claims, sources, account):
        app.include_router(page_module.router, include_in_schema=False)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def app_from_environment() -> FastAPI:
    """Return the app on ``$DOORWATCH_DB`` (for ``uvicorn --factory`` with several workers)."""
    return create_app(None)
