"""Named queries over the store: the selects that reports and `status` run."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

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
