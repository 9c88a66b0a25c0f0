"""The engine's shortcuts (issue 4) must give exactly what the slow path gives."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract.engine import (
    _TOKEN_RE,
    CountryMention,
    _calendar,
    _countries_cached,
    _countries_outside_money,
    _dates_cached,
    _digit_runs,
    _first_disjoint,
    _lexicon,
    _lowered,
    _normal,
    _parse_digits,
    _tokens,
    find_dates,
    find_money,
    find_numbers,
    starting_outside,
)
from tracker.extract.rules import load_rules
from tracker.records import Period

LANGS = ("en", "de", "fr", "ru")
PUBLISHED = date(2025, 3, 12)

# Anchor words (months, "quarter", "yesterday"...) mixed with filler, digits and cues,
# in any case: texts near the shortcut's edge.
_FILLER = ["the", "in", "of", "im", "на", "le", "trade", "visit", "Q", "H", "mid", "x"]


def _pieces(lang: str) -> st.SearchStrategy[str]:
    anchors = sorted(_calendar(lang).anchors)
    word = st.sampled_from(anchors + _FILLER)
    cased = st.tuples(word, st.sampled_from([str.lower, str.upper, str.title])).map(
        lambda wc: wc[1](wc[0])
    )
    digits = st.sampled_from(["2024", "12", "3.", "1/2/2025", "Q1", "5", "٣"])
    return st.one_of(cased, digits, st.text(max_size=4))


@st.composite
def _texts(draw: st.DrawFn) -> tuple[str, str]:
    lang = draw(st.sampled_from(LANGS))
    parts = draw(st.lists(_pieces(lang), max_size=6))
    seps = draw(st.lists(st.sampled_from([" ", ", ", "-", "'", "\n", ""]), min_size=len(parts)))
    return lang, "".join(p + s for p, s in zip(parts, seps, strict=False))


@settings(max_examples=400, deadline=None)
@given(_texts(), st.sampled_from([PUBLISHED, None]))
def test_find_dates_shortcut_is_exact(case: tuple[str, str], published: date | None) -> None:
    lang, text = case
    assert find_dates(text, lang, published) == list(_dates_cached(text, lang, published))


def _date_phrases(lang: str) -> list[str]:
    """Every word and phrase of the language's date rules (cues, ordinals, relative dates...)."""
    dates = load_rules("common", lang).get("dates") or {}
    phrases = [w for v in dates.values() if isinstance(v, list) for w in v if isinstance(w, str)]
    for key in ("relative", "year_of", "seasons", "weekdays"):
        phrases += [w for v in (dates.get(key) or {}).values() for w in v]
    return sorted(set(phrases))


def _without_leads(text: str, lang: str, published: date | None) -> tuple:
    cal = _calendar(lang)
    leads = cal.leads
    cal.leads = {}
    try:
        return _dates_cached.__wrapped__(text, lang, published)
    finally:
        cal.leads = leads


@pytest.mark.parametrize("lang", LANGS)
def test_anchor_leads_are_exact_for_every_phrase(lang: str) -> None:
    """A pattern is tried before its anchor only where a word that may start it stands
    (`_leads`): every phrase of the rules before every kind of anchor finds what trying
    the patterns everywhere finds."""
    cal = _calendar(lang)
    dates = load_rules("common", lang).get("dates") or {}
    # one anchor word of each kind (the anchors of a word decide what is tried there)
    kinds: dict[tuple, str] = {}
    for word, entries in sorted(cal.anchors.items()):
        if any(back for _, back in entries):  # only those tried before the anchor
            kinds.setdefault(entries, word.title() if cal.capitalised_months else word)
    year_of = [w for v in (dates.get("year_of") or {}).values() for w in v]
    tails = ["", " 2024", " 15", *(f" {w}" for w in year_of), f" {min(cal.weekdays)}"]
    tried = found = 0
    for phrase in _date_phrases(lang):
        sep = "" if phrase.endswith(("'", "’")) else " "
        for anchor in kinds.values():
            text = ". ".join(f"{phrase}{sep}{anchor}{tail}" for tail in tails)
            fast = _dates_cached.__wrapped__(text, lang, PUBLISHED)
            assert fast == _without_leads(text, lang, PUBLISHED), text
            tried += 1
            found += len(fast)
    assert tried and found


