"""Generic matching and normalising shared by every extractor (issue 4).

Segments (lines and sentences with offsets), countries and places (token groups
looked up in dicts built from the rule data, never a 400-name alternation: see
PERF.md), numbers, money and dates. Nothing here branches on a language code:
what differs between languages is declared in `data/common/<lang>.yaml` and
`data/countries/<lang>.yaml` (options such as `morphology: pymorphy3` or a list
of tolerated `suffixes`).
"""

from __future__ import annotations

import bisect
import calendar
import itertools
import logging
import operator
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from tracker.extract import patterns
from tracker.extract.fastscan import find_all, lowered_text
from tracker.extract.rules import (
    SUPPORTED_LANGUAGES,
    alternation,
    as_list,
    compile_words,
    has_rules,
    load_rules,
)
from tracker.records import Evidence, Period

LOGGER = logging.getLogger(__name__)

# --- records of this module ---------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    """A line or a sentence of a text; `text` is `source[start:end]`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class CountryMention:
    """A country named in the text; form is name|demonym|adjective|capital|alias (or city,
    from `countries_and_places`)."""

    code: str
    start: int
    end: int
    surface: str
    form: str


@dataclass(frozen=True)
class PlaceMention:
    """A city named in the text, with its canonical (English, Latin) name and country."""

    name: str
    code: str
    start: int
    end: int
    surface: str


@dataclass(frozen=True)
class NumberMention:
    """A number written in the text, multiplied out ("1.12 million" -> 1120000)."""

    value: Decimal
    start: int
    end: int


@dataclass(frozen=True)
class MoneyMention:
    """An amount of money in units of an ISO 4217 currency."""

    amount: Decimal
    currency: str
    start: int
    end: int


@dataclass(frozen=True)
class DateMention:
    """A date or period found in the text, at the precision the text gives."""

    period: Period
    start: int
    end: int


# --- canonical values the data keys map to --------------------------------------------

NUMBER_VALUES: dict[str, int | float] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    # languages that write hundreds as one word ("двести", "trois cents" is composed)
    "two hundred": 200,
    "three hundred": 300,
    "four hundred": 400,
    "five hundred": 500,
    "six hundred": 600,
    "seven hundred": 700,
    "eight hundred": 800,
    "nine hundred": 900,
    "half": 0.5,
    # "полтора миллиона", "anderthalb Millionen"
    "one and a half": 1.5,
}
MULTIPLIER_VALUES = {
    "lakh": Decimal(100_000),
    "crore": Decimal(10_000_000),
    "thousand": Decimal(1_000),
    "million": Decimal(1_000_000),
    "billion": Decimal(1_000_000_000),
    "trillion": Decimal(1_000_000_000_000),
}
YEAR_OFFSETS = {"this": 0, "next": 1, "last": -1}
# the half a season falls in; winter is the half of its January and February
SEASON_HALVES = {"spring": 1, "summer": 2, "autumn": 2, "winter": 1}
# the month a season starts and the month after it ends (winter: December to March)
SEASON_MONTHS = {"spring": (3, 6), "summer": (6, 9), "autumn": (9, 12), "winter": (12, 3)}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
ORDINALS = ("first", "second", "third", "fourth")
COUNTRY_FORMS = ("names", "demonyms", "adjectives", "capitals", "aliases")
_FORM_NAME = {
    "names": "name",
    "demonyms": "demonym",
    "adjectives": "adjective",
    "capitals": "capital",
    "aliases": "alias",
}
# Stems shorter than this are never reached by suffix stripping ("US"+"es").
MIN_STEM = 4
# Words whose normalised form an index remembers (per index, a bound on memory).
MAX_SEEN = 100_000
# Prefix length used to decide whether a word is worth a morphology lookup.
GATE_PREFIX = 3
YEAR_MIN, YEAR_MAX = 1950, 2100
# Evidence quotes longer than this are cut to the clause, then to a window (issue 4).
MAX_QUOTE = 300
# The most words a date cue may have before its month ("in early", "au mois de").
CUE_TOKENS = 3
# Prefix length that lets a word try lemma lookup or compound splitting as a number word.
NUMBER_GATE = 2
# Longer digit runs (separators included) are identifiers, not amounts.
MAX_DIGITS = 20

# --- segments ---------------------------------------------------------------------------

_LINE_RE = patterns.compile(r"[^\n]+")
# A sentence ends at . ! ? … (plus closing quotes/brackets) followed by space and a
# capital letter, a digit or an opening quote.
# PERF: both branches start with the stop outside the alternation: `re` then jumps from
# stop to stop instead of trying two branches at every character (3x faster).
_SENT_END_RE = patterns.compile(
    r"[.!?…](?:[.!?…]*[\"'»”’)\]]*\s+(?=[\"'«“„(\[]?[^\W_a-zà-ÿа-яё])"
    # scraped copy often drops the space: "...zu bringen.Im vergangenen Jahr"; the
    # empty group marks this branch, whose look-behind checks the stop just read
    # (tried at every character instead, it made this pattern 3x slower)
    r"|(?P<glued>)(?<=[a-zà-ÿа-яё]{2}[.!?])(?=[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]))"
)
_ORDINAL_DAY = patterns.compile(r"(?<![\d.,])\d{1,2}$")
_LAST_WORD_RE = patterns.compile(r"[^\W\d_]+$")
_DOTTED_WORD_RE = patterns.compile(r"(?:[^\W\d_]+\.\s?)*[^\W\d_]+$")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    words: set[str] = set()
    for lang in SUPPORTED_LANGUAGES:
        rules = load_rules("common", lang)
        words.update(
            w.lower().replace(" ", "")
            for w in as_list(rules.get("sentences", {}).get("abbreviations"))
        )
    return frozenset(words)


_CAPITAL_NEXT_RE = patterns.compile(r"\s+[A-ZÀ-ÞА-ЯЁ]")


@lru_cache(maxsize=1)
def _units() -> frozenset[str]:
    """Abbreviated amount units ("млн", "bn") after which a capital letter opens a sentence."""
    words: set[str] = set()
    for lang in SUPPORTED_LANGUAGES:
        rules = load_rules("common", lang)
        words.update(
            w.lower() for w in as_list(rules.get("sentences", {}).get("unit_abbreviations"))
        )
    return frozenset(words)


def _is_abbreviation(line: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation or an initial, not a sentence."""
    if line[dot] != ".":
        return False
    head = line[max(0, dot - 12) : dot]
    if _ORDINAL_DAY.search(head):
        return True  # "am 3. März", "le 1. mai": a day number, not a sentence end
    last = _LAST_WORD_RE.search(head)
    if not last:
        return False
    if len(last.group()) == 1:
        # an initial ("J. Smith"), or the end of "U.S." / "z. B."
        return True
    abbreviations = _abbreviations()
    if last.group().lower() in abbreviations:
        # "на $110 млн. Экспорт ...": an amount's unit before a capital ends the sentence
        return not (_CAPITAL_NEXT_RE.match(line, dot + 1) and last.group().lower() in _units())
    dotted = _DOTTED_WORD_RE.search(head)
    return bool(dotted) and dotted.group().lower().replace(" ", "") in abbreviations


def split_segments(text: str) -> list[Segment]:
    """Lines, and sentences within prose lines, with offsets into `text`."""
    return list(_segments_cached(text))


@lru_cache(maxsize=64)
def _segments_cached(text: str) -> tuple[Segment, ...]:
    segments: list[Segment] = []
    for line in _LINE_RE.finditer(text):
        body = line.group()
        base = line.start()
        cut = 0
        for m in _SENT_END_RE.finditer(body):
            if m.group("glued") is not None:
                # no space after the stop: the sentence ends right after it
                _add_segment(segments, text, base + cut, base + m.end())
                cut = m.end()
                continue
            if _is_abbreviation(body, m.start()):
                continue
            end = m.start() + len(m.group().rstrip())
            _add_segment(segments, text, base + cut, base + end)
            cut = m.end()
        _add_segment(segments, text, base + cut, base + len(body))
    return tuple(segments)


def _add_segment(out: list[Segment], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Segment(start, end, text[start:end]))


def segment_at(segments: list[Segment], pos: int) -> Segment | None:
    """The segment containing offset `pos`, if any."""
    lo, hi = 0, len(segments)
    while lo < hi:
        mid = (lo + hi) // 2
        if segments[mid].end <= pos:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(segments) and segments[lo].start <= pos < segments[lo].end:
        return segments[lo]
    return None


# --- retracted statements ---------------------------------------------------------------


@lru_cache(maxsize=8)
def _retraction_words(lang: str) -> tuple[str, ...]:
    rules = load_rules("common", lang) if lang in SUPPORTED_LANGUAGES else {}
    return tuple(as_list(rules.get("sentences", {}).get("retracted")))


@lru_cache(maxsize=8)
def _retraction_keys(lang: str) -> tuple[str, ...]:
    """The longest word of each retraction phrase, lower-cased: a text without any of
    them holds none of the phrases."""
    phrases = _retraction_words(lang)
    if any(phrase.startswith("/") for phrase in phrases):
        return ("",)  # a pattern among them: no word to rule it out by ("" is in any text)
    return tuple(sorted({max(phrase.lower().split(), key=len) for phrase in phrases}))


def mask_retracted(text: str, lang: str) -> str:
    """`text` with each sentence that reports what an earlier version said blanked out.

    A correction notice repeats the error it corrects ("An earlier version of this
    article said 1,200 were deported"): that figure is no fact. The sentence becomes
    spaces, so every other offset and quote stays as it was.
    """
    words = _retraction_words(lang)
    if not words:
        return text
    # PERF: the phrases' pattern has no leading words for the fast scan; a phrase's
    # longest word missing from the text (most texts) rules it out with a substring test
    lowered = text.lower()
    if not any(key in lowered for key in _retraction_keys(lang)):
        return text
    found = find_all(compile_words(words), text)
    if not found:
        return text
    segments = split_segments(text)
    cut: list[tuple[int, int]] = []
    for m in found:
        seg = segment_at(segments, m.start())
        if seg is not None and (not cut or cut[-1] != (seg.start, seg.end)):
            cut.append((seg.start, seg.end))
    out: list[str] = []
    last = 0
    for start, end in cut:
        out.append(text[last:start])
        out.append(" " * (end - start))
        last = end
    out.append(text[last:])
    return "".join(out)


# --- evidence -----------------------------------------------------------------------------

_STRIP_CHARS = " \t\r\n\u00a0,;:.!?-–—•*·"


def make_evidence(text: str, start: int, end: int, rule: str) -> Evidence:
    """Evidence for text[start:end], trimmed of surrounding whitespace and punctuation."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    s, e = start, end
    while s < e and text[s] in _STRIP_CHARS:
        s += 1
    while e > s and text[e - 1] in _STRIP_CHARS:
        e -= 1
    if s == e:
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
    return Evidence(text[s:e], s, e, rule)


def quote_span(
    text: str,
    spans: list[tuple[int, int]],
    focus: tuple[int, int],
    limit: int = MAX_QUOTE,
) -> tuple[int, int]:
    """The first of `spans` (sentence, clause, ...) no longer than `limit`, else a window
    of about `limit` characters around `focus`, cut at spaces: quotes stay short."""
    for start, end in spans:
        if end - start <= limit:
            return start, end
    lo, hi = spans[-1] if spans else (0, len(text))
    f_start, f_end = focus
    half = max(0, (limit - (f_end - f_start)) // 2)
    start = max(lo, f_start - half)
    end = min(hi, f_end + half)
    # move inwards to whole words
    space = text.find(" ", start, f_start)
    if start > lo and space >= 0:
        start = space + 1
    space = text.rfind(" ", f_end, end)
    if end < hi and space >= 0:
        end = space
    return start, end


# --- morphology ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def morph_analyzer() -> Any:
    """The one pymorphy3 analyser of the process (loading its dictionaries takes ~0.1 s)."""
    import pymorphy3

    if pymorphy3.MorphAnalyzer.DICT_PATH_ENV_VARIABLE not in os.environ:
        try:
            import pymorphy3_dicts_ru
        except ImportError:
            pass
        else:
            # PERF: named, the dictionary is not looked for among every installed
            # package's entry points (a third of the analyser's start)
            return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path())
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65536)
def lemma(word: str, morphology: str) -> str:
    """The dictionary form of a lower-cased word under the declared morphology option."""
    return lemmas(word, morphology)[0]


def lemmas(word: str, morphology: str) -> tuple[str, ...]:
    """Every dictionary form a lower-cased word may have, likeliest first ("астану" is
    the place "астана" as often as the name "астан")."""
    if morphology == "pymorphy3":
        return tuple(dict.fromkeys(str(p.normal_form) for p in morph_analyzer().parse(word))) or (
            word,
        )
    return (word,)


@lru_cache(maxsize=4096)
def has_grammemes(word: str, grammemes: frozenset[str], morphology: str) -> bool:
    """True when one reading of a lower-cased word carries every grammeme ("обеспечит"
    is a future: `futr`); with no morphology declared nothing can be told, so True."""
    if morphology == "pymorphy3":
        return any(grammemes <= p.tag.grammemes for p in morph_analyzer().parse(word))
    return True


def place_lemmas(word: str, morphology: str) -> tuple[str, ...]:
    """`lemmas`, less the readings of a place name in the plural: "кабулов" is the surname
    Kabulov, not "of the Kabuls" (a city is named in the singular)."""
    if morphology == "pymorphy3":
        parses = morph_analyzer().parse(word)
        if any("Geox" in p.tag and p.tag.POS == "NOUN" for p in parses):
            # a place name's plural noun readings go, tagged as a place or not (its
            # adjective stays: "таджикских" is Tajik)
            parses = [p for p in parses if not (p.tag.POS == "NOUN" and p.tag.number == "plur")]
        return tuple(dict.fromkeys(str(p.normal_form) for p in parses)) or (word,)
    return lemmas(word, morphology)


# --- tokens and the country/place index ----------------------------------------------------

# A dotted abbreviation ("U.S.", two letters or more) or a run of letters.
# PERF: written with the first letter outside the alternation (it is the same as
# "(?:L\.){2,}|L+"): `re` then skips straight to letters and tries one branch
# per word instead of two, which makes tokenising ~20% faster.
_TOKEN_RE = patterns.compile(r"[^\W\d_](?:\.(?:[^\W\d_]\.)+|[^\W\d_]*)")
# The same pattern as one capturing group, for re.split: gaps and tokens alternate.
_TOKEN_SPLIT_RE = patterns.compile(rf"({_TOKEN_RE.pattern})")
# PERF: a dotted abbreviation holds ".L." (L a letter); a text without one is split by
# plain letter runs, which `re` finds ~30% faster (same tokens: the dotted branch
# cannot match there). The check starts with a literal, which `re` skips to at once.
_DOTTED_RE = patterns.compile(r"\.[^\W\d_]\.")
_LETTER_RUN_SPLIT_RE = patterns.compile(r"([^\W\d_]+)")


@dataclass(frozen=True)
class _Entry:
    value: str  # country code, or canonical city name
    form: str
    surface: str  # as written in the data
    code: str


@dataclass
class _Index:
    entries: dict[tuple[str, ...], list[_Entry]]
    vocab: frozenset[str]
    prefixes: frozenset[str]
    first: frozenset[str]
    max_len: int
    morphology: str
    suffixes: tuple[str, ...]
    seen: dict[str, str] = field(default_factory=dict)  # lowered token -> normalised form
    # the tokens of `seen` whose normalised form is in `first`
    starters: set[str] = field(default_factory=set)
    # first token -> the token counts of the entries it starts, longest first
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)


