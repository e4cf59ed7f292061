"""Stable keys: the same content always gets the same key, so re-importing never duplicates."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """Return a lowercase ASCII slug of ``text`` (letters, digits and hyphens)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_WORD.sub("-", folded.lower()).strip("-")


def content_key(prefix: str, *parts: object) -> str:
    """Return ``prefix-<16 hex>``, a key derived from ``parts`` (None and "" are the same)."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    digest = hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]
    return f"{prefix}-{digest}"
