"""Turning doorwatch errors into responses: JSON for the API, pages (or a login) for people.

The status always comes from :func:`doorwatch.errors.http_status`.
"""

from __future__ import annotations

from urllib.parse import quote

from fastapi import FastAPI, Request
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


def install(app: FastAPI) -> None:
    """Register the handler on ``app``."""
    app.add_exception_handler(DoorwatchError, handle)
