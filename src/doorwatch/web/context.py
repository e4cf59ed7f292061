"""What every request needs from the app: the store and the settings."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from doorwatch.services.accounts import current_settings
from doorwatch.store import Store


@dataclass
class AppContext:
    """The shared state of one running web app."""

    store: Store

    def flag(self, key: str) -> bool:
        """Return True when the setting ``key`` is ``true`` (as the accounts service keeps it)."""
        return current_settings(self.store).get(key) == "true"


def context_of(request: Request) -> AppContext:
    """Return the app context of the request."""
    ctx: AppContext = request.app.state.context
    return ctx


def store_of(request: Request) -> Store:
    """Return the store the app serves."""
    return context_of(request).store
