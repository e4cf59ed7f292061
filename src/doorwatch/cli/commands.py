"""The command modules and the commands each one adds; each module exposes ``register(app)``."""

from __future__ import annotations

import importlib
import inspect

import typer

# Modules register in this order; the help lists commands in the order they are added. Each
# module is listed with the top-level commands it adds, so that running one command imports
# only its module (tests/test_cli_startup.py checks the names against what each one registers).
MODULES: dict[str, tuple[str, ...]] = {
    "doorwatch.cli.setup_cmd": ("init", "reindex"),
    "doorwatch.cli.import_export_cmd": ("import", "export"),
    "doorwatch.cli.registry_cmd": ("people", "person"),
    "doorwatch.cli.status_cmd": ("status",),
    "doorwatch.cli.deals_cmd": ("deals",),
    "doorwatch.cli.sanctions_cmd": ("sanctions",),
    "doorwatch.cli.evidence_cmd": ("claims", "sources"),
    "doorwatch.cli.extract_cmd": ("extract",),
    "doorwatch.cli.articles_cmd": ("ingest", "review"),
    "doorwatch.cli.names_cmd": ("names",),
    "doorwatch.cli.door_cmd": ("door",),
    "doorwatch.cli.balance_cmd": ("balance",),
    "doorwatch.cli.reconcile_cmd": ("reconcile",),
    "doorwatch.cli.project_cmd": ("project",),
    "doorwatch.cli.report_cmd": ("report",),
    "doorwatch.cli.synth_cmd": ("synth",),
    "doorwatch.cli.serve_cmd": ("serve",),
    "doorwatch.cli.user_cmd": ("user",),
    "doorwatch.cli.settings_cmd": ("settings",),
    "doorwatch.cli.audit_cmd": ("audit",),
    "doorwatch.cli.backup_cmd": ("backup", "restore"),
    "doorwatch.cli.support_cmd": ("support",),
    "doorwatch.cli.fund_cmd": ("fund",),
    "doorwatch.cli.keys_cmd": ("keys",),
}


def register(app: typer.Typer) -> None:
    """Add every command module's commands to ``app``."""
    for name in MODULES:
        importlib.import_module(name).register(app)
    reflow_help(app)


def reflow(text: str) -> str:
    """Return ``text`` with the line breaks inside each paragraph turned into spaces, so that
    the help reads as paragraphs at any width (a blank line still parts two paragraphs)."""
    paragraphs = [" ".join(p.split()) for p in inspect.cleandoc(text).split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def reflow_help(app: typer.Typer) -> None:
    """Give every command of ``app`` (and of its groups) its docstring as reflowed help, unless
    the command declares its help."""
    for info in app.registered_commands:
        if info.help is None and info.callback is not None and info.callback.__doc__:
            info.help = reflow(info.callback.__doc__)
    for group in app.registered_groups:
        if group.typer_instance is not None:
            reflow_help(group.typer_instance)


def module_of(command: str) -> str | None:
    """Return the module that adds the top-level ``command``, or None for an unknown name."""
    for name, commands in MODULES.items():
        if command in commands:
            return name
    return None


def register_one(app: typer.Typer, command: str) -> bool:
    """Add to ``app`` only the module that adds ``command``; return False for an unknown name."""
    name = module_of(command)
    if name is None:
        return False
    importlib.import_module(name).register(app)
    reflow_help(app)
    return True
