"""Faults: a process killed at a random point of an import, a review or a backup leaves a
consistent store; a full disk is a clear error that corrupts nothing; a PostgreSQL server
that goes away mid-request gives 503 and the app recovers when it is back."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from doorwatch.errors import StoreError
from doorwatch.store import Store, open_store
from doorwatch.store.audit import verify_chain
from doorwatch.store.schema_accounts import login_limits
from tests.conftest import PG_URL, fingerprint

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2025, 1, 1)
ROWS = 600


def _registry(path: Path, rows: int = ROWS) -> Path:
    lines = ["name,status,detained_on"]
    lines += [
        f"Fault Person{i:05d},held,2022-{1 + i % 12:02d}-{1 + i % 28:02d}" for i in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run_and_kill(code: str, delay: float) -> int:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], env=env)
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    return child.wait()


def _consistent(db_url: str) -> None:
    store = open_store(db_url)
    try:
        if store.engine.dialect.name == "sqlite":
            with store.read() as connection:
                assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert verify_chain(store).intact
    finally:
        store.close()


@pytest.mark.slow
def test_kill_during_import_is_all_or_nothing(db_url: str, tmp_path: Path) -> None:
    from doorwatch.services.setup import initialise
    from doorwatch.store.listing import count_persons

    initialise(db_url)
    registry = _registry(tmp_path / "big.csv")
    rng = random.Random(14)
    for _ in range(3):
        _run_and_kill(
            f"""
            from pathlib import Path
            from doorwatch.services.import_export import import_path
            from doorwatch.store import open_store
            import_path(open_store({db_url!r}), Path({str(registry)!r}), actor="fault")
            """,
            rng.uniform(0.3, 3.0),
        )
        _consistent(db_url)
        store = open_store(db_url)
        assert count_persons(store) in (0, ROWS)
        store.close()


@pytest.mark.slow
def test_kill_during_reviews_keeps_claims_and_log_in_step(db_url: str) -> None:
    from doorwatch.services.setup import initialise
    from doorwatch.store.audit import list_entries
    from doorwatch.store.evidence import list_claims

    initialise(db_url, sample=True)
    rng = random.Random(41)
    for _ in range(3):
        _run_and_kill(
            f"""
            from doorwatch.services.review import review
            from doorwatch.store import open_store
            from doorwatch.store.evidence import list_claims
            store = open_store({db_url!r})
            for claim in list_claims(store):
                for action in ("reject", "accept"):
                    review(store, claim["id"], action, actor="fault")
            """,
            rng.uniform(0.5, 3.0),
        )
        _consistent(db_url)
    store = open_store(db_url)
    reviewed = [c for c in list_claims(store) if c["reviewed_by"] == "fault"]
    entries, _total = list_entries(store, actor="fault", limit=100_000)
    last = {}
    for entry in sorted(entries, key=lambda e: e["id"]):
        last[entry["record_id"]] = entry["after"]["status"]
    # every stored decision has its entry, and the latest entry says what is stored
    assert {c["id"]: c["status"] for c in reviewed} == last
    store.close()


@pytest.mark.slow
def test_kill_during_backup_never_leaves_a_partial_backup(db_url: str, tmp_path: Path) -> None:
    from doorwatch.services.backup import restore
    from doorwatch.services.setup import initialise

    initialise(db_url, sample=True)
    out = tmp_path / "backup.dw"
    rng = random.Random(7)
    restored = 0
    # early, middle and late kills: the last leaves time for at least one whole backup
    for round_, (low, high) in enumerate([(0.2, 1.5), (1.5, 3.0), (3.0, 6.0)]):
        _run_and_kill(
            f"""
            from pathlib import Path
            from doorwatch.services.backup import backup
            from doorwatch.store import open_store
            store = open_store({db_url!r})
            while True:
                backup(store, Path({str(out)!r}))
            """,
            rng.uniform(low, high),
        )
        _consistent(db_url)
        if out.exists():  # whatever is there under the name is a whole backup: it restores
            with _empty_target(db_url, tmp_path / f"restored{round_}.sqlite") as target:
                result = restore(target, out, actor="test")
                assert result["audit_intact"]
                restored += 1
    assert restored >= 1


@contextlib.contextmanager
def _empty_target(db_url: str, sqlite_file: Path) -> Iterator[str]:
    """Yield an empty store's URL of the backend of ``db_url`` to restore into: a new SQLite
    file, or on PostgreSQL a new database holding an empty schema of the same name (a
    pg_dump backup names its schema)."""
    if not db_url.startswith("postgresql"):
        yield str(sqlite_file)
        return
    import uuid

    from sqlalchemy.engine import make_url

    url = make_url(db_url)
    schema = db_url.rsplit("%3D", 1)[1]
    name = "dw_restore_" + uuid.uuid4().hex[:8]
    admin = sa.create_engine(url.set(query={}), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        fresh = sa.create_engine(url.set(database=name, query={}))
        with fresh.begin() as connection:
            connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        fresh.dispose()
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
        admin.dispose()


def test_full_disk_is_a_clear_error_and_corrupts_nothing(tmp_path: Path) -> None:
    from doorwatch.services.setup import initialise

    db = tmp_path / "small.sqlite"
    initialise(str(db), sample=True)
    before = fingerprint(open_store(str(db)))
    registry = _registry(tmp_path / "big.csv", rows=3000)
    limit = db.stat().st_size + 64 * 1024  # the file may grow by 64 KiB, the import needs more
    code = f"""
        import resource, signal, sys
        from pathlib import Path
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
        from doorwatch.cli.main import run
        run(["import", {str(registry)!r}, "--db", {str(db)!r}])
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], env=env, capture_output=True, text=True
    )
    assert done.returncode == 4, done.stderr
    assert "Traceback" not in done.stderr
    assert "full" in done.stderr.lower() or "disk" in done.stderr.lower(), done.stderr
    assert fingerprint(open_store(str(db))) == before
    _consistent(str(db))