def _lead_pieces(lang: str) -> st.SearchStrategy[str]:
    cal = _calendar(lang)
    words = sorted({*_date_phrases(lang), *cal.anchors})
    cased = st.tuples(st.sampled_from(words), st.sampled_from([str.lower, str.upper, str.title]))
    return st.one_of(
        cased.map(lambda wc: wc[1](wc[0])),
        st.sampled_from(["2024", "12", "3.", "x", "the", "Q1"]),
        st.text(max_size=3),
    )


@st.composite
def _lead_texts(draw: st.DrawFn) -> tuple[str, str]:
    lang = draw(st.sampled_from(LANGS))
    parts = draw(st.lists(_lead_pieces(lang), max_size=7))
    seps = draw(
        st.lists(st.sampled_from([" ", "  ", ", ", "-", "'", "’", ".", ""]), min_size=len(parts))
    )
    return lang, "".join(p + s for p, s in zip(parts, seps, strict=False))


@settings(max_examples=400, deadline=None)
@given(_lead_texts(), st.sampled_from([PUBLISHED, None]))
def test_anchor_leads_are_exact(case: tuple[str, str], published: date | None) -> None:
    lang, text = case
    assert _dates_cached.__wrapped__(text, lang, published) == _without_leads(text, lang, published)


def test_anchor_leads_keep_phrase_dates() -> None:
    assert find_dates("talks in early March", "en", PUBLISHED)
    assert find_dates("im März dieses Jahres", "de", PUBLISHED)
    assert find_dates("à l'automne prochain", "fr", PUBLISHED)
    assert find_dates("в следующий вторник", "ru", PUBLISHED)
    assert find_dates("in the second half of 2024", "en", PUBLISHED)


def test_find_dates_shortcut_keeps_word_dates() -> None:
    assert find_dates("talks in March", "en", PUBLISHED)
    assert find_dates("вчера", "ru", PUBLISHED)
    assert find_dates("the second quarter", "en", PUBLISHED)
    assert not find_dates("talks on trade", "en", PUBLISHED)


_MONEY_TEXTS = {
    "en": "US dollars: $3 billion from the US, 100 USD 200 and US$5 million to China; Russia.",
    "de": "Die USA zahlen 1 Milliarde US-Dollar an Russland und 500 Euro an Frankreich.",
    "fr": "La France verse 3 milliards de dollars américains au Canada et 5 euros.",
    "ru": "Россия и Китай: 5 млрд долларов США, 300 рублей и Казахстан.",
}


def test_countries_outside_money_is_the_plain_scan() -> None:
    for lang, text in _MONEY_TEXTS.items():
        money = [(m.start, m.end) for m in find_money(text, lang)]
        plain: tuple[CountryMention, ...] = tuple(
            c for c in _countries_cached(text, lang) if not any(a <= c.start < b for a, b in money)
        )
        assert money, lang
        assert _countries_outside_money(text, lang) == plain


_spans = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=6)


@settings(max_examples=300, deadline=None)
@given(_spans, st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)), max_size=8))
def test_starting_outside_is_the_plain_scan(
    spans: list[tuple[int, int]], cases: list[tuple[int, int]]
) -> None:
    mentions = [CountryMention("XX", s, e, "x", "names") for s, e in cases]
    plain = [m for m in mentions if not any(a <= m.start < b for a, b in spans)]
    assert starting_outside(mentions, spans) == plain


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8), st.booleans()), max_size=12))
def test_first_disjoint_is_the_plain_scan(spans: list[tuple[int, int, bool]]) -> None:
    # a candidate without a period (the flag) is no candidate: the plain scan drops those
    # first, the shortcut resolves periods only for candidates nothing kept overlaps
    periods = {k: Period.year(2000 + k) if has else None for k, (_, _, has) in enumerate(spans)}
    candidates = [(k, s, s + w, "year", None) for k, (s, w, _) in enumerate(spans)]
    resolved: list[int] = []

    def period_of(c: tuple) -> Period | None:
        resolved.append(c[0])
        return periods[c[0]]

    taken: list[tuple[int, int]] = []
    plain = []
    for c in candidates:
        period = periods[c[0]]
        if period is not None and all(c[2] <= a or c[1] >= b for a, b in taken):
            taken.append((c[1], c[2]))
            plain.append((c[1], c[2], period))
    assert _first_disjoint(candidates, period_of) == plain  # type: ignore[arg-type]
    assert len(resolved) == len(set(resolved))


