"""Query parameters shared by the list endpoints."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Query

from doorwatch.paging import MAX_LIMIT

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Rows per page (1–{MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]
Format = Annotated[Literal["json", "csv"], Query(description="json (default) or csv.")]
Filter = Annotated[str | None, Query(max_length=200)]
