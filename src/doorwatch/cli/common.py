"""Options and helpers shared by the command modules."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer

from doorwatch.cli.output import Format
from doorwatch.errors import InputError

if TYPE_CHECKING:
    from doorwatch.store import Store

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database: a SQLite file path or a URL (postgresql+psycopg://…). "
        "Default: $DOORWATCH_DB, else a file in the user data folder.",
        show_default=False,
    ),
]
FormatOption = Annotated[
    Format, typer.Option("--format", "-f", help="Output: a table, one JSON document, or CSV.")
]


def store_for(db: str | None) -> Store:
    """Return the existing store named by ``--db`` (or the default)."""
    # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
    from doorwatch.store import open_store

    return open_store(db)


def parse_cli_date(value: str, option: str) -> date:
    """Return the ISO date given to ``option``; a bad one is an InputError naming the option."""
    from doorwatch.ingest.values import EARLIEST_DAY, LATEST_DAY

    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{value!r} is not a date", field=option, expected="YYYY-MM-DD") from None
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise InputError(f"{value!r} is out of range", field=option, expected="1900 to 2199")
    return day
