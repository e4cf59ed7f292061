"""Linking the people of an incoming file to the people already stored, by name.

A person whose name the matcher calls the *same* as a stored person's is not added again: the
incoming cases and spellings attach to the stored person. An *uncertain* match is added as a new
person and flagged for review (``doorwatch names dedupe``); nothing is merged on a guess.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from doorwatch.names import compare, name_keys, search_keys
from doorwatch.names.word_keys import word_keys
from doorwatch.store import Connection, RecordSet
from doorwatch.store.people import (
    cases_of_persons,
    names_of_persons,
    person_ids_with_keys,
    stored_person_ids,
)
from doorwatch.store.schema import metadata

# A name key held by more stored persons than this is too common to decide on by name: reading
# and comparing them all would make one import cost the size of the registry. A person whose
# every key is that common is added and reported (`names dedupe` compares such names later).
MATCH_CANDIDATES_PER_KEY = 25


def keys_for_name(name: str, spelled: set[str] | None = None) -> list[str]:
    """Return the index keys of one name: spelling-independent keys and its word keys.

    ``spelled`` is ``name_keys(name)`` when the caller has it already."""
    spelled = name_keys(name) if spelled is None else spelled
    return sorted(spelled) + [f"w:{word}" for word in word_keys(name)]


def add_name_keys(records: RecordSet, spelled: dict[str, set[str]] | None = None) -> None:
    """Add the search keys of every person name in ``records`` to its ``name_keys`` table
    (``spelled``: the ``name_keys`` of names the caller has computed already)."""
    spelled = spelled or {}
    for row in records.table("person_names"):
        for key in keys_for_name(row["name"], spelled.get(row["name"])):
            records.add("name_keys", {"person_id": row["person_id"], "key": key})


def _relink(records: RecordSet, moves: dict[str, str]) -> None:
    """Give every row of an incoming person in ``moves`` (old id → stored id) the stored id."""
    for old in moves:
        records.rows.get("persons", {}).pop((old,), None)
    for table in ("person_names", "cases"):
        for row in records.table(table):
            if row["person_id"] in moves:
                records.rows[table].pop(tuple(row[c] for c in _pk(table)))
                records.add(table, {**row, "person_id": moves[row["person_id"]]})
    for row in records.table("citations"):
        if row["record_type"] == "person" and row["record_id"] in moves:
            records.rows["citations"].pop((row["record_type"], row["record_id"], row["source_id"]))
            records.cite("person", moves[row["record_id"]], row["source_id"], row["note"])


def _merge_known_cases(
    records: RecordSet, stored_cases: dict[str, list[dict[str, Any]]], names: dict[str, str]
) -> list[dict[str, Any]]:
    """Fold incoming cases of linked persons into stored cases with the same detention date.

    ``stored_cases`` holds the stored cases of each linked person, ``names`` the name the file
    gives each. A stored value is never overwritten by a different one from the file: the file
    only fills what is empty, and each disagreement is returned as a flag for review.
    """
    stored = {
        (person_id, c["detained_on"]): c
        for person_id, person_cases in stored_cases.items()
        for c in person_cases
        if c["detained_on"]
    }
    moved: dict[str, str] = {}
    flags: list[dict[str, Any]] = []
    for row in records.table("cases"):
        known = stored.get((row["person_id"], row["detained_on"]))
        if known is None:
            continue
        merged = dict(known)
        for field, value in row.items():
            if field in ("id", "person_id") or value is None or value == known.get(field):
                continue
            if known.get(field) in (None, False):
                merged[field] = value
            else:
                flags.append({
                    "name": names[row["person_id"]],
                    "stored_person": row["person_id"],
                    "action": f"kept the stored {field} of case {known['id']}",
                    "stored": known[field],
                    "file": value,
                })  # fmt: skip
        records.rows["cases"].pop((row["id"],))
        records.add("cases", merged)
        moved[row["id"]] = known["id"]
    if moved:
        for citation in records.table("citations"):
            if citation["record_type"] == "case" and citation["record_id"] in moved:
                key = (citation["record_type"], citation["record_id"], citation["source_id"])
                records.rows["citations"].pop(key)
                records.cite("case", moved[key[1]], citation["source_id"], citation["note"])
    return flags


def _pk(table: str) -> list[str]:
    return [c.name for c in metadata.tables[table].primary_key.columns]


def link_known_persons(
    connection: Connection,
    records: RecordSet,
    *,
    same_file: Callable[[Iterable[str]], set[str]] | None = None,
    crowded: set[str] | None = None,
) -> list[dict[str, Any]]:
    """Attach incoming persons to stored ones the matcher calls the same; return the flags.

    Only stored persons sharing a name key with an incoming name are read (through the
    ``name_keys`` index), so the cost follows the file, not the size of the registry.
    ``same_file`` names, of the stored persons given, those an earlier batch of the same file
    added: people of one file are never matched to each other by name. ``crowded`` is kept
    by a caller linking many batches of one write: the keys found too common to decide on.
    """
    flags: list[dict[str, Any]] = []
    incoming = records.table("persons")
    known = stored_person_ids(connection, [p["id"] for p in incoming])
    # Persons already stored under the same key are the same person; only the others are
    # matched by name.
    new = [p for p in incoming if p["id"] not in known]
    spelled: dict[str, set[str]] = {}
    if new:
        names_of: dict[str, list[str]] = defaultdict(list)
        for row in records.table("person_names"):
            names_of[row["person_id"]].append(row["name"])
        # Blocking: candidates share a full-name key (given-name class and family-name key),
        # or, for a name without a given name, a family-name key; never a given name alone.
        keys_of: dict[str, set[str]] = {}
        for p in new:
            keys_of[p["id"]] = set()
            for n in names_of[p["id"]]:
                if n not in spelled:
                    spelled[n] = name_keys(n)
                keys_of[p["id"]] |= search_keys(n, spelled[n])
        sharing, crowded_now = person_ids_with_keys(
            connection,
            set().union(*keys_of.values()),
            most=MATCH_CANDIDATES_PER_KEY,
            crowded=crowded,
        )
        if same_file is not None and sharing:
            for person_id in same_file(sharing):
                del sharing[person_id]
        holders: dict[str, set[str]] = defaultdict(set)
        for candidate, shared in sharing.items():
            for key in shared:
                holders[key].add(candidate)
        stored_names = names_of_persons(connection, sharing)
        moves: dict[str, str] = {}
        linked_names: dict[str, str] = {}
        unmatched = 0
        for person in new:
            pid = person["id"]
            if keys_of[pid] and keys_of[pid] <= crowded_now:
                unmatched += 1
                continue
            candidates = sorted(set().union(*(holders[k] for k in keys_of[pid])))
            best: tuple[float, str, Any] | None = None
            for candidate in candidates:
                for theirs in stored_names.get(candidate, []):
                    decision = compare(person["name"], theirs)
                    if decision.same is False:
                        continue
                    if best is None or decision.score > best[0]:
                        best = (decision.score, candidate, decision)
            if best is None:
                continue
            score, candidate, decision = best
            flag = {
                "name": person["name"],
                "stored_person": candidate,
                "score": round(score, 3),
                "reasons": list(decision.reasons),
            }
            if decision.same:
                moves[pid] = candidate
                linked_names[candidate] = person["name"]
                flags.append({**flag, "action": "linked to the stored person"})
            else:
                flags.append(
                    {**flag, "action": "added as a new person; review with `names dedupe`"}
                )
        if unmatched:
            flags.append({
                "name": f"{unmatched} names",
                "stored_person": None,
                "action": f"added without matching: each name's keys are held by more than "
                f"{MATCH_CANDIDATES_PER_KEY} stored persons; review with `names dedupe`",
            })  # fmt: skip
        if moves:
            _relink(records, moves)
            stored_cases = cases_of_persons(connection, linked_names)
            flags.extend(_merge_known_cases(records, stored_cases, linked_names))
    add_name_keys(records, spelled)
    return flags
