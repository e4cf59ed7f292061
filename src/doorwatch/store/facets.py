"""Counts per filter value of the registry's people list (facets), kept in ``case_facets``.

Six of the filters are single values of a case (status, detention year, release year,
release mode, expelled, recognising group): cases alike in all six form a group, a few
hundred however many cases there are, and every facet under every combination of these
filters is a sum over those groups (:func:`facet_counts`). Charges are several articles in one
field; ``case_facets`` also counts each group's cases per article, so the article facet and
the groups of the cases charged under one article are sums over its rows too.

The table is derived from the cases like the daily counts: every write that changes cases
moves the rows its cases leave and join (:func:`case_facet_keys`, applied with the daily counts
by :mod:`store.derived_counts`) in its own transaction; :func:`refresh_case_facets` rebuilds it
with one GROUP BY over the cases (``doorwatch reindex``, migration 0018, bulk loads). So no
count per filter value reads the cases, with or without filters.

Each facet counts cases (a person re-arrested counts once per case), as the value would be
counted beside the other filters given, without its own: choosing a value shows how many
cases each other value of the same filter holds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, delete, func, insert, select

from doorwatch.store.counted_rows import (
    CountKey,
    apply_counts,
    count_changes,
    rebuild_and_compare,
    stored_counts,
)
from doorwatch.store.database import Store
from doorwatch.store.engine import lock_for_rebuild
from doorwatch.store.filters import CaseFilters, articles_of, year_of
from doorwatch.store.schema import case_facets, cases

# The single-valued filters, in the order of a group's values.
GROUPED = ("status", "detained_year", "released_year", "release_mode", "expelled", "recognised_by")
# The key columns of ``case_facets``: the article (null: every case), then the group's values.
KEY_COLUMNS = ("article", *GROUPED)


@dataclass(frozen=True)
class CaseGroup:
    """Cases alike in every single-valued filter, and how many they are."""

    values: tuple[Any, ...]  # in the order of GROUPED; None where a case has no value
    count: int


def _expelled_word(value: bool | None) -> str:
    return "unknown" if value is None else ("yes" if value else "no")


def _year(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.year
    return int(str(value)[:4])  # an ISO date as text


def _flag(value: Any) -> bool | None:
    return None if value is None else bool(value)


def _normal_key(key: CountKey) -> CountKey:
    article, status, detained, released, mode, expelled, by = key
    return (article, status, detained, released, mode, _flag(expelled), by)


def case_facet_keys(case: Mapping[str, Any]) -> list[CountKey]:
    """Return the rows of ``case_facets`` that one case counts in (the rebuild's rules): its
    group's row, and one per distinct article of its charges."""
    group = (
        case.get("status"),
        _year(case.get("detained_on")),
        _year(case.get("released_on")),
        case.get("release_mode"),
        _flag(case.get("expelled")),
        case.get("recognised_by"),
    )
    charges = case.get("charges")
    articles = sorted(set(articles_of(charges))) if charges else []
    return [(None, *group), *[(article, *group) for article in articles]]


def case_facet_changes(
    before: Iterable[Mapping[str, Any]], after: Iterable[Mapping[str, Any]]
) -> Counter[CountKey]:
    """Return how the facet rows move when the cases ``before`` become the cases ``after``."""
    return count_changes(before, after, case_facet_keys)


def refresh_case_facets(connection: Connection) -> None:
    """Rebuild ``case_facets`` from ``cases`` inside the caller's transaction: one GROUP BY
    over the cases by their charges and the six single-valued filters, the charge lists split
    into articles here (a few hundred distinct lists, whatever the number of cases)."""
    lock_for_rebuild(connection, case_facets)
    connection.execute(delete(case_facets))
    keys = [
        cases.c.charges,
        cases.c.status,
        year_of(cases.c.detained_on),
        year_of(cases.c.released_on),
        cases.c.release_mode,
        cases.c.expelled,
        cases.c.recognised_by,
    ]
    counts: Counter[CountKey] = Counter()
    for *values, n in connection.execute(select(*keys, func.count()).group_by(*keys)):
        charges, status, detained, released, mode, expelled, by = values
        case = {
            "charges": charges,
            "status": status,
            "detained_on": None if detained is None else date(int(detained), 1, 1),
            "released_on": None if released is None else date(int(released), 1, 1),
            "release_mode": mode,
            "expelled": expelled,
            "recognised_by": by,
        }
        for key in case_facet_keys(case):
            counts[key] += int(n)
    rows = [{**dict(zip(KEY_COLUMNS, key, strict=True)), "count": n} for key, n in counts.items()]
    if rows:
        connection.execute(insert(case_facets), rows)


def apply_facet_delta(connection: Connection, delta: Counter[CountKey]) -> int:
    """Add ``delta`` (from :func:`case_facet_changes`) to ``case_facets`` in the caller's
    transaction; return the number of rows touched (the table is rebuilt when its counts do
    not add up)."""
    return apply_counts(connection, case_facets, KEY_COLUMNS, delta, refresh_case_facets)


def stored_case_facets(connection: Connection) -> Counter[CountKey]:
    """Return the rows of ``case_facets`` as counts by their key columns."""
    return stored_counts(connection, case_facets, KEY_COLUMNS, _normal_key)


def rebuild_case_facets(store: Store) -> dict[str, int]:
    """Rebuild ``case_facets`` from every case in one transaction; return the rows it now
    holds and how many of the rows before differed from the rebuilt ones."""
    with store.write() as connection:
        return rebuild_and_compare(connection, refresh_case_facets, stored_case_facets)


def case_groups(connection: Connection, article: str | None = None) -> list[CaseGroup]:
    """Return the cases grouped by every single-valued filter (only those charged under
    ``article`` when it is given): one read of ``case_facets``."""
    table = case_facets.c
    chosen = table.article.is_(None) if not article else table.article == article.strip()
    query = select(*[table[name] for name in GROUPED], table.count).where(chosen)
    groups = []
    for *values, n in connection.execute(query):
        status, detained, released, mode, expelled, by = values
        row = (status, detained, released, mode, _expelled_word(_flag(expelled)), by)
        groups.append(CaseGroup(row, int(n)))
    return groups


def facet_counts(groups: Sequence[CaseGroup], filters: CaseFilters) -> dict[str, Counter[Any]]:
    """Return, for each single-valued filter, the cases per value among ``groups`` that match
    every other given filter (groups already narrowed by article, if one is given)."""
    given = {k: v for k, v in filters.given().items() if k in GROUPED}
    wanted = [(GROUPED.index(k), v) for k, v in given.items()]
    found: dict[str, Counter[Any]] = {name: Counter() for name in GROUPED}
    for group in groups:
        misses = [i for i, v in wanted if _normal(group.values[i]) != _normal(v)]
        if len(misses) > 1:
            continue
        for i, name in enumerate(GROUPED):
            # A group counts for a facet when it matches every filter but that facet's own.
            if not misses or misses == [i]:
                found[name][group.values[i]] += group.count
    return found


def _normal(value: Any) -> Any:
    return str(value) if value is not None else None


def _facet_conditions(filters: CaseFilters) -> list[ColumnElement[bool]]:
    """Return the conditions on ``case_facets`` that the single-valued filters make."""
    table = case_facets.c
    found: list[ColumnElement[bool]] = []
    for name, value in filters.given().items():
        if name == "expelled":
            flag = {"yes": True, "no": False}.get(str(value))
            found.append(table.expelled.is_(flag) if flag is not None else table.expelled.is_(None))
        elif name in ("detained_year", "released_year"):
            found.append(table[name] == int(value))
        elif name in GROUPED:
            found.append(table[name] == value)
    return found


def charge_counts(connection: Connection, filters: CaseFilters) -> Counter[str]:
    """Return the cases charged under each article among those matching ``filters`` (its
    article aside): a sum over the article rows of ``case_facets``."""
    table = case_facets.c
    query = (
        select(table.article, func.sum(table.count))
        .where(table.article.is_not(None), *_facet_conditions(filters.without("article")))
        .group_by(table.article)
    )
    return Counter({str(article): int(n) for article, n in connection.execute(query)})


def groups_of(store: Store, *, article: str | None = None) -> list[CaseGroup]:
    """Return :func:`case_groups` read in one transaction of ``store``."""
    with store.read() as connection:
        return case_groups(connection, article)


def charges_of(store: Store, filters: CaseFilters) -> Counter[str]:
    """Return :func:`charge_counts` read in one transaction of ``store``."""
    with store.read() as connection:
        return charge_counts(connection, filters)
