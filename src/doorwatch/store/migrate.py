"""Schema versions: bring a database up to date, or refuse one from a newer doorwatch."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from doorwatch.errors import StoreError
from doorwatch.store.engine import migration_connection

if TYPE_CHECKING:
    from alembic.config import Config

_MIGRATIONS = Path(__file__).parent / "migrations"
_REVISION = re.compile(r'^(down_revision|revision) = (?:"([^"]+)"|None)$', re.MULTILINE)


def _config() -> Config:
    # Deferred: alembic takes 0.15-0.3 s to import and is needed only to migrate; opening a
    # current database (every command) reads the revisions below without it.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


@cache
def known_revisions() -> dict[str, str | None]:
    """Return each schema revision this doorwatch knows with the one it follows (None for the
    first), read from the migration scripts' ``revision``/``down_revision`` lines."""
    chain: dict[str, str | None] = {}
    for script in sorted((_MIGRATIONS / "versions").glob("*.py")):
        found = dict((m.group(1), m.group(2)) for m in _REVISION.finditer(script.read_text()))
        if found.get("revision"):
            chain[str(found["revision"])] = found.get("down_revision")
    return chain


def head_revision() -> str:
    """Return the newest schema revision this version of doorwatch knows."""
    chain = known_revisions()
    heads = set(chain) - {down for down in chain.values() if down}
    if len(heads) != 1:
        raise StoreError(f"the schema migrations do not form one chain: heads {sorted(heads)}")
    return heads.pop()


def current_revision(connection: Connection) -> str | None:
    """Return the schema revision stored in the database, or None for an empty database."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) > 1:
        raise StoreError(f"the database records several schema revisions: {sorted(rows)}")
    return str(rows[0]) if rows else None


def check_known(revision: str | None) -> None:
    """Raise StoreError when ``revision`` is not one this doorwatch can read."""
    if revision is None:
        return
    if revision not in known_revisions():
        raise StoreError(
            f"the database has schema revision {revision}, newer than this doorwatch knows "
            f"(newest known: {head_revision()}); upgrade doorwatch to use it"
        )


def upgrade(engine: Engine) -> None:
    """Migrate the database of ``engine`` to the newest schema (a no-op when it is current)."""
    with migration_connection(engine) as connection:
        check_known(current_revision(connection))
        if current_revision(connection) == head_revision():
            return
        # Deferred: Alembic takes 0.12 s to import (measured); a current database never needs it.
        from alembic import command

        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
