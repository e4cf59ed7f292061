"""Registry rows (people and their cases) → validated records.

A registry row is one case of one person. The same person on several rows (a re-arrest) gets
several cases. Keys come from the row's ids when given, else from the name and detention date,
so the same file always maps to the same records.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from doorwatch.errors import InputError
from doorwatch.ingest.field_parsers import (
    Where,
    parse_bool,
    parse_choice,
    parse_day,
    parse_text,
    parse_url,
)
from doorwatch.names.scripts import mixed_script_words, script_of
from doorwatch.store.content_keys import content_key
from doorwatch.store.filters import joined_articles
from doorwatch.store.records import RecordSet, case_row
from doorwatch.store.schema import CASE_FACTS

# "unknown": the keeper does not say, or says it in a word doorwatch has no status for.
STATUSES = ("held", "released", "served", "died", "unknown")
RELEASE_MODES = ("pardon", "deal", "end_of_sentence", "sentence_quashed", "died_in_custody")
GENDERS = ("male", "female")

# The columns of doorwatch's own registry layout, in documented order.
REGISTRY_COLUMNS = (
    "person_id",
    "name",
    "aliases",
    "gender",
    "case_id",
    *CASE_FACTS,
    "deal_id",
    "note",
)
REQUIRED_COLUMNS = ("name", "status")
# The longest name a registry may give (the longest real full names are well under 200).
MAX_NAME = 300


class LayoutRow(dict[str, Any]):
    """A registry row read through a keeper's layout: it knows the keeper's column behind each
    field, so an error names the column of the keeper's file. Besides the registry fields it
    may hold ``keeper`` (who keeps the registry), ``keeper_pages`` (the person's pages on the
    keeper's site) and ``keeper_status`` (the status as the keeper wrote it)."""

    def __init__(self, columns: Mapping[str, str]) -> None:
        super().__init__()
        self.columns = columns


@dataclass
class RegistryBatch:
    """The records of one registry file and what the file refers to outside itself."""

    records: RecordSet
    source_id: str
    deal_refs: dict[str, Where] = field(default_factory=dict)
    flags: list[dict[str, Any]] = field(default_factory=list)
    person_rows: dict[str, int] = field(default_factory=dict)


def split_list(value: object, where: Where, field: str = "aliases") -> list[str]:
    """Return the items of a ``;``-separated cell (or a JSON list of texts), stripped, without
    empties; an item that is not text (a list, an object) is an InputError."""
    if value is None:
        return []
    if isinstance(value, list):
        texts = [parse_text(item, where, field) for item in value]
        return [t for t in texts if t]
    text = parse_text(value, where, field) or ""
    return [part.strip() for part in text.split(";") if part.strip()]


def person_key(name: str) -> str:
    """Return the stable key of a person known only by ``name`` in a registry file."""
    return content_key("person", " ".join(name.casefold().split()))


def add_registry_row(batch: RegistryBatch, row: Mapping[str, Any], where: Where) -> tuple[str, str]:
    """Validate one registry row and add its person, names and case to ``batch``; return the
    keys (person, case) it was stored under."""
    if isinstance(row, LayoutRow):
        try:
            return _add_row(batch, row, where)
        except InputError as error:
            if error.field is not None and error.field in row.columns:
                raise where.error(row.columns[error.field], error.reason, error.expected) from None
            raise
    return _add_row(batch, row, where)


def _keeper_pages(
    batch: RegistryBatch, row: Mapping[str, Any], name: str, where: Where
) -> list[str]:
    """Add a source for each of the person's pages on the keeper's site; return their ids."""
    ids = []
    for page in row.get("keeper_pages") or ():
        url = parse_url(page, where, "keeper_pages")
        if url is None:
            continue
        source_id = content_key("source", url)
        batch.records.add(
            "sources",
            {
                "id": source_id,
                "kind": "registry_entry",
                "publisher": row.get("keeper"),
                "title": name,
                "url": url,
                "published": None,
                "retrieved": None,
                "text": None,
            },
        )
        ids.append(source_id)
    return ids


def _add_row(batch: RegistryBatch, row: Mapping[str, Any], where: Where) -> tuple[str, str]:
    records = batch.records
    name = where.required(
        parse_text(row.get("name"), where, "name", max_length=MAX_NAME),
        "name",
        "the name is missing",
        "the person's full name",
    )
    status = where.required(
        parse_choice(row.get("status"), where, "status", STATUSES),
        "status",
        "the status is missing",
        "one of " + ", ".join(STATUSES),
    )
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
    # A keeper's list that does not say whether a person was expelled leaves it unknown.
    expelled = (
        None
        if isinstance(row, LayoutRow) and not row.get("expelled")
        else parse_bool(row.get("expelled"), where, "expelled")
    )

    pid = parse_text(row.get("person_id"), where, "person_id") or person_key(name)
    if pid in batch.person_rows and records.has("persons", (pid,)):
        first = records.rows["persons"][(pid,)]
        if first["name"] != name and parse_text(row.get("person_id"), where, "person_id"):
            raise where.error(
                "name",
                f"person {pid} is named {first['name']!r} on row {batch.person_rows[pid]}",
                "the same name for the same person_id",
            )
    batch.person_rows.setdefault(pid, where.row or 0)
    records.add("persons", {"id": pid, "name": name, "gender": gender, "role": None, "note": None})
    records.cite("person", pid, batch.source_id)
    pages = _keeper_pages(batch, row, name, where)
    for page in pages:
        records.cite("person", pid, page)
    aliases = [
        parse_text(a, where, "aliases", max_length=MAX_NAME)
        for a in split_list(row.get("aliases"), where)
    ]
    for alias in [name, *(a for a in aliases if a)]:
        mixed = mixed_script_words(alias)
        if mixed:
            batch.flags.append({
                "name": alias,
                "row": where.row,
                "action": "stored, but the word(s) " + ", ".join(mixed) + " mix Latin and "
                "Cyrillic or Greek letters (a look-alike letter?); check the spelling",
            })  # fmt: skip
        records.add(
            "person_names",
            {
                "person_id": pid,
                "name": alias,
                "script": script_of(alias),
                "source_id": batch.source_id,
            },
        )

    cid = parse_text(row.get("case_id"), where, "case_id") or content_key(
        "case", pid, detained, None if detained else recognised
    )
    if records.has("cases", (cid,)):
        raise where.error(
            "case_id" if row.get("case_id") else "detained_on",
            f"the case {cid} is on an earlier row as well",
            "one row per case (a re-arrest has its own detention date)",
        )
    deal_id = parse_text(row.get("deal_id"), where, "deal_id")
    if deal_id:
        batch.deal_refs.setdefault(deal_id, where)
    records.add(
        "cases",
        case_row(
            id=cid,
            person_id=pid,
            detained_on=detained,
            charges=joined_articles(split_list(row.get("charges"), where, "charges")),
            sentence=parse_text(row.get("sentence"), where, "sentence"),
            place=parse_text(row.get("place"), where, "place"),
            recognised_on=recognised,
            recognised_by=parse_text(row.get("recognised_by"), where, "recognised_by"),
            status=status,
            released_on=released,
            release_mode=mode,
            expelled=expelled,
            expelled_to=parse_text(row.get("expelled_to"), where, "expelled_to"),
            deal_id=deal_id,
            note=parse_text(row.get("note"), where, "note"),
            keeper_status=parse_text(row.get("keeper_status"), where, "status"),
        ),
    )
    records.cite("case", cid, batch.source_id)
    for page in pages:
        records.cite("case", cid, page)
    return pid, cid


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
