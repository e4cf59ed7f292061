"""The tables counted from the cases, kept together: the daily counts (``case_flow_days``) and
the counts per filter value of the people list (``case_facets``).

Every write of cases goes through here: it hands the cases as they were and as they are, and
the rows of both tables those cases leave and join move in the write's own transaction
(:func:`apply_case_counts`), so a reader sees the cases and their counts in step; a bulk load
rebuilds both at its end (:func:`refresh_case_counts`), and ``doorwatch reindex`` rebuilds both
and says whether the kept counts were right (:func:`rebuild_case_counts`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from doorwatch.store.counted_rows import CountKey
from doorwatch.store.database import Store
from doorwatch.store.facets import (
    apply_facet_delta,
    case_facet_changes,
    rebuild_case_facets,
    refresh_case_facets,
)
from doorwatch.store.flow_days import (
    FlowKey,
    apply_flow_delta,
    case_changes,
    rebuild_case_flow_days,
    refresh_case_flow_days,
)


@dataclass
class CaseCountChanges:
    """How the derived counts move for the cases a write replaces: kept across the batches
    of one import and applied once, before it commits."""

    days: Counter[FlowKey] = field(default_factory=Counter)
    facets: Counter[CountKey] = field(default_factory=Counter)

    def add(self, before: Iterable[Mapping[str, Any]], after: Iterable[Mapping[str, Any]]) -> None:
        """Add the move of the cases ``before`` becoming the cases ``after``."""
        old, new = list(before), list(after)
        self.days.update(case_changes(old, new))
        self.facets.update(case_facet_changes(old, new))


def apply_case_counts(connection: Connection, changes: CaseCountChanges) -> None:
    """Move both derived tables by ``changes`` in the caller's transaction."""
    apply_flow_delta(connection, changes.days)
    apply_facet_delta(connection, changes.facets)


def refresh_case_counts(connection: Connection) -> None:
    """Rebuild both derived tables from ``cases`` in the caller's transaction."""
    refresh_case_flow_days(connection)
    refresh_case_facets(connection)


def rebuild_case_counts(store: Store) -> dict[str, dict[str, int]]:
    """Rebuild both derived tables from every case; return, per table, the rows it now holds
    and how many rows before differed (0 when the counts kept by the writes were right)."""
    return {
        "case_flow_days": rebuild_case_flow_days(store),
        "case_facets": rebuild_case_facets(store),
    }
