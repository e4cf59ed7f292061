"""Logging in and out, and the admin page: users, settings and the audit log."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from doorwatch.errors import AuthError, RateLimitError, http_status
from doorwatch.services import accounts
from doorwatch.services.audit_log import audit_entries
from doorwatch.web.api.params import Offset
from doorwatch.web.auth import Admin, Anyone
from doorwatch.web.context import context_of, store_of
from doorwatch.web.render import page
from doorwatch.web.sessions import (
    COOKIE,
    DEVICE_COOKIE,
    LOGIN_CSRF_COOKIE,
    MAX_AGE,
    client_address,
    is_secure,
    set_cookie,
)

router = APIRouter()
Text = Annotated[str, Form(max_length=1000)]


def _local(target: str) -> str:
    # Only paths on this site: an open redirect would make the login page a phishing aid.
    return target if target.startswith("/") and not target.startswith("//") else "/"


def _login_form(
    request: Request, user: accounts.User, next_: str, error: str = "", status_code: int = 200
) -> Response:
    token = secrets.token_urlsafe(24)
    response = page(
        request,
        "login.html",
        user,
        status_code=status_code,
        login_csrf=token,
        next=_local(next_),
        error=error,
    )
    secure = is_secure(request, context_of(request).flag("trusted_proxy"))
    set_cookie(response, LOGIN_CSRF_COOKIE, token, secure=secure, max_age=3600)
    return response


@router.get("/login", response_class=HTMLResponse)
def login_page(
    request: Request, user: Anyone, next: Annotated[str, Query(max_length=500)] = "/"
) -> Response:
    """The login form."""
    return _login_form(request, user, next)


@router.post("/login")
def login(
    request: Request,
    user: Anyone,
    name: Annotated[str, Form(max_length=64)],
    password: Text,
    csrf_token: Text = "",
    next: Text = "/",
) -> Response:
    """Check the password and start a session; a failure shows the form again."""
    ctx = context_of(request)
    trust = ctx.flag("trusted_proxy")
    device = request.cookies.get(DEVICE_COOKIE)
    address = client_address(request, trust)
    try:
        found = accounts.authenticate(ctx.store, name, password, address, device=device)
    except (AuthError, RateLimitError) as error:
        return _login_form(request, user, next, str(error), status_code=http_status(error))
    value, _csrf = accounts.start_session(ctx.store, found, address)
    response = RedirectResponse(_local(next), status_code=303)
    secure = is_secure(request, trust)
    set_cookie(response, COOKIE, value, secure=secure, max_age=MAX_AGE)
    device = accounts.remember_device(ctx.store, found, device)
    set_cookie(response, DEVICE_COOKIE, device, secure=secure, max_age=accounts.DEVICE_DAYS * 86400)
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/")
    return response


@router.post("/logout")
def logout(request: Request, user: Anyone, csrf_token: Text = "") -> Response:
    """End the session: it is removed from the database, so a saved cookie no longer works."""
    value = request.cookies.get(COOKIE)
    if value:
        accounts.end_session(store_of(request), value)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


@router.get("/admin", response_class=HTMLResponse)
def admin_page(request: Request, user: Admin, offset: Offset = 0) -> HTMLResponse:
    """Users, settings and the audit log."""
    store = store_of(request)
    return page(
        request,
        "admin.html",
        user,
        users=accounts.list_users(store),
        settings=accounts.instance_settings(store),
        audit=audit_entries(store, limit=50, offset=offset),
        roles=accounts.ROLES,
    )


@router.post("/admin/users")
def admin_add_user(
    request: Request,
    user: Admin,
    name: Annotated[str, Form(max_length=64)],
    password: Text,
    role: Annotated[str, Form(max_length=16)],
) -> Response:
    """Create a user from the admin form."""
    accounts.add_user(store_of(request), name, password, role, actor=user.name)
    return RedirectResponse("/admin", status_code=303)


@router.post("/admin/users/{name}/role")
def admin_set_role(
    request: Request, name: str, user: Admin, role: Annotated[str, Form(max_length=16)]
) -> Response:
    """Change a user's role from the admin form."""
    accounts.set_role(store_of(request), name, role, actor=user.name)
    return RedirectResponse("/admin", status_code=303)


@router.post("/admin/settings")
def admin_settings(
    request: Request,
    user: Admin,
    key: Annotated[str, Form(max_length=64)],
    value: Annotated[str, Form(max_length=16)],
) -> Response:
    """Change a setting from the admin form."""
    accounts.change_setting(store_of(request), key, value, actor=user.name)
    return RedirectResponse("/admin", status_code=303)
