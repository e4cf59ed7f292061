"""Deals and sanctions measures."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from doorwatch.paging import DEFAULT_LIMIT
from doorwatch.services.details import deal_detail, measure_detail
from doorwatch.services.listings import deals_page, measures_page
from doorwatch.web.api.models import Deal, DealDetail, Measure, Page
from doorwatch.web.api.params import Filter, Format, Limit, Offset
from doorwatch.web.auth import Viewer
from doorwatch.web.context import store_of
from doorwatch.web.render import json_response, listing

router = APIRouter(tags=["deals"])


@router.get("/deals", response_model=Page[Deal])
def list_deals(
    request: Request,
    _user: Viewer,
    counterpart: Filter = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
    format: Format = "json",
) -> Response:
    """The deal ledger, oldest first, with each deal's concessions."""
    page = deals_page(store_of(request), limit=limit, offset=offset, counterpart=counterpart)
    return listing(page, format, "deals")


@router.get("/deals/{deal_id}", response_model=DealDetail)
def get_deal(request: Request, deal_id: str, _user: Viewer) -> Response:
    """One deal with concessions, named people, release events and sources."""
    return json_response(deal_detail(store_of(request), deal_id))


@router.get("/measures", response_model=Page[Measure])
def list_measures(
    request: Request,
    _user: Viewer,
    imposer: Filter = None,
    programme: Filter = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
    format: Format = "json",
) -> Response:
    """Sanctions measures by imposer, programme and target."""
    page = measures_page(
        store_of(request), limit=limit, offset=offset, imposer=imposer, programme=programme
    )
    return listing(page, format, "measures")


@router.get("/measures/{measure_id}", response_model=Measure)
def get_measure(request: Request, measure_id: str, _user: Viewer) -> Response:
    """One measure with its sources and the deals that conceded it."""
    return json_response(measure_detail(store_of(request), measure_id))
