"""Pages of records for the API and the web pages: filtered, ordered and cut in SQL.

Every function returns ``(rows, total)``: one page (``limit`` rows from ``offset``) and the
number of rows matching the filters, so that lists stay fast on a registry of millions of cases.
Pages are ordered by primary key where a table can be large, because that order needs no sort.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, literal, select

from doorwatch.errors import NotFoundError
from doorwatch.store.database import Store
from doorwatch.store.deals import with_people_and_sources
from doorwatch.store.evidence import citations_for, claims_query, sources_query, with_outlet
from doorwatch.store.filters import CaseFilters, case_conditions, where_equal
from doorwatch.store.flow_days import held_on_days
from doorwatch.store.people import with_latest_case
from doorwatch.store.schema import cases, claims, concessions, deals, measures, persons

Row = dict[str, Any]


def _page(
    store: Store, query: Select[Any], limit: int, offset: int, total: int | None = None
) -> tuple[list[Row], int]:
    """Return one page of ``query`` and its total (counted unless the caller knows it)."""
    with store.read() as connection:
        rows = [dict(r) for r in connection.execute(query.limit(limit).offset(offset)).mappings()]
        if total is None:
            count = select(func.count()).select_from(query.order_by(None).subquery())
            total = int(connection.execute(count).scalar_one())
    return rows, total


def page_persons(
    store: Store, *, limit: int, offset: int, total: int | None = None
) -> tuple[list[Row], int]:
    """Return one page of persons, by id, each with their other names and latest case
    (``total``, when given, spares the count)."""
    query = select(persons).order_by(persons.c.id)
    rows, total = _page(store, query, limit, offset, total)
    return with_latest_case(store, rows), total


def count_persons(store: Store, filters: CaseFilters | None = None) -> int:
    """Return the number of persons (with ``filters``, of those with a case matching them)."""
    conditions = case_conditions(filters) if filters else []
    if conditions:
        query = select(func.count(func.distinct(cases.c.person_id))).where(*conditions)
    else:
        query = select(func.count()).select_from(persons)
    with store.read() as connection:
        return int(connection.execute(query).scalar_one())


def persons_with_matching_case(store: Store, rows: list[Row], filters: CaseFilters) -> list[Row]:
    """Return those person ``rows`` (in their order) with a case matching ``filters``, each
    showing its latest matching case."""
    ids = [r["id"] for r in rows]
    conditions = case_conditions(filters)
    matching: set[str] = set()
    with store.read() as connection:
        for start in range(0, len(ids), 500):
            query = select(cases.c.person_id).where(
                cases.c.person_id.in_(ids[start : start + 500]), *conditions
            )
            matching.update(str(i) for (i,) in connection.execute(query))
    return with_latest_case(store, [r for r in rows if r["id"] in matching], conditions)


def matches_at_least(store: Store, filters: CaseFilters, most: int) -> bool:
    """Return whether ``most`` or more cases match ``filters``: a count that stops at
    ``most`` rows, so it costs at most that many whatever the registry's size."""
    # A constant, not a column: an index that answers the conditions answers it alone.
    capped = select(literal(1)).where(*case_conditions(filters)).limit(most).subquery()
    with store.read() as connection:
        return (
            int(connection.execute(select(func.count()).select_from(capped)).scalar_one()) >= most
        )


@dataclass(frozen=True)
class Keyset:
    """Where a page starts: after the person ``after``, or before the person ``before``
    (neither: the first page)."""

    after: str | None = None
    before: str | None = None


def page_persons_from(
    store: Store, filters: CaseFilters, *, limit: int, at: Keyset, common: bool = False
) -> tuple[list[Row], str | None, str | None]:
    """Return one page of persons by id, of those with a case matching ``filters`` (every
    person when none is given), each with their other names and their latest matching case;
    and the ids to start the next page after and the previous page before (None at an end).

    The page is read along an index from the key where it starts (keyset paging), never by
    skipping rows, so the last page of a million costs what the first does. ``common`` says
    that many cases match: the people are then walked in order until a page is full (a few
    hundred cases read), rather than every matching case read through a date index.
    """
    conditions = case_conditions(filters, years_by_index=not common)
    key = cases.c.person_id if conditions else persons.c.id
    query = select(key).where(*conditions) if conditions else select(key)
    if conditions:
        query = query.group_by(key)
    backwards = at.before is not None and at.after is None
    if backwards:
        query = query.where(key < at.before).order_by(key.desc())
    else:
        query = query.where(key > at.after) if at.after is not None else query
        query = query.order_by(key)
    with store.read() as connection:
        ids = [str(i) for (i,) in connection.execute(query.limit(limit + 1))]
    more = len(ids) > limit
    ids = ids[:limit]
    if backwards:
        ids.reverse()
    with store.read() as connection:
        found = {
            r["id"]: dict(r)
            for r in connection.execute(select(persons).where(persons.c.id.in_(ids))).mappings()
        }
    rows = with_latest_case(store, [found[i] for i in ids if i in found], conditions)
    if not ids:
        return rows, (at.before if backwards else None), (None if backwards else at.after)
    after_last = ids[-1] if (more and not backwards) or (backwards and at.before) else None
    before_first = ids[0] if (more and backwards) or (not backwards and at.after) else None
    return rows, after_last, before_first


