"""Session cookies: signed, HttpOnly, SameSite=Lax, Secure when the request came over TLS.

The cookie holds the user id, a stamp of the password (so a new password ends old sessions)
and the CSRF token of the session; it is signed, not encrypted, and holds nothing secret.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from fastapi import Request, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer

COOKIE = "dw_session"
LOGIN_CSRF_COOKIE = "dw_login_csrf"
MAX_AGE = 12 * 3600


@dataclass(frozen=True)
class Session:
    """What a valid session cookie says."""

    user_id: int
    stamp: str
    csrf: str


class SessionCodec:
    """Signs and reads session cookies with the instance's secret."""

    def __init__(self, secret: str) -> None:
        self._serializer = URLSafeTimedSerializer(secret, salt="doorwatch-session")

    def encode(self, user_id: int, stamp: str) -> tuple[str, str]:
        """Return a new cookie value and its CSRF token."""
        csrf = secrets.token_urlsafe(24)
        return self._serializer.dumps({"u": user_id, "s": stamp, "c": csrf}), csrf

    def decode(self, value: str) -> Session | None:
        """Return the session in a cookie value, or None when it is forged, old or malformed."""
        try:
            data: Any = self._serializer.loads(value, max_age=MAX_AGE)
            return Session(user_id=int(data["u"]), stamp=str(data["s"]), csrf=str(data["c"]))
        except (BadSignature, KeyError, TypeError, ValueError):
            return None


def is_secure(request: Request, trust_proxy: bool) -> bool:
    """Return True when the client reached us over TLS (per the proxy's header if trusted)."""
    if request.url.scheme == "https":
        return True
    forwarded = request.headers.get("x-forwarded-proto", "")
    return trust_proxy and forwarded.split(",")[0].strip().lower() == "https"


def client_address(request: Request, trust_proxy: bool) -> str:
    """Return the client's address (the first X-Forwarded-For entry behind a trusted proxy)."""
    if trust_proxy and request.headers.get("x-forwarded-for"):
        return request.headers["x-forwarded-for"].split(",")[0].strip()
    return request.client.host if request.client else "unknown"


def set_cookie(response: Response, name: str, value: str, *, secure: bool, max_age: int) -> None:
    """Set an HttpOnly, SameSite=Lax cookie for the whole site."""
    response.set_cookie(
        name, value, max_age=max_age, httponly=True, samesite="lax", secure=secure, path="/"
    )
