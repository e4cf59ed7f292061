"""Reviewing proposed claims: accept, reject or edit, each recorded in the audit log."""

from __future__ import annotations

from typing import Any

from doorwatch.errors import InputError
from doorwatch.services.overview import forget as forget_overview
from doorwatch.store import Store
from doorwatch.store.evidence import EDITABLE_CLAIM_FIELDS, get_claim, list_claims, review_claim

__all__ = ["ACTIONS", "EDITABLE_CLAIM_FIELDS", "review", "review_queue"]

ACTIONS = {"accept": "accepted", "reject": "rejected"}
_NUMBERS = ("value", "value_max")


def _clean_edits(edits: dict[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in edits.items():
        if key not in EDITABLE_CLAIM_FIELDS:
            raise InputError(
                f"claim field {key!r} cannot be edited", expected=", ".join(EDITABLE_CLAIM_FIELDS)
            )
        if value == "":
            value = None
        if key in _NUMBERS and value is not None:
            try:
                value = float(value)
            except (TypeError, ValueError):
                raise InputError(f"{value!r} is not a number", field=key) from None
        clean[key] = value
    return clean


def review(
    store: Store, claim_id: str, action: str, *, actor: str, edits: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Accept, reject or edit claim ``claim_id`` as ``actor``; return the claim as it is now.

    ``edit`` changes fields and keeps the status; the change is written to the audit log.
    """
    before = get_claim(store, claim_id)
    if action == "edit":
        status = str(before["status"])
    elif action in ACTIONS:
        status = ACTIONS[action]
    else:
        raise InputError(f"unknown review action {action!r}", expected="accept, reject, edit")
    clean = _clean_edits(edits or {})
    review_claim(store, claim_id, status, actor, edits=clean, audit_action=f"claim.{action}")
    # The kept overview counts accepted claims: drop it here, where the write happens.
    forget_overview(store)
    after = get_claim(store, claim_id)
    after.pop("source", None)
    return after


def review_queue(store: Store, source_id: str | None = None) -> list[str]:
    """Return the ids of the proposed claims (of ``source_id`` when given), in review order."""
    return [c["id"] for c in list_claims(store, status="proposed", source_id=source_id)]
