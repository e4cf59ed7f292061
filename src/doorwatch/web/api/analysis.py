"""Analysis endpoints: the held count on a date, and the overview picture."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from doorwatch.errors import NotFoundError
from doorwatch.services.overview import overview
from doorwatch.services.status import latest_report_date, status_on
from doorwatch.web.api.params import DAY_RANGE
from doorwatch.web.auth import Viewer
from doorwatch.web.context import store_of
from doorwatch.web.render import jsonable

router = APIRouter(tags=["analysis"])


@router.get("/status")
def status(
    request: Request,
    _user: Viewer,
    on: Annotated[
        date | None, Query(**DAY_RANGE, description="Day (default: the latest report).")
    ] = None,
    window: Annotated[int, Query(ge=0, le=3650)] = 120,
) -> JSONResponse:
    """The number held on a date, as each source reported it and as the registry derives it."""
    store = store_of(request)
    day = on or latest_report_date(store)
    if day is None:
        raise NotFoundError("no held counts are stored; give ?on=YYYY-MM-DD")
    return JSONResponse(jsonable(status_on(store, day, window_days=window)))


@router.get("/overview")
def get_overview(request: Request, _user: Viewer) -> JSONResponse:
    """Held over time, flows by month, the door ratio, the latest deals and the current count."""
    return JSONResponse(jsonable(overview(store_of(request))))
