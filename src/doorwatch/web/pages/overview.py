"""The overview page."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from doorwatch.services.charts import overview_flows_chart, overview_held_chart
from doorwatch.services.overview import overview
from doorwatch.web.auth import Viewer
from doorwatch.web.context import store_of
from doorwatch.web.render import page

router = APIRouter()


@router.get("/", response_class=HTMLResponse)
def overview_page(
    request: Request,
    user: Viewer,
    on: Annotated[date | None, Query(ge=date(1900, 1, 1), le=date(2199, 12, 31))] = None,
    hindsight: bool = False,
) -> HTMLResponse:
    """The latest count per origin, flows with their coverage, the door ratio as an interval,
    held over time and the latest deals, as known on the picked date (default: the latest)."""
    picture = overview(store_of(request), on, hindsight=hindsight)
    return page(
        request,
        "overview.html",
        user,
        picture=picture,
        held_spec=overview_held_chart(picture),
        flows_spec=overview_flows_chart(picture),
    )
