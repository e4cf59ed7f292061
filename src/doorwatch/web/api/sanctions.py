"""Sanctions lists as published: lists, the mirror between two lists, the matrix, targets."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from doorwatch.analysis.sectoral import sectoral_rows
from doorwatch.errors import InputError
from doorwatch.services.sanctions import lists, programmes_seen
from doorwatch.services.sanctions_mirror import MIRROR_COLUMNS, mirror
from doorwatch.services.sanctions_overview import aligned_pairs, pair_matrix
from doorwatch.services.sanctions_targets import target_detail
from doorwatch.web.api.models import (
    Matrix,
    Mirror,
    ProgrammeSeen,
    SanctionsList,
    SanctionsTarget,
    SectoralRow,
)
from doorwatch.web.api.params import Format
from doorwatch.web.auth import Viewer
from doorwatch.web.context import store_of
from doorwatch.web.render import csv_response, json_response

router = APIRouter(tags=["sanctions"])
ListName = Annotated[
    str,
    Query(max_length=64, description="A list name given at import, or an imposer: us, eu, uk, ca."),
]


@router.get("/sanctions/lists", response_model=list[SanctionsList])
def sanctions_lists(request: Request, _user: Viewer) -> Response:
    """The imported sanctions lists with their dates and counts."""
    return json_response(lists(store_of(request)))


@router.get("/sanctions/programmes", response_model=list[ProgrammeSeen])
def sanctions_programmes(request: Request, _user: Viewer) -> Response:
    """Every programme in the latest snapshot of each list, with its class and source."""
    return json_response(programmes_seen(store_of(request)))


@router.get("/sanctions/mirror", response_model=Mirror)
def sanctions_mirror(
    request: Request,
    _user: Viewer,
    list_name: Annotated[str, Query(alias="list", max_length=64, description="List A.")],
    against: ListName,
    programme: Annotated[str | None, Query(max_length=64)] = None,
    cls: Annotated[Literal["belarus", "russia"], Query(alias="class")] = "belarus",
    format: Format = "json",
) -> Response:
    """One row per target of list A in the programme: listed, not_listed or uncertain in list B,
    with B's id, the score and the reason (CSV: the columns of `doorwatch sanctions mirror`)."""
    result = mirror(store_of(request), list_name, against, programme=programme, cls=cls)
    if format == "csv":
        rows = [{k: r[k] for k in MIRROR_COLUMNS} for r in result["rows"]]
        return csv_response(rows, "mirror")
    return json_response(result)


@router.get("/sanctions/matrix", response_model=Matrix)
def sanctions_matrix(
    request: Request,
    _user: Viewer,
    pair: Annotated[
        list[str] | None,
        Query(max_length=200, description="A:B; default: lists of the same weeks."),
    ] = None,
) -> Response:
    """Listed, shared and gap counts per programme class for each pair of lists, both ways."""
    store = store_of(request)
    pairs = []
    for text in pair or []:
        left, sep, right = text.partition(":")
        if not sep or not left or not right:
            raise InputError(f"{text!r} is not a pair", field="pair", expected="A:B, e.g. eu:us")
        pairs.append((left, right))
    result = [pair_matrix(store, a, b) for a, b in (pairs or aligned_pairs(store))]
    return json_response({"pairs": result})


@router.get("/sanctions/targets/{list_name}/{entry_id}", response_model=SanctionsTarget)
def sanctions_target(request: Request, list_name: str, entry_id: str, _user: Viewer) -> Response:
    """One target: listing, snapshots, the other imposers' lists, history, measures."""
    return json_response(target_detail(store_of(request), list_name, entry_id))


@router.get("/sanctions/sectoral", response_model=list[SectoralRow])
def sanctions_sectoral(_user: Viewer, format: Format = "json") -> Response:
    """Sectoral measures for Russia and Belarus side by side, each with its source and date."""
    rows = sectoral_rows()
    return csv_response(rows, "sectoral") if format == "csv" else json_response(rows)
