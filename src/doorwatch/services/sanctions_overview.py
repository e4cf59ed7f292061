"""What the sanctions page, the API and the report show: the imported lists, the pairs of lists
of the same weeks, their mirror matrix and gap lists, and the sectoral table.

Lists do not change once imported, so a matrix is kept in memory per pair of lists: the first
request for a pair of full lists takes tens of seconds, the next ones none.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from threading import Lock
from typing import Any

from doorwatch.analysis.sectoral import sectoral_rows
from doorwatch.services.sanctions_mirror import matrix
from doorwatch.store import Store
from doorwatch.store.sanctions import get_list, list_lists

PAIR_DAYS = 60  # lists published this close together are compared with each other
_CACHE: OrderedDict[tuple[str, ...], dict[str, Any]] = OrderedDict()
_CACHE_SIZE = 16
_LOCK = Lock()


def aligned_pairs(store: Store) -> list[tuple[str, str]]:
    """Return pairs of the imposers' latest lists published within ``PAIR_DAYS`` of each other,
    each list in at most one pair, closest dates first (OFAC 2024-05 with the EU 2024-05...)."""
    latest: dict[str, dict[str, Any]] = {}
    for row in list_lists(store):
        if row["imposer"] != "os" and row["list_date"]:
            latest[row["imposer"]] = row
    candidates = []
    rows = sorted(latest.values(), key=lambda r: r["imposer"])
    for i, left in enumerate(rows):
        for right in rows[i + 1 :]:
            days = abs(
                (
                    date.fromisoformat(left["list_date"]) - date.fromisoformat(right["list_date"])
                ).days
            )
            if days <= PAIR_DAYS:
                candidates.append((days, left["name"], right["name"]))
    paired: set[str] = set()
    pairs = []
    for _days, left_name, right_name in sorted(candidates):
        if left_name not in paired and right_name not in paired:
            paired |= {left_name, right_name}
            pairs.append((left_name, right_name))
    return pairs


def pair_matrix(store: Store, left: str, right: str) -> dict[str, Any]:
    """Return :func:`matrix` of one pair of lists, computed once per pair of stored lists."""
    a, b = get_list(store, left), get_list(store, right)
    key = (store.url, a["id"], b["id"])
    with _LOCK:
        if key in _CACHE:
            _CACHE.move_to_end(key)
            return _CACHE[key]
    result = matrix(store, [(a["name"], b["name"])])
    with _LOCK:
        _CACHE[key] = result
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return result


def sanctions_overview(store: Store, pairs: list[tuple[str, str]] | None = None) -> dict[str, Any]:
    """Return the lists, for each pair (default: :func:`aligned_pairs`) its matrix rows and its
    Belarus-class gaps both ways, and the sectoral table."""
    chosen = pairs if pairs is not None else aligned_pairs(store)
    compared = []
    for left, right in chosen:
        result = pair_matrix(store, left, right)
        compared.append(
            {
                "left": result["rows"][0]["list"],
                "right": result["rows"][0]["against"],
                "rows": result["rows"],
                "gaps": result["gaps"],
            }
        )
    return {"lists": list_lists(store), "pairs": compared, "sectoral": sectoral_rows()}
