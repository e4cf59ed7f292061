"""Accounts: users and roles, logins and their limits, sessions, API tokens, settings.

Roles rank viewer < analyst < admin; a role may do everything a lower one may. The support
roles ``caseworker`` and ``coordinator`` read the evidence as viewers do; what they may do with
support cases is decided in :mod:`doorwatch.services.support_access`. Passwords are hashed with
argon2. Sessions live in the database (the cookie holds a random token of which
only the SHA-256 is stored), so logging out, a new password, a disabled account or an admin
ends them at once. API tokens expire (TOKEN_DAYS by default), can be listed and revoked, and
are stored only as SHA-256 digests.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError, VerifyMismatchError

from doorwatch.errors import AuthError, InputError, RateLimitError
from doorwatch.services.refreshing_cache import RefreshingCache
from doorwatch.store import Store
from doorwatch.store import accounts as db

ROLES = ("viewer", "caseworker", "coordinator", "analyst", "admin")
RANK = {"anonymous": 0, "viewer": 1, "caseworker": 1, "coordinator": 1, "analyst": 2, "admin": 3}
# Login tries allowed within LOGIN_WINDOW per account (whatever the address) and per address
# (whatever the account): the second stops one password tried across many accounts.
MAX_TRIES_ACCOUNT = 5
MAX_TRIES_ADDRESS = 20
LOGIN_WINDOW = timedelta(minutes=15)
# A browser that logged in to an account gets a device cookie; its tries at that account are
# counted on their own, so strangers' failed tries (which lock the account for every other
# browser) never lock its owner out on a browser the owner has used within this time.
DEVICE_DAYS = 180
SESSION_LENGTH = timedelta(hours=12)
TOKEN_DAYS = 90
MIN_PASSWORD = 8
# Settings an admin may change, with their accepted values.
SETTINGS: dict[str, tuple[str, ...]] = {
    "public_read": ("true", "false"),  # anonymous visitors may read (never write)
    "trusted_proxy": ("true", "false"),  # believe X-Forwarded-Proto / X-Forwarded-For
}
# Settings are read on every request; keeping them a few seconds spares the database without
# letting a change made by another process go unnoticed for long.
SETTINGS_TTL = 5.0
_kept_settings: RefreshingCache[dict[str, str]] = RefreshingCache(ttl=SETTINGS_TTL)


class TooManyAttemptsError(RateLimitError):
    """Too many login tries for one account or from one address; the message says how long
    to wait."""


@dataclass(frozen=True)
class User:
    """Who is making a request: a stored user, or the anonymous visitor (id None)."""

    id: int | None
    name: str
    role: str

    def may(self, role: str) -> bool:
        """Return True when this user's role is ``role`` or above."""
        return RANK[self.role] >= RANK[role]


ANONYMOUS = User(id=None, name="anonymous", role="anonymous")


def _hasher() -> Any:
    return PasswordHasher()


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise InputError(f"unknown role {role!r}", field="role", expected=", ".join(ROLES))
    return role


def _check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise InputError(f"a password needs at least {MIN_PASSWORD} characters", field="password")
    return password


def _check_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 64 or any(c.isspace() for c in name):
        raise InputError("a user name is 1–64 characters without spaces", field="name")
    return name


def _user(row: dict[str, Any]) -> User:
    return User(id=int(row["id"]), name=str(row["name"]), role=str(row["role"]))


def add_user(store: Store, name: str, password: str, role: str, *, actor: str) -> dict[str, Any]:
    """Create a user with ``role``; return it (without its password hash)."""
    hashed = _hasher().hash(_check_password(password))
    return db.create_user(store, _check_name(name), hashed, _check_role(role), actor=actor)


def set_password(store: Store, name: str, password: str, *, actor: str) -> dict[str, Any]:
    """Replace the password of ``name``; return the user."""
    hashed = _hasher().hash(_check_password(password))
    return db.update_user(store, name, actor=actor, action="user.passwd", password_hash=hashed)


def set_role(store: Store, name: str, role: str, *, actor: str) -> dict[str, Any]:
    """Give ``name`` the role ``role``; return the user."""
    return db.update_user(store, name, actor=actor, action="user.role", role=_check_role(role))


def set_disabled(store: Store, name: str, disabled: bool, *, actor: str) -> dict[str, Any]:
    """Disable (or enable again) the account ``name``; return the user."""
    action = "user.disable" if disabled else "user.enable"
    return db.update_user(store, name, actor=actor, action=action, disabled=disabled)


def list_users(store: Store) -> list[dict[str, Any]]:
    """Return every user without password hashes."""
    return db.list_users(store)


def new_token(
    store: Store, name: str, *, label: str | None = None, days: int = TOKEN_DAYS, actor: str
) -> str:
    """Create an API token for user ``name``, valid for ``days`` days, and return it; only its
    digest is stored."""
    row = db.find_user(store, name)
    if row is None:
        raise InputError(f"no user named {name!r}", field="name")
    if not 1 <= days <= 3660:
        raise InputError(f"{days} days", field="days", expected="1 to 3660 days")
    token = "dw_" + secrets.token_urlsafe(32)
    expires = datetime.now() + timedelta(days=days)
    db.add_token(store, int(row["id"]), _digest(token), label, expires, actor=actor)
    return token


def list_tokens(store: Store, name: str) -> list[dict[str, Any]]:
    """Return the API tokens of ``name`` (id, label, dates, state); never a token itself."""
    now = datetime.now()
    rows = db.list_tokens(store, name)
    for row in rows:
        expired = row["expires_at"] is not None and row["expires_at"] <= now
        row["state"] = "revoked" if row["revoked_at"] else "expired" if expired else "live"
    return rows


