"""Query parameters shared by the endpoints, and the one way a list endpoint answers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import Depends, Query, Request
from fastapi.responses import Response

from doorwatch.ingest.field_parsers import EARLIEST_DAY, LATEST_DAY
from doorwatch.paging import DEFAULT_LIMIT, MAX_LIMIT
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
