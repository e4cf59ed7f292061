"""``doorwatch user``: accounts of the web application (add, passwd, role, tokens, sessions,
disable, list)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.console import Console

from doorwatch.cli.options import DbOption, FormatOption, cli_actor, store_for
from doorwatch.cli.output import Format, render
from doorwatch.errors import InputError

# Services and analysis are imported inside each command: `doorwatch --help` imports every
# command module, and the store with SQLAlchemy alone takes 0.15-0.25 s (measured).

COLUMNS = ["name", "role", "created_at", "disabled"]
TOKEN_COLUMNS = ["id", "label", "created_at", "last_used_at", "expires_at", "state"]
SESSION_COLUMNS = ["created_at", "expires_at", "address"]
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
        user = accounts.add_user(store, name, _password(password_stdin), role, actor=cli_actor())
        Console(stderr=True).print(f"user {user['name']} added with role {user['role']}")

    @group.command("passwd")
    def passwd(name: str, password_stdin: StdinOption = False, db: DbOption = None) -> None:
        """Set a new password (sessions made with the old one end)."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.services import accounts

        store = store_for(db)
        accounts.set_password(store, name, _password(password_stdin), actor=cli_actor())
        Console(stderr=True).print(f"password of {name} changed")

    @group.command("role")
    def role(name: str, new_role: RoleArg, db: DbOption = None) -> None:
        """Give an account another role."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.services import accounts

        user = accounts.set_role(store_for(db), name, new_role, actor=cli_actor())
        Console(stderr=True).print(f"{user['name']} is now {user['role']}")

    @group.command("token")
    def token(
        name: str,
        label: Annotated[str | None, typer.Option(help="What the token is for.")] = None,
        days: Annotated[
            int, typer.Option(help="Days until the token expires.", min=1, max=3660)
        ] = 90,
        db: DbOption = None,
    ) -> None:
        """Create an API token and print it (it is shown only this once); it expires after
        --days days and `doorwatch user revoke` ends it sooner."""
        from doorwatch.services import accounts

        store = store_for(db)
        print(accounts.new_token(store, name, label=label, days=days, actor=cli_actor()))

    @group.command("tokens")
    def tokens(name: str, fmt: FormatOption = Format.table, db: DbOption = None) -> None:
        """List the API tokens of an account: id, label, dates and state (never the token)."""
        from doorwatch.services import accounts

        rows = accounts.list_tokens(store_for(db), name)
        render(rows, TOKEN_COLUMNS, fmt, title=f"API tokens of {name}")

    @group.command("revoke")
    def revoke(
        name: str,
        token_id: Annotated[
            str | None, typer.Argument(help="The token's id from `user tokens`.")
        ] = None,
        all_: Annotated[bool, typer.Option("--all", help="Revoke every live token.")] = False,
        db: DbOption = None,
    ) -> None:
        """Revoke one API token of an account (or all of them with --all)."""
        from doorwatch.services import accounts

        if (token_id is None) == (not all_):
            raise InputError("name one token id, or give --all", field="token_id")
        count = accounts.revoke_tokens(store_for(db), name, token_id, actor=cli_actor())
        Console(stderr=True).print(f"{count} token(s) of {name} revoked")

    @group.command("sessions")
    def sessions(
        name: str,
        end: Annotated[
            bool, typer.Option("--end", help="End every session of the account.")
        ] = False,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """List the live web sessions of an account, or end them all with --end."""
        from doorwatch.services import accounts

        store = store_for(db)
        if end:
            count = accounts.end_sessions(store, name, actor=cli_actor())
            Console(stderr=True).print(f"{count} session(s) of {name} ended")
            return
        render(
            accounts.list_sessions(store, name), SESSION_COLUMNS, fmt, title=f"sessions of {name}"
        )

    @group.command("disable")
    def disable(name: str, db: DbOption = None) -> None:
        """Disable an account: it cannot log in, its sessions end, its API tokens are revoked."""
        from doorwatch.services import accounts

        accounts.set_disabled(store_for(db), name, True, actor=cli_actor())
        Console(stderr=True).print(f"{name} is disabled")

    @group.command("enable")
    def enable(name: str, db: DbOption = None) -> None:
        """Enable a disabled account again (it needs new API tokens)."""
        from doorwatch.services import accounts

        accounts.set_disabled(store_for(db), name, False, actor=cli_actor())
        Console(stderr=True).print(f"{name} is enabled")

    @group.command("list")
    def list_(fmt: FormatOption = Format.table, db: DbOption = None) -> None:
        """List the accounts and their roles."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.services import accounts

        rows = accounts.list_users(store_for(db))
        render(rows, COLUMNS, fmt, title="accounts")
