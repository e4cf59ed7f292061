"""Query parameters shared by the endpoints, and the one way a list endpoint answers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import Depends, Query, Request
from fastapi.responses import Response

from doorwatch.ingest.field_parsers import EARLIEST_DAY, LATEST_DAY
from doorwatch.paging import DEFAULT_LIMIT, MAX_LIMIT
from doorwatch.services.listings import CaseFilters, case_filters
from doorwatch.store import Store
from doorwatch.web.context import store_of
from doorwatch.web.render import listing

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Rows per page (1–{MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]
Format = Annotated[Literal["json", "csv"], Query(description="json (default) or csv.")]
Filter = Annotated[str | None, Query(max_length=200)]
# A day far outside any record (year 9999) would overflow the date arithmetic of the analysis.
DAY_RANGE = {"ge": EARLIEST_DAY, "le": LATEST_DAY}
Day = Annotated[date, Query(**DAY_RANGE, description="A day (YYYY-MM-DD), 1900–2199.")]


@dataclass
class PageQuery:
    """The page a list endpoint is asked for (``limit`` rows from ``offset``) and its format."""

    limit: Limit = DEFAULT_LIMIT
    offset: Offset = 0
    format: Format = "json"

    def answer(
        self,
        request: Request,
        listing_of: Callable[..., dict[str, Any]],
        name: str,
        **filters: Any,
    ) -> Response:
        """Return the page of ``listing_of`` (a :mod:`doorwatch.services.listings` function)
        with ``filters``, as JSON or as a CSV download called ``name``."""
        store: Store = store_of(request)
        found = listing_of(store, limit=self.limit, offset=self.offset, **filters)
        return listing(found, self.format, name)


Paged = Annotated[PageQuery, Depends()]


@dataclass
class PeopleFilters:
    """The filters of the people list, as query parameters (see services.listings)."""

    status: Annotated[
        str | None, Query(max_length=24, description="held, released, served, died or unknown.")
    ] = None
    detained_year: Annotated[
        int | None, Query(ge=1900, le=2199, description="Detained in this year.")
    ] = None
    released_year: Annotated[
        int | None, Query(ge=1900, le=2199, description="Released in this year.")
    ] = None
    article: Annotated[
        str | None, Query(max_length=32, description="Charged under this article (342).")
    ] = None
    release_mode: Annotated[
        str | None, Query(max_length=24, description="pardon, deal, end_of_sentence, …")
    ] = None
    expelled: Annotated[
        Literal["yes", "no", "unknown"] | None, Query(description="Expelled on release.")
    ] = None
    recognised_by: Annotated[
        str | None, Query(max_length=200, description="Recognised by (Viasna).")
    ] = None

    def case_filters(self) -> CaseFilters:
        """Return these parameters as the service's checked filters."""
        return case_filters(**asdict(self))
