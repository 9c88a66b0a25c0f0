"""Extraction: the facts of one cleaned document, each traced to its quote.

`extract_document` is the one entry point; each kind has its own module
(`visits`, `action_items`, `trade_targets`, `deportations`) with rule data in
`data/<kind>/<lang>.yaml`. Extractors never raise on odd text (STYLE.md, 5).
"""

from __future__ import annotations

from datetime import date

from tracker.records import Extraction

# Bump when rules or code change what is extracted: `tracker ingest` then
# replaces the machine-made facts of documents ingested with an older version.
EXTRACTOR_VERSION = "0.3.0"


def extract_document(
    cleaned_text: str,
    *,
    name: str,
    language: str | None,
    published: date | None,
) -> Extraction:
    """Extract the four kinds of facts from one document's cleaned text."""
    from tracker.extract.action_items import extract_action_items
    from tracker.extract.deportations import extract_deportations
    from tracker.extract.trade_targets import extract_trade_targets
    from tracker.extract.visits import extract_visits

    lang = language or "en"
    return Extraction(
        document=name,
        language=language,
        published=published,
        extractor_version=EXTRACTOR_VERSION,
        visits=tuple(extract_visits(cleaned_text, lang, published)),
        action_items=tuple(extract_action_items(cleaned_text, lang, published)),
        trade_targets=tuple(extract_trade_targets(cleaned_text, lang, published)),
        deportation_figures=tuple(extract_deportations(cleaned_text, lang, published)),
    )
