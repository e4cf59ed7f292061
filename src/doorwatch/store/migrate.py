"""Schema versions: bring a database up to date, or refuse one from a newer doorwatch."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from doorwatch.errors import StoreError

_MIGRATIONS = Path(__file__).parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def head_revision() -> str:
    """Return the newest schema revision this version of doorwatch knows."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    """Return the schema revision stored in the database, or None for an empty database."""
    return MigrationContext.configure(connection).get_current_revision()


def check_known(revision: str | None) -> None:
    """Raise StoreError when ``revision`` is not one this doorwatch can read."""
    if revision is None:
        return
    script = ScriptDirectory.from_config(_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if revision not in known:
        raise StoreError(
            f"the database has schema revision {revision}, newer than this doorwatch knows "
            f"(newest known: {head_revision()}); upgrade doorwatch to use it"
        )


def upgrade(engine: Engine) -> None:
    """Migrate the database of ``engine`` to the newest schema (a no-op when it is current)."""
    with engine.begin() as connection:
        check_known(current_revision(connection))
        if current_revision(connection) == head_revision():
            return
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
