"""The overview page."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from doorwatch.services.charts import overview_flows_chart, overview_held_chart
from doorwatch.services.overview import overview
from doorwatch.web.auth import Viewer
from doorwatch.web.context import store_of
from doorwatch.web.render import page

router = APIRouter()


@router.get("/", response_class=HTMLResponse)
def overview_page(request: Request, user: Viewer) -> HTMLResponse:
    """Held over time, flows, the door ratio, the latest deals and the current count."""
    picture = overview(store_of(request))
    return page(
        request,
        "overview.html",
        user,
        picture=picture,
        held_spec=overview_held_chart(picture),
        flows_spec=overview_flows_chart(picture),
    )
