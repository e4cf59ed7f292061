"""Pages of people, cases, deals, measures, sources and claims for lists and the API.

Each function returns ``{"items", "total", "limit", "offset"}``; the cutting happens in SQL.
Counting a filter over millions of cases costs more than reading a page, so the totals of
persons and cases are kept per filter and recounted in the background once they are
``TOTAL_TTL`` seconds old: a total may lag that long (and a recount's time), a page never waits
for one except the first of its filter.
"""

from __future__ import annotations

from typing import Any

from doorwatch.services.refreshing_cache import RefreshingCache
from doorwatch.store import Store, listing

MAX_LIMIT = 500
TOTAL_TTL = 30.0
Page = dict[str, Any]
_totals: RefreshingCache[int] = RefreshingCache(ttl=TOTAL_TTL)


def _bounds(limit: int, offset: int) -> tuple[int, int]:
    return max(1, min(limit, MAX_LIMIT)), max(0, offset)


def _wrap(found: tuple[list[dict[str, Any]], int], limit: int, offset: int) -> Page:
    items, total = found
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def people_page(store: Store, *, limit: int = 50, offset: int = 0) -> Page:
    """Return one page of persons, by id."""
    limit, offset = _bounds(limit, offset)
    total = _totals.get((store.url, "persons"), lambda: listing.count_persons(store))
    found = listing.page_persons(store, limit=limit, offset=offset, total=total)
    return _wrap(found, limit, offset)


def cases_page(store: Store, *, limit: int = 50, offset: int = 0, **filters: str | None) -> Page:
    """Return one page of cases filtered by ``status``, ``person_id`` or ``deal_id``."""
    limit, offset = _bounds(limit, offset)
    key = (store.url, "cases", *sorted(filters.items()))
    total = _totals.get(key, lambda: listing.count_cases(store, **filters))
    found = listing.page_cases(store, limit=limit, offset=offset, total=total, **filters)
    return _wrap(found, limit, offset)


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
