"""The projection page: the held count projected forward, and what the projection assumes."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from doorwatch.services.projection import projection_picture
from doorwatch.web.auth import Viewer
from doorwatch.web.context import store_of
from doorwatch.web.render import page

router = APIRouter()


@router.get("/projection", response_class=HTMLResponse)
def projection_page(
    request: Request,
    user: Viewer,
    months: Annotated[int, Query(ge=1, le=60)] = 12,
    threshold: Annotated[float | None, Query(ge=0, le=1e7)] = None,
) -> HTMLResponse:
    """The median and 80 % band of the held count by month under the baseline scenario, with
    each term of the fitted model, its value and where it came from."""
    picture = projection_picture(store_of(request), months, threshold=threshold)
    return page(request, "projection.html", user, picture=picture, threshold=threshold)
