"""``doorwatch deals``: releases bought by a counterpart, and what was conceded for them."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

import typer
from rich.console import Console

from doorwatch.cli.options import (
    DbOption,
    FormatOption,
    HindsightOption,
    KnownOnOption,
    LimitOption,
    OffsetOption,
    WideOption,
    parse_known_on,
    store_for,
)
from doorwatch.cli.output import Format, render, render_page
from doorwatch.paging import DEFAULT_LIMIT

# Services and analysis are imported inside each command: `doorwatch --help` imports every
# command module, and the store with SQLAlchemy alone takes 0.15-0.25 s (measured).

DEAL_COLUMNS = ["id", "date", "counterpart", "people_freed", "concessions"]
DEAL_WIDE_COLUMNS = ["id", "date", "counterpart", "envoy", "people_freed", "concessions", "sources"]
# The ledger's price in 80 columns; --wide shows every column of the ledger.
LEDGER_NARROW_COLUMNS = ["deal", "date", "freed", "concessions"]


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
                "--ledger",
                help="The ledger: freed by definition, concessions, the 90 days either side.",
            ),
        ] = False,
        limit: LimitOption = DEFAULT_LIMIT,
        offset: OffsetOption = 0,
        wide: WideOption = False,
        known_on: KnownOnOption = None,
        hindsight: HindsightOption = False,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """List deals: date, counterpart, people freed, concessions (--wide: envoy, sources)."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.services.ledger import (
            LEDGER_COLUMNS,
            LEDGER_LIMITS,
            deal_ledger,
            ledger_row,
        )
        from doorwatch.services.listings import deals_page

        if ledger:
            entries = deal_ledger(
                store_for(db), known_on=parse_known_on(known_on), hindsight=hindsight
            )
            narrow = not wide and fmt is Format.table
            if render(
                [ledger_row(e) for e in entries],
                LEDGER_NARROW_COLUMNS if narrow else LEDGER_COLUMNS,
                fmt,
                title="deal ledger",
                document={"deals": [asdict(e) for e in entries], "limits": LEDGER_LIMITS},
                wide=wide,
            ):
                Console().print(LEDGER_LIMITS, markup=False)
            return
        page = deals_page(store_for(db), limit=limit, offset=offset)
        columns = DEAL_WIDE_COLUMNS if wide or fmt is Format.csv else DEAL_COLUMNS
        rows = [_flat(r) for r in page["items"]]
        render_page(page, columns, fmt, title="deals", rows=rows, wide=wide)
