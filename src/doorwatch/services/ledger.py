"""The deal ledger over every stored deal."""

from __future__ import annotations

from datetime import date, timedelta

from doorwatch.analysis.deal_ledger import LedgerEntry, ledger_entry
from doorwatch.services.door import flows_between, latest_held_day
from doorwatch.store import Store
from doorwatch.store.deals import get_deal, list_deals


def deal_ledger(store: Store, until: date | None = None) -> list[LedgerEntry]:
    """Return one ledger entry per deal, oldest first; "since" runs to ``until`` or the latest
    reported count."""
    deals = list_deals(store)
    end = until or latest_held_day(store) or date.today()
    entries = []
    for position, summary in enumerate(deals):
        deal = get_deal(store, summary["id"])
        day: date = deal["date"]
        before = day - timedelta(days=1)
        since = flows_between(store, before, max(end, day))
        following = deals[position + 1]["date"] if position + 1 < len(deals) else None
        before_next = (
            flows_between(store, before, following - timedelta(days=1))
            if following and following - timedelta(days=1) > before
            else None
        )
        entries.append(ledger_entry(deal, since, before_next))
    return entries
