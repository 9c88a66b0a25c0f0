"""Rules from held-out set AL: water, energy and infrastructure diplomacy (power lines,
pipelines, railways and canals; roadmaps with deadlines; goals in units other than money)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.action_items import extract_action_items
from tracker.extract.visits import extract_visits

PUBLISHED = date(2026, 10, 14)


# --- "the Uzbek side is to ... by ...": a side named as the subject is who acts ----------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        pytest.param(
            "The Kyrgyz side is to finish the substation at Datka by the end of 2027.",
            "Kyrgyz side",
            id="en-is-to",
        ),
        pytest.param(
            "Under a protocol signed in Astana, the Kazakh side will secure the land for the"
            " depot by March 2027.",
            "Kazakh side",
            id="en-under-protocol-will",
        ),
    ],
)
def test_a_side_named_as_subject_is_responsible(text: str, who: str) -> None:
    items = extract_action_items(text, "en", PUBLISHED)
    assert [i.responsible for i in items] == [who]
    assert items[0].due.known


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Kyrgyz side will attend the talks in Osh.", id="en-attend"),
        pytest.param("The Kyrgyz side welcomed the plan for the substation.", id="en-welcomed"),
    ],
)
def test_a_side_without_a_dated_measure_gives_none(text: str) -> None:
    assert extract_action_items(text, "en", PUBLISHED) == []


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


# --- "the agreement, which the sides agreed to sign": the verb's object is named before --


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        pytest.param(
            "The ministers discussed the grid code, which both governments agreed to adopt by"
            " the end of March.",
            "en",
            ("adopt", "grid code"),
            id="en-which-agreed-to",
        ),
        pytest.param(
            "Les ministres ont discuté du code de réseau, que les deux gouvernements se sont"
            " engagés à adopter d'ici fin mars.",
            "fr",
            ("adopter", "code de réseau"),
            id="fr-que-se-sont-engages",
        ),
        pytest.param(
            "Министры обсудили сетевой кодекс, который правительства договорились утвердить до"
            " конца марта.",
            "ru",
            ("утвердить", "сетевой кодекс"),
            id="ru-kotoryy-dogovorilis",
        ),
    ],
)
def test_an_object_relative_names_the_thing_to_act_on(
    text: str, lang: str, words: tuple[str, ...]
) -> None:
    items = extract_action_items(text, lang, PUBLISHED)
    assert len(items) == 1
    assert all(w in items[0].title.lower() for w in words)
    assert items[0].due.known


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("They praised the council, which decided to act.", "en", id="en-subject"),
        pytest.param("Ils ont salué le conseil, qui a décidé d'agir.", "fr", id="fr-subject"),
    ],
)
def test_a_subject_relative_takes_no_object(text: str, lang: str) -> None:
    assert extract_action_items(text, lang, PUBLISHED) == []


# --- "The commissioning of the line is scheduled for the end of 2027" -----------------


@pytest.mark.parametrize(
    ("text", "title", "due"),
    [
        pytest.param(
            "Completion of the Kazakh section is scheduled for the end of 2028.",
            "Completion of the Kazakh section",
            "2028-12",
            id="en-scheduled-end-of-year",
        ),
        pytest.param(
            "The start of test runs on the new track is planned for April 2027.",
            "Start of test runs on the new track",
            "2027-04",
            id="en-planned-month",
        ),
        pytest.param(
            "Filling of the reservoir is slated for 2029.",
            "Filling of the reservoir",
            "2029",
            id="en-slated-year",
        ),
    ],
)
def test_a_work_scheduled_for_a_date_is_a_measure(text: str, title: str, due: str) -> None:
    items = extract_action_items(text, "en", PUBLISHED)
    assert [(i.title, i.due.label()) for i in items] == [(title, due)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A visit by the Kyrgyz minister is scheduled for March.", id="en-visit"),
        pytest.param("The next round of talks is planned for December.", id="en-round"),
        pytest.param("The launch is scheduled for 2027.", id="en-one-word"),
        pytest.param("The hearing is scheduled for Tuesday.", id="en-weekday"),
    ],
)
def test_a_visit_a_meeting_or_a_bare_noun_scheduled_is_no_measure(text: str) -> None:
    assert extract_action_items(text, "en", PUBLISHED) == []


# --- "на конец 2027 года": the accusative "конец" ends the year too -----------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        pytest.param(
            "Пуск второго агрегата станции запланирован на конец 2027 года.",
            "2027-12",
            id="ru-na-konets-goda-year",
        ),
        pytest.param(
            "Завершение работ на подстанции намечено на конец года.",
            "2026-12",
            id="ru-na-konets-goda",
        ),
    ],
)
def test_russian_na_konets_is_the_years_last_month(text: str, due: str) -> None:
    items = extract_action_items(text, "ru", PUBLISHED)
    assert [i.due.label() for i in items] == [due]


# --- a site visited in a country is a visit to that country ---------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "Eine kasachische Delegation unter Leitung von Vizeminister Kairat Ospanow"
            " besichtigte am Montag das Umspannwerk der neuen Leitung in Kirgistan.",
            "de",
            id="de-besichtigte-in",
        ),
        pytest.param(
            "Казахстанская делегация во главе с вице-министром Кайратом Оспановым в понедельник"
            " посетила подстанцию новой линии электропередачи в Кыргызстане.",
            "ru",
            id="ru-posetila-v",
        ),
        pytest.param(
            "Une délégation kazakhe conduite par le vice-ministre Kaïrat Ospanov a visité lundi"
            " le poste électrique de la nouvelle ligne, au Kirghizistan.",
            "fr",
            id="fr-visite-au",
        ),
    ],
)
def test_a_site_visited_in_a_country_is_a_visit_to_it(text: str, lang: str) -> None:
    visits = extract_visits(text, lang, PUBLISHED)
    assert [(v.visitor_country, v.host_country) for v in visits] == [("KAZ", "KGZ")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "Казахстанская делегация посетила подстанцию. В Кыргызстане обсуждают тарифы.",
            "ru",
            id="ru-next-sentence",
        ),
        pytest.param(
            "Une délégation kazakhe a visité le poste électrique, les turbines, puis les"
            " bureaux de la compagnie au Kirghizistan.",
            "fr",
            id="fr-list-with-commas",
        ),
    ],
)
def test_a_country_outside_the_visit_verbs_clause_is_no_site(text: str, lang: str) -> None:
    assert all(v.host_country != "KGZ" for v in extract_visits(text, lang, PUBLISHED))


def test_a_visit_named_by_its_noun_has_no_site() -> None:
    text = "The Uzbek visit represents a crucial turning point in Kyrgyzstan's water policy."
    assert all(v.host_country != "KGZ" for v in extract_visits(text, "en", PUBLISHED))


# --- water ministers: their title is a role, not a name ----------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        pytest.param(
            "Der tadschikische Wasserminister Firus Rahimow besuchte am Montag Taschkent.",
            "de",
            "Firus Rahimow",
            id="de-wasserminister",
        ),
        pytest.param(
            "Министр мелиорации и водного хозяйства Таджикистана Фируз Рахимов в понедельник"
            " посетил Ташкент.",
            "ru",
            "Firuz Rakhimov",
            id="ru-vodnogo-khozyaystva",
        ),
        pytest.param(
            "Le ministre tadjik des Ressources en eau Firouz Rakhimov a visité lundi Tachkent.",
            "fr",
            "Firouz Rakhimov",
            id="fr-ressources-en-eau",
        ),
    ],
)
def test_a_water_minister_is_named_after_his_title(text: str, lang: str, name: str) -> None:
    visits = extract_visits(text, lang, PUBLISHED)
    assert [(v.visitor, v.visitor_role) for v in visits] == [(name, "Minister of Water Resources")]


# --- a work named only by its kind: "The line is to be commissioned by 2027" ----------------


@pytest.mark.parametrize(
    ("text", "lang", "word", "due"),
    [
        pytest.param(
            "The pipeline is to be completed by the end of 2028.",
            "en",
            "pipeline",
            "2028-12",
            id="en-pipeline-to-be-completed",
        ),
        pytest.param(
            "Подстанция должна быть построена до конца 2027 года.",
            "ru",
            "подстанция",
            "2027-12",
            id="ru-podstantsiya-dolzhna-byt",
        ),
        pytest.param(
            "Le barrage doit être achevé d'ici fin 2029.",
            "fr",
            "barrage",
            "2029-12",
            id="fr-barrage-doit-etre",
        ),
    ],
)
def test_a_work_named_by_its_kind_is_a_measure(text: str, lang: str, word: str, due: str) -> None:
    items = extract_action_items(text, lang, PUBLISHED)
    assert len(items) == 1
    assert word in items[0].title.lower()
    assert items[0].due.label() == due


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("It is to be completed by the end of 2028.", "en", id="en-pronoun"),
        pytest.param("Она должна быть построена до конца 2027 года.", "ru", id="ru-pronoun"),
    ],
)
def test_a_pronoun_subject_is_no_work(text: str, lang: str) -> None:
    assert extract_action_items(text, lang, PUBLISHED) == []
