"""The tracker schema: the single source of truth that the migrations follow.

Countries are ISO 3166-1 alpha-3 codes (a `countries` table, filled by a
migration); dates are (start, end, precision) triples so that "Q1 2024" and
"21/04/2025" are both stored exactly; amounts are exact numerics with an
ISO 4217 currency. Every fact row carries its provenance: document, evidence
quote, its character offsets in the document's cleaned text, the extractor
version that produced it, and whether a person entered or confirmed it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

from tracker.records import ACTION_STATUSES, COMPARATORS, PRECISIONS, VISIT_STATUSES
from tracker.store.base import Base

ACTOR_KINDS = ("person", "organisation")


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


def _period_checks(prefix: str) -> list[CheckConstraint]:
    """CHECKs that keep a (start, end, precision) triple honest."""
    start, end, precision = f"{prefix}_start", f"{prefix}_end", f"{prefix}_precision"
    return [
        CheckConstraint(_in(precision, PRECISIONS), name=f"{prefix}_precision"),
        CheckConstraint(f"{start} IS NULL OR {start} <= {end}", name=f"{prefix}_order"),
        CheckConstraint(
            f"({start} IS NULL) = ({end} IS NULL) AND "
            f"(({start} IS NULL) = ({precision} IN ('ongoing', 'unknown')))",
            name=f"{prefix}_complete",
        ),
    ]


def _country_fk(nullable: bool = True, index: bool = False) -> Any:
    return mapped_column(String(3), ForeignKey("countries.code"), nullable=nullable, index=index)


class Country(Base):
    """An ISO 3166-1 country, keyed by its alpha-3 code."""

    __tablename__ = "countries"
    __table_args__ = (
        CheckConstraint("length(code) = 3", name="code_length"),
        CheckConstraint("length(alpha_2) = 2", name="alpha_2_length"),
    )

    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    alpha_2: Mapped[str] = mapped_column(String(2), unique=True)
    name: Mapped[str] = mapped_column(String(100))


class Document(Base):
    """One article, stored once by the SHA-256 of its content."""

    __tablename__ = "documents"
    __table_args__ = (
        CheckConstraint("length(sha256) = 64", name="sha256_length"),
        CheckConstraint("length(source) > 0", name="source_not_empty"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(String(200))
    published: Mapped[date | None] = mapped_column(Date, index=True)
    language: Mapped[str | None] = mapped_column(String(8))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    raw_text: Mapped[str] = mapped_column(Text)
    cleaned_text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    # The extractor version whose facts are stored; a newer one replaces them (issue 4).
    extractor_version: Mapped[str | None] = mapped_column(String(40))


class Actor(Base):
    """A person or organisation that facts name, with aliases and an optional country."""

    __tablename__ = "actors"
    __table_args__ = (
        UniqueConstraint("name", "kind"),
        CheckConstraint(_in("kind", ACTOR_KINDS), name="kind"),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    country_code: Mapped[str | None] = _country_fk()

    aliases: Mapped[list[ActorAlias]] = relationship(
        back_populates="actor", lazy="raise", cascade="all, delete-orphan"
    )


class ActorAlias(Base):
    """Another spelling of an actor's name ("Сериком Жумангариным", "Zhumangarin")."""

    __tablename__ = "actor_aliases"
    __table_args__ = (UniqueConstraint("actor_id", "alias"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(200), index=True)

    actor: Mapped[Actor] = relationship(back_populates="aliases", lazy="raise")


class FactMixin:
    """Provenance shared by every fact table (issue 3, point 4)."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    evidence: Mapped[str] = mapped_column(Text)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str | None] = mapped_column(String(100))
    # NULL when a person entered the fact by hand.
    extractor_version: Mapped[str | None] = mapped_column(String(40))
    entered_by: Mapped[str | None] = mapped_column(String(100))
    confirmed_by: Mapped[str | None] = mapped_column(String(100))
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # SHA-256 of the fact's content: storing the same fact twice is a no-op.
    fingerprint: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)

    @classmethod
    def _provenance_args(cls) -> list[Any]:
        return [
            UniqueConstraint("document_id", "fingerprint"),
            CheckConstraint(
                "evidence_start >= 0 AND evidence_end >= evidence_start", name="evidence_span"
            ),
            CheckConstraint("length(evidence) > 0", name="evidence_not_empty"),
            CheckConstraint(
                "extractor_version IS NOT NULL OR entered_by IS NOT NULL", name="origin"
            ),
            CheckConstraint("length(fingerprint) = 64", name="fingerprint_length"),
        ]

    @property
    def human(self) -> bool:
        """True when a person entered or confirmed this fact; re-extraction leaves it alone."""
        return self.entered_by is not None or self.confirmed_by is not None


class Visit(FactMixin, Base):
    """Who went where, when, to meet whom, about what; held or planned."""

    __tablename__ = "visits"

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Any, ...]:
        return (
            *cls._provenance_args(),
            *_period_checks("date"),
            CheckConstraint(_in("status", VISIT_STATUSES), name="status"),
            CheckConstraint(
                "visitor_country IS NOT NULL OR host_country IS NOT NULL", name="has_country"
            ),
            Index(None, "date_start"),
        )

    visitor_country: Mapped[str | None] = _country_fk(index=True)
    host_country: Mapped[str | None] = _country_fk(index=True)
    location: Mapped[str | None] = mapped_column(String(120))
    visitor_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"), index=True)
    visitor_role: Mapped[str | None] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(10))
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    date_start: Mapped[date | None] = mapped_column(Date)
    date_end: Mapped[date | None] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(String(10), default="unknown")

    counterparts: Mapped[list[VisitCounterpart]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="VisitCounterpart.position"
    )


class VisitCounterpart(Base):
    """A person or body met during a visit, in the order the text names them."""

    __tablename__ = "visit_counterparts"

    visit_id: Mapped[int] = mapped_column(
        ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id"), index=True)


class ActionItem(FactMixin, Base):
    """A measure or commitment, the body responsible and the due period."""

    __tablename__ = "action_items"

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Any, ...]:
        return (
            *cls._provenance_args(),
            *_period_checks("due"),
            CheckConstraint(_in("status", ACTION_STATUSES), name="status"),
            CheckConstraint("length(title) > 0", name="title_not_empty"),
            Index(None, "due_end"),
        )

    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"), index=True)
    status: Mapped[str] = mapped_column(String(10))
    due_start: Mapped[date | None] = mapped_column(Date)
    due_end: Mapped[date | None] = mapped_column(Date)
    due_precision: Mapped[str] = mapped_column(String(10), default="unknown")


class TradeTarget(FactMixin, Base):
    """A stated goal for a trade figure between a pair of countries."""

    __tablename__ = "trade_targets"

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Any, ...]:
        return (
            *cls._provenance_args(),
            *_period_checks("target_date"),
            *_period_checks("stated_on"),
            CheckConstraint(_in("comparator", COMPARATORS), name="comparator"),
            CheckConstraint("amount > 0", name="amount_positive"),
            CheckConstraint("length(currency) = 3", name="currency_length"),
            CheckConstraint(
                "country_b IS NULL OR country_a < country_b", name="country_pair_sorted"
            ),
            Index(None, "country_a", "country_b"),
        )

    country_a: Mapped[str] = _country_fk(nullable=False)
    country_b: Mapped[str | None] = _country_fk(index=True)
    metric: Mapped[str] = mapped_column(String(100))
    amount: Mapped[Decimal] = mapped_column(Numeric(24, 2))
    currency: Mapped[str] = mapped_column(String(3))
    comparator: Mapped[str] = mapped_column(String(10))
    target_date_start: Mapped[date | None] = mapped_column(Date)
    target_date_end: Mapped[date | None] = mapped_column(Date)
    target_date_precision: Mapped[str] = mapped_column(String(10), default="unknown")
    stated_by_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"), index=True)
    stated_on_start: Mapped[date | None] = mapped_column(Date)
    stated_on_end: Mapped[date | None] = mapped_column(Date)
    stated_on_precision: Mapped[str] = mapped_column(String(10), default="unknown")


class DeportationFigure(FactMixin, Base):
    """How many people a country deported, in what period."""

    __tablename__ = "deportation_figures"

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Any, ...]:
        return (
            *cls._provenance_args(),
            *_period_checks("period"),
            CheckConstraint("count >= 0", name="count_not_negative"),
            Index(None, "from_country", "period_start"),
        )

    count: Mapped[int] = mapped_column(BigInteger)
    from_country: Mapped[str | None] = _country_fk()
    nationality: Mapped[str | None] = _country_fk(index=True)
    cumulative: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    period_precision: Mapped[str] = mapped_column(String(10), default="unknown")


FACT_MODELS: dict[str, type[FactMixin]] = {
    "visits": Visit,
    "action_items": ActionItem,
    "trade_targets": TradeTarget,
    "deportation_figures": DeportationFigure,
}
