"""Pages of people, cases, deals, measures, sources and claims: the one listing path of the
CLI's list commands, the API's list endpoints and the web's list pages.

Each function returns ``{"items", "total", "limit", "offset"}``; the cutting happens in SQL.
The paging parameters and their bounds are defined once, in :mod:`doorwatch.paging`;
the shells only pass them on.
Counting a filter over millions of cases costs more than reading a page, so the totals of
persons and cases are kept per filter and recounted in the background once they are
``TOTAL_TTL`` seconds old: a total may lag that long (and a recount's time), a page never waits
for one except the first of its filter. The counts per filter value need no such keeping: the
writes keep them in a table of their own (:mod:`doorwatch.store.facets`).
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from doorwatch.errors import InputError
from doorwatch.paging import DEFAULT_LIMIT, Page, bounds, keyset_page_of, page_of
from doorwatch.services.people import find_people
from doorwatch.services.refreshing_cache import RefreshingCache
from doorwatch.services.words import word
from doorwatch.store import Store, facets, listing
from doorwatch.store.filters import CASE_FILTERS, EXPELLED_VALUES
from doorwatch.store.filters import CaseFilters as CaseFilters  # the filters the shells pass on
from doorwatch.store.listing import Keyset

TOTAL_TTL = 30.0
_totals: RefreshingCache[int] = RefreshingCache(ttl=TOTAL_TTL)
# Years a filter may name: those a date of the registry may hold.
YEARS = (1900, 2199)


def _wrap(found: tuple[list[dict[str, Any]], int], limit: int, offset: int) -> Page:
    items, total = found
    return page_of(items, total, limit, offset)


def case_filters(**given: Any) -> CaseFilters:
    """Return the people list's filters from the values given by name (CLI options, query
    parameters), checked: an unknown expulsion word or a year out of range is an InputError
    naming the filter."""
    values = {k: v for k, v in given.items() if v is not None and v != ""}
    unknown = sorted(set(values) - set(CASE_FILTERS))
    if unknown:
        raise InputError(f"unknown filter {unknown[0]!r}", expected=", ".join(CASE_FILTERS))
    expelled = values.get("expelled")
    if isinstance(expelled, bool):
        values["expelled"] = "yes" if expelled else "no"
    elif expelled is not None and expelled not in EXPELLED_VALUES:
        raise InputError(
            f"unknown value {expelled!r}", option="expelled", expected=", ".join(EXPELLED_VALUES)
        )
    for name in ("detained_year", "released_year"):
        if name in values:
            try:
                year = int(values[name])
            except (TypeError, ValueError):
                raise InputError(f"{values[name]!r} is not a year", option=name) from None
            if not YEARS[0] <= year <= YEARS[1]:
                raise InputError(f"{year} is out of range", option=name, expected="1900 to 2199")
            values[name] = year
    for name in ("status", "article", "release_mode", "recognised_by"):
        if name in values:
            values[name] = str(values[name]).strip()
    return CaseFilters(**values)


def people_page(
    store: Store,
    *,
    search: str | None = None,
    filters: CaseFilters | None = None,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
    after: str | None = None,
    before: str | None = None,
    with_facets: bool = False,
) -> Page:
    """Return one page of persons, each with other names and latest (matching) case.

    Without ``search``: the registry by person id, paged by key (``after`` the last id of the
    page before, or ``before`` the first id of the page after), narrowed by ``filters`` to
    the people with a case matching every one; the document says ``next`` and ``previous``.
    With ``search``: the persons whose names match it in any spelling or script, best first,
    paged by ``offset``, narrowed by the same filters. ``with_facets`` adds ``facets``: per
    filter, the cases with each value beside the other filters (see :mod:`store.facets`).
    """
    filters = filters or CaseFilters()
    limit, offset = bounds(limit, offset)
    if after is not None and before is not None:
        raise InputError("give after or before, not both", option="after")
    if search and search.strip():
        if after is not None or before is not None:
            raise InputError("a search pages by offset, not after/before", option="after")
        matches = find_people(store, search.strip(), limit=offset + limit)
        if filters.given():
            matches = listing.persons_with_matching_case(store, matches, filters)
        page = _wrap((matches[offset:], len(matches)), limit, offset)
    else:
        if offset:
            raise InputError(
                "the people list pages by key, not by offset: give after (the page's next)",
                option="offset",
            )
        key = (store.url, "persons", *sorted(filters.given().items()))
        total = _totals.get(key, lambda: listing.count_persons(store, filters))
        rows, next_after, previous_before = listing.page_persons_from(
            store,
            filters,
            limit=limit,
            at=Keyset(after=after, before=before),
            common=_walk_in_order(store, filters, limit),
        )
        page = keyset_page_of(
            rows, total, limit, next_after=next_after, previous_before=previous_before
        )
    page["filters"] = filters.given()
    if with_facets:
        page["facets"] = people_facets(store, filters)
    return page


def _walk_in_order(store: Store, filters: CaseFilters, limit: int) -> bool:
    """Return whether a page with a year filter is cheaper read by walking the people in
    order (about limit × cases ÷ matching rows) than by reading every matching case through
    the date index and sorting them (matching rows): true from matching ≥ √(limit × cases),
    found by a count that stops there."""
    given = filters.given()
    if "detained_year" not in given and "released_year" not in given:
        return False
    if given.keys() & {"status", "release_mode", "recognised_by"}:
        # Those filters have an index in person order: the page walks it, checking the year.
        return True
    cases = _totals.get((store.url, "cases"), lambda: listing.count_cases(store))
    return listing.matches_at_least(store, filters, max(1, math.isqrt(limit * cases)))


def people_facets(store: Store, filters: CaseFilters) -> dict[str, list[dict[str, Any]]]:
    """Return, for each filter of the people list, its values with the number of cases that
    have each one beside the other given filters, and the reader's word for each (years
    newest first, other values commonest first; cases without a value are not listed).
    The counts are read from the table the writes keep (``case_facets``), never kept here:
    a few hundred rows, as current as the cases."""
    groups = facets.groups_of(store, article=filters.article or None)
    counts: dict[str, Counter[Any]] = dict(facets.facet_counts(groups, filters))
    counts["article"] = facets.charges_of(store, filters)
    found: dict[str, list[dict[str, Any]]] = {}
    for name in CASE_FILTERS:
        values = [(v, n) for v, n in counts[name].items() if v is not None and n > 0]
        if name.endswith("_year"):
            values.sort(key=lambda item: -int(item[0]))
        else:
            values.sort(key=lambda item: (-item[1], str(item[0])))
        found[name] = [
            {"value": v, "label": word(name, v) if name in _WORDED else str(v), "count": n}
            for v, n in values
        ]
    return found


# Filters whose values are identifiers with a reader's word (data/words.yaml).
_WORDED = ("status", "release_mode", "expelled")


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
