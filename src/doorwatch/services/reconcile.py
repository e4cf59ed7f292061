"""Reconciled figures: every origin's claim about one quantity near one date, as known then."""

from __future__ import annotations

from datetime import date, timedelta

from doorwatch.analysis.knowledge import known_claims
from doorwatch.analysis.partial_dates import date_interval
from doorwatch.analysis.reconcile import ReconciledFigure, reconcile
from doorwatch.errors import NotFoundError
from doorwatch.services.door import knowledge_date
from doorwatch.store import Store
from doorwatch.store.flows import accepted_figures


def reconcile_measure(
    store: Store,
    measure: str,
    near: date,
    window_days: int,
    *,
    known_on: date | None = None,
    hindsight: bool = False,
) -> ReconciledFigure:
    """Return the reconciled figure for ``measure`` near ``near`` from accepted claims published
    by ``known_on`` (default: the last day of the window around ``near``); ``hindsight`` adds
    the later ones, marked ``later``."""
    claims = accepted_figures(store)
    known = sorted({str(c["measure"]) for c in claims if c.get("measure")})
    if measure not in known:
        raise NotFoundError(
            f"no accepted figures for the measure {measure!r}; known measures: {', '.join(known)}"
        )
    on = knowledge_date(known_on, near + timedelta(days=window_days))
    result = reconcile(
        known_claims(claims, on, hindsight=hindsight),
        measure,
        near,
        window_days,
        known_on=on,
        hindsight=hindsight,
    )
    if not hindsight:
        everything = reconcile(known_claims(claims, None), measure, near, window_days)
        result.published_later = len(everything.claims) - len(result.claims)
        if result.published_later:
            result.notes.append(
                f"{result.published_later} claim(s) about these days were published after "
                f"{on}; --hindsight adds them"
            )
    if not result.claims:
        days = sorted(
            date_interval(str(c["as_of"]))[0]
            for c in claims
            if c.get("measure") == measure and c.get("as_of")
        )
        where = (
            f": {near} is before the first of them ({days[0]})"
            if days and near < days[0]
            else f": {near} is in the future, and they run to {days[-1]}"
            if days and near > date.today()
            else f" (they run from {days[0]} to {days[-1]})"
            if days
            else ""
        )
        result.notes.append(f"no claims about {measure} within {window_days} days of {near}{where}")
    return result
