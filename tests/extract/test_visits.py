"""Visits (tracker.extract.visits): who went where, when, held or planned.

Cases are data, per language: short sentences written for these tests, never
taken from an article. GOOD cases give the expected contract fields; BAD cases
must yield no visit at all (video calls, migrants travelling, an embassy...).
"""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract.visits import extract_visits

PUB = date(2025, 4, 21)


def _sides(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    """(visitor country, host country) of each visit the text gives."""
    return [(v.visitor_country, v.host_country) for v in extract_visits(text, lang, PUB)]


# (id, lang, text, expected subset of the single visit's contract)
GOOD = [
    (
        "de-city-after-adjective",
        "de",
        (
            "Eine turkmenische Regierungsdelegation ist am Mittwoch in der westafghanischen Stadt "
            "Herat mit dem Gouverneur zusammengetroffen."
        ),
        {"visitor_country": "TKM", "host_country": "AFG", "location": "Herat", "status": "held"},
    ),
    (
        "en-arrived-held",
        "en",
        "Aidos Berikov, the Deputy Prime Minister of Kazakhstan, arrived in Kabul on Friday.",
        {
            "visitor_country": "KAZ",
            "host_country": "AFG",
            "location": "Kabul",
            "status": "held",
            "visitor": "Aidos Berikov",
            "visitor_role": "Deputy Prime Minister",
            "date": "2025-04-18",
        },
    ),
    (
        "en-will-visit-planned",
        "en",
        "Pakistan's Foreign Minister Farid Qureshi will visit Kabul next month.",
        {
            "visitor_country": "PAK",
            "host_country": "AFG",
            "location": "Kabul",
            "status": "planned",
            "visitor": "Farid Qureshi",
            "date": "2025-05",
        },
    ),
    (
        "en-envoy-met-with",
        "en",
        "The Kazakh envoy met with Taliban representatives in Kabul to discuss border security.",
        {
            "visitor_country": "KAZ",
            "host_country": "AFG",
            "status": "held",
            "visitor": None,
            "visitor_role": "envoy",
            "date": "2025-04",
        },
    ),
    (
        "en-planned-month-ahead",
        "en",
        "A Turkmen trade exhibition is due to be held in Kabul in March.",
        {"visitor_country": "TKM", "host_country": "AFG", "status": "planned", "date": "2026-03"},
    ),
    (
        "de-eingetroffen",
        "de",
        (
            "Der usbekische Vizepremier Bakhtiyar Tursunov ist am Montag zu einem Besuch in Kabul "
            "eingetroffen."
        ),
        {
            "visitor_country": "UZB",
            "host_country": "AFG",
            "location": "Kabul",
            "status": "held",
            "visitor": "Bakhtiyar Tursunov",
        },
    ),
    (
        "de-reisen-planned",
        "de",
        "Der pakistanische Innenminister Karim Baloch will in der kommenden Woche nach Kabul reisen.",
        {
            "visitor_country": "PAK",
            "host_country": "AFG",
            "status": "planned",
            "visitor": "Karim Baloch",
        },
    ),
    (
        "ru-pribyl",
        "ru",
        "Вице-премьер Казахстана Ерлан Сагинтаев прибыл в Кабул с официальным визитом.",
        {
            "visitor_country": "KAZ",
            "host_country": "AFG",
            "location": "Kabul",
            "status": "held",
            "visitor": "Erlan Sagintaev",
            "visitor_role": "Deputy Prime Minister",
        },
    ),
    (
        "ru-posetit-planned",
        "ru",
        "Министр иностранных дел Узбекистана Тимур Рашидов посетит Кабул в мае 2025 года.",
        {"visitor_country": "UZB", "host_country": "AFG", "status": "planned", "date": "2025-05"},
    ),
    # a delegation the speaker's side awaits is planned, and its month, earlier in the year
    # than publication, the next one
    (
        "ru-zhdyom-planned",
        "ru",
        "Мы ждём туркменскую делегацию в Кабуле в феврале.",
        {"visitor_country": "TKM", "host_country": "AFG", "status": "planned", "date": "2026-02"},
    ),
    (
        "en-expecting-planned",
        "en",
        "We are expecting a Turkmen delegation in Kabul in February.",
        {"visitor_country": "TKM", "host_country": "AFG", "status": "planned", "date": "2026-02"},
    ),
    (
        "de-erwarten-planned",
        "de",
        "Wir erwarten im Februar eine turkmenische Delegation in Kabul.",
        {"visitor_country": "TKM", "host_country": "AFG", "status": "planned", "date": "2026-02"},
    ),
    (
        "fr-attendons-planned",
        "fr",
        "Nous attendons en février une délégation turkmène à Kaboul.",
        {"visitor_country": "TKM", "host_country": "AFG", "status": "planned", "date": "2026-02"},
    ),
    (
        "fr-s-est-rendu",
        "fr",
        "Le ministre ouzbek des Affaires étrangères, Rustam Nazarov, s'est rendu lundi à Kaboul.",
        {
            "visitor_country": "UZB",
            "host_country": "AFG",
            "location": "Kabul",
            "status": "held",
            "visitor": "Rustam Nazarov",
            "visitor_role": "Foreign Minister",
        },
    ),
    (
        "fr-se-rendra-planned",
        "fr",
        "Le vice-Premier ministre kazakh Arman Dzhaksybekov se rendra à Kaboul la semaine prochaine.",
        {"visitor_country": "KAZ", "host_country": "AFG", "status": "planned"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in GOOD], ids=[c[0] for c in GOOD]
)
def test_extracts_visit(lang: str, text: str, expected: dict[str, object]) -> None:
    """One visit, with the fields the sentence gives."""
    visits = extract_visits(text, lang, PUB)
    assert len(visits) == 1, [v.to_contract() for v in visits]
    got = visits[0].to_contract()
    assert {k: got[k] for k in expected} == expected


BAD = [
    (
        "de-source-city",
        "de",
        "Nach Angaben aus Neu-Delhi ging es bei dem Treffen um humanitäre Hilfe.",
    ),
    (
        "fr-genitive-city",
        "fr",
        "Ils ont évoqué la participation d'entreprises afghanes au salon agricole d'Astana.",
    ),
    (
        "en-video-call",
        "en",
        "Pakistan's Foreign Minister Farid Qureshi held a video call with Taliban officials in Kabul.",
    ),
    ("en-phone-call", "en", "The Kazakh envoy spoke by phone with officials in Kabul on Monday."),
    (
        "en-migrants-travel",
        "en",
        "Thousands of Afghans travelled to Kabul after they were expelled.",
    ),
    (
        "en-capital-as-government",
        "en",
        "Astana wants trade with Afghanistan to double, the minister said after the meeting.",
    ),
    (
        "de-videokonferenz",
        "de",
        "Die Außenminister Turkmenistans und Afghanistans berieten per Videokonferenz in Kabul.",
    ),
    ("de-embassy", "de", "Die afghanische Botschaft in Astana bleibt geöffnet."),
    (
        "ru-videosvyaz",
        "ru",
        "Министр транспорта Казахстана провёл переговоры по видеосвязи с Кабулом.",
    ),
    (
        "fr-visioconference",
        "fr",
        "Le ministre kazakh s'est entretenu par visioconférence avec ses homologues à Kaboul.",
    ),
    ("fr-no-officials", "fr", "Des milliers de familles sont arrivées à Kaboul cette semaine."),
]


@pytest.mark.parametrize(("lang", "text"), [c[1:] for c in BAD], ids=[c[0] for c in BAD])
def test_not_a_visit(lang: str, text: str) -> None:
    """Calls, migrants, embassies and metonymy are not visits."""
    assert extract_visits(text, lang, PUB) == []


def test_repeated_visit_is_reported_once_with_richest_fields() -> None:
    """Headline, lead and body about one trip give one visit with the visitor's name."""
    text = (
        "Kazakh Deputy Prime Minister Arrives in Kabul\n"
        "Aidos Berikov, the Deputy Prime Minister of Kazakhstan, arrived in Kabul on Monday.\n"
        "Upon his arrival in Kabul, Berikov met Afghan officials.\n"
    )
    visits = extract_visits(text, "en", PUB)
    assert len(visits) == 1
    assert visits[0].visitor == "Aidos Berikov"


def test_delegations_from_several_countries() -> None:
    """ "Delegations from X and Y" are visits by each country."""
    text = "Last month Kabul hosted delegations from Uzbekistan and Turkmenistan in Kabul."
    got = {(v.visitor_country, v.host_country) for v in extract_visits(text, "en", PUB)}
    assert got == {("UZB", "AFG"), ("TKM", "AFG")}


def test_two_trips_in_one_sentence() -> None:
    """A sentence listing two trips gives one visit per destination."""
    text = (
        "Two trips are planned: a visit by Afghan officials to Ankara in June "
        "and a delegation of Afghan traders to Dubai in July."
    )
    got = {(v.host_country, v.date.label()) for v in extract_visits(text, "en", PUB)}
    assert got == {("TUR", "2025-06"), ("ARE", "2025-07")}


def test_evidence_is_verbatim_in_cyrillic() -> None:
    """Evidence quotes are exact slices of the text, Cyrillic included."""
    text = "Сегодня вице-премьер Казахстана Ерлан Сагинтаев прибыл в Кабул.\n"
    for visit in extract_visits(text, "ru", PUB):
        ev = visit.evidence
        assert text[ev.start : ev.end] == ev.quote


def test_without_publication_date_a_held_visit_is_undated() -> None:
    """No date in the text and no publication date: the date is unknown, never invented."""
    visits = extract_visits("The Kazakh envoy met with Taliban officials in Kabul.", "en", None)
    assert [v.date.label() for v in visits] == [None]


def test_table_of_trips() -> None:
    """A table with date, delegation and destination columns gives one visit per row."""
    text = (
        "Afghan delegations abroad this spring\n"
        "| Date | Delegation | Destination | Purpose |\n"
        "|---|---|---|---|\n"
        "| 2 April 2025 | Acting Trade Minister Karim Jalali | Tashkent, Uzbekistan | rail talks |\n"
        "| 9 May 2025 | Deputy Minister Hamid Sadiqi | Almaty, Kazakhstan | grain trade |\n"
        "The Afghan side called both trips a success.\n"
    )
    got = [
        (v.visitor_country, v.host_country, v.location, v.date.label(), v.status, v.visitor)
        for v in extract_visits(text, "en", PUB)
    ]
    assert got == [
        ("AFG", "UZB", "Tashkent", "2025-04-02", "held", "Karim Jalali"),
        ("AFG", "KAZ", "Almaty", "2025-05-09", "planned", "Hamid Sadiqi"),
    ]


def test_planned_weekday_lies_ahead() -> None:
    """ "due to meet ... on Wednesday" in a planned visit is the next Wednesday."""
    text = "The Afghan delegation will continue to Tashkent, where it is due to meet officials on Wednesday."
    visits = extract_visits(text, "en", PUB)  # PUB is a Monday
    assert [(v.status, v.date.label()) for v in visits] == [("planned", "2025-04-23")]


BARE_MONTHS = [
    ("en", "A return visit by a Tajik delegation to Kunduz is scheduled for December.", "2025-12"),
    (
        "de",
        "Auch Usbekistans Außenminister Timur Rashidov hat für März einen Besuch in Kabul angekündigt.",
        "2026-03",
    ),
    ("ru", "Ответный визит китайской делегации в Кабул запланирован на сентябрь.", "2025-09"),
]


@pytest.mark.parametrize(("lang", "text", "label"), BARE_MONTHS, ids=[b[0] for b in BARE_MONTHS])
def test_month_without_its_usual_preposition(lang: str, text: str, label: str) -> None:
    """ "scheduled for December", "für März", "на сентябрь": the month, ahead of publication."""
    assert [v.date.label() for v in extract_visits(text, lang, PUB)] == [label]


def test_may_the_verb_is_no_month() -> None:
    """Lower-case "may" is a verb in English, not the month."""
    visits = extract_visits("The Kazakh envoy may visit Kabul soon.", "en", PUB)
    assert [v.date.label() for v in visits] == ["2025-04"]


# General shapes seen in outlets the rules were not written for (issue 4): capitals
# named by their country's adjective, events abroad, delegations received, later legs.
# (id, lang, publication date, text, expected subset of each visit's contract, in order)
GENERAL = [
    (
        "de-reflexive-stay-adjective-capital",
        "de",
        date(2025, 4, 21),
        (
            "Der iranische Vizeaußenminister Reza Karimi hat sich am Sonntag in der afghanischen "
            "Hauptstadt aufgehalten."
        ),
        [{"visitor_country": "IRN", "host_country": "AFG", "location": "Kabul", "status": "held"}],
    ),
    (
        "en-adjective-capital",
        "en",
        date(2025, 4, 21),
        "Iran's deputy foreign minister Reza Karimi spent two days in the Afghan capital.",
        [{"visitor_country": "IRN", "host_country": "AFG", "location": "Kabul"}],
    ),
    (
        "ru-genitive-capital",
        "ru",
        date(2025, 4, 21),
        "Министр торговли Узбекистана Алишер Каримов находится с визитом в столице Афганистана.",
        [{"visitor_country": "UZB", "host_country": "AFG", "location": "Kabul"}],
    ),
    (
        "fr-capitale-adjective",
        "fr",
        date(2025, 4, 21),
        "Le ministre ouzbek du Commerce, Alisher Karimov, s'est rendu dans la capitale afghane.",
        [{"visitor_country": "UZB", "host_country": "AFG", "location": "Kabul", "status": "held"}],
    ),
    (
        "en-take-part-in-expo-abroad",
        "en",
        date(2025, 6, 2),
        (
            "Afghanistan's commerce minister Karim Nazari will take part in a trade expo in "
            "Kunming from June 19."
        ),
        [
            {
                "visitor_country": "AFG",
                "host_country": "CHN",
                "status": "planned",
                "date": "2025-06-19",
                "visitor": "Karim Nazari",
            }
        ],
    ),
    (
        "ru-primet-uchastie-forum",
        "ru",
        date(2025, 4, 21),
        "Министр торговли Афганистана Карим Назари примет участие в форуме в Ташкенте.",
        [{"visitor_country": "AFG", "host_country": "UZB", "status": "planned"}],
    ),
    (
        "en-received-delegation-led-by",
        "en",
        date(2025, 4, 21),
        (
            "In Termez, Uzbek deputy minister Laziz Usmonov received a delegation led by Afghan "
            "commerce minister Karim Nazari."
        ),
        [{"visitor_country": "AFG", "host_country": "UZB", "visitor": "Karim Nazari"}],
    ),
    (
        "de-empfing-delegation-unter-leitung",
        "de",
        date(2025, 4, 21),
        (
            "In Termes empfing der usbekische Vizeminister Laziz Usmonov eine Delegation unter "
            "Leitung des afghanischen Handelsministers Karim Nazari."
        ),
        [{"visitor_country": "AFG", "host_country": "UZB", "visitor": "Karim Nazari"}],
    ),
    (
        "ru-prinyal-delegaciyu-vo-glave",
        "ru",
        date(2025, 4, 21),
        (
            "В Термезе заместитель министра Республики Узбекистан Лазиз Усмонов принял афганскую "
            "делегацию во главе с министром торговли Каримом Назари."
        ),
        [{"visitor_country": "AFG", "host_country": "UZB", "visitor": "Karim Nazari"}],
    ),
    (
        "fr-recu-delegation-conduite-par",
        "fr",
        date(2025, 4, 21),
        (
            "À Termez, le vice-ministre ouzbek Laziz Usmonov a reçu une délégation afghane "
            "conduite par le ministre du Commerce Karim Nazari."
        ),
        [{"visitor_country": "AFG", "host_country": "UZB", "visitor": "Karim Nazari"}],
    ),
    (
        "en-sentence-adverb-is-no-name",
        "en",
        date(2025, 4, 21),
        (
            "Separately, Afghan foreign minister Amir Rahimi began a four-day visit to India on "
            "Monday."
        ),
        [
            {
                "visitor_country": "AFG",
                "host_country": "IND",
                "visitor": "Amir Rahimi",
                "date": "2025-04-21",
            }
        ],
    ),
    (
        "de-two-legs-one-traveller",
        "de",
        date(2025, 1, 20),
        (
            "Der afghanische Handelsminister Karim Nazari reist am 26. Januar nach Taschkent und "
            "am 28. Januar weiter nach Almaty."
        ),
        [
            {"host_country": "UZB", "status": "planned", "date": "2025-01-26"},
            {"host_country": "KAZ", "status": "planned", "date": "2025-01-28"},
        ],
    ),
    (
        "ru-provedut-peregovory",
        "ru",
        date(2025, 3, 3),
        "Представители Пакистана и Афганистана проведут переговоры в Стамбуле в апреле.",
        [
            {"visitor_country": "PAK", "host_country": "TUR", "status": "planned"},
            {"visitor_country": "AFG", "host_country": "TUR", "status": "planned"},
        ],
    ),
    (
        "en-return-visit-second-half",
        "en",
        date(2025, 4, 21),
        (
            "The Kazakh foreign minister said he would pay a return visit to Kabul in the second "
            "half of the year."
        ),
        [{"visitor_country": "KAZ", "status": "planned", "date": "2025-H2"}],
    ),
]


GENERAL += [
    (
        "en-head-named-in-next-sentence",
        "en",
        date(2025, 4, 21),
        (
            "Talks on transit were held the day before in Ashgabat. The Afghan delegation was led "
            "by deputy minister Abdul Rahim Sadiq."
        ),
        [
            {
                "visitor_country": "AFG",
                "host_country": "TKM",
                "status": "held",
                "date": "2025-04-20",
                "visitor": "Abdul Rahim Sadiq",
            }
        ],
    ),
    (
        "ru-delegaciyu-vozglavlyal",
        "ru",
        date(2025, 4, 21),
        (
            "Переговоры о транзите прошли накануне в Ашхабаде. Афганскую делегацию возглавлял "
            "замминистра Абдул Рахим Садик."
        ),
        [{"visitor_country": "AFG", "host_country": "TKM", "date": "2025-04-20"}],
    ),
    (
        "de-delegation-leitete",
        "de",
        date(2025, 4, 21),
        (
            "Die Gespräche fanden am Vortag in Aschgabat statt. Die afghanische Delegation leitete "
            "Vizeminister Rahim Sadiq."
        ),
        [{"visitor_country": "AFG", "host_country": "TKM", "visitor": "Rahim Sadiq"}],
    ),
]

GENERAL += [
    (
        "fr-tiendra-des-pourparlers",
        "fr",
        date(2025, 3, 3),
        "La délégation pakistanaise tiendra des pourparlers à Istanbul en avril.",
        [{"visitor_country": "PAK", "host_country": "TUR", "status": "planned", "date": "2025-04"}],
    ),
]

GENERAL += [
    (
        "ru-delegation-head-at-forum-abroad",
        "ru",
        date(2025, 5, 20),
        (
            "Делегация Афганистана во главе с министром торговли Каримом Назари приняла участие "
            "в экономическом форуме в Казани."
        ),
        [{"visitor_country": "AFG", "host_country": "RUS", "location": "Kazan"}],
    ),
    (
        "en-fair-in-antalya",
        "en",
        date(2025, 5, 20),
        "Afghan trade minister Karim Nazari attended a trade fair in Antalya.",
        [{"visitor_country": "AFG", "host_country": "TUR", "location": "Antalya"}],
    ),
]

GENERAL += [
    (
        "de-weilte-stay",
        "de",
        date(2025, 4, 21),
        "Der iranische Vizeaußenminister weilte am Sonntag in Kabul.",
        [{"visitor_country": "IRN", "host_country": "AFG", "status": "held", "date": "2025-04-20"}],
    ),
    (
        "ru-nahodilsya-adjective-capital",
        "ru",
        date(2025, 4, 21),
        "Заместитель министра иностранных дел Ирана в воскресенье находился в афганской столице.",
        [{"visitor_country": "IRN", "host_country": "AFG", "location": "Kabul"}],
    ),
    (
        "fr-effectuera-second-semestre",
        "fr",
        date(2025, 4, 21),
        "Le Premier ministre kazakh effectuera une visite de retour à Kaboul au second semestre.",
        [{"visitor_country": "KAZ", "status": "planned", "date": "2025-H2"}],
    ),
    (
        "ru-sovershit-otvetnyi-vizit",
        "ru",
        date(2025, 4, 21),
        "Казахстанский министр совершит ответный визит в Кабул во второй половине года.",
        [{"visitor_country": "KAZ", "status": "planned", "date": "2025-H2"}],
    ),
    (
        "de-besuch-begonnen-country-only",
        "de",
        date(2025, 4, 21),
        (
            "Der afghanische Außenminister Amir Rahimi hat am Montag einen viertägigen Besuch in "
            "Indien begonnen."
        ),
        [{"visitor_country": "AFG", "host_country": "IND", "location": None, "date": "2025-04-21"}],
    ),
]

GENERAL_BAD = [
    (
        "en-organiser-invites",
        "en",
        "The Uzbek ministry organised a forum in Tashkent and invited Afghan traders.",
    ),
    (
        "en-talks-without-anyone",
        "en",
        "Talks on transit were held in Ashgabat. The weather was mild.",
    ),
    (
        "ru-invitation-handed-over",
        "ru",
        "В конце встречи министр передал казахской стороне приглашение посетить Кабул.",
    ),
    (
        "fr-target-date-is-no-visit-date",
        "fr",
        "Le ministre turc veut doubler les échanges d'ici 2027 avec Kaboul.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text"), [c[1:] for c in GENERAL_BAD], ids=[c[0] for c in GENERAL_BAD]
)
def test_general_not_a_visit(lang: str, text: str) -> None:
    """Organisers, inviters and meetings with nobody named going are no visits."""
    assert extract_visits(text, lang, PUB) == []


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected"),
    [c[1:] for c in GENERAL],
    ids=[c[0] for c in GENERAL],
)
def test_general_shapes(
    lang: str, published: date, text: str, expected: list[dict[str, object]]
) -> None:
    """Each shape gives exactly the visits listed, with the fields given."""
    got = [v.to_contract() for v in extract_visits(text, lang, published)]
    assert len(got) == len(expected), got
    for visit, want in zip(got, expected, strict=True):
        assert {k: visit[k] for k in want} == want


def test_the_capitals_country_word_must_touch_the_noun() -> None:
    """'the capital' with a country far away names no city."""
    text = "The Kazakh envoy arrived in the capital, officials from the Afghan side said."
    assert all(v.location != "Kabul" for v in extract_visits(text, "en", PUB))


# Shapes from outlets the rules were not written for (held-out misses, issue 4 follow-up):
# receptions, joint meetings, subordinate past trips, teams without a named leader.
# (id, lang, text, expected subset of each visit's contract, in order); published 2025-10-15.
PUB_SHAPES = date(2025, 10, 15)
SHAPES = [
    (
        "en-received-delegation-led-by",
        "en",
        (
            "Uzbek Foreign Minister Bakhtiyor Saidov received an Afghan delegation led by "
            "Amir Khan Muttaqi in Tashkent on Tuesday."
        ),
        [
            {
                "visitor_country": "AFG",
                "host_country": "UZB",
                "location": "Tashkent",
                "visitor": "Amir Khan Muttaqi",
                "date": "2025-10-14",
            }
        ],
    ),
    (
        "ru-received-no-city-receiver-hosts",
        "ru",
        (
            "Министр иностранных дел Казахстана Ермек Кошербаев принял афганскую делегацию "
            "во главе с Амиром Ханом Муттаки."
        ),
        [{"visitor_country": "AFG", "host_country": "KAZ", "counterparts": ["Ermek Kosherbaev"]}],
    ),
    (
        "de-verb-first-receiver-head-next-sentence",
        "de",
        (
            "In Kabul empfing Vizepremier Abdul Ghani Baradar am Montag eine kasachische "
            "Delegation. Die Delegation wurde von Vizeaußenminister Alibek Bakajew geleitet."
        ),
        [
            {
                "visitor_country": "KAZ",
                "host_country": "AFG",
                "visitor": "Alibek Bakajew",
                "counterparts": ["Abdul Ghani Baradar"],
            }
        ],
    ),
    (
        "fr-recu-delegation-conduite-par",
        "fr",
        (
            "Le ministre afghan du Commerce Nouroudine Azizi a reçu à Kaboul une délégation "
            "ouzbèke conduite par le vice-ministre Ilkhom Makhkamov."
        ),
        [{"visitor_country": "UZB", "host_country": "AFG", "location": "Kabul"}],
    ),
    (
        "en-joint-commission-held",
        "en",
        "The sixth meeting of the Afghan-Uzbek joint commission was held in Tashkent on October 3.",
        [{"visitor_country": "AFG", "host_country": "UZB", "date": "2025-10-03", "status": "held"}],
    ),
    (
        "fr-commission-intergouvernementale",
        "fr",
        (
            "La réunion de la commission intergouvernementale afghano-ouzbèke s'est tenue à "
            "Tachkent le 3 octobre."
        ),
        [{"visitor_country": "AFG", "host_country": "UZB", "date": "2025-10-03"}],
    ),
    (
        "fr-delegations-de-du-et-de",
        "fr",
        (
            "Des délégations de l'Afghanistan, du Turkménistan et de l'Ouzbékistan se sont "
            "réunies à Hérat samedi."
        ),
        [
            {"visitor_country": "TKM", "host_country": "AFG", "location": "Herat"},
            {"visitor_country": "UZB", "host_country": "AFG", "location": "Herat"},
        ],
    ),
    (
        "de-delegationen-kamen-zusammen",
        "de",
        "Delegationen aus Afghanistan, Usbekistan und Kasachstan kamen am Donnerstag in Taschkent zusammen.",
        [
            {"visitor_country": "AFG", "host_country": "UZB", "date": "2025-10-09"},
            {"visitor_country": "KAZ", "host_country": "UZB", "date": "2025-10-09"},
        ],
    ),
    (
        "en-meeting-place-then-participants",
        "en",
        (
            "A working-group meeting took place in Astana last Friday. Delegations from "
            "Afghanistan, Uzbekistan and Pakistan attended."
        ),
        [
            {"visitor_country": "AFG", "host_country": "KAZ", "location": "Astana"},
            {"visitor_country": "UZB", "host_country": "KAZ", "location": "Astana"},
            {"visitor_country": "PAK", "host_country": "KAZ", "location": "Astana"},
        ],
    ),
    (
        "ru-meeting-place-then-participants",
        "ru",
        (
            "Заседание рабочей группы прошло в Астане 12 октября. Делегации Афганистана, "
            "Узбекистана и Пакистана обсудили маршрут."
        ),
        [
            {"visitor_country": "AFG", "host_country": "KAZ", "date": "2025-10-12"},
            {"visitor_country": "UZB", "host_country": "KAZ", "date": "2025-10-12"},
            {"visitor_country": "PAK", "host_country": "KAZ", "date": "2025-10-12"},
        ],
    ),
    (
        "fr-capital-hosted-then-represented-by",
        "fr",
        (
            "Le 14 octobre, la capitale turkmène a accueilli une réunion sur les transports. "
            "Le ministre afghan des Affaires étrangères, Amir Khan Muttaqi, y a conduit la "
            "délégation de Kaboul."
        ),
        [
            {
                "visitor_country": "AFG",
                "host_country": "TKM",
                "location": "Ashgabat",
                "visitor": "Amir Khan Muttaqi",
                "date": "2025-10-14",
            }
        ],
    ),
    (
        "fr-trilateral-meeting-list",
        "fr",
        (
            "Le 3 octobre, une réunion trilatérale entre l'Afghanistan, l'Ouzbékistan et le "
            "Pakistan s'est déroulée à Termez."
        ),
        [
            {"visitor_country": "AFG", "host_country": "UZB", "date": "2025-10-03"},
            {"visitor_country": "PAK", "host_country": "UZB", "date": "2025-10-03"},
        ],
    ),
    (
        "ru-trilateral-meeting-list",
        "ru",
        "Трехсторонняя встреча Афганистана, Узбекистана и Пакистана прошла в Термезе 3 октября.",
        [
            {"visitor_country": "AFG", "host_country": "UZB", "date": "2025-10-03"},
            {"visitor_country": "PAK", "host_country": "UZB", "date": "2025-10-03"},
        ],
    ),
    (
        "en-commission-session",
        "en",
        (
            "Officials from Afghanistan and Turkmenistan held the fourth session of their joint "
            "commission in Ashgabat last week."
        ),
        [{"visitor_country": "AFG", "host_country": "TKM", "location": "Ashgabat"}],
    ),
    (
        "en-receiving-city-is-the-destination",
        "en",
        "Kabul receives Kazakh delegation as corridor talks move to Tashkent",
        [{"visitor_country": "KAZ", "host_country": "AFG", "location": "Kabul"}],
    ),
    (
        "en-that-clause-keeps-its-own-tense",
        "en",
        (
            "Kazakh envoy Yerkin Tokumov, who travelled to Mazar-i-Sharif in September, said "
            "that a Kazakh technical team will travel to Herat next month."
        ),
        [
            {"location": "Mazar-i-Sharif", "status": "held", "date": "2025-09"},
            {"location": "Herat", "status": "planned", "date": "2025-11"},
        ],
    ),
    (
        "en-who-travelled-subordinate",
        "en",
        "Kazakh envoy Yerkin Tokumov, who travelled to Kabul in April, said trade was growing.",
        [{"visitor_country": "KAZ", "host_country": "AFG", "date": "2025-04", "status": "held"}],
    ),
    (
        "de-der-gereist-war",
        "de",
        (
            "Der kasachische Sondergesandte Jerkin Tokumow, der im April nach Kabul gereist war, "
            "sagte, der Handel wachse."
        ),
        [{"visitor_country": "KAZ", "host_country": "AFG", "date": "2025-04", "status": "held"}],
    ),
    (
        "ru-participle-pobyvavshiy",
        "ru",
        (
            "Спецпредставитель Казахстана Еркин Тукумов, побывавший в Кабуле в апреле, заявил о "
            "росте торговли."
        ),
        [{"visitor_country": "KAZ", "host_country": "AFG", "date": "2025-04", "status": "held"}],
    ),
    (
        "fr-qui-setait-rendu",
        "fr",
        (
            "L'envoyé spécial kazakh Erkin Toukoumov, qui s'était rendu à Kaboul en avril, a "
            "déclaré que le commerce progressait."
        ),
        [{"visitor_country": "KAZ", "host_country": "AFG", "date": "2025-04", "status": "held"}],
    ),
    (
        "en-technical-team-planned",
        "en",
        "A Kazakh technical team will travel to Kabul next month to inspect the route.",
        [{"visitor_country": "KAZ", "visitor": None, "status": "planned", "date": "2025-11"}],
    ),
    (
        "de-technikerteam-planned",
        "de",
        "Ein usbekisches Technikerteam wird nächsten Monat nach Kabul reisen.",
        [{"visitor_country": "UZB", "visitor": None, "status": "planned", "date": "2025-11"}],
    ),
    (
        "ru-technical-group-planned",
        "ru",
        "Техническая группа из Казахстана отправится в Кабул в следующем месяце.",
        [{"visitor_country": "KAZ", "visitor": None, "status": "planned", "date": "2025-11"}],
    ),
    (
        "fr-equipe-technique-planned",
        "fr",
        "Une équipe technique kazakhe se rendra à Kaboul le mois prochain.",
        [{"visitor_country": "KAZ", "visitor": None, "status": "planned", "date": "2025-11"}],
    ),
]

SHAPES_BAD = [
    ("en-history-years-before", "en", "Kazakh envoy Yerkin Tokumov visited Kabul in 2022."),
    ("en-embassy-team-2022", "en", "The Uzbek embassy team sent to Kabul in 2022 has since grown."),
    (
        "ru-history-napomnim",
        "ru",
        "Напомним, в 2023 году Кабул посетил министр торговли Казахстана.",
    ),
    (
        "en-met-virtually",
        "en",
        "Afghan and Kazakh trade officials met virtually on Tuesday to review the Astana agreements.",
    ),
    (
        "en-video-conference-hyphen",
        "en",
        (
            "On Monday Uzbek Transport Minister Ilkhom Makhkamov and Afghan officials in Kabul "
            "discussed the railway during a video-conference."
        ),
    ),
    (
        "de-per-videoschaltung",
        "de",
        (
            "Der usbekische Verkehrsminister Ilchom Machkamow beriet am Montag mit den Taliban in "
            "Kabul per Videoschaltung über die Bahnstrecke."
        ),
    ),
    (
        "de-zugeschaltet",
        "de",
        "Der kasachische Vizeminister wurde zu dem Treffen in Kabul per Video zugeschaltet.",
    ),
    (
        "ru-v-rezhime-videosvyazi",
        "ru",
        (
            "Министр транспорта Узбекистана Ильхом Махкамов провел в режиме видеосвязи встречу с "
            "афганской делегацией в Кабуле."
        ),
    ),
    (
        "fr-en-visio",
        "fr",
        (
            "Le ministre ouzbek des Transports a rencontré en visio les responsables afghans à "
            "Kaboul pour parler du chemin de fer."
        ),
    ),
    (
        "fr-reunion-virtuelle",
        "fr",
        "Une réunion virtuelle entre les délégations ouzbèke et afghane a eu lieu mardi.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in SHAPES], ids=[c[0] for c in SHAPES]
)
def test_reception_meeting_and_team_shapes(
    lang: str, text: str, expected: list[dict[str, object]]
) -> None:
    """Each shape gives exactly the visits listed, with the fields given."""
    got = [v.to_contract() for v in extract_visits(text, lang, PUB_SHAPES)]
    assert len(got) == len(expected), got
    for visit, want in zip(got, expected, strict=True):
        assert {k: visit[k] for k in want} == want


@pytest.mark.parametrize(
    ("lang", "text"), [c[1:] for c in SHAPES_BAD], ids=[c[0] for c in SHAPES_BAD]
)
def test_history_and_remote_talks_are_no_visits(lang: str, text: str) -> None:
    """History years before publication and talks by video, online or phone: no visit."""
    assert extract_visits(text, lang, PUB_SHAPES) == []


def test_a_meeting_paragraph_takes_no_third_country_as_participant() -> None:
    """A later sentence of the meeting's paragraph naming a port abroad adds no visitor."""
    text = (
        "Der indische Vizeaußenminister Vikram Mehta hat am Donnerstag in Kabul Gespräche geführt. "
        "Bei dem Treffen ging es um den Handel über den iranischen Hafen Tschabahar."
    )
    visits = extract_visits(text, "de", PUB_SHAPES)
    assert [(v.visitor_country, v.host_country) for v in visits] == [("IND", "AFG")]


def test_undated_sentence_takes_its_paragraphs_date_without_publication() -> None:
    """No publication date: the neighbouring sentence's date, not none."""
    text = (
        "The joint commission met on 3 October 2025. Delegations of Afghanistan and "
        "Uzbekistan met in Tashkent."
    )
    assert [v.date.label() for v in extract_visits(text, "en", None)] == ["2025-10-03"]


PUB_ROUND2 = date(2025, 11, 20)  # a Thursday

# (id, lang, text, expected fields of the single visit) — passive receptions,
# markdown bold around a name, a "next round" agreed for a month without a year.
ROUND2 = [
    (
        "ru-passive-received-in-city",
        "ru",
        "Министр иностранных дел Туркменистана Рашид Мередов был принят в Бишкеке.",
        {"visitor_country": "TKM", "host_country": "KGZ", "location": "Bishkek", "status": "held"},
    ),
    (
        "ru-passive-received-deputy",
        "ru",
        "Вице-премьер Узбекистана Джамшид Ходжаев был принят в Кабуле руководством Афганистана.",
        {"visitor_country": "UZB", "host_country": "AFG", "location": "Kabul", "status": "held"},
    ),
    (
        "en-bold-name-after-portfolio",
        "en",
        "Uzbekistan's Minister of Water Resources **Shavkat Khamraev** met officials in Kabul on Monday.",
        {"visitor": "Shavkat Khamraev", "visitor_country": "UZB", "date": "2025-11-17"},
    ),
    (
        "en-portfolio-word-no-name",
        "en",
        "Afghanistan's Minister of Natural Resources Hedayatullah Badri visited Tashkent on Monday.",
        {"visitor": "Hedayatullah Badri", "host_country": "UZB"},
    ),
    (
        "en-agreed-next-round-month-ahead",
        "en",
        "Pakistani and Afghan officials agreed to hold the next round of talks in Kabul in May.",
        {"status": "planned", "date": "2026-05", "host_country": "AFG"},
    ),
    (
        "de-naechste-runde-month-ahead",
        "de",
        "Die nächste Runde der Gespräche der Delegationen Pakistans und Afghanistans ist im Mai in Kabul.",
        {"status": "planned", "date": "2026-05"},
    ),
    (
        "fr-prochaine-session-month-ahead",
        "fr",
        "La prochaine session de la commission ouzbèke-afghane aura lieu en mai à Kaboul.",
        {"status": "planned", "date": "2026-05"},
    ),
    (
        "ru-sleduyushchiy-raund-month-ahead",
        "ru",
        "Следующий раунд переговоров делегаций Пакистана и Афганистана пройдет в мае в Кабуле.",
        {"status": "planned", "date": "2026-05"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), [c[1:] for c in ROUND2], ids=[c[0] for c in ROUND2]
)
def test_passive_reception_bold_name_and_next_round(
    lang: str, text: str, expected: dict[str, object]
) -> None:
    """One visit with the fields given."""
    visits = extract_visits(text, lang, PUB_ROUND2)
    assert len(visits) == 1, [v.to_contract() for v in visits]
    got = visits[0].to_contract()
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Закон был принят правительством Казахстана в Астане."),
        ("ru", "Документ был принят на заседании правительства Узбекистана в Ташкенте."),
    ],
)
def test_an_adopted_document_is_no_reception(lang: str, text: str) -> None:
    """'был принят' of a law or document: nobody was received."""
    assert extract_visits(text, lang, PUB_ROUND2) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            (
                "Afghan Foreign Minister Amir Khan Muttaqi, who held talks in Islamabad, was due to "
                "fly back to Kabul on Thursday."
            ),
        ),
        (
            "de",
            (
                "Der afghanische Außenminister Amir Khan Muttaqi, der in Islamabad Gespräche geführt "
                "hatte, flog am Donnerstag zurück nach Kabul."
            ),
        ),
        (
            "ru",
            (
                "Министр иностранных дел Афганистана Амир Хан Муттаки после переговоров в Исламабаде "
                "вернулся в Кабул."
            ),
        ),
        (
            "fr",
            (
                "Le ministre afghan Amir Khan Muttaqi, qui a eu des entretiens à Islamabad, est rentré "
                "à Kaboul jeudi."
            ),
        ),
    ],
)
def test_flying_back_home_is_no_visit_home(lang: str, text: str) -> None:
    """The city one returns to is home: only the trip abroad is a visit."""
    visits = extract_visits(text, lang, PUB_ROUND2)
    assert [(v.visitor_country, v.host_country) for v in visits] == [("AFG", "PAK")]


