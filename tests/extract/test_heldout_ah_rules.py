"""Rules from held-out set AH: Central and South Asia with partners beyond the usual
neighbours (the Gulf, EU members, East and Southeast Asia, Mongolia)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.action_items import extract_action_items
from tracker.extract.engine import find_countries
from tracker.ingest.published import find_published

PUBLISHED = date(2026, 11, 20)


# --- countries beyond the neighbours: demonyms, adjectives and capitals -----------------


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        pytest.param("The Malaysian minister spoke.", "en", "MYS", id="en-malaysian"),
        pytest.param("Der indonesische Präsident reiste ab.", "de", "IDN", id="de-indonesisch"),
        pytest.param("Die mongolischen Gäste kamen an.", "de", "MNG", id="de-mongolisch"),
        pytest.param("Er flog nach Ulan-Bator weiter.", "de", "MNG", id="de-ulan-bator"),
        pytest.param("Der malaysische Minister sprach.", "de", "MYS", id="de-malaysisch"),
        pytest.param("Die omanische Seite stimmte zu.", "de", "OMN", id="de-omanisch"),
        pytest.param("Die kuwaitischen Behörden teilten mit.", "de", "KWT", id="de-kuwaitisch"),
        pytest.param("Прибыл индонезийский президент.", "ru", "IDN", id="ru-indoneziyskiy"),
        pytest.param("Делегация прибыла в Улан-Батор.", "ru", "MNG", id="ru-ulan-bator"),
        pytest.param("Встреча с монгольской делегацией.", "ru", "MNG", id="ru-mongolskiy"),
        pytest.param("Переговоры с малайзийской стороной.", "ru", "MYS", id="ru-malayziyskiy"),
        pytest.param("Оманская сторона согласилась.", "ru", "OMN", id="ru-omanskiy"),
        pytest.param("Кувейтские власти сообщили.", "ru", "KWT", id="ru-kuveytskiy"),
        pytest.param("Le président indonésien est arrivé.", "fr", "IDN", id="fr-indonesien"),
        pytest.param("Il s'est rendu à Oulan-Bator.", "fr", "MNG", id="fr-oulan-bator"),
        pytest.param("La délégation mongole est arrivée.", "fr", "MNG", id="fr-mongole"),
        pytest.param("Le ministre malaisien a parlé.", "fr", "MYS", id="fr-malaisien"),
        pytest.param("La partie omanaise a accepté.", "fr", "OMN", id="fr-omanais"),
        pytest.param("Les autorités koweïtiennes ont indiqué.", "fr", "KWT", id="fr-koweitien"),
    ],
)
def test_partner_country_adjectives_and_capitals(text: str, lang: str, code: str) -> None:
    assert [c.code for c in find_countries(text, lang)] == [code]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("Le ministre indien est arrivé.", "fr", id="fr-indien"),
        pytest.param("Der indische Minister reiste ab.", "de", id="de-indisch"),
        pytest.param("Прибыл индийский министр.", "ru", id="ru-indiyskiy"),
    ],
)
def test_indian_is_not_indonesian(text: str, lang: str) -> None:
    assert [c.code for c in find_countries(text, lang)] == ["IND"]


# --- a dateline in Markdown bold that closes after its full stop ----------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("**Wien, 24. November 2026.** Das Ministerium teilte mit.", "de", id="de"),
        pytest.param("**Kabul, 24 November 2026.** The ministry said.", "en", id="en"),
        pytest.param("**Москва, 24 ноября 2026 г.** Министерство сообщило.", "ru", id="ru"),
        pytest.param("**Paris, 24 novembre 2026.** Le ministère a indiqué.", "fr", id="fr"),
    ],
)
def test_bold_dateline_closing_after_its_full_stop(text: str, lang: str) -> None:
    assert find_published(text, text, lang, today=date(2026, 11, 29)) == date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("Das geschah **am 24. November 2026.** Mehr nicht.", "de", id="de-mid"),
        pytest.param("It happened **on 24 November 2026.** No more.", "en", id="en-mid"),
    ],
)
def test_bold_date_inside_a_sentence_is_no_dateline(text: str, lang: str) -> None:
    assert find_published(text, text, lang, today=date(2026, 11, 29)) is None


# --- "new steps" / "nouvelles mesures" is no measure -----------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("Китай и Киргизия договорились о новых шагах", "ru", id="ru-new-steps"),
        pytest.param(
            "Стороны договорились о дальнейших шагах по сотрудничеству.", "ru", id="ru-further"
        ),
        pytest.param("Le Japon et l'Ouzbékistan conviennent de nouvelles mesures", "fr", id="fr"),
        pytest.param("Les deux pays sont convenus de nouvelles étapes.", "fr", id="fr-etapes"),
    ],
)
def test_new_steps_is_no_measure(text: str, lang: str) -> None:
    assert extract_action_items(text, lang, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        pytest.param(
            "Стороны договорились до конца 2027 года открыть второй пункт пропуска.",
            "ru",
            "пункт",
            id="ru",
        ),
        pytest.param(
            "Les deux pays sont convenus d'ouvrir un centre à Samarcande d'ici juin 2027.",
            "fr",
            "centre",
            id="fr",
        ),
    ],
)
def test_a_named_measure_stays(text: str, lang: str, word: str) -> None:
    titles = [a.title for a in extract_action_items(text, lang, PUBLISHED)]
    assert len(titles) == 1 and word in titles[0]
