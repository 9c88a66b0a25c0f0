"""Rules from held-out set AE: the text forms of scraped pages (typography, local
number and date forms, abbreviations with dots, transliterations, entities)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.deportations import extract_deportations
from tracker.extract.engine import find_dates

PUBLISHED = date(2026, 11, 26)


def _dates(text: str, lang: str) -> list[tuple[str | None, str]]:
    return [(m.period.label(), text[m.start : m.end]) for m in find_dates(text, lang, PUBLISHED)]


# --- dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param("The plan began on 1 Sept. and goes on.", "en", "2026-09-01", id="en-sept"),
        pytest.param(
            "It ran in the week of Nov. 16–22, officials said.", "en", "2026-11-16", id="en-md-span"
        ),
        pytest.param(
            "It ran on Nov. 16–22, 2026 at the border.", "en", "2026-11-16", id="en-mdy-span"
        ),
        pytest.param(
            "Die Prüfung endet bis zum 1. 3. 2027 im Ministerium.",
            "de",
            "2027-03-01",
            id="de-spaced-numeric",
        ),
        pytest.param(
            "Die Prüfung endet bis zum 1.\u00a03.\u00a02027 im Ministerium.",
            "de",
            "2027-03-01",
            id="de-nbsp-numeric",
        ),
        pytest.param(
            "Le bilan couvre la période entre le 16 et le 22 novembre dernier.",
            "fr",
            "2026-11-16",
            id="fr-entre-et-le",
        ),
        pytest.param(
            "Depuis le 1ᵉʳ décembre, la frontière est fermée.",
            "fr",
            "2026-12-01",
            id="fr-superscript-ordinal",
        ),
        pytest.param(
            "Склад откроют до конца I кв. 2027 г. в Термезе.", "ru", "2027-Q1", id="ru-kv-roman"
        ),
        pytest.param(
            "Склад откроют в III кв. 2027 г. в Термезе.", "ru", "2027-Q3", id="ru-kv-third"
        ),
    ],
)
def test_date_forms_of_scraped_pages(text: str, lang: str, expected: str) -> None:
    assert expected in [label for label, _ in _dates(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "unexpected"),
    [
        # the number after a dash is a count, not a day's span end
        pytest.param("On Nov. 16 - 2,000 people left.", "en", "Nov. 16 - 2"),
        pytest.param("Die Wohnung hat 100 m². 3. Etage, Baujahr 2027.", "de", "2027-03-01"),
        pytest.param("Квартира площадью 100 кв. м сдана в 2027 г.", "ru", "2027-Q1"),
        pytest.param("Le 1er ministre et le 2e adjoint parlent.", "fr", "2026-12-01"),
    ],
)
def test_date_forms_of_scraped_pages_negatives(text: str, lang: str, unexpected: str) -> None:
    found = _dates(text, lang)
    assert unexpected not in [label for label, _ in found]
    assert unexpected not in [surface for _, surface in found]


# --- deportations: the last day of a span is no count -------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        pytest.param(
            "Pakistan deported 3 150 Afghans in the week of Nov. 9–15, officials said.",
            "en",
            3150,
            id="en",
        ),
        pytest.param(
            "L’Iran a expulsé 2 480 Afghans entre le 9 et le 15 novembre, selon l’OIM.",
            "fr",
            2480,
            id="fr",
        ),
    ],
)
def test_last_day_of_a_span_is_no_deportation_count(text: str, lang: str, count: int) -> None:
    figures = extract_deportations(text, lang, PUBLISHED)
    assert [f.count for f in figures] == [count]
    assert figures[0].period.label() == "2026-11"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Depuis le 1ᵉʳ janvier, l’Iran a expulsé 640 000 Afghans, selon l’OIM.",
            id="fr-superscript",
        ),
        pytest.param(
            "Depuis le 1er janvier, l’Iran a expulsé 640 000 Afghans, selon l’OIM.",
            id="fr-plain",
        ),
    ],
)
def test_since_first_january_superscript_is_the_year_so_far(text: str) -> None:
    figures = extract_deportations(text, "fr", PUBLISHED)
    assert [(f.count, f.period.label(), f.cumulative) for f in figures] == [(640000, "2026", True)]
