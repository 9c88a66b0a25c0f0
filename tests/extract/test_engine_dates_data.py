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
    ],
)
def test_date_phrase(lang: str, text: str, label: str) -> None:
    assert [d.period.label() for d in find_dates(text, lang, PUBLISHED)] == [label]