@pytest.mark.parametrize(
    ("lang", "text", "counterpart"),
    [
        (
            "en",
            (
                "The Uzbek envoy Bakhrom Yusupov held talks with Deputy Prime Minister "
                "Abdul Salam Hanafi in Kabul on Monday."
            ),
            "Abdul Salam Hanafi",
        ),
        (
            "en",
            (
                "A Kazakh delegation met with Commerce Minister Nooruddin Karimi Azizi in Kabul "
                "on Tuesday."
            ),
            "Nooruddin Karimi Azizi",
        ),
    ],
)
def test_a_counterpart_met_is_named_in_full_without_the_role(
    lang: str, text: str, counterpart: str
) -> None:
    """The capitalised words after "talks with" stop after four; a person there is named
    in full, without the role in front."""
    visits = extract_visits(text, lang, PUB_SHAPES)
    assert [v.counterparts for v in visits] == [(counterpart,)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Le ministre ouzbek de l'Énergie s'est rendu jeudi près d'Hérat pour visiter un barrage.",
            id="pres-d-elided",
        ),
        pytest.param(
            "Le ministre ouzbek de l'Énergie a visité jeudi une centrale à proximité d'Hérat.",
            id="a-proximite-d-elided",
        ),
        pytest.param(
            "Le ministre ouzbek de l'Énergie a visité jeudi une centrale à proximité de Hérat.",
            id="a-proximite-de",
        ),
    ],
)
def test_a_city_near_which_a_visit_happens_is_its_location(text: str) -> None:
    """ "près d'Hérat": the elided "d'" after a word of nearness is no genitive."""
    visits = extract_visits(text, "fr", PUB)
    assert [(v.visitor_country, v.host_country, v.location) for v in visits] == [
        ("UZB", "AFG", "Herat")
    ]


def test_an_elided_genitive_city_is_still_no_destination() -> None:
    """ "le gouverneur d'Hérat" names where the visitor comes from."""
    text = (
        "Une délégation afghane conduite par le gouverneur d'Hérat s'est rendue mardi à Tachkent."
    )
    assert [v.location for v in extract_visits(text, "fr", PUB)] == ["Tashkent"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The Iranian foreign minister visited Kabul on 26 January.", ("2025-01-26", "held")),
        ("ru", "Министр иностранных дел Ирана посетил Кабул 26 января.", ("2025-01-26", "held")),
        ("de", "Der iranische Außenminister besuchte Kabul am 26. Januar.", ("2025-01-26", "held")),
        ("fr", "Le ministre iranien s'est rendu à Kaboul le 26 janvier.", ("2025-01-26", "held")),
        # present tense, or a year written: the date lies ahead and the visit is planned
        (
            "en",
            "The Iranian foreign minister arrives in Kabul on 26 January.",
            ("2026-01-26", "planned"),
        ),
        (
            "de",
            "Der iranische Außenminister reist am 26. Januar nach Kabul.",
            ("2026-01-26", "planned"),
        ),
        (
            "en",
            "The Iranian foreign minister visited Kabul on 26 January 2026.",
            ("2026-01-26", "planned"),
        ),
    ],
)
def test_a_past_visit_on_a_day_without_a_year_lies_behind_publication(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    """Read in October, "visited Kabul on 26 January" is the January before, not after."""
    visits = extract_visits(text, lang, date(2025, 10, 16))
    assert [(v.date.label(), v.status) for v in visits] == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Der usbekische Außenminister besuchte am Mittwoch Kabul."),
        ("de", "Eine usbekische Delegation besuchte am 15. Oktober Kabul."),
        ("fr", "Le ministre ouzbek a visité mercredi Kaboul."),
        ("ru", "Министр Узбекистана посетил в среду Кабул."),
    ],
)
def test_a_date_between_the_visit_verb_and_the_city(lang: str, text: str) -> None:
    """ "besuchte am Mittwoch Kabul": the date standing between does not hide the city."""
    visits = extract_visits(text, lang, date(2025, 10, 16))
    assert [(v.visitor_country, v.host_country, v.location) for v in visits] == [
        ("UZB", "AFG", "Kabul")
    ]


def test_more_than_a_date_between_verb_and_city_names_no_destination() -> None:
    text = "Der usbekische Außenminister besuchte am Mittwoch Vertreter aus Kabul."
    assert [v.location for v in extract_visits(text, "de", date(2025, 10, 16))] != ["Kabul"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Chinese Foreign Minister Wang Yi is expected to visit Islamabad and Kabul in December.",
        ),
        (
            "de",
            "Der chinesische Außenminister Wang Yi wird im Dezember Islamabad und Kabul besuchen.",
        ),
        ("fr", "Le ministre chinois Wang Yi se rendra à Islamabad et à Kaboul en décembre."),
        ("ru", "Глава МИД Китая Ван И посетит Исламабад и Кабул в декабре."),
    ],
)
def test_a_trip_to_cities_of_two_countries_is_two_visits(lang: str, text: str) -> None:
    """ "visit Islamabad and Kabul in December": one visit per host, both in December."""
    visits = extract_visits(text, lang, date(2025, 10, 16))
    assert [(v.visitor_country, v.host_country, v.location, v.date.label()) for v in visits] == [
        ("CHN", "PAK", "Islamabad", "2025-12"),
        ("CHN", "AFG", "Kabul", "2025-12"),
    ]


def test_alternating_venues_are_no_second_trip() -> None:
    text = (
        "The Uzbek delegation agreed to hold the business forum alternately in Tashkent and "
        "Kabul every year."
    )
    visits = extract_visits(text, "en", date(2025, 10, 16))
    assert "Kabul" not in [v.location for v in visits]


def test_a_delegation_received_in_the_feminine_is_a_visit() -> None:
    """French participles agree: "une délégation ... a été reçue à Astana"."""
    text = (
        "Une délégation afghane conduite par le ministre de l'Agriculture, Karim Nazari, "
        "a été reçue lundi à Astana par le ministre kazakh de l'Agriculture."
    )
    visits = extract_visits(text, "fr", date(2025, 9, 10))
    assert [(v.visitor_country, v.host_country, v.location, v.visitor) for v in visits] == [
        ("AFG", "KAZ", "Astana", "Karim Nazari")
    ]


# gen-h: the leader of the document's other side, present and future travel verbs, and
# a span of two days (PUB 2025-04-21)
OTHER_SIDE_SHAPES = [
    (
        "en-subject-official-leads-delegation",
        "en",
        (
            "Pakistan wants more trade with Afghanistan, officials in Islamabad said. Federal"
            " Minister Jam Kamal Khan will lead a business delegation to Kabul in June."
        ),
        {
            "date": "2025-06",
            "visitor_country": "PAK",
            "visitor": "Jam Kamal Khan",
            "status": "planned",
        },
    ),
    (
        "en-led-by-surname",
        "en",
        (
            "Kazakhstan hopes to sell more grain to Afghanistan. Deputy Prime Minister Serik"
            " Zhumangarin spoke in Astana. A delegation led by Zhumangarin will travel to Kabul in June."
        ),
        {"date": "2025-06", "visitor_country": "KAZ", "visitor": "Serik Zhumangarin"},
    ),
    (
        "de-present-tense-reist",
        "de",
        (
            "Kasachstan will mehr Weizen nach Afghanistan liefern. Vizepremier Serik Schumangarin"
            " reist im März nach Kabul."
        ),
        {"date": "2026-03", "visitor": "Serik Schumangarin", "status": "planned"},
    ),
    (
        "ru-future-poedet",
        "ru",
        (
            "Таджикистан поставляет электроэнергию в Афганистан. В январе делегация министерства"
            " энергетики поедет в Кабул."
        ),
        {"date": "2026-01", "visitor_country": "TJK", "status": "planned"},
    ),
    (
        "fr-two-days",
        "fr",
        "Une délégation afghane a séjourné à Bichkek les 18 et 19 mars 2025.",
        {"date": "2025-03-18", "visitor_country": "AFG", "host_country": "KGZ"},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [c[1:] for c in OTHER_SIDE_SHAPES],
    ids=[c[0] for c in OTHER_SIDE_SHAPES],
)
def test_other_side_leader_tense_and_day_spans(
    lang: str, text: str, expected: dict[str, object]
) -> None:
    """One visit with the fields given."""
    visits = extract_visits(text, lang, PUB)
    assert len(visits) == 1, [v.to_contract() for v in visits]
    got = visits[0].to_contract()
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "ru",
            "Следующий раунд консультаций пройдёт в Казани в ноябре. Приглашение получила и "
            "делегация Афганистана.",
            [("AFG", "RUS", "2025-11", "planned")],
            id="ru-next-round-then-invited",
        ),
        pytest.param(
            "fr",
            "La prochaine session se tiendra à Kazan en novembre. Les délégations afghane et "
            "iranienne y participent.",
            [("AFG", "RUS", "2025-11", "planned"), ("IRN", "RUS", "2025-11", "planned")],
            id="fr-next-session-then-participants",
        ),
        pytest.param(
            "en",
            "A working-group meeting took place in Astana in March. Delegations of Afghanistan "
            "and Iran attended.",
            [("AFG", "KAZ", "2025-03", "held"), ("IRN", "KAZ", "2025-03", "held")],
            id="en-held-meeting-stays-held",
        ),
    ],
)
def test_a_later_sentence_of_a_meeting_takes_its_tense(
    lang: str, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    """The participants named in the sentence after a meeting's place and date take that
    sentence's tense when they have none of their own: a November ahead, not the last one
    (held-out set I)."""
    found = extract_visits(text, lang, date(2025, 10, 29))
    got = [(v.visitor_country, v.host_country, v.date.label(), v.status) for v in found]
    assert got == expected


@pytest.mark.parametrize(
    ("lang", "text", "visitor"),
    [
        pytest.param(
            "de",
            "Interview mit dem usbekischen Botschafter Rawschan Alijew\n\nStehen Besuche an?\n\n"
            "Alijew: Unser Verkehrsminister Ilhom Mahkamow wird im Oktober nach Kabul reisen.\n",
            "Ilhom Mahkamow",
            id="de",
        ),
        pytest.param(
            "en",
            "Interview with the Uzbek ambassador, Sardor Rahimov\n\nAre visits planned?\n\n"
            "Rahimov: Our Deputy Prime Minister Aziz Nurov will travel to Kabul in October.\n",
            "Aziz Nurov",
            id="en",
        ),
    ],
)
def test_an_interview_speaker_label_is_not_the_visitor(lang: str, text: str, visitor: str) -> None:
    """'Alijew: Unser Verkehrsminister X wird ... reisen': the one who answers speaks of
    another's trip; the official named in the answer travels (held-out set I)."""
    found = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country, v.date.label(), v.visitor) for v in found] == [
        ("UZB", "AFG", "2025-10", visitor)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Im Mai war bereits der afghanische Handelsminister in Astana.",
            [("AFG", "KAZ", "2025-05", "held")],
            id="war-bereits-der-minister-in",
        ),
        pytest.param(
            "Der usbekische Außenminister war im März in Kabul.",
            [("UZB", "AFG", "2025-03", "held")],
            id="war-im-monat-in",
        ),
        pytest.param("Die Lage war in Kabul angespannt, sagte der Minister.", [], id="no-trip"),
        pytest.param(
            "Der Handel mit Afghanistan war in den letzten Jahren stabil.", [], id="trade"
        ),
    ],
)
def test_german_an_official_was_in_a_city(text: str, expected: list[tuple[str, ...]]) -> None:
    """'Im Mai war der afghanische Handelsminister in Astana': an official who was in a
    foreign city went there (held-out set I); 'war in' without a city or official is none."""
    found = extract_visits(text, "de", date(2025, 6, 11))
    got = [(v.visitor_country, v.host_country, v.date.label(), v.status) for v in found]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "We expect the Uzbek foreign minister to visit Kabul in March.",
            ("UZB", "AFG", "2026-03", "planned"),
            id="we-expect-month-ahead",
        ),
        pytest.param(
            "Islamabad expects the Afghan commerce minister to visit Lahore in May.",
            ("AFG", "PAK", "2025-05", "planned"),
            id="expects",
        ),
    ],
)
def test_an_expected_visit_is_planned(text: str, expected: tuple[str, ...]) -> None:
    """'We expect X to visit Kabul in March' (a spokesperson's answer) lies ahead: planned,
    and its month the next one of that name (held-out set I)."""
    found = extract_visits(text, "en", PUB)
    assert [(v.visitor_country, v.host_country, v.date.label(), v.status) for v in found] == [
        expected
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "de", "Wir erwarten den afghanischen Handelsminister im März in Islamabad.", id="de"
        ),
        pytest.param(
            "fr", "Nous attendons le ministre afghan du Commerce à Islamabad en mars.", id="fr"
        ),
    ],
)
def test_an_expected_guest_is_a_planned_visit(lang: str, text: str) -> None:
    """'Wir erwarten X in Islamabad', 'Nous attendons X à Islamabad': a visit ahead
    (held-out set I)."""
    found = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country, v.date.label(), v.status) for v in found] == [
        ("AFG", "PAK", "2026-03", "planned")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("de", "Der Minister erwartet eine Antwort aus Kabul.", id="de"),
        pytest.param("fr", "Le ministre attend une réponse de Kaboul.", id="fr"),
    ],
)
def test_waiting_for_an_answer_is_no_visit(lang: str, text: str) -> None:
    assert extract_visits(text, lang, PUB) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "At the invitation of the Minister of Foreign Affairs of Kazakhstan, Yerlan Nurov, "
            "the acting Minister of Commerce of Afghanistan, Karim Sadiq, paid an official visit "
            "to Astana on 3 March.",
            ("AFG", "KAZ", "Karim Sadiq", ["Yerlan Nurov"]),
            id="en-appositions",
        ),
        pytest.param(
            "ru",
            "По приглашению министра иностранных дел Казахстана Ерлана Нурова Казахстан посетил "
            "с рабочим визитом министр торговли Афганистана Карим Садик.",
            ("AFG", "KAZ", "Karim Sadik", ["Erlan Nurov"]),
            id="ru-country-object",
        ),
        pytest.param(
            "de",
            "Auf Einladung des kasachischen Außenministers Jerlan Nurow reiste der afghanische "
            "Handelsminister Karim Sadik im März nach Astana.",
            ("AFG", "KAZ", "Karim Sadik", ["Jerlan Nurow"]),
            id="de",
        ),
        pytest.param(
            "fr",
            "À l'invitation du ministre kazakh des Affaires étrangères, Yerlan Nourov, le ministre "
            "afghan du Commerce, Karim Sadiq, s'est rendu à Astana en mars.",
            ("AFG", "KAZ", "Karim Sadiq", ["Yerlan Nourov"]),
            id="fr",
        ),
    ],
)
def test_the_one_who_invites_hosts_and_is_no_visitor(
    lang: str, text: str, expected: tuple[object, ...]
) -> None:
    """'At the invitation of X, Y paid a visit', 'По приглашению X ... посетил Y': X is the
    host side even where no delegation is named; a second role's name after 'X, the
    Minister of ...' is that role's (held-out set J)."""
    found = extract_visits(text, lang, PUB)
    assert [
        (v.visitor_country, v.host_country, v.visitor, list(v.counterparts)) for v in found
    ] == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("ru", "Вопрос: Планируются ли новые визиты в Ташкент?", id="ru"),
        pytest.param(
            "en", "QUESTION: Will the Afghan minister visit Islamabad this month?", id="en"
        ),
        pytest.param("de", "FRAGE: Reist der Minister noch im Mai nach Kabul?", id="de"),
        pytest.param("fr", "Question : le ministre se rendra-t-il à Kaboul en mai ?", id="fr"),
    ],
)
def test_a_question_tells_of_no_visit(lang: str, text: str) -> None:
    """A journalist's question in a briefing's transcript asks; it reports no visit
    (held-out set J)."""
    assert extract_visits(text, lang, PUB) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "ru",
            "Официальный представитель: Специальный представитель России по Афганистану Рустам "
            "Алимов побывал в Кабуле в марте.",
            ("AFG", "Rustam Alimov"),
            id="ru",
        ),
        pytest.param(
            "en",
            "SPOKESPERSON: Uzbekistan's Deputy Foreign Minister Rustam Alimov travelled to Kabul "
            "in March.",
            ("AFG", "Rustam Alimov"),
            id="en",
        ),
    ],
)
def test_a_transcripts_speaker_label_names_nobody(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    """'Официальный представитель: Специальный представитель ... X побывал в Кабуле': the
    label before the colon is the speaker's role; the capitalised words after it are
    what is said, not the speaker's name (held-out set J)."""
    found = extract_visits(text, lang, PUB)
    assert [(v.host_country, v.visitor) for v in found] == [expected]


# An agenda table without a visitor column ("| Date | Event | Place |"): the event cell tells
# who goes; a row naming no official or delegation (a conference, an election) is no trip.
AGENDA_TABLES = [
    pytest.param(
        "en",
        "| Date | Event | Place |\n|---|---|---|\n"
        "| 2 May 2025 | Kazakh Foreign Minister Murat Nurtleu holds talks | Kabul |\n"
        "| 3 May 2025 | Panel on Afghanistan's water policy | Almaty |\n",
        id="en",
    ),
    pytest.param(
        "de",
        "| Datum | Termin | Ort |\n|---|---|---|\n"
        "| 2. Mai 2025 | Kasachstans Außenminister Murat Nurtleu zu Gesprächen | Kabul |\n"
        "| 3. Mai 2025 | Podium zur Wasserpolitik Afghanistans | Almaty |\n",
        id="de",
    ),
    pytest.param(
        "ru",
        "| Дата | Событие | Место |\n|---|---|---|\n"
        "| 2 мая 2025 | Переговоры министра иностранных дел Казахстана Мурата Нуртлеу | Кабул |\n"
        "| 3 мая 2025 | Круглый стол о водной политике Афганистана | Алматы |\n",
        id="ru",
    ),
    pytest.param(
        "fr",
        "| Date | Événement | Lieu |\n|---|---|---|\n"
        "| 2 mai 2025 | Le ministre kazakh des Affaires étrangères Murat Nurtleu en visite | Kaboul |\n"
        "| 3 mai 2025 | Table ronde sur l'eau en Afghanistan | Almaty |\n",
        id="fr",
    ),
]


@pytest.mark.parametrize(("lang", "text"), AGENDA_TABLES)
def test_an_agenda_table_s_event_cell_names_the_visitor(lang: str, text: str) -> None:
    got = [
        (v.visitor_country, v.host_country, v.date.label(), v.status)
        for v in extract_visits(text, lang, PUB)
    ]
    assert got == [("KAZ", "AFG", "2025-05-02", "planned")]


# A trip imagined or speculated about is no visit, planned or held.
SPECULATED_TRIPS = [
    pytest.param("en", "Imagine that the Pakistani prime minister flew to Kabul next spring."),
    pytest.param(
        "en", "There is speculation that the Uzbek foreign minister will travel to Kabul in June."
    ),
    pytest.param(
        "de", "Angenommen, der pakistanische Premierminister reiste im Frühjahr nach Kabul."
    ),
    pytest.param(
        "de", "Nicht ausgeschlossen ist ein Besuch des usbekischen Außenministers in Kabul."
    ),
    pytest.param(
        "ru",
        "Можно предположить, что следующим шагом станет визит министра иностранных дел "
        "Узбекистана в Кабул.",
    ),
    pytest.param("ru", "Не исключено, что премьер-министр Пакистана посетит Кабул весной."),
    pytest.param(
        "fr", "Imaginons que le Premier ministre pakistanais se rende à Kaboul au printemps."
    ),
    pytest.param(
        "fr",
        "Aucune annonce n'a été faite sur un éventuel déplacement du ministre ouzbek à Kaboul.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SPECULATED_TRIPS)
def test_a_speculated_trip_is_no_visit(lang: str, text: str) -> None:
    assert extract_visits(text, lang, PUB) == []


# A stay told with "to be" ("has been to Kabul", "war Pakistans Innenminister ... in
# Teheran", "побывал в Кабуле", "était à Kaboul") is a held visit.
BEEN_THERE = [
    pytest.param(
        "en",
        "Uzbek Foreign Minister Bakhtiyor Saidov has been to Kabul twice this month.",
        ("UZB", "AFG"),
        id="en",
    ),
    pytest.param(
        "de",
        "Am 14. April war Pakistans Innenminister Mohsin Naqvi in Teheran.",
        ("PAK", "IRN"),
        id="de",
    ),
    pytest.param(
        "ru",
        "14 апреля в Тегеране побывал министр внутренних дел Пакистана Мохсин Накви.",
        ("PAK", "IRN"),
        id="ru",
    ),
    pytest.param(
        "fr",
        "Le 14 avril, le ministre pakistanais de l'Intérieur Mohsin Naqvi était à Téhéran.",
        ("PAK", "IRN"),
        id="fr",
    ),
]


@pytest.mark.parametrize(("lang", "text", "sides"), BEEN_THERE)
def test_a_stay_told_with_to_be_is_a_held_visit(
    lang: str, text: str, sides: tuple[str, str]
) -> None:
    got = [(v.visitor_country, v.host_country, v.status) for v in extract_visits(text, lang, PUB)]
    assert got == [(*sides, "held")]


# A stay told in the present ("is in Tashkent this week", "ist derzeit in Kabul", "se trouve
# à Tachkent", "est actuellement à Kaboul") is a held visit, dated in the month it is told.
STAYING_THERE = [
    pytest.param(
        "en",
        "Kyrgyz Economy Minister Daniyar Amangeldiev is in Kabul this week.",
        ("KGZ", "AFG"),
        id="en",
    ),
    pytest.param(
        "en",
        "Pakistan's Interior Minister Mohsin Naqvi is currently in Tashkent.",
        ("PAK", "UZB"),
        id="en-currently",
    ),
    pytest.param(
        "de",
        "Der kirgisische Wirtschaftsminister Danijar Amangeldijew ist diese Woche in Kabul.",
        ("KGZ", "AFG"),
        id="de",
    ),
    pytest.param(
        "fr",
        "Le ministre kirghiz de l'Économie Daniyar Amangueldiev se trouve à Kaboul cette semaine.",
        ("KGZ", "AFG"),
        id="fr",
    ),
    pytest.param(
        "fr",
        "Le ministre pakistanais de l'Intérieur est actuellement à Tachkent.",
        ("PAK", "UZB"),
        id="fr-actuellement",
    ),
]


@pytest.mark.parametrize(("lang", "text", "sides"), STAYING_THERE)
def test_a_stay_told_in_the_present_is_a_held_visit(
    lang: str, text: str, sides: tuple[str, str]
) -> None:
    got = [
        (v.visitor_country, v.host_country, v.status, v.date.label())
        for v in extract_visits(text, lang, PUB)
    ]
    assert got == [(*sides, "held", "2025-04")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "The Uzbek embassy is in Kabul.", id="en-building"),
        pytest.param(
            "de", "Das Abkommen mit Usbekistan ist in Kraft, sagte der Minister.", id="de"
        ),
        pytest.param(
            "de", "Der kasachische Minister ist in Sorge über die Lage in Kabul.", id="de-sorge"
        ),
        pytest.param("fr", "La solution est à Kaboul, selon le ministre pakistanais.", id="fr"),
    ],
)
def test_being_in_a_place_without_an_official_staying_is_no_visit(lang: str, text: str) -> None:
    assert extract_visits(text, lang, PUB) == []


# "arrived here" is the city of the dateline; a dateline of a place in capitals may end with
# a colon, as Pakistani papers write ("ISLAMABAD: Prime Minister X left for Dushanbe").
ARRIVED_HERE = [
    pytest.param(
        "en",
        "ISLAMABAD: Kyrgyz Economy Minister Daniyar Amangeldiev arrived here on Monday.",
        ("KGZ", "PAK", "Islamabad", "2025-04-21"),
        id="en-colon-here",
    ),
    pytest.param(
        "en",
        "TASHKENT, April 20 (AP) - A Pakistani trade delegation arrived here on Sunday.",
        ("PAK", "UZB", "Tashkent", "2025-04-20"),
        id="en-comma-here",
    ),
    pytest.param(
        "en",
        "ISLAMABAD: Prime Minister Shehbaz Sharif left for Dushanbe on Monday on a two-day "
        "official visit.",
        ("PAK", "TJK", "Dushanbe", "2025-04-21"),
        id="en-colon-home",
    ),
    pytest.param(
        "de",
        "Taschkent, 20. April - Der kirgisische Wirtschaftsminister Danijar Amangeldijew ist am "
        "Sonntag hier eingetroffen.",
        ("KGZ", "UZB", "Tashkent", "2025-04-20"),
        id="de-hier",
    ),
    pytest.param(
        "fr",
        "TACHKENT, 20 avril - Le ministre kirghiz de l'Économie Daniyar Amangueldiev est arrivé "
        "ici dimanche.",
        ("KGZ", "UZB", "Tashkent", "2025-04-20"),
        id="fr-ici",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ARRIVED_HERE)
def test_arrived_here_is_the_datelines_city(
    lang: str, text: str, expected: tuple[str, str, str, str]
) -> None:
    got = [
        (v.visitor_country, v.host_country, v.location, v.date.label())
        for v in extract_visits(text, lang, PUB)
    ]
    assert got == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # no dateline: "here" names no city
        pytest.param(
            "Kyrgyz Economy Minister Daniyar Amangeldiev arrived here on Monday.", id="none"
        ),
        # a headline's topic before a colon is no dateline
        pytest.param(
            "Kabul: Prime Minister Shehbaz Sharif arrived on Monday on an official visit.",
            id="topic-colon",
        ),
    ],
)
def test_here_without_a_dateline_names_no_city(text: str) -> None:
    assert extract_visits(text, "en", PUB) == []


