"""The command line starts without importing what the asked command does not use."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from doorwatch.store import open_store, write_records

# Modules only some commands need, each costing tenths of a second to import (see the comments
# at the deferred imports in cli/).
HEAVY_FOR_HELP = ("sqlalchemy", "alembic", "numpy", "pydantic", "doorwatch.names",
                  "doorwatch.services", "doorwatch.store", "doorwatch.analysis.flows", "doorwatch.web",
                  "fastapi", "uvicorn", "jinja2", "weasyprint", "vl_convert", "yaml")  # fmt: skip
# The web app, the report and its PDF renderer by name: what --help must never import.
WEB_REPORT_PDF = ("doorwatch.web", "doorwatch.services.report", "doorwatch.services.charts",
                  "fastapi", "weasyprint", "vl_convert")  # fmt: skip
HEAVY_FOR_STATUS = ("alembic", "numpy", "doorwatch.names", "doorwatch.web", "fastapi", "jinja2",
                    "doorwatch.ingest", "doorwatch.extract", "doorwatch.store.writer",
                    "sqlalchemy.dialects.postgresql", "weasyprint", "vl_convert")  # fmt: skip


def _imported(*args: str) -> set[str]:
    code = (
        "import sys\n"
        "from doorwatch.cli.main import run\n"
        "try:\n"
        f"    run({list(args)!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('\\n'.join(sorted(sys.modules)), file=sys.stderr)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return set(done.stderr.split())


def _heavy(modules: set[str], heavy: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in heavy))


def test_help_imports_no_command_code() -> None:
    modules = _imported("--help")
    assert "doorwatch.cli.status_cmd" in modules  # every command is listed
    assert _heavy(modules, HEAVY_FOR_HELP) == []


def test_help_imports_neither_the_web_nor_the_report() -> None:
    modules = _imported("--help")
    assert "doorwatch.cli.report_cmd" in modules and "doorwatch.cli.serve_cmd" in modules
    assert _heavy(modules, WEB_REPORT_PDF) == []


def test_one_command_imports_only_its_module() -> None:
    modules = _imported("status", "--help")
    assert "doorwatch.cli.status_cmd" in modules
    others = sorted(m for m in modules if m.endswith("_cmd") and m != "doorwatch.cli.status_cmd")
    assert others == []


def test_the_command_map_names_what_each_module_registers() -> None:
    import importlib

    import typer

    from doorwatch.cli.commands import MODULES

    for module, names in MODULES.items():
        app = typer.Typer()
        importlib.import_module(module).register(app)
        added = [
            c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands
        ]
        added += [g.name or g.typer_instance.info.name or "" for g in app.registered_groups]
        assert sorted(n.replace("_", "-") for n in added) == sorted(names), module


def test_status_imports_only_the_store_and_its_service(tmp_path: Path) -> None:
    from doorwatch.ingest.dataset_folder import bundled_dataset_dir, read_dataset_folder

    store = open_store(str(tmp_path / "bundled.sqlite"), create=True)
    write_records(store, read_dataset_folder(bundled_dataset_dir()))
    store.close()
    modules = _imported("status", "--db", store.url, "--format", "json")
    assert "doorwatch.services.status" in modules
    assert _heavy(modules, HEAVY_FOR_STATUS) == []


def test_a_process_run_skips_the_last_collection_and_an_in_process_run_does_not(
    cli,  # type: ignore[no-untyped-def]
) -> None:
    """The command line freezes the objects its imports made as the process ends (its last
    garbage collection would walk them all); a run inside a longer process (tests) leaves
    collection alone, so what the command left is still freed."""
    import gc

    before = gc.get_freeze_count()
    assert cli("--help").code == 0
    assert gc.get_freeze_count() == before
    code = (
        "import atexit, gc, sys\n"
        "sys.argv = ['doorwatch', '--help']\n"
        "from doorwatch.cli.main import run\n"
        "try:\n"
        "    run()\n"
        "except SystemExit:\n"
        "    pass\n"
        "atexit._run_exitfuncs()\n"
        "print(gc.get_freeze_count(), file=sys.stderr)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert int(done.stderr.split()[-1]) > 0
