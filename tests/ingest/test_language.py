"""Language detection: the four supported languages, None when the text gives no answer."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.ingest.language import SUPPORTED_LANGUAGES, detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The foreign minister travelled to the capital on Tuesday to talk about border"
            " crossings, customs fees and a plan to double trade within five years.",
            "en",
            id="en",
        ),
        pytest.param(
            "Der Außenminister reiste am Dienstag in die Hauptstadt, um über Grenzübergänge,"
            " Zollgebühren und einen Plan zur Verdoppelung des Handels zu sprechen.",
            "de",
            id="de",
        ),
        pytest.param(
            "Министр иностранных дел во вторник приехал в столицу, чтобы обсудить пограничные"
            " переходы, таможенные сборы и план удвоить товарооборот за пять лет.",
            "ru",
            id="ru",
        ),
        pytest.param(
            "Le ministre des affaires étrangères s'est rendu mardi dans la capitale pour parler"
            " des postes frontières, des droits de douane et d'un plan pour doubler les échanges.",
            "fr",
            id="fr",
        ),
        pytest.param(
            "El ministro de asuntos exteriores viajó el martes a la capital para hablar de los"
            " pasos fronterizos, las tasas aduaneras y un plan para duplicar el comercio.",
            None,
            id="spanish-is-unsupported",
        ),
        pytest.param("", None, id="empty"),
        pytest.param("   \n\n  ", None, id="blank"),
        pytest.param("1234 5678 -- 90/12 | 3,400 | 77 %", None, id="numbers-only"),
        pytest.param("وزير الخارجية وصل إلى العاصمة يوم الثلاثاء", None, id="arabic-script"),
    ],
)
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


def test_menu_lines_do_not_outvote_the_article() -> None:
    menu = "\n".join(["Home", "Welt", "Wirtschaft", "Sport", "Kontakt"] * 5)
    body = (
        "The delegation met customs officials and agreed to open a second border crossing"
        " for lorries before the end of the year."
    )
    assert detect_language(menu + "\n" + body) == "en"


def test_supported_languages() -> None:
    assert SUPPORTED_LANGUAGES == ("en", "de", "ru", "fr")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_detect_language_never_raises(text: str) -> None:
    assert detect_language(text) in (*SUPPORTED_LANGUAGES, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Uzbekistan and Afghanistan agree to build a new border market near Termez\n\n"
            "TASHKENT, 4 May — Ministers of both countries met on Monday for talks on trade "
            "and transit. The German text follows below.\n\n"
            "Deutsche Fassung\n\n"
            "Die Handelsminister Usbekistans und Afghanistans haben sich am Montag in Taschkent "
            "getroffen. Sie vereinbarten, bei Termes einen neuen Grenzmarkt zu bauen.\n\n"
            "Der Markt soll im kommenden Frühjahr öffnen, sagte ein Sprecher des Ministeriums "
            "in Taschkent. Geplant sind Lagerhallen und ein Zollpunkt für Lastwagen.\n\n"
            "Bereits im vergangenen Jahr war der Handel zwischen beiden Ländern deutlich "
            "gewachsen, vor allem bei Mehl, Obst und Baustoffen.\n",
            "de",
            id="english-lead-german-body",
        ),
        pytest.param(
            "Kazakhstan to open a trade house in Kabul next year, minister says\n\n"
            "ASTANA, 2 June — The trade minister announced the plan on Tuesday. Full report "
            "in French below.\n\n"
            "Version française\n\n"
            "Le ministre kazakh du Commerce a annoncé mardi l'ouverture d'une maison de "
            "commerce à Kaboul l'an prochain. Elle accueillera des exportateurs de céréales.\n\n"
            "Selon le ministre, les échanges entre les deux pays ont nettement progressé cette "
            "année, portés par la farine et les produits métallurgiques.\n\n"
            "Une délégation d'entreprises doit se rendre en Afghanistan à l'automne pour "
            "préparer l'ouverture.\n",
            "fr",
            id="english-lead-french-body",
        ),
    ],
)
def test_a_bilingual_page_is_in_its_bodys_language(text: str, expected: str) -> None:
    """An English headline and lead over a German or French body: the page's language is
    its body's, read from the middle of the text on (held-out set J)."""
    assert detect_language(text) == expected
