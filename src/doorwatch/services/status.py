"""The status picture: how many are held on a date, per source and per the registry."""

from __future__ import annotations

from datetime import date
from typing import Any

from doorwatch.analysis.reported_counts import nearest_by_reporter
from doorwatch.services.door import HELD, last_held_day
from doorwatch.store import Store
from doorwatch.store.counts import held_on
from doorwatch.store.evidence import list_claims


def status_on(store: Store, on: date | None, *, window_days: int = 120) -> dict[str, Any]:
    """Return the held count on ``on`` (default: the latest count; NoDataError when there is
    none) as each source reported it nearest that date (accepted claims within ``window_days``)
    and as derived from the registry's cases, side by side."""
    on = on or last_held_day(store)
    claims = list_claims(store, measure=HELD, status="accepted")
    reported = nearest_by_reporter(claims, on, window_days)
    registry = held_on(store, on)
    return {
        "on": on,
        "measure": HELD,
        "window_days": window_days,
        "reported": reported,
        "registry": {
            "held": registry["held"],
            "cases_on_record": registry["cases"],
            "undated_cases": registry["undated"],
            "note": "cases held on the date in doorwatch's own registry "
            "(recognition or detention on or before it, no release before it)",
        },
    }
