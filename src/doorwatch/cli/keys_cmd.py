"""``doorwatch keys``: the keys that seal sensitive support fields (kept outside the database)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from doorwatch.cli.options import DbOption, FormatOption, store_for
from doorwatch.cli.output import Format, print_json

# Services are imported inside each command (the store and SQLAlchemy alone take 0.15-0.25 s),
# so that --help and the other commands do not pay for them.


def register(app: typer.Typer) -> None:
    """Add the ``keys`` command group to ``app``."""
    group = typer.Typer(help="Keys that seal sensitive support data.", no_args_is_help=True)
    app.add_typer(group, name="keys")

    @group.command("new")
    def new() -> None:
        """Write a new key to the key file ($DOORWATCH_KEY_FILE, else the user data folder) and
        print the file's path. Older keys stay so that what they sealed still opens."""
        from doorwatch.services import support_keys

        made = support_keys.new_key()
        Console(stderr=True).print(
            f"new key {made['key_id']}; keep a copy of this file safe, away from the database"
        )
        print(made["path"])

    @group.command("rotate")
    def rotate(
        keep_old: Annotated[
            bool,
            typer.Option(
                "--keep-old", help="Keep the old keys in the file (when other databases use them)."
            ),
        ] = False,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """Re-seal every protected value under a new key, then drop the old keys."""
        from doorwatch.services import support_keys
        from doorwatch.services.support_access import LOCAL_OPERATOR

        done = support_keys.rotate(store_for(db), user=LOCAL_OPERATOR, keep_old=keep_old)
        if fmt is Format.json:
            print_json(done)
            return
        Console().print(
            f"{done['resealed']} values re-sealed under key {done['key_id']} "
            f"({done['path']}); dropped: {', '.join(done['dropped']) or 'none'}"
        )

    @group.command("status")
    def status(fmt: FormatOption = Format.table) -> None:
        """Where keys come from and which one is current (never the key itself)."""
        from doorwatch.services import support_keys

        found = support_keys.key_status()
        if fmt is Format.json:
            print_json(found)
            return
        Console().print(
            f"source: {found['source']}\ncurrent: {found['current'] or 'none'}\n"
            f"keys: {', '.join(found['keys']) or 'none'}",
            highlight=False,
        )
