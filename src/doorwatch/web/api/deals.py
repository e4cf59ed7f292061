"""Deals and sanctions measures."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from doorwatch.services.details import deal_detail, measure_detail
from doorwatch.services.listings import deals_page, measures_page
from doorwatch.web.api.models import Deal, DealDetail, Measure, Page
from doorwatch.web.api.params import Filter, Paged
from doorwatch.web.auth import Viewer
from doorwatch.web.context import store_of
from doorwatch.web.render import json_response

router = APIRouter(tags=["deals"])


@router.get("/deals", response_model=Page[Deal])
def list_deals(
    request: Request,
    _user: Viewer,
    paged: Paged,
    counterpart: Filter = None,
) -> Response:
    """The deal ledger, oldest first, with each deal's concessions."""
    return paged.answer(request, deals_page, "deals", counterpart=counterpart)


@router.get("/deals/{deal_id}", response_model=DealDetail)
def get_deal(request: Request, deal_id: str, _user: Viewer) -> Response:
    """One deal with concessions, named people, release events and sources."""
    return json_response(deal_detail(store_of(request), deal_id))


@router.get("/measures", response_model=Page[Measure])
def list_measures(
    request: Request,
    _user: Viewer,
    paged: Paged,
    imposer: Filter = None,
    programme: Filter = None,
) -> Response:
    """Sanctions measures by imposer, programme and target."""
    return paged.answer(request, measures_page, "measures", imposer=imposer, programme=programme)


@router.get("/measures/{measure_id}", response_model=Measure)
def get_measure(request: Request, measure_id: str, _user: Viewer) -> Response:
    """One measure with its sources and the deals that conceded it."""
    return json_response(measure_detail(store_of(request), measure_id))
