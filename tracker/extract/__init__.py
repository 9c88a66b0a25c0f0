"""Extraction: the facts of one cleaned document, each traced to its quote.

`extract_document` is the one entry point; each kind has its own module
(`visits`, `action_items`, `trade_targets`, `deportations`) with rule data in
`data/<kind>/<lang>.yaml`. Extractors never raise on odd text (STYLE.md, 5).
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from datetime import date

from tracker.records import ActionItem, Evidence, Extraction, TradeTarget

# Bump when rules or code change what is extracted: `tracker ingest` then
# replaces the machine-made facts of documents ingested with an older version.
EXTRACTOR_VERSION = "0.14.0"

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
    passages: Sequence[tuple[int, int, str]] = (),
) -> Extraction:
    """Extract the four kinds of facts from one document's cleaned text.

    `reference` is the date relative dates are read against when the page states no
    publication day (`tracker.ingest.published.find_issue_month`: the last day of the
    month an issue names); the extraction's `published` stays None then.

    `passages` are (start, end, language) of quotes in another language than the
    article's (`tracker.ingest.language.foreign_passages`): each is read alone with its
    own language's rules for action items and trade targets, and what it states is added
    unless the article's own rules found it already.
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
    items = extract_action_items(cleaned_text, lang, anchor)
    targets = extract_trade_targets(cleaned_text, lang, anchor)
    if passages:
        items, targets = _with_passages(cleaned_text, lang, anchor, passages, items, targets)
    return Extraction(
        document=name,
        language=language,
        published=published,
        extractor_version=EXTRACTOR_VERSION,
        visits=tuple(extract_visits(cleaned_text, lang, anchor)),
        action_items=tuple(items),
        trade_targets=tuple(targets),
        deportation_figures=tuple(extract_deportations(cleaned_text, lang, anchor)),
    )


def _with_passages(
    text: str,
    lang: str,
    anchor: date | None,
    passages: Sequence[tuple[int, int, str]],
    items: list[ActionItem],
    targets: list[TradeTarget],
) -> tuple[list[ActionItem], list[TradeTarget]]:
    """The facts of the article's own language, with those of its foreign quotes added.

    A quote is read alone (the rest of the text blanked, offsets kept); a goal it states
    without naming both sides is the article's ("Nous voulons porter nos échanges à ..."),
    whose countries the article's own language names.
    """
    from tracker.extract.action_items import extract_action_items
    from tracker.extract.engine import document_countries
    from tracker.extract.trade_targets import extract_trade_targets

    context = tuple(document_countries(text, lang)[:2])
    items, targets = list(items), list(targets)
    for start, end, other in passages:
        alone = "".join((" " * start, text[start:end], " " * (len(text) - end)))
        for item in extract_action_items(alone, other, anchor):
            if not any(_overlaps(item.evidence, i.evidence) for i in items):
                items.append(item)
        for target in extract_trade_targets(alone, other, anchor, context=context):
            if not any(
                t.amount == target.amount and t.countries == target.countries for t in targets
            ):
                targets.append(target)
    items.sort(key=lambda i: i.evidence.start)
    targets.sort(key=lambda t: t.evidence.start)
    return items, targets


def _overlaps(a: Evidence, b: Evidence) -> bool:
    return a.start < b.end and b.start < a.end