# "since the visit of X to Berlin in February": the "since" phrase names this very visit, so
# its date is the visit's (not a bare month read again around publication).
SINCE_THIS_VISIT = [
    pytest.param(
        "en",
        "Ties have warmed since the visit of Uzbek President Shavkat Mirziyoyev to Berlin in "
        "February 2024.",
        id="en",
    ),
    pytest.param(
        "de",
        "Die Beziehungen haben sich seit dem Besuch des usbekischen Präsidenten Schawkat "
        "Mirsijojew in Berlin im Februar 2024 belebt.",
        id="de",
    ),
    pytest.param(
        "fr",
        "Les relations se sont réchauffées depuis la visite du président ouzbek Chavkat "
        "Mirziïoïev à Berlin en février 2024.",
        id="fr",
    ),
    pytest.param(
        "ru",
        "Отношения потеплели после визита президента Узбекистана Шавката Мирзиёева в Берлин в "
        "феврале 2024 года.",
        id="ru",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SINCE_THIS_VISIT)
def test_a_since_phrase_naming_the_visit_dates_it(lang: str, text: str) -> None:
    got = [
        (v.visitor_country, v.host_country, v.date.label()) for v in extract_visits(text, lang, PUB)
    ]
    assert got == [("UZB", "DEU", "2024-02")]


RETURN_PUB = date(2025, 6, 20)  # a Friday


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Kazakhstan's Foreign Minister Murat Nurtleu returned from Kabul on Monday, where he "
            "held talks with Amir Khan Muttaqi.",
            id="en-where-he-held-talks",
        ),
        pytest.param(
            "en", "The Kazakh foreign minister is back from Kabul since Monday.", id="en-back-from"
        ),
        pytest.param(
            "de",
            "Der kasachische Außenminister Murat Nurtleu kehrte am Montag aus Kabul zurück, wo er "
            "Gespräche mit Amir Khan Muttaqi geführt hatte.",
            id="de-kehrte-aus-zurueck",
        ),
        pytest.param(
            "de",
            "Der kasachische Außenminister ist am Montag aus Kabul zurückgekehrt.",
            id="de-zurueckgekehrt",
        ),
        pytest.param(
            "ru",
            "Министр иностранных дел Казахстана Мурат Нуртлеу в понедельник вернулся из Кабула.",
            id="ru-vernulsya-iz",
        ),
        pytest.param(
            "fr",
            "Le ministre kazakh des Affaires étrangères Murat Nurtleu est rentré lundi de Kaboul, "
            "où il a eu des entretiens avec Amir Khan Muttaqi.",
            id="fr-rentre-de",
        ),
        pytest.param(
            "fr",
            "De retour de Kaboul, le ministre kazakh des Affaires étrangères a tenu un point de "
            "presse lundi.",
            id="fr-de-retour-de",
        ),
    ],
)
def test_a_trip_told_by_its_return_is_a_held_visit(lang: str, text: str) -> None:
    """'returned from Kabul', 'kehrte aus Kabul zurück', 'вернулся из Кабула', 'est rentré de
    Kaboul': the city came back from is where the trip went, and the trip is over."""
    found = extract_visits(text, lang, RETURN_PUB)
    assert [(v.visitor_country, v.host_country, v.location, v.status) for v in found] == [
        ("KAZ", "AFG", "Kabul", "held")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Hundreds of Afghan refugees returned from Karachi this week, the minister said.",
            id="en",
        ),
        pytest.param(
            "de",
            "Rund 300 afghanische Flüchtlinge kehrten am Montag aus Karatschi zurück, sagte der "
            "Minister.",
            id="de",
        ),
        pytest.param(
            "ru", "Около 300 афганских беженцев вернулись из Карачи, сообщил министр.", id="ru"
        ),
        pytest.param(
            "fr",
            "Quelque 300 réfugiés afghans sont rentrés de Karachi, a indiqué le ministre.",
            id="fr",
        ),
    ],
)
def test_migrants_coming_back_from_a_city_make_no_visit(lang: str, text: str) -> None:
    """Refugees who return from a city end no official's trip there."""
    assert extract_visits(text, lang, RETURN_PUB) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Press release of the MFA of Kazakhstan\n\nThe Deputy Minister paid a working visit "
            "to Kabul on 18 June, where he discussed the railway to Pakistan with Pakistani and "
            "Afghan officials.",
            id="en",
        ),
        pytest.param(
            "de",
            "Außenministerium der Republik Kasachstan\n\nPressemitteilung\n\nDer Vizeminister "
            "reiste am 18. Juni zu einem Arbeitsbesuch nach Kabul, wo er über die Bahn nach "
            "Pakistan sprach.",
            id="de",
        ),
        pytest.param(
            "ru",
            "Пресс-релиз МИД Казахстана\n\nЗаместитель министра 18 июня посетил Кабул с рабочим "
            "визитом, где обсудил с пакистанскими и афганскими представителями железную дорогу "
            "в Пакистан.",
            id="ru",
        ),
        pytest.param(
            "fr",
            "Communiqué de presse du ministère des Affaires étrangères du Kazakhstan\n\nLe "
            "vice-ministre s'est rendu le 18 juin à Kaboul, où il a discuté du chemin de fer vers "
            "le Pakistan avec des responsables pakistanais et afghans.",
            id="fr",
        ),
    ],
)
def test_the_publishing_ministrys_minister_visits_for_its_country(lang: str, text: str) -> None:
    """On a page headed by a ministry of one country, 'The Deputy Minister paid a working
    visit to Kabul' is that country's deputy minister, whatever other countries the
    sentence names."""
    found = extract_visits(text, lang, RETURN_PUB)
    assert [(v.visitor_country, v.host_country, v.date.label(), v.visitor_role) for v in found] == [
        ("KAZ", "AFG", "2025-06-18", "Deputy Minister")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "Ministry of Foreign Affairs of Uzbekistan\n\nThe Afghan Minister of Commerce paid a "
            "visit to Tashkent on 18 June.",
            [("AFG", "UZB")],
            id="en-a-minister-of-his-own-country",
        ),
        pytest.param(
            "ru",
            "Министерство иностранных дел Республики Узбекистан\n\nМинистр принял в Ташкенте "
            "делегацию Афганистана.",
            [("AFG", "UZB")],
            id="ru-the-minister-receives",
        ),
        pytest.param(
            "en",
            "The Minister paid a working visit to Kabul on 18 June. He discussed transit to "
            "Pakistan, Iran, China and Russia.",
            [],
            id="en-no-header",
        ),
        pytest.param(
            "de",
            "Der Minister reiste am 18. Juni zu einem Arbeitsbesuch nach Kabul. Er sprach über "
            "den Transit nach Pakistan, Iran und China.",
            [],
            id="de-no-header",
        ),
        pytest.param(
            "fr",
            "Le ministère kazakh annonce une visite à Kaboul.\n\nLe ministre s'est rendu le 18 "
            "juin à Kaboul. Il a parlé du transit vers le Pakistan, l'Iran et la Chine.",
            [("KAZ", "AFG")],
            id="fr-a-sentence-is-no-header",
        ),
    ],
)
def test_a_publishers_header_gives_no_country_to_others(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    """The publisher's country goes only to an official of no country told who acts
    first: not to a minister of another country, not to a host, not without a header
    line that names only the ministry."""
    found = extract_visits(text, lang, RETURN_PUB)
    assert [(v.visitor_country, v.host_country) for v in found] == expected


DATELINE_PUB = date(2026, 11, 12)


# set AA: a dateline after a byline cell ("By staff reporter | Ankara, 12 November 2026")
# is a dateline all the same
BYLINE_DATELINES = [
    pytest.param(
        "en",
        "By staff reporter | Ankara, 10 November 2026\n\nInterior Minister Kemal Aydin will "
        "travel to Islamabad next week for talks on returns.",
        [("TUR", "PAK", "2026-11")],
        id="en-byline-cell",
    ),
    pytest.param(
        "de",
        "Von unserer Korrespondentin · Wien, 10. November 2026\n\nInnenminister Franz Huber "
        "reist nächste Woche nach Islamabad.",
        [("AUT", "PAK", "2026-11")],
        id="de-byline-cell",
    ),
    pytest.param(
        "ru",
        "Автор: Иван Петров | Бишкек, 10 ноября 2026\n\nМинистр внутренних дел Азамат Исаев "
        "на следующей неделе посетит Москву.",
        [("KGZ", "RUS", "2026-11")],
        id="ru-byline-cell",
    ),
    pytest.param(
        "fr",
        "Par notre correspondant | Bruxelles, 10 novembre 2026\n\nLa ministre de l'Asile "
        "Anne Dupont se rendra à Islamabad la semaine prochaine.",
        [("BEL", "PAK", "2026-11")],
        id="fr-byline-cell",
    ),
    pytest.param(
        "en",
        "By staff reporter | Published 10 November 2026\n\nInterior Minister Kemal Aydin "
        "will travel to Islamabad next week for talks on returns.",
        [],
        id="en-byline-without-place",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BYLINE_DATELINES)
def test_a_dateline_after_a_byline_cell_gives_the_titled_officials_country(
    lang: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = extract_visits(text, lang, DATELINE_PUB)
    assert [(v.visitor_country, v.host_country, v.date.label()) for v in found] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "ISLAMABAD, 10 November 2026 – Interior Minister Karim Bashir travelled to Kabul on "
            "Monday for talks on border security.",
            [("PAK", "Interior Minister", "AFG", "2026-11-09")],
            id="en-capital-dateline",
        ),
        pytest.param(
            "de",
            "Berlin, 10. November 2026\n\nEntwicklungsministerin Anna Keller reiste am Montag "
            "nach Taschkent, um über Wasserprojekte zu sprechen.",
            [("DEU", "Minister for Development", "UZB", "2026-11-09")],
            id="de-dateline-line",
        ),
        pytest.param(
            "ru",
            "Москва, 10 ноября 2026\n\nЗаместитель министра Игорь Соколов в понедельник прибыл "
            "в Душанбе для переговоров.",
            [("RUS", "Deputy Minister", "TJK", "2026-11-09")],
            id="ru-dateline-line",
        ),
        pytest.param(
            "fr",
            "Paris, 10 novembre 2026 – La ministre déléguée Claire Moreau s'est rendue lundi à "
            "Almaty pour parler d'énergie.",
            [("FRA", "Minister", "KAZ", "2026-11-09")],
            id="fr-capital-dateline",
        ),
        pytest.param(
            "en",
            "TASHKENT, 10 November 2026 – Interior Minister Karim Bashir arrived in Tashkent on "
            "Monday for talks.",
            [],
            id="en-dateline-is-the-destination",
        ),
        pytest.param(
            "en",
            "Interior Minister Karim Bashir travelled to Kabul on Monday for talks on border "
            "security.",
            [],
            id="en-no-dateline",
        ),
        pytest.param(
            "en",
            "ISLAMABAD, 10 November 2026 – Uzbek Interior Minister Karim Bashir travelled to "
            "Kabul on Monday.",
            [("UZB", "Interior Minister", "AFG", "2026-11-09")],
            id="en-a-named-country-wins",
        ),
    ],
)
def test_a_datelines_country_goes_to_a_titled_official_of_none(
    lang: str, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    """Under a dateline 'Berlin, 10. November 2026', an official told only by title who
    travels abroad is of the dateline's country; a country the text gives wins, and a
    dateline at the destination gives nothing."""
    found = extract_visits(text, lang, DATELINE_PUB)
    assert [
        (v.visitor_country, v.visitor_role, v.host_country, v.date.label()) for v in found
    ] == expected


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        pytest.param(
            "en",
            "On 12 January 2025 Pakistan and Afghanistan agreed to reopen the crossing.\n\nTwo "
            "months later, Afghan Foreign Minister Amir Khan Muttaqi travelled to Islamabad.",
            "2025-03",
            id="en-months-from-a-day",
        ),
        pytest.param(
            "en",
            "On 2 March 2025 the sides agreed on a new crossing.\n\nThree days later, Afghan "
            "Foreign Minister Amir Khan Muttaqi travelled to Islamabad.",
            "2025-03-05",
            id="en-days-from-a-day",
        ),
        pytest.param(
            "de",
            "Am 12. Januar 2025 vereinbarten Pakistan und Afghanistan, den Übergang zu öffnen."
            "\n\nZwei Wochen später reiste der afghanische Außenminister Amir Khan Muttaqi nach "
            "Islamabad.",
            "2025-01",
            id="de-weeks-give-the-month",
        ),
        pytest.param(
            "de",
            "Im März 2025 einigten sich beide Seiten.\n\nEinen Monat später reiste der afghanische "
            "Außenminister nach Islamabad.",
            "2025-04",
            id="de-a-month-from-a-month",
        ),
        pytest.param(
            "ru",
            "12 января 2025 года Пакистан и Афганистан договорились открыть переход.\n\nЧерез "
            "месяц министр иностранных дел Афганистана Амир Хан Муттаки посетил Исламабад.",
            "2025-02",
            id="ru-cherez-mesyats",
        ),
        pytest.param(
            "ru",
            "В марте 2025 года стороны договорились.\n\nДва месяца спустя министр иностранных дел "
            "Афганистана побывал в Исламабаде.",
            "2025-05",
            id="ru-spustya-after",
        ),
        pytest.param(
            "fr",
            "Le 12 janvier 2025, le Pakistan et l'Afghanistan ont convenu de rouvrir le poste."
            "\n\nTrois semaines plus tard, le ministre afghan des Affaires étrangères Amir Khan "
            "Muttaqi s'est rendu à Islamabad.",
            "2025-02",
            id="fr-semaines-plus-tard",
        ),
        pytest.param(
            "en",
            "On 2 March 2025 the sides agreed on a new crossing.\n\nThree days later, on 6 March, "
            "Afghan Foreign Minister Amir Khan Muttaqi travelled to Islamabad.",
            "2025-03-06",
            id="en-the-sentences-own-date-wins",
        ),
        pytest.param(
            "en",
            "Two months later, Afghan Foreign Minister Amir Khan Muttaqi travelled to Islamabad.",
            None,
            id="en-nothing-to-count-from",
        ),
        pytest.param(
            "en",
            "In March 2025 the sides agreed on a new crossing.\n\nTwo weeks later, Afghan Foreign "
            "Minister Amir Khan Muttaqi travelled to Islamabad.",
            None,
            id="en-weeks-after-a-month-fall-in-two-months",
        ),
    ],
)
def test_a_date_counted_from_an_earlier_date(lang: str, text: str, label: str | None) -> None:
    """'Two months later', 'Zwei Wochen später', 'Через месяц', 'Trois semaines plus tard':
    counted from the last date written before, at the coarser of its precision and the
    unit's; not from publication, and left out when nothing can be counted from."""
    found = extract_visits(text, lang, RETURN_PUB)
    assert [(v.visitor_country, v.host_country, v.date.label()) for v in found] == [
        ("AFG", "PAK", label)
    ]


def test_a_counted_date_against_the_tense_is_not_taken() -> None:
    """'Через месяц ... посетит': a planned visit 'in a month' counts from publication; the
    date written earlier, which would put it behind publication, is not its base."""
    text = (
        "12 января 2025 года Пакистан и Афганистан договорились открыть переход.\n\nЧерез месяц "
        "министр иностранных дел Афганистана Амир Хан Муттаки посетит Исламабад."
    )
    found = extract_visits(text, "ru", RETURN_PUB)
    assert [v.status for v in found] == ["planned"]
    assert found[0].date.label() != "2025-02"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Pakistan's Commerce Minister Jam Kamal Khan met Uzbek officials in Tashkent on "
            "Monday. A delegation of his ministry will travel to Kabul next week.",
            id="en",
        ),
        pytest.param(
            "de",
            "Der pakistanische Handelsminister Jam Kamal Khan traf am Montag in Taschkent "
            "usbekische Vertreter. Eine Delegation seines Ministeriums wird nächste Woche nach "
            "Kabul reisen.",
            id="de",
        ),
        pytest.param(
            "ru",
            "Министр торговли Пакистана Джам Камал Хан в понедельник встретился в Ташкенте с "
            "узбекскими представителями. Делегация его министерства на следующей неделе посетит "
            "Кабул.",
            id="ru",
        ),
        pytest.param(
            "fr",
            "Le ministre pakistanais du Commerce Jam Kamal Khan a rencontré lundi à Tachkent des "
            "responsables ouzbeks. Une délégation de son ministère se rendra à Kaboul la semaine "
            "prochaine.",
            id="fr",
        ),
    ],
)
def test_his_ministrys_delegation_is_of_the_official_named_before(lang: str, text: str) -> None:
    """'A delegation of his ministry will travel to Kabul': the visiting side is the country
    of the official named in the sentence before, though the text names a third country
    as often as his."""
    found = extract_visits(text, lang, RETURN_PUB)
    got = [(v.visitor_country, v.host_country, v.status, v.visitor) for v in found]
    assert ("PAK", "AFG", "planned", None) in got
    assert len(got) == 2


def test_a_possessive_far_from_the_visiting_side_names_no_visitor() -> None:
    """'visit his ministry in Islamabad': the owner's office is the place visited, the
    delegation named is the visitor."""
    text = (
        "Pakistan's Commerce Minister Jam Kamal Khan met Uzbek officials in Tashkent on Monday. "
        "He said an Afghan delegation would visit his ministry in Islamabad soon."
    )
    found = extract_visits(text, "en", RETURN_PUB)
    assert [(v.visitor_country, v.host_country) for v in found] == [
        ("PAK", "UZB"),
        ("AFG", "PAK"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "Interview with Kazakh Deputy Foreign Minister Alibek Bakayev\n\nQ: How are relations "
            "with Afghanistan?\n\nA: I was in Kabul last week and met Amir Khan Muttaqi.",
            ("KAZ", "AFG", "Alibek Bakayev", "held"),
            id="en-held",
        ),
        pytest.param(
            "en",
            "Interview with Kazakh Deputy Foreign Minister Alibek Bakayev\n\nQ: What comes next?"
            "\n\nA: In July I will travel to Islamabad for talks on the railway.",
            ("KAZ", "PAK", "Alibek Bakayev", "planned"),
            id="en-planned",
        ),
        pytest.param(
            "de",
            "Interview mit dem kasachischen Vizeaußenminister Alibek Bakajew\n\nFrage: Wie stehen "
            "die Beziehungen zu Afghanistan?\n\nAntwort: Ich war letzte Woche in Kabul und traf "
            "Amir Khan Muttaqi.",
            ("KAZ", "AFG", "Alibek Bakajew", "held"),
            id="de",
        ),
        pytest.param(
            "ru",
            "Интервью с заместителем министра иностранных дел Казахстана Алибеком Бакаевым\n\n"
            "Вопрос: Как развиваются отношения с Афганистаном?\n\nОтвет: На прошлой неделе я "
            "побывал в Кабуле и встретился с Амиром Ханом Муттаки.",
            ("KAZ", "AFG", "Alibek Bakaev", "held"),
            id="ru",
        ),
        pytest.param(
            "fr",
            "Entretien avec le vice-ministre kazakh des Affaires étrangères Alibek Bakaïev\n\n"
            "Question : Comment vont les relations avec l'Afghanistan ?\n\nRéponse : Je me suis "
            "rendu à Kaboul la semaine dernière et j'ai rencontré Amir Khan Muttaqi.",
            ("KAZ", "AFG", "Alibek Bakaïev", "held"),
            id="fr",
        ),
    ],
)
def test_in_an_interview_i_is_the_official_interviewed(
    lang: str, text: str, expected: tuple[str, ...]
) -> None:
    """'Interview with Kazakh Deputy Foreign Minister X ... A: I was in Kabul last week and
    met ...': the one who says 'I' is the official the header names."""
    found = extract_visits(text, lang, RETURN_PUB)
    assert [(v.visitor_country, v.host_country, v.visitor, v.status) for v in found] == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "Uzbek Deputy Foreign Minister Bekzod Tursunov spoke to us in Tashkent.\n\n"
            "Q: Where do you go next?\n\nTursunov: To Islamabad. I will travel there in March, "
            "and in May I hope to host the Afghan commerce minister.",
            [("UZB", "PAK", "Bekzod Tursunov", "planned")],
            id="en-name-label",
        ),
        pytest.param(
            "de",
            "Der usbekische Vizeaußenminister Bekzod Tursunow sprach mit uns in Taschkent.\n\n"
            "Frage: Wohin reisen Sie als Nächstes?\n\nTursunow: Ich werde im Juli nach Islamabad "
            "reisen.",
            [("UZB", "PAK", "Bekzod Tursunow", "planned")],
            id="de-name-label",
        ),
        pytest.param(
            "ru",
            "Заместитель министра иностранных дел Узбекистана Бекзод Турсунов ответил на вопросы.\n\n"
            "Вопрос: Куда вы поедете дальше?\n\nТурсунов: В июле я посещу Исламабад.",
            [("UZB", "PAK", "Bekzod Tursunov", "planned")],
            id="ru-name-label",
        ),
        pytest.param(
            "fr",
            "Paris, 5 mars 2025\n\nQuestion (AFP) : Qu'avez-vous obtenu ?\n\nLe ministre : Je "
            "reviens de Douchanbé, où j'ai rencontré hier mon homologue tadjik.",
            [("FRA", "TJK", None, "held")],
            id="fr-role-label-under-a-dateline",
        ),
        pytest.param(
            "en",
            "ISLAMABAD, 5 March 2025\n\nSPOKESPERSON: Let me begin with the week.\n\n"
            "Last week I was in Kabul with the commerce secretary.",
            [("PAK", "AFG", None, "held")],
            id="en-role-label-runs-on-over-its-paragraphs",
        ),
    ],
)
def test_under_a_speaker_label_i_is_the_official_labelled(
    lang: str, text: str, expected: list[tuple[str, ...]]
) -> None:
    """'Tursunov: I will travel to Islamabad', 'Le ministre : Je reviens de Douchanbé': in a
    transcript or an interview the one who says 'I' is the official the speaker label names
    (by a name the text gave a country, or by a role whose country is the dateline's), until
    the next label."""
    found = extract_visits(text, lang, RETURN_PUB)
    assert [(v.visitor_country, v.host_country, v.visitor, v.status) for v in found] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Uzbek Deputy Foreign Minister Bekzod Tursunov spoke to us.\n\nTursunov: We "
            "want more trade.\n\nQ: I was in Kabul last week myself. Did you meet Muttaqi?",
            id="en-the-asker-says-i",
        ),
        pytest.param(
            "fr",
            "Paris, 5 mars 2025\n\nLe ministre : Bonjour.\n\nQuestion (Le Monde) : Je reviens "
            "de Douchanbé. Les gardes-frontières en ont-ils parlé ?",
            id="fr-the-asker-says-je",
        ),
        pytest.param(
            "de",
            "Die Diskussion\n\nLeserin: Ich war letzte Woche in Kabul und traf dort Händler.",
            id="de-label-of-no-official",
        ),
    ],
)
def test_under_an_askers_label_i_is_nobody(lang: str, text: str) -> None:
    """'Q: I was in Kabul myself': a question's or a reader's 'I' tells of no official's
    visit."""
    assert extract_visits(text, lang, RETURN_PUB) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "OPINION\n\nThe road to Kabul\n\nBy Bekzod Tursunov\n\nBekzod Tursunov is Deputy "
            "Trade Minister of Uzbekistan.\n\nWhen I was in Kabul last week, traders showed me "
            "their warehouses.",
            ("UZB", "AFG", "Bekzod Tursunov", "held"),
            id="en-author-note",
        ),
        pytest.param(
            "fr",
            "Tribune\n\nTRIBUNE. Par Bekzod Toursounov, vice-ministre ouzbek du Commerce\n\n"
            "Lorsque je me suis rendu à Kaboul la semaine dernière, j'ai vu des entrepôts pleins.",
            ("UZB", "AFG", "Bekzod Toursounov", "held"),
            id="fr-byline-with-office",
        ),
        pytest.param(
            "de",
            "Gastbeitrag\n\nEin Gastbeitrag von Bekzod Tursunow, Vizeaußenminister "
            "Usbekistans\n\nIch war letzte Woche in Kabul und traf dort Händler.",
            ("UZB", "AFG", "Bekzod Tursunow", "held"),
            id="de-gastbeitrag",
        ),
        pytest.param(
            "ru",
            "Мнение\n\nАвтор: Бекзод Турсунов, заместитель министра иностранных дел Узбекистана\n\n"
            "Когда на прошлой неделе я побывал в Кабуле, торговцы показали мне склады.",
            ("UZB", "AFG", "Bekzod Tursunov", "held"),
            id="ru-avtor",
        ),
    ],
)
def test_in_an_op_ed_i_is_its_author(lang: str, text: str, expected: tuple[str, ...]) -> None:
    """'By X ... X is Deputy Trade Minister of Uzbekistan ... When I was in Kabul': an
    op-ed's byline names an official with an office and a country, who says 'I'."""
    found = extract_visits(text, lang, RETURN_PUB)
    assert [(v.visitor_country, v.host_country, v.visitor, v.status) for v in found] == [expected]


def test_a_journalists_byline_names_no_visitor() -> None:
    """'By Sarah Miller ... I was in Kabul last week': a byline of no office is a
    reporter's; her 'I' is no official's visit."""
    text = (
        "Markets\n\nBy Sarah Miller in Tashkent\n\nI was in Kabul last week and met traders "
        "at the bazaar."
    )
    assert extract_visits(text, "en", RETURN_PUB) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Talks on the railway\n\nI was in Kabul last week and met Amir Khan Muttaqi, a reader "
            "writes.",
            id="en-no-interview-header",
        ),
        pytest.param(
            "en",
            "Interview with Kazakh Deputy Foreign Minister Alibek Bakayev\n\nQ: Did you meet Amir "
            "Khan Muttaqi in Kabul?",
            id="en-the-question-asks",
        ),
        pytest.param(
            "de",
            "Handel mit Afghanistan\n\nIch war letzte Woche in Kabul und traf dort Händler, "
            "schreibt ein Leser.",
            id="de-no-interview-header",
        ),
    ],
)
def test_i_without_an_interviewed_official_is_nobody(lang: str, text: str) -> None:
    """Without a header naming the official interviewed, 'I' names no visitor; a question
    tells of no visit."""
    assert extract_visits(text, lang, RETURN_PUB) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "The joint commission opened its session on 3 May. Afghan Deputy Minister Abdul Latif "
            "Nazari met Uzbek Deputy Trade Minister Laziz Kudratov in Tashkent.",
            ("Tashkent", "2025-05-03", "Abdul Latif Nazari"),
            id="en-date-before",
        ),
        pytest.param(
            "en",
            "On 3 May the Afghan delegation reached Termez. There, Afghan Deputy Minister Abdul "
            "Latif Nazari met Uzbek officials.",
            ("Termez", "2025-05-03", "Abdul Latif Nazari"),
            id="en-there-place-and-date-before",
        ),
        pytest.param(
            "de",
            "Die Gemischte Kommission trat am 3. Mai zusammen. Der afghanische Vizeminister Abdul "
            "Latif Nasari traf in Taschkent den usbekischen Vizehandelsminister Laziz Kudratov.",
            ("Tashkent", "2025-05-03", "Abdul Latif Nasari"),
            id="de-date-before",
        ),
        pytest.param(
            "de",
            "Am 3. Mai erreichte die afghanische Delegation Termes. Dort traf der afghanische "
            "Vizeminister Abdul Latif Nasari usbekische Vertreter.",
            ("Termez", "2025-05-03", "Abdul Latif Nasari"),
            id="de-dort",
        ),
        pytest.param(
            "ru",
            "Совместная комиссия начала работу 3 мая. Заместитель министра Афганистана Абдул "
            "Латиф Назари встретился в Ташкенте с заместителем министра торговли Узбекистана "
            "Лазизом Кудратовым.",
            ("Tashkent", "2025-05-03", "Abdul Latif Nazari"),
            id="ru-date-before",
        ),
        pytest.param(
            "ru",
            "3 мая афганская делегация добралась до Термеза. Там заместитель министра Афганистана "
            "Абдул Латиф Назари встретился с узбекскими представителями.",
            ("Termez", "2025-05-03", "Abdul Latif Nazari"),
            id="ru-tam",
        ),
        pytest.param(
            "fr",
            "La commission mixte a ouvert sa session le 3 mai. Le vice-ministre afghan Abdul Latif "
            "Nazari a rencontré à Tachkent le vice-ministre ouzbek du Commerce Laziz Kudratov.",
            ("Tashkent", "2025-05-03", "Abdul Latif Nazari"),
            id="fr-date-before",
        ),
        pytest.param(
            "fr",
            "Le 3 mai, la délégation afghane a gagné Termez. Là, le vice-ministre afghan Abdul "
            "Latif Nazari a rencontré des responsables ouzbeks.",
            ("Termez", "2025-05-03", "Abdul Latif Nazari"),
            id="fr-la",
        ),
    ],
)
def test_a_visit_takes_place_and_date_from_the_sentence_before(
    lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    """'The commission opened on 3 May. Deputy Minister X met ... in Tashkent.': a visit
    sentence with no date takes the one date of the sentence before in its paragraph; one
    opening with 'There,' / 'Dort' / 'Там' / 'Là' takes that sentence's city too."""
    found = extract_visits(text, lang, RETURN_PUB)
    assert [
        (v.visitor_country, v.host_country, v.location, v.date.label(), v.visitor) for v in found
    ] == [("AFG", "UZB", *expected)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "The joint commission opened its session on 3 May.\n\nAfghan Deputy Minister Abdul "
            "Latif Nazari met Uzbek officials in Tashkent.",
            ("Tashkent", "2025-06"),
            id="en-another-paragraph",
        ),
        pytest.param(
            "en",
            "The border was closed on 3 May and reopened on 9 May. Afghan Deputy Minister Abdul "
            "Latif Nazari met Uzbek officials in Tashkent.",
            ("Tashkent", "2025-06"),
            id="en-two-dates-before",
        ),
        pytest.param(
            "en",
            "The joint commission opened its session on 3 May. Afghan Deputy Minister Abdul Latif "
            "Nazari met Uzbek officials in Tashkent on Monday.",
            ("Tashkent", "2025-06-16"),
            id="en-the-sentence-has-its-own",
        ),
        pytest.param(
            "en",
            "On 3 May the Afghan delegation reached Termez.\n\nThere, Afghan Deputy Minister "
            "Abdul Latif Nazari met Uzbek officials.",
            (None, "2025-06"),
            id="en-there-in-another-paragraph",
        ),
    ],
)
def test_the_sentence_before_lends_nothing_across_paragraphs_or_when_unclear(
    lang: str, text: str, expected: tuple[str | None, str]
) -> None:
    """Only the sentence right before, in the same paragraph, and only its one date; the
    sentence's own date wins."""
    found = extract_visits(text, lang, RETURN_PUB)
    assert [(v.visitor_country, v.host_country, v.location, v.date.label()) for v in found] == [
        ("AFG", "UZB", *expected)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "The Afghan commerce minister visited Leipzig on Monday for talks on trade.",
            ("AFG", "DEU", "Leipzig"),
            id="en-german-city",
        ),
        pytest.param(
            "de",
            "Der usbekische Außenminister reiste am Montag nach Schiras.",
            ("UZB", "IRN", "Shiraz"),
            id="de-iranian-city",
        ),
        pytest.param(
            "fr",
            "Le ministre afghan du Commerce s'est rendu à Karachi lundi.",
            ("AFG", "PAK", "Karachi"),
            id="fr-pakistani-city",
        ),
        pytest.param(
            "ru",
            "Делегация Афганистана в понедельник посетила Екатеринбург для переговоров.",
            ("AFG", "RUS", "Yekaterinburg"),
            id="ru-russian-city",
        ),
    ],
)
def test_a_city_names_the_host_country(
    lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    """A visit to a city, province or region is hosted by its country."""
    visits = extract_visits(text, lang, PUB)
    got = [(v.visitor_country, v.host_country, v.location) for v in visits]
    assert got == [expected]


NO_VISIT_AT_ALL = [
    # meetings said not to have taken place
    (
        "en",
        "The Uzbek envoy returned home on Friday; no meetings with Afghan officials took place in Kabul.",
    ),
    (
        "de",
        "Der usbekische Gesandte reiste am Freitag ab; Treffen mit afghanischen Vertretern in Kabul fanden nicht statt.",
    ),
    (
        "ru",
        "Узбекский посланник уехал в пятницу; встреч с афганскими официальными лицами в Кабуле не было.",
    ),
    (
        "fr",
        "L'envoyé ouzbek est reparti vendredi ; aucune rencontre avec des responsables afghans n'a eu lieu à Kaboul.",
    ),
    ("en", "The ministers met by video link on Monday to discuss the Kabul corridor."),
    (
        "en",
        (
            "The envoy briefed British counterparts by video conference after returning home; no "
            "meetings with Western officials took place in Kabul itself."
        ),
    ),
    (
        "de",
        (
            "Der Gesandte unterrichtete britische Kollegen per Videokonferenz; Treffen mit "
            "westlichen Vertretern in Kabul fanden nicht statt."
        ),
    ),
    (
        "ru",
        (
            "Посланник проинформировал британских коллег по видеосвязи; встреч с западными "
            "представителями в Кабуле не было."
        ),
    ),
    (
        "fr",
        (
            "L'envoyé a informé ses homologues britanniques par visioconférence ; aucune rencontre "
            "avec des responsables occidentaux n'a eu lieu à Kaboul."
        ),
    ),
]


@pytest.mark.parametrize(("lang", "text"), NO_VISIT_AT_ALL, ids=[c[0] for c in NO_VISIT_AT_ALL])
def test_a_video_link_near_every_visit_word_or_no_meeting_is_no_visit(lang: str, text: str) -> None:
    """Meetings by video link, and meetings said not to have taken place, are no visits."""
    assert extract_visits(text, lang, PUB) == []


STAY_OF_DAYS = [
    (
        "en",
        (
            "A Kazakh delegation led by Trade Minister Arman Shakkaliyev spent Nov. 30 and Dec. 1 "
            "in Kabul."
        ),
    ),
    ("de", "Eine kasachische Delegation hielt sich vom 30. November bis 1. Dezember in Kabul auf."),
    ("ru", "Казахская делегация находилась в Кабуле 30 ноября – 1 декабря."),
    ("fr", "Une délégation kazakhe a séjourné à Kaboul du 30 novembre au 1er décembre."),
]


@pytest.mark.parametrize(("lang", "text"), STAY_OF_DAYS, ids=[c[0] for c in STAY_OF_DAYS])
def test_a_stay_of_several_days_is_dated_by_its_first(lang: str, text: str) -> None:
    """Two dates joined by "and", "bis", a dash or "au" are one stay: its first day."""
    found = extract_visits(text, lang, date(2025, 12, 3))
    assert [(v.host_country, v.date.label()) for v in found] == [("AFG", "2025-11-30")]


# An official who "was in" a foreign city was there on a visit ("war am Montag in",
# "находился в", "était lundi à"); a month or a language after "was in" is no place.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Kyrgyzstan's Foreign Minister Jeenbek Kulubaev was in Tashkent on Monday.",
            id="en-was-in",
        ),
        pytest.param(
            "de",
            "Kirgisistans Außenminister Dschejenbek Kulubajew war am Montag in Taschkent.",
            id="de-war-am-in",
        ),
        pytest.param(
            "ru",
            "Министр иностранных дел Киргизии Жээнбек Кулубаев в понедельник находился в Ташкенте.",
            id="ru-nakhodilsya-v",
        ),
        pytest.param(
            "fr",
            "Le ministre kirghiz des Affaires étrangères, Jeenbek Kouloubaïev, était lundi à Tachkent.",
            id="fr-etait-lundi-a",
        ),
    ],
)
def test_an_official_who_was_in_a_foreign_city_visited_it(lang: str, text: str) -> None:
    got = [(v.visitor_country, v.host_country, v.status) for v in extract_visits(text, lang, PUB)]
    assert got == [("KGZ", "UZB", "held")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en", "The Nepali minister said exports were in April higher than ever.", id="en-month"
        ),
        pytest.param("en", "The Nepali envoy's speech was in English.", id="en-language"),
        pytest.param(
            "fr",
            "Le ministre népalais a dit que la priorité était à la sécurité.",
            id="fr-no-place",
        ),
    ],
)
def test_was_in_without_a_place_is_no_visit(lang: str, text: str) -> None:
    assert extract_visits(text, lang, PUB) == []


