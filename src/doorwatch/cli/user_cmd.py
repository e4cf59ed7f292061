"""``doorwatch user``: accounts of the web application (add, passwd, role, token, list)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.console import Console

from doorwatch.cli.options import DbOption, FormatOption, store_for
from doorwatch.cli.output import Format, render
from doorwatch.errors import InputError

ACTOR = "cli"
COLUMNS = ["name", "role", "created_at", "disabled"]
RoleArg = Annotated[str, typer.Argument(help="viewer, caseworker, coordinator, analyst or admin.")]
StdinOption = Annotated[
    bool, typer.Option("--password-stdin", help="Read the password from standard input.")
]


def _password(from_stdin: bool) -> str:
    if from_stdin:
        value = sys.stdin.readline().rstrip("\r\n")
        if not value:
            raise InputError("no password on standard input")
        return value
    first: str = typer.prompt("Password", hide_input=True)
    second: str = typer.prompt("Repeat it", hide_input=True)
    if first != second:
        raise InputError("the two passwords differ")
    return first


def register(app: typer.Typer) -> None:
    """Add the ``user`` command group to ``app``."""

    group = typer.Typer(help="Accounts of the web application.", no_args_is_help=True)
    app.add_typer(group, name="user")

    @group.command("add")
    def add(
        name: str,
        role: Annotated[
            str, typer.Option("--role", help="viewer, caseworker, coordinator, analyst or admin.")
        ] = "viewer",
        password_stdin: StdinOption = False,
        db: DbOption = None,
    ) -> None:
        """Create an account (the password is asked for, or read with --password-stdin)."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.services import accounts

        store = store_for(db)
        user = accounts.add_user(store, name, _password(password_stdin), role, actor=ACTOR)
        Console(stderr=True).print(f"user {user['name']} added with role {user['role']}")

    @group.command("passwd")
    def passwd(name: str, password_stdin: StdinOption = False, db: DbOption = None) -> None:
        """Set a new password (sessions made with the old one end)."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.services import accounts

        store = store_for(db)
        accounts.set_password(store, name, _password(password_stdin), actor=ACTOR)
        Console(stderr=True).print(f"password of {name} changed")

    @group.command("role")
    def role(name: str, new_role: RoleArg, db: DbOption = None) -> None:
        """Give an account another role."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.services import accounts

        user = accounts.set_role(store_for(db), name, new_role, actor=ACTOR)
        Console(stderr=True).print(f"{user['name']} is now {user['role']}")

    @group.command("token")
    def token(
        name: str,
        label: Annotated[str | None, typer.Option(help="What the token is for.")] = None,
        db: DbOption = None,
    ) -> None:
        """Create an API token and print it (it is shown only this once)."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.services import accounts

        print(accounts.new_token(store_for(db), name, label=label, actor=ACTOR))

    @group.command("list")
    def list_(fmt: FormatOption = Format.table, db: DbOption = None) -> None:
        """List the accounts and their roles."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.services import accounts

        rows = accounts.list_users(store_for(db))
        render(rows, COLUMNS, fmt, title="accounts")
