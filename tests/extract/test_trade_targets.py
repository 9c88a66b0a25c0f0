"""Trade targets: stated goals are found in four languages; reached figures, aid and
past numbers are not. Cases are data (STYLE.md 7); every sentence is written here."""

from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from tracker.extract.trade_targets import extract_trade_targets

LOGGER = logging.getLogger(__name__)

PUBLISHED = date(2024, 6, 10)

# id, lang, text, expected fields (a subset of the contract)
GOOD: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "en-will-touch",
        "en",
        "India and Afghanistan hope bilateral trade will touch $2 billion by 2030.",
        {"countries": ["AFG", "IND"], "amount": 2000000000, "comparator": "exactly"},
    ),
    (
        "en-to-cross",
        "en",
        "Officials expect trade between India and Afghanistan to cross $2 billion by 2030.",
        {"countries": ["AFG", "IND"], "amount": 2000000000, "comparator": "more_than"},
    ),
    (
        "en-could-hit",
        "en",
        "Trade between Pakistan and Afghanistan could hit $5 billion by 2030, the minister said.",
        {"countries": ["AFG", "PAK"], "amount": 5000000000, "target_date": "2030"},
    ),
    (
        "en-raise-more-than",
        "en",
        (
            "Uzbekistan and Afghanistan agreed to raise bilateral trade to more than $2 billion "
            "by 2026, Foreign Minister Bakhtiyor Saidov said."
        ),
        {
            "countries": ["AFG", "UZB"],
            "amount": 2000000000,
            "currency": "USD",
            "comparator": "more_than",
            "target_date": "2026",
            "stated_by": "Bakhtiyor Saidov",
            "stated_on": "2024-06-10",
        },
    ),
    (
        "en-both-sides",
        "en",
        (
            "Officials from Kazakhstan arrived in Kabul on Monday. Kazakhstan and Afghanistan "
            "discussed transit. Both sides aim to boost the volume of trade to $1.5 bln."
        ),
        {"countries": ["AFG", "KAZ"], "amount": 1500000000, "comparator": "exactly"},
    ),
    (
        "en-at-least-next-years",
        "en",
        "Pakistan wants trade with Afghanistan to reach at least $4 billion in the next five years.",
        {"countries": ["AFG", "PAK"], "comparator": "at_least", "target_date": "2029"},
    ),
    (
        "en-up-to-exports",
        "en",
        "Turkmenistan plans to increase its exports to Afghanistan to up to $900 million.",
        {"countries": ["AFG", "TKM"], "metric": "exports", "comparator": "up_to"},
    ),
    (
        "en-from-to",
        "en",
        "Iran hopes to lift trade with Afghanistan from $1.6 billion to $3 billion by 2027.",
        {"countries": ["AFG", "IRN"], "amount": 3000000000, "target_date": "2027"},
    ),
    (
        "de-mindestens-bis",
        "de",
        (
            "Usbekistan will den Handel mit Afghanistan bis 2027 auf mindestens 2 Milliarden "
            "US-Dollar steigern, sagte Minister Laziz Kudratow."
        ),
        {
            "countries": ["AFG", "UZB"],
            "amount": 2000000000,
            "comparator": "at_least",
            "target_date": "2027",
        },
    ),
    (
        "de-bis-zu-word-amount",
        "de",
        (
            "Ziel sei es, den Warenaustausch zwischen Kasachstan und Afghanistan auf bis zu "
            "eine Milliarde Dollar zu erhöhen."
        ),
        {"countries": ["AFG", "KAZ"], "amount": 1000000000, "comparator": "up_to"},
    ),
    (
        "ru-dovesti-do",
        "ru",
        "Казахстан и Афганистан намерены довести товарооборот до 3 млрд долларов к 2026 году.",
        {
            "countries": ["AFG", "KAZ"],
            "amount": 3000000000,
            # the "до" belongs to the verb: "bring to", not "up to"
            "comparator": "exactly",
            "target_date": "2026",
        },
    ),
    (
        "ru-ne-menee",
        "ru",
        (
            "Узбекистан рассчитывает увеличить торговлю с Афганистаном до уровня не менее "
            "1,5 млрд долларов."
        ),
        {"countries": ["AFG", "UZB"], "amount": 1500000000, "comparator": "at_least"},
    ),
    (
        "fr-porter-a-dici",
        "fr",
        (
            "Le Turkménistan et l'Afghanistan veulent porter leurs échanges commerciaux à "
            "au moins 2 milliards de dollars d'ici 2028."
        ),
        {
            "countries": ["AFG", "TKM"],
            "amount": 2000000000,
            "comparator": "at_least",
            "target_date": "2028",
        },
    ),
    (
        "fr-objectif-plus-de",
        "fr",
        (
            "L'objectif de l'Iran est de porter le commerce avec l'Afghanistan à plus de "
            "5 milliards de dollars."
        ),
        {"countries": ["AFG", "IRN"], "comparator": "more_than", "amount": 5000000000},
    ),
]


GOOD += [
    (
        "en-headline-eye",
        "en",
        "Kazakhstan, Afghanistan eye $3 billion trade",
        {"countries": ["AFG", "KAZ"], "amount": 3000000000},
    ),
    (
        "en-expected-to-exceed",
        "en",
        "Trade between Russia and Afghanistan is expected to exceed $1 billion.",
        {"countries": ["AFG", "RUS"], "comparator": "more_than"},
    ),
    (
        "de-soll-wachsen",
        "de",
        (
            "Das Handelsvolumen zwischen Usbekistan und Afghanistan soll bis 2030 auf fünf "
            "Milliarden Dollar wachsen."
        ),
        {"countries": ["AFG", "UZB"], "amount": 5000000000, "target_date": "2030"},
    ),
    (
        "fr-atteindre-en",
        "fr",
        (
            "L'Ouzbékistan et l'Afghanistan veulent atteindre 4 milliards de dollars "
            "d'échanges en 2030."
        ),
        {"countries": ["AFG", "UZB"], "amount": 4000000000, "target_date": "2030"},
    ),
]

GOOD += [
    (
        "en-metric-in-sentence-before",
        "en",
        "Kazakhstan and Afghanistan discussed trade. The goal is more than $3 billion by 2030.",
        {"countries": ["AFG", "KAZ"], "comparator": "more_than", "target_date": "2030"},
    ),
    (
        "fr-subjunctive-at-least",
        "fr",
        "Astana souhaite que les échanges avec Kaboul atteignent au moins 3 milliards de dollars.",
        {"countries": ["AFG", "KAZ"], "comparator": "at_least", "amount": 3000000000},
    ),
]

GOOD += [
    (
        "en-target-after-amount",
        "en",
        "Uzbekistan and Afghanistan reaffirmed the $3 billion trade target.",
        {"countries": ["AFG", "UZB"], "amount": 3000000000},
    ),
    (
        "ru-goal-dash",
        "ru",
        "Цель Узбекистана и Афганистана — 3 млрд долларов товарооборота.",
        {"countries": ["AFG", "UZB"], "amount": 3000000000},
    ),
    (
        "de-ziel-colon",
        "de",
        "Ziel von Usbekistan und Afghanistan: 2 Milliarden Dollar Handelsvolumen bis 2026.",
        {"countries": ["AFG", "UZB"], "amount": 2000000000, "target_date": "2026"},
    ),
]

# Generality (issue 4): the pair is the target's own clause, not the article's main pair;
# relative deadlines; future verbs and "at least"/"more than" in every language.
GOOD += [
    (
        "de-investor-and-destination-not-main-pair",
        "de",
        (
            "In Kabul wurde über Afghanistan beraten. Die deutschen Investitionen in Usbekistan "
            "sollen bis 2028 auf 1,2 Mrd. Euro steigen."
        ),
        {"countries": ["DEU", "UZB"], "amount": 1200000000, "metric": "investment"},
    ),
    (
        "en-investor-clause-beside-afghanistan",
        "en",
        (
            "Afghan envoys attended the summit. France plans to lift its investment in "
            "Kazakhstan to EUR 2 billion by 2027, while Afghanistan asks for transit fees."
        ),
        {"countries": ["FRA", "KAZ"], "amount": 2000000000, "target_date": "2027"},
    ),
    (
        "en-lift-within-three-years",
        "en",
        "Tajikistan and Afghanistan will lift bilateral trade to USD 750 million within three years.",
        {"countries": ["AFG", "TJK"], "amount": 750000000, "target_date": "2027"},
    ),
    (
        "en-goal-within-two-years-main-pair",
        "en",
        (
            "Kyrgyz and Afghan ministers met in Bishkek on trade between Kyrgyzstan and "
            "Afghanistan. They set a goal of USD 2 billion within two years."
        ),
        {"countries": ["AFG", "KGZ"], "amount": 2000000000, "target_date": "2026"},
    ),
    (
        "en-should-reach-up-from",
        "en",
        "Iran's trade with Afghanistan should reach $4 billion by 2026, up from $1.9 billion now.",
        {"countries": ["AFG", "IRN"], "amount": 4000000000, "target_date": "2026"},
    ),
    (
        "ru-export-at-least-in-year",
        "ru",
        "Экспорт Казахстана в Афганистан в 2027 году составит не менее 700 млн долларов.",
        {
            "countries": ["AFG", "KAZ"],
            "metric": "exports",
            "comparator": "at_least",
            "target_date": "2027",
        },
    ),
    (
        "ru-future-exceed-in-year",
        "ru",
        "Товарооборот Туркмении и Афганистана превысит 1 млрд долларов в 2026 году.",
        {"countries": ["AFG", "TKM"], "comparator": "more_than", "target_date": "2026"},
    ),
    (
        "de-mindestens-erreichen",
        "de",
        "Der Handel zwischen Pakistan und Afghanistan soll bis 2027 mindestens 3 Mrd. Dollar erreichen.",
        {"countries": ["AFG", "PAK"], "comparator": "at_least", "target_date": "2027"},
    ),
    (
        "fr-au-moins-d-ici",
        "fr",
        "Les échanges entre la Turquie et l'Afghanistan devraient atteindre au moins 1 milliard de dollars d'ici 2026.",
        {"countries": ["AFG", "TUR"], "comparator": "at_least", "target_date": "2026"},
    ),
    (
        "en-export-worth",
        "en",
        "Tajikistan aims to export power worth $250 million a year to Afghanistan by 2028.",
        {"countries": ["AFG", "TJK"], "amount": 250000000, "metric": "exports"},
    ),
    (
        "de-reached-with-year-then-goal",
        "de",
        (
            "Der Handel zwischen Turkmenistan und Afghanistan belief sich 2023 auf 0,9 Mrd. "
            "Dollar; Ziel sind 1,5 Mrd. Dollar."
        ),
        {"countries": ["AFG", "TKM"], "amount": 1500000000},
    ),
    (
        "fr-doit-depasser",
        "fr",
        "Le commerce entre l'Iran et l'Afghanistan doit dépasser 3 milliards de dollars d'ici 2027.",
        {"countries": ["AFG", "IRN"], "comparator": "more_than", "amount": 3000000000},
    ),
]

