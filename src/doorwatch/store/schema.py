"""The tables of the evidence store, as SQLAlchemy Core metadata.

Two halves: *evidence* (sources and the claims each one makes) and *entities* (persons, cases,
events, deals, measures, funds). Every entity row is tied to its sources through ``citations``.
Keys are stable strings derived from the content (see :mod:`doorwatch.store.content_keys`), so that a
second import of the same file finds the same rows instead of adding new ones.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

KEY = String(64)

sources = Table(
    "sources",
    metadata,
    Column("id", KEY, primary_key=True),
    # news_article, rights_group_report, official_statement, registry_export, registry_entry
    # (one person's page in a registry), sanctions_list
    Column("kind", String(32), nullable=False),
    Column("publisher", Text),
    Column("title", Text),
    Column("url", Text),
    Column("published", String(10)),  # ISO date, possibly partial (YYYY or YYYY-MM)
    Column("retrieved", String(10)),
    Column("text", Text),
    # A news article that reprints another (a wire copy) names its origin here.
    Column("copy_of", KEY, index=True),
)

claims = Table(
    "claims",
    metadata,
    Column("id", KEY, primary_key=True),
    Column("source_id", KEY, ForeignKey("sources.id"), nullable=False, index=True),
    Column("kind", String(16), nullable=False),  # figure, event, quote, sanction
    Column("measure", String(64)),
    Column("value", Float),
    Column("value_max", Float),
    Column("qualifier", String(16)),
    Column("as_of", String(10)),  # ISO date, partial when the source is vague
    Column("as_of_precision", String(8)),  # day, month, year
    # For a count over a period (a flow): its first and last day as ISO dates, possibly partial;
    # either may be unknown (null). ``period_label`` keeps the source's words ("since 2020",
    # "over the past year") so that a period without a known start is stored as such.
    Column("period_start", String(10)),
    Column("period_end", String(10)),
    Column("period_label", Text),
    Column("published", String(10)),  # when the claim was made public, when not its source's date
    Column("origin", Text),  # who counted (e.g. Viasna), apart from who published it (the source)
    Column("definition", Text),  # what exactly is counted, when sources count differently
    Column("speaker", Text),
    Column("quote", Text),
    Column("action", String(16)),
    Column("target", Text),
    Column("imposer", Text),
    Column("wording", Text),  # the source's own words for the claim
    Column("start", Integer),
    Column("end", Integer),
    Column("note", Text),
    Column("status", String(16), nullable=False, default="proposed"),
    Column("reviewed_by", Text),
    Column("reviewed_at", DateTime),
    Index("ix_claims_measure_as_of", "measure", "as_of"),
)

persons = Table(
    "persons",
    metadata,
    Column("id", KEY, primary_key=True),
    Column("name", Text, nullable=False),
    Column("gender", String(8)),
    Column("role", Text),  # e.g. opposition leader, envoy
    Column("note", Text),
    Index("ix_persons_name", "name", "id"),
)

person_names = Table(
    "person_names",
    metadata,
    Column("person_id", KEY, ForeignKey("persons.id"), primary_key=True),
    Column("name", Text, primary_key=True),
    Column("script", String(8)),  # latin, cyrillic
    Column("language", String(8)),  # be, ru, en, ... when the spelling is of one language
    Column("source_id", KEY, ForeignKey("sources.id")),
)

name_keys = Table(
    "name_keys",
    metadata,
    Column("person_id", KEY, ForeignKey("persons.id"), primary_key=True),
    Column("key", String(128), primary_key=True),
    Index("ix_name_keys_key", "key"),
)

deals = Table(
    "deals",
    metadata,
    Column("id", KEY, primary_key=True),
    Column("date", Date, nullable=False),
    Column("counterpart", Text),
    Column("envoy", Text),
    Column("occasion", Text),
    Column("people_freed", Integer),
    Column("description", Text),
)

cases = Table(
    "cases",
    metadata,
    Column("id", KEY, primary_key=True),
    Column("person_id", KEY, ForeignKey("persons.id"), nullable=False, index=True),
    Column("detained_on", Date),
    Column("charges", Text),  # criminal-code articles, "; "-separated
    Column("sentence", Text),
    Column("place", Text),
    Column("recognised_on", Date),
    Column("recognised_by", Text),
    # held, released, served, died, unknown
    Column("status", String(16), nullable=False),
    Column("released_on", Date),
    # pardon, deal, end_of_sentence, sentence_quashed, died_in_custody
    Column("release_mode", String(24)),
    Column("expelled", Boolean),  # null: the sources do not say
    Column("expelled_to", Text),
    Column("deal_id", KEY, ForeignKey("deals.id")),
    Column("note", Text),
    # the status as the registry's keeper wrote it ("np", "Libertad condicional bajo amenazas"),
    # kept beside the mapped status, and in place of one when the keeper's word has no mapping
    Column("keeper_status", Text),
    Index("ix_cases_recognised_on", "recognised_on"),
    Index("ix_cases_released_on", "released_on"),
    Index("ix_cases_detained_on", "detained_on"),
    Index("ix_cases_status_id", "status", "id"),
    Index("ix_cases_deal_id", "deal_id"),
    Index("ix_cases_status_person", "status", "person_id"),
    Index("ix_cases_release_mode_person", "release_mode", "person_id"),
    Index("ix_cases_recognised_by_person", "recognised_by", "person_id"),
)

events = Table(
    "events",
    metadata,
    Column("id", KEY, primary_key=True),
    # recognition, release, detention, death, sentence_served
    Column("kind", String(16), nullable=False),
    Column("date", Date, nullable=False),
    Column("date_precision", String(8), nullable=False, default="day"),
    Column("period_start", Date),  # for counts over a window (e.g. recognised in a month)
    Column("count", Integer),
    Column("qualifier", String(16), nullable=False, default="exact"),
    Column("release_mode", String(24)),
    Column("deal_id", KEY, ForeignKey("deals.id")),
    Column("case_id", KEY, ForeignKey("cases.id")),
    Column("description", Text),
    Index("ix_events_kind_date", "kind", "date"),
)

# Release batches that share people: the August 2024 pardon of 30 named 19 who had left prison in
# July, so it ``includes`` those of the July batch. Flows count a batch less what it includes.
batch_overlaps = Table(
    "batch_overlaps",
    metadata,
    Column("event_id", KEY, ForeignKey("events.id"), primary_key=True),
    Column("includes_event_id", KEY, ForeignKey("events.id"), primary_key=True),
    Column("count", Integer, nullable=False),
    Column("note", Text),
)

measures = Table(
    "measures",
    metadata,
    Column("id", KEY, primary_key=True),
    Column("imposer", Text, nullable=False),
    Column("programme", Text),
    Column("target", Text, nullable=False),
    Column("target_kind", String(16)),  # person, organisation, sector, vessel, aircraft
    Column("kind", Text),  # asset freeze, export ban, ...
    Column("imposed_on", String(10)),
    Column("eased_on", String(10)),
    Column("lifted_on", String(10)),
    Column("note", Text),
)

concessions = Table(
    "concessions",
    metadata,
    Column("id", KEY, primary_key=True),
    Column("deal_id", KEY, ForeignKey("deals.id"), nullable=False, index=True),
    # sanction_eased, sanction_lifted, visit, statement, other
    Column("kind", String(24), nullable=False),
    Column("measure_id", KEY, ForeignKey("measures.id")),
    Column("description", Text),
)

funds = Table(
    "funds",
    metadata,
    Column("id", KEY, primary_key=True),
    Column("name", Text, nullable=False),
    Column("currency", String(3)),
    Column("amount", Float),  # money in hand or pledged
    Column("kind", String(16)),  # contribution, pledge, cost_estimate
    Column("as_of", String(10)),
    Column("description", Text),
)

citations = Table(
    "citations",
    metadata,
    Column("record_type", String(16), primary_key=True),
    Column("record_id", KEY, primary_key=True),
    Column("source_id", KEY, ForeignKey("sources.id"), primary_key=True),
    Column("note", Text),
    Index("ix_citations_source", "source_id"),
)

# Derived, not evidence: the registry's cases counted per day, so that held counts and flows over
# millions of cases read a few thousand rows. Rebuilt from ``cases`` in the transaction of every
# write that touches cases (store/flow_days.py); never exported, since it follows from the cases.
# kind: "start" (day the case starts counting), "end" (day it stops counting as held), "release"
# (day of release, with mode and expulsion), "undated" (no start day; ``day`` is null).
case_flow_days = Table(
    "case_flow_days",
    metadata,
    Column("kind", String(8), nullable=False),
    Column("day", Date),
    Column("release_mode", String(24)),
    Column("expelled", Boolean, nullable=False, default=False),
    Column("count", Integer, nullable=False),
    Index("ix_case_flow_days_kind_day", "kind", "day"),
)

# Derived, not evidence: the cases counted per value of the people list's filters (facets), so
# that the counts per filter value over millions of cases read a few hundred rows. Each row
# counts the cases alike in the six single-valued filters (years of detention and release,
# not dates); ``article`` is null for the row counting every such case, and otherwise names one
# article among their charges (a case charged under three articles counts in three rows and in
# the null one). Moved by every write that touches cases (store/facets.py), never exported.
case_facets = Table(
    "case_facets",
    metadata,
    Column("article", Text),
    Column("status", String(16), nullable=False),
    Column("detained_year", Integer),
    Column("released_year", Integer),
    Column("release_mode", String(24)),
    Column("expelled", Boolean),  # null: the sources do not say
    Column("recognised_by", Text),
    Column("count", Integer, nullable=False),
    Index("ix_case_facets_article", "article"),
)

# Sanctions lists as published: one row per imported file (a snapshot of one list), its targets
# as the list names them (details as JSON, see ingest/sanctions/model.py), and what changed
# between consecutive snapshots of one series. Kept apart from the curated ``measures``; a
# removal from a list is also written as a measure lifted on the snapshot's date.
sanction_lists = Table(
    "sanction_lists",
    metadata,
    Column("id", KEY, primary_key=True),
    Column("name", String(64), nullable=False, unique=True),  # --as, or imposer-date
    Column("source_id", KEY, ForeignKey("sources.id"), nullable=False),
    Column("imposer", String(8), nullable=False),  # us, eu, uk, ca, os
    Column("series", String(64), nullable=False),  # one list published again and again
    Column("format", String(24), nullable=False),
    Column("list_date", String(10)),  # read from the file; null when it carries none
    Column("sha256", String(64), nullable=False, unique=True),
    Column("records", Integer, nullable=False),  # records read (a target may span several)
    Column("targets", Integer, nullable=False),
    Column("imported_at", DateTime, nullable=False),
    Index("ix_sanction_lists_imposer_date", "imposer", "list_date"),
)

sanction_entries = Table(
    "sanction_entries",
    metadata,
    Column("list_id", KEY, ForeignKey("sanction_lists.id", ondelete="CASCADE"), primary_key=True),
    Column("entry_id", String(96), primary_key=True),  # the list's own id
    Column("schema", String(16), nullable=False),  # person, organisation, vessel, aircraft
    Column("name", Text, nullable=False),
    Column("programmes", Text, nullable=False),  # the list's programme tags, "; "-joined
    Column("listed_on", String(10)),
    Column("fingerprint", String(32), nullable=False),
    Column("details", Text, nullable=False),  # JSON: names, birth dates, identifiers, links...
)

sanction_changes = Table(
    "sanction_changes",
    metadata,
    Column("id", KEY, primary_key=True),
    Column("series", String(64), nullable=False, index=True),
    Column("old_list_id", KEY, ForeignKey("sanction_lists.id", ondelete="CASCADE"), nullable=False),
    Column("new_list_id", KEY, ForeignKey("sanction_lists.id", ondelete="CASCADE"), nullable=False),
    Column("entry_id", String(96), nullable=False),
    Column("change", String(8), nullable=False),  # added, removed, changed
    Column("on", String(10)),  # the newer snapshot's date
    Column("name", Text, nullable=False),
    Column("schema", String(16), nullable=False),
    Column("programmes", Text, nullable=False),
    Column("before", Text),  # for a change: the old name and programmes
    Column("measure_id", KEY),  # the measure a removal was recorded as
)

# Shards of an archive already taken in (by the SHA-256 of their bytes), so a rerun skips them.
archive_shards = Table(
    "archive_shards",
    metadata,
    Column("sha256", KEY, primary_key=True),
    Column("path", Text, nullable=False),
    Column("finished", String(32), nullable=False),
    Column("articles", Integer, nullable=False),
    Column("kept", Integer, nullable=False),
    Column("failed", Integer, nullable=False),
)

# The wire-copy summary of each stored news article (MinHash signature and shingle count), so
# that grouping a new archive against articles stored by earlier runs need not read their text.
# Derived data: not exported; an article without a row is summarised again from its text.
source_signatures = Table(
    "source_signatures",
    metadata,
    Column("source_id", KEY, ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True),
    Column("scheme", String(32), nullable=False),  # how the signature was made (see copies.py)
    Column("size", Integer, nullable=False),  # shingles of the text
    Column("signature", Text, nullable=False),  # base64 of the hash values, uint32 little-endian
)

# Tables in the order rows must be written (parents before children) and the record types that
# citations point at.
TABLE_ORDER: tuple[Table, ...] = (
    sources,
    persons,
    person_names,
    name_keys,
    deals,
    measures,
    concessions,
    cases,
    events,
    batch_overlaps,
    funds,
    claims,
    citations,
)
# The columns of a case, written once: every reader that builds case rows uses them.
CASE_COLUMNS: tuple[str, ...] = tuple(c.name for c in cases.columns)
# The facts of a case as its files state them (a registry row, a dataset's cases.yaml), in
# column order: every column but the keys, the deal, the note and what a keeper's status was.
CASE_FACTS: tuple[str, ...] = tuple(
    c for c in CASE_COLUMNS if c not in ("id", "person_id", "deal_id", "note", "keeper_status")
)
RECORD_TYPES: tuple[str, ...] = ("person", "case", "event", "deal", "measure", "concession", "fund")
