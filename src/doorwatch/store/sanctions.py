"""Queries and writes for imported sanctions lists, their targets and the changes between them.

A list is written in one transaction while its file is read, in batches, so memory holds one
batch; an error anywhere in the file rolls the whole list back.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import Connection, delete, func, insert, select, update

from doorwatch.errors import ConflictError, NotFoundError
from doorwatch.store.database import Store
from doorwatch.store.engine import insert_ignoring_duplicates
from doorwatch.store.schema import (
    citations,
    concessions,
    measures,
    sanction_changes,
    sanction_entries,
    sanction_lists,
    sources,
)

Row = dict[str, Any]
_BATCH = 1_000


class ListHead(Protocol):
    """What the store needs to know about a list being written."""

    format: str
    imposer: str
    publisher: str
    title: str
    list_date: str | None
    series: str


@dataclass(frozen=True, slots=True)
class StoredList:
    """What an import stored: the list's key and name, its counts and whether it was new."""

    id: str
    name: str
    imposer: str
    series: str
    format: str
    list_date: str | None
    records: int
    targets: int
    new: bool


def find_list_by_hash(store: Store, sha256: str) -> Row | None:
    """Return the stored list whose file had ``sha256``, or None."""
    with store.read() as connection:
        row = (
            connection.execute(select(sanction_lists).where(sanction_lists.c.sha256 == sha256))
            .mappings()
            .first()
        )
    return dict(row) if row else None


def write_list(
    store: Store,
    *,
    list_id: str,
    name: str | None,
    info: ListHead,
    rows: Iterable[Row],
    sha256: str,
    default_name: Callable[[], str],
    merge: Callable[[Row, Row], Row],
    progress: Callable[[int], None] | None = None,
) -> StoredList:
    """Store a list while reading its entry ``rows``, in one transaction; return its summary.

    ``info`` (publisher, dates) is complete only after the rows are read, so the list row is
    written first and completed at the end. The same entry id appearing twice (the EU repeats an
    entity under a second programme) is stored once, as ``merge(stored, new)``. A name already
    taken is a ConflictError.
    """
    with store.write() as connection:
        connection.execute(
            insert(sources).values(
                id=list_id, kind="sanctions_list", publisher=info.publisher, title=info.title
            )
        )
        connection.execute(
            insert(sanction_lists).values(
                id=list_id,
                name=list_id,
                source_id=list_id,
                imposer=info.imposer,
                series=info.series,
                format=info.format,
                sha256=sha256,
                records=0,
                targets=0,
                imported_at=datetime.now(UTC).replace(tzinfo=None),
            )
        )
        records, targets = _write_entries(connection, list_id, rows, merge, progress)
        final = name or default_name()
        if name is None and _name_taken(connection, final):
            final = f"{final}-{info.format}"  # two formats of one list on one date
        if _name_taken(connection, final):
            raise ConflictError(
                f"a sanctions list named {final!r} is already imported; give another with --as"
            )
        connection.execute(
            update(sanction_lists)
            .where(sanction_lists.c.id == list_id)
            .values(
                name=final,
                series=info.series,
                list_date=info.list_date,
                records=records,
                targets=targets,
            )
        )
        connection.execute(
            update(sources)
            .where(sources.c.id == list_id)
            .values(title=info.title, published=info.list_date)
        )
    return StoredList(
        list_id,
        final,
        info.imposer,
        info.series,
        info.format,
        info.list_date,
        records,
        targets,
        True,
    )


def _name_taken(connection: Connection, name: str) -> bool:
    query = select(sanction_lists.c.id).where(sanction_lists.c.name == name)
    return connection.execute(query).first() is not None


