"""The analysis endpoints: the revolving door, the balance of the books, reconciled figures,
projections, and the report download."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from doorwatch.services.balance import balance_between
from doorwatch.services.door_view import door_view
from doorwatch.services.projection import projection_picture
from doorwatch.services.reconcile import reconcile_measure
from doorwatch.services.report import build_report, pdf_of
from doorwatch.web.api.models import Answer
from doorwatch.web.api.params import DAY_RANGE, Day
from doorwatch.web.auth import Viewer
from doorwatch.web.context import store_of
from doorwatch.web.headers import REPORT_CSP
from doorwatch.web.render import json_response

router = APIRouter(tags=["analysis"])
OptionalDay = Annotated[date | None, Query(**DAY_RANGE)]
Window = Annotated[int, Query(ge=0, le=3650)]
KnownOn = Annotated[date | None, Query(description="Show what was published by this date.")]
Hindsight = Annotated[bool, Query(description="Add later publications, marked as such.")]


def _plain(value: Any) -> Any:
    return asdict(value) if hasattr(value, "__dataclass_fields__") else value


@router.get("/door", response_model=Answer)
def door(
    request: Request,
    _user: Viewer,
    from_: Annotated[date | None, Query(alias="from", **DAY_RANGE)] = None,
    to: OptionalDay = None,
    since_deal: Annotated[str | None, Query(max_length=64)] = None,
    known_on: KnownOn = None,
    hindsight: Hindsight = False,
) -> Response:
    """New prisoners against releases over a window (``from``, ``to``, both included) or since
    a deal: the latest count per origin at its end (``latest_counts``), then each term's
    recorded value, reported totals and coverage, and the ratio interval."""
    _flows, document = door_view(
        store_of(request),
        from_,
        to,
        since_deal=since_deal,
        known_on=known_on,
        hindsight=hindsight,
    )
    return json_response(document)


@router.get("/balance", response_model=Answer)
def balance(
    request: Request,
    _user: Viewer,
    first: Day,
    second: Day,
    window: Window = 31,
    reporter: Annotated[str | None, Query(max_length=200)] = None,
    known_on: KnownOn = None,
    hindsight: Hindsight = False,
) -> Response:
    """The balance of the books between the reported counts nearest two dates."""

    result = balance_between(
        store_of(request),
        first,
        second,
        window_days=window,
        reporter=reporter,
        known_on=known_on,
        hindsight=hindsight,
    )
    return json_response(_plain(result))


@router.get("/reconcile", response_model=Answer)
def reconcile(
    request: Request,
    _user: Viewer,
    near: Day,
    measure: Annotated[str, Query(max_length=64)] = "political_prisoners_held",
    window: Window = 31,
    known_on: KnownOn = None,
    hindsight: Hindsight = False,
) -> Response:
    """Every origin's accepted figure for one measure near one date, reconciled: groups by
    origin with the claim ids of every outlet that relayed it, and definitional differences."""
    result = reconcile_measure(
        store_of(request), measure, near, window, known_on=known_on, hindsight=hindsight
    )
    return json_response(_plain(result))


@router.get("/projection", response_model=Answer)
def projection(
    request: Request,
    _user: Viewer,
    months: Annotated[int, Query(ge=1, le=60)] = 12,
    threshold: Annotated[float | None, Query(ge=0, le=1e7)] = None,
    seed: Annotated[int, Query(ge=0, le=2**31)] = 2025,
) -> Response:
    """The held count projected ``months`` ahead under the baseline scenario, with bands, and
    what it assumes: each term, its value and where it came from (``assumptions``)."""

    return json_response(
        projection_picture(store_of(request), months, threshold=threshold, seed=seed)
    )


@router.get("/report", response_model=None)
def report(
    request: Request,
    user: Viewer,
    format: Annotated[Literal["html", "pdf"], Query()] = "html",
    on: Annotated[
        date | None, Query(description="The brief as known on this date.", **DAY_RANGE)
    ] = None,
    hindsight: Hindsight = False,
) -> Response:
    """The brief as an HTML page or a PDF download, as known on ``on`` (default: the latest
    count; ``hindsight`` adds later publications, marked); the support plan only for
    logged-in readers."""

    document = build_report(store_of(request), reader=user, on=on, hindsight=hindsight)
    if format == "html":
        return HTMLResponse(document, headers={"Content-Security-Policy": REPORT_CSP})
    pdf = pdf_of(document)
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": 'attachment; filename="doorwatch-brief.pdf"'},
    )
