"""The per-article scans of the action item rules must find exactly what a plain scan finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract.action_items import _compile, _required_word, _Words

LANGS = ("en", "de", "fr", "ru")

_SALAD = (
    "agreed to build the rail link , will be signed by June . is to open the border "
    "the ministry is in charge of it , led by the ministry ; with Kabul in charge . "
    "vereinbarten soll geprüft werden . das Ministerium ist federführend , zuständig ist "
    "ont convenu de ouvrira le poste la douane sera chargée de sous la responsabilité du "
    "договорились о ответственность возложена на под руководством министерства "
    "AGREED Will, 2025 15. (Mai) ſ \n"
)
_WORDS = st.sampled_from(_SALAD.split(" "))


def _spans(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


@settings(max_examples=100, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=60), st.sampled_from(" \n  ,"))
def test_shared_word_places_find_what_finditer_finds(words: list[str], sep: str) -> None:
    text = sep.join(words)
    for lang in LANGS:
        scan = _Words(text)  # one per article, shared by all rules as in _from_prose
        for prose in _compile(lang).prose:
            expected = _spans(list(prose.pattern.finditer(text)))
            assert _spans(scan.find_all(prose.pattern)) == expected


@settings(max_examples=100, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=40), st.sampled_from(" \n  ,"))
def test_a_required_word_is_in_every_match(words: list[str], sep: str) -> None:
    text = sep.join(words)
    for lang in LANGS:
        rules = _compile(lang)
        for pattern, needed in zip(rules.responsible_res, rules.responsible_needs, strict=True):
            for m in pattern.finditer(text):
                assert needed is None or needed in m.group(0).lower()


def test_required_word_of_a_pattern() -> None:
    assert _required_word(re.compile(r"(?P<who>\w{3,60}?)\s+is\s+in\s+charge\b")) == "charge"
    assert _required_word(re.compile(r"(?:the\s+)?Ministry\s+of", re.IGNORECASE)) == "ministry"
    assert _required_word(re.compile(r"(?:abcdef)+x")) == "abcdef"


def test_no_required_word_when_none_is_certain() -> None:
    assert _required_word(re.compile(r"(?:charge)?\s+x")) is None  # optional
    assert _required_word(re.compile(r"alpha|beta")) is None  # either
    assert _required_word(re.compile(r"(?=charge)\w+")) is None  # looked at, not matched
    assert _required_word(re.compile(r"by\s+\w+")) is None  # too short to pay off
