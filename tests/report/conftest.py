"""What the report tests share: raw rows for the fact tables, inserted through Core.

The export and query tests fill the database with `insert()` rather than the
store's `save_document`, so they can plant text no extractor would produce
(formula-looking notes, Cyrillic, odd periods). `fact_rows` builds those rows.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import Connection, insert

from tracker.records import Period
from tracker.store import models


@dataclass(frozen=True)
class FactRows:
    """Builders of insert() parameters for documents and facts."""

    extractor_version: str = "t-1"

    def document(self, conn: Connection, source: str, **fields: Any) -> int:
        """Insert a document (placeholder texts unless given); return its id."""
        row = {
            "source": source,
            "sha256": hashlib.sha256(source.encode()).hexdigest(),
            "raw_text": "r",
            "cleaned_text": "c",
            **fields,
        }
        return conn.execute(insert(models.Document).returning(models.Document.id), row).scalar_one()

    def actor(self, conn: Connection, name: str, kind: str = "person") -> int:
        """Insert a person or organisation; return its id."""
        row = {"name": name, "kind": kind}
        return conn.execute(insert(models.Actor).returning(models.Actor.id), row).scalar_one()

    def provenance(self, doc: int, quote: str, **extra: Any) -> dict[str, Any]:
        """A fact's document, quote, offsets and a fingerprint unique to the quote and `extra`."""
        fingerprint = hashlib.sha256(repr((quote, extra)).encode()).hexdigest()
        return {
            "document_id": doc,
            "evidence": quote,
            "evidence_start": 0,
            "evidence_end": len(quote),
            "extractor_version": self.extractor_version,
            "fingerprint": fingerprint,
            **extra,
        }

    @staticmethod
    def period(prefix: str, p: Period) -> dict[str, Any]:
        """A period as the three columns `<prefix>_start`, `_end` and `_precision`."""
        return {
            f"{prefix}_start": p.start,
            f"{prefix}_end": p.end,
            f"{prefix}_precision": p.precision,
        }


@pytest.fixture
def fact_rows() -> FactRows:
    """Builders of raw document and fact rows."""
    return FactRows()
