"""Query parameters shared by the list endpoints."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import Query

from doorwatch.ingest.field_parsers import EARLIEST_DAY, LATEST_DAY
from doorwatch.paging import MAX_LIMIT

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Rows per page (1–{MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]
Format = Annotated[Literal["json", "csv"], Query(description="json (default) or csv.")]
Filter = Annotated[str | None, Query(max_length=200)]
# A day far outside any record (year 9999) would overflow the date arithmetic of the analysis.
DAY_RANGE = {"ge": EARLIEST_DAY, "le": LATEST_DAY}
Day = Annotated[date, Query(**DAY_RANGE, description="A day (YYYY-MM-DD), 1900–2199.")]
