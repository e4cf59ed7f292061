"""Pages of people, cases, deals, measures, sources and claims for lists and the API.

Each function returns ``{"items", "total", "limit", "offset"}``; the cutting happens in SQL.
"""

from __future__ import annotations

from typing import Any

from doorwatch.store import Store, listing

MAX_LIMIT = 500
Page = dict[str, Any]


def _bounds(limit: int, offset: int) -> tuple[int, int]:
    return max(1, min(limit, MAX_LIMIT)), max(0, offset)


def _wrap(found: tuple[list[dict[str, Any]], int], limit: int, offset: int) -> Page:
    items, total = found
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def people_page(store: Store, *, limit: int = 50, offset: int = 0) -> Page:
    """Return one page of persons, by id."""
    limit, offset = _bounds(limit, offset)
    return _wrap(listing.page_persons(store, limit=limit, offset=offset), limit, offset)


def cases_page(store: Store, *, limit: int = 50, offset: int = 0, **filters: str | None) -> Page:
    """Return one page of cases filtered by ``status``, ``person_id`` or ``deal_id``."""
    limit, offset = _bounds(limit, offset)
    return _wrap(listing.page_cases(store, limit=limit, offset=offset, **filters), limit, offset)


def deals_page(store: Store, *, limit: int = 50, offset: int = 0, **filters: str | None) -> Page:
    """Return one page of deals (oldest first) with their concessions."""
    limit, offset = _bounds(limit, offset)
    return _wrap(listing.page_deals(store, limit=limit, offset=offset, **filters), limit, offset)


def measures_page(store: Store, *, limit: int = 50, offset: int = 0, **filters: str | None) -> Page:
    """Return one page of sanctions measures filtered by ``imposer`` or ``programme``."""
    limit, offset = _bounds(limit, offset)
    return _wrap(listing.page_measures(store, limit=limit, offset=offset, **filters), limit, offset)


def sources_page(store: Store, *, limit: int = 50, offset: int = 0, **filters: str | None) -> Page:
    """Return one page of sources (newest first) with their number of claims."""
    limit, offset = _bounds(limit, offset)
    return _wrap(listing.page_sources(store, limit=limit, offset=offset, **filters), limit, offset)


def claims_page(store: Store, *, limit: int = 50, offset: int = 0, **filters: str | None) -> Page:
    """Return one page of claims filtered by ``kind``, ``status``, ``measure`` or ``source_id``,
    with the number of claims in each review status."""
    limit, offset = _bounds(limit, offset)
    page = _wrap(listing.page_claims(store, limit=limit, offset=offset, **filters), limit, offset)
    page["by_status"] = listing.claim_status_counts(store)
    return page
