"""Aggregates of support work for everyone logged in: counts with small cells suppressed.

Counts by status come from plain columns and are there without the key; counts by where the
people are and by kind of need open sealed values, so they appear only where the key is.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from doorwatch.crypto.keyring import load_keyring
from doorwatch.crypto.sealed import place, unseal
from doorwatch.errors import EncryptionKeyError
from doorwatch.services.accounts import User
from doorwatch.services.support_access import SUPPRESS_BELOW, require_aggregates, sees_all, suppress
from doorwatch.store import Store
from doorwatch.store import support as db
from doorwatch.store.schema_support import support_cases, support_needs


def _sealed_counts(store: Store) -> dict[str, dict[str, int]] | None:
    ring = load_keyring()
    if not ring.available:
        return None
    where: Counter[str] = Counter()
    needs: Counter[str] = Counter()
    try:
        for table, _row_id, owner, column, value in db.sealed_values(store):
            if table is support_cases and column == "where_sealed":
                text = unseal(ring, value, place("support_cases", "where", owner))
                parsed = json.loads(text or "{}")
                where[f"{parsed['kind']}:{parsed['country']}"] += 1
            elif table is support_needs and column == "kind_sealed":
                needs[unseal(ring, value, place("support_needs", "kind", owner)) or ""] += 1
    except EncryptionKeyError:
        return None
    return {"where": dict(sorted(where.items())), "needs_by_kind": dict(sorted(needs.items()))}


def support_summary(store: Store, *, user: User) -> dict[str, Any]:
    """Return support counts: cases by status, needs by status, aid by kind (euros), and —
    where the key is at hand — people by where they are and needs by kind.

    Anyone but a coordinator or admin sees counts of 1 to 4 as null (``suppressed``).
    """
    require_aggregates(user)
    full = sees_all(user)
    show = (lambda c: dict(c)) if full else suppress
    cases = db.count_by(support_cases, "status", store)
    needs = db.count_by(support_needs, "status", store)
    sealed = _sealed_counts(store)
    aid: dict[str, float] = {}
    for row in db.aid_by_kind(store):
        aid[row["kind"]] = round(float(row["eur"]), 2)
    return {
        "basis": "recorded support cases in this database",
        "suppressed_below": None if full else SUPPRESS_BELOW,
        "cases": sum(cases.values()) if full or sum(cases.values()) >= SUPPRESS_BELOW else None,
        "cases_by_status": show(cases),
        "needs_by_status": show(needs),
        "where": show(sealed["where"]) if sealed else None,
        "needs_by_kind": show(sealed["needs_by_kind"]) if sealed else None,
        "aid_eur_by_kind": aid
        if full
        else {k: v for k, v in aid.items() if db.aid_count(store, k) >= SUPPRESS_BELOW},
        "key_available": sealed is not None,
    }
