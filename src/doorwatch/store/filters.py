"""Filters of the list queries: a column equal to a value, for each value given; and the
filters of the registry's people list, as conditions on cases."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, and_, func, literal

from doorwatch.store.schema import cases

# The filters of the people list, in the order pages and tables show them.
CASE_FILTERS = (
    "status",
    "detained_year",
    "released_year",
    "article",
    "release_mode",
    "expelled",
    "recognised_by",
)
# How ``expelled`` is asked for and counted: the sources say yes, say no, or do not say.
EXPELLED_VALUES = ("yes", "no", "unknown")


def where_equal(query: Select[Any], *pairs: tuple[ColumnElement[Any], Any]) -> Select[Any]:
    """Return ``query`` narrowed to rows whose column equals the value, for each
    ``(column, value)`` pair whose value is given (None and "" filter nothing)."""
    for column, value in pairs:
        if value:
            query = query.where(column == value)
    return query


@dataclass(frozen=True)
class CaseFilters:
    """What a case must be for its person to be listed: each field given narrows the list to
    the people with one case that matches every given field."""

    status: str | None = None
    detained_year: int | None = None
    released_year: int | None = None
    article: str | None = None  # one criminal-code article among the case's charges
    release_mode: str | None = None
    expelled: str | None = None  # one of EXPELLED_VALUES
    recognised_by: str | None = None

    def given(self) -> dict[str, Any]:
        """Return the fields that filter (neither None nor empty), by name."""
        return {k: v for k, v in asdict(self).items() if v is not None and v != ""}

    def without(self, name: str) -> CaseFilters:
        """Return these filters with ``name`` left out (a facet counts beside its own value)."""
        return replace(self, **{name: None})


def year_of(column: ColumnElement[Any]) -> ColumnElement[int]:
    """Return the year of a date column, as an integer, on either backend."""
    return func.extract("year", column).cast(Integer)


def _year(column: ColumnElement[Any], year: int, *, by_index: bool) -> ColumnElement[bool]:
    if by_index:
        # A range, not a function of the column, so that the column's index answers it.
        return and_(column >= date(year, 1, 1), column < date(year + 1, 1, 1))
    # The year of the column: no index answers it, so the planner walks the people in order
    # and stops after a page, where the date index would read every case of a common year
    # and sort them.
    return year_of(column) == year


# How a case keeps its criminal-code articles in one text: the filter below and the counts per
# article (store/facets.py) read this form, and every way in writes it (joined_articles).
ARTICLE_SEPARATOR = "; "


def articles_of(charges: str) -> list[str]:
    """Return the articles of a case's ``charges`` text, in order: split at ``;``, stripped,
    empties dropped."""
    return [a.strip() for a in charges.split(";") if a.strip()]


def joined_articles(parts: Iterable[str]) -> str | None:
    """Return ``parts`` (each may hold several ``;``-separated articles) as a case keeps them:
    the articles joined by :data:`ARTICLE_SEPARATOR`; None when there are none. So an article
    written "342;361-1" is found under 361-1 like any other."""
    return ARTICLE_SEPARATOR.join(a for part in parts for a in articles_of(part)) or None


def charged_with(article: str) -> ColumnElement[bool]:
    """Return the condition that ``article`` is one of a case's "; "-separated charges."""
    escaped = article.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    padded = literal(ARTICLE_SEPARATOR) + cases.c.charges + literal(";")
    return padded.like(f"%{ARTICLE_SEPARATOR}{escaped};%", escape="\\")


def case_conditions(
    filters: CaseFilters, *, years_by_index: bool = True
) -> list[ColumnElement[bool]]:
    """Return the conditions on ``cases`` that the given filters make; ``years_by_index``
    False words a year so that no date index is used for it (for pages of common years)."""
    given = filters.given()
    found: list[ColumnElement[bool]] = []
    for name in ("status", "release_mode", "recognised_by"):
        if name in given:
            found.append(cases.c[name] == given[name])
    if "detained_year" in given:
        found.append(
            _year(cases.c.detained_on, int(given["detained_year"]), by_index=years_by_index)
        )
    if "released_year" in given:
        found.append(
            _year(cases.c.released_on, int(given["released_year"]), by_index=years_by_index)
        )
    if "article" in given:
        found.append(charged_with(str(given["article"])))
    expelled = given.get("expelled")
    if expelled == "yes":
        found.append(cases.c.expelled.is_(True))
    elif expelled == "no":
        found.append(cases.c.expelled.is_(False))
    elif expelled == "unknown":
        found.append(cases.c.expelled.is_(None))
    return found
