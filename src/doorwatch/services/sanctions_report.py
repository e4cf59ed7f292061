"""The brief's sanctions section: the lists, the mirror matrix of lists of the same weeks, the
first gaps of each, and the sectoral measures restricted for one country and not the other."""

from __future__ import annotations

from typing import Any

from doorwatch.services.sanctions_overview import sanctions_overview
from doorwatch.store import Store

# Gap rows shown per list and pair in the brief; the web page and the CLI list all of them.
GAPS_SHOWN = 25


def sanctions_section(store: Store) -> dict[str, Any]:
    """Return what the brief shows about sanctions lists (empty lists when none is imported)."""
    overview = sanctions_overview(store)
    pairs = []
    for pair in overview["pairs"]:
        gaps = []
        for key, rows in pair["gaps"].items():
            listed, against, cls = key.split("|")
            if cls != "belarus":
                continue
            missing = [r for r in rows if r["status"] == "not_listed"]
            gaps.append(
                {
                    "list": listed,
                    "against": against,
                    "not_listed": len(missing),
                    "uncertain": len(rows) - len(missing),
                    "rows": missing[:GAPS_SHOWN],
                }
            )
        pairs.append(
            {"left": pair["left"], "right": pair["right"], "rows": pair["rows"], "gaps": gaps}
        )
    sectoral = [r for r in overview["sectoral"] if r["gap"] in ("russia_only", "belarus_only")]
    return {"lists": overview["lists"], "pairs": pairs, "sectoral_gaps": sectoral}