# An official who discussed something with a named counterpart in a foreign city met them
# there ("discussed ... with", "besprach ... mit", "обсудил ... с", "a discuté ... avec").
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Kyrgyz Foreign Minister Jeenbek Kulubaev discussed water sharing with Bakhtiyor "
            "Saidov in Tashkent on 3 March.",
            id="en-discussed-with",
        ),
        pytest.param(
            "de",
            "Der kirgisische Außenminister Dschejenbek Kulubajew besprach am 3. März in Taschkent "
            "mit Bachtijor Saidow die Wasserverteilung.",
            id="de-besprach-mit",
        ),
        pytest.param(
            "ru",
            "Глава МИД Киргизии Жээнбек Кулубаев 3 марта в Ташкенте обсудил раздел воды с "
            "Бахтиёром Саидовым.",
            id="ru-obsudil-s",
        ),
        pytest.param(
            "fr",
            "Le ministre kirghiz des Affaires étrangères, Jeenbek Kouloubaïev, a discuté le 3 mars "
            "à Tachkent avec Bakhtiyor Saïdov du partage de l'eau.",
            id="fr-a-discute-avec",
        ),
    ],
)
def test_discussing_with_a_counterpart_in_a_foreign_city_is_a_visit(lang: str, text: str) -> None:
    got = [(v.visitor_country, v.host_country) for v in extract_visits(text, lang, PUB)]
    assert got == [("KGZ", "UZB")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "The Kyrgyz minister discussed the Uzbek proposal with colleagues in Bishkek.",
            id="en-with-colleagues-at-home",
        ),
        pytest.param(
            "en",
            "Kyrgyz Foreign Minister Jeenbek Kulubaev discussed water sharing with Bakhtiyor "
            "Saidov by phone.",
            id="en-by-phone",
        ),
        pytest.param(
            "ru",
            "Глава МИД Киргизии Жээнбек Кулубаев обсудил раздел воды с Бахтиёром Саидовым по "
            "телефону.",
            id="ru-po-telefonu",
        ),
    ],
)
def test_discussing_at_home_or_by_phone_is_no_visit(lang: str, text: str) -> None:
    assert extract_visits(text, lang, PUB) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "Uzbek Foreign Minister Bakhtiyor Saidov handed Amir Khan Muttaqi an invitation to a "
            "forum in Tashkent. The Afghan minister is expected to travel to Tashkent in March.",
            ("AFG", "UZB", "Tashkent", "planned", "2026-03"),
            id="en-invitation-then-trip",
        ),
        pytest.param(
            "de",
            "Amir Khan Muttaki nahm eine Einladung nach Taschkent an. Im Herbst soll der "
            "afghanische Außenminister dort an einer Konferenz teilnehmen, hieß es aus dem "
            "Ministerium in Kabul.",
            ("AFG", "UZB", "Tashkent", "planned", "2025-H2"),
            id="de-dort-and-attribution",
        ),
        pytest.param(
            "fr",
            "Abdul Ghani Baradar a accepté une invitation à Tachkent. Le vice-Premier "
            "ministre afghan devrait s'y rendre en mars.",
            ("AFG", "UZB", "Tashkent", "planned", "2026-03"),
            id="fr-s-y-rendre",
        ),
        pytest.param(
            "ru",
            "Абдул Гани Барадар принял приглашение в Ташкент. Афганский вице-премьер "
            "отправится туда в мае, сообщили в МИД.",
            ("AFG", "UZB", "Tashkent", "planned", "2025-05"),
            id="ru-tuda",
        ),
    ],
)
def test_an_invitation_is_planned_and_there_points_to_the_city_before(
    lang: str, text: str, expected: tuple[str, str, str, str, str]
) -> None:
    got = [
        (v.visitor_country, v.host_country, v.location, v.status, v.date.label())
        for v in extract_visits(text, lang, PUB)
    ]
    assert got == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "ru",
            "Министр иностранных дел Узбекистана Бахтиёр Саидов прибыл в Кабул. Саидов передал "
            "Муттаки приглашение посетить Ташкент. Визит афганского министра запланирован на "
            "май, сообщили в МИД Узбекистана.",
            [("UZB", "AFG", "Kabul", "held"), ("AFG", "UZB", "Tashkent", "planned")],
            id="ru-priglashenie-then-vizit",
        ),
        pytest.param(
            "en",
            "Uzbek Foreign Minister Bakhtiyor Saidov arrived in Kabul on Monday. He invited "
            "the Afghan minister to visit Tashkent. An Afghan delegation visit is planned for "
            "May, the ministry said.",
            [("UZB", "AFG", "Kabul", "held"), ("AFG", "UZB", "Tashkent", "planned")],
            id="en-invited-then-visit",
        ),
    ],
)
def test_the_city_of_an_invitation_is_where_the_next_sentences_trip_goes(
    lang: str, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    got = [
        (v.visitor_country, v.host_country, v.location, v.status)
        for v in extract_visits(text, lang, PUB)
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "ru",
            "Власти Таджикистана готовятся к переговорам в Кабуле по вопросам границы.",
            id="ru-gotovyatsya",
        ),
        pytest.param(
            "en", "Tajik officials are preparing for talks in Kabul on the border.", id="en"
        ),
    ],
)
def test_preparing_for_talks_is_a_planned_visit(lang: str, text: str) -> None:
    assert [(v.visitor_country, v.status) for v in extract_visits(text, lang, PUB)] == [
        ("TJK", "planned")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "President Shavkat Mirziyoyev has not met Taliban leaders, and officials say no "
            "such meeting is planned for May.",
            id="en-has-not-met",
        ),
        pytest.param(
            "de",
            "Ob der kasachische Präsident jemals Kabul besuchen wird, ist offen.",
            id="de-jemals-ist-offen",
        ),
        pytest.param(
            "fr",
            "Le président ouzbek ne s'est jamais rendu à Kaboul depuis la prise du pouvoir.",
            id="fr-jamais",
        ),
        pytest.param(
            "ru",
            "Неизвестно, посетит ли президент Казахстана когда-либо Кабул.",
            id="ru-kogda-libo",
        ),
    ],
)
def test_a_visit_denied_or_wondered_about_is_none(lang: str, text: str) -> None:
    assert extract_visits(text, lang, PUB) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "fr",
            "Ce serait la première visite d'un ministre afghan à Douchanbé.",
            id="fr-serait",
        ),
        pytest.param(
            "de",
            "Es wäre der erste Besuch eines afghanischen Ministers in Duschanbe.",
            id="de-waere",
        ),
        pytest.param(
            "en",
            "It would be the first visit by an Afghan minister to Dushanbe.",
            id="en-would-be-the-first",
        ),
    ],
)
def test_a_visit_in_the_conditional_lies_ahead(lang: str, text: str) -> None:
    assert [v.status for v in extract_visits(text, lang, PUB)] == ["planned"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "In Tashkent, the minister is scheduled to meet Deputy Prime Minister Jamshid "
            "Khodjaev, according to the Afghan commerce ministry.",
            id="en-to-meet",
        ),
        pytest.param(
            "en",
            "In Tashkent, the Afghan minister will meet Deputy Prime Minister Jamshid Khodjaev "
            "next week.",
            id="en-will-meet",
        ),
    ],
)
def test_the_person_to_be_met_is_no_visitor(lang: str, text: str) -> None:
    got = [(v.visitor_country, v.host_country, v.visitor) for v in extract_visits(text, lang, PUB)]
    assert got == [("AFG", "UZB", None)]


# A ministry's page whose header names its country only by the ministry's own name
# (held-out set N): its official travels for that country.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "de",
            "Pressemitteilung\n\nBundesministerium des Innern\n\nDer Parlamentarische "
            "Staatssekretär wird am 20. Juni nach Doha reisen.",
            [("DEU", "QAT", "planned")],
            id="de-bmi",
        ),
        pytest.param(
            "fr",
            "Communiqué de presse\n\nMinistère de l'Europe et des Affaires étrangères\n\nLe "
            "ministre délégué se rendra à Doha le 20 juin.",
            [("FRA", "QAT", "planned")],
            id="fr-meae",
        ),
    ],
)
def test_a_ministry_named_without_its_country_gives_its_officials_country(
    lang: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = extract_visits(text, lang, RETURN_PUB)
    assert [(v.visitor_country, v.host_country, v.status) for v in found] == expected


# A country listed with the host as the visit verb's object is another destination, not
# the visitor (held-out set N); a list of subjects still names the visitor.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "de", "Staatssekretär Berg besucht Usbekistan und Tadschikistan", [], id="de-besucht"
        ),
        pytest.param(
            "de",
            "Der Staatssekretär wird im Oktober Usbekistan und Tadschikistan besuchen.",
            [],
            id="de-verb-final",
        ),
        pytest.param(
            "en", "A state secretary visits Uzbekistan and Tajikistan this week.", [], id="en"
        ),
        pytest.param(
            "fr",
            "Un secrétaire d'État visite l'Ouzbékistan et le Tadjikistan cette semaine.",
            [],
            id="fr",
        ),
        pytest.param(
            "en",
            "German Foreign Minister Anna Berg will visit Uzbekistan and Tajikistan next month.",
            # one trip to each listed country (see test_a_trip_to_listed_countries_...)
            [("DEU", "UZB"), ("DEU", "TJK")],
            id="en-named-visitor",
        ),
        pytest.param(
            "en",
            "Uzbekistan and Pakistan agreed to expand trade during a visit to Tashkent.",
            [("PAK", "UZB")],
            id="en-subjects",
        ),
    ],
)
def test_a_second_destination_is_not_the_visitor(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    found = extract_visits(text, lang, RETURN_PUB)
    assert [(v.visitor_country, v.host_country) for v in found] == expected


# "The parties agreed to hold the next meeting in Kabul": with the host's country one of
# the document's two sides, the other side travels; "the next round will be held in ..."
# names the same two sides.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "A Tajik delegation held talks in Termez in Uzbekistan on Monday. The parties "
            "agreed to hold the next meeting of the joint commission in Dushanbe in the "
            "second half of 2025.",
            ("UZB", "TJK", "Dushanbe", "planned", "2025-H2"),
            id="en-the-parties-next-meeting",
        ),
        pytest.param(
            "ru",
            "Делегация Туркменистана провела переговоры в Мазари-Шарифе с афганской стороной. "
            "Следующий раунд "
            "консультаций пройдет в Ашхабаде в сентябре.",
            ("AFG", "TKM", "Ashgabat", "planned", "2025-09"),
            id="ru-sleduyushchiy-raund",
        ),
        pytest.param(
            "de",
            "Eine kasachische Delegation war am Montag in Kabul bei der afghanischen "
            "Regierung. Die nächste Gesprächsrunde soll im Oktober in Astana stattfinden.",
            ("AFG", "KAZ", "Astana", "planned", "2025-10"),
            id="de-naechste-runde",
        ),
        pytest.param(
            "fr",
            "Une délégation ouzbèke s'est rendue lundi à Hérat, en Afghanistan. La prochaine "
            "réunion de la commission mixte aura lieu à Tachkent en novembre.",
            ("AFG", "UZB", "Tashkent", "planned", "2025-11"),
            id="fr-prochaine-reunion",
        ),
    ],
)
def test_the_next_meeting_at_one_sides_home_is_the_other_sides_visit(
    lang: str, text: str, expected: tuple[str, str, str, str, str]
) -> None:
    got = [
        (v.visitor_country, v.host_country, v.location, v.status, v.date.label())
        for v in extract_visits(text, lang, PUB)
        if v.status == "planned"
    ]
    assert got == [expected]


# An invitation accepted is a planned visit, though invitation words alone call none off.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "ru",
            "Глава МИД Узбекистана Бахтиёр Саидов принял приглашение посетить Кабул осенью.",
            id="ru-prinyal-priglashenie",
        ),
        pytest.param(
            "en",
            "Uzbek Foreign Minister Bakhtiyor Saidov accepted an invitation to visit Kabul in "
            "the autumn.",
            id="en-accepted-an-invitation",
        ),
        pytest.param(
            "de",
            "Der usbekische Außenminister Bachtijor Saidow nahm die Einladung zu einem Besuch "
            "in Kabul im Herbst an.",
            id="de-nahm-die-einladung-an",
        ),
        pytest.param(
            "fr",
            "Le ministre ouzbek des Affaires étrangères Bakhtiyor Saïdov a accepté "
            "l'invitation à se rendre à Kaboul à l'automne.",
            id="fr-a-accepte-l-invitation",
        ),
    ],
)
def test_an_accepted_invitation_is_a_planned_visit(lang: str, text: str) -> None:
    got = [
        (v.visitor_country, v.host_country, v.location, v.status, v.date.label())
        for v in extract_visits(text, lang, PUB)
    ]
    assert got == [("UZB", "AFG", "Kabul", "planned", "2025-H2")]


# A trip someone "could" make is speculation, and an invitation only extended is no visit.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "ru",
            "По словам источника, замглавы МИД России Андрей Руденко может посетить Кабул в "
            "ближайшие месяцы.",
            id="ru-mozhet-posetit",
        ),
        pytest.param(
            "en",
            "According to a source, Russian Deputy Foreign Minister Andrey Rudenko could visit "
            "Kabul in the coming months.",
            id="en-could-visit",
        ),
        pytest.param(
            "fr",
            "Selon une source, le vice-ministre russe Andreï Roudenko pourrait se rendre à "
            "Kaboul dans les prochains mois.",
            id="fr-pourrait-se-rendre",
        ),
        pytest.param(
            "de",
            "Der russische Vize-Außenminister Andrej Rudenko könnte nach Angaben eines "
            "Diplomaten bald nach Kabul reisen.",
            id="de-koennte-reisen",
        ),
        pytest.param(
            "ru",
            "Глава МИД Узбекистана Бахтиёр Саидов пригласил афганского коллегу посетить Ташкент.",
            id="ru-invited-only",
        ),
    ],
)
def test_a_trip_that_could_happen_or_is_only_offered_is_no_visit(lang: str, text: str) -> None:
    assert extract_visits(text, lang, PUB) == []


# A city in the closing attribution is where the source sits, not where the visit goes.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "de",
            "Im Juni wird der tadschikische Außenminister Sirojiddin Muhriddin in Kabul "
            "erwartet, wie das Außenministerium in Duschanbe bestätigte.",
            id="de-wie-bestaetigte",
        ),
        pytest.param(
            "de",
            "Der tadschikische Außenminister Sirojiddin Muhriddin reist im Juni nach Kabul, wie "
            "das Ministerium in Duschanbe mitteilte.",
            id="de-wie-mitteilte",
        ),
        pytest.param(
            "en",
            "Tajik Foreign Minister Sirojiddin Muhriddin is expected in Kabul in June, the "
            "ministry in Dushanbe confirmed.",
            id="en-confirmed",
        ),
    ],
)
def test_a_city_of_the_attribution_is_no_destination(lang: str, text: str) -> None:
    got = [(v.visitor_country, v.host_country, v.location) for v in extract_visits(text, lang, PUB)]
    assert got == [("TJK", "AFG", "Kabul")]


# An invitation is no visit, unless the next sentence says it was accepted.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Saidov invited the Afghan acting foreign minister, Amir Khan Muttaqi, to visit "
            "Tashkent in the autumn. Muttaqi accepted the invitation, his spokesman said.",
            id="en",
        ),
        pytest.param(
            "ru",
            "Саидов пригласил исполняющего обязанности главы МИД Афганистана Амир Хана Муттаки "
            "посетить Ташкент осенью. Муттаки принял приглашение.",
            id="ru",
        ),
        pytest.param(
            "fr",
            "Saïdov a invité le chef de la diplomatie afghane, Amir Khan Muttaqi, à se rendre à "
            "Tachkent à l'automne. Muttaqi a accepté l'invitation.",
            id="fr",
        ),
        pytest.param(
            "de",
            "Saidow lud den afghanischen Außenminister Amir Chan Muttaki zu einem Gegenbesuch "
            "im Herbst nach Taschkent ein. Muttaki habe die Einladung angenommen.",
            id="de",
        ),
    ],
)
def test_an_invitation_accepted_in_the_next_sentence_is_a_planned_visit(
    lang: str, text: str
) -> None:
    got = [
        (v.visitor_country, v.host_country, v.location, v.status, v.date.label())
        for v in extract_visits(text, lang, PUB)
    ]
    assert got == [("AFG", "UZB", "Tashkent", "planned", "2025-H2")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Saidov invited the Afghan acting foreign minister, Amir Khan Muttaqi, to visit "
            "Tashkent in the autumn. No date was given.",
            id="en",
        ),
        pytest.param(
            "de",
            "Saidow lud den afghanischen Außenminister Amir Chan Muttaki zu einem Gegenbesuch "
            "im Herbst nach Taschkent ein. Eine Antwort steht noch aus.",
            id="de",
        ),
    ],
)
def test_an_invitation_not_accepted_is_no_visit(lang: str, text: str) -> None:
    assert extract_visits(text, lang, PUB) == []


def test_a_could_about_something_else_calls_no_visit_off() -> None:
    text = (
        "Der usbekische Außenminister reist am Montag nach Kabul, wo ein Abkommen unterzeichnet "
        "werden könnte."
    )
    assert [(v.host_country, v.status) for v in extract_visits(text, "de", PUB)] == [
        ("AFG", "planned")
    ]


# The city of a closing English attribution (", officials in Ashgabat said") is where the
# source sits, not where the visit goes: the country after "to" is the host.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Turkmen Foreign Minister Rashid Meredov will travel to India in June, officials "
            "in Ashgabat said.",
            ("TKM", "IND", None, "Rashid Meredov"),
            id="city-only-in-attribution",
        ),
        pytest.param(
            "Turkmen Foreign Minister Rashid Meredov will travel to Delhi in June, officials "
            "in Ashgabat said.",
            ("TKM", "IND", "New Delhi", "Rashid Meredov"),
            id="city-before-attribution",
        ),
    ],
)
def test_a_city_of_an_english_attribution_is_no_destination(
    text: str, expected: tuple[str, str, str | None, str]
) -> None:
    visits = extract_visits(text, "en", PUB)
    assert [(v.visitor_country, v.host_country, v.location, v.visitor) for v in visits] == [
        expected
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ru",
            (
                "В среду в Хайратоне губернатор провинции Балх Юсуф Вафа принял делегацию Сурхандарьинской "
                "области Узбекистана во главе с хокимом области Улугбеком Касымовым."
            ),
            ("UZB", "AFG", "Hairatan"),
        ),
        (
            "en",
            "On Wednesday Balkh governor Yusuf Wafa received the Uzbek Surkhandarya delegation in Hairatan.",
            ("UZB", "AFG", "Hairatan"),
        ),
        (
            "de",
            (
                "Am Mittwoch empfing der Gouverneur von Balch, Yusuf Wafa, in Hairatan die usbekische Delegation "
                "Surchandarja unter Leitung des Hokims."
            ),
            ("UZB", "AFG", "Hairatan"),
        ),
        (
            "fr",
            (
                "Mercredi, le gouverneur de Balkh, Yusuf Wafa, a reçu à Hairatan la délégation ouzbèke, "
                "délégation Sourkhandarya conduite par le hokim."
            ),
            ("UZB", "AFG", "Hairatan"),
        ),
    ],
)
def test_a_place_beside_a_delegation_word_is_where_it_comes_from(
    lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    """ "делегацию Сурхандарьинской области": the region sends the delegation, the city
    with a destination word hosts it."""
    visits = extract_visits(text, lang, date(2026, 3, 26))
    assert [(v.visitor_country, v.host_country, v.location) for v in visits] == [expected]


# A city right after an origin word ("from", "aus", "из", "en provenance de") is where the
# travellers come from; the other city named is the destination. A return ("returned from
# Kabul") still ends a trip there.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "A delegation from Uzbekistan's Surkhandarya region travelled to Mazar-i-Sharif on "
            "Monday.",
            ("UZB", "AFG", "Mazar-i-Sharif"),
            id="en-from-region",
        ),
        pytest.param(
            "en",
            "An Afghan delegation from Herat arrived in Tashkent on Monday.",
            ("AFG", "UZB", "Tashkent"),
            id="en-from-city",
        ),
        pytest.param(
            "de",
            "Eine afghanische Delegation aus Herat traf am Montag in Taschkent ein.",
            ("AFG", "UZB", "Tashkent"),
            id="de-aus",
        ),
        pytest.param(
            "ru",
            "Афганская делегация из Герата в понедельник прибыла в Ташкент.",
            ("AFG", "UZB", "Tashkent"),
            id="ru-iz",
        ),
        pytest.param(
            "en",
            "Uzbek Foreign Minister Bakhtiyor Saidov returned from Kabul on Monday.",
            ("UZB", "AFG", "Kabul"),
            id="en-returned-from",
        ),
    ],
)
def test_the_city_travellers_come_from_is_no_destination(
    lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country, v.location) for v in visits] == [expected]


# A reception told by its verb with the official received ("принял в Кабуле министра ...",
# "received ... in Kabul", "empfing", "a reçu"): the one received visits the host.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "ru",
            "Премьер-министр Афганистана в понедельник принял в Кабуле министра иностранных дел"
            " Киргизии Жээнбека Кулубаева.",
            id="ru-prinyal-ministra",
        ),
        pytest.param(
            "en",
            "Afghanistan's prime minister received Kyrgyz Foreign Minister Jeenbek Kulubaev in "
            "Kabul on Monday.",
            id="en-received",
        ),
        pytest.param(
            "de",
            "Der afghanische Regierungschef hat am Montag in Kabul den kirgisischen "
            "Außenminister Dscheenbek Kulubajew empfangen.",
            id="de-empfangen",
        ),
        pytest.param(
            "fr",
            "Le Premier ministre afghan a reçu lundi à Kaboul le ministre kirghiz des Affaires "
            "étrangères Jeenbek Kouloubaïev.",
            id="fr-a-recu",
        ),
    ],
)
def test_a_reception_of_a_named_official_is_his_visit(lang: str, text: str) -> None:
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country, v.location, v.status) for v in visits] == [
        ("KGZ", "AFG", "Kabul", "held")
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Министр Узбекистана принял участие в обсуждении.", id="took-part"),
        pytest.param(
            "Правительство Узбекистана приняло решение о строительстве дороги.", id="decided"
        ),
        pytest.param("Министр Узбекистана принял меры по ускорению работ.", id="measures"),
    ],
)
def test_prinyal_without_an_official_received_is_no_reception(text: str) -> None:
    assert extract_visits(text, "ru", PUB) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "de",
            "Eine kirgisische Delegation unter Leitung von Vizeaußenminister Almaz Imangazijew "
            "ist am Montag in Kabul eingetroffen.",
            id="de-unter-leitung-von-role",
        ),
        pytest.param(
            "en",
            "A Kyrgyz delegation led by Deputy Foreign Minister Almaz Imangaziev arrived in Kabul "
            "on Monday.",
            id="en-led-by-role",
        ),
    ],
)
def test_the_head_after_led_by_and_a_role_is_named_without_the_role(lang: str, text: str) -> None:
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.visitor) for v in visits] == [
        ("KGZ", "Almaz Imangazijew" if lang == "de" else "Almaz Imangaziev")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "A grain fair opens in Tashkent next week. A Kyrgyz delegation is expected there.",
            id="en-expected-there",
        ),
        pytest.param(
            "en",
            "A grain fair opens in Tashkent next week. A Kyrgyz delegation will travel there, "
            "officials in Bishkek confirmed.",
            id="en-travel-there-confirmed-attribution",
        ),
        pytest.param(
            "fr",
            "Une foire commerciale s'ouvre à Tachkent la semaine prochaine. Une délégation "
            "kirghize doit s'y rendre, ont indiqué des responsables à Bichkek.",
            id="fr-s-y-rendre-ont-indique",
        ),
    ],
)
def test_there_inside_a_sentence_is_the_city_before_not_the_attributions(
    lang: str, text: str
) -> None:
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country, v.location, v.status) for v in visits] == [
        ("KGZ", "UZB", "Tashkent", "planned")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "The two neighbours have held several rounds of trilateral talks with Pakistan"
            " since 2021.",
            id="en-rounds-since",
        ),
        pytest.param(
            "de",
            "Kasachstan und Afghanistan haben seit 2022 mehrere Verhandlungsrunden in Kabul"
            " abgehalten.",
            id="de-seit-runden",
        ),
        pytest.param(
            "fr",
            "Le ministre kazakh a mené à Kaboul plusieurs séries de pourparlers depuis 2022.",
            id="fr-series-depuis",
        ),
    ],
)
def test_rounds_of_talks_since_a_year_are_history_not_a_visit(lang: str, text: str) -> None:
    """ "several rounds of talks since 2021" tells a history of meetings, no one visit."""
    assert extract_visits(text, lang, PUB) == []


def test_rounds_of_talks_on_a_day_are_still_a_visit() -> None:
    text = (
        "Uzbek Foreign Minister Bakhtiyor Saidov held several rounds of talks in Kabul on Monday."
    )
    assert [(v.visitor_country, v.host_country) for v in extract_visits(text, "en", PUB)] == [
        ("UZB", "AFG")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "hosts"),
    [
        pytest.param(
            "en",
            "Chinese Foreign Minister Li Wen will visit Pakistan and Afghanistan next week.",
            ["PAK", "AFG"],
            id="en-visit-a-and-b",
        ),
        pytest.param(
            "en",
            "US Special Envoy Mark Dalton will travel to Qatar, Pakistan and Turkey in May.",
            ["QAT", "PAK", "TUR"],
            id="en-travel-to-a-b-and-c",
        ),
        pytest.param(
            "de",
            "Der deutsche Innenminister Karl Brenner reist am Montag nach Pakistan und Usbekistan.",
            ["PAK", "UZB"],
            id="de-nach-a-und-b",
        ),
        pytest.param(
            "de",
            "Die deutsche Außenministerin wird im Mai Usbekistan und Tadschikistan besuchen.",
            ["TJK", "UZB"],
            id="de-verb-last",
        ),
        pytest.param(
            "ru",
            "Замминистра иностранных дел России Олег Петров посетит Пакистан и Афганистан в мае.",
            ["PAK", "AFG"],
            id="ru-a-i-b",
        ),
        pytest.param(
            "fr",
            "Le ministre français des Affaires étrangères se rendra au Pakistan et en Afghanistan"
            " en mai.",
            ["PAK", "AFG"],
            id="fr-au-a-et-en-b",
        ),
    ],
)
def test_a_trip_to_listed_countries_is_one_visit_to_each(
    lang: str, text: str, hosts: list[str]
) -> None:
    """ "will visit Pakistan and Afghanistan": two destinations, the same traveller."""
    visits = extract_visits(text, lang, PUB)
    assert sorted(v.host_country for v in visits) == sorted(hosts)
    assert len({(v.visitor_country, v.visitor, v.status) for v in visits}) == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "The British envoy travelled to Afghanistan and Pakistan's foreign minister said he"
            " welcomed the talks.",
            id="en-possessive",
        ),
        pytest.param(
            "en",
            "The Uzbek delegation travelled to Afghanistan and Pakistani officials joined later.",
            id="en-demonym",
        ),
    ],
)
def test_a_country_after_the_destination_that_is_no_place_is_no_further_destination(
    lang: str, text: str
) -> None:
    """A possessive or a demonym after "and" starts another clause, not another trip."""
    visits = extract_visits(text, lang, PUB)
    assert "AFG" in [v.host_country for v in visits]
    assert "PAK" not in [v.host_country for v in visits]