# Held-out set E: the comparator after the amount, a named mark, other verbs of raising
GOOD += [
    (
        "de-verb-last-ueberschreiten",
        "de",
        "Der Handel zwischen Iran und Afghanistan soll 2027 drei Milliarden Dollar übersteigen.",
        {"countries": ["AFG", "IRN"], "comparator": "more_than", "amount": 3000000000},
    ),
    (
        "de-marke-von",
        "de",
        (
            "Der Warenumsatz zwischen Usbekistan und Afghanistan soll bis 2028 die Marke von "
            "vier Milliarden Dollar überschreiten."
        ),
        {"countries": ["AFG", "UZB"], "comparator": "more_than", "amount": 4000000000},
    ),
    (
        "de-auszubauen",
        "de",
        (
            "Tadschikistan und Afghanistan haben sich vorgenommen, den Handel auf eine "
            "Milliarde Dollar auszubauen."
        ),
        {"countries": ["AFG", "TJK"], "comparator": "exactly", "amount": 1000000000},
    ),
    (
        "en-or-more",
        "en",
        "Iran and Afghanistan aim for trade of $4 billion or more by 2028.",
        {"countries": ["AFG", "IRN"], "comparator": "at_least", "amount": 4000000000},
    ),
    (
        "fr-barre-des",
        "fr",
        (
            "Le commerce entre le Tadjikistan et l'Afghanistan doit franchir la barre des "
            "500 millions de dollars en 2027."
        ),
        {"countries": ["AFG", "TJK"], "amount": 500000000, "target_date": "2027"},
    ),
    (
        "ru-vyvesti-na-uroven",
        "ru",
        "Иран и Афганистан намерены вывести товарооборот на уровень 4 млрд долларов к 2028 году.",
        {"countries": ["AFG", "IRN"], "comparator": "exactly", "amount": 4000000000},
    ),
    (
        "ru-i-bolee",
        "ru",
        "Туркменистан и Афганистан рассчитывают довести товарооборот до 2 млрд долларов и более.",
        {"countries": ["AFG", "TKM"], "comparator": "at_least", "amount": 2000000000},
    ),
    # a wish is a goal: "would like", "möchte", "хотел бы", "voudrait"
    (
        "en-would-like-to-exceed",
        "en",
        "Kabul would like its annual trade with Tashkent to exceed $2 billion next year.",
        {"countries": ["AFG", "UZB"], "comparator": "more_than", "target_date": "2025"},
    ),
    (
        "de-wuenscht-sich",
        "de",
        (
            "Afghanistan wünscht sich einen Warenaustausch mit Turkmenistan von über einer Milliarde "
            "Dollar."
        ),
        {"countries": ["AFG", "TKM"], "comparator": "more_than", "amount": 1000000000},
    ),
    (
        "ru-hotel-by-prevysil-by",
        "ru",
        "Казахстан хотел бы, чтобы товарооборот с Афганистаном превысил бы 3 млрд долларов.",
        {"countries": ["AFG", "KAZ"], "comparator": "more_than", "amount": 3000000000},
    ),
    (
        "fr-voudrait-que-depassent",
        "fr",
        "Le Pakistan voudrait que ses échanges avec l'Afghanistan dépassent 5 milliards de dollars.",
        {"countries": ["AFG", "PAK"], "comparator": "more_than", "amount": 5000000000},
    ),
    # a partner named between the metric and the amount ("trade with X is $N"); "for" a year
    (
        "en-target-for-trade-with-is",
        "en",
        (
            "Tajikistan's target for trade with Afghanistan is $800 million for 2027, the minister "
            "said."
        ),
        {"countries": ["AFG", "TJK"], "amount": 800000000, "target_date": "2027"},
    ),
    (
        "de-ziel-fuer-handel-mit",
        "de",
        (
            "Das Ziel für den Handel mit Afghanistan sind 900 Millionen Dollar für 2027, sagte der "
            "turkmenische Minister."
        ),
        {"countries": ["AFG", "TKM"], "amount": 900000000, "target_date": "2027"},
    ),
    (
        "fr-objectif-echanges-avec",
        "fr",
        (
            "L'objectif des échanges du Tadjikistan avec l'Afghanistan est de 800 millions de dollars "
            "pour 2027."
        ),
        {"countries": ["AFG", "TJK"], "amount": 800000000, "target_date": "2027"},
    ),
    (
        "ru-cel-tovarooborota-s",
        "ru",
        "Цель по товарообороту с Афганистаном – 800 млн долларов, заявил министр Таджикистана.",
        {"countries": ["AFG", "TJK"], "amount": 800000000},
    ),
    (
        "en-level-of",
        "en",
        "Iran and Afghanistan want to take their trade to the level of $4 billion.",
        {"countries": ["AFG", "IRN"], "amount": 4000000000},
    ),
    # a later amount without its currency shares the one before it, when a deadline word,
    # a goal word or the end of the clause follows it
    (
        "en-carried-currency-by",
        "en",
        (
            "Trade between Iran and Afghanistan was worth $1.6 billion in 2023 and should climb to 3 "
            "billion by 2027."
        ),
        {"countries": ["AFG", "IRN"], "amount": 3000000000, "currency": "USD"},
    ),
    (
        "de-carried-currency-verb-last",
        "de",
        (
            "Der Handel zwischen Kasachstan und Afghanistan betrug zuletzt 900 Millionen Euro und soll "
            "bis 2028 auf 2 Milliarden steigen."
        ),
        {"countries": ["AFG", "KAZ"], "amount": 2000000000, "currency": "EUR"},
    ),
    (
        "ru-carried-currency-end",
        "ru",
        (
            "Товарооборот Ирана и Афганистана составил 1,5 млрд долларов, а к 2029 году стороны "
            "намерены довести его до 4 млрд."
        ),
        {"countries": ["AFG", "IRN"], "amount": 4000000000, "currency": "USD"},
    ),
    (
        "fr-carried-currency-dici",
        "fr",
        (
            "Les échanges entre le Tadjikistan et l'Afghanistan atteignent déjà 400 millions de "
            "dollars et devraient passer à 1 milliard d'ici 2030."
        ),
        {"countries": ["AFG", "TJK"], "amount": 1000000000, "currency": "USD"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in GOOD], ids=[c[0] for c in GOOD]
)
def test_trade_target_is_found(lang: str, text: str, expected: dict[str, Any]) -> None:
    found = extract_trade_targets(text, lang, PUBLISHED)
    assert len(found) == 1, [t.to_contract() for t in found]
    record = found[0].to_contract()
    for key, value in expected.items():
        assert record[key] == value, (key, record)
    ev = found[0].evidence
    assert text[ev.start : ev.end] == ev.quote
    assert len(ev.quote) <= 300


# id, lang, text: none of these states a trade goal
BAD: list[tuple[str, str, str]] = [
    (
        "en-hit-past",
        "en",
        "Trade between China and Afghanistan hit $1.3 billion last year.",
    ),
    (
        "en-crossed-past",
        "en",
        "Trade between Pakistan and Afghanistan crossed $2 billion in 2024.",
    ),
    (
        "en-reached",
        "en",
        "Trade between Kazakhstan and Afghanistan reached $1.2 billion last year.",
    ),
    (
        "en-stood-at",
        "en",
        "Bilateral trade between Pakistan and Afghanistan stood at $1.7 billion in 2023.",
    ),
    (
        "en-aid",
        "en",
        "Uzbekistan plans to send Afghanistan $50 million in humanitarian aid.",
    ),
    (
        "en-no-money",
        "en",
        "Uzbekistan and Afghanistan aim to double their trade.",
    ),
    (
        "en-no-goal",
        "en",
        "Afghan exports of fruit to Pakistan were worth $300 million.",
    ),
    (
        "en-current-after",
        "en",
        "Both sides want more trade, which is worth about $900 million today.",
    ),
    (
        "de-belief-sich",
        "de",
        "Der Handel zwischen Usbekistan und Afghanistan belief sich 2023 auf 1,1 Milliarden Dollar.",
    ),
    (
        "de-kredit",
        "de",
        "Kasachstan will Afghanistan einen Kredit über 100 Millionen Dollar für den Handel geben.",
    ),
    (
        "ru-sostavil",
        "ru",
        "Товарооборот Казахстана и Афганистана в прошлом году составил 900 млн долларов.",
    ),
    (
        "fr-selevait",
        "fr",
        "Les échanges entre l'Iran et l'Afghanistan s'élevaient à 1,6 milliard de dollars en 2023.",
    ),
    (
        "en-is-worth-today",
        "en",
        "Trade between Iran and Afghanistan is worth $1.6 billion, and officials hope to double it.",
    ),
    (
        "en-agreements-worth",
        "en",
        "Kazakhstan and Afghanistan signed 20 agreements worth $2.5 billion, aiming to expand trade.",
    ),
    (
        "ru-agreements-sum",
        "ru",
        (
            "Казахстан и Афганистан подписали соглашения на сумму 1 млрд долларов, чтобы увеличить "
            "торговлю."
        ),
    ),
    (
        "en-price-of-a-project",
        "en",
        "Kazakhstan plans to build a $500 million railway to boost trade with Afghanistan.",
    ),
    (
        "en-other-sentence-project",
        "en",
        (
            "Kazakhstan and Afghanistan discussed trade. Kazakhstan plans to build a $500 million "
            "railway."
        ),
    ),
    (
        "en-grew-to",
        "en",
        "Uzbekistan and Afghanistan trade grew 20% to $1.1 billion, and both plan more.",
    ),
    (
        "en-spend-on-project",
        "en",
        "Iran plans to spend $200 million on a new rail link to boost trade with Afghanistan.",
    ),
    (
        "ru-vyros-do",
        "ru",
        (
            "Товарооборот Узбекистана и Афганистана вырос до 866 млн долларов; стороны планируют "
            "его увеличить."
        ),
    ),
    (
        "fr-aide",
        "fr",
        "La France veut verser une aide humanitaire de 20 millions d'euros à l'Afghanistan.",
    ),
    # an amount of something else keeps no currency from the amount before it
    (
        "en-tonnes-after-money",
        "en",
        (
            "Trade between Uzbekistan and Afghanistan stood at $1.2 billion last year, and the "
            "two sides plan to ship 3 million tonnes of wheat."
        ),
    ),
    (
        "de-menschen-after-money",
        "de",
        (
            "Der Handel zwischen Iran und Afghanistan lag bei 1,6 Milliarden Dollar; Iran will 2 "
            "Millionen Afghanen ausweisen."
        ),
    ),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in BAD], ids=[c[0] for c in BAD])
