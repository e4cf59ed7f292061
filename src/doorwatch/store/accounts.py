"""Queries about user accounts, API tokens, instance settings and failed logins.

Every change is written with its audit entry in the same transaction.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError

from doorwatch.errors import ConflictError, NotFoundError
from doorwatch.store import audit
from doorwatch.store.database import Store
from doorwatch.store.engine import upsert
from doorwatch.store.schema_accounts import api_tokens, login_attempts, settings, users

Row = dict[str, Any]
PUBLIC_USER_COLUMNS = (users.c.id, users.c.name, users.c.role, users.c.created_at, users.c.disabled)
# A token's last use is written at most this often, so that reads stay reads.
_TOUCH_EVERY = timedelta(minutes=5)


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


def add_token(store: Store, user_id: int, token_hash: str, name: str | None, *, actor: str) -> None:
    """Store the hash of a new API token of user ``user_id``."""
    with store.write() as connection:
        connection.execute(
            api_tokens.insert().values(
                hash=token_hash, user_id=user_id, name=name, created_at=datetime.now()
            )
        )
        audit.append(
            connection,
            actor=actor,
            action="token.add",
            record_type="user",
            record_id=str(user_id),
            after={"token_name": name},
        )


def user_for_token(store: Store, token_hash: str) -> Row | None:
    """Return the user owning the token with ``token_hash`` (with its hash), or None."""
    query = (
        select(users, api_tokens.c.last_used_at)
        .join(api_tokens, api_tokens.c.user_id == users.c.id)
        .where(api_tokens.c.hash == token_hash)
    )
    with store.read() as connection:
        row = connection.execute(query).mappings().first()
    if row is None:
        return None
    found = dict(row)
    now = datetime.now()
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


def record_failed_login(store: Store, name: str, address: str, at: datetime) -> None:
    """Remember one failed login of ``name`` from ``address``."""
    with store.write() as connection:
        connection.execute(
            login_attempts.insert().values(name=name[:64], address=address[:64], at=at)
        )


def failed_logins_since(store: Store, name: str, address: str, since: datetime) -> int:
    """Return how many logins of ``name`` from ``address`` failed since ``since``."""
    query = select(func.count()).where(
        login_attempts.c.name == name[:64],
        login_attempts.c.address == address[:64],
        login_attempts.c.at >= since,
    )
    with store.read() as connection:
        return int(connection.execute(query).scalar_one())


def forget_failed_logins(store: Store, name: str, address: str) -> None:
    """Drop the failures of ``name`` from ``address`` (after a successful login)."""
    with store.write() as connection:
        connection.execute(
            delete(login_attempts).where(
                login_attempts.c.name == name[:64], login_attempts.c.address == address[:64]
            )
        )
