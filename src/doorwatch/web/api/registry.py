"""People and cases."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from doorwatch.services.details import case_detail
from doorwatch.services.listings import cases_page, people_page
from doorwatch.services.people import person_detail
from doorwatch.web.api.models import Case, CaseDetail, Page, PeoplePage, PersonDetail
from doorwatch.web.api.params import Filter, Paged, PeopleFilters
from doorwatch.web.auth import Viewer
from doorwatch.web.context import store_of
from doorwatch.web.render import json_response

router = APIRouter(tags=["registry"])


@router.get("/people", response_model=PeoplePage)
def list_people(
    request: Request,
    _user: Viewer,
    paged: Paged,
    filters: Annotated[PeopleFilters, Depends()],
    q: Annotated[str | None, Query(max_length=200, description="Any spelling or script.")] = None,
    after: Annotated[
        str | None, Query(max_length=200, description="The next page: after this person id.")
    ] = None,
    before: Annotated[
        str | None, Query(max_length=200, description="The previous page: before this person id.")
    ] = None,
    facets: Annotated[
        bool, Query(description="Count the cases per value of each filter (facets).")
    ] = True,
) -> Response:
    """List the registry's people by id, paged by key (``after`` / ``before`` from the
    document's ``next`` / ``previous``); the filters keep the people with a case matching them
    all; ``facets`` counts the cases per value of each filter beside the others. With ``q``,
    the persons matching it in any spelling, best first, paged by ``offset`` (which the
    registry's list refuses)."""
    return paged.answer(
        request,
        people_page,
        "people",
        search=q,
        filters=filters.case_filters(),
        after=after,
        before=before,
        with_facets=facets and paged.format == "json",
    )


@router.get("/people/{person_id}", response_model=PersonDetail)
def get_person(request: Request, person_id: str, _user: Viewer) -> Response:
    """One person with names, cases and the sources of each."""
    return json_response(person_detail(store_of(request), person_id))


@router.get("/cases", response_model=Page[Case])
def list_cases(
    request: Request,
    _user: Viewer,
    paged: Paged,
    status: Filter = None,
    person_id: Filter = None,
    deal_id: Filter = None,
) -> Response:
    """List cases by id, filtered by status (held, released, …), person or deal."""
    return paged.answer(
        request, cases_page, "cases", status=status, person_id=person_id, deal_id=deal_id
    )


@router.get("/cases/{case_id}", response_model=CaseDetail)
def get_case(request: Request, case_id: str, _user: Viewer) -> Response:
    """One case with its person's name and its sources."""
    return json_response(case_detail(store_of(request), case_id))
