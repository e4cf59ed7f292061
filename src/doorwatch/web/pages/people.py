"""People: the registry filtered and paged, search by any spelling or script, and one page
per person."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from doorwatch.paging import DEFAULT_LIMIT
from doorwatch.services import listings
from doorwatch.services.people import person_detail
from doorwatch.web.auth import Viewer
from doorwatch.web.context import store_of
from doorwatch.web.render import page

router = APIRouter()
Search = Annotated[str, Query(max_length=200)]
# A search shows its best matches on one page; a name that common wants a closer spelling.
RESULTS = 100


def _results(request: Request, q: str) -> list[dict[str, Any]] | None:
    if not q.strip():
        return None
    items: list[dict[str, Any]] = listings.people_page(store_of(request), search=q, limit=RESULTS)[
        "items"
    ]
    return items


Key = Annotated[str | None, Query(max_length=200)]
Choice = Annotated[str, Query(max_length=200)]


@dataclass
class FormFilters:
    """The filter form's fields: a field left at "any" comes as "" and filters nothing; the
    values are checked by the service (a bad year is an error naming it)."""

    status: Choice = ""
    detained_year: Choice = ""
    released_year: Choice = ""
    article: Choice = ""
    release_mode: Choice = ""
    expelled: Choice = ""
    recognised_by: Choice = ""


# The labels of the filters, in the order of the form.
FILTER_LABELS = {
    "status": "status",
    "detained_year": "detained in",
    "released_year": "released in",
    "article": "charged under article",
    "release_mode": "release",
    "expelled": "expelled",
    "recognised_by": "recognised by",
}


@router.get("/people", response_class=HTMLResponse)
def people_page(
    request: Request,
    user: Viewer,
    filters: Annotated[FormFilters, Depends()],
    q: Search = "",
    after: Key = None,
    before: Key = None,
) -> HTMLResponse:
    """The registry, filtered and paged by key, with the cases per filter value; with ``q``,
    the people whose names match it (the filters apply to them too)."""
    chosen = listings.case_filters(**asdict(filters))
    found = listings.people_page(
        store_of(request),
        search=q or None,
        filters=chosen,
        limit=RESULTS if q.strip() else DEFAULT_LIMIT,
        after=after,
        before=before,
        with_facets=True,
    )
    query = urlencode({"q": q, **chosen.given()} if q else chosen.given())
    return page(
        request,
        "people.html",
        user,
        q=q,
        results=found["items"] if q.strip() else None,
        found=found,
        chosen=chosen.given(),
        labels=FILTER_LABELS,
        query=query,
    )


@router.get("/people/search", response_class=HTMLResponse)
def people_results(request: Request, user: Viewer, q: Search = "") -> HTMLResponse:
    """The results table alone, for live search."""
    return page(request, "_people_results.html", user, q=q, results=_results(request, q))


@router.get("/people/{person_id}", response_class=HTMLResponse)
def person_page(request: Request, person_id: str, user: Viewer) -> HTMLResponse:
    """One person: names, cases, releases and sources."""
    return page(request, "person.html", user, person=person_detail(store_of(request), person_id))
