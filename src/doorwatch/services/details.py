"""Single records for detail views: a case, a deal, a measure, a source, a claim."""

from __future__ import annotations

from typing import Any

from doorwatch.errors import NotFoundError
from doorwatch.store import Store
from doorwatch.store.deals import get_deal, list_deals, list_measures
from doorwatch.store.evidence import get_claim, get_source
from doorwatch.store.listing import get_case


def case_detail(store: Store, case_id: str) -> dict[str, Any]:
    """Return one case with its person's name and its sources."""
    return get_case(store, case_id)


def deal_detail(store: Store, deal_id: str) -> dict[str, Any]:
    """Return one deal with concessions, named people, release events and sources."""
    return get_deal(store, deal_id)


def measure_detail(store: Store, measure_id: str) -> dict[str, Any]:
    """Return one sanctions measure with its sources and the deals that conceded it."""
    for measure in list_measures(store):
        if measure["id"] == measure_id:
            return measure
    raise NotFoundError(f"no sanctions measure with id {measure_id!r}")


def measures_by_imposer(store: Store) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """Return every measure grouped by imposer, then by programme (``-`` when none)."""
    grouped: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for measure in list_measures(store):
        by_programme = grouped.setdefault(str(measure["imposer"]), {})
        by_programme.setdefault(str(measure["programme"] or "-"), []).append(measure)
    return grouped


def deal_list(store: Store) -> list[dict[str, Any]]:
    """Return every deal, oldest first, with concessions, named people and sources (the
    listing; the ledger, with context and definitions, is ``services.ledger.deal_ledger``)."""
    return list_deals(store)


def source_detail(store: Store, source_id: str) -> dict[str, Any]:
    """Return one source with its text and its claims (by position in the text)."""
    return get_source(store, source_id)


def claim_detail(store: Store, claim_id: str) -> dict[str, Any]:
    """Return one claim with the source (and its text) it was read from."""
    return get_claim(store, claim_id)
