"""Linking the people of an incoming file to the people already stored, by name.

A person whose name the matcher calls the *same* as a stored person's is not added again: the
incoming cases and spellings attach to the stored person. An *uncertain* match is added as a new
person and flagged for review (``doorwatch names dedupe``); nothing is merged on a guess.
"""

from __future__ import annotations

from typing import Any

from doorwatch.names import compare, name_keys
from doorwatch.names.word_keys import word_keys
from doorwatch.store import RecordSet, Store
from doorwatch.store.people import all_person_names, cases_of, person_ids_with_keys


def keys_for_name(name: str) -> list[str]:
    """Return the index keys of one name: spelling-independent keys and its word keys."""
    return sorted(name_keys(name)) + [f"w:{word}" for word in word_keys(name)]


def add_name_keys(records: RecordSet) -> None:
    """Add the search keys of every person name in ``records`` to its ``name_keys`` table."""
    for row in records.table("person_names"):
        for key in keys_for_name(row["name"]):
            records.add("name_keys", {"person_id": row["person_id"], "key": key})


def _relink(records: RecordSet, old: str, new: str) -> None:
    persons = records.rows.get("persons", {})
    persons.pop((old,), None)
    for table, column in (("person_names", "person_id"), ("cases", "person_id")):
        for row in list(records.table(table)):
            if row[column] == old:
                rows = records.rows[table]
                rows.pop(tuple(row[c] for c in _pk(table)), None)
                records.add(table, {**row, column: new})
    for row in list(records.table("citations")):
        if row["record_type"] == "person" and row["record_id"] == old:
            records.rows["citations"].pop((row["record_type"], row["record_id"], row["source_id"]))
            records.cite("person", new, row["source_id"], row["note"])


def _merge_known_cases(
    store: Store, records: RecordSet, person_id: str, name: str
) -> list[dict[str, Any]]:
    """Fold incoming cases of a linked person into stored cases with the same detention date.

    A stored value is never overwritten by a different one from the file: the file only fills
    what is empty, and each disagreement is returned as a flag for review.
    """
    stored = {c["detained_on"]: c for c in cases_of(store, person_id) if c["detained_on"]}
    flags: list[dict[str, Any]] = []
    for row in list(records.table("cases")):
        if row["person_id"] != person_id or row["detained_on"] not in stored:
            continue
        known = stored[row["detained_on"]]
        merged = dict(known)
        for field, value in row.items():
            if field in ("id", "person_id") or value is None or value == known.get(field):
                continue
            if known.get(field) in (None, False):
                merged[field] = value
            else:
                flags.append({
                    "name": name,
                    "stored_person": person_id,
                    "action": f"kept the stored {field} of case {known['id']}",
                    "stored": known[field],
                    "file": value,
                })  # fmt: skip
        records.rows["cases"].pop((row["id"],))
        records.add("cases", merged)
        for citation in list(records.table("citations")):
            if citation["record_type"] == "case" and citation["record_id"] == row["id"]:
                key = (citation["record_type"], citation["record_id"], citation["source_id"])
                records.rows["citations"].pop(key)
                records.cite("case", known["id"], citation["source_id"], citation["note"])
    return flags


def _pk(table: str) -> list[str]:
    from doorwatch.store.schema import metadata

    return [c.name for c in metadata.tables[table].primary_key.columns]


def link_known_persons(store: Store, records: RecordSet) -> list[dict[str, Any]]:
    """Attach incoming persons to stored ones the matcher calls the same; return the flags."""
    flags: list[dict[str, Any]] = []
    incoming = records.table("persons")
    if incoming:
        stored_names: dict[str, list[str]] = {}
        for person_id, name in all_person_names(store):
            stored_names.setdefault(person_id, []).append(name)
        for person in incoming:
            pid = person["id"]
            if pid in stored_names:
                continue  # the same key: already the same person
            names = [r["name"] for r in records.table("person_names") if r["person_id"] == pid]
            keys = sorted({k for n in names for k in name_keys(n)})
            candidates = person_ids_with_keys(store, keys)
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
                _relink(records, pid, candidate)
                flags.append({**flag, "action": "linked to the stored person"})
                flags.extend(_merge_known_cases(store, records, candidate, person["name"]))
            else:
                flags.append(
                    {**flag, "action": "added as a new person; review with `names dedupe`"}
                )
    add_name_keys(records)
    return flags
