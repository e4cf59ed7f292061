"""Support pages: the caseworker's cases and a case with its forms, the aggregates, the plan.

Forms post back here and land on the case again (303), so a reload never repeats a change.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from doorwatch.services import support_cases as cases
from doorwatch.services import support_funds as funds
from doorwatch.services.charts import support_plan_chart
from doorwatch.services.support_access import CASEWORK_ROLES
from doorwatch.services.support_plan import MAX_MONTHS, support_plan
from doorwatch.services.support_summary import support_summary
from doorwatch.services.support_vocabulary import vocabulary
from doorwatch.web.auth import Viewer
from doorwatch.web.context import store_of
from doorwatch.web.render import page

router = APIRouter()
Field = Annotated[str, Form(max_length=10_000)]
Optional = Annotated[str | None, Form(max_length=10_000)]


def _back(case_id: str, done: str) -> RedirectResponse:
    return RedirectResponse(f"/support/cases/{case_id}?done={done}", status_code=303)


@router.get("/support", response_class=HTMLResponse)
def support_home(request: Request, user: Viewer) -> HTMLResponse:
    """Caseworkers and coordinators: their cases and the form to open one; everyone logged
    in: the aggregates (small counts suppressed)."""
    store = store_of(request)
    summary = support_summary(store, user=user)
    listed = cases.list_cases(store, user=user) if user.role in CASEWORK_ROLES else None
    return page(
        request,
        "support.html",
        user,
        summary=summary,
        cases=listed,
        positions=funds.fund_position(store, user=user),
        words=vocabulary(),
    )


@router.post("/support/open")
def open_from_form(
    request: Request,
    user: Viewer,
    person_id: Field,
    where: Field,
    location: Optional = None,
    contacts: Optional = None,
) -> Response:
    """Open a case from the form; on to the case."""
    opened = cases.open_case(
        store_of(request),
        person_id.strip(),
        where.strip(),
        user=user,
        location=location or None,
        contacts=contacts or None,
    )
    return _back(opened["id"], "opened")


@router.get("/support/cases/{case_id}", response_class=HTMLResponse)
def case_page(request: Request, case_id: str, user: Viewer) -> HTMLResponse:
    """One case with every field opened (the read is audited) and its forms."""
    store = store_of(request)
    case = cases.show_case(store, case_id, user=user)
    return page(
        request,
        "support_case.html",
        user,
        case=case,
        words=vocabulary(),
        funds=funds.list_funds(store, user=user),
        today=date.today(),
    )


@router.post("/support/cases/{case_id}/need")
def need_from_form(
    request: Request, case_id: str, user: Viewer, kind: Field, note: Optional = None
) -> Response:
    """Add a need from the form."""
    cases.add_need(store_of(request), case_id, kind, user=user, note=note or None)
    return _back(case_id, "need added")


@router.post("/support/cases/{case_id}/need-status")
def need_status_from_form(
    request: Request, case_id: str, user: Viewer, need_id: Annotated[int, Form()], status: Field
) -> Response:
    """Change a need's status from the form."""
    cases.set_need_status(store_of(request), need_id, status, user=user)
    return _back(case_id, "need updated")


@router.post("/support/cases/{case_id}/note")
def note_from_form(request: Request, case_id: str, user: Viewer, text: Field) -> Response:
    """Add a note from the form."""
    cases.add_note(store_of(request), case_id, text, user=user)
    return _back(case_id, "note added")


@router.post("/support/cases/{case_id}/aid")
def aid_from_form(
    request: Request,
    case_id: str,
    user: Viewer,
    kind: Field,
    amount: Annotated[float, Form(gt=0, lt=1e12)],
    currency: Field,
    fund: Field,
    on: Annotated[date | None, Form()] = None,
    need_id: Annotated[str | None, Form(max_length=20)] = None,
    organisation: Optional = None,
) -> Response:
    """Record aid from the form."""
    funds.give(
        store_of(request),
        case_id,
        kind=kind,
        amount=amount,
        currency=currency,
        fund_id=fund,
        on=on or date.today(),
        user=user,
        organisation=organisation or None,
        need_id=int(need_id) if need_id and need_id.isdigit() else None,
    )
    return _back(case_id, "aid recorded")


@router.get("/support/plan", response_class=HTMLResponse)
def plan_page(
    request: Request,
    user: Viewer,
    released: Annotated[int, Query(ge=1, le=1_000_000)] = 1300,
    months: Annotated[int, Query(ge=1, le=MAX_MONTHS)] = 12,
    stay_share: Annotated[float | None, Query(ge=0, le=1)] = None,
    per_caseworker: Annotated[int | None, Query(ge=1, le=10_000)] = None,
) -> HTMLResponse:
    """The planner: need against funds month by month, as a chart and a table, with every
    assumption and its source."""
    plan = support_plan(
        store_of(request),
        user=user,
        released=released,
        months=months,
        stay_share=stay_share,
        per_caseworker=per_caseworker,
    )
    return page(request, "support_plan.html", user, plan=plan, spec=support_plan_chart(plan))
