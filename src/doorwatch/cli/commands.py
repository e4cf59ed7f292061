"""The list of command modules; each one exposes ``register(app)``."""

from __future__ import annotations

import importlib

import typer

# Modules register in this order; the help lists commands in the order they are added.
_MODULES = [
    "doorwatch.cli.setup_cmd",
    "doorwatch.cli.import_export_cmd",
    "doorwatch.cli.registry_cmd",
    "doorwatch.cli.status_cmd",
    "doorwatch.cli.deals_cmd",
    "doorwatch.cli.sanctions_cmd",
    "doorwatch.cli.evidence_cmd",
    "doorwatch.cli.extract_cmd",
    "doorwatch.cli.articles_cmd",
    "doorwatch.cli.names_cmd",
    "doorwatch.cli.door_cmd",
    "doorwatch.cli.balance_cmd",
    "doorwatch.cli.reconcile_cmd",
    "doorwatch.cli.project_cmd",
    "doorwatch.cli.report_cmd",
    "doorwatch.cli.synth_cmd",
    "doorwatch.cli.serve_cmd",
    "doorwatch.cli.user_cmd",
    "doorwatch.cli.settings_cmd",
    "doorwatch.cli.audit_cmd",
    "doorwatch.cli.backup_cmd",
    "doorwatch.cli.support_cmd",
    "doorwatch.cli.fund_cmd",
    "doorwatch.cli.keys_cmd",
]


def register(app: typer.Typer) -> None:
    """Add every command module's commands to ``app``."""
    for name in _MODULES:
        importlib.import_module(name).register(app)
