"""A registry CSV larger than one batch is imported batch by batch in one transaction: the
result equals a one-batch import, checks span batches, and a defect on the last row leaves the
store as it was (both backends)."""

from __future__ import annotations

from pathlib import Path

import pytest

from doorwatch.errors import InputError
from doorwatch.ingest import importer
from doorwatch.ingest.importer import import_path
from doorwatch.store import Store, open_store
from doorwatch.store.dump import dump_rows
from tests.conftest import fingerprint

HEADER = "name,gender,detained_on,status,released_on,release_mode\n"


def _rows(n: int) -> str:
    lines = []
    for i in range(n):
        released = f"2024-{i % 12 + 1:02d}-15" if i % 3 == 0 else ""
        status = "released" if released else "held"
        mode = "pardon" if released else ""
        lines.append(f"Testau{i} Piotr{i},male,2021-{i % 12 + 1:02d}-0{i % 9 + 1},{status},"
                     f"{released},{mode}\n")  # fmt: skip
    return "".join(lines)


def _content(store: Store) -> list[str]:
    return sorted(f"{t} {sorted(r.items())}" for t, r in dump_rows(store))


def test_batches_give_the_same_store_as_one_batch(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "registry.csv"
    path.write_text(HEADER + _rows(23), encoding="utf-8")
    whole = open_store(str(tmp_path / "whole.sqlite"), create=True)
    import_path(whole, path)
    monkeypatch.setattr(importer, "BATCH_ROWS", 4)
    result = import_path(store, path)
    assert result.summary.added["cases"] == 23
    assert _content(store) == _content(whole)
    again = import_path(store, path)
    assert again.summary.total_added == 0 and again.summary.total_changed == 0


def test_a_case_repeated_in_a_later_batch_is_refused(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "BATCH_ROWS", 3)
    rows = _rows(5)
    path = tmp_path / "repeat.csv"
    path.write_text(HEADER + rows + rows.splitlines(keepends=True)[0], encoding="utf-8")
    with pytest.raises(InputError) as refused:
        import_path(store, path)
    assert "row 7" in str(refused.value) and "row 2" in str(refused.value)
    assert _content(store) == []


def test_a_defect_in_the_last_row_leaves_the_store_unchanged(
    sample_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "BATCH_ROWS", 50)
    path = tmp_path / "defect.csv"
    path.write_text(HEADER + _rows(400) + "Last Row,male,2021-13-45,held,,\n", encoding="utf-8")
    before = fingerprint(sample_store)
    reopened = open_store(sample_store.url)
    heard: list[tuple[int, int]] = []
    with pytest.raises(InputError) as refused:
        import_path(reopened, path, progress=lambda done, total: heard.append((done, total)))
    assert "row 402" in str(refused.value) and "detained_on" in str(refused.value)
    assert fingerprint(reopened) == before
    # Refused by the check of every row, before the first batch was written.
    assert heard and all(done <= total // 2 for done, total in heard)


def test_progress_covers_the_check_and_the_write(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer, "BATCH_ROWS", 5)
    path = tmp_path / "registry.csv"
    path.write_text(HEADER + _rows(23), encoding="utf-8")
    heard: list[tuple[int, int]] = []
    import_path(store, path, progress=lambda done, total: heard.append((done, total)))
    size = path.stat().st_size
    assert [done for done, _ in heard] == sorted(done for done, _ in heard)
    assert {total for _, total in heard} == {2 * size} and heard[-1][0] == 2 * size


def test_dry_run_reports_the_import_and_writes_nothing(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "dry.csv"
    path.write_text(HEADER + _rows(12), encoding="utf-8")
    before = fingerprint(store)
    reopened = open_store(store.url)
    result = import_path(reopened, path, dry_run=True)
    assert result.summary.added["cases"] == 12
    assert fingerprint(reopened) == before


def test_statistics_follow_a_long_import_as_its_rows_double(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import event

    path = tmp_path / "registry.csv"
    path.write_text(HEADER + _rows(90), encoding="utf-8")
    monkeypatch.setattr(importer, "BATCH_ROWS", 10)
    analyzed: list[str] = []

    def hear(_c: object, _k: object, statement: str, *_rest: object) -> None:
        if statement.startswith("ANALYZE"):
            analyzed.append(statement)

    event.listen(store.engine, "before_cursor_execute", hear)
    try:
        import_path(store, path)
    finally:
        event.remove(store.engine, "before_cursor_execute", hear)
    if store.dialect == "postgresql":
        # After 20, 40 and 80 rows: each time the rows written double, every table written.
        rounds = [s for s in analyzed if '"cases"' in s]
        assert len(rounds) == 3
        assert any('"citations"' in s for s in analyzed)
        assert any('"doorwatch_import_seen"' in s for s in analyzed)
    else:
        assert analyzed == []
