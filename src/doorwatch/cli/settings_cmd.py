"""``doorwatch settings``: the web instance's settings (public read-only access, proxy trust)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from doorwatch.cli.options import DbOption, FormatOption, cli_actor, store_for
from doorwatch.cli.output import Format, render


def register(app: typer.Typer) -> None:
    """Add the ``settings`` command group to ``app``."""

    group = typer.Typer(help="Settings of the web application.", no_args_is_help=True)
    app.add_typer(group, name="settings")

    @group.command("list")
    def list_(fmt: FormatOption = Format.table, db: DbOption = None) -> None:
        """Show every setting and its value."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.services import accounts

        values = accounts.instance_settings(store_for(db))
        rows = [{"key": key, "value": value} for key, value in sorted(values.items())]
        render(rows, ["key", "value"], fmt, title="settings", document=values)

    @group.command("set")
    def set_(
        key: Annotated[str, typer.Argument(help="public_read or trusted_proxy.")],
        value: Annotated[str, typer.Argument(help="true or false.")],
        db: DbOption = None,
    ) -> None:
        """Change one setting (recorded in the audit log). public_read=true lets anonymous
        visitors read, never write; trusted_proxy=true trusts X-Forwarded-* headers."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.services import accounts

        accounts.change_setting(store_for(db), key, value, actor=cli_actor())
        Console(stderr=True).print(f"{key} = {value}")
