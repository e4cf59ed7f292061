"""Reading every table in write order, for export; and checking an export's table names."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select

from doorwatch.store.database import Store
from doorwatch.store.schema import TABLE_ORDER, metadata


def dump_rows(store: Store, batch: int = 5_000) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (table name, row) for every row of every table, parents first, in key order."""
    with store.read() as connection:
        for table in TABLE_ORDER:
            query = select(table).order_by(*table.primary_key.columns)
            result = connection.execution_options(yield_per=batch).execute(query)
            for row in result.mappings():
                yield table.name, dict(row)


def table_columns() -> dict[str, list[str]]:
    """Return the column names of each exported table."""
    return {t.name: [c.name for c in t.columns] for t in TABLE_ORDER}


def column_types(table: str) -> dict[str, str]:
    """Return each column's kind for ``table``: date, datetime, int, float, bool or text."""
    kinds: dict[str, str] = {}
    for column in metadata.tables[table].columns:
        name = type(column.type).__name__.lower()
        if name == "date":
            kinds[column.name] = "date"
        elif name == "datetime":
            kinds[column.name] = "datetime"
        elif name == "integer":
            kinds[column.name] = "int"
        elif name == "float":
            kinds[column.name] = "float"
        elif name == "boolean":
            kinds[column.name] = "bool"
        else:
            kinds[column.name] = "text"
    return kinds
