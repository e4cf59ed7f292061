"""The paging parameters of every listing, defined once: the CLI's --limit/--offset, the API's
limit/offset and the pages all take them from here (and import nothing heavy for it)."""

from __future__ import annotations

from typing import Any

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
Page = dict[str, Any]


def bounds(limit: int, offset: int) -> tuple[int, int]:
    """Return ``limit`` and ``offset`` brought within what a page may be (1..MAX_LIMIT, >= 0)."""
    return max(1, min(limit, MAX_LIMIT)), max(0, offset)


def page_of(items: list[dict[str, Any]], total: int, limit: int, offset: int) -> Page:
    """Return the page document: ``{"items", "total", "limit", "offset"}``."""
    return {"items": items, "total": total, "limit": limit, "offset": offset}
