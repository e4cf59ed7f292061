"""The daily case counts answer exactly as a count over the cases would, on both backends."""

from __future__ import annotations

import io
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection

from doorwatch.store import RecordSet, Store, open_store, write_records
from doorwatch.store.counts import case_flows, held_on, held_on_each
from doorwatch.store.flow_days import refresh_case_flow_days, stored_case_flow_days
from doorwatch.store.flows import registry_window_counts

DAY0 = date(2024, 1, 1)
SPAN = 40
STATUSES = ["held", "released", "served", "died", "unknown"]
MODES = [None, "pardon", "deal", "end_of_sentence", "sentence_quashed", "died_in_custody"]

days = st.one_of(st.none(), st.integers(0, SPAN).map(lambda n: DAY0 + timedelta(days=n)))
case_rows = st.fixed_dictionaries(
    {
        "n": st.integers(0, 40),
        "detained_on": days,
        "recognised_on": days,
        "released_on": days,
        "status": st.sampled_from(STATUSES),
        "release_mode": st.sampled_from(MODES),
        "expelled": st.booleans(),
    }
)


def records_of(rows: list[dict[str, Any]]) -> RecordSet:
    records = RecordSet()
    for row in rows:
        n = row["n"]
        records.add("persons", {"id": f"p{n}", "name": f"Person {n}"})
        case = {k: v for k, v in row.items() if k != "n"}
        records.add("cases", {"id": f"c{n}", "person_id": f"p{n}", **case})
    return records


def _start(case: dict[str, Any]) -> date | None:
    return case["recognised_on"] or case["detained_on"]


def _held(cases: dict[str, dict[str, Any]], on: date) -> int:
    """The rule, case by case: started by ``on``, not released by then, not ended undated
    (died, released, served or of unknown status with no release date)."""
    return sum(
        1
        for c in cases.values()
        if (s := _start(c)) is not None
        and s <= on
        and not (c["released_on"] is not None and c["released_on"] <= on)
        and not (c["status"] != "held" and c["released_on"] is None)
    )


def _window(cases: dict[str, dict[str, Any]], a: date, b: date) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    counts["recognised"] = sum(1 for c in cases.values() if (s := _start(c)) and a < s <= b)
    for c in cases.values():
        if c["released_on"] is not None and a < c["released_on"] <= b:
            counts[c["release_mode"] or "unknown"] += 1
            if c["expelled"]:
                counts["expelled"] += 1
    return dict(counts)


def kept_and_rebuilt(
    store: Store,
    refresh: Callable[[Connection], None] = refresh_case_flow_days,
    stored: Callable[[Connection], Counter[Any]] = stored_case_flow_days,
) -> tuple[Counter[Any], Counter[Any]]:
    """Return the rows of a derived table the writes kept (read by ``stored``), and the rows
    a rebuild by ``refresh`` makes (rolled back)."""
    with store.engine.connect() as connection, connection.begin() as transaction:
        kept = stored(connection)
        refresh(connection)
        rebuilt = stored(connection)
        transaction.rollback()
    return kept, rebuilt


