"""Rules from held-out set AK: long features and mixed-language pages (quotes in another
language than the article's, bilingual press releases, seats of government for cities)."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.extract import extract_document
from tracker.extract.action_items import extract_action_items
from tracker.extract.visits import extract_visits
from tracker.ingest.language import detect_language, foreign_passages

PUBLISHED = date(2026, 10, 15)


def _visits(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    return [
        (v.visitor_country, v.host_country, v.location)
        for v in extract_visits(text, lang, PUBLISHED)
    ]


def _titles(text: str, lang: str) -> list[str]:
    return [i.title for i in extract_action_items(text, lang, PUBLISHED)]


# --- a seat of government stands for its city ------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "Berlin, 15. Oktober 2026. Der usbekische Außenminister Bachtijor Saidow ist am "
            "Dienstag im Élysée-Palast vom französischen Präsidenten empfangen worden.",
            "de",
            ("UZB", "FRA", "Paris"),
            id="de-elysee-palast",
        ),
        pytest.param(
            "Le ministre ouzbek des Affaires étrangères, Bakhtiyor Saïdov, a été reçu lundi "
            "à l'Akorda par le président kazakh.",
            "fr",
            ("UZB", "KAZ", "Astana"),
            id="fr-a-l-akorda",
        ),
        pytest.param(
            "Uzbek Foreign Minister Bakhtiyor Saidov was received at the Akorda on Monday "
            "by the Kazakh president.",
            "en",
            ("UZB", "KAZ", "Astana"),
            id="en-at-the-akorda",
        ),
        pytest.param(
            "Pakistan's interior minister held talks at Downing Street on Monday with the "
            "British prime minister.",
            "en",
            ("PAK", "GBR", "London"),
            id="en-downing-street",
        ),
        pytest.param(
            "Kyrgyz President Sadyr Japarov was received at the Kremlin on Tuesday by Russian "
            "President Vladimir Putin.",
            "en",
            ("KGZ", "RUS", "Moscow"),
            id="en-at-the-kremlin",
        ),
        pytest.param(
            "Der kirgisische Präsident Sadyr Dschaparow wurde am Dienstag im Kreml von "
            "Präsident Wladimir Putin empfangen.",
            "de",
            ("KGZ", "RUS", "Moscow"),
            id="de-im-kreml",
        ),
        pytest.param(
            "Le président kirghiz Sadyr Japarov a été reçu mardi au Kremlin par le président "
            "Vladimir Poutine.",
            "fr",
            ("KGZ", "RUS", "Moscow"),
            id="fr-au-kremlin",
        ),
        pytest.param(
            "Президента Киргизии Садыра Жапарова во вторник принял в Кремле президент России "
            "Владимир Путин.",
            "ru",
            ("KGZ", "RUS", "Moscow"),
            id="ru-v-kremle",
        ),
    ],
)
def test_seat_of_government_is_its_city(text: str, lang: str, expected: tuple[str, ...]) -> None:
    assert _visits(text, lang) == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the French president's office, no place of a trip: no visit to Paris
        pytest.param(
            "L'Élysée a publié lundi un communiqué sur le commerce avec le Kazakhstan.",
            "fr",
            id="fr-elysee-as-office",
        ),
        pytest.param(
            "Das Akorda-Archiv veröffentlichte am Montag neue Dokumente.",
            "de",
            id="de-akorda-compound",
        ),
        # the Russian government speaking, no place of a trip
        pytest.param(
            "The Kremlin said on Tuesday that trade with Kyrgyzstan had grown.",
            "en",
            id="en-kremlin-said",
        ),
        pytest.param(
            "В Кремле во вторник заявили, что товарооборот с Киргизией вырос.",
            "ru",
            id="ru-v-kremle-zayavili",
        ),
    ],
)
def test_seat_of_government_alone_is_no_visit(text: str, lang: str) -> None:
    assert _visits(text, lang) == []


def test_french_foreign_minister_title_names_france() -> None:
    text = (
        "ASTANA – Le ministre de l'Europe et des Affaires étrangères, Pierre Dumont, a été "
        "reçu mardi à l'Akorda par le président kazakh."
    )
    assert _visits(text, "fr") == [("FRA", "KAZ", "Astana")]


# --- an office or a trade house agreed on in a city is no trip -------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "TASHKENT — Pakistan's trade minister arrived in Tashkent on Monday.\n\nThe "
            "delegations also agreed to open a joint logistics office in Termez by June "
            "2027, where Pakistani traders will be able to clear their cargo.",
            "en",
            id="en-agreed-to-open-office",
        ),
        pytest.param(
            "TASCHKENT. Der pakistanische Handelsminister ist am Montag in Taschkent "
            "eingetroffen.\n\nDie Delegationen vereinbarten zudem, bis Juni 2027 ein "
            "gemeinsames Logistikbüro in Termes einzurichten, in dem pakistanische Händler "
            "ihre Fracht abfertigen können.",
            "de",
            id="de-vereinbarten-buero-einzurichten",
        ),
        pytest.param(
            "TACHKENT – Le ministre pakistanais du Commerce est arrivé lundi à Tachkent.\n\n"
            "Les délégations sont aussi convenues d'ouvrir un bureau logistique commun à "
            "Termez d'ici juin 2027, où les commerçants pakistanais pourront dédouaner "
            "leurs marchandises.",
            "fr",
            id="fr-convenues-d-ouvrir-un-bureau",
        ),
    ],
)
def test_office_agreed_in_a_city_is_no_second_visit(text: str, lang: str) -> None:
    assert [v.host_country for v in extract_visits(text, lang, PUBLISHED)] == ["UZB"]
    assert len(extract_visits(text, lang, PUBLISHED)) == 1


def test_a_trip_to_open_an_office_is_still_a_trip() -> None:
    text = "Pakistan's trade minister arrived in Termez on Monday to open a logistics office."
    assert _visits(text, "en") == [("PAK", "UZB", "Termez")]


# --- what a thing agreed on will do describes it ---------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "title"),
    [
        pytest.param(
            "The ministries agreed to build a logistics centre in Navoi, which will prepare "
            "drivers and dispatchers for work on the corridor.",
            "en",
            "Build a logistics centre in Navoi",
            id="en-which-will-prepare",
        ),
        pytest.param(
            "The sides agreed to set up a joint laboratory in Nukus, which will study water "
            "quality in the Aral basin.",
            "en",
            "Set up a joint laboratory in Nukus",
            id="en-which-will-study",
        ),
    ],
)
def test_relative_clause_of_a_measure_is_no_second_measure(
    text: str, lang: str, title: str
) -> None:
    assert _titles(text, lang) == [title]


def test_relative_clause_with_its_own_deadline_dates_the_measure() -> None:
    items = extract_action_items(
        "The ministries agreed to build a pipeline, which is to be completed by 2029.",
        "en",
        PUBLISHED,
    )
    assert [(i.title, i.due.start and i.due.start.year) for i in items] == [
        ("Build a pipeline", 2029)
    ]


# --- a goal for trade agreed on is no measure ------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("Лидеры договорились о новой цели по товарообороту", "ru", id="ru-cel"),
        pytest.param("Стороны условились о целевом показателе товарооборота.", "ru", id="ru-pok"),
        pytest.param(
            "Les deux ministres sont convenus d'un objectif pour les échanges commerciaux.",
            "fr",
            id="fr-objectif-echanges",
        ),
    ],
)
def test_goal_agreed_on_is_no_action_item(text: str, lang: str) -> None:
    assert _titles(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "Стороны договорились о создании рабочей группы по торговле.", "ru", id="ru-group"
        ),
        pytest.param(
            "Les deux ministres sont convenus d'un plan pour les échanges commerciaux.",
            "fr",
            id="fr-plan",
        ),
    ],
)
def test_other_things_agreed_on_stay_measures(text: str, lang: str) -> None:
    assert len(_titles(text, lang)) == 1


# --- a relative pronoun before a passive names no work ---------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Стороны подписали соглашение, по которому до конца 2027 года в Самарканде будет "
            "открыт учебный центр.",
            "Открыт учебный центр",
            id="ru-po-kotoromu",
        ),
        pytest.param(
            "Министры подписали протокол, в соответствии с которым к 2028 году будет "
            "построен новый мост.",
            "Построен новый мост",
            id="ru-v-sootvetstvii-s-kotorym",
        ),
    ],
)
def test_russian_relative_before_passive(text: str, title: str) -> None:
    assert _titles(text, "ru") == [title]


# --- quotes in another language ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "quoted"),
    [
        pytest.param(
            'Бишкек, 15 октября. В заявлении говорится: "The ministers agreed to open a '
            'joint business council in Bishkek before the end of 2027." Других '
            "подробностей не приводится.",
            "ru",
            "en",
            id="ru-english-quote",
        ),
        pytest.param(
            "Die Ministerin sagte auf Französisch: « Nous voulons ouvrir un bureau commun à "
            "Bichkek d'ici la fin de 2027 ». Weitere Details nannte sie nicht.",
            "de",
            "fr",
            id="de-french-quote",
        ),
        pytest.param(
            "The minister said in Russian: «Мы договорились открыть совместный деловой совет "
            "в Бишкеке до конца 2027 года». He gave no details.",
            "en",
            "ru",
            id="en-russian-quote",
        ),
        # a quote in the other script needs no figure to be read
        pytest.param(
            "The minister added in Russian that «делегация примет участие в форуме в Казани "
            "в следующем месяце».",
            "en",
            "ru",
            id="en-russian-quote-no-figure",
        ),
        pytest.param(
            'Он написал в Telegram: "We have stepped into a new stage of our friendship".',
            "ru",
            "en",
            id="ru-english-quote-no-figure",
        ),
        # a scraped page's German low quote closed by a straight one
        pytest.param(
            "Er sagte: „Nous voulons porter nos échanges à deux milliards d'euros d'ici 2030\", "
            "und lächelte.",
            "de",
            "fr",
            id="de-low-quote-straight-close",
        ),
    ],
)
def test_foreign_passages_found(text: str, language: str, quoted: str) -> None:
    assert [p[2] for p in foreign_passages(text, language)] == [quoted]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a quote in the article's own language
        pytest.param(
            "Die Ministerin sagte: „Wir wollen bis Ende 2027 ein gemeinsames Büro in "
            "Bischkek eröffnen.“",
            "de",
            id="de-own-language",
        ),
        # a foreign quote in the article's own script with no figure states no fact; lingua
        # is not asked
        pytest.param(
            "Une porte-parole a déclaré : « Returns to Afghanistan must be voluntary, safe and "
            "dignified ».",
            "fr",
            id="fr-english-no-figure",
        ),
        # a short foreign slogan
        pytest.param("Le slogan « Trade 2030 now » était partout.", "fr", id="fr-short"),
    ],
)
def test_foreign_passages_not_found(text: str, language: str) -> None:
    assert foreign_passages(text, language) == ()


def _extract(text: str, language: str):  # type: ignore[no-untyped-def]
    return extract_document(
        text,
        name="x.txt",
        language=language,
        published=PUBLISHED,
        passages=foreign_passages(text, language),
    )


@pytest.mark.parametrize(
    ("text", "language", "countries", "amount", "currency"),
    [
        pytest.param(
            "Ташкент и Лондон: новые цели\n\nПрезидент Узбекистана провел переговоры в "
            'Великобритании. В совместном заявлении на английском языке говорится: "The '
            'leaders agreed to raise bilateral trade to £3 billion by 2031."',
            "ru",
            ("GBR", "UZB"),
            3_000_000_000,
            "GBP",
            id="ru-english-statement",
        ),
        pytest.param(
            "Kasachstan und Frankreich wollen mehr Handel\n\nDer kasachische Präsident war "
            "am Dienstag in Paris. Der französische Präsident sagte: « Nous voulons porter "
            "nos échanges commerciaux à 6 milliards d'euros d'ici 2031 ».",
            "de",
            ("FRA", "KAZ"),
            6_000_000_000,
            "EUR",
            id="de-french-quote",
        ),
        pytest.param(
            "Uzbekistan and Germany\n\nThe Uzbek president visited Berlin on Tuesday. "
            "The chancellor said in German: „Wir wollen den Handel mit Usbekistan bis 2030 "
            "auf 4 Milliarden Euro steigern.“",
            "en",
            ("DEU", "UZB"),
            4_000_000_000,
            "EUR",
            id="en-german-quote",
        ),
    ],
)
def test_goal_in_a_foreign_quote(
    text: str, language: str, countries: tuple[str, ...], amount: int, currency: str
) -> None:
    targets = _extract(text, language).trade_targets
    assert [(t.countries, int(t.amount), t.currency) for t in targets] == [
        (countries, amount, currency)
    ]
    quote = targets[0].evidence
    assert text[quote.start : quote.end] == quote.quote


@pytest.mark.parametrize(
    ("text", "language", "title"),
    [
        pytest.param(
            'Бишкек, 15 октября. В заявлении говорится: "The ministers agreed to open a '
            'joint business council in Bishkek before the end of 2027."',
            "ru",
            "Open a joint business council in Bishkek",
            id="ru-english-measure",
        ),
        pytest.param(
            "Der Präsident sagte: « Nous avons décidé d'ouvrir une liaison aérienne directe "
            "entre Lyon et Almaty au printemps 2027 ».",
            "de",
            "Ouvrir une liaison aérienne directe entre Lyon et Almaty",
            id="de-french-measure",
        ),
    ],
)
def test_measure_in_a_foreign_quote(text: str, language: str, title: str) -> None:
    assert [i.title for i in _extract(text, language).action_items] == [title]


def test_a_fact_told_in_both_languages_is_reported_once() -> None:
    text = (
        "Узбекистан и Великобритания\n\nЛидеры Узбекистана и Великобритании договорились "
        'довести товарооборот до 3 млрд фунтов к 2031 году. В заявлении говорится: "The '
        'leaders agreed to raise bilateral trade to £3 billion by 2031."'
    )
    assert len(_extract(text, "ru").trade_targets) == 1


# --- a page giving the same text in two scripts ----------------------------------------

_GERMAN = (
    (
        "Der Außenminister der Kirgisischen Republik hat am Dienstag in Berlin Gespräche mit "
        "dem Bundesminister des Auswärtigen geführt."
    ),
    "Erörtert wurden die Zusammenarbeit in den Bereichen Energie und Bildung.",
    "Die Minister bekräftigten das Ziel, den bilateralen Handel deutlich zu steigern.",
    "Im Anschluss traf der Minister Vertreter der deutschen Wirtschaft in der Hauptstadt.",
)
_RUSSIAN = (
    (
        "Министр иностранных дел Кыргызской Республики провел во вторник в Берлине переговоры "
        "с Федеральным министром иностранных дел Германии."
    ),
    "Обсуждены вопросы сотрудничества в сферах энергетики и образования.",
    "Министры подтвердили цель значительно увеличить двусторонний товарооборот.",
    "Затем министр встретился с представителями немецких деловых кругов в столице.",
)


def _blocks(first: tuple[str, ...], second: tuple[str, ...]) -> str:
    # the second block, a translation, runs a little longer, so the middle of the page lies
    # in it
    return "\n\n".join(["Pressemitteilung / Пресс-релиз", *first, "---", *second, *second[-2:]])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param(_blocks(_GERMAN, _RUSSIAN), "de", id="de-then-ru"),
        pytest.param(_blocks(_RUSSIAN, _GERMAN), "ru", id="ru-then-de"),
    ],
)
def test_parallel_page_is_in_its_first_block_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_short_lead_in_another_script_leaves_the_body_language() -> None:
    body = "\n\n".join(_RUSSIAN * 2)
    text = f"Kyrgyz minister in Berlin: energy and education on the agenda.\n\n{body}\n"
    assert detect_language(text) == "ru"
