"""Support for released people: cases, needs, notes, aid, consent, referrals; funds and rates;
the aggregates and the planner.

Every route needs a logged-in caller (anonymous visitors get 401 even on a public instance);
what each role may do is decided in :mod:`doorwatch.services.support_access`.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from doorwatch.services import support_cases as cases
from doorwatch.services import support_funds as funds
from doorwatch.services.support_plan import MAX_MONTHS, support_plan
from doorwatch.services.support_summary import support_summary
from doorwatch.web.api import models
from doorwatch.web.api.models import (
    Aid,
    Cost,
    Donation,
    ExchangeRate,
    ExchangeRates,
    Fund,
    FundPosition,
    Need,
    Note,
    SupportCase,
    SupportCaseDetail,
    SupportCases,
    SupportPlan,
    SupportSummary,
)
from doorwatch.web.auth import Viewer
from doorwatch.web.context import store_of
from doorwatch.web.render import json_response

router = APIRouter(tags=["support"])
Text = Annotated[str, Field(min_length=1, max_length=10_000)]
Short = Annotated[str, Field(min_length=1, max_length=200)]
RowId = Annotated[int, Field(ge=1, le=2**31)]
NeedPath = Annotated[int, Path(ge=1, le=2**31)]


class NewCase(BaseModel):
    """A person to open support for, and where they are."""

    person_id: Short
    where: Annotated[str, Field(max_length=40, description="stayed, relocated:CC, expelled:CC")]
    location: Text | None = None
    contacts: Text | None = None


class NewNeed(BaseModel):
    """A need of a support case."""

    kind: Short
    note: Text | None = None


class NeedStatus(BaseModel):
    """The new status of a need."""

    status: Short


class NewNote(BaseModel):
    """A note on a support case."""

    text: Text


class NewAid(BaseModel):
    """Aid given (or committed) to a support case from a fund."""

    kind: Short
    amount: float = Field(gt=0, lt=1e12)
    currency: Annotated[str, Field(min_length=3, max_length=3)] = "EUR"
    fund: Short
    on: date | None = None
    need_id: RowId | None = None
    organisation: Short | None = None
    committed: bool = False


class Consent(BaseModel):
    """The person's consent and its scope (PARTNER or PARTNER:KIND entries)."""

    given: bool
    on: date | None = None
    scope: list[Short] = Field(default_factory=list, max_length=100)


class Referral(BaseModel):
    """A referral to a partner organisation, with why."""

    partner: Short
    reason: Text
    need_id: RowId | None = None


class Assignment(BaseModel):
    """The caseworker a case is assigned to (null: nobody)."""

    caseworker: Short | None = None


class CaseStatus(BaseModel):
    """The new status of a case."""

    status: Short


class NewFund(BaseModel):
    """A fund and who runs it."""

    id: Annotated[str, Field(min_length=1, max_length=64)]
    name: Short
    administrator: Short | None = None


class Money(BaseModel):
    """A donation received, a pledge, or an operating cost."""

    amount: float = Field(gt=0, lt=1e12)
    currency: Annotated[str, Field(min_length=3, max_length=3)] = "EUR"
    on: date | None = None
    donor: Short | None = None
    pledge: bool = False
    description: Short | None = None


class Rate(BaseModel):
    """What one unit of a currency was worth in euros on a day."""

    currency: Annotated[str, Field(min_length=3, max_length=3)]
    on: date
    eur_per_unit: float = Field(gt=0, lt=1e9)
    source: Short | None = None


@router.get("/support/cases", response_model=SupportCases)
def list_cases(request: Request, user: Viewer) -> Response:
    """The support cases the caller may see (no sensitive fields)."""
    return json_response({"items": cases.list_cases(store_of(request), user=user)})


@router.post("/support/cases", response_model=SupportCase, status_code=201)
def open_case(request: Request, body: NewCase, user: Viewer) -> Response:
    """Open support for a person; a case "to contact" from the release is opened, not doubled."""
    opened = cases.open_case(
        store_of(request),
        body.person_id,
        body.where,
        user=user,
        location=body.location,
        contacts=body.contacts,
    )
    return json_response(opened)


@router.get("/support/cases/{case_id}", response_model=SupportCaseDetail)
def show_case(request: Request, case_id: str, user: Viewer) -> Response:
    """One case with every field opened; the read is written to the audit log."""
    return json_response(cases.show_case(store_of(request), case_id, user=user))


@router.post("/support/cases/{case_id}/needs", response_model=Need, status_code=201)
def add_need(request: Request, case_id: str, body: NewNeed, user: Viewer) -> Response:
    """Add a need (status open)."""
    return json_response(
        cases.add_need(store_of(request), case_id, body.kind, user=user, note=body.note)
    )


@router.post("/support/needs/{need_id}/status", response_model=Need)
def need_status(request: Request, need_id: NeedPath, body: NeedStatus, user: Viewer) -> Response:
    """Set the status of a need."""
    return json_response(cases.set_need_status(store_of(request), need_id, body.status, user=user))


@router.post("/support/cases/{case_id}/notes", response_model=Note, status_code=201)
def add_note(request: Request, case_id: str, body: NewNote, user: Viewer) -> Response:
    """Add a note."""
    return json_response(cases.add_note(store_of(request), case_id, body.text, user=user))


