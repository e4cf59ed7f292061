"""The paging parameters of every listing, defined once: the CLI's --limit/--offset, the API's
limit/offset and the pages all take them from here (and import nothing heavy for it).

Lists that grow with the registry (people) page by key instead of by offset: a page starts
after the last key of the page before (``after``), or ends before the first key of the page
after (``before``), so a page deep in a million rows is read as fast as the first."""

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


def keyset_page_of(
    items: list[dict[str, Any]],
    total: int,
    limit: int,
    *,
    next_after: str | None,
    previous_before: str | None,
) -> Page:
    """Return the page document of a list paged by key: ``{"items", "total", "limit",
    "next", "previous"}``, where ``next`` is the ``after`` of the next page and ``previous``
    the ``before`` of the previous one (None at either end)."""
    return {
        "items": items,
        "total": total,
        "limit": limit,
        "next": next_after,
        "previous": previous_before,
    }
