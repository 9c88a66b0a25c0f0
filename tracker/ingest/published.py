"""Find the date an article was published: page metadata first, then datelines.

Only metadata and datelines count (a line near the top or bottom that states the
date, "Published 21/04/2025", "Veröffentlicht am 3. März 2024", "21.04.2025");
dates inside prose ("In 2017-2018 ...") are facts, not the publication date.
dateparser reads only the short span a pattern matched, and is cached.
"""

from __future__ import annotations

import logging
import re
from datetime import date, timedelta
from functools import lru_cache

import dateparser

LOGGER = logging.getLogger(__name__)

META_NAMES: tuple[str, ...] = (
    "article:published_time", "og:published_time", "datepublished", "pubdate",
    "publishdate", "publish-date", "publication_date", "dc.date", "dc.date.issued",
    "dcterms.created", "sailthru.date", "parsely-pub-date", "date",
)  # fmt: skip
DATELINE_WORDS: tuple[str, ...] = (
    "published on", "published", "posted on", "posted", "first published", "date",
    "veröffentlicht am", "veröffentlicht", "erschienen am", "datum",
    "опубликовано", "дата публикации", "опубликован", "дата",
    "publié le", "publié", "date de publication",
)  # fmt: skip
# An update date is the publication date only when the page gives nothing better.
UPDATED_WORDS: tuple[str, ...] = (
    "updated on", "updated", "last updated", "aktualisiert am", "aktualisiert", "stand",
    "обновлено", "mis à jour le", "mis à jour",
)  # fmt: skip
# Datelines sit in the first and last lines of a cleaned article.
HEAD_LINES = 15
TAIL_LINES = 10
DATELINE_MAX_CHARS = 80
# A byline or meta line packs several facts: "Staff · Published 04/12/2024 · 5 min read".
SEGMENT_SEPARATORS: tuple[str, ...] = (" | ", " · ", " • ", " — ", " – ")
MIN_YEAR = 1990
FUTURE_TOLERANCE = timedelta(days=1)  # time zones: "tomorrow" somewhere already
MAX_YEAR = 2100

