"""The documentation says what the code does."""

from __future__ import annotations

from pathlib import Path

from doorwatch.cli.main import app, ensure_registered
from doorwatch.cli.reference import reference

ROOT = Path(__file__).resolve().parents[1]


def test_cli_reference_is_current() -> None:
    ensure_registered()
    expected = reference(app)
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == expected, "docs/cli.md is stale: run `make docs`"


def test_every_command_is_documented() -> None:
    ensure_registered()
    text = reference(app)
    for command in ("init", "import", "export", "people", "person", "deals", "claims", "status"):
        assert f"## `doorwatch {command}`" in text


def test_architecture_lists_every_error_and_exit_code() -> None:
    import inspect

    from doorwatch import errors

    text = (Path(__file__).resolve().parents[1] / "docs" / "architecture.md").read_text("utf-8")
    classes = [
        c
        for _, c in inspect.getmembers(errors, inspect.isclass)
        if issubclass(c, errors.DoorwatchError)
    ]
    for cls in classes:
        code, status = errors.exit_code(cls("x")), errors.http_status(cls("x"))
        assert f"| `{cls.__name__}` |" in text, cls.__name__
        row = next(line for line in text.splitlines() if line.startswith(f"| `{cls.__name__}` |"))
        assert row.endswith(f"| {code} | {status} |"), row


def test_every_module_the_docs_name_exists() -> None:
    """A file named in the docs (`ingest/field_parsers.py`, `cli/options.py::cli_actor`) is
    one of the package's, the tests' or the benchmarks'; a rename leaves no stale pointer."""
    import re

    package = ROOT / "src" / "doorwatch"
    named = re.compile(r"`([a-z_]+(?:/[a-z_0-9]+)*\.py)(?:::[A-Za-z_]+)?")
    missing = []
    for doc in [
        *sorted((ROOT / "docs").glob("*.md")),
        ROOT / "README.md",
        ROOT / "bench/README.md",
    ]:
        for number, line in enumerate(doc.read_text(encoding="utf-8").splitlines(), 1):
            for path in named.findall(line):
                places = [package / path, ROOT / path, ROOT / "tests" / path, ROOT / "bench" / path]
                found = any(p.exists() for p in places) or any(package.glob(f"**/{path}"))
                if not found and not any((ROOT / "tests").glob(f"**/{path}")):
                    missing.append(f"{doc.name}:{number} {path}")
    assert missing == []
