"""The deal ledger over every stored deal, as known on a date, and its display rows (one
listing for ``deals --ledger``, the web's deals page and the report)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from doorwatch.analysis.deal_ledger import CONTEXT_DAYS, LIMITS, LedgerEntry, ledger_entry
from doorwatch.analysis.knowledge import known_claims
from doorwatch.services.door import flows_of_windows, held_claims, knowledge_date
from doorwatch.store import Store
from doorwatch.store.deals import get_deal, list_deals
from doorwatch.store.flows import accepted_figures

LEDGER_COLUMNS = [
    "deal",
    "date",
    "counterpart",
    "freed",
    "definitions",
    "concessions",
    "before",
    "after",
]
LEDGER_LIMITS = LIMITS


def deal_ledger(
    store: Store, *, known_on: date | None = None, hindsight: bool = False
) -> list[LedgerEntry]:
    """Return one ledger entry per deal, oldest first: freed under each definition, the typed
    concessions, and the 90 days before and after (recognitions with coverage, held counts), as
    knowable on ``known_on`` (default today)."""
    on = knowledge_date(known_on, date.today())
    summaries = list_deals(store)
    windows = []
    for summary in summaries:
        day: date = summary["date"]
        windows.append((day - timedelta(days=CONTEXT_DAYS), day - timedelta(days=1)))
        windows.append((day + timedelta(days=1), day + timedelta(days=CONTEXT_DAYS)))
    flows = flows_of_windows(store, windows, known_on=on, hindsight=hindsight)
    releases = known_claims(
        accepted_figures(store, ["prisoners_released"]), on, hindsight=hindsight
    )
    held = held_claims(store, on, hindsight=hindsight)
    entries = []
    for index, summary in enumerate(summaries):
        deal = get_deal(store, summary["id"])
        entries.append(ledger_entry(deal, releases, held, flows[2 * index], flows[2 * index + 1]))
    return entries


def _context(window: Any) -> str:
    if window.recognised is None:
        recognised = "no recognitions on record"
    else:
        mark = "~" if window.recognised_spread else ""
        coverage = (
            "coverage unknown" if window.coverage is None else f"{window.coverage:.0%} covered"
        )
        recognised = f"{mark}{window.recognised:.0f} recognised ({coverage})"
    counts = window.held_counts
    if not counts:
        return recognised
    # The row names the counts of the last day an exact count is about, every origin's (a round
    # figure such as "some 1,300" is no count); --format json lists them all.
    exact = [c for c in counts if c["qualifier"] == "exact"] or counts
    shown = [c for c in exact if c["as_of"] == exact[-1]["as_of"]]
    more = f" +{len(counts) - len(shown)} more" if len(counts) > len(shown) else ""
    held = ", ".join(f"{c['value']} ({c['origin']}, {c['as_of']})" for c in shown)
    return f"{recognised}; held {held}{more}"


def ledger_row(entry: LedgerEntry) -> dict[str, Any]:
    """Return the flat display row of one ledger entry (``~`` marks a spread value)."""
    return {
        "deal": entry.deal_id,
        "date": entry.date,
        "counterpart": entry.counterpart or "unknown",
        "freed": entry.freed_text,
        "definitions": [
            f"{', '.join(f'{v:g}' for v in d['values'])}: {d['definition']}"
            for d in entry.freed_by_definition
        ],
        "concessions": [
            c["kind"].replace("_", " ") + (f": {c['target']}" if c.get("target") else "")
            for c in entry.concessions
        ]
        or ["none recorded"],
        "before": _context(entry.before),
        "after": _context(entry.after),
    }
