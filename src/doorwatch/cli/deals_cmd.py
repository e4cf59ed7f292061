"""``doorwatch deals``: releases bought by a counterpart, and what was conceded for them."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

import typer

from doorwatch.cli.options import DbOption, FormatOption, store_for
from doorwatch.cli.output import Format, render

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
    def deals(
        ledger: Annotated[
            bool,
            typer.Option(
                "--ledger", help="The ledger: freed, concessions, recognised since, the price."
            ),
        ] = False,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """List deals: date, counterpart, envoy, people freed, concessions and sources."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.services.ledger import deal_ledger
        from doorwatch.services.ledger_rows import LEDGER_COLUMNS, ledger_row
        from doorwatch.store.deals import list_deals

        if ledger:
            entries = deal_ledger(store_for(db))
            render(
                [ledger_row(e) for e in entries],
                LEDGER_COLUMNS,
                fmt,
                title="deal ledger",
                document=[asdict(e) for e in entries],
            )
            return
        rows = list_deals(store_for(db))
        render([_flat(r) for r in rows], DEAL_COLUMNS, fmt, title="deals", document=rows)
