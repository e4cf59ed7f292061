"""Rendering: Jinja templates for pages, CSV and JSON for the API."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from doorwatch.ingest.csv_table import neutral_cell
from doorwatch.ingest.field_parsers import link_target
from doorwatch.json_encoding import dumps, for_script
from doorwatch.services.accounts import User
from doorwatch.services.words import word

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


TEMPLATES.env.filters["tojson_safe"] = for_script
TEMPLATES.env.filters["link_target"] = link_target
# {{ case.status | word("status") }}: the reader's word for a stored identifier.
TEMPLATES.env.filters["word"] = lambda value, kind: word(kind, value)


def page(
    request: Request, name: str, user: User, status_code: int = 200, **context: Any
) -> HTMLResponse:
    """Return the template ``name`` rendered for ``user`` (with the session's CSRF token)."""
    csrf = getattr(request.state, "csrf", "")
    return TEMPLATES.TemplateResponse(
        request, name, {"user": user, "csrf": csrf, **context}, status_code=status_code
    )


def json_response(value: Any, status_code: int = 200) -> Response:
    """Return ``value`` as a JSON response (the one encoding of :mod:`doorwatch.json_encoding`)."""
    # Encoded once: encoding to plain values, then handing them to JSONResponse, would encode twice,
    # a third of the time of a 50-row list page.
    body = dumps(value).encode("utf-8")
    return Response(body, status_code=status_code, media_type="application/json")


def csv_response(rows: list[dict[str, Any]], filename: str) -> Response:
    """Return ``rows`` as a CSV download: one column per scalar field of the first row."""
    columns = [k for k, v in (rows[0].items() if rows else []) if not isinstance(v, list | dict)]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: neutral_cell(_cell(row.get(k))) for k in columns})
    return Response(
        buffer.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}.csv"'},
    )


def _cell(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def listing(page_data: dict[str, Any], fmt: str, name: str) -> Response:
    """Return a page of items as JSON (items, total, limit, offset) or as CSV of the items."""
    if fmt == "csv":
        return csv_response(page_data["items"], name)
    return json_response(page_data)