def _write_entries(
    connection: Connection,
    list_id: str,
    rows: Iterable[Row],
    merge: Callable[[Row, Row], Row],
    progress: Callable[[int], None] | None,
) -> tuple[int, int]:
    seen: set[str] = set()
    batch: list[Row] = []
    records = 0
    for row in rows:
        records += 1
        entry = {**row, "list_id": list_id}
        if entry["entry_id"] in seen:
            if any(r["entry_id"] == entry["entry_id"] for r in batch):
                batch = _flush(connection, batch)
            key = (sanction_entries.c.list_id == list_id) & (
                sanction_entries.c.entry_id == entry["entry_id"]
            )
            stored = dict(connection.execute(select(sanction_entries).where(key)).mappings().one())
            merged = merge(stored, entry)
            connection.execute(
                update(sanction_entries)
                .where(key)
                .values({k: v for k, v in merged.items() if k not in ("list_id", "entry_id")})
            )
            continue
        seen.add(entry["entry_id"])
        batch.append(entry)
        if len(batch) >= _BATCH:
            batch = _flush(connection, batch)
            if progress:
                progress(records)
    _flush(connection, batch)
    if progress:
        progress(records)
    return records, len(seen)


def _flush(connection: Connection, batch: list[Row]) -> list[Row]:
    if batch:
        connection.execute(insert(sanction_entries), batch)
    return []


def list_lists(store: Store) -> list[Row]:
    """Return every imported list, by imposer then date."""
    with store.read() as connection:
        query = select(sanction_lists).order_by(
            sanction_lists.c.imposer, sanction_lists.c.list_date, sanction_lists.c.imported_at
        )
        return [dict(r) for r in connection.execute(query).mappings()]


def get_list(store: Store, name: str) -> Row:
    """Return the list named ``name``, else the latest list of the imposer ``name`` (us, eu...)."""
    with store.read() as connection:
        row = (
            connection.execute(select(sanction_lists).where(sanction_lists.c.name == name))
            .mappings()
            .first()
        )
        if row is None:
            row = (
                connection.execute(
                    select(sanction_lists)
                    .where(sanction_lists.c.imposer == name)
                    .order_by(
                        sanction_lists.c.list_date.desc().nulls_last(),
                        sanction_lists.c.imported_at.desc(),
                    )
                )
                .mappings()
                .first()
            )
        if row is None:
            known = connection.execute(select(sanction_lists.c.name)).scalars().all()
            raise NotFoundError(
                f"no sanctions list named {name!r}; imported: {', '.join(sorted(known)) or 'none'}"
                " (or use an imposer: us, eu, uk, ca, os)"
            )
    return dict(row)


def iter_entries(store: Store, list_id: str, *, with_details: bool = True) -> Iterator[Row]:
    """Yield the targets of one list in id order; ``details`` decoded when asked for."""
    columns = [c for c in sanction_entries.c if with_details or c.name != "details"]
    with store.read() as connection:
        result = connection.execute(
            select(*columns)
            .where(sanction_entries.c.list_id == list_id)
            .order_by(sanction_entries.c.entry_id)
        ).mappings()
        for row in result:
            entry = dict(row)
            if with_details:
                entry["details"] = json.loads(entry["details"])
            yield entry


def entries_named(store: Store, entry_id: str) -> list[Row]:
    """Return every listing with the list id ``entry_id``, in any list, with its list's name."""
    with store.read() as connection:
        query = (
            select(
                sanction_entries,
                sanction_lists.c.name.label("list_name"),
                sanction_lists.c.imposer,
                sanction_lists.c.list_date,
            )
            .join(sanction_lists, sanction_lists.c.id == sanction_entries.c.list_id)
            .where(sanction_entries.c.entry_id == entry_id)
            .order_by(sanction_lists.c.imposer, sanction_lists.c.list_date)
        )
        rows = [dict(r) for r in connection.execute(query).mappings()]
    for row in rows:
        row["details"] = json.loads(row["details"])
    return rows


def series_lists(connection: Connection, series: str) -> list[Row]:
    """Return the snapshots of one series, oldest first (undated ones by import time)."""
    query = (
        select(sanction_lists)
        .where(sanction_lists.c.series == series)
        .order_by(sanction_lists.c.list_date.nulls_first(), sanction_lists.c.imported_at)
    )
    return [dict(r) for r in connection.execute(query).mappings()]