def test_not_a_trade_target(lang: str, text: str) -> None:
    assert extract_trade_targets(text, lang, PUBLISHED) == []


def test_a_goal_repeated_in_one_article_is_reported_once() -> None:
    text = (
        "Kazakhstan and Afghanistan plan to raise trade to $3 billion. "
        "The goal of $3 billion in trade was repeated by Minister Arman Shakkaliyev."
    )
    found = extract_trade_targets(text, "en", PUBLISHED)
    assert len(found) == 1
    assert found[0].stated_by == "Arman Shakkaliyev"


THIRD_COUNTRY_SPEAKER = [
    (
        "en",
        (
            "Kazakh Trade Minister Arman Shakkaliyev spoke in Astana on Monday. "
            "Turkmenistan, according to its foreign ministry, wants to raise trade with "
            "Afghanistan to more than $2 billion by 2030."
        ),
    ),
    (
        "de",
        (
            "Der kasachische Handelsminister Arman Schakkalijew sprach am Montag in Astana. "
            "Turkmenistan strebt nach Angaben seines Außenministeriums an, den Handel mit "
            "Afghanistan bis 2030 auf mehr als 2 Milliarden Dollar zu steigern."
        ),
    ),
    (
        "ru",
        (
            "Министр торговли Казахстана Арман Шаккалиев выступил в понедельник в Астане. "
            "Туркменистан, по данным МИД, намерен увеличить товарооборот с Афганистаном "
            "до более чем 2 млрд долларов к 2030 году."
        ),
    ),
    (
        "fr",
        (
            "Le ministre kazakh du Commerce Arman Chakkaliev s'est exprimé lundi à Astana. "
            "Le Turkménistan souhaite porter ses échanges avec l'Afghanistan à plus de "
            "2 milliards de dollars d'ici 2030, selon son ministère des Affaires étrangères."
        ),
    ),
]


@pytest.mark.parametrize(
    ("lang", "text"), THIRD_COUNTRY_SPEAKER, ids=[c[0] for c in THIRD_COUNTRY_SPEAKER]
)
def test_a_speaker_of_a_third_country_does_not_state_the_goal(lang: str, text: str) -> None:
    """A minister named in an earlier sentence speaks for his own country, not for a goal
    between two others."""
    found = extract_trade_targets(text, lang, PUBLISHED)
    assert [(t.countries, t.amount, t.stated_by) for t in found] == [
        (("AFG", "TKM"), 2_000_000_000, None)
    ]


UNNAMED_SOURCE = [
    (
        "en",
        (
            "Uzbek Foreign Minister Bakhtiyor Saidov arrived in Kabul on Monday. "
            "Uzbekistan wants trade with Afghanistan to exceed $3 billion by 2030, "
            "an official said on condition of anonymity."
        ),
    ),
    (
        "de",
        (
            "Der usbekische Außenminister Bachtijor Saidow traf am Montag in Kabul ein. "
            "Usbekistan will den Handel mit Afghanistan bis 2030 auf mehr als 3 Milliarden "
            "Dollar steigern, hieß es aus dem Ministerium."
        ),
    ),
    (
        "ru",
        (
            "Министр иностранных дел Узбекистана Бахтиёр Саидов прибыл в Кабул в понедельник. "
            "Узбекистан намерен довести товарооборот с Афганистаном до более чем 3 млрд "
            "долларов к 2030 году, отметили в ведомстве."
        ),
    ),
    (
        "fr",
        (
            "Le ministre ouzbek des Affaires étrangères Bakhtiyor Saidov est arrivé lundi à "
            "Kaboul. L'Ouzbékistan veut porter ses échanges avec l'Afghanistan à plus de "
            "3 milliards de dollars d'ici 2030, selon un communiqué."
        ),
    ),
]


@pytest.mark.parametrize(("lang", "text"), UNNAMED_SOURCE, ids=[c[0] for c in UNNAMED_SOURCE])
def test_a_goal_from_an_unnamed_source_has_no_speaker(lang: str, text: str) -> None:
    """ "..., an official said": the goal is not put in the mouth of the minister named in
    the sentence before."""
    found = extract_trade_targets(text, lang, PUBLISHED)
    assert [(t.countries, t.amount, t.stated_by) for t in found] == [
        (("AFG", "UZB"), 3_000_000_000, None)
    ]


def test_a_quote_attributed_after_it_names_the_speaker() -> None:
    text = (
        "Der afghanische Minister Aziz Karimov sprach in Astana.\n"
        "„Wir wollen den Handel mit Kasachstan auf 2 Milliarden Dollar steigern. "
        "Das ist realistisch“, sagte Karimov."
    )
    found = extract_trade_targets(text, "de", None)
    assert [t.stated_by for t in found] == ["Aziz Karimov"]
    assert found[0].stated_on.label() is None


def test_amounts_are_decimal_units_and_output_is_deterministic() -> None:
    text = GOOD[0][2]
    first = extract_trade_targets(text, "en", PUBLISHED)
    assert first == extract_trade_targets(text, "en", PUBLISHED)
    assert first[0].amount == Decimal(2000000000)


# --- ranges, comparators, past figures, the pair of countries, the speaker -------------------

