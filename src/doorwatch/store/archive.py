"""What archive ingest keeps besides sources and claims: shards done, wire-copy signatures and
copies."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import bindparam, select, update

from doorwatch.store.database import Store
from doorwatch.store.schema import archive_shards, source_signatures, sources


def done_shards(store: Store) -> set[str]:
    """Return the SHA-256 digests of the archive shards already taken in."""
    with store.read() as connection:
        return set(connection.execute(select(archive_shards.c.sha256)).scalars())


def mark_shard_done(
    store: Store, row: Mapping[str, Any], signatures: Sequence[Mapping[str, Any]] = ()
) -> None:
    """Record one archive shard as taken in (``sha256``, ``path``, ``finished``, counts), with
    the signature rows of its articles (see ``save_signatures``), in one transaction."""
    with store.write() as connection:
        _insert_signatures(connection, signatures)
        connection.execute(archive_shards.insert(), [dict(row)])


def save_signatures(store: Store, rows: Sequence[Mapping[str, Any]]) -> int:
    """Store wire-copy signature rows (``source_id``, ``scheme``, ``size``, ``signature``) of
    sources that have none yet; return how many were added."""
    with store.write() as connection:
        return _insert_signatures(connection, rows)


def _insert_signatures(connection: Any, rows: Sequence[Mapping[str, Any]]) -> int:
    ids = sorted({str(r["source_id"]) for r in rows})
    have: set[str] = set()
    for start in range(0, len(ids), 500):
        query = select(source_signatures.c.source_id).where(
            source_signatures.c.source_id.in_(ids[start : start + 500])
        )
        have.update(connection.execute(query).scalars())
    fresh = {str(r["source_id"]): dict(r) for r in rows if str(r["source_id"]) not in have}
    if fresh:
        connection.execute(source_signatures.insert(), [fresh[k] for k in sorted(fresh)])
    return len(fresh)


def stored_signatures(
    store: Store, ids: Sequence[str], scheme: str
) -> dict[str, tuple[str | None, int, str]]:
    """Return ``{id: (published, size, signature)}`` for those of ``ids`` whose signature was
    stored under ``scheme``, a few hundred at a time."""
    found: dict[str, tuple[str | None, int, str]] = {}
    for start in range(0, len(ids), 500):
        with store.read() as connection:
            query = (
                select(
                    sources.c.id,
                    sources.c.published,
                    source_signatures.c.size,
                    source_signatures.c.signature,
                )
                .join(source_signatures, source_signatures.c.source_id == sources.c.id)
                .where(
                    sources.c.id.in_(ids[start : start + 500]),
                    source_signatures.c.scheme == scheme,
                )
            )
            for r in connection.execute(query):
                found[r.id] = (r.published, r.size, r.signature)
    return found


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
