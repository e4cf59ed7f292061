"""The bundled dataset's evidence: sources, claims, and the funds they report."""

from __future__ import annotations

from doorwatch.ingest.claim_rules import check_claim
from doorwatch.ingest.dataset_files import (
    QUALIFIERS,
    SOURCE_KINDS,
    Loader,
    allowed,
    partial,
)
from doorwatch.ingest.field_parsers import (
    parse_choice,
    parse_float,
    parse_url,
    text_or_none,
)


def load_sources(loader: Loader) -> None:
    """Add the records of sources.yaml to ``loader``."""
    fields = ("id", "kind", "publisher", "title", "url", "published", "note")
    for where, item in loader.items("sources"):
        allowed(where, item, fields)
        kind = parse_choice(item.get("kind"), where, "kind", SOURCE_KINDS)
        published, _ = partial(where, item, "published")
        loader.records.add(
            "sources",
            {
                "id": item["id"],
                "kind": kind,
                "publisher": text_or_none(item.get("publisher")),
                "title": text_or_none(item.get("title")),
                "url": parse_url(item.get("url"), where, "url"),
                "published": published,
                "retrieved": None,
                "text": None,
            },
        )


def load_claims(loader: Loader) -> None:
    """Add the records of claims.yaml to ``loader``."""
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
        "period_end",
        "period_label",
        "published",
        "origin",
        "definition",
        "wording",
        "speaker",
        "quote",
        "note",
        "status",
        "action",
        "target",
        "imposer",
    )
    for where, item in loader.items("claims"):
        allowed(where, item, fields)
        as_of, precision = partial(where, item, "as_of")
        loader.records.add(
            "claims",
            check_claim(
                {
                    "id": item["id"],
                    "source_id": loader.ref(where, "source", item.get("source"), "sources"),
                    "kind": parse_choice(
                        item.get("kind"), where, "kind", ("figure", "quote", "event", "sanction")
                    ),
                    "measure": text_or_none(item.get("measure")),
                    "value": parse_float(item.get("value"), where, "value"),
                    "value_max": parse_float(item.get("value_max"), where, "value_max"),
                    "qualifier": parse_choice(
                        item.get("qualifier"), where, "qualifier", QUALIFIERS
                    ),
                    "as_of": as_of,
                    "as_of_precision": precision,
                    "period_start": partial(where, item, "period_start")[0],
                    "period_end": partial(where, item, "period_end")[0],
                    "period_label": text_or_none(item.get("period_label")),
                    "published": partial(where, item, "published")[0],
                    "origin": text_or_none(item.get("origin")),
                    "definition": text_or_none(item.get("definition")),
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
                where,
            ),
        )


def load_funds(loader: Loader) -> None:
    """Add the records of funds.yaml to ``loader``."""
    fields = ("id", "name", "kind", "currency", "amount", "as_of", "description", "sources")
    for where, item in loader.items("funds"):
        allowed(where, item, fields)
        loader.records.add(
            "funds",
            {
                "id": item["id"],
                "name": text_or_none(item.get("name")) or item["id"],
                "kind": text_or_none(item.get("kind")),
                "currency": text_or_none(item.get("currency")),
                "amount": parse_float(item.get("amount"), where, "amount"),
                "as_of": partial(where, item, "as_of")[0],
                "description": text_or_none(item.get("description")),
            },
        )
        loader.cite(where, item, "fund")
