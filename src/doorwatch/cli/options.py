"""The options the command modules share (database, format, paging, width) and the
reading of an option's date."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer

from doorwatch.cli.output import Format
from doorwatch.errors import InputError
from doorwatch.paging import MAX_LIMIT

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

LimitOption = Annotated[
    int,
    typer.Option("--limit", min=1, max=MAX_LIMIT, help=f"Rows per page (1–{MAX_LIMIT})."),
]
OffsetOption = Annotated[
    int,
    typer.Option("--offset", min=0, help="Rows to skip: the next page starts at offset + limit."),
]
WideOption = Annotated[
    bool, typer.Option("--wide", help="Every column (a table wider than 80 characters).")
]


def cli_actor() -> str:
    """Return who the audit log names for a command run from this shell (``cli:`` and the
    operating-system user)."""
    # Deferred: `--help` imports this module and must not load the services (see cli/main.py).
    from doorwatch.services.actors import local_actor

    return local_actor()


def store_for(db: str | None, *, create: bool = False) -> Store:
    """Return the store named by ``--db`` (or the default); ``create`` makes a new one."""
    # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
    from doorwatch.store import open_store

    return open_store(db, create=create)


def parse_cli_date(value: str, option: str) -> date:
    """Return the ISO date given to ``option``; a bad one is an InputError naming the option."""
    # Deferred: `--help` imports this module and must not load ingest (see cli/main.py).
    from doorwatch.ingest.field_parsers import EARLIEST_DAY, LATEST_DAY

    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{value!r} is not a date", option=option, expected="YYYY-MM-DD") from None
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise InputError(f"{value!r} is out of range", option=option, expected="1900 to 2199")
    return day


KnownOnOption = Annotated[
    str | None,
    typer.Option(
        "--known-on",
        help="Show what had been published by this date (YYYY-MM-DD); default: the date asked about.",
        show_default=False,
    ),
]
HindsightOption = Annotated[
    bool,
    typer.Option(
        "--hindsight",
        help="Add what was published later, marked as such.",
    ),
]


def day_or_today(value: str | None, option: str = "--on") -> date:
    """Return the date given to ``option``, or today when it was not given."""
    return parse_cli_date(value, option) if value else date.today()


def parse_known_on(value: str | None) -> date | None:
    """Return the ``--known-on`` date, or None when not given."""
    return parse_cli_date(value, "--known-on") if value else None
