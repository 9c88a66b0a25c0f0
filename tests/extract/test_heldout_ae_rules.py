"""Rules from held-out set AE: the text forms of scraped pages (typography, local
number and date forms, abbreviations with dots, transliterations, entities)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.action_items import extract_action_items
from tracker.extract.deportations import extract_deportations
from tracker.extract.engine import find_countries, find_dates, find_money, split_segments
from tracker.extract.trade_targets import extract_trade_targets

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


# --- sentences: abbreviations with dots mid-sentence ---------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("The envoy travels to Kabul on Wed. Dec. 2 for talks.", "en", id="en-weekday"),
        pytest.param(
            "Sie antwortete der Abg. Dr. Bünger am Montag schriftlich.", "de", id="de-abg"
        ),
        pytest.param(
            "Стороны условились до 1 февр. 2027 г. подписать протокол.", "ru", id="ru-month"
        ),
        pytest.param("Выдворены ок. 2,3 тыс. человек за месяц.", "ru", id="ru-ok"),
        pytest.param("Le texte est paru le mar. 24/11 en ligne.", "fr", id="fr-weekday"),
    ],
)
def test_abbreviation_dot_ends_no_sentence(text: str, lang: str) -> None:
    assert [text[s.start : s.end] for s in split_segments(text)] == [text]


@pytest.mark.parametrize(
    ("text", "lang", "parts"),
    [
        pytest.param("The talks ended on Friday. Then they left.", "en", 2, id="en-ends"),
        pytest.param("Выдворены 1 200 чел. Еще 300 уехали сами.", "ru", 2, id="ru-chel-unit"),
    ],
)
def test_abbreviation_dot_before_a_capital(text: str, lang: str, parts: int) -> None:
    assert len(split_segments(text)) == parts


# --- action items: an abbreviation's dot inside the deadline -------------------------


@pytest.mark.parametrize(
    ("text", "lang", "due"),
    [
        pytest.param(
            "Министерствам поручено до 1 апр. 2027 г. разработать план строительства склада.",
            "ru",
            "2027-04-01",
            id="ru-porucheno",
        ),
    ],
)
def test_abbreviated_month_in_a_deadline(text: str, lang: str, due: str) -> None:
    items = extract_action_items(text, lang, PUBLISHED)
    assert [i.due.label() for i in items] == [due]


# --- money: a one-letter multiplier before a glued currency sign ---------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "Les échanges atteindront 500 M$ en 2030.", "fr", [(500000000, "USD")], id="fr-usd"
        ),
        pytest.param("Le projet coûte 900 M€ au total.", "fr", [(900000000, "EUR")], id="fr-eur"),
        pytest.param("Trade should reach 500 m$ by 2030.", "en", [(500000000, "USD")], id="en"),
        pytest.param("Le bâtiment M 5 coûte 3 $.", "fr", [(3, "USD")], id="fr-no-multiplier"),
    ],
)
def test_spaced_one_letter_multiplier_before_a_currency_sign(
    text: str, lang: str, expected: list[tuple[int, str]]
) -> None:
    assert [(int(m.amount), m.currency) for m in find_money(text, lang)] == expected


# --- countries: a German office after its definite article ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Bis 2028 soll der Handel mit Turkmenistan auf bis zu 1 Mrd. Euro wachsen, so das"
            " Auswärtige Amt.",
            [["DEU", "TKM"]],
            id="de-das-auswaertige-amt",
        ),
    ],
)
def test_office_after_its_article_names_its_country(text: str, expected: list[list[str]]) -> None:
    targets = extract_trade_targets(text, "de", PUBLISHED)
    assert [sorted(t.countries) for t in targets] == expected


def test_office_after_its_article_is_a_country_mention() -> None:
    text = "Das teilte das Auswärtige Amt am Montag mit."
    assert [c.code for c in find_countries(text, "de")] == ["DEU"]
    assert find_countries("Das teilte das Amt am Montag mit.", "de") == []
