"""Turning doorwatch errors into responses: JSON for the API, pages (or a login) for people.

The status always comes from :func:`doorwatch.errors.http_status`.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response

from doorwatch.errors import AuthError, DoorwatchError, http_status
from doorwatch.services.accounts import ANONYMOUS
from doorwatch.web.render import page


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


async def handle(request: Request, error: Exception) -> Response:
    """Return the response for a DoorwatchError raised while serving ``request``."""
    assert isinstance(error, DoorwatchError)
    status = http_status(error)
    if _is_api(request):
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        return JSONResponse({"detail": str(error)}, status_code=status, headers=headers)
    if isinstance(error, AuthError):
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)
    user = getattr(request.state, "user", ANONYMOUS)
    return page(request, "error.html", user, status_code=status, message=str(error), status=status)


def _ascii_json(value: Any, status: int) -> Response:
    # ASCII escapes keep a lone surrogate or any other odd input encodable in the answer.
    body = json.dumps(value, ensure_ascii=True, allow_nan=False, default=str)
    return Response(body, status_code=status, media_type="application/json")


async def handle_validation(request: Request, error: Exception) -> Response:
    """Return a 422 naming where the request was malformed, without echoing what was sent
    (an echo of NaN, 1e999 or a lone surrogate could not be encoded)."""
    assert isinstance(error, RequestValidationError)
    details = [
        {
            "loc": [str(part) for part in e.get("loc", ())],
            "msg": str(e.get("msg", "")),
            "type": e.get("type"),
        }
        for e in error.errors()
    ]
    return _ascii_json({"detail": details}, 422)


async def handle_recursion(request: Request, error: Exception) -> Response:
    """Return a 422 for a body nested too deeply to parse (it exhausted the parser's stack)."""
    return _ascii_json({"detail": "the request body is nested too deeply"}, 422)


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``."""
    app.add_exception_handler(DoorwatchError, handle)
    app.add_exception_handler(RequestValidationError, handle_validation)
    app.add_exception_handler(RecursionError, handle_recursion)
