"""Sanctions: measures by imposer and programme, the imported lists, and one page per target."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from doorwatch.services.details import measures_by_imposer
from doorwatch.services.sanctions_overview import sanctions_overview
from doorwatch.services.sanctions_targets import target_detail
from doorwatch.web.auth import Viewer
from doorwatch.web.context import store_of
from doorwatch.web.render import page

router = APIRouter()


@router.get("/sanctions", response_class=HTMLResponse)
def sanctions_page(request: Request, user: Viewer) -> HTMLResponse:
    """Measures by imposer and programme; the imported lists, the mirror matrix and the gap
    lists of each pair of lists of the same weeks; the sectoral measures."""
    store = store_of(request)
    return page(
        request,
        "sanctions.html",
        user,
        grouped=measures_by_imposer(store),
        overview=sanctions_overview(store),
    )


@router.get("/sanctions/targets/{list_name}/{entry_id}", response_class=HTMLResponse)
def sanction_target_page(
    request: Request, list_name: str, entry_id: str, user: Viewer
) -> HTMLResponse:
    """One target: every listing, names, links, the other lists, history and measures."""
    detail = target_detail(store_of(request), list_name, entry_id)
    return page(request, "sanction_target.html", user, target=detail)