# id, lang, text, [(amount, comparator)]: a range is two targets, lower at_least, upper up_to
RANGES: list[tuple[str, str, str, list[tuple[int, str]]]] = [
    (
        "ru-mozhet-sostavit-ot-do",
        "ru",
        "Товарооборот Ирана и Афганистана может составить от 3 до 4 млрд долларов к 2028 году.",
        [(3000000000, "at_least"), (4000000000, "up_to")],
    ),
    (
        "en-between-and",
        "en",
        "Kazakhstan and Afghanistan aim to raise bilateral trade to between $100m and $150m.",
        [(100000000, "at_least"), (150000000, "up_to")],
    ),
    (
        "en-dash",
        "en",
        "Pakistan and Afghanistan plan to lift trade to $3–5 billion by 2027.",
        [(3000000000, "at_least"), (5000000000, "up_to")],
    ),
    (
        "de-zwei-bis-drei",
        "de",
        "Usbekistan und Afghanistan wollen den Handel auf zwei bis drei Milliarden Dollar steigern.",
        [(2000000000, "at_least"), (3000000000, "up_to")],
    ),
    (
        "fr-entre-et",
        "fr",
        (
            "Le Kazakhstan et l'Afghanistan veulent porter leurs échanges entre 1 et 1,5 milliard "
            "de dollars."
        ),
        [(1000000000, "at_least"), (1500000000, "up_to")],
    ),
    (
        "ru-ot-do",
        "ru",
        "Казахстан и Афганистан намерены довести товарооборот от 3 до 5 млрд долларов.",
        [(3000000000, "at_least"), (5000000000, "up_to")],
    ),
    (
        "en-from-to-is-a-change-not-a-range",
        "en",
        "Kazakhstan and Afghanistan plan to raise trade from $1.7 billion to $3 billion.",
        [(3000000000, "exactly")],
    ),
    # the comparator word after a goal verb is the verb's own preposition
    (
        "ru-uvelichit-do",
        "ru",
        "Казахстан и Афганистан планируют увеличить товарооборот до 3 млрд долларов.",
        [(3000000000, "exactly")],
    ),
    (
        "ru-bare-do",
        "ru",
        "Цель Казахстана и Афганистана — товарооборот до 3 млрд долларов.",
        [(3000000000, "up_to")],
    ),
    (
        "ru-ne-menee-chem-do",
        "ru",
        "Казахстан и Афганистан намерены довести товарооборот не менее чем до 3 млрд долларов.",
        [(3000000000, "at_least")],
    ),
    (
        "de-auf-bis-zu",
        "de",
        "Der Handel zwischen Kasachstan und Afghanistan soll auf bis zu 3 Milliarden Dollar steigen.",
        [(3000000000, "up_to")],
    ),
    # a past figure beside the goal is no target
    (
        "en-years-ago",
        "en",
        (
            "Trade between Kazakhstan and Afghanistan should reach $3 billion, from more than "
            "$2.5 billion five years ago."
        ),
        [(3000000000, "exactly")],
    ),
    (
        "de-vor-jahren",
        "de",
        (
            "Kasachstan und Afghanistan wollen den Handel auf 3 Milliarden Dollar steigern; vor fünf "
            "Jahren waren es 2,5 Milliarden Dollar."
        ),
        [(3000000000, "exactly")],
    ),
    (
        "fr-il-y-a",
        "fr",
        (
            "Le Kazakhstan et l'Afghanistan veulent porter leurs échanges à 3 milliards de dollars, "
            "contre 2,5 milliards de dollars il y a cinq ans."
        ),
        [(3000000000, "exactly")],
    ),
    (
        "ru-nazad",
        "ru",
        (
            "Казахстан и Афганистан намерены довести товарооборот до 3 млрд долларов, "
            "с 2,5 млрд долларов пять лет назад."
        ),
        [(3000000000, "exactly")],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in RANGES], ids=[c[0] for c in RANGES]
)
def test_ranges_comparators_and_past_figures(
    lang: str, text: str, expected: list[tuple[int, str]]
) -> None:
    found = extract_trade_targets(text, lang, PUBLISHED)
    assert [(int(t.amount), t.comparator) for t in found] == expected


# id, lang, text, countries: a third country named as a route, a venue or in an aside
PAIRS: list[tuple[str, str, str, list[str]]] = [
    (
        "en-via-third-country",
        "en",
        (
            "Pakistan offered its ports. Pakistan's ministers spoke. Uzbekistan hopes to raise its "
            "trade with Afghanistan, carried largely via Pakistan, to $2 billion by 2027."
        ),
        ["AFG", "UZB"],
    ),
    (
        "en-trilateral-meeting-venue",
        "en",
        (
            "At a trilateral meeting in Tashkent with Pakistan, Afghanistan and Kazakhstan agreed "
            "to raise their trade to $1 billion."
        ),
        ["AFG", "KAZ"],
    ),
    (
        "en-trilateral-trade",
        "en",
        "Kazakhstan, Uzbekistan and Afghanistan aim to raise trilateral trade to $5 billion.",
        ["AFG", "KAZ", "UZB"],
    ),
    (
        "de-einschub",
        "de",
        (
            "Pakistan, Pakistan. Usbekistan will den Handel mit Afghanistan, der größtenteils über "
            "Pakistan läuft, auf 2 Milliarden Dollar steigern."
        ),
        ["AFG", "UZB"],
    ),
    (
        "ru-tranzitom-cherez",
        "ru",
        (
            "Пакистан, Пакистан. Узбекистан намерен довести товарооборот с Афганистаном, идущий "
            "транзитом через Пакистан, до 2 млрд долларов."
        ),
        ["AFG", "UZB"],
    ),
    (
        "fr-via",
        "fr",
        (
            "Le Pakistan, le Pakistan. L'Ouzbékistan veut porter ses échanges avec l'Afghanistan, "
            "qui transitent via le Pakistan, à 2 milliards de dollars."
        ),
        ["AFG", "UZB"],
    ),
    (
        "ru-mezhdu",
        "ru",
        (
            "На встрече в Исламабаде стороны договорились довести товарооборот между Казахстаном "
            "и Афганистаном до 3 млрд долларов."
        ),
        ["AFG", "KAZ"],
    ),
    # no country named for one side: the countries of the places the story is told by
    (
        "ru-region-and-city",
        "ru",
        (
            "Хоким Сурхандарьинской области провёл переговоры в Мазари-Шарифе. Он заявил, что "
            "объём приграничной торговли планируется довести до 500 млн долларов в 2027 году."
        ),
        ["AFG", "UZB"],
    ),
    (
        "en-region-and-city",
        "en",
        (
            "The hokim of Surkhandarya held talks in Mazar-i-Sharif on Tuesday. He said border "
            "trade should rise to $500 million in 2027."
        ),
        ["AFG", "UZB"],
    ),
    (
        "de-city-and-country",
        "de",
        (
            "Der Gouverneur von Balch reiste nach Termes. Das Handelsvolumen mit Afghanistan "
            "soll bis 2027 auf 400 Millionen Dollar steigen, sagte er."
        ),
        ["AFG", "UZB"],
    ),
    (
        "fr-two-cities",
        "fr",
        (
            "Le gouverneur de Hérat s'est rendu à Achgabat. Les échanges frontaliers doivent "
            "atteindre 300 millions de dollars d'ici 2028, a-t-il déclaré."
        ),
        ["AFG", "TKM"],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "countries"), [c[1:] for c in PAIRS], ids=[c[0] for c in PAIRS]
)
def test_the_countries_are_the_pair_whose_trade_is_meant(
    lang: str, text: str, countries: list[str]
) -> None:
    found = extract_trade_targets(text, lang, PUBLISHED)
    assert [list(t.countries) for t in found] == [countries]


# id, lang, text, speaker: the name a speech verb attributes the goal to, not the visitor
SPEAKERS: list[tuple[str, str, str, str]] = [
    (
        "en-spokesman-not-visitor",
        "en",
        (
            "Kazakh Trade Minister Serik Zhumangarin arrived in Kabul on Monday. During "
            "Zhumangarin's visit, the two sides agreed to raise trade to $3 billion, spokesman "
            "Zabihullah Mujahid said."
        ),
        "Zabihullah Mujahid",
    ),
    (
        "en-host-said-after-meeting",
        "en",
        (
            "Kazakh Trade Minister Serik Zhumangarin arrived in Kabul on Monday.\n\nThe two countries "
            "aim to raise trade to $3 billion, Deputy Prime Minister Abdul Ghani Baradar said after "
            "meeting Zhumangarin."
        ),
        "Abdul Ghani Baradar",
    ),
    (
        "de-sagte-sprecher",
        "de",
        (
            "Der kasachische Handelsminister Serik Schumangarin traf am Montag in Kabul ein. Bei "
            "Schumangarins Besuch vereinbarten beide Seiten, den Handel auf 3 Milliarden Dollar zu "
            "steigern, sagte Sprecher Sabihullah Mudschahid."
        ),
        "Sabihullah Mudschahid",
    ),
]


SPEAKERS += [
    (
        "en-role-said-after-quote",
        "en",
        (
            "Taliban spokesman Zabihullah Mujahid welcomed the delegation. Kazakh Trade Minister "
            "Serik Zhumangarin arrived in Kabul on Monday.\n\n"
            '"Both sides want to raise trade to $3 billion," the spokesman said.'
        ),
        "Zabihullah Mujahid",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"), [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS]
)
def test_the_speaker_states_the_goal(lang: str, text: str, speaker: str) -> None:
    found = extract_trade_targets(text, lang, PUBLISHED)
    assert [t.stated_by for t in found] == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "amount"),
    [
        pytest.param(
            "en",
            "Tajikistan and Pakistan plan to take their trade from about $300 million now to "
            "$1 billion by 2029.",
            1_000_000_000,
            id="en-now-to",
        ),
        pytest.param(
            "de",
            "Tadschikistan und Pakistan wollen ihren Handel von derzeit etwa 300 Millionen auf "
            "eine Milliarde Dollar bis 2029 steigern.",
            1_000_000_000,
            id="de-derzeit-auf",
        ),
    ],
)
def test_a_now_word_in_a_from_to_phrase_dates_the_start_not_the_goal(
    lang: str, text: str, amount: int
) -> None:
    found = extract_trade_targets(text, lang, PUBLISHED)
    assert [(t.countries, t.amount) for t in found] == [(("PAK", "TJK"), amount)]


