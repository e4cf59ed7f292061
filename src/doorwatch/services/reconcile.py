"""Reconciled figures: every source's claim about one quantity near one date."""

from __future__ import annotations

from datetime import date

from doorwatch.analysis.reconcile import ReconciledFigure, reconcile
from doorwatch.errors import NotFoundError
from doorwatch.store import Store
from doorwatch.store.flows import accepted_figures


def reconcile_measure(store: Store, measure: str, near: date, window_days: int) -> ReconciledFigure:
    """Return the reconciled figure for ``measure`` near ``near`` from accepted claims."""
    claims = accepted_figures(store)
    known = sorted({str(c["measure"]) for c in claims if c.get("measure")})
    if measure not in known:
        raise NotFoundError(
            f"no accepted figures for the measure {measure!r}; known measures: {', '.join(known)}"
        )
    return reconcile(claims, measure, near, window_days)
