"""evidence store

Revision ID: 0001
Revises:
Create Date: 2026-11-21 23:43:58.528593
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "deals",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("counterpart", sa.Text(), nullable=True),
        sa.Column("envoy", sa.Text(), nullable=True),
        sa.Column("occasion", sa.Text(), nullable=True),
        sa.Column("people_freed", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "funds",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("amount", sa.Float(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=True),
        sa.Column("as_of", sa.String(length=10), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "measures",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("imposer", sa.Text(), nullable=False),
        sa.Column("programme", sa.Text(), nullable=True),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("target_kind", sa.String(length=16), nullable=True),
        sa.Column("kind", sa.Text(), nullable=True),
        sa.Column("imposed_on", sa.String(length=10), nullable=True),
        sa.Column("eased_on", sa.String(length=10), nullable=True),
        sa.Column("lifted_on", sa.String(length=10), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "persons",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("gender", sa.String(length=8), nullable=True),
        sa.Column("role", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("publisher", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("published", sa.String(length=10), nullable=True),
        sa.Column("retrieved", sa.String(length=10), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("person_id", sa.String(length=64), nullable=False),
        sa.Column("detained_on", sa.Date(), nullable=True),
        sa.Column("charges", sa.Text(), nullable=True),
        sa.Column("sentence", sa.Text(), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("recognised_on", sa.Date(), nullable=True),
        sa.Column("recognised_by", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("released_on", sa.Date(), nullable=True),
        sa.Column("release_mode", sa.String(length=24), nullable=True),
        sa.Column("expelled", sa.Boolean(), nullable=False),
        sa.Column("expelled_to", sa.Text(), nullable=True),
        sa.Column("deal_id", sa.String(length=64), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["deal_id"],
            ["deals.id"],
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index("ix_cases_detained_on", ["detained_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_person_id"), ["person_id"], unique=False)
        batch_op.create_index("ix_cases_recognised_on", ["recognised_on"], unique=False)
        batch_op.create_index("ix_cases_released_on", ["released_on"], unique=False)

    op.create_table(
        "citations",
        sa.Column("record_type", sa.String(length=16), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("source_id", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
        ),
        sa.PrimaryKeyConstraint("record_type", "record_id", "source_id"),
    )
    with op.batch_alter_table("citations", schema=None) as batch_op:
        batch_op.create_index("ix_citations_source", ["source_id"], unique=False)

    op.create_table(
        "claims",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("source_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("measure", sa.String(length=64), nullable=True),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("value_max", sa.Float(), nullable=True),
        sa.Column("qualifier", sa.String(length=16), nullable=True),
        sa.Column("as_of", sa.String(length=10), nullable=True),
        sa.Column("as_of_precision", sa.String(length=8), nullable=True),
        sa.Column("period_start", sa.String(length=10), nullable=True),
        sa.Column("attributed_to", sa.Text(), nullable=True),
        sa.Column("speaker", sa.Text(), nullable=True),
        sa.Column("quote", sa.Text(), nullable=True),
        sa.Column("action", sa.String(length=16), nullable=True),
        sa.Column("target", sa.Text(), nullable=True),
        sa.Column("imposer", sa.Text(), nullable=True),
        sa.Column("wording", sa.Text(), nullable=True),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reviewed_by", sa.Text(), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.create_index("ix_claims_measure_as_of", ["measure", "as_of"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_source_id"), ["source_id"], unique=False)

    op.create_table(
        "concessions",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("deal_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("measure_id", sa.String(length=64), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["deal_id"],
            ["deals.id"],
        ),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measures.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("concessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_concessions_deal_id"), ["deal_id"], unique=False)

    op.create_table(
        "name_keys",
        sa.Column("person_id", sa.String(length=64), nullable=False),
        sa.Column("key", sa.String(length=128), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
        ),
        sa.PrimaryKeyConstraint("person_id", "key"),
    )
    with op.batch_alter_table("name_keys", schema=None) as batch_op:
        batch_op.create_index("ix_name_keys_key", ["key"], unique=False)

    op.create_table(
        "person_names",
        sa.Column("person_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("script", sa.String(length=8), nullable=True),
        sa.Column("source_id", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
        ),
        sa.PrimaryKeyConstraint("person_id", "name"),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("date_precision", sa.String(length=8), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=True),
        sa.Column("qualifier", sa.String(length=16), nullable=False),
        sa.Column("release_mode", sa.String(length=24), nullable=True),
        sa.Column("deal_id", sa.String(length=64), nullable=True),
        sa.Column("case_id", sa.String(length=64), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"],
            ["deals.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_kind_date", ["kind", "date"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_kind_date")

    op.drop_table("events")
    op.drop_table("person_names")
    with op.batch_alter_table("name_keys", schema=None) as batch_op:
        batch_op.drop_index("ix_name_keys_key")

    op.drop_table("name_keys")
    with op.batch_alter_table("concessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_concessions_deal_id"))

    op.drop_table("concessions")
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claims_source_id"))
        batch_op.drop_index("ix_claims_measure_as_of")

    op.drop_table("claims")
    with op.batch_alter_table("citations", schema=None) as batch_op:
        batch_op.drop_index("ix_citations_source")

    op.drop_table("citations")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_released_on")
        batch_op.drop_index("ix_cases_recognised_on")
        batch_op.drop_index(batch_op.f("ix_cases_person_id"))
        batch_op.drop_index("ix_cases_detained_on")

    op.drop_table("cases")
    op.drop_table("sources")
    op.drop_table("persons")
    op.drop_table("measures")
    op.drop_table("funds")
    op.drop_table("deals")
