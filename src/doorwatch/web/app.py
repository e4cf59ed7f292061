"""Building the web app: the API under /api/v1 with its OpenAPI docs, the pages, the assets."""

from __future__ import annotations

import os
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio.to_thread
from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles

from doorwatch.errors import DoorwatchError
from doorwatch.services.listings import cases_page, people_page
from doorwatch.services.overview import overview as overview_picture
from doorwatch.store import Store, open_store
from doorwatch.web import api, errors, pages
from doorwatch.web.auth import check_csrf
from doorwatch.web.context import AppContext
from doorwatch.web.headers import SecurityHeaders
from doorwatch.web.pages import api_docs

API = "/api/v1"
STATIC = Path(__file__).parent / "static"


def _warm(store: Store) -> None:
    """Compute the kept answers (overview, list totals) before the first visitor asks."""
    try:
        overview_picture(store)
        people_page(store, limit=1, with_facets=True)
        cases_page(store, limit=1)
    except DoorwatchError:  # a request will meet the same error and show it
        pass


def create_app(db: str | None = None, *, store: Store | None = None, warm: bool = False) -> FastAPI:
    """Return the doorwatch web app serving ``store`` (or the database ``db``); with ``warm``,
    the costly kept answers are computed in the background as the app starts."""
    store = store or open_store(db)
    served = store

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        threads = os.environ.get("DOORWATCH_THREADS")
        if threads:
            anyio.to_thread.current_default_thread_limiter().total_tokens = int(threads)
        if warm:
            threading.Thread(target=_warm, args=(served,), daemon=True, name="warm").start()
        yield

    app = FastAPI(
        dependencies=[Depends(check_csrf)],
        lifespan=lifespan,
        title="doorwatch",
        summary="An evidence-backed record of political imprisonment and the diplomacy around it.",
        version="1",
        docs_url=None,
        redoc_url=None,
        openapi_url=f"{API}/openapi.json",
    )
    app.state.context = AppContext(store=store)
    errors.install(app)
    for module in api.MODULES:
        app.include_router(module.router, prefix=API)
    for page_module in pages.MODULES:
        app.include_router(page_module.router, include_in_schema=False)
    app.include_router(api_docs.router, include_in_schema=False)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(SecurityHeaders)
    return app


def app_from_environment() -> FastAPI:
    """Return the app on ``$DOORWATCH_DB`` (for ``uvicorn --factory`` with several workers).

    Each worker process opens the database once, here, and serves every request from it."""
    return create_app(None, warm=True)
