"""Reading the audit log (admins only; the web layer checks the role)."""

from __future__ import annotations

from typing import Any

from doorwatch.store import Store
from doorwatch.store.audit import list_entries, verify_chain


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


def verify_audit(store: Store) -> dict[str, Any]:
    """Return whether the audit chain holds: entries checked, and the first broken entry with
    why it is broken (None when intact)."""
    check = verify_chain(store)
    return {
        "intact": check.intact,
        "entries": check.entries,
        "first_broken": check.broken_id,
        "reason": check.reason or None,
    }
