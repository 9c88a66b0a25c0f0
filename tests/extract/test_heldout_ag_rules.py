"""Rules found by held-out set AG (one event told by four outlets in en, de, ru, fr)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.action_items import extract_action_items

PUBLISHED = date(2026, 11, 25)


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