def test_parse_digits_plain_runs() -> None:
    lex = _lexicon("en")
    assert _parse_digits("2024", lex, False) == Decimal(2024)
    assert _parse_digits("٣٤", lex, False) == Decimal(34)  # any decimal digits, as `\d`
    assert _parse_digits("1" * 21, lex, False) is None  # too long for an amount
    assert _parse_digits("1,000", lex, False) == Decimal(1000)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(categories=["Nd"]), min_size=1, max_size=20))
def test_plain_digits_need_no_normalising(digits: str) -> None:
    # `_with_multiplier` keeps what `_parse_digits` reads from a plain run as it is
    value = _parse_digits(digits, _lexicon("en"), False)
    assert value is not None
    assert repr(value) == repr(_normal(value))


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["1", "12", "000", "2024", "٣", "x", ",", ".", " ", "\u00a0", "\u202f"]),
        max_size=14,
    ).map("".join)
)
def test_digit_runs_are_the_runs_of_digits(text: str) -> None:
    # dates take their runs of digits from the matches numbers are read from
    assert list(_digit_runs(text)) == [m.span() for m in re.finditer(r"\d+", text)]


@pytest.mark.parametrize(
    "text", ["2024-03-01", "2023–2024", "2023 - 2024", "2023/24", "2023 /2024", "2024 года"]
)
def test_joined_years_still_tried(text: str) -> None:
    for lang in LANGS:
        assert find_dates(text, lang, PUBLISHED) == list(_dates_cached(text, lang, PUBLISHED))
    assert find_dates(text, "en", PUBLISHED)


_NUMBERISH = {
    "en": ["a", "an", "one", "two", "hundred", "thousand", "million", "and", "half", "$", "bn"],
    "de": ["ein", "eine", "einer", "zwei", "hundert", "Millionen", "Mrd.", "und", "halbe"],
    "fr": ["un", "une", "deux", "cent", "mille", "millions", "et", "demi", "quatre", "vingt"],
    "ru": ["один", "два", "сто", "тысяч", "млн", "и", "половиной", "полтора"],
}


@st.composite
def _number_texts(draw: st.DrawFn) -> tuple[str, str]:
    lang = draw(st.sampled_from(LANGS))
    words = st.sampled_from([*_NUMBERISH[lang], "trade", "Dollar", "5", "x"])
    parts = draw(st.lists(words, max_size=7))
    seps = draw(
        st.lists(st.sampled_from([" ", "-", "  ", ", ", "\u00a0", ""]), min_size=len(parts))
    )
    return lang, "".join(p + s for p, s in zip(parts, seps, strict=False))


@settings(max_examples=400, deadline=None)
@given(_number_texts())
def test_lone_article_shortcut_is_exact(case: tuple[str, str]) -> None:
    from tracker.extract import engine

    lang, text = case
    fast = engine._amounts_cached.__wrapped__(text, lang)
    original = engine._lone_article
    engine._lone_article = lambda *args: False
    try:
        slow = engine._amounts_cached.__wrapped__(text, lang)
    finally:
        engine._lone_article = original
    assert fast == slow


def test_a_word_after_hundred_does_not_crash() -> None:
    # "hundred" once left an int where the next number word expects a Decimal
    assert [n.value for n in find_numbers("hundred a car", "en")] == [Decimal(101)]


_TOKEN_TEXT = st.text(alphabet="aZ.ßя1_ -É'\n", max_size=60)


@settings(max_examples=300, deadline=None)
@given(_TOKEN_TEXT)
def test_tokens_are_the_token_pattern_s_matches(text: str) -> None:
    # the split by plain letter runs (texts with no ".L.") gives what the full pattern finds
    assert _tokens(text) == tuple((m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text))


@pytest.mark.parametrize(
    "text",
    ["the U.S. and the E.U.", "e.g. today", "U.S", "a.b", "Ab.C.d", "x . y . z", "No dots at all"],
)
def test_dotted_abbreviations_stay_one_token(text: str) -> None:
    assert _tokens(text) == tuple((m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZΣσΑİIß.я- \n", max_size=40))
def test_lowered_tokens_are_each_token_lowered(text: str) -> None:
    assert _lowered(text) == tuple(t[0].lower() for t in _tokens(text))