def test_a_figure_already_reached_today_is_still_no_goal() -> None:
    text = "Trade between Tajikistan and Pakistan stands at $300 million today."
    assert extract_trade_targets(text, "en", PUBLISHED) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Pakistan and Uzbekistan hope the railway, whose cost is put at more than $5 billion, "
            "will lift trade.",
            id="en",
        ),
        pytest.param(
            "de",
            "Pakistan und Usbekistan hoffen, dass die Bahn, deren Kosten auf über 5 Milliarden "
            "Dollar geschätzt werden, den Handel belebt.",
            id="de",
        ),
        pytest.param(
            "fr",
            "Le Pakistan et l'Ouzbékistan espèrent que la ligne, dont le coût dépasse 5 milliards "
            "de dollars, dopera les échanges.",
            id="fr",
        ),
        pytest.param(
            "ru",
            "Пакистан и Узбекистан рассчитывают, что дорога стоимостью более 5 млрд долларов "
            "увеличит товарооборот.",
            id="ru",
        ),
    ],
)
def test_the_cost_of_a_project_is_no_trade_target(lang: str, text: str) -> None:
    assert extract_trade_targets(text, lang, PUBLISHED) == []


# A pronoun stands for the metric of a sentence shortly before, an interview's question
# included: (id, lang, text, amount); each text's question names trade, its answer does not.
PRONOUN_METRIC = [
    (
        "en-raise-it-to",
        "en",
        (
            "Tajikistan and Afghanistan discussed energy.\n\nHow large is trade between them "
            "now?\n\nRahimov: Last year it was $400 million. We want to raise it to $1 billion by 2029."
        ),
        1000000000,
    ),
    (
        "de-ihn-steigern",
        "de",
        (
            "Turkmenistan und Afghanistan sprachen über Gas.\n\nWie hoch ist der Handel "
            "derzeit?\n\nOrasow: Zuletzt lag er bei 900 Millionen Dollar. Wir wollen ihn bis 2029 auf "
            "zwei Milliarden Dollar steigern."
        ),
        2000000000,
    ),
    (
        "ru-dovesti-ego-do",
        "ru",
        (
            "Таджикистан и Афганистан обсудили энергетику.\n\nКаков сейчас товарооборот?\n\n"
            "Рахимов: В прошлом году он составил 400 млн долларов. Мы хотим довести его до 1 млрд "
            "долларов к 2029 году."
        ),
        1000000000,
    ),
    (
        "fr-les-porter-a",
        "fr",
        (
            "Le Turkménistan et l'Afghanistan ont parlé de gaz.\n\nQuel est le niveau des échanges "
            "aujourd'hui ?\n\nOrazov : L'an dernier, ils ont atteint 900 millions de dollars. Nous "
            "voulons les porter à 2 milliards de dollars d'ici 2029."
        ),
        2000000000,
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "amount"),
    [c[1:] for c in PRONOUN_METRIC],
    ids=[c[0] for c in PRONOUN_METRIC],
)
def test_a_pronoun_takes_the_metric_of_a_recent_sentence(lang: str, text: str, amount: int) -> None:
    found = extract_trade_targets(text, lang, PUBLISHED)
    assert [(t.amount, t.metric, t.target_date.start.year) for t in found] == [
        (Decimal(amount), "bilateral trade volume", 2029)
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Trade was discussed on Monday.\n\nKazakhstan said it aims to raise $2 billion from a "
            "bond sale by 2027.",
            id="en-it-as-subject",
        ),
        pytest.param(
            "ru",
            "Стороны обсудили торговлю. Его визит в Ташкент стоил 2 млн долларов и должен "
            "окупиться.",
            id="ru-his-visit",
        ),
    ],
)
def test_a_pronoun_that_is_no_metric_brings_none(lang: str, text: str) -> None:
    assert extract_trade_targets(text, lang, PUBLISHED) == []


@pytest.mark.parametrize(
    ("lang", "text", "currency"),
    [
        pytest.param(
            "en",
            "India and Afghanistan hope to lift trade to Rs 5,000 crore within three years.",
            "INR",
            id="en-rs-between-india-and-afghanistan",
        ),
        pytest.param(
            "en",
            "Pakistan and Afghanistan hope to lift trade to Rs 500 billion within three years.",
            "PKR",
            id="en-rs-between-pakistan-and-afghanistan",
        ),
        pytest.param(
            "en",
            "India and Afghanistan aim to raise trade to 50 billion Pakistani rupees by 2028.",
            "PKR",
            id="en-named-rupees-stay-whose-they-are",
        ),
        pytest.param(
            "de",
            "Indien und Afghanistan wollen den Handel bis 2028 auf 50 Milliarden Rupien steigern.",
            "INR",
            id="de-rupien",
        ),
        pytest.param(
            "fr",
            "L'Inde et l'Afghanistan veulent porter leurs échanges à 50 milliards de roupies "
            "d'ici 2028.",
            "INR",
            id="fr-roupies",
        ),
        pytest.param(
            "ru",
            "Индия и Афганистан намерены довести товарооборот до 50 млрд рупий к 2028 году.",
            "INR",
            id="ru-rupiy",
        ),
    ],
)
def test_a_currency_several_countries_share_is_the_pairs(
    lang: str, text: str, currency: str
) -> None:
    assert [t.currency for t in extract_trade_targets(text, lang, PUBLISHED)] == [currency]


# Within a paragraph, a goal may name its metric two sentences before, and its amount may
# leave out the currency of an amount in the sentence before.
PARAGRAPH_CASES = [
    (
        "en-currency-from-the-sentence-before",
        "en",
        (
            "Trade between Kyrgyzstan and Afghanistan stands at about $300 million. Both "
            "governments want to take it to 1 billion by 2029."
        ),
        (1000000000, "USD", 2029),
    ),
    (
        "fr-currency-from-the-sentence-before",
        "fr",
        (
            "Les échanges entre le Kirghizistan et l'Afghanistan avoisinent 300 millions de "
            "dollars. Les deux gouvernements veulent les porter à 1 milliard d'ici 2029."
        ),
        (1000000000, "USD", 2029),
    ),
    (
        "en-metric-two-sentences-back",
        "en",
        (
            "Trade between Kyrgyzstan and Afghanistan is growing. In the first half it passed $150 "
            "million. The joint commission set the goal of reaching $1 billion by 2029."
        ),
        (1000000000, "USD", 2029),
    ),
    (
        "ru-metric-two-sentences-back",
        "ru",
        (
            "Товарооборот Киргизии и Афганистана растет. За полгода он превысил 150 млн долларов. "
            "Межправкомиссия поставила задачу выйти на 1 млрд долларов к 2029 году."
        ),
        (1000000000, "USD", 2029),
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [c[1:] for c in PARAGRAPH_CASES],
    ids=[c[0] for c in PARAGRAPH_CASES],
)
def test_a_goal_takes_its_metric_and_currency_from_its_paragraph(
    lang: str, text: str, expected: tuple[int, str, int]
) -> None:
    found = extract_trade_targets(text, lang, PUBLISHED)
    assert [(t.amount, t.currency, t.target_date.start.year) for t in found] == [
        (Decimal(expected[0]), expected[1], expected[2])
    ]


def test_a_new_paragraph_keeps_its_own_metric_and_currency() -> None:
    text = (
        "Trade between Kyrgyzstan and Afghanistan stands at about $300 million.\n\n"
        "The new fund wants to raise 1 billion by 2029."
    )
    assert extract_trade_targets(text, "en", PUBLISHED) == []


# "more than one billion" with the number in words is a goal above it in every language; in
# French the comparator elides before a vowel ("plus d'un milliard", "au-delà d'un").
@pytest.mark.parametrize(
    ("lang", "text", "amount"),
    [
        pytest.param(
            "en",
            "Nepal and Bhutan want to lift trade to more than one billion dollars.",
            1_000_000_000,
            id="en-more-than-one",
        ),
        pytest.param(
            "de",
            "Nepal und Bhutan wollen den Handel auf mehr als eine Milliarde Dollar steigern.",
            1_000_000_000,
            id="de-mehr-als-eine",
        ),
        pytest.param(
            "ru",
            "Непал и Бутан хотят довести товарооборот до более чем одного миллиарда долларов.",
            1_000_000_000,
            id="ru-bolee-chem-odnogo",
        ),
        pytest.param(
            "fr",
            "Le Népal et le Bhoutan veulent porter leurs échanges à plus d'un milliard de dollars.",
            1_000_000_000,
            id="fr-plus-d-un",
        ),
        pytest.param(
            "fr",
            "Le Népal et le Bhoutan veulent porter leurs échanges au-delà d’un milliard et demi "
            "de dollars.",
            1_500_000_000,
            id="fr-au-dela-d-un-typographic-apostrophe",
        ),
    ],
)
def test_more_than_a_number_in_words_is_a_goal_above_it(lang: str, text: str, amount: int) -> None:
    got = [(t.amount, t.comparator) for t in extract_trade_targets(text, lang, date(2025, 10, 22))]
    assert got == [(amount, "more_than")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Trade between Tajikistan and Afghanistan passed $200 million last year. The "
            "ministry now targets $500 million by 2028.",
            id="en-now",
        ),
        pytest.param(
            "de",
            "Der Handel zwischen Tadschikistan und Afghanistan lag zuletzt bei 200 Millionen "
            "Dollar. Das Ministerium strebt nun 500 Millionen Dollar bis 2028 an.",
            id="de-nun",
        ),
        pytest.param(
            "fr",
            "Les échanges entre le Tadjikistan et l'Afghanistan ont dépassé 200 millions de "
            "dollars l'an dernier. Le ministère vise désormais 500 millions de dollars d'ici "
            "2028.",
            id="fr-desormais",
        ),
        pytest.param(
            "ru",
            "Товарооборот Таджикистана и Афганистана превысил 200 млн долларов. Теперь "
            "министерство ставит цель 500 млн долларов к 2028 году.",
            id="ru-teper",
        ),
    ],
)
def test_an_adverb_between_the_goal_word_and_its_amount(lang: str, text: str) -> None:
    got = [(t.countries, int(t.amount)) for t in extract_trade_targets(text, lang, PUBLISHED)]
    assert got == [(("AFG", "TJK"), 500_000_000)]


