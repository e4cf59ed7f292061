"""The interactive API documentation: Swagger UI served from this package, not from a CDN."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from doorwatch.web.render import TEMPLATES

router = APIRouter()


@router.get("/api/v1/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """Swagger UI on the API schema (works offline; no inline script, so the CSP holds)."""
    return TEMPLATES.TemplateResponse(request, "api_docs.html", {"schema": "/api/v1/openapi.json"})
