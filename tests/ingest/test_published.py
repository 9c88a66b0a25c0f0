"""Publication dates: metadata first, then datelines at the top or bottom, never prose."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.ingest.clean import clean_text
from tracker.ingest.published import find_published

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
    ],
)
def test_dateline_at_top(top: str, language: str | None, expected: date) -> None:
    raw = _page(top=top)
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