# Working towards a figure states a goal (held-out set N).
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Nepal and Bhutan are working towards bilateral trade of $2 billion by 2030.",
            id="en-working-towards",
        ),
        pytest.param(
            "de",
            "Nepal und Bhutan arbeiten auf ein Handelsvolumen von zwei Milliarden Dollar bis "
            "2030 hin.",
            id="de-arbeiten-auf-hin",
        ),
        pytest.param(
            "fr",
            "Le Népal et le Bhoutan travaillent à porter leurs échanges à 2 milliards de dollars "
            "d'ici 2030.",
            id="fr-travaillent-a",
        ),
        pytest.param(
            "ru",
            "Непал и Бутан работают над выходом на товарооборот в 2 млрд долларов к 2030 году.",
            id="ru-rabotayut-nad",
        ),
    ],
)
def test_working_towards_a_figure_is_a_goal(lang: str, text: str) -> None:
    got = [
        (t.countries, t.amount, t.target_date.label())
        for t in extract_trade_targets(text, lang, PUBLISHED)
    ]
    assert got == [(("BTN", "NPL"), Decimal(2_000_000_000), "2030")]


# A goal whose sentence names one side takes the partner of the trade named just before it
# in its paragraph, not the country the article is mostly about (held-out set N).
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Tashkent hosted the forum. Nepal has revised its target for trade with Bhutan. "
            "Its trade minister said Nepal now aims for trade of at least $2bn by 2030.",
            id="en",
        ),
        pytest.param(
            "de",
            "Taschkent war Gastgeber. Nepal hat sein Ziel für den Handel mit Bhutan geändert. "
            "Nepal strebt nun ein Handelsvolumen von mindestens zwei Milliarden Dollar bis "
            "2030 an.",
            id="de",
        ),
        pytest.param(
            "fr",
            "Tachkent accueillait le forum. Le Népal a révisé son objectif pour le commerce avec "
            "le Bhoutan. Le Népal vise désormais au moins 2 milliards de dollars d'échanges "
            "d'ici 2030.",
            id="fr",
        ),
        pytest.param(
            "ru",
            "Форум прошёл в Ташкенте. Непал пересмотрел цель по торговле с Бутаном. Непал "
            "рассчитывает довести товарооборот не менее чем до 2 млрд долларов к 2030 году.",
            id="ru",
        ),
    ],
)
def test_a_goal_naming_one_side_takes_the_partner_of_the_sentence_before(
    lang: str, text: str
) -> None:
    got = [(t.countries, t.amount) for t in extract_trade_targets(text, lang, PUBLISHED)]
    assert got == [(("BTN", "NPL"), Decimal(2_000_000_000))]


def test_hoped_exports_worth_up_to_an_amount_are_a_goal() -> None:
    text = "Nepal hoped to export tea worth up to $300 million a year to Bhutan."
    got = [(t.metric, t.amount, t.comparator) for t in extract_trade_targets(text, "en", PUBLISHED)]
    assert got == [("exports", Decimal(300_000_000), "up_to")]


# A German deputy head of government ("Vizeregierungschef") is a role, not part of the
# speaker's name.
def test_a_vizeregierungschef_is_a_role_not_a_name() -> None:
    text = (
        "Kasachstan und Afghanistan wollen ihren Handel auf 3 Milliarden Dollar steigern, "
        "sagte Vizeregierungschef Serik Schumangarin."
    )
    targets = extract_trade_targets(text, "de", date(2025, 9, 3))
    assert [t.stated_by for t in targets] == ["Serik Schumangarin"]


# "ein Ziel von 2 Milliarden Dollar": the "von" of a goal names the goal, it is no starting
# figure, even when the sentence names another amount after it.
def test_the_von_of_a_german_goal_is_no_starting_figure() -> None:
    text = (
        "Pakistan und Usbekistan haben sich ein Ziel von 2 Milliarden Dollar jährlichem Handel "
        "bis 2027 gesetzt; zuvor lag das Ziel bei 1 Milliarde Dollar."
    )
    targets = extract_trade_targets(text, "de", date(2025, 9, 3))
    assert [(t.countries, int(t.amount), t.target_date.label()) for t in targets][:1] == [
        (("PAK", "UZB"), 2_000_000_000, "2027")
    ]


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        pytest.param(
            "Tajikistan and Afghanistan raised their trade goal to $2 billion from an earlier"
            " target of $1 billion.",
            [2_000_000_000, 1_000_000_000],
            id="from-an-earlier-target",
        ),
        pytest.param(
            "Tajikistan and Afghanistan aim for trade of $2 billion, up from $900 million two"
            " years earlier.",
            [2_000_000_000],
            id="two-years-earlier-is-past",
        ),
    ],
)
def test_earlier_after_an_amount_is_past_only_after_a_span_of_time(
    text: str, amounts: list[int]
) -> None:
    """ "$900 million two years earlier" is a past figure; "$2 billion from an earlier target
    of $1 billion" is the new goal (and the old one it replaces)."""
    found = extract_trade_targets(text, "en", PUBLISHED)
    assert [int(t.amount) for t in found] == amounts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "de",
            "Turkmenistan und Afghanistan haben ihr Handelsziel auf zwei Milliarden Dollar"
            " angehoben.",
            id="de-handelsziel",
        ),
        pytest.param(
            "fr",
            "Le Turkménistan et l'Afghanistan ont relevé leur objectif commercial à 2 milliards"
            " de dollars.",
            id="fr-objectif-commercial",
        ),
        pytest.param(
            "ru",
            "Туркменистан и Афганистан повысили целевой показатель товарооборота до 2 млрд"
            " долларов.",
            id="ru-tselevoy-pokazatel",
        ),
    ],
)
def test_a_raised_trade_goal_named_as_a_goal_is_a_target(lang: str, text: str) -> None:
    """ "Handelsziel", "objectif commercial", "целевой показатель товарооборота": the goal
    word names the metric, or is the goal cue."""
    found = extract_trade_targets(text, lang, PUBLISHED)
    assert [(t.countries, int(t.amount)) for t in found] == [(("AFG", "TKM"), 2_000_000_000)]


# A country named as a route is no side even when the sentence names only one side: the
# other comes from the article, never the route (held-out set T).
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Nepal and Bhutan signed a transit deal. Nepal wants to lift its trade with the "
            "kingdom to $900 million by 2029 by sending more goods through India.",
            id="en-through",
        ),
        pytest.param(
            "de",
            "Nepal und Bhutan unterzeichneten ein Transitabkommen. Nepal will den Handel bis "
            "2029 auf 900 Millionen Dollar steigern, vor allem mit Lieferungen durch Indien.",
            id="de-durch",
        ),
        pytest.param(
            "fr",
            "Le Népal et le Bhoutan ont signé un accord de transit. Le Népal veut porter les "
            "échanges à 900 millions de dollars d'ici 2029 en passant par l'Inde.",
            id="fr-en-passant-par",
        ),
        pytest.param(
            "ru",
            "Непал и Бутан подписали соглашение о транзите. Непал намерен увеличить "
            "товарооборот до 900 млн долларов к 2029 году за счет поставок через Индию.",
            id="ru-cherez",
        ),
    ],
)
def test_a_route_is_no_side_even_beside_a_single_side(lang: str, text: str) -> None:
    got = [(t.countries, t.amount) for t in extract_trade_targets(text, lang, PUBLISHED)]
    assert got == [(("BTN", "NPL"), Decimal(900_000_000))]


# "The two countries had set a target ...": the pair of the headline or lead, not the
# country the article mentions most (held-out set T).
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Nepal, Bhutan agree on hydropower\n\nIndian engineers, Indian banks and an Indian "
            "grid operator will build the line across India.\n\nThe two countries aim for "
            "trade of $700 million by 2030, said the Nepali minister.",
            id="en",
        ),
        pytest.param(
            "de",
            "Nepal und Bhutan einigen sich auf Wasserkraft\n\nIndische Ingenieure, indische "
            "Banken und ein indischer Netzbetreiber bauen die Leitung.\n\nBeide Länder wollen "
            "den Handel bis 2030 auf 700 Millionen Dollar steigern, sagte der nepalesische "
            "Minister.",
            id="de",
        ),
    ],
)
def test_the_two_countries_are_the_pair_the_article_opens_with(lang: str, text: str) -> None:
    got = [(t.countries, t.amount) for t in extract_trade_targets(text, lang, PUBLISHED)]
    assert got == [(("BTN", "NPL"), Decimal(700_000_000))]


