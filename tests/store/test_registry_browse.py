"""Browsing the registry: people filtered by their cases, paged by key forwards and back,
and the counts per filter value (facets) equal to counting the cases one by one, on both
backends."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from doorwatch.errors import InputError
from doorwatch.services.listings import case_filters, people_page
from doorwatch.store import RecordSet, Store, write_records
from doorwatch.store.filters import CASE_FILTERS
from doorwatch.store.records import case_row
from doorwatch.store.schema import cases, persons
from doorwatch.tools.synthetic_registry import fill

REARRESTED = "person-ales-bialiatski"


@pytest.fixture
def registry(sample_store: Store) -> Store:
    """The bundled dataset (recognised by Viasna, expulsion sometimes unstated), 300 synthetic
    cases (with charges), and a second case of one bundled person (a re-arrest)."""
    fill(sample_store, 300, seed=3)
    records = RecordSet()
    records.add(
        "cases",
        case_row(
            id="case-ales-bialiatski-2026",
            person_id=REARRESTED,
            detained_on=date(2026, 1, 20),
            charges="342; 361-1",
            status="held",
            recognised_by="Viasna",
        ),
    )
    write_records(sample_store, records)
    return sample_store


def _all_cases(store: Store) -> list[dict[str, Any]]:
    with store.read() as connection:
        return [dict(r) for r in connection.execute(select(cases)).mappings()]


def value_of(case: dict[str, Any], name: str) -> Any:
    if name == "detained_year":
        return case["detained_on"].year if case["detained_on"] else None
    if name == "released_year":
        return case["released_on"].year if case["released_on"] else None
    if name == "expelled":
        return {None: "unknown", True: "yes", False: "no"}[case["expelled"]]
    return case[name]


def articles_of(case: dict[str, Any]) -> set[str]:
    return {a.strip() for a in (case["charges"] or "").split(";") if a.strip()}


def matches(case: dict[str, Any], given: dict[str, Any], skip: str | None = None) -> bool:
    for name, wanted in given.items():
        if name == skip:
            continue
        if name == "article":
            if wanted not in articles_of(case):
                return False
        elif value_of(case, name) != wanted:
            return False
    return True


FILTERS: list[dict[str, Any]] = [
    {},
    {"status": "held"},
    {"status": "released", "release_mode": "deal"},
    {"detained_year": 2021},
    {"released_year": 2025, "expelled": "yes"},
    {"article": "342"},
    {"article": "361-1", "status": "held"},
    {"recognised_by": "Viasna"},
    {"expelled": "unknown"},
]


@pytest.mark.parametrize("given", FILTERS, ids=lambda g: ",".join(g) or "none")
def test_facets_count_the_cases_one_by_one(registry: Store, given: dict[str, Any]) -> None:
    everything = _all_cases(registry)
    page = people_page(registry, filters=case_filters(**given), limit=5, with_facets=True)
    for name in CASE_FILTERS:
        expected: Counter[Any] = Counter()
        for case in everything:
            if not matches(case, given, skip=name):
                continue
            if name == "article":
                expected.update(articles_of(case))
            elif value_of(case, name) is not None:
                expected[value_of(case, name)] += 1
        shown = {f["value"]: f["count"] for f in page["facets"][name]}
        assert shown == dict(expected), name


@pytest.mark.parametrize("given", FILTERS, ids=lambda g: ",".join(g) or "none")
def test_pages_forward_and_back_cover_the_matching_people_once(
    registry: Store, given: dict[str, Any]
) -> None:
    everything = _all_cases(registry)
    if given:
        expected = sorted({c["person_id"] for c in everything if matches(c, given)})
    else:
        with registry.read() as connection:
            expected = sorted(connection.execute(select(persons.c.id)).scalars())
    filters = case_filters(**given)
    pages, after = [], None
    while True:
        page = people_page(registry, filters=filters, limit=7, after=after)
        assert page["total"] == len(expected)
        pages.append([r["id"] for r in page["items"]])
        after = page["next"]
        if after is None:
            break
    assert [i for p in pages for i in p] == expected
    # Back from the last page, page by page, to the first.
    back, before = [pages[-1]], page["previous"]
    while before is not None:
        page = people_page(registry, filters=filters, limit=7, before=before)
        back.append([r["id"] for r in page["items"]])
        before = page["previous"]
    assert list(reversed(back)) == pages


def test_a_row_shows_the_case_that_matched(registry: Store) -> None:
    held = people_page(registry, filters=case_filters(status="held"), limit=500)
    row = next(r for r in held["items"] if r["id"] == REARRESTED)
    assert (row["status"], row["charges"]) == ("held", "342; 361-1")
    released = people_page(registry, filters=case_filters(status="released"), limit=500)
    row = next(r for r in released["items"] if r["id"] == REARRESTED)
    assert row["status"] == "released" and row["release_mode"] == "deal"


def test_a_common_year_walks_in_order_with_the_same_pages(registry: Store) -> None:
    from doorwatch.store.listing import Keyset, page_persons_from

    filters = case_filters(detained_year=2021)
    by_index = page_persons_from(registry, filters, limit=9, at=Keyset(), common=False)
    walked = page_persons_from(registry, filters, limit=9, at=Keyset(), common=True)
    assert [r["id"] for r in by_index[0]] == [r["id"] for r in walked[0]]
    assert by_index[1:] == walked[1:]


def test_each_list_refuses_the_other_paging(registry: Store) -> None:
    with pytest.raises(InputError):
        people_page(registry, offset=50)
    with pytest.raises(InputError):
        people_page(registry, search="Bialiatski", after=REARRESTED)
    with pytest.raises(InputError):
        people_page(registry, after="a", before="b")


def test_search_keeps_only_people_with_a_matching_case(registry: Store) -> None:
    found = people_page(registry, search="Bialiatski", filters=case_filters(status="held"))
    assert [r["id"] for r in found["items"]] == [REARRESTED]
    none = people_page(registry, search="Bialiatski", filters=case_filters(status="died"))
    assert none["items"] == []


@pytest.mark.parametrize(
    ("given", "field"),
    [({"expelled": "maybe"}, "expelled"), ({"detained_year": 3000}, "detained_year"),
     ({"released_year": "soon"}, "released_year")],
)  # fmt: skip
def test_bad_filters_name_the_filter(given: dict[str, Any], field: str) -> None:
    with pytest.raises(InputError) as raised:
        case_filters(**given)
    assert raised.value.option == field


def test_the_table_shows_words_and_json_keeps_identifiers(
    registry: Store, cli, db_url: str
) -> None:  # type: ignore[no-untyped-def]
    table = cli("people", "--status", "served", "--limit", "3", "--wide", "--facets",
                "--db", db_url)  # fmt: skip
    assert table.code == 0, table.err
    assert "sentence served" in table.out and "end_of_sentence" not in table.out
    assert "release mode: sentence served (" in " ".join(table.out.split())
    document = cli("people", "--status", "served", "--limit", "3", "--format", "json",
                   "--db", db_url).json()  # fmt: skip
    assert {r["status"] for r in document["items"]} == {"served"}
    assert {r["release_mode"] for r in document["items"]} == {"end_of_sentence"}
