"""Every source with its claims; one page per source with its text highlighted."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from doorwatch.services.details import source_detail
from doorwatch.services.listings import sources_page
from doorwatch.web.api.params import Offset
from doorwatch.web.auth import Viewer
from doorwatch.web.context import store_of
from doorwatch.web.highlight import segments
from doorwatch.web.render import page

router = APIRouter()


@router.get("/sources", response_class=HTMLResponse)
def sources_list(request: Request, user: Viewer, offset: Offset = 0) -> HTMLResponse:
    """Sources, newest first, with their number of claims."""
    found = sources_page(store_of(request), limit=100, offset=offset)
    return page(request, "sources.html", user, found=found)


@router.get("/sources/{source_id}", response_class=HTMLResponse)
def source_page(request: Request, source_id: str, user: Viewer) -> HTMLResponse:
    """One source: its details, its text with every claim marked, and the list of claims."""
    source = source_detail(store_of(request), source_id)
    pieces = segments(source.get("text") or "", source["claims"])
    return page(request, "source.html", user, source=source, pieces=pieces)
