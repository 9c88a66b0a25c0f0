"""Rules from held-out set AM: humanitarian and development aid around Afghanistan and
Central Asia (donor pledges, aid programmes with deadlines, returns beside deportations)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.action_items import extract_action_items
from tracker.extract.deportations import extract_deportations
from tracker.extract.visits import extract_visits

PUBLISHED = date(2026, 10, 15)


# --- a number after "seit Januar", "depuis janvier", "с января" is a count, no day ------


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        pytest.param(
            "Laut Bundespolizei hat Österreich seit März 14 afghanische Gefährder "
            "nach Afghanistan abgeschoben.",
            "de",
            14,
            id="de-seit-maerz",
        ),
        pytest.param(
            "Die Niederlande haben ab Februar 7 Afghanen in ihr Heimatland abgeschoben.",
            "de",
            7,
            id="de-ab-februar",
        ),
        pytest.param(
            "La Belgique a expulsé depuis mars 12 Afghans vers l'Afghanistan, selon l'Office "
            "des étrangers.",
            "fr",
            12,
            id="fr-depuis-mars",
        ),
        pytest.param(
            "По данным МВД, с марта 11 граждан Афганистана были выдворены из Казахстана.",
            "ru",
            11,
            id="ru-s-marta",
        ),
    ],
)
def test_count_after_since_and_month_is_no_day(text: str, lang: str, count: int) -> None:
    figures = extract_deportations(text, lang, PUBLISHED)
    assert [f.count for f in figures] == [count]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a day before its month stays a day: no count of 3 people
        pytest.param(
            "Seit dem 3. März wurden keine Zahlen zu Abschiebungen nach Afghanistan genannt.",
            "de",
            id="de-day-before-month",
        ),
        pytest.param(
            "Depuis le 3 mars, aucune expulsion vers l'Afghanistan n'a été annoncée.",
            "fr",
            id="fr-day-before-month",
        ),
    ],
)
def test_day_before_month_gives_no_count(text: str, lang: str) -> None:
    assert extract_deportations(text, lang, PUBLISHED) == []


# --- aid programmes with a deadline: supply, vaccinate, shelter ------------------------


@pytest.mark.parametrize(
    ("text", "lang", "word", "due"),
    [
        pytest.param(
            "UNICEF will bis Ende Januar 250.000 Kinder in Herat gegen Polio impfen.",
            "de",
            "impfen",
            "2027-01",
            id="de-impfen",
        ),
        pytest.param(
            "Die Hilfsorganisation soll bis Ende Dezember 4.000 Familien in Zelten unterbringen.",
            "de",
            "unterbringen",
            "2026-12",
            id="de-unterbringen",
        ),
        pytest.param(
            "Das Rote Kreuz will aus Spendenmitteln bis Ende Februar 60.000 Menschen in Ghor "
            "mit Mehl versorgen.",
            "de",
            "versorgen",
            "2027-02",
            id="de-versorgen-with-money-phrase",
        ),
        pytest.param(
            "Le HCR va héberger 3 000 familles rapatriées à Hérat d'ici fin décembre.",
            "fr",
            "héberger",
            "2026-12",
            id="fr-heberger",
        ),
        pytest.param(
            "L'Unicef va vacciner 250 000 enfants contre la polio d'ici fin janvier.",
            "fr",
            "vacciner",
            "2027-01",
            id="fr-vacciner",
        ),
        pytest.param(
            "Le PAM va approvisionner 40 000 familles du Badakhchan d'ici fin février.",
            "fr",
            "approvisionner",
            "2027-02",
            id="fr-approvisionner",
        ),
    ],
)
def test_aid_programme_with_deadline(text: str, lang: str, word: str, due: str) -> None:
    items = extract_action_items(text, lang, PUBLISHED)
    assert len(items) == 1
    assert word in items[0].title.lower()
    assert items[0].due.label() == due


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # things done or going on are no commitment
        pytest.param(
            "Das Welternährungsprogramm hat im März 150.000 Familien mit Lebensmitteln versorgt.",
            "de",
            id="de-done",
        ),
        pytest.param(
            "Das Rote Kreuz versorgt seit Januar 60.000 Menschen in Ghor mit Mehl.",
            "de",
            id="de-ongoing",
        ),
        pytest.param(
            "L'Unicef a vacciné en janvier 250 000 enfants contre la polio.",
            "fr",
            id="fr-done",
        ),
    ],
)
def test_aid_done_is_no_measure(text: str, lang: str) -> None:
    assert extract_action_items(text, lang, PUBLISHED) == []


# --- the countries migrants return from are no visiting side --------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "The head of the World Food Programme visited Kabul on Tuesday and met acting "
            "Deputy Prime Minister Abdul Ghani Baradar about Afghans returning from Iran "
            "and Turkey.",
            "en",
            id="en-returning-from-list",
        ),
        pytest.param(
            "Die Chefin des Welternährungsprogramms traf am Dienstag in Kabul den "
            "Vizeregierungschef Abdul Ghani Baradar und sprach über Rückkehrer aus Iran "
            "und der Türkei.",
            "de",
            id="de-rueckkehrer-aus-list",
        ),
        pytest.param(
            "La directrice du Programme alimentaire mondial a rencontré mardi à Kaboul le "
            "vice-Premier ministre Abdul Ghani Baradar au sujet des Afghans rentrés d'Iran "
            "et de Turquie.",
            "fr",
            id="fr-rentres-de-list",
        ),
        pytest.param(
            "Глава Всемирной продовольственной программы во вторник встретился в Кабуле с "
            "вице-премьером Абдул Гани Барадаром, чтобы обсудить помощь афганцам, "
            "вернувшимся из Ирана и Турции.",
            "ru",
            id="ru-vernuvshimsya-iz-list",
        ),
    ],
)
def test_countries_returned_from_are_no_visitors(text: str, lang: str) -> None:
    visits = extract_visits(text, lang, PUBLISHED)
    assert not {v.visitor_country for v in visits} & {"IRN", "TUR"}


@pytest.mark.parametrize(
    ("text", "lang", "visitor"),
    [
        # a delegation of the listed countries still travels
        pytest.param(
            "Delegations from Iran and Turkey arrived in Kabul on Tuesday and met acting "
            "Deputy Prime Minister Abdul Ghani Baradar.",
            "en",
            {"IRN", "TUR"},
            id="en-delegations-from",
        ),
        # a named minister travels though returns are the topic
        pytest.param(
            "Der türkische Innenminister Ali Yerlikaya traf am Dienstag in Kabul den "
            "Vizeregierungschef Abdul Ghani Baradar und sprach über Rückkehrer aus Iran.",
            "de",
            {"TUR"},
            id="de-named-minister",
        ),
    ],
)
def test_travelling_sides_stay_beside_returns(text: str, lang: str, visitor: set[str]) -> None:
    visits = extract_visits(text, lang, PUBLISHED)
    assert {v.visitor_country for v in visits} == visitor
