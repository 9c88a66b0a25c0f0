"""Publication dates: metadata first, then datelines at the top or bottom, never prose."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.ingest.clean import clean_text
from tracker.ingest.published import find_issue_month, find_published
from tracker.pipeline import extract_file

BODY = (
    "Officials from both countries met to review progress on the transit corridor and"
    " agreed to continue the talks."
)


def _page(top: str = "", bottom: str = "") -> str:
    return "\n\n".join(
        part for part in ("A Headline About Transit Talks", top, BODY, bottom) if part
    )


@pytest.mark.parametrize(
    ("top", "language", "expected"),
    [
        pytest.param("Published 21/04/2025", "en", date(2025, 4, 21), id="en-numeric-day-first"),
        pytest.param("Published on April 21, 2025", "en", date(2025, 4, 21), id="en-month-name"),
        pytest.param("Posted: March 3rd, 2024 10:15", "en", date(2024, 3, 3), id="en-ordinal-time"),
        pytest.param("Updated 04/13/2024", "en", date(2024, 4, 13), id="month-first-when-forced"),
        pytest.param("Published 03/04/2024", "en", date(2024, 4, 3), id="ambiguous-is-day-first"),
        pytest.param("Veröffentlicht am 3. März 2024", "de", date(2024, 3, 3), id="de-month-name"),
        pytest.param("Stand: 14.05.2024, 10:15 Uhr", "de", date(2024, 5, 14), id="de-stand"),
        pytest.param("Опубликовано 5 марта 2024", "ru", date(2024, 3, 5), id="ru-month-name"),
        pytest.param("Опубликовано: 05.03.2024 12:30", "ru", date(2024, 3, 5), id="ru-numeric"),
        pytest.param("5 марта 2024 г.", "ru", date(2024, 3, 5), id="ru-date-line-with-g"),
        pytest.param("Publié le 12 mars 2024", "fr", date(2024, 3, 12), id="fr-month-name"),
        pytest.param("Mis à jour le 1er avril 2024", "fr", date(2024, 4, 1), id="fr-premier"),
        pytest.param("21.04.2025", "de", date(2025, 4, 21), id="date-only-dotted"),
        pytest.param("2025-04-21", None, date(2025, 4, 21), id="date-only-iso"),
        pytest.param("Published 12 mars 2024", None, date(2024, 3, 12), id="language-unknown"),
        # a Markdown-italic stamp opens with "_", a word character
        pytest.param(
            "_Published 2 May 2025 · Politics_", "en", date(2025, 5, 2), id="en-md-italic"
        ),
        pytest.param("_Veröffentlicht am 9. Juni 2025_", "de", date(2025, 6, 9), id="de-md-italic"),
        pytest.param("_Опубликовано 14 мая 2025 г._", "ru", date(2025, 5, 14), id="ru-md-italic"),
        pytest.param(
            "_Publié le 7 juillet 2025 · Rubrique Asie_", "fr", date(2025, 7, 7), id="fr-md-italic"
        ),
        # a short page label before the stamp, set apart by a spaced dash or bar
        pytest.param(
            "Agenda régional - publié le 3 juin 2025", "fr", date(2025, 6, 3), id="fr-label-dash"
        ),
        pytest.param(
            "Weekly Briefing | Published on 4 May 2025", "en", date(2025, 5, 4), id="en-label-bar"
        ),
        pytest.param(
            "Termine – Veröffentlicht am 2. Juni 2025", "de", date(2025, 6, 2), id="de-label-dash"
        ),
        pytest.param(
            "Анонсы - опубликовано 5 июня 2025", "ru", date(2025, 6, 5), id="ru-label-dash"
        ),
    ],
)
def test_dateline_at_top(top: str, language: str | None, expected: date) -> None:
    raw = _page(top=top)
    assert find_published(raw, clean_text(raw), language) == expected


@pytest.mark.parametrize(
    ("stamp", "language", "expected"),
    [
        pytest.param("Date of publication: 9 June 2025", "en", date(2025, 6, 9), id="en"),
        pytest.param("Publication date: 9 June 2025", "en", date(2025, 6, 9), id="en-reversed"),
        pytest.param("Veröffentlichungsdatum: 9. Juni 2025", "de", date(2025, 6, 9), id="de"),
        pytest.param("Date de parution : 9 juin 2025", "fr", date(2025, 6, 9), id="fr"),
    ],
)
def test_labelled_publication_date_under_a_dated_heading_line(
    stamp: str, language: str, expected: date
) -> None:
    # a bulletin's header: the covered period on one line, the publication stamp below
    raw = _page(top=f"Reporting period: 1–7 June 2025\n{stamp}")
    assert find_published(raw, clean_text(raw), language) == expected


@pytest.mark.parametrize(
    ("bottom", "expected"),
    [
        pytest.param("Example Agency 21/04/2025", date(2025, 4, 21), id="signed-by-agency"),
        pytest.param("Published 21/04/2025", date(2025, 4, 21), id="published-at-bottom"),
        pytest.param("30.07.2024", date(2024, 7, 30), id="date-only-at-bottom"),
    ],
)
def test_dateline_at_bottom(bottom: str, expected: date | None) -> None:
    raw = _page(bottom=bottom)
    assert find_published(raw, clean_text(raw), "en") == expected


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(
            '<html><head><meta property="article:published_time" content="2024-03-12T08:00:00Z">'
            "</head><body><p>Published 01/01/2020</p></body></html>",
            id="meta-property",
        ),
        pytest.param(
            '<html><head><script type="application/ld+json">{"@type": "NewsArticle",'
            ' "datePublished": "2024-03-12T10:00:00+01:00"}</script></head><body><p>x</p></body>'
            "</html>",
            id="json-ld",
        ),
        pytest.param(
            '<html><body><p>By a reporter, <time datetime="2024-03-12">12 March</time></p>'
            "</body></html>",
            id="time-element",
        ),
    ],
)
def test_metadata(raw: str) -> None:
    assert find_published(raw, clean_text(raw), "en") == date(2024, 3, 12)


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(_page(), id="no-date"),
        pytest.param(
            _page(top="In 2017-2018 the country held a rotating seat on the council."),
            id="year-range-in-prose",
        ),
        pytest.param(
            _page(top="The agreement signed on 21/04/2025 in the capital opens a new corridor."),
            id="date-inside-a-sentence",
        ),
        pytest.param(_page(top="Published 31/02/2025"), id="impossible-date"),
        pytest.param(
            _page(bottom="Talks will resume at the ministry on 12/05/2025 at noon."),
            id="date-in-last-sentence",
        ),
        pytest.param(_page(top="Published 21/04/1066"), id="implausible-year"),
        pytest.param("", id="empty"),
    ],
)
def test_none_when_the_page_states_no_date(raw: str) -> None:
    assert find_published(raw, clean_text(raw), "en") is None


def test_date_in_the_middle_of_a_long_article_is_ignored() -> None:
    middle = [f"Paragraph number {i} of the story, with nothing to date it." for i in range(40)]
    middle[20] = "21.04.2025"
    raw = "\n\n".join(middle)
    assert find_published(raw, clean_text(raw), "en") is None


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        pytest.param("Example Wire | 13 March 2025", date(2025, 3, 13), id="outlet-pipe-date"),
        pytest.param(
            "*Staff reporter* · Published 04/12/2024 · 5 min read", date(2024, 12, 4), id="byline"
        ),
        pytest.param(
            "Thursday, September 26, 2024 | Updated: September 27, 2024 3:15 pm",
            date(2024, 9, 26),
            id="weekday-first",
        ),
        pytest.param("Regional digest – 15. November 2024", date(2024, 11, 15), id="dash-segment"),
        pytest.param("28.04.2025 | 17:52 | Views: 1,904", date(2025, 4, 28), id="date-time-views"),
        pytest.param("09:05 / 14.03.2026", date(2026, 3, 14), id="time-slash-date"),
        pytest.param(
            "Herat (Example Agency) - Publié le 02/10/2025 à 08h40",
            date(2025, 10, 2),
            id="wire-place-hyphen-stamp-fr",
        ),
        pytest.param(
            "Kabul (Example Wire) - Published 11/02/2026 09:15",
            date(2026, 2, 11),
            id="wire-place-hyphen-stamp-en",
        ),
        pytest.param(
            "Jane Doe | 06.05.2026 - Update : 07.05.2026",
            date(2026, 5, 6),
            id="byline-date-update-stamp-en",
        ),
        pytest.param(
            "Redaktion | 3. März 2026 | Aktualisiert 4. März 2026",
            date(2026, 3, 3),
            id="date-update-stamp-de",
        ),
        pytest.param(
            "12.02.2026 – Mis à jour le 13.02.2026 à 10h05",
            date(2026, 2, 12),
            id="date-update-stamp-fr",
        ),
        pytest.param(
            "Reporting period: 1-31 October 2026 | Issued: 10 November 2026",
            date(2026, 11, 10),
            id="bulletin-issued-stamp-en",
        ),
    ],
)
def test_dateline_segments(top: str, expected: date) -> None:
    raw = _page(top=top)
    assert find_published(raw, clean_text(raw), "en") == expected


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        pytest.param(
            "BEIJING/KABUL, Aug 21, 2025 (Example Press) - Ministers met to discuss a corridor.",
            date(2025, 8, 21),
            id="wire-en",
        ),
        pytest.param(
            "БЕРЛИН, 3 марта 2024 — Министры обсудили новый транзитный коридор.",
            date(2024, 3, 3),
            id="wire-ru",
        ),
    ],
)
def test_wire_dateline(first: str, expected: date) -> None:
    raw = first + "\n\n" + BODY
    assert find_published(raw, clean_text(raw), None) == expected


def test_future_date_is_not_a_publication_date() -> None:
    future = date.today() + timedelta(days=1000)
    raw = _page(top=f"Published {future:%d/%m/%Y}")
    assert find_published(raw, clean_text(raw), "en") is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.sampled_from([None, "en", "de", "ru", "fr"]))
def test_find_published_never_raises(raw: str, language: str | None) -> None:
    found = find_published(raw, clean_text(raw), language)
    assert found is None or isinstance(found, date)


# A fixed "today" keeps the year rules and the future check independent of the clock.
TODAY = date(2026, 11, 27)


def _article(first: str, body: str = BODY, last: str = "") -> str:
    return "\n\n".join(part for part in (first, body, last) if part)


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        pytest.param(
            "The Northern Plains Courier - Tuesday, 13 October 2026",
            date(2026, 10, 13),
            id="en-outlet-hyphen-weekday",
        ),
        pytest.param(
            "Press release No. 7/2026, 9 March 2026", date(2026, 3, 9), id="en-press-release-number"
        ),
        pytest.param(
            "**Weekly Corridor Brief - 12 September 2026**",
            date(2026, 9, 12),
            id="en-markdown-emphasis",
        ),
        pytest.param("Ledger of the Steppe - Sept. 14, 2025", date(2025, 9, 14), id="en-sept-dot"),
        pytest.param("12 March 2026 | The Example Ledger", date(2026, 3, 12), id="en-date-first"),
        pytest.param(
            "La Gazette des Steppes – mardi 17 février 2026", date(2026, 2, 17), id="fr-weekday"
        ),
        pytest.param("Le Courrier du Pamir - 3 févr. 2026", date(2026, 2, 3), id="fr-abbreviated"),
        pytest.param("Douchanbé, le 4 février 2026", date(2026, 2, 4), id="fr-place-le-date"),
        pytest.param(
            "Der Grenzbote | Montag, 3. März 2025", date(2025, 3, 3), id="de-pipe-weekday"
        ),
        pytest.param(
            "Pressemitteilung Nr. 12/2025, 7. Mai 2025", date(2025, 5, 7), id="de-press-release"
        ),
        pytest.param("Пресс-релиз, 21.05.2026", date(2026, 5, 21), id="ru-numeric"),
        pytest.param(
            "Бюллетень «Восточный транзит» - 4 сент. 2025", date(2025, 9, 4), id="ru-abbreviated"
        ),
        pytest.param("Вестник региона — 14 янв. 2026 г.", date(2026, 1, 14), id="ru-year-suffix"),
        pytest.param(
            "Steppen-Magazin, Ausgabe 11. Juni 2026", date(2026, 6, 11), id="de-ausgabe-date"
        ),
        pytest.param(
            "La Revue du Pamir, édition du 2 mars 2026", date(2026, 3, 2), id="fr-edition-du"
        ),
        pytest.param("Corridor Review, Issue 14 May 2026", date(2026, 5, 14), id="en-issue-date"),
        pytest.param(
            "Газета «Вечерний курьер» №12 от 14.03.2026, стр. 3",
            date(2026, 3, 14),
            id="ru-issue-page",
        ),
        pytest.param(
            "Steppen-Magazin, Ausgabe vom 3. März 2026, S. 4", date(2026, 3, 3), id="de-issue-page"
        ),
        pytest.param(
            "La Revue du Pamir, édition du 2 mars 2026, p. 7", date(2026, 3, 2), id="fr-issue-page"
        ),
        pytest.param("Lettre du 10 juin 2026", date(2026, 6, 10), id="fr-lettre-alone"),
        pytest.param("Ausgabe vom 4. Mai 2026", date(2026, 5, 4), id="de-ausgabe-alone"),
        pytest.param("Newsletter, 12 March 2026", date(2026, 3, 12), id="en-newsletter"),
        pytest.param("Бюллетень от 3 апреля 2026 г.", date(2026, 4, 3), id="ru-bulletin-alone"),
    ],
)
def test_masthead_line_at_top(top: str, expected: date) -> None:
    raw = _page(top=top)
    assert find_published(raw, clean_text(raw), None, today=TODAY) == expected


@pytest.mark.parametrize(
    ("bottom", "expected"),
    [
        pytest.param(
            "Press office of the Example Ministry, 3 March 2026", date(2026, 3, 3), id="en-office"
        ),
        pytest.param("Pressestelle des Ministeriums, 3. März 2026", date(2026, 3, 3), id="de"),
        pytest.param("Пресс-служба министерства, 3 марта 2026 года", date(2026, 3, 3), id="ru"),
        pytest.param("Service de presse - 3 mars 2026", date(2026, 3, 3), id="fr"),
    ],
)
def test_signature_line_at_bottom(bottom: str, expected: date) -> None:
    raw = _page(bottom=bottom)
    assert find_published(raw, clean_text(raw), None, today=TODAY) == expected


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        pytest.param(
            "ДУШАНБЕ, 14 апреля 2026 года. /Агентство «Памир-Инфо»/. Министры обсудили транзит.",
            date(2026, 4, 14),
            id="ru-agency-in-slashes",
        ),
        pytest.param(
            "Бишкек, 2 марта 2026 — Министры обсудили новый транзитный коридор.",
            date(2026, 3, 2),
            id="ru-title-case-place",
        ),
        pytest.param(
            "TASHKENT, 2 June 2025 (Steppe Wire) - Officials agreed on a new rail timetable.",
            date(2025, 6, 2),
            id="en-day-first",
        ),
        pytest.param(
            "KARACHI, May 19, 2025 — Port officials reported a rise in transit cargo.",
            date(2025, 5, 19),
            id="en-month-first",
        ),
        pytest.param(
            "WIEN, 3. März 2025 (apa) – Die Minister berieten über einen neuen Korridor.",
            date(2025, 3, 3),
            id="de-upper-case-place",
        ),
        pytest.param(
            "Mazar, 8. Oktober 2025 (Nordwind) – Eine Delegation traf sich mit dem Gouverneur. "
            + "Die Gespräche dauerten bis in den Abend und betrafen Zölle und Strom. " * 5,
            date(2025, 10, 8),
            id="de-title-case-long-paragraph",
        ),
        pytest.param(
            "LYON, 12 mars 2025 (Agence Alpes) - Les ministres ont évoqué un nouveau corridor.",
            date(2025, 3, 12),
            id="fr-agency",
        ),
        pytest.param(
            "Hamburg (nrd/lk) - 14. Januar 2025 - Der Senat beriet über Rückführungen.",
            date(2025, 1, 14),
            id="de-agency-before-the-date",
        ),
        pytest.param(
            "QUETTA (Frontier Wire) – June 2, 2025 – Traders waited at the crossing.",
            date(2025, 6, 2),
            id="en-agency-before-the-date",
        ),
        pytest.param(
            "Самарканд (Вести), 9 апреля 2025 г. - Министры обсудили новый коридор.",
            date(2025, 4, 9),
            id="ru-agency-then-comma",
        ),
        pytest.param(
            "PESHAWAR, Pakistan, Feb. 3, 2025 — Traders waited at the crossing for a second day.",
            date(2025, 2, 3),
            id="en-place-then-country",
        ),
        pytest.param(
            "Almaty, Kazakhstan, 14 May 2025 (Steppe Wire) - Officials met the visiting team.",
            date(2025, 5, 14),
            id="en-place-then-country-day-first",
        ),
        # Markdown bold around the place and date, a sentence with other dates after it
        # (held-out set X)
        pytest.param(
            "**Almaty, 8. Oktober 2024** – Das für den 14. Oktober in Almaty geplante Forum findet "
            "nicht statt.",
            date(2024, 10, 8),
            id="de-markdown-bold",
        ),
        pytest.param(
            "**KABUL, 3 March 2025** - The delegation arrived.",
            date(2025, 3, 3),
            id="en-markdown-bold",
        ),
        pytest.param(
            "**Душанбе, 5 марта 2025** – Визит, намеченный на 12 марта, перенесен на 20 апреля.",
            date(2025, 3, 5),
            id="ru-markdown-bold",
        ),
        pytest.param(
            "**Douchanbé, 5 mars 2025** – La visite prévue le 12 mars est reportée au 20 avril.",
            date(2025, 3, 5),
            id="fr-markdown-bold",
        ),
        # the outlet's name after a comma, before the full stop or dash that ends the line's
        # dateline
        pytest.param(
            "Ташкент, 25 ноября 2025 года, «Вести Востока». В начале декабря ожидается визит.",
            date(2025, 11, 25),
            id="ru-outlet-after-comma",
        ),
        pytest.param(
            "Tashkent, 25 November 2025, Steppe.uz. A visit is expected in early December.",
            date(2025, 11, 25),
            id="en-outlet-after-comma",
        ),
        pytest.param(
            "Berlin, 25. November 2025, dpa - Ein Besuch wird erwartet.",
            date(2025, 11, 25),
            id="de-agency-after-comma",
        ),
        pytest.param(
            "Paris, le 25 novembre 2025, Nord-Sud Info. Une visite est attendue.",
            date(2025, 11, 25),
            id="fr-outlet-after-comma",
        ),
    ],
)
def test_wire_dateline_with_year(first: str, expected: date) -> None:
    raw = _article(first)
    assert find_published(raw, clean_text(raw), None, today=TODAY) == expected


@pytest.mark.parametrize(
    ("first", "body", "today", "expected"),
    [
        pytest.param(
            "NEW DELHI, Feb 11 (Subcontinent Wire) - Ministers met to review the corridor.",
            "Trade grew in 2024 and again in 2025, officials said.",
            date(2026, 1, 20),
            date(2025, 2, 11),
            id="en-latest-year-not-in-the-future",
        ),
        pytest.param(
            "MASHHAD/HERAT, July 8 (Plateau Wire) - A delegation crossed the border.",
            "The line opened in 2023; the target for 2030 is twice the 2026 volume.",
            TODAY,
            date(2026, 7, 8),
            id="en-years-after-today-ignored",
        ),
        pytest.param(
            "КАБУЛ, 17 июля. Делегация провела переговоры о транзите.",
            "Стороны договорились продолжить работу.",
            date(2026, 3, 1),
            date(2025, 7, 17),
            id="ru-no-year-still-to-come-is-last-year",
        ),
        pytest.param(
            "BERLIN, 3. März (Agentur) – Die Minister trafen sich.",
            "Die Gespräche sollen fortgesetzt werden.",
            date(2026, 9, 1),
            date(2026, 3, 3),
            id="de-no-year-this-year",
        ),
        pytest.param(
            "GENÈVE, 4 févr. (Agence Lac) – Les délégations se sont réunies.",
            "La dernière rencontre remonte à 2019.",
            TODAY,
            date(2019, 2, 4),
            id="fr-year-from-the-text",
        ),
        pytest.param(
            "KABUL, Feb 29 (Example Wire) - Officials met at the ministry.",
            "Figures for 2024 and 2025 were compared.",
            TODAY,
            date(2024, 2, 29),
            id="leap-day-skips-years-without-it",
        ),
    ],
)
def test_wire_dateline_without_year(first: str, body: str, today: date, expected: date) -> None:
    raw = _article(first, body=body)
    assert find_published(raw, clean_text(raw), None, today=today) == expected


def _filler(count: int) -> list[str]:
    return [
        f"Paragraph {i} tells more of the story and dates nothing at all." for i in range(count)
    ]


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(
            _page(top="The talks will be held on Thursday, 12 March 2026."),
            id="weekday-date-ending-a-sentence",
        ),
        pytest.param(
            _page(top="Tuesday, May 5 - the delegation is expected at the border crossing."),
            id="weekday-is-not-a-place",
        ),
        pytest.param(
            "\n\n".join([*_filler(8), "Regional Brief - 12 September 2025", *_filler(8)]),
            id="masthead-shape-deep-in-the-text",
        ),
        pytest.param(
            _page(
                bottom="Exports reach a new high - 12 March 2026\n\n"
                "Border crossing reopens for trucks - 10 March 2026"
            ),
            id="related-list-with-hyphens",
        ),
        pytest.param(
            _page(
                bottom="Exports reach a new high – 12 March 2026\n\n"
                "Border crossing reopens for trucks – 10 March 2026"
            ),
            id="related-list-with-en-dashes",
        ),
        pytest.param(
            _page(top="The Example Ledger - 15 December 2026"), id="masthead-in-the-future"
        ),
        pytest.param(
            _article("KABUL, 12 March 2031 (Example Wire) - A summit is planned."),
            id="wire-dateline-in-the-future",
        ),
        pytest.param(
            _page(top="Officials from the two ministries, meeting in the border town, 4 May 2026"),
            id="long-lead-is-prose",
        ),
    ],
)
def test_none_for_dates_that_are_not_datelines(raw: str) -> None:
    assert find_published(raw, clean_text(raw), "en", today=TODAY) is None


def test_masthead_wins_over_an_update_stamp() -> None:
    raw = _page(top="The Example Ledger - 15 October 2026\n\nUpdated 16 October 2026")
    assert find_published(raw, clean_text(raw), "en", today=TODAY) == date(2026, 10, 15)


def test_dated_wire_line_wins_over_a_year_guess() -> None:
    raw = _article("KABUL, 12 March 2025 (Example Wire) - Talks went on.", body="Back in 2019.")
    assert find_published(raw, clean_text(raw), "en", today=TODAY) == date(2025, 3, 12)


@pytest.mark.parametrize("locale", ["en", "de", "ru", "fr"])
@pytest.mark.parametrize("width", ["wide", "abbreviated"])
def test_every_cldr_month_name_is_read(locale: str, width: str) -> None:
    from babel.dates import get_month_names

    for number, name in get_month_names(width, "format", locale).items():
        raw = _page(top=f"The Example Ledger - 9 {name} 2025")
        assert find_published(raw, clean_text(raw), locale, today=TODAY) == date(2025, number, 9)


DATE_TOKENS = [
    "KABUL", "Herat", "New", "Delhi", "/", "Times", "Ledger", "Press", "release", "No.",
    "Thursday", "jeudi", "Montag", "понедельник", "le", "am", "года", "г.", "Sept.", "févr.",
    "янв.", "марта", "März", "May", "mai", "July", "1", "3.", "12", "29", "31", "1989",
    "2019", "2024", "2026", "2027", "2031", "12/2026", "05.03.2026", "2026-02-30", ",", "-",
    "–", "—", "|", "(Wire)", ".", ":", "**", "Published", "Updated", "\n", "\n\n",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(DATE_TOKENS), max_size=40),
    st.sampled_from([None, "en", "de", "ru", "fr"]),
)
def test_found_dates_are_never_after_today(tokens: list[str], language: str | None) -> None:
    raw = " ".join(tokens)
    found = find_published(raw, clean_text(raw), language, today=TODAY)
    assert found is None or date(1990, 1, 1) <= found <= TODAY + timedelta(days=1)


@pytest.mark.parametrize(
    ("masthead", "language", "expected"),
    [
        pytest.param("Газета «Вестник» №78 от 06.05.2026", "ru", date(2026, 5, 6), id="ru-ot"),
        pytest.param("Wochenblatt Ausgabe 12 vom 3. März 2025", "de", date(2025, 3, 3), id="de"),
        pytest.param(
            "Regional Bulletin Issue 12 dated 4 May 2025", "en", date(2025, 5, 4), id="en"
        ),
    ],
)
def test_an_issue_dated_with_its_own_word(masthead: str, language: str, expected: date) -> None:
    raw = _page(top=masthead)
    assert find_published(raw, clean_text(raw), language) == expected


@pytest.mark.parametrize(
    ("top", "language", "expected"),
    [
        pytest.param("17:05, 3 марта 2026", "ru", date(2026, 3, 3), id="ru-time-first"),
        pytest.param("17:05, 3 March 2026", "en", date(2026, 3, 3), id="en-time-first"),
        pytest.param("Last updated 17:05, 3 March 2026", "en", date(2026, 3, 3), id="en-updated"),
        pytest.param("03.03.2026, 17:05", "de", date(2026, 3, 3), id="de-numeric-time-after"),
        pytest.param("17:05 Uhr, 3. März 2026", "de", date(2026, 3, 3), id="de-time-first"),
        pytest.param("3 mars 2026 à 17h05", "fr", date(2026, 3, 3), id="fr-time-after"),
        pytest.param("17h05, 3 mars 2026", "fr", date(2026, 3, 3), id="fr-time-first"),
    ],
)
def test_a_clock_time_beside_the_date(top: str, language: str, expected: date) -> None:
    raw = _page(top=top)
    assert find_published(raw, clean_text(raw), language, today=date(2026, 3, 4)) == expected


@pytest.mark.parametrize(
    ("top", "language", "expected"),
    [
        pytest.param(
            "*Interview: Der Botschafter über Handel, Bahn und Visa. Veröffentlicht am 21. Januar"
            " 2026.*",
            "de",
            date(2026, 1, 21),
            id="de-standfirst",
        ),
        pytest.param(
            "Le ministre répond à nos questions sur le transit. Propos recueillis à Almaty le"
            " 6 octobre 2025.",
            "fr",
            date(2025, 10, 6),
            id="fr-interview-stamp",
        ),
        pytest.param(
            "A long standfirst about the two ministers and their talks on trade. Published in"
            " Kabul on 4 May 2026",
            "en",
            date(2026, 5, 4),
            id="en-place-in-stamp",
        ),
    ],
)
def test_a_stamp_ending_a_long_head_line(top: str, language: str, expected: date) -> None:
    raw = _page(top=top)
    assert find_published(raw, clean_text(raw), language, today=date(2026, 6, 1)) == expected


def test_a_stamp_followed_by_more_prose_is_no_publication_date() -> None:
    raw = _page(
        top="The ministry released its figures for the quarter on Monday. Published 3 March"
        " 2026, the report says returns doubled."
    )
    assert find_published(raw, clean_text(raw), "en", today=date(2026, 6, 1)) is None


# A forum post's or blog's byline stands between the stamp word and the date: "Posted by
# a_user » Sun Nov 22, 2026 9:14 pm" (held-out set U); a longer run of words is a
# sentence, not a byline.
@pytest.mark.parametrize(
    ("top", "language", "expected"),
    [
        pytest.param(
            "Posted by steppe_fan » Sun Nov 15, 2026 8:02 pm", "en", date(2026, 11, 15), id="en"
        ),
        pytest.param(
            "Veröffentlicht von Redaktion Ost | 3. März 2026", "de", date(2026, 3, 3), id="de"
        ),
        pytest.param("Опубликовано от admin, 3 марта 2026", "ru", date(2026, 3, 3), id="ru"),
        pytest.param("Publié par Claire M. le 3 mars 2026", "fr", date(2026, 3, 3), id="fr"),
    ],
)
def test_a_byline_between_the_stamp_and_its_date(top: str, language: str, expected: date) -> None:
    raw = _page(top=top)
    assert find_published(raw, clean_text(raw), language, today=date(2026, 11, 27)) == expected


def test_a_sentence_after_posted_by_is_no_byline() -> None:
    raw = _page(top="Posted by the embassy in Kabul after talks on 3 March 2026")
    assert find_published(raw, clean_text(raw), "en", today=date(2026, 11, 27)) is None


# A feed or aggregator page keeps its only stamp in the <header> bar that cleaning drops
# as site chrome (held-out set U): read there, after every other place.
@pytest.mark.parametrize(
    ("stamp", "language", "expected"),
    [
        pytest.param("Updated: 21/11/2026 11:02", "en", date(2026, 11, 21), id="en"),
        pytest.param("Aktualisiert am 21.11.2026, 11:02 Uhr", "de", date(2026, 11, 21), id="de"),
        pytest.param("Обновлено: 21.11.2026 11:02", "ru", date(2026, 11, 21), id="ru"),
        pytest.param("Mis à jour le 21 novembre 2026", "fr", date(2026, 11, 21), id="fr"),
    ],
)
def test_a_stamp_in_the_page_header_bar(stamp: str, language: str, expected: date) -> None:
    raw = (
        f'<html><body><header><a href="/">NewsHub</a> | <a href="/rss">RSS</a> | {stamp}'
        f"</header><main><h1>Latest news</h1><p>{BODY}</p></main></body></html>"
    )
    assert find_published(raw, clean_text(raw), language, today=TODAY) == expected


def test_a_header_bar_without_a_stamp_gives_nothing_and_a_dateline_comes_first() -> None:
    bare = f'<html><body><header><a href="/">NewsHub</a></header><p>{BODY}</p></body></html>'
    assert find_published(bare, clean_text(bare), "en", today=TODAY) is None
    dated = (
        "<html><body><header>Updated: 21/11/2026</header><article><p>Published 3 March 2026</p>"
        f"<p>{BODY}</p></article></body></html>"
    )
    assert find_published(dated, clean_text(dated), "en", today=TODAY) == date(2026, 3, 3)


# A forum post's head ("Post by X » date", "Beitrag von", "Сообщение от", "Message de")
# and an issue's number before its date ("n° 112 du", "No. 12 of") (held-out set U).
@pytest.mark.parametrize(
    ("top", "language", "expected"),
    [
        pytest.param(
            "Post by kabul_reader » Sun Nov 15, 2026 8:02 pm",
            "en",
            date(2026, 11, 15),
            id="en-post",
        ),
        pytest.param(
            "Beitrag von kabul_leser » So 15. Nov 2026, 20:02",
            "de",
            date(2026, 11, 15),
            id="de-post",
        ),
        pytest.param(
            "Сообщение от kabul_reader » 15 ноя 2026, 20:02", "ru", date(2026, 11, 15), id="ru-post"
        ),
        pytest.param(
            "Message de lecteur_kaboul, le 15 novembre 2026 à 20:02",
            "fr",
            date(2026, 11, 15),
            id="fr-post",
        ),
        pytest.param(
            "Weekly Digest No. 12 of 3 May 2026", "en", date(2026, 5, 3), id="en-issue-number"
        ),
        pytest.param(
            "Wochenbrief Nr. 47 vom 23. November 2026",
            "de",
            date(2026, 11, 23),
            id="de-issue-number",
        ),
        pytest.param(
            "Дайджест № 45 от 20 ноября 2026 г.", "ru", date(2026, 11, 20), id="ru-issue-number"
        ),
        pytest.param(
            "LA LETTRE ASIE CENTRALE – n° 112 du 20 novembre 2026",
            "fr",
            date(2026, 11, 20),
            id="fr-issue-number",
        ),
    ],
)
def test_a_forum_post_head_and_an_issue_number(top: str, language: str, expected: date) -> None:
    raw = _page(top=top)
    assert find_published(raw, clean_text(raw), language, today=TODAY) == expected


def test_a_message_word_in_a_sentence_is_no_stamp() -> None:
    raw = _page(top="The message of the talks, 3 March 2026, was clear to everyone in the room")
    assert find_published(raw, clean_text(raw), "en", today=TODAY) is None


# A wire dateline followed by an editor's note in square brackets (held-out set U).
@pytest.mark.parametrize(
    ("top", "language"),
    [
        pytest.param("KABUL, 12 November 2026 [machine translation]", "en", id="en"),
        pytest.param("Islamabad, 12. November 2026 [maschinelle Übersetzung]", "de", id="de"),
        pytest.param("Бишкек, 12 ноября 2026 г. [машинный перевод]", "ru", id="ru"),
        pytest.param("Paris, 12 novembre 2026 [traduction automatique]", "fr", id="fr"),
    ],
)
def test_a_wire_dateline_with_a_note_in_square_brackets(top: str, language: str) -> None:
    raw = _page(top=top)
    assert find_published(raw, clean_text(raw), language, today=TODAY) == date(2026, 11, 12)


# An official document's head sets place, date and number in columns apart by wide gaps.
@pytest.mark.parametrize(
    ("head", "language", "expected"),
    [
        pytest.param(
            "GOVERNMENT OF THE REPUBLIC\nRESOLUTION\nAstana          3 November 2026          No. 77",
            "en",
            date(2026, 11, 3),
            id="en-place-date-number",
        ),
        pytest.param(
            "Deutscher Landtag          Drucksache 8/1203\n8. Wahlperiode             04.11.2026",
            "de",
            date(2026, 11, 4),
            id="de-drucksache",
        ),
        pytest.param(
            "ПОСТАНОВЛЕНИЕ\nг. Бишкек\t\t5 ноября 2026 года\t\t№ 415",
            "ru",
            date(2026, 11, 5),
            id="ru-tabs",
        ),
        pytest.param(
            "DÉCRET\nParis          6 novembre 2026          n° 2026-981",
            "fr",
            date(2026, 11, 6),
            id="fr-place-date-number",
        ),
    ],
)
def test_a_date_in_a_column_of_a_document_head(head: str, language: str, expected: date) -> None:
    raw = head + "\n\n" + BODY
    assert find_published(raw, clean_text(raw), language, today=TODAY) == expected


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(
            "SCHEDULE\nVisit to the border crossing          3 November 2026\n"
            "Talks with the customs service          4 November 2026",
            id="a-table-of-dated-rows",
        ),
        pytest.param(
            "Notes\nThe talks were held in the capital and ended.          3 November 2026"
            "          Later that day the delegation left.",
            id="sentences-in-columns",
        ),
    ],
)
def test_no_column_date_from_rows_or_sentences(head: str) -> None:
    raw = head + "\n\n" + BODY
    assert find_published(raw, clean_text(raw), "en", today=TODAY) is None


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        pytest.param("Islamabad, the 12th November, 2026", date(2026, 11, 12), id="the-ordinal"),
        pytest.param("Kabul, the 3rd of November 2026", date(2026, 11, 3), id="the-ordinal-of"),
    ],
)
def test_a_place_then_the_day(top: str, expected: date | None) -> None:
    raw = _page(top=top)
    assert find_published(raw, clean_text(raw), "en", today=TODAY) == expected


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        pytest.param("Paris, place Beauvau, 5 mars 2026", date(2026, 3, 5), id="fr-place"),
        pytest.param("Paris, quai d'Orsay, 5 mars 2026", date(2026, 3, 5), id="fr-quai-d"),
        pytest.param(
            "Lyon, rue de la République, 5 mars 2026", date(2026, 3, 5), id="fr-rue-de-la"
        ),
        pytest.param(
            "Des ministres, réunis place Beauvau, 5 mars 2026", None, id="fr-clause-stays-prose"
        ),
        pytest.param(
            "Officials, meeting in the place they chose, 4 May 2026", None, id="en-place-noun"
        ),
    ],
)
def test_a_place_and_its_street_before_the_date(top: str, expected: date | None) -> None:
    """'Paris, place Beauvau, 5 novembre 2026' heads a press conference's transcript: a
    French street or square after the place opens no clause."""
    raw = _page(top=top)
    assert find_published(raw, clean_text(raw), "fr", today=TODAY) == expected


@pytest.mark.parametrize(
    ("top", "language", "expected"),
    [
        pytest.param(
            "## Flash Update No. 7 | As of 12 October 2026", "en", date(2026, 10, 12), id="as-of-en"
        ),
        pytest.param(
            "Lagebericht Nr. 7 | Stand: 12. Oktober 2026", "de", date(2026, 10, 12), id="stand-de"
        ),
        pytest.param(
            "Сводка № 7 | По состоянию на 12 октября 2026 г.",
            "ru",
            date(2026, 10, 12),
            id="po-sostoyaniyu-ru",
        ),
        pytest.param(
            "Point de situation n° 7 | Situation au 12 octobre 2026",
            "fr",
            date(2026, 10, 12),
            id="situation-au-fr",
        ),
    ],
)
def test_a_situation_reports_as_of_date(top: str, language: str, expected: date) -> None:
    """A sitrep states the date of its figures in its head: that is its publication date."""
    raw = top + "\n\n" + BODY
    assert find_published(raw, clean_text(raw), language) == expected


def test_an_as_of_sentence_in_the_body_is_no_publication_date() -> None:
    raw = (
        "Returns update\n\nAs of 12 October 2026, some 12,000 people had been sent back from Iran"
        " to Afghanistan since the start of the year, the agency said.\n\n" + BODY
    )
    assert find_published(raw, clean_text(raw), "en") is None


# Cleaning cuts a page at its "Read also" block, and with it a stamp printed below the
# links (held-out set AC): the raw page's last lines are read when nothing else dates it.
@pytest.mark.parametrize(
    ("links", "stamp", "language", "expected"),
    [
        pytest.param(
            "Read also:\nMinisters discuss the rail link\nNew border post opens",
            "Published: 3 October 2026",
            "en",
            date(2026, 10, 3),
            id="en",
        ),
        pytest.param(
            "Lesen Sie auch:\nMinister beraten über Bahnstrecke\nNeuer Grenzposten eröffnet",
            "03.10.2026, 09:15",
            "de",
            date(2026, 10, 3),
            id="de",
        ),
        pytest.param(
            "Читайте также:\nМинистры обсудили железную дорогу\nОткрыт новый погранпост",
            "03.10.2026, 09:15",
            "ru",
            date(2026, 10, 3),
            id="ru",
        ),
        pytest.param(
            "À lire aussi :\nLes ministres évoquent la voie ferrée\nUn nouveau poste-frontière",
            "Publié le 3 octobre 2026",
            "fr",
            date(2026, 10, 3),
            id="fr",
        ),
    ],
)
def test_a_stamp_below_the_read_also_links(
    links: str, stamp: str, language: str, expected: date
) -> None:
    raw = "Transit talks\n\n" + BODY + "\n\n" + links + "\n\n" + stamp + "\n"
    assert find_published(raw, clean_text(raw), language, today=TODAY) == expected


def test_dated_teasers_below_the_read_also_links_are_no_stamp() -> None:
    raw = (
        "Transit talks\n\n" + BODY + "\n\nRead also:\n03.10.2026\nMinisters discuss the rail"
        " link\n02.10.2026\nNew border post opens 01.10.2026\n"
    )
    assert find_published(raw, clean_text(raw), "en", today=TODAY) is None


# A page dated by its month alone ("Issue 9 | October 2026"): that month's last day is what
# its relative dates are read against; a month inside a sentence or headline is no stamp.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "BORDER UPDATE    Issue 9 | October 2026\n\nPakistan deported 21,450 Afghans in "
            "September.",
            date(2026, 10, 31),
            id="en-issue-line",
        ),
        pytest.param("Rückkehr-Monitor – Oktober 2026\n\nText.", date(2026, 10, 31), id="de"),
        pytest.param("Бюллетень № 4 | Октябрь 2026\n\nТекст.", date(2026, 10, 31), id="ru"),
        pytest.param("Lettre d'information · Octobre 2026\n\nTexte.", date(2026, 10, 31), id="fr"),
        pytest.param("November 2026\n\nText.", TODAY, id="this-month-is-today"),
        pytest.param("Deportations in March 2025 hit a record\n\nText.", None, id="headline"),
        pytest.param("Outlook | December 2026\n\nText.", None, id="after-today"),
        pytest.param("Issue 9 | Octopus 2026\n\nText.", None, id="no-month"),
    ],
)
def test_an_issue_month_dates_a_page_without_a_day(text: str, expected: date | None) -> None:
    assert find_issue_month(clean_text(text), today=TODAY) == expected


def test_an_issue_month_resolves_relative_dates_but_is_no_publication_date(
    tmp_path: Path,
) -> None:
    page = tmp_path / "update.txt"
    page.write_text(
        "BORDER MONITORING UPDATE    Issue 9 | October 2026\n\n"
        "Pakistan deported 21,450 Afghans in September alone, officials said.\n",
        encoding="utf-8",
    )
    contract = extract_file(page).to_contract()
    assert contract["published"] is None
    assert [(f["period"], f["count"]) for f in contract["deportation_figures"]] == [
        ("2026-09", 21450)
    ]


# Held-out set AE: a wire dateline's clock time after a comma, a two-letter weekday with
# its dot and comma, a stamp's abbreviated weekday with a dot.
@pytest.mark.parametrize(
    ("first", "language", "expected"),
    [
        pytest.param(
            "Kabul, Thu., 26 Nov. 2026, 11:30 (UTC+4:30) – The ministers met.",
            "en",
            date(2026, 11, 26),
            id="en-time-after-comma",
        ),
        pytest.param(
            "Berlin, Fr., 27.11.2026, 10:12 Uhr MEZ – Die Minister trafen sich.",
            "de",
            date(2026, 11, 27),
            id="de-short-weekday-and-time",
        ),
        pytest.param(
            "Ташкент, чт., 26.11.2026 г. /Агентство/. Министры встретились.",
            "ru",
            date(2026, 11, 26),
            id="ru-short-weekday",
        ),
        pytest.param(
            "Bichkek, jeu. 26 nov. 2026, 13 h 20 (UTC+6) – Les ministres se sont réunis.",
            "fr",
            date(2026, 11, 26),
            id="fr-time-after-comma",
        ),
        pytest.param(
            "_Publié le jeu. 26/11/2026 à 18 h 05 (heure de Paris)_",
            "fr",
            date(2026, 11, 26),
            id="fr-stamp-abbreviated-weekday",
        ),
        pytest.param(
            "Kabul, 26 November 2026, 14 people were hurt in the talks.",
            "en",
            None,
            id="en-no-time-after-comma",
        ),
    ],
)
def test_dateline_with_short_weekday_or_time_after_comma(
    first: str, language: str, expected: date | None
) -> None:
    raw = _article(first)
    assert find_published(raw, clean_text(raw), language, today=TODAY) == expected
