"""Flows month by month and the door over the last year, from the best evidence for each
month (registry, recorded events, reported figures): one function for the report and the web."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from doorwatch.analysis.flows import Flows, RegistryFlows, window_flows
from doorwatch.services.door import FLOW_MEASURES
from doorwatch.store import Store
from doorwatch.store.flows import accepted_figures, recorded_count_events, registry_window_counts

RELEASE_MODES = ("pardon", "deal", "other_release")


def month_windows(first: date, last: date) -> list[tuple[date, date]]:
    """Return (day before the month, last day of the month) for each month from ``first`` to
    ``last``, the windows ``start < day <= end`` of the flow functions."""
    windows = []
    month = date(first.year, first.month, 1)
    while month <= last:
        following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        windows.append((month - timedelta(days=1), following - timedelta(days=1)))
        month = following
    return windows


def flows_by_window(store: Store, windows: list[tuple[date, date]]) -> list[Flows]:
    """Return the flows of each window; events and claims are read once for all of them."""
    if not windows:
        return []
    events = recorded_count_events(store, windows[0][0], windows[-1][1])
    claims = accepted_figures(store, FLOW_MEASURES)
    flows = []
    for start, end in windows:
        counts, ids = registry_window_counts(store, start, end)
        flows.append(window_flows(start, end, RegistryFlows(counts, ids), events, claims))
    return flows


def monthly_flows(store: Store, first: date, last: date) -> list[dict[str, Any]]:
    """Return one row a month: new (recognised), released by mode, served, died, with the
    basis of each month's figures (registry, events or reported)."""
    windows = month_windows(first, last)
    rows = []
    for (_, end), flows in zip(windows, flows_by_window(store, windows), strict=True):
        rows.append(
            {
                "month": end.strftime("%Y-%m"),
                "started": flows.new,
                "released": flows.released,
                **{mode: flows.terms[mode].value for mode in RELEASE_MODES},
                "served": flows.terms["served"].value,
                "died": flows.terms["died"].value,
                "bases": flows.bases,
            }
        )
    return rows


def door_last_year(store: Store, last: date) -> dict[str, Any]:
    """Return new against released in the twelve months up to ``last`` and their ratio."""
    start = date(last.year - 1, last.month, min(last.day, 28))
    (flows,) = flows_by_window(store, [(start, last)])
    return {
        "from": start,
        "to": last,
        "started": flows.new,
        "released": flows.released,
        "ratio": round(flows.door_ratio, 2) if flows.door_ratio is not None else None,
        "bases": flows.bases,
    }
