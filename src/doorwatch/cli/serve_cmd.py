"""``doorwatch serve``: the web application and REST API on the configured database."""

from __future__ import annotations

import importlib.util
import os
from typing import Annotated, Any

import typer
from rich.console import Console

from doorwatch.cli.options import DbOption, store_for

# Services and analysis are imported inside each command: `doorwatch --help` imports every
# command module, and the store with SQLAlchemy alone takes 0.15-0.25 s (measured).


def _fastest(module: str, fast: str, fallback: str) -> str:
    """Return ``fast`` when ``module`` is installed (uvicorn[standard]), else ``fallback``."""
    return fast if importlib.util.find_spec(module) is not None else fallback


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command to ``app``."""

    @app.command()
    def serve(
        host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
        workers: Annotated[
            int, typer.Option(help="Worker processes (one per core serves the most).", min=1)
        ] = 1,
        db: DbOption = None,
    ) -> None:
        """Serve the web pages and the REST API (/api/v1, docs at /api/v1/docs). Create the
        first account with `doorwatch user add NAME --role admin`."""
        # Deferred: uvicorn, the store and SQLAlchemy import in 0.15-0.25 s (measured).
        import uvicorn

        from doorwatch.services.accounts import list_users

        store = store_for(db)
        console = Console(stderr=True)
        if not list_users(store):
            console.print("no accounts yet: create one with `doorwatch user add NAME --role admin`")
        console.print(f"serving {store.display_url} on http://{host}:{port}/")
        # uvicorn would otherwise take the client's address from X-Forwarded-For when the peer
        # is 127.0.0.1, letting anyone behind a local proxy pick the address the login limit
        # counts; doorwatch reads forwarded headers itself, only with trusted_proxy set.
        # httptools parses HTTP and uvloop runs the event loop in C: each takes a share of the
        # per-request cost off the Python side when uvicorn[standard] installed them.
        http = _fastest("httptools", "httptools", "h11")
        loop = _fastest("uvloop", "uvloop", "asyncio")
        options: dict[str, Any] = {
            "host": host,
            "port": port,
            "log_level": "warning",
            "http": http,
            "loop": loop,
            "proxy_headers": False,
        }
        if workers == 1:
            # Deferred: FastAPI, the templates and every service import in 1.45 s (measured).
            from doorwatch.web.app import create_app

            uvicorn.run(create_app(store=store, warm=True), **options)
            return
        # Several processes each open the database themselves, from the environment.
        os.environ["DOORWATCH_DB"] = store.url
        store.close()
        uvicorn.run(
            "doorwatch.web.app:app_from_environment", factory=True, workers=workers, **options
        )
