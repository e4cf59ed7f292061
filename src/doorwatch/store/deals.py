"""Queries about deals, their concessions, the people they freed, and sanctions measures."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, select

from doorwatch.errors import NotFoundError
from doorwatch.store.database import Store
from doorwatch.store.evidence import citations_for
from doorwatch.store.schema import cases, concessions, deals, events, measures, persons

Row = dict[str, Any]


def list_deals(store: Store) -> list[Row]:
    """Return every deal, oldest first, with its concessions, named people and sources."""
    with store.read() as connection:
        rows = [
            dict(r)
            for r in connection.execute(select(deals).order_by(deals.c.date, deals.c.id)).mappings()
        ]
        by_deal: dict[str, list[Row]] = defaultdict(list)
        query = (
            select(concessions, measures.c.target, measures.c.imposer, measures.c.programme)
            .outerjoin(measures, measures.c.id == concessions.c.measure_id)
            .order_by(concessions.c.id)
        )
        for concession in connection.execute(query).mappings():
            entry = dict(concession)
            by_deal[entry.pop("deal_id")].append(entry)
    for row in rows:
        row["concessions"] = by_deal.get(row["id"], [])
    return with_people_and_sources(store, rows)


def with_people_and_sources(store: Store, rows: list[Row]) -> list[Row]:
    """Return deal ``rows`` with the people named as freed in each and its sources."""
    ids = [r["id"] for r in rows]
    freed: dict[str, list[Row]] = defaultdict(list)
    # Few cases name a deal. ">= ''" holds for every id and never for NULL, like IS NOT
    # NULL, but reads as a range of the deal index, which SQLite's planner takes (it scans
    # every case for IS NOT NULL). The people are sorted here: asked to order by name, the
    # planner may walk every person by the name index instead.
    query = (
        select(cases.c.deal_id, persons.c.id, persons.c.name)
        .join(persons, persons.c.id == cases.c.person_id)
        .where(cases.c.deal_id >= "")
    )
    with store.read() as connection:
        for deal_id, person_id, name in sorted(connection.execute(query), key=lambda r: r[2]):
            freed[deal_id].append({"id": person_id, "name": name})
    sources = citations_for(store, "deal", ids)
    for row in rows:
        row["named_people"] = freed.get(row["id"], [])
        row["sources"] = sources.get(row["id"], [])
    return rows


def get_deal(store: Store, deal_id: str) -> Row:
    """Return one deal with its concessions, named people, release events and sources."""
    for deal in list_deals(store):
        if deal["id"] == deal_id:
            with store.read() as connection:
                deal["events"] = [
                    dict(r)
                    for r in connection.execute(
                        select(events).where(events.c.deal_id == deal_id).order_by(events.c.date)
                    ).mappings()
                ]
            return deal
    raise NotFoundError(f"no deal with id {deal_id!r}; `doorwatch deals` lists them")


def list_measures(store: Store) -> list[Row]:
    """Return every sanctions measure with its sources and the deals that conceded it."""
    with store.read() as connection:
        rows = [
            dict(r)
            for r in connection.execute(
                select(measures).order_by(
                    measures.c.imposer, measures.c.programme, measures.c.target
                )
            ).mappings()
        ]
        conceded: dict[str, list[Row]] = defaultdict(list)
        query = select(concessions.c.measure_id, concessions.c.kind, deals.c.id, deals.c.date).join(
            deals, deals.c.id == concessions.c.deal_id
        )
        for measure_id, kind, deal_id, date in connection.execute(query):
            if measure_id:
                conceded[measure_id].append({"deal_id": deal_id, "date": date, "kind": kind})
    sources = citations_for(store, "measure", [r["id"] for r in rows])
    for row in rows:
        row["deals"] = conceded.get(row["id"], [])
        row["sources"] = sources.get(row["id"], [])
    return rows


def stored_deal_ids(connection: Connection, deal_ids: Iterable[str]) -> set[str]:
    """Return those of ``deal_ids`` that are stored deals."""
    wanted = sorted(set(deal_ids))
    if not wanted:
        return set()
    query = select(deals.c.id).where(deals.c.id.in_(wanted))
    return {deal_id for (deal_id,) in connection.execute(query)}
