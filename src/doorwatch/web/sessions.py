"""Session cookies and what the request says about its client.

The session cookie holds a random token; the session itself (its user, CSRF token and expiry)
is in the database, so it ends the moment it is removed there. The cookie is HttpOnly,
SameSite=Lax and Secure when the request came over TLS.
"""

from __future__ import annotations

from fastapi import Request, Response

COOKIE = "dw_session"
LOGIN_CSRF_COOKIE = "dw_login_csrf"
# Says this browser has logged in to an account before (services/accounts.remember_device).
DEVICE_COOKIE = "dw_device"
MAX_AGE = 12 * 3600


def is_secure(request: Request, trust_proxy: bool) -> bool:
    """Return True when the client reached us over TLS (per the proxy's header if trusted)."""
    if request.url.scheme == "https":
        return True
    forwarded = request.headers.get("x-forwarded-proto", "")
    return trust_proxy and forwarded.split(",")[-1].strip().lower() == "https"


def client_address(request: Request, trust_proxy: bool) -> str:
    """Return the client's address: the peer of the connection, or behind a trusted proxy the
    last X-Forwarded-For entry (the one the proxy added; earlier ones are the client's word)."""
    forwarded = request.headers.get("x-forwarded-for", "")
    if trust_proxy and forwarded.strip():
        return forwarded.split(",")[-1].strip()[:64]
    return request.client.host if request.client else "unknown"


def set_cookie(response: Response, name: str, value: str, *, secure: bool, max_age: int) -> None:
    """Set an HttpOnly, SameSite=Lax cookie for the whole site."""
    response.set_cookie(
        name, value, max_age=max_age, httponly=True, samesite="lax", secure=secure, path="/"
    )
