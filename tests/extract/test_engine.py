"""The extraction engine: segments, countries, places, numbers, money, dates, evidence.

Cases are data, one list per function, parametrized with readable ids (STYLE.md 7).
Every sentence here is written for these tests.
"""

from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal

import pytest

from tracker.extract.engine import (
    countries_and_places,
    document_countries,
    find_countries,
    find_dates,
    find_money,
    find_numbers,
    find_places,
    make_evidence,
    parse_number,
    parse_period,
    split_segments,
)

LOGGER = logging.getLogger(__name__)

PUBLISHED = date(2025, 4, 22)  # a Tuesday

# --- segments ---------------------------------------------------------------------------

SEGMENT_CASES = [
    ("en-abbreviations", "The U.S. envoy met Dr. Rahimi. Talks went well.", 2),
    ("en-decimal", "Trade reached $1.7 billion. It may grow.", 2),
    ("en-version-number", "Version 1.12 ships today. Nobody cares.", 2),
    ("en-initial", "J. Smith arrived. He left.", 2),
    ("de-z-b", "Es gibt Probleme, z. B. Zölle. Das ist alles.", 2),
    ("ru-t-e", "Речь шла о торговле, т.е. о транзите. Итоги подведут позже.", 2),
    ("lines", "Headline\nFirst line. Second line.\n\n| a | b |", 4),
    ("question", "Will it work? Nobody knows!", 2),
]


@pytest.mark.parametrize(
    ("text", "count"), [c[1:] for c in SEGMENT_CASES], ids=[c[0] for c in SEGMENT_CASES]
)
def test_split_segments(text: str, count: int) -> None:
    segments = split_segments(text)
    assert len(segments) == count, [s.text for s in segments]
    for seg in segments:
        assert text[seg.start : seg.end] == seg.text
        assert seg.text == seg.text.strip()


def test_segments_keep_offsets_in_cyrillic() -> None:
    text = "Иран выслал 5 тыс. человек.\nПакистан — 3 тыс."
    for seg in split_segments(text):
        assert text[seg.start : seg.end] == seg.text


# --- countries ---------------------------------------------------------------------------

