"""Single sources and claims for detail views."""

from __future__ import annotations

from typing import Any

from doorwatch.store import Store
from doorwatch.store.evidence import get_claim, get_source


def source_detail(store: Store, source_id: str) -> dict[str, Any]:
    """Return one source with its text and its claims (by position in the text)."""
    return get_source(store, source_id)


def claim_detail(store: Store, claim_id: str) -> dict[str, Any]:
    """Return one claim with the source (and its text) it was read from."""
    return get_claim(store, claim_id)
