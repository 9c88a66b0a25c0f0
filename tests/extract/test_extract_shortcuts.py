"""Shortcuts of the action item, deportation and trade target finders (issue 4) must give
exactly what the plain path gives."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from tracker.extract.deportations import _any_of, _starts_in, _within_sorted
from tracker.extract.engine import within
from tracker.extract.trade_targets import _inside


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


# mentions in text order, some of them empty, several starting at the same offset
_SPANS = st.lists(
    st.tuples(st.integers(0, 40), st.integers(0, 6)).map(lambda sw: _Span(sw[0], sw[0] + sw[1])),
    max_size=12,
).map(lambda spans: sorted(spans, key=lambda s: (s.start, s.end)))


@given(_SPANS, st.integers(-2, 50), st.integers(-2, 50))
def test_within_sorted_is_within(spans: list[_Span], lo: int, hi: int) -> None:
    starts = [s.start for s in spans]
    assert _within_sorted(spans, starts, lo, hi) == within(spans, lo, hi)


@given(_SPANS, st.integers(-2, 50), st.integers(-2, 50))
def test_starts_in_is_a_scan(spans: list[_Span], lo: int, hi: int) -> None:
    starts = [s.start for s in spans]
    assert _starts_in(starts, lo, hi) == any(lo <= s.start < hi for s in spans)


@given(_SPANS, st.integers(-2, 50), st.integers(-2, 50))
def test_trade_inside_is_within(spans: list[_Span], lo: int, hi: int) -> None:
    found = (tuple(spans), tuple(s.start for s in spans))
    assert _inside(found, lo, hi) == within(spans, lo, hi)


_WORDS = st.lists(st.text("ab.*\u00a0 ", min_size=1, max_size=3), min_size=1, max_size=4)


@given(_WORDS, st.text("ab.*\u00a0 ", max_size=20), st.integers(0, 22), st.integers(0, 22))
def test_any_of_is_a_find_per_word(words: list[str], text: str, lo: int, hi: int) -> None:
    """Words that are prefixes of one another, hold `re` metacharacters or blanks."""
    found = _any_of(tuple(words)).search(text, lo, hi) is not None
    assert found == any(text.find(word, lo, hi) != -1 for word in words)