COUNTRY_CASES = [
    ("en-demonym", "en", "The Kazakh envoy arrived.", [("KAZ", "demonym")]),
    ("en-name", "en", "Trade with Uzbekistan grew.", [("UZB", "name")]),
    ("de-kirgistan", "de", "Händler aus Kirgistan kamen an.", [("KGZ", "name")]),
    ("fr-kirghizistan", "fr", "Le Kirghizistan a signé.", [("KGZ", "name")]),
    ("fr-emirats", "fr", "Un accord avec les Émirats a été conclu.", [("ARE", "name")]),
    ("en-kirghiz", "en", "Kirghiz traders arrived.", [("KGZ", "demonym")]),
    ("en-afghanistani", "en", "the Afghanistani people", [("AFG", "demonym")]),
    (
        "en-hyphen-pair",
        "en",
        "Pakistani-Afghan officials met.",
        [("PAK", "demonym"), ("AFG", "demonym")],
    ),
    ("en-capital", "en", "He flew to Tashkent.", [("UZB", "capital")]),
    ("en-taliban", "en", "The Taliban said so.", [("AFG", "alias")]),
    # the Taliban as an adjective: "le ministre taliban", "талибского правительства"
    ("fr-taliban-adjective", "fr", "le ministre taliban des Finances", [("AFG", "adjective")]),
    ("ru-taliban-adjective", "ru", "делегация талибского правительства", [("AFG", "adjective")]),
    # the abbreviations Central Asian agencies write ("Президент РУз", "МИД КР")
    ("ru-abbr-ruz", "ru", "Президент РУз принял посла", [("UZB", "name")]),
    ("ru-abbr-rt", "ru", "министр иностранных дел РТ", [("TJK", "name")]),
    ("ru-abbr-kr", "ru", "МИД КР сообщил", [("KGZ", "name")]),
    ("ru-abbr-iri", "ru", "посол ИРИ", [("IRN", "alias")]),
    ("ru-abbr-irp", "ru", "граждан ИРП", [("PAK", "alias")]),
    ("ru-abbr-ira", "ru", "бывший президент ИРА", [("AFG", "alias")]),
    ("en-ksa", "en", "talks with the KSA", [("SAU", "name")]),
    ("fr-rpc", "fr", "l'ambassadeur de la RPC", [("CHN", "name")]),
    ("fr-turkiye", "fr", "la Türkiye a expulsé", [("TUR", "name")]),
    ("de-turkmenien", "de", "Gespräche mit Turkmenien", [("TKM", "name")]),
    ("en-islamic-emirate", "en", "the Islamic Emirate of Afghanistan replied", [("AFG", "alias")]),
    ("en-us-dotted", "en", "The U.S. declined.", [("USA", "name")]),
    ("en-us-pronoun", "en", "Let us begin.", []),
    ("en-turkey", "en", "Turkey and Türkiye are one.", [("TUR", "name"), ("TUR", "name")]),
    (
        "en-multiword",
        "en",
        "Saudi Arabia and the United Arab Emirates",
        [("SAU", "name"), ("ARE", "name")],
    ),
    ("de-name-genitive", "de", "die Rolle Kasachstans", [("KAZ", "name")]),
    ("de-adjective", "de", "die kasachischen Behörden", [("KAZ", "adjective")]),
    (
        "de-demonym-plural",
        "de",
        "27 Afghaninnen und Afghanen",
        [("AFG", "demonym"), ("AFG", "demonym")],
    ),
    ("de-compound-name", "de", "Gespräche mit Saudi-Arabien", [("SAU", "name")]),
    ("ru-demonym-genitive", "ru", "выслал тысячи афганцев", [("AFG", "demonym")]),
    ("ru-instrumental", "ru", "переговоры с Пакистаном", [("PAK", "name")]),
    ("ru-locative-capital", "ru", "встреча в Кабуле", [("AFG", "capital")]),
    ("ru-adjective", "ru", "казахстанской делегации", [("KAZ", "adjective")]),
    ("fr-adjective", "fr", "la délégation ouzbèke", [("UZB", "adjective")]),
    ("fr-capital", "fr", "arrivé à Kaboul", [("AFG", "capital")]),
    ("fr-elided", "fr", "les autorités d'Afghanistan", [("AFG", "name")]),
    ("fr-name", "fr", "les États-Unis et la Turquie", [("USA", "name"), ("TUR", "name")]),
    (
        "ru-compound",
        "ru",
        "афгано-пакистанской границы",
        [("AFG", "adjective"), ("PAK", "adjective")],
    ),
    (
        "fr-compound",
        "fr",
        "le commerce tadjiko-afghan",
        [("TJK", "adjective"), ("AFG", "adjective")],
    ),
    ("en-sino", "en", "Sino-Afghan ties", [("CHN", "adjective"), ("AFG", "demonym")]),
    (
        "de-austrian-party-tag",
        "de",
        "Innenminister Gerhard Karner (ÖVP) reist nach Islamabad.",
        [("AUT", "alias"), ("PAK", "capital")],
    ),
    ("de-austrian-asylum-office", "de", "Eine Delegation des BFA war dort.", [("AUT", "alias")]),
    ("de-german-party-tag", "de", "Ministerin Anna Beispiel (SPD) sagte.", [("DEU", "alias")]),
    (
        "de-foreign-office-genitive",
        "de",
        "Eine Delegation des Auswärtigen Amts war dort.",
        [("DEU", "alias")],
    ),
    (
        "de-ministry-genitive",
        "de",
        "Ein Sprecher des Bundesinnenministeriums sagte.",
        [("DEU", "alias")],
    ),
    (
        "fr-franco",
        "fr",
        "le forum d'affaires franco-ouzbek",
        [("FRA", "adjective"), ("UZB", "adjective")],
    ),
    (
        "fr-germano",
        "fr",
        "la coopération germano-afghane",
        [("DEU", "adjective"), ("AFG", "adjective")],
    ),
    (
        "en-franco",
        "en",
        "the Franco-Uzbek business forum",
        [("FRA", "adjective"), ("UZB", "demonym")],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in COUNTRY_CASES], ids=[c[0] for c in COUNTRY_CASES]
)
def test_find_countries(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = find_countries(text, lang)
    assert [(m.code, m.form) for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.surface


NOT_COUNTRY_CASES = [
    ("en-lowercase-name", "en", "the turkey was roasted"),
    ("en-china-plate", "en", "fine china plates"),
    ("de-verb", "de", "Sie kochen und essen."),
    ("ru-common-words", "ru", "Стороны обсудили торговлю."),
    ("fr-common-words", "fr", "Les parties ont signé un accord."),
    # every capitalised word of a name is capitalised in the text (held-out set Y)
    ("fr-la-reunion-meeting", "fr", "La réunion ministérielle s'est tenue mardi."),
    ("en-an-islamic-emirate", "en", "They call for an Islamic emirate."),
    ("ru-soedinennye-shtaty-of", "ru", "Автор книги «Соединенные штаты Евразии» выступил."),
]


@pytest.mark.parametrize(
    ("lang", "text"), [c[1:] for c in NOT_COUNTRY_CASES], ids=[c[0] for c in NOT_COUNTRY_CASES]
)
def test_find_countries_ignores_ordinary_words(lang: str, text: str) -> None:
    assert find_countries(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("fr", "La Réunion a accueilli la réunion.", "REU"),
        ("en", "The Islamic Emirate said so.", "AFG"),
        ("ru", "Соединенные Штаты заявили об этом.", "USA"),
    ],
)
def test_a_name_of_several_capitalised_words_is_found_as_written(
    lang: str, text: str, code: str
) -> None:
    assert [c.code for c in find_countries(text, lang)] == [code]


PLACE_CASES = [
    ("en", "talks in Kabul and Herat", [("Kabul", "AFG"), ("Herat", "AFG")]),
    ("fr", "à Kaboul", [("Kabul", "AFG")]),
    ("ru", "в Кабуле и Ташкенте", [("Kabul", "AFG"), ("Tashkent", "UZB")]),
    ("de", "in Taschkent und Kabul", [("Tashkent", "UZB"), ("Kabul", "AFG")]),
    ("en", "crossings at Islam Qala and Torghundi", [("Islam Qala", "AFG"), ("Torghundi", "AFG")]),
    ("de", "Händler aus Maschhad", [("Mashhad", "IRN")]),
    ("fr", "à Djalalabad et Kondoz", [("Jalalabad", "AFG"), ("Kunduz", "AFG")]),
    ("ru", "через Ислам-Калу и Серхетабад", [("Islam Qala", "AFG"), ("Serhetabat", "TKM")]),
    # "Астану" is as likely the name "Астан" as the city: the form the index knows wins
    ("ru", "делегация прибыла в Астану", [("Astana", "KAZ")]),
    # German states and airports of deportation flights, in each language's spelling
    ("de", "ein Flug vom Flughafen Leipzig", [("Leipzig", "DEU")]),
    (
        "de",
        "Abschiebungen aus Bayern und Nordrhein-Westfalen",
        [("Bavaria", "DEU"), ("North Rhine-Westphalia", "DEU")],
    ),
    (
        "de",
        "im Bundesland Sachsen, nicht in Sachsen-Anhalt",
        [("Saxony", "DEU"), ("Saxony-Anhalt", "DEU")],
    ),
    ("de", "die Leipziger Behörden und Bayerns Polizei", [("Leipzig", "DEU"), ("Bavaria", "DEU")]),
    (
        "en",
        "flights left Munich and Düsseldorf for Lower Saxony",
        [("Munich", "DEU"), ("Düsseldorf", "DEU"), ("Lower Saxony", "DEU")],
    ),
    ("fr", "un vol parti de Francfort, en Bavière", [("Frankfurt", "DEU"), ("Bavaria", "DEU")]),
    (
        "ru",
        "рейс из Лейпцига, а не из Мюнхена или Гамбурга",
        [("Leipzig", "DEU"), ("Munich", "DEU"), ("Hamburg", "DEU")],
    ),
    ("ru", "в Баварии и Саксонии", [("Bavaria", "DEU"), ("Saxony", "DEU")]),
    # Austria and Switzerland; South Tyrol is Italy's though it ends in Tyrol
    (
        "de",
        "in Graz, Zürich und Oberösterreich",
        [("Graz", "AUT"), ("Zurich", "CHE"), ("Upper Austria", "AUT")],
    ),
    ("en", "from Tyrol to South Tyrol", [("Tyrol", "AUT"), ("South Tyrol", "ITA")]),
    ("fr", "à Bâle et en Haute-Autriche", [("Basel", "CHE"), ("Upper Austria", "AUT")]),
    ("ru", "в Цюрихе и Зальцбурге", [("Zurich", "CHE"), ("Salzburg", "AUT")]),
    # Russian regions in inflected forms, and cities in each spelling
    ("ru", "МВД по Свердловской области", [("Sverdlovsk Oblast", "RUS")]),
    # Central Asian regions whose officials travel under the region's name
    ("ru", "хоким Сурхандарьинской области", [("Surkhandarya", "UZB")]),
    ("ru", "делегация Хатлонской области", [("Khatlon", "TJK")]),
    ("en", "the hokim of Surkhandarya region", [("Surkhandarya", "UZB")]),
    ("en", "officials from Khatlon", [("Khatlon", "TJK")]),
    ("de", "der Hokim der Region Surchandarja", [("Surkhandarya", "UZB")]),
    ("fr", "le hokim de la région de Sourkhandarya", [("Surkhandarya", "UZB")]),
    (
        "ru",
        "в Подмосковье и Краснодарском крае",
        [("Moscow Oblast", "RUS"), ("Krasnodar Krai", "RUS")],
    ),
    (
        "ru",
        "в Екатеринбурге и Нижнем Новгороде",
        [("Yekaterinburg", "RUS"), ("Nizhny Novgorod", "RUS")],
    ),
    # a short name is reached through its listed forms: "уфе" shares no prefix with "уфа"
    ("ru", "в Уфе и в Оше", [("Ufa", "RUS"), ("Osh", "KGZ")]),
    (
        "en",
        "police in the Moscow region and in Yekaterinburg",
        [("Moscow Oblast", "RUS"), ("Yekaterinburg", "RUS")],
    ),
    ("de", "in Jekaterinburg und Nowosibirsk", [("Yekaterinburg", "RUS"), ("Novosibirsk", "RUS")]),
    ("fr", "à Iekaterinbourg et Novossibirsk", [("Yekaterinburg", "RUS"), ("Novosibirsk", "RUS")]),
    # Iran, Pakistan, Afghanistan
    (
        "en",
        "camps near Kerman and in Sistan and Baluchestan",
        [("Kerman", "IRN"), ("Sistan and Baluchestan", "IRN")],
    ),
    ("de", "in Schiras und Täbris", [("Shiraz", "IRN"), ("Tabriz", "IRN")]),
    ("fr", "à Mechhed et à Chiraz", [("Mashhad", "IRN"), ("Shiraz", "IRN")]),
    ("ru", "в Мешхеде и Тебризе", [("Mashhad", "IRN"), ("Tabriz", "IRN")]),
    (
        "en",
        "in Khyber Pakhtunkhwa and Balochistan",
        [("Khyber Pakhtunkhwa", "PAK"), ("Balochistan", "PAK")],
    ),
    ("de", "aus Belutschistan und Karatschi", [("Balochistan", "PAK"), ("Karachi", "PAK")]),
    ("fr", "au Baloutchistan et dans le Sindh", [("Balochistan", "PAK"), ("Sindh", "PAK")]),
    (
        "ru",
        "в Хайбер-Пахтунхве и Белуджистане",
        [("Khyber Pakhtunkhwa", "PAK"), ("Balochistan", "PAK")],
    ),
    ("en", "returnees reached Nangarhar and Helmand", [("Nangarhar", "AFG"), ("Helmand", "AFG")]),
    ("de", "in Nangarhar und Badachschan", [("Nangarhar", "AFG"), ("Badakhshan", "AFG")]),
    (
        "fr",
        "au Badakhchan, pas au Haut-Badakhchan",
        [("Badakhshan", "AFG"), ("Gorno-Badakhshan", "TJK")],
    ),
    (
        "ru",
        "в Гильменде и в Горно-Бадахшанской автономной области",
        [("Helmand", "AFG"), ("Gorno-Badakhshan", "TJK")],
    ),
    # Central Asia, Turkey, India, China
    ("de", "in Schymkent und Osch", [("Shymkent", "KAZ"), ("Osh", "KGZ")]),
    ("fr", "à Chymkent et à Och", [("Shymkent", "KAZ"), ("Osh", "KGZ")]),
    ("en", "from Andijan to Jalal-Abad", [("Andijan", "UZB"), ("Jalal-Abad", "KGZ")]),
    ("ru", "в Андижане и Джалал-Абаде", [("Andijan", "UZB"), ("Jalal-Abad", "KGZ")]),
    ("en", "in Izmir and Kolkata", [("Izmir", "TUR"), ("Kolkata", "IND")]),
    (
        "ru",
        "в Измире, Дели и Синьцзяне",
        [("Izmir", "TUR"), ("New Delhi", "IND"), ("Xinjiang", "CHN")],
    ),
    ("de", "in Kaschgar und Kalkutta", [("Kashgar", "CHN"), ("Kolkata", "IND")]),
    ("fr", "à Kachgar et à Bombay", [("Kashgar", "CHN"), ("Mumbai", "IND")]),
    # spellings of the language itself beside the English list's
    ("de", "in Tokio und in Torcham", [("Tokyo", "JPN"), ("Torkham", "AFG")]),
    ("fr", "à Tbilissi et à Séoul", [("Tbilisi", "GEO"), ("Seoul", "KOR")]),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    PLACE_CASES,
    ids=[f"{c[0]}-{k}" for k, c in enumerate(PLACE_CASES)],
)
def test_find_places(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.code) for p in find_places(text, lang)] == expected


# names left out of the place index: a first name, an English word, a region of two
# countries, a surname, German words
NOT_PLACE_CASES = [
    ("en", "Mary and her van crossed the Punjab plains"),
    ("de", "Sie sind beim Essen in der Halle."),
    ("fr", "Hesse et Mary sont arrivés"),
    ("ru", "Маша Гессен и Владимир пришли"),
]


@pytest.mark.parametrize(
    ("lang", "text"), NOT_PLACE_CASES, ids=[f"{c[0]}-{k}" for k, c in enumerate(NOT_PLACE_CASES)]
)
def test_find_places_ignores_names_left_out(lang: str, text: str) -> None:
    assert find_places(text, lang) == []