@lru_cache(maxsize=64)
def _columns_cached(text: str) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
    # Tokenising is on every finder's path, so it is done in C: split() gives
    # [gap, token, gap, token, ..., gap] and the running sum of their lengths gives
    # each token's start (the end of the gap before it) and end.
    # PERF: three columns, not a (word, start, end) tuple per token: the finders read
    # the starts of all tokens but the rest of only a few, and an article's ~700
    # small tuples cost as much to make and free as the split itself.
    splitter = _TOKEN_SPLIT_RE if _DOTTED_RE.search(text) else _LETTER_RUN_SPLIT_RE
    parts = splitter.split(text)
    ends = list(itertools.accumulate(map(len, parts)))
    return tuple(parts[1::2]), tuple(ends[0:-1:2]), tuple(ends[1::2])


@lru_cache(maxsize=64)
def _lowered_cached(text: str) -> tuple[str, ...]:
    words = _columns_cached(text)[0]
    if not words:
        return ()
    # PERF: one lower() over the tokens joined by a line break instead of one call per
    # token; tokens hold no line break, and lower case depends on nothing across one
    return tuple("\n".join(words).lower().split("\n"))


_LETTERS_RE = patterns.compile(r"[^\W\d_]+")


def lowered_words(text: str) -> frozenset[str]:
    """The distinct letter runs of `text.lower()` (what `_LETTERS_RE` finds there), cached."""
    return _lowered_words_cached(text)


@lru_cache(maxsize=64)
def _lowered_words_cached(text: str) -> frozenset[str]:
    if lowered_text(text) is None:  # lowering is not letter for letter: read it again
        return frozenset(_LETTERS_RE.findall(text.lower()))
    # PERF: the article's lowered tokens are at hand. A letter stays a letter in lower
    # case, so the letter runs of the lowered text are the tokens, with dotted ones
    # ("u.s.") cut into their letters.
    words = _lowered_set(text)
    dotted = list(itertools.compress(words, map(operator.contains, words, itertools.repeat("."))))
    if not dotted:
        return words
    runs = set(words.difference(dotted))
    for w in dotted:
        runs.update(w.split("."))
    runs.discard("")
    return frozenset(runs)


@lru_cache(maxsize=64)
def _lowered_set(text: str) -> frozenset[str]:
    """The distinct lowered tokens of a text (cached: the finders' look-ups start from it)."""
    return frozenset(_lowered(text))


def _lowered(text: str) -> tuple[str, ...]:
    """The letter tokens of a text in lower case, parallel to the words of `_columns` (cached)."""
    return _lowered_cached(text)


def _columns(text: str) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
    """The letter tokens of a text, their starts and their ends: three parallel tuples
    (cached: every finder walks the same text)."""
    return _columns_cached(text)


def _tokens(text: str) -> tuple[tuple[str, int, int], ...]:
    """Letter tokens of a text with offsets, (word, start, end) each (not cached: for
    short texts such as data forms; the finders read `_columns`)."""
    return tuple(zip(*_columns_cached(text), strict=True))


def _case_ok(data_surface: str, text_surface: str) -> bool:
    """Capitalised data forms need a capital in the text; all-caps forms match exactly."""
    kind = _surface_kind(data_surface)
    if kind == "caps":
        return data_surface.replace(" ", "") == text_surface.replace(" ", "")
    if kind == "capitalised":
        # every capitalised word of a name is capitalised in the text: "La réunion
        # ministérielle" is a meeting, not "La Réunion" (held-out set Y)
        return text_surface[:1].isupper() and (
            " " not in data_surface
            or all(
                t[:1].isupper()
                for d, t in zip(data_surface.split(), text_surface.split(), strict=False)
                if d[:1].isupper()
            )
        )
    return True