@pytest.mark.parametrize(
    ("lang", "text", "host"),
    [
        pytest.param(
            "de",
            "Der deutsche Innenminister Karl Brenner reist in der kommenden Woche nach Pakistan.",
            "PAK",
            id="de-in-der-kommenden-woche-nach",
        ),
        pytest.param(
            "fr",
            "Le ministre français de l'Intérieur se rendra la semaine prochaine au Pakistan.",
            "PAK",
            id="fr-la-semaine-prochaine-au",
        ),
        pytest.param(
            "en",
            "Kazakh Trade Minister Aidar Sultanov will travel next month to Afghanistan.",
            "AFG",
            id="en-next-month-to",
        ),
    ],
)
def test_a_date_between_the_travel_word_and_the_destination_word_keeps_the_destination(
    lang: str, text: str, host: str
) -> None:
    """ "reist in der kommenden Woche nach Pakistan": the date is no part of the gap."""
    visits = extract_visits(text, lang, PUB)
    assert [(v.host_country, v.status) for v in visits] == [(host, "planned")]


@pytest.mark.parametrize(
    ("lang", "text", "host", "location"),
    [
        pytest.param(
            "en",
            "A Tajik delegation headed by Deputy Foreign Minister Farid Saidov left Dushanbe for"
            " Kabul on Monday.",
            "AFG",
            "Kabul",
            id="en-left-city-for-city",
        ),
        pytest.param(
            "en",
            "Kazakh Trade Minister Aidar Sultanov departed for Tashkent on Monday.",
            "UZB",
            "Tashkent",
            id="en-departed-for",
        ),
        pytest.param(
            "en",
            "Kazakh Trade Minister Aidar Sultanov left for Uzbekistan on Monday.",
            "UZB",
            None,
            id="en-left-for-country",
        ),
        pytest.param(
            "de",
            "Der kasachische Handelsminister Aidar Sultanow ist am Montag nach Taschkent"
            " aufgebrochen.",
            "UZB",
            "Tashkent",
            id="de-aufgebrochen",
        ),
        pytest.param(
            "fr",
            "Le ministre kazakh du Commerce, Aïdar Soultanov, s'est envolé lundi pour Tachkent.",
            "UZB",
            "Tashkent",
            id="fr-s-est-envole-pour",
        ),
        pytest.param(
            "fr",
            "Le ministre kazakh du Commerce a quitté Astana pour Tachkent lundi.",
            "UZB",
            "Tashkent",
            id="fr-a-quitte-pour",
        ),
    ],
)
def test_a_departure_names_the_destination(
    lang: str, text: str, host: str, location: str | None
) -> None:
    """ "left Dushanbe for Kabul", "ist nach Taschkent aufgebrochen", "s'est envolé pour
    Tachkent": the place of departure is no destination, the one after "for" is."""
    visits = extract_visits(text, lang, PUB)
    assert [(v.host_country, v.location, v.status) for v in visits] == [(host, location, "held")]


def test_leaving_a_meeting_for_something_else_is_no_visit() -> None:
    text = "The Kazakh minister left the meeting for a press conference in the afternoon."
    assert extract_visits(text, "en", PUB) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Der kasachische Handelsminister Aidar Sultanow war am Montag zu Gast in Kabul.",
            [("KAZ", "AFG", "Kabul", "held")],
            id="zu-gast-in",
        ),
        pytest.param(
            "Der kasachische Handelsminister kam am Montag in Kabul mit seinem afghanischen"
            " Amtskollegen zusammen.",
            [("KAZ", "AFG", "Kabul", "held")],
            id="kam-zusammen",
        ),
        pytest.param(
            "Der kasachische Handelsminister war am Sonntag zu Gast in einer Talkshow.",
            [],
            id="zu-gast-no-place",
        ),
    ],
)
def test_german_guest_and_coming_together_are_visits(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    """ "war zu Gast in Kabul", "kam in Kabul mit ... zusammen": a meeting in a place."""
    visits = extract_visits(text, "de", PUB)
    assert [(v.visitor_country, v.host_country, v.location, v.status) for v in visits] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Kazakh Trade Minister Aidar Sultanov arrived in Kabul on Monday. The minister will"
            " travel on to Herat on Thursday.",
            id="en-the-minister",
        ),
        pytest.param(
            "de",
            "Der kasachische Handelsminister Aidar Sultanow traf am Montag in Kabul ein. Der"
            " Minister reist am Donnerstag nach Herat weiter.",
            id="de-der-minister",
        ),
        pytest.param(
            "ru",
            "Министр торговли Казахстана Айдар Султанов в понедельник прибыл в Кабул. Министр"
            " также посетит Герат в четверг.",
            id="ru-ministr",
        ),
    ],
)
def test_the_minister_of_a_later_visit_is_the_one_named_before(lang: str, text: str) -> None:
    """ "X arrived in Kabul. The minister will travel on to Herat": both trips are X's."""
    visits = extract_visits(text, lang, PUB)
    assert len(visits) == 2
    assert visits[0].visitor is not None
    assert {(v.visitor_country, v.visitor) for v in visits} == {("KAZ", visits[0].visitor)}


def test_a_later_visit_of_another_side_keeps_its_own_visitor() -> None:
    text = (
        "Kazakh Trade Minister Aidar Sultanov arrived in Kabul on Monday. The Uzbek minister"
        " will travel to Herat on Thursday."
    )
    by_side = {v.visitor_country: v.visitor for v in extract_visits(text, "en", PUB)}
    assert by_side.get("UZB") is None


# German "zusammengetroffen" (met) is a meeting as "zusammengekommen" is (held-out set T).
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Nepals Handelsminister Ram Prasad ist am Freitag in Wien mit Staatssekretärin Eva "
            "Huber zusammengetroffen.",
            id="de-ist-zusammengetroffen",
        ),
        pytest.param(
            "Am Freitag ist Nepals Handelsminister Ram Prasad in Wien mit Vertretern der "
            "Wirtschaftskammer zusammengetroffen.",
            id="de-date-first",
        ),
    ],
)
def test_zusammengetroffen_is_a_meeting(text: str) -> None:
    got = [
        (v.visitor_country, v.host_country, v.location, v.date.label(), v.status)
        for v in extract_visits(text, "de", PUB)
    ]
    assert got == [("NPL", "AUT", "Vienna", "2025-04-18", "held")]


# Goods shipped along a route are no trip of officials ("exporters ship their goods to
# Tashkent ..., a trip of ten days"), and "on the sidelines of the visit" points back to a
# visit told before, naming no new one; "the visit by X to Y" still is one (held-out set T).
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Nepali traders ship their carpets and other goods to Lhasa by truck, a trip of "
            "nine days.",
            id="en-ship-goods",
        ),
        pytest.param(
            "fr",
            "Les exportateurs népalais expédient leurs marchandises vers Lhassa par camion, un "
            "voyage de neuf jours.",
            id="fr-expedient-marchandises",
        ),
        pytest.param(
            "ru",
            "Непальские торговцы отправляют грузы в Лхасу грузовиками, поездка длится девять дней.",
            id="ru-otpravlyayut-gruzy",
        ),
        pytest.param(
            "en",
            "A bank will open a branch in Kathmandu next year under a deal signed on the "
            "sidelines of the visit.",
            id="en-sidelines-of-the-visit",
        ),
        pytest.param(
            "fr",
            "Une banque ouvrira une agence à Katmandou l'an prochain, selon un accord signé en "
            "marge de la visite.",
            id="fr-en-marge-de-la-visite",
        ),
    ],
)
def test_goods_on_a_route_and_a_visit_told_before_are_no_visit(lang: str, text: str) -> None:
    assert extract_visits(text, lang, PUB) == []


def test_the_sidelines_of_a_named_visit_still_tell_it() -> None:
    text = (
        "On the sidelines of the visit by Uzbekistan's foreign minister to Kabul on Friday, "
        "the two sides signed a deal."
    )
    got = [(v.visitor_country, v.host_country) for v in extract_visits(text, "en", PUB)]
    assert got == [("UZB", "AFG")]


# A count of exhibitors at a fair ("120 Aussteller aus Deutschland", "80 exhibitors from
# Turkey") tells of companies, not of officials travelling (held-out set T).
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "de",
            "Auf der Messe in Almaty stellten in dieser Woche 85 Aussteller aus Österreich aus.",
            id="de-aussteller",
        ),
        pytest.param(
            "en",
            "Some 85 exhibitors from Austria took part in the fair in Almaty this week.",
            id="en-exhibitors",
        ),
        pytest.param(
            "fr",
            "Quelque 85 exposants autrichiens ont participé cette semaine au salon d'Almaty.",
            id="fr-exposants",
        ),
        pytest.param(
            "ru",
            "На выставке в Алматы на этой неделе представлены 85 экспонентов из Австрии.",
            id="ru-ekspontenty",
        ),
    ],
)
def test_exhibitors_at_a_fair_are_no_visit(lang: str, text: str) -> None:
    assert extract_visits(text, lang, PUB) == []


# A company's or a project's delegation is no trip of officials ("the delegation of the
# hydrogen project", "délégation du groupe"); a country's delegation still is one
# (held-out set T).
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "de",
            "Die Delegation des Solarprojekts aus Österreich besichtigte am Montag Baustellen in "
            "Taschkent.",
            id="de-delegation-des-projekts",
        ),
        pytest.param(
            "en",
            "A delegation of the Austrian firm Voestalpine visited Tashkent on Monday.",
            id="en-delegation-of-the-firm",
        ),
        pytest.param(
            "fr",
            "Une délégation de l'entreprise autrichienne Voestalpine s'est rendue lundi à Tachkent.",
            id="fr-delegation-de-l-entreprise",
        ),
        pytest.param(
            "ru",
            "Делегация австрийской компании Voestalpine посетила Ташкент в понедельник.",
            id="ru-delegatsiya-kompanii",
        ),
    ],
)
def test_a_company_delegation_is_no_visit(lang: str, text: str) -> None:
    assert extract_visits(text, lang, PUB) == []


def test_a_country_delegation_is_still_a_visit() -> None:
    text = "An Austrian government delegation visited Tashkent on Monday."
    got = [(v.visitor_country, v.host_country) for v in extract_visits(text, "en", PUB)]
    assert got == [("AUT", "UZB")]


# Machine-translated releases (held-out set U) calque the Russian "провели переговоры":
# talks "were conducted" by a minister with his long official title, "in the city of"
# the capital; the meeting is the one the Russian original tells.
PUB_U = date(2026, 11, 6)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "On 4 November in the city of Dushanbe negotiations were conducted by the Minister "
            "of Foreign Affairs of the Kyrgyz Republic Jeenbek Kulubaev with the Minister of "
            "Foreign Affairs of the Republic of Tajikistan Sirojiddin Muhriddin.",
            id="en-negotiations-were-conducted",
        ),
        pytest.param(
            "de",
            "Am 4. November in der Stadt Duschanbe wurden Verhandlungen durchgeführt von dem "
            "Minister der Auswärtigen Angelegenheiten der Kirgisischen Republik Dscheenbek "
            "Kulubajew mit dem Minister der Auswärtigen Angelegenheiten der Republik "
            "Tadschikistan Sirodschiddin Muhriddin.",
            id="de-verhandlungen-durchgefuehrt",
        ),
        pytest.param(
            "fr",
            "Le 4 novembre dans la ville de Douchanbé des négociations ont été menées par le "
            "ministre des Affaires étrangères de la République kirghize Jeenbek Koulloubaev avec "
            "le ministre des Affaires étrangères de la République du Tadjikistan Sirodjiddine "
            "Moukhriddine.",
            id="fr-negociations-menees",
        ),
        pytest.param(
            "ru",
            "4 ноября в городе Душанбе состоялись переговоры министра иностранных дел "
            "Кыргызской Республики Жээнбека Кулубаева с министром иностранных дел Республики "
            "Таджикистан Сироджиддином Мухриддином.",
            id="ru-sostoyalis-peregovory",
        ),
    ],
)
def test_talks_conducted_in_a_translated_release_are_a_visit(lang: str, text: str) -> None:
    got = [
        (v.visitor_country, v.host_country, v.location, str(v.date), v.status)
        for v in extract_visits(text, lang, PUB_U)
    ]
    assert got == [("KGZ", "TJK", "Dushanbe", "2026-11-04", "held")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Negotiations on the free trade agreement have been conducted by experts since 2024.",
            id="en",
        ),
        pytest.param(
            "de",
            "Die Verhandlungen über das Freihandelsabkommen werden seit 2024 von Experten geführt.",
            id="de",
        ),
        pytest.param(
            "fr",
            "Les négociations sur l'accord de libre-échange sont menées depuis 2024 par des experts.",
            id="fr",
        ),
    ],
)
def test_negotiations_with_no_official_and_no_place_are_no_visit(lang: str, text: str) -> None:
    assert extract_visits(text, lang, PUB_U) == []


# "dans la ville d'Islamabad": the city's noun takes the elided "de"; the "dans" before
# it makes the city the destination. "le maire de la ville d'Islamabad" names no place
# of a meeting.
def test_a_city_after_la_ville_d_is_the_destination() -> None:
    text = (
        "Le 4 novembre, le ministre ouzbek des Affaires étrangères Bakhtiyor Saïdov a "
        "rencontré dans la ville d'Islamabad son homologue pakistanais Ishaq Dar."
    )
    got = [
        (v.visitor_country, v.host_country, v.location) for v in extract_visits(text, "fr", PUB_U)
    ]
    assert got == [("UZB", "PAK", "Islamabad")]


# The federal economy and finance ministries are Germany's ("Staatssekretär im
# Bundeswirtschaftsministerium"): an official of theirs travels for Germany.
@pytest.mark.parametrize(
    "office",
    ["im Bundeswirtschaftsministerium", "im Bundesfinanzministerium"],
)
def test_a_german_federal_ministry_names_the_visitor_country(office: str) -> None:
    text = (
        f"Der Parlamentarische Staatssekretär {office}, Jan Ebert, ist am Dienstag zu "
        "Gesprächen nach Taschkent gereist."
    )
    got = [
        (v.visitor_country, v.host_country, v.location) for v in extract_visits(text, "de", PUB_U)
    ]
    assert got == [("DEU", "UZB", "Tashkent")]


# A live blog opens a visit with the plane's landing (held-out set U): "X's plane has
# landed at Kabul airport", "ist in Kabul gelandet", "приземлился в аэропорту Кабула",
# "a atterri à Kaboul". A plane of aid lands with no official on board.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "09:15 - Uzbek Foreign Minister Bakhtiyor Saidov's plane has landed at Kabul airport.",
            id="en-landed",
        ),
        pytest.param(
            "de",
            "09:15 Uhr: Der usbekische Außenminister Bachtijor Saidow ist in Kabul gelandet.",
            id="de-gelandet",
        ),
        pytest.param(
            "ru",
            "09:15 Самолет главы МИД Узбекистана Бахтиёра Саидова приземлился в аэропорту Кабула.",
            id="ru-prizemlilsya",
        ),
        pytest.param(
            "fr",
            "09h15 - L'avion du ministre ouzbek des Affaires étrangères Bakhtiyor Saïdov a "
            "atterri à Kaboul.",
            id="fr-atterri",
        ),
    ],
)
def test_a_minister_s_plane_landing_is_a_visit(lang: str, text: str) -> None:
    got = [
        (v.visitor_country, v.host_country, v.location, v.status)
        for v in extract_visits(text, lang, PUB_U)
    ]
    assert got == [("UZB", "AFG", "Kabul", "held")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "A German plane carrying aid landed in Kabul on Monday.", id="en"),
        pytest.param(
            "de", "Ein Flugzeug mit deutschen Hilfsgütern ist am Montag in Kabul gelandet.", id="de"
        ),
        pytest.param(
            "ru", "Самолет МЧС России с гуманитарной помощью приземлился в Кабуле.", id="ru"
        ),
        pytest.param(
            "fr", "Un avion français chargé d'aide humanitaire a atterri lundi à Kaboul.", id="fr"
        ),
    ],
)
def test_a_plane_of_aid_landing_is_no_visit(lang: str, text: str) -> None:
    assert extract_visits(text, lang, PUB_U) == []


# Long official titles name the visitor's office, and the words inside them are no name
# ("Minister for Europe and Foreign Affairs Jean-Noël Barrot" was read as "Europe"; held-out
# set U): France's foreign minister and Kyrgyzstan's Minister of Economy and Commerce (in
# French, "le ministre de l'Économie et du Commerce X" still gives no name: a known gap).
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "French Minister for Europe and Foreign Affairs Jean-Noël Barrot will travel to "
            "Samarkand in February.",
            ("FRA", "UZB", "Jean-Noël Barrot", "Foreign Minister"),
            id="en-europe-foreign-affairs",
        ),
        pytest.param(
            "de",
            "PARIS, 24. November 2026 - Der französische Minister für Europa und auswärtige "
            "Angelegenheiten Jean-Noël Barrot "
            "reist im Februar nach Samarkand.",
            ("FRA", "UZB", "Jean-Noël Barrot", "Foreign Minister"),
            id="de-europa-auswaertiges",
        ),
        pytest.param(
            "ru",
            "Министр иностранных дел Франции Жан-Ноэль Барро в феврале посетит Самарканд.",
            ("FRA", "UZB", "Zhan-Noel Barro", "Foreign Minister"),
            id="ru-mid-francii",
        ),
        pytest.param(
            "fr",
            "PARIS, 24 novembre 2026 - Le ministre de l'Europe et des Affaires étrangères "
            "Jean-Noël Barrot se rendra à "
            "Samarcande en février.",
            ("FRA", "UZB", "Jean-Noël Barrot", "Foreign Minister"),
            id="fr-europe-affaires-etrangeres",
        ),
        pytest.param(
            "en",
            "A Kyrgyz delegation led by Minister of Economy and Commerce Daniyar Amangeldiev "
            "arrived in Kabul on Tuesday.",
            ("KGZ", "AFG", "Daniyar Amangeldiev", "Minister of Economy"),
            id="en-economy-commerce",
        ),
        pytest.param(
            "de",
            "Am Dienstag traf eine kirgisische Delegation unter Leitung des Ministers für "
            "Wirtschaft und Kommerz Danijar Amangeldijew in Kabul ein.",
            ("KGZ", "AFG", "Danijar Amangeldijew", "Minister of Economy"),
            id="de-wirtschaft-kommerz",
        ),
        pytest.param(
            "ru",
            "Во вторник делегация Кыргызстана во главе с министром экономики и коммерции "
            "Данияром Амангельдиевым прибыла в Кабул.",
            ("KGZ", "AFG", "Daniyar Amangeldiev", "Minister of Economy"),
            id="ru-ekonomiki-kommertsii",
        ),
    ],
)
def test_a_long_official_title_names_the_office_not_the_visitor(
    lang: str, text: str, expected: tuple[str, str, str, str]
) -> None:
    got = [
        (v.visitor_country, v.host_country, v.visitor, v.visitor_role)
        for v in extract_visits(text, lang, PUB_U)
    ]
    assert got == [expected]


# Reported speech puts a planned trip in the future of the past: "announced he would
# travel", "kündigte an, ... zu reisen", "сообщил, что посетит", and in French the
# conditional "a annoncé qu'il se rendrait à Kaboul" (held-out set U); outside reported
# speech the French conditional is a hypothesis ("se rendrait peut-être un jour").
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Kazakh Deputy Foreign Minister Alibek Bakayev announced he would travel to Kabul in "
            "December to discuss the railway.",
            id="en-would-travel",
        ),
        pytest.param(
            "de",
            "Der kasachische Vizeaußenminister Alibek Bakajew kündigte an, im Dezember nach "
            "Kabul zu reisen, um über die Eisenbahn zu sprechen.",
            id="de-kuendigte-an-zu-reisen",
        ),
        pytest.param(
            "ru",
            "Заместитель министра иностранных дел Казахстана Алибек Бакаев сообщил, что в "
            "декабре посетит Кабул, чтобы обсудить железную дорогу.",
            id="ru-soobshchil-chto-posetit",
        ),
        pytest.param(
            "fr",
            "Le vice-ministre kazakh des Affaires étrangères Alibek Bakaïev a annoncé qu'il se "
            "rendrait à Kaboul en décembre pour discuter du chemin de fer.",
            id="fr-se-rendrait",
        ),
    ],
)
def test_a_trip_announced_in_reported_speech_is_planned(lang: str, text: str) -> None:
    got = [
        (v.visitor_country, v.host_country, v.location, str(v.date), v.status)
        for v in extract_visits(text, lang, PUB_U)
    ]
    assert got == [("KAZ", "AFG", "Kabul", "2026-12", "planned")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "fr",
            "Selon la presse, le ministre kazakh se rendrait peut-être un jour à Kaboul si la "
            "situation le permettait.",
            id="fr-hypothese",
        ),
        pytest.param(
            "de",
            "Der kasachische Minister könnte eines Tages nach Kabul reisen, wenn die Lage es "
            "erlaubt.",
            id="de-koennte",
        ),
    ],
)
def test_a_trip_put_as_a_hypothesis_is_no_visit(lang: str, text: str) -> None:
    assert extract_visits(text, lang, PUB_U) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Uzbek Deputy Foreign Minister Bekzod Tursunov has led his team since 2024. In "
            "March he was in Islamabad, where he met State Secretary Amna Baloch.",
            id="en-he",
        ),
        pytest.param(
            "de",
            "Der usbekische Vizeaußenminister Bekzod Tursunow leitet sein Team seit 2024. Im "
            "März war er in Islamabad, wo er Staatssekretärin Amna Baloch traf.",
            id="de-er",
        ),
        pytest.param(
            "fr",
            "Le vice-ministre ouzbek des Affaires étrangères Bekzod Toursounov dirige son équipe "
            "depuis 2024. En mars, il s'est rendu à Islamabad.",
            id="fr-il",
        ),
        pytest.param(
            "ru",
            "Заместитель министра иностранных дел Узбекистана Бекзод Турсунов руководит "
            "командой с 2024 года. В марте он побывал в Исламабаде.",
            id="ru-on",
        ),
    ],
)
def test_he_is_the_official_named_last_before(lang: str, text: str) -> None:
    """A profile's 'Last month he was in Islamabad, where he met Y': 'he' is the official
    named with a country a sentence or two before, not the counterpart met."""
    found = extract_visits(text, lang, RETURN_PUB)
    assert [(v.visitor_country, v.host_country, v.status) for v in found] == [
        ("UZB", "PAK", "held")
    ]
    assert found[0].visitor is not None and found[0].visitor.startswith("Bekzod")


def test_he_too_far_from_any_named_official_names_no_visitor() -> None:
    """'He' a long way (many sentences) after the last official named stands for no one
    the text can tell."""
    filler = " ".join(["The border market sells flour, fuel and cement every day."] * 12)
    text = (
        "Uzbek Deputy Foreign Minister Bekzod Tursunov has led his team since 2024. "
        f"{filler} In March he was in Islamabad."
    )
    found = extract_visits(text, "en", RETURN_PUB)
    assert [v.visitor for v in found if v.host_country == "PAK"] in ([], [None])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Uzbek Deputy Foreign Minister Bekzod Tursunov will be in Paris on 2 and 3 December.",
            id="en-will-be-in",
        ),
        pytest.param(
            "fr",
            "Le vice-ministre ouzbek des Affaires étrangères Bekzod Toursounov sera à Paris les "
            "2 et 3 décembre.",
            id="fr-sera-a",
        ),
        pytest.param(
            "de",
            "Der usbekische Vizeaußenminister Bekzod Tursunow wird am 2. und 3. Dezember in "
            "Paris sein.",
            id="de-wird-in-sein",
        ),
        pytest.param(
            "ru",
            "Заместитель министра иностранных дел Узбекистана Бекзод Турсунов будет в Париже "
            "2 и 3 декабря.",
            id="ru-budet-v",
        ),
    ],
)
def test_an_official_who_will_be_in_a_city_visits_it(lang: str, text: str) -> None:
    """'X will be in Paris on 2 and 3 December', 'sera à Paris', 'wird ... in Paris sein',
    'будет в Париже': a planned stay, as 'was in Kabul' is a held one."""
    found = extract_visits(text, lang, RETURN_PUB)
    assert [
        (v.visitor_country, v.host_country, v.location, v.status, v.date.label()) for v in found
    ] == [("UZB", "FRA", "Paris", "planned", "2025-12-02")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "The next trade fair will be in Paris in December.", id="en-a-fair"),
        pytest.param("fr", "Le prochain salon sera à Paris en décembre.", id="fr-un-salon"),
        pytest.param("de", "Die nächste Messe wird im Dezember in Paris sein.", id="de-eine-messe"),
        pytest.param("ru", "Следующая выставка будет в Париже в декабре.", id="ru-vystavka"),
        pytest.param(
            "en", "The minister will be in contact with Kabul in December.", id="en-in-contact"
        ),
    ],
)
def test_a_thing_that_will_be_in_a_city_is_no_visit(lang: str, text: str) -> None:
    """A fair that will be in Paris, a minister who will be in contact: no official's trip."""
    assert extract_visits(text, lang, RETURN_PUB) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "ru", "Очередной раунд консультаций по Афганистану пройдёт в Астане в марте.", id="ru"
        ),
        pytest.param(
            "ru",
            "Стороны договорились провести встречу по Афганистану в Ташкенте в мае.",
            id="ru-vstrecha-po",
        ),
        pytest.param(
            "en",
            "The next round of consultations on Afghanistan will be held in Astana in March.",
            id="en",
        ),
        pytest.param(
            "de",
            "Die nächste Runde der Konsultationen zu Afghanistan findet in Astana statt.",
            id="de",
        ),
        pytest.param(
            "fr",
            "Le prochain cycle de consultations sur l'Afghanistan aura lieu à Astana.",
            id="fr",
        ),
    ],
)
def test_the_country_talks_are_about_is_no_side(lang: str, text: str) -> None:
    """'консультации по Афганистану пройдут в Астане': the country the talks are about
    neither travels nor hosts; with no side named, no visit."""
    assert extract_visits(text, lang, RETURN_PUB) == []


def test_an_envoy_on_a_country_travels_for_his_own() -> None:
    """'Британский спецпредставитель по Афганистану ... прибыл в Исламабад': the envoy's
    country travels; the country of his brief is no side."""
    text = (
        "Британский спецпредставитель по Афганистану Том Миллер в понедельник прибыл в Исламабад."
    )
    found = extract_visits(text, "ru", RETURN_PUB)
    assert [(v.visitor_country, v.host_country) for v in found] == [("GBR", "PAK")]


def test_a_speaker_named_in_capitals_speaks_for_the_dateline_s_country() -> None:
    """'RAHIMI: Last week I was in Kabul' under an Islamabad dateline: a transcript's
    speaker named in capitals (a name the text gives no country) is the dateline's
    official; a 'Photo:' or 'Correction:' line is no speaker."""
    spoken = "ISLAMABAD, 5 March 2025\n\nRAHIMI: Last week I was in Kabul for talks."
    found = extract_visits(spoken, "en", RETURN_PUB)
    assert [(v.visitor_country, v.host_country) for v in found] == [("PAK", "AFG")]
    captioned = "ISLAMABAD, 5 March 2025\n\nCorrection: Last week I was in Kabul for talks."
    assert extract_visits(captioned, "en", RETURN_PUB) == []


@pytest.mark.parametrize(
    ("lang", "text", "host"),
    [
        pytest.param(
            "en",
            "Uzbek Deputy Foreign Minister Bekzod Tursunov will be in France on 2 and 3 December.",
            "FRA",
            id="en-will-be-in-a-country",
        ),
        pytest.param(
            "fr",
            "Le vice-ministre ouzbek des Affaires étrangères Bekzod Toursounov sera en France les "
            "2 et 3 décembre.",
            "FRA",
            id="fr-sera-en",
        ),
        pytest.param(
            "ru",
            "Заместитель министра иностранных дел Узбекистана Бекзод Турсунов будет в Пакистане "
            "2 и 3 декабря.",
            "PAK",
            id="ru-budet-v-strane",
        ),
    ],
)
def test_an_official_who_will_be_in_a_country_visits_it(lang: str, text: str, host: str) -> None:
    """'X will be in France on 2 and 3 December', 'je serai en France': the country named
    right after is the destination, as after 'will visit'."""
    found = extract_visits(text, lang, RETURN_PUB)
    assert [(v.visitor_country, v.host_country, v.status) for v in found] == [
        ("UZB", host, "planned")
    ]


def test_a_country_s_interest_is_no_destination() -> None:
    """'the key will be in Afghanistan's interest': a possessive is no place to be in."""
    text = "The Uzbek deputy minister said the key will be in Afghanistan's interest."
    assert extract_visits(text, "en", RETURN_PUB) == []