COUNTRY_AND_PLACE_CASES = [
    ("en", "a flight from Leipzig to Afghanistan", [("DEU", "city"), ("AFG", "name")]),
    ("de", "Abschiebung aus Bayern nach Kabul", [("DEU", "city"), ("AFG", "capital")]),
    ("fr", "expulsés de Bavière vers l'Afghanistan", [("DEU", "city"), ("AFG", "name")]),
    ("ru", "МВД по Свердловской области и Узбекистан", [("RUS", "city"), ("UZB", "name")]),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    COUNTRY_AND_PLACE_CASES,
    ids=[f"{c[0]}-{k}" for k, c in enumerate(COUNTRY_AND_PLACE_CASES)],
)
def test_countries_and_places_adds_the_country_of_each_place(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    # a capital is a country mention already, not a second "city" one
    assert [(c.code, c.form) for c in countries_and_places(text, lang)] == expected


def test_document_countries_ranks_by_mentions_and_skips_currencies() -> None:
    text = (
        "Kazakhstan and Afghanistan met. Kabul hosted the Kazakh team. "
        "They discussed 5 billion US dollars. Afghan traders came."
    )
    assert document_countries(text, "en")[:2] == ["AFG", "KAZ"]
    assert "USA" not in document_countries(text, "en")


# --- numbers and money ---------------------------------------------------------------------

NUMBER_CASES = [
    ("en-broken-html", "en", "4 ,200", 4200),
    ("en-thousands", "en", "1,000", 1000),
    ("de-group-dot", "de", "3.500", 3500),
    ("fr-space-group", "fr", "400 000", 400000),
    ("en-million", "en", "1.12 million", 1120000),
    ("ru-thousand-abbrev", "ru", "30 тыс.", 30000),
    ("ru-decimal-comma", "ru", "1,12 млн", 1120000),
    ("de-decimal-milliarden", "de", "1,5 Milliarden", 1500000000),
    ("de-word-milliarde", "de", "eine Milliarde", 1000000000),
    ("fr-word", "fr", "trois", 3),
    ("en-word", "en", "five", 5),
    ("en-compound-word", "en", "eighty-one", 81),
    ("ru-compound-word", "ru", "восемьдесят один", 81),
    ("en-bn", "en", "2bn", 2000000000),
    ("de-mrd", "de", "3 Mrd.", 3000000000),
    # number words composed: hundreds, multipliers, halves, one-word compounds
    ("fr-hundreds-thousand", "fr", "deux cent mille", 200000),
    ("fr-thousands-hundreds", "fr", "trois mille cinq cents", 3500),
    ("fr-ninety-seven", "fr", "quatre-vingt-dix-sept", 97),
    ("fr-vingt-et-un", "fr", "vingt et un", 21),
    ("fr-million-et-demi", "fr", "un million et demi", 1500000),
    ("en-and-a-half", "en", "one and a half million", 1500000),
    ("en-hundred-and", "en", "two hundred and forty thousand", 240000),
    ("en-a-hundred-thousand", "en", "a hundred thousand", 100000),
    ("en-teen", "en", "seventeen", 17),
    ("de-compound-units-tens", "de", "achtundzwanzig", 28),
    ("de-compound-thousand", "de", "zweiundfünfzigtausend", 52000),
    ("de-compound-hundreds", "de", "dreihundertvierzigtausend", 340000),
    ("de-eineinhalb", "de", "eineinhalb Millionen", 1500000),
    ("de-zweieinhalb", "de", "zweieinhalb Millionen", 2500000),
    ("ru-poltora", "ru", "полтора миллиона", 1500000),
    ("ru-genitive-hundred", "ru", "около ста тысяч", 100000),
    ("ru-hundreds-word", "ru", "триста двадцать тысяч", 320000),
    ("ru-inflected", "ru", "двадцати восьми тысяч", 28000),
    ("ru-s-polovinoy", "ru", "два с половиной миллиона", 2500000),
]


@pytest.mark.parametrize(
    ("lang", "text", "value"), [c[1:] for c in NUMBER_CASES], ids=[c[0] for c in NUMBER_CASES]
)
def test_parse_number(lang: str, text: str, value: int) -> None:
    assert parse_number(text, lang) == Decimal(value)


@pytest.mark.parametrize("text", ["", "   ", "no digits here", "a"])
def test_parse_number_without_a_number(text: str) -> None:
    assert parse_number(text, "en") is None


def test_find_numbers_offsets() -> None:
    text = "In 2023 some 1,000 people and 3.5 million tonnes."
    found = find_numbers(text, "en")
    assert [(n.value, text[n.start : n.end]) for n in found] == [
        (Decimal(2023), "2023"),
        (Decimal(1000), "1,000"),
        (Decimal(3500000), "3.5 million"),
    ]


NUMBER_WORD_SEQUENCES = [
    ("en-one-or-two", "en", "one or two", [1, 2]),
    ("en-one-and-two", "en", "between one and two million", [1, 2000000]),
    ("en-a-alone", "en", "a visit and a thousand people", [1000]),
    ("en-thousands-of", "en", "thousands of people", []),
    ("de-range", "de", "zwei bis drei Milliarden", [2, 3000000000]),
    ("de-not-a-compound", "de", "Achtung, Einsatz und Elfmeter", []),
    ("ru-not-numbers", "ru", "стороны страны стоят", []),
]


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [c[1:] for c in NUMBER_WORD_SEQUENCES],
    ids=[c[0] for c in NUMBER_WORD_SEQUENCES],
)
def test_number_words_compose_only_into_one_number(lang: str, text: str, values: list[int]) -> None:
    assert [n.value for n in find_numbers(text, lang)] == [Decimal(v) for v in values]


def test_find_numbers_does_not_glue_a_year_to_a_count() -> None:
    text = "January 2023 1,000 deportations"
    assert [n.value for n in find_numbers(text, "en")] == [Decimal(2023), Decimal(1000)]


MONEY_CASES = [
    ("en-dollar-sign", "en", "$3 billion", 3000000000, "USD"),
    ("en-bln", "en", "$5 bln", 5000000000, "USD"),
    ("en-euro-bn", "en", "€2bn", 2000000000, "EUR"),
    ("en-code-prefix", "en", "USD 500 million", 500000000, "USD"),
    ("en-words", "en", "3 billion dollars", 3000000000, "USD"),
    ("de-us-dollar", "de", "1 Milliarden US-Dollar", 1000000000, "USD"),
    ("de-word", "de", "eine Milliarde Dollar", 1000000000, "USD"),
    ("de-mrd", "de", "3 Mrd. US-Dollar", 3000000000, "USD"),
    ("ru-mlrd", "ru", "5 млрд долларов", 5000000000, "USD"),
    ("ru-decimal", "ru", "1,5 млрд долларов", 1500000000, "USD"),
    ("fr-de-dollars", "fr", "10 milliards de dollars", 10000000000, "USD"),
    ("fr-decimal", "fr", "2,5 milliards de dollars", 2500000000, "USD"),
    ("en-glued-code", "en", "USD3 billion", 3000000000, "USD"),
    ("en-half", "en", "half a billion dollars", 500000000, "USD"),
    ("de-halbe", "de", "eine halbe Milliarde Dollar", 500000000, "USD"),
    ("fr-demi", "fr", "un demi-milliard de dollars", 500000000, "USD"),
    ("ru-abbreviated", "ru", "2,5 млрд долл. США", 2500000000, "USD"),
    ("fr-symbol-after", "fr", "3 Md$", 3000000000, "USD"),
    ("en-rupees-before", "en", "Rs 2.5 billion", 2500000000, "PKR"),
    ("en-crore", "en", "Rs. 500 crore", 5000000000, "PKR"),
    ("en-lakh", "en", "Rs 3 lakh", 300000, "PKR"),
    ("en-rupees-glued", "en", "Rs2.5bn", 2500000000, "PKR"),
    ("en-afghanis-before", "en", "Afs 40 million", 40000000, "AFN"),
    ("en-kyrgyz-som", "en", "5 billion soms", 5000000000, "KGS"),
    ("en-uzbek-sum", "en", "900 billion soums", 900000000000, "UZS"),
    ("en-manat", "en", "200 million manat", 200000000, "TMT"),
    ("de-somoni", "de", "3 Millionen Somoni", 3000000, "TJS"),
    ("fr-roupies", "fr", "2 milliards de roupies pakistanaises", 2000000000, "PKR"),
    ("ru-som", "ru", "5 млрд сомов", 5000000000, "KGS"),
    ("ru-manat", "ru", "40 млн манатов", 40000000, "TMT"),
]


@pytest.mark.parametrize(
    ("lang", "text", "amount", "currency"),
    [c[1:] for c in MONEY_CASES],
    ids=[c[0] for c in MONEY_CASES],
)
def test_find_money(lang: str, text: str, amount: int, currency: str) -> None:
    found = find_money(f"about {text} a year", lang)
    assert [(m.amount, m.currency) for m in found] == [(Decimal(amount), currency)]


def test_find_money_ignores_plain_counts() -> None:
    assert find_money("4,200 people crossed in 2023.", "en") == []


def test_a_lower_case_currency_word_stands_before_the_amount_only_if_listed() -> None:
    # "Rs" may lead an amount; a currency word such as "soms" may not
    assert find_money("soms 20 trucks and Mrs 5 ministers", "en") == []


# --- dates ------------------------------------------------------------------------------

