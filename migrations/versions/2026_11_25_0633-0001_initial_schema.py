"""initial schema: documents, countries, actors and the four fact tables

The countries table is filled from pycountry (ISO 3166-1) here, so every
fact's country code has a row to point at.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 06:33:28.625012
"""

from __future__ import annotations

from collections.abc import Sequence

import pycountry
import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "countries",
        sa.Column("code", sa.String(length=3), nullable=False),
        sa.Column("alpha_2", sa.String(length=2), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.CheckConstraint("length(alpha_2) = 2", name=op.f("ck_countries_alpha_2_length")),
        sa.CheckConstraint("length(code) = 3", name=op.f("ck_countries_code_length")),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_countries")),
        sa.UniqueConstraint("alpha_2", name=op.f("uq_countries_alpha_2")),
    )
    countries = sa.table(
        "countries",
        sa.column("code", sa.String),
        sa.column("alpha_2", sa.String),
        sa.column("name", sa.String),
    )
    op.bulk_insert(
        countries,
        [
            {"code": c.alpha_3, "alpha_2": c.alpha_2, "name": getattr(c, "common_name", c.name)}
            for c in pycountry.countries
        ],
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("publisher", sa.String(length=200), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("raw_text", sa.Text(), nullable=False),
        sa.Column("cleaned_text", sa.Text(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("extractor_version", sa.String(length=40), nullable=True),
        sa.CheckConstraint("length(sha256) = 64", name=op.f("ck_documents_sha256_length")),
        sa.CheckConstraint("length(source) > 0", name=op.f("ck_documents_source_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("sha256", name=op.f("uq_documents_sha256")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_published"), ["published"], unique=False)

    op.create_table(
        "actors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("country_code", sa.String(length=3), nullable=True),
        sa.CheckConstraint("kind IN ('person', 'organisation')", name=op.f("ck_actors_kind")),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_actors_name_not_empty")),
        sa.ForeignKeyConstraint(
            ["country_code"], ["countries.code"], name=op.f("fk_actors_country_code_countries")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actors")),
        sa.UniqueConstraint("name", "kind", name=op.f("uq_actors_name_kind")),
    )
    op.create_table(
        "deportation_figures",
        sa.Column("count", sa.BigInteger(), nullable=False),
        sa.Column("from_country", sa.String(length=3), nullable=True),
        sa.Column("nationality", sa.String(length=3), nullable=True),
        sa.Column("cumulative", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("period_precision", sa.String(length=10), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=False),
        sa.Column("evidence_end", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=100), nullable=True),
        sa.Column("extractor_version", sa.String(length=40), nullable=True),
        sa.Column("entered_by", sa.String(length=100), nullable=True),
        sa.Column("confirmed_by", sa.String(length=100), nullable=True),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(period_start IS NULL) = (period_end IS NULL) AND ((period_start IS NULL) = (period_precision IN ('ongoing', 'unknown')))",
            name=op.f("ck_deportation_figures_period_complete"),
        ),
        sa.CheckConstraint(
            "period_precision IN ('day', 'month', 'quarter', 'half', 'year', 'ongoing', 'unknown')",
            name=op.f("ck_deportation_figures_period_precision"),
        ),
        sa.CheckConstraint("count >= 0", name=op.f("ck_deportation_figures_count_not_negative")),
        sa.CheckConstraint(
            "evidence_start >= 0 AND evidence_end >= evidence_start",
            name=op.f("ck_deportation_figures_evidence_span"),
        ),
        sa.CheckConstraint(
            "extractor_version IS NOT NULL OR entered_by IS NOT NULL",
            name=op.f("ck_deportation_figures_origin"),
        ),
        sa.CheckConstraint(
            "length(evidence) > 0", name=op.f("ck_deportation_figures_evidence_not_empty")
        ),
        sa.CheckConstraint(
            "length(fingerprint) = 64", name=op.f("ck_deportation_figures_fingerprint_length")
        ),
        sa.CheckConstraint(
            "period_start IS NULL OR period_start <= period_end",
            name=op.f("ck_deportation_figures_period_order"),
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_deportation_figures_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["from_country"],
            ["countries.code"],
            name=op.f("fk_deportation_figures_from_country_countries"),
        ),
        sa.ForeignKeyConstraint(
            ["nationality"],
            ["countries.code"],
            name=op.f("fk_deportation_figures_nationality_countries"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deportation_figures")),
        sa.UniqueConstraint(
            "document_id",
            "fingerprint",
            name=op.f("uq_deportation_figures_document_id_fingerprint"),
        ),
    )
    with op.batch_alter_table("deportation_figures", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_deportation_figures_document_id"), ["document_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_deportation_figures_from_country_period_start"),
            ["from_country", "period_start"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_deportation_figures_nationality"), ["nationality"], unique=False
        )

    op.create_table(
        "action_items",
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("responsible_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("due_start", sa.Date(), nullable=True),
        sa.Column("due_end", sa.Date(), nullable=True),
        sa.Column("due_precision", sa.String(length=10), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=False),
        sa.Column("evidence_end", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=100), nullable=True),
        sa.Column("extractor_version", sa.String(length=40), nullable=True),
        sa.Column("entered_by", sa.String(length=100), nullable=True),
        sa.Column("confirmed_by", sa.String(length=100), nullable=True),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(due_start IS NULL) = (due_end IS NULL) AND ((due_start IS NULL) = (due_precision IN ('ongoing', 'unknown')))",
            name=op.f("ck_action_items_due_complete"),
        ),
        sa.CheckConstraint(
            "due_precision IN ('day', 'month', 'quarter', 'half', 'year', 'ongoing', 'unknown')",
            name=op.f("ck_action_items_due_precision"),
        ),
        sa.CheckConstraint(
            "status IN ('proposed', 'agreed', 'ongoing', 'done')",
            name=op.f("ck_action_items_status"),
        ),
        sa.CheckConstraint(
            "due_start IS NULL OR due_start <= due_end", name=op.f("ck_action_items_due_order")
        ),
        sa.CheckConstraint(
            "evidence_start >= 0 AND evidence_end >= evidence_start",
            name=op.f("ck_action_items_evidence_span"),
        ),
        sa.CheckConstraint(
            "extractor_version IS NOT NULL OR entered_by IS NOT NULL",
            name=op.f("ck_action_items_origin"),
        ),
        sa.CheckConstraint("length(evidence) > 0", name=op.f("ck_action_items_evidence_not_empty")),
        sa.CheckConstraint(
            "length(fingerprint) = 64", name=op.f("ck_action_items_fingerprint_length")
        ),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_action_items_title_not_empty")),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_action_items_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_id"], ["actors.id"], name=op.f("fk_action_items_responsible_id_actors")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_items")),
        sa.UniqueConstraint(
            "document_id", "fingerprint", name=op.f("uq_action_items_document_id_fingerprint")
        ),
    )
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_items_document_id"), ["document_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_action_items_due_end"), ["due_end"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_action_items_responsible_id"), ["responsible_id"], unique=False
        )

    op.create_table(
        "actor_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actors.id"],
            name=op.f("fk_actor_aliases_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor_aliases")),
        sa.UniqueConstraint("actor_id", "alias", name=op.f("uq_actor_aliases_actor_id_alias")),
    )
    with op.batch_alter_table("actor_aliases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actor_aliases_alias"), ["alias"], unique=False)

    op.create_table(
        "trade_targets",
        sa.Column("country_a", sa.String(length=3), nullable=False),
        sa.Column("country_b", sa.String(length=3), nullable=True),
        sa.Column("metric", sa.String(length=100), nullable=False),
        sa.Column("amount", sa.Numeric(precision=24, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("comparator", sa.String(length=10), nullable=False),
        sa.Column("target_date_start", sa.Date(), nullable=True),
        sa.Column("target_date_end", sa.Date(), nullable=True),
        sa.Column("target_date_precision", sa.String(length=10), nullable=False),
        sa.Column("stated_by_id", sa.Integer(), nullable=True),
        sa.Column("stated_on_start", sa.Date(), nullable=True),
        sa.Column("stated_on_end", sa.Date(), nullable=True),
        sa.Column("stated_on_precision", sa.String(length=10), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=False),
        sa.Column("evidence_end", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=100), nullable=True),
        sa.Column("extractor_version", sa.String(length=40), nullable=True),
        sa.Column("entered_by", sa.String(length=100), nullable=True),
        sa.Column("confirmed_by", sa.String(length=100), nullable=True),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(stated_on_start IS NULL) = (stated_on_end IS NULL) AND ((stated_on_start IS NULL) = (stated_on_precision IN ('ongoing', 'unknown')))",
            name=op.f("ck_trade_targets_stated_on_complete"),
        ),
        sa.CheckConstraint(
            "(target_date_start IS NULL) = (target_date_end IS NULL) AND ((target_date_start IS NULL) = (target_date_precision IN ('ongoing', 'unknown')))",
            name=op.f("ck_trade_targets_target_date_complete"),
        ),
        sa.CheckConstraint(
            "comparator IN ('at_least', 'more_than', 'up_to', 'exactly')",
            name=op.f("ck_trade_targets_comparator"),
        ),
        sa.CheckConstraint(
            "stated_on_precision IN ('day', 'month', 'quarter', 'half', 'year', 'ongoing', 'unknown')",
            name=op.f("ck_trade_targets_stated_on_precision"),
        ),
        sa.CheckConstraint(
            "target_date_precision IN ('day', 'month', 'quarter', 'half', 'year', 'ongoing', 'unknown')",
            name=op.f("ck_trade_targets_target_date_precision"),
        ),
        sa.CheckConstraint("amount > 0", name=op.f("ck_trade_targets_amount_positive")),
        sa.CheckConstraint(
            "country_b IS NULL OR country_a < country_b",
            name=op.f("ck_trade_targets_country_pair_sorted"),
        ),
        sa.CheckConstraint(
            "evidence_start >= 0 AND evidence_end >= evidence_start",
            name=op.f("ck_trade_targets_evidence_span"),
        ),
        sa.CheckConstraint(
            "extractor_version IS NOT NULL OR entered_by IS NOT NULL",
            name=op.f("ck_trade_targets_origin"),
        ),
        sa.CheckConstraint("length(currency) = 3", name=op.f("ck_trade_targets_currency_length")),
        sa.CheckConstraint(
            "length(evidence) > 0", name=op.f("ck_trade_targets_evidence_not_empty")
        ),
        sa.CheckConstraint(
            "length(fingerprint) = 64", name=op.f("ck_trade_targets_fingerprint_length")
        ),
        sa.CheckConstraint(
            "stated_on_start IS NULL OR stated_on_start <= stated_on_end",
            name=op.f("ck_trade_targets_stated_on_order"),
        ),
        sa.CheckConstraint(
            "target_date_start IS NULL OR target_date_start <= target_date_end",
            name=op.f("ck_trade_targets_target_date_order"),
        ),
        sa.ForeignKeyConstraint(
            ["country_a"], ["countries.code"], name=op.f("fk_trade_targets_country_a_countries")
        ),
        sa.ForeignKeyConstraint(
            ["country_b"], ["countries.code"], name=op.f("fk_trade_targets_country_b_countries")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_trade_targets_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stated_by_id"], ["actors.id"], name=op.f("fk_trade_targets_stated_by_id_actors")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trade_targets")),
        sa.UniqueConstraint(
            "document_id", "fingerprint", name=op.f("uq_trade_targets_document_id_fingerprint")
        ),
    )
    with op.batch_alter_table("trade_targets", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trade_targets_country_a_country_b"),
            ["country_a", "country_b"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_trade_targets_country_b"), ["country_b"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_trade_targets_document_id"), ["document_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_trade_targets_stated_by_id"), ["stated_by_id"], unique=False
        )

    op.create_table(
        "visits",
        sa.Column("visitor_country", sa.String(length=3), nullable=True),
        sa.Column("host_country", sa.String(length=3), nullable=True),
        sa.Column("location", sa.String(length=120), nullable=True),
        sa.Column("visitor_id", sa.Integer(), nullable=True),
        sa.Column("visitor_role", sa.String(length=120), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.String(length=10), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=False),
        sa.Column("evidence_end", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=100), nullable=True),
        sa.Column("extractor_version", sa.String(length=40), nullable=True),
        sa.Column("entered_by", sa.String(length=100), nullable=True),
        sa.Column("confirmed_by", sa.String(length=100), nullable=True),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(date_start IS NULL) = (date_end IS NULL) AND ((date_start IS NULL) = (date_precision IN ('ongoing', 'unknown')))",
            name=op.f("ck_visits_date_complete"),
        ),
        sa.CheckConstraint(
            "date_precision IN ('day', 'month', 'quarter', 'half', 'year', 'ongoing', 'unknown')",
            name=op.f("ck_visits_date_precision"),
        ),
        sa.CheckConstraint("status IN ('held', 'planned')", name=op.f("ck_visits_status")),
        sa.CheckConstraint(
            "date_start IS NULL OR date_start <= date_end", name=op.f("ck_visits_date_order")
        ),
        sa.CheckConstraint(
            "evidence_start >= 0 AND evidence_end >= evidence_start",
            name=op.f("ck_visits_evidence_span"),
        ),
        sa.CheckConstraint(
            "extractor_version IS NOT NULL OR entered_by IS NOT NULL", name=op.f("ck_visits_origin")
        ),
        sa.CheckConstraint("length(evidence) > 0", name=op.f("ck_visits_evidence_not_empty")),
        sa.CheckConstraint("length(fingerprint) = 64", name=op.f("ck_visits_fingerprint_length")),
        sa.CheckConstraint(
            "visitor_country IS NOT NULL OR host_country IS NOT NULL",
            name=op.f("ck_visits_has_country"),
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_visits_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["host_country"], ["countries.code"], name=op.f("fk_visits_host_country_countries")
        ),
        sa.ForeignKeyConstraint(
            ["visitor_country"],
            ["countries.code"],
            name=op.f("fk_visits_visitor_country_countries"),
        ),
        sa.ForeignKeyConstraint(
            ["visitor_id"], ["actors.id"], name=op.f("fk_visits_visitor_id_actors")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visits")),
        sa.UniqueConstraint(
            "document_id", "fingerprint", name=op.f("uq_visits_document_id_fingerprint")
        ),
    )
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visits_date_start"), ["date_start"], unique=False)
        batch_op.create_index(batch_op.f("ix_visits_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visits_host_country"), ["host_country"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_visits_visitor_country"), ["visitor_country"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_visits_visitor_id"), ["visitor_id"], unique=False)

    op.create_table(
        "visit_counterparts",
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["actors.id"], name=op.f("fk_visit_counterparts_actor_id_actors")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visits.id"],
            name=op.f("fk_visit_counterparts_visit_id_visits"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("visit_id", "position", name=op.f("pk_visit_counterparts")),
    )
    with op.batch_alter_table("visit_counterparts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_visit_counterparts_actor_id"), ["actor_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("visit_counterparts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_counterparts_actor_id"))

    op.drop_table("visit_counterparts")
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visits_visitor_id"))
        batch_op.drop_index(batch_op.f("ix_visits_visitor_country"))
        batch_op.drop_index(batch_op.f("ix_visits_host_country"))
        batch_op.drop_index(batch_op.f("ix_visits_document_id"))
        batch_op.drop_index(batch_op.f("ix_visits_date_start"))

    op.drop_table("visits")
    with op.batch_alter_table("trade_targets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trade_targets_stated_by_id"))
        batch_op.drop_index(batch_op.f("ix_trade_targets_document_id"))
        batch_op.drop_index(batch_op.f("ix_trade_targets_country_b"))
        batch_op.drop_index(batch_op.f("ix_trade_targets_country_a_country_b"))

    op.drop_table("trade_targets")
    with op.batch_alter_table("actor_aliases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actor_aliases_alias"))

    op.drop_table("actor_aliases")
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_items_responsible_id"))
        batch_op.drop_index(batch_op.f("ix_action_items_due_end"))
        batch_op.drop_index(batch_op.f("ix_action_items_document_id"))

    op.drop_table("action_items")
    with op.batch_alter_table("deportation_figures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deportation_figures_nationality"))
        batch_op.drop_index(batch_op.f("ix_deportation_figures_from_country_period_start"))
        batch_op.drop_index(batch_op.f("ix_deportation_figures_document_id"))

    op.drop_table("deportation_figures")
    op.drop_table("actors")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_published"))

    op.drop_table("documents")
    op.drop_table("countries")
