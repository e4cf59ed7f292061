"""Queries about sources, their claims, the review of claims and citations."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Select, and_, func, select, update

from doorwatch.errors import InputError, NotFoundError
from doorwatch.store.audit import append
from doorwatch.store.database import Store
from doorwatch.store.filters import where_equal
from doorwatch.store.schema import citations, claims, sources

Row = dict[str, Any]
SOURCE_SUMMARY = (
    sources.c.id,
    sources.c.kind,
    sources.c.publisher,
    sources.c.title,
    sources.c.url,
    sources.c.published,
)
REVIEW_STATUSES = ("proposed", "accepted", "rejected")


def citations_for(store: Store, record_type: str, record_ids: list[str]) -> dict[str, list[Row]]:
    """Return, for each record id, the summaries of the sources that support it."""
    found: dict[str, list[Row]] = defaultdict(list)
    if not record_ids:
        return found
    with store.read() as connection:
        for start in range(0, len(record_ids), 500):
            chunk = record_ids[start : start + 500]
            query = (
                select(citations.c.record_id, citations.c.note, *SOURCE_SUMMARY)
                .join(sources, sources.c.id == citations.c.source_id)
                .where(
                    and_(citations.c.record_type == record_type, citations.c.record_id.in_(chunk))
                )
                .order_by(citations.c.record_id, sources.c.published, sources.c.id)
            )
            for row in connection.execute(query).mappings():
                entry = dict(row)
                found[entry.pop("record_id")].append(entry)
    return found


def sources_query(kind: str | None = None) -> Select[Any]:
    """Return the query of the sources (without text, newest first) with their number of
    claims and the source each copies (``copy_of``, or None)."""
    counted = (
        select(claims.c.source_id, func.count().label("claims"))
        .group_by(claims.c.source_id)
        .subquery()
    )
    query = (
        select(
            *SOURCE_SUMMARY,
            sources.c.copy_of,
            func.coalesce(counted.c.claims, 0).label("claims"),
        )
        .outerjoin(counted, counted.c.source_id == sources.c.id)
        .order_by(sources.c.published.desc(), sources.c.id)
    )
    return query.where(sources.c.kind == kind) if kind else query


def with_outlet(rows: list[Row]) -> list[Row]:
    """Return source ``rows`` with their ``outlet``: the publisher, else the host of the URL."""
    for row in rows:
        row["outlet"] = row["publisher"] or (urlsplit(row["url"]).hostname if row["url"] else None)
    return rows


def list_sources(store: Store) -> list[Row]:
    """Return every source as :func:`sources_query` reads it, with its outlet."""
    with store.read() as connection:
        rows = [dict(r) for r in connection.execute(sources_query()).mappings()]
    return with_outlet(rows)


def get_source(store: Store, source_id: str) -> Row:
    """Return one source with its text and its claims."""
    with store.read() as connection:
        row = (
            connection.execute(select(sources).where(sources.c.id == source_id)).mappings().first()
        )
        if row is None:
            raise NotFoundError(f"no source with id {source_id!r}; `doorwatch sources` lists them")
        source = dict(row)
        source["claims"] = [
            dict(r)
            for r in connection.execute(
                select(claims).where(claims.c.source_id == source_id).order_by(claims.c.start)
            ).mappings()
        ]
    return source


def claims_query(
    *,
    kind: str | None = None,
    status: str | None = None,
    measure: str | None = None,
    source_id: str | None = None,
) -> Select[Any]:
    """Return the query of the claims matching the filters (unordered), each with its source's
    publisher, title, date and address."""
    query = select(
        claims,
        sources.c.publisher,
        sources.c.title.label("source_title"),
        sources.c.published.label("source_published"),
        sources.c.url.label("source_url"),
    ).join(sources, sources.c.id == claims.c.source_id)
    return where_equal(
        query,
        (claims.c.kind, kind),
        (claims.c.status, status),
        (claims.c.measure, measure),
        (claims.c.source_id, source_id),
    )


def list_claims(
    store: Store,
    *,
    kind: str | None = None,
    status: str | None = None,
    measure: str | None = None,
    source_id: str | None = None,
) -> list[Row]:
    """Return every claim matching the filters, by as-of date, with its source's summary."""
    query = claims_query(kind=kind, status=status, measure=measure, source_id=source_id)
    query = query.order_by(claims.c.as_of, claims.c.source_id, claims.c.start, claims.c.id)
    with store.read() as connection:
        return [dict(r) for r in connection.execute(query).mappings()]


def get_claim(store: Store, claim_id: str) -> Row:
    """Return one claim with the text of its source when the source has one."""
    with store.read() as connection:
        row = connection.execute(select(claims).where(claims.c.id == claim_id)).mappings().first()
        if row is None:
            raise NotFoundError(f"no claim with id {claim_id!r}; `doorwatch claims` lists them")
        claim = dict(row)
        source = connection.execute(select(sources).where(sources.c.id == claim["source_id"]))
        claim["source"] = dict(source.mappings().one())
    return claim


EDITABLE_CLAIM_FIELDS = (
    "measure",
    "value",
    "value_max",
    "qualifier",
    "as_of",
    "as_of_precision",
    "speaker",
    "quote",
    "action",
    "target",
    "imposer",
    "note",
)


def _review_snapshot(claim: Row) -> Row:
    return {k: claim.get(k) for k in ("status", *EDITABLE_CLAIM_FIELDS)}


def review_claim(
    store: Store,
    claim_id: str,
    status: str,
    reviewer: str,
    *,
    edits: Row | None = None,
    at: datetime | None = None,
    audit_action: str | None = None,
) -> Row:
    """Set the review status of a claim (with optional field edits); return it as it was before.

    With ``audit_action`` the change is entered in the audit log in the same transaction, so the
    log and the claim never disagree.
    """
    if status not in REVIEW_STATUSES:
        raise InputError(f"unknown review status {status!r}", expected=", ".join(REVIEW_STATUSES))
    values: Row = dict(edits or {})
    unknown = set(values) - set(EDITABLE_CLAIM_FIELDS)
    if unknown:
        raise InputError(
            f"claim field(s) {', '.join(sorted(unknown))} cannot be edited",
            expected=", ".join(EDITABLE_CLAIM_FIELDS),
        )
    values.update(status=status, reviewed_by=reviewer, reviewed_at=at or datetime.now())
    with store.write() as connection:
        row = connection.execute(select(claims).where(claims.c.id == claim_id)).mappings().first()
        if row is None:
            raise NotFoundError(f"no claim with id {claim_id!r}")
        connection.execute(update(claims).where(claims.c.id == claim_id).values(**values))
        if audit_action:
            before = dict(row)
            append(
                connection,
                actor=reviewer,
                action=audit_action,
                record_type="claim",
                record_id=claim_id,
                before=_review_snapshot(before),
                after=_review_snapshot({**before, **values}),
                at=values["reviewed_at"],
            )
    return dict(row)
