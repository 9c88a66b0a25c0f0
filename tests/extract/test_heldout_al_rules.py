"""Rules from held-out set AL: water, energy and infrastructure diplomacy (power lines,
pipelines, railways and canals; roadmaps with deadlines; goals in units other than money)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.visits import extract_visits

PUBLISHED = date(2026, 10, 14)


# --- the end of a line or route is no destination --------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "end"),
    [
        pytest.param(
            "Kabul, 12 October 2026. Uzbek Deputy Minister Farrukh Karimov joined the talks on the"
            " power line from Surkhan via Puli-Khumri to Herat.",
            "en",
            "Herat",
            id="en-line-from-via-to",
        ),
        pytest.param(
            "Kabul, 12. Oktober 2026. An den Beratungen über die Stromleitung von Surchan über"
            " Puli-Chumri nach Herat nahm auch der usbekische Vizeminister Farruch Karimow teil.",
            "de",
            "Herat",
            id="de-leitung-von-ueber-nach",
        ),
        pytest.param(
            "Kaboul, 12 octobre 2026. Le vice-ministre ouzbek Farroukh Karimov a participé aux"
            " discussions sur la ligne électrique reliant Sourkhan à Hérat via Poul-e Khoumri.",
            "fr",
            "Herat",
            id="fr-ligne-reliant-a",
        ),
    ],
)
def test_a_route_end_is_no_destination(text: str, lang: str, end: str) -> None:
    visits = extract_visits(text, lang, PUBLISHED)
    assert all(v.location != end for v in visits)


@pytest.mark.parametrize(
    ("text", "lang", "location"),
    [
        pytest.param(
            "The Uzbek energy minister travelled from Tashkent to Herat on Monday for talks"
            " with Afghan officials.",
            "en",
            "Herat",
            id="en-trip-from-to",
        ),
        pytest.param(
            "Der usbekische Energieminister reiste am Montag von Taschkent nach Herat zu"
            " Gesprächen mit afghanischen Vertretern.",
            "de",
            "Herat",
            id="de-reise-von-nach",
        ),
        pytest.param(
            "Le ministre ouzbek de l'Énergie s'est rendu lundi de Tachkent à Hérat pour des"
            " entretiens avec des responsables afghans.",
            "fr",
            "Herat",
            id="fr-voyage-de-a",
        ),
    ],
)
def test_a_trip_from_one_city_to_another_keeps_its_destination(
    text: str, lang: str, location: str
) -> None:
    visits = extract_visits(text, lang, PUBLISHED)
    assert [(v.visitor_country, v.host_country) for v in visits] == [("UZB", "AFG")]
    if lang != "en":
        assert visits[0].location == location


# --- a next stop ("travel on to") is the last named visitor's -------------------------
# (German already reads "reist ... weiter" so)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "ASTANA, Oct. 14, 2026 - Azerbaijan's Energy Minister Parviz Shahbazov held talks in"
            " Astana on Tuesday with Kazakhstan's Energy Minister Yerlan Akkenzhenov.\n\n"
            "Shahbazov praised the grid link.\n\n"
            "The minister will fly on to Tashkent on Thursday for talks on power exports.",
            "en",
            id="en-fly-on-to",
        ),
        pytest.param(
            "АСТАНА, 14 октября 2026. Министр энергетики Азербайджана Парвиз Шахбазов во"
            " вторник провел в Астане переговоры с министром энергетики Казахстана Ерланом"
            " Аккенженовым.\n\n"
            "Затем министр отправится в Ташкент, где в четверг обсудит экспорт"
            " электроэнергии.",
            "ru",
            id="ru-zatem-otpravitsya",
        ),
        pytest.param(
            "Astana, 14 octobre 2026 (AFP). Le ministre azerbaïdjanais de l'Énergie Parviz"
            " Chahbazov a rencontré mardi à Astana son homologue kazakh Yerlan Akkenjenov.\n\n"
            "Le ministre doit ensuite se rendre jeudi à Tachkent pour évoquer les exportations"
            " d'électricité.",
            "fr",
            id="fr-doit-ensuite",
        ),
    ],
)
def test_a_next_stop_is_the_last_named_visitors(text: str, lang: str) -> None:
    visits = extract_visits(text, lang, PUBLISHED)
    onward = [v for v in visits if v.host_country == "UZB"]
    assert [v.visitor_country for v in onward] == ["AZE"]
    assert onward[0].visitor is not None and onward[0].visitor.startswith("Parviz")


def test_a_named_host_travelling_keeps_his_own_country() -> None:
    text = (
        "ASTANA, Oct. 14, 2026 - Azerbaijan's Energy Minister Parviz Shahbazov held talks in"
        " Astana on Tuesday with Kazakhstan's Energy Minister Yerlan Akkenzhenov.\n\n"
        "Kazakhstan's Energy Minister Yerlan Akkenzhenov is due to travel on to Tashkent on"
        " Thursday."
    )
    onward = [v for v in extract_visits(text, "en", PUBLISHED) if v.host_country == "UZB"]
    assert [v.visitor_country for v in onward] == ["KAZ"]
