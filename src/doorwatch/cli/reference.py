"""The CLI reference in Markdown, generated from the commands themselves.

``python -m doorwatch.cli.reference > docs/cli.md`` (``make docs``) writes docs/cli.md; a test
fails when the file differs from what this module prints, so the docs never go stale.
"""

from __future__ import annotations

from typing import Any

import typer

from doorwatch.cli.main import app, ensure_registered

HEADER = """# Command reference

Generated from the code by `make docs`; do not edit by hand.
"""


# Typer carries its own copy of click, so commands are inspected by their attributes.


def _usage(command: Any, path: str) -> str:
    context = command.context_class(command, info_name=path)
    pieces = command.collect_usage_pieces(context)
    return f"{path} {' '.join(pieces)}".strip()


def _type_name(param: Any) -> str:
    annotation = getattr(getattr(param, "type_descriptor", None), "annotation", None)
    if annotation is None:
        return str(getattr(getattr(param, "type", None), "name", "text"))
    members = getattr(annotation, "__members__", None)
    if members:
        return " \\| ".join(str(m.value) for m in members.values())
    return str(getattr(annotation, "__name__", annotation)).replace("str", "text")


def _section(command: Any, path: str, out: list[str]) -> None:
    out.append(f"\n## `{path}`\n")
    help_text = (command.help or "").strip()
    if help_text:
        out.append(" ".join(help_text.split()) + "\n")
    out.append(f"```\n{_usage(command, path)}\n```\n")
    rows = []
    for param in command.params:
        if param.param_type_name == "option":
            names = ", ".join(f"`{n}`" for n in param.opts)
            if param.secondary_opts:
                names += ", " + ", ".join(f"`{n}`" for n in param.secondary_opts)
            kind = "flag" if param.is_flag else _type_name(param)
            default = "" if param.default in (None, False) or param.is_flag else f"{param.default}"
            if hasattr(param.default, "value"):
                default = str(param.default.value)
            rows.append(
                f"| {names} | {kind} | {default} | {' '.join((param.help or '').split())} |"
            )
        elif param.param_type_name == "argument":
            rows.append(f"| `{param.name.upper() if param.name else ''}` | argument | | "
                        f"{' '.join((getattr(param, 'help', None) or '').split())} |")  # fmt: skip
    if rows:
        out.append("| option | type | default | meaning |\n| --- | --- | --- | --- |")
        out.extend(rows)
        out.append("")
    if hasattr(command, "commands"):
        for name in sorted(command.commands):
            _section(command.commands[name], f"{path} {name}", out)


def reference(app: typer.Typer) -> str:
    """Return the Markdown reference of every command of ``app``."""
    group = typer.main.get_command(app)
    out = [HEADER]
    for name in sorted(getattr(group, "commands", {})):
        _section(group.commands[name], f"doorwatch {name}", out)  # type: ignore[attr-defined]
    return "\n".join(out).rstrip() + "\n"


def main() -> None:
    """Print the reference of the doorwatch command."""
    ensure_registered()
    print(reference(app), end="")


if __name__ == "__main__":
    main()
