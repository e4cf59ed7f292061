"""The words of support casework (kinds, statuses), read from ``data/support/vocabulary.yaml``."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml

from doorwatch.errors import InputError

_COUNTRY = re.compile(r"^[A-Z]{2}$")


@cache
def vocabulary() -> dict[str, dict[str, str]]:
    """Return every word list: name → {word: meaning}."""
    path = resources.files("doorwatch") / "data" / "support" / "vocabulary.yaml"
    loaded: dict[str, dict[str, str]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded


def choice(list_name: str, value: str, field: str) -> str:
    """Return ``value`` when it is a word of ``list_name``; otherwise an InputError naming
    ``field`` and the accepted words."""
    words = vocabulary()[list_name]
    if value not in words:
        raise InputError(f"unknown {field} {value!r}", field=field, expected=", ".join(words))
    return value


def parse_where(value: str) -> dict[str, Any]:
    """Return {"kind", "country"} for ``stayed``, ``relocated:CC`` or ``expelled:CC``."""
    kind, _sep, country = value.partition(":")
    choice("where_kinds", kind, "where")
    if kind == "stayed":
        if country and country.upper() != "BY":
            raise InputError("stayed means stayed in Belarus; give no country", field="where")
        return {"kind": "stayed", "country": "BY"}
    country = country.upper()
    if not _COUNTRY.match(country) or country == "BY":
        raise InputError(
            f"{value!r} needs the country outside Belarus",
            field="where",
            expected=f"{kind}:CC with a two-letter ISO country code, e.g. {kind}:PL",
        )
    return {"kind": kind, "country": country}


def where_text(where: dict[str, Any] | None) -> str | None:
    """Return ``where`` written the way it is typed (``stayed``, ``relocated:PL``)."""
    if not where:
        return None
    return "stayed" if where["kind"] == "stayed" else f"{where['kind']}:{where['country']}"
