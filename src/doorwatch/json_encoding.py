"""The one JSON encoding of doorwatch, shared by every layer.

The CLI's ``--format json``, the API's responses, the JSON islands in pages and the audit log's
before/after values are all written by :func:`dumps`: dates and datetimes as ISO strings, enums
as their values, sets and tuples as lists, any other object as its ``str``. NaN and infinities
are refused (JSON has no spelling for them).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from enum import Enum
from typing import Any


def _default(item: Any) -> Any:
    if hasattr(item, "isoformat"):
        return item.isoformat()
    if isinstance(item, Enum):
        return item.value
    if isinstance(item, set | frozenset):
        return list(item)
    if isinstance(item, Mapping):
        return dict(item)
    return str(item)


def _key(key: Any) -> str:
    plain = _default(key) if not isinstance(key, str | int | float | bool) else key
    return plain if isinstance(plain, str) else json.dumps(plain)


def _with_plain_keys(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {_key(k): _with_plain_keys(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_with_plain_keys(v) for v in value]
    return value


def dumps(
    value: Any, *, indent: int | None = None, sort_keys: bool = False, spaced: bool = False
) -> str:
    """Return ``value`` as JSON text: compact, ``spaced`` (a space after "," and ":", as in
    files people read line by line), or indented by ``indent`` spaces; not ASCII-only."""
    options: dict[str, Any] = {
        "default": _default,
        "ensure_ascii": False,
        "allow_nan": False,
        "indent": indent,
        "sort_keys": sort_keys,
        "separators": (",", ": ") if indent is not None else (", ", ": ") if spaced else (",", ":"),
    }
    try:
        return json.dumps(value, **options)
    except TypeError:
        # A mapping keyed by dates or other objects: the keys are encoded like values.
        return json.dumps(_with_plain_keys(value), **options)


def for_script(value: Any) -> str:
    """Return ``value`` as JSON safe to place inside an HTML ``<script>`` element."""
    # Escaping "<" keeps a JSON island inside <script> from closing the tag early.
    return dumps(value).replace("<", "\\u003c")
