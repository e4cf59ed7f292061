"""People: search by any spelling or script, and one page per person."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

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


@router.get("/people", response_class=HTMLResponse)
def people_page(request: Request, user: Viewer, q: Search = "") -> HTMLResponse:
    """The search page (with results when ``q`` is given)."""
    return page(request, "people.html", user, q=q, results=_results(request, q))


@router.get("/people/search", response_class=HTMLResponse)
def people_results(request: Request, user: Viewer, q: Search = "") -> HTMLResponse:
    """The results table alone, for live search."""
    return page(request, "_people_results.html", user, q=q, results=_results(request, q))


@router.get("/people/{person_id}", response_class=HTMLResponse)
def person_page(request: Request, person_id: str, user: Viewer) -> HTMLResponse:
    """One person: names, cases, releases and sources."""
    return page(request, "person.html", user, person=person_detail(store_of(request), person_id))