def fingerprints(connection: Connection, list_id: str) -> dict[str, Row]:
    """Return entry id -> (schema, name, programmes, fingerprint, listed_on) for one list."""
    query = select(
        sanction_entries.c.entry_id,
        sanction_entries.c.schema,
        sanction_entries.c.name,
        sanction_entries.c.programmes,
        sanction_entries.c.fingerprint,
        sanction_entries.c.listed_on,
    ).where(sanction_entries.c.list_id == list_id)
    return {r["entry_id"]: dict(r) for r in connection.execute(query).mappings()}


def replace_changes(store: Store, series: str, changes: list[Row], lifted: list[Row]) -> None:
    """Replace the recorded changes of ``series`` and keep its delisting measures in step.

    ``lifted`` are measure rows (with ``source_id``) for removals; a delisting measure no longer
    derived is removed unless a deal's concession names it.
    """
    with store.write() as connection:
        old_ids = set(
            connection.execute(
                select(sanction_changes.c.measure_id).where(
                    (sanction_changes.c.series == series)
                    & sanction_changes.c.measure_id.is_not(None)
                )
            ).scalars()
        )
        connection.execute(delete(sanction_changes).where(sanction_changes.c.series == series))
        for start in range(0, len(changes), _BATCH):
            connection.execute(insert(sanction_changes), changes[start : start + _BATCH])
        keep = {m["id"] for m in lifted}
        dialect = connection.dialect.name
        for measure in lifted:
            source_id = measure["source_id"]
            row = {k: v for k, v in measure.items() if k != "source_id"}
            connection.execute(insert_ignoring_duplicates(measures, dialect), [row])
            connection.execute(
                insert_ignoring_duplicates(citations, dialect),
                [{"record_type": "measure", "record_id": row["id"], "source_id": source_id}],
            )
        gone = old_ids - keep
        if gone:
            used = set(
                connection.execute(
                    select(concessions.c.measure_id).where(concessions.c.measure_id.in_(gone))
                ).scalars()
            )
            drop = sorted(gone - used)
            connection.execute(
                delete(citations).where(
                    (citations.c.record_type == "measure") & citations.c.record_id.in_(drop)
                )
            )
            connection.execute(delete(measures).where(measures.c.id.in_(drop)))


def changes_between(store: Store, old_list_id: str, new_list_id: str) -> list[Row]:
    """Return the recorded changes between two adjacent snapshots, by change then name."""
    with store.read() as connection:
        query = (
            select(sanction_changes)
            .where(
                (sanction_changes.c.old_list_id == old_list_id)
                & (sanction_changes.c.new_list_id == new_list_id)
            )
            .order_by(sanction_changes.c.change, sanction_changes.c.name)
        )
        return [dict(r) for r in connection.execute(query).mappings()]


def count_entries(store: Store, list_id: str) -> int:
    """Return how many targets one list holds."""
    with store.read() as connection:
        return int(
            connection.execute(
                select(func.count()).where(sanction_entries.c.list_id == list_id)
            ).scalar_one()
        )


def read_fingerprints(store: Store, list_id: str) -> dict[str, Row]:
    """Return :func:`fingerprints` of one list through a read connection."""
    with store.read() as connection:
        return fingerprints(connection, list_id)


def read_series(store: Store, series: str) -> list[Row]:
    """Return :func:`series_lists` through a read connection."""
    with store.read() as connection:
        return series_lists(connection, series)


def changes_for_entry(store: Store, series: str, entry_id: str) -> list[Row]:
    """Return the recorded changes of one target in one series, oldest first."""
    with store.read() as connection:
        query = (
            select(sanction_changes)
            .where(
                (sanction_changes.c.series == series) & (sanction_changes.c.entry_id == entry_id)
            )
            .order_by(sanction_changes.c.on)
        )
        return [dict(r) for r in connection.execute(query).mappings()]


def add_concessions(store: Store, rows: list[Row]) -> int:
    """Store concessions (id, deal_id, kind, measure_id, description) not stored yet; return
    how many were new."""
    if not rows:
        return 0
    with store.write() as connection:
        known = set(
            connection.execute(
                select(concessions.c.id).where(concessions.c.id.in_([r["id"] for r in rows]))
            ).scalars()
        )
        fresh = [r for r in rows if r["id"] not in known]
        if fresh:
            connection.execute(insert(concessions), fresh)
    return len(fresh)
