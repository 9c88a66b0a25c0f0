"""Rules from held-out set AJ: security diplomacy (security-council secretaries, defence and
interior ministers, chiefs of general staff, border commanders, intelligence chiefs)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.action_items import extract_action_items
from tracker.extract.people import find_people
from tracker.extract.visits import extract_visits

PUBLISHED = date(2026, 11, 20)


# --- security titles: border troops, intelligence services, security councils, staffs ----


@pytest.mark.parametrize(
    ("text", "lang", "name", "role", "country"),
    [
        pytest.param(
            "Turkmenistan's border guard chief Batyr Orazov arrived.",
            "en",
            "Batyr Orazov",
            "Border Guard Chief",
            "TKM",
            id="en-border-guard-chief",
        ),
        pytest.param(
            "The head of Kyrgyzstan's border service, Ulan Sadykov, said so.",
            "en",
            "Ulan Sadykov",
            "Border Guard Chief",
            "KGZ",
            id="en-head-of-border-service",
        ),
        pytest.param(
            "Pakistan's spy chief Farid Malik landed.",
            "en",
            "Farid Malik",
            "Intelligence Chief",
            "PAK",
            id="en-spy-chief",
        ),
        pytest.param(
            "Der turkmenische Grenzschutzchef Batyr Orasow reiste ab.",
            "de",
            "Batyr Orasow",
            "Border Guard Chief",
            "TKM",
            id="de-grenzschutzchef",
        ),
        pytest.param(
            "Der kirgisische Geheimdienstchef Ulan Sadykow reiste ab.",
            "de",
            "Ulan Sadykow",
            "Intelligence Chief",
            "KGZ",
            id="de-geheimdienstchef",
        ),
        pytest.param(
            "Der usbekische Sekretär des Sicherheitsrates Timur Alijew reiste ab.",
            "de",
            "Timur Alijew",
            "Security Council Secretary",
            "UZB",
            id="de-sekretaer-sicherheitsrat",
        ),
        pytest.param(
            "Der Chef des Generalstabs Tadschikistans, Farrukh Nazarow, reiste ab.",
            "de",
            "Farrukh Nazarow",
            "Army Chief",
            "TJK",
            id="de-chef-des-generalstabs",
        ),
        pytest.param(
            "Председатель ГКНБ Таджикистана Фаррух Назаров прибыл.",
            "ru",
            "Farrukh Nazarov",
            "Intelligence Chief",
            "TJK",
            id="ru-predsedatel-gknb",
        ),
        pytest.param(
            "Командующий пограничными войсками Туркменистана Батыр Оразов прибыл.",
            "ru",
            "Batyr Orazov",
            "Border Guard Chief",
            "TKM",
            id="ru-komanduyushchiy-pogranvoyskami",
        ),
        pytest.param(
            "Начальник Генштаба Вооруженных сил Узбекистана Тимур Назаров прибыл.",
            "ru",
            "Timur Nazarov",
            "Army Chief",
            "UZB",
            id="ru-genshtab-vooruzhennykh-sil",
        ),
        pytest.param(
            "Le secrétaire du Conseil de sécurité ouzbek, Timour Aliev, est arrivé.",
            "fr",
            "Timour Aliev",
            "Security Council Secretary",
            "UZB",
            id="fr-secretaire-conseil-securite",
        ),
        pytest.param(
            "Le chef des gardes-frontières turkmènes, Batyr Orazov, est arrivé.",
            "fr",
            "Batyr Orazov",
            "Border Guard Chief",
            "TKM",
            id="fr-chef-gardes-frontieres",
        ),
        pytest.param(
            "Le chef du renseignement pakistanais, Farid Malik, est arrivé.",
            "fr",
            "Farid Malik",
            "Intelligence Chief",
            "PAK",
            id="fr-chef-du-renseignement",
        ),
        pytest.param(
            "Le chef d'état-major de l'armée tadjike, Farroukh Nazarov, est arrivé.",
            "fr",
            "Farroukh Nazarov",
            "Army Chief",
            "TJK",
            id="fr-chef-etat-major-de-l-armee",
        ),
    ],
)
def test_security_titles(text: str, lang: str, name: str, role: str, country: str) -> None:
    assert [(p.name, p.role, p.country) for p in find_people(text, lang)] == [(name, role, country)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("The border guard chief said the crossing was calm.", "en", id="en"),
        pytest.param("Der Geheimdienstchef äußerte sich nicht.", "de", id="de"),
        pytest.param("Директор ФСБ заявил об угрозе.", "ru", id="ru"),
        pytest.param("Le chef du renseignement n'a pas commenté.", "fr", id="fr"),
    ],
)
def test_security_title_without_a_name_names_nobody(text: str, lang: str) -> None:
    assert [p.name for p in find_people(text, lang)] == [None]


# --- a military rank between the title and the name -------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        pytest.param(
            "Tajikistan's defence minister, Colonel General Emomali Sobirzoda, spoke.",
            "en",
            "Emomali Sobirzoda",
            id="en-colonel-general",
        ),
        pytest.param(
            "Pakistan's army chief, Lieutenant General Aamir Raza, spoke.",
            "en",
            "Aamir Raza",
            id="en-lieutenant-general",
        ),
        pytest.param(
            "Der tadschikische Verteidigungsminister, Generaloberst Emomali Sobirsoda, sprach.",
            "de",
            "Emomali Sobirsoda",
            id="de-generaloberst",
        ),
        pytest.param(
            "Министр обороны Таджикистана генерал-полковник Эмомали Собирзода выступил.",
            "ru",
            "Emomali Sobirzoda",
            id="ru-general-polkovnik",
        ),
        pytest.param(
            "Встреча с министром обороны Таджикистана генерал-полковником Эмомали Собирзода.",
            "ru",
            "Emomali Sobirzoda",
            id="ru-general-polkovnikom",
        ),
        pytest.param(
            "Le ministre tadjik de la Défense, le général Emomali Sobirzoda, a parlé.",
            "fr",
            "Emomali Sobirzoda",
            id="fr-le-general",
        ),
    ],
)
def test_rank_before_the_name(text: str, lang: str, name: str) -> None:
    assert [p.name for p in find_people(text, lang)] == [name]


# --- German perfect: 'hat ... getroffen' is a meeting, a decision 'getroffen' is none -----


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Der kasachische Innenminister Jerlan Turgumbajew hat am Montag in Bischkek den "
            "kirgisischen Innenminister Ulan Nijasbekow getroffen.",
            id="hat-getroffen",
        ),
        pytest.param(
            "Die Verteidigungsminister Kasachstans und Kirgistans haben sich am Montag in "
            "Bischkek getroffen.",
            id="haben-sich-getroffen",
        ),
    ],
)
def test_german_perfect_meeting_is_a_visit(text: str) -> None:
    visits = extract_visits(text, "de", PUBLISHED)
    assert [(v.location, v.status) for v in visits] == [("Bishkek", "held")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Die kirgisische Regierung hat in Bischkek eine Entscheidung über die Grenze zu "
            "Kasachstan getroffen.",
            id="entscheidung-getroffen",
        ),
        pytest.param(
            "Der kasachische Innenminister hat in Astana Vorkehrungen gegen Schmuggel aus "
            "Kirgistan getroffen.",
            id="vorkehrungen-getroffen",
        ),
        pytest.param(
            "Der kasachische Innenminister traf in Astana Vorkehrungen gegen Schmuggel aus "
            "Kirgistan.",
            id="traf-vorkehrungen",
        ),
    ],
)
def test_german_decision_made_is_no_visit(text: str) -> None:
    assert extract_visits(text, "de", PUBLISHED) == []


# --- 'flew to Kyrgyzstan': a visit word ending in its own 'to' before a country ----------


@pytest.mark.parametrize(
    ("text", "host", "status"),
    [
        pytest.param(
            "Tajikistan's defence minister flew to Uzbekistan on Monday to watch the drills.",
            "UZB",
            "held",
            id="flew-to",
        ),
        pytest.param(
            "The Turkmen interior minister went to Afghanistan on Monday for border talks.",
            "AFG",
            "held",
            id="went-to",
        ),
        pytest.param(
            "The Kyrgyz foreign minister flies to Kazakhstan next week.",
            "KAZ",
            "planned",
            id="flies-to",
        ),
    ],
)
def test_travel_word_with_its_to_before_a_country(text: str, host: str, status: str) -> None:
    visits = extract_visits(text, "en", PUBLISHED)
    assert [(v.host_country, v.status) for v in visits] == [(host, status)]


def test_migrants_going_to_a_country_is_no_visit() -> None:
    text = "Thousands of Tajik migrants went to Russia for seasonal work last year."
    assert extract_visits(text, "en", PUBLISHED) == []


# --- a delegation's leader named in a later paragraph of a meeting ----------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "On Tuesday the council of interior ministers met in Almaty.\n\n"
            "Russia's Interior Minister Vladimir Kolokoltsev attended the session. "
            "Interior Minister Talal Chaudhry headed the Pakistani delegation.",
            "en",
            id="en-headed-the-delegation",
        ),
        pytest.param(
            "Am Dienstag tagte in Almaty der Rat der Innenminister.\n\n"
            "Der russische Innenminister Wladimir Kolokolzew nahm an der Sitzung teil. "
            "Die pakistanische Delegation leitete Innenminister Talal Chaudhry.",
            "de",
            id="de-delegation-leitete",
        ),
        pytest.param(
            "Во вторник в Алматы состоялось заседание совета министров внутренних дел.\n\n"
            "В заседании принял участие министр внутренних дел России Владимир Колокольцев. "
            "Делегацию Пакистана возглавил министр внутренних дел Талал Чаудхри.",
            "ru",
            id="ru-delegatsiyu-pakistana-vozglavil",
        ),
        pytest.param(
            "Mardi, le conseil des ministres de l'Intérieur s'est réuni à Almaty.\n\n"
            "Le ministre russe de l'Intérieur Vladimir Kolokoltsev a participé à la séance. "
            "La délégation du Pakistan était conduite par le ministre de l'Intérieur "
            "Talal Chaudhry.",
            "fr",
            id="fr-delegation-du-pakistan-conduite",
        ),
    ],
)
def test_delegation_leader_in_a_later_paragraph(text: str, lang: str) -> None:
    visits = extract_visits(text, lang, PUBLISHED)
    assert sorted((v.visitor_country, v.host_country, v.location) for v in visits) == [
        ("PAK", "KAZ", "Almaty"),
        ("RUS", "KAZ", "Almaty"),
    ]


# --- decisions listed after a colon are agreed measures ----------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "The border commission took these decisions:\n\n"
            "- open a joint checkpoint at Karamyk by 1 June 2027;\n"
            "- set up a hotline between the border services before the end of 2026.\n",
            "en",
            id="en-decisions",
        ),
        pytest.param(
            "Die Grenzkommission fasste folgende Beschlüsse:\n\n"
            "- bis zum 1. Juni 2027 einen gemeinsamen Kontrollpunkt in Karamyk zu eröffnen;\n"
            "- bis Ende 2026 eine Hotline zwischen den Grenzdiensten einzurichten.\n",
            "de",
            id="de-beschluesse",
        ),
        pytest.param(
            "Пограничная комиссия приняла решения:\n\n"
            "- открыть до 1 июня 2027 года совместный пункт пропуска в Карамыке;\n"
            "- создать до конца 2026 года горячую линию между пограничными службами.\n",
            "ru",
            id="ru-prinyala-resheniya",
        ),
        pytest.param(
            "La commission frontalière a pris les décisions suivantes :\n\n"
            "- ouvrir d'ici le 1er juin 2027 un poste de contrôle commun à Karamyk ;\n"
            "- créer d'ici fin 2026 une ligne directe entre les services frontaliers.\n",
            "fr",
            id="fr-decisions-suivantes",
        ),
    ],
)
def test_decisions_listed_after_a_colon(text: str, lang: str) -> None:
    items = extract_action_items(text, lang, PUBLISHED)
    assert len(items) == 2
    assert {i.status for i in items} == {"agreed"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "Critics of the decisions listed their concerns:\n\n"
            "- too few officers at the checkpoint;\n"
            "- no staff for the hotline.\n",
            "en",
            id="en-concerns",
        ),
        pytest.param(
            "Die Beschlüsse stoßen auf Bedenken:\n\n"
            "- zu wenige Beamte am Kontrollpunkt;\n"
            "- kein Personal für die Hotline.\n",
            "de",
            id="de-bedenken",
        ),
    ],
)
def test_decisions_beside_concerns_are_no_list(text: str, lang: str) -> None:
    assert extract_action_items(text, lang, PUBLISHED) == []


# --- German perfect of agreeing: 'haben sich (darauf) geeinigt, ... zu errichten' ---------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Die Innenministerien haben sich darauf geeinigt, bis Mai 2027 eine direkte Hotline "
            "zwischen den Grenzdiensten einzurichten.",
            id="haben-sich-darauf-geeinigt",
        ),
        pytest.param(
            "Die Grenzdienste hatten sich verständigt, bis Mai 2027 gemeinsame Streifen "
            "aufzunehmen.",
            id="hatten-sich-verstaendigt",
        ),
        pytest.param(
            "Beide Seiten einigten sich, bis Mai 2027 einen gemeinsamen Kontrollpunkt zu bauen.",
            id="einigten-sich-komma",
        ),
    ],
)
def test_german_perfect_agreement_is_a_measure(text: str) -> None:
    items = extract_action_items(text, "de", PUBLISHED)
    assert [(i.status, str(i.due.start)[:7]) for i in items] == [("agreed", "2027-05")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Die Innenministerien haben sich nicht darauf geeinigt, bis Mai 2027 eine Hotline "
            "einzurichten.",
            id="nicht-geeinigt",
        ),
        pytest.param(
            "Die Grenzdienste haben sich noch nicht geeinigt, wann sie Streifen aufnehmen.",
            id="noch-nicht-geeinigt",
        ),
    ],
)
def test_german_agreement_denied_is_no_measure(text: str) -> None:
    assert extract_action_items(text, "de", PUBLISHED) == []


# --- an agreement reached names the measure after it -----------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "The interior ministers reached an agreement to start joint patrols on the "
            "Amu Darya by May 2027.",
            "en",
            id="en-reached-an-agreement",
        ),
        pytest.param(
            "The border services came to an understanding to build a joint checkpoint at "
            "the bridge by May 2027.",
            "en",
            id="en-came-to-an-understanding",
        ),
        pytest.param(
            "Министры внутренних дел пришли к договоренности до мая 2027 года начать "
            "совместное патрулирование границы.",
            "ru",
            id="ru-prishli-k-dogovorennosti",
        ),
        pytest.param(
            "Была достигнута договоренность до мая 2027 года построить совместный "
            "контрольно-пропускной пункт у моста.",
            "ru",
            id="ru-dostignuta-dogovorennost",
        ),
        pytest.param(
            "Un accord a été trouvé pour lancer des patrouilles communes sur l'Amou-Daria "
            "d'ici mai 2027.",
            "fr",
            id="fr-accord-trouve-pour",
        ),
        pytest.param(
            "Les deux ministres sont parvenus à un accord pour construire un poste de "
            "contrôle commun près du pont d'ici mai 2027.",
            "fr",
            id="fr-parvenus-a-un-accord",
        ),
    ],
)
def test_agreement_reached_is_a_measure(text: str, lang: str) -> None:
    items = extract_action_items(text, lang, PUBLISHED)
    assert [(i.status, str(i.due.start)[:7]) for i in items] == [("agreed", "2027-05")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "The ministers failed to reach an agreement on the border regime.", "en", id="en"
        ),
        pytest.param(
            "Стороны так и не пришли к договоренности открыть новый пункт пропуска до мая.",
            "ru",
            id="ru-ne-prishli",
        ),
        pytest.param(
            "Стороны не договорились открыть новый пункт пропуска до мая.",
            "ru",
            id="ru-ne-dogovorilis",
        ),
        pytest.param("Aucun accord n'a été trouvé sur le régime frontalier.", "fr", id="fr"),
    ],
)
def test_agreement_not_reached_is_no_measure(text: str, lang: str) -> None:
    assert extract_action_items(text, lang, PUBLISHED) == []


# --- a title-case dateline's date dates the report, not the meeting ----------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "Moskau, 12. November 2026 - Am Dienstag tagten in Moskau die Innenminister. "
            "Kirgistan war durch Innenminister Ulan Nijasbekow vertreten.",
            "de",
            id="de",
        ),
        pytest.param(
            "Москва, 12 ноября 2026 г. — Во вторник в Москве прошло заседание министров "
            "внутренних дел. Кыргызстан представлял министр внутренних дел Улан Ниязбеков.",
            "ru",
            id="ru",
        ),
        pytest.param(
            "Moscou, 12 novembre 2026 - Mardi, les ministres de l'Intérieur se sont réunis à "
            "Moscou. Le Kirghizstan était représenté par le ministre de l'Intérieur Oulan "
            "Niiazbekov.",
            "fr",
            id="fr",
        ),
    ],
)
def test_title_case_dateline_date_is_not_the_meetings(text: str, lang: str) -> None:
    visits = extract_visits(text, lang, date(2026, 11, 12))
    assert [(v.visitor_country, str(v.date.start)) for v in visits] == [("KGZ", "2026-11-10")]


def test_weekday_lead_keeps_its_date() -> None:
    text = (
        "Am Dienstag, 10. November, tagten in Moskau die Innenminister. "
        "Kirgistan war durch Innenminister Ulan Nijasbekow vertreten."
    )
    visits = extract_visits(text, "de", date(2026, 11, 12))
    assert [str(v.date.start) for v in visits] == ["2026-11-10"]


# --- a participants' sentence: an official of no country is the side named before -------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "On Tuesday interior ministers met in Almaty. Tajikistan was represented by "
            "Interior Minister Ramazon Rahimzoda, and Pakistan's Interior Minister Talal "
            "Chaudhry also attended.",
            "en",
            id="en-was-represented-by",
        ),
        pytest.param(
            "Во вторник в Алматы прошло заседание министров внутренних дел. Таджикистан "
            "представлял министр внутренних дел Рамазон Рахимзода, также присутствовал министр "
            "внутренних дел Пакистана Талал Чаудхри.",
            "ru",
            id="ru-predstavlyal",
        ),
        pytest.param(
            "Am Dienstag tagten in Almaty die Innenminister. Tadschikistan vertrat Innenminister "
            "Ramason Rahimsoda, außerdem nahm der pakistanische Innenminister Talal Chaudhry teil.",
            "de",
            id="de-vertrat",
        ),
    ],
)
def test_participant_of_no_country_is_the_side_named_before(text: str, lang: str) -> None:
    visits = extract_visits(text, lang, PUBLISHED)
    assert sorted((v.visitor_country, v.host_country) for v in visits) == [
        ("PAK", "KAZ"),
        ("TJK", "KAZ"),
    ]


def test_a_lawyer_representing_a_minister_is_no_visit() -> None:
    text = "Der Anwalt vertrat den Innenminister vor Gericht in Berlin."
    assert extract_visits(text, "de", PUBLISHED) == []


# --- an official watching drills abroad has travelled there ------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "Uzbek Defence Minister Shukhrat Khalmukhamedov watched the closing stage of the "
            "joint exercise in Tajikistan on Tuesday.",
            "en",
            id="en-watched-drills-in",
        ),
        pytest.param(
            "Der usbekische Verteidigungsminister Schuchrat Chalmuchamedow beobachtete am "
            "Dienstag in Tadschikistan die Abschlussphase der gemeinsamen Übung.",
            "de",
            id="de-beobachtete-uebung",
        ),
        pytest.param(
            "Министр обороны Узбекистана Шухрат Халмухамедов во вторник наблюдал в Таджикистане "
            "за заключительным этапом совместных учений.",
            "ru",
            id="ru-nablyudal-ucheniya",
        ),
        pytest.param(
            "Le ministre ouzbek de la Défense, Choukhrat Khalmoukhamedov, a assisté mardi au "
            "Tadjikistan à la dernière phase des exercices conjoints.",
            "fr",
            id="fr-a-assiste-exercices",
        ),
    ],
)
def test_official_watching_drills_abroad_is_a_visit(text: str, lang: str) -> None:
    visits = extract_visits(text, lang, PUBLISHED)
    assert [(v.visitor_country, v.host_country, v.status) for v in visits] == [
        ("UZB", "TJK", "held")
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "Uzbek Defence Minister Shukhrat Khalmukhamedov observed that the drills in "
            "Tajikistan had gone well.",
            "en",
            id="en-observed-that",
        ),
        pytest.param(
            "Uzbek officials watched the Tajik drills on television.", "en", id="en-television"
        ),
        pytest.param(
            "Der usbekische Verteidigungsminister beobachtete die Übung bei Termes.",
            "de",
            id="de-at-home",
        ),
        pytest.param(
            "Министр обороны Узбекистана наблюдал за учениями под Термезом.", "ru", id="ru-at-home"
        ),
    ],
)
def test_drills_watched_at_home_or_remarked_on_are_no_visit(text: str, lang: str) -> None:
    assert extract_visits(text, lang, PUBLISHED) == []


# --- English 'held consultations' is a meeting word --------------------------------------


def test_english_consultations_abroad_are_a_visit() -> None:
    text = (
        "Kyrgyzstan's Security Council Secretary Marat Imankulov held consultations with "
        "Chinese security officials in Beijing on Tuesday."
    )
    visits = extract_visits(text, "en", PUBLISHED)
    assert [(v.visitor_country, v.host_country, v.location) for v in visits] == [
        ("KGZ", "CHN", "Beijing")
    ]


def test_english_consultations_by_video_are_no_visit() -> None:
    text = "Kyrgyz and Chinese security officials held consultations on Afghanistan by video link."
    assert extract_visits(text, "en", PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        pytest.param(
            "The head of Uzbekistan's border troops, Rustam Kholov, arrived.",
            "UZB",
            id="head-of-border-troops",
        ),
        pytest.param(
            "The commander of the Turkmen border brigade, Batyr Orazov, arrived.",
            "TKM",
            id="commander-of-border-brigade",
        ),
        pytest.param(
            "A Kyrgyz border commander, Ulan Sadykov, arrived.", "KGZ", id="border-commander"
        ),
    ],
)
def test_english_border_commanders(text: str, country: str) -> None:
    assert [(p.role, p.country) for p in find_people(text, "en")] == [
        ("Border Guard Chief", country)
    ]
