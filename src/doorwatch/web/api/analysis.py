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
) -> Response:
    """The number held on a date, as each source reported it and as the registry derives it."""
    return json_response(status_on(store_of(request), on, window_days=window))


@router.get("/overview", response_model=Overview)
def get_overview(request: Request, _user: Viewer) -> Response:
    """Held over time, flows by month, the door ratio, the latest deals and the current count."""
    return json_response(overview(store_of(request)))