@lru_cache(maxsize=8192)
def _surface_kind(data_surface: str) -> str:
    # a data form's case, worked out once: the scan asks for every candidate it meets
    letters = [c for c in data_surface if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "caps"
    return "capitalised" if data_surface[:1].isupper() else "any"


def _build_index(items: list[tuple[str, str, str, str]], options: dict[str, Any]) -> _Index:
    morphology = str(options.get("morphology") or "none")
    suffixes = tuple(sorted(as_list(options.get("suffixes")), key=len, reverse=True))
    # "Тяньцзинь": the morphology reads "в Тяньцзине" as a form of "тяньцзин"
    dropped = tuple(str(e) for e in as_list(options.get("lemma_drops")))
    entries: dict[tuple[str, ...], list[_Entry]] = {}
    for value, form, surface, code in items:
        toks = tuple(t.lower() for t, _, _ in _tokens(surface))
        if not toks:
            continue
        keys = {toks}
        if morphology != "none":
            keys.add(tuple(lemma(t, morphology) for t in toks))
        if dropped and toks[-1].endswith(dropped) and len(toks[-1]) > MIN_STEM:
            keys.add((*toks[:-1], toks[-1][:-1]))
        for key in keys:
            bucket = entries.setdefault(key, [])
            entry = _Entry(value, form, surface, code)
            if entry not in bucket:
                bucket.append(entry)
    vocab = frozenset(t for key in entries for t in key)
    lengths: dict[str, set[int]] = {}
    for key in entries:
        lengths.setdefault(key[0], set()).add(len(key))
    return _Index(
        entries=entries,
        vocab=vocab,
        prefixes=frozenset(t[:GATE_PREFIX] for t in vocab),
        first=frozenset(key[0] for key in entries),
        max_len=max((len(k) for k in entries), default=1),
        morphology=morphology,
        suffixes=suffixes,
        lengths={w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()},
    )


def _normalise_token(word: str, index: _Index) -> str:
    known = index.seen.get(word)
    if known is not None:
        return known
    norm = _normalise_uncached(word, index)
    if len(index.seen) < MAX_SEEN:
        index.seen[word] = norm
        if norm in index.first:
            index.starters.add(word)
    return norm


def _normalise_uncached(word: str, index: _Index) -> str:
    low = word.lower()
    if low in index.vocab or low[:GATE_PREFIX] not in index.prefixes:
        return low
    for suffix in index.suffixes:
        if low.endswith(suffix) and len(low) - len(suffix) >= MIN_STEM:
            stem = low[: -len(suffix)]
            if stem in index.vocab:
                return stem
    if index.morphology != "none":
        # the likeliest form the index knows: a place's form ties with a name's
        for lem in place_lemmas(low, index.morphology):
            if lem in index.vocab:
                return lem
    return low


def _scan(text: str, index: _Index) -> list[tuple[_Entry, int, int, str]]:
    """Longest token-group matches of the index in `text`, left to right."""
    _, starts, ends = _columns(text)
    # a token's normalised form depends on its lower case only
    words = _lowered(text)
    # PERF: set operations in C instead of a look-up per token: the text's distinct
    # words are normalised once (most of them were seen in earlier texts), and one
    # intersection finds those that can start an entry (a few per hundred words)
    distinct = _lowered_set(text)
    starters = index.starters & distinct  # a set: it may grow below
    for word in distinct.difference(index.seen):
        if _normalise_token(word, index) in index.first:
            starters.add(word)  # also when the memo is full and did not keep it
    if not starters:
        return []
    seen = index.seen.get  # most words were normalised before: skip the call

    def norm(word: str) -> str:
        return seen(word) or _normalise_token(word, index)

    found: list[tuple[_Entry, int, int, str]] = []
    after = 0  # tokens before this one belong to a match already taken
    # only tokens that can start an entry are visited
    for i in itertools.compress(range(len(words)), map(starters.__contains__, words)):
        if i < after:
            continue
        hit = None
        for n in index.lengths[norm(words[i])]:
            if i + n > len(starts):
                continue
            key = tuple(map(norm, words[i : i + n]))
            bucket = index.entries.get(key)
            if not bucket:
                continue
            start, end = starts[i], ends[i + n - 1]
            # the words of a group must be adjacent (spaces, hyphens, apostrophes)
            if n > 1 and not _adjacent(text, starts[i + 1 : i + n], ends[i : i + n - 1]):
                continue
            surface = text[start:end]
            for entry in bucket:
                if _case_ok(entry.surface, surface):
                    hit = (entry, start, end, surface, n)
                    break
            if hit:
                break
        if hit:
            found.append(hit[:4])
            after = i + hit[4]
    return found


def _adjacent(text: str, starts: tuple[int, ...], ends: tuple[int, ...]) -> bool:
    """The gaps from each end to the next start are a space, hyphen or apostrophe or so."""
    for e, s in zip(ends, starts, strict=True):
        gap = text[e:s]
        if len(gap) > 3 or any(c not in " -'’\u00a0" for c in gap):
            return False
    return True


def _country_items(lang: str) -> tuple[list[tuple[str, str, str, str]], dict[str, Any]]:
    generated = load_rules("countries/generated", lang)
    supplement = load_rules("countries", lang)
    items: list[tuple[str, str, str, str]] = []
    for code, names in (generated.get("names") or {}).items():
        for name in as_list(names):
            items.append((code, "name", name, code))
    for code, forms in (supplement.get("countries") or {}).items():
        for key in COUNTRY_FORMS:
            for surface in as_list((forms or {}).get(key)):
                items.append((code, _FORM_NAME[key], surface, code))
    return items, supplement.get("options") or {}


@lru_cache(maxsize=16)
def _country_index(lang: str) -> _Index:
    items, options = _country_items(lang)
    return _build_index(items, options)


@lru_cache(maxsize=16)
def _place_index(lang: str) -> _Index:
    supplement = load_rules("countries", lang)
    options = supplement.get("options") or {}
    langs = [lang, *as_list(options.get("inherit_cities"))]
    items: list[tuple[str, str, str, str]] = []
    for source in langs:
        if source != lang and not has_rules("countries", source):
            continue
        for name, info in (load_rules("countries", source).get("cities") or {}).items():
            info = info or {}
            for surface in as_list(info.get("forms")) or [name]:
                items.append((str(name), "city", surface, str(info.get("country", ""))))
    return _build_index(items, options)


# a capitalised word right before a surname-like country name: a person's given name
_GIVEN_NAME_BEFORE = patterns.compile(r"(?<![\w.])[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]+[ \u00a0]$")


@lru_cache(maxsize=16)
def _surname_countries(lang: str) -> frozenset[str]:
    """Country names that are also surnames (option `surnames`, lower case)."""
    options = load_rules("countries", lang).get("options") or {}
    return frozenset(str(s).lower() for s in as_list(options.get("surnames")))


@lru_cache(maxsize=16)
def _route_prefixes(lang: str) -> tuple[str, ...]:
    """Prefixes that make a country word part of a route's name (option `route_prefixes`,
    lower case: "trans-" in "the Trans-Afghan railway")."""
    options = load_rules("countries", lang).get("options") or {}
    return tuple(str(s).lower() for s in as_list(options.get("route_prefixes")))


def _is_country_mention(text: str, lang: str, start: int, surface: str) -> bool:
    """False for a surname after a given name ("Laurent Saint-Martin") and for a country
    word inside a route's name ("the Trans-Afghan railway"), both seen in held-out set N."""
    if surface.lower() in _surname_countries(lang) and _GIVEN_NAME_BEFORE.search(
        text, max(0, start - 30), start
    ):
        return False
    prefixes = _route_prefixes(lang)
    return not (prefixes and text[max(0, start - 8) : start].lower().endswith(prefixes))


@lru_cache(maxsize=64)
def _countries_cached(text: str, lang: str) -> tuple[CountryMention, ...]:
    return tuple(
        CountryMention(entry.code, start, end, surface, entry.form)
        for entry, start, end, surface in _scan(text, _country_index(lang))
        if _is_country_mention(text, lang, start, surface)
    )


def find_countries(text: str, lang: str) -> list[CountryMention]:
    """Countries named, described (demonym/adjective), by capital or by alias, in order."""
    if not text:
        return []
    return list(_countries_cached(text, lang))


def find_places(text: str, lang: str) -> list[PlaceMention]:
    """Cities named in the text, with canonical English names and country codes."""
    if not text:
        return []
    return list(_places_cached(text, lang))


# PERF: cached: visits and deportations both ask for the places of the whole article
@lru_cache(maxsize=64)
def _places_cached(text: str, lang: str) -> tuple[PlaceMention, ...]:
    return tuple(
        PlaceMention(entry.value, entry.code, start, end, surface)
        for entry, start, end, surface in _scan(text, _place_index(lang))
    )


def countries_and_places(text: str, lang: str) -> list[CountryMention]:
    """`find_countries`, with each city, province or region `find_places` finds that no
    country mention covers, as a mention of its country in the form "city" ("a flight
    from Leipzig", "МВД по Свердловской области"), in text order."""
    return list(_countries_and_places(text, lang))


@lru_cache(maxsize=64)
def _countries_and_places(text: str, lang: str) -> tuple[CountryMention, ...]:
    countries = find_countries(text, lang)
    taken = [(c.start, c.end) for c in countries]
    cities = [
        CountryMention(p.code, p.start, p.end, p.surface, "city")
        for p in starting_outside(find_places(text, lang), taken)
    ]
    if not cities:
        return tuple(countries)
    return tuple(sorted([*countries, *cities], key=lambda c: c.start))


def country_of_word(word: str, lang: str) -> str | None:
    """The country code of a single name/demonym/adjective, or None."""
    found = find_countries(word, lang)
    return found[0].code if len(found) == 1 else None


def countries_outside_money(text: str, lang: str) -> list[CountryMention]:
    """Country mentions that are not part of a currency ("US-Dollar", "afghanis")."""
    return list(_countries_outside_money(text, lang))


@lru_cache(maxsize=64)
def _countries_outside_money(text: str, lang: str) -> tuple[CountryMention, ...]:
    money = [(m.start, m.end) for m in find_money(text, lang)]
    return tuple(starting_outside(find_countries(text, lang), money))


def starting_outside(mentions: Iterable[Any], spans: Iterable[tuple[int, int]]) -> list[Any]:
    """The mentions whose start lies in none of the half-open spans [a, b), in their order.

    PERF: the spans are merged into disjoint ones in text order, so each mention is checked
    by one bisection instead of against every span (issue 4).
    """
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted(spans):
        if a >= b:
            continue  # an empty span holds nothing
        if ends and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    out: list[Any] = []
    for m in mentions:
        k = bisect.bisect_right(starts, m.start) - 1
        if k < 0 or m.start >= ends[k]:
            out.append(m)
    return out


def document_countries(text: str, lang: str) -> list[str]:
    """The document's countries, most mentioned first (ties: first mention first)."""
    return list(_document_countries(text, lang))


@lru_cache(maxsize=64)
def _document_countries(text: str, lang: str) -> tuple[str, ...]:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in _countries_outside_money(text, lang):
        counts[m.code] += 1
        first.setdefault(m.code, m.start)
    return tuple(sorted(counts, key=lambda c: (-counts[c], first[c])))


def within(mentions: list[Any], start: int, end: int) -> list[Any]:
    """The mentions (anything with .start/.end) lying inside text[start:end]."""
    return [m for m in mentions if start <= m.start and m.end <= end]


# --- numbers and money -----------------------------------------------------------------------

# Numbers are found from anchors, never by one big alternation over the text (PERF.md):
# digit runs by a pattern that starts with a digit, number words by token lookup; then
# a multiplier ("million", "тыс.") and a currency are matched right next to them.
_TENS_DECIMAL = frozenset(Decimal(v) for v in (20, 30, 40, 50, 60, 70, 80, 90))
_UNITS_DECIMAL = frozenset(Decimal(v) for v in range(1, 10))
_CODE_BEFORE = patterns.compile(r"(?<![^\W\d_])[A-Z]{3}$")  # "USD3 billion"
# Grouped digits ("1,000", "3 500,5") or a plain run ("2024", "3.5"). The first digit
# stands outside the alternation: `re` then skips straight to digits when searching
# instead of trying both branches at every character (3x faster over an article).
_DIGITS_RE = patterns.compile(
    r"\d(?:\d{0,2}(?:(?:[ \u00a0]?[,.]|[ \u00a0\u202f\u2009])\d{3}(?!\d))+(?:[.,]\d+(?!\d))?"
    r"|\d*(?:[.,]\d+(?!\d))?)"
)


@dataclass
class _Lexicon:
    number_words: dict[str, int | float]
    articles: frozenset[str]
    multipliers: dict[str, Decimal]
    currencies: dict[str, str]
    decimal: str
    group_separators: frozenset[str]
    mult_re: re.Pattern[str]
    article_re: re.Pattern[str]
    pre_re: re.Pattern[str]
    # a listed lower-case currency glued to the digits ("Rs2.5 billion")
    glued_re: re.Pattern[str]
    post_re: re.Pattern[str]
    common: dict[str, Any]
    words: _NumberWords
    # token -> its number parts (None: no number word), filled as texts are read
    atom_memo: dict[str, tuple[tuple[str, Decimal], ...] | None] = field(default_factory=dict)
    # the tokens of `atom_memo` that are number words
    number_tokens: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class _NumberWords:
    """What composing number words needs ("deux cent mille", "one and a half million")."""

    # number words of more than one token, by first token ("quatre vingt dix" -> 90)
    phrases: dict[str, tuple[tuple[tuple[str, ...], float], ...]]
    scales: dict[str, Decimal]  # multipliers written as a word token ("thousand", "тыс")
    joiners: frozenset[str]  # "and", "und", "et": between parts of one number
    halves: tuple[tuple[str, ...], ...]  # "and a half", "et demi", "с половиной" (+ 0.5)
    compounds: bool  # numbers written as one word ("zweiundfünfzigtausend")
    units_before_tens: bool  # "zwei-und-fünfzig" is 52
    morphology: str  # inflected number words are looked up by their lemma
    prefixes: frozenset[str]  # first letters of every number word: the gate for the above
    # tokens other than number words that may carry a number on: the tokens of phrases,
    # halves and joiners
    continuers: frozenset[str] = frozenset()


def _key(word: str) -> str:
    return " ".join(word.lower().split())


@lru_cache(maxsize=16)
def _lexicon(lang: str) -> _Lexicon:
    common = load_rules("common", lang)
    generated = load_rules("common/generated", lang)
    number_words: dict[str, int | float] = {}
    for canon, words in (common.get("number_words") or {}).items():
        if canon in NUMBER_VALUES:
            for w in as_list(words):
                number_words[_key(w)] = NUMBER_VALUES[canon]
    articles = frozenset(_key(w) for w in as_list(common.get("number_articles")))
    multipliers: dict[str, Decimal] = {}
    for canon, words in (common.get("multipliers") or {}).items():
        if canon in MULTIPLIER_VALUES:
            for w in as_list(words):
                multipliers[_key(w)] = MULTIPLIER_VALUES[canon]
    currencies: dict[str, str] = {}
    # symbols and codes ("$", "USD", "US$") may stand before the amount; words follow it
    prefix: list[str] = []
    # (and the words of `prefix_currencies`, "Rs")
    prefix_words = {_key(w) for w in as_list(common.get("prefix_currencies"))}
    for code, words in (common.get("currencies") or {}).items():
        for w in as_list(words):
            currencies[_key(w)] = str(code)
            if not any(c.islower() for c in w) or _key(w) in prefix_words:
                prefix.append(w)
    options = common.get("options") or {}
    decimal = str(generated.get("decimal") or ".")
    groups = frozenset(as_list(options.get("group_separators")))
    long_mult = [w for w in multipliers if len(w) > 1]
    short_mult = [w for w in multipliers if len(w) == 1]
    # one-letter multipliers ("$5m", "2bn" is long) only when glued to the number
    mult = rf"\s*-?\s*(?P<mult>{alternation(long_mult)})(?![^\W\d_])"
    if short_mult:
        # ... or spaced, when a currency sign is glued to it: "500 M$", "900 M€" (set AE)
        mult += (
            rf"|(?:[ \u00a0\u202f](?=(?:{alternation(short_mult)})[$€£]))?"
            rf"(?P<smult>{alternation(short_mult)})(?![^\W\d_])"
        )
    joiners = alternation(as_list(common.get("currency_joiners")))
    glued = as_list(common.get("prefix_currencies"))
    words = _number_words(common, number_words, multipliers)
    return _Lexicon(
        number_words=number_words,
        articles=articles,
        multipliers=multipliers,
        currencies=currencies,
        decimal=decimal,
        group_separators=groups,
        mult_re=patterns.compile(mult, re.IGNORECASE),
        article_re=patterns.compile(rf"\s+(?:{alternation(articles)})(?![^\W\d_])", re.IGNORECASE),
        # not the end of a word ("Mrs 5 ministers" holds no "Rs 5")
        pre_re=patterns.compile(rf"(?<![^\W\d_])(?P<pre>{alternation(prefix)})\s?$", re.IGNORECASE),
        glued_re=patterns.compile(
            rf"(?<![^\W\d_])(?:{alternation(glued)})$" if glued else r"(?!x)x"
        ),
        post_re=patterns.compile(
            rf"\s*(?:(?:{joiners})\s*)?(?P<post>{alternation(currencies)})(?![^\W\d_])",
            re.IGNORECASE,
        ),
        common=common,
        words=words,
    )


def _word_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(t.lower() for t in _TOKEN_RE.findall(phrase))


def _number_words(
    common: dict[str, Any], number_words: dict[str, int | float], multipliers: dict[str, Decimal]
) -> _NumberWords:
    options = common.get("options") or {}
    phrases: dict[str, list[tuple[tuple[str, ...], float]]] = {}
    for key, value in number_words.items():
        toks = _word_tokens(key)
        if len(toks) > 1:
            phrases.setdefault(toks[0], []).append((toks, value))
    scales: dict[str, Decimal] = {}
    for key, value in multipliers.items():
        toks = _word_tokens(key)
        if len(toks) == 1 and len(toks[0]) > 1:
            scales.setdefault(toks[0], value)
    halves = tuple(t for t in (_word_tokens(w) for w in as_list(common.get("number_halves"))) if t)
    singles = [k for k in number_words if len(_word_tokens(k)) == 1]
    return _NumberWords(
        phrases={w: tuple(sorted(v, key=lambda p: -len(p[0]))) for w, v in phrases.items()},
        scales=scales,
        joiners=frozenset(_key(w) for w in as_list(common.get("number_joiners"))),
        halves=halves,
        compounds=bool(options.get("compound_numbers")),
        units_before_tens=bool(options.get("units_before_tens")),
        morphology=str(options.get("morphology") or "none"),
        # two letters: inflected stems differ early ("сто" / "ста")
        prefixes=frozenset(w[:NUMBER_GATE] for w in [*singles, *scales]),
        continuers=frozenset(
            [
                *(t for variants in phrases.values() for toks, _ in variants for t in toks),
                *(t for toks in halves for t in toks),
                *(t for w in as_list(common.get("number_joiners")) for t in _word_tokens(w)),
            ]
        ),
    )


def _parse_digits(raw: str, lex: _Lexicon, scaled: bool) -> Decimal | None:
    if raw.isdecimal() and len(raw) <= MAX_DIGITS:
        # PERF: most runs are plain digits ("2024", "15"): nothing to strip or split.
        # isdecimal() holds for exactly the characters `\d` matches.
        return Decimal(raw)
    s = re.sub(r"[ \u00a0\u202f\u2009]", "", raw)
    if not s or len(s) > MAX_DIGITS:
        return None  # a run of digits that long is an id or noise, not an amount
    seps = [c for c in s if c in ",."]
    if not seps:
        return Decimal(s)
    if "," in s and "." in s:
        dec = s[max(s.rfind(","), s.rfind("."))]
        grp = "," if dec == "." else "."
        s = s.replace(grp, "").replace(dec, ".")
    elif len(seps) > 1:
        s = s.replace(seps[0], "")
    else:
        sep = seps[0]
        tail = s.split(sep)[1]
        # one separator before exactly three digits groups thousands ("1,000",
        # "3.500"), unless it is this language's decimal mark and a multiplier
        # follows ("1,500 Milliarden" is one and a half billion)
        is_group = len(tail) == 3 and not (scaled and sep == lex.decimal)
        s = s.replace(sep, "") if is_group else s.replace(sep, ".")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def _normal(value: Decimal) -> Decimal:
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


@lru_cache(maxsize=64)
def _digit_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, digits) of each `_DIGITS_RE` match in the text, cached.

    PERF: numbers and dates both start from the digits of an article; scanning a text
    for digits costs as much as a whole regex pass, so it is scanned once for both.
    """
    return tuple((m.start(), m.end(), m.group()) for m in _DIGITS_RE.finditer(text))


def _digit_runs(text: str) -> Iterator[tuple[int, int]]:
    r"""(start, end) of each run of digits in the text, as `\d+` finds them.

    From `_digit_spans`: a `_DIGITS_RE` match starts at a digit after a non-digit and
    ends before a non-digit (every branch ends after `\d*` or before `(?!\d)`), so each
    run lies inside one match, and most matches are one run.
    """
    for start, end, raw in _digit_spans(text):
        if raw.isdecimal():
            yield start, end
        else:
            for m in _DIGIT_START_RE.finditer(text, start, end):
                yield m.span()


@lru_cache(maxsize=64)
def _amounts_cached(text: str, lang: str) -> tuple[NumberMention, ...]:
    lex = _lexicon(lang)
    found: list[NumberMention] = []
    for start, end, raw in _digit_spans(text):
        # inside a code or a word ("A320", "G20"), unless glued to a currency code
        if (
            start
            and (text[start - 1].isdigit() or text[start - 1].isalpha())
            and not _CODE_BEFORE.search(text, max(0, start - 4), start)
            and not lex.glued_re.search(text, max(0, start - 8), start)
        ):
            continue
        found.append(_with_multiplier(text, lex, start, end, raw, None))
    _, starts, ends = _columns(text)
    lowered = _lowered(text)
    # PERF: the number words among the text's distinct words by one set operation
    # (most words are known non-numbers after one article), then only their tokens
    distinct = _lowered_set(text)
    numeric = lex.number_tokens & distinct  # a set: it may grow below
    for word in distinct.difference(lex.atom_memo):
        if _atoms(word, lex) is not None:
            numeric.add(word)  # also when the memo is full and did not keep it
    after = 0  # tokens before this one belong to a number already read
    for i in itertools.compress(range(len(lowered)), map(numeric.__contains__, lowered)):
        if i < after:
            continue
        key = lowered[i]
        first = _atoms(key, lex)
        if first is None or first[0][0] == "s":
            continue  # a multiplier alone ("thousands of") is no number
        if key in lex.articles and _lone_article(text, starts, ends, lowered, i, lex, numeric):
            continue
        start = starts[i]
        end_token, value = _compose(text, starts, ends, lowered, i, lex)
        end = ends[end_token - 1]
        after = end_token
        mention = _with_multiplier(text, lex, start, end, None, value)
        if mention.value or key not in lex.articles or end_token > i + 1:
            found.append(mention)
    # "half a billion": the words overlap; the mention that starts first wins
    found.sort(key=lambda n: (n.start, -n.end))
    kept: list[NumberMention] = []
    for n in found:
        if n.value >= 0 and (not kept or n.start >= kept[-1].end):
            kept.append(n)
    return tuple(kept)


def _lone_article(
    text: str,
    starts: tuple[int, ...],
    ends: tuple[int, ...],
    lowered: tuple[str, ...],
    i: int,
    lex: _Lexicon,
    numeric: set[str],
) -> bool:
    """True when the article at token i ("a", "une", "ein") surely stands alone: no number
    word, phrase, half or joiner right after it (so `_compose` reads it alone) and no
    multiplier (so `_with_multiplier` makes it no number).

    PERF: articles are the most frequent number words by far; most stand before a noun,
    and composing them to throw them away cost ~3 us each (issue 4).
    """
    end = ends[i]
    if i + 1 < len(starts) and _NUMBER_GAP.fullmatch(text, end, starts[i + 1]):
        following = lowered[i + 1]
        if following in numeric or following in lex.words.continuers:
            return False
    return lex.mult_re.match(text, end) is None and lex.article_re.match(text, end) is None


# A number word's parts: ("n", value) a number, ("h", 100) "hundred", ("s", scale) a
# multiplier word, ("j", 0) a joiner ("und"), ("half", 0.5) "einhalb".
_Atom = tuple[str, Decimal]
_NUMBER_GAP = patterns.compile(r"[ \u00a0-]{1,3}")


def _atoms(word: str, lex: _Lexicon) -> tuple[_Atom, ...] | None:
    """The number parts one lower-case token writes, or None when it is no number word."""
    known = lex.atom_memo.get(word, False)
    if known is not False:
        return known  # type: ignore[return-value]
    atoms = _atoms_uncached(word, lex)
    if len(lex.atom_memo) < MAX_SEEN:
        lex.atom_memo[word] = atoms
        if atoms is not None:
            lex.number_tokens.add(word)
    return atoms


def _atom_of(word: str, lex: _Lexicon) -> _Atom | None:
    value = lex.number_words.get(word)
    if value is not None:
        return ("h" if value == 100 else "n", Decimal(str(value)))
    scale = lex.words.scales.get(word)
    if scale is not None:
        return ("s", scale)
    return None


def _atoms_uncached(word: str, lex: _Lexicon) -> tuple[_Atom, ...] | None:
    atom = _atom_of(word, lex)
    if atom is not None:
        return (atom,)
    nw = lex.words
    if word[:NUMBER_GATE] not in nw.prefixes:
        return None
    if nw.morphology != "none":
        # "двадцати восьми", "ста", "полутора": inflected forms by their lemma
        atom = _atom_of(lemma(word, nw.morphology), lex)
        if atom is not None:
            return (atom,)
    if nw.compounds:
        parts = _split_compound(word, lex)
        if parts and len(parts) > 1 and parts[0][0] in ("n", "h"):
            return parts
    return None


def _split_compound(word: str, lex: _Lexicon) -> tuple[_Atom, ...] | None:
    """ "zweiundfünfzigtausend" -> zwei, und, fünfzig, tausend (the whole word or nothing)."""
    if not word:
        return ()
    for k in range(len(word), 0, -1):
        head = word[:k]
        atom = _atom_of(head, lex)
        if atom is None and head in lex.words.joiners:
            atom = ("j", Decimal(0))
        if atom is None and (head,) in lex.words.halves:
            atom = ("half", Decimal("0.5"))
        if atom is None:
            continue
        rest = _split_compound(word[k:], lex)
        if rest is not None:
            return (atom, *rest)
    return None


def _compose(
    text: str,
    starts: tuple[int, ...],
    ends: tuple[int, ...],
    lowered: tuple[str, ...],
    i: int,
    lex: _Lexicon,
) -> tuple[int, Decimal]:
    """Read the number words from token i on ("deux cent mille", "one and a half million",
    "около ста тысяч"): the token after the last one used, and the value."""
    nw = lex.words
    total = Decimal(0)
    current = Decimal(0)
    last_scale: Decimal | None = None
    previous = ""  # kind of the last part read: "n", "h", "s", "half"
    last_unit = False  # the last number read was 1..9 ("zwei" before "und fünfzig")
    joined = False  # a joiner stands between the last part and the next
    k = i
    end = i

    def add(atom: _Atom) -> bool:
        nonlocal total, current, last_scale, previous, last_unit, joined
        kind, value = atom
        if kind == "j":
            if joined or previous not in ("n", "h", "s"):
                return False
            joined = True
            return True
        if kind == "half":
            if previous == "s" and current == 0 and last_scale is not None:
                total += last_scale / 2  # "un million et demi"
            elif previous == "n" and current == current.to_integral_value() and current:
                current += Decimal("0.5")
            else:
                return False
        elif kind == "n":
            tens_after_unit = (
                joined and nw.units_before_tens and last_unit and value in _TENS_DECIMAL
            )
            if tens_after_unit:
                current += value
            elif previous and (
                value != value.to_integral_value()
                or current != current.to_integral_value()
                or current % (10 ** len(str(int(value)))) != 0
            ):
                return False
            else:
                current += value
            last_unit = value in _UNITS_DECIMAL and not tens_after_unit
        elif kind == "h":
            if current >= 100 or (previous and previous not in ("n", "s")):
                return False
            current = (current or Decimal(1)) * 100  # a Decimal, as added to below
            last_unit = False
        else:  # a scale
            if last_scale is not None and value >= last_scale:
                return False
            if previous == "s":
                return False
            total += (current or 1) * value
            current = Decimal(0)
            last_scale = value
            last_unit = False
        if kind != "j":
            joined = False
        previous = kind
        return True

    while k < len(starts):
        if k > i and not _NUMBER_GAP.fullmatch(text[ends[k - 1] : starts[k]]):
            break
        word = lowered[k]
        step = 0
        # a number of several tokens ("quatre-vingt-dix", "a hundred")
        for toks, value in nw.phrases.get(word, ()):
            if tuple(lowered[k : k + len(toks)]) == toks and _adjacent_tokens(
                text, starts, ends, k, len(toks)
            ):
                atom: _Atom = ("h" if value == 100 else "n", Decimal(str(value)))
                if add(atom):
                    step = len(toks)
                break
        if not step:
            for toks in nw.halves:
                if (
                    len(toks) > 1
                    and tuple(lowered[k : k + len(toks)]) == toks
                    and _adjacent_tokens(text, starts, ends, k, len(toks))
                ):
                    if add(("half", Decimal("0.5"))):
                        step = len(toks)
                    break
        if not step:
            atoms = _atoms(word, lex)
            if atoms is None and word in nw.joiners:
                atoms = (("j", Decimal(0)),)
            if atoms is None and (word,) in nw.halves:
                atoms = (("half", Decimal("0.5")),)
            if atoms is None:
                break
            if k == i and atoms[0][0] == "s":
                break  # a multiplier alone ("thousands of") is no number
            saved = (total, current, last_scale, previous, last_unit, joined)
            if not all(add(a) for a in atoms):
                total, current, last_scale, previous, last_unit, joined = saved
                break
            step = 1
        k += step
        if not joined:
            end = k
    if end == i:
        end = i + 1
    if end == i + 1:
        # one token: its own value, the multiplier after it is read by the caller
        atoms = _atoms(lowered[i], lex) or ()
        if len(atoms) == 1:
            return end, atoms[0][1]
    # a joiner read last ("two hundred and") belongs to the text after the number
    return end, _normal(total + current)


def _adjacent_tokens(
    text: str, starts: tuple[int, ...], ends: tuple[int, ...], k: int, n: int
) -> bool:
    """Tokens k to k + n - 1 stand one short gap apart ("quatre-vingt", "a hundred")."""
    return all(
        _NUMBER_GAP.fullmatch(text[ends[j] : starts[j + 1]])
        for j in range(k, min(k + n, len(starts)) - 1)
    )


def _with_multiplier(
    text: str,
    lex: _Lexicon,
    start: int,
    end: int,
    digits: str | None,
    word_value: float | None,
) -> NumberMention:
    mm = lex.mult_re.match(text, end)
    if mm is None and digits is None:
        # "half a billion", "eine halbe Milliarde": an article may stand before the multiplier
        art = lex.article_re.match(text, end)
        if art:
            mm = lex.mult_re.match(text, art.end())
    scale = None
    if mm:
        scale = lex.multipliers.get(_key(mm.group("mult") or mm.group("smult") or ""))
    if digits is not None:
        value = _parse_digits(digits, lex, scale is not None)
    else:
        key = _key(text[start:end])
        if key in lex.articles and scale is None:
            return NumberMention(Decimal(-1), start, end)  # "a" alone is no number
        value = Decimal(str(word_value or 0))
    if value is None:
        return NumberMention(Decimal(-1), start, end)
    if scale is not None and mm is not None:
        return NumberMention(_normal(value * scale), start, mm.end())
    if digits is not None and digits.isdecimal():
        # PERF: most numbers are plain runs of digits ("2024", "15"), which `_parse_digits`
        # reads as an integer with exponent 0: already what `_normal` would make of it
        return NumberMention(value, start, end)
    return NumberMention(_normal(value), start, end)


def parse_number(text: str, lang: str) -> Decimal | None:
    """The number one short span writes: "4 ,200", "3.500" (de), "1.12 million", "trois"."""
    if not text or not text.strip():
        return None
    found = _amounts_cached(text.strip(), lang)
    return found[0].value if found else None


def find_numbers(text: str, lang: str) -> list[NumberMention]:
    """Every number in the text, with multipliers applied, in order."""
    if not text:
        return []
    return list(_amounts_cached(text, lang))


@lru_cache(maxsize=64)
def _money_cached(text: str, lang: str) -> tuple[MoneyMention, ...]:
    lex = _lexicon(lang)
    out: list[MoneyMention] = []
    for n in _amounts_cached(text, lang):
        if n.value <= 0:
            continue
        pre = lex.pre_re.search(text, max(0, n.start - 8), n.start)
        if pre:
            currency = lex.currencies.get(_key(pre.group("pre")))
            if currency:
                out.append(MoneyMention(n.value, currency, pre.start(), n.end))
                continue
        post = lex.post_re.match(text, n.end)
        if post:
            currency = lex.currencies.get(_key(post.group("post")))
            if currency:
                out.append(MoneyMention(n.value, currency, n.start, post.end()))
    return tuple(out)


def find_money(text: str, lang: str) -> list[MoneyMention]:
    """Amounts of money: "$3 billion", "1 Milliarden US-Dollar", "5 млрд долларов"."""
    if not text:
        return []
    return list(_money_cached(text, lang))


# --- dates ----------------------------------------------------------------------------------


@dataclass
class _Calendar:
    months: dict[str, int]
    patterns: dict[str, re.Pattern[str]]
    order: dict[str, int]  # pattern name -> priority (lower wins an overlap)
    anchors: dict[str, tuple[tuple[str, int], ...]]  # word -> (pattern, tokens back to start)
    year_leads: dict[str, tuple[str, ...]]  # first word of "mid"/"end of" -> patterns
    relative: dict[str, str]
    weekdays: dict[str, int]
    ordinals: dict[str, int]
    capitalised_months: bool
    future_re: re.Pattern[str]
    future_after_re: re.Pattern[str]
    # "last Thursday", "jeudi dernier": a weekday strictly before publication
    past_re: re.Pattern[str]
    past_after_re: re.Pattern[str]
    years_words: frozenset[str]
    months_words: frozenset[str]
    weeks_words: frozenset[str]
    days_words: frozenset[str] = frozenset()
    # "a week ago", "vor einem Monat", "il y a un an": the words that count one
    ago_one: frozenset[str] = frozenset()
    seasons: dict[str, str] = field(default_factory=dict)  # surface -> canonical season
    season_shift: dict[str, str] = field(default_factory=dict)  # "next"/"coming" -> next|last
    # "by the summer", "до лета": cues of a deadline, whose season is the next not yet over
    season_ahead: frozenset[str] = frozenset()
    year_of: dict[str, int] = field(default_factory=dict)  # "of this year" -> year offset
    # a pattern starting at a day number needs one of these words among the next tokens
    day_gates: dict[str, frozenset[str]] = field(default_factory=dict)
    # pattern -> the lowered tokens a match of it starting at a token can start with
    leads: dict[str, frozenset[str]] = field(default_factory=dict)
    # "п. 3.1.", "Ziffer 2.4.": words after which a dotted day and month is a section number
    dotted_not_after: frozenset[str] = frozenset()
    # German "morgen" is tomorrow, "Morgen" (am Morgen, heute Morgen) the morning
    lower_case_relatives: frozenset[str] = frozenset()
    # "ongoing talks", "un secrétariat permanent", "постоянно действующий": an ongoing word
    # that qualifies a noun dates nothing (data: ongoing_attributes)
    ongoing_before_noun: frozenset[str] = frozenset()
    ongoing_after_noun: frozenset[str] = frozenset()
    ongoing_not_before: tuple[str, ...] = ()
    ongoing_not_nouns: frozenset[str] = frozenset()
    # "the day before", "le lendemain": a day counted from the day the text named last
    # (surface key -> days from it); without one, the publication reckoning stands
    anchored: dict[str, int] = field(default_factory=dict)


def _words(rules: dict[str, Any], key: str) -> list[str]:
    return as_list(rules.get(key))


@lru_cache(maxsize=16)
def _calendar(lang: str) -> _Calendar:
    common = load_rules("common", lang)
    generated = load_rules("common/generated", lang)
    d = common.get("dates") or {}
    months: dict[str, int] = {}
    for number, forms in (generated.get("months") or {}).items():
        for form in as_list(forms):
            months[_key(form)] = int(number)
    for number, forms in (d.get("extra_months") or {}).items():
        for form in as_list(forms):
            months[_key(form)] = int(number)
    long_months = [m for m in months if len(m) >= 3]
    month = rf"(?P<month>{alternation(long_months)})\.?"
    ords = _words(common.get("options") or {}, "ordinal_suffixes")
    ordsuf = rf"(?:{alternation(ords)})?" if ords else ""
    day = rf"(?P<day>[0-3]?\d){ordsuf}\.?"
    # "1–14 June", "du 2 au 8 février", "с 1 по 30 сентября": a span of days is dated by
    # its first day (the day a visit starts; a period's month holds both)
    joiners = _words(d, "day_range_joiners")
    joiner = r"\s*[-–—]\s*" + (rf"|\s+(?:{alternation(joiners)})\s+" if joiners else "")
    # "Thursday 4 and Friday 5 December", "jeudi 4 et vendredi 5 décembre": a weekday may
    # open the second day of the span
    day_names = [
        w for words in (d.get("weekdays") or {}).values() for w in as_list(words) if len(w) >= 3
    ]
    second_weekday = rf"(?:(?:{alternation(day_names)}),?\s+)?" if day_names else ""
    first_day = rf"(?:(?P<day0>[0-3]?\d){ordsuf}\.?(?:{joiner}){second_weekday})?"
    ysuf = _words(d, "year_suffix")
    year = r"(?P<year>(?:19[5-9]\d|20\d\d))(?!\d)"
    if ysuf:
        year += rf"(?:\s*(?:{alternation(ysuf)})(?![^\W\d_]))?"
    ordinals: dict[str, int] = {}
    for i, name in enumerate(ORDINALS, start=1):
        for w in _words(d, name):
            ordinals[_key(w)] = i
    ord_alt = alternation(ordinals)
    # a bare month ("in March", "в мае") needs a cue word before it; where months are
    # capitalised, "may" alone is caught in _mention

    month_cues = alternation(_words(d, "month_cues"))
    month_verbs = alternation(_words(d, "month_verbs")) if _words(d, "month_verbs") else ""
    any_month = rf"(?:{alternation(m for m in months if len(m) >= 3)})"
    wide_month = rf"(?P<month>{alternation(m for m in months if len(m) >= 3)})"
    verb_month = rf"(?P<vmonth>{alternation(m for m in months if len(m) >= 3)})"
    qwords = alternation(_words(d, "quarter_words"))
    hwords = alternation(_words(d, "half_words"))
    qab = alternation(_words(d, "quarter_abbrev"))
    hab = alternation(_words(d, "half_abbrev"))
    filler = r"(?:\s+[^\W\d]{1,6}\.?){0,3}\s+"
    mid = alternation(_words(d, "mid"))
    early = alternation(_words(d, "early"))
    late = alternation(_words(d, "late"))
    ongoing = alternation(_words(d, "ongoing"))
    nb = r"(?<![^\W_])"  # not preceded by a letter or digit
    na = r"(?![^\W_])"
    # one fixed-width look-behind per word: "(?<!(?<!\w)in\s)"
    md_not_after = "".join(
        rf"(?<!(?<![^\W\d_]){re.escape(w)}\s)" for w in _words(d, "day_after_month_not_after")
    )
    # "between October and December 2025", "с октября по декабрь 2025 года": a span of whole
    # months that makes up a quarter, a half or a year (data: month_span_*)
    span_joiners = _words(d, "month_span_joiners")
    span_leads = _words(d, "month_span_leads")
    span = (
        rf"{nb}(?:(?:{alternation(span_leads)})(?:\s+|(?<=['’])))?(?P<month0>{any_month})\.?"
        rf"(?:\s*[-–—]\s*|\s+(?:{alternation(span_joiners)})\s+){month},?\s+(?:of\s+)?{year}"
    )
    # "zwischen Januar und Juni" without a year: the lead word is required, and the span
    # is the latest one up to publication; without one, only a dash or a joiner that
    # always spans ("January to June", "Januar bis Juni", "январь–сентябрь"; data
    # month_span_bare_joiners), not "January and June"
    bare_joiners = _words(d, "month_span_bare_joiners")
    bare_join = r"\s*[-–—]\s*" + (
        rf"|\s+(?:{alternation(bare_joiners)})\s+" if bare_joiners else ""
    )
    span_bare = (
        rf"{nb}(?:(?:{alternation(span_leads)})(?:\s+|(?<=['’]))(?P<month0>{any_month})\.?"
        rf"(?:\s*[-–—]\s*|\s+(?:{alternation(span_joiners)})\s+)"
        rf"|(?P<month0b>{any_month})\.?"
        rf"(?:{bare_join}))"
        rf"{month}(?![^\W_])"
        r"(?!,?\s+(?:of\s+|de\s+)?\d{4}(?!\d))"
    )
    named: list[tuple[str, str]] = [
        ("iso", rf"{nb}(?P<year>\d{{4}})-(?P<mon>\d{{1,2}})-(?P<day>\d{{1,2}}){na}"),
        # "1. 3. 2027": a dot may have one space after it (held-out set AE)
        (
            "numeric",
            (
                rf"{nb}(?P<day>\d{{1,2}})(?:\.{_DOT_SPACE}|/)(?P<mon>\d{{1,2}})"
                rf"(?:\.{_DOT_SPACE}|/)(?P<year>\d{{4}}){na}"
            ),
        ),
        # "am 27.11.", "28.–29.11.": a dotted day and month without a year (option
        # dotted_day_month), the nearest such day to publication as "le 12 décembre" is
        *(
            [
                (
                    "dm_numeric",
                    (
                        rf"(?<![\d.]){nb}(?:(?P<day0>[0-3]?\d)\.\s*[-–—]\s*)?(?P<day>[0-3]?\d)\."
                        # a table cell may lose the last dot: "| Do., 27.11 |"
                        rf"(?P<mon>[01]?\d)(?:\.(?!\d)|\Z)"
                    ),
                )
            ]
            if (common.get("options") or {}).get("dotted_day_month")
            else []
        ),
        *([("month_span", span), ("month_span_bare", span_bare)] if span_joiners else []),
        ("dmy", rf"{nb}{first_day}{day}\s*(?:of\s+)?{month},?\s+{year}"),
        ("mdy", rf"{nb}{month}\s+{day}{_DAY_TAIL},?\s+{year}"),
        ("my", rf"{nb}{month},?\s+(?:of\s+)?{year}"),
        ("qnum", rf"{nb}(?:{qab})(?P<q>[1-4])[\s/-]*{year}"),
        ("qnum_rev", rf"{nb}(?P<year>\d{{4}})[\s/-]*(?:{qab})(?P<q>[1-4]){na}"),
        ("hnum", rf"{nb}(?:{hab})(?P<h>[12])[\s/-]*{year}"),
        ("hnum_rev", rf"{nb}(?P<year>\d{{4}})[\s/-]*(?:{hab})(?P<h>[12]){na}"),
        ("qword", rf"{nb}(?P<ord>{ord_alt})\s+(?:{qwords}){na}(?:{filler}|\s+){year}"),
        ("hword", rf"{nb}(?P<ord>{ord_alt})\s+(?:{hwords}){na}(?:{filler}|\s+){year}"),
        # "in the first quarter" without a year: the latest such quarter (needs published)
        ("qword_bare", rf"{nb}(?P<ord>{ord_alt})\s+(?:{qwords}){na}"),
        # "the second half of April" is April, not the year's second half
        ("hword_bare", rf"{nb}(?P<ord>{ord_alt})\s+(?:{hwords}){na}(?!{filler}{any_month}{na})"),
        ("mid", rf"{nb}(?:{mid})(?:[\s-]+(?:of\s+)?|-){year}"),
        ("early", rf"{nb}(?:{early})(?:[\s-]+(?:of\s+)?|-){year}"),
        ("late", rf"{nb}(?:{late})(?:[\s-]+(?:of\s+)?|-){year}"),
        ("dm", rf"{nb}{first_day}{day}\s*(?:of\s+)?{month}(?![^\W_])"),
        # "im März 4.000 Afghanen": a day is no start of a grouped number
        # "im Oktober 14 Afghanen", "in October 14 Afghans": after these words the number
        # counts, it is no day (data 'day_after_month_not_after', held-out set Y)
        (
            "md",
            rf"{nb}{md_not_after}{month}\s+{day}{_DAY_TAIL}(?![.,]?\d)(?![\s\u00a0]\d{{3}}(?!\d))",
        ),
        # "in March", "в мае", and elided "d'avril"; "February saw 13,250 removals": a
        # month as the subject of one of the verbs in month_verbs needs no cue
        (
            "month",
            # "mid-December", "mi-décembre": a cue joined to its month by a hyphen
            rf"{nb}(?:(?:{month_cues})(?:\s+|(?<=['’])|-){wide_month}(?![^\W_])"
            + (rf"|{verb_month}(?=,?\s+(?:{month_verbs}){na}))" if month_verbs else ")"),
        ),
        ("range", rf"{nb}(?P<year>(?:19|20)\d\d)\s?[-–/]\s?(?P<year2>(?:19|20)\d\d){na}"),
        ("year", rf"{nb}{year}"),
        ("ongoing", rf"{nb}(?:{ongoing}){na}"),
    ]
    # "in March this year", "в марте текущего года": the year phrase pins the month's year
    year_of: dict[str, int] = {}
    for canon, words in (d.get("year_of") or {}).items():
        for w in as_list(words):
            year_of[_key(w)] = YEAR_OFFSETS[str(canon)]
    if year_of:
        yof = rf"(?P<yof>{alternation(year_of)})"
        named.insert(
            len(named) - 5,
            (
                "month_yof",
                rf"{nb}(?:(?:{month_cues})(?:\s+|(?<=['’])))?{wide_month}\s+{yof}{na}",
            ),
        )
        # "the first half of next year", "im ersten Quartal des nächsten Jahres": the year
        # phrase pins the quarter's or half's year (before the bare forms, which it covers)
        bare = [name for name, _ in named].index("qword_bare")
        named[bare:bare] = [
            ("qword_yof", rf"{nb}(?P<ord>{ord_alt})\s+(?:{qwords}){na}\s+{yof}{na}"),
            ("hword_yof", rf"{nb}(?P<ord>{ord_alt})\s+(?:{hwords}){na}\s+{yof}{na}"),
        ]
    # seasons: "in the autumn", "im Herbst 2025", "осенью", "à l'automne prochain"
    seasons: dict[str, str] = {}
    for canon, words in (d.get("seasons") or {}).items():
        for w in as_list(words):
            seasons[_key(w)] = str(canon)
    season_shift: dict[str, str] = {}
    for shift in ("next", "last"):
        for key in (f"season_{shift}", f"season_{shift}_after"):
            for w in _words(d, key):
                season_shift[_key(w)] = shift
    # what a season's lead (or, where it may be left out, the season) starts with
    season_leads: list[str] = []
    if seasons:
        season_leads = [
            *_words(d, "season_next"),
            *_words(d, "season_last"),
            *_words(d, "season_cues"),
            *_words(d, "bare_seasons"),
        ]
        salt = rf"(?P<season>{alternation(seasons)})"
        shifts = alternation(_words(d, "season_next") + _words(d, "season_last"))
        shifts_after = alternation(_words(d, "season_next_after") + _words(d, "season_last_after"))
        # a season needs a cue or a shift word before it, unless its form is a date alone
        # (Russian "осенью")
        bare = _words(d, "bare_seasons")
        alone = rf"|(?=(?:{alternation(bare)}){na})" if bare else ""
        lead = (
            rf"(?:(?P<pre>{shifts})\s+|(?P<scue>{alternation(_words(d, 'season_cues'))})"
            rf"(?:\s+|(?<=['’])){alone})"
        )
        joiners = rf"(?:(?:{alternation(_words(d, 'season_year_joiners'))})\s+)?"
        of_year = rf"|\s+{joiners}{yof}" if year_of else ""
        tail = rf"(?:\s+(?P<post>{shifts_after}){na}{of_year})?"
        named[len(named) - 5 : len(named) - 5] = [
            ("season_year", rf"{nb}{lead}?{salt}\s+{joiners}{year}"),
            ("season", rf"{nb}{lead}{salt}{na}{tail}"),
        ]
    relative: dict[str, str] = {}
    for canon, words in (d.get("relative") or {}).items():
        for w in as_list(words):
            relative[_key(w)] = str(canon)
    if relative:
        named.append(("relative", rf"{nb}(?P<rel>{alternation(relative)}){na}"))
    weekdays: dict[str, int] = {}
    for canon, words in (d.get("weekdays") or {}).items():
        if canon in WEEKDAYS:
            for w in as_list(words):
                weekdays[_key(w)] = WEEKDAYS.index(canon)
    cues = _words(d, "weekday_cues")
    if weekdays and cues:
        named.append(
            # compounds count: "Freitagmorgen", "Tuesday's"
            ("weekday", rf"{nb}(?:{alternation(cues)})\s+(?P<wd>{alternation(weekdays)})\w*"),
        )
    if weekdays and d.get("bare_weekdays"):
        # where a weekday name means nothing else, it needs no cue ("expulsé dimanche")
        named.append(("weekday_bare", rf"{nb}(?P<wd>{alternation(weekdays)})\w*"))
    within = _words(d, "within_next")
    if within:
        # "within 90 days", "в течение 90 дней": days too (held-out set AI)
        unit = alternation(
            _words(d, "years_word")
            + _words(d, "months_word")
            + _words(d, "weeks_word")
            + _words(d, "days_word")
        )
        named.append(
            (
                "within",
                rf"{nb}(?:{alternation(within)})\s+(?P<n>\d{{1,3}}|[^\W\d_]+)\s+(?P<unit>{unit}){na}",
            )
        )
    # "over the past two weeks", "in den vergangenen zehn Tagen", "за последние две
    # недели", "au cours des deux dernières semaines": a span that ends at publication
    past = _words(d, "within_past")
    if past:
        between = _words(d, "past_between")
        gap = rf"(?:{alternation(between)})\s+" if between else ""
        past_units = alternation(
            _words(d, "months_word") + _words(d, "weeks_word") + _words(d, "days_word")
        )
        named.append(
            (
                "past",
                (
                    rf"{nb}(?:{alternation(past)})\s+(?P<n>\d{{1,2}}|[^\W\d_]+)\s+{gap}"
                    rf"(?P<unit>{past_units}){na}"
                ),
            )
        )
    # "two weeks ago", "vor drei Monaten", "три дня назад", "il y a deux jours": a time
    # back from publication (the number may be a digit, which is no token: the pattern
    # is anchored at its unit, and a digit before it is read in _mention)
    ago_after, ago_before = _words(d, "ago_after"), _words(d, "ago_before")
    ago_one = _words(d, "ago_one")
    ago_units = alternation(
        _words(d, "years_word")
        + _words(d, "months_word")
        + _words(d, "weeks_word")
        + _words(d, "days_word")
    )
    ago_n = r"(?P<n>\d{1,2}|[^\W\d_]+)"
    if ago_after:
        named.append(
            (
                "ago_after",
                rf"{nb}(?:{ago_n}\s+)?(?P<unit>{ago_units})\s+(?:{alternation(ago_after)}){na}",
            )
        )
    if ago_before:
        named.append(
            (
                "ago_before",
                rf"{nb}(?:{alternation(ago_before)})\s+(?:{ago_n}\s+)?(?P<unit>{ago_units}){na}",
            )
        )
    # "in zwei Wochen", "через три месяца", "dans deux semaines": a time ahead of
    # publication; the count is required ("in Monaten" is "for months"; set AI)
    ahead_before = _words(d, "ahead_before")
    if ahead_before:
        named.append(
            (
                "ahead_before",
                (
                    rf"{nb}(?:{alternation(ahead_before)})\s+(?P<n>\d{{1,2}}|[^\W\d_]+)\s+"
                    rf"(?P<unit>{ago_units}){na}"
                ),
            )
        )
    # Each pattern is tried only where one of its first words (or a digit) stands:
    # a dict lookup per token instead of 23 scans of the whole text (PERF.md).
    # Each pattern is tried only at an anchor: a rare word of it (a month, "quarter",
    # "yesterday", the longest word of a phrase) found by dict lookup, `back` tokens
    # after the pattern's start. Common words ("the", "in") are never anchors.
    anchors: dict[str, list[tuple[str, int]]] = {}

    def anchor(word: str, name: str, back: int) -> None:
        entry = (name, back)
        bucket = anchors.setdefault(word.lower(), [])
        if entry not in bucket:
            bucket.append(entry)

    def phrase_anchor(phrase: str, name: str) -> None:
        toks = _TOKEN_RE.findall(phrase)
        if not toks or not phrase[:1].isalpha():
            return
        k = max(range(len(toks)), key=lambda i: (len(toks[i]), i))
        anchor(toks[k], name, k)

    for month_word in months:
        for name in ("mdy", "my", "md"):
            anchor(month_word, name, 0)
        for back in range(CUE_TOKENS + 1) if span_joiners else ():
            anchor(month_word, "month_span", back)
            anchor(month_word, "month_span_bare", back)
        for back in range(0 if _words(d, "month_verbs") else 1, CUE_TOKENS + 1):
            anchor(month_word, "month", back)
    for word in _words(d, "quarter_abbrev"):
        anchor(word, "qnum", 0)
    for word in _words(d, "half_abbrev"):
        anchor(word, "hnum", 0)
    yof_names = ("qword_yof", "hword_yof") if year_of else ()
    for names, key in (
        (("qword", "qword_bare", *yof_names[:1]), "quarter_words"),
        (("hword", "hword_bare", *yof_names[1:]), "half_words"),
    ):
        for word in _words(d, key):
            # "кв.": an abbreviation is anchored at its word, without the dot
            word = (_TOKEN_RE.findall(word) or [word])[0]
            for back in (1, 2):
                for name in names:
                    anchor(word, name, back)
    for name, phrases in (
        ("ongoing", _words(d, "ongoing")),
        ("relative", list(relative)),
        ("within", within),
        ("past", past),
        ("weekday", cues),
    ):
        for phrase in phrases:
            phrase_anchor(phrase, name)
    if d.get("bare_weekdays"):
        for word in weekdays:
            anchor(word, "weekday_bare", 0)
    for unit_word in (
        _words(d, "years_word")
        + _words(d, "months_word")
        + _words(d, "weeks_word")
        + _words(d, "days_word")
    ):
        last = len(_TOKEN_RE.findall(unit_word)) - 1
        if ago_after:
            # "3 days ago" starts at its unit, "three days ago" a token before it
            for back in (0, 1):
                anchor(_TOKEN_RE.findall(unit_word)[-1], "ago_after", back + last)
        for lead in ago_before:
            lead_tokens = len(_TOKEN_RE.findall(lead))
            for back in (lead_tokens, lead_tokens + 1):
                anchor(_TOKEN_RE.findall(unit_word)[-1], "ago_before", back + last)
        for lead in ahead_before:
            # "через две недели": the count stands between the lead word and the unit (a
            # count in digits is no token)
            lead_tokens = len(_TOKEN_RE.findall(lead))
            for back in (lead_tokens, lead_tokens + 1):
                anchor(_TOKEN_RE.findall(unit_word)[-1], "ahead_before", back + last)
    for season_word in seasons:
        toks = _TOKEN_RE.findall(season_word)
        if toks:
            for back in range(CUE_TOKENS + 1):
                for name in ("season_year", "season"):
                    anchor(toks[-1], name, back + len(toks) - 1)
    if year_of:
        for month_word in months:
            for back in range(CUE_TOKENS + 1):
                anchor(month_word, "month_yof", back)
    year_leads: dict[str, list[str]] = {}
    for name in ("mid", "early", "late"):
        for phrase in _words(d, name):
            toks = _TOKEN_RE.findall(phrase)
            if toks and name not in year_leads.setdefault(toks[0].lower(), []):
                year_leads[toks[0].lower()].append(name)
    compiled = {name: patterns.compile(p, re.IGNORECASE) for name, p in named}
    starters = {
        "month": _words(d, "month_cues") + (long_months if month_verbs else []),
        "month_yof": _words(d, "month_cues") + long_months,
        "month_span": span_leads + long_months,
        "month_span_bare": span_leads,
        "relative": list(relative),
        "within": within,
        "weekday": cues,
        "ongoing": _words(d, "ongoing"),
        "season": season_leads,
        "season_year": season_leads + list(seasons),
        **{
            name: list(ordinals)
            for name in ("qword", "hword", "qword_bare", "hword_bare", *yof_names)
        },
    }
    return _Calendar(
        months=months,
        day_gates=_day_gates(months, d),
        leads={name: lead for name, words in starters.items() if (lead := _leads(words))},
        patterns=compiled,
        order={name: k for k, (name, _) in enumerate(named)},
        anchors={w: tuple(entries) for w, entries in anchors.items()},
        year_leads={w: tuple(names) for w, names in year_leads.items()},
        relative=relative,
        weekdays=weekdays,
        ordinals=ordinals,
        capitalised_months=bool((common.get("options") or {}).get("capitalised_months")),
        dotted_not_after=frozenset(w.lower() for w in _words(d, "dotted_not_after")),
        lower_case_relatives=frozenset(_key(w) for w in _words(d, "lower_case_relatives")),
        ongoing_before_noun=frozenset(
            _key(w) for w in _words(d.get("ongoing_attributes") or {}, "before_noun")
        ),
        ongoing_after_noun=frozenset(
            _key(w) for w in _words(d.get("ongoing_attributes") or {}, "after_noun")
        ),
        ongoing_not_before=tuple(
            w.lower() for w in _words(d.get("ongoing_attributes") or {}, "not_before")
        ),
        ongoing_not_nouns=frozenset(
            _key(w) for w in _words(d.get("ongoing_attributes") or {}, "not_nouns")
        ),
        anchored={
            **{_key(w): -1 for w in _words(d.get("anchored") or {}, "day_before")},
            **{_key(w): 1 for w in _words(d.get("anchored") or {}, "day_after")},
        },
        # "from Monday", "ab Montag": words that point forward only before the weekday
        future_re=patterns.compile(
            rf"(?<!\w)(?:{alternation(_words(d, 'future_cues') + _words(d, 'future_lead_cues'))})\s*$",
            re.IGNORECASE,
        ),
        future_after_re=patterns.compile(
            rf"\s*(?:{alternation(_words(d, 'future_cues'))})(?!\w)", re.IGNORECASE
        ),
        past_re=patterns.compile(
            rf"(?<!\w)(?:{alternation(_words(d, 'past_cues') or ['(?!x)x'])})\s*$", re.IGNORECASE
        ),
        past_after_re=patterns.compile(
            rf"\s*(?:{alternation(_words(d, 'past_after_cues') or ['(?!x)x'])})(?!\w)",
            re.IGNORECASE,
        ),
        years_words=frozenset(_key(w) for w in _words(d, "years_word")),
        months_words=frozenset(_key(w) for w in _words(d, "months_word")),
        weeks_words=frozenset(_key(w) for w in _words(d, "weeks_word")),
        days_words=frozenset(_key(w) for w in _words(d, "days_word")),
        ago_one=frozenset(_key(w) for w in ago_one),
        seasons=seasons,
        season_shift=season_shift,
        season_ahead=frozenset(_key(w) for w in _words(d, "season_ahead")),
        year_of=year_of,
    )


def _leads(phrases: Iterable[str]) -> frozenset[str] | None:
    """The lowered first tokens of the phrases of an alternation that starts a pattern, or
    None when one of them may start otherwise (a regex word).

    At a token, a match of the alternation starts with one of these: a phrase that starts
    with a letter is matched there (ignoring case) letter for letter, and its first token
    ends where the token of the text ends (a space, an apostrophe, a hyphen or the end of
    the phrase, which the patterns follow with a space or a non-letter). A phrase that
    starts with anything else ("1st", "4.") cannot match at a letter.
    """
    leads: set[str] = set()
    for phrase in phrases:
        if len(phrase) > 2 and phrase.startswith("/") and phrase.endswith("/"):
            return None  # a regex (see `alternation`)
        first = _TOKEN_RE.match(phrase)
        if first:
            leads.add(first.group().lower())
    return frozenset(leads)


def _day_gates(months: dict[str, int], d: dict[str, Any]) -> dict[str, frozenset[str]]:
    """For each day-led pattern, the words (lower case, any of a phrase's tokens) one of which
    must follow the day number for the pattern to have a chance: trying only those saves
    most of the attempts at the many numbers of an article."""

    def tokens_of(words: Iterable[str]) -> frozenset[str]:
        return frozenset(t.lower() for w in words for t in _TOKEN_RE.findall(w))

    month_words = tokens_of(months)
    return {
        "dmy": month_words,
        "dm": month_words,
        "qword": tokens_of(_words(d, "quarter_words")),
        "hword": tokens_of(_words(d, "half_words")),
    }


# how many tokens, starting how close, after a day number may hold its month or quarter word
DAY_GATE_TOKENS = 3
DAY_GATE_CHARS = 24
# patterns that may start at a digit ("21/04/2025", "2024-Q1", "1st quarter", "3. März")
_YEAR_PATTERNS = ("iso", "qnum_rev", "hnum_rev", "range", "year")
# a character one of which stands in the two after the year where these can match
_YEAR_JOINED = {"iso": "-", "range": "-–/"}
_DAY_PATTERNS = ("numeric", "dm_numeric", "dmy", "qword", "hword", "dm")
_DIGIT_START_RE = patterns.compile(r"\d+")


def _safe_day(year: int, month: int, day: int) -> Period | None:
    if not (YEAR_MIN <= year <= YEAR_MAX and 1 <= month <= 12):
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return Period.day(date(year, month, day))


def _month_period(year: int, month: int) -> Period | None:
    if YEAR_MIN <= year <= YEAR_MAX and 1 <= month <= 12:
        return Period.month(year, month)
    return None


def _month_span(year: int, first: int, last: int) -> Period | None:
    """Whole months from `first` to `last` as the quarter, half or year they make up; any
    other span as its last month (a deadline's end; a count over such months is read as
    their year by the deportation rules); None when `last` comes before `first`."""
    if not YEAR_MIN <= year <= YEAR_MAX or not 1 <= first < last <= 12:
        return None
    if last - first == 2 and first % 3 == 1:
        return Period.quarter(year, (first + 2) // 3)
    if last - first == 5 and first in (1, 7):
        return Period.half(year, 1 if first == 1 else 2)
    return Period.year(year) if (first, last) == (1, 12) else Period.month(year, last)


def _shift_month(d: date, delta: int) -> tuple[int, int]:
    index = d.year * 12 + (d.month - 1) + delta
    return index // 12, index % 12 + 1


# "Nov. 16–22": the last day of a span after a month-first day, dated by its first day
# as "16–22 November" is (held-out set AE)
_DAY_TAIL = r"(?:\s*[-–—]\s*[0-3]?\d(?!\d|[.,:]\d))?"
# "1. 3. 2027": one space of any width after a numeric date's dot
_DOT_SPACE = "[ \u00a0\u2009\u202f]?"


def _relative(canon: str, published: date) -> Period | None:
    y = published.year
    if canon == "today":
        return Period.day(published)
    if canon == "yesterday":
        return Period.day(published - timedelta(days=1))
    if canon == "tomorrow":
        return Period.day(published + timedelta(days=1))
    if canon == "day_before_yesterday":
        return Period.day(published - timedelta(days=2))
    if canon == "day_after_tomorrow":
        return Period.day(published + timedelta(days=2))
    if canon == "year_q1":
        # "in the first three months of the year": the publication year's first quarter
        return Period.quarter(y, 1)
    if canon == "year_h1":
        return Period.half(y, 1)
    if canon == "next_day":
        # "the next day" with no day named before it: the day after publication (it is
        # dropped unless a day before anchors it, _anchored)
        return Period.day(published + timedelta(days=1))
    if canon == "decade_end":
        # "by the end of the decade": the round year that closes it, 2030 from 2026-2029
        return Period.year((y // 10 + 1) * 10)
    if canon == "half_year_ahead":
        # "within half a year", "в течение полугода": as "within six months"
        return _month_period(*_shift_month(published, 6))
    if canon.endswith("_month"):
        delta = {"this": 0, "last": -1, "next": 1}[canon.split("_")[0]]
        return _month_period(*_shift_month(published, delta))
    if canon.endswith("_year"):
        delta = {"this": 0, "last": -1, "next": 1}[canon.split("_")[0]]
        return Period.year(y + delta)
    if canon == "this_quarter":
        return Period.quarter(y, (published.month - 1) // 3 + 1)
    if canon.endswith("_weekend"):
        return _weekend(canon, published)
    if canon.endswith("_week"):
        if canon == "this_week":
            return Period.month(published.year, published.month)
        delta = {"last": -7, "next": 7}[canon.split("_")[0]]
        # a week has no precision of its own: give the month it falls in, the month of
        # its Thursday (Monday to Sunday; a week across two months goes where most days are)
        d = published - timedelta(days=published.weekday()) + timedelta(days=delta + 3)
        return Period.month(d.year, d.month)
    return None


def _weekend(canon: str, published: date) -> Period:
    """The month of the weekend a phrase names (as a week, a weekend has no precision of
    its own): "last weekend" the one before publication, "next weekend" the one after,
    ("next weekend" written on a weekday: the one ahead), and a plain "at the weekend"
    the nearest one (written Monday to Wednesday, the one just past; Thursday or Friday,
    the one ahead; at a weekend, that one)."""
    day = published.weekday()
    saturday = published + timedelta(days=5 - day)  # the Saturday of publication's week
    if canon == "last_weekend" or (canon == "this_weekend" and day < 3):
        saturday -= timedelta(days=7)
    elif canon == "next_weekend" and day >= 5:
        saturday += timedelta(days=7)
    return Period.month(saturday.year, saturday.month)


def _season_year(season: str, shift: str | None, published: date) -> int:
    """The year whose `season` a text means: this year's, the next one ahead, or the last
    one that has ended by publication."""
    first, after = SEASON_MONTHS[season]
    y, m = published.year, published.month
    if season == "winter":
        # a winter is named by the year of its January ("winter" in December is next year's)
        current = y + 1 if m >= first else y
        if shift == "ahead":
            # the winter under way, or the next one
            return current if m >= first or m < after else current + 1
        if shift == "next":
            return current + 1 if m >= first or m < after else current
        if shift == "last":
            return current - 1 if m >= first or m < after else current
        return current
    if shift == "next":
        return y if m < first else y + 1
    if shift == "ahead":
        return y if m < after else y + 1
    if shift == "last":
        return y if m >= after else y - 1
    return y


def _season(season: str, year: int) -> Period | None:
    """A season as the half year it falls in (SEASON_HALVES; see the corpus README)."""
    if not YEAR_MIN <= year <= YEAR_MAX or season not in SEASON_HALVES:
        return None
    return Period.half(year, SEASON_HALVES[season])


def _mention(
    name: str, m: re.Match[str], cal: _Calendar, published: date | None, lang: str
) -> Period | None:
    g = m.groupdict()
    if cal.capitalised_months and not (g.get("month") or g.get("vmonth") or "X")[:1].isupper():
        return None  # "may 5" is a verb and a number where months are capitalised
    year = int(g["year"]) if g.get("year") else None
    if name in ("iso", "numeric"):
        a, b = int(g["day"]), int(g["mon"])
        if name == "numeric" and b > 12 and a <= 12:
            a, b = b, a  # month-first ("04/21/2025")
        return _safe_day(year or 0, b, a)
    if name in ("dmy", "mdy"):
        first = int(g.get("day0") or g["day"])
        return _safe_day(year or 0, cal.months.get(_key(g["month"]), 0), first)
    if name == "my":
        return _month_period(year or 0, cal.months.get(_key(g["month"]), 0))
    if name == "month_span":
        first, last = cal.months.get(_key(g["month0"]), 0), cal.months.get(_key(g["month"]), 0)
        return _month_span(year or 0, first, last)
    if name in ("qnum", "qnum_rev"):
        return Period.quarter(year, int(g["q"])) if year and YEAR_MIN <= year <= YEAR_MAX else None
    if name in ("hnum", "hnum_rev"):
        return Period.half(year, int(g["h"])) if year and YEAR_MIN <= year <= YEAR_MAX else None
    if name in ("qword", "hword"):
        n = cal.ordinals.get(_key(g["ord"]))
        if not n or not year:
            return None
        if name == "qword":
            return Period.quarter(year, n)
        return Period.half(year, n) if n <= 2 else Period.half(year, 2)
    if name == "mid":
        return _month_period(year or 0, 6)
    if name in ("early", "late", "year"):
        return Period.year(year) if year and YEAR_MIN <= year <= YEAR_MAX else None
    if name == "range":
        y1, y2 = int(g["year"]), int(g["year2"])
        if YEAR_MIN <= y1 < y2 <= YEAR_MAX:
            return Period(date(y1, 1, 1), date(y2, 12, 31), "year")
        return None
    if name == "ongoing":
        return None if _ongoing_attribute(m, cal) else Period.ongoing()
    if name == "season_year":
        return _season(cal.seasons.get(_key(g["season"]), ""), year or 0)
    if published is None:
        return None  # relative dates need a publication date to resolve against
    if name == "month_span_bare":
        first = cal.months.get(_key(g.get("month0") or g.get("month0b") or ""), 0)
        last = cal.months.get(_key(g["month"]), 0)
        if not 1 <= first <= last <= 12:
            return None
        return _month_span(
            published.year if last <= published.month else published.year - 1, first, last
        )
    if name == "month_yof":
        mon = cal.months.get(_key(g["month"]), 0)
        offset = cal.year_of.get(_key(g["yof"]))
        return _month_period(published.year + offset, mon) if offset is not None else None
    if name == "season":
        season = cal.seasons.get(_key(g["season"]), "")
        if season not in SEASON_MONTHS:
            return None
        if g.get("yof"):
            offset = cal.year_of.get(_key(g["yof"]), 0)
            return _season(season, _season_year(season, None, published) + offset)
        shift = cal.season_shift.get(_key(g.get("pre") or g.get("post") or ""))
        if shift is None and _key(g.get("scue") or "") in cal.season_ahead:
            shift = "ahead"  # "by the summer" in November: next summer
        return _season(season, _season_year(season, shift, published))
    if name in ("qword_yof", "hword_yof"):
        n = cal.ordinals.get(_key(g["ord"]))
        offset = cal.year_of.get(_key(g["yof"]))
        if not n or offset is None:
            return None
        if name == "qword_yof":
            return Period.quarter(published.year + offset, min(n, 4))
        return Period.half(published.year + offset, min(n, 2))
    if name in ("qword_bare", "hword_bare"):
        n = cal.ordinals.get(_key(g["ord"]))
        if not n:
            return None
        if name == "qword_bare":
            current = (published.month - 1) // 3 + 1
            return Period.quarter(published.year if n <= current else published.year - 1, n)
        n = min(n, 2)
        current = 1 if published.month <= 6 else 2
        return Period.half(published.year if n <= current else published.year - 1, n)
    if name == "month":
        mon = cal.months.get(_key(g.get("month") or g.get("vmonth") or ""), 0)
        if not mon:
            return None
        # a month without a year is the latest such month up to publication
        year = published.year if mon <= published.month else published.year - 1
        return _month_period(year, mon)
    if name in ("dm", "md", "dm_numeric"):
        mon = int(g["mon"]) if name == "dm_numeric" else cal.months.get(_key(g["month"]), 0)
        if not mon:
            return None
        # "le 12 décembre" without a year: the nearest such day to publication (a
        # planned visit or a deadline moves it ahead where the sentence says so)
        near: list[tuple[int, Period]] = []
        for year in (published.year, published.year - 1, published.year + 1):
            day = _safe_day(year, mon, int(g.get("day0") or g["day"]))
            if day is not None and day.start is not None:
                near.append((abs((day.start - published).days), day))
        return min(near, key=lambda n: n[0])[1] if near else None
    if name == "relative":
        if _key(g["rel"]) in cal.lower_case_relatives and not g["rel"].islower():
            return None  # "am Morgen" is the morning, not "morgen" (tomorrow)
        return _relative(cal.relative.get(_key(g["rel"]), ""), published)
    if name == "within":
        # "within a year", "innerhalb eines Jahres": the words that count one
        n = Decimal(1) if _key(g["n"]) in cal.ago_one else parse_number(g["n"], lang)
        days = _key(g["unit"]) in cal.days_words
        if (
            n is None
            or n != n.to_integral_value()
            or not 0 < n < (WITHIN_MAX_DAYS if days else 100)
        ):
            return None
        if days:
            # "within 90 days": the month the term runs out in, as for weeks
            end = published + timedelta(days=int(n))
            return _month_period(end.year, end.month)
        if _key(g["unit"]) in cal.years_words:
            return Period.year(published.year + int(n))
        if _key(g["unit"]) in cal.weeks_words:
            # "within two weeks": the month the term runs out in
            end = published + timedelta(weeks=int(n))
            return _month_period(end.year, end.month)
        return _month_period(*_shift_month(published, int(n)))
    if name == "past":
        after = _MONTH_AFTER_RE.match(m.string, m.end())
        if after is not None and (
            _key(after.group(1)) in cal.months or _key(after.group(1))[:-1] in cal.months
        ):
            return None  # "in the last ten days of November": days of that month
        return _past_span(g["n"], g["unit"], cal, published, lang)
    if name in ("ago_after", "ago_before"):
        return _ago(m, cal, published, lang)
    if name == "ahead_before":
        return _ahead_of(m, cal, published, lang)
    if name in ("weekday", "weekday_bare"):
        wd = cal.weekdays.get(_key(g["wd"]))
        if wd is None:
            return None
        lead = m.string[max(0, m.start() - 24) : m.end() - len(g["wd"])]
        after = m.string[m.end() : m.end() + 16]
        if (
            cal.future_re.search(lead)
            or cal.future_re.search(m.group()[: -len(g["wd"])])
            or cal.future_after_re.match(after)
        ):
            # "scheduled for Tuesday", "next Friday": the first such day after publication
            ahead = (wd - published.weekday()) % 7 or 7
            return Period.day(published + timedelta(days=ahead))
        # news reports the past: the latest such weekday on or before publication
        back = (published.weekday() - wd) % 7
        if not back and (
            cal.past_re.search(lead)
            or cal.past_re.search(m.group()[: -len(g["wd"])])
            or cal.past_after_re.match(after)
        ):
            back = 7  # "last Thursday" written on a Thursday is a week back
        return Period.day(published - timedelta(days=back))
    return None


_DIGITS_BEFORE_RE = patterns.compile(r"(?<!\d)(\d{1,2})[ \t\u00a0]+$")


def _ago(m: re.Match[str], cal: _Calendar, published: date, lang: str) -> Period | None:
    """ "two weeks ago", "vor drei Monaten", "три дня назад", "il y a deux jours": the day,
    month (weeks and months) or year that far back from publication."""
    word = m.group("n")
    if word is None:
        digits = _DIGITS_BEFORE_RE.search(m.string, max(0, m.start() - 4), m.start())
        word = digits.group(1) if digits else None
    if word is None:
        return None
    n = Decimal(1) if _key(word) in cal.ago_one else parse_number(word, lang)
    if n is None or n != n.to_integral_value() or not 0 < n < 100:
        return None
    count, unit = int(n), _key(m.group("unit"))
    if unit in cal.years_words:
        return Period.year(published.year - count)
    if unit in cal.months_words:
        return _month_period(*_shift_month(published, -count))
    if unit in cal.weeks_words:
        back = published - timedelta(weeks=count)
        return _month_period(back.year, back.month)
    if unit in cal.days_words:
        return Period.day(published - timedelta(days=count))
    return None


def _ahead_of(m: re.Match[str], cal: _Calendar, published: date, lang: str) -> Period | None:
    """ "in zwei Wochen", "через три месяца", "dans deux jours": the day, month (weeks and
    months) or year that far ahead of publication, as _ago reads one back."""
    n = Decimal(1) if _key(m.group("n")) in cal.ago_one else parse_number(m.group("n"), lang)
    if n is None or n != n.to_integral_value() or not 0 < n < 100:
        return None
    count, unit = int(n), _key(m.group("unit"))
    if unit in cal.years_words:
        return Period.year(published.year + count)
    if unit in cal.months_words:
        return _month_period(*_shift_month(published, count))
    if unit in cal.weeks_words:
        ahead = published + timedelta(weeks=count)
        return _month_period(ahead.year, ahead.month)
    if unit in cal.days_words:
        return Period.day(published + timedelta(days=count))
    return None


# the word after a span, past one short joiner ("of", "des", "d'"): a month's name there
# makes the span part of that month
_MONTH_AFTER_RE = patterns.compile(r"[ \t]+(?:[^\W\d_]{1,3}(?:[ \t]+|['’]))?([^\W\d_]+)")
# The longest span back from publication ("over the past N days") that is read as the
# month holding most of its days; a longer one has no period the contract can write.
PAST_SPAN_MAX_DAYS = 31
# "within 180 days": a term in days up to about a year (set AI)
WITHIN_MAX_DAYS = 400


def _past_span(word: str, unit: str, cal: _Calendar, published: date, lang: str) -> Period | None:
    """ "over the past two weeks", "in den letzten zehn Tagen", "за последние две недели":
    the month holding most of the span's days, as a week is read (the corpus README);
    None for a span of more than a month."""
    n = Decimal(1) if _key(word) in cal.ago_one else parse_number(word, lang)
    if n is None or n != n.to_integral_value() or not 0 < n < 100:
        return None
    unit = _key(unit)
    if unit in cal.days_words:
        days = int(n)
    elif unit in cal.weeks_words:
        days = 7 * int(n)
    elif unit in cal.months_words:
        days = 30 * int(n)
    else:
        return None
    if days > PAST_SPAN_MAX_DAYS:
        return None
    first = published - timedelta(days=days - 1)
    # the span's days in publication's month against those in the month before
    here = min(days, published.day)
    if here * 2 >= days:
        return Period.month(published.year, published.month)
    return Period.month(first.year, first.month)


_NEXT_WORD_RE = patterns.compile(r"[ \t]+([^\W\d_]+)")
_WORD_BEFORE_RE = patterns.compile(r"[^\W\d_][ \t]+$")


def _ongoing_attribute(m: re.Match[str], cal: _Calendar) -> bool:
    """True when an ongoing word qualifies a noun ("the ongoing talks", "un groupe de
    travail permanent", "постоянно действующий"): a quality, not a timeline."""
    word = _key(m.group())
    following = _NEXT_WORD_RE.match(m.string, m.end())
    if (
        following
        and word in cal.ongoing_before_noun
        and _key(following.group(1)) not in cal.ongoing_not_nouns
    ):
        return True
    if following and following.group(1).lower().startswith(cal.ongoing_not_before or ("\0",)):
        return True
    before = m.string[max(0, m.start() - 2) : m.start()]
    return word in cal.ongoing_after_noun and _WORD_BEFORE_RE.search(before) is not None


# a pattern's match: priority (lower wins an overlap), start, end, pattern name, match
_Candidate = tuple[int, int, int, str, re.Match[str]]


@lru_cache(maxsize=64)
def _dates_cached(text: str, lang: str, published: date | None) -> tuple[DateMention, ...]:
    cal = _calendar(lang)
    candidates: list[_Candidate] = []

    def attempt(name: str, pos: int) -> None:
        m = cal.patterns[name].match(text, pos)
        if m:
            candidates.append((cal.order[name], m.start(), m.end(), name, m))

    def period_of(c: _Candidate) -> Period | None:
        try:
            return _mention(c[3], c[4], cal, published, lang)
        except (ValueError, KeyError, ArithmeticError):
            return None

    words, starts, _ = _columns(text)
    lowered = _lowered(text)
    gates = cal.day_gates
    for run_start, run_end in _digit_runs(text):
        width = run_end - run_start
        if width == 3 or width > 4:
            continue  # neither a day nor a year
        if width == 4:
            after = text[run_end : run_end + 2]
            for name in _YEAR_PATTERNS:
                # PERF: "2024-03-01" and "2023–2024" need their dash (or slash) right after
                # the year: most years are tried by "year" alone
                if name in _YEAR_JOINED and not any(c in _YEAR_JOINED[name] for c in after):
                    continue
                attempt(name, run_start)
        else:
            k = bisect.bisect_left(starts, run_end)
            following = {
                lowered[j]
                for j in range(k, min(k + DAY_GATE_TOKENS, len(starts)))
                if starts[j] - run_end <= DAY_GATE_CHARS
            }
            for name in _DAY_PATTERNS:
                if name == "numeric" or name == "dm_numeric":
                    if text[run_end : run_end + 1] not in ("/", "."):
                        continue
                    if name not in cal.patterns:
                        continue
                    if name == "dm_numeric":
                        b = bisect.bisect_left(starts, run_start) - 1
                        if b >= 0 and lowered[b] in cal.dotted_not_after:
                            continue  # "п. 3.1.": a section number
                elif name in gates and gates[name].isdisjoint(following):
                    continue
                attempt(name, run_start)
        if width == 4:
            # "mid-2024", "the end of 2025", "Mitte 2024": words just before a year
            k = bisect.bisect_left(starts, run_start)
            for back in range(1, CUE_TOKENS + 2):
                if k - back < 0 or run_start - starts[k - back] > 30:
                    break
                names = cal.year_leads.get(words[k - back].lower())
                for name in names or ():
                    attempt(name, starts[k - back])
    anchors = cal.anchors
    leads = cal.leads
    # PERF: the anchor words of the text by one set operation, then only their tokens
    present = anchors.keys() & _lowered_set(text)
    for i in itertools.compress(range(len(lowered)), map(present.__contains__, lowered)):
        for name, back in anchors[lowered[i]]:
            # PERF: a pattern starting tokens before its anchor ("in" before "March",
            # "this" before "year") is tried only where the token there may start it:
            # most months and years stand after words that start no date (`_leads`)
            if i - back >= 0 and (
                not back or name not in leads or lowered[i - back] in leads[name]
            ):
                attempt(name, starts[i - back])
    # the most specific pattern wins where matches overlap (patterns are listed by priority)
    candidates.sort(key=operator.itemgetter(0, 1))
    kept = _first_disjoint(candidates, period_of)
    kept.sort(key=operator.itemgetter(0, 1))  # in text order
    weekdays = {(c[1], c[2]) for c in candidates if c[3] in _WEEKDAY_PATTERNS}
    if weekdays:
        kept = _without_named_weekdays(text, kept, weekdays)
    if cal.anchored and any(c[3] == "relative" for c in candidates):
        kept = _anchored(text, kept, cal)
    return tuple(DateMention(p, start, end) for start, end, p in kept)


# How far back the day "the day before" counts from may stand (same paragraph).
ANCHOR_REACH = 400


def _anchored(
    text: str, kept: list[tuple[int, int, Period]], cal: _Calendar
) -> list[tuple[int, int, Period]]:
    """ "Talks were held in Kabul on 12 November. The day before, he was in Herat": a day
    counted from the last day named before it in its paragraph (11 November), not from
    publication; "the next day" with no such day dates nothing (held-out set AI)."""
    out: list[tuple[int, int, Period]] = []
    for k, (start, end, period) in enumerate(kept):
        delta = cal.anchored.get(_key(text[start:end]))
        if delta is not None:
            anchor = next(
                (
                    p
                    for s, e, p in reversed(out[:k])
                    if p.precision == "day"
                    and p.start is not None
                    and start - e <= ANCHOR_REACH
                    and "\n\n" not in text[e:start]
                    and _key(text[s:e]) not in cal.anchored
                ),
                None,
            )
            if anchor is not None and anchor.start is not None:
                period = Period.day(anchor.start + timedelta(days=delta))
            elif delta > 0:
                continue
        out.append((start, end, period))
    return out


_WEEKDAY_PATTERNS = frozenset({"weekday", "weekday_bare"})
# What may stand between a weekday and the day it names ("Thursday, December 3",
# "jeudi 3 décembre", "3 декабря (четверг)")
_WEEKDAY_GAP_RE = patterns.compile(r"[ \t,(]*")


def _without_named_weekdays(
    text: str, kept: list[tuple[int, int, Period]], weekdays: set[tuple[int, int]]
) -> list[tuple[int, int, Period]]:
    """Drop a weekday written right beside a day's date ("on Thursday, December 3", "le
    jeudi 3 décembre", "3 декабря, в четверг"): it names that day, not the nearest
    Thursday to publication."""
    out: list[tuple[int, int, Period]] = []
    for k, (start, end, period) in enumerate(kept):
        if (start, end) in weekdays:
            beside = [kept[j] for j in (k - 1, k + 1) if 0 <= j < len(kept)]
            if any(
                p.precision == "day"
                and (s >= end and _WEEKDAY_GAP_RE.fullmatch(text, end, s) is not None)
                or (
                    p.precision == "day"
                    and e <= start
                    and _WEEKDAY_GAP_RE.fullmatch(text, e, _cue_start(text, e, start)) is not None
                )
                for s, e, p in beside
            ):
                continue
        out.append((start, end, period))
    return out


def _cue_start(text: str, lo: int, start: int) -> int:
    """Where the words between a date and a weekday after it end, less a weekday cue
    ("3 декабря, в четверг": the "в")."""
    gap = text[lo:start]
    stripped = gap.rstrip()
    head, _, last = stripped.rpartition(" ")
    if last and len(last) <= 3 and last.isalpha():
        return lo + len(head)
    return start


def _first_disjoint(
    candidates: list[_Candidate], period_of: Callable[[_Candidate], Period | None]
) -> list[tuple[int, int, Period]]:
    """(start, end, period) of the candidates (priority, start, end, ...) that have a period
    and overlap none kept before them, in order.

    PERF: the spans kept are disjoint, so sorted by start their ends are sorted too: of
    those starting before a candidate's end, only the last can reach into it (one bisection
    instead of a scan of all kept spans). Empty spans, which would break that order, are
    kept apart. A candidate's period is resolved only when nothing kept overlaps it: one
    that is overlapped is dropped whatever its period, and one without a period is no
    candidate at all, so resolving late gives what resolving every match first gives (about
    half of the matches, most years inside "March 2024", are never resolved).
    """
    starts: list[int] = []
    ends: list[int] = []
    empty: list[int] = []
    kept: list[tuple[int, int, Period]] = []
    for c in candidates:
        start, end = c[1], c[2]
        k = bisect.bisect_left(starts, end)
        if (k and ends[k - 1] > start) or any(start < a < end for a in empty):
            continue
        period = period_of(c)
        if period is None:
            continue
        if start < end:
            starts.insert(k, start)
            ends.insert(k, end)
        else:
            empty.append(start)
        kept.append((start, end, period))
    return kept


def find_dates(text: str, lang: str, published: date | None) -> list[DateMention]:
    """Explicit dates at their precision, and relative ones resolved against `published`."""
    if not text or not _may_hold_date(text, lang):
        return []
    return list(_dates_cached(text, lang, published))


@lru_cache(maxsize=16)
def _year_of_re(lang: str) -> re.Pattern[str] | None:
    words = _calendar(lang).year_of
    if not words:
        return None
    return patterns.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.IGNORECASE)


def names_its_year(text: str, lang: str) -> bool:
    """Whether a date names its year in words ("im Juli dieses Jahres", "в июле этого года"),
    which a year stated elsewhere in the sentence must not replace."""
    pattern = _year_of_re(lang)
    return bool(pattern and pattern.search(" ".join(text.split())))


_DIGIT_RE = patterns.compile(r"\d")


def _may_hold_date(text: str, lang: str) -> bool:
    """False when `_dates_cached` would surely find nothing: no digit and no anchor word.

    PERF: action items and trade targets date many short strings (titles, clauses), most
    without a digit. `_dates_cached` tries patterns only at digits and at the calendar's
    anchor words, so without either it finds nothing; this check costs one findall and
    leaves the tokeniser's caches to the article's own text (issue 4).
    """
    if _DIGIT_RE.search(text):
        return True
    anchors = _calendar(lang).anchors
    return not anchors.keys().isdisjoint(map(str.lower, _TOKEN_RE.findall(text)))


def parse_period(text: str, lang: str, published: date | None) -> Period | None:
    """The period one short span gives ("Q1 2024", "Mid-2024", "Ongoing"), or None."""
    mentions = find_dates(text or "", lang, published)
    if not mentions:
        return None
    best = max(mentions, key=lambda d: (d.end - d.start, -d.start))
    return best.period
