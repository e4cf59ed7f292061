"""Display rows of the deal ledger (shared by ``deals --ledger`` and the report)."""

from __future__ import annotations

from typing import Any

from doorwatch.analysis.deal_ledger import LedgerEntry

LEDGER_COLUMNS = [
    "deal_id",
    "date",
    "counterpart",
    "envoy",
    "freed",
    "named",
    "concessions",
    "recognised_since",
    "concessions_per_freed",
    "new_per_freed_since",
]


def ledger_row(entry: LedgerEntry) -> dict[str, Any]:
    """Return the flat, rounded display row of one ledger entry."""

    def ratio(value: float | None) -> str:
        return "" if value is None else f"{value:.2f}"

    return {
        "deal_id": entry.deal_id,
        "date": entry.date,
        "counterpart": entry.counterpart,
        "envoy": entry.envoy,
        "freed": entry.freed,
        "named": entry.named,
        "concessions": [
            c["kind"].replace("_", " ") + (f": {c['target']}" if c.get("target") else "")
            for c in entry.concessions
        ],
        "recognised_since": round(entry.recognised_since),
        "concessions_per_freed": ratio(entry.concessions_per_person_freed),
        "new_per_freed_since": ratio(entry.new_per_person_freed_since),
    }
