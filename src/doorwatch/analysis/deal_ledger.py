"""The deal ledger: what each release was bought with, and what was recorded around it.

Per deal: who was freed under each definition the sources use (52 named on the list, 51 who
walked free), the concessions as a typed list (a sanction lifted or eased, with its measure; a
visit; a statement), and two context windows, the 90 days before and the 90 days after, each
with the recognitions on record, their coverage, and the held counts reported in it.

No ratio is formed between a deal and what followed it: "new prisoners per person freed since"
reads as if the release caused the arrests, which the records cannot show (see ``LIMITS``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from doorwatch.analysis.flows import Flows
from doorwatch.analysis.partial_dates import date_interval
from doorwatch.analysis.qualified_values import interval_text, value_interval
from doorwatch.analysis.reconcile import reconcile
from doorwatch.analysis.reported_counts import reporter_of

# Days either side of a deal whose recognitions and held counts are set beside it.
CONTEXT_DAYS = 90
# Days from a deal within which a source's count of its release is taken to be about it.
RELEASE_CLAIM_DAYS = 7

LIMITS = (
    "The ledger sets each release beside what was conceded and what was recorded around it. "
    "It cannot show cause: recognitions follow arrests made months earlier and are recorded "
    "late; the counts around a deal cover only what someone reported; what was given in "
    "secret is not on record; and a concession's weight (a visit against the lifting of "
    "potash sanctions) is not a number the records can supply."
)


@dataclass
class ContextWindow:
    """Recognitions and held counts over one side of a deal."""

    side: str  # before, after
    first: str
    last: str
    recognised: float | None
    recognised_spread: bool
    recognised_reported: float | None
    coverage: float | None
    record_ids: list[str]
    held_counts: list[dict[str, Any]]


@dataclass
class LedgerEntry:
    """One deal in the ledger, with the ids of everything it counts."""

    deal_id: str
    date: str
    counterpart: str | None
    envoy: str | None
    freed_recorded: int
    freed_qualifier: str
    freed_text: str
    freed_stated: int | None
    freed_by_definition: list[dict[str, Any]]
    named: list[str]
    release_event_ids: list[str]
    concessions: list[dict[str, Any]]
    before: ContextWindow
    after: ContextWindow
    source_ids: list[str]


def _held_in(claims: Sequence[Mapping[str, Any]], flows: Flows) -> list[dict[str, Any]]:
    rows = []
    for claim in claims:
        if not claim.get("as_of") or claim.get("value") is None:
            continue
        first, last = date_interval(str(claim["as_of"]))
        if first >= flows.start and last <= flows.end:
            low, high = value_interval(float(claim["value"]), claim.get("qualifier"))
            rows.append(
                {
                    "claim_id": claim["id"],
                    "origin": reporter_of(claim),
                    "as_of": claim["as_of"],
                    "value": interval_text(low, high),
                    "qualifier": claim.get("qualifier") or "exact",
                    "definition": claim.get("definition"),
                    "published": claim.get("published") or claim.get("source_published"),
                }
            )
    return sorted(rows, key=lambda r: (str(r["as_of"]), r["origin"]))


def context_window(
    side: str, flows: Flows, held_claims: Sequence[Mapping[str, Any]]
) -> ContextWindow:
    """Return one context window of a deal from its flows and the held counts reported."""
    term = flows.terms["recognised"]
    return ContextWindow(
        side=side,
        first=flows.start.isoformat(),
        last=flows.end.isoformat(),
        recognised=None if term.basis == "none" else term.value,
        recognised_spread=term.spread,
        recognised_reported=term.reported_total,
        coverage=term.coverage,
        record_ids=[*term.event_ids, *term.case_ids],
        held_counts=_held_in(held_claims, flows),
    )


def ledger_entry(
    deal: Mapping[str, Any],
    release_claims: Sequence[Mapping[str, Any]],
    held_claims: Sequence[Mapping[str, Any]],
    before: Flows,
    after: Flows,
) -> LedgerEntry:
    """Return the ledger entry of ``deal`` from its release claims, the held counts, and the
    flows of the windows before and after it."""
    releases = [e for e in deal.get("events", []) if e["kind"] == "release"]
    counted = sum(int(e.get("count") or 0) for e in releases)
    qualifiers = {str(e.get("qualifier") or "exact") for e in releases}
    qualifier = "at_least" if qualifiers - {"exact"} else "exact"
    if not releases:
        counted, qualifier = int(deal.get("people_freed") or 0), "exact"
    low, high = value_interval(counted, qualifier)
    reconciled = reconcile(release_claims, "prisoners_released", deal["date"], RELEASE_CLAIM_DAYS)
    by_definition = [
        {
            "definition": family["definition"],
            "values": family["values"],
            "origins": family["origins"],
            "claim_ids": family["claim_ids"],
        }
        for family in reconciled.definitions
    ]
    return LedgerEntry(
        deal_id=str(deal["id"]),
        date=str(deal["date"]),
        counterpart=deal.get("counterpart"),
        envoy=deal.get("envoy"),
        freed_recorded=counted,
        freed_qualifier=qualifier,
        freed_text=interval_text(low, high),
        freed_stated=deal.get("people_freed"),
        freed_by_definition=by_definition,
        named=[p["name"] for p in deal.get("named_people", [])],
        release_event_ids=[str(e["id"]) for e in releases],
        concessions=[
            {
                "kind": c["kind"],
                "measure_id": c.get("measure_id"),
                "target": c.get("target"),
                "imposer": c.get("imposer"),
                "description": c.get("description"),
                "id": c["id"],
            }
            for c in deal.get("concessions", [])
        ],
        before=context_window("before", before, held_claims),
        after=context_window("after", after, held_claims),
        source_ids=[str(s["id"]) for s in deal.get("sources", [])],
    )