_META_TAG_RE = re.compile(r"<meta\s[^>]*>", re.IGNORECASE)
_META_NAME_RE = re.compile(r"""(?:property|name|itemprop)\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_META_CONTENT_RE = re.compile(r"""content\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_JSONLD_RE = re.compile(r""""datePublished"\s*:\s*"([^"]+)\"""")
_TIME_RE = re.compile(r"""<time\s[^>]*datetime\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_ISO_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC_RE = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})")

# Ordinal endings after a day number: "3rd", "1er", "1-го".
DAY_SUFFIXES: tuple[str, ...] = ("st", "nd", "rd", "th", "er", "-го", "-е")
# Words that may follow the year: "5 марта 2024 г.", "2024 года".
YEAR_SUFFIXES: tuple[str, ...] = ("года", "год", "г.", "г")

_MONTH = r"[^\W\d_]{3,}\.?"
_DAY = r"\d{1,2}(?:" + "|".join(map(re.escape, DAY_SUFFIXES)) + r")?"
_DATE = (
    r"(?:\d{4}-\d{1,2}-\d{1,2}"  # 2025-04-21
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{4}"  # 21/04/2025, 21.04.2025
    rf"|{_DAY}\.?\s+{_MONTH}\s+\d{{4}}"  # 3. März 2024, 5 марта 2024, 1er avril 2024
    rf"|{_MONTH}\s+{_DAY},?\s+\d{{4}})"  # April 21, 2025
)
_DAY_SUFFIX_RE = re.compile(r"(?<=\d)(?:" + "|".join(map(re.escape, DAY_SUFFIXES)) + r")(?!\w)")
_YEAR_SUFFIX = r"(?:\s*(?:" + "|".join(map(re.escape, YEAR_SUFFIXES)) + r"))?"
_TIME = r"(?:\s*(?:[,|–—-]|à|um|в|at)?\s*\d{1,2}[:h.]\d{2}\b.*)?"


def _keyword_line(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(
        rf"^\W*(?:{alternatives})\b\W*(?:on|am|le|:)?\s*(?:[^\W\d_]+,?\s+)?(?P<date>{_DATE})",
        re.IGNORECASE,
    )


_KEYWORD_LINE_RE = _keyword_line(DATELINE_WORDS)
_UPDATED_LINE_RE = _keyword_line(UPDATED_WORDS)
_WEEKDAY = r"(?:[^\W\d_]+,\s*)?"  # "Thursday, " before a date
_DATE_ONLY_LINE_RE = re.compile(rf"^\W*{_WEEKDAY}(?P<date>{_DATE}){_YEAR_SUFFIX}{_TIME}\W*$")
# A signature line: "Example Agency 21/04/2025" (numeric dates only, lowest priority).
_SIGNED_RE = re.compile(r"^[^\W\d_][\w .&'’-]{0,40}\s(?P<date>\d{1,2}[./-]\d{1,2}[./-]\d{4})$")
# A wire dateline: "KABUL, April 21, 2025 — ..." / "BERLIN, 3. März 2024 (dpa) -".
_WIRE_RE = re.compile(rf"^[A-ZÄÖÜÀ-ÝА-ЯЁ][\w ./'’-]{{1,40}},\s*(?P<date>{_DATE})\s*(?:\(|[–—-])")


def _valid(year: int, month: int, day: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    # Nothing is published in the future; such a date is an event's, not the page's.
    if found > date.today() + FUTURE_TOLERANCE:
        return None
    return found


@lru_cache(maxsize=4096)
def _parse_span(span: str, language: str | None) -> date | None:
    span = span.strip()
    m = _ISO_RE.fullmatch(span) or _ISO_RE.match(span)
    if m:
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    m = _NUMERIC_RE.fullmatch(span)
    if m:
        first, second, year = int(m[1]), int(m[2]), int(m[3])
        # Day first, as these outlets write it; month first only when day-first is impossible.
        return _valid(year, second, first) or _valid(year, first, second)
    # dateparser knows "21st" but not every ordinal ending ("1-го"); digits suffice.
    span = _DAY_SUFFIX_RE.sub("", span)
    languages = [language] if language else None
    try:
        parsed = dateparser.parse(
            span,
            languages=languages,
            settings={
                "DATE_ORDER": "DMY",
                "REQUIRE_PARTS": ["day", "month", "year"],
                "RETURN_AS_TIMEZONE_AWARE": False,
            },
        )
    except Exception as exc:  # noqa: BLE001 - dateparser is not total; a span is never fatal
        LOGGER.debug("dateparser refused %r: %s", span, exc)
        return None
    if parsed is None and languages:
        return _parse_span(span, None)
    return _valid(parsed.year, parsed.month, parsed.day) if parsed else None


def _from_meta(raw: str) -> date | None:
    if "<" not in raw:
        return None
    for tag in _META_TAG_RE.findall(raw):
        name = _META_NAME_RE.search(tag)
        content = _META_CONTENT_RE.search(tag)
        if name and content and name.group(1).strip().lower() in META_NAMES:
            found = _parse_span(content.group(1), None)
            if found:
                return found
    for pattern in (_JSONLD_RE, _TIME_RE):
        for m in pattern.finditer(raw):
            found = _parse_span(m.group(1), None)
            if found:
                return found
    return None


def _segments(line: str) -> list[str]:
    """The line, then its parts between separators ("Wire | 13 March 2025 | 5 min read")."""
    parts = [line]
    for sep in SEGMENT_SEPARATORS:
        parts = [piece.strip() for part in parts for piece in part.split(sep)]
    return [line, *parts] if len(parts) > 1 else parts


def is_dateline(line: str) -> bool:
    """True when a line states a date as a dateline does ("Published 21/04/2025")."""
    stripped = line.strip()
    if not stripped or len(stripped) > DATELINE_MAX_CHARS:
        return False
    return any(
        pattern.match(seg)
        for seg in _segments(stripped)
        for pattern in (_KEYWORD_LINE_RE, _DATE_ONLY_LINE_RE, _UPDATED_LINE_RE)
    )


def _from_lines(
    lines: list[str], patterns: tuple[re.Pattern[str], ...], lang: str | None
) -> date | None:
    for pattern in patterns:
        for line in lines:
            m = next((m for seg in _segments(line) if (m := pattern.match(seg))), None)
            if m:
                found = _parse_span(m["date"], lang)
                if found:
                    return found
    return None


def find_published(raw: str, cleaned: str, language: str | None) -> date | None:
    """The publication date from page metadata or a dateline, None when the page states none."""
    found = _from_meta(raw)
    if found:
        return found
    lines = [
        line.strip()
        for line in cleaned.split("\n")
        if line.strip() and len(line.strip()) <= DATELINE_MAX_CHARS * 4
    ]
    head, tail = lines[:HEAD_LINES], lines[-TAIL_LINES:][::-1]
    short_head = [line for line in head if len(line) <= DATELINE_MAX_CHARS]
    short_tail = [line for line in tail if len(line) <= DATELINE_MAX_CHARS]
    for block, short in ((head, short_head), (tail, short_tail)):
        found = _from_lines(
            short, (_KEYWORD_LINE_RE, _DATE_ONLY_LINE_RE, _UPDATED_LINE_RE), language
        )
        if found:
            return found
        found = _from_lines(block, (_WIRE_RE,), language)
        if found:
            return found
    for short in (short_head, short_tail):
        found = _from_lines(short, (_SIGNED_RE,), language)
        if found:
            return found
    return None
