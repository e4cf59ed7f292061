"""The status picture: how many are held on a date, per source and per the registry."""

from __future__ import annotations

from datetime import date
from typing import Any

from doorwatch.analysis.knowledge import known_claims
from doorwatch.analysis.partial_dates import date_interval
from doorwatch.analysis.reported_counts import nearest_by_reporter
from doorwatch.services.door import HELD, last_held_day
from doorwatch.store import Store
from doorwatch.store.counts import held_on
from doorwatch.store.evidence import list_claims


def status_on(
    store: Store,
    on: date | None,
    *,
    window_days: int = 120,
    known_on: date | None = None,
    hindsight: bool = False,
) -> dict[str, Any]:
    """Return the held count on ``on`` (default: the latest count; NoDataError when there is
    none) as each origin reported it nearest that date (accepted claims within
    ``window_days``, published by ``known_on``, default ``on``) and as derived from the
    registry's cases, side by side. With ``hindsight`` later publications are added and
    marked ``later``."""
    on = on or last_held_day(store)
    knowledge = min(known_on or on, date.today())
    all_claims = list_claims(store, measure=HELD, status="accepted")
    claims = known_claims(all_claims, knowledge, hindsight=hindsight)
    today = date.today()
    known_days = [date_interval(str(c["as_of"]))[1] for c in claims if c.get("as_of")]
    # Nothing is known about a day still to come: it is answered with the latest counts known.
    looked = min(on, max(known_days)) if on > today and known_days else on
    reported = nearest_by_reporter(claims, looked, window_days)
    left_out = len(all_claims) - len(known_claims(all_claims, knowledge))
    notes = []
    if on > today:
        notes.append(
            f"{on} is in the future: shown is what is known today ({today})"
            + (f", the counts nearest {looked}" if looked != on and reported else "")
        )
    if not reported:
        firsts = [date_interval(str(c["as_of"]))[0] for c in all_claims if c.get("as_of")]
        if firsts and on < min(firsts):
            notes.append(
                f"{on} is before the first reported count ({min(firsts)}): no count is known for it"
            )
        else:
            span = (
                f" (reported counts run from {min(known_days)} to {max(known_days)})"
                if known_days
                else ""
            )
            notes.append(f"no count was reported within {window_days} days of {on}{span}")
    registry = held_on(store, on)
    return {
        "on": on,
        "counts_near": looked,
        "measure": HELD,
        "window_days": window_days,
        "known_on": knowledge,
        "hindsight": hindsight,
        "published_later": left_out,
        "reported": reported,
        "notes": notes,
        "registry": {
            "held": registry["held"],
            "cases_on_record": registry["cases"],
            "undated_cases": registry["undated"],
            "note": "cases held on the date in doorwatch's own registry "
            "(recognition or detention on or before it, no release before it, and not "
            "released, dead or of unknown status on a day no source gives); the registry "
            "holds the cases as stored now and has no publication dates",
        },
    }
