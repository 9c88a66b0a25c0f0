"""One fact, traced: its fields, its quote in the surrounding text, and its document.

`tracker show KIND ID` prints what `fetch_fact` returns, so any row of any
report can be checked against the article it came from.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from tracker.errors import ConfigError, NotFoundError
from tracker.store.models import Document
from tracker.store.views import ANALYST_VIEWS

LOGGER = logging.getLogger(__name__)

# Characters of cleaned text shown on each side of the quote.
CONTEXT_CHARS = 300

KIND_ALIASES = {
    "visit": "visits",
    "visits": "visits",
    "action": "action_items",
    "actions": "action_items",
    "action_item": "action_items",
    "action_items": "action_items",
    "target": "trade_targets",
    "targets": "trade_targets",
    "trade_target": "trade_targets",
    "trade_targets": "trade_targets",
    "deportation": "deportations",
    "deportations": "deportations",
    "deportation_figure": "deportations",
    "deportation_figures": "deportations",
}
# Provenance columns shown with the document rather than as fact fields.
_DOCUMENT_FIELDS = ("source", "document_title", "published", "extractor_version", "human")


@dataclass(frozen=True)
class Context:
    """The quote and the cleaned text around it."""

    before: str
    quote: str
    after: str
    located: bool  # False when the stored offsets no longer point at the quote


@dataclass(frozen=True)
class FactView:
    """A fact's fields, its quote in context and its document, ready to print."""

    kind: str
    id: int
    fields: dict[str, Any]
    document: dict[str, Any]
    context: Context

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict of the whole view."""
        return {
            "kind": self.kind,
            "id": self.id,
            "fields": self.fields,
            "document": self.document,
            "context": {
                "before": self.context.before,
                "quote": self.context.quote,
                "after": self.context.after,
                "offsets_match": self.context.located,
            },
        }


def resolve_kind(text: str) -> str:
    """The view key for a kind as users type it: visit(s), action(s), target(s), deportation(s)."""
    key = text.strip().lower().replace("-", "_")
    if key not in KIND_ALIASES:
        raise ConfigError(f"unknown kind {text!r}: choose visit, action, target or deportation")
    return KIND_ALIASES[key]


def quote_context(
    text: str, quote: str, start: int, end: int, width: int = CONTEXT_CHARS
) -> Context:
    """The quote with `width` characters each side, found by its offsets or else by search."""
    located = 0 <= start <= end <= len(text) and text[start:end] == quote
    if not located:
        # Offsets from an older cleaning of the text: fall back to the first occurrence.
        found = text.find(quote)
        if found >= 0:
            start, end = found, found + len(quote)
        else:
            return Context("", quote, "", located=False)
    return Context(
        before=text[max(0, start - width) : start],
        quote=text[start:end],
        after=text[end : end + width],
        located=located,
    )


def fetch_fact(connection: Connection, kind_text: str, fact_id: int) -> FactView:
    """The fact `fact_id` of a kind, with its document and its quote in context."""
    kind = resolve_kind(kind_text)
    v = ANALYST_VIEWS[kind]
    row = connection.execute(select(v).where(v.c.id == fact_id)).mappings().first()
    if row is None:
        raise NotFoundError(f"no {kind.rstrip('s').replace('_', ' ')} with id {fact_id}")
    doc = connection.execute(
        select(
            Document.id,
            Document.source,
            Document.title,
            Document.published,
            Document.language,
            Document.publisher,
            Document.cleaned_text,
        ).where(Document.id == row["document_id"])
    ).one()
    fields = {
        k: val
        for k, val in row.items()
        if k not in _DOCUMENT_FIELDS and not k.startswith("evidence")
    }
    document = {
        "id": doc.id,
        "source": doc.source,
        "title": doc.title,
        "published": doc.published,
        "language": doc.language,
        "publisher": doc.publisher,
        "extractor_version": row["extractor_version"],
        "origin": "confirmed or entered by a person" if row["human"] else "machine-made",
    }
    context = quote_context(
        doc.cleaned_text, row["evidence"], row["evidence_start"], row["evidence_end"]
    )
    if not context.located:
        LOGGER.warning("%s %s: evidence offsets do not match the document text", kind, fact_id)
    return FactView(kind, fact_id, fields, document, context)