def revoke_tokens(store: Store, name: str, token_id: str | None, *, actor: str) -> int:
    """Revoke one token of ``name`` by its id (every live token when None); return the count."""
    return db.revoke_tokens(store, name, token_id, actor=actor)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def user_for_token(store: Store, token: str) -> User:
    """Return the user of an API token; an unknown token or disabled user is an AuthError."""
    row = db.user_for_token(store, _digest(token))
    if row is None or row["disabled"]:
        raise AuthError("the API token is not valid")
    return _user(row)


def start_session(store: Store, user: User, address: str) -> tuple[str, str]:
    """Start a session of ``user``; return the cookie token and the session's CSRF token."""
    assert user.id is not None
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(24)
    expires = datetime.now() + SESSION_LENGTH
    db.add_session(store, _digest(token), user.id, csrf, expires, address)
    return token, csrf


def session_of(store: Store, token: str) -> tuple[User, str] | None:
    """Return the user of a live session and its CSRF token, or None when the session is
    unknown, ended, expired or its account disabled."""
    row = db.session_user(store, _digest(token), datetime.now())
    if row is None or row["disabled"]:
        return None
    return _user(row), str(row["session_csrf"])


def end_session(store: Store, token: str) -> None:
    """End the session of cookie token ``token`` (logging out)."""
    db.end_session(store, _digest(token))


def end_sessions(store: Store, name: str, *, actor: str) -> int:
    """End every session of ``name`` (an admin's doing); return how many ended."""
    return db.end_sessions(store, name, actor=actor)


def list_sessions(store: Store, name: str) -> list[dict[str, Any]]:
    """Return the live sessions of ``name``: when made, until when, from which address."""
    return db.list_sessions(store, name, datetime.now())


@cache
def _unknown_user_hash() -> str:
    # Checking a password against this when the name is unknown makes a failure take as long
    # as for a real account, so the answer's time does not tell which names exist.
    return str(_hasher().hash(secrets.token_urlsafe(16)))


def authenticate(
    store: Store,
    name: str,
    password: str,
    address: str,
    *,
    device: str | None = None,
    now: datetime | None = None,
) -> User:
    """Return the user when ``password`` is right.

    Every try is counted per account and per address before the password is checked (so
    concurrent tries cannot slip past the count); past MAX_TRIES_ACCOUNT or
    MAX_TRIES_ADDRESS within LOGIN_WINDOW the login is refused without checking. A success
    takes its own try back. A try that shows a ``device`` token this account was given (see
    :func:`remember_device`) is counted under that browser instead of the account.
    """
    now = now or datetime.now()
    account = name.strip().casefold()
    known = _known_device(store, account, device, now)
    keys = [f"device:{_digest(device)}" if known and device else f"name:{account}"]
    keys.append(f"addr:{address}")
    by_name, by_address = db.count_login_tries(store, keys, now, LOGIN_WINDOW)
    if by_name > MAX_TRIES_ACCOUNT or by_address > MAX_TRIES_ADDRESS:
        minutes = int(LOGIN_WINDOW.total_seconds() // 60)
        which = f"for {name!r}" if by_name > MAX_TRIES_ACCOUNT else "from your address"
        raise TooManyAttemptsError(f"too many login tries {which}; try again in {minutes} minutes")
    row = db.find_user(store, name)
    hashed = str(row["password_hash"]) if row is not None else _unknown_user_hash()
    if _verify(hashed, password) and row is not None and not row["disabled"]:
        db.forget_login_try(store, keys)
        return _user(row)
    raise AuthError("wrong user name or password")


def _known_device(store: Store, account: str, device: str | None, now: datetime) -> bool:
    if not device or len(device) > 100:
        return False
    since = db.login_key_since(store, f"known:{account}:{_digest(device)}")
    return since is not None and since > now - timedelta(days=DEVICE_DAYS)


def remember_device(
    store: Store, user: User, device: str | None = None, *, now: datetime | None = None
) -> str:
    """Return the device token of a browser that has just logged in as ``user`` (its own
    ``device`` when the account already knows it, else a new one); only its digest is kept."""
    now = now or datetime.now()
    account = user.name.strip().casefold()
    token = device if _known_device(store, account, device, now) else None
    token = token or secrets.token_urlsafe(24)
    db.mark_login_key(store, f"known:{account}:{_digest(token)}", now)
    return token


def _verify(hashed: str, password: str) -> bool:
    try:
        return bool(_hasher().verify(hashed, password))
    except (VerifyMismatchError, VerificationError):
        return False
    except Exception:  # an unreadable stored hash is a failed login, not a crash
        return False


def instance_settings(store: Store) -> dict[str, str]:
    """Return the admin-visible settings with their defaults filled in."""
    stored = db.get_settings(store)
    return {key: stored.get(key, "false") for key in SETTINGS}


def current_settings(store: Store) -> dict[str, str]:
    """Return the settings as kept for every request (re-read once ``SETTINGS_TTL`` seconds
    old; a change made through :func:`change_setting` in this process shows at once)."""
    return _kept_settings.get(store.url, lambda: instance_settings(store))


def change_setting(store: Store, key: str, value: str, *, actor: str) -> dict[str, str]:
    """Set an admin-visible setting; return every setting."""
    if key not in SETTINGS:
        raise InputError(f"unknown setting {key!r}", field="key", expected=", ".join(SETTINGS))
    if value not in SETTINGS[key]:
        raise InputError(f"bad value {value!r}", field=key, expected=", ".join(SETTINGS[key]))
    db.set_setting(store, key, value, actor=actor)
    _kept_settings.forget(store.url)
    return instance_settings(store)
