"""Reading the audit log (admins only; the web layer checks the role)."""

from __future__ import annotations

from typing import Any

from doorwatch.store import Store
from doorwatch.store.audit import list_entries


def audit_entries(
    store: Store,
    *,
    limit: int = 50,
    offset: int = 0,
    actor: str | None = None,
    action: str | None = None,
) -> dict[str, Any]:
    """Return one page of audit entries, newest first, with the total and the page bounds."""
    rows, total = list_entries(store, limit=limit, offset=offset, actor=actor, action=action)
    return {"items": rows, "total": total, "limit": limit, "offset": offset}