def _check(store: Store, cases: dict[str, dict[str, Any]], a: date, b: date) -> None:
    kept, rebuilt = kept_and_rebuilt(store)
    assert kept == rebuilt
    for on in (a, b, DAY0 - timedelta(days=1), DAY0 + timedelta(days=SPAN)):
        assert held_on(store, on) == {
            "held": _held(cases, on),
            "cases": len(cases),
            "undated": sum(1 for c in cases.values() if _start(c) is None),
        }
    both = held_on_each(store, [a, b])
    assert both.held == {a: _held(cases, a), b: _held(cases, b)}
    expected = _window(cases, a, b)
    counts, ids = registry_window_counts(store, a, b)
    assert counts == expected
    assert ids.get("recognised", []) == sorted(
        f"c{k}" for k, c in cases.items() if (s := _start(c)) and a < s <= b
    )
    flows = case_flows(store, a, b)
    assert flows["recognised"] == expected["recognised"]
    assert flows["released"] == {
        k: v for k, v in expected.items() if k not in ("recognised", "expelled")
    }


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    batches=st.lists(st.lists(case_rows, max_size=25), min_size=1, max_size=3),
    window=st.tuples(st.integers(-2, SPAN), st.integers(0, SPAN + 2)),
)
def test_daily_counts_kept_by_writes_match_the_cases_and_a_rebuild(
    db_url: str, batches: list[list[dict[str, Any]]], window: tuple[int, int]
) -> None:
    # Examples share the fixture's database, so the truth is kept across them: later batches
    # (and later examples) add cases and change earlier ones, exercising inserts and updates.
    cases = _STORED.setdefault(db_url, {})
    store = open_store(db_url, create=True)
    try:
        a = DAY0 + timedelta(days=min(window))
        b = DAY0 + timedelta(days=max(window) + 1)
        for batch in batches:
            write_records(store, records_of(batch))
            for row in batch:
                cases[str(row["n"])] = {k: v for k, v in row.items() if k != "n"}
            _check(store, cases, a, b)
    finally:
        store.close()


_STORED: dict[str, dict[str, dict[str, Any]]] = {}


def _answers(store: Store) -> tuple[object, ...]:
    a, b = date(2024, 12, 31), date(2025, 12, 31)
    return (held_on_each(store, [a, b]), registry_window_counts(store, a, b)[0])


def test_import_of_an_export_restores_the_daily_counts(sample_store: Store, tmp_path: Path) -> None:
    from doorwatch.services.import_export import export_store, import_path

    out = tmp_path / "export.jsonl"
    export_store(sample_store, "jsonl", out, io.StringIO())
    target = open_store(str(tmp_path / "restored.sqlite"), create=True)
    import_path(target, out)
    assert _answers(target) == _answers(sample_store)
    assert held_on(target, date(2025, 9, 30))["held"] > 0


def test_migration_counts_the_cases_already_stored(sample_store: Store) -> None:
    from alembic import command

    from doorwatch.store import migrate
    from doorwatch.store.engine import migration_connection

    before = _answers(sample_store)
    with migration_connection(sample_store.engine) as connection:
        config = migrate._config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
    sample_store.close()
    reopened = open_store(sample_store.url)  # migrates to the head again
    try:
        assert _answers(reopened) == before
    finally:
        reopened.close()


def test_synthetic_registry_counts_match_its_cases(store: Store) -> None:
    import numpy as np

    from doorwatch.store.synthetic import write_synthetic
    from doorwatch.tools.synthetic_registry import generate

    chunks = list(generate(3_000, seed=3, chunk=1_000))
    written = write_synthetic(store, chunks, total=3_000, seed=3)
    assert written["cases"] == 3_000
    on = np.datetime64(date(2024, 6, 30))
    held = 0
    for c in chunks:
        start = np.where(np.isnat(c.recognised), c.detained, c.recognised)
        released_by = ~np.isnat(c.released) & (c.released <= on)
        held += int(((start <= on) & ~released_by).sum())
    assert held_on(store, date(2024, 6, 30)) == {"held": held, "cases": 3_000, "undated": 0}


def test_reindex_rebuilds_the_daily_counts_and_says_what_differed(
    sample_store: Store, cli: Any
) -> None:
    from sqlalchemy import update

    from doorwatch.store.schema import case_flow_days

    clean = cli("reindex", "--format", "json", "--db", sample_store.url).json()
    assert clean["case_flow_days"]["differed"] == 0
    assert clean["case_flow_days"]["rows"] > 0
    with sample_store.engine.begin() as connection:
        connection.execute(update(case_flow_days).values(count=case_flow_days.c.count + 1))
    broken = cli("reindex", "--format", "json", "--db", sample_store.url).json()
    assert broken["case_flow_days"] == {
        "rows": clean["case_flow_days"]["rows"],
        "differed": clean["case_flow_days"]["rows"],
    }
    kept, rebuilt = kept_and_rebuilt(sample_store)
    assert kept == rebuilt
