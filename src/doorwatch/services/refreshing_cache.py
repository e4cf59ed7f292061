"""Values kept for a while: costly answers (totals, the overview) shared by every request.

A kept value younger than its time to live is returned as it is. An older one is still
returned at once while one background thread computes the new value, so that no request waits
for a recount of millions of rows. Only a value never computed (or forgotten) is computed by the
request that asks, and then by one request only: the others asking at the same moment wait
for that answer instead of each computing it again.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass
class _Entry(Generic[T]):
    value: T
    at: float


@dataclass
class RefreshingCache(Generic[T]):
    """Values by key, each kept ``ttl`` seconds before it is refreshed in the background."""

    ttl: float
    _entries: dict[Hashable, _Entry[T]] = field(default_factory=dict)
    _refreshing: set[Hashable] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _first: dict[Hashable, threading.Lock] = field(default_factory=dict)

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """Return the value of ``key``: kept, else computed now (once for all who ask)."""
        now = time.monotonic()
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and now - entry.at >= self.ttl and key not in self._refreshing:
                self._refreshing.add(key)
                threading.Thread(
                    target=self._refresh, args=(key, compute), daemon=True, name="cache-refresh"
                ).start()
            if entry is not None:
                return entry.value
            first = self._first.setdefault(key, threading.Lock())
        with first:
            with self._lock:
                entry = self._entries.get(key)
            if entry is not None:
                return entry.value
            began = time.monotonic()
            value = compute()
            self._store(key, value, began)
            return value

    def peek(self, key: Hashable) -> T | None:
        """Return the kept value of ``key`` however old, or None when there is none."""
        with self._lock:
            entry = self._entries.get(key)
        return entry.value if entry is not None else None

    def forget(self, key: Hashable | None = None) -> None:
        """Drop the value of ``key`` (every value when ``key`` is None)."""
        with self._lock:
            if key is None:
                self._entries.clear()
            else:
                self._entries.pop(key, None)

    def _store(self, key: Hashable, value: T, began: float) -> None:
        with self._lock:
            current = self._entries.get(key)
            # A value computed before a newer one was stored (or before a forget) loses.
            if current is None or current.at <= began:
                self._entries[key] = _Entry(value, began)

    def _refresh(self, key: Hashable, compute: Callable[[], T]) -> None:
        began = time.monotonic()
        try:
            value = compute()
        except Exception:  # the old value stays; the next request past the TTL tries again
            log.warning("refreshing a kept value failed", exc_info=True)
            with self._lock:
                self._refreshing.discard(key)
            return
        with self._lock:
            self._refreshing.discard(key)
            present = key in self._entries
        # A forget() during the refresh means a write happened: keep nothing computed before it.
        if present:
            self._store(key, value, began)