DATE_CASES = [
    ("en-numeric", "en", "21/04/2025", "2025-04-21"),
    ("en-mdy", "en", "April 21, 2025", "2025-04-21"),
    ("de-dmy", "de", "am 3. März 2024", "2024-03-03"),
    ("ru-dmy", "ru", "5 марта 2024 года", "2024-03-05"),
    ("fr-month-year", "fr", "en janvier 2023", "2023-01"),
    ("en-month-year", "en", "March 2023", "2023-03"),
    ("en-quarter", "en", "Q1 2024", "2024-Q1"),
    ("en-quarter-words", "en", "the first quarter of 2024", "2024-Q1"),
    ("de-quarter", "de", "im ersten Quartal 2024", "2024-Q1"),
    ("ru-quarter", "ru", "в первом квартале 2024 года", "2024-Q1"),
    ("fr-quarter", "fr", "au premier trimestre 2024", "2024-Q1"),
    ("en-half", "en", "first half of 2024", "2024-H1"),
    ("en-h2", "en", "H2 2025", "2025-H2"),
    ("en-mid", "en", "Mid-2024", "2024-06"),
    ("de-mid", "de", "Mitte 2024", "2024-06"),
    ("en-year", "en", "by 2030", "2030"),
    ("en-end-of-year", "en", "by the end of 2025", "2025"),
    ("en-ongoing", "en", "Ongoing", "ongoing"),
    ("en-weekday", "en", "on Tuesday", "2025-04-22"),
    ("en-weekday-past", "en", "on Saturday", "2025-04-19"),
    ("en-last-month", "en", "last month", "2025-03"),
    ("de-last-month", "de", "im vergangenen Monat", "2025-03"),
    ("ru-last-month", "ru", "в прошлом месяце", "2025-03"),
    ("fr-last-month", "fr", "le mois dernier", "2025-03"),
    ("en-bare-month", "en", "in March", "2025-03"),
    ("fr-bare-month-past-year", "fr", "en octobre", "2024-10"),
    ("ru-bare-month-locative", "ru", "в марте", "2025-03"),
    ("en-next-years", "en", "in the next three years", "2028"),
    ("ru-next-years", "ru", "в ближайшие три года", "2028"),
    ("en-yesterday", "en", "yesterday", "2025-04-21"),
    # a daily report's "past 24 hours" is the day before, as "за минувшие сутки" (set J)
    ("en-past-24-hours", "en", "in the past 24 hours", "2025-04-21"),
    ("de-vergangenen-24-stunden", "de", "in den vergangenen 24 Stunden", "2025-04-21"),
    ("fr-dernieres-24-heures", "fr", "au cours des dernières 24 heures", "2025-04-21"),
    ("ru-za-poslednie-sutki", "ru", "за последние сутки", "2025-04-21"),
    # seasons are the half they fall in: spring H1, summer and autumn H2 (PUBLISHED is April)
    ("en-this-summer", "en", "this summer", "2025-H2"),
    ("en-in-the-autumn", "en", "in the autumn", "2025-H2"),
    ("en-this-spring", "en", "this spring", "2025-H1"),
    ("en-next-spring", "en", "next spring", "2026-H1"),
    ("en-last-autumn", "en", "last autumn", "2024-H2"),
    ("en-autumn-of-year", "en", "in the autumn of 2026", "2026-H2"),
    ("de-im-herbst", "de", "im Herbst", "2025-H2"),
    ("de-fruehjahr-year", "de", "im Frühjahr 2026", "2026-H1"),
    ("ru-osenyu", "ru", "осенью", "2025-H2"),
    ("ru-osenyu-year", "ru", "осенью 2026 года", "2026-H2"),
    ("ru-osenyu-next-year", "ru", "осенью следующего года", "2026-H2"),
    ("fr-a-l-automne", "fr", "à l'automne", "2025-H2"),
    ("fr-automne-prochain", "fr", "l'automne prochain", "2025-H2"),
    ("fr-printemps-year", "fr", "au printemps 2026", "2026-H1"),
    # a month with "this/next/last year" takes that year, not the latest such month
    ("en-month-this-year", "en", "in June this year", "2025-06"),
    ("en-month-last-year", "en", "in March last year", "2024-03"),
    ("de-month-dieses-jahres", "de", "im Juni dieses Jahres", "2025-06"),
    ("ru-month-tekushchego-goda", "ru", "в июне текущего года", "2025-06"),
    ("ru-month-proshlogo-goda", "ru", "в марте прошлого года", "2024-03"),
    ("fr-month-cette-annee", "fr", "en juin de cette année", "2025-06"),
    ("ru-etogo-goda", "ru", "этого года", "2025"),
    ("fr-cette-annee", "fr", "de cette année", "2025"),
    # "early next month" is that month
    ("en-early-next-month", "en", "early next month", "2025-05"),
    ("de-anfang-naechsten-monats", "de", "Anfang nächsten Monats", "2025-05"),
    ("ru-nachale-sleduyushchego-mesyatsa", "ru", "в начале следующего месяца", "2025-05"),
    ("fr-debut-mois-prochain", "fr", "début du mois prochain", "2025-05"),
    ("en-end-of-the-year", "en", "by the end of the year", "2025"),
    # "from Monday" lies ahead of publication
    ("en-from-weekday", "en", "from Monday", "2025-04-28"),
    ("de-ab-weekday", "de", "ab Montag", "2025-04-28"),
    ("ru-s-weekday", "ru", "с понедельника", "2025-04-28"),
    ("fr-a-partir-de-weekday", "fr", "à partir de lundi", "2025-04-28"),
    ("en-scheduled-weekday", "en", "the forum scheduled for Friday", "2025-04-25"),
    ("fr-bare-weekday", "fr", "a expulsé dimanche", "2025-04-20"),
    ("fr-weekday-next", "fr", "jeudi prochain", "2025-04-24"),
    ("ru-weekday-next", "ru", "в следующий вторник", "2025-04-29"),
    ("de-compound-weekday", "de", "am Freitagmorgen", "2025-04-18"),
    ("en-within-years", "en", "within five years", "2030"),
    # "dans un délai de deux mois" is "within two months": the month it runs out
    ("fr-dans-un-delai-de-mois", "fr", "dans un délai de deux mois", "2025-06"),
    # "within two weeks" is the month the term runs out in
    ("en-within-weeks", "en", "within two weeks", "2025-05"),
    ("en-within-one-week", "en", "within one week", "2025-04"),
    ("de-innerhalb-von-wochen", "de", "innerhalb von zwei Wochen", "2025-05"),
    ("ru-v-techenie-nedel", "ru", "в течение двух недель", "2025-05"),
    ("fr-dans-un-delai-de-semaines", "fr", "dans un délai de deux semaines", "2025-05"),
    ("fr-quarter-no-year", "fr", "au premier trimestre", "2025-Q1"),
    ("en-quarter-no-year-last-year", "en", "in the fourth quarter", "2024-Q4"),
    ("ru-k-kontsu-year", "ru", "к концу 2026 года", "2026"),
    ("fr-avant-la-fin-de-l-annee", "fr", "avant la fin de l'année", "2025"),
    ("de-ende-april", "de", "Ende April", "2025-04"),
    ("fr-fin-avril", "fr", "fin avril", "2025-04"),
    ("ru-v-kontse-aprelya", "ru", "в конце апреля", "2025-04"),
    # "by the end of the month" is the month of publication, "by the end of the quarter"
    # its quarter (as "by the end of Q2 2025" is Q2)
    ("en-end-of-the-month", "en", "by the end of the month", "2025-04"),
    ("de-bis-ende-des-monats", "de", "bis Ende des Monats", "2025-04"),
    ("ru-do-kontsa-mesyatsa", "ru", "до конца месяца", "2025-04"),
    ("fr-fin-du-mois", "fr", "d'ici la fin du mois", "2025-04"),
    ("en-end-of-the-quarter", "en", "by the end of the quarter", "2025-Q2"),
    ("de-bis-ende-des-quartals", "de", "bis Ende des Quartals", "2025-Q2"),
    ("ru-do-kontsa-kvartala", "ru", "до конца квартала", "2025-Q2"),
    ("fr-fin-du-trimestre", "fr", "d'ici la fin du trimestre", "2025-Q2"),
    # "the past seven days" before publication is last week: the month it falls in
    ("en-past-seven-days", "en", "in the past seven days", "2025-04"),
    ("de-vergangenen-sieben-tagen", "de", "in den vergangenen sieben Tagen", "2025-04"),
    ("ru-za-poslednie-sem-dney", "ru", "за последние семь дней", "2025-04"),
    ("fr-sept-derniers-jours", "fr", "au cours des sept derniers jours", "2025-04"),
    ("fr-semaine-ecoulee", "fr", "au cours de la semaine écoulée", "2025-04"),
    # "за последний месяц" is the month before, as "past month" is
    ("ru-za-posledniy-mesyats", "ru", "за последний месяц", "2025-03"),
    ("ru-za-proshluyu-nedelyu", "ru", "за прошлую неделю", "2025-04"),
    ("ru-za-proshlyy-mesyats", "ru", "за прошлый месяц", "2025-03"),
    # a half-yearly rhythm is ongoing, as a quarterly one is
    ("en-every-six-months", "en", "every six months", "ongoing"),
    ("de-halbjaehrlich", "de", "halbjährlich", "ongoing"),
    ("ru-raz-v-polgoda", "ru", "раз в полгода", "ongoing"),
    ("fr-chaque-semestre", "fr", "chaque semestre", "ongoing"),
    # the middle of a month is that month, its cue joined by a space or a hyphen
    ("en-by-mid-hyphen-month", "en", "by mid-March", "2025-03"),
    ("en-mid-month", "en", "in mid March", "2025-03"),
    ("en-middle-of-month", "en", "by the middle of March", "2025-03"),
    ("de-bis-mitte-monat", "de", "bis Mitte März", "2025-03"),
    ("ru-do-serediny-mesyatsa", "ru", "до середины марта", "2025-03"),
    ("ru-k-seredine-mesyatsa", "ru", "к середине марта", "2025-03"),
    ("fr-a-la-mi-mois", "fr", "d'ici à la mi-mars", "2025-03"),
]


DAY_WITHOUT_YEAR = [
    # published 21 April 2025: December is nearer last year, May this year
    ("fr", "le 12 décembre", "2024-12-12"),
    ("en", "on December 12", "2024-12-12"),
    ("de", "am 12. Dezember", "2024-12-12"),
    ("ru", "12 декабря", "2024-12-12"),
    ("fr", "le 12 mai", "2025-05-12"),
    ("de", "am 26. Januar", "2025-01-26"),
]


@pytest.mark.parametrize(("lang", "text", "label"), DAY_WITHOUT_YEAR)
def test_a_day_without_a_year_is_the_nearest_one(lang: str, text: str, label: str) -> None:
    """Callers move it ahead when the sentence speaks of a plan or a deadline."""
    assert [d.period.label() for d in find_dates(text, lang, date(2025, 4, 21))] == [label]


LAST_WEEKDAY = [
    ("fr", "jeudi dernier"),
    ("en", "last Thursday"),
    ("de", "letzten Donnerstag"),
    ("ru", "в прошлый четверг"),
]


@pytest.mark.parametrize(("lang", "text"), LAST_WEEKDAY)
def test_last_weekday_written_on_that_weekday_is_a_week_back(lang: str, text: str) -> None:
    """Published Thursday 17 April 2025: "last Thursday" is the 10th, not the day itself."""
    assert [d.period.label() for d in find_dates(text, lang, date(2025, 4, 17))] == ["2025-04-10"]


@pytest.mark.parametrize(
    ("lang", "text", "label"), [c[1:] for c in DATE_CASES], ids=[c[0] for c in DATE_CASES]
)
def test_find_dates(lang: str, text: str, label: str) -> None:
    found = find_dates(text, lang, PUBLISHED)
    assert [d.period.label() for d in found] == [label]
    assert parse_period(text, lang, PUBLISHED).label() == label


