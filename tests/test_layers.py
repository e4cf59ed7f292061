"""The layers keep to their places: the core imports without shell dependencies, and SQL
lives only in store/."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import warnings
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "doorwatch"


def test_core_imports_without_cli_or_web_dependencies() -> None:
    code = (
        "import sys\n"
        "import doorwatch.store, doorwatch.ingest.importer, doorwatch.ingest.dataset_folder\n"
        "import doorwatch.analysis, doorwatch.services.status, doorwatch.services.people\n"
        "bad = sorted(m for m in ('typer', 'rich', 'fastapi', 'uvicorn', 'starlette', 'click')"
        " if m in sys.modules)\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_sql_is_built_only_in_store() -> None:
    pattern = re.compile(r"\bfrom sqlalchemy\b|\bimport sqlalchemy\b|\bsa\.text\(")
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "store" not in path.relative_to(PACKAGE).parts[:1]
        and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


# A module past REVIEW_LINES is named in a warning, for review: group by concept, and split only
# where a module holds two. Past SPLIT_LINES a module surely holds more than one idea.
REVIEW_LINES = 420
SPLIT_LINES = 1000


def test_modules_hold_one_concept() -> None:
    sizes = {
        str(p.relative_to(PACKAGE)): len(p.read_text(encoding="utf-8").splitlines())
        for p in PACKAGE.rglob("*.py")
    }
    for name, lines in sorted(sizes.items()):
        if lines > REVIEW_LINES:
            warnings.warn(f"{name} has {lines} lines: does it hold one concept?", stacklevel=1)
    assert {name: n for name, n in sizes.items() if n > SPLIT_LINES} == {}


def test_shells_are_not_imported_by_the_core() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        layer = path.relative_to(PACKAGE).parts[0]
        text = path.read_text(encoding="utf-8")
        if layer != "cli" and re.search(
            r"^\s*from doorwatch\.cli\b|^\s*import doorwatch\.cli\b", text, re.M
        ):
            offenders.append(str(path.relative_to(PACKAGE)))
        if layer not in ("web", "cli") and re.search(r"^\s*from doorwatch\.web\b", text, re.M):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


# What each package may import from doorwatch: arrows run down the layers only.
_MAY_IMPORT = {
    "store": {"store"},
    "analysis": {"analysis", "names"},
    "names": {"names"},
    "extract": {"extract", "names"},
    "ingest": {"ingest", "store", "names", "extract"},
    "services": {"services", "store", "ingest", "names", "extract", "analysis", "crypto"},
    "crypto": {"crypto"},
    "tools": {"tools", "store", "names", "extract"},  # (build_native compiles extract)
}


def test_imports_run_down_the_layers() -> None:
    imported = re.compile(r"^\s*(?:from|import) doorwatch\.([a-z_]+)", re.M)
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).parts
        allowed = _MAY_IMPORT.get(parts[0]) if len(parts) > 1 else None
        if allowed is None:
            continue
        for layer in imported.findall(path.read_text(encoding="utf-8")):
            # Top-level modules (errors, json_encoding) are shared by every layer.
            if layer not in allowed and not (PACKAGE / f"{layer}.py").is_file():
                offenders.append(f"{'/'.join(parts)} imports doorwatch.{layer}")
    assert offenders == []


def test_shells_reach_the_store_only_through_services() -> None:
    # The shells may name the Store type and open one; every query goes through a service.
    reach = re.compile(r"^\s*(?:from|import) doorwatch\.store\.", re.M)
    offenders = [
        str(path.relative_to(PACKAGE))
        for shell in ("cli", "web")
        for path in (PACKAGE / shell).rglob("*.py")
        if reach.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_async_web_code_does_no_blocking_database_work() -> None:
    """An ``async def`` handler, dependency or hook runs on the event loop: the store may be
    reached from one only through ``run_in_threadpool`` (FastAPI runs plain ``def`` handlers and
    dependencies in its thread pool by itself)."""
    offending = []
    for path in sorted((PACKAGE / "web").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if not isinstance(node, ast.Call):
                    continue
                called = ast.unparse(node.func)
                if called == "run_in_threadpool":
                    continue
                arguments = [ast.unparse(a) for a in node.args]
                reaches_store = "store" in called or any(
                    a.startswith("store_of(") for a in arguments
                )
                in_thread = any(
                    isinstance(outer, ast.Call)
                    and ast.unparse(outer.func) == "run_in_threadpool"
                    and node in ast.walk(outer)
                    for outer in ast.walk(function)
                )
                if reaches_store and not in_thread:
                    offending.append(f"{path.name}:{node.lineno} {function.name}: {called}")
    assert offending == []
