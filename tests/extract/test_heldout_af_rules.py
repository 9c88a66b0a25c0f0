"""Rules from held-out set AF (analysis and commentary: think-tank briefs, op-eds,
newsletters, timelines, year-in-review pieces, explainers). Each case is a sentence written
here, in every language the rule has data for, with negatives beside the positives."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.deportations import extract_deportations
from tracker.extract.trade_targets import extract_trade_targets

PUB = date(2026, 11, 20)

# --- trade targets: a forecast by analysts, economists or a model is no goal ------------------

# lang, text, amounts expected (a government's goal stays one; an expert's forecast goes)
FORECASTS: list[tuple[str, str, list[int]]] = [
    (
        "en",
        "Analysts expect trade between Uzbekistan and Afghanistan to reach $5 billion by 2030.",
        [],
    ),
    (
        "en",
        (
            "Our model suggests trade between Uzbekistan and Afghanistan could reach $5 billion by"
            " 2035."
        ),
        [],
    ),
    (
        "en",
        "Uzbekistan and Afghanistan expect trade to reach $5 billion by 2030.",
        [5_000_000_000],
    ),
    (
        "de",
        (
            "Ökonomen der Kammer erwarten, dass der Handel zwischen Deutschland und Kasachstan bis"
            " 2030 auf 20 Milliarden Euro wachsen könnte."
        ),
        [],
    ),
    (
        "de",
        "Deutschland und Kasachstan wollen den Handel bis 2030 auf 20 Milliarden Euro steigern.",
        [20_000_000_000],
    ),
    (
        "ru",
        (
            "По оценкам экспертов, товарооборот Казахстана и Афганистана может превысить 4 млрд"
            " долларов."
        ),
        [],
    ),
    (
        "ru",
        "Казахстан и Афганистан намерены довести товарооборот до 4 млрд долларов.",
        [4_000_000_000],
    ),
    (
        "fr",
        (
            "Les échanges entre la France et l'Ouzbékistan pourraient atteindre 3 milliards d'euros"
            " en 2030, estiment plusieurs économistes."
        ),
        [],
    ),
    (
        "fr",
        (
            "La France et l'Ouzbékistan veulent porter leurs échanges à 3 milliards d'euros d'ici"
            " 2030."
        ),
        [3_000_000_000],
    ),
]


@pytest.mark.parametrize(("lang", "text", "amounts"), FORECASTS)
def test_af_an_experts_forecast_is_no_trade_target(
    lang: str, text: str, amounts: list[int]
) -> None:
    found = extract_trade_targets(text, lang, PUB)
    assert [int(t.amount) for t in found] == amounts


# --- deportations: a modal with words before its participle is no count -----------------------

MODAL_GAPS: list[tuple[str, str, list[int]]] = [
    (
        "en",
        "Up to 20,000 Afghans could, by some estimates, be deported from Pakistan.",
        [],
    ),
    ("en", "Pakistan deported 20,000 Afghans in October.", [20_000]),
    (
        "de",
        (
            "Nach Schätzungen könnten im kommenden Jahr bis zu 1.000 Afghanen aus Deutschland"
            " abgeschoben werden."
        ),
        [],
    ),
    ("de", "Im Oktober wurden 1.000 Afghanen aus Deutschland abgeschoben.", [1_000]),
    (
        "ru",
        (
            "По оценкам, до 10 тысяч граждан Таджикистана могут быть в ближайшие месяцы"
            " депортированы из России."
        ),
        [],
    ),
    ("ru", "В октябре из России были депортированы 10 тысяч граждан Таджикистана.", [10_000]),
    (
        "fr",
        "Jusqu'à 20 000 Afghans pourraient, selon les ONG, être expulsés d'Iran.",
        [],
    ),
    ("fr", "En octobre, 20 000 Afghans ont été expulsés d'Iran.", [20_000]),
]


@pytest.mark.parametrize(("lang", "text", "counts"), MODAL_GAPS)
def test_af_a_possible_deportation_is_no_count(lang: str, text: str, counts: list[int]) -> None:
    assert [f.count for f in extract_deportations(text, lang, PUB)] == counts
