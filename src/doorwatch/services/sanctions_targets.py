"""One target across every list, and sanctions measures tied to listings and to deals.

A target page shows each snapshot of its own list that lists it, the other imposers' latest
lists that do (or may), its changes between snapshots, the measures about it and the deals that
conceded them. :func:`deal_links` ties measures to deals: the curated measures a deal conceded
(Belavia eased, potash lifted) to the listings they are about, and a removal from a list that
follows a deal with the same imposer within a window to that deal, as a proposed link.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from doorwatch.analysis.sanction_match import Target, TargetIndex, target_of
from doorwatch.analysis.sanction_programmes import IMPOSERS, classes_of
from doorwatch.errors import NotFoundError
from doorwatch.store import Store
from doorwatch.store.content_keys import content_key
from doorwatch.store.deals import list_deals, list_measures
from doorwatch.store.sanctions import (
    add_concessions,
    changes_for_entry,
    entries_named,
    get_list,
    iter_entries,
    list_lists,
)

LINK_WINDOW_DAYS = 45
_CODES = {name: code for code, name in IMPOSERS.items()}
_BRACKETS = re.compile(r"\s*\(.*?\)\s*")


def _latest_per_imposer(store: Store) -> dict[str, dict[str, Any]]:
    latest: dict[str, dict[str, Any]] = {}
    for row in list_lists(store):  # oldest first: the last one of each imposer wins
        if row["imposer"] != "os":
            latest[row["imposer"]] = row
    return latest


def target_detail(store: Store, list_name: str, entry_id: str) -> dict[str, Any]:
    """Return one target: its listing, every snapshot listing it, other lists, history, measures."""
    home = get_list(store, list_name)
    snapshots = [e for e in entries_named(store, entry_id) if e["imposer"] == home["imposer"]]
    entry = next((e for e in snapshots if e["list_id"] == home["id"]), None)
    if entry is None:
        raise NotFoundError(f"{home['name']} has no target with the id {entry_id!r}")
    target = target_of(entry)
    elsewhere = []
    for imposer, row in sorted(_latest_per_imposer(store).items()):
        if imposer == home["imposer"]:
            continue
        match = TargetIndex(iter_targets(store, row["id"])).best(target)
        elsewhere.append(
            {
                "list": row["name"],
                "imposer": imposer,
                "status": match.status,
                "matched_id": match.other.entry_id
                if match.other and match.status != "not_listed"
                else None,
                "matched_name": match.other.name
                if match.other and match.status != "not_listed"
                else None,
                "programmes": list(match.other.programmes)
                if match.other and match.status != "not_listed"
                else [],
                "score": match.score,
                "reason": match.reason,
            }
        )
    series = str(home["series"])
    measures = [m for m in _measures_about(store, target, home["imposer"])]
    return {
        "list": home["name"],
        "imposer": home["imposer"],
        "entry_id": entry_id,
        "schema": entry["schema"],
        "name": entry["name"],
        "programmes": list(target.programmes),
        "classes": sorted(classes_of(home["imposer"], list(target.programmes))),
        "listed_on": entry["listed_on"],
        "details": entry["details"],
        "snapshots": [{"list": e["list_name"], "list_date": e["list_date"]} for e in snapshots],
        "elsewhere": elsewhere,
        "history": changes_for_entry(store, series, entry_id),
        "measures": measures,
    }


def iter_targets(store: Store, list_id: str) -> list[Target]:
    """Return the targets of one stored list."""
    return [target_of(e) for e in iter_entries(store, list_id)]


def _measure_target(measure: dict[str, Any]) -> Target:
    name = _BRACKETS.sub(" ", str(measure["target"])).strip()
    return Target(
        entry_id=str(measure["id"]),
        schema="person" if measure.get("target_kind") == "person" else "organisation",
        name=name,
        programmes=tuple(p for p in [measure.get("programme")] if p),
        names=(name,),
        birth_dates=frozenset(),
        nationalities=frozenset(),
        countries=frozenset(),
        numbers=frozenset(),
        details={},
    )


def _measures_about(store: Store, target: Target, imposer: str) -> list[dict[str, Any]]:
    found = []
    index = TargetIndex([target])
    for measure in list_measures(store):
        if _CODES.get(str(measure["imposer"])) != imposer:
            continue
        if str(measure.get("kind") or "").startswith("delisting"):
            if f"listed as {target.entry_id} in" in str(measure.get("note") or ""):
                found.append(measure)
            continue
        if index.best(_measure_target(measure)).status == "listed":
            found.append(measure)
    return found


def _days(left: str, right: str) -> int | None:
    try:
        return (date.fromisoformat(right[:10]) - date.fromisoformat(left[:10])).days
    except ValueError:
        return None


def deal_links(
    store: Store, *, write: bool = False, window_days: int = LINK_WINDOW_DAYS
) -> list[dict[str, Any]]:
    """Return measures tied to deals, with the listings they are about.

    Conceded measures come from the deals themselves; a delisting (a removal between two
    snapshots of a list) dated within ``window_days`` after a deal with the same imposer is a
    proposed link. With ``write`` the proposed links are stored as concessions of the deal
    (kind ``sanction_lifted``), so the deal ledger shows them.
    """
    latest = _latest_per_imposer(store)
    indexes: dict[str, TargetIndex] = {}
    deals = list_deals(store)
    measures = {m["id"]: m for m in list_measures(store)}
    rows: list[dict[str, Any]] = []
    for deal in deals:
        for concession in deal["concessions"]:
            measure = measures.get(concession.get("measure_id") or "")
            if measure is None:
                continue
            listing = _listing_of(store, measure, latest, indexes)
            rows.append(
                _link_row(deal, concession["kind"], measure, listing, "conceded in the deal")
            )
    proposed = []
    for measure in measures.values():
        if not str(measure.get("kind") or "").startswith("delisting") or not measure.get(
            "lifted_on"
        ):
            continue
        for deal in deals:
            if deal.get("counterpart") != measure["imposer"] or measure["deals"]:
                continue
            gap = _days(str(deal["date"]), str(measure["lifted_on"]))
            if gap is not None and 0 <= gap <= window_days:
                basis = f"proposed: removed from the list {gap} days after the deal"
                rows.append(_link_row(deal, "sanction_lifted", measure, None, basis))
                proposed.append(
                    {
                        "id": content_key("concession", deal["id"], measure["id"]),
                        "deal_id": deal["id"],
                        "kind": "sanction_lifted",
                        "measure_id": measure["id"],
                        "description": f"{measure['target']} removed from the list within {gap} days "
                        "after the release (a link proposed from the list's snapshots)",
                    }
                )
    if write:
        add_concessions(store, proposed)
    return rows


def _listing_of(
    store: Store,
    measure: dict[str, Any],
    latest: dict[str, dict[str, Any]],
    indexes: dict[str, TargetIndex],
) -> dict[str, Any] | None:
    imposer = _CODES.get(str(measure["imposer"]))
    if imposer not in latest:
        return None
    row = latest[imposer]
    if row["id"] not in indexes:
        indexes[row["id"]] = TargetIndex(iter_targets(store, row["id"]))
    match = indexes[row["id"]].best(_measure_target(measure))
    if match.status == "not_listed" or match.other is None:
        return None
    return {
        "list": row["name"],
        "list_id": match.other.entry_id,
        "name": match.other.name,
        "score": match.score,
    }


def _link_row(
    deal: dict[str, Any],
    kind: str,
    measure: dict[str, Any],
    listing: dict[str, Any] | None,
    basis: str,
) -> dict[str, Any]:
    return {
        "deal": deal["id"],
        "date": deal["date"],
        "kind": kind,
        "measure": measure["id"],
        "target": measure["target"],
        "lifted_on": measure.get("lifted_on"),
        "eased_on": measure.get("eased_on"),
        "list": listing["list"] if listing else None,
        "list_id": listing["list_id"] if listing else None,
        "listed_as": listing["name"] if listing else None,
        "basis": basis,
    }
