"""Queries about persons, their names and their cases."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, select

from doorwatch.errors import NotFoundError
from doorwatch.store.database import Store
from doorwatch.store.engine import first_holders
from doorwatch.store.evidence import citations_for
from doorwatch.store.schema import cases, name_keys, person_names, persons

Row = dict[str, Any]
# Ids per IN (...) list: well under SQLite's bound on parameters in one statement.
_CHUNK = 500
# How many crowded name keys one write remembers (a few megabytes): past that, the others are
# looked up again, so memory stays bounded however large the file.
CROWDED_KEYS_KEPT = 200_000


def _latest_cases(
    store: Store, person_ids: list[str], conditions: Sequence[ColumnElement[bool]] = ()
) -> dict[str, Row]:
    latest: dict[str, Row] = {}
    if not person_ids:
        return latest
    with store.read() as connection:
        for start in range(0, len(person_ids), 500):
            chunk = person_ids[start : start + 500]
            query = select(cases).where(cases.c.person_id.in_(chunk), *conditions)
            for row in connection.execute(query).mappings():
                current = latest.get(row["person_id"])
                key = row["detained_on"] or row["recognised_on"]
                if current is None or (
                    key is not None
                    and (current["detained_on"] or current["recognised_on"] or key) <= key
                ):
                    latest[row["person_id"]] = dict(row)
    return latest


def _aliases(store: Store, person_ids: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    with store.read() as connection:
        for start in range(0, len(person_ids), 500):
            chunk = person_ids[start : start + 500]
            query = (
                select(person_names.c.person_id, person_names.c.name)
                .where(person_names.c.person_id.in_(chunk))
                .order_by(person_names.c.person_id, person_names.c.name)
            )
            for person_id, name in connection.execute(query):
                found[person_id].append(name)
    return found


# How many persons one word prefix may bring in before the match is too vague to use.
PREFIX_MATCH_LIMIT = 2_000


def _ids_with_word_prefix(store: Store, prefix: str, most: int = PREFIX_MATCH_LIMIT) -> set[str]:
    """Return ids of up to ``most`` persons with a name word starting with ``prefix`` (an
    index range scan)."""
    low = f"w:{prefix}"
    query = (
        select(name_keys.c.person_id)
        .where(name_keys.c.key >= low, name_keys.c.key < low + "\U0010ffff")
        .limit(most)
    )
    with store.read() as connection:
        return {person_id for (person_id,) in connection.execute(query)}


def _ids_with_keys(store: Store, keys: list[str]) -> set[str]:
    query = select(name_keys.c.person_id).where(name_keys.c.key.in_(keys))
    with store.read() as connection:
        return {person_id for (person_id,) in connection.execute(query)}


def search_persons(
    store: Store,
    *,
    keys: list[str] | None = None,
    word_prefixes: list[str] | None = None,
    limit: int = 200,
) -> list[Row]:
    """Return persons who share one of ``keys``, or one of whose name words starts with each
    of ``word_prefixes``; with neither, every person. Lookups go through the ``name_keys``
    index only, so a search costs the same on a registry of any size.

    Each row holds the person, their other names and the status of their latest case.
    """
    query = select(persons.c.id, persons.c.name, persons.c.gender, persons.c.role)
    if keys or word_prefixes:
        wanted = limit * 5
        by_key = _ids_with_keys(store, keys) if keys else set()
        by_prefix: set[str] = set()
        if word_prefixes:
            # One prefix needs no more ids than are returned (the first words in key order,
            # so the closest spellings); several are intersected, so each brings up to the
            # full limit.
            most = limit if len(word_prefixes) == 1 else PREFIX_MATCH_LIMIT
            found = [_ids_with_word_prefix(store, p, most) for p in word_prefixes]
            by_prefix = set.intersection(*found) - by_key
        # Key matches come first, so that a common prefix cannot crowd them out.
        candidates = (sorted(by_key) + sorted(by_prefix))[:wanted]
        # Read the matches by id and order them here: asked to order by name in SQL, a
        # planner may walk the whole name index looking for these few ids.
        query = query.where(persons.c.id.in_(candidates))
        with store.read() as connection:
            matched = [dict(r) for r in connection.execute(query).mappings()]
        rows = sorted(matched, key=lambda r: (r["name"], r["id"]))[:limit]
    else:
        query = query.order_by(persons.c.name, persons.c.id).limit(limit)
        with store.read() as connection:
            rows = [dict(r) for r in connection.execute(query).mappings()]
    return with_latest_case(store, rows)


# What lists of people show of a person's latest case.
LATEST_CASE_FIELDS = ("status", "keeper_status", "detained_on", "released_on", "release_mode",
                      "charges", "expelled", "recognised_by")  # fmt: skip


def with_latest_case(
    store: Store, rows: list[Row], conditions: Sequence[ColumnElement[bool]] = ()
) -> list[Row]:
    """Return person ``rows`` with their other names (``aliases``) and the status (and the
    keeper's word for it, if a registry gave one), detention and release day, release mode,
    charges, expulsion and recognising group of their latest
    case (of the cases meeting ``conditions``, when given), as lists of people show them."""
    ids = [r["id"] for r in rows]
    latest = _latest_cases(store, ids, conditions)
    aliases = _aliases(store, ids)
    for row in rows:
        case = latest.get(row["id"])
        row["aliases"] = [a for a in aliases.get(row["id"], []) if a != row["name"]]
        for name in LATEST_CASE_FIELDS:
            row[name] = case[name] if case else None
    return rows


def get_person(store: Store, person_id: str) -> Row:
    """Return one person with aliases, cases (oldest first) and the sources of each."""
    with store.read() as connection:
        row = (
            connection.execute(select(persons).where(persons.c.id == person_id)).mappings().first()
        )
        if row is None:
            raise NotFoundError(f"no person with id {person_id!r}; try `doorwatch people --search`")
        person = dict(row)
        person_cases = [
            dict(r)
            for r in connection.execute(
                select(cases)
                .where(cases.c.person_id == person_id)
                .order_by(cases.c.detained_on, cases.c.id)
            ).mappings()
        ]
        names = [
            dict(r)
            for r in connection.execute(
                select(person_names.c.name, person_names.c.script, person_names.c.source_id)
                .where(person_names.c.person_id == person_id)
                .order_by(person_names.c.name)
            ).mappings()
        ]
    case_sources = citations_for(store, "case", [c["id"] for c in person_cases])
    for case in person_cases:
        case["sources"] = case_sources.get(case["id"], [])
    person["names"] = names
    person["cases"] = person_cases
    person["sources"] = citations_for(store, "person", [person_id]).get(person_id, [])
    return person


def all_person_names(store: Store) -> list[tuple[str, str]]:
    """Return (person id, name) for every name and alias of every person."""
    with store.read() as connection:
        main = connection.execute(select(persons.c.id, persons.c.name)).all()
        other = connection.execute(select(person_names.c.person_id, person_names.c.name)).all()
    seen = {(pid, name) for pid, name in main}
    seen.update((pid, name) for pid, name in other)
    return sorted(seen)


def person_ids_with_keys(
    connection: Connection,
    keys: Iterable[str],
    *,
    most: int,
    crowded: set[str] | None = None,
) -> tuple[dict[str, set[str]], set[str]]:
    """Return, for each stored person sharing one of ``keys``, the keys it shares; and the
    keys held by more than ``most`` persons, whose holders are left out.

    One index range read of at most ``most`` + 1 rows per key, so the cost follows the keys
    asked, never the size of the registry or how common a name is. ``crowded`` (kept by a
    caller over many calls of one write, which only adds persons) holds keys already known to
    be held by more than ``most``: they are not read again, and keys found crowded are added.
    """
    found: dict[str, set[str]] = defaultdict(set)
    known = crowded if crowded is not None else set()
    asked = sorted(set(keys))
    now_crowded = {key for key in asked if key in known}
    holders_of = first_holders(
        connection,
        name_keys,
        name_keys.c.key.name,
        name_keys.c.person_id.name,
        [key for key in asked if key not in known],
        most + 1,
    )
    for key, holders in holders_of.items():
        if len(holders) > most:
            now_crowded.add(key)
            if crowded is not None and len(crowded) < CROWDED_KEYS_KEPT:
                crowded.add(key)
            continue
        for person_id in holders:
            found[person_id].add(key)
    return found, now_crowded


def stored_person_ids(connection: Connection, person_ids: Iterable[str]) -> set[str]:
    """Return those of ``person_ids`` that are stored (looked up by primary key)."""
    wanted = sorted(set(person_ids))
    found: set[str] = set()
    for start in range(0, len(wanted), _CHUNK):
        query = select(persons.c.id).where(persons.c.id.in_(wanted[start : start + _CHUNK]))
        found.update(person_id for (person_id,) in connection.execute(query))
    return found


def names_of_persons(connection: Connection, person_ids: Iterable[str]) -> dict[str, list[str]]:
    """Return every name and alias of each stored person in ``person_ids``, sorted."""
    wanted = sorted(set(person_ids))
    found: dict[str, set[str]] = defaultdict(set)
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for table, column in ((persons, persons.c.id), (person_names, person_names.c.person_id)):
            query = select(column, table.c.name).where(column.in_(chunk))
            for person_id, name in connection.execute(query):
                found[person_id].add(name)
    return {person_id: sorted(names) for person_id, names in found.items()}


def cases_of_persons(connection: Connection, person_ids: Iterable[str]) -> dict[str, list[Row]]:
    """Return the stored cases of each person in ``person_ids``, oldest first."""
    wanted = sorted(set(person_ids))
    found: dict[str, list[Row]] = defaultdict(list)
    for start in range(0, len(wanted), _CHUNK):
        query = (
            select(cases)
            .where(cases.c.person_id.in_(wanted[start : start + _CHUNK]))
            .order_by(cases.c.person_id, cases.c.detained_on, cases.c.id)
        )
        for row in connection.execute(query).mappings():
            found[row["person_id"]].append(dict(row))
    return dict(found)
