"""What archive ingest keeps besides sources and claims: shards done, and wire copies."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import bindparam, select, update

from doorwatch.store.database import Store
from doorwatch.store.schema import archive_shards, sources


def done_shards(store: Store) -> set[str]:
    """Return the SHA-256 digests of the archive shards already taken in."""
    with store.read() as connection:
        return set(connection.execute(select(archive_shards.c.sha256)).scalars())


def mark_shard_done(store: Store, row: Mapping[str, Any]) -> None:
    """Record one archive shard as taken in (``sha256``, ``path``, ``finished``, counts)."""
    with store.write() as connection:
        connection.execute(archive_shards.insert(), [dict(row)])


def source_ids(store: Store, kind: str) -> list[str]:
    """Return the ids of every source of ``kind``, in id order."""
    with store.read() as connection:
        query = select(sources.c.id).where(sources.c.kind == kind).order_by(sources.c.id)
        return list(connection.execute(query).scalars())


def source_texts(store: Store, ids: list[str]) -> Iterator[tuple[str, str | None, str]]:
    """Yield ``(id, published, text)`` of the sources ``ids``, a few hundred at a time."""
    for start in range(0, len(ids), 500):
        with store.read() as connection:
            query = select(sources.c.id, sources.c.published, sources.c.text).where(
                sources.c.id.in_(ids[start : start + 500])
            )
            rows = [(r.id, r.published, r.text or "") for r in connection.execute(query)]
        yield from rows


def set_copies(store: Store, copy_of: Mapping[str, str | None]) -> int:
    """Set ``copy_of`` of each source in ``copy_of``; return how many changed."""
    if not copy_of:
        return 0
    with store.read() as connection:
        ids = list(copy_of)
        current: dict[str, str | None] = {}
        for start in range(0, len(ids), 500):
            query = select(sources.c.id, sources.c.copy_of).where(
                sources.c.id.in_(ids[start : start + 500])
            )
            current.update({r.id: r.copy_of for r in connection.execute(query)})
    changed = {k: v for k, v in copy_of.items() if k in current and current[k] != v}
    if changed:
        statement = (
            update(sources)
            .where(sources.c.id == bindparam("source"))
            .values(copy_of=bindparam("origin"))
        )
        with store.write() as connection:
            connection.execute(
                statement, [{"source": k, "origin": v} for k, v in sorted(changed.items())]
            )
    return len(changed)


def stored_source_ids(store: Store, ids: list[str]) -> set[str]:
    """Return those of ``ids`` that are stored sources."""
    found: set[str] = set()
    with store.read() as connection:
        for start in range(0, len(ids), 500):
            query = select(sources.c.id).where(sources.c.id.in_(ids[start : start + 500]))
            found.update(connection.execute(query).scalars())
    return found
