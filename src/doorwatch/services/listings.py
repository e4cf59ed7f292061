"""Pages of people, cases, deals, measures, sources and claims: the one listing path of the
CLI's list commands, the API's list endpoints and the web's list pages.

Each function returns ``{"items", "total", "limit", "offset"}``; the cutting happens in SQL.
The paging parameters and their bounds are defined once, in :mod:`doorwatch.paging`;
the shells only pass them on.
Counting a filter over millions of cases costs more than reading a page, so the totals of
persons and cases are kept per filter and recounted in the background once they are
``TOTAL_TTL`` seconds old: a total may lag that long (and a recount's time), a page never waits
for one except the first of its filter.
"""

from __future__ import annotations

from typing import Any

from doorwatch.paging import DEFAULT_LIMIT, Page, bounds, page_of
from doorwatch.services.people import find_people
from doorwatch.services.refreshing_cache import RefreshingCache
from doorwatch.store import Store, listing

TOTAL_TTL = 30.0
_totals: RefreshingCache[int] = RefreshingCache(ttl=TOTAL_TTL)


def _wrap(found: tuple[list[dict[str, Any]], int], limit: int, offset: int) -> Page:
    items, total = found
    return page_of(items, total, limit, offset)


def people_page(
    store: Store, *, search: str | None = None, limit: int = DEFAULT_LIMIT, offset: int = 0
) -> Page:
    """Return one page of persons, by id, each with other names and latest case; with
    ``search``, the persons whose names match it in any spelling or script, best first."""
    limit, offset = bounds(limit, offset)
    if search and search.strip():
        matches = find_people(store, search.strip(), limit=offset + limit)
        return _wrap((matches[offset:], len(matches)), limit, offset)
    total = _totals.get((store.url, "persons"), lambda: listing.count_persons(store))
    found = listing.page_persons(store, limit=limit, offset=offset, total=total)
    return _wrap(found, limit, offset)


def cases_page(
    store: Store, *, limit: int = DEFAULT_LIMIT, offset: int = 0, **filters: str | None
) -> Page:
    """Return one page of cases filtered by ``status``, ``person_id`` or ``deal_id``."""
    limit, offset = bounds(limit, offset)
    key = (store.url, "cases", *sorted(filters.items()))
    total = _totals.get(key, lambda: listing.count_cases(store, **filters))
    found = listing.page_cases(store, limit=limit, offset=offset, total=total, **filters)
    return _wrap(found, limit, offset)


def deals_page(
    store: Store, *, limit: int = DEFAULT_LIMIT, offset: int = 0, **filters: str | None
) -> Page:
    """Return one page of deals (oldest first) with their concessions."""
    limit, offset = bounds(limit, offset)
    return _wrap(listing.page_deals(store, limit=limit, offset=offset, **filters), limit, offset)


def measures_page(
    store: Store, *, limit: int = DEFAULT_LIMIT, offset: int = 0, **filters: str | None
) -> Page:
    """Return one page of sanctions measures filtered by ``imposer`` or ``programme``."""
    limit, offset = bounds(limit, offset)
    return _wrap(listing.page_measures(store, limit=limit, offset=offset, **filters), limit, offset)


def sources_page(
    store: Store, *, limit: int = DEFAULT_LIMIT, offset: int = 0, **filters: str | None
) -> Page:
    """Return one page of sources (newest first) with their number of claims."""
    limit, offset = bounds(limit, offset)
    return _wrap(listing.page_sources(store, limit=limit, offset=offset, **filters), limit, offset)


def claims_page(
    store: Store, *, limit: int = DEFAULT_LIMIT, offset: int = 0, **filters: str | None
) -> Page:
    """Return one page of claims filtered by ``kind``, ``status``, ``measure`` or ``source_id``,
    with the number of claims in each review status."""
    limit, offset = bounds(limit, offset)
    page = _wrap(listing.page_claims(store, limit=limit, offset=offset, **filters), limit, offset)
    page["by_status"] = listing.claim_status_counts(store)
    return page