def test_last_week_is_the_month_of_its_thursday() -> None:
    """ "last week" is the month the calendar week before publication falls in (mostly)."""
    # published Wednesday 6 August 2025: last week is 28 July to 3 August, mostly July
    assert [d.period.label() for d in find_dates("last week", "en", date(2025, 8, 6))] == [
        "2025-07"
    ]
    assert [d.period.label() for d in find_dates("la semaine passée", "fr", date(2025, 8, 20))] == [
        "2025-08"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        pytest.param("en", "in the first three months of the year", "2025-Q1", id="en-q1"),
        pytest.param("en", "over the first six months of this year", "2025-H1", id="en-h1"),
        pytest.param("de", "in den ersten drei Monaten des Jahres", "2025-Q1", id="de-q1"),
        pytest.param("de", "in den ersten sechs Monaten dieses Jahres", "2025-H1", id="de-h1"),
        pytest.param("fr", "au cours des trois premiers mois de l'année", "2025-Q1", id="fr-q1"),
        pytest.param("fr", "durant les six premiers mois de l’année", "2025-H1", id="fr-h1"),
        pytest.param("ru", "за первые три месяца года", "2025-Q1", id="ru-q1"),
        pytest.param("ru", "в течение первых шести месяцев этого года", "2025-H1", id="ru-h1"),
    ],
)
def test_the_first_months_of_the_year_are_its_first_quarter_or_half(
    lang: str, text: str, label: str
) -> None:
    assert [d.period.label() for d in find_dates(text, lang, PUBLISHED)] == [label]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        pytest.param("January saw 900 arrivals.", ["2025-01"], id="saw"),
        pytest.param("March accounted for most of them.", ["2025-03"], id="accounted-for"),
        pytest.param("April, the busiest month, brought rain.", ["2025-04"], id="apposition"),
        pytest.param("Ministers may saw the logs.", [], id="lower-case-may"),
        pytest.param("March on the capital, they said.", [], id="no-verb"),
    ],
)
def test_a_month_as_the_subject_of_a_listed_verb_is_a_date(text: str, labels: list[str]) -> None:
    assert [d.period.label() for d in find_dates(text, "en", PUBLISHED)] == labels


def test_a_season_word_alone_is_no_date() -> None:
    """ "The fall of Kabul", "le printemps arabe": a season needs a cue or a year."""
    assert find_dates("the fall of Kabul", "en", PUBLISHED) == []
    assert find_dates("le printemps arabe", "fr", PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        pytest.param("Der Flug ist am Morgen gestartet.", [], id="am-morgen"),
        pytest.param("Heute Morgen landete die Maschine.", ["2025-04-15"], id="heute-morgen"),
        pytest.param("Der Minister reist morgen nach Kabul.", ["2025-04-16"], id="morgen"),
    ],
)
def test_german_morgen_is_tomorrow_only_in_lower_case(text: str, labels: list[str]) -> None:
    """ "morgen" is tomorrow; the noun "Morgen" ("am Morgen") is the morning."""
    found = find_dates(text, "de", date(2025, 4, 15))
    assert [d.period.label() for d in found] == labels


RELATIVE_ONLY = ["on Tuesday", "last month", "in March", "in the next three years", "yesterday"]


@pytest.mark.parametrize("text", RELATIVE_ONLY)
def test_relative_dates_need_a_publication_date(text: str) -> None:
    assert find_dates(text, "en", None) == []


NOT_DATE_CASES = [
    ("en-may-verb", "en", "They may meet 5 times."),
    ("en-march-verb", "en", "Protesters march on the capital."),
    ("en-big-number", "en", "some 4,200 people"),
]


@pytest.mark.parametrize(
    ("lang", "text"), [c[1:] for c in NOT_DATE_CASES], ids=[c[0] for c in NOT_DATE_CASES]
)
def test_find_dates_ignores_non_dates(lang: str, text: str) -> None:
    assert find_dates(text, lang, PUBLISHED) == []


def test_an_impossible_day_is_not_a_day() -> None:
    assert [d.period.precision for d in find_dates("31/02/2024", "en", PUBLISHED)] == ["year"]


def test_parse_period_year_range_and_nothing() -> None:
    period = parse_period("2024-2025", "en", None)
    assert (
        period is not None and period.start == date(2024, 1, 1) and period.end == date(2025, 12, 31)
    )
    assert parse_period("soon", "en", PUBLISHED) is None


# --- evidence ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "quote"),
    [
        ("  Pakistan deported 4,200 Afghans.  ", 0, 36, "Pakistan deported 4,200 Afghans"),
        ("x — Иран выслал 30 тыс., ", 2, 25, "Иран выслал 30 тыс"),
        ("| a | b |", 0, 9, "| a | b |"),
        ("...", 0, 3, "..."),
        ("abc", 5, 9, ""),
    ],
)
def test_make_evidence_trims_and_keeps_offsets(text: str, start: int, end: int, quote: str) -> None:
    ev = make_evidence(text, start, end, "test")
    assert ev.quote == quote
    assert text[ev.start : ev.end] == ev.quote
    assert ev.rule == "test"


# --- fast paths give what the plain ones give (issue 4, speed) -----------------------------

TRICKY_TEXTS = [
    "The U.S. envoy met Dr. Rahimi. Talks went well.",
    "a.b.c. x.y z. q.ab.Cd e.g. i.e.x U.S.A.B. 3.a.b. a..b. .a.b. İstanbul ΟΔΟΣ. ß.",
    "zu bringen.Im vergangenen Jahr. T.e. о транзите, т. е. РФ. a_b.c_d 1a.2b.",
    "",
    "...",
]


@pytest.mark.parametrize("text", TRICKY_TEXTS)
def test_tokens_are_those_of_the_plain_alternation(text: str) -> None:
    import re

    from tracker.extract.engine import _tokens

    plain = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_]+")
    assert list(_tokens(text)) == [(m.group(), m.start(), m.end()) for m in plain.finditer(text)]


@pytest.mark.parametrize("text", [*TRICKY_TEXTS, *(c[1] for c in SEGMENT_CASES)])
def test_sentence_ends_are_those_of_the_plain_pattern(text: str) -> None:
    import re

    from tracker.extract.engine import _SENT_END_RE

    plain = re.compile(
        r"[.!?…]+[\"'»”’)\]]*\s+(?=[\"'«“„(\[]?[^\W_a-zà-ÿа-яё])"
        r"|(?P<glued>[.!?])(?<=[a-zà-ÿа-яё]{2}[.!?])(?=[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё])"
    )
    text += " Ende… «Start» it.) (Next  fin?!» Oui. ab.Cd x.Y éé!Àb"
    assert [(m.span(), m.group("glued") is not None) for m in _SENT_END_RE.finditer(text)] == [
        (m.span(), m.group("glued") is not None) for m in plain.finditer(text)
    ]


@pytest.mark.parametrize("text", TRICKY_TEXTS)
def test_lowered_words_are_the_letter_runs_of_the_lowered_text(text: str) -> None:
    import re

    from tracker.extract.engine import lowered_words

    assert lowered_words(text) == set(re.findall(r"[^\W\d_]+", text.lower()))


# A quarter or half followed by a year phrase takes that year, not the latest such
# quarter before publication (published 2025-04-22).
QUARTER_OF_YEAR = [
    ("en", "in the first half of next year", "2026-H1"),
    ("en", "the fourth quarter of last year", "2024-Q4"),
    ("en", "the second half of this year", "2025-H2"),
    ("de", "im ersten Quartal des nächsten Jahres", "2026-Q1"),
    ("de", "im zweiten Halbjahr kommenden Jahres", "2026-H2"),
    ("fr", "au premier semestre de l'année prochaine", "2026-H1"),
    ("fr", "au troisième trimestre de l'an dernier", "2024-Q3"),
    ("ru", "в первом квартале следующего года", "2026-Q1"),
    ("ru", "во втором полугодии прошлого года", "2024-H2"),
    ("de", "Anfang nächsten Jahres", "2026"),
]


@pytest.mark.parametrize(("lang", "text", "label"), QUARTER_OF_YEAR)
def test_a_quarter_of_next_year_is_next_year_s(lang: str, text: str, label: str) -> None:
    period = parse_period(text, lang, PUBLISHED)
    assert period is not None and period.label() == label


@pytest.mark.parametrize(
    ("text", "label"),
    [("за весь прошлый год", "2024"), ("за минувший год", "2024"), ("на следующий год", "2026")],
)
def test_russian_year_phrases_in_the_accusative(text: str, label: str) -> None:
    """ "за прошлый год" (for last year) names the year as "в прошлом году" does."""
    period = parse_period(text, "ru", PUBLISHED_OCTOBER)
    assert period is not None and period.label() == label


PUBLISHED_OCTOBER = date(2025, 10, 16)


# Whole months from one to another make up a quarter, a half or a year; any other span
# is read as its last month, as before.
MONTH_SPANS = [
    ("en", "expelled 118,000 people between October and December 2025", "2025-Q4"),
    ("en", "from January to June 2024", "2024-H1"),
    ("en", "October–December 2025", "2025-Q4"),
    ("en", "between January and December 2024", "2024"),
    ("en", "between March and May 2025", "2025-05"),
    ("de", "zwischen Oktober und Dezember 2025", "2025-Q4"),
    ("de", "von Juli bis Dezember 2024", "2024-H2"),
    ("fr", "entre octobre et décembre 2025", "2025-Q4"),
    ("fr", "d'avril à juin 2026", "2026-Q2"),
    ("ru", "в период с октября по декабрь 2025 года", "2025-Q4"),
    ("ru", "с января по март 2026 года", "2026-Q1"),
]


@pytest.mark.parametrize(("lang", "text", "label"), MONTH_SPANS)
def test_a_span_of_whole_months_is_their_quarter_or_half(lang: str, text: str, label: str) -> None:
    dates = find_dates(text, lang, PUBLISHED)
    assert [d.period.label() for d in dates] == [label]


