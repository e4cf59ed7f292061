"""Counts per filter value of the registry's people list (facets), counted in SQL.

Six of the filters are single values of a case (status, detention year, release year,
release mode, expelled, recognising group): one GROUP BY over the cases by all six gives a
few thousand groups however many cases there are, and every facet under every combination of
these filters is a sum over those groups (:func:`facet_counts`), so one read of the cases
answers them all. Charges are several articles in one field; the article facet is a second
GROUP BY, over the distinct charge lists of the cases that match the other filters.

Each facet counts cases (a person re-arrested counts once per case), as the value would be
counted beside the other filters given, without its own: choosing a value shows how many
cases each other value of the same filter holds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from doorwatch.store.database import Store
from doorwatch.store.filters import CaseFilters, case_conditions, charged_with, year_of
from doorwatch.store.schema import cases

# The single-valued filters, in the order of a group's values.
GROUPED = ("status", "detained_year", "released_year", "release_mode", "expelled", "recognised_by")


@dataclass(frozen=True)
class CaseGroup:
    """Cases alike in every single-valued filter, and how many they are."""

    values: tuple[Any, ...]  # in the order of GROUPED; None where a case has no value
    count: int


def _expelled_word(value: bool | None) -> str:
    return "unknown" if value is None else ("yes" if value else "no")


def case_groups(connection: Connection, article: str | None = None) -> list[CaseGroup]:
    """Return the cases grouped by every single-valued filter (only those charged under
    ``article`` when it is given): one read of the cases."""
    keys = [
        cases.c.status,
        year_of(cases.c.detained_on),
        year_of(cases.c.released_on),
        cases.c.release_mode,
        cases.c.expelled,
        cases.c.recognised_by,
    ]
    query = select(*keys, func.count()).group_by(*keys)
    if article:
        query = query.where(charged_with(article))
    groups = []
    for *values, n in connection.execute(query):
        status, detained, released, mode, expelled, by = values
        year_d = int(detained) if detained is not None else None
        year_r = int(released) if released is not None else None
        row = (status, year_d, year_r, mode, _expelled_word(expelled), by)
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


def charge_counts(connection: Connection, filters: CaseFilters) -> Counter[str]:
    """Return the cases charged under each article among those matching ``filters`` (its
    article aside): a GROUP BY over the distinct charge lists, split here."""
    query = (
        select(cases.c.charges, func.count())
        .where(cases.c.charges.is_not(None), *case_conditions(filters.without("article")))
        .group_by(cases.c.charges)
    )
    counts: Counter[str] = Counter()
    for charges, n in connection.execute(query):
        for article in _articles(charges):
            counts[article] += int(n)
    return counts


def _articles(charges: str) -> Iterable[str]:
    return {a.strip() for a in charges.split(";") if a.strip()}


def groups_of(store: Store, *, article: str | None = None) -> list[CaseGroup]:
    """Return :func:`case_groups` read in one transaction of ``store``."""
    with store.read() as connection:
        return case_groups(connection, article)


def charges_of(store: Store, filters: CaseFilters) -> Counter[str]:
    """Return :func:`charge_counts` read in one transaction of ``store``."""
    with store.read() as connection:
        return charge_counts(connection, filters)
