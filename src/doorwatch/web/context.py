"""What every request needs from the app: the store, the session codec and cached settings."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from fastapi import Request

from doorwatch.services.accounts import instance_settings
from doorwatch.store import Store
from doorwatch.web.sessions import SessionCodec

# Settings are read on every request; a short cache spares the database without letting a
# change go unnoticed for long (and a change made through this app clears it at once).
SETTINGS_TTL = 5.0


@dataclass
class AppContext:
    """The shared state of one running web app."""

    store: Store
    codec: SessionCodec
    _settings: dict[str, str] = field(default_factory=dict)
    _read_at: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def settings(self) -> dict[str, str]:
        """Return the instance settings (cached for SETTINGS_TTL seconds)."""
        now = time.monotonic()
        with self._lock:
            if now - self._read_at < SETTINGS_TTL:
                return self._settings
        fresh = instance_settings(self.store)
        with self._lock:
            self._settings, self._read_at = fresh, now
        return fresh

    def forget_settings(self) -> None:
        """Drop the cached settings (after an admin changed one)."""
        with self._lock:
            self._read_at = 0.0

    def flag(self, key: str) -> bool:
        """Return True when the setting ``key`` is ``true``."""
        return self.settings().get(key) == "true"


def context_of(request: Request) -> AppContext:
    """Return the app context of the request."""
    ctx: AppContext = request.app.state.context
    return ctx


def store_of(request: Request) -> Store:
    """Return the store the app serves."""
    return context_of(request).store
