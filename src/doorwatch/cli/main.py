"""Entry point of the ``doorwatch`` command: builds the Typer app and maps errors to exit codes."""

from __future__ import annotations

import atexit
import gc
import sys

import typer
from rich.console import Console
from rich.markup import escape

from doorwatch.cli import commands
from doorwatch.errors import DoorwatchError, exit_code

HELP = "An evidence-backed record of political imprisonment and the diplomacy around it."


def _new_app() -> typer.Typer:
    return typer.Typer(
        name="doorwatch",
        help=HELP,
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )


app = _new_app()
_registered = False


def ensure_registered() -> None:
    """Add every command module's commands to ``app`` (once)."""
    global _registered
    if not _registered:
        commands.register(app)
        _registered = True


def _app_for(argv: list[str]) -> typer.Typer:
    """Return an app holding only the asked command's module when the first argument names a
    command, else the full app (for the command list, --help, or an unknown name).

    Importing and building every command module costs 0.07-0.1 s (measured with
    ``python -X importtime`` and in ``bench/cli_startup.py``), a third of the start-up budget.
    """
    if not argv or argv[0].startswith("-") or _registered:
        ensure_registered()
        return app
    one = _new_app()
    if not commands.register_one(one, argv[0]):
        ensure_registered()
        return app
    # A callback keeps a single command a subcommand (`doorwatch status`), as in the full app.
    one.callback()(_no_options)
    return one


def _no_options() -> None:
    """An evidence-backed record of political imprisonment and the diplomacy around it."""


def run(argv: list[str] | None = None) -> None:
    """Run the CLI on ``argv`` (default: the process arguments); a DoorwatchError becomes a
    one-line message on stderr and its exit code (see ``doorwatch.errors``)."""
    if argv is None:
        # The process ends with this command: its last garbage collection would walk every
        # object the imports made (SQLAlchemy's, Typer's, pydantic's), only to find them alive
        # until the modules are torn down; 50-70 ms of a 0.3 s start-up (measured, see
        # bench/README.md). Frozen objects are skipped by it. Not when run in-process (tests),
        # where later collections must still free what the command left.
        atexit.register(gc.freeze)
    args = sys.argv[1:] if argv is None else argv
    chosen = _app_for(args)
    try:
        # Standalone mode: Typer shows usage errors (a bad option, a missing argument) itself
        # and exits 2; "aborted" exits 1; everything else reaches the handler below.
        chosen(args=args, standalone_mode=True, prog_name="doorwatch")
    except DoorwatchError as error:
        # The message may quote a source ("[he]"): it is printed as text, not as Rich markup.
        Console(stderr=True).print(f"[bold red]error:[/] {escape(str(error))}", highlight=False)
        sys.exit(exit_code(error))


if __name__ == "__main__":
    run()
