"""What changed between two snapshots of a list: targets added, removed, and changed.

A target is the same across snapshots when the list gives it the same id; it changed when its
kind, primary name or programmes differ (:meth:`Listing.fingerprint`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Change:
    """One target added, removed or changed between two snapshots."""

    entry_id: str
    change: str  # added, removed, changed
    name: str
    schema: str
    programmes: str
    before: str | None = None  # for a change: the old name and programmes


def diff(
    old: Mapping[str, Mapping[str, Any]], new: Mapping[str, Mapping[str, Any]]
) -> list[Change]:
    """Return the changes from ``old`` to ``new`` (entry id -> fingerprint row), by id."""
    found: list[Change] = []
    for entry_id in sorted(new.keys() - old.keys()):
        row = new[entry_id]
        found.append(Change(entry_id, "added", row["name"], row["schema"], row["programmes"]))
    for entry_id in sorted(old.keys() - new.keys()):
        row = old[entry_id]
        found.append(Change(entry_id, "removed", row["name"], row["schema"], row["programmes"]))
    for entry_id in sorted(old.keys() & new.keys()):
        before, after = old[entry_id], new[entry_id]
        if before["fingerprint"] != after["fingerprint"]:
            found.append(
                Change(
                    entry_id,
                    "changed",
                    after["name"],
                    after["schema"],
                    after["programmes"],
                    f"{before['name']} [{before['programmes']}]",
                )
            )
    return found
