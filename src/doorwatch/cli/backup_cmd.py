"""``doorwatch backup`` and ``doorwatch restore``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from doorwatch.cli.options import DbOption, FormatOption, cli_actor, store_for
from doorwatch.cli.output import Format, print_json

# Services and analysis are imported inside each command: `doorwatch --help` imports every
# command module, and the store with SQLAlchemy alone takes 0.15-0.25 s (measured).


def register(app: typer.Typer) -> None:
    """Add the ``backup`` and ``restore`` commands to ``app``."""

    @app.command()
    def backup(
        file: Annotated[Path, typer.Argument(help="The backup file to write.")],
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """Back up the whole store, accounts and audit log included, to one file, while it
        stays in use (SQLite: online backup; PostgreSQL: pg_dump, else a JSON Lines backup)."""
        from doorwatch.services.backup import backup as run_backup

        result = run_backup(store_for(db), file)
        if fmt is Format.json:
            print_json(result)
        else:
            Console().print(
                f"backup written: {result['file']} ({result['kind']}, {result['bytes']:,} bytes)"
            )

    @app.command()
    def restore(
        file: Annotated[Path, typer.Argument(help="A file `doorwatch backup` wrote.")],
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """Restore a backup into an empty store (a new SQLite file, or an empty PostgreSQL
        database), then check its audit chain."""
        from doorwatch.services.backup import restore as run_restore

        result = run_restore(db, file, actor=cli_actor())
        if fmt is Format.json:
            print_json(result)
            return
        state = (
            "intact"
            if result["audit_intact"]
            else f"BROKEN at entry {result['audit_first_broken']}"
        )
        Console().print(
            f"restored {result['file']} ({result['kind']}) into {result['database']}; "
            f"audit log {state} ({result['audit_entries']} entries)"
        )
