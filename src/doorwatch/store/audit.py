"""The append-only audit log: who changed what, when, and how it looked before and after.

This module offers appending and reading only; no statement here updates or deletes an entry,
and the database refuses any that would (triggers of migration 0013). Each entry carries the
SHA-256 of the entry before it and of itself, so an entry changed or removed behind the
database's back breaks the chain at that point, which :func:`verify_chain` finds.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from doorwatch.json_encoding import dumps
from doorwatch.store.database import Store
from doorwatch.store.engine import lock_for_append
from doorwatch.store.schema_accounts import audit_log

# The parent of the first entry.
GENESIS = "0" * 64

Row = dict[str, Any]


def _json(value: Any) -> str | None:
    if value is None:
        return None

    return dumps(value, sort_keys=True)


def append(
    connection: Connection,
    *,
    actor: str,
    action: str,
    record_type: str | None = None,
    record_id: str | None = None,
    before: Any = None,
    after: Any = None,
    at: datetime | None = None,
) -> None:
    """Add one entry inside the caller's transaction (so the change and its record agree),
    chained to the entry before it."""
    entry = {
        "at": at or datetime.now(),
        "actor": actor[:64],
        "action": action[:32],
        "record_type": record_type,
        "record_id": None if record_id is None else str(record_id)[:64],
        "before": _json(before),
        "after": _json(after),
    }
    lock_for_append(connection, audit_log)
    last = select(audit_log.c.hash).order_by(audit_log.c.id.desc()).limit(1)
    parent = connection.execute(last).scalar() or GENESIS
    connection.execute(
        audit_log.insert().values(**entry, prev_hash=parent, hash=entry_hash(parent, entry))
    )


def entry_hash(parent: str, entry: dict[str, Any]) -> str:
    """Return the SHA-256 (hex) of an entry's content chained to its parent's hash."""
    at = entry["at"]
    content = [
        parent,
        at.isoformat(timespec="microseconds") if isinstance(at, datetime) else str(at),
        entry["actor"],
        entry["action"],
        entry["record_type"],
        entry["record_id"],
        entry["before"],
        entry["after"],
    ]
    return hashlib.sha256(json.dumps(content, ensure_ascii=True).encode()).hexdigest()


def chain_existing(connection: Connection) -> None:
    """Compute the chain over entries written before it existed (migration 0013 runs this
    before the database starts refusing updates)."""
    parent = GENESIS
    rows = connection.execute(select(audit_log).order_by(audit_log.c.id)).mappings().all()
    for row in rows:
        digest = entry_hash(parent, dict(row))
        connection.execute(
            audit_log.update()
            .where(audit_log.c.id == row["id"])
            .values(prev_hash=parent, hash=digest)
        )
        parent = digest


@dataclass(frozen=True)
class ChainCheck:
    """The outcome of checking the audit chain: entries checked and the first broken link."""

    entries: int
    broken_id: int | None = None
    reason: str = ""

    @property
    def intact(self) -> bool:
        """True when every entry is what was written, in the order it was written."""
        return self.broken_id is None


def verify_chain(store: Store, batch: int = 5_000) -> ChainCheck:
    """Return whether the audit chain holds, and where it first breaks if it does not."""
    parent = GENESIS
    count = 0
    with store.read() as connection:
        query = select(audit_log).order_by(audit_log.c.id)
        result = connection.execution_options(yield_per=batch).execute(query)
        for row in result.mappings():
            count += 1
            entry = dict(row)
            if entry["prev_hash"] != parent:
                return ChainCheck(
                    count,
                    int(entry["id"]),
                    "its link to the entry before does not match "
                    "(an entry before it was removed or changed)",
                )
            if entry["hash"] != entry_hash(parent, entry):
                return ChainCheck(
                    count, int(entry["id"]), "its content was changed after it was written"
                )
            parent = str(entry["hash"])
    return ChainCheck(count)


def record(store: Store, **entry: Any) -> None:
    """Add one entry in a transaction of its own (for changes written elsewhere)."""
    with store.write() as connection:
        append(connection, **entry)


def list_entries(
    store: Store,
    *,
    limit: int = 50,
    offset: int = 0,
    actor: str | None = None,
    action: str | None = None,
    record_type: str | None = None,
) -> tuple[list[Row], int]:
    """Return one page of entries (newest first, before/after decoded) and the matching total."""
    query = select(audit_log)
    count = select(func.count()).select_from(audit_log)
    for column, value in (
        (audit_log.c.actor, actor),
        (audit_log.c.action, action),
        (audit_log.c.record_type, record_type),
    ):
        if value:
            query = query.where(column == value)
            count = count.where(column == value)
    query = query.order_by(audit_log.c.id.desc()).limit(limit).offset(offset)
    with store.read() as connection:
        rows = [dict(r) for r in connection.execute(query).mappings()]
        total = int(connection.execute(count).scalar_one())
    for row in rows:
        row.pop("prev_hash", None)
        for key in ("before", "after"):
            row[key] = json.loads(row[key]) if row[key] else None
    return rows, total
