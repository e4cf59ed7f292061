"""Reviewing proposed claims: accept, reject or edit, each recorded in the audit log."""

from __future__ import annotations

from typing import Any

from doorwatch.errors import InputError
from doorwatch.ingest.claim_rules import check_claim
from doorwatch.ingest.field_parsers import Where
from doorwatch.services.overview import forget as forget_overview
from doorwatch.store import Store
from doorwatch.store.evidence import EDITABLE_CLAIM_FIELDS, get_claim, list_claims, review_claim

__all__ = ["ACTIONS", "EDITABLE_CLAIM_FIELDS", "review", "review_queue"]

ACTIONS = {"accept": "accepted", "reject": "rejected"}


def _checked_edits(claim: dict[str, Any], edits: dict[str, Any]) -> dict[str, Any]:
    """Return the edits that change ``claim``, checked as part of the whole edited claim."""
    for key in edits:
        if key not in EDITABLE_CLAIM_FIELDS:
            raise InputError(
                f"claim field {key!r} cannot be edited", expected=", ".join(EDITABLE_CLAIM_FIELDS)
            )
    given = {k: (None if v == "" else v) for k, v in edits.items()}
    merged = {k: claim.get(k) for k in EDITABLE_CLAIM_FIELDS} | {"kind": claim["kind"]} | given
    # The edited claim is checked whole, so a value_max below an unchanged value is refused too.
    checked = check_claim(merged, Where(f"claim {claim['id']}"), set_precision="as_of" in given)
    return {k: checked[k] for k in EDITABLE_CLAIM_FIELDS if checked[k] != claim.get(k)}


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
    clean = _checked_edits(before, edits or {}) if action == "edit" else {}
    review_claim(store, claim_id, status, actor, edits=clean, audit_action=f"claim.{action}")
    # The kept overview counts accepted claims: drop it here, where the write happens.
    forget_overview(store)
    after = get_claim(store, claim_id)
    after.pop("source", None)
    return after


def review_queue(store: Store, source_id: str | None = None) -> list[str]:
    """Return the ids of the proposed claims (of ``source_id`` when given), in review order."""
    return [c["id"] for c in list_claims(store, status="proposed", source_id=source_id)]
