"""``doorwatch deals``: releases bought by a counterpart, and what was conceded for them."""

from __future__ import annotations

from typing import Any

import typer

from doorwatch.cli.common import DbOption, FormatOption, store_for
from doorwatch.cli.output import Format, render
from doorwatch.store.deals import list_deals

DEAL_COLUMNS = ["id", "date", "counterpart", "envoy", "people_freed", "concessions", "sources"]


def _flat(deal: dict[str, Any]) -> dict[str, Any]:
    return {
        **deal,
        "concessions": [
            c["kind"].replace("_", " ") + (f": {c['target']}" if c.get("target") else "")
            for c in deal["concessions"]
        ],
        "sources": len(deal["sources"]),
    }


def register(app: typer.Typer) -> None:
    """Add the ``deals`` command to ``app``."""

    @app.command()
    def deals(fmt: FormatOption = Format.table, db: DbOption = None) -> None:
        """List deals: date, counterpart, envoy, people freed, concessions and sources."""
        rows = list_deals(store_for(db))
        render([_flat(r) for r in rows], DEAL_COLUMNS, fmt, title="deals", document=rows)
