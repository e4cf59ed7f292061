"""Registry rows (people and their cases) → validated records.

A registry row is one case of one person. The same person on several rows (a re-arrest) gets
several cases. Keys come from the row's ids when given, else from the name and detention date,
so the same file always maps to the same records.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from doorwatch.ingest.field_parsers import (
    Where,
    parse_bool,
    parse_choice,
    parse_day,
    text_or_none,
)
from doorwatch.store.content_keys import content_key
from doorwatch.store.records import RecordSet

STATUSES = ("held", "released", "served", "died")
RELEASE_MODES = ("pardon", "deal", "end_of_sentence", "sentence_quashed", "died_in_custody")
GENDERS = ("male", "female")

# The columns of doorwatch's own registry layout, in documented order.
REGISTRY_COLUMNS = (
    "person_id",
    "name",
    "aliases",
    "gender",
    "case_id",
    "detained_on",
    "charges",
    "sentence",
    "place",
    "recognised_on",
    "recognised_by",
    "status",
    "released_on",
    "release_mode",
    "expelled",
    "expelled_to",
    "deal_id",
    "note",
)
REQUIRED_COLUMNS = ("name", "status")


@dataclass
class RegistryBatch:
    """The records of one registry file and what the file refers to outside itself."""

    records: RecordSet
    source_id: str
    deal_refs: dict[str, Where] = field(default_factory=dict)
    person_rows: dict[str, int] = field(default_factory=dict)


def split_list(value: object) -> list[str]:
    """Return the items of a ``;``-separated cell (or a JSON list), stripped, without empties."""
    if value is None:
        return []
    items = value if isinstance(value, list) else str(value).split(";")
    return [str(i).strip() for i in items if str(i).strip()]


def person_key(name: str) -> str:
    """Return the stable key of a person known only by ``name`` in a registry file."""
    return content_key("person", " ".join(name.casefold().split()))


def add_registry_row(batch: RegistryBatch, row: Mapping[str, Any], where: Where) -> None:
    """Validate one registry row and add its person, names and case to ``batch``."""
    records = batch.records
    name = text_or_none(row.get("name"))
    if name is None:
        raise where.error("name", "the name is missing", "the person's full name")
    status = parse_choice(row.get("status"), where, "status", STATUSES)
    if status is None:
        raise where.error("status", "the status is missing", "one of " + ", ".join(STATUSES))
    detained = parse_day(row.get("detained_on"), where, "detained_on")
    recognised = parse_day(row.get("recognised_on"), where, "recognised_on")
    released = parse_day(row.get("released_on"), where, "released_on")
    if released and detained and released < detained:
        raise where.error(
            "released_on",
            f"release {released.isoformat()} is before detention {detained.isoformat()}",
            "a release date on or after the detention date",
        )
    if recognised and released and recognised > released:
        raise where.error(
            "recognised_on",
            f"recognition {recognised.isoformat()} is after release {released.isoformat()}",
            "a recognition date on or before the release date",
        )
    if released and status == "held":
        raise where.error(
            "status", "a held case cannot have a release date", "released, served or died"
        )
    mode = parse_choice(row.get("release_mode"), where, "release_mode", RELEASE_MODES)
    gender = parse_choice(row.get("gender"), where, "gender", GENDERS)
    expelled = parse_bool(row.get("expelled"), where, "expelled")

    pid = text_or_none(row.get("person_id")) or person_key(name)
    if pid in batch.person_rows and records.has("persons", (pid,)):
        first = records.rows["persons"][(pid,)]
        if first["name"] != name and text_or_none(row.get("person_id")):
            raise where.error(
                "name",
                f"person {pid} is named {first['name']!r} on row {batch.person_rows[pid]}",
                "the same name for the same person_id",
            )
    batch.person_rows.setdefault(pid, where.row or 0)
    records.add("persons", {"id": pid, "name": name, "gender": gender, "role": None, "note": None})
    records.cite("person", pid, batch.source_id)
    for alias in [name, *split_list(row.get("aliases"))]:
        script = "cyrillic" if any("\u0400" <= ch <= "\u04ff" for ch in alias) else "latin"
        records.add(
            "person_names",
            {"person_id": pid, "name": alias, "script": script, "source_id": batch.source_id},
        )

    cid = text_or_none(row.get("case_id")) or content_key(
        "case", pid, detained, None if detained else recognised
    )
    if records.has("cases", (cid,)):
        raise where.error(
            "case_id" if row.get("case_id") else "detained_on",
            f"the case {cid} is on an earlier row as well",
            "one row per case (a re-arrest has its own detention date)",
        )
    deal_id = text_or_none(row.get("deal_id"))
    if deal_id:
        batch.deal_refs.setdefault(deal_id, where)
    records.add(
        "cases",
        {
            "id": cid,
            "person_id": pid,
            "detained_on": detained,
            "charges": "; ".join(split_list(row.get("charges"))) or None,
            "sentence": text_or_none(row.get("sentence")),
            "place": text_or_none(row.get("place")),
            "recognised_on": recognised,
            "recognised_by": text_or_none(row.get("recognised_by")),
            "status": status,
            "released_on": released,
            "release_mode": mode,
            "expelled": expelled,
            "expelled_to": text_or_none(row.get("expelled_to")),
            "deal_id": deal_id,
            "note": text_or_none(row.get("note")),
        },
    )
    records.cite("case", cid, batch.source_id)


def registry_records(
    rows: Iterable[tuple[int, Mapping[str, Any]]], file: str, source: Mapping[str, Any]
) -> RegistryBatch:
    """Return the validated records of ``rows`` (row number, mapping) read from ``file``.

    ``source`` is the row of the sources table describing the file itself.
    """
    batch = RegistryBatch(records=RecordSet(), source_id=str(source["id"]))
    batch.records.add("sources", dict(source))
    for number, row in rows:
        add_registry_row(batch, row, Where(file, number))
    return batch