# Without a year, a span needs its lead word and is the latest such span up to publication
# (published 16 October 2025); a count right after it is no year.
MONTH_SPANS_WITHOUT_YEAR = [
    pytest.param("en", "Between January and June, 46 Afghans were removed.", "2025-H1", id="en"),
    pytest.param("de", "zwischen Januar und Juni 46 Afghanen abgeschoben", "2025-H1", id="de"),
    pytest.param("fr", "entre juillet et septembre, 46 Afghans", "2025-Q3", id="fr-past-quarter"),
    pytest.param("ru", "с октября по декабрь выслано 46 человек", "2024-Q4", id="ru-year-before"),
]


@pytest.mark.parametrize(("lang", "text", "label"), MONTH_SPANS_WITHOUT_YEAR)
def test_a_span_of_whole_months_without_a_year_lies_before_publication(
    lang: str, text: str, label: str
) -> None:
    dates = find_dates(text, lang, PUBLISHED_OCTOBER)
    assert [d.period.label() for d in dates] == [label]


# A correction notice repeats the error it corrects: that sentence states no fact, and the
# corrected sentence after it does.
RETRACTIONS = [
    pytest.param(
        "en",
        "Correction: An earlier version of this article said that Iran deported 9,400 Afghans "
        "in March. Iran deported 4,900 Afghans in March, officials said.",
        4900,
        id="en",
    ),
    pytest.param(
        "de",
        "Korrektur: In einer früheren Version dieses Artikels hieß es, der Iran habe im März "
        "9400 Afghanen abgeschoben. Der Iran schob im März 4900 Afghanen ab.",
        4900,
        id="de",
    ),
    pytest.param(
        "ru",
        "Поправка: в первоначальной версии материала говорилось, что в марте Иран депортировал "
        "9400 афганцев. В марте Иран депортировал 4900 афганцев.",
        4900,
        id="ru",
    ),
    pytest.param(
        "fr",
        "Rectificatif : dans une première version de cet article, nous écrivions que l'Iran "
        "avait expulsé 9 400 Afghans en mars. L'Iran a expulsé 4 900 Afghans en mars.",
        4900,
        id="fr",
    ),
]


@pytest.mark.parametrize(("lang", "text", "count"), RETRACTIONS)
def test_a_corrections_account_of_the_error_states_no_fact(
    lang: str, text: str, count: int
) -> None:
    from tracker.extract import extract_document
    from tracker.extract.engine import mask_retracted

    masked = mask_retracted(text, lang)
    assert len(masked) == len(text)
    assert masked.lstrip() == text.split(". ", 1)[1]  # the notice's sentence is blank
    found = extract_document(text, name="t", language=lang, published=PUBLISHED)
    assert [f.count for f in found.deportation_figures] == [count]


# "am 27.11.", "28.–29.11.": where dotted_day_month is on (German, Russian), a dotted day and
# month without a year is a date, the nearest such day to publication; after a section word
# ("п. 3.1.", "Ziffer 2.4.") it is a section number.
DOTTED_DAY_MONTH = [
    pytest.param("de", "Am 27.04. reist die Delegation nach Kabul.", "2025-04-27", id="de"),
    pytest.param("de", "Termin: Fr./Sa., 28.–29.04. in Taschkent", "2025-04-28", id="de-span"),
    pytest.param("ru", "27.04. делегация прибыла в Кабул.", "2025-04-27", id="ru"),
    pytest.param("ru", "Встреча пройдёт 3.5. в Ташкенте.", "2025-05-03", id="ru-short"),
    pytest.param("de", "nach Ziffer 2.4. des Beschlusses", None, id="de-section"),
    pytest.param("ru", "согласно п. 3.1. плана", None, id="ru-section"),
    pytest.param("de", "Der Kurs lag bei 1.5 Prozent.", None, id="de-decimal"),
    pytest.param("en", "On 27.04. the delegation left.", None, id="en-option-off"),
]


@pytest.mark.parametrize(("lang", "text", "label"), DOTTED_DAY_MONTH)
def test_a_dotted_day_and_month_without_a_year(lang: str, text: str, label: str | None) -> None:
    found = [str(d.period) for d in find_dates(text, lang, PUBLISHED)]
    assert found == ([label] if label else [])


# A span of two days whose second day carries its weekday is dated by its first day.
WEEKDAY_SPANS = [
    pytest.param("en", "talks on Thursday 24 and Friday 25 April", "2025-04-24", id="en"),
    pytest.param(
        "de", "Gespräche am Donnerstag, 24. und Freitag, 25. April", "2025-04-24", id="de"
    ),
    pytest.param("fr", "entretiens jeudi 24 et vendredi 25 avril", "2025-04-24", id="fr"),
    pytest.param("ru", "переговоры 24 и 25 апреля", "2025-04-24", id="ru-without-weekday"),
]


@pytest.mark.parametrize(("lang", "text", "label"), WEEKDAY_SPANS)
def test_a_two_day_span_with_weekdays_is_its_first_day(lang: str, text: str, label: str) -> None:
    found = [str(d.period) for d in find_dates(text, lang, PUBLISHED)]
    assert found[-1] == label


# A country name that is also a surname names a person after a capitalised given name
# (held-out set N: "Laurent Saint-Martin"); alone or after a preposition it is the country.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param("fr", "Le ministre Paul Saint-Martin arrive.", [], id="fr-surname"),
        pytest.param("fr", "Il se rendra à Saint-Martin.", ["MAF"], id="fr-island"),
        pytest.param("en", "Senator Anne Jordan spoke.", [], id="en-surname"),
        pytest.param("en", "She met the King of Jordan.", ["JOR"], id="en-country"),
        pytest.param("de", "Staatssekretär Paul Jordan sprach.", [], id="de-surname"),
    ],
)
def test_a_country_name_after_a_given_name_is_a_surname(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [m.code for m in find_countries(text, lang)] == expected


# Offices only one country names so stand for it (held-out set N: ministries' pages).
@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        pytest.param("de", "Bundesministerium des Innern", "DEU", id="de-bmi"),
        pytest.param("de", "Eine Pressemitteilung des BMZ", "DEU", id="de-bmz"),
        pytest.param("de", "Der Bundestag debattierte.", "DEU", id="de-bundestag"),
        pytest.param(
            "de", "Entwicklungsstaatssekretär Paul Berg reist.", "DEU", id="de-entwicklung"
        ),
        pytest.param("fr", "Ministère de l'Europe et des Affaires étrangères", "FRA", id="fr-meae"),
        pytest.param("fr", "Le Quai d'Orsay a réagi.", "FRA", id="fr-quai"),
    ],
)
def test_offices_of_one_country_name_it(lang: str, text: str, code: str) -> None:
    assert [m.code for m in find_countries(text, lang)] == [code]


# A country word inside a route's name is no side (held-out set N).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("tariffs on the Trans-Afghan railway", [], id="trans-afghan"),
        pytest.param("the trans-Caspian corridor to Kazakhstan", ["KAZ"], id="lower-case"),
        pytest.param("Afghan traders use the route", ["AFG"], id="plain"),
    ],
)
def test_a_country_word_in_a_routes_name_is_no_mention(text: str, expected: list[str]) -> None:
    assert [m.code for m in find_countries(text, "en")] == expected


# "before the end of the year" is this year, as "by the end of the year" is.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "The group will meet before the end of the year.", id="en-before-end"),
        pytest.param("en", "The talks will resume before the year is out.", id="en-year-is-out"),
        pytest.param("de", "Die Gruppe soll noch vor Jahresende tagen.", id="de-vor-jahresende"),
        pytest.param(
            "de", "Die Gruppe soll vor Ende des Jahres tagen.", id="de-vor-ende-des-jahres"
        ),
    ],
)
def test_before_the_end_of_the_year_is_this_year(lang: str, text: str) -> None:
    assert [d.period.label() for d in find_dates(text, lang, PUBLISHED_OCTOBER)] == ["2025"]


# An amount's abbreviated unit ("млн.", "bn.") before a capital letter ends the sentence; a
# lower-case word after it ("5 млн. долларов") does not (held-out set T).
@pytest.mark.parametrize(
    ("text", "count"),
    [
        pytest.param("Продажи достигли $80 млн. Рост продолжится.", 2, id="ru-mln-capital"),
        pytest.param("Кредит составит 2 млрд. Решение примут в мае.", 2, id="ru-mlrd-capital"),
        pytest.param("Выделено 7 млн. рублей на ремонт дорог.", 1, id="ru-mln-lower"),
        pytest.param("Sales came to $80 bn. Growth should go on.", 2, id="en-bn-capital"),
    ],
)
def test_an_amount_unit_before_a_capital_ends_the_sentence(text: str, count: int) -> None:
    assert len(split_segments(text)) == count, [s.text for s in split_segments(text)]


@pytest.mark.parametrize(
    ("lang", "text", "labels"),
    [
        pytest.param("en", "The ongoing talks went on until noon.", [], id="en-ongoing-talks"),
        pytest.param("en", "a continuous watch on the border", [], id="en-continuous-watch"),
        pytest.param("en", "Status: ongoing and on track", ["ongoing"], id="en-ongoing-and"),
        pytest.param("en", "Timeline: Ongoing", ["ongoing"], id="en-cell"),
        pytest.param("en", "reviewed on an ongoing basis", ["ongoing"], id="en-basis"),
        pytest.param("en", "The line is staffed continuously.", ["ongoing"], id="en-adverb"),
        pytest.param("fr", "un secrétariat permanent sera créé", [], id="fr-secretariat"),
        pytest.param("fr", "Calendrier : permanent", ["ongoing"], id="fr-cell"),
        pytest.param("fr", "le suivi sera assuré en permanence", ["ongoing"], id="fr-adverb"),
        pytest.param("fr", "à titre permanent", ["ongoing"], id="fr-a-titre"),
        pytest.param("ru", "в текущем году", ["2025"], id="ru-current-year"),
        pytest.param("ru", "постоянно действующий торговый дом", [], id="ru-standing-body"),
        pytest.param("ru", "Срок: постоянно", ["ongoing"], id="ru-cell"),
        pytest.param("de", "Frist: laufend", ["ongoing"], id="de-cell"),
    ],
)
def test_an_ongoing_word_that_qualifies_a_noun_dates_nothing(
    lang: str, text: str, labels: list[str]
) -> None:
    """ "the ongoing talks", "un secrétariat permanent", "постоянно действующий" name a
    quality of a thing; "Ongoing" in a timeline cell or "on an ongoing basis" is a timeline."""
    assert [d.period.label() for d in find_dates(text, lang, PUBLISHED)] == labels