# Machine-translated releases (held-out set U) calque the Russian "доведут товарооборот до
# уровня ... в 2028 году": a future "bring/porteront", a "level" before the amount ("bis
# zu der Höhe von", "jusqu'au niveau de") and "in the year"/"dans l'année" before the year.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Tajikistan and Kyrgyzstan held talks in Bishkek. It was agreed that the sides will "
            "bring the trade turnover up to the level of 400 million US dollars in the year 2028.",
            id="en",
        ),
        pytest.param(
            "de",
            "Tadschikistan und Kirgisistan führten Gespräche in Bischkek. Es wurde Übereinstimmung "
            "erzielt, dass die Seiten den Warenumsatz bringen werden bis zu der Höhe von 400 "
            "Millionen US-Dollar im Jahr 2028.",
            id="de",
        ),
        pytest.param(
            "fr",
            "Le Tadjikistan et le Kirghizistan ont tenu des pourparlers à Bichkek. Il a été "
            "convenu que les parties porteront le chiffre d'affaires commercial jusqu'au niveau "
            "de 400 millions de dollars américains dans l'année 2028.",
            id="fr",
        ),
        pytest.param(
            "ru",
            "Таджикистан и Кыргызстан провели переговоры в Бишкеке. Достигнута договоренность, "
            "что стороны доведут товарооборот до уровня 400 млн долларов США в 2028 году.",
            id="ru",
        ),
    ],
)
def test_a_translated_goal_with_a_level_and_a_year(lang: str, text: str) -> None:
    got = [
        (t.countries, t.amount, t.currency, str(t.target_date))
        for t in extract_trade_targets(text, lang, date(2026, 11, 6))
    ]
    assert got == [(("KGZ", "TJK"), Decimal(400_000_000), "USD", "2028")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "de",
            "Tadschikistan und Kirgisistan führten Gespräche. Der Handel erreichte 2025 eine Höhe "
            "von 300 Millionen US-Dollar.",
            id="de-reached-height",
        ),
        pytest.param(
            "de",
            "Tadschikistan und Kirgisistan führten Gespräche. Die Bank gewährt einen Kredit in "
            "Höhe von 300 Millionen US-Dollar.",
            id="de-loan",
        ),
        pytest.param(
            "fr",
            "Le Tadjikistan et le Kirghizistan ont tenu des pourparlers. Leurs échanges ont porté "
            "sur 300 millions de dollars en 2025.",
            id="fr-past-porte",
        ),
    ],
)
def test_a_level_reached_or_a_loan_is_no_goal(lang: str, text: str) -> None:
    assert extract_trade_targets(text, lang, date(2026, 11, 6)) == []


# A CMS page sets its goals out in a table (held-out set U): a header naming a goal
# column makes each row with a metric and an amount a goal; a table of figures reached
# ("| Year | Trade |") states none.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Pakistan and Uzbekistan agreed the following in Tashkent:\n\n"
            "| Area | Target | Deadline |\n|---|---|---|\n| Bilateral trade | $2 billion | 2030 |",
            id="en",
        ),
        pytest.param(
            "de",
            "Pakistan und Usbekistan vereinbarten in Taschkent:\n\n"
            "| Bereich | Ziel | Frist |\n|---|---|---|\n| Bilateraler Handel | 2 Mrd. US-Dollar | 2030 |",
            id="de",
        ),
        pytest.param(
            "ru",
            "Пакистан и Узбекистан договорились в Ташкенте:\n\n"
            "| Направление | Цель | Срок |\n|---|---|---|\n| Товарооборот | 2 млрд долларов | 2030 |",
            id="ru",
        ),
        pytest.param(
            "fr",
            "Le Pakistan et l'Ouzbékistan sont convenus à Tachkent :\n\n"
            "| Domaine | Objectif | Échéance |\n|---|---|---|\n| Échanges commerciaux | 2 milliards de "
            "dollars | 2030 |",
            id="fr",
        ),
    ],
)
def test_a_row_of_a_goal_table_is_a_goal(lang: str, text: str) -> None:
    got = [(t.countries, t.amount) for t in extract_trade_targets(text, lang, PUBLISHED)]
    assert got == [(("PAK", "UZB"), Decimal(2_000_000_000))]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Trade between Pakistan and Uzbekistan:\n\n"
            "| Year | Trade |\n|---|---|\n| 2024 | $1.1 billion |\n| 2025 | $1.3 billion |",
            id="en",
        ),
        pytest.param(
            "de",
            "Handel zwischen Pakistan und Usbekistan:\n\n"
            "| Jahr | Handel |\n|---|---|\n| 2024 | 1,1 Mrd. Dollar |\n| 2025 | 1,3 Mrd. Dollar |",
            id="de",
        ),
    ],
)
def test_a_table_of_figures_reached_states_no_goal(lang: str, text: str) -> None:
    assert extract_trade_targets(text, lang, PUBLISHED) == []


# (id, lang, text, countries, stated_by): the speaker's own side and the asker's partner
SPOKEN_SIDES = [
    (
        "en-transcript-role-label",
        "en",
        (
            "Ministry of Foreign Affairs | Government of Pakistan\n\nThe minister visited Kabul "
            "and Herat this week.\n\nQ: On Turkmenistan, what figure do the two sides want?\n\n"
            "SPOKESPERSON: The two countries have set a target of one billion dollars in trade."
        ),
        ["PAK", "TKM"],
        None,
    ),
    (
        "ru-transcript-name-label",
        "ru",
        (
            "Брифинг официального представителя МИД России, Москва\n\nРечь шла об Афганистане "
            "и Кабуле.\n\nВопрос: Каких показателей ждут от торговли с Туркменистаном?\n\n"
            "ПРЕДСТАВИТЕЛЬ: Лидеры наших стран поставили задачу довести товарооборот до 1 млрд "
            "долларов."
        ),
        ["RUS", "TKM"],
        None,
    ),
    (
        "fr-op-ed-byline",
        "fr",
        (
            "Tribune\n\nTRIBUNE. Par Askar Nurov, ministre des Affaires étrangères du Kazakhstan\n\n"
            "Je me suis rendu à Kaboul le mois dernier. La France et l'Europe hésitent.\n\n"
            "Nous sommes convenus de porter nos échanges à 2 milliards de dollars avec "
            "l'Afghanistan."
        ),
        ["AFG", "KAZ"],
        "Askar Nurov",
    ),
    (
        "en-op-ed-author-note",
        "en",
        (
            "OPINION\n\nBy Askar Nurov\n\nAskar Nurov is Foreign Minister of Kazakhstan.\n\nI was "
            "in Kabul last week; Germany and France still hesitate.\n\nWe have agreed with "
            "Afghanistan to raise our trade to $2 billion by 2028."
        ),
        ["AFG", "KAZ"],
        "Askar Nurov",
    ),
    (
        "de-interview-name-label",
        "de",
        (
            "Der kasachische Außenminister Askar Nurow sprach mit uns über Frankreich.\n\n"
            "Frage: Und der Handel mit Afghanistan?\n\nNurow: Wir wollen unseren Handel auf "
            "zwei Milliarden Dollar steigern."
        ),
        ["AFG", "KAZ"],
        "Askar Nurow",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "countries", "stated_by"),
    [pytest.param(*case[1:], id=case[0]) for case in SPOKEN_SIDES],
)
def test_a_spoken_goal_s_sides_are_the_speaker_s_and_the_asker_s(
    lang: str, text: str, countries: list[str], stated_by: str | None
) -> None:
    """'SPOKESPERSON: The two countries have set a target ...' after 'Q: On Turkmenistan
    ...'; 'Nous sommes convenus de porter nos échanges ...' in an op-ed: the speaker's own
    country (a transcript's label, the publisher's, a byline's) is a side, the partner the
    question named the other; the speaker states it, a nameless one is no one named."""
    found = extract_trade_targets(text, lang, PUBLISHED)
    assert [(t.countries, t.stated_by) for t in found] == [(tuple(countries), stated_by)]


def test_we_without_a_known_speaker_takes_no_side() -> None:
    """'We want our trade with Afghanistan at $2 billion', in a reader's letter with no
    byline of an office: 'we' names no country; the document's countries decide."""
    text = (
        "Letters\n\nBy Sarah Miller\n\nUzbekistan is my home. We want our trade with "
        "Afghanistan to reach $2 billion by 2030."
    )
    found = extract_trade_targets(text, "en", PUBLISHED)
    assert [t.countries for t in found] == [("AFG", "UZB")]


