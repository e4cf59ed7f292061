"""Queries about user accounts, API tokens, instance settings and failed logins.

Every change is written with its audit entry in the same transaction.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, case, delete, func, select, update
from sqlalchemy.exc import IntegrityError

from doorwatch.errors import ConflictError, NotFoundError
from doorwatch.store import audit
from doorwatch.store.database import Store
from doorwatch.store.engine import upsert, upsert_computed
from doorwatch.store.schema_accounts import api_tokens, login_limits, sessions, settings, users

Row = dict[str, Any]
PUBLIC_USER_COLUMNS = (users.c.id, users.c.name, users.c.role, users.c.created_at, users.c.disabled)
# A token's last use is written at most this often, so that reads stay reads.
_TOUCH_EVERY = timedelta(minutes=5)
# How many hex digits of a token's digest name it in lists (enough to be unique per user).
TOKEN_ID_LENGTH = 12


def _public(row: Row) -> Row:
    return {k: v for k, v in row.items() if k != "password_hash"}


def create_user(store: Store, name: str, password_hash: str, role: str, *, actor: str) -> Row:
    """Store a new user and return it (without its hash); a taken name is a ConflictError."""
    values = {
        "name": name,
        "password_hash": password_hash,
        "role": role,
        "created_at": datetime.now(),
        "disabled": False,
    }
    try:
        with store.write() as connection:
            if connection.execute(select(users.c.id).where(users.c.name == name)).first():
                raise ConflictError(f"a user named {name!r} exists already")
            result = connection.execute(users.insert().values(**values))
            key = result.inserted_primary_key
            assert key is not None
            user_id = int(key[0])
            created = _public({"id": user_id, **values})
            audit.append(
                connection,
                actor=actor,
                action="user.add",
                record_type="user",
                record_id=name,
                after=created,
            )
    except IntegrityError as error:
        raise ConflictError(f"a user named {name!r} exists already") from error
    return created


def find_user(store: Store, name: str) -> Row | None:
    """Return the user called ``name`` with its password hash, or None."""
    with store.read() as connection:
        row = connection.execute(select(users).where(users.c.name == name)).mappings().first()
    return dict(row) if row else None


def get_user(store: Store, user_id: int) -> Row | None:
    """Return the user with id ``user_id`` with its password hash, or None."""
    with store.read() as connection:
        row = connection.execute(select(users).where(users.c.id == user_id)).mappings().first()
    return dict(row) if row else None


def list_users(store: Store) -> list[Row]:
    """Return every user (without hashes), by name."""
    with store.read() as connection:
        query = select(*PUBLIC_USER_COLUMNS).order_by(users.c.name)
        return [dict(r) for r in connection.execute(query).mappings()]


def count_users(store: Store) -> int:
    """Return the number of users."""
    with store.read() as connection:
        return int(connection.execute(select(func.count()).select_from(users)).scalar_one())


def update_user(store: Store, name: str, *, actor: str, action: str, **values: Any) -> Row:
    """Change ``values`` of user ``name``; return the user as it is now (without its hash).

    The audit entry never holds the hash itself, only whether it changed.
    """
    with store.write() as connection:
        row = connection.execute(select(users).where(users.c.name == name)).mappings().first()
        if row is None:
            raise NotFoundError(f"no user named {name!r}; `doorwatch user list` lists them")
        before = dict(row)
        connection.execute(update(users).where(users.c.name == name).values(**values))
        if "password_hash" in values or values.get("disabled"):
            # A new password or a disabled account ends every way in made before.
            connection.execute(delete(sessions).where(sessions.c.user_id == row["id"]))
            connection.execute(
                update(api_tokens)
                .where(api_tokens.c.user_id == row["id"], api_tokens.c.revoked_at.is_(None))
                .values(revoked_at=datetime.now())
            )
        after = {**before, **values}
        changed = {k: v for k, v in values.items() if k != "password_hash"}
        if "password_hash" in values:
            changed["password"] = "changed"
        audit.append(
            connection,
            actor=actor,
            action=action,
            record_type="user",
            record_id=name,
            before={k: before[k] for k in changed if k in before},
            after=changed,
        )
    return _public(after)


def add_token(
    store: Store,
    user_id: int,
    token_hash: str,
    name: str | None,
    expires: datetime,
    *,
    actor: str,
) -> None:
    """Store the hash of a new API token of user ``user_id``, valid until ``expires``."""
    with store.write() as connection:
        connection.execute(
            api_tokens.insert().values(
                hash=token_hash,
                user_id=user_id,
                name=name,
                created_at=datetime.now(),
                expires_at=expires,
            )
        )
        audit.append(
            connection,
            actor=actor,
            action="token.add",
            record_type="user",
            record_id=str(user_id),
            after={
                "token_name": name,
                "token": token_hash[:TOKEN_ID_LENGTH],
                "expires_at": expires,
            },
        )


def user_for_token(store: Store, token_hash: str) -> Row | None:
    """Return the user owning the live token with ``token_hash`` (with its hash), or None when
    the token is unknown, revoked or expired."""
    now = datetime.now()
    query = (
        select(users, api_tokens.c.last_used_at)
        .join(api_tokens, api_tokens.c.user_id == users.c.id)
        .where(
            api_tokens.c.hash == token_hash,
            api_tokens.c.revoked_at.is_(None),
            (api_tokens.c.expires_at.is_(None)) | (api_tokens.c.expires_at > now),
        )
    )
    with store.read() as connection:
        row = connection.execute(query).mappings().first()
    if row is None:
        return None
    found = dict(row)
    last = found.pop("last_used_at")
    if last is None or now - last > _TOUCH_EVERY:
        with store.write() as connection:
            connection.execute(
                update(api_tokens).where(api_tokens.c.hash == token_hash).values(last_used_at=now)
            )
    return found


def get_settings(store: Store) -> dict[str, str]:
    """Return every stored setting as key → value."""
    with store.read() as connection:
        return {k: v for k, v in connection.execute(select(settings.c.key, settings.c.value))}


def set_setting(store: Store, key: str, value: str, *, actor: str, audited: bool = True) -> None:
    """Store setting ``key``; audited unless it is internal (e.g. the session secret)."""
    with store.write() as connection:
        old = connection.execute(select(settings.c.value).where(settings.c.key == key)).scalar()
        statement = upsert(settings, connection.dialect.name, ["value"])
        connection.execute(statement.values(key=key, value=value))
        if audited:
            audit.append(
                connection,
                actor=actor,
                action="setting.set",
                record_type="setting",
                record_id=key,
                before={key: old},
                after={key: value},
            )


def count_login_tries(store: Store, keys: list[str], now: datetime, window: timedelta) -> list[int]:
    """Count one more login try under each of ``keys`` (an account, an address) and return the
    tries of each within ``window``, this one included.

    The increment and the read are one statement per key, so concurrent tries each see a
    different count: sixteen at once cannot all pass a limit of five.
    """
    cutoff = now - window
    fresh = login_limits.c.since < cutoff
    counts = []
    with store.write() as connection:
        statement = upsert_computed(
            login_limits,
            connection.dialect.name,
            {
                "tries": case((fresh, 1), else_=login_limits.c.tries + 1),
                "since": case((fresh, now), else_=login_limits.c.since),
            },
        )
        for key in keys:
            returned = connection.execute(
                statement.values(key=key[:200], since=now, tries=1).returning(login_limits.c.tries)
            )
            counts.append(int(returned.scalar_one()))
    return counts


def login_key_since(store: Store, key: str) -> datetime | None:
    """Return when the login record ``key`` was last set (None when there is none)."""
    with store.read() as connection:
        since = connection.execute(
            select(login_limits.c.since).where(login_limits.c.key == key[:200])
        ).scalar()
    return since if isinstance(since, datetime) else None


def mark_login_key(store: Store, key: str, now: datetime) -> None:
    """Set the login record ``key`` to ``now`` (a browser that logged in: no tries counted)."""
    with store.write() as connection:
        connection.execute(
            upsert(login_limits, connection.dialect.name, ["since", "tries"]).values(
                key=key[:200], since=now, tries=0
            )
        )


def forget_login_try(store: Store, keys: list[str]) -> None:
    """Take back one counted try under each of ``keys`` (the try succeeded)."""
    with store.write() as connection:
        connection.execute(
            update(login_limits)
            .where(login_limits.c.key.in_([k[:200] for k in keys]), login_limits.c.tries > 0)
            .values(tries=login_limits.c.tries - 1)
        )


def add_session(
    store: Store, session_hash: str, user_id: int, csrf: str, expires: datetime, address: str
) -> None:
    """Store a new session of user ``user_id`` (only the hash of its cookie token)."""
    with store.write() as connection:
        connection.execute(
            sessions.insert().values(
                id=session_hash,
                user_id=user_id,
                csrf=csrf,
                created_at=datetime.now(),
                expires_at=expires,
                address=address[:64],
            )
        )


def session_user(store: Store, session_hash: str, now: datetime) -> Row | None:
    """Return the user of a live session (with its hash and the session's CSRF token), or None
    when the session is unknown, ended or expired."""
    query = (
        select(users, sessions.c.csrf.label("session_csrf"))
        .join(sessions, sessions.c.user_id == users.c.id)
        .where(sessions.c.id == session_hash, sessions.c.expires_at > now)
    )
    with store.read() as connection:
        row = connection.execute(query).mappings().first()
    return dict(row) if row else None


def end_session(store: Store, session_hash: str) -> None:
    """Remove one session (logout)."""
    with store.write() as connection:
        connection.execute(delete(sessions).where(sessions.c.id == session_hash))


def end_sessions(store: Store, name: str, *, actor: str) -> int:
    """End every session of user ``name``; return how many there were."""
    with store.write() as connection:
        user_id = _user_id(connection, name)
        ended = connection.execute(delete(sessions).where(sessions.c.user_id == user_id))
        audit.append(
            connection,
            actor=actor,
            action="user.sessions_end",
            record_type="user",
            record_id=name,
            after={"sessions_ended": ended.rowcount},
        )
    return int(ended.rowcount)


def list_sessions(store: Store, name: str, now: datetime) -> list[Row]:
    """Return the live sessions of user ``name`` (when made, until when, from where)."""
    with store.read() as connection:
        user_id = _user_id(connection, name)
        query = (
            select(sessions.c.created_at, sessions.c.expires_at, sessions.c.address)
            .where(sessions.c.user_id == user_id, sessions.c.expires_at > now)
            .order_by(sessions.c.created_at)
        )
        return [dict(r) for r in connection.execute(query).mappings()]


def list_tokens(store: Store, name: str) -> list[Row]:
    """Return the API tokens of user ``name``: a short id (the start of the stored digest),
    label, when made, last used, expiry and revocation; never the token."""
    with store.read() as connection:
        user_id = _user_id(connection, name)
        query = (
            select(api_tokens)
            .where(api_tokens.c.user_id == user_id)
            .order_by(api_tokens.c.created_at)
        )
        rows = [dict(r) for r in connection.execute(query).mappings()]
    return [
        {
            "id": r["hash"][:TOKEN_ID_LENGTH],
            "label": r["name"],
            "created_at": r["created_at"],
            "last_used_at": r["last_used_at"],
            "expires_at": r["expires_at"],
            "revoked_at": r["revoked_at"],
        }
        for r in rows
    ]


def revoke_tokens(store: Store, name: str, token_id: str | None, *, actor: str) -> int:
    """Revoke the token of user ``name`` whose id is ``token_id`` (every live token when None);
    return how many were revoked. An unknown id is a NotFoundError."""
    now = datetime.now()
    with store.write() as connection:
        user_id = _user_id(connection, name)
        query = update(api_tokens).where(
            api_tokens.c.user_id == user_id, api_tokens.c.revoked_at.is_(None)
        )
        if token_id is not None:
            query = query.where(api_tokens.c.hash.startswith(token_id, autoescape=True))
        revoked = connection.execute(query.values(revoked_at=now)).rowcount
        if token_id is not None and revoked != 1:
            raise NotFoundError(
                f"no live token {token_id!r} of {name!r}; `doorwatch user tokens {name}` lists them"
            )
        audit.append(
            connection,
            actor=actor,
            action="token.revoke",
            record_type="user",
            record_id=name,
            after={"token": token_id or "all", "revoked": revoked},
        )
    return int(revoked)


def _user_id(connection: Connection, name: str) -> int:
    found = connection.execute(select(users.c.id).where(users.c.name == name)).scalar()
    if found is None:
        raise NotFoundError(f"no user named {name!r}; `doorwatch user list` lists them")
    return int(found)
