"""The bundled dataset (Belarus 2020–2025): package YAML files → validated records.

Every record names its sources; a reference to an unknown id is an error naming the file,
the record and the field, so a broken data file can never be half-loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from doorwatch.errors import InputError
from doorwatch.ingest.registry import GENDERS, RELEASE_MODES, STATUSES
from doorwatch.ingest.values import (
    Where,
    parse_bool,
    parse_choice,
    parse_day,
    parse_float,
    parse_int,
    parse_partial,
    text_or_none,
)
from doorwatch.store import RecordSet

DATASETS = ("belarus",)
SOURCE_KINDS = (
    "news_article",
    "rights_group_report",
    "official_statement",
    "registry_export",
    "sanctions_list",
)
QUALIFIERS = ("exact", "about", "more_than", "at_least", "fewer_than", "up_to", "range")
EVENT_KINDS = ("recognition", "release", "detention", "death", "sentence_served")
PRECISIONS = ("day", "month", "year")
CONCESSION_KINDS = ("sanction_eased", "sanction_lifted", "visit", "statement", "other")
FILES = ("sources", "persons", "measures", "deals", "cases", "events", "claims", "funds")

Item = Mapping[str, Any]


def dataset_dir(name: str = "belarus") -> Path:
    """Return the folder of the bundled dataset ``name``."""
    if name not in DATASETS:
        raise InputError(f"unknown dataset {name!r}", expected=", ".join(DATASETS))
    return Path(str(resources.files("doorwatch") / "data" / name))


class _Loader:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.records = RecordSet()
        self.ids: dict[str, set[str]] = {f: set() for f in FILES}

    def items(self, name: str) -> list[tuple[Where, Item]]:
        path = self.folder / f"{name}.yaml"
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        except (OSError, yaml.YAMLError) as error:
            raise InputError(f"cannot read: {error}", file=str(path)) from None
        if not isinstance(data, list):
            raise InputError("not a list", file=str(path), expected="a YAML list of records")
        out: list[tuple[Where, Item]] = []
        for number, item in enumerate(data, start=1):
            where = Where(str(path), number)
            if not isinstance(item, dict) or not text_or_none(item.get("id")):
                raise where.error("id", "a record without an id", "a mapping with an id")
            if item["id"] in self.ids[name]:
                raise where.error("id", f"the id {item['id']!r} is used twice", "unique ids")
            self.ids[name].add(item["id"])
            out.append((where, item))
        return out

    def ref(self, where: Where, field: str, value: Any, kind: str, required: bool = True) -> Any:
        if value is None and not required:
            return None
        if value not in self.ids[kind]:
            raise where.error(field, f"unknown {kind[:-1]} {value!r}", f"an id from {kind}.yaml")
        return value

    def cite(self, where: Where, item: Item, record_type: str) -> None:
        sources = item.get("sources")
        if not isinstance(sources, list) or not sources:
            raise where.error("sources", "no sources", "a non-empty list of source ids")
        for source in sources:
            self.records.cite(
                record_type, item["id"], self.ref(where, "sources", source, "sources")
            )


def _allowed(where: Where, item: Item, fields: tuple[str, ...]) -> None:
    unknown = set(item) - set(fields)
    if unknown:
        raise where.error(
            ", ".join(sorted(unknown)), "unknown field(s)", "fields " + ", ".join(fields)
        )


def _partial(where: Where, item: Item, field: str) -> tuple[str | None, str | None]:
    parsed = parse_partial(item.get(field), where, field)
    return (parsed[0], parsed[1]) if parsed else (None, None)


def _sources(loader: _Loader) -> None:
    fields = ("id", "kind", "publisher", "title", "url", "published", "note")
    for where, item in loader.items("sources"):
        _allowed(where, item, fields)
        kind = parse_choice(item.get("kind"), where, "kind", SOURCE_KINDS)
        published, _ = _partial(where, item, "published")
        loader.records.add(
            "sources",
            {
                "id": item["id"],
                "kind": kind,
                "publisher": text_or_none(item.get("publisher")),
                "title": text_or_none(item.get("title")),
                "url": text_or_none(item.get("url")),
                "published": published,
                "retrieved": None,
                "text": None,
            },
        )


def _persons(loader: _Loader) -> None:
    fields = ("id", "name", "gender", "role", "aliases", "sources", "note")
    for where, item in loader.items("persons"):
        _allowed(where, item, fields)
        name = text_or_none(item.get("name"))
        if not name:
            raise where.error("name", "no name", "the person's full name")
        loader.records.add(
            "persons",
            {
                "id": item["id"],
                "name": name,
                "gender": parse_choice(item.get("gender"), where, "gender", GENDERS),
                "role": text_or_none(item.get("role")),
                "note": text_or_none(item.get("note")),
            },
        )
        loader.cite(where, item, "person")
        first_source = item["sources"][0]
        for alias in [name, *(item.get("aliases") or [])]:
            script = "cyrillic" if any("\u0400" <= ch <= "\u04ff" for ch in alias) else "latin"
            loader.records.add(
                "person_names",
                {
                    "person_id": item["id"],
                    "name": alias,
                    "script": script,
                    "source_id": first_source,
                },
            )


def _measures(loader: _Loader) -> None:
    fields = (
        "id",
        "imposer",
        "programme",
        "target",
        "target_kind",
        "kind",
        "imposed_on",
        "eased_on",
        "lifted_on",
        "note",
        "sources",
    )
    for where, item in loader.items("measures"):
        _allowed(where, item, fields)
        row = {
            k: text_or_none(item.get(k))
            for k in ("imposer", "programme", "target", "target_kind", "kind", "note")
        }
        if not row["imposer"] or not row["target"]:
            raise where.error("imposer" if not row["imposer"] else "target", "missing", "a name")
        for field in ("imposed_on", "eased_on", "lifted_on"):
            row[field] = _partial(where, item, field)[0]
        loader.records.add("measures", {"id": item["id"], **row})
        loader.cite(where, item, "measure")


def _deals(loader: _Loader) -> None:
    fields = (
        "id",
        "date",
        "counterpart",
        "envoy",
        "occasion",
        "people_freed",
        "description",
        "sources",
        "concessions",
        "released",
    )
    for where, item in loader.items("deals"):
        _allowed(where, item, fields)
        day = parse_day(item.get("date"), where, "date")
        if day is None:
            raise where.error("date", "no date", "YYYY-MM-DD")
        loader.records.add(
            "deals",
            {
                "id": item["id"],
                "date": day,
                "counterpart": text_or_none(item.get("counterpart")),
                "envoy": text_or_none(item.get("envoy")),
                "occasion": text_or_none(item.get("occasion")),
                "people_freed": parse_int(item.get("people_freed"), where, "people_freed"),
                "description": text_or_none(item.get("description")),
            },
        )
        loader.cite(where, item, "deal")
        for index, concession in enumerate(item.get("concessions") or [], start=1):
            cid = f"{item['id']}-concession-{index}"
            loader.records.add(
                "concessions",
                {
                    "id": cid,
                    "deal_id": item["id"],
                    "kind": parse_choice(
                        concession.get("kind"), where, "concessions", CONCESSION_KINDS
                    ),
                    "measure_id": loader.ref(
                        where, "concessions", concession.get("measure"), "measures", required=False
                    ),
                    "description": text_or_none(concession.get("description")),
                },
            )
            for source in item["sources"]:
                loader.records.cite("concession", cid, source)
        for person in item.get("released") or []:
            loader.ref(where, "released", person, "persons")


def _cases(loader: _Loader) -> None:
    fields = (
        "id",
        "person",
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
        "deal",
        "note",
        "sources",
    )
    for where, item in loader.items("cases"):
        _allowed(where, item, fields)
        status = parse_choice(item.get("status"), where, "status", STATUSES)
        if status is None:
            raise where.error("status", "no status", ", ".join(STATUSES))
        detained = parse_day(item.get("detained_on"), where, "detained_on")
        released = parse_day(item.get("released_on"), where, "released_on")
        if detained and released and released < detained:
            raise where.error("released_on", "before the detention", "a later date")
        loader.records.add(
            "cases",
            {
                "id": item["id"],
                "person_id": loader.ref(where, "person", item.get("person"), "persons"),
                "detained_on": detained,
                "charges": "; ".join(item.get("charges") or []) or None,
                "sentence": text_or_none(item.get("sentence")),
                "place": text_or_none(item.get("place")),
                "recognised_on": parse_day(item.get("recognised_on"), where, "recognised_on"),
                "recognised_by": text_or_none(item.get("recognised_by")),
                "status": status,
                "released_on": released,
                "release_mode": parse_choice(
                    item.get("release_mode"), where, "release_mode", RELEASE_MODES
                ),
                "expelled": parse_bool(item.get("expelled"), where, "expelled"),
                "expelled_to": text_or_none(item.get("expelled_to")),
                "deal_id": loader.ref(where, "deal", item.get("deal"), "deals", required=False),
                "note": text_or_none(item.get("note")),
            },
        )
        loader.cite(where, item, "case")


def _events(loader: _Loader) -> None:
    fields = (
        "id",
        "kind",
        "date",
        "precision",
        "period_start",
        "count",
        "qualifier",
        "release_mode",
        "deal",
        "description",
        "sources",
    )
    for where, item in loader.items("events"):
        _allowed(where, item, fields)
        day = parse_day(item.get("date"), where, "date")
        if day is None:
            raise where.error("date", "no date", "YYYY-MM-DD (the last day of a period)")
        loader.records.add(
            "events",
            {
                "id": item["id"],
                "kind": parse_choice(item.get("kind"), where, "kind", EVENT_KINDS),
                "date": day,
                "date_precision": parse_choice(
                    item.get("precision"), where, "precision", PRECISIONS
                )
                or "day",
                "period_start": parse_day(item.get("period_start"), where, "period_start"),
                "count": parse_int(item.get("count"), where, "count"),
                "qualifier": parse_choice(item.get("qualifier"), where, "qualifier", QUALIFIERS)
                or "exact",
                "release_mode": parse_choice(
                    item.get("release_mode"), where, "release_mode", RELEASE_MODES
                ),
                "deal_id": loader.ref(where, "deal", item.get("deal"), "deals", required=False),
                "case_id": None,
                "description": text_or_none(item.get("description")),
            },
        )
        loader.cite(where, item, "event")


def _claims(loader: _Loader) -> None:
    fields = (
        "id",
        "source",
        "kind",
        "measure",
        "value",
        "value_max",
        "qualifier",
        "as_of",
        "period_start",
        "wording",
        "speaker",
        "quote",
        "note",
        "status",
        "attributed_to",
        "action",
        "target",
        "imposer",
    )
    for where, item in loader.items("claims"):
        _allowed(where, item, fields)
        as_of, precision = _partial(where, item, "as_of")
        loader.records.add(
            "claims",
            {
                "id": item["id"],
                "source_id": loader.ref(where, "source", item.get("source"), "sources"),
                "kind": parse_choice(
                    item.get("kind"), where, "kind", ("figure", "quote", "event", "sanction")
                ),
                "measure": text_or_none(item.get("measure")),
                "value": parse_float(item.get("value"), where, "value"),
                "value_max": parse_float(item.get("value_max"), where, "value_max"),
                "qualifier": parse_choice(item.get("qualifier"), where, "qualifier", QUALIFIERS),
                "as_of": as_of,
                "as_of_precision": precision,
                "period_start": _partial(where, item, "period_start")[0],
                "attributed_to": text_or_none(item.get("attributed_to")),
                "speaker": text_or_none(item.get("speaker")),
                "quote": text_or_none(item.get("quote")),
                "action": text_or_none(item.get("action")),
                "target": text_or_none(item.get("target")),
                "imposer": text_or_none(item.get("imposer")),
                "wording": text_or_none(item.get("wording")),
                "start": None,
                "end": None,
                "note": text_or_none(item.get("note")),
                "status": parse_choice(
                    item.get("status"), where, "status", ("proposed", "accepted", "rejected")
                )
                or "accepted",
                "reviewed_by": None,
                "reviewed_at": None,
            },
        )


def _funds(loader: _Loader) -> None:
    fields = ("id", "name", "kind", "currency", "amount", "as_of", "description", "sources")
    for where, item in loader.items("funds"):
        _allowed(where, item, fields)
        loader.records.add(
            "funds",
            {
                "id": item["id"],
                "name": text_or_none(item.get("name")) or item["id"],
                "kind": text_or_none(item.get("kind")),
                "currency": text_or_none(item.get("currency")),
                "amount": parse_float(item.get("amount"), where, "amount"),
                "as_of": _partial(where, item, "as_of")[0],
                "description": text_or_none(item.get("description")),
            },
        )
        loader.cite(where, item, "fund")


_STEPS: tuple[Callable[[_Loader], None], ...] = (
    _sources,
    _persons,
    _measures,
    _deals,
    _cases,
    _events,
    _claims,
    _funds,
)


def sample_records(name: str = "belarus", folder: Path | None = None) -> RecordSet:
    """Return the validated records of the bundled dataset ``name`` (or of ``folder``)."""
    loader = _Loader(folder or dataset_dir(name))
    for step in _STEPS:
        step(loader)
    from doorwatch.ingest.person_matching import add_name_keys

    add_name_keys(loader.records)
    return loader.records
