"""The unit of writing: a set of rows per table, stored all at once or not at all."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from doorwatch.store.schema import CASE_COLUMNS, TABLE_ORDER, metadata

Row = dict[str, Any]
TABLE_NAMES: tuple[str, ...] = tuple(t.name for t in TABLE_ORDER)
# The primary-key columns of each table, read once (an import adds millions of rows).
_KEYS: dict[str, tuple[str, ...]] = {
    name: tuple(c.name for c in table.primary_key.columns)
    for name, table in metadata.tables.items()
}


@dataclass
class RecordSet:
    """Rows to write, by table name; later rows with the same key replace earlier ones."""

    rows: dict[str, dict[tuple[Any, ...], Row]] = field(default_factory=lambda: defaultdict(dict))

    def add(self, table: str, row: Row) -> None:
        """Add ``row`` to ``table`` (replacing a row with the same primary key)."""
        key = _KEYS.get(table) or _keys_of(table)
        self.rows[table][tuple([row[name] for name in key])] = row

    def cite(
        self, record_type: str, record_id: str, source_id: str, note: str | None = None
    ) -> None:
        """Record that ``source_id`` supports the ``record_type`` row ``record_id``."""
        self.add(
            "citations",
            {
                "record_type": record_type,
                "record_id": record_id,
                "source_id": source_id,
                "note": note,
            },
        )

    def table(self, name: str) -> list[Row]:
        """Return the rows for table ``name``."""
        return list(self.rows.get(name, {}).values())

    def count(self) -> int:
        """Return the number of rows in the set."""
        return sum(len(v) for v in self.rows.values())

    def has(self, table: str, key: tuple[Any, ...]) -> bool:
        """Return True when the set holds a row of ``table`` with primary key ``key``."""
        return key in self.rows.get(table, {})


def _keys_of(table: str) -> tuple[str, ...]:
    """Return the primary-key columns of a table defined after this module was loaded."""
    _KEYS[table] = tuple(c.name for c in metadata.tables[table].primary_key.columns)
    return _KEYS[table]


def case_row(**values: Any) -> Row:
    """Return a row of ``cases`` with every column, those not given left empty (None).

    The one place a case row is shaped, for the registry reader and the dataset folder alike;
    a column ``cases`` does not have is a programming error.
    """
    unknown = set(values) - set(CASE_COLUMNS)
    if unknown:
        raise KeyError(f"cases has no column(s) {', '.join(sorted(unknown))}")
    return {column: values.get(column) for column in CASE_COLUMNS}


@dataclass
class WriteSummary:
    """What a write did, per table: rows added, rows changed, rows already stored as given."""

    added: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)

    def include(self, other: WriteSummary) -> None:
        """Add the counts of ``other`` (a later batch of the same write) to these."""
        for mine, theirs in (
            (self.added, other.added),
            (self.changed, other.changed),
            (self.unchanged, other.unchanged),
        ):
            for name, count in theirs.items():
                mine[name] = mine.get(name, 0) + count

    @property
    def total_added(self) -> int:
        """Return the number of rows added over all tables."""
        return sum(self.added.values())

    @property
    def total_changed(self) -> int:
        """Return the number of rows changed over all tables."""
        return sum(self.changed.values())

    @property
    def total_unchanged(self) -> int:
        """Return the number of rows that were already stored as given."""
        return sum(self.unchanged.values())

    def as_dict(self) -> dict[str, Any]:
        """Return the summary as a JSON-friendly dict."""
        return {
            "added": self.total_added,
            "changed": self.total_changed,
            "unchanged": self.total_unchanged,
            "by_table": {
                name: {
                    "added": self.added.get(name, 0),
                    "changed": self.changed.get(name, 0),
                    "unchanged": self.unchanged.get(name, 0),
                }
                for name in TABLE_NAMES
                if name in self.added or name in self.changed or name in self.unchanged
            },
        }
