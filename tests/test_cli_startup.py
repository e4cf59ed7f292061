"""The command line starts without importing what the asked command does not use."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from doorwatch.store import open_store, write_records

# Modules only some commands need, each costing tenths of a second to import (see the comments
# at the deferred imports in cli/).
HEAVY_FOR_HELP = ("sqlalchemy", "alembic", "numpy", "doorwatch.names", "doorwatch.services",
                  "doorwatch.store", "doorwatch.web", "fastapi", "jinja2")  # fmt: skip
HEAVY_FOR_STATUS = ("alembic", "numpy", "doorwatch.names", "doorwatch.web", "fastapi", "jinja2",
                    "doorwatch.ingest", "doorwatch.extract")  # fmt: skip


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


def test_status_imports_only_the_store_and_its_service(tmp_path: Path) -> None:
    from doorwatch.ingest.dataset_folder import bundled_dataset_dir, read_dataset_folder

    store = open_store(str(tmp_path / "bundled.sqlite"), create=True)
    write_records(store, read_dataset_folder(bundled_dataset_dir()))
    store.close()
    modules = _imported("status", "--db", store.url, "--format", "json")
    assert "doorwatch.services.status" in modules
    assert _heavy(modules, HEAVY_FOR_STATUS) == []