def _case_filters(
    query: Select[Any], status: str | None, person_id: str | None, deal_id: str | None
) -> Select[Any]:
    return where_equal(
        query, (cases.c.status, status), (cases.c.person_id, person_id), (cases.c.deal_id, deal_id)
    )


def count_cases(
    store: Store,
    *,
    status: str | None = None,
    person_id: str | None = None,
    deal_id: str | None = None,
) -> int:
    """Return the number of cases matching the given fields."""
    with store.read() as connection:
        if not (status or person_id or deal_id):
            # Every case is counted once in the daily table, by its start day or as undated:
            # a sum over a few thousand rows instead of a count over millions.
            return held_on_days(connection, []).cases
        query = _case_filters(select(func.count()).select_from(cases), status, person_id, deal_id)
        return int(connection.execute(query).scalar_one())


def page_cases(
    store: Store,
    *,
    limit: int,
    offset: int,
    status: str | None = None,
    person_id: str | None = None,
    deal_id: str | None = None,
    total: int | None = None,
) -> tuple[list[Row], int]:
    """Return one page of cases (with the person's name), by id, filtered by the given fields
    (``total``, when given, spares the count)."""
    query = select(cases, persons.c.name.label("person_name")).join(
        persons, persons.c.id == cases.c.person_id
    )
    query = _case_filters(query, status, person_id, deal_id)
    return _page(store, query.order_by(cases.c.id), limit, offset, total)


def page_deals(
    store: Store, *, limit: int, offset: int, counterpart: str | None = None
) -> tuple[list[Row], int]:
    """Return one page of deals (oldest first), each with its concessions, the people named
    as freed in it and its sources."""
    query = where_equal(
        select(deals).order_by(deals.c.date, deals.c.id), (deals.c.counterpart, counterpart)
    )
    rows, total = _page(store, query, limit, offset)
    ids = [r["id"] for r in rows]
    found: dict[str, list[Row]] = {i: [] for i in ids}
    if ids:
        conceded = (
            select(concessions, measures.c.target, measures.c.imposer, measures.c.programme)
            .outerjoin(measures, measures.c.id == concessions.c.measure_id)
            .where(concessions.c.deal_id.in_(ids))
            .order_by(concessions.c.id)
        )
        with store.read() as connection:
            for conceded_row in connection.execute(conceded).mappings():
                found[conceded_row["deal_id"]].append(dict(conceded_row))
    for row in rows:
        row["concessions"] = found[row["id"]]
    return with_people_and_sources(store, rows), total


def page_measures(
    store: Store,
    *,
    limit: int,
    offset: int,
    imposer: str | None = None,
    programme: str | None = None,
) -> tuple[list[Row], int]:
    """Return one page of sanctions measures, by imposer, programme and target."""
    query = select(measures).order_by(
        measures.c.imposer, measures.c.programme, measures.c.target, measures.c.id
    )
    query = where_equal(query, (measures.c.imposer, imposer), (measures.c.programme, programme))
    return _page(store, query, limit, offset)


def page_sources(
    store: Store, *, limit: int, offset: int, kind: str | None = None
) -> tuple[list[Row], int]:
    """Return one page of sources (without text, newest first) with their number of claims,
    the source each copies and its outlet."""
    rows, total = _page(store, sources_query(kind), limit, offset)
    return with_outlet(rows), total


def page_claims(
    store: Store,
    *,
    limit: int,
    offset: int,
    kind: str | None = None,
    status: str | None = None,
    measure: str | None = None,
    source_id: str | None = None,
) -> tuple[list[Row], int]:
    """Return one page of claims with their source's summary, filtered, by source and position."""
    query = claims_query(kind=kind, status=status, measure=measure, source_id=source_id)
    query = query.order_by(claims.c.source_id, claims.c.start, claims.c.id)
    return _page(store, query, limit, offset)


def claim_status_counts(store: Store) -> dict[str, int]:
    """Return the number of claims in each review status."""
    query = select(claims.c.status, func.count()).group_by(claims.c.status)
    with store.read() as connection:
        return {str(status): int(n) for status, n in connection.execute(query)}


def get_case(store: Store, case_id: str) -> Row:
    """Return one case with its person's name and its sources."""

    query = (
        select(cases, persons.c.name.label("person_name"))
        .join(persons, persons.c.id == cases.c.person_id)
        .where(cases.c.id == case_id)
    )
    with store.read() as connection:
        row = connection.execute(query).mappings().first()
    if row is None:
        raise NotFoundError(f"no case with id {case_id!r}")
    case = dict(row)
    case["sources"] = citations_for(store, "case", [case_id]).get(case_id, [])
    return case
