"""Entry point of the ``doorwatch`` command: builds the Typer app and maps errors to exit codes."""

from __future__ import annotations

import sys

import typer
from rich.console import Console
from rich.markup import escape

from doorwatch.errors import DoorwatchError, exit_code

app = typer.Typer(
    name="doorwatch",
    help="An evidence-backed record of political imprisonment and the diplomacy around it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register() -> None:
    # Each command module adds its commands to ``app``; importing them here keeps main.py small.
    from doorwatch.cli import commands

    commands.register(app)


_registered = False


def ensure_registered() -> None:
    """Add every command module's commands to ``app`` (once)."""
    global _registered
    if not _registered:
        _register()
        _registered = True


def run(argv: list[str] | None = None) -> None:
    """Run the CLI on ``argv`` (default: the process arguments); a DoorwatchError becomes a
    one-line message on stderr and its exit code (see ``doorwatch.errors``)."""
    ensure_registered()
    try:
        # Standalone mode: Typer shows usage errors (a bad option, a missing argument) itself
        # and exits 2; "aborted" exits 1; everything else reaches the handler below.
        app(args=argv, standalone_mode=True, prog_name="doorwatch")
    except DoorwatchError as error:
        # The message may quote a source ("[he]"): it is printed as text, not as Rich markup.
        Console(stderr=True).print(f"[bold red]error:[/] {escape(str(error))}", highlight=False)
        sys.exit(exit_code(error))


if __name__ == "__main__":
    run()
