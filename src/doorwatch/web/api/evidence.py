"""Sources, claims and the review of claims."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from doorwatch.services.details import claim_detail as get_claim
from doorwatch.services.details import source_detail as get_source
from doorwatch.services.listings import claims_page, sources_page
from doorwatch.services.review import review
from doorwatch.web.api.models import Claim, ClaimDetail, ClaimPage, Page, Source, SourceDetail
from doorwatch.web.api.params import Filter, Paged
from doorwatch.web.auth import Analyst, Viewer
from doorwatch.web.context import store_of
from doorwatch.web.render import json_response

router = APIRouter(tags=["evidence"])


class ClaimEdits(BaseModel):
    """Fields of a claim a reviewer may correct; omitted fields stay as they are."""

    model_config = ConfigDict(extra="forbid")
    measure: str | None = Field(None, max_length=64)
    value: float | None = Field(None, allow_inf_nan=False)
    value_max: float | None = Field(None, allow_inf_nan=False)
    qualifier: str | None = Field(None, max_length=16)
    as_of: str | None = Field(None, max_length=10)
    as_of_precision: Literal["day", "month", "year"] | None = None
    speaker: str | None = Field(None, max_length=500)
    quote: str | None = Field(None, max_length=5000)
    action: str | None = Field(None, max_length=16)
    target: str | None = Field(None, max_length=500)
    imposer: str | None = Field(None, max_length=500)
    note: str | None = Field(None, max_length=5000)


@router.get("/sources", response_model=Page[Source])
def list_sources(
    request: Request,
    _user: Viewer,
    paged: Paged,
    kind: Filter = None,
) -> Response:
    """Sources (without their text), newest first, with their number of claims."""
    return paged.answer(request, sources_page, "sources", kind=kind)


@router.get("/sources/{source_id}", response_model=SourceDetail)
def source_detail(request: Request, source_id: str, _user: Viewer) -> Response:
    """One source with its text and its claims."""
    return json_response(get_source(store_of(request), source_id))


@router.get("/claims", response_model=ClaimPage)
def list_claims(
    request: Request,
    _user: Viewer,
    paged: Paged,
    kind: Filter = None,
    status: Filter = None,
    measure: Filter = None,
    source_id: Filter = None,
) -> Response:
    """Claims filtered by kind, review status, measure or source, with counts by status."""
    return paged.answer(
        request,
        claims_page,
        "claims",
        kind=kind,
        status=status,
        measure=measure,
        source_id=source_id,
    )


@router.get("/claims/{claim_id}", response_model=ClaimDetail)
def claim_detail(request: Request, claim_id: str, _user: Viewer) -> Response:
    """One claim with the source it was read from."""
    return json_response(get_claim(store_of(request), claim_id))


def _review(request: Request, claim_id: str, action: str, actor: str, edits: dict[str, Any]) -> Any:
    store = store_of(request)
    result = review(store, claim_id, action, actor=actor, edits=edits)
    return result


@router.post("/claims/{claim_id}/accept", response_model=Claim)
def accept_claim(request: Request, claim_id: str, user: Analyst) -> Response:
    """Accept a claim; returns it as now stored."""
    return json_response(_review(request, claim_id, "accept", user.name, {}))


@router.post("/claims/{claim_id}/reject", response_model=Claim)
def reject_claim(request: Request, claim_id: str, user: Analyst) -> Response:
    """Reject a claim; returns it as now stored."""
    return json_response(_review(request, claim_id, "reject", user.name, {}))


@router.post("/claims/{claim_id}/edit", response_model=Claim)
def edit_claim(request: Request, claim_id: str, edits: ClaimEdits, user: Analyst) -> Response:
    """Correct fields of a claim (its status stays); returns it as now stored."""
    changes = edits.model_dump(exclude_unset=True)
    return json_response(_review(request, claim_id, "edit", user.name, changes))