@router.post("/support/cases/{case_id}/aid", response_model=Aid, status_code=201)
def give(request: Request, case_id: str, body: NewAid, user: Viewer) -> Response:
    """Record aid given from a fund, in euros at the rate of its date."""
    return json_response(
        funds.give(
            store_of(request),
            case_id,
            kind=body.kind,
            amount=body.amount,
            currency=body.currency,
            fund_id=body.fund,
            on=body.on or date.today(),
            user=user,
            organisation=body.organisation,
            need_id=body.need_id,
            committed=body.committed,
        )
    )


@router.post("/support/cases/{case_id}/consent", response_model=models.Consent)
def consent(request: Request, case_id: str, body: Consent, user: Viewer) -> Response:
    """Record the person's consent and its scope."""
    return json_response(
        cases.record_consent(
            store_of(request),
            case_id,
            given=body.given,
            on=body.on or date.today(),
            scope=body.scope,
            user=user,
        )
    )


@router.post("/support/cases/{case_id}/referrals", response_model=models.Referral, status_code=201)
def refer(request: Request, case_id: str, body: Referral, user: Viewer) -> Response:
    """Refer the case to a partner; 409 unless the consent covers it."""
    return json_response(
        cases.refer(
            store_of(request), case_id, body.partner, body.reason, user=user, need_id=body.need_id
        )
    )


@router.post("/support/cases/{case_id}/assign", response_model=SupportCase)
def assign(request: Request, case_id: str, body: Assignment, user: Viewer) -> Response:
    """Assign the case to a caseworker (coordinators)."""
    return json_response(cases.assign(store_of(request), case_id, body.caseworker, user=user))


@router.post("/support/cases/{case_id}/status", response_model=SupportCase)
def case_status(request: Request, case_id: str, body: CaseStatus, user: Viewer) -> Response:
    """Set the status of a case."""
    return json_response(cases.set_status(store_of(request), case_id, body.status, user=user))


@router.get("/support/summary", response_model=SupportSummary)
def summary(request: Request, user: Viewer) -> Response:
    """Counts of support work; counts under 5 are null unless the caller is a coordinator."""
    return json_response(support_summary(store_of(request), user=user))


@router.get("/support/plan", response_model=SupportPlan)
def plan(
    request: Request,
    user: Viewer,
    released: Annotated[int | None, Query(ge=1, le=1_000_000)] = 1300,
    months: Annotated[int, Query(ge=1, le=MAX_MONTHS)] = 12,
    on: date | None = None,
    stay_share: Annotated[float | None, Query(ge=0, le=1)] = None,
    per_caseworker: Annotated[int | None, Query(ge=1, le=10_000)] = None,
    scenario: Literal["all-at-once", "projection", "deal"] = "all-at-once",
    deal: Annotated[str | None, Query(max_length=64)] = None,
    every: Annotated[int, Query(ge=1, le=120)] = 3,
) -> Response:
    """The support plan: need, funds, shortfall (``shortfall_eur``), runway, caseworkers, and
    every assumption with its source; ``months`` has one entry a month."""
    return json_response(
        support_plan(
            store_of(request),
            user=user,
            released=released,
            months=months,
            on=on,
            stay_share=stay_share,
            per_caseworker=per_caseworker,
            scenario=scenario,
            deal=deal,
            every=every,
        )
    )


@router.get("/funds", response_model=FundPosition)
def fund_position(request: Request, user: Viewer) -> Response:
    """Every fund's money in and out, balance, commitments, pledges and the runway."""
    return json_response(funds.fund_position(store_of(request), user=user))


@router.post("/funds", response_model=Fund, status_code=201)
def add_fund(request: Request, body: NewFund, user: Viewer) -> Response:
    """Create a fund (coordinators)."""
    return json_response(
        funds.add_fund(
            store_of(request), body.id, body.name, administrator=body.administrator, user=user
        )
    )


@router.post("/funds/{fund_id}/donations", response_model=Donation, status_code=201)
def donate(request: Request, fund_id: str, body: Money, user: Viewer) -> Response:
    """Record a donation received, or a pledge (``pledge: true``)."""
    return json_response(
        funds.receive(
            store_of(request),
            fund_id,
            body.amount,
            body.currency,
            body.on or date.today(),
            donor=body.donor,
            pledge=body.pledge,
            user=user,
        )
    )


@router.post("/funds/{fund_id}/costs", response_model=Cost, status_code=201)
def add_cost(request: Request, fund_id: str, body: Money, user: Viewer) -> Response:
    """Record an operating cost."""
    return json_response(
        funds.add_cost(
            store_of(request),
            fund_id,
            body.amount,
            body.currency,
            body.on or date.today(),
            description=body.description,
            user=user,
        )
    )


@router.get("/rates", response_model=ExchangeRates)
def rates(request: Request, user: Viewer) -> Response:
    """The stored exchange rates."""
    return json_response({"items": funds.list_rates(store_of(request), user=user)})


@router.post("/rates", response_model=ExchangeRate, status_code=201)
def set_rate(request: Request, body: Rate, user: Viewer) -> Response:
    """Store an exchange rate (coordinators)."""
    return json_response(
        funds.set_rate(
            store_of(request),
            body.currency,
            body.on,
            body.eur_per_unit,
            source=body.source,
            user=user,
        )
    )
