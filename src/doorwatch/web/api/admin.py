"""Users, settings and the audit log (admins), and who the caller is (anyone)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from doorwatch.paging import DEFAULT_LIMIT
from doorwatch.services import accounts
from doorwatch.services.audit_log import audit_entries
from doorwatch.web.api.models import Account, Accounts, Answer, Page
from doorwatch.web.api.params import Filter, Limit, Offset
from doorwatch.web.auth import Admin, Anyone
from doorwatch.web.context import store_of
from doorwatch.web.render import json_response

router = APIRouter(tags=["accounts"])
Role = Literal["viewer", "caseworker", "coordinator", "analyst", "admin"]


class NewUser(BaseModel):
    """A user to create."""

    name: str = Field(min_length=1, max_length=64, pattern=r"^\S+$")
    password: str = Field(min_length=accounts.MIN_PASSWORD, max_length=1000)
    role: Role


class RoleChange(BaseModel):
    """The new role of a user."""

    role: Role


class SettingChange(BaseModel):
    """The new value of a setting."""

    value: Literal["true", "false"]


@router.get("/me", response_model=Account)
def me(user: Anyone) -> Response:
    """Who the caller is: name and role (``anonymous`` without credentials)."""
    return json_response({"name": user.name, "role": user.role})


@router.get("/users", response_model=Accounts)
def list_users(request: Request, _user: Admin) -> Response:
    """Every user with role and state (never password hashes)."""
    return json_response({"items": accounts.list_users(store_of(request))})


@router.post("/users", response_model=Account, status_code=201)
def add_user(request: Request, body: NewUser, user: Admin) -> Response:
    """Create a user."""
    created = accounts.add_user(
        store_of(request), body.name, body.password, body.role, actor=user.name
    )
    return json_response(created, status_code=201)


@router.post("/users/{name}/role", response_model=Account)
def change_role(request: Request, name: str, body: RoleChange, user: Admin) -> Response:
    """Give a user another role."""
    return json_response(accounts.set_role(store_of(request), name, body.role, actor=user.name))


@router.post("/users/{name}/disable", response_model=Answer)
def disable_user(request: Request, name: str, user: Admin) -> Response:
    """Disable an account: its sessions end and its API tokens are revoked."""
    return json_response(accounts.set_disabled(store_of(request), name, True, actor=user.name))


@router.post("/users/{name}/enable", response_model=Answer)
def enable_user(request: Request, name: str, user: Admin) -> Response:
    """Enable a disabled account again (it needs a new login and new tokens)."""
    return json_response(accounts.set_disabled(store_of(request), name, False, actor=user.name))


@router.get("/users/{name}/sessions", response_model=Answer)
def user_sessions(request: Request, name: str, _user: Admin) -> Response:
    """The live sessions of an account: when made, until when, from which address."""
    return json_response({"items": accounts.list_sessions(store_of(request), name)})


@router.post("/users/{name}/sessions/end", response_model=Answer)
def end_user_sessions(request: Request, name: str, user: Admin) -> Response:
    """End every session of an account at once (a lost laptop, a departure)."""
    ended = accounts.end_sessions(store_of(request), name, actor=user.name)
    return json_response({"ended": ended})


@router.get("/users/{name}/tokens", response_model=Answer)
def user_tokens(request: Request, name: str, _user: Admin) -> Response:
    """The API tokens of an account: id, label, dates and state (never the token)."""
    return json_response({"items": accounts.list_tokens(store_of(request), name)})


@router.post("/users/{name}/tokens/{token_id}/revoke", response_model=Answer)
def revoke_user_token(
    request: Request,
    name: str,
    token_id: Annotated[str, Path(min_length=6, max_length=64, pattern=r"^[0-9a-f]+$")],
    user: Admin,
) -> Response:
    """Revoke one API token of an account by the id its token list shows."""
    revoked = accounts.revoke_tokens(store_of(request), name, token_id, actor=user.name)
    return json_response({"revoked": revoked})


@router.get("/settings", response_model=Answer)
def get_settings(request: Request, _user: Admin) -> Response:
    """The instance settings."""
    return json_response(accounts.instance_settings(store_of(request)))


@router.put("/settings/{key}", response_model=Answer)
def put_setting(
    request: Request,
    key: Literal["public_read", "trusted_proxy"],
    body: SettingChange,
    user: Admin,
) -> Response:
    """Change one setting: ``public_read`` (anonymous read-only access), ``trusted_proxy``."""
    result = accounts.change_setting(store_of(request), key, body.value, actor=user.name)
    return json_response(result)


@router.get("/audit", response_model=Page[Answer])
def audit(
    request: Request,
    _user: Admin,
    actor: Filter = None,
    action: Annotated[str | None, Query(max_length=32)] = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> Response:
    """The audit log, newest first: who changed what, when, before and after."""
    page = audit_entries(store_of(request), limit=limit, offset=offset, actor=actor, action=action)
    return json_response(page)
