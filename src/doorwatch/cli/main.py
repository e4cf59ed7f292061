"""Entry point of the ``doorwatch`` command: builds the Typer app and maps errors to exit codes."""

from __future__ import annotations

import sys

import typer
from rich.console import Console

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
    one-line message on stderr and its exit code."""
    ensure_registered()
    try:
        result = app(args=argv, standalone_mode=False, prog_name="doorwatch")
        if isinstance(result, int) and result != 0:
            sys.exit(result)
    except DoorwatchError as error:
        Console(stderr=True).print(f"[bold red]error:[/] {error}", highlight=False)
        sys.exit(exit_code(error))
    except typer.Abort:
        Console(stderr=True).print("aborted")
        sys.exit(1)
    except SystemExit:
        raise
    except Exception as error:
        # Usage errors (Typer's click exceptions) arrive here in non-standalone mode.
        show = getattr(error, "show", None)
        if callable(show) and isinstance(getattr(error, "exit_code", None), int):
            show()
            sys.exit(error.exit_code)  # type: ignore[attr-defined]
        raise


if __name__ == "__main__":
    run()
