"""What a streamed import has already written, kept in the database rather than in memory.

An import of a million rows is written batch by batch inside one transaction. The checks that
span the whole file (a case on two rows, one person_id with two names) and the rule that people
of one file are never matched to each other by name need the keys of the rows already read;
they go into a temporary table of the import's connection, so memory stays bounded by one
batch. The table is dropped with the transaction (PostgreSQL) or at its end (SQLite).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Boolean, Column, Connection, Integer, MetaData, String, Table, select

from doorwatch.store.schema import KEY

_metadata = MetaData()
# kind: "case" or "person"; row: the first row of the file holding it; name: a person's name;
# added: whether this import added the person (rather than finding it stored).
import_seen = Table(
    "doorwatch_import_seen",
    _metadata,
    Column("kind", String(8), primary_key=True),
    Column("id", KEY, primary_key=True),
    Column("row", Integer, nullable=False),
    Column("name", String(500)),
    Column("added", Boolean, nullable=False),
    prefixes=["TEMPORARY"],
    postgresql_on_commit="DROP",
)
_CHUNK = 500


class ImportScratch:
    """The keys a streamed import has seen so far, in a temporary table of its connection."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        # SQLite runs DDL outside the transaction, so a table may remain from a failed import.
        import_seen.create(connection, checkfirst=True)
        connection.execute(import_seen.delete())

    def seen(self, kind: str, ids: Iterable[str]) -> dict[str, tuple[int, str | None, bool]]:
        """Return (first row, name, added) of each of ``ids`` of ``kind`` seen before."""
        wanted = sorted(set(ids))
        found: dict[str, tuple[int, str | None, bool]] = {}
        table = import_seen.c
        for start in range(0, len(wanted), _CHUNK):
            query = select(table.id, table.row, table.name, table.added).where(
                table.kind == kind, table.id.in_(wanted[start : start + _CHUNK])
            )
            for key, row, name, added in self.connection.execute(query):
                found[key] = (int(row), name, bool(added))
        return found

    def remember(self, kind: str, rows: Sequence[tuple[str, int, str | None, bool]]) -> None:
        """Record (id, row, name, added) of keys of ``kind`` met for the first time."""
        if rows:
            self.connection.execute(
                import_seen.insert(),
                [
                    {"kind": kind, "id": key, "row": row, "name": name, "added": added}
                    for key, row, name, added in rows
                ],
            )

    def close(self) -> None:
        """Drop the table (SQLite keeps temporary tables for the connection's life)."""
        if self.connection.dialect.name != "postgresql":
            import_seen.drop(self.connection)