@pytest.mark.parametrize(
    ("lang", "text", "visitor_country"),
    [
        pytest.param(
            "en",
            "Ministry of Foreign Affairs of Pakistan\n\nThe Foreign Minister will visit Tashkent "
            "to meet the President of Uzbekistan and Uzbek ministers; Uzbekistan is a key "
            "partner.\n\nEarlier this week, a delegation of the Ministry of Commerce held talks "
            "in Kabul with Afghan officials.",
            "PAK",
            id="en",
        ),
        pytest.param(
            "ru",
            "Пресс-релиз МИД Казахстана\n\nМинистр посетит Ташкент, где встретится с президентом "
            "Узбекистана; Узбекистан и Узбекистан остаются партнёрами.\n\nНа этой неделе "
            "делегация министерства торговли провела переговоры в Кабуле с афганскими "
            "официальными лицами.",
            "KAZ",
            id="ru",
        ),
    ],
)
def test_an_unnamed_delegation_on_a_ministry_s_page_is_the_publisher_s(
    lang: str, text: str, visitor_country: str
) -> None:
    """'a delegation of the Ministry of Commerce held talks in Kabul' on a ministry's page:
    the publisher's delegation, not that of the country the page names most."""
    found = extract_visits(text, lang, RETURN_PUB)
    assert (visitor_country, "AFG") in [(v.visitor_country, v.host_country) for v in found]
    assert not any(v.host_country == "AFG" and v.visitor_country == "UZB" for v in found)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "Pakistan's Interior Minister Mohsin Naqvi will travel to Tashkent and Dushanbe in "
            "December.",
            [("PAK", "UZB", "Tashkent"), ("PAK", "TJK", "Dushanbe")],
            id="en-travel-to",
        ),
        pytest.param(
            "de",
            "Der pakistanische Innenminister Mohsin Naqvi reist im Dezember nach Taschkent und "
            "Duschanbe.",
            [("PAK", "UZB", "Tashkent"), ("PAK", "TJK", "Dushanbe")],
            id="de-reist-nach",
        ),
        pytest.param(
            "ru",
            "Министр внутренних дел Пакистана Мохсин Накви в декабре отправится в Ташкент и "
            "Душанбе.",
            [("PAK", "UZB", "Tashkent"), ("PAK", "TJK", "Dushanbe")],
            id="ru-otpravitsya",
        ),
        pytest.param(
            "en",
            "Pakistan's Interior Minister Mohsin Naqvi held talks in Tashkent and Dushanbe with "
            "officials in December.",
            [("PAK", "UZB", "Tashkent")],
            id="en-talks-in-two-cities-no-travel-word",
        ),
    ],
)
def test_cities_listed_after_a_word_of_travel_are_legs_of_one_trip(
    lang: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "will travel to Tashkent and Dushanbe": one visit per host, as after "visit"; places
    listed after a weaker word ("talks in ... and ...") stay one place."""
    visits = extract_visits(text, lang, date(2025, 10, 16))
    assert [(v.visitor_country, v.host_country, v.location) for v in visits] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "A delegation from Uzbekistan led by Deputy Prime Minister Jamshid Khodjaev arrived "
            "in Mazar-i-Sharif on a working visit. Earlier, in February, Khodjaev visited Kabul.",
            [("Mazar-i-Sharif", "2025-04"), ("Kabul", "2025-02")],
            id="en-earlier-trip-to-another-city",
        ),
        pytest.param(
            "ru",
            "Делегация Узбекистана во главе с вице-премьером Джамшидом Ходжаевым прибыла в "
            "Мазари-Шариф с рабочим визитом. Ранее, в феврале, Ходжаев побывал в Кабуле.",
            [("Mazar-i-Sharif", "2025-04"), ("Kabul", "2025-02")],
            id="ru-earlier-trip-to-another-city",
        ),
        pytest.param(
            "en",
            "Uzbek Deputy Prime Minister Jamshid Khodjaev visits Mazar-i-Sharif\n"
            "Uzbek Deputy Prime Minister Jamshid Khodjaev arrived in Mazar-i-Sharif on Friday.",
            [("Mazar-i-Sharif", "2025-04-18")],
            id="en-headline-and-dated-body-one-visit",
        ),
    ],
)
def test_an_undated_visit_and_an_earlier_one_elsewhere_are_two_trips(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    """A visit reported without a date happens around publication: a trip to another city
    dated months before is another trip, not the same one told twice."""
    visits = extract_visits(text, lang, PUB)
    assert sorted((v.location, v.date.label()) for v in visits) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        pytest.param("Uzbek foreign minister to visit Kabul\n", "planned", id="headline-to-visit"),
        pytest.param(
            "Taliban delegation to attend Tashkent conference\n", "planned", id="headline-to-attend"
        ),
        pytest.param(
            "Uzbek foreign minister arrives in Kabul to attend conference\n",
            "held",
            id="headline-arrives-to-attend",
        ),
        pytest.param(
            "The Uzbek foreign minister came to Kabul to visit the new trade centre.",
            "held",
            id="sentence-purpose",
        ),
    ],
)
def test_a_headlines_infinitive_is_its_future(text: str, status: str) -> None:
    """ "Uzbek foreign minister to visit Kabul": headline English for "will visit"; in a
    sentence, "to visit" tells the purpose of a trip made."""
    assert [v.status for v in extract_visits(text, "en", PUB)] == [status]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "de",
            "Am Montag besuchte der afghanische Handelsminister Nooruddin Azizi Taschkent.",
            [("AFG", "UZB", "Tashkent", "held")],
            id="de-inverted-subject",
        ),
        pytest.param(
            "de",
            "Seit Montag besucht eine afghanische Delegation die usbekische Hauptstadt Taschkent.",
            [("AFG", "UZB", "Tashkent", "held")],
            id="de-inverted-subject-apposition",
        ),
        pytest.param(
            "de",
            "Eine afghanische Delegation besucht derzeit Berlin.",
            [("AFG", "DEU", "Berlin", "held")],
            id="de-adverb-between",
        ),
        pytest.param(
            "ru",
            "Министр иностранных дел Казахстана посетил также Ташкент.",
            [("KAZ", "UZB", "Tashkent", "held")],
            id="ru-adverb-between",
        ),
        pytest.param(
            "fr",
            "Le ministre kazakh des Affaires étrangères visitera également Tachkent.",
            [("KAZ", "UZB", "Tashkent", "planned")],
            id="fr-adverb-between",
        ),
        pytest.param(
            "de",
            "Am Montag besuchte der afghanische Minister eine Ausstellung, Berlin sei ein guter "
            "Ort dafür.",
            [],
            id="de-place-in-another-clause",
        ),
        pytest.param(
            "en",
            "At the invitation of the German government, an Afghan delegation is visiting Berlin.",
            [("AFG", "DEU", "Berlin", "held")],
            id="en-at-the-invitation-tells-no-tense",
        ),
        pytest.param(
            "de",
            "Auf Einladung der Bundesregierung besucht eine afghanische Delegation derzeit Berlin.",
            [("AFG", "DEU", "Berlin", "held")],
            id="de-auf-einladung-tells-no-tense",
        ),
        pytest.param(
            "en",
            "An Afghan delegation will visit Berlin at the invitation of the German government.",
            [("AFG", "DEU", "Berlin", "planned")],
            id="en-will-visit-at-the-invitation",
        ),
    ],
)
def test_a_visit_verbs_place_after_its_subject_or_an_adverb(
    lang: str, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    """German puts the subject between a fronted verb and its object ("Am Montag besuchte
    der Minister Taschkent"), and adverbs may stand between verb and place in every
    language; "at the invitation of" names the host and tells no tense."""
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country, v.location, v.status) for v in visits] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "de",
            "Die Außenminister Pakistans und Afghanistans trafen sich am Dienstag in Peking.",
            id="de-genitive-list",
        ),
        pytest.param(
            "ru",
            "Министры иностранных дел Пакистана и Афганистана встретились во вторник в Пекине.",
            id="ru-genitive-list",
        ),
        pytest.param(
            "en",
            "The foreign ministers of Pakistan and Afghanistan met in Beijing on Tuesday.",
            id="en-of-list",
        ),
        pytest.param(
            "fr",
            "Les ministres pakistanais et afghan des Affaires étrangères se sont retrouvés mardi "
            "à Pékin.",
            id="fr-adjective-list-se-sont-retrouves",
        ),
    ],
)
def test_an_unnamed_role_of_listed_countries_is_each_countrys(lang: str, text: str) -> None:
    """ "Die Außenminister Pakistans und Afghanistans trafen sich in Peking": both
    countries' ministers travelled there, not Pakistan's alone."""
    visits = extract_visits(text, lang, PUB)
    assert sorted((v.visitor_country, v.host_country) for v in visits) == [
        ("AFG", "CHN"),
        ("PAK", "CHN"),
    ]


def test_people_who_met_long_ago_or_got_stuck_made_no_visit() -> None:
    """The reciprocal verbs ("se sont retrouvés") need a destination and a visiting side."""
    assert (
        extract_visits(
            "Les deux hommes se sont rencontrés pour la première fois en 2019.", "fr", PUB
        )
        == []
    )
    assert (
        extract_visits(
            "Les migrants afghans se sont retrouvés bloqués à la frontière iranienne.", "fr", PUB
        )
        == []
    )


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "Muttaqi, the Taliban's foreign minister, who earlier in the week held a video call "
            "with Chinese officials, arrived in Islamabad on Monday.",
            [("AFG", "PAK")],
            id="en-video-call-in-a-relative-clause",
        ),
        pytest.param(
            "en",
            "Afghanistan's Foreign Minister Amir Khan Muttaqi arrived in Islamabad on Monday; he "
            "had spoken by phone with Pakistani officials the week before.",
            [("AFG", "PAK")],
            id="en-phone-after-a-semicolon",
        ),
        pytest.param(
            "de",
            "Der afghanische Außenminister traf am Montag in Islamabad ein, nachdem er zuvor per "
            "Videokonferenz mit Peking gesprochen hatte.",
            [("AFG", "PAK")],
            id="de-videokonferenz-in-a-subordinate-clause",
        ),
        pytest.param(
            "en",
            "The Uzbek minister held talks with Afghan officials in Kabul, by video link, on "
            "Monday.",
            [],
            id="en-talks-by-video-link-after-a-comma",
        ),
        pytest.param(
            "en",
            "Pakistan's Foreign Minister held a video call with Taliban officials in Kabul.",
            [],
            id="en-video-call-in-the-same-clause",
        ),
    ],
)
def test_a_call_in_another_clause_calls_no_arrival_off(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    """A video call or phone call told in a clause of its own leaves the arrival in the main
    clause a visit; talks held by video link are no visit."""
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country) for v in visits] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A Taliban delegation will attend the Tashkent International Conference on "
            "Afghanistan in May.",
            [("AFG", "UZB", "Tashkent")],
            id="conference-named-after-its-city",
        ),
        pytest.param(
            "Pakistan's Foreign Minister attended the Samarkand forum on Friday.",
            [("PAK", "UZB", "Samarkand")],
            id="forum-lower-case",
        ),
        pytest.param(
            "Pakistan's Foreign Minister attended the Tashkent ceremony.", [], id="no-event-noun"
        ),
    ],
)
def test_an_event_named_after_its_city_is_held_there(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "will attend the Tashkent International Conference": the trip goes to Tashkent."""
    visits = extract_visits(text, "en", PUB)
    assert [(v.visitor_country, v.host_country, v.location) for v in visits] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "The joint commission met in Termez on 14 March 2025. The Afghan side of the commission"
            " was headed by Deputy Prime Minister Abdul Ghani Baradar.",
            id="en-side-headed-by",
        ),
        pytest.param(
            "de",
            "Die gemeinsame Kommission tagte am 14. März 2025 in Termes. Die afghanische Seite der"
            " Kommission leitete Vizepremier Abdul Ghani Baradar.",
            id="de-seite-leitete",
        ),
        pytest.param(
            "fr",
            "La commission mixte s'est réunie le 14 mars 2025 à Termez. La partie afghane de la"
            " commission était présidée par le vice-Premier ministre Abdul Ghani Baradar.",
            id="fr-partie-presidee-par",
        ),
        pytest.param(
            "ru",
            "Заседание совместной комиссии состоялось 14 марта 2025 года в Термезе. Афганскую часть"
            " комиссии возглавлял заместитель премьер-министра Абдул Гани Барадар.",
            id="ru-chast-vozglavlyal",
        ),
    ],
)
def test_the_leader_of_a_commissions_side_is_the_visitor(lang: str, text: str) -> None:
    """A protocol names who led each side of the commission ("Афганскую часть Комиссии
    возглавлял X"): that side's leader is the visitor, as a delegation's head is."""
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country, v.visitor, v.date.label()) for v in visits] == [
        ("AFG", "UZB", "Abdul Ghani Baradar", "2025-03-14")
    ]


def test_a_part_of_the_work_led_by_a_secretariat_names_no_visitor() -> None:
    text = (
        "Заседание комиссии состоялось 14 марта 2025 года в Термезе. Большую часть работы"
        " возглавлял секретариат."
    )
    assert all(v.visitor is None for v in extract_visits(text, "ru", PUB))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "The ministry denied reports that Uzbek Foreign Minister Bakhtiyor Saidov would travel "
            "to Kabul next week.",
            id="en-denied-reports",
        ),
        pytest.param(
            "en",
            "The visit to Tashkent of Tajik Foreign Minister Sirojiddin Muhriddin, planned for "
            "Monday together with a large business delegation, has been postponed.",
            id="en-postponed-far-from-visit",
        ),
        pytest.param(
            "en",
            "Two papers wrote that Uzbek President Shavkat Mirziyoyev would visit Dushanbe in May. "
            "His office said no such trip is on the schedule.",
            id="en-denied-next",
        ),
        pytest.param(
            "en",
            "Kazakh envoy Yerkin Tokumov would not rule out a trip to Kabul in May.",
            id="en-not-rule-out",
        ),
        pytest.param(
            "en",
            "Rumours say Uzbek President Shavkat Mirziyoyev will visit Kabul in May.",
            id="en-rumour",
        ),
        pytest.param(
            "de",
            "Das Ministerium hat Berichte über eine Reise von Bundesinnenminister Alexander "
            "Dobrindt nach Kabul zurückgewiesen.",
            id="de-zurueckgewiesen",
        ),
        pytest.param(
            "de",
            "Die für Montag geplante Reise des usbekischen Außenministers mit einer großen "
            "Wirtschaftsdelegation nach Berlin wurde verschoben.",
            id="de-verschoben",
        ),
        pytest.param(
            "de",
            "Im Umlauf ist die Behauptung, Bundesinnenminister Alexander Dobrindt werde im Mai "
            "nach Kabul reisen.",
            id="de-behauptung",
        ),
        pytest.param(
            "de",
            "Keine Reise von Bundesinnenminister Alexander Dobrindt nach Kabul geplant",
            id="de-keine-reise",
        ),
        pytest.param(
            "ru",
            "МИД Таджикистана опроверг сообщения о визите министра Сироджиддина Мухриддина в "
            "Кабул в мае.",
            id="ru-oproverg",
        ),
        pytest.param(
            "ru",
            "Визит министра иностранных дел Узбекистана в Душанбе, намеченный на понедельник, "
            "был перенесен.",
            id="ru-perenesen",
        ),
        pytest.param(
            "ru",
            "Посол России Дмитрий Жирнов не исключил своей поездки в Кабул в мае.",
            id="ru-ne-isklyuchil",
        ),
        pytest.param(
            "ru",
            "Предложение провести встречу делегаций России и Афганистана в Кабуле выдвинула "
            "иранская сторона.",
            id="ru-third-side-proposal",
        ),
        pytest.param(
            "fr",
            "La visite à Tachkent du ministre des Affaires étrangères du Tadjikistan, prévue lundi, "
            "a été reportée.",
            id="fr-reportee",
        ),
        pytest.param(
            "fr",
            "Une rumeur fait état d'une visite du président ouzbek Chavkat Mirzioïev à Kaboul en "
            "mai.",
            id="fr-rumeur",
        ),
        pytest.param(
            "fr",
            "Des médias ont annoncé une visite du ministre ouzbek Bakhtiyor Saïdov à Kaboul en "
            "mai. Le ministère a démenti.",
            id="fr-denied-next",
        ),
    ],
)
def test_a_trip_denied_put_off_or_rumoured_is_no_visit(lang: str, text: str) -> None:
    """A ministry's denial, a postponement, a rumour, a trip not ruled out or one a third
    side only proposed tell of no visit (held-out set X)."""
    assert extract_visits(text, lang, PUB) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "The ministry denied the reports. Uzbek Deputy Foreign Minister Bakhrom Aloev will visit "
            "Kabul on 3 May.",
            id="en",
        ),
        pytest.param(
            "de",
            "Das Ministerium wies die Berichte zurück. Der usbekische Vizeaußenminister Bakhrom Aloev "
            "reist am 3. Mai nach Kabul.",
            id="de",
        ),
        pytest.param(
            "ru",
            "В МИД опровергли эти сообщения. Замглавы МИД Узбекистана Бахром Алоев посетит Кабул 3 "
            "мая.",
            id="ru",
        ),
        pytest.param(
            "fr",
            "Le ministère a démenti ces informations. Le vice-ministre ouzbek des Affaires "
            "étrangères Bakhrom Aloev se rendra à Kaboul le 3 mai.",
            id="fr",
        ),
    ],
)
def test_a_trip_after_a_denial_is_still_a_visit(lang: str, text: str) -> None:
    """The denial calls off its own sentence's trip and the one before, not the next."""
    assert [(v.host_country, v.date.label()) for v in extract_visits(text, lang, PUB)] == [
        ("AFG", "2025-05-03")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "The visit to Paris of Uzbek Foreign Minister Bakhtiyor Saidov, planned for Wednesday, "
            "has been postponed.\n\nIt will now take place on 9 May.",
            id="en",
        ),
        pytest.param(
            "de",
            "Die für Mittwoch geplante Reise des usbekischen Außenministers Bakhtiyor Saidov nach "
            "Berlin wurde verschoben. Neuer Termin ist der 9. Mai.",
            id="de",
        ),
        pytest.param(
            "ru",
            "Визит министра иностранных дел Узбекистана Бахтиёра Саидова в Душанбе, намеченный на "
            "среду, перенесен. Новая дата визита — 9 мая.",
            id="ru",
        ),
        pytest.param(
            "fr",
            "La visite à Paris du ministre ouzbek des Affaires étrangères, Bakhtiyor Saïdov, prévue "
            "mercredi, a été reportée.\n\nElle aura finalement lieu le 9 mai.",
            id="fr",
        ),
    ],
)
def test_a_trip_put_off_takes_the_new_date_of_the_next_sentence(lang: str, text: str) -> None:
    """'... has been postponed. It will now take place on 9 May.': the trip is planned for
    the new date, even when wire copy sets it in a paragraph of its own (held-out set X)."""
    assert [(v.date.label(), v.status) for v in extract_visits(text, lang, PUB)] == [
        ("2025-05-09", "planned")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "The visit to Paris of Uzbek Foreign Minister Bakhtiyor Saidov has been postponed. "
            "Talks on trade went on by phone on 9 May.",
            id="en-no-new-date-words",
        ),
        pytest.param(
            "fr",
            "La visite à Paris du ministre ouzbek Bakhtiyor Saïdov a été reportée. Une nouvelle "
            "date n'a pas été fixée.",
            id="fr-no-date",
        ),
    ],
)
def test_a_trip_put_off_without_a_new_date_stays_off(lang: str, text: str) -> None:
    assert extract_visits(text, lang, PUB) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Uzbek Foreign Minister Bakhtiyor Saidov, visiting Kabul on 3 April, denied that "
            "Tashkent had closed the border.",
            id="en",
        ),
        pytest.param(
            "de",
            "Bei seinem Besuch in Kabul am 3. April wies Bundesinnenminister Alexander Dobrindt "
            "Vorwürfe der Opposition zurück.",
            id="de",
        ),
        pytest.param(
            "ru",
            "В ходе визита в Кабул 3 апреля министр иностранных дел Узбекистана Бахтиёр Саидов "
            "опроверг обвинения в закрытии границы.",
            id="ru",
        ),
        pytest.param(
            "fr",
            "Lors de sa visite à Kaboul le 3 avril, le ministre ouzbek Bakhtiyor Saïdov a démenti "
            "toute fermeture de la frontière.",
            id="fr",
        ),
    ],
)
def test_a_visitor_denying_something_else_still_visits(lang: str, text: str) -> None:
    """Only a denial of reports, claims or rumours calls a trip off (held-out set X)."""
    assert [(v.host_country, v.date.label()) for v in extract_visits(text, lang, PUB)] == [
        ("AFG", "2025-04-03")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "Foreign ministers of the region gathered in Astana on 14 March 2025.\n\n"
            "The meeting was attended by Uzbek Foreign Minister Bakhtiyor Saidov and Tajik"
            " Foreign Minister Sirojiddin Muhriddin.",
            [("UZB", "KAZ"), ("TJK", "KAZ")],
            id="en-attended-by",
        ),
        pytest.param(
            "en",
            "Foreign ministers of the region gathered in Astana on 14 March 2025.\n\n"
            "Uzbekistan was represented by Deputy Foreign Minister Bakhromjon Aloev.",
            [("UZB", "KAZ")],
            id="en-represented-by",
        ),
        pytest.param(
            "de",
            "In Astana trafen sich am 14. März 2025 die Außenminister der Region.\n\n"
            "Teilgenommen haben der usbekische Außenminister Bachtijor Saidow und der"
            " tadschikische Außenminister Sirodschiddin Muhriddin.",
            [("UZB", "KAZ"), ("TJK", "KAZ")],
            id="de-teilgenommen",
        ),
        pytest.param(
            "de",
            "In Astana haben am 14. März 2025 Konsultationen der Region stattgefunden. Eröffnet"
            " wurde das Treffen vom kasachischen Außenminister Murat Nurtleu.\n\n"
            "Die usbekische Delegation wurde vom amtierenden Außenminister Bachtijor Saidow"
            " angeführt.",
            [("UZB", "KAZ")],
            id="de-delegation-wurde-vom",
        ),
        pytest.param(
            "ru",
            "Встреча министров иностранных дел стран региона прошла 14 марта 2025 года в Астане.\n\n"
            "В ней приняли участие министр иностранных дел Узбекистана Бахтиёр Саидов и министр"
            " иностранных дел Таджикистана Сироджиддин Мухриддин.",
            [("UZB", "KAZ"), ("TJK", "KAZ")],
            id="ru-prinyali-uchastie",
        ),
        pytest.param(
            "fr",
            "Les ministres des Affaires étrangères de la région se sont réunis le 14 mars 2025 à"
            " Astana.\n\nY ont participé le ministre ouzbek Bakhtiyor Saïdov et le ministre"
            " tadjik Sirojiddin Muhriddin.",
            [("UZB", "KAZ"), ("TJK", "KAZ")],
            id="fr-ont-participe",
        ),
        pytest.param(
            "fr",
            "Les ministres des Affaires étrangères de la région se sont réunis le 14 mars 2025 à"
            " Astana.\n\nL'Ouzbékistan était représenté par son vice-ministre des Affaires"
            " étrangères, Bakhromjon Aloev.",
            [("UZB", "KAZ")],
            id="fr-represente-par",
        ),
    ],
)
def test_a_later_paragraphs_participants_attend_the_meeting(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    """A participants' sentence in the paragraph after a meeting's ("The meeting was
    attended by ...", "приняли участие") names visitors to the meeting's place (set Y)."""
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country) for v in visits] == expected
    assert all(v.date.label() == "2025-03-14" for v in visits)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Foreign ministers of the region gathered in Astana on 14 March 2025.\n\n"
            "Uzbek Foreign Minister Bakhtiyor Saidov met Tajik Foreign Minister Sirojiddin"
            " Muhriddin in 2019.",
            id="en-later-meeting-no-attendance-word",
        ),
        pytest.param(
            "ru",
            "Встреча министров прошла 14 марта 2025 года в Астане.\n\n"
            + "Прочее сообщение без фактов. " * 30
            + "\n\nВ конференции приняли участие министр иностранных дел Узбекистана"
            " Бахтиёр Саидов и министр иностранных дел Таджикистана Сироджиддин Мухриддин.",
            id="ru-too-far-from-the-meeting",
        ),
    ],
)
def test_a_later_paragraph_without_participants_or_far_away_attends_nothing(
    lang: str, text: str
) -> None:
    assert [v for v in extract_visits(text, lang, PUB) if v.host_country == "KAZ"] == []


DATELINE_MEETINGS = [
    pytest.param(
        "en",
        "TERMEZ, April 18, 2025 (Wire) - ",
        "A regional conference on transport ended on Thursday in the Uzbek border city.\n\n"
        "The Afghan delegation was led by Deputy Prime Minister Abdul Ghani Baradar.",
        id="en",
    ),
    pytest.param(
        "de",
        "Termes, 18. April 2025 – ",
        "In der usbekischen Grenzstadt sind am Donnerstag die Verkehrsminister der Region zu"
        " einer Konferenz zusammengekommen.\n\n"
        "Die afghanische Delegation wurde von Vizepremier Abdul Ghani Baradar geleitet.",
        id="de",
    ),
    pytest.param(
        "fr",
        "Termez, 18 avril 2025 — ",
        "Une conférence régionale sur les transports s'est achevée jeudi dans la ville"
        " frontalière ouzbèke.\n\n"
        "La délégation afghane était conduite par le vice-Premier ministre Abdul Ghani Baradar.",
        id="fr",
    ),
    pytest.param(
        "ru",
        "ТЕРМЕЗ, 18 апреля 2025 года. ",
        "В четверг в узбекском приграничном городе завершилась региональная конференция по"
        " транспорту.\n\n"
        "Афганскую делегацию возглавлял заместитель премьер-министра Абдул Гани Барадар.",
        id="ru",
    ),
]


@pytest.mark.parametrize(("lang", "dateline", "text"), DATELINE_MEETINGS)
def test_a_leads_meeting_without_a_city_is_in_the_datelines(
    lang: str, dateline: str, text: str
) -> None:
    """ "TERMEZ - A conference ended in the border city. // The Afghan delegation was led by
    X": the participants came to the dateline's city (held-out set Y)."""
    visits = extract_visits(dateline + text, lang, PUB)
    assert [(v.visitor_country, v.host_country, v.location, v.date.label()) for v in visits] == [
        ("AFG", "UZB", "Termez", "2025-04-17")
    ]


@pytest.mark.parametrize(("lang", "dateline", "text"), DATELINE_MEETINGS)
def test_a_meeting_without_a_city_or_a_dateline_places_nobody(
    lang: str, dateline: str, text: str
) -> None:
    assert extract_visits(text, lang, PUB) == []


REMOTE_SIDES = [
    pytest.param(
        "en",
        "Delegations of Uzbekistan, Kazakhstan and Turkmenistan met in Kabul on 14 March 2025.",
        "Turkmenistan took part by video link.",
        "Turkmenistan took part too.",
        id="en",
    ),
    pytest.param(
        "de",
        "Delegationen aus Usbekistan, Kasachstan und Turkmenistan trafen sich am 14. März 2025"
        " in Kabul.",
        "Turkmenistan nahm per Video teil.",
        "Turkmenistan nahm ebenfalls teil.",
        id="de",
    ),
    pytest.param(
        "fr",
        "Des délégations de l'Ouzbékistan, du Kazakhstan et du Turkménistan se sont réunies le"
        " 14 mars 2025 à Kaboul.",
        "Le Turkménistan a participé par visioconférence.",
        "Le Turkménistan a participé aussi.",
        id="fr",
    ),
    pytest.param(
        "ru",
        "Делегации Узбекистана, Казахстана и Туркменистана встретились 14 марта 2025 года в"
        " Кабуле.",
        "Туркменистан участвовал по видеосвязи.",
        "Туркменистан также участвовал.",
        id="ru",
    ),
]


@pytest.mark.parametrize(("lang", "meeting", "remote", "present"), REMOTE_SIDES)
def test_a_listed_side_that_took_part_from_afar_came_nowhere(
    lang: str, meeting: str, remote: str, present: str
) -> None:
    """ "Delegations of A, B and C met in Kabul. C took part by video link.": C is no
    visitor (held-out set Y); without the video link it is."""
    remote_visits = extract_visits(f"{meeting} {remote}", lang, PUB)
    assert [(v.visitor_country, v.host_country) for v in remote_visits] == [
        ("UZB", "AFG"),
        ("KAZ", "AFG"),
    ]
    present_visits = extract_visits(f"{meeting} {present}", lang, PUB)
    assert [v.visitor_country for v in present_visits] == ["UZB", "KAZ", "TKM"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "Foreign ministers of the region gathered in Astana on 14 March 2025.\n\n"
            "The meeting was attended by the foreign ministers of Tajikistan and Turkmenistan as"
            " well as Russia's Sergei Lavrov.",
            [("RUS", "Sergei Lavrov"), ("TJK", None), ("TKM", None)],
            id="en-list-and-possessive",
        ),
        pytest.param(
            "de",
            "In Astana trafen sich am 14. März 2025 die Außenminister der Region.\n\n"
            "Teilgenommen haben die Außenminister Tadschikistans und Turkmenistans sowie der"
            " Franzose Jean-Noël Barrot.",
            [("FRA", "Jean-Noël Barrot"), ("TJK", None), ("TKM", None)],
            id="de-list-and-der-franzose",
        ),
        pytest.param(
            "fr",
            "Les ministres de la région se sont réunis le 14 mars 2025 à Astana.\n\n"
            "Y ont participé les ministres du Tadjikistan et du Turkménistan, ainsi que le"
            " Français Jean-Noël Barrot.",
            [("FRA", "Jean-Noël Barrot"), ("TJK", None), ("TKM", None)],
            id="fr-list-and-le-francais",
        ),
        pytest.param(
            "en",
            "Foreign ministers of the region gathered in Astana on 14 March 2025.\n\n"
            "The meeting was attended by Russia's Sergei Lavrov.",
            [("RUS", "Sergei Lavrov")],
            id="en-one-named-without-role",
        ),
    ],
)
def test_named_participants_and_a_list_of_countries_all_attend(
    lang: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    """A participants' sentence naming people by nationality ("Russia's Sergei Lavrov")
    and listing countries: each attends the meeting (held-out set Y)."""
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.visitor) for v in visits] == expected
    assert {v.host_country for v in visits} == {"KAZ"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Russian Foreign Minister Sergei Lavrov spoke with Uzbek Foreign Minister Bakhtiyor"
            " Saidov by phone on Monday. He is due to fly on from Tashkent to Dushanbe on 3 May"
            " for talks with Tajik President Emomali Rahmon.",
            id="en",
        ),
        pytest.param(
            "de",
            "Der russische Außenminister Sergej Lawrow telefonierte am Montag mit dem usbekischen"
            " Außenminister Bachtijor Saidow. Er reist am 3. Mai von Taschkent weiter nach"
            " Duschanbe zu Gesprächen mit dem tadschikischen Präsidenten Emomali Rahmon.",
            id="de",
        ),
        pytest.param(
            "fr",
            "Le ministre russe des Affaires étrangères Sergueï Lavrov s'est entretenu lundi par"
            " téléphone avec le ministre ouzbek Bakhtiyor Saïdov. Il se rendra le 3 mai de"
            " Tachkent à Douchanbé pour des entretiens avec le président tadjik Emomali Rahmon.",
            id="fr",
        ),
    ],
)
def test_he_is_the_subject_before_and_a_city_left_is_no_destination(lang: str, text: str) -> None:
    """ "X spoke with Y. He will fly on from Tashkent to Dushanbe for talks with Z": "he" is
    X, the subject of the sentence before, not Y; Tashkent, only left, is no destination;
    Z is met, not the visitor (held-out set Y)."""
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country, v.date.label()) for v in visits] == [
        ("RUS", "TJK", "2025-05-03")
    ]


@pytest.mark.parametrize(
    ("text", "hosts"),
    [
        pytest.param(
            "Bundesentwicklungsministerin Reem Alabali Radovan kündigte an, im Frühjahr 2027"
            " nach Kirgistan und Tadschikistan zu reisen.",
            ["KGZ", "TJK"],
            id="zu-reisen",
        ),
        pytest.param(
            "Bundesentwicklungsministerin Reem Alabali Radovan will im Frühjahr 2027 nach"
            " Kirgistan und Tadschikistan reisen.",
            ["KGZ", "TJK"],
            id="will-reisen",
        ),
        pytest.param(
            "Bundesentwicklungsministerin Reem Alabali Radovan will im Frühjahr 2027 nach"
            " Kirgistan reisen.",
            ["KGZ"],
            id="one-country",
        ),
    ],
)
def test_a_list_of_destinations_before_a_closing_verb_is_one_trip_each(
    text: str, hosts: list[str]
) -> None:
    """ "nach Kirgistan und Tadschikistan zu reisen": where the verb closes the clause, each
    listed country is a destination (held-out set Y)."""
    visits = extract_visits(text, "de", date(2026, 10, 16))
    assert [(v.visitor_country, v.host_country, v.date.label()) for v in visits] == [
        ("DEU", code, "2027-H1") for code in hosts
    ]