@pytest.mark.parametrize(
    ("lang", "text", "labels"),
    [
        pytest.param("en", "on Thursday, May 8, 2025", ["2025-05-08"], id="en-weekday-comma-date"),
        pytest.param("en", "on Thursday, 8 May", ["2025-05-08"], id="en-weekday-day-month"),
        pytest.param("fr", "le jeudi 8 mai", ["2025-05-08"], id="fr-jeudi-8-mai"),
        pytest.param("ru", "в четверг, 8 мая", ["2025-05-08"], id="ru-v-chetverg-8-maya"),
        pytest.param("ru", "8 мая (четверг)", ["2025-05-08"], id="ru-date-then-weekday"),
        pytest.param("de", "am Donnerstag, 8. Mai", ["2025-05-08"], id="de-donnerstag-8-mai"),
        pytest.param(
            "en", "on Thursday and on 8 May", ["2025-04-17", "2025-05-08"], id="en-two-dates"
        ),
        pytest.param("en", "on Thursday, 1,200 people", ["2025-04-17"], id="en-count-after"),
    ],
)
def test_a_weekday_beside_a_days_date_names_that_day(
    lang: str, text: str, labels: list[str]
) -> None:
    """ "on Thursday, May 8": the weekday names the day written beside it, not the Thursday
    nearest to publication (22 April 2025, a Tuesday)."""
    assert [d.period.label() for d in find_dates(text, lang, PUBLISHED)] == labels


@pytest.mark.parametrize(
    ("lang", "text", "labels"),
    [
        pytest.param("en", "They met two days ago.", ["2025-04-20"], id="en-two-days"),
        pytest.param("en", "They met 3 days ago.", ["2025-04-19"], id="en-digit-days"),
        pytest.param("en", "It opened three months ago.", ["2025-01"], id="en-months"),
        pytest.param("en", "He was there a year ago.", ["2024"], id="en-a-year"),
        pytest.param("en", "They met many years ago.", [], id="en-many-years"),
        pytest.param("de", "Sie trafen sich vor zwei Wochen.", ["2025-04"], id="de-wochen"),
        pytest.param("de", "Er war vor einem Jahr dort.", ["2024"], id="de-einem-jahr"),
        pytest.param("de", "Er sprach vor dem Treffen.", [], id="de-vor-dem-treffen"),
        pytest.param("ru", "Они встретились три дня назад.", ["2025-04-19"], id="ru-dnya-nazad"),
        pytest.param("ru", "Это было 5 месяцев назад.", ["2024-11"], id="ru-digit-months"),
        pytest.param("ru", "Они вернулись назад в Кабул.", [], id="ru-nazad-alone"),
        pytest.param("fr", "Ils se sont vus il y a deux jours.", ["2025-04-20"], id="fr-jours"),
        pytest.param("fr", "Il était là il y a un an.", ["2024"], id="fr-un-an"),
        pytest.param("fr", "Il y a des années que cela dure.", [], id="fr-des-annees"),
    ],
)
def test_a_time_ago_counts_back_from_publication(lang: str, text: str, labels: list[str]) -> None:
    """ "two days ago", "vor zwei Wochen", "три дня назад", "il y a deux jours": days give
    the day, weeks and months the month, years the year (published 22 April 2025)."""
    assert [d.period.label() for d in find_dates(text, lang, PUBLISHED)] == labels


@pytest.mark.parametrize(
    ("lang", "text", "labels"),
    [
        pytest.param("en", "since the start of March", ["2025-03"], id="en-start-of-month"),
        pytest.param("en", "since the start of the month", ["2025-04"], id="en-start-of-the-month"),
        pytest.param("de", "seit Monatsbeginn", ["2025-04"], id="de-seit-monatsbeginn"),
        pytest.param("ru", "с начала месяца", ["2025-04"], id="ru-s-nachala-mesyatsa"),
        pytest.param("fr", "depuis le début du mois", ["2025-04"], id="fr-debut-du-mois"),
        pytest.param("fr", "depuis le début de mars", ["2025-03"], id="fr-le-debut-de-mars"),
    ],
)
def test_the_start_of_a_month_is_that_month(lang: str, text: str, labels: list[str]) -> None:
    """ "since the start of the month", "с начала месяца": the month of publication (a
    running total over it); "since the start of March" is March."""
    assert [d.period.label() for d in find_dates(text, lang, PUBLISHED)] == labels


@pytest.mark.parametrize(
    ("lang", "text", "labels"),
    [
        pytest.param("en", "to be finished within a year", ["2026"], id="en-within-a-year"),
        pytest.param("en", "within one year", ["2026"], id="en-within-one-year"),
        pytest.param("de", "innerhalb eines Jahres", ["2026"], id="de-innerhalb-eines-jahres"),
        pytest.param("de", "binnen eines Jahres", ["2026"], id="de-binnen-eines-jahres"),
        pytest.param("de", "innerhalb des Landes", [], id="de-innerhalb-des-landes"),
    ],
)
def test_within_a_year_is_the_next_year(lang: str, text: str, labels: list[str]) -> None:
    """ "within a year", "innerhalb eines Jahres": one year on, as "within the next three
    years" is three (published 2025)."""
    assert [d.period.label() for d in find_dates(text, lang, PUBLISHED)] == labels


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        pytest.param("en", "the day before yesterday", "2025-04-20", id="en-before-yesterday"),
        pytest.param("en", "the day after tomorrow", "2025-04-24", id="en-after-tomorrow"),
        pytest.param("de", "vorgestern", "2025-04-20", id="de-vorgestern"),
        pytest.param("de", "übermorgen", "2025-04-24", id="de-uebermorgen"),
        pytest.param("fr", "avant-hier", "2025-04-20", id="fr-avant-hier"),
        pytest.param("fr", "après-demain", "2025-04-24", id="fr-apres-demain"),
        pytest.param("ru", "позавчера", "2025-04-20", id="ru-pozavchera"),
        pytest.param("ru", "послезавтра", "2025-04-24", id="ru-poslezavtra"),
        pytest.param("fr", "hier", "2025-04-21", id="fr-hier-still-yesterday"),
    ],
)
def test_two_days_back_or_ahead(lang: str, text: str, label: str) -> None:
    """ "the day before yesterday", "avant-hier", "übermorgen": two days from publication
    (22 April 2025), not the "hier" or "morgen" inside them."""
    assert [d.period.label() for d in find_dates(text, lang, PUBLISHED)] == [label]


_MON, _THU, _SAT = date(2026, 11, 2), date(2026, 10, 29), date(2026, 10, 31)


@pytest.mark.parametrize(
    ("lang", "text", "published", "label"),
    [
        # a plain weekend written early in the week is the one just past (31 Oct-1 Nov)
        pytest.param("en", "met at the weekend", _MON, "2026-10", id="en-plain-monday"),
        pytest.param("de", "traf am Wochenende", _MON, "2026-10", id="de-plain-monday"),
        pytest.param("fr", "ce week-end", _MON, "2026-10", id="fr-plain-monday"),
        pytest.param("ru", "в выходные", _MON, "2026-10", id="ru-plain-monday"),
        # ...written on a Thursday, the one ahead; on a Saturday, that one
        pytest.param("en", "over the weekend", _THU, "2026-10", id="en-plain-thursday"),
        pytest.param("en", "this weekend", _SAT, "2026-10", id="en-this-saturday"),
        pytest.param("en", "last weekend", _MON, "2026-10", id="en-last"),
        pytest.param("de", "am vergangenen Wochenende", _MON, "2026-10", id="de-last"),
        pytest.param("fr", "le week-end dernier", _MON, "2026-10", id="fr-last"),
        pytest.param("ru", "в минувшие выходные", _MON, "2026-10", id="ru-last"),
        pytest.param("en", "next weekend", _MON, "2026-11", id="en-next-monday"),
        pytest.param("en", "next weekend", _THU, "2026-10", id="en-next-thursday"),
        pytest.param("en", "next weekend", _SAT, "2026-11", id="en-next-saturday"),
        pytest.param("de", "am kommenden Wochenende", _SAT, "2026-11", id="de-next"),
        pytest.param("fr", "le week-end prochain", _SAT, "2026-11", id="fr-next"),
        pytest.param("ru", "в ближайшие выходные", _SAT, "2026-11", id="ru-next"),
    ],
)
def test_a_weekend_is_the_month_it_falls_in(
    lang: str, text: str, published: date, label: str
) -> None:
    """ "at the weekend", "am Wochenende", "ce week-end", "в выходные": the month of the
    weekend meant, as a week is read (the corpus README), not the publication day."""
    assert [d.period.label() for d in find_dates(text, lang, published)] == [label]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "The weekend market stays open.", id="en-weekend-market"),
        pytest.param("de", "Wochenendarbeit ist selten.", id="de-compound"),
        pytest.param("ru", "Выходные данные закона.", id="ru-imprint"),
    ],
)
def test_weekend_words_alone_date_nothing(lang: str, text: str) -> None:
    assert find_dates(text, lang, _MON) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "de",
            "Berlin, 25. November 2026 - Der usbekische Außenminister Bachtijor Saidow "
            "besuchte am Wochenende Kabul.",
            id="de-between-verb-and-place",
        ),
        pytest.param(
            "en",
            "Kabul, 25 November 2026 - Uzbek Foreign Minister Bakhtiyor Saidov visited "
            "Kabul at the weekend.",
            id="en",
        ),
        pytest.param(
            "ru",
            "Москва, 25 ноября 2026 года. Министр иностранных дел Узбекистана Бахтиёр "
            "Саидов в выходные посетил Кабул.",
            id="ru",
        ),
        pytest.param(
            "fr",
            "Paris, le 25 novembre 2026 - Le ministre ouzbek des Affaires étrangères "
            "Bakhtiyor Saïdov s'est rendu ce week-end à Kaboul.",
            id="fr",
        ),
    ],
)
def test_a_visit_at_the_weekend_is_dated_by_its_month(lang: str, text: str) -> None:
    """A visit "at the weekend" (written on Wednesday 25 November) is a held visit of
    2026-11, not of the dateline's day; in German the weekend may stand between the
    verb and the place ("besuchte am Wochenende Kabul")."""
    from tracker.extract.visits import extract_visits

    visits = extract_visits(text, lang, date(2026, 11, 25))
    assert [(v.host_country, v.date.label() if v.date else None, v.status) for v in visits] == [
        ("AFG", "2026-11", "held")
    ]


