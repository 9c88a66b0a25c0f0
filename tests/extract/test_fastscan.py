"""`find_all` must give exactly what `finditer` gives, only faster."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract.action_items import _compile as action_rules
from tracker.extract.action_items import _Words
from tracker.extract.fastscan import (
    _WHITESPACE,
    find_all,
    leading_words,
    present_words,
    search,
    word_starts,
)
from tracker.extract.visits import _compile as visit_rules

LANGS = ("en", "de", "fr", "ru")


def _spans(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


def _rule_patterns() -> list[re.Pattern[str]]:
    patterns: list[re.Pattern[str]] = []
    for lang in LANGS:
        actions = action_rules(lang)
        patterns += [p.pattern for p in actions.prose] + list(actions.responsible_res)
        rules = visit_rules(lang)
        patterns += [rules.trigger_re, rules.weak_re] + [p for _, p in rules.topics]
    return patterns


def test_leading_words_of_an_alternation() -> None:
    pattern = re.compile(r"(?<!\w)(?:Agreed|pledged\s+to|decided)\b", re.IGNORECASE)
    assert leading_words(pattern) == ("agreed", "decided", "pledged")


def test_no_leading_words_when_a_match_may_start_anywhere() -> None:
    assert leading_words(re.compile(r"\w+\s+agreed", re.IGNORECASE)) is None
    assert leading_words(re.compile(r"(?:agreed|)x", re.IGNORECASE)) is None


def test_overlapping_candidates_are_skipped_as_finditer_does() -> None:
    pattern = re.compile(r"(?:visit\w*|visited)\s+\w+", re.IGNORECASE)
    text = "They VISITED visit Kabul; visiting visitors visit-ed."
    assert _spans(find_all(pattern, text)) == _spans(list(pattern.finditer(text)))


def test_lookbehind_sees_the_text_before_a_candidate() -> None:
    pattern = re.compile(r"(?<!\w)talks", re.IGNORECASE)
    text = "smalltalks and Talks, talks"
    assert [m.start() for m in find_all(pattern, text)] == [15, 22]


def test_a_text_with_odd_case_folding_is_scanned_plainly() -> None:
    # re matches the long s "ſ" case-blindly as "s"; str.lower() keeps it
    pattern = re.compile(r"visits", re.IGNORECASE)
    text = "two viſits"
    assert [m.span() for m in find_all(pattern, text)] == [(4, 10)]


_SALAD = (
    "agreed to build the rail link , will be signed by June . visited Kabul delegation "
    "vereinbarten Besuch reiste nach Gespräche soll geprüft werden . "
    "ont convenu de visite délégation договорились о визит делегация встреча "
    "AGREED Visited, 2025 15. (Mai) \n"
    "Regierungsdelegation Staatsbesuch Gesprächsrunde Verhandlungsrunden besuchte delegation_x "
    "a a\u00a0été a\u2028passé ont\tconvenu A rouvrira ouvriront l'accord l’usine la le "
    "(responsables: ( ответственный: – zuständig: proposé d'ouvrir "
)
_WORDS = st.sampled_from(_SALAD.split(" "))


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=60), st.sampled_from(" \n  ,"))
def test_rule_patterns_match_as_finditer_on_word_salad(words: list[str], sep: str) -> None:
    text = sep.join(words)
    for pattern in _rule_patterns():
        assert _spans(find_all(pattern, text)) == _spans(list(pattern.finditer(text)))


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=60), st.sampled_from(" \n  ,"))
def test_action_rules_sharing_word_places_match_as_finditer(words: list[str], sep: str) -> None:
    text = sep.join(words)
    shared = _Words(text)
    for lang in LANGS:
        for prose in action_rules(lang).prose:
            found = shared.find_all(prose.pattern)
            assert _spans(found) == _spans(list(prose.pattern.finditer(text)))


def test_a_boundary_led_pattern_skips_words_that_start_no_run_of_letters() -> None:
    pattern = re.compile(r"(?<!\w)(?:visited|agreed\s+to|talks)", re.IGNORECASE)
    # "visited" stands only inside "revisited", "talks" nowhere: neither is looked for
    text = "They revisited the plan and Agreed to meet."
    assert leading_words(pattern) == ("agreed", "talks", "visited")
    assert present_words(pattern, text) == ("agreed",)
    assert _spans(find_all(pattern, text)) == _spans(list(pattern.finditer(text)))
    assert [m.group() for m in find_all(pattern, text)] == ["Agreed to"]


def test_a_pattern_that_may_start_inside_a_word_keeps_every_word() -> None:
    pattern = re.compile(r"(?:visited|talks)", re.IGNORECASE)
    text = "They revisited the plan."
    assert present_words(pattern, text) == leading_words(pattern)
    assert [m.span() for m in find_all(pattern, text)] == [(7, 14)]


def test_a_boundary_after_a_lookahead_still_gates() -> None:
    pattern = re.compile(r"(?=[Tt])\b(?:talks|trade)", re.IGNORECASE)
    assert present_words(pattern, "a contract, no trade") == ("trade",)
    assert [m.span() for m in find_all(pattern, "intalks and Talks")] == [(12, 17)]


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m is not None else None


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, min_size=0, max_size=30), st.integers(0, 40), st.integers(0, 200))
def test_search_finds_what_pattern_search_finds(words: list[str], pos: int, endpos: int) -> None:
    text = " ".join(words)
    for pattern in _rule_patterns():
        assert _span(search(pattern, text)) == _span(pattern.search(text))
        assert _span(search(pattern, text, pos, endpos)) == _span(pattern.search(text, pos, endpos))


def test_a_common_start_factored_out_of_an_alternation_is_joined_back() -> None:
    # re parses "stability|security" as "s(?:tability|ecurity)"
    pattern = re.compile(r"(?<!\w)(?:stability|security)(?!\w)", re.IGNORECASE)
    assert leading_words(pattern) == ("security", "stability")
    assert leading_words(re.compile(r"ab(?:c|)d")) == ("ab",)


def test_greek_final_sigma_is_scanned_plainly() -> None:
    # "ς" and "σ" are one letter to a case-blind pattern, two to str.lower()
    pattern = re.compile(r"σα", re.IGNORECASE)
    assert [m.span() for m in find_all(pattern, "xς σα ςα")] == [(3, 5), (6, 8)]


def test_an_optional_start_adds_the_words_after_it() -> None:
    pattern = re.compile(r"(?<!\w)(?:reiste|(?:an|ab)?gereist)(?!\w)", re.IGNORECASE)
    assert leading_words(pattern) == ("ab", "an", "gereist", "reiste")
    text = "Er ist angereist, abgereist und gereist; vorgereist nicht. Er reiste."
    assert _spans(find_all(pattern, text)) == _spans(list(pattern.finditer(text)))
    # nothing to start with when the optional part may be followed by anything
    assert leading_words(re.compile(r"(?:an)?\w+", re.IGNORECASE)) is None


def test_a_literal_inside_a_word_starts_the_match_at_the_word() -> None:
    pattern = re.compile(r"(?<!\w)(?:\w*delegation\w*|gipfel)", re.IGNORECASE)
    assert leading_words(pattern) == ("\x00delegation", "gipfel")
    text = "Die Regierungsdelegation und die Delegation, x_delegation; Gipfel-Delegationen"
    assert _spans(find_all(pattern, text)) == _spans(list(pattern.finditer(text)))


def test_an_inside_literal_after_an_earlier_match_is_found_as_finditer_finds_it() -> None:
    # the first match ends inside the next word run: finditer resumes mid-word
    pattern = re.compile(r"ab|\w*cd", re.IGNORECASE)
    text = "xab zzabcd abcd"
    assert _spans(find_all(pattern, text)) == _spans(list(pattern.finditer(text)))


def test_whitespace_is_every_character_backslash_s_matches() -> None:
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert _WHITESPACE == tuple(re.findall(r"\s", every))
    # whitespace keeps its case, so a lowered text holds it where the text does
    assert all(ch.lower() == ch for ch in _WHITESPACE)


def test_a_one_letter_alternative_goes_on_with_the_whitespace_after_it() -> None:
    pattern = re.compile(r"(?<!\w)(?:a|ont)\s+(?:été|passé)", re.IGNORECASE)
    words = leading_words(pattern)
    assert words is not None
    assert "ont" in words and "a " in words and "a\u00a0" in words and "a" not in words
    text = "Il a été, A\u00a0passé, ils ont\u2028été; la\tpassé a\n\nété"
    assert _spans(find_all(pattern, text)) == _spans(list(pattern.finditer(text)))
    assert len(find_all(pattern, text)) == 4


def test_optional_whitespace_after_a_short_start() -> None:
    pattern = re.compile(r"\(\s*(?:responsable|pilote)\s*:", re.IGNORECASE)
    words = leading_words(pattern)
    assert words is not None and "(responsable" in words and "( " in words
    text = "x (Responsable: a) y ( \u3000pilote : b) (pilote:"
    assert _spans(find_all(pattern, text)) == _spans(list(pattern.finditer(text)))
    assert len(find_all(pattern, text)) == 3


def test_an_optional_first_letter_starts_both_words() -> None:
    pattern = re.compile(r"(?<!\w)r?ouvrir(?:a|ont)", re.IGNORECASE)
    assert leading_words(pattern) == ("ouvrira", "ouvriront", "rouvrira", "rouvriront")
    text = "rouvrira Ouvriront trouvrira ROUVRIRONT"
    assert _spans(find_all(pattern, text)) == _spans(list(pattern.finditer(text)))


def test_a_set_of_letters_after_a_letter_is_expanded() -> None:
    pattern = re.compile(r"(?:le|la|les|l[’'])\s*accord", re.IGNORECASE)
    assert leading_words(pattern) == ("l'", "la", "le", "les", "l’")
    pattern = re.compile(r"[’']\s*accord", re.IGNORECASE)
    assert leading_words(pattern) is not None
    text = "l'accord, L’ accord, la accord, lesaccord, d'accord"
    assert _spans(find_all(pattern, text)) == _spans(list(pattern.finditer(text)))


def test_a_short_start_followed_by_anything_has_no_leading_words() -> None:
    assert leading_words(re.compile(r"a\w+", re.IGNORECASE)) is None
    assert leading_words(re.compile(r"(?:a|ont)\S", re.IGNORECASE)) is None
    assert leading_words(re.compile(r"a?\s+x", re.IGNORECASE)) is None


# An article-length text.
_LONG = st.lists(_WORDS, min_size=200, max_size=400)


@settings(max_examples=40, deadline=None)
@given(_LONG, st.sampled_from(" \n"))
def test_an_article_length_text_is_matched_as_finditer_matches_it(
    words: list[str], sep: str
) -> None:
    text = sep.join(words)
    for pattern in _rule_patterns():
        assert _spans(find_all(pattern, text)) == _spans(list(pattern.finditer(text)))


@settings(max_examples=40, deadline=None)
@given(_LONG, st.integers(0, 3000), st.integers(0, 3000))
def test_an_article_length_text_is_searched_as_pattern_search_searches_it(
    words: list[str], pos: int, endpos: int
) -> None:
    text = " ".join(words)
    for pattern in _rule_patterns():
        assert _span(search(pattern, text, pos, endpos)) == _span(pattern.search(text, pos, endpos))


def test_every_place_of_a_word_in_a_long_text_is_a_candidate() -> None:
    text = "Ab " * 400 + "abab"
    lowered = text.lower()
    found = word_starts(text, lowered, "ab")
    assert found == [m.start() for m in re.finditer("(?=ab)", lowered)]
