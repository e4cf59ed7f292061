"""What archive ingest keeps besides sources and claims: shards done, wire-copy signatures and
copies."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select, update

from doorwatch.store.audit import append as append_audit
from doorwatch.store.database import Store
from doorwatch.store.engine import large_cache
from doorwatch.store.schema import archive_shards, claims, source_signatures, sources
from doorwatch.store.writer import insert_values, row_values


def done_shards(store: Store) -> set[str]:
    """Return the SHA-256 digests of the archive shards already taken in."""
    with store.read() as connection:
        return set(connection.execute(select(archive_shards.c.sha256)).scalars())


def source_values(row: Mapping[str, Any]) -> tuple[Any, ...]:
    """Return a source row as ``write_shards`` takes it (every column, in order)."""
    return row_values(sources, row)


def claim_values(row: Mapping[str, Any]) -> tuple[Any, ...]:
    """Return a claim row as ``write_shards`` takes it (every column, in order)."""
    return row_values(claims, row)


@dataclass(frozen=True, slots=True)
class ShardRows:
    """One archive shard ready to be written: its record (``sha256``, ``path``, ``finished``
    and counts), its new sources and their claims (rows as ``row_values`` shapes them), its
    signature rows (``signature_values``) and the audit entry (actor, action, record type and
    id, ``after``) written when it adds anything."""

    record: Mapping[str, Any]
    sources: Sequence[tuple[Any, ...]]
    claims: Sequence[tuple[Any, ...]]
    signatures: Sequence[tuple[Any, ...]]
    audit: Mapping[str, Any]


def write_shards(store: Store, shards: Sequence[ShardRows]) -> list[tuple[int, int]]:
    """Store archive shards in one transaction and return (sources, claims) added by each.

    Each shard is recorded as taken in together with its rows: all of them are stored, or
    none (a rerun then takes every one of them again). The shards are written as one after
    the other would be: a source already stored, or given by an earlier shard of the list, is
    left as it is, with its claims and their review, and the claims given for it are not
    written; a signature is added only for a source that has none. Their rows go in by one
    bulk insert a table, so that the pages of the indexes that several shards touch are read,
    journaled and written once.
    """
    if not shards:
        return []
    owner = list(claims.columns).index(claims.c.source_id)
    # A shard's claims have random keys and touch pages all over the growing indexes: with
    # SQLite's 2 MB cache each transaction read pages back and spilled them to the file over
    # and over (3.3 million reads and writes of a page for the 50 shards of the benchmark).
    with store.write() as connection, large_cache(connection):
        taken = _stored_ids(connection, [str(row[0]) for shard in shards for row in shard.sources])
        signed = _found(
            connection, _SIGNED, [str(row[0]) for shard in shards for row in shard.signatures]
        )
        fresh: list[tuple[Any, ...]] = []
        claimed: list[tuple[Any, ...]] = []
        signatures: list[tuple[Any, ...]] = []
        counts: list[tuple[int, int]] = []
        for shard in shards:
            added = {row[0] for row in shard.sources if row[0] not in taken}
            taken |= added
            new_claims = [row for row in shard.claims if row[owner] in added]
            fresh.extend(row for row in shard.sources if row[0] in added)
            claimed.extend(new_claims)
            for row in sorted(shard.signatures):
                if row[0] not in signed:
                    signed.add(row[0])
                    signatures.append(row)
            counts.append((len(added), len(new_claims)))
        insert_values(connection, sources, fresh)
        insert_values(connection, claims, claimed)
        insert_values(connection, source_signatures, signatures)
        connection.execute(archive_shards.insert(), [dict(shard.record) for shard in shards])
        for shard, (sources_added, claims_added) in zip(shards, counts, strict=True):
            if sources_added or claims_added:
                append_audit(connection, **shard.audit)
    return counts


def signature_values(row: Mapping[str, Any]) -> tuple[Any, ...]:
    """Return a signature row (``source_id``, ``scheme``, ``size``, ``signature``) as
    ``write_shards`` takes it (every column, in order)."""
    return row_values(source_signatures, row)


def save_signatures(store: Store, rows: Sequence[tuple[Any, ...]]) -> int:
    """Store wire-copy signature rows (as ``signature_values`` shapes them) of sources that
    have none yet; return how many were added."""
    with store.write() as connection:
        have = _found(connection, _SIGNED, sorted({str(row[0]) for row in rows}))
        fresh = {str(row[0]): row for row in rows if str(row[0]) not in have}
        insert_values(connection, source_signatures, [fresh[k] for k in sorted(fresh)])
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
        # The sources that name an origin now, read through the copy_of index: a few of all the
        # stored ones, where reading every given id's value took a query per 500 ids.
        query = select(sources.c.id, sources.c.copy_of).where(sources.c.copy_of.is_not(None))
        named: dict[str, str] = {r.id: r.copy_of for r in connection.execute(query)}
        differ = [k for k, v in copy_of.items() if named.get(k) != v]
        # a source that names none changes only if it is stored at all
        stored = _stored_ids(connection, sorted(k for k in differ if k not in named))
    changed = {k: copy_of[k] for k in differ if k in named or k in stored}
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


def _stored_ids(connection: Any, ids: Sequence[str]) -> set[str]:
    return _found(connection, _STORED, ids)


# Which of a list of ids a table holds, a few hundred at a time: one statement, compiled once
# (its IN list expanded at each execution), rather than a new one built for every chunk.
_STORED = select(sources.c.id).where(sources.c.id.in_(bindparam("ids", expanding=True)))
_SIGNED = select(source_signatures.c.source_id).where(
    source_signatures.c.source_id.in_(bindparam("ids", expanding=True))
)


def _found(connection: Any, query: Any, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        found.update(connection.execute(query, {"ids": list(ids[start : start + 500])}).scalars())
    return found
