"""Named queries over the store: the selects that reports and `status` run."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    Integer,
    Numeric,
    Select,
    Text,
    column,
    func,
    select,
    table,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import TableClause

from tracker.store.models import (
    FACT_MODELS,
    ActionItem,
    Actor,
    Country,
    DeportationFigure,
    Document,
    TradeTarget,
    Visit,
)

STATUS_TABLES = {"documents": Document, "countries": Country, "actors": Actor, **FACT_MODELS}


# The analyst views of migration 0002 (issue 5): one flat row per fact. Reports,
# exports and `tracker sql` users read these columns, in this order. The types
# matter: SQLite hands dates and booleans back as text and integers, and these
# columns turn them into `date` and `bool` as PostgreSQL does.
def _provenance() -> tuple[Any, ...]:
    # A column object belongs to one table, so each view gets fresh ones.
    return (
        column("evidence", Text),
        column("evidence_start", Integer),
        column("evidence_end", Integer),
        column("source", Text),
        column("document_title", Text),
        column("published", Date),
        column("extractor_version", Text),
        column("human", Boolean),
    )


def _period(prefix: str) -> tuple[Any, ...]:
    return (
        column(f"{prefix}_start", Date),
        column(f"{prefix}_end", Date),
        column(f"{prefix}_precision", Text),
        column(f"{prefix}_label", Text),
    )


def _country(name: str) -> tuple[Any, ...]:
    return (column(name, Text), column(f"{name}_name", Text))


ANALYST_VIEWS: dict[str, TableClause] = {
    "visits": table(
        "v_visits",
        column("id", Integer),
        column("document_id", Integer),
        *_period("date"),
        *_country("visitor_country"),
        *_country("host_country"),
        column("location", Text),
        column("visitor", Text),
        column("visitor_role", Text),
        column("counterparts", Text),
        column("status", Text),
        column("topics", Text),
        *_provenance(),
    ),
    "action_items": table(
        "v_action_items",
        column("id", Integer),
        column("document_id", Integer),
        column("title", Text),
        column("description", Text),
        column("responsible", Text),
        column("status", Text),
        *_period("due"),
        *_provenance(),
    ),
    "trade_targets": table(
        "v_trade_targets",
        column("id", Integer),
        column("document_id", Integer),
        *_country("country_a"),
        *_country("country_b"),
        column("metric", Text),
        column("amount", Numeric(24, 2)),
        column("currency", Text),
        column("comparator", Text),
        *_period("target_date"),
        column("stated_by", Text),
        *_period("stated_on"),
        *_provenance(),
    ),
    "deportations": table(
        "v_deportations",
        column("id", Integer),
        column("document_id", Integer),
        *_period("period"),
        column("count", Integer),
        *_country("from_country"),
        *_country("nationality"),
        column("cumulative", Boolean),
        column("note", Text),
        *_provenance(),
    ),
}


def table_counts(session: Session) -> dict[str, int]:
    """Rows per table, documents and facts first."""
    return {
        name: session.scalar(select(func.count()).select_from(model)) or 0
        for name, model in STATUS_TABLES.items()
    }


def document_counts_select() -> Select[Any]:
    """One row per document with the number of facts of each kind."""

    def per_doc(model: Any) -> Any:
        return (
            select(func.count())
            .where(model.document_id == Document.id)
            .correlate(Document)
            .scalar_subquery()
        )

    return select(
        Document.id,
        Document.source,
        Document.language,
        Document.published,
        per_doc(Visit).label("visits"),
        per_doc(ActionItem).label("action_items"),
        per_doc(TradeTarget).label("trade_targets"),
        per_doc(DeportationFigure).label("deportation_figures"),
    ).order_by(Document.id)


def document_counts(session: Session) -> list[dict[str, Any]]:
    """`document_counts_select` as a list of dicts."""
    return [dict(row._mapping) for row in session.execute(document_counts_select())]
