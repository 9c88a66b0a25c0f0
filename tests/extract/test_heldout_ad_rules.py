"""Trade-target rules found with held-out set AD: goal tables whose rows name no metric,
forecasts by analysts, blocs as one side, and a few words. Every sentence is written here."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.trade_targets import extract_trade_targets

PUBLISHED = date(2026, 11, 20)


def _found(text: str, lang: str) -> list[tuple[tuple[str, ...], int]]:
    return [(t.countries, int(t.amount)) for t in extract_trade_targets(text, lang, PUBLISHED)]


# A goal table: the row's metric is the header's (or the line before the table's), and only
# the amount under the goal column is a goal.
TABLES = [
    pytest.param(
        "en",
        "Pakistan has set new goals.\n\n"
        "| Partner | Trade in 2025 | Target | By |\n|---|---|---|---|\n"
        "| Kazakhstan | $300 million | $1 billion | 2028 |",
        [(("KAZ", "PAK"), 1_000_000_000)],
        id="en-header-metric",
    ),
    pytest.param(
        "de",
        "Eine Übersicht über die Handelsziele Usbekistans:\n\n"
        "| Partner | Ziel | Frist |\n|---|---|---|\n"
        "| China | 20 Mrd. US-Dollar | 2030 |",
        [(("CHN", "UZB"), 20_000_000_000)],
        id="de-intro-metric",
    ),
    pytest.param(
        "fr",
        "L'Ouzbékistan a présenté ses objectifs.\n\n"
        "| Partenaire | Échanges en 2025 | Objectif d'échanges |\n|---|---|---|\n"
        "| Turquie | 3 milliards de dollars | 10 milliards de dollars |",
        [(("TUR", "UZB"), 10_000_000_000)],
        id="fr-header-metric",
    ),
    pytest.param(
        "ru",
        "Узбекистан определил новые ориентиры.\n\n"
        "| Страна | Товарооборот в 2025 году | Цель |\n|---|---|---|\n"
        "| Китай | 13 млрд долларов | 20 млрд долларов |",
        [(("CHN", "UZB"), 20_000_000_000)],
        id="ru-header-metric",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TABLES)
def test_a_goal_table_row_takes_the_headers_metric_and_goal_column(
    lang: str, text: str, expected: list[tuple[tuple[str, ...], int]]
) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Pakistan's trade with its neighbours.\n\n"
            "| Partner | Trade in 2024 | Trade in 2025 |\n|---|---|---|\n"
            "| Kazakhstan | $300 million | $400 million |",
            id="en-no-goal-column",
        ),
        pytest.param(
            "de",
            "Usbekistans Handel im Überblick.\n\n"
            "| Partner | Handel 2025 | Ziel |\n|---|---|---|\n| China | 13 Mrd. US-Dollar | offen |",
            id="de-amount-under-reached-column",
        ),
    ],
)
def test_a_table_figure_outside_a_goal_column_is_no_target(lang: str, text: str) -> None:
    """Guard: figures reached, in a table with or without a goal column, stay no target."""
    assert _found(text, lang) == []


FORECASTS = [
    pytest.param(
        "en",
        "Analysts at a Dushanbe think tank expect trade between China and Tajikistan to rise "
        "to $4.5 billion in 2027.",
        id="en-analysts-expect",
    ),
    pytest.param(
        "de",
        "Ökonomen erwarten, dass der Handel zwischen Deutschland und Usbekistan bis 2027 auf "
        "2 Milliarden Euro steigen wird.",
        id="de-oekonomen",
    ),
    pytest.param(
        "ru",
        "По прогнозу аналитиков, в 2027 году товарооборот России и Узбекистана превысит "
        "15 млрд долларов.",
        id="ru-po-prognozu",
    ),
    pytest.param(
        "fr",
        "Selon les analystes, les échanges entre la France et le Kazakhstan devraient "
        "atteindre 4 milliards d'euros d'ici 2027.",
        id="fr-analystes",
    ),
]


@pytest.mark.parametrize(("lang", "text"), FORECASTS)
def test_an_analysts_forecast_is_no_target(lang: str, text: str) -> None:
    assert _found(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "amount"),
    [
        pytest.param(
            "en",
            "Kazakhstan and Uzbekistan set a goal of $15 billion in trade by 2030, which "
            "analysts call ambitious.",
            15_000_000_000,
            id="en-goal-analysts-call",
        ),
        pytest.param(
            "ru",
            "Россия и Узбекистан поставили цель довести товарооборот до 30 млрд долларов, "
            "что аналитики считают реальным.",
            30_000_000_000,
            id="ru-tsel-analitiki",
        ),
        pytest.param(
            "fr",
            "La France et le Kazakhstan visent à porter leurs échanges à 5 milliards d'euros, "
            "un objectif jugé ambitieux par les économistes.",
            5_000_000_000,
            id="fr-objectif-juge-par-les-economistes",
        ),
    ],
)
def test_a_goal_set_before_an_analysts_remark_stays(lang: str, text: str, amount: int) -> None:
    """Guard: a goal named before the amount is kept though analysts comment on it."""
    assert [a for _, a in _found(text, lang)] == [amount]


CENTRAL_ASIA = ("KAZ", "KGZ", "TJK", "TKM", "UZB")
BLOCS = [
    pytest.param(
        "en",
        "China and the five Central Asian states set a goal of raising their trade to "
        "$100 billion by 2030.",
        tuple(sorted(("CHN", *CENTRAL_ASIA))),
        id="en-china-and-five",
    ),
    pytest.param(
        "de",
        "Die fünf zentralasiatischen Staaten wollen den Handel untereinander bis 2030 auf "
        "15 Milliarden Dollar steigern.",
        CENTRAL_ASIA,
        id="de-fuenf-staaten",
    ),
    pytest.param(
        "ru",
        "Пять стран Центральной Азии намерены довести взаимную торговлю до 15 млрд долларов к "
        "2030 году.",
        CENTRAL_ASIA,
        id="ru-pyat-stran",
    ),
    pytest.param(
        "fr",
        "Les cinq pays d'Asie centrale veulent porter leurs échanges mutuels à 15 milliards de "
        "dollars d'ici 2030.",
        CENTRAL_ASIA,
        id="fr-cinq-pays",
    ),
]


@pytest.mark.parametrize(("lang", "text", "countries"), BLOCS)
def test_a_bloc_named_as_a_side_gives_its_members(
    lang: str, text: str, countries: tuple[str, ...]
) -> None:
    assert [c for c, _ in _found(text, lang)] == [countries]


@pytest.mark.parametrize(
    ("lang", "text", "countries"),
    [
        pytest.param(
            "en",
            "Uzbekistan, the most populous of the five Central Asian states, wants to raise "
            "trade with Afghanistan to $3 billion by 2030.",
            ("AFG", "UZB"),
            id="en-aside",
        ),
        pytest.param(
            "de",
            "Usbekistan, der bevölkerungsreichste der fünf zentralasiatischen Staaten, will den "
            "Handel mit Afghanistan bis 2030 auf 3 Milliarden Dollar steigern.",
            ("AFG", "UZB"),
            id="de-aside",
        ),
    ],
)
def test_a_bloc_in_an_aside_is_no_side(lang: str, text: str, countries: tuple[str, ...]) -> None:
    """Guard: a bloc named in a comma-delimited aside leaves the named pair alone."""
    assert [c for c, _ in _found(text, lang)] == [countries]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "ru",
            "Кыргызстан и Таджикистан отложили достижение цели по товарообороту в 500 млн "
            "долларов на 2028 год.",
            [(("KGZ", "TJK"), 500_000_000)],
            id="ru-tseli-genitive",
        ),
        pytest.param(
            "ru",
            "Российские компании планируют вложить в экономику Узбекистана до 150 млрд рублей "
            "в ближайшие три года.",
            [(("RUS", "UZB"), 150_000_000_000)],
            id="ru-vlozhit",
        ),
        pytest.param(
            "de",
            "Turkmenistan und die Türkei peilen ein Handelsvolumen von 7 Milliarden Dollar bis "
            "2030 an.",
            [(("TKM", "TUR"), 7_000_000_000)],
            id="de-peilen-an",
        ),
        pytest.param(
            "de",
            "Statt der 2022 vereinbarten 10 Milliarden Dollar bis 2027 wollen die Türkei und "
            "Turkmenistan nun ein Handelsvolumen von 7 Milliarden Dollar bis 2030 erreichen.",
            [(("TKM", "TUR"), 7_000_000_000)],
            id="de-volumen-von-after-old-goal",
        ),
        pytest.param(
            "de",
            "Für den Handel zwischen Tadschikistan und Kasachstan sollen es bis 2028 nur noch "
            "1,5 Milliarden Dollar sein.",
            [(("KAZ", "TJK"), 1_500_000_000)],
            id="de-nur-noch",
        ),
    ],
)
def test_goal_words_of_set_ad(
    lang: str, text: str, expected: list[tuple[tuple[str, ...], int]]
) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "de",
            "Kasachstan und Usbekistan wollen den Handel von 2 Milliarden Dollar auf 5 "
            "Milliarden Dollar steigern.",
            [(("KAZ", "UZB"), 5_000_000_000)],
            id="de-von-auf",
        ),
        pytest.param(
            "en",
            "Kazakhstan and Uzbekistan want to raise trade from $2 billion to $5 billion.",
            [(("KAZ", "UZB"), 5_000_000_000)],
            id="en-from-to",
        ),
    ],
)
def test_a_starting_figure_before_the_goal_stays_no_target(
    lang: str, text: str, expected: list[tuple[tuple[str, ...], int]]
) -> None:
    """Guard: "from X to Y" still makes X the starting figure."""
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "deadline"),
    [
        pytest.param(
            "en",
            "Pakistan has set new goals.\n\n| Partner | Target | By |\n|---|---|---|\n"
            "| Kazakhstan | $1 billion in trade | 2028 |",
            "2028",
            id="en-by-column",
        ),
        pytest.param(
            "de",
            "Die Handelsziele Usbekistans:\n\n| Partner | Ziel | Frist |\n|---|---|---|\n"
            "| China | 20 Mrd. US-Dollar | 2030 |",
            "2030",
            id="de-frist-column",
        ),
        pytest.param(
            "fr",
            "L'Ouzbékistan a présenté ses objectifs.\n\n"
            "| Partenaire | Objectif d'échanges | Échéance |\n|---|---|---|\n"
            "| Chine | 20 milliards de dollars | 2030 |",
            "2030",
            id="fr-echeance-column",
        ),
        pytest.param(
            "ru",
            "Ориентиры Узбекистана по товарообороту:\n\n| Страна | Цель | Срок |\n|---|---|---|\n"
            "| Китай | 20 млрд долларов | 2030 |",
            "2030",
            id="ru-srok-column",
        ),
    ],
)
def test_a_goal_tables_future_year_cell_is_the_deadline(
    lang: str, text: str, deadline: str
) -> None:
    found = extract_trade_targets(text, lang, PUBLISHED)
    assert [str(t.target_date) for t in found] == [deadline]
