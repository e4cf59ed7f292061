"""The append-only audit log: who changed what, when, and how it looked before and after.

This module offers appending and reading only; no statement here updates or deletes an entry.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from doorwatch.json_encoding import dumps
from doorwatch.store.database import Store
from doorwatch.store.schema_accounts import audit_log

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
    """Add one entry inside the caller's transaction (so the change and its record agree)."""
    connection.execute(
        audit_log.insert().values(
            at=at or datetime.now(),
            actor=actor,
            action=action,
            record_type=record_type,
            record_id=None if record_id is None else str(record_id)[:64],
            before=_json(before),
            after=_json(after),
        )
    )


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
        for key in ("before", "after"):
            row[key] = json.loads(row[key]) if row[key] else None
    return rows, total
