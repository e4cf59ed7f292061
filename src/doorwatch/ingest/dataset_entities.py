"""The bundled dataset's entities: persons, measures, deals, cases and events."""

from __future__ import annotations

from doorwatch.ingest.dataset_files import (
    CONCESSION_KINDS,
    EVENT_KINDS,
    LANGUAGES,
    PRECISIONS,
    QUALIFIERS,
    Loader,
    allowed,
    partial,
)
from doorwatch.ingest.field_parsers import (
    parse_bool,
    parse_choice,
    parse_day,
    parse_int,
    text_or_none,
)
from doorwatch.ingest.registry import GENDERS, RELEASE_MODES, STATUSES, split_list
from doorwatch.names.scripts import script_of
from doorwatch.store.filters import joined_articles
from doorwatch.store.records import case_row
from doorwatch.store.schema import CASE_FACTS

DAY = "YYYY-MM-DD"


def load_persons(loader: Loader) -> None:
    """Add the records of persons.yaml to ``loader``."""
    fields = ("id", "name", "gender", "role", "aliases", "sources", "note")
    for where, item in loader.items("persons"):
        allowed(where, item, fields)
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
        _add_name(loader, item["id"], name, item["sources"][0], None)
        for alias in item.get("aliases") or []:
            if not isinstance(alias, dict) or not text_or_none(alias.get("name")):
                raise where.error(
                    "aliases", f"{alias!r} is not an alias", "a mapping with name, source, language"
                )
            allowed(where, alias, ("name", "source", "language"))
            _add_name(
                loader,
                item["id"],
                str(alias["name"]).strip(),
                loader.ref(where, "aliases", alias.get("source"), "sources", required=False),
                parse_choice(alias.get("language"), where, "aliases", LANGUAGES),
            )


def _add_name(
    loader: Loader, person_id: str, name: str, source: str | None, language: str | None
) -> None:
    """Add one spelling of a person's name, credited to the source that used it (if any)."""
    script = script_of(name)
    loader.records.add(
        "person_names",
        {
            "person_id": person_id,
            "name": name,
            "script": script,
            "language": language,
            "source_id": source,
        },
    )


def load_measures(loader: Loader) -> None:
    """Add the records of measures.yaml to ``loader``."""
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
        allowed(where, item, fields)
        row = {
            k: text_or_none(item.get(k))
            for k in ("imposer", "programme", "target", "target_kind", "kind", "note")
        }
        if not row["imposer"] or not row["target"]:
            raise where.error("imposer" if not row["imposer"] else "target", "missing", "a name")
        for field in ("imposed_on", "eased_on", "lifted_on"):
            row[field] = partial(where, item, field)[0]
        loader.records.add("measures", {"id": item["id"], **row})
        loader.cite(where, item, "measure")


def load_deals(loader: Loader) -> None:
    """Add the records of deals.yaml to ``loader``."""
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
        allowed(where, item, fields)
        day = where.required(parse_day(item.get("date"), where, "date"), "date", "no date", DAY)
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


def load_cases(loader: Loader) -> None:
    """Add the records of cases.yaml to ``loader``."""
    fields = ("id", "person", *CASE_FACTS, "deal", "note", "sources")
    for where, item in loader.items("cases"):
        allowed(where, item, fields)
        status = where.required(
            parse_choice(item.get("status"), where, "status", STATUSES),
            "status",
            "no status",
            ", ".join(STATUSES),
        )
        detained = parse_day(item.get("detained_on"), where, "detained_on")
        released = parse_day(item.get("released_on"), where, "released_on")
        if detained and released and released < detained:
            raise where.error("released_on", "before the detention", "a later date")
        loader.records.add(
            "cases",
            case_row(
                id=item["id"],
                person_id=loader.ref(where, "person", item.get("person"), "persons"),
                detained_on=detained,
                charges=joined_articles(split_list(item.get("charges"), where, "charges")),
                sentence=text_or_none(item.get("sentence")),
                place=text_or_none(item.get("place")),
                recognised_on=parse_day(item.get("recognised_on"), where, "recognised_on"),
                recognised_by=text_or_none(item.get("recognised_by")),
                status=status,
                released_on=released,
                release_mode=parse_choice(
                    item.get("release_mode"), where, "release_mode", RELEASE_MODES
                ),
                # Left out or null: the sources do not say (unknown, not "no").
                expelled=None
                if item.get("expelled") is None
                else parse_bool(item.get("expelled"), where, "expelled"),
                expelled_to=text_or_none(item.get("expelled_to")),
                deal_id=loader.ref(where, "deal", item.get("deal"), "deals", required=False),
                note=text_or_none(item.get("note")),
            ),
        )
        loader.cite(where, item, "case")


def load_events(loader: Loader) -> None:
    """Add the records of events.yaml to ``loader``."""
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
        "includes",
    )
    for where, item in loader.items("events"):
        allowed(where, item, fields)
        day = where.required(
            parse_day(item.get("date"), where, "date"),
            "date",
            "no date",
            f"{DAY} (the last day of a period)",
        )
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
        for overlap in item.get("includes") or []:
            if not isinstance(overlap, dict):
                raise where.error("includes", f"{overlap!r}", "a mapping with event, count, note")
            allowed(where, overlap, ("event", "count", "note"))
            count = parse_int(overlap.get("count"), where, "includes")
            if count is None or count < 1:
                raise where.error("includes", "no count", "the number of people both batches hold")
            loader.records.add(
                "batch_overlaps",
                {
                    "event_id": item["id"],
                    # An earlier batch: its id is known once the file has been read up to here.
                    "includes_event_id": loader.ref(
                        where, "includes", overlap.get("event"), "events"
                    ),
                    "count": count,
                    "note": text_or_none(overlap.get("note")),
                },
            )
