"""The library entry point: files -> documents -> facts -> database.

`prepare_document` reads and cleans one file, `extract_file` adds its facts,
`ingest_paths` streams files or folders into a database, one transaction per
document, yielding one `IngestOutcome` per file so that a caller can report
progress without the batch being held in memory.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from tracker import records
from tracker.errors import InputError, TrackerError
from tracker.extract import EXTRACTOR_VERSION, extract_document
from tracker.ingest.clean import clean_text, find_title
from tracker.ingest.language import detect_language, foreign_passages
from tracker.ingest.published import find_issue_month, find_published
from tracker.ingest.read import DEFAULT_MAX_BYTES, iter_input_files, read_text

if TYPE_CHECKING:  # the database layer is imported where a database is used
    from sqlalchemy import Engine

LOGGER = logging.getLogger(__name__)

HTML_SUFFIXES = (".html", ".htm")


def prepare_document(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> records.Document:
    """Read one file and turn it into a Document: cleaned text, language, title, date."""
    raw_bytes, raw = read_text(path, max_bytes=max_bytes)
    return document_from_text(
        raw,
        source=str(path),
        sha256=hashlib.sha256(raw_bytes).hexdigest(),
        html=True if path.suffix.lower() in HTML_SUFFIXES else None,
    )


def document_from_text(
    raw: str, *, source: str, sha256: str | None = None, html: bool | None = None
) -> records.Document:
    """A Document from text already decoded (raw text or HTML)."""
    cleaned = clean_text(raw, html=html)
    if not cleaned.strip():
        raise InputError(source, "no text left after removing markup and site chrome")
    language = detect_language(cleaned)
    return records.Document(
        source=source,
        sha256=sha256 or hashlib.sha256(raw.encode("utf-8")).hexdigest(),
        raw_text=raw,
        cleaned_text=cleaned,
        language=language,
        title=find_title(raw, cleaned),
        published=find_published(raw, cleaned, language),
    )


def extract_prepared(document: records.Document) -> records.Extraction:
    """The facts of a prepared document, named by its file name as the contract wants."""
    return extract_document(
        document.cleaned_text,
        name=Path(document.source).name,
        language=document.language,
        published=document.published,
        # a page dated by its month alone ("Issue 9 | October 2026") reads its relative
        # dates against that month
        reference=None if document.published else find_issue_month(document.cleaned_text),
        passages=foreign_passages(document.cleaned_text, document.language),
    )


def extract_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> records.Extraction:
    """Read, clean and extract one file (what `tracker extract` prints)."""
    return extract_prepared(prepare_document(Path(path), max_bytes=max_bytes))


def ingest_one(
    engine: Engine, path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> records.IngestOutcome:
    """Ingest one file in its own transaction; never raises for a bad file or a refused row."""
    from sqlalchemy.exc import SQLAlchemyError

    from tracker.store.save import find_document, save_document, skip_outcome
    from tracker.store.session import transaction

    source = str(path)
    try:
        document = prepare_document(path, max_bytes=max_bytes)
        with transaction(engine) as session:
            # Skip unchanged documents before paying for extraction.
            skipped = skip_outcome(
                source, find_document(session, document.sha256), EXTRACTOR_VERSION
            )
            if skipped is not None:
                return skipped
            return save_document(session, document, extract_prepared(document))
    except InputError as exc:
        return records.IngestOutcome(source, "failed", reason=exc.reason)
    except TrackerError as exc:
        return records.IngestOutcome(source, "failed", reason=str(exc))
    except SQLAlchemyError as exc:
        # The transaction was rolled back: nothing of this document is stored.
        LOGGER.debug("database refused %s", source, exc_info=True)
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        return records.IngestOutcome(source, "failed", reason=f"database refused it: {reason}")


def ingest_paths(
    engine: Engine, paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[records.IngestOutcome]:
    """Stream files and folders into the database, one outcome per file, in order."""
    for item in iter_input_files(paths):
        if isinstance(item, InputError):
            yield records.IngestOutcome(item.path, "failed", reason=item.reason)
            continue
        yield ingest_one(engine, item, max_bytes=max_bytes)
