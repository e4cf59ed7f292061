"""``doorwatch serve``: the web application and REST API on the configured database."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from doorwatch.cli.common import DbOption, store_for


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command to ``app``."""

    @app.command()
    def serve(
        host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
        db: DbOption = None,
    ) -> None:
        """Serve the web pages and the REST API (/api/v1, docs at /api/v1/docs). Create the
        first account with `doorwatch user add NAME --role admin`."""
        import uvicorn

        from doorwatch.services.accounts import list_users
        from doorwatch.web.app import create_app

        store = store_for(db)
        console = Console(stderr=True)
        if not list_users(store):
            console.print("no accounts yet: create one with `doorwatch user add NAME --role admin`")
        console.print(f"serving {store.display_url} on http://{host}:{port}/")
        uvicorn.run(create_app(store=store), host=host, port=port, log_level="warning")
