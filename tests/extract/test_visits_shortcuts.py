"""Visits: the speed shortcuts (issue 4) give what the plain per-sentence work gives.

A sentence's cities are taken from one scan of the article, and a paragraph's
topics are searched within the article's text; both must equal a scan of the
sentence or paragraph copy, on the corpus and on texts whose sentence edges
are awkward (glued stops, line breaks, a city name split by a stop).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tracker.extract.engine import find_places, split_segments
from tracker.extract.visits import _compile, _paragraph_topics, _sentence_places, _topics
from tracker.ingest.clean import clean_text

CORPUS_DOCS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus" / "docs"

# (id, lang, text)
EDGES = [
    ("en-glued", "en", "The delegation arrived in Kabul.Then it went to Tashkent.Herat next."),
    ("en-split-name", "en", "They met in New. York hosted talks. Talks in New York on trade."),
    ("en-lines", "en", "Visit to Kabul\nTashkent hosts the forum\n\nAlmaty, Astana and Herat"),
    ("de-glued", "de", "Die Delegation reiste nach Kabul.Danach besuchte sie Taschkent."),
    ("ru-lines", "ru", "Делегация прибыла в Кабул.\nВстреча прошла в Ташкенте по торговле."),
    ("fr-capital", "fr", "La délégation s'est rendue à Kaboul. Puis à Tachkent pour le commerce."),
]


def _corpus() -> list[tuple[str, str, str]]:
    cases = []
    for path in sorted(CORPUS_DOCS.iterdir()):
        lang = path.name[:2]
        if lang not in ("en", "de", "fr", "ru"):
            continue
        cases.append((path.stem, lang, clean_text(path.read_text(encoding="utf-8"))))
    return cases


CASES = EDGES + _corpus()


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_sentence_places_equal_a_scan_of_the_sentence(lang: str, text: str) -> None:
    for seg in split_segments(text):
        alone = [
            replace(p, start=p.start + seg.start, end=p.end + seg.start)
            for p in find_places(seg.text, lang)
        ]
        assert _sentence_places(seg, text, lang) == alone, seg.text


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_paragraph_topics_equal_a_search_of_the_line(lang: str, text: str) -> None:
    rules = _compile(lang)
    for seg in split_segments(text):
        start = text.rfind("\n", 0, seg.start) + 1
        end = text.find("\n", seg.start)
        line = text[start : end if end >= 0 else len(text)]
        assert _paragraph_topics(text, seg.start, lang) == _topics(line, rules), line