def test_a_side_represented_by_an_official_sends_that_official() -> None:
    """ "Usbekistan war durch Vizeaußenminister X vertreten": X is Uzbekistan's visitor at
    the meeting of the paragraph before (held-out set Y)."""
    text = (
        "In Astana trafen sich am 14. März 2025 die Außenminister der Region. Gastgeber war der"
        " kasachische Außenminister Murat Nurtleu.\n\nUsbekistan war durch Vizeaußenminister"
        " Bachromdschon Alojew vertreten."
    )
    visits = extract_visits(text, "de", PUB)
    assert [(v.visitor_country, v.host_country, v.visitor, v.date.label()) for v in visits] == [
        ("UZB", "KAZ", "Bachromdschon Alojew", "2025-03-14")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Foreign ministers of the region met in Astana on 14 March 2025.\n\n"
            "Turkmenistan was represented by Deputy Foreign Minister Vepa Hadjiev, and"
            " Pakistan by its special representative for Afghanistan, Mohammad Sadiq.",
            id="en",
        ),
        pytest.param(
            "de",
            "In Astana trafen sich am 14. März 2025 die Außenminister der Region.\n\n"
            "Turkmenistan war durch Vizeaußenminister Vepa Hadjiew vertreten, Pakistan durch"
            " den Sonderbeauftragten für Afghanistan, Mohammad Sadiq.",
            id="de",
        ),
        pytest.param(
            "fr",
            "Les ministres de la région se sont réunis le 14 mars 2025 à Astana.\n\n"
            "Le Turkménistan était représenté par son vice-ministre des Affaires étrangères,"
            " Vepa Hadjiev, et le Pakistan par son représentant spécial pour l'Afghanistan,"
            " Mohammad Sadiq.",
            id="fr",
        ),
        pytest.param(
            "ru",
            "Встреча министров иностранных дел стран региона прошла 14 марта 2025 года в Астане.\n\n"
            "Туркмения была представлена заместителем министра иностранных дел Вепой"
            " Хаджиевым, Пакистан – специальным представителем по Афганистану Мухаммадом"
            " Садиком.",
            id="ru",
        ),
    ],
)
def test_each_side_represented_in_one_sentence_sends_its_official(lang: str, text: str) -> None:
    """ "Turkmenistan was represented by X, and Pakistan by its special representative for
    Afghanistan, Y": each side is the country named first before its official (set Y)."""
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country) for v in visits] == [
        ("TKM", "KAZ"),
        ("PAK", "KAZ"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "It was his first visit since the recognition of the Afghan government by Moscow "
            "in July 2024.",
            id="en-by",
        ),
        pytest.param(
            "fr",
            "C'est sa première visite depuis la reconnaissance du gouvernement taliban par "
            "Moscou en juillet 2024.",
            id="fr-par",
        ),
        pytest.param(
            "de",
            "Es war sein erster Besuch seit der Anerkennung der afghanischen Regierung durch "
            "Moskau im Juli 2024.",
            id="de-durch",
        ),
    ],
)
def test_a_place_that_acts_after_a_visit_word_is_not_visited(lang: str, text: str) -> None:
    """ "his first visit since the recognition of the Taliban government by Moscow": the
    city acts (an inverted subject had made it the place visited, as in "besuchte der
    afghanische Minister Taschkent")."""
    assert extract_visits(text, lang, PUB) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "Araghchi arrived in Kabul on Monday.",
            ("IRN", "AFG", "held"),
            id="en-surname-alone",
        ),
        pytest.param(
            "de",
            "Araghtschi traf am Montag in Kabul ein.",
            ("IRN", "AFG", "held"),
            id="de-surname-alone",
        ),
        pytest.param(
            "ru",
            "Аракчи прибыл в Кабул в понедельник.",
            ("IRN", "AFG", "held"),
            id="ru-surname-alone",
        ),
        pytest.param(
            "fr",
            "Araghchi est arrivé lundi à Kaboul.",
            ("IRN", "AFG", "held"),
            id="fr-surname-alone",
        ),
        pytest.param(
            "en",
            "Muttaqi to visit Tashkent next week",
            ("AFG", "UZB", "planned"),
            id="en-headline",
        ),
        pytest.param(
            "en",
            "Prime Minister Shehbaz Sharif will travel to Dushanbe next week.",
            ("PAK", "TJK", "planned"),
            id="en-titled-no-country",
        ),
    ],
)
def test_a_well_known_official_named_without_a_country_visits_from_his(
    lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    """ "Lavrov arrived in Islamabad": the data's well-known officials carry their country
    (no visit was found: the visitor had none)."""
    got = [(v.visitor_country, v.host_country, v.status) for v in extract_visits(text, lang, PUB)]
    assert got == [expected]


def test_a_city_named_after_a_known_surname_is_no_visitor() -> None:
    text = "An Uzbek trade delegation arrived in Mazar-e Sharif on Monday."
    got = [(v.visitor_country, v.host_country) for v in extract_visits(text, "en", PUB)]
    assert got == [("UZB", "AFG")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "What we know about Araghchi's trip to Kabul\n\n"
            "Iranian Foreign Minister Abbas Araghchi will visit Kabul on 12 May, his office said.",
            id="en",
        ),
        pytest.param(
            "ru",
            "Что известно о поездке Аракчи в Кабул\n\n"
            "Министр иностранных дел Ирана Аббас Аракчи посетит Кабул 12 мая, сообщил МИД.",
            id="ru",
        ),
    ],
)
def test_a_headline_naming_the_visitor_is_the_bodys_dated_visit(lang: str, text: str) -> None:
    """A headline drops the tense: the body's one dated visit of the same visitor decides
    (the headline had become a held visit of its own once the surname named a country)."""
    got = [
        (v.visitor_country, v.host_country, v.status, v.date.label())
        for v in extract_visits(text, lang, PUB)
    ]
    assert got == [("IRN", "AFG", "planned", "2025-05-12")]


# PUB is Monday 21 April 2025: "on Saturday" is the 19th.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "Turkmen Foreign Minister Rashid Meredov concluded a three-day visit to Kabul on Saturday.",
            [("TKM", "AFG", "2025-04-17")],
            id="en-length",
        ),
        pytest.param(
            "de",
            "Der turkmenische Außenminister Raschid Meredow beendete am Samstag einen dreitägigen "
            "Besuch in Kabul.",
            [("TKM", "AFG", "2025-04-17")],
            id="de-length",
        ),
        pytest.param(
            "ru",
            "Министр иностранных дел Туркменистана Рашид Мередов в субботу завершил трехдневный "
            "визит в Кабул.",
            [("TKM", "AFG", "2025-04-17")],
            id="ru-length",
        ),
        pytest.param(
            "fr",
            "Le ministre turkmène des Affaires étrangères, Rachid Meredov, a achevé samedi une "
            "visite de trois jours à Kaboul.",
            [("TKM", "AFG", "2025-04-17")],
            id="fr-length",
        ),
        pytest.param(
            "en",
            "Turkish Foreign Minister Hakan Fidan returned to Ankara on Saturday after a tour "
            "that took him to Dushanbe and Bishkek.",
            [("TUR", "TJK", "2025-04"), ("TUR", "KGZ", "2025-04")],
            id="en-tour",
        ),
        pytest.param(
            "ru",
            "Министр иностранных дел Турции Хакан Фидан в субботу завершил поездку, в ходе которой "
            "побывал в Душанбе и Бишкеке.",
            [("TUR", "TJK", "2025-04"), ("TUR", "KGZ", "2025-04")],
            id="ru-tour",
        ),
        # no end: the day is the visit's
        pytest.param(
            "en",
            "Turkmen Foreign Minister Rashid Meredov began a three-day visit to Kabul on Saturday.",
            [("TKM", "AFG", "2025-04-19")],
            id="en-began",
        ),
        pytest.param(
            "fr",
            "Le ministre turkmène des Affaires étrangères, Rachid Meredov, a entamé samedi une "
            "visite de trois jours à Kaboul.",
            [("TKM", "AFG", "2025-04-19")],
            id="fr-began",
        ),
        # one city and no length: the stay may have been that one day
        pytest.param(
            "de",
            "Der turkmenische Außenminister Raschid Meredow beendete am Samstag seinen Besuch in "
            "Kabul.",
            [("TKM", "AFG", "2025-04-19")],
            id="de-no-length",
        ),
    ],
)
def test_a_stay_that_ended_is_dated_by_its_first_day(
    lang: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "concluded a three-day visit on Saturday" began on Thursday; a tour of several cities
    that ended on Saturday lay in that month, each leg dated by its own sentence (set Z)."""
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country, v.date.label()) for v in visits] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "The Uzbek ambassador in Kabul met acting Commerce Minister Nooruddin Azizi on Monday.",
            [],
            id="en-in-city",
        ),
        pytest.param(
            "en",
            "Kazakhstan's ambassador to Pakistan held talks with Interior Minister Mohsin Naqvi "
            "in Islamabad on Monday.",
            [],
            id="en-to-country",
        ),
        pytest.param(
            "de",
            "Der kasachische Botschafter in Kabul traf am Montag den amtierenden Handelsminister "
            "Nooruddin Azizi.",
            [],
            id="de-in-city",
        ),
        pytest.param(
            "ru",
            "Посол Узбекистана в Афганистане в понедельник встретился в Кабуле с исполняющим "
            "обязанности министра торговли Нуруддином Азизи.",
            [],
            id="ru-in-country",
        ),
        pytest.param(
            "fr",
            "L'ambassadrice de France au Pakistan a été reçue lundi à Islamabad par le ministre "
            "de l'Intérieur.",
            [],
            id="fr-au-country",
        ),
        # posted elsewhere, he travelled
        pytest.param(
            "en",
            "Pakistan's ambassador to Kabul travelled to Tashkent on Monday for talks with Uzbek "
            "Foreign Minister Bakhtiyor Saidov.",
            [("PAK", "UZB")],
            id="en-posted-elsewhere",
        ),
        pytest.param(
            "de",
            "Der pakistanische Botschafter in Kabul reiste am Montag nach Taschkent zu Gesprächen "
            "mit dem usbekischen Außenminister Bachtijor Saidow.",
            [("PAK", "UZB")],
            id="de-posted-elsewhere",
        ),
        pytest.param(
            "ru",
            "Посол Пакистана в Афганистане в понедельник посетил Ташкент, где провел переговоры "
            "с министром иностранных дел Узбекистана.",
            [("PAK", "UZB")],
            id="ru-posted-elsewhere",
        ),
        pytest.param(
            "fr",
            "L'ambassadeur du Pakistan à Kaboul s'est rendu lundi à Tachkent pour des entretiens "
            "avec le ministre ouzbek des Affaires étrangères.",
            [("PAK", "UZB")],
            id="fr-posted-elsewhere",
        ),
    ],
)
def test_an_ambassador_posted_to_the_host_meets_its_officials_at_home(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    """ "the Tajik ambassador in Berlin met ...": posted there, he made no trip (set Z)."""
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country) for v in visits] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "ru",
            "Губернатор Оренбургской области Евгений Солнцев во вторник посетил Уральск.",
            ("RUS", "KAZ", "Uralsk", "Evgeniy Solntsev"),
            id="ru-governor-of-oblast",
        ),
        pytest.param(
            "ru",
            "Аким Актюбинской области Асхат Шахаров во вторник посетил Оренбург.",
            ("KAZ", "RUS", "Orenburg", "Askhat Shakharov"),
            id="ru-akim-of-kazakh-region",
        ),
        pytest.param(
            "en",
            "The governor of Russia's Orenburg region, Yevgeny Solntsev, visited Uralsk on Tuesday.",
            ("RUS", "KAZ", "Uralsk", "Yevgeny Solntsev"),
            id="en-uralsk",
        ),
        pytest.param(
            "fr",
            "Le gouverneur de la région russe d'Orenbourg, Evgueni Solntsev, s'est rendu mardi "
            "à Ouralsk.",
            ("RUS", "KAZ", "Uralsk", "Evgueni Solntsev"),
            id="fr-ouralsk",
        ),
    ],
)
def test_a_governor_visits_the_neighbouring_region_across_the_border(
    lang: str, text: str, expected: tuple[str, str, str, str]
) -> None:
    """A governor's title holds his region ("Губернатор Оренбургской области"), and the Kazakh
    regions and cities by the Russian border are places of Kazakhstan (set Z)."""
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country, v.location, v.visitor) for v in visits] == [
        expected
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "de",
            "Bundesverteidigungsminister Boris Pistorius reist in der kommenden Woche nach Taschkent.",
            ("DEU", "UZB", "Boris Pistorius", "planned"),
            id="de-kommende-woche-federal-title",
        ),
        pytest.param(
            "de",
            "Bundeswirtschaftsministerin Katherina Reiche fliegt in den kommenden Tagen nach Astana.",
            ("DEU", "KAZ", "Katherina Reiche", "planned"),
            id="de-kommende-tage-federal-title",
        ),
        pytest.param(
            "en",
            "Kazakh Foreign Minister Murat Nurtleu heads to Kabul in the coming days.",
            ("KAZ", "AFG", "Murat Nurtleu", "planned"),
            id="en-coming-days",
        ),
        pytest.param(
            "fr",
            "Le ministre kazakh des Affaires étrangères, Mourat Nourtleou, arrive à Kaboul dans "
            "les prochains jours.",
            ("KAZ", "AFG", "Mourat Nourtleou", "planned"),
            id="fr-prochains-jours",
        ),
        pytest.param(
            "ru",
            "Министр иностранных дел Казахстана Мурат Нуртлеу в ближайшие дни прилетает в Кабул.",
            ("KAZ", "AFG", "Murat Nurtleu", "planned"),
            id="ru-blizhayshie-dni",
        ),
        # a trip of the last days is held
        pytest.param(
            "en",
            "Kazakh Foreign Minister Murat Nurtleu was in Kabul in the past few days.",
            ("KAZ", "AFG", "Murat Nurtleu", "held"),
            id="en-past-days-held",
        ),
    ],
)
def test_a_trip_in_the_coming_days_or_week_lies_ahead(
    lang: str, text: str, expected: tuple[str, str, str, str]
) -> None:
    """ "in der kommenden Woche", "in the coming days", "dans les prochains jours", "в
    ближайшие дни": the trip is planned, told in the present tense; a German federal title
    ("Bundeswirtschaftsministerin") names the minister's office and country (set Z)."""
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country, v.visitor, v.status) for v in visits] == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "ISLAMABAD, April 21 — Uzbek President Shavkat Mirziyoyev held talks with Prime "
            "Minister Shehbaz Sharif on Monday.\n\nOfficials said it was the first visit by an "
            "Uzbek leader to Islamabad in ten years. Sharif, who also spoke by phone with Afghan "
            "acting Foreign Minister Amir Khan Muttaqi on Sunday about the railway, called the "
            "trip a success.",
            id="en",
        ),
        pytest.param(
            "de",
            "ISLAMABAD, 21. April – Der usbekische Präsident Schawkat Mirsijojew führte am Montag "
            "Gespräche mit Premierminister Shehbaz Sharif.\n\nEs war der erste Besuch eines "
            "usbekischen Präsidenten in Islamabad seit zehn Jahren. Sharif, der am Sonntag auch "
            "mit dem afghanischen Außenminister Amir Khan Muttaki über die Bahn telefonierte, "
            "nannte die Reise einen Erfolg.",
            id="de",
        ),
        pytest.param(
            "fr",
            "ISLAMABAD, 21 avril – Le président ouzbek Chavkat Mirziyoïev a eu lundi des "
            "entretiens avec le Premier ministre Shehbaz Sharif.\n\nC'était la première visite "
            "d'un président ouzbek à Islamabad depuis dix ans. Sharif, qui s'est aussi entretenu "
            "par téléphone dimanche avec le ministre afghan des Affaires étrangères Amir Khan "
            "Muttaqi, a qualifié la visite de succès.",
            id="fr",
        ),
        pytest.param(
            "ru",
            "ИСЛАМАБАД, 21 апреля. Президент Узбекистана Шавкат Мирзиёев в понедельник провел "
            "переговоры с премьер-министром Шахбазом Шарифом.\n\nЭто был первый визит президента "
            "Узбекистана в Исламабад за десять лет. Шариф, который в воскресенье также провел "
            "телефонный разговор с министром иностранных дел Афганистана Амиром Ханом Муттаки, "
            "назвал визит успешным.",
            id="ru",
        ),
    ],
)
def test_the_other_end_of_a_call_in_a_clause_of_its_own_travelled_nowhere(
    lang: str, text: str
) -> None:
    """ "Sharif, who also spoke by phone with Afghan minister X, called the trip a success":
    X was called, not a visitor of the trip the main clause praises (set Z)."""
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country) for v in visits] == [("UZB", "PAK")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Afghan Foreign Minister Amir Khan Muttaqi, who held a video call with Chinese "
            "officials on Sunday, arrived in Islamabad on Monday.",
            id="en",
        ),
        pytest.param(
            "ru",
            "Министр иностранных дел Афганистана Амир Хан Муттаки, который в воскресенье провел "
            "видеоконференцию с китайскими коллегами, прибыл в Исламабад.",
            id="ru",
        ),
    ],
)
def test_a_traveller_who_also_held_a_call_still_travelled(lang: str, text: str) -> None:
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country, v.visitor) for v in visits] == [
        ("AFG", "PAK", "Amir Khan Muttaqi")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "The Indian side was led by a deputy minister.\n\nOn Monday the delegation was in "
            "Tashkent, where it was received by President Shavkat Mirziyoyev and held talks on "
            "routing trade through Iran's Chabahar port.",
            [("IND", "UZB")],
            id="en-through",
        ),
        pytest.param(
            "de",
            "Die indische Seite wurde von einem Vizeminister geleitet.\n\nAm Montag war die "
            "Delegation in Taschkent, wo sie von Präsident Schawkat Mirsijojew empfangen wurde und "
            "Gespräche über den Handel durch den Iran führte.",
            [("IND", "UZB")],
            id="de-durch",
        ),
        pytest.param(
            "fr",
            "La partie indienne était conduite par un vice-ministre.\n\nLundi, la délégation "
            "était à Tachkent, où elle a été reçue par le président Chavkat Mirziyoïev et a "
            "discuté du commerce via l'Iran.",
            [("IND", "UZB")],
            id="fr-via",
        ),
        pytest.param(
            "ru",
            "Индийскую сторону возглавлял заместитель министра.\n\nВ понедельник делегация "
            "находилась в Ташкенте, где ее принял президент Шавкат Мирзиёев и где обсуждалась "
            "торговля через Иран.",
            [("IND", "UZB")],
            id="ru-cherez",
        ),
        pytest.param(
            "en",
            "An Iranian delegation travelled to Tashkent via Turkmenistan on Monday.",
            [("IRN", "UZB")],
            id="en-via-transit-no-side",
        ),
    ],
)
def test_a_country_a_route_runs_through_is_no_side(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    """ "held talks on routing trade through Iran's Chabahar port": Iran is the route, not
    the visitor (set Z); the Indian side named before is (a route's country no longer counts
    as a side of the article, so the delegation's own country is found)."""
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country) for v in visits] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Turkmen Foreign Minister Rashid Meredov concluded a two-day visit to Pakistan on "
            "Saturday and flew on to Kabul, where he is due to meet Afghan officials on Monday.",
            id="en",
        ),
        pytest.param(
            "de",
            "Der turkmenische Außenminister Raschid Meredow beendete am Samstag einen zweitägigen "
            "Besuch in Pakistan und reiste weiter nach Kabul, wo er am Montag afghanische Minister "
            "treffen soll.",
            id="de",
        ),
        pytest.param(
            "ru",
            "Министр иностранных дел Туркменистана Рашид Мередов в субботу завершил двухдневный "
            "визит в Пакистан и вылетел в Кабул, где в понедельник встретится с афганскими "
            "министрами.",
            id="ru",
        ),
        pytest.param(
            "fr",
            "Le ministre turkmène des Affaires étrangères, Rachid Meredov, a achevé samedi une "
            "visite de deux jours au Pakistan puis s'est envolé pour Kaboul, où il doit rencontrer "
            "lundi des ministres afghans.",
            id="fr",
        ),
    ],
)
def test_a_visit_ended_and_the_onward_flight_are_two_trips(lang: str, text: str) -> None:
    """ "concluded a two-day visit to Pakistan on Saturday and flew on to Kabul": the country
    visited before the city flown on to is a trip of its own, begun the day before; the
    onward leg arrived on Saturday, whatever talks lie ahead there (set Z)."""
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country, v.date.label(), v.status) for v in visits] == [
        ("TKM", "PAK", "2025-04-18", "held"),
        ("TKM", "AFG", "2025-04-19", "held"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Balkh governor Mohammad Yousuf Wafa travelled to the Uzbek border city of Termez on "
            "Tuesday.",
            [("AFG", "UZB", "Termez")],
            id="border-city-of",
        ),
        pytest.param(
            "The Kazakh minister flew to the Afghan northern city of Mazar-i-Sharif on Tuesday.",
            [("KAZ", "AFG", "Mazar-i-Sharif")],
            id="adjective-then-adjective",
        ),
        pytest.param(
            "The Kazakh minister flew to the Afghan city of Herat on Tuesday.",
            [("KAZ", "AFG", "Herat")],
            id="city-of",
        ),
        # where travellers come from is no destination
        pytest.param(
            "Traders from the Uzbek border city of Termez met Afghan officials in Kabul on Tuesday.",
            [("UZB", "AFG", "Kabul")],
            id="from-the-city",
        ),
    ],
)
def test_a_capitalised_country_adjective_may_stand_before_the_city_visited(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "to the Uzbek border city of Termez": English capitalises the adjective that German
    writes in lower case ("in die usbekische Grenzstadt Termez") (set Z)."""
    visits = extract_visits(text, "en", PUB)
    assert [(v.visitor_country, v.host_country, v.location) for v in visits] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "PARIS, April 21 — Trade Minister Nicolas Forissier will travel to Uzbekistan in June.",
            [("FRA", "UZB", "Nicolas Forissier")],
            id="en",
        ),
        pytest.param(
            "de",
            "Berlin, 21. April – Wirtschaftsministerin Katherina Reiche reist im Juni nach "
            "Usbekistan.",
            [("DEU", "UZB", "Katherina Reiche")],
            id="de",
        ),
        pytest.param(
            "fr",
            "PARIS, 21 avril – Le ministre délégué au Commerce extérieur, Nicolas Forissier, se "
            "rendra en Ouzbékistan en juin.",
            [("FRA", "UZB", "Nicolas Forissier")],
            id="fr",
        ),
        pytest.param(
            "ru",
            "МОСКВА, 21 апреля. Министр экономического развития Максим Решетников в июне "
            "отправится в Узбекистан.",
            [("RUS", "UZB", "Maksim Reshetnikov")],
            id="ru",
        ),
        # no dateline: no side to give him
        pytest.param(
            "en",
            "Trade Minister Nicolas Forissier will travel to Uzbekistan in June.",
            [],
            id="en-no-dateline",
        ),
    ],
)
def test_a_titled_official_of_no_country_travelling_to_a_country_is_the_datelines(
    lang: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "PARIS - Le ministre délégué X se rendra en Ouzbékistan": as with a city named, the
    official of no named country is of the dateline's (set Z)."""
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country, v.visitor) for v in visits] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "A French delegation visited Kazakhstan and Kyrgyzstan from 7 to 10 April.",
            [("FRA", "KAZ", "2025-04-07"), ("FRA", "KGZ", "2025-04")],
            id="en-span",
        ),
        pytest.param(
            "fr",
            "Une délégation française a effectué du 7 au 10 avril une mission au Kazakhstan et "
            "au Kirghizstan.",
            [("FRA", "KAZ", "2025-04-07"), ("FRA", "KGZ", "2025-04")],
            id="fr-mission-span",
        ),
        # one day for both: both that day
        pytest.param(
            "en",
            "A French delegation visited Kazakhstan and Kyrgyzstan on 7 April.",
            [("FRA", "KAZ", "2025-04-07"), ("FRA", "KGZ", "2025-04-07")],
            id="en-one-day",
        ),
    ],
)
def test_the_later_countries_of_a_stay_of_several_days_have_only_its_month(
    lang: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "a mission to Kazakhstan and Kyrgyzstan from 9 to 12 November": the first day is the
    first country's; when the next one was reached is not told (set Z). "une mission au
    Kazakhstan" names a destination as "une visite" does."""
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country, v.date.label()) for v in visits] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "Turkmen Foreign Minister Rashid Meredov concluded a three-day visit to Pakistan on "
            "Saturday.\n\nOn Friday the Turkmen minister travelled to Lahore for a business forum.",
            [("TKM", "PAK", "2025-04-17")],
            id="en",
        ),
        pytest.param(
            "de",
            "Der turkmenische Außenminister Raschid Meredow beendete am Samstag einen dreitägigen "
            "Besuch in Pakistan.\n\nAm Freitag reiste der turkmenische Minister nach Lahore zu "
            "einem Wirtschaftsforum.",
            [("TKM", "PAK", "2025-04-17")],
            id="de",
        ),
        pytest.param(
            "ru",
            "Министр иностранных дел Туркменистана Рашид Мередов в субботу завершил трехдневный "
            "визит в Пакистан.\n\nВ пятницу туркменский министр посетил Лахор, где принял участие "
            "в бизнес-форуме.",
            [("TKM", "PAK", "2025-04-17")],
            id="ru",
        ),
        pytest.param(
            "fr",
            "Le ministre turkmène des Affaires étrangères, Rachid Meredov, a achevé samedi une "
            "visite de trois jours au Pakistan.\n\nVendredi, le ministre turkmène s'est rendu à "
            "Lahore pour un forum d'affaires.",
            [("TKM", "PAK", "2025-04-17")],
            id="fr",
        ),
        # a day after the stay ended is another trip
        pytest.param(
            "en",
            "Turkmen Foreign Minister Rashid Meredov concluded a three-day visit to Pakistan on "
            "Saturday.\n\nOn Monday a Turkmen trade delegation travelled to Lahore for a forum.",
            [("TKM", "PAK", "2025-04-17"), ("TKM", "PAK", "2025-04-21")],
            id="en-after-the-stay",
        ),
    ],
)
def test_a_second_city_on_a_day_of_the_stay_is_the_same_visit(
    lang: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """ "concluded a three-day visit to Pakistan on Thursday. On Thursday he travelled to
    Lahore": a day inside the stay tells of the same visit (set Z)."""
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country, v.date.label()) for v in visits] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "de", "Eine kasachische Delegation besuchte am 7. April Afghanistan.", id="de"
        ),
        pytest.param("en", "A Kazakh delegation visited on 7 April Afghanistan.", id="en"),
        pytest.param("fr", "Une délégation kazakhe a visité le 7 avril l'Afghanistan.", id="fr"),
        pytest.param("ru", "Казахстанская делегация посетила 7 апреля Афганистан.", id="ru"),
    ],
)
def test_a_date_between_the_visit_verb_and_the_country_visited(lang: str, text: str) -> None:
    """ "besuchte am 7. April Afghanistan": a date may stand between the verb and the country
    it names, as between the verb and a city (set Z)."""
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country, v.date.label()) for v in visits] == [
        ("KAZ", "AFG", "2025-04-07")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "French MP Jean Dupont travelled to Kazakhstan on 7 April.",
            [("FRA", "KAZ", "Jean Dupont")],
            id="en-mp",
        ),
        pytest.param(
            "en",
            "French lawmakers travelled to Kazakhstan on 7 April.",
            [("FRA", "KAZ", None)],
            id="en-lawmakers",
        ),
        pytest.param(
            "de",
            "Der CDU-Abgeordnete Jürgen Hardt reiste am 7. April nach Kasachstan.",
            [("DEU", "KAZ", "Jürgen Hardt")],
            id="de-abgeordneter",
        ),
        pytest.param(
            "de",
            "Französische Abgeordnete reisten am 7. April nach Kasachstan.",
            [("FRA", "KAZ", None)],
            id="de-abgeordnete",
        ),
        pytest.param(
            "fr",
            "Le député français Jean Dupont s'est rendu au Kazakhstan le 7 avril.",
            [("FRA", "KAZ", "Jean Dupont")],
            id="fr-depute",
        ),
        pytest.param(
            "fr",
            "Des députés français se sont rendus au Kazakhstan le 7 avril.",
            [("FRA", "KAZ", None)],
            id="fr-deputes",
        ),
        pytest.param(
            "ru",
            "Депутат Государственной думы Иван Петров 7 апреля прибыл в Астану.",
            [("RUS", "KAZ", "Ivan Petrov")],
            id="ru-deputat-gosdumy",
        ),
        pytest.param(
            "ru",
            "Французские депутаты 7 апреля прибыли в Астану.",
            [("FRA", "KAZ", None)],
            id="ru-deputaty",
        ),
        # a vote in parliament is no trip
        pytest.param(
            "en",
            "French lawmakers voted on a bill about Kazakhstan on 7 April.",
            [],
            id="en-vote-no-trip",
        ),
    ],
)
def test_members_of_parliament_travel_as_officials(
    lang: str, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """A parliamentary delegation's members ("French MP X", "der CDU-Abgeordnete X", "des
    députés français", "депутат Государственной думы X") are officials who travel (set Z)."""
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country, v.visitor) for v in visits] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "de",
            "Eine französische Delegation reiste vom 7. bis 10. April nach Kasachstan und "
            "Kirgistan.",
            id="de-vom-bis",
        ),
        pytest.param(
            "ru",
            "Французская делегация с 7 по 10 апреля побывала в Казахстане и Киргизии.",
            id="ru-s-po",
        ),
        pytest.param(
            "fr",
            "Une délégation française s'est rendue du 7 au 10 avril au Kazakhstan et au "
            "Kirghizstan.",
            id="fr-du-au",
        ),
    ],
)
def test_a_stay_of_several_days_before_the_countries_listed(lang: str, text: str) -> None:
    """ "reiste vom 7. bis 10. April nach Kasachstan und Kirgistan": the span's lead word
    ("vom") may stand between the verb and the date before the destination (set Z)."""
    visits = extract_visits(text, lang, PUB)
    assert [(v.visitor_country, v.host_country, v.date.label()) for v in visits] == [
        ("FRA", "KAZ", "2025-04-07"),
        ("FRA", "KGZ", "2025-04"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "The Kyrgyz economy minister's trip to Kabul, planned for Tuesday, was postponed to "
            "12 May.",
            id="en-postponed-to",
        ),
        pytest.param(
            "de",
            "Die Reise des kirgisischen Wirtschaftsministers nach Kabul wurde auf den 12. Mai "
            "verschoben.",
            id="de-auf-verschoben",
        ),
        pytest.param(
            "ru",
            "Визит министра экономики Кыргызстана в Кабул перенесен на 12 мая.",
            id="ru-perenesen-na",
        ),
        pytest.param(
            "fr",
            "La visite du ministre kirghiz de l'Économie à Kaboul a été reportée au 12 mai.",
            id="fr-reportee-au",
        ),
    ],
)
def test_a_trip_put_off_to_a_date_in_its_own_sentence_is_planned_then(lang: str, text: str) -> None:
    """ "was postponed to 12 May": the new date in the trip's own sentence (it was read only
    from a next sentence's "It will now take place on ...")."""
    got = [
        (v.visitor_country, v.host_country, v.status, v.date.label())
        for v in extract_visits(text, lang, PUB)
    ]
    assert got == [("KGZ", "AFG", "planned", "2025-05-12")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "The Kyrgyz economy minister's trip to Kabul was postponed because of the weather.",
            id="en-no-date",
        ),
        pytest.param(
            "en",
            "The Kyrgyz economy minister's trip to Kabul was postponed to a later date.",
            id="en-later-date",
        ),
        pytest.param(
            "ru",
            "Визит министра экономики Кыргызстана в Кабул перенесен на неопределенный срок.",
            id="ru-indefinitely",
        ),
    ],
)
def test_a_trip_put_off_without_a_written_date_stays_off(lang: str, text: str) -> None:
    assert extract_visits(text, lang, PUB) == []


# What a country could or might do, in an opinion, is a suggestion and no trip (held-out
# set AB): "Kazakhstan could, for example, open a trade fair in Kabul".
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kazakhstan could, for example, open a permanent exhibition centre in Kabul."),
        ("en", "Uzbekistan might open a trade exhibition in Herat."),
        ("fr", "Le Kazakhstan pourrait par exemple ouvrir un centre d'exposition à Kaboul."),
        ("fr", "L'Ouzbékistan pourrait aussi créer une foire commerciale à Hérat."),
        ("de", "Kasachstan könnte zum Beispiel ein Ausstellungszentrum in Kabul eröffnen."),
        ("ru", "Казахстан мог бы, например, открыть выставочный центр в Кабуле."),
    ],
)
def test_what_a_country_could_do_is_no_visit(lang: str, text: str) -> None:
    """A modal suggestion names no trip."""
    assert extract_visits(text, lang, PUB) == []


def test_a_visit_to_an_exhibition_centre_is_still_a_visit() -> None:
    """The negative is the modal's, not the exhibition's."""
    text = (
        "Kazakh Foreign Minister Murat Nurtleu visited the exhibition centre in Tashkent on Monday."
    )
    got = [(v.visitor_country, v.host_country) for v in extract_visits(text, "en", PUB)]
    assert got == [("KAZ", "UZB")]


