"""Analysis endpoints: the held count on a date, and the overview picture."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from doorwatch.services.overview import overview
from doorwatch.services.status import status_on
from doorwatch.web.api.models import Overview, Status
from doorwatch.web.api.params import DAY_RANGE
from doorwatch.web.auth import Viewer
from doorwatch.web.context import store_of
from doorwatch.web.render import json_response

router = APIRouter(tags=["analysis"])


@router.get("/status", response_model=Status)
def status(
    request: Request,
    _user: Viewer,
    on: Annotated[
        date | None, Query(**DAY_RANGE, description="Day (default: the latest report).")
    ] = None,
    window: Annotated[int, Query(ge=0, le=3650)] = 120,
    known_on: Annotated[
        date | None, Query(description="Show what was published by this date (default: on).")
    ] = None,
    hindsight: Annotated[bool, Query(description="Add later publications, marked.")] = False,
) -> Response:
    """The number held on a date, as each origin reported it (with its publication date) and
    as the registry derives it; by default only what was published by that date."""
    picture = status_on(
        store_of(request), on, window_days=window, known_on=known_on, hindsight=hindsight
    )
    return json_response(picture)


@router.get("/overview", response_model=Overview)
def get_overview(
    request: Request,
    _user: Viewer,
    on: Annotated[
        date | None, Query(**DAY_RANGE, description="As known on this day (default: latest).")
    ] = None,
    hindsight: Annotated[bool, Query(description="Add later publications, marked.")] = False,
) -> Response:
    """The latest count per origin, flows by month with coverage, the door ratio interval, held
    over time and the latest deals, as known on ``on``."""
    return json_response(overview(store_of(request), on, hindsight=hindsight))