_WED = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("lang", "text", "published", "label"),
    [
        pytest.param("en", "over the past two weeks", _WED, "2026-11", id="en-weeks"),
        pytest.param("en", "in the last 10 days", _WED, "2026-11", id="en-digits"),
        pytest.param("de", "in den vergangenen zwei Wochen", _WED, "2026-11", id="de"),
        pytest.param("ru", "за последние две недели", _WED, "2026-11", id="ru"),
        pytest.param("ru", "в течение последних двух недель", _WED, "2026-11", id="ru-genitive"),
        pytest.param("fr", "au cours des deux dernières semaines", _WED, "2026-11", id="fr"),
        pytest.param("fr", "ces quinze derniers jours", _WED, "2026-11", id="fr-ces"),
        # written on 3 December, two weeks back lie mostly in November
        pytest.param("en", "over the past two weeks", date(2026, 12, 3), "2026-11", id="en-across"),
        pytest.param("en", "in the past ten days", date(2026, 12, 6), "2026-12", id="en-half-in"),
    ],
)
def test_a_span_back_from_publication_is_the_month_of_most_of_its_days(
    lang: str, text: str, published: date, label: str
) -> None:
    """ "over the past two weeks", "за последние две недели": the month holding most of
    the span's days, as "last week" is its month (the corpus README)."""
    assert [d.period.label() for d in find_dates(text, lang, published)] == [label]


@pytest.mark.parametrize(
    ("lang", "text", "labels"),
    [
        # longer than a month: no period the contract can write
        pytest.param("en", "over the past three months", [], id="en-months"),
        pytest.param("de", "in den letzten zwei Jahren", [], id="de-years"),
        # the days of a named month are that month's
        pytest.param("en", "in the last ten days of November", [], id="en-of-month"),
        pytest.param("ru", "за последние 10 дней октября", [], id="ru-of-month"),
        pytest.param("fr", "au cours des dix derniers jours d'octobre", ["2026-10"], id="fr"),
        # ahead, not back
        pytest.param("fr", "au cours des trois prochaines années", ["2029"], id="fr-ahead"),
    ],
)
def test_spans_that_are_no_month_back_from_publication(
    lang: str, text: str, labels: list[str]
) -> None:
    assert [d.period.label() for d in find_dates(text, lang, _WED)] == labels


@pytest.mark.parametrize(
    ("lang", "text", "period"),
    [
        pytest.param(
            "en",
            "Islamabad, 25 November 2026 - Pakistan deported more than 30,000 Afghans over "
            "the past two weeks, the IOM said.",
            "2026-11",
            id="en-past-weeks",
        ),
        pytest.param(
            "de",
            "Islamabad, 25. November 2026 - Pakistan hat in den vergangenen zwei Wochen mehr "
            "als 30.000 Afghanen abgeschoben.",
            "2026-11",
            id="de",
        ),
        pytest.param(
            "fr",
            "Islamabad, le 25 novembre 2026 - Le Pakistan a expulsé plus de 30 000 Afghans "
            "au cours des deux dernières semaines.",
            "2026-11",
            id="fr",
        ),
        pytest.param(
            "en",
            "KABUL, 25 November 2026 (Reuters) - Iran deported 1,200 Afghans on Tuesday.",
            "2026-11-24",
            id="en-own-day-kept",
        ),
    ],
)
def test_a_span_back_beats_the_datelines_date_as_a_deportation_period(
    lang: str, text: str, period: str | None
) -> None:
    """The count's own span ("over the past two weeks") gives its period, not the wire
    dateline's day, which it was before (a count with no date of its own keeps the
    dateline's day: test_deportations)."""
    from tracker.extract.deportations import extract_deportations

    [figure] = extract_deportations(text, lang, _WED)
    assert (figure.period.label() if figure.period.known else None) == period


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        # without a year: the latest such span up to publication, as its last month (a
        # deportation count over it is the year's: test_deportations)
        pytest.param("en", "between January and October", "2026-10", id="en-between"),
        pytest.param("de", "von Januar bis Oktober", "2026-10", id="de-von-bis"),
        pytest.param("fr", "de janvier à octobre", "2026-10", id="fr-de-a"),
        pytest.param("ru", "в январе-октябре", "2026-10", id="ru-v-hyphen"),
        pytest.param("ru", "за январь–октябрь 2026 года", "2026-10", id="ru-za-with-year"),
        # a quarter or a half stays one
        pytest.param("ru", "в январе–марте 2026 года", "2026-Q1", id="ru-quarter"),
        pytest.param("en", "between October and December 2025", "2025-Q4", id="en-quarter"),
    ],
)
def test_a_span_of_months_is_read_whole(lang: str, text: str, label: str) -> None:
    """ "from January to October", "в январе-октябре": one date for the whole span; it was
    read as January alone, or not at all."""
    assert [d.period.label() for d in find_dates(text, lang, _WED)] == [label]


def test_a_single_month_after_v_stays_that_month() -> None:
    assert [d.period.label() for d in find_dates("в январе", "ru", _WED)] == ["2026-01"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Pakistan deported in October 14 Afghans.", [("in October", "2025-10")]),
        ("de", "Österreich schob im Oktober 14 Afghanen ab.", [("im Oktober", "2025-10")]),
        ("fr", "Le Pakistan a expulsé en octobre 14 Afghans.", [("en octobre", "2025-10")]),
        ("ru", "Пакистан выслал в октябре 14 афганцев.", [("в октябре", "2025-10")]),
        # negatives: a month and its day after other words stay a day
        ("en", "They met on October 14 in Kabul.", [("October 14", "2025-10-14")]),
        ("en", "The study is due by October 14 at noon.", [("October 14", "2025-10-14")]),
    ],
)
def test_a_number_after_in_and_a_month_is_no_day(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    """ "im Oktober 14 Afghanen": the number counts people, it is no day (held-out set Y)."""
    found = find_dates(text, lang, date(2025, 11, 20))
    assert [(text[d.start : d.end], d.period.label()) for d in found] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Eine französische Delegation kam an.", [("FRA", "adjective")]),
        ("de", "Eine britische Delegation kam an.", [("GBR", "adjective")]),
        ("de", "Eine amerikanische Delegation kam an.", [("USA", "adjective")]),
        ("ru", "Французская делегация прибыла.", [("FRA", "adjective")]),
        ("ru", "Российская делегация прибыла.", [("RUS", "adjective")]),
        ("ru", "Британская делегация прибыла.", [("GBR", "adjective")]),
        # the territory's full name is still the territory
        ("ru", "Французская Полинезия далеко.", [("PYF", "name")]),
        ("de", "Französisch-Guayana liegt in Südamerika.", [("GUF", "name")]),
    ],
    ids=["de-fra", "de-gbr", "de-usa", "ru-fra", "ru-rus", "ru-gbr", "ru-pyf", "de-guf"],
)
def test_an_adjective_that_opens_a_territorys_name_is_still_its_countrys(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    """ "Eine französische Delegation", "Российская делегация": the adjective's form that also
    opens a longer name ("Französische Süd- und Antarktisgebiete", "Российская Федерация")
    is written out in the data, so it stands by itself too (set Z)."""
    assert [(m.code, m.form) for m in find_countries(text, lang)] == expected


# A season after a deadline's cue ("by the summer", "bis zum Sommer", "до лета", "d'ici
# l'été") is the next one not yet over: in November, next year's; "in the summer" is this
# year's, and a winter is named by the year of its January.
@pytest.mark.parametrize(
    ("lang", "text", "published", "expected"),
    [
        pytest.param("en", "It will open by the summer.", date(2026, 11, 20), "2027-H2", id="en"),
        pytest.param(
            "de", "Er soll bis zum Sommer öffnen.", date(2026, 11, 20), "2027-H2", id="de"
        ),
        pytest.param("ru", "Его откроют до лета.", date(2026, 11, 20), "2027-H2", id="ru"),
        pytest.param("fr", "Il ouvrira d'ici l'été.", date(2026, 11, 20), "2027-H2", id="fr"),
        pytest.param(
            "en", "It will open by the summer.", date(2026, 5, 1), "2026-H2", id="en-in-spring"
        ),
        pytest.param(
            "en", "It will open by the winter.", date(2026, 11, 20), "2027-H1", id="en-winter"
        ),
        pytest.param(
            "en", "It will open by the winter.", date(2026, 1, 10), "2026-H1", id="en-in-winter"
        ),
        pytest.param(
            "en", "It opened in the summer.", date(2026, 11, 20), "2026-H2", id="en-in-the-summer"
        ),
    ],
)
def test_a_season_after_a_deadline_cue_lies_ahead(
    lang: str, text: str, published: date, expected: str
) -> None:
    assert [d.period.label() for d in find_dates(text, lang, published)] == [expected]


# A Russian place ending in a soft sign is found in its oblique cases, which the
# morphology reads as forms of its stem ("в Тяньцзине", "из Тяньцзиня").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Саммит прошел в Тяньцзине.", ["Tianjin"], id="loct"),
        pytest.param("Делегация вылетела из Тяньцзиня.", ["Tianjin"], id="gent"),
        pytest.param("Делегация прибыла в Тяньцзинь.", ["Tianjin"], id="nomn"),
    ],
)
def test_a_russian_soft_sign_place_in_its_cases(text: str, expected: list[str]) -> None:
    assert [p.name for p in find_places(text, "ru")] == expected