class _Gate:
    """A TCP forwarder to the PostgreSQL server that can be closed (the server 'goes away')
    and opened again."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.open = True
        self.links: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.open:
                client.close()
                continue
            server = socket.create_connection(self.target)
            self.links += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(a: socket.socket, b: socket.socket) -> None:
        try:
            while data := a.recv(65536):
                b.sendall(data)
        except OSError:
            pass
        finally:
            for s in (a, b):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        self.open = False
        for link in self.links:
            with contextlib.suppress(OSError):
                link.shutdown(socket.SHUT_RDWR)
        self.links = []

    def restore(self) -> None:
        self.open = True


@pytest.mark.skipif(not PG_URL, reason="needs the PostgreSQL test server")
def test_postgresql_going_away_is_503_then_recovers(db_url: str) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("a PostgreSQL fault")
    from fastapi.testclient import TestClient
    from sqlalchemy.engine import make_url

    from doorwatch.services import accounts
    from doorwatch.services.setup import initialise
    from doorwatch.web.app import create_app

    initialise(db_url, sample=True)
    url = make_url(db_url)
    gate = _Gate(url.host or "127.0.0.1", url.port or 5432)
    gated = url.set(host="127.0.0.1", port=gate.port).render_as_string(hide_password=False)
    store = open_store(gated)
    accounts.add_user(store, "reader", "long enough password", "viewer", actor="test")
    token = accounts.new_token(store, "reader", actor="test")
    headers = {"Authorization": f"Bearer {token}"}
    with TestClient(create_app(store=store), raise_server_exceptions=False) as client:
        assert client.get("/api/v1/people?limit=2", headers=headers).status_code == 200
        gate.cut()
        down = client.get("/api/v1/people?limit=2", headers=headers)
        assert down.status_code == 503, down.text
        assert "database" in down.json()["detail"]
        gate.restore()
        assert client.get("/api/v1/people?limit=2", headers=headers).status_code == 200
    store.close()


def test_a_writer_that_reads_first_waits_for_a_committing_writer(store: Store) -> None:
    """An import fills a scratch table and reads before its first write; another writer
    committing meanwhile must make it wait, not fail with 'database is locked' (SQLite refused
    the late upgrade to a write lock at once, so imports beside a busy web server failed)."""
    failures: list[str] = []
    reading = threading.Event()

    def importer() -> None:
        try:
            with store.write() as connection:
                connection.exec_driver_sql("CREATE TEMP TABLE scratch (x integer)")
                connection.exec_driver_sql("INSERT INTO scratch VALUES (1)")
                connection.execute(sa.text("SELECT count(*) FROM persons")).scalar()
                reading.set()
                time.sleep(0.5)  # the other writer commits now
                connection.execute(sa.insert(login_limits).values(key="a", tries=1, since=NOW))
        except StoreError as error:
            failures.append(f"importer: {error}")

    def other_writer() -> None:
        reading.wait(10)
        try:
            with store.write() as connection:
                connection.execute(sa.insert(login_limits).values(key="b", tries=1, since=NOW))
        except StoreError as error:
            failures.append(f"other: {error}")

    threads = [threading.Thread(target=importer), threading.Thread(target=other_writer)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    with store.read() as connection:
        assert (
            connection.execute(sa.select(sa.func.count()).select_from(login_limits)).scalar() == 2
        )


@contextlib.contextmanager
def _small_tablespace(admin_url: str, size_kib: int) -> Iterator[tuple[str, Path]]:
    """Yield (name, folder) of a PostgreSQL tablespace on a tmpfs of ``size_kib`` KiB.

    Needs a server on this machine, a superuser, and root to mount; otherwise the test skips.
    """
    import pwd
    import tempfile
    import uuid

    engine = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            superuser = connection.exec_driver_sql(
                "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
            ).scalar()
            data = Path(str(connection.exec_driver_sql("SHOW data_directory").scalar()))
        if not superuser or not data.is_dir() or os.geteuid() != 0:
            pytest.skip("needs a local PostgreSQL server, a superuser and root (to mount)")
        folder = Path(tempfile.mkdtemp(prefix="dw-pgfull-"))
        owner = data.stat().st_uid
        options = f"size={size_kib}k,uid={owner},gid={pwd.getpwuid(owner).pw_gid},mode=0700"
        mounted = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True
        )
        if mounted.returncode != 0:
            folder.rmdir()
            pytest.skip(f"cannot mount a tmpfs: {mounted.stderr.decode().strip()}")
        name = "dw_full_" + uuid.uuid4().hex[:8]
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql(f"CREATE TABLESPACE {name} LOCATION '{folder}'")
            yield name, folder
        finally:
            with engine.connect() as connection:
                connection.exec_driver_sql(f"DROP TABLESPACE IF EXISTS {name}")
            subprocess.run(["umount", str(folder)], check=False)
            shutil.rmtree(folder, ignore_errors=True)
    finally:
        engine.dispose()


def _remount(folder: Path, size_kib: int) -> None:
    subprocess.run(
        ["mount", "-o", f"remount,size={size_kib}k", str(folder)], check=True, capture_output=True
    )


@pytest.mark.slow
@pytest.mark.skipif(not PG_URL, reason="needs the PostgreSQL test server")
def test_full_disk_on_postgresql_is_a_clear_error_and_corrupts_nothing(tmp_path: Path) -> None:
    """The store's tables live on a tablespace on a small tmpfs; an import that needs more
    room than is left fails with a clear error, leaves every row as it was, and succeeds once
    there is room again."""
    import uuid

    from doorwatch.services.setup import initialise

    assert PG_URL is not None
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with _small_tablespace(PG_URL, 64 * 1024) as (tablespace, folder):
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        try:
            url = f"{PG_URL}?options=-csearch_path%3D{schema}%20-cdefault_tablespace%3D{tablespace}"
            initialise(url, sample=True)
            used_kib = shutil.disk_usage(folder).used // 1024
            _remount(folder, used_kib + 256)  # 256 KiB left; the import needs megabytes
            store = open_store(url)
            before = fingerprint(store)
            registry = _registry(tmp_path / "big.csv", rows=6000)
            command = [sys.executable, "-m", "doorwatch.cli.main", "import", str(registry)]
            env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
            done = subprocess.run([*command, "--db", url], env=env, capture_output=True, text=True)
            assert done.returncode == 4, done.stderr
            assert "Traceback" not in done.stderr
            assert "space" in done.stderr.lower(), done.stderr
            assert fingerprint(store) == before
            store.close()
            _consistent(url)
            _remount(folder, 64 * 1024)  # room again: the same import goes through
            again = subprocess.run([*command, "--db", url], env=env, capture_output=True, text=True)
            assert again.returncode == 0, again.stderr
        finally:
            with admin.connect() as connection:
                connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
            admin.dispose()
