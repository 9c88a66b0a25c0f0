"""Rules from held-out set AF (analysis and commentary: think-tank briefs, op-eds,
newsletters, timelines, year-in-review pieces, explainers). Each case is a sentence written
here, in every language the rule has data for, with negatives beside the positives."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.action_items import extract_action_items
from tracker.extract.deportations import extract_deportations
from tracker.extract.trade_targets import extract_trade_targets
from tracker.extract.visits import extract_visits

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


# --- visits: an intention is a plan; an invitation accepted far from its verb; a think tank ---

# lang, text, (visitor, host, date, status) of each visit
INTENTIONS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    (
        "en",
        "Kazakhstan has the intention to send a delegation to Kabul in December.",
        [("KAZ", "AFG", "2026-12", "planned")],
    ),
    (
        "en",
        "Kazakhstan sent a delegation to Kabul in October.",
        [("KAZ", "AFG", "2026-10", "held")],
    ),
    (
        "de",
        "Kasachstan beabsichtigt, im Dezember mit einer Delegation in Kabul vertreten zu sein.",
        [("KAZ", "AFG", "2026-12", "planned")],
    ),
    (
        "de",
        "Kasachstan schickte im Oktober eine Delegation nach Kabul.",
        [("KAZ", "AFG", "2026-10", "held")],
    ),
    (
        "ru",
        "Казахстан собирается направить делегацию в Кабул в декабре.",
        [("KAZ", "AFG", "2026-12", "planned")],
    ),
    (
        "ru",
        "Казахстан направил делегацию в Кабул в октябре.",
        [("KAZ", "AFG", "2026-10", "held")],
    ),
    (
        "fr",
        "Le Kazakhstan aurait l'intention d'envoyer une délégation à Kaboul en décembre.",
        [("KAZ", "AFG", "2026-12", "planned")],
    ),
    (
        "fr",
        "Le Kazakhstan a envoyé une délégation à Kaboul en octobre.",
        [("KAZ", "AFG", "2026-10", "held")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), INTENTIONS)
def test_af_an_intention_to_travel_is_a_planned_visit(
    lang: str, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country, str(v.date), v.status) for v in visits] == expected


ACCEPTED_FAR: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    (
        "de",
        (
            "Präsident Tokajew hat die Einladung zu einem Staatsbesuch in Berlin im Frühjahr 2027"
            " angenommen."
        ),
        [("KAZ", "DEU", "planned")],
    ),
    (
        "de",
        (
            "Präsident Tokajew hat die Einladung zu einem Staatsbesuch in Berlin im Frühjahr 2027"
            " nicht angenommen."
        ),
        [],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ACCEPTED_FAR)
def test_af_an_invitation_accepted_many_words_later_is_a_planned_visit(
    lang: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country, v.status) for v in visits] == expected


THINK_TANKS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "en",
        "Analysts at the Islamabad Policy Forum expect Afghan officials to stay away until March.",
        [],
    ),
    (
        "en",
        "Afghan officials will attend the Islamabad Forum in March.",
        [("AFG", "PAK")],
    ),
    (
        "en",
        "Researchers at the Kabul Research Forum expect Pakistani officials to return in March.",
        [],
    ),
    (
        "en",
        "Pakistani officials will attend a policy forum in Kabul in March.",
        [("PAK", "AFG")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), THINK_TANKS)
def test_af_a_think_tanks_name_holds_no_event(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country) for v in visits] == expected


DECLINED: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    ("en", "President Tokayev declined an invitation to visit Berlin in spring 2027.", []),
    (
        "en",
        "President Tokayev accepted an invitation to visit Berlin in spring 2027.",
        [("KAZ", "DEU", "planned")],
    ),
    ("de", "Präsident Tokajew lehnte die Einladung zu einem Besuch in Berlin ab.", []),
    (
        "de",
        "Präsident Tokajew hat die Einladung zu einem Staatsbesuch in Berlin abgelehnt.",
        [],
    ),
    (
        "de",
        "Präsident Tokajew nahm die Einladung zu einem Besuch in Berlin an.",
        [("KAZ", "DEU", "planned")],
    ),
    (
        "fr",
        "Le président Tokaïev a décliné l'invitation à se rendre à Berlin au printemps 2027.",
        [],
    ),
    (
        "fr",
        "Le président Tokaïev a accepté l'invitation à se rendre à Berlin au printemps 2027.",
        [("KAZ", "DEU", "planned")],
    ),
    ("ru", "Президент Токаев не принял приглашение посетить Берлин весной 2027 года.", []),
    (
        "ru",
        "Президент Токаев принял приглашение посетить Берлин весной 2027 года.",
        [("KAZ", "DEU", "planned")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DECLINED)
def test_af_a_declined_invitation_is_no_visit(
    lang: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country, v.status) for v in visits] == expected


# --- action items (de): a long compound names a measure; a body after the verb is no measure --

# text, titles expected
COMPOUNDS: list[tuple[str, list[str]]] = [
    (
        "Die Seiten vereinbarten, die Machbarkeitsstudie bis Ende Juni 2027 abzuschließen.",
        ["Machbarkeitsstudie abzuschließen"],
    ),
    ("Die Seiten vereinbarten, ein Logistikzentrum zu eröffnen.", ["Logistikzentrum zu eröffnen"]),
    ("Die Seiten vereinbarten, die Handelsbeziehungen auszubauen.", []),
    ("Die Minister vereinbarten, die Zusammenarbeit fortzusetzen.", []),
    ("Die Seiten vereinbarten, Informationen auszutauschen.", []),
]


@pytest.mark.parametrize(("text", "titles"), COMPOUNDS)
def test_af_a_long_compound_names_a_measure(text: str, titles: list[str]) -> None:
    assert [a.title for a in extract_action_items(text, "de", PUB)] == titles


SUBJECTS_AFTER_VERB: list[tuple[str, list[str]]] = [
    (
        (
            "Im Juni vereinbarten die Wirtschaftsministerien beider Länder, das Handelsvolumen bis"
            " 2030 auf 15 Milliarden Euro zu steigern."
        ),
        [],
    ),
    (
        (
            "Im Juni vereinbarten die Regierungen beider Länder, bis Ende 2027 ein Logistikzentrum"
            " in Termes zu eröffnen."
        ),
        ["Logistikzentrum in Termes zu eröffnen"],
    ),
    (
        "Die Minister vereinbarten die Einrichtung einer gemeinsamen Grenzkommission.",
        ["Einrichtung einer gemeinsamen Grenzkommission"],
    ),
]


@pytest.mark.parametrize(("text", "titles"), SUBJECTS_AFTER_VERB)
def test_af_a_body_after_the_agreeing_verb_is_no_measure(text: str, titles: list[str]) -> None:
    assert [a.title for a in extract_action_items(text, "de", PUB)] == titles


# --- visits: a role and a name between the visit verb and its place (inverted order) ---------

INVERTED: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    (
        "de",
        (
            "Im April besuchte Außenminister Johann Wadephul Astana und traf dort Präsident"
            " Kassym-Schomart Tokajew."
        ),
        [("DEU", "KAZ", "2026-04")],
    ),
    (
        "de",
        "Im Mai besuchte Innenminister Alexander Dobrindt Taschkent.",
        [("DEU", "UZB", "2026-05")],
    ),
    ("de", "Im April besuchte Außenminister Johann Wadephul mit Kollegen Astana.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), INVERTED)
def test_af_a_role_and_name_after_the_visit_verb_is_its_subject(
    lang: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country, str(v.date)) for v in visits] == expected
