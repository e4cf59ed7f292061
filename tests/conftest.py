"""Shared fixtures: every store test runs on SQLite and on a real PostgreSQL server.

PostgreSQL comes from ``DOORWATCH_TEST_PG_URL`` (scripts/test starts one); each test gets a
schema of its own. With ``DOORWATCH_REQUIRE_PG=1`` (as in CI) a missing server is a failure,
not a skip.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import settings

from doorwatch.store import Store, open_store
from doorwatch.store.dump import dump_rows

# CI explores the same examples on every run, so a red build always means a change broke
# something; a developer's runs keep drawing new examples to find new edge cases.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

PG_URL = os.environ.get("DOORWATCH_TEST_PG_URL")
REQUIRE_PG = os.environ.get("DOORWATCH_REQUIRE_PG") == "1"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def pytest_configure(config: pytest.Config) -> None:
    if REQUIRE_PG and not PG_URL:
        raise pytest.UsageError("DOORWATCH_REQUIRE_PG=1 but DOORWATCH_TEST_PG_URL is not set")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of an empty database of each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "doorwatch.sqlite")
        return
    if not PG_URL:
        pytest.skip("no PostgreSQL server: set DOORWATCH_TEST_PG_URL (scripts/test does)")
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(PG_URL)
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """An initialised, empty store on each backend."""
    handle = open_store(db_url, create=True)
    yield handle
    handle.close()


@pytest.fixture
def sample_store(store: Store) -> Store:
    """A store holding the bundled dataset."""
    from doorwatch.ingest.dataset_folder import bundled_dataset_dir, read_dataset_folder
    from doorwatch.store import write_records

    write_records(store, read_dataset_folder(bundled_dataset_dir()))
    return store


def fingerprint(store: Store) -> str:
    """Return a digest of the whole database: the SQLite file's bytes, or every row."""
    from doorwatch.store.engine import sqlite_path

    path = sqlite_path(store.url)
    if path is not None:
        store.close()
        return hashlib.sha256(path.read_bytes()).hexdigest()
    rows = [json.dumps([t, r], default=str, sort_keys=True) for t, r in dump_rows(store)]
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()


@dataclass
class CliResult:
    """What one CLI run printed and returned."""

    code: int
    out: str
    err: str

    def json(self) -> object:
        return json.loads(self.out)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Run ``doorwatch ARGS`` in-process; returns a CliResult."""
    from doorwatch.cli.main import run

    monkeypatch.setenv("COLUMNS", "200")

    def invoke(*args: str) -> CliResult:
        capsys.readouterr()
        try:
            run(list(args))
            code = 0
        except SystemExit as exit_:
            code = int(exit_.code or 0) if not isinstance(exit_.code, str) else 1
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return invoke
