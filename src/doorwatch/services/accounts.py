"""Accounts: users and roles, password and token checks, instance settings.

Roles rank viewer < analyst < admin; a role may do everything a lower one may. The support
roles ``caseworker`` and ``coordinator`` read the evidence as viewers do; what they may do with
support cases is decided in :mod:`doorwatch.services.support_access`. Passwords are hashed with
argon2; API tokens are stored only as SHA-256 digests.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from doorwatch.errors import AuthError, InputError, RateLimitError
from doorwatch.services.refreshing_cache import RefreshingCache
from doorwatch.store import Store
from doorwatch.store import accounts as db

ROLES = ("viewer", "caseworker", "coordinator", "analyst", "admin")
RANK = {"anonymous": 0, "viewer": 1, "caseworker": 1, "coordinator": 1, "analyst": 2, "admin": 3}
MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(minutes=15)
MIN_PASSWORD = 8
# Settings an admin may change, with their accepted values.
SETTINGS: dict[str, tuple[str, ...]] = {
    "public_read": ("true", "false"),  # anonymous visitors may read (never write)
    "trusted_proxy": ("true", "false"),  # believe X-Forwarded-Proto / X-Forwarded-For
}
_SECRET_KEY = "session_secret"
# Settings are read on every request; keeping them a few seconds spares the database without
# letting a change made by another process go unnoticed for long.
SETTINGS_TTL = 5.0
_kept_settings: RefreshingCache[dict[str, str]] = RefreshingCache(ttl=SETTINGS_TTL)


class TooManyAttemptsError(RateLimitError):
    """Too many failed logins for one name from one address; the message says how long to wait."""


@dataclass(frozen=True)
class User:
    """Who is making a request: a stored user, or the anonymous visitor (id None)."""

    id: int | None
    name: str
    role: str
    password_stamp: str = ""

    def may(self, role: str) -> bool:
        """Return True when this user's role is ``role`` or above."""
        return RANK[self.role] >= RANK[role]


ANONYMOUS = User(id=None, name="anonymous", role="anonymous")


def _hasher() -> Any:
    from argon2 import PasswordHasher

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
    # The stamp changes whenever the password does, which ends the sessions made before.
    stamp = hashlib.sha256(str(row["password_hash"]).encode()).hexdigest()[:16]
    return User(
        id=int(row["id"]), name=str(row["name"]), role=str(row["role"]), password_stamp=stamp
    )


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


def new_token(store: Store, name: str, *, label: str | None = None, actor: str) -> str:
    """Create an API token for user ``name`` and return it; only its digest is stored."""
    row = db.find_user(store, name)
    if row is None:
        raise InputError(f"no user named {name!r}", field="name")
    token = "dw_" + secrets.token_urlsafe(32)
    db.add_token(store, int(row["id"]), _digest(token), label, actor=actor)
    return token


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def user_for_token(store: Store, token: str) -> User:
    """Return the user of an API token; an unknown token or disabled user is an AuthError."""
    row = db.user_for_token(store, _digest(token))
    if row is None or row["disabled"]:
        raise AuthError("the API token is not valid")
    return _user(row)


def user_for_session(store: Store, user_id: int, stamp: str) -> User | None:
    """Return the user of a session, or None when the account or its password has changed."""
    row = db.get_user(store, user_id)
    if row is None or row["disabled"]:
        return None
    user = _user(row)
    return user if secrets.compare_digest(user.password_stamp, stamp) else None


def authenticate(
    store: Store, name: str, password: str, address: str, *, now: datetime | None = None
) -> User:
    """Return the user when ``password`` is right; count failures per name and address.

    After MAX_FAILURES failures within FAILURE_WINDOW the login is refused without checking.
    """
    now = now or datetime.now()
    failures = db.failed_logins_since(store, name, address, now - FAILURE_WINDOW)
    if failures >= MAX_FAILURES:
        minutes = int(FAILURE_WINDOW.total_seconds() // 60)
        raise TooManyAttemptsError(
            f"too many failed logins for {name!r}; try again in {minutes} minutes"
        )
    row = db.find_user(store, name)
    if row is not None and not row["disabled"] and _verify(str(row["password_hash"]), password):
        db.forget_failed_logins(store, name, address)
        return _user(row)
    db.record_failed_login(store, name, address, now)
    raise AuthError("wrong user name or password")


def _verify(hashed: str, password: str) -> bool:
    from argon2.exceptions import VerificationError, VerifyMismatchError

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


def session_secret(store: Store) -> str:
    """Return the secret that signs session cookies, creating it on first use."""
    stored = db.get_settings(store).get(_SECRET_KEY)
    if stored:
        return stored
    db.set_setting(store, _SECRET_KEY, secrets.token_urlsafe(48), actor="system", audited=False)
    return db.get_settings(store)[_SECRET_KEY]
