"""Taking in a news article: the article becomes a source and its claims proposed claims.

Keys come from the content (the source from its text; a claim from its source, kind and
offsets), so posting the same article twice adds nothing and never undoes a review.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from doorwatch.analysis.partial_dates import date_interval, precision_of
from doorwatch.errors import InputError, NotFoundError
from doorwatch.extract import extract_claims
from doorwatch.ingest.claim_rules import check_claim
from doorwatch.ingest.field_parsers import Where, parse_text, parse_url
from doorwatch.services.described_targets import known_targets, resolve_described_targets
from doorwatch.store import RecordSet, Store, write_records
from doorwatch.store.content_keys import content_key
from doorwatch.store.evidence import get_source

Extractor = Callable[[str, date | None], Sequence[Any]]
KIND = "news_article"
# An article longer than this (in characters) is not one article; a book is ingested by chapter.
MAX_ARTICLE = 2_000_000


def _default_extractor(text: str, published: date | None) -> Sequence[Any]:

    return extract_claims(text, published)


def _as_day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date_interval(published)[0]
    except (ValueError, KeyError):
        raise InputError(
            f"{published!r} is not a date",
            field="published",
            expected="YYYY, YYYY-MM or YYYY-MM-DD",
        ) from None


def claim_row(source_id: str, text: str, found: dict[str, Any]) -> dict[str, Any]:
    """Return the claims-table row for one extracted claim (in the JSON Lines contract)."""
    kind = str(found["kind"])
    start, end = int(found["start"]), int(found["end"])
    as_of = found.get("date")
    row: dict[str, Any] = {
        "id": content_key("claim", source_id, kind, start, end),
        "source_id": source_id,
        "kind": kind,
        "start": start,
        "end": end,
        "wording": text[start:end],
        "status": "proposed",
        "as_of": as_of,
        "as_of_precision": precision_of(as_of) if as_of else None,
    }
    if kind == "quote":
        row.update(speaker=found.get("speaker"), quote=found.get("text"))
    elif kind == "figure":
        row.update(
            measure=found.get("measure"),
            value=found.get("value"),
            value_max=found.get("value_max"),
            qualifier=found.get("qualifier"),
        )
    elif kind == "sanction":
        row.update(
            action=found.get("action"), target=found.get("target"), imposer=found.get("imposer")
        )
    return row


def ingest_article(
    store: Store,
    text: str,
    *,
    title: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    published: str | None = None,
    actor: str = "system",
    extractor: Extractor | None = None,
) -> dict[str, Any]:
    """Store ``text`` as a source with its extracted claims proposed for review.

    Returns the source id, whether the source is new, the number of claims added and every
    claim of the source as now stored. Claims already stored (and perhaps reviewed) are kept.
    """
    where = Where("article")
    if not (parse_text(text, where, "text", max_length=MAX_ARTICLE) or "").strip():
        raise InputError("the article has no text", field="text")
    title = parse_text(title, where, "title", max_length=1_000)
    publisher = parse_text(publisher, where, "publisher", max_length=1_000)
    url = parse_url(url, where, "url")
    day = _as_day(published)
    source_id = content_key("src", text)
    try:
        known = {c["id"] for c in get_source(store, source_id)["claims"]}
        is_new = False
    except NotFoundError:
        known, is_new = set(), True
    found = [c.to_json() for c in (extractor or _default_extractor)(text, day)]
    rows, refused = _checked_rows(source_id, text, found)
    if any(r["kind"] == "sanction" for r in rows):
        resolve_described_targets(rows, known_targets(store))
    fresh = [r for r in rows if r["id"] not in known]
    records = RecordSet()
    if is_new:
        source = {
            "id": source_id,
            "kind": KIND,
            "publisher": publisher,
            "title": title,
            "url": url,
            "published": published,
            "retrieved": None,
            "text": text,
        }
        records.add("sources", source)
    for row in fresh:
        records.add("claims", row)
    audit = {
        "actor": actor,
        "action": "article.ingest",
        "record_type": "source",
        "record_id": source_id,
        "after": {"title": title, "publisher": publisher, "claims_added": len(fresh)},
    }
    write_records(store, records, audit=audit)
    stored = get_source(store, source_id)
    return {
        "source_id": source_id,
        "new_source": is_new,
        "claims_added": len(fresh),
        "claims_refused": refused,
        "claims": stored["claims"],
    }


def _checked_rows(
    source_id: str, text: str, found: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """Return the claim rows that pass the claim rules, and why each other one was refused.

    A machine reading may find a figure no count can have (more people than live in Belarus);
    such a reading is left out and reported rather than stored or failing the whole article.
    """
    rows, refused = [], []
    for item in found:
        row = claim_row(source_id, text, item)
        try:
            place = Where(f"article, characters {row['start']}-{row['end']}")
            rows.append(check_claim(row, place))
        except InputError as error:
            refused.append({"wording": str(row.get("wording") or "")[:200], "reason": str(error)})
    return rows, refused
