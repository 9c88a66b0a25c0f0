"""Date phrases added as rule data (common/<lang>.yaml), read by the engine's date finder."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.engine import find_dates

PUBLISHED = date(2026, 5, 6)


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        pytest.param("ru", "визит запланирован на осень", "2026-H2", id="ru-na-osen"),
        pytest.param("de", "heuer wurden mehr abgeschoben", "2026", id="de-heuer"),
        pytest.param("en", "landed in Kabul this morning", "2026-05-06", id="en-this-morning"),
        pytest.param("fr", "est arrivé ce matin à Kaboul", "2026-05-06", id="fr-ce-matin"),
        pytest.param("en", "opened before September", "2025-09", id="en-before-month"),
        pytest.param("en", "the ban runs through March", "2026-03", id="en-through-month"),
        pytest.param("en", "a fair after October", "2025-10", id="en-after-month"),
        pytest.param("en", "due in the second half of April", "2026-04", id="en-half-of-month"),
        pytest.param("en", "in the first week of March", "2026-03", id="en-week-of-month"),
        pytest.param("en", "in the second half", "2025-H2", id="en-bare-half-is-the-year-s"),
        pytest.param("ru", "во второй половине апреля", "2026-04", id="ru-half-of-month"),
        pytest.param("ru", "в первой половине года", "2026-H1", id="ru-half-of-year"),
        pytest.param("de", "in der ersten Aprilhälfte", "2026-04", id="de-aprilhaelfte"),
        pytest.param("en", "to be set up within a month", "2026-06", id="en-within-a-month"),
        pytest.param("de", "innerhalb eines Monats", "2026-06", id="de-innerhalb-eines-monats"),
        pytest.param("fr", "d'ici un mois", "2026-06", id="fr-d-ici-un-mois"),
        pytest.param("ru", "в течение месяца", "2026-06", id="ru-v-techenie-mesyatsa"),
        pytest.param("de", "bis zur zweiten Märzhälfte", "2026-03", id="de-maerzhaelfte"),
        pytest.param(
            "en", "will fly there in the second week of April", "2026-04", id="en-second-week"
        ),
        pytest.param("fr", "dans la deuxième quinzaine de mars", "2026-03", id="fr-quinzaine"),
        pytest.param("fr", "pendant la première semaine de mars", "2026-03", id="fr-semaine-de"),
        pytest.param("ru", "в первой декаде апреля", "2026-04", id="ru-dekada"),
        pytest.param("ru", "на последней неделе марта", "2026-03", id="ru-nedelya-mesyatsa"),
        pytest.param("de", "in der zweiten Aprilwoche", "2026-04", id="de-aprilwoche"),
    ],
)
def test_date_phrase(lang: str, text: str, label: str) -> None:
    assert [d.period.label() for d in find_dates(text, lang, PUBLISHED)] == [label]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "in the second week of the talks", id="en-week-of-talks"),
        pytest.param(
            "fr", "dans la deuxième quinzaine de négociations", id="fr-quinzaine-sans-mois"
        ),
        pytest.param("ru", "во второй декаде переговоров", id="ru-dekada-bez-mesyatsa"),
        pytest.param("de", "in der zweiten Verhandlungswoche", id="de-woche-ohne-monat"),
    ],
)
def test_a_part_of_something_other_than_a_month_is_no_date(lang: str, text: str) -> None:
    assert find_dates(text, lang, PUBLISHED) == []


@pytest.mark.parametrize(
    ("lang", "text", "label", "quote"),
    [
        pytest.param("en", "talks on 4–6 March 2026", "2026-03-04", "4–6 March 2026", id="en-dash"),
        pytest.param("en", "from 4 to 6 March", "2026-03-04", "4 to 6 March", id="en-to"),
        pytest.param("de", "vom 4. bis 6. März 2026", "2026-03-04", "4. bis 6. März 2026", id="de"),
        pytest.param("fr", "du 4 au 6 mars 2026", "2026-03-04", "4 au 6 mars 2026", id="fr"),
        pytest.param("ru", "4-6 марта 2026 года", "2026-03-04", "4-6 марта 2026 года", id="ru"),
    ],
)
def test_a_span_of_days_is_dated_by_its_first_day(
    lang: str, text: str, label: str, quote: str
) -> None:
    found = find_dates(text, lang, PUBLISHED)
    assert [(d.period.label(), text[d.start : d.end]) for d in found] == [(label, quote)]


# "within half a year" and its kin: the month six months after publication, as "within
# six months" is read.
@pytest.mark.parametrize(
    ("lang", "text", "phrase"),
    [
        pytest.param(
            "en", "The road is to open within half a year.", "within half a year", id="en"
        ),
        pytest.param(
            "de",
            "Die Straße soll innerhalb eines halben Jahres öffnen.",
            "innerhalb eines halben Jahres",
            id="de",
        ),
        pytest.param(
            "ru", "Дорогу откроют в течение полугода.", "в течение полугода", id="ru-v-techenie"
        ),
        pytest.param("ru", "Дорогу откроют через полгода.", "через полгода", id="ru-cherez"),
        pytest.param("fr", "La route ouvrira d'ici un semestre.", "d'ici un semestre", id="fr"),
    ],
)
def test_half_a_year_ahead_is_six_months_on(lang: str, text: str, phrase: str) -> None:
    got = [(text[d.start : d.end], d.period.label()) for d in find_dates(text, lang, PUBLISHED)]
    assert got == [(phrase, "2026-11")]


def test_a_past_half_year_is_not_ahead() -> None:
    text = "Trade grew in the first half of the year."
    assert all(d.period.label() != "2026-11" for d in find_dates(text, "en", PUBLISHED))
