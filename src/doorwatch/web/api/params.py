"""Query parameters shared by the list endpoints."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import Query

from doorwatch.ingest.values import EARLIEST_DAY, LATEST_DAY

Limit = Annotated[int, Query(ge=1, le=500, description="Rows per page (1–500).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]
Format = Annotated[Literal["json", "csv"], Query(description="json (default) or csv.")]
Filter = Annotated[str | None, Query(max_length=200)]
# A day far outside any record (year 9999) would overflow the date arithmetic of the analysis.
DAY_RANGE = {"ge": EARLIEST_DAY, "le": LATEST_DAY}
Day = Annotated[date, Query(**DAY_RANGE, description="A day (YYYY-MM-DD), 1900–2199.")]
