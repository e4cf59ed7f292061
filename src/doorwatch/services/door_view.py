"""What ``door`` answers, on the command line and in the API alike: it leads with what is
solid (the latest count per origin near the window's end, with its as-of and published dates),
then the flows of the window (or since a deal) with their coverage and the ratio interval."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from doorwatch.analysis.flows import Flows
from doorwatch.errors import InputError
from doorwatch.services.door import door_since_deal, flows_between, latest_held_day
from doorwatch.services.status import status_on
from doorwatch.store import Store


def door_view(
    store: Store,
    first: date | None = None,
    last: date | None = None,
    *,
    since_deal: str | None = None,
    known_on: date | None = None,
    hindsight: bool = False,
) -> tuple[Flows, dict[str, Any]]:
    """Return the flows of ``first``..``last`` (both included; ``last`` defaults to the latest
    count) or since the deal ``since_deal``, and the JSON document: the flows' fields (with the
    top-level ``ratio``), ``latest_counts`` (the status picture at the window's end, as known on
    the same day) and, since a deal, the deal, what it freed and the held counts then and now."""
    if since_deal:
        result = door_since_deal(store, since_deal, last, known_on=known_on, hindsight=hindsight)
        flows: Flows = result["flows"]
        plain = asdict(flows)
        document: dict[str, Any] = {**result, "flows": plain, "ratio": plain["ratio"]}
    else:
        if first is None:
            raise InputError(
                "give a first day (--from, from=) or a deal (--since-deal, since_deal=)",
                option="--from",
                expected="YYYY-MM-DD",
            )
        end = last or latest_held_day(store) or date.today()
        flows = flows_between(store, first, end, known_on=known_on, hindsight=hindsight)
        document = asdict(flows)
    return flows, {
        "latest_counts": status_on(store, flows.end, known_on=flows.known_on, hindsight=hindsight),
        **document,
    }
