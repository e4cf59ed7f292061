"""The tables of support for released people: cases, needs, notes, referrals, aid, and funds.

They share the evidence store's metadata (so migrations see them) but are kept out of
``TABLE_ORDER``: a plain export never carries support data. Columns named ``*_sealed`` hold
values sealed with a key kept outside the database (:mod:`doorwatch.crypto.sealed`); they are
never written as plain text.
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
    String,
    Table,
    Text,
    UniqueConstraint,
)

from doorwatch.store.schema import KEY, metadata

support_cases = Table(
    "support_cases",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("person_id", KEY, ForeignKey("persons.id"), nullable=False, index=True),
    Column("case_id", KEY, ForeignKey("cases.id")),  # the release this support follows
    Column("deal_id", KEY, ForeignKey("deals.id")),
    Column("status", String(16), nullable=False),  # to_contact, open, closed
    Column("origin", String(16), nullable=False),  # release (recorded), manual
    Column("assigned_to", String(64), index=True),  # a user name
    Column("where_sealed", Text),  # JSON {"kind": stayed|relocated|expelled, "country": CC}
    Column("location_sealed", Text),
    Column("contacts_sealed", Text),
    Column("consent_given", Boolean, nullable=False, default=False),
    Column("consent_on", Date),
    Column("consent_scope_sealed", Text),  # JSON list of "partner" or "partner:need kind"
    Column("opened_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    # One support case per release: a re-import finds the case it made before.
    UniqueConstraint("case_id", name="uq_support_cases_case_id"),
)

support_needs = Table(
    "support_needs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("support_case_id", String(16), ForeignKey("support_cases.id"), nullable=False),
    Column("kind_sealed", Text, nullable=False),  # medical, psychological, housing, ...
    Column("status", String(16), nullable=False),  # open, in_progress, met, declined
    Column("note_sealed", Text),
    Column("opened_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("updated_by", String(64), nullable=False),
    Index("ix_support_needs_case", "support_case_id"),
)

support_notes = Table(
    "support_notes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("support_case_id", String(16), ForeignKey("support_cases.id"), nullable=False),
    Column("at", DateTime, nullable=False),
    Column("author", String(64), nullable=False),
    Column("text_sealed", Text, nullable=False),
    Index("ix_support_notes_case", "support_case_id"),
)

support_referrals = Table(
    "support_referrals",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("support_case_id", String(16), ForeignKey("support_cases.id"), nullable=False),
    Column("need_id", Integer, ForeignKey("support_needs.id")),
    Column("partner", String(64), nullable=False),
    Column("at", DateTime, nullable=False),
    Column("by", String(64), nullable=False),
    Column("reason_sealed", Text, nullable=False),
    Index("ix_support_referrals_case", "support_case_id"),
)

support_funds = Table(
    "support_funds",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("administrator", Text),
    Column("created_at", DateTime, nullable=False),
)

exchange_rates = Table(
    "exchange_rates",
    metadata,
    Column("currency", String(3), primary_key=True),
    Column("on", Date, primary_key=True),
    Column("eur_per_unit", Float, nullable=False),  # 1 unit of the currency in euros
    Column("source", Text),
)

# Money in: donations received and pledges (promised, not yet received). The donor is sealed:
# giving to these funds is prosecuted in Belarus.
support_donations = Table(
    "support_donations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("fund_id", String(64), ForeignKey("support_funds.id"), nullable=False),
    Column("kind", String(8), nullable=False),  # donation, pledge
    Column("donor_sealed", Text),
    Column("on", Date, nullable=False),
    Column("amount", Float, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("amount_eur", Float, nullable=False),
    Column("received_on", Date),  # a pledge once its money arrived
    Column("recorded_by", String(64), nullable=False),
    Column("recorded_at", DateTime, nullable=False),
    Index("ix_support_donations_fund", "fund_id"),
)

# Money out: aid given (or committed) to a support case, and the running costs of a fund.
support_aid = Table(
    "support_aid",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("support_case_id", String(16), ForeignKey("support_cases.id"), nullable=False),
    Column("need_id", Integer, ForeignKey("support_needs.id")),
    Column("fund_id", String(64), ForeignKey("support_funds.id"), nullable=False),
    Column("kind", String(24), nullable=False),  # a budget category of the cost model
    Column("status", String(12), nullable=False),  # paid, committed
    Column("on", Date, nullable=False),
    Column("amount", Float, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("amount_eur", Float, nullable=False),
    Column("organisation", Text),
    Column("recorded_by", String(64), nullable=False),
    Column("recorded_at", DateTime, nullable=False),
    Index("ix_support_aid_case", "support_case_id"),
    Index("ix_support_aid_fund", "fund_id"),
)

support_costs = Table(
    "support_costs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("fund_id", String(64), ForeignKey("support_funds.id"), nullable=False),
    Column("on", Date, nullable=False),
    Column("amount", Float, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("amount_eur", Float, nullable=False),
    Column("description", Text),
    Column("recorded_by", String(64), nullable=False),
    Column("recorded_at", DateTime, nullable=False),
)

# Every sealed column, by table: what a key rotation re-seals and what must never hold plain text.
SEALED_COLUMNS: dict[Table, tuple[str, ...]] = {
    support_cases: ("where_sealed", "location_sealed", "contacts_sealed", "consent_scope_sealed"),
    support_needs: ("kind_sealed", "note_sealed"),
    support_notes: ("text_sealed",),
    support_referrals: ("reason_sealed",),
    support_donations: ("donor_sealed",),
}
SUPPORT_TABLES: tuple[Table, ...] = (
    support_cases,
    support_needs,
    support_notes,
    support_referrals,
    support_funds,
    exchange_rates,
    support_donations,
    support_aid,
    support_costs,
)
