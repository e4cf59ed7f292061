"""The schema revisions read without alembic agree with alembic's own reading."""

from __future__ import annotations

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from doorwatch.store import Store, migrate


def test_revision_chain_matches_alembic() -> None:
    script = ScriptDirectory.from_config(migrate._config())
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.known_revisions() == {
        rev.revision: rev.down_revision for rev in script.walk_revisions()
    }


def test_current_revision_matches_alembic(store: Store) -> None:
    with store.engine.connect() as connection:
        assert migrate.current_revision(connection) == (
            MigrationContext.configure(connection).get_current_revision()
        )
        assert migrate.current_revision(connection) == migrate.head_revision()