@pytest.mark.parametrize(
    ("lang", "text", "countries"),
    [
        pytest.param(
            "en",
            "Uzbekistan remains Kabul's main northern partner. Kazakhstan has chosen a similar "
            "course. Its leaders speak of a $3 billion goal for trade with Afghanistan.",
            ["AFG", "KAZ"],
            id="en-its",
        ),
        pytest.param(
            "de",
            "Usbekistan bleibt Kabuls wichtigster Partner im Norden. Kasachstan geht einen "
            "ähnlichen Weg. Seine Regierung will den Handel mit Afghanistan auf drei "
            "Milliarden Dollar steigern.",
            ["AFG", "KAZ"],
            id="de-seine",
        ),
        pytest.param(
            "fr",
            "L'Ouzbékistan reste le premier partenaire de Kaboul au nord. Le Kazakhstan suit la "
            "même voie. Ses dirigeants veulent porter les échanges avec l'Afghanistan à 3 "
            "milliards de dollars.",
            ["AFG", "KAZ"],
            id="fr-ses",
        ),
        pytest.param(
            "ru",
            "Узбекистан остается главным северным партнером Кабула. Казахстан идет тем же "
            "путем. Его руководство намерено довести товарооборот с Афганистаном до 3 млрд "
            "долларов.",
            ["AFG", "KAZ"],
            id="ru-ego",
        ),
        pytest.param(
            "en",
            "Uzbekistan remains Kabul's main northern partner. Kazakhstan has chosen a similar "
            "course. Officials speak of a $3 billion goal for trade with Afghanistan.",
            ["AFG", "UZB"],
            id="en-no-back-reference",
        ),
    ],
)
def test_a_sentence_opening_with_its_takes_the_country_of_the_sentence_before(
    lang: str, text: str, countries: list[str]
) -> None:
    """ "Kazakhstan has chosen a similar course. Its leaders speak of a $3 billion goal for
    trade with Afghanistan": the goal is Kazakhstan's, not the article's main country's."""
    targets = extract_trade_targets(text, lang, PUBLISHED)
    assert [list(t.countries) for t in targets] == [countries]


ON_A_CONDITION = [
    pytest.param(
        "en",
        "Traders said trade between Pakistan and Afghanistan could reach $4 billion if the "
        "crossings reopened.",
        id="en-if",
    ),
    pytest.param(
        "de",
        "Sollte die Bahnlinie fertig werden, könnte der Handel zwischen Kasachstan und "
        "Afghanistan vier Milliarden Dollar erreichen.",
        id="de-sollte-koennte",
    ),
    pytest.param(
        "de",
        "Der Handel zwischen Kasachstan und Afghanistan könnte vier Milliarden Dollar erreichen, "
        "falls die Bahnlinie fertig wird.",
        id="de-falls",
    ),
    pytest.param(
        "ru",
        "В случае запуска ЛЭП товарооборот Таджикистана и Афганистана может превысить 2 млрд "
        "долларов.",
        id="ru-v-sluchae",
    ),
    pytest.param(
        "ru",
        "Если дорогу достроят, товарооборот Узбекистана и Афганистана может достичь 4 млрд "
        "долларов.",
        id="ru-esli",
    ),
    pytest.param(
        "fr",
        "Si le corridor s'ouvre, les échanges entre la France et l'Ouzbékistan pourraient "
        "atteindre 3 milliards d'euros.",
        id="fr-si",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ON_A_CONDITION)
def test_a_figure_on_a_condition_is_no_target(lang: str, text: str) -> None:
    """'If the corridor opens, trade could reach ...' projects, it sets no goal (held-out
    set X)."""
    assert extract_trade_targets(text, lang, PUBLISHED) == []


UNCONDITIONAL = [
    pytest.param(
        "en",
        "Pakistan and Afghanistan aim to raise trade to $4 billion by 2027.",
        id="en",
    ),
    pytest.param(
        "de",
        "Der Handel zwischen Kasachstan und Afghanistan sollte bis 2027 vier Milliarden Dollar "
        "erreichen.",
        id="de-sollte-as-should",
    ),
    pytest.param(
        "fr",
        "La France et l'Ouzbékistan visent des échanges de 3 milliards d'euros d'ici 2027, si "
        "important pour les deux pays.",
        id="fr-si-as-so",
    ),
    pytest.param(
        "en",
        "Pakistan and Tajikistan now speak of a target of $300 million in trade by 2028, which "
        "the minister called realistic, if the road stays open.",
        id="en-if-in-a-later-remark",
    ),
]


@pytest.mark.parametrize(("lang", "text"), UNCONDITIONAL)
def test_a_goal_without_a_condition_stays_a_target(lang: str, text: str) -> None:
    assert len(extract_trade_targets(text, lang, PUBLISHED)) == 1


@pytest.mark.parametrize(
    ("lang", "text", "amount"),
    [
        pytest.param(
            "en",
            "The minister set the target of raising trade between Tajikistan and Afghanistan "
            "to $500 million by 2027, provided that the border markets reopen.",
            500_000_000,
            id="en-target-provided",
        ),
        pytest.param(
            "de",
            "Der Minister setzte sich das Ziel, den Handel zwischen Tadschikistan und "
            "Afghanistan bis 2027 auf 500 Millionen Dollar zu steigern, sofern die Grenzmärkte "
            "wieder öffnen.",
            500_000_000,
            id="de-ziel-sofern",
        ),
        pytest.param(
            "fr",
            "Le ministre s'est fixé pour objectif de porter les échanges entre le Tadjikistan et "
            "l'Afghanistan à 500 millions de dollars d'ici 2027, à condition que les marchés "
            "frontaliers rouvrent.",
            500_000_000,
            id="fr-objectif-a-condition",
        ),
        pytest.param(
            "ru",
            "Министр поставил цель довести товарооборот Таджикистана и Афганистана до 500 млн "
            "долларов к 2027 году при условии открытия приграничных рынков.",
            500_000_000,
            id="ru-tsel-pri-uslovii",
        ),
    ],
)
def test_a_goal_set_on_a_condition_stays_a_target(lang: str, text: str, amount: int) -> None:
    """An objective someone set stays a target when a condition follows it ("provided the
    markets reopen"); only what trade "could reach" on a condition is a projection."""
    assert [t.amount for t in extract_trade_targets(text, lang, PUBLISHED)] == [amount]


# A goal word as a label before its amount, with a word or three describing it ("Objectif
# affiché :", "Erklärtes Ziel der Regierungen:", "Goal for the decade:") names a goal; a
# price after a bare label stays none.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "fr",
            "Objectif affiché : 2 milliards de dollars d'échanges entre le Tadjikistan et "
            "l'Afghanistan d'ici 2030.",
            [2_000_000_000],
            id="fr",
        ),
        pytest.param(
            "de",
            "Erklärtes Ziel der Regierungen: zwei Milliarden Dollar Handel zwischen "
            "Tadschikistan und Afghanistan bis 2030.",
            [2_000_000_000],
            id="de",
        ),
        pytest.param(
            "en",
            "Goal for the decade: $2 billion in trade between Tajikistan and Afghanistan.",
            [2_000_000_000],
            id="en",
        ),
        pytest.param(
            "fr",
            "Objectif : construire une ligne de 2 milliards de dollars entre le Tadjikistan et "
            "l'Afghanistan.",
            [],
            id="fr-price",
        ),
    ],
)
def test_a_goal_label_before_its_amount(lang: str, text: str, expected: list[int]) -> None:
    got = [int(t.amount) for t in extract_trade_targets(text, lang, PUBLISHED)]
    assert got == expected


# A goal its lead states without a trade word takes the metric from the headline above
# it when the headline names one; a headline about something else lends nothing, nor does
# one over a sentence that names no goal as such.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "Tajikistan and Afghanistan raise trade goal\n\nThe two countries have raised their "
            "objective to $2 billion by 2028, the ministry said on Tuesday.",
            [2_000_000_000],
            id="en",
        ),
        pytest.param(
            "de",
            "Handel: Tadschikistan und Afghanistan erhöhen ihr Ziel\n\nBeide Länder haben ihr "
            "Ziel auf zwei Milliarden Dollar bis 2028 angehoben.",
            [2_000_000_000],
            id="de",
        ),
        pytest.param(
            "ru",
            "Товарооборот: Таджикистан и Афганистан повысили цель\n\nТаджикистан и Афганистан "
            "повысили целевой показатель до 2 млрд долларов к 2028 году.",
            [2_000_000_000],
            id="ru",
        ),
        pytest.param(
            "fr",
            "Échanges commerciaux : Douchanbé et Kaboul visent plus haut\n\nLe Tadjikistan et "
            "l'Afghanistan ont relevé leur objectif à 2 milliards de dollars d'ici 2028.",
            [2_000_000_000],
            id="fr",
        ),
        pytest.param(
            "en",
            "Tajikistan and Afghanistan sign rail deal\n\nThe two countries have raised their "
            "objective to $2 billion by 2028.",
            [],
            id="en-headline-without-trade",
        ),
        pytest.param(
            "en",
            "Tajikistan and Afghanistan raise trade goal\n\nThe two countries will spend $2 "
            "billion on the road by 2028.",
            [],
            id="en-no-goal-in-lead",
        ),
        pytest.param(
            "en",
            "Tajik and Afghan trade figures need care\n\nInterview by A. Smith\n\nShe has "
            "studied the region for years.\n\nWhat did you see in Termez?\n\nTajikistan and "
            "Afghanistan like to announce objectives of $2 billion.",
            [],
            id="en-past-the-lead",
        ),
    ],
)
def test_a_leads_goal_takes_the_headlines_metric(lang: str, text: str, expected: list[int]) -> None:
    got = [int(t.amount) for t in extract_trade_targets(text, lang, PUBLISHED)]
    assert got == expected
