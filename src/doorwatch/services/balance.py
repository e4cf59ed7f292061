"""The balance of the books between two reported held counts."""

from __future__ import annotations

from datetime import date, timedelta

from doorwatch.analysis.balance import Balance, balance_books, count_day, pick_held_pair
from doorwatch.errors import NotFoundError
from doorwatch.services.door import flows_between, held_claims, knowledge_date
from doorwatch.store import Store


def balance_between(
    store: Store,
    first: date,
    second: date,
    *,
    window_days: int = 31,
    reporter: str | None = None,
    known_on: date | None = None,
    hindsight: bool = False,
) -> Balance:
    """Return the balance between the reported counts nearest ``first`` and ``second``, as
    knowable on ``known_on`` (default: ``second``; ``hindsight`` adds later publications)."""
    if second < first:
        first, second = second, first
    on = knowledge_date(known_on, second)
    pair = pick_held_pair(
        held_claims(store, on, hindsight=hindsight),
        first,
        second,
        window_days=window_days,
        reporter=reporter,
    )
    if pair is None:
        who = f" by {reporter}" if reporter else ""
        raise NotFoundError(
            f"no reporter{who} gave a held count within {window_days} days of both {first} "
            f"and {second}; `doorwatch claims --measure political_prisoners_held` lists them"
        )
    # held(t1) is the count at the end of its day, so the flows start the day after.
    flows = flows_between(
        store,
        count_day(pair.first) + timedelta(days=1),
        count_day(pair.second),
        known_on=on,
        hindsight=hindsight,
    )
    return balance_books(pair, flows)
