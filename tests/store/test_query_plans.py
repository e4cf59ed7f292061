"""The hot queries of one person and one write are answered through indexes, never by reading
a whole table: checked on the query plans of the statements the store really runs, on SQLite
(EXPLAIN QUERY PLAN) and PostgreSQL (EXPLAIN with sequential scans priced out, so a plan still
scanning a table means no index can answer the query)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event

from doorwatch.store import Store
from doorwatch.store.counts import held_on
from doorwatch.store.facets import case_groups, charge_counts
from doorwatch.store.filters import CaseFilters
from doorwatch.store.listing import Keyset, matches_at_least, page_persons_from
from doorwatch.store.people import (
    cases_of_persons,
    get_person,
    names_of_persons,
    person_ids_with_keys,
    search_persons,
    stored_person_ids,
)

# Tables that grow with the registry: a read of one person's rows must not scan them.
BIG = ("cases", "persons", "person_names", "name_keys", "citations", "events")
PERSON = "person-ales-bialiatski"


@contextmanager
def _captured(store: Store) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def hear(
        _conn: Any, _cursor: Any, statement: str, parameters: Any, _c: Any, many: bool
    ) -> None:
        if statement.lstrip().upper().startswith("SELECT") and not many:
            seen.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", hear)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", hear)


def _scans(store: Store, statement: str, parameters: Any) -> list[str]:
    """Return the big tables the plan of ``statement`` reads whole."""
    with store.engine.connect() as connection:
        if store.dialect == "postgresql":
            connection.exec_driver_sql("SET enable_seqscan = off")
            plan = "\n".join(
                str(r[0]) for r in connection.exec_driver_sql(f"EXPLAIN {statement}", parameters)
            )
            return [t for t in BIG if re.search(rf"Seq Scan on {t}\b", plan)]
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
        plan = "\n".join(str(r[-1]) for r in rows)
        return [t for t in BIG if re.search(rf"\bSCAN {t}\b(?! USING (COVERING )?INDEX)", plan)]


HOT: dict[str, Callable[[Store], object]] = {
    "person page": lambda s: get_person(s, PERSON),
    "search by name key": lambda s: search_persons(s, keys=["n:ales|bialiack"]),
    "held count": lambda s: held_on(s, date(2025, 9, 30)),
}


def _in_connection(fn: Callable[[Any], object]) -> Callable[[Store], object]:
    def run(store: Store) -> object:
        with store.engine.connect() as connection:
            return fn(connection)

    return run


HOT.update({
    "import: persons stored": _in_connection(lambda c: stored_person_ids(c, [PERSON, "x"])),
    "import: candidates by key": _in_connection(
        lambda c: person_ids_with_keys(c, ["n:ales|bialiack", "s:lasik"], most=25)
    ),
    "import: candidates' names": _in_connection(lambda c: names_of_persons(c, [PERSON])),
    "import: candidates' cases": _in_connection(lambda c: cases_of_persons(c, [PERSON])),
})  # fmt: skip


def _browse(common: bool = False, **given: Any) -> Callable[[Store], object]:
    def run(store: Store) -> object:
        filters = CaseFilters(**given)
        page_persons_from(store, filters, limit=2, at=Keyset(), common=common)
        return page_persons_from(store, filters, limit=2, at=Keyset(after=PERSON), common=common)

    return run


HOT.update({
    "browse: everyone after a person": _browse(),
    "browse: by status": _browse(status="held"),
    "browse: by release mode": _browse(release_mode="deal"),
    "browse: by recognising group": _browse(recognised_by="Viasna"),
    "browse: by a rare detention year": _browse(detained_year=2021),
    "browse: by a release year, walked": _browse(common=True, released_year=2025),
    "browse: status and year": _browse(status="released", released_year=2025),
    "browse: enough cases of a year to walk": lambda s: matches_at_least(
        s, CaseFilters(detained_year=2021, status="held"), 50
    ),
    "browse: before a person": lambda s: page_persons_from(
        s, CaseFilters(status="released"), limit=2, at=Keyset(before=PERSON)
    ),
})  # fmt: skip


@pytest.mark.parametrize("query", sorted(HOT))
def test_hot_queries_use_indexes(sample_store: Store, query: str) -> None:
    store = sample_store
    with _captured(store) as statements:
        HOT[query](store)
    assert statements, "the function ran no query"
    scanned = {s: _scans(store, s, p) for s, p in statements}
    assert {s: t for s, t in scanned.items() if t} == {}


def test_facets_read_no_big_table(sample_store: Store) -> None:
    """The counts per filter value are read from the table the writes keep (a few hundred
    rows whatever the number of cases), never from the cases: one statement for the
    single-valued filters, one for the articles."""
    store = sample_store
    with _captured(store) as statements, store.engine.connect() as connection:
        case_groups(connection)
        case_groups(connection, "342")
        charge_counts(connection, CaseFilters(status="held"))
    assert len(statements) == 3
    for statement, parameters in statements:
        assert "case_facets" in statement
        assert set(_scans(store, statement, parameters)) & set(BIG) == set()


def test_statistics_refreshed_inside_a_write_count_its_own_rows(store: Store) -> None:
    """A bulk import runs in one transaction: PostgreSQL plans its later batches by the
    statistics refreshed inside it (a table still taken for empty has its key index read by
    the first column alone, each batch sifting every row before it, as the 1M-row bench
    showed); SQLite needs none and is asked nothing."""
    from sqlalchemy import insert

    from doorwatch.store.engine import analyze_within
    from doorwatch.store.schema import citations, sources

    rows = [
        {"record_type": "case", "record_id": f"case-{n}", "source_id": "src-bulk"}
        for n in range(5_000)
    ]
    count = "SELECT reltuples FROM pg_class WHERE oid = 'citations'::regclass"
    with store.engine.begin() as connection:
        connection.execute(insert(sources), [{"id": "src-bulk", "kind": "registry"}])
        connection.execute(insert(citations), rows)
        with _captured(store) as statements:
            analyze_within(connection, ["citations"])
        if store.dialect == "postgresql":
            assert connection.exec_driver_sql(count).scalar_one() == len(rows)
        else:
            assert statements == []
        connection.rollback()
