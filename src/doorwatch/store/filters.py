"""Filters of the list queries: a column equal to a value, for each value given."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select


def where_equal(query: Select[Any], *pairs: tuple[ColumnElement[Any], Any]) -> Select[Any]:
    """Return ``query`` narrowed to rows whose column equals the value, for each
    ``(column, value)`` pair whose value is given (None and "" filter nothing)."""
    for column, value in pairs:
        if value:
            query = query.where(column == value)
    return query
