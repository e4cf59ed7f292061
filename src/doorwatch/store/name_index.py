"""Rebuilding the search keys of every person (after the name rules change)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import delete

from doorwatch.store.database import Store
from doorwatch.store.schema import name_keys


def replace_name_keys(
    store: Store,
    keys: Iterable[tuple[str, str]],
    *,
    batch: int = 20_000,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Replace the whole ``name_keys`` table with (person id, key) pairs in one transaction.

    Readers see the old keys until the new ones are complete. Returns the number of keys.
    """
    written = 0
    buffer: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    with store.write() as connection:
        connection.execute(delete(name_keys))
        for person_id, key in keys:
            if (person_id, key) in seen:
                continue
            seen.add((person_id, key))
            buffer.append({"person_id": person_id, "key": key})
            if len(buffer) >= batch:
                connection.execute(name_keys.insert(), buffer)
                written += len(buffer)
                buffer = []
                if progress:
                    progress(written)
        if buffer:
            connection.execute(name_keys.insert(), buffer)
            written += len(buffer)
    return written
