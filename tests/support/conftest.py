"""Fixtures of the support tests: a key file of their own for every test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from doorwatch.store import Store
from doorwatch.store.engine import sqlite_path


@pytest.fixture
def key_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh key file, named by $DOORWATCH_KEY_FILE (no $DOORWATCH_KEY)."""
    from doorwatch.services.support_keys import new_key

    path = tmp_path / "keys" / "keys.json"
    monkeypatch.delenv("DOORWATCH_KEY", raising=False)
    monkeypatch.setenv("DOORWATCH_KEY_FILE", str(path))
    new_key()
    yield path


def database_text(store: Store) -> bytes:
    """Return everything the database holds as bytes: the SQLite file itself, or every row
    of every table of the test's PostgreSQL schema written out."""
    path = sqlite_path(store.url)
    if path is not None:
        store.close()
        data = path.read_bytes()
        for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-journal")):
            if extra.exists():
                data += extra.read_bytes()
        return data
    chunks: list[str] = []
    with store.engine.connect() as connection:
        names = sa.inspect(connection).get_table_names()
        for name in names:
            for row in connection.execute(sa.text(f'SELECT * FROM "{name}"')):
                chunks.append(repr(tuple(row)))
    return "\n".join(chunks).encode("utf-8")
