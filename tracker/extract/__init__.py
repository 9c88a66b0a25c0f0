"""Extraction: the facts of one cleaned document, each traced to its quote.

`extract_document` is the one entry point; each kind has its own module
(`visits`, `action_items`, `trade_targets`, `deportations`) with rule data in
`data/<kind>/<lang>.yaml`. Extractors never raise on odd text (STYLE.md, 5).
"""

from __future__ import annotations

import gc
from datetime import date

from tracker.records import Extraction

# Bump when rules or code change what is extracted: `tracker ingest` then
# replaces the machine-made facts of documents ingested with an older version.
EXTRACTOR_VERSION = "0.13.0"

# The cyclic garbage collector's first-generation threshold while `tracker` runs
# (CPython's default is 700). Extraction allocates many short-lived tuples and match
# objects that reference counting frees at once, yet every 700 net allocations start a
# collection pass over the young objects: about 5 % of extraction time went to passes
# that found next to no garbage. mypy raises its threshold for the same reason; peak
# memory stays flat (bench/extract_ingest.py).
GC_FIRST_THRESHOLD = 50_000


def tune_collector() -> None:
    """Start cycle collections less often; the `tracker` command does this for its run."""
    first, second, third = gc.get_threshold()
    gc.set_threshold(max(first, GC_FIRST_THRESHOLD), second, third)


def extract_document(
    cleaned_text: str,
    *,
    name: str,
    language: str | None,
    published: date | None,
    reference: date | None = None,
) -> Extraction:
    """Extract the four kinds of facts from one document's cleaned text.

    `reference` is the date relative dates are read against when the page states no
    publication day (`tracker.ingest.published.find_issue_month`: the last day of the
    month an issue names); the extraction's `published` stays None then.
    """
    from tracker.extract.action_items import extract_action_items
    from tracker.extract.deportations import extract_deportations
    from tracker.extract.engine import mask_retracted
    from tracker.extract.trade_targets import extract_trade_targets
    from tracker.extract.visits import extract_visits

    lang = language or "en"
    # a correction notice's account of the error it corrects states no fact
    cleaned_text = mask_retracted(cleaned_text, lang)
    anchor = published or reference
    return Extraction(
        document=name,
        language=language,
        published=published,
        extractor_version=EXTRACTOR_VERSION,
        visits=tuple(extract_visits(cleaned_text, lang, anchor)),
        action_items=tuple(extract_action_items(cleaned_text, lang, anchor)),
        trade_targets=tuple(extract_trade_targets(cleaned_text, lang, anchor)),
        deportation_figures=tuple(extract_deportations(cleaned_text, lang, anchor)),
    )
