"""Who is asking, and may they: request authentication, roles and the one CSRF check.

A request is authenticated by an ``Authorization: Bearer`` API token or by the session cookie.
:func:`check_csrf` runs before every route (an app-wide dependency): an unsafe request made
with the session cookie must carry the session's CSRF token, and an unsafe page request without
a session (the login form) the token of its login-form cookie, as form field ``csrf_token`` or
header ``X-CSRF-Token``. Token requests need none, since a browser never adds the header on its
own; anonymous API calls carry no ambient authority and are refused by their role check.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from doorwatch.errors import AuthError, PermissionDeniedError
from doorwatch.services.accounts import ANONYMOUS, User, session_of, user_for_token
from doorwatch.web.context import context_of
from doorwatch.web.sessions import COOKIE, LOGIN_CSRF_COOKIE

bearer = HTTPBearer(auto_error=False, description="An API token from `doorwatch user token NAME`.")
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


def identify(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)] = None,
) -> User:
    """Return the user making the request (ANONYMOUS when there are no credentials).

    A bad bearer token is an AuthError; an unknown, ended or expired session cookie counts as
    no cookie.
    """
    ctx = context_of(request)
    request.state.via = "anonymous"
    request.state.csrf = ""
    request.state.user = ANONYMOUS
    if credentials is not None:
        user = user_for_token(ctx.store, credentials.credentials)
        request.state.via = "token"
        request.state.user = user
        return user
    value = request.cookies.get(COOKIE)
    session = session_of(ctx.store, value) if value and len(value) < 200 else None
    if session is None:
        return ANONYMOUS
    found, request.state.csrf = session
    request.state.via = "cookie"
    request.state.user = found
    return found


async def check_csrf(request: Request, _user: Annotated[User, Depends(identify)]) -> None:
    """Refuse an unsafe browser request that does not carry its session's (or login form's)
    CSRF token; a PermissionDeniedError says to reload the page."""
    if request.method not in UNSAFE or request.state.via == "token":
        return
    if request.state.via == "cookie":
        expected = request.state.csrf
    elif request.url.path.startswith("/api/"):
        return
    else:
        expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    sent = request.headers.get("x-csrf-token")
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        field = form.get("csrf_token")
        sent = field if isinstance(field, str) else None
    if not expected or not sent or not secrets.compare_digest(sent, expected):
        raise PermissionDeniedError("missing or wrong CSRF token; reload the page and try again")


def require(role: str) -> Callable[..., User]:
    """Return a dependency that yields the user when their role is ``role`` or above.

    Anonymous visitors may read (role ``viewer``) when the instance is public read-only.
    """

    def dependency(request: Request, user: Annotated[User, Depends(identify)]) -> User:
        if user.may(role):
            return user
        if user is ANONYMOUS:
            if role == "viewer" and context_of(request).flag("public_read"):
                return user
            raise AuthError("log in first (or send an API token as Authorization: Bearer)")
        raise PermissionDeniedError(f"this needs the role {role} or above; you are {user.role}")

    return dependency


Viewer = Annotated[User, Depends(require("viewer"))]
Analyst = Annotated[User, Depends(require("analyst"))]
Admin = Annotated[User, Depends(require("admin"))]
Anyone = Annotated[User, Depends(identify)]
