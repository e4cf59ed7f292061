"""The balance of the books between two reported held counts."""

from __future__ import annotations

from datetime import date

from doorwatch.analysis.balance import Balance, balance_books, count_day, pick_held_pair
from doorwatch.errors import NotFoundError
from doorwatch.services.door import flows_between, held_claims
from doorwatch.store import Store


def balance_between(
    store: Store, first: date, second: date, *, window_days: int = 31, reporter: str | None = None
) -> Balance:
    """Return the balance between the reported counts nearest ``first`` and ``second``."""
    if second < first:
        first, second = second, first
    pair = pick_held_pair(
        held_claims(store), first, second, window_days=window_days, reporter=reporter
    )
    if pair is None:
        who = f" by {reporter}" if reporter else ""
        raise NotFoundError(
            f"no reporter{who} gave a held count within {window_days} days of both {first} "
            f"and {second}; `doorwatch claims --measure political_prisoners_held` lists them"
        )
    flows = flows_between(store, count_day(pair.first), count_day(pair.second))
    return balance_books(pair, flows)
