"""Flows month by month and the door over the last year, from the best evidence for each
month, as known on a date: one function for the report and the web."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, timedelta
from typing import Any

from doorwatch.analysis.flows import RELEASE_TERMS
from doorwatch.services.door import flows_of_windows
from doorwatch.store import Store

RELEASE_MODES = RELEASE_TERMS


def month_windows(first: date, last: date) -> list[tuple[date, date]]:
    """Return (first day, last day) of each month from ``first``'s month to ``last``'s, the
    inclusive windows of the flow functions."""
    windows = []
    month = date(first.year, first.month, 1)
    while month <= last:
        following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        windows.append((month, following - timedelta(days=1)))
        month = following
    return windows


def monthly_flows(
    store: Store, first: date, last: date, *, known_on: date | None = None, hindsight: bool = False
) -> list[dict[str, Any]]:
    """Return one row a month: recognised, released by mode and in all, served, died, each
    with whether it is spread from a longer count, and each term's coverage."""
    windows = month_windows(first, last)
    rows = []
    for (_, end), flows in zip(
        windows,
        flows_of_windows(store, windows, known_on=known_on or last, hindsight=hindsight),
        strict=True,
    ):
        terms = flows.terms
        rows.append(
            {
                "month": end.strftime("%Y-%m"),
                "started": flows.new,
                "released": flows.released,
                **{mode: terms[mode].value for mode in RELEASE_MODES},
                "served": terms["served"].value,
                "died": terms["died"].value,
                "spread": sorted(name for name, t in terms.items() if t.spread),
                "coverage": {name: t.coverage for name, t in terms.items()},
                "bases": flows.bases,
                "empty": flows.empty,
            }
        )
    return rows


def door_last_year(
    store: Store, last: date, *, known_on: date | None = None, hindsight: bool = False
) -> dict[str, Any]:
    """Return new against released in the twelve calendar months up to ``last`` (from the
    first day of the month eleven months before) and the ratio interval, with each term's
    recorded value, reported total and coverage."""
    index = last.year * 12 + last.month - 1 - 11
    start = date(index // 12, index % 12 + 1, 1)
    (flows,) = flows_of_windows(
        store, [(start, last)], known_on=known_on or last, hindsight=hindsight
    )
    return {
        "from": start,
        "to": last,
        "started": flows.new,
        "released": flows.released,
        "ratio": asdict(flows.ratio),
        "ratio_with_served": asdict(flows.ratio_with_served),
        "terms": {
            name: {
                "label": t.label,
                "recorded": t.value,
                "basis": t.basis,
                "spread": t.spread,
                "reported_total": t.reported_total,
                "reported_claim_ids": t.reported_claim_ids,
                "coverage": t.coverage,
            }
            for name, t in flows.terms.items()
        },
        "bases": flows.bases,
        "known_on": flows.known_on,
        "notes": flows.notes,
    }
