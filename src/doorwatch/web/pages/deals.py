"""The deal ledger and one page per deal."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from doorwatch.services.details import deal_detail, deal_list
from doorwatch.web.auth import Viewer
from doorwatch.web.context import store_of
from doorwatch.web.render import page

router = APIRouter()


@router.get("/deals", response_class=HTMLResponse)
def deals_page(request: Request, user: Viewer) -> HTMLResponse:
    """The ledger: every deal with what was conceded and who was freed."""
    return page(request, "deals.html", user, deals=deal_list(store_of(request)))


@router.get("/deals/{deal_id}", response_class=HTMLResponse)
def deal_page(request: Request, deal_id: str, user: Viewer) -> HTMLResponse:
    """One deal with concessions, people, release events and sources."""
    return page(request, "deal.html", user, deal=deal_detail(store_of(request), deal_id))
