"""Rules from held-out set AI: time expressions and date resolution (publication stamps,
relative days and weeks, terms in days, the end of the decade, year-to-date periods)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.action_items import extract_action_items
from tracker.extract.deportations import extract_deportations
from tracker.extract.engine import find_dates
from tracker.extract.trade_targets import extract_trade_targets
from tracker.extract.visits import extract_visits
from tracker.ingest.published import find_published

TODAY = date(2026, 11, 29)
PUBLISHED = date(2026, 11, 18)  # a Wednesday


# --- publication stamps: Markdown emphasis, and two stamps side by side -------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("# Wochenrückblick\n\n_14. Oktober 2026_\n\nDer Text.", "de", id="de"),
        pytest.param("# Weekly digest\n\n_14 October 2026_\n\nThe text.", "en", id="en"),
        pytest.param("# Дайджест\n\n_14 октября 2026 г._\n\nТекст.", "ru", id="ru-g"),
        pytest.param("# Revue\n\n_14 octobre 2026_\n\nLe texte.", "fr", id="fr"),
    ],
)
def test_date_line_in_underscore_emphasis(text: str, lang: str) -> None:
    assert find_published(text, text, lang, today=TODAY) == date(2026, 10, 14)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "# Titel\n\n**Veröffentlicht:** 14.10.2026, 08:05 Uhr | **Aktualisiert:** "
            "15.10.2026, 21:30 Uhr\n\nDer Text.",
            "de",
            id="de",
        ),
        pytest.param(
            "# Title\n\n**Published:** 14 October 2026, 08:05 | **Last updated:** "
            "15 October 2026, 21:30 GMT\n\nThe text.",
            "en",
            id="en",
        ),
        pytest.param(
            "# Заголовок\n\n**Опубликовано:** 14 октября 2026 года, 08:05 (мск) | "
            "**Обновлено:** 15 октября 2026 года, 21:30 (мск)\n\nТекст.",
            "ru",
            id="ru",
        ),
        pytest.param(
            "# Titre\n\n**Publié le** 14 octobre 2026 à 08h05 (heure de Paris) | "
            "**Mis à jour le** 15 octobre 2026 à 21h30\n\nLe texte.",
            "fr",
            id="fr",
        ),
    ],
)
def test_published_and_updated_stamps_on_one_long_line(text: str, lang: str) -> None:
    assert find_published(text, text, lang, today=TODAY) == date(2026, 10, 14)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a sentence is no stamp, however it is cut
        pytest.param(
            "# Title\n\nThe report, published on 14 October 2026 by the ministry in Kabul after a "
            "long delay, says little | nothing new about the figures.\n\nThe text.",
            "en",
            id="en-sentence",
        ),
        pytest.param(
            "# Titel\n\n_Das war am 14. Oktober 2026 so._\n\nDer Text.", "de", id="de-sentence"
        ),
    ],
)
def test_long_or_emphasised_sentence_is_no_stamp(text: str, lang: str) -> None:
    assert find_published(text, text, lang, today=TODAY) is None


# --- terms in days: "within 90 days" is the month the term runs out in ---------------------


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        pytest.param("within 45 days", "en", "2027-01", id="en-45"),
        pytest.param("within the next 10 days", "en", "2026-11", id="en-next-10"),
        pytest.param("innerhalb von 120 Tagen", "de", "2027-03", id="de-120"),
        pytest.param("binnen 30 Tagen", "de", "2026-12", id="de-binnen"),
        pytest.param("в течение 60 дней", "ru", "2027-01", id="ru-60"),
        pytest.param("dans un délai de 180 jours", "fr", "2027-05", id="fr-180"),
    ],
)
def test_term_in_days(text: str, lang: str, label: str) -> None:
    assert [d.period.label() for d in find_dates(text, lang, PUBLISHED)] == [label]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("within 24 hours", "en", id="en-hours"),
        pytest.param("innerhalb von 1000 Tagen", "de", id="de-too-long"),
        pytest.param("после 90 дней", "ru", id="ru-after"),
    ],
)
def test_no_term_in_days(text: str, lang: str) -> None:
    assert find_dates(text, lang, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "lang", "word", "label"),
    [
        pytest.param(
            "Стороны договорились в течение двух месяцев разработать график поставок угля.",
            "ru",
            "график",
            "2027-01",
            id="ru-term-before-verb",
        ),
        pytest.param(
            "Beide Seiten vereinbarten, binnen 60 Tagen eine Arbeitsgruppe für den Grenzhandel "
            "einzurichten.",
            "de",
            "Arbeitsgruppe",
            "2027-01",
            id="de-binnen",
        ),
        pytest.param(
            "Les deux parties sont convenues de créer dans un délai de 45 jours un comité mixte "
            "sur le transit.",
            "fr",
            "comité",
            "2027-01",
            id="fr-delai",
        ),
        pytest.param(
            "The governor ordered the district offices to publish the new tariff lists within "
            "30 days.",
            "en",
            "tariff",
            "2026-12",
            id="en-after-verb",
        ),
    ],
)
def test_measure_due_when_its_term_runs_out(text: str, lang: str, word: str, label: str) -> None:
    items = extract_action_items(text, lang, PUBLISHED)
    assert len(items) == 1 and word.casefold() in items[0].title.casefold()
    assert items[0].due.label() == label


# --- "by the end of the decade" is the round year that closes it --------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "Tajikistan and Uzbekistan want to lift bilateral trade to $4 billion by the end "
            "of the decade, the minister said.",
            "en",
            id="en",
        ),
        pytest.param(
            "Tadschikistan und Usbekistan wollen ihren Handel bis zum Ende des Jahrzehnts auf "
            "4 Milliarden Dollar steigern.",
            "de",
            id="de",
        ),
        pytest.param(
            "Таджикистан и Узбекистан намерены довести товарооборот до 4 млрд долларов к концу "
            "десятилетия.",
            "ru",
            id="ru",
        ),
        pytest.param(
            "Le Tadjikistan et l'Ouzbékistan veulent porter leurs échanges à 4 milliards de "
            "dollars d'ici la fin de la décennie.",
            "fr",
            id="fr",
        ),
    ],
)
def test_goal_by_the_end_of_the_decade(text: str, lang: str) -> None:
    targets = extract_trade_targets(text, lang, PUBLISHED)
    assert [(t.amount, t.target_date.label()) for t in targets] == [(4_000_000_000, "2030")]


def test_end_of_the_decade_from_a_round_year() -> None:
    # written in 2030 itself, the decade that ends is the next one's round year
    found = find_dates("by the end of the decade", "en", date(2030, 3, 2))
    assert [d.period.label() for d in found] == ["2040"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("the last decade", "en", id="en-last-decade"),
        pytest.param("im vergangenen Jahrzehnt", "de", id="de-past-decade"),
        pytest.param("за последнее десятилетие", "ru", id="ru-past-decade"),
    ],
)
def test_other_decades_are_no_date(text: str, lang: str) -> None:
    assert find_dates(text, lang, PUBLISHED) == []


# --- deportations: the first months of the year, and a week named by its last day ---------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "In the first nine months of the year, Turkey deported 18,250 Afghans, compared with "
            "15,000 in the whole of last year.",
            "en",
            id="en",
        ),
        pytest.param(
            "In den ersten zehn Monaten des Jahres schob Österreich 640 Afghanen ab, deutlich "
            "mehr als im Vorjahr.",
            "de",
            id="de",
        ),
        pytest.param(
            "За девять месяцев текущего года из России выдворены 18 250 граждан Таджикистана, "
            "сообщили в МВД.",
            "ru",
            id="ru",
        ),
        pytest.param(
            "Au cours des dix premiers mois de l'année, la Turquie a expulsé 18 250 Afghans, "
            "selon le ministère.",
            "fr",
            id="fr",
        ),
    ],
)
def test_first_months_of_the_year_are_a_running_total(text: str, lang: str) -> None:
    figures = extract_deportations(text, lang, PUBLISHED)
    first = figures[0]
    assert (first.period.label(), first.cumulative) == ("2026", True)


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        pytest.param(
            "Iran deported 5,400 Afghans in the first three months of the year.",
            "en",
            "2026-Q1",
            id="en-quarter",
        ),
        pytest.param(
            "In the first ten months of 2025, Turkey deported 12,000 Afghans.",
            "en",
            "2025",
            id="en-other-year",
        ),
    ],
)
def test_first_months_that_name_another_period(text: str, lang: str, label: str) -> None:
    figures = extract_deportations(text, lang, PUBLISHED)
    assert [f.period.label() for f in figures] == [label]


def test_last_year_beside_a_running_total_is_no_running_total() -> None:
    text = (
        "In the first ten months of the year, Pakistan deported 71,400 Afghans, the update "
        "said, compared with 60,200 in the whole of last year."
    )
    figures = {f.count: f for f in extract_deportations(text, "en", PUBLISHED)}
    assert (figures[60200].period.label(), figures[60200].cumulative) == ("2025", False)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "Pakistan deported 2,730 Afghans in the week to Thursday, the ministry said.",
            "en",
            id="en-weekday",
        ),
        pytest.param(
            "In der Woche bis Donnerstag wurden 52 Afghanen aus Österreich abgeschoben.",
            "de",
            id="de-weekday",
        ),
        pytest.param(
            "Durant la semaine jusqu'à jeudi, l'Iran a expulsé 5 100 Afghans.",
            "fr",
            id="fr-weekday",
        ),
    ],
)
def test_week_named_by_its_last_day_is_its_month(text: str, lang: str) -> None:
    figures = extract_deportations(text, lang, PUBLISHED)
    assert [f.period.label() for f in figures] == ["2026-11"]


def test_week_to_a_weekday_ahead_is_the_week_just_past() -> None:
    # written on Wednesday 2 December, "bis Donnerstag" is the Thursday before, in November
    text = "In der Woche bis Donnerstag wurden 52 Afghanen aus Österreich abgeschoben."
    figures = extract_deportations(text, "de", date(2026, 12, 2))
    assert [f.period.label() for f in figures] == ["2026-11"]


def test_a_figure_of_one_weekday_keeps_its_day() -> None:
    figures = extract_deportations("Iran deported 2,340 Afghans on Thursday.", "en", PUBLISHED)
    assert [f.period.label() for f in figures] == ["2026-11-12"]


# --- visits: a German statement's day after its date is not the visit's -----------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        pytest.param(
            "Der usbekische Präsident wird Anfang Februar zu einem offiziellen Besuch in Wien "
            "erwartet, wie das Außenministerium am Dienstag bestätigte.",
            "2027-02",
            id="wie-bestaetigte",
        ),
    ],
)
def test_statement_day_after_its_date_is_not_the_visit(text: str, label: str) -> None:
    visits = extract_visits(text, "de", PUBLISHED)
    assert [v.date.label() for v in visits] == [label]


def test_weekday_of_the_visit_itself_stays() -> None:
    text = "Der kasachische Präsident traf am Montag in Berlin mit dem Bundeskanzler zusammen."
    visits = extract_visits(text, "de", PUBLISHED)
    assert [v.date.label() for v in visits] == ["2026-11-16"]


# --- German "sie" with a singular verb stands for the official named before ----------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Die österreichische Innenministerin Anna Berger sprach über Migration. In Duschanbe "
            "traf sie am Montag ihren tadschikischen Amtskollegen Ramason Rahimsoda.",
            id="traf-sie",
        ),
        pytest.param(
            "Die österreichische Innenministerin Anna Berger sprach über Migration. Sie war am "
            "Montag in Duschanbe mit ihrem tadschikischen Amtskollegen Ramason Rahimsoda "
            "zusammengetroffen.",
            id="sie-war",
        ),
    ],
)
def test_she_with_a_singular_verb_is_the_official_before(text: str) -> None:
    visits = extract_visits(text, "de", PUBLISHED)
    assert [(v.visitor_country, v.host_country, v.visitor) for v in visits] == [
        ("AUT", "TJK", "Anna Berger")
    ]


def test_they_with_a_plural_verb_is_not_one_official() -> None:
    text = (
        "Die österreichische Innenministerin Anna Berger und ihr Staatssekretär sprachen. "
        "In Duschanbe trafen sie am Montag Vertreter der Migrationsbehörde."
    )
    assert [v.visitor for v in extract_visits(text, "de", PUBLISHED)] != ["Anna Berger"]


# --- a forum that companies took part in is nobody's trip ---------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "Tajikistan said trade with Afghanistan rose. Afghanistan and Tajikistan discussed "
            "power lines. Afghan traders want more.\n\nOn Thursday a forum of exporters was held "
            "in Dushanbe, in which some 250 companies from the region took part.",
            "en",
            id="en",
        ),
        pytest.param(
            "Таджикистан сообщил о росте торговли с Афганистаном. Афганистан и Таджикистан "
            "обсудили ЛЭП. Афганские торговцы ждут большего.\n\nВ четверг в Душанбе прошел форум "
            "экспортеров, в котором приняли участие около 250 компаний из стран региона.",
            "ru",
            id="ru",
        ),
        pytest.param(
            "Le Tadjikistan a annoncé une hausse du commerce avec l'Afghanistan. L'Afghanistan et "
            "le Tadjikistan ont parlé des lignes électriques. Les commerçants afghans veulent "
            "plus.\n\nJeudi, un forum des exportateurs s'est tenu à Douchanbé, auquel ont "
            "participé quelque 250 entreprises de la région.",
            "fr",
            id="fr",
        ),
        pytest.param(
            "Tadschikistan meldete mehr Handel mit Afghanistan. Afghanistan und Tadschikistan "
            "sprachen über Stromleitungen. Afghanische Händler wollen mehr.\n\nIn Duschanbe fand "
            "am Donnerstag ein Forum statt, an dem 250 Firmen teilgenommen haben.",
            "de",
            id="de",
        ),
    ],
)
def test_forum_of_companies_is_no_visit(text: str, lang: str) -> None:
    assert extract_visits(text, lang, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "On Thursday Afghan Commerce Minister Nooruddin Azizi took part in a forum of "
            "exporters in Dushanbe.",
            "en",
            id="en-minister",
        ),
        pytest.param(
            "В четверг министр торговли Афганистана Нуриддин Азизи принял участие в форуме "
            "экспортеров в Душанбе.",
            "ru",
            id="ru-minister",
        ),
        pytest.param(
            "Jeudi, le ministre afghan du Commerce Nouroudine Azizi a participé à un forum des "
            "exportateurs à Douchanbé.",
            "fr",
            id="fr-minister",
        ),
        pytest.param(
            "Tadschikistan meldete mehr Handel mit Afghanistan.\n\nAm Donnerstag nahm der "
            "afghanische Handelsminister Nuruddin Asisi in Duschanbe an einem Exportforum teil.",
            "de",
            id="de-minister",
        ),
    ],
)
def test_minister_at_a_forum_is_a_visit(text: str, lang: str) -> None:
    visits = extract_visits(text, lang, PUBLISHED)
    assert [(v.visitor_country, v.host_country) for v in visits] == [("AFG", "TJK")]


# --- measures: a condition is no commitment; nor is who is to take part -------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "Аналитик полагает, что экспорт может вырасти, если будет построен новый мост через "
            "Пяндж.",
            "ru",
            id="ru-esli",
        ),
        pytest.param(
            "Если будет запущен новый паромный маршрут, грузооборот удвоится.",
            "ru",
            id="ru-esli-first",
        ),
        pytest.param(
            "Стороны договорились, что если финансирование будет найдено, то будет достроен "
            "склад в Хайратоне.",
            "ru",
            id="ru-agreed-that-if",
        ),
        pytest.param(
            "Fruit exports could double if a new cold store in Termez is to be opened by June.",
            "en",
            id="en-if",
        ),
        pytest.param(
            "Les exportations de fruits pourraient doubler si le nouvel entrepôt frigorifique de "
            "Termez doit être ouvert d'ici juin.",
            "fr",
            id="fr-si",
        ),
        pytest.param(
            "Die Länder sollen an der Ausarbeitung beteiligt werden.", "de", id="de-beteiligt"
        ),
        pytest.param(
            "Die Kommunen sollen in die Planung eingebunden werden.", "de", id="de-eingebunden"
        ),
    ],
)
def test_condition_or_party_is_no_measure(text: str, lang: str) -> None:
    assert extract_action_items(text, lang, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        pytest.param(
            "Новый мост через Пяндж будет построен до конца года.", "ru", "мост", id="ru-plain"
        ),
        pytest.param(
            "Стороны договорились, что склад в Хайратоне будет достроен до конца года, если "
            "позволит погода.",
            "ru",
            "склад",
            id="ru-condition-after",
        ),
        pytest.param(
            "Das neue Logistikzentrum soll bis Juni in Termez eröffnet werden.",
            "de",
            "Logistikzentrum",
            id="de-plain",
        ),
        pytest.param(
            "A new cold store in Termez is to be opened by June, if the weather allows.",
            "en",
            "cold store",
            id="en-condition-after",
        ),
    ],
)
def test_measure_beside_a_condition_stays(text: str, lang: str, word: str) -> None:
    titles = [a.title for a in extract_action_items(text, lang, PUBLISHED)]
    assert len(titles) == 1 and word.casefold() in titles[0].casefold()


# --- the start, middle or end of a week: the genitive forms --------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "published", "label"),
    [
        pytest.param("Anfang nächster Woche", "de", PUBLISHED, "2026-11", id="de-anfang-next"),
        pytest.param("Mitte kommender Woche", "de", date(2026, 11, 26), "2026-12", id="de-dec"),
        pytest.param("vorige Woche", "de", date(2026, 11, 3), "2026-10", id="de-vorige"),
        pytest.param(
            "в начале следующей недели", "ru", date(2026, 11, 26), "2026-12", id="ru-next"
        ),
        pytest.param("в конце прошлой недели", "ru", date(2026, 11, 3), "2026-10", id="ru-last"),
        pytest.param("в середине этой недели", "ru", PUBLISHED, "2026-11", id="ru-this"),
        pytest.param("в начале месяца", "ru", PUBLISHED, "2026-11", id="ru-month"),
    ],
)
def test_parts_of_a_week(text: str, lang: str, published: date, label: str) -> None:
    assert [d.period.label() for d in find_dates(text, lang, published)] == [label]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("Woche für Woche", "de", id="de-week-after-week"),
        pytest.param("неделя моды", "ru", id="ru-fashion-week"),
    ],
)
def test_no_week_date(text: str, lang: str) -> None:
    assert find_dates(text, lang, PUBLISHED) == []


def test_visit_early_next_week_in_russian() -> None:
    text = (
        "Министр иностранных дел Узбекистана Бахтиёр Саидов посетит Кабул в начале следующей "
        "недели."
    )
    visits = extract_visits(text, "ru", date(2026, 11, 26))
    assert [(v.date.label(), v.status) for v in visits] == [("2026-12", "planned")]


# --- an update stamp first, the first publication after it on the same line ---------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "Title\n\nLast updated 15 October 2026. First published 14 October 2026.\n\nText.",
            "en",
            id="en",
        ),
        pytest.param(
            "Titel\n\nAktualisiert am 15.10.2026, 09:00 Uhr – Erstveröffentlichung am "
            "14.10.2026\n\nText.",
            "de",
            id="de",
        ),
        pytest.param(
            "Заголовок\n\nОбновлено 15.10.2026 в 09:00, опубликовано 14.10.2026 в 07:30\n\nТекст.",
            "ru",
            id="ru",
        ),
        pytest.param(
            "Titre\n\nMis à jour le 15 octobre 2026 à 09h00, publié le 14 octobre 2026 à "
            "07h30\n\nTexte.",
            "fr",
            id="fr",
        ),
    ],
)
def test_first_publication_after_an_update_stamp(text: str, lang: str) -> None:
    assert find_published(text, text, lang, today=TODAY) == date(2026, 10, 14)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("Title\n\nLast updated 15 October 2026.\n\nText.", "en", id="en-alone"),
        pytest.param(
            "Titel\n\nAktualisiert am 15.10.2026 – Datum der Sitzung unbekannt\n\nText.",
            "de",
            id="de-no-date-after",
        ),
    ],
)
def test_update_stamp_alone_is_the_date(text: str, lang: str) -> None:
    assert find_published(text, text, lang, today=TODAY) == date(2026, 10, 15)


# --- "the day before", "the next day": counted from the day named just before -------------


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        pytest.param(
            "Talks were held on 9 November. The day before, he was in Herat.",
            "en",
            "2026-11-08",
            id="en-day-before",
        ),
        pytest.param(
            "Talks were held on 9 November. The next day he flew to Herat.",
            "en",
            "2026-11-10",
            id="en-next-day",
        ),
        pytest.param(
            "Die Gespräche fanden am 9. November statt. Am Vortag war er in Herat.",
            "de",
            "2026-11-08",
            id="de-vortag",
        ),
        pytest.param(
            "Die Gespräche fanden am 9. November statt. Am Folgetag flog er nach Herat.",
            "de",
            "2026-11-10",
            id="de-folgetag",
        ),
        pytest.param(
            "Переговоры прошли 9 ноября. Накануне он был в Герате.",
            "ru",
            "2026-11-08",
            id="ru-nakanune",
        ),
        pytest.param(
            "Переговоры прошли 9 ноября. На следующий день он вылетел в Герат.",
            "ru",
            "2026-11-10",
            id="ru-next-day",
        ),
        pytest.param(
            "Les entretiens ont eu lieu le 9 novembre. La veille, il était à Hérat.",
            "fr",
            "2026-11-08",
            id="fr-veille",
        ),
        pytest.param(
            "Les entretiens ont eu lieu le 9 novembre. Le lendemain, il était à Hérat.",
            "fr",
            "2026-11-10",
            id="fr-lendemain",
        ),
    ],
)
def test_day_counted_from_the_day_before_it(text: str, lang: str, label: str) -> None:
    assert [d.period.label() for d in find_dates(text, lang, PUBLISHED)][-1] == label


@pytest.mark.parametrize(
    ("text", "lang", "labels"),
    [
        # no day named before: the publication reckoning
        pytest.param("The day before, he was in Herat.", "en", ["2026-11-17"], id="en-alone"),
        pytest.param("Накануне он был в Герате.", "ru", ["2026-11-17"], id="ru-alone"),
        # "the next day" with nothing to count from dates nothing
        pytest.param("The next day he flew to Herat.", "en", [], id="en-next-alone"),
        pytest.param("Le lendemain, il était à Hérat.", "fr", [], id="fr-next-alone"),
        # a day in an earlier paragraph counts for nothing
        pytest.param(
            "Talks were held on 9 November.\n\nThe day before, he was in Herat.",
            "en",
            ["2026-11-09", "2026-11-17"],
            id="en-other-paragraph",
        ),
    ],
)
def test_day_before_without_a_day_to_count_from(text: str, lang: str, labels: list[str]) -> None:
    assert [d.period.label() for d in find_dates(text, lang, PUBLISHED)] == labels


def test_visit_the_day_before_a_dated_one() -> None:
    text = (
        "Kazakh Foreign Minister Yermek Kosherbayev held talks in Kabul on 12 November. The day "
        "before, he had met the governor of Herat province in Herat."
    )
    visits = extract_visits(text, "en", PUBLISHED)
    assert sorted((v.location, v.date.label()) for v in visits) == [
        ("Herat", "2026-11-11"),
        ("Kabul", "2026-11-12"),
    ]


# --- two months joined: a count over them is their year, as a span of months is -----------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("In September and October, Austria deported 96 Afghans.", "en", id="en"),
        pytest.param(
            "Im September und Oktober wurden 96 Afghanen aus Österreich abgeschoben.", "de", id="de"
        ),
        pytest.param(
            "В сентябре и октябре из России выдворены 96 граждан Таджикистана.", "ru", id="ru"
        ),
        pytest.param("En septembre et octobre, la France a expulsé 96 Afghans.", "fr", id="fr"),
    ],
)
def test_two_months_joined_are_their_year(text: str, lang: str) -> None:
    figures = extract_deportations(text, lang, PUBLISHED)
    assert [(f.count, f.period.label()) for f in figures] == [(96, "2026")]


def test_a_figure_for_each_month_keeps_its_month() -> None:
    text = "Austria deported 96 Afghans in September and 120 in October."
    figures = extract_deportations(text, "en", PUBLISHED)
    assert [(f.count, f.period.label()) for f in figures] == [(96, "2026-09"), (120, "2026-10")]


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        pytest.param(
            "In January and June, Iran deported 3,000 Afghans.", "en", "2026-01", id="en-apart"
        ),
        pytest.param(
            "In December and January, Iran deported 3,000 Afghans.",
            "en",
            "2025-12",
            id="en-across-years",
        ),
    ],
)
def test_months_that_are_no_span_keep_the_first(text: str, lang: str, label: str) -> None:
    assert [f.period.label() for f in extract_deportations(text, lang, PUBLISHED)] == [label]


# --- a count is of people already deported: a term ahead of publication is no period ------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "Pakistan deported 5,000 Afghans within 20 days, officials said.", "en", id="en-days"
        ),
        pytest.param(
            "Innerhalb von 20 Tagen wurden 500 Afghanen aus der Türkei abgeschoben.",
            "de",
            id="de-days",
        ),
        pytest.param(
            "В течение 20 дней из Ирана были выдворены 5000 афганцев.", "ru", id="ru-days"
        ),
        pytest.param(
            "L'Iran a expulsé 5 000 Afghans au cours des vingt jours, selon le ministère.",
            "fr",
            id="fr-days",
        ),
    ],
)
def test_a_term_ahead_is_no_period_of_a_count(text: str, lang: str) -> None:
    figures = extract_deportations(text, lang, PUBLISHED)
    assert figures and all(f.period.start is None or f.period.start <= PUBLISHED for f in figures)


# --- a pronoun for an official named with a title and no country ---------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "Foreign Minister Anna Berger returned from Central Asia on Sunday. In Dushanbe she "
            "met her Tajik counterpart Sirojiddin Muhriddin on Saturday. Austria wants more "
            "students from Tajikistan, and Austria will fund scholarships.",
            "en",
            id="en-she",
        ),
        pytest.param(
            "Außenministerin Anna Berger ist am Sonntag aus Zentralasien zurückgekehrt. In "
            "Duschanbe traf sie am Samstag ihren tadschikischen Amtskollegen Sirodschiddin "
            "Muhriddin. Österreich will mehr Studierende aus Tadschikistan, Österreich zahlt "
            "Stipendien.",
            "de",
            id="de-sie",
        ),
        pytest.param(
            "Министр иностранных дел Анна Бергер в воскресенье вернулась из Центральной Азии. В "
            "Душанбе она в субботу встретилась с таджикским коллегой Сироджиддином Мухриддином. "
            "Австрия хочет больше студентов из Таджикистана, Австрия оплатит стипендии.",
            "ru",
            id="ru-ona",
        ),
        pytest.param(
            "La ministre des Affaires étrangères Anna Berger est rentrée dimanche d'Asie "
            "centrale. À Douchanbé, elle a rencontré samedi son homologue tadjik Sirojiddin "
            "Mouhriddine. L'Autriche veut plus d'étudiants du Tadjikistan, l'Autriche financera "
            "des bourses.",
            "fr",
            id="fr-elle",
        ),
    ],
)
def test_pronoun_for_a_titled_official_of_no_country(text: str, lang: str) -> None:
    visits = extract_visits(text, lang, PUBLISHED)
    assert [(v.visitor_country, v.host_country, v.date.label()) for v in visits] == [
        ("AUT", "TJK", "2026-11-14")
    ]


def test_pronoun_with_no_official_before_is_nobody() -> None:
    text = (
        "The weather was cold in Central Asia on Sunday. In Dushanbe she met her Tajik "
        "counterpart Sirojiddin Muhriddin on Saturday."
    )
    assert [v.visitor for v in extract_visits(text, "en", PUBLISHED)] in ([], [None])


# --- a time ahead of publication: "in zwei Wochen", "через три месяца", "dans dix jours" ---


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        pytest.param("in zwei Wochen", "de", "2026-12", id="de-weeks"),
        pytest.param("in drei Monaten", "de", "2027-02", id="de-months"),
        pytest.param("in 5 Tagen", "de", "2026-11-23", id="de-days-digits"),
        pytest.param("через две недели", "ru", "2026-12", id="ru-weeks"),
        pytest.param("через два года", "ru", "2028", id="ru-years"),
        pytest.param("dans trois mois", "fr", "2027-02", id="fr-months"),
        pytest.param("dans dix jours", "fr", "2026-11-28", id="fr-days"),
    ],
)
def test_time_ahead_of_publication(text: str, lang: str, label: str) -> None:
    assert [d.period.label() for d in find_dates(text, lang, PUBLISHED)] == [label]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("in Monaten", "de", id="de-no-count"),
        pytest.param("in vielen Jahren", "de", id="de-vague-count"),
        pytest.param("for the first time in two years", "en", id="en-first-time"),
    ],
)
def test_no_time_ahead(text: str, lang: str) -> None:
    assert find_dates(text, lang, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        pytest.param("d'ici la fin du mois prochain", "fr", "2026-12", id="fr-end-next-month"),
        pytest.param("avant la fin du mois prochain", "fr", "2026-12", id="fr-before-end-next"),
        pytest.param("в ближайший понедельник", "ru", "2026-11-23", id="ru-nearest-monday"),
        pytest.param("в ближайшее воскресенье", "ru", "2026-11-22", id="ru-nearest-sunday"),
        pytest.param("в следующее воскресенье", "ru", "2026-11-22", id="ru-next-sunday"),
        pytest.param("в прошлое воскресенье", "ru", "2026-11-15", id="ru-last-sunday"),
    ],
)
def test_next_month_and_nearest_weekday(text: str, lang: str, label: str) -> None:
    assert [d.period.label() for d in find_dates(text, lang, PUBLISHED)] == [label]


def test_end_of_this_month_stays_this_month() -> None:
    found = find_dates("d'ici la fin du mois", "fr", PUBLISHED)
    assert [d.period.label() for d in found] == ["2026-11"]


# --- <time> tags: an update's beside the publication's -----------------------------------

_PAGE = "<html><body><h1>Title</h1><p>{stamps}</p><p>The text of the article.</p></body></html>"


@pytest.mark.parametrize(
    ("stamps", "lang"),
    [
        pytest.param(
            'Updated: <time datetime="2026-10-15T09:00">15 Oct</time> | Published: '
            '<time datetime="2026-10-14T07:30">14 Oct</time>',
            "en",
            id="en",
        ),
        pytest.param(
            '<span>Aktualisiert am</span> <time datetime="2026-10-15">15.10.</time> · '
            '<time datetime="2026-10-14">14.10.</time>',
            "de",
            id="de",
        ),
        pytest.param(
            'Обновлено <time datetime="2026-10-15">15.10</time>, опубликовано '
            '<time datetime="2026-10-14">14.10</time>',
            "ru",
            id="ru",
        ),
        pytest.param(
            'Mis à jour le <time datetime="2026-10-15">15/10</time> - publié le '
            '<time datetime="2026-10-14">14/10</time>',
            "fr",
            id="fr",
        ),
    ],
)
def test_time_tag_after_an_update_word_is_not_the_publication(stamps: str, lang: str) -> None:
    raw = _PAGE.format(stamps=stamps)
    assert find_published(raw, "The text of the article.", lang, today=TODAY) == date(2026, 10, 14)


def test_time_tag_of_an_update_alone_is_the_date() -> None:
    raw = _PAGE.format(stamps='Updated: <time datetime="2026-10-15">15 Oct</time>')
    assert find_published(raw, "The text of the article.", "en", today=TODAY) == date(2026, 10, 15)
