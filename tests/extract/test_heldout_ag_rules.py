"""Rules found by held-out set AG (one event told by four outlets in en, de, ru, fr)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.action_items import extract_action_items
from tracker.ingest.clean import clean_text
from tracker.ingest.published import find_published

PUBLISHED = date(2026, 11, 25)
TODAY = date(2026, 11, 29)


# --- action items (fr): « se sont entendus pour ... » is an agreement -------------------


@pytest.mark.parametrize(
    ("text", "title", "due"),
    [
        pytest.param(
            "Paris et Bichkek se sont entendus pour créer d'ici mars 2027 un bureau commun à Och.",
            "créer un bureau commun à Och",
            "2027-03",
            id="plural",
        ),
        pytest.param(
            "La ministre s'est entendue avec son homologue pour lancer une ligne aérienne "
            "avant la fin de 2027.",
            "lancer une ligne aérienne",
            "2027-12",
            id="with-counterpart",
        ),
    ],
)
def test_entendus_pour_is_an_agreed_measure(text: str, title: str, due: str) -> None:
    items = extract_action_items(text, "fr", PUBLISHED)
    assert [(i.title.lower(), i.due.label(), i.status) for i in items] == [
        (title.lower(), due, "agreed")
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("On s'est mal entendu sur la date de la réunion.", id="misheard"),
        pytest.param("Ils se sont entendus sur le principe d'une coopération.", id="no-pour"),
    ],
)
def test_entendus_without_a_measure_gives_none(text: str) -> None:
    assert extract_action_items(text, "fr", PUBLISHED) == []


# --- action items (de): "Das beschlossen die Minister ..." names no new measure ---------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Das beschlossen die Außenminister beider Länder am Montag in Berlin.", id="das"
        ),
        pytest.param("Dies vereinbarten die Delegationen bei ihrer dritten Sitzung.", id="dies"),
    ],
)
def test_pronoun_before_the_verb_is_the_measure_already_told(text: str) -> None:
    assert extract_action_items(text, "de", PUBLISHED) == []


def test_agreed_on_still_names_the_object() -> None:
    text = "Die Minister beschlossen die Einrichtung einer gemeinsamen Arbeitsgruppe."
    items = extract_action_items(text, "de", PUBLISHED)
    assert [i.title.lower() for i in items] == ["einrichtung einer gemeinsamen arbeitsgruppe"]


# --- action items (de): a document to be signed by a deadline, named before the verb ---


@pytest.mark.parametrize(
    ("text", "title", "due"),
    [
        pytest.param(
            "Ein Abkommen über den Luftverkehr soll bis Ende Mai 2027 unterzeichnet werden.",
            "abkommen über den luftverkehr unterzeichnen",
            "2027-05",
            id="abkommen",
        ),
        pytest.param(
            "Das Memorandum zur Wasserwirtschaft wird spätestens im Juni 2027 unterzeichnet werden.",
            "memorandum zur wasserwirtschaft unterzeichnen",
            "2027-06",
            id="memorandum",
        ),
    ],
)
def test_document_to_be_signed_by_a_deadline(text: str, title: str, due: str) -> None:
    items = extract_action_items(text, "de", PUBLISHED)
    assert [(i.title.lower(), i.due.label()) for i in items] == [(title, due)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ein Abkommen wurde bereits 2019 unterzeichnet.", id="past"),
        pytest.param("Die Reise soll bis Ende Mai dauern.", id="no-document"),
    ],
)
def test_document_signed_negatives(text: str) -> None:
    assert extract_action_items(text, "de", PUBLISHED) == []


# --- action items (de): "Laut dem Protokoll wird X bis ... <tun>" ----------------------


@pytest.mark.parametrize(
    ("text", "title", "who", "due"),
    [
        pytest.param(
            "Laut dem Protokoll wird Usbekistan bis zum 1. März 2027 ein Lager in Termes bauen.",
            "lager in termes bauen",
            "Usbekistan",
            "2027-03-01",
            id="laut-protokoll",
        ),
        pytest.param(
            "Gemäß der Vereinbarung soll das Verkehrsministerium bis Ende Juni 2027 die Straße "
            "nach Hairatan ausbessern.",
            "straße nach hairatan ausbessern",
            "Verkehrsministerium",
            "2027-06",
            id="gemaess-vereinbarung",
        ),
    ],
)
def test_what_a_document_says_a_side_will_do_by_a_deadline(
    text: str, title: str, who: str, due: str
) -> None:
    items = extract_action_items(text, "de", PUBLISHED)
    assert [(i.title.lower(), i.responsible, i.due.label()) for i in items] == [(title, who, due)]


def test_a_speaker_is_no_document() -> None:
    text = "Laut dem Minister wird Usbekistan bis zum 1. März 2027 ein Lager in Termes bauen."
    assert extract_action_items(text, "de", PUBLISHED) == []


# --- publication dates: underscore emphasis and a place ended by a full stop ----------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "# Titre\n\n_Bichkek, le 3 novembre 2026 — Le Journal_\n\nLe ministre a parlé.",
            "fr",
            date(2026, 11, 3),
            id="fr-underscore-emphasis",
        ),
        pytest.param(
            "_Kabul, 4 November 2026 — Frontier Post_\n\nThe minister spoke.",
            "en",
            date(2026, 11, 4),
            id="en-underscore-emphasis",
        ),
        pytest.param(
            "_Berlin, 5. November 2026 – Der Bote_\n\nDer Minister sprach.",
            "de",
            date(2026, 11, 5),
            id="de-underscore-emphasis",
        ),
        pytest.param(
            "Бишкек. 6 ноября 2026 г. «Агентство» — Министр выступил.",
            "ru",
            date(2026, 11, 6),
            id="ru-place-full-stop",
        ),
        pytest.param(
            "Бишкек. 6 ноября. «Агентство» — Министр выступил в 2026 году.",
            "ru",
            date(2026, 11, 6),
            id="ru-place-full-stop-no-year",
        ),
    ],
)
def test_dateline_forms(text: str, lang: str, expected: date) -> None:
    cleaned = clean_text(text)
    assert find_published(text, cleaned, lang, today=TODAY) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("Визит президента. 6 ноября ожидается заседание.", "ru", id="ru-sentence"),
        pytest.param("_Nur eine Notiz_\n\nAm 5. November 2026 sprach er.", "de", id="de-note"),
    ],
)
def test_dateline_forms_negatives(text: str, lang: str) -> None:
    assert find_published(text, clean_text(text), lang, today=TODAY) is None
