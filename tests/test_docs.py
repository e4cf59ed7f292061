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
