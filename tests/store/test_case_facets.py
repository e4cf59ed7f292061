"""The counts per filter value kept by the writes (``case_facets``) equal a rebuild from the
cases and a count of the cases one by one, on both backends, through every writer."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from doorwatch.services.listings import case_filters, people_facets
from doorwatch.store import Store, open_store, write_records
from doorwatch.store.facets import refresh_case_facets, stored_case_facets
from doorwatch.store.filters import CASE_FILTERS
from tests.store.test_case_flow_days import kept_and_rebuilt, records_of
from tests.store.test_registry_browse import articles_of, matches, value_of

STATUSES = ["held", "released", "served", "died", "unknown"]
MODES = [None, "pardon", "deal", "end_of_sentence"]
ARTICLES = ["342", "361-1", "130", "369"]

# Days in three years, so that a changed date may move a case to another year's row.
days = st.one_of(st.none(), st.dates(min_value=date(2020, 11, 20), max_value=date(2022, 2, 10)))
case_rows = st.fixed_dictionaries(
    {
        "n": st.integers(0, 30),
        "detained_on": days,
        "released_on": days,
        "status": st.sampled_from(STATUSES),
        "release_mode": st.sampled_from(MODES),
        "expelled": st.sampled_from([None, True, False]),
        "recognised_by": st.sampled_from([None, "Viasna", "Memorial"]),
        # Repeated and spaced articles: a case counts once per distinct article.
        "charges": st.one_of(
            st.none(),
            st.lists(st.sampled_from(ARTICLES), max_size=3).map(lambda a: "; ".join(a) or None),
        ),
    }
)


def _expected(cases: dict[str, dict[str, Any]], given: dict[str, Any]) -> dict[str, Counter[Any]]:
    """Count the cases one by one: per filter, its values among the cases that match every
    other given filter."""
    found: dict[str, Counter[Any]] = {name: Counter() for name in CASE_FILTERS}
    for case in cases.values():
        for name in CASE_FILTERS:
            if not matches(case, given, skip=name):
                continue
            if name == "article":
                found[name].update(articles_of(case))
            elif value_of(case, name) is not None:
                found[name][value_of(case, name)] += 1
    return found


def _kept_and_rebuilt(store: Store) -> tuple[Counter[Any], Counter[Any]]:
    return kept_and_rebuilt(store, refresh_case_facets, stored_case_facets)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    batches=st.lists(st.lists(case_rows, max_size=20), min_size=1, max_size=3),
    chosen=st.fixed_dictionaries(
        {},
        optional={
            "status": st.sampled_from(STATUSES),
            "detained_year": st.sampled_from([2020, 2021, 2022]),
            "article": st.sampled_from(ARTICLES),
            "expelled": st.sampled_from(["yes", "no", "unknown"]),
        },
    ),
)
def test_facet_counts_kept_by_writes_match_a_rebuild_and_the_cases(
    db_url: str, batches: list[list[dict[str, Any]]], chosen: dict[str, Any]
) -> None:
    # Examples share the fixture's database, so later batches (and examples) change the cases
    # earlier ones wrote: a case moves between years, statuses and charges.
    cases = _STORED.setdefault(db_url, {})
    store = open_store(db_url, create=True)
    try:
        for batch in batches:
            write_records(store, records_of(batch))
            for row in batch:
                cases[str(row["n"])] = {k: v for k, v in row.items() if k != "n"}
            kept, rebuilt = _kept_and_rebuilt(store)
            assert kept == rebuilt
            shown = people_facets(store, case_filters(**chosen))
            expected = _expected(cases, chosen)
            for name in CASE_FILTERS:
                assert {f["value"]: f["count"] for f in shown[name]} == dict(expected[name]), name
    finally:
        store.close()


_STORED: dict[str, dict[str, dict[str, Any]]] = {}


def test_a_streamed_registry_import_keeps_the_counts(store: Store, tmp_path: Path) -> None:
    from doorwatch.ingest.importer import import_path

    csv = tmp_path / "registry.csv"
    csv.write_text(
        "name,detained_on,charges,status,released_on,release_mode\n"
        "Ala Adna,2021-03-01,342; 361-1,held,,\n"
        "Bely Dva,2020-09-07,130,released,2024-07-03,pardon\n"
        "Cory Try,2022-01-15,342; 342,served,2023-01-15,end_of_sentence\n",
        encoding="utf-8",
    )
    import_path(store, csv)
    kept, rebuilt = _kept_and_rebuilt(store)
    assert kept == rebuilt
    assert sum(n for key, n in kept.items() if key[0] is None) == 3
    assert sum(n for key, n in kept.items() if key[0] == "342") == 2


def test_a_synthetic_registry_is_counted_as_it_loads(store: Store) -> None:
    from doorwatch.tools.synthetic_registry import fill

    fill(store, 500, seed=5)
    kept, rebuilt = _kept_and_rebuilt(store)
    assert kept == rebuilt
    assert sum(n for key, n in kept.items() if key[0] is None) == 500


def test_reindex_rebuilds_the_facet_counts_and_says_what_differed(
    sample_store: Store, cli: Any
) -> None:
    from sqlalchemy import update

    from doorwatch.store.schema import case_facets

    clean = cli("reindex", "--format", "json", "--db", sample_store.url).json()
    assert clean["case_facets"]["differed"] == 0
    rows = clean["case_facets"]["rows"]
    assert rows > 0
    with sample_store.engine.begin() as connection:
        connection.execute(update(case_facets).values(count=case_facets.c.count + 1))
    broken = cli("reindex", "--format", "json", "--db", sample_store.url).json()
    assert broken["case_facets"] == {"rows": rows, "differed": rows}
    table = cli("reindex", "--db", sample_store.url)
    assert "counts per filter value rebuilt" in table.out