# A fair or forum the sides agree to hold is their measure, not a trip (held-out set AB, as
# set Z's "agreed ... to hold a joint fair ... in Termez"); an official who attends one travels.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Uzbekistan and Pakistan agreed to hold a transit forum in Karachi in spring 2026."),
        (
            "en",
            "Uzbekistan and Pakistan agreed on these steps:\n\n- set up a logistics company;\n- hold a transit forum in Karachi in spring 2026.",
        ),
        (
            "fr",
            "Les deux ministres sont convenus d'organiser un forum d'affaires franco-ouzbek à Tachkent d'ici à la fin de 2026.",
        ),
        (
            "de",
            "Deutschland und Usbekistan vereinbarten, im Herbst ein deutsch-usbekisches Wirtschaftsforum in Taschkent auszurichten.",
        ),
        (
            "ru",
            "Россия и Узбекистан договорились провести российско-узбекский бизнес-форум в Ташкенте осенью.",
        ),
    ],
)
def test_a_fair_agreed_to_be_held_is_no_visit(lang: str, text: str) -> None:
    """The agreed event is an action item."""
    assert extract_visits(text, lang, PUB) == []


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "Uzbek Trade Minister Laziz Kudratov will attend a business forum in Karachi next week.",
            ("UZB", "PAK"),
        ),
        (
            "fr",
            "Le ministre ouzbek Bakhtiyor Saïdov participera à un forum d'affaires à Paris en juin.",
            ("UZB", "FRA"),
        ),
    ],
)
def test_an_official_attending_a_forum_still_travels(
    lang: str, text: str, pair: tuple[str, str]
) -> None:
    """Attendance is a trip."""
    got = [(v.visitor_country, v.host_country) for v in extract_visits(text, lang, PUB)]
    assert got == [pair]


# set AC: a head of state receiving another country's named official is a visit of that
# official's side, without a word for a delegation; the receiver may be named by title
# alone ("the Head of State"), as agencies name their own leader after the lead
RECEIVED_OFFICIALS = [
    (
        "en",
        "Kyrgyz President Sadyr Japarov on Monday received Turkish Defence Minister Yasar Guler.",
        ("TUR", "KGZ", "Yasar Guler"),
    ),
    (
        "en",
        (
            "President Sadyr Japarov opened a new hospital on Friday. On Monday the Head of State"
            " received Turkish Defence Minister Yasar Guler."
        ),
        ("TUR", "KGZ", "Yasar Guler"),
    ),
    (
        "de",
        (
            "Der kirgisische Präsident Sadyr Dschaparow empfing am Montag den türkischen"
            " Verteidigungsminister Yaşar Güler."
        ),
        ("TUR", "KGZ", "Yaşar Güler"),
    ),
    (
        "de",
        (
            "Präsident Sadyr Dschaparow eröffnete am Freitag ein Krankenhaus. Am Montag empfing das"
            " Staatsoberhaupt den türkischen Verteidigungsminister Yaşar Güler."
        ),
        ("TUR", "KGZ", "Yaşar Güler"),
    ),
    (
        "ru",
        (
            "Президент Киргизии Садыр Жапаров в понедельник принял министра обороны Турции Яшара"
            " Гюлера."
        ),
        ("TUR", "KGZ", "Yashar Gyuler"),
    ),
    (
        "ru",
        (
            "Президент Садыр Жапаров в пятницу открыл новую больницу. В понедельник Глава"
            " государства принял министра обороны Турции Яшара Гюлера."
        ),
        ("TUR", "KGZ", "Yashar Gyuler"),
    ),
    (
        "fr",
        (
            "Le président kirghiz Sadyr Japarov a reçu lundi le ministre turc de la Défense Yasar"
            " Güler."
        ),
        ("TUR", "KGZ", "Yasar Güler"),
    ),
    (
        "fr",
        (
            "Le président Sadyr Japarov a inauguré vendredi un hôpital. Lundi, le chef de l'État a"
            " reçu le ministre turc de la Défense Yasar Güler."
        ),
        ("TUR", "KGZ", "Yasar Güler"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RECEIVED_OFFICIALS)
def test_a_head_of_state_receiving_a_foreign_official(
    lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    visits = extract_visits(text, lang, PUB_U)
    assert [(v.visitor_country, v.host_country, v.visitor) for v in visits] == [expected]


# ... but a letter, a call or credentials received bring nobody
NOT_RECEIVED = [
    ("en", "President Sadyr Japarov received a letter from Turkish Defence Minister Yasar Guler."),
    (
        "en",
        (
            "President Sadyr Japarov opened a hospital. The Head of State received the credentials"
            " of Turkish Ambassador Ali Kaya."
        ),
    ),
    ("de", "Präsident Sadyr Dschaparow empfing einen Brief vom türkischen Minister Yaşar Güler."),
    ("ru", "Президент Садыр Жапаров принял верительные грамоты посла Турции Али Кая."),
    (
        "fr",
        "Le président Sadyr Japarov a reçu une lettre du ministre turc de la Défense Yasar Güler.",
    ),
]


# ... nor is a resident ambassador received a visitor (set Z's convention)
NOT_RECEIVED += [
    (
        "en",
        "Uzbek Foreign Minister Bakhtiyor Saidov received the new ambassador of Turkey, Ali Kaya.",
    ),
    (
        "de",
        "Der usbekische Außenminister Bachtijor Saidow empfing den türkischen Botschafter Ali Kaya.",
    ),
    ("ru", "Министр иностранных дел Узбекистана Бахтиёр Саидов принял посла Турции Али Кая."),
    (
        "fr",
        "Le ministre ouzbek des Affaires étrangères Bakhtiyor Saïdov a reçu l'ambassadeur turc Ali Kaya.",
    ),
]


# ... nor does a host receiving a guest in the passive make the guest a host
NOT_RECEIVED += [
    (
        "en",
        (
            "Japarov landed on Monday and was received at the airport by Turkish Defence Minister"
            " Yasar Guler."
        ),
    ),
    (
        "fr",
        (
            "Japarov a atterri lundi et a été reçu à l'aéroport par le ministre turc de la Défense"
            " Yasar Güler."
        ),
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOT_RECEIVED)
def test_a_letter_or_credentials_received_are_no_visit(lang: str, text: str) -> None:
    assert extract_visits(text, lang, PUB_U) == []


# set AC: a country people are deported from is no side of a visit told beside the figure
DEPORTED_FROM = [
    (
        "en",
        "Turkish delegation arrives in Kabul; 2,000 Afghans deported from Pakistan this week",
        [("TUR", "AFG")],
    ),
    (
        "en",
        (
            "A Turkish delegation arrived in Kabul on Monday as 2,000 Afghans were deported from"
            " Pakistan."
        ),
        [("TUR", "AFG")],
    ),
    ("en", "A delegation from Pakistan arrived in Kabul on Monday.", [("PAK", "AFG")]),
    (
        "de",
        (
            "Eine türkische Delegation traf am Montag in Kabul ein, während die Abschiebungen aus"
            " Pakistan weitergingen."
        ),
        [("TUR", "AFG")],
    ),
    (
        "ru",
        (
            "Турецкая делегация прибыла в Кабул в понедельник; 2000 афганцев депортированы из"
            " Пакистана."
        ),
        [("TUR", "AFG")],
    ),
    (
        "fr",
        (
            "Une délégation turque est arrivée lundi à Kaboul, alors que 2 000 Afghans étaient"
            " expulsés du Pakistan."
        ),
        [("TUR", "AFG")],
    ),
    ("fr", "Une délégation du Pakistan est arrivée lundi à Kaboul.", [("PAK", "AFG")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DEPORTED_FROM)
def test_a_country_people_are_deported_from_is_no_visitor(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    visits = extract_visits(text, lang, PUB_U)
    assert [(v.visitor_country, v.host_country) for v in visits] == expected


# set AC: an event alone in a digest's paragraph ("An exhibition opened in Ashgabat") is no
# trip of the side another paragraph named; in the same paragraph that side still visits
LONE_EVENTS = [
    (
        "en",
        (
            "The Kazakh president spoke by phone with the Turkmen president.\n\nA carpet exhibition"
            " opened in Ashgabat on Friday."
        ),
        [],
    ),
    (
        "en",
        (
            "Kazakhstan and Turkmenistan agreed to expand trade. A carpet exhibition opened in"
            " Ashgabat on Friday."
        ),
        [("KAZ", "TKM")],
    ),
    (
        "de",
        (
            "Der kasachische Präsident telefonierte mit dem turkmenischen Präsidenten.\n\nIn"
            " Aschgabat wurde am Freitag eine Teppichausstellung eröffnet."
        ),
        [],
    ),
    (
        "ru",
        (
            "Президент Казахстана провел телефонный разговор с президентом Туркменистана.\n\nВ"
            " Ашхабаде в пятницу открылась выставка ковров."
        ),
        [],
    ),
    (
        "fr",
        (
            "Le président kazakh s'est entretenu au téléphone avec le président turkmène.\n\nUne"
            " exposition de tapis a ouvert vendredi à Achgabat."
        ),
        [],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LONE_EVENTS)
def test_an_event_alone_in_its_paragraph_is_no_trip_of_the_other_side(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    visits = extract_visits(text, lang, PUB_U)
    assert [(v.visitor_country, v.host_country) for v in visits] == expected


# set AC: South Asian wires' courtesy call ("called on Prime Minister X") is a meeting, and
# "met/called on X here" places it in the dateline's city; "called on Y to ..." is a demand
COURTESY_CALLS = [
    (
        (
            "ISLAMABAD, Nov 3 (APP): Turkmen Foreign Minister Rashid Meredov called on Prime"
            " Minister Shehbaz Sharif here on Monday."
        ),
        [("TKM", "PAK", "Islamabad")],
    ),
    (
        (
            "ISLAMABAD, Nov 3 (APP): Turkmen Foreign Minister Rashid Meredov met Prime Minister"
            " Shehbaz Sharif here on Monday."
        ),
        [("TKM", "PAK", "Islamabad")],
    ),
    (
        (
            "Turkmen Foreign Minister Rashid Meredov called on Pakistani Prime Minister Shehbaz"
            " Sharif on Monday."
        ),
        [("TKM", "PAK", None)],
    ),
    (
        (
            "ISLAMABAD, Nov 3 (APP): Turkmen Foreign Minister Rashid Meredov called on Pakistan to"
            " speed up the pipeline."
        ),
        [],
    ),
    (
        (
            "Turkmen Foreign Minister Rashid Meredov called on the Taliban to protect the pipeline"
            " route."
        ),
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COURTESY_CALLS)
def test_a_courtesy_call_is_a_meeting(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    visits = extract_visits(text, "en", PUB_U)
    assert [(v.visitor_country, v.host_country, v.location) for v in visits] == expected


# A wire lead under a dateline that names no destination: "arrived on an official visit" is
# in the dateline's city, and a foreign official meeting one of the dateline's country came
# to it. A headline naming the visitor folds into that lead's visit.
DATELINE_LEADS = [
    pytest.param(
        "en",
        "ASTANA, April 20 (Reuters) - Pakistan's Foreign Minister Ishaq Dar arrived on an "
        "official visit.",
        id="en-arrived-on-visit",
    ),
    pytest.param(
        "de",
        "ASTANA, 20. April - Pakistans Außenminister Ishaq Dar ist zu einem offiziellen Besuch "
        "eingetroffen.",
        id="de-zu-besuch-eingetroffen",
    ),
    pytest.param(
        "fr",
        "ASTANA, 20 avril - Le ministre pakistanais des Affaires étrangères Ishaq Dar est arrivé "
        "en visite officielle.",
        id="fr-arrive-en-visite",
    ),
    pytest.param(
        "ru",
        "АСТАНА, 20 апреля - РИА Новости. Министр иностранных дел Пакистана Исхак Дар прибыл с "
        "официальным визитом.",
        id="ru-pribyl-s-vizitom",
    ),
    pytest.param(
        "en",
        "ASTANA, April 20 (Reuters) - Pakistan's Foreign Minister Ishaq Dar held talks with "
        "President Tokayev.",
        id="en-talks-with-home-official",
    ),
    pytest.param(
        "de",
        "ASTANA, 20. April - Pakistans Außenminister Ishaq Dar führte Gespräche mit Präsident "
        "Tokajew.",
        id="de-gespraeche-mit",
    ),
    pytest.param(
        "fr",
        "ASTANA, 20 avril - Le ministre pakistanais des Affaires étrangères Ishaq Dar a rencontré "
        "le président Tokaïev.",
        id="fr-a-rencontre",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DATELINE_LEADS)
def test_a_lead_without_destination_is_in_the_datelines_city(lang: str, text: str) -> None:
    got = [(v.visitor_country, v.host_country, v.location) for v in extract_visits(text, lang, PUB)]
    assert got == [("PAK", "KAZ", "Astana")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # no dateline: an arrival with no destination names no place
        pytest.param(
            "en",
            "Pakistan's Foreign Minister Ishaq Dar arrived on an official visit.",
            [],
            id="en-no-dateline",
        ),
        pytest.param(
            "ru",
            "Министр иностранных дел Пакистана Исхак Дар прибыл с официальным визитом.",
            [],
            id="ru-no-dateline",
        ),
        # the arrival names its own destination: not the dateline's city
        pytest.param(
            "en",
            "ISLAMABAD, April 20 (Reuters) - Pakistan's Foreign Minister Ishaq Dar arrived on an "
            "official visit to Kazakhstan.",
            [("PAK", "KAZ", None)],
            id="en-visit-to-another-country",
        ),
        # a call is no meeting in the dateline's city
        pytest.param(
            "en",
            "ISLAMABAD, April 20 (Reuters) - Kazakh Foreign Minister Murat Nurtleu held talks "
            "with Prime Minister Shehbaz Sharif by video link.",
            [],
            id="en-video-link",
        ),
        # both sides of the dateline's own country: no trip
        pytest.param(
            "en",
            "ASTANA, April 20 (Reuters) - Kazakh Foreign Minister Murat Nurtleu held talks with "
            "President Tokayev.",
            [],
            id="en-both-of-home",
        ),
    ],
)
def test_a_lead_without_destination_needs_a_dateline_and_a_foreign_side(
    lang: str, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    got = [(v.visitor_country, v.host_country, v.location) for v in extract_visits(text, lang, PUB)]
    assert got == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Dar to visit Kazakhstan\n\nASTANA, April 20 (Reuters) - Pakistan's Foreign Minister "
            "Ishaq Dar arrived on an official visit.",
            id="en",
        ),
        pytest.param(
            "ru",
            "Дар посетит Казахстан\n\nАСТАНА, 20 апреля - РИА Новости. Министр иностранных дел "
            "Пакистана Исхак Дар прибыл с официальным визитом.",
            id="ru",
        ),
    ],
)
def test_a_headline_naming_the_visitor_folds_into_the_leads_visit(lang: str, text: str) -> None:
    got = [
        (v.visitor_country, v.host_country, v.location, v.status)
        for v in extract_visits(text, lang, PUB)
    ]
    assert got == [("PAK", "KAZ", "Astana", "held")]


# Days a few apart of the same visitor in the same city are days of one stay, dated by its
# first day; a week apart, they are two trips.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "Kazakh Foreign Minister Murat Nurtleu arrived in Kabul on 14 April for a two-day "
            "visit.\n\nOn 15 April, Nurtleu held talks in Kabul with Afghan Foreign Minister "
            "Amir Khan Muttaqi.",
            ["2025-04-14"],
            id="en-second-day",
        ),
        pytest.param(
            "en",
            "Kazakh Foreign Minister Murat Nurtleu held talks in Kabul on 15 April with Afghan "
            "officials.\n\nNurtleu had arrived in Kabul on 14 April.",
            ["2025-04-14"],
            id="en-first-day-told-later",
        ),
        pytest.param(
            "de",
            "Der kasachische Außenminister Murat Nurtleu traf am 14. April in Kabul ein. Am "
            "15. April führte Nurtleu in Kabul Gespräche mit dem afghanischen Außenminister.",
            ["2025-04-14"],
            id="de-second-day",
        ),
        pytest.param(
            "fr",
            "Le ministre kazakh des Affaires étrangères Mourat Nourtleou est arrivé le 14 avril "
            "à Kaboul. Le 16 avril, Nourtleou a rencontré à Kaboul le ministre afghan des "
            "Affaires étrangères.",
            ["2025-04-14"],
            id="fr-third-day",
        ),
        pytest.param(
            "en",
            "Kazakh Foreign Minister Murat Nurtleu arrived in Kabul on 3 April.\n\nNurtleu "
            "arrived in Kabul again on 14 April for talks with Afghan officials.",
            ["2025-04-03", "2025-04-14"],
            id="en-two-trips",
        ),
    ],
)
def test_days_of_one_stay_are_one_visit(lang: str, text: str, expected: list[str]) -> None:
    got = sorted(v.date.label() for v in extract_visits(text, lang, PUB))
    assert got == expected


# A dateline may end its place with a full stop before the day ("Астана. 12 ноября.", as
# Central Asian agencies write); a number of people after a full stop is no day.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "ru",
            "Астана. 20 апреля. Министр иностранных дел Пакистана Исхак Дар прибыл с "
            "официальным визитом.",
            [("PAK", "KAZ", "Astana")],
            id="ru-stop-dateline",
        ),
        pytest.param(
            "en",
            "Tashkent. 20 April. Pakistan's Prime Minister Shehbaz Sharif arrived on an official "
            "visit.",
            [("PAK", "UZB", "Tashkent")],
            id="en-stop-dateline",
        ),
        pytest.param(
            "en",
            "Kabul. 12 people were killed on Monday. Pakistan's Prime Minister Shehbaz Sharif "
            "arrived on an official visit.",
            [],
            id="en-count-after-stop",
        ),
    ],
)
def test_a_dateline_may_end_its_place_with_a_full_stop(
    lang: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    got = [(v.visitor_country, v.host_country, v.location) for v in extract_visits(text, lang, PUB)]
    assert got == expected


# A sentence split by a contrast ("but", "während", "однако", "mais") whose one clause puts
# a trip off still tells of the trip in its other clause; a contrast with no trip in it
# leaves the postponed one put off.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "The Kazakh minister's trip to Kabul was postponed, but Uzbek Foreign Minister "
            "Bakhtiyor Saidov arrived in Kabul on Monday.",
            [("UZB", "AFG", "2025-04-21")],
            id="en-but",
        ),
        pytest.param(
            "en",
            "Uzbek Foreign Minister Bakhtiyor Saidov arrived in Kabul on Monday, while a planned "
            "trip by the Kazakh deputy minister was postponed.",
            [("UZB", "AFG", "2025-04-21")],
            id="en-while",
        ),
        pytest.param(
            "de",
            "Der usbekische Außenminister Bachtijor Saidow traf am Montag in Kabul ein, während "
            "die Reise des kasachischen Vizeministers verschoben wurde.",
            [("UZB", "AFG", "2025-04-21")],
            id="de-waehrend",
        ),
        pytest.param(
            "ru",
            "Визит казахстанского замминистра в Кабул был отложен, однако министр иностранных "
            "дел Узбекистана Бахтиёр Саидов прибыл в Кабул в понедельник.",
            [("UZB", "AFG", "2025-04-21")],
            id="ru-odnako",
        ),
        pytest.param(
            "fr",
            "La visite du vice-ministre kazakh à Kaboul a été reportée, mais le ministre ouzbek "
            "des Affaires étrangères Bakhtiyor Saïdov est arrivé lundi à Kaboul.",
            [("UZB", "AFG", "2025-04-21")],
            id="fr-mais",
        ),
        pytest.param(
            "en",
            "The Uzbek minister's visit to Kabul was postponed, but officials said talks would "
            "continue.",
            [],
            id="en-no-other-trip",
        ),
        pytest.param(
            "de",
            "Der Besuch des usbekischen Ministers in Kabul wurde verschoben, aber die Gespräche "
            "gehen weiter.",
            [],
            id="de-no-other-trip",
        ),
        pytest.param(
            "fr",
            "La visite du ministre ouzbek à Kaboul a été reportée, mais les deux parties restent "
            "en contact.",
            [],
            id="fr-no-other-trip",
        ),
    ],
)
def test_a_trip_put_off_in_one_clause_leaves_the_other_clauses_trip(
    lang: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    got = [
        (v.visitor_country, v.host_country, v.date.label()) for v in extract_visits(text, lang, PUB)
    ]
    assert got == expected


# Russian active forms of putting a trip off ("перенесли", "отложили") call it off as the
# passive ones do.
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Визит казахстанского министра в Кабул отложили.", id="otlozhili"),
        pytest.param("Визит казахстанского министра в Кабул перенесли.", id="perenesli"),
        pytest.param("Визит казахстанского министра в Кабул отложат.", id="otlozhat"),
    ],
)
def test_a_trip_put_off_in_the_russian_active_is_none(text: str) -> None:
    assert extract_visits(text, "ru", PUB) == []


# A press conference is where something was said, not a trip: a speaker of no named
# country who "told a news conference in Tashkent that ... Afghanistan" is no Afghan
# visitor, and what he said ("would", "will") gives the sentence no tense. A speaker of a
# named country at a press conference abroad is still a visitor there, held.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "Foreign Minister Karimov told a news conference in Tashkent on Friday that "
            "Uzbekistan would extend its power line to Afghanistan.",
            [],
            id="en-home-speaker",
        ),
        pytest.param(
            "ru",
            "Министр энергетики Каримов в пятницу на пресс-конференции в Ташкенте заявил, что "
            "Узбекистан продлит линию электропередачи в Афганистан.",
            [],
            id="ru-home-speaker",
        ),
        pytest.param(
            "fr",
            "Le ministre de l'Énergie Karimov a déclaré vendredi lors d'une conférence de presse "
            "à Tachkent que l'Ouzbékistan prolongerait sa ligne vers l'Afghanistan.",
            [],
            id="fr-home-speaker",
        ),
        pytest.param(
            "en",
            "Uzbek Energy Minister Karimov said at a press conference in Kabul on Friday that "
            "the power line would be extended next year.",
            [("UZB", "AFG", "held", "2025-04-18")],
            id="en-speaker-abroad",
        ),
        pytest.param(
            "ru",
            "Министр энергетики Узбекистана Каримов в пятницу на пресс-конференции в Кабуле "
            "заявил, что линия будет продлена.",
            [("UZB", "AFG", "held", "2025-04-18")],
            id="ru-speaker-abroad",
        ),
        pytest.param(
            "en",
            "Speaking in Kabul after talks on Friday, Uzbek Energy Minister Karimov said the "
            "power line would be extended next year.",
            [("UZB", "AFG", "held", "2025-04-18")],
            id="en-said-after-talks",
        ),
    ],
)
def test_a_press_conference_is_where_something_was_said(
    lang: str, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    got = [
        (v.visitor_country, v.host_country, v.status, v.date.label())
        for v in extract_visits(text, lang, PUB)
    ]
    assert got == expected


# An official whose stay is under way ("has been in Kabul since", "hält sich ... in Kabul
# auf", "находится в Кабуле") is visiting there; a place an office sits in, "has been in
# office" and "hält sich an" are no stay.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "Kyrgyz Energy Minister Ibraev has been in Dushanbe since Tuesday.",
            [("KGZ", "TJK", "held")],
            id="en",
        ),
        pytest.param(
            "de",
            "Der kirgisische Energieminister Ibrajew hält sich seit Dienstag in Duschanbe auf.",
            [("KGZ", "TJK", "held")],
            id="de",
        ),
        pytest.param(
            "ru",
            "Министр энергетики Киргизии Ибраев находится в Душанбе.",
            [("KGZ", "TJK", "held")],
            id="ru",
        ),
        pytest.param(
            "ru",
            "Находящийся в Душанбе министр энергетики Киргизии Ибраев провел переговоры.",
            [("KGZ", "TJK", "held")],
            id="ru-participle",
        ),
        pytest.param(
            "en", "Kyrgyz Energy Minister Ibraev has been in office since 2023.", [], id="en-office"
        ),
        pytest.param(
            "en",
            "Kyrgyz Energy Minister Ibraev is in Dushanbe for the council.",
            [("KGZ", "TJK", "held")],
            id="en-is-in",
        ),
        pytest.param(
            "en",
            "The council's secretariat is in Dushanbe, Kyrgyz Energy Minister Ibraev said.",
            [],
            id="en-seat",
        ),
        pytest.param(
            "de",
            "Das Sekretariat des Rates ist in Duschanbe, sagte der kirgisische Energieminister.",
            [],
            id="de-seat",
        ),
        pytest.param(
            "de",
            "Der kirgisische Energieminister hält sich an die Absprachen mit Duschanbe.",
            [],
            id="de-keeps-to",
        ),
        pytest.param(
            "ru",
            "Штаб-квартира совета находится в Душанбе, сообщил министр энергетики Киргизии.",
            [],
            id="ru-seat",
        ),
    ],
)
def test_a_stay_under_way_is_a_visit(
    lang: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    got = [(v.visitor_country, v.host_country, v.status) for v in extract_visits(text, lang, PUB)]
    assert got == expected


# A visit under way "since Monday" ("с понедельника находится с визитом") is dated by the
# Monday before publication, not the one after it; a visit word inside the stay's words
# is still read as one ("находится с трехдневным визитом в Узбекистане").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Министр торговли Афганистана Азизи с понедельника находится с трехдневным визитом "
            "в Узбекистане.",
            [("AFG", "UZB", "held", "2025-04-21")],
            id="since-monday-visit",
        ),
        pytest.param(
            "Министр торговли Афганистана Азизи с понедельника находится в Ташкенте.",
            [("AFG", "UZB", "held", "2025-04-21")],
            id="since-monday-stay",
        ),
        pytest.param(
            "Министр торговли Афганистана Азизи посетит Ташкент в понедельник.",
            [("AFG", "UZB", "planned", "2025-04-28")],
            id="planned-monday",
        ),
    ],
)
def test_a_russian_stay_since_a_weekday_is_dated_before_publication(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    wednesday = date(2025, 4, 23)
    got = [
        (v.visitor_country, v.host_country, v.status, v.date.label())
        for v in extract_visits(text, "ru", wednesday)
    ]
    assert got == expected


# The rows of a measure table (its header names the measure and who is responsible or when
# it is due) are measures, not trips, whatever place they name; a table of visits stays.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "| Measure | Responsible | Deadline |\n|---|---|---|\n"
            "| Hold a business forum in Kabul | Chamber of Commerce | 2026 |\n"
            "| Open a trade house in Herat | Uzbek Ministry of Trade | Q1 2026 |",
            [],
            id="en",
        ),
        pytest.param(
            "ru",
            "| Мероприятие | Ответственные | Срок |\n|---|---|---|\n"
            "| Провести бизнес-форум в Кабуле | Торговая палата Узбекистана | 2026 г. |",
            [],
            id="ru",
        ),
        pytest.param(
            "de",
            "| Maßnahme | Zuständig | Frist |\n|---|---|---|\n"
            "| Wirtschaftsforum in Kabul abhalten | Usbekische Handelskammer | 2026 |",
            [],
            id="de",
        ),
        pytest.param(
            "fr",
            "| Mesure | Responsable | Échéance |\n|---|---|---|\n"
            "| Organiser un forum d'affaires à Kaboul | Chambre ouzbèke | 2026 |",
            [],
            id="fr",
        ),
        pytest.param(
            "en",
            "| Date | Delegation | Destination |\n|---|---|---|\n"
            "| 12 May 2025 | Uzbek trade delegation | Kabul |",
            [("UZB", "AFG")],
            id="en-visit-table-stays",
        ),
    ],
)
def test_a_measure_tables_rows_are_no_trips(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _sides(text, lang) == expected


# The visited country may stand apart from its verb: after the subject in German inverted
# order ("Am Montag besuchte der usbekische Außenminister Saidow Kasachstan"), before the
# verb in Russian ("В понедельник Казахстан посетил министр ... Узбекистана").
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "de",
            "Am Freitag besuchte der kirgisische Energieminister Ibrajew Tadschikistan.",
            [("KGZ", "TJK")],
            id="de-inverted",
        ),
        pytest.param(
            "ru",
            "В пятницу Таджикистан посетил министр энергетики Киргизии Ибраев.",
            [("KGZ", "TJK")],
            id="ru-fronted",
        ),
        pytest.param(
            "de",
            "Am Freitag besuchte der kirgisische Energieminister Ibrajew Kirgistan.",
            [],
            id="de-own-country",
        ),
        pytest.param(
            "ru",
            "В пятницу Киргизию посетил министр энергетики Киргизии Ибраев.",
            [],
            id="ru-own-country",
        ),
    ],
)
def test_a_visited_country_apart_from_its_verb(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _sides(text, lang) == expected


# A country named as where things happen ("the situation in Afghanistan", "die Lage in
# Afghanistan", "ситуацию в Афганистане", "la situation en Afghanistan") is no side of the
# article: an official of no stated country is not taken for one of its people. A country
# named as a side still is.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "State Secretary Lukas Brenner travels to Ashgabat on Monday. There he will discuss "
            "the situation in Afghanistan with Foreign Minister Meredov.",
            [],
            id="en",
        ),
        pytest.param(
            "de",
            "Staatssekretär Lukas Brenner reist am Montag nach Aschgabat. Dort spricht er mit "
            "Außenminister Meredow über die Lage in Afghanistan.",
            [],
            id="de",
        ),
        pytest.param(
            "ru",
            "Статс-секретарь Лукас Бреннер в понедельник прибудет в Ашхабад. Там он обсудит "
            "ситуацию в Афганистане с министром Мередовым.",
            [],
            id="ru",
        ),
        pytest.param(
            "fr",
            "Le secrétaire d'État Lukas Brenner se rend lundi à Achgabat. Il y évoquera la "
            "situation en Afghanistan avec le ministre Meredov.",
            [],
            id="fr",
        ),
        pytest.param(
            "en",
            "Deputy Minister Abdul Rahman Rashid travels to Ashgabat on Monday. Afghanistan "
            "wants more Turkmen fuel, and Afghanistan's traders want lower tariffs.",
            [("AFG", "TKM")],
            id="en-a-side-still",
        ),
    ],
)
def test_a_country_talked_about_is_no_side(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _sides(text, lang) == expected


# A city that names a series of talks ("the Moscow format", "Moskauer Format",
# "в московском формате", "le format de Moscou") is not where this round meets.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "The Afghan foreign minister attended talks in the Moscow format in Kazan on Friday.",
            "Kazan",
            id="en",
        ),
        pytest.param(
            "ru",
            "Глава МИД Афганистана в пятницу принял участие во встрече в московском формате в "
            "Казани.",
            "Kazan",
            id="ru",
        ),
        pytest.param(
            "fr",
            "Le ministre afghan des Affaires étrangères a participé vendredi à Kazan aux "
            "consultations du format de Moscou.",
            "Kazan",
            id="fr",
        ),
        pytest.param(
            "en", "The Afghan foreign minister arrived in Moscow on Friday.", "Moscow", id="en-city"
        ),
    ],
)
def test_a_city_naming_a_series_of_talks_is_no_venue(lang: str, text: str, expected: str) -> None:
    assert [v.location for v in extract_visits(text, lang, PUB)] == [expected]


# Deportations to a country ("deportations to Afghanistan", "депортации в Афганистан",
# "expulsions vers l'Afghanistan") name what a meeting is about: that country is no
# visiting side of the article.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(
            "en",
            "Interior ministers' forum in Vienna discusses deportations to Afghanistan",
            [],
            id="en-headline",
        ),
        pytest.param(
            "en",
            "The interior ministers' forum met in Vienna on Friday to discuss deportations to "
            "Afghanistan.",
            [],
            id="en",
        ),
        pytest.param(
            "ru",
            "Форум министров внутренних дел в Вене обсуждает депортации в Афганистан",
            [],
            id="ru",
        ),
        pytest.param(
            "fr",
            "À Vienne, un forum des ministres de l'Intérieur discute des expulsions vers "
            "l'Afghanistan",
            [],
            id="fr",
        ),
        pytest.param(
            "en",
            "An Afghan delegation discussed deportations to Afghanistan in Vienna on Friday.",
            [("AFG", "AUT")],
            id="en-named-side-stays",
        ),
    ],
)
def test_a_country_deported_to_is_no_side(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _sides(text, lang) == expected
