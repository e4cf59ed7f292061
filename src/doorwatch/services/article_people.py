"""Linking the people an article quotes to the persons in the store, across spellings."""

from __future__ import annotations

from typing import Any

from doorwatch.services.people import find_people
from doorwatch.store import RecordSet, Store, write_records
from doorwatch.store.evidence import list_claims


def link_speakers(store: Store, source_id: str) -> list[dict[str, Any]]:
    """Cite ``source_id`` for every stored person the source quotes; return the links made.

    A speaker is linked only to a person whose name the matcher calls the same (a family name
    alone is not enough), so a quote is never pinned on a relative.
    """
    links: dict[str, dict[str, Any]] = {}
    for claim in list_claims(store, kind="quote", source_id=source_id):
        speaker = claim.get("speaker")
        if not speaker or len(speaker.split()) < 2:
            continue
        for person in find_people(store, speaker, limit=5):
            if person.get("match", 0) >= 0.8:
                entry = links.setdefault(
                    person["id"],
                    {"person_id": person["id"], "name": person["name"], "speaker": speaker,
                     "quotes": 0},
                )  # fmt: skip
                entry["quotes"] += 1
                break
    records = RecordSet()
    for link in links.values():
        records.cite("person", link["person_id"], source_id, f"quoted ({link['quotes']})")
    write_records(store, records)
    return sorted(links.values(), key=lambda link: link["name"])
