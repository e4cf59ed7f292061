"""The words a reader sees for stored identifiers ("more_than" → "more than", "served" →
"sentence served"), read once from ``data/words.yaml``: what pages and tables show, while
JSON and CSV keep the identifiers."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml


@cache
def _words() -> dict[str, dict[str, str]]:
    path = resources.files("doorwatch") / "data" / "words.yaml"
    loaded: dict[str, dict[str, str]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded


def word(kind: str, value: object) -> str:
    """Return the reader's word for ``value`` of ``kind`` (status, release_mode, expelled,
    qualifier); a value without one is shown as it is stored, and None as ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        value = "yes" if value else "no"
    return _words().get(kind, {}).get(str(value), str(value))


def kinds() -> tuple[str, ...]:
    """Return the kinds of identifier that have words."""
    return tuple(_words())
