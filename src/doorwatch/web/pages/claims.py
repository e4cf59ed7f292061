"""The review queue: claims with filters, and one page per claim with its source text."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from doorwatch.paging import DEFAULT_LIMIT
from doorwatch.services.details import claim_detail
from doorwatch.services.listings import claims_page
from doorwatch.services.review import EDITABLE_CLAIM_FIELDS, review
from doorwatch.web.api.params import Offset
from doorwatch.web.auth import Analyst, Viewer
from doorwatch.web.context import store_of
from doorwatch.web.highlight import segments
from doorwatch.web.render import page

router = APIRouter()
Filter = Annotated[str, Query(max_length=64)]


@router.get("/claims", response_class=HTMLResponse)
def claims_list(
    request: Request,
    user: Viewer,
    status: Filter = "proposed",
    kind: Filter = "",
    measure: Filter = "",
    source_id: Filter = "",
    offset: Offset = 0,
) -> HTMLResponse:
    """The queue: claims of one review status (``all`` for every one), filtered by kind or
    measure, with the number of claims in each status."""
    found = claims_page(
        store_of(request),
        limit=DEFAULT_LIMIT,
        offset=offset,
        status=None if status == "all" else status or None,
        kind=kind or None,
        measure=measure or None,
        source_id=source_id or None,
    )
    filters = {"status": status, "kind": kind, "measure": measure, "source_id": source_id}
    return page(request, "claims.html", user, found=found, filters=filters)


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim_page(request: Request, claim_id: str, user: Viewer) -> HTMLResponse:
    """One claim, highlighted in its source's text, with the review form."""
    claim = claim_detail(store_of(request), claim_id)
    text = claim["source"].get("text") or ""
    pieces = segments(text, [claim])
    return page(
        request, "claim.html", user, claim=claim, pieces=pieces, fields=EDITABLE_CLAIM_FIELDS
    )


@router.post("/claims/{claim_id}/review")
async def claim_review(
    request: Request,
    claim_id: str,
    user: Analyst,
    decision: Annotated[Literal["accept", "reject", "edit"], Form()],
) -> Response:
    """Accept, reject or edit a claim from the form; back to the claim.

    The decision travels as ``decision``, apart from the claim's own ``action`` field (a
    sanction's imposed/lifted/...), which the edit form carries like any other field.
    """
    form = await request.form()
    edits = (
        {k: str(form[k]) for k in EDITABLE_CLAIM_FIELDS if k in form} if decision == "edit" else {}
    )
    # The form is read here, asynchronously; the database work runs in the thread pool so that
    # it never blocks the event loop.
    await run_in_threadpool(
        review, store_of(request), claim_id, decision, actor=user.name, edits=edits
    )
    return RedirectResponse(f"/claims/{claim_id}?done={decision}", status_code=303)
