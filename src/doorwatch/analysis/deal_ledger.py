"""The deal ledger: what each release was bought with, and what followed it.

The "price" the sources argue about is given two ways: concessions per person freed (what the
counterpart gave), and people newly recognised per person freed in the time since (whether the
places emptied were filled again).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from doorwatch.analysis.flows import Flows


@dataclass
class LedgerEntry:
    """One deal in the ledger, with the ids of everything it counts."""

    deal_id: str
    date: str
    counterpart: str | None
    envoy: str | None
    freed: int
    freed_stated: int | None
    named: list[str]
    release_event_ids: list[str]
    concessions: list[dict[str, Any]]
    concession_counts: dict[str, int]
    recognised_since: float
    recognised_since_until: str
    recognised_before_next: float | None
    concessions_per_person_freed: float | None
    new_per_person_freed_since: float | None
    source_ids: list[str]


def ledger_entry(deal: Mapping[str, Any], since: Flows, before_next: Flows | None) -> LedgerEntry:
    """Return the ledger entry of ``deal`` given the flows since it (and up to the next deal)."""
    releases = [e for e in deal.get("events", []) if e["kind"] == "release"]
    counted = sum(int(e.get("count") or 0) for e in releases)
    freed = counted or int(deal.get("people_freed") or 0)
    concessions = [
        {
            "kind": c["kind"],
            "target": c.get("target"),
            "description": c.get("description"),
            "id": c["id"],
        }
        for c in deal.get("concessions", [])
    ]
    recognised = since.terms["recognised"].value
    return LedgerEntry(
        deal_id=str(deal["id"]),
        date=str(deal["date"]),
        counterpart=deal.get("counterpart"),
        envoy=deal.get("envoy"),
        freed=freed,
        freed_stated=deal.get("people_freed"),
        named=[p["name"] for p in deal.get("named_people", [])],
        release_event_ids=[str(e["id"]) for e in releases],
        concessions=concessions,
        concession_counts=dict(Counter(c["kind"] for c in concessions)),
        recognised_since=recognised,
        recognised_since_until=since.end.isoformat(),
        recognised_before_next=None
        if before_next is None
        else before_next.terms["recognised"].value,
        concessions_per_person_freed=len(concessions) / freed if freed else None,
        new_per_person_freed_since=recognised / freed if freed else None,
        source_ids=[str(s["id"]) for s in deal.get("sources", [])],
    )
