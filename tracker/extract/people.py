"""People named in a text, with their role and country, as an English wire writes them.

`find_people` finds "Serik Zhumangarin, the Deputy Prime Minister of Kazakhstan",
"Pakistan Foreign Minister Ishaq Dar", "the Kazakh envoy", "вице-премьер
Казахстана Серик Жумангарин", "le ministre ouzbek des Affaires étrangères,
Bakhtiyor Saidov" and speaker attributions ("said Azimi", "заявил Жумангарин").
Role titles, speech verbs and name rules are data (`data/people/<lang>.yaml`);
inflected names are brought to their base form and Latin script by the
morphology and transliteration the data file names (issue 4).
"""

from __future__ import annotations

import bisect
import itertools
import logging
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tracker.extract import patterns
from tracker.extract.engine import find_countries, find_places, lowered_words, morph_analyzer
from tracker.extract.fastscan import find_all
from tracker.extract.rules import alternation, as_list, load_rules

LOGGER = logging.getLogger(__name__)

KIND = "people"
# Upper-case letters of the scripts we read (Latin with accents, Cyrillic).
_CAP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0400-\u042f\u0490-\u04ff"
_CAPWORD = rf"[{_CAP}][^\W\d_]*(?:[-'’][^\W\d_]+)*"
# Initials before a surname ("J. P. Singh", "A. Kabulov"): each a capital, a full stop and
# a space; not inside an abbreviation ("U.S."), which the look-behind keeps out.
_INITIALS = rf"(?:(?<![\w.])(?:[{_CAP}]\.[ \t]+){{1,3}}(?=[{_CAP}][^\W\d_]))?"
# How far (characters) a name may sit from its role title.
_GAP = 48
# Lines where most words are capitalised are headlines: names there are cut
# to two words, as the words after a name are capitalised too.
_HEADLINE_RATIO = 0.6
_POSSESSIVE_RE = patterns.compile(r"['’]s$")
_POSSESSIVE_TAIL_RE = patterns.compile(r"['’]s\b")
_ONE_WORD = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"
# A short portfolio tail, then ", Name Surname" ("and Commerce, Bakyt Sydykov").
_PORTFOLIO_THEN_NAME_RE = patterns.compile(
    rf"(?:[ \t]*(?:(?:and|und|et|и|of|de|des|du|d'|für|по)[ \t]+)?[^\W\d_][\w'’-]*){{0,4}}?"
    rf",[ \t]*(?P<name>{_CAPWORD}(?:[ \t]+{_CAPWORD}){{1,3}})"
)
# compiled once: these run for every role title
# A word read backwards is a word too (letters joined by single - ' ’): the last word of
# a string is one match at the start of the string reversed (see `_last_word`)
_ONE_WORD_RE = patterns.compile(_ONE_WORD)
# Capitalised portfolios listed before a role's own word: "Investment, Industry and "
_PORTFOLIO_LIST_RE = patterns.compile(
    rf"(?<![\w-])(?:[{_CAP}][^\W\d_]+,[ \t]+){{1,4}}[{_CAP}][^\W\d_]+[ \t]+(?:and|und|et|и)[ \t]*$"
)
_NAME_THEN_COMMA_RE = patterns.compile(rf"({_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,3}}),\s*$")
# Only word characters, blanks and - ' ’ stand before the comma of a portfolio tail
_UP_TO_COMMA_RE = patterns.compile(r"[\w'’ \t-]*,")
_APPOSITIVE_RE = patterns.compile(rf",[ \t]*(?P<name>{_CAPWORD}(?:[ \t]+{_CAPWORD}){{1,3}})")
# A capitalised word as one capturing group, for re.split: gaps and words alternate.
# PERF: `_CAPWORD` with possessive repeats: nothing after them can make either give back
# letters, so the words are the same, and the scan over a whole text ~20% cheaper
_CAPTOKEN_SPLIT_RE = patterns.compile(rf"([{_CAP}][^\W\d_]*+(?:[-'’][^\W\d_]+)*+)")
_NONBLANK_RE = patterns.compile(r"\S+")
# the end of a sentence or line between two mentions
_SENTENCE_BREAK_RE = patterns.compile(r"[.!?;]\s|\n")
_NAME_BEFORE_RE = patterns.compile(rf"(?P<name>{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,2}}),?[ \t]+$")


@dataclass(frozen=True)
class PersonMention:
    """A person (or a role without a name) mentioned at text[start:end]."""

    name: str | None
    role: str | None
    country: str | None
    start: int
    end: int


@dataclass(frozen=True)
class _Rules:
    roles: tuple[tuple[str, re.Pattern[str]], ...]
    role_re: re.Pattern[str]
    role_index: dict[str, re.Pattern[str]]
    role_fallback_re: re.Pattern[str] | None
    suffix_len: int
    # the first `key_head_len` letters of every key of `role_index` (the shortest key's length)
    key_heads: frozenset[str]
    key_head_len: int
    # each speech verb with the lowered words a text must hold for it to match (None: any)
    speech_verbs: tuple[tuple[str, frozenset[str] | None], ...]
    name_re: re.Pattern[str]
    gap_re: re.Pattern[str]
    speech_after_re: re.Pattern[str]
    speech_before_re: re.Pattern[str]
    not_names: frozenset[str]
    honorifics: frozenset[str]
    morphology: str | None
    transliteration: dict[str, str]
    name_suffixes: tuple[str, ...]
    # lower-case endings of name words that do not decline ("Рахмонзода")
    indeclinable_endings: tuple[str, ...]
    # a name word in base form -> its spelling in English wire copy ("Токаев" -> "Tokayev")
    name_spellings: dict[str, str]
    portfolio_re: re.Pattern[str]
    chain_re: re.Pattern[str]
    # roles that hold the office of the official named before ("counterpart")
    same_role_as_before: frozenset[str] = frozenset()
    # roles whose holder belongs to the country of the place named with them ("Governor")
    local_roles: frozenset[str] = frozenset()
    # words naming a body, not a person ("Department", "-polizei", "министерств-")
    organisation_words: frozenset[str] = frozenset()
    organisation_endings: tuple[str, ...] = ()
    organisation_stems: tuple[str, ...] = ()
    # "Russia's Sergei Lavrov", "le Français Jean-Noël Barrot": a country word (of these
    # forms) joined to a name (data 'national_names', held-out set Y)
    national_forms: frozenset[str] = frozenset()
    national_link_re: re.Pattern[str] | None = None
    national_lead_re: re.Pattern[str] | None = None
    # a well-known surname as written in base form -> (country, role or None): "Lavrov
    # arrived in Islamabad" (data 'known_people'; see `_known`)
    known_people: tuple[tuple[str, str, str | None], ...] = ()


def _form_regex(form: str, suffix: str = "") -> str:
    """One role form as a regex; "*" is one optional word, "/re/" is taken as is.

    `suffix` (the data's `role_suffix`) may follow every word, so inflected
    forms match: "министра промышленности" for "министр промышленности".
    """
    if len(form) > 2 and form.startswith("/") and form.endswith("/"):
        return form[1:-1]
    parts = []
    for part in form.split("*"):
        words = [re.escape(w) + suffix for w in part.split()]
        if words:
            parts.append(r"\s+".join(words))
    return rf"\s+(?:{_ONE_WORD}\s+)?".join(parts)


_WORD_RE = patterns.compile(r"[^\W\d_]+")


def _suffix_len(suffix: str) -> int:
    """The most letters a `role_suffix` like "[а-яё]{0,3}" may add to a word."""
    m = re.search(r"\{(?:\d+,)?(\d+)\}$", suffix)
    return int(m.group(1)) if m else (1 if suffix else 0)


def _needed_words(verb: str) -> frozenset[str] | None:
    """The letter runs a text holds (lowered) wherever the speech verb `verb` matches.

    None for a regex verb, or one that lower case changes (case folding is the text's
    business there); such a verb is always searched for.
    """
    if (len(verb) > 2 and verb.startswith("/") and verb.endswith("/")) or verb != verb.lower():
        return None
    return frozenset(_WORD_RE.findall(verb))


def _speech_verbs_in(text: str, rules: _Rules) -> tuple[str, ...]:
    """The speech verbs that can match in `text` (their words are among the text's)."""
    words = lowered_words(text)
    return tuple(verb for verb, needed in rules.speech_verbs if needed is None or needed <= words)


# PERF: per set of verbs (the few an article holds): `find_all` looks up each leading word
# of the pattern over the whole text, and most verbs are in no article. Leaving out a
# verb that matches nowhere changes no match (`alternation` keeps the others' order).
@lru_cache(maxsize=256)
def _speech_re(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """Speech verbs as whole words (`speech_verbs` of the data)."""
    return re.compile(rf"(?<!\w)(?:{alternation(verbs)})(?!\w)")


def _role_keys(words: frozenset[str], rules: _Rules) -> set[str]:
    """The keys of `role_index` that are one of `words` less up to `suffix_len` final letters."""
    # A key is a word of the text less up to `suffix_len` final letters: one set
    # intersection per cut instead of a look-up per word and cut.
    keys = words & rules.role_index.keys()
    if rules.suffix_len:
        # PERF: a word less its suffix is a key only if the word begins like one: the few
        # such words are cut (the heads compared in C; most words of a text are dropped)
        head = operator.itemgetter(slice(rules.key_head_len))
        stems = list(itertools.compress(words, map(rules.key_heads.__contains__, map(head, words))))
        for cut in range(1, rules.suffix_len + 1):
            # PERF: the words less `cut` letters, cut in C (a word not longer gives "")
            keys |= rules.role_index.keys() & set(map(operator.itemgetter(slice(-cut)), stems))
    return keys


def _role_matches(text: str, rules: _Rules) -> list[re.Match[str]]:
    """Role titles in the text, left to right, longest form first at each word."""
    # Take the distinct words (shared with the engine's tokens), keep those that
    # start a role form, and search only those forms: a few literal searches
    # instead of one 150-form alternation (PERF.md).
    keys = _role_keys(lowered_words(text), rules)
    # PERF: every form of a key starts with the key's letters: find_all tries the
    # pattern only where the lowered text holds them, not at every position
    matches = [m for key in sorted(keys) for m in find_all(rules.role_index[key], text)]
    if rules.role_fallback_re is not None:
        matches.extend(rules.role_fallback_re.finditer(text))
    matches.sort(key=lambda m: (m.start(), -m.end()))
    found: list[re.Match[str]] = []
    for m in matches:
        if not found or m.start() >= found[-1].end():
            found.append(m)
    return found


@lru_cache(maxsize=16)
def _compile(lang: str) -> _Rules:
    data: dict[str, Any] = load_rules(KIND, lang)
    suffix = str(data.get("role_suffix") or "")
    roles: list[tuple[str, re.Pattern[str]]] = []
    all_forms: list[str] = []
    for role, forms in (data.get("roles") or {}).items():
        regexes = [_form_regex(f, suffix) for f in as_list(forms)]
        # longest first so "ambassador to the UN" is tried before "ambassador"
        regexes.sort(key=len, reverse=True)
        all_forms.extend(regexes)
        roles.append((str(role), patterns.compile(rf"(?:{'|'.join(regexes)})", re.IGNORECASE)))
    all_forms.sort(key=len, reverse=True)
    role_re = patterns.compile(
        rf"(?<!\w)(?:{'|'.join(all_forms) or '(?!x)x'})(?!\w)", re.IGNORECASE
    )
    # PERF.md: one 150-form alternation over a whole article costs ~1.6 ms; look
    # the forms up by their first word instead and try only those at that word
    by_first: dict[str, list[str]] = {}
    fallback: list[str] = []
    for role, forms in (data.get("roles") or {}).items():
        for form in as_list(forms):
            first = _WORD_RE.match(form.lower())
            if form.startswith("/") or first is None:
                fallback.append(_form_regex(form, suffix))
                continue
            by_first.setdefault(first.group(0), []).append(_form_regex(form, suffix))
    # longest first; forms of one length keep the data's order (a set's order would
    # change with the hash seed from run to run, and with it which form wins a tie)
    role_index = {
        key: patterns.compile(
            rf"(?<!\w)(?:{'|'.join(sorted(dict.fromkeys(forms), key=len, reverse=True))})(?!\w)",
            re.IGNORECASE,
        )
        for key, forms in by_first.items()
    }
    head_len = min(map(len, role_index), default=0)
    fallback_re = (
        patterns.compile(rf"(?<!\w)(?:{'|'.join(fallback)})(?!\w)", re.IGNORECASE)
        if fallback
        else None
    )
    particles = alternation(as_list(data.get("name_particles")))
    name_re = patterns.compile(
        rf"{_INITIALS}{_CAPWORD}(?:[ \t]+(?:(?:{particles})[ \t]+)?{_CAPWORD}){{0,5}}"
    )
    # What may stand between a role and its name: commas, articles, role
    # prefixes, "of" words; countries are checked separately by offset.
    fillers = [*as_list(data.get("role_prefixes")), *as_list(data.get("of_words"))]
    gap_re = patterns.compile(rf"(?:[\s,:–—-]|(?:{alternation(fillers)})(?!\w))*", re.IGNORECASE)
    speech = alternation(as_list(data.get("speech_verbs")))
    speech_after_re = patterns.compile(
        rf"(?:{speech})\s+(?P<name>{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,2}})"
    )
    speech_before_re = patterns.compile(
        rf"(?P<name>{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,2}}),?[ \t]+(?:{speech})(?!\w)"
    )
    translit = {str(k): str(v) for k, v in (data.get("transliteration") or {}).items()}
    national = data.get("national_names") or {}
    return _Rules(
        national_forms=frozenset(as_list(national.get("forms"))),
        national_link_re=patterns.compile(str(national["link"])) if national.get("link") else None,
        national_lead_re=(
            patterns.compile(rf"(?:{national['lead']})$", re.IGNORECASE)
            if national.get("lead")
            else None
        ),
        roles=tuple(roles),
        role_re=role_re,
        role_index=role_index,
        role_fallback_re=fallback_re,
        suffix_len=_suffix_len(suffix),
        key_heads=frozenset(key[:head_len] for key in role_index),
        key_head_len=head_len,
        speech_verbs=tuple(
            (verb, _needed_words(verb)) for verb in as_list(data.get("speech_verbs")) if verb
        ),
        name_re=name_re,
        gap_re=gap_re,
        speech_after_re=speech_after_re,
        speech_before_re=speech_before_re,
        not_names=frozenset(as_list(data.get("not_names"))),
        honorifics=frozenset(h.lower() for h in as_list(data.get("honorifics"))),
        morphology=data.get("morphology") or None,
        transliteration=translit,
        name_suffixes=tuple(as_list(data.get("name_suffixes"))),
        indeclinable_endings=tuple(e.lower() for e in as_list(data.get("indeclinable_endings"))),
        name_spellings={str(k): str(v) for k, v in (data.get("name_spellings") or {}).items()},
        known_people=tuple(
            (str(k), str(v[0]), str(v[1]) if len(v) > 1 and v[1] else None)
            for k, v in (data.get("known_people") or {}).items()
        ),
        chain_re=patterns.compile(
            rf"\s+(?:{alternation(as_list(data.get('role_joiners')) or ['and'])})\s+", re.IGNORECASE
        ),
        portfolio_re=patterns.compile(
            # one word may stand between ("for the", "pour l'"), no sentence end
            rf"(?<!\w)(?:{alternation(as_list(data.get('portfolio_words')))})[ \t]+"
            rf"(?:[^\s.!?;:]+[ \t]+)?$",
            re.IGNORECASE,
        ),
        same_role_as_before=frozenset(as_list(data.get("same_role_as_before"))),
        local_roles=frozenset(as_list(data.get("local_roles"))),
        organisation_words=frozenset(w.lower() for w in as_list(data.get("organisation_words"))),
        organisation_endings=tuple(w.lower() for w in as_list(data.get("organisation_endings"))),
        organisation_stems=tuple(w.lower() for w in as_list(data.get("organisation_stems"))),
    )


# PERF: cached: the same few titles recur in every article, and each look-up tries
# the forms of every role
@lru_cache(maxsize=4096)
def canonical_role(surface: str, lang: str) -> str | None:
    """The canonical English title of a role as written in `lang` ("Vizepremier" -> ...)."""
    rules = _compile(lang)
    for role, pattern in rules.roles:
        if pattern.fullmatch(surface.strip()):
            return role
    return None


_NAME_TAGS = ("Name", "Surn", "Patr")


@lru_cache(maxsize=4096)
def _lemma_pymorphy3(
    word: str, gender: str | None, case: str | None = None
) -> tuple[str, str | None, str | None]:
    """Nominative of one name word, its gender and the case it stood in; the word itself
    when not a name. `case` is the case of the name's words before it: a word the
    dictionary knows only as a noun ("Ханом", the title "хан") declines with them."""
    every = morph_analyzer().parse(word)
    parses = [p for p in every if _singular_name(p)]
    if not parses and case not in (None, "nomn") and word[:1].isupper():
        parses = [
            p
            for p in every
            if p.tag.POS == "NOUN"
            and p.tag.case == case
            and p.tag.number == "sing"
            and p.tag.gender == "masc"
        ]
    if not parses or any(p.tag.case == "nomn" and p.tag.gender != "femn" for p in parses):
        return word, gender, case
    if gender:
        parses = [p for p in parses if p.tag.gender == gender] or parses
    # Foreign names ending in a vowel do not decline ("Азизи"); the guesser
    # reads them as oblique feminine forms, so only a masculine reading or a
    # feminine one of a word the guesser knows is trusted.
    masculine = [p for p in parses if p.tag.gender == "masc"]
    if masculine:
        parses = masculine
    elif word[-1:].lower() in "иыоеу":
        return word, gender, case
    parses.sort(key=lambda p: -p.score)
    best = parses[0]
    nominative = best.inflect({"nomn", "sing"}) or best.inflect({"nomn"})
    lemma = nominative.word if nominative else best.normal_form
    return lemma, best.tag.gender or gender, best.tag.case or case


def _name_in_case(word: str, gender: str, case: str) -> str | None:
    """The nominative of `word` read as a singular noun of `gender` in `case` (a name word
    declined with the rest of its name), or None when the dictionary has no such reading."""
    for parse in morph_analyzer().parse(word):
        tag = parse.tag
        if tag.POS == "NOUN" and tag.gender == gender and tag.number == "sing" and tag.case == case:
            nominative = parse.inflect({"nomn", "sing"})
            return nominative.word if nominative else None
    return None


def _singular_name(parse: Any) -> bool:
    """A reading of a word as one person's name, in a case news prose uses: the
    guesser's informal vocatives ("Сардором" as a vocative of "Сардорома") are not."""
    tag = parse.tag
    return any(t in tag for t in _NAME_TAGS) and tag.number != "plur" and tag.case != "voct"


def _oblique_case(words: list[str]) -> str | None:
    """The one case other than the nominative that the name words of a name stand in,
    when the dictionary reads one of them so and none otherwise; else None."""
    for word in words:
        if not word[:1].isupper():
            continue
        parses = [p for p in morph_analyzer().parse(word) if _singular_name(p)]
        cases = {p.tag.case for p in parses}
        if len(cases) == 1:
            (case,) = cases
            return case if case != "nomn" else None
        if cases:
            return None
    return None


def _transliterate(text: str, table: dict[str, str]) -> str:
    """Letter by letter, a table key of two letters ("дж") before its first letter alone."""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        pair = text[i : i + 2]
        if len(pair) == 2 and pair.lower() in table:
            ch, low, i = pair, pair.lower(), i + 2
        else:
            low, i = ch.lower(), i + 1
        if low in table:
            latin = table[low]
            out.append(latin[:1].upper() + latin[1:] if ch[:1] != low[:1] else latin)
        else:
            out.append(ch)
    return "".join(out)


# PERF: cached: a name recurs in an article, and each bare capitalised word that
# begins like a surname is normalised to compare it
@lru_cache(maxsize=8192)
def normalise_name(raw: str, lang: str) -> str:
    """A name in base form and Latin script: "Сериком Жумангариным" -> "Serik Zhumangarin"."""
    rules = _compile(lang)
    words = raw.split()
    words = [_POSSESSIVE_RE.sub("", w) for w in words]
    if rules.morphology == "pymorphy3" and any("\u0400" <= c <= "\u04ff" for c in raw):
        gender: str | None = None
        # "Шахбазом Шарифом": a first word the dictionary knows only as a noun declines
        # in the case of the name words after it
        case: str | None = _oblique_case(words)
        lemmas: list[str] = []
        declined: tuple[str, str] | None = None  # (gender, oblique case) of a name word
        for word in words:
            if rules.indeclinable_endings and word.lower().endswith(rules.indeclinable_endings):
                # "Завкизода" is no genitive of "Завкизод": such names keep every form
                lemmas.append(word)
                continue
            head, hyphen, last = word.rpartition("-")
            if hyphen and head and last:
                # "Касым-Жомарта": a double given name declines in its last part only
                lemma, gender, case = _lemma_pymorphy3(last, gender, case)
                lemmas.append(
                    f"{head}-{lemma[:1].upper() + lemma[1:] if last[:1].isupper() else lemma}"
                )
                continue
            lemma, gender, case = _lemma_pymorphy3(word, gender, case)
            lemmas.append(lemma)
            if (
                lemma.lower() != word.lower()
                and gender in ("masc", "femn")
                and case not in (None, "nomn")
            ):
                declined = (gender, case)
        if declined is not None:
            # "Шахбаза Шарифа", "Анны Ивановой": the surname declined as a man's or a
            # woman's, so a given name left as it stood ("Шахбаза", read as a woman's
            # nominative; "Анны", kept as a foreign name ending in a vowel) declines with it
            lemmas = [
                _name_in_case(word, *declined) or lemma
                if lemma.lower() == word.lower() and word[:1].isupper()
                else lemma
                for word, lemma in zip(words, lemmas)
            ]
        # keep the capitalisation the text gives each word
        words = [lm[:1].upper() + lm[1:] if w[:1].isupper() else lm for w, lm in zip(words, lemmas)]
    if rules.name_spellings:
        # the spelling wires settled on for a well-known name, where letter-by-letter
        # transliteration gives another ("Токаев" -> "Tokayev", not "Tokaev")
        words = [rules.name_spellings.get(w, w) for w in words]
    name = " ".join(words)
    if rules.transliteration:
        name = _transliterate(name, rules.transliteration)
    return name


def _is_headline(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    # a line ending like a sentence is prose, however many German nouns it capitalises
    if line.rstrip().endswith((".", "!", "?")):
        return False
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 4:
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return caps / len(words) >= _HEADLINE_RATIO


def _clean_name(raw: str, rules: _Rules, *, headline: bool) -> tuple[int, int] | None:
    """The span (within `raw`) of the name once non-name words are dropped at either end."""
    words = list(_NONBLANK_RE.finditer(raw))
    while words and (
        _POSSESSIVE_RE.sub("", words[0].group(0)) in rules.not_names
        or words[0].group(0).lower().rstrip(".") in rules.honorifics
    ):
        words.pop(0)
    kept: list[re.Match[str]] = []
    for word in words:
        bare = _POSSESSIVE_RE.sub("", word.group(0))
        if bare in rules.not_names:
            break
        kept.append(word)
        if bare != word.group(0):  # "Dar’s arrival": the possessive ends the name
            break
    # names run to four words at most ("Abdul Ghani Baradar Akhund"); in a
    # title-case headline the words after a name are capitalised too
    kept = kept[:2] if headline else kept[:4]
    if not kept or (len(kept) == 1 and headline):
        return None
    return kept[0].start(), kept[-1].end()


def _portfolio_then_name(text: str, pos: int) -> re.Match[str] | None:
    """`_PORTFOLIO_THEN_NAME_RE.match(text, pos)`, skipped when it cannot match."""
    # PERF: where it fails, that pattern tries every way to cut the next words into
    # four (it backtracks into each word). The tail can only end at the first comma
    # ahead, and a name must follow that comma: two linear checks rule most texts out.
    comma = _UP_TO_COMMA_RE.match(text, pos)
    if comma is None or not _APPOSITIVE_RE.match(text, comma.end() - 1):
        return None
    return _PORTFOLIO_THEN_NAME_RE.match(text, pos)


def _name_then_comma(head: str) -> re.Match[str] | None:
    """`_NAME_THEN_COMMA_RE.search(head)`, skipped when it cannot match."""
    # PERF: the search tries every offset; its pattern ends in ",\s*$", so text whose last
    # non-blank is no comma (most text before a role) cannot match (`\s` and
    # `str.rstrip` agree on what is blank, in all of Unicode)
    return _NAME_THEN_COMMA_RE.search(head) if head.rstrip().endswith(",") else None


# a comma, a line's end or a list's mark between a role and a name: the name is no longer
# the role's own ("Foreign Minister of Uzbekistan\n- Sirojiddin Muhriddin, ...")
_NOT_RIGHT_AFTER_RE = patterns.compile(r"[,\n;:()\[\]–—|]|\s-\s")


def _name_follows(
    text: str, role_end: int, after: int, rules: _Rules, lang: str, *, headline: bool
) -> bool:
    """A person's name stands right after a role phrase, no comma between ("Uzbek Foreign
    Minister Saidov"), and is no place, country or body."""
    if _NOT_RIGHT_AFTER_RE.search(text, role_end, after):
        return False
    nm = rules.name_re.match(text, after)
    span = _clean_name(nm.group(0), rules, headline=headline) if nm else None
    if nm is None or not span:
        return False
    name = nm.group(0)[span[0] : span[1]]
    return not (_is_place_or_country(name, lang) or _names_a_body(name, lang))


def _after_countries(text: str, start: int, end: int, offsets: _Offsets) -> tuple[int, int] | None:
    """The name span with a leading country ("Республики Узбекистан Лазиз ...") cut off."""
    # the role's country often follows it before the name; a country never starts a name
    cut = start
    # only mentions inside the span can pass (`cut` only grows)
    for c in offsets.within(start, end - 1):
        if cut <= c.start and c.end < end and text[cut : c.start].strip() == "":
            cut = c.end
    while cut < end and text[cut].isspace():
        cut += 1
    if cut >= end:
        return None
    return cut, end


def _speaker_label(text: str, start: int, end: int) -> bool:
    """The role text[start:end] opens its line and a colon follows it (a transcript's
    speaker label: "SPOKESPERSON:", "Официальный представитель:", French "Le ministre :")."""
    # (an article may open the label: "Le ministre :", "The Minister:")
    lead = text[text.rfind("\n", 0, start) + 1 : start].strip(" \t*_")
    return text[end : end + 3].lstrip(" \t\u00a0\u202f")[:1] == ":" and (
        not lead or (len(lead) <= _LABEL_ARTICLE and lead.isalpha())
    )


# The longest word that may open a speaker label before its role ("Le", "The", "Der").
_LABEL_ARTICLE = 3


def _before_countries(text: str, span: tuple[int, int], offsets: _Offsets) -> tuple[int, int]:
    """The name span cut before a country after its first word ("Ерлана Нурова Казахстан
    посетил": the country, object of the verb, is no part of the name)."""
    start, end = span
    for c in offsets.within(start + 1, end):
        if start < c.start and text[start : c.start].strip():
            return start, len(text[: c.start].rstrip())
    return span


# How far before a local role ("Herat governor") its place may stand.
_PLACE_LEAD = 24


@lru_cache(maxsize=4096)
def _is_place(name: str, lang: str) -> bool:
    """True when the whole of `name` is one city or province ("Balkh"); cached, as the
    same names come back article after article."""
    places = find_places(name, lang)
    return len(places) == 1 and places[0].start == 0 and places[0].end == len(name)


@lru_cache(maxsize=4096)
def _is_place_or_country(name: str, lang: str) -> bool:
    """True when the whole of `name` is one city, province, country or capital
    ("Ashgabat", "Berlin", "Pakistan"); cached."""
    if _is_place(name, lang):
        return True
    found = find_countries(name, lang)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(name)


def _place_country(span: str, lang: str) -> str | None:
    """The one country of the places named in a short span, or None."""
    codes = {p.code for p in find_places(span, lang)} if span.strip() else set()
    return codes.pop() if len(codes) == 1 else None


def _after_place(text: str, span: tuple[int, int], lang: str) -> tuple[int, int] | None:
    """The name span with a leading place cut off: "губернатор провинции | Герат |
    Исламуддин Джами" names the province before the governor."""
    start, end = span
    first = text[start:end].split(maxsplit=1)
    if len(first) < 2:
        return span
    word = first[0]
    if not _is_place(word, lang):
        return span
    rest = text.find(first[1][:1], start + len(word), end)
    return (rest, end) if rest > 0 else span


def _country_in(offsets: _Offsets, start: int, end: int, text: str, rules: _Rules) -> str | None:
    capital = None
    for mention in offsets.within(start, end):
        # "envoy for Afghanistan": the country of the portfolio, not of the person
        # (searched in place: a word cut by the window's start is no portfolio word,
        # "into it. Kazakhstan's")
        if rules.portfolio_re.search(text, max(0, mention.start - 8), mention.start):
            continue
        if mention.form == "capital":
            # "reçu à Tachkent son homologue afghan X": a city names where, the
            # nationality word says whose; the city counts only without one
            capital = capital or str(mention.code)
            continue
        return str(mention.code)
    return capital


_START = operator.attrgetter("start")
_END = operator.attrgetter("end")


class _Offsets:
    """The country mentions of one text looked up by offset (built once per text).

    PERF: the gap walks ask at every step which mention covers or ends at an
    offset, and each role which mentions lie around it; a binary search over the
    mentions (in text order, as `find_countries` gives them) answers that instead of
    a pass over all of them. Mentions in any other order are looked up in dicts, or
    by a pass, with the same answers.
    """

    def __init__(self, countries: list[Any]) -> None:
        self.countries = countries
        # PERF: offsets gathered and compared in C (map), not by generators
        self.starts = list(map(_START, countries))
        self.ends = list(map(_END, countries))
        self.ordered = all(map(operator.lt, self.starts, self.ends)) and all(
            map(operator.le, self.ends, self.starts[1:])
        )
        if self.ordered:
            return
        self.by_offset: dict[int, Any] = {}
        # the last mentions first: where mentions overlap, the first one's offsets win
        for c in reversed(countries):
            self.by_offset.update(dict.fromkeys(range(c.start, c.end), c))
        self.by_end: dict[int, list[tuple[int, Any]]] = {}
        for k, c in enumerate(countries):
            self.by_end.setdefault(c.end, []).append((k, c))

    def within(self, start: int, end: int) -> list[Any]:
        """The mentions (in list order) with start <= mention.start and mention.end <= end."""
        if not self.ordered:
            return [c for c in self.countries if c.start >= start and c.end <= end]
        # in text order and apart, both starts and ends rise: one slice
        return self.countries[
            bisect.bisect_left(self.starts, start) : bisect.bisect_right(self.ends, end)
        ]

    def covering(self, offset: int) -> Any | None:
        """The first mention (in list order) with start <= offset < end."""
        if not self.ordered:
            return self.by_offset.get(offset)
        k = bisect.bisect_right(self.starts, offset) - 1
        if k >= 0 and offset < self.ends[k]:
            return self.countries[k]
        return None

    def ending_at(self, ends: tuple[int, int], before: int) -> Any | None:
        """The first mention (in list order) ending at one of `ends`, starting before `before`."""
        best: tuple[int, Any] | None = None
        for end in ends:
            if self.ordered:
                k = bisect.bisect_left(self.ends, end)
                found = (
                    [(k, self.countries[k])] if k < len(self.ends) and self.ends[k] == end else []
                )
            else:
                found = self.by_end.get(end, [])
            for k, c in found:
                if c.start < before:
                    if best is None or k < best[0]:
                        best = (k, c)
                    break
        return best[1] if best else None


def _gap_end(text: str, pos: int, rules: _Rules, offsets: _Offsets) -> int:
    """Skip fillers and country mentions after `pos`; the offset where a name may start."""
    limit = min(len(text), pos + _GAP)
    while pos < limit:
        m = rules.gap_re.match(text, pos, limit)
        moved = m.end() if m else pos
        c = offsets.covering(moved)
        if c is not None:
            moved = c.end
            # possessive or genitive ending right after the country word
            tail = _POSSESSIVE_TAIL_RE.match(text[moved : moved + 3])
            if tail:
                moved += tail.end()
        if moved == pos:
            break
        pos = moved
    return pos


def _last_word(span: str) -> tuple[int, str] | None:
    """The start and text of the word ending `span`: what `(?:word)$` searches for."""
    # PERF: the search tries every offset of the span; the match on the reversed span
    # reads the last word only. `$` also matches before a final newline.
    end = len(span) - 1 if span.endswith("\n") else len(span)
    m = _ONE_WORD_RE.match(span[:end][::-1])
    if m is None:
        return None
    return end - m.end(), span[end - m.end() : end]


def _gap_start(text: str, pos: int, rules: _Rules, offsets: _Offsets) -> int:
    """Walk back over fillers and country mentions before `pos` (role prefixes, "Kazakh")."""
    floor = max(0, pos - _GAP)
    while pos > floor:
        moved = pos
        # a hyphen joins a prefix to the role ("Taliban-Außenminister", "Übergangs-")
        stripped = text[floor:pos].rstrip(" \t-")
        moved = floor + len(stripped)
        # a country ends right here or before a possessive "'s" (two letters)
        # (no mention ends before the text starts: without a possessive, one offset to ask)
        possessive = moved >= 2 and text[moved - 2 : moved] in ("’s", "'s")
        ends = (moved, moved - 2) if possessive else (moved,)
        c = offsets.ending_at(ends, moved)
        listed = None if c is not None else _PORTFOLIO_LIST_RE.search(text, floor, moved)
        if listed is not None:
            # "Uzbek Investment, Industry and Trade Minister": the portfolios listed before
            # the role's own word, then the country (held-out set N); only with a country
            # right before them
            head = text[floor : listed.start()].rstrip(" \t")
            c = offsets.ending_at((floor + len(head),), floor + len(head))
        if c is not None:
            moved = c.start
        else:
            last = _last_word(text[floor:moved])
            # fillers, and a possessive ("the Taliban’s acting Minister")
            if last and (rules.gap_re.fullmatch(last[1]) or _POSSESSIVE_RE.search(last[1])):
                moved = floor + last[0]
            elif last and "-" in last[1] and rules.gap_re.fullmatch(last[1].rpartition("-")[2]):
                # "Taliban-appointed": the filler after the hyphen, then what it is joined to
                moved = floor + last[0] + last[1].rindex("-")
        if moved == pos:
            break
        pos = moved
    return pos


def find_people(text: str, lang: str, countries: list[Any] | None = None) -> list[PersonMention]:
    """People and roles named in `text`, each once per mention, in text order.

    `countries` may pass a filtered `find_countries(text, lang)` result; without
    it the result is cached per text, so extractors of one article share it.
    """
    if not text:
        return []
    if countries is None:
        return list(_people_cached(text, lang))
    return _find_people(text, lang, countries)


@lru_cache(maxsize=64)
def _people_cached(text: str, lang: str) -> tuple[PersonMention, ...]:
    return tuple(_find_people(text, lang, find_countries(text, lang)))


def _find_people(text: str, lang: str, countries: list[Any]) -> list[PersonMention]:
    rules = _compile(lang)
    found: list[PersonMention] = []
    taken: list[tuple[int, int]] = []
    role_matches = _role_matches(text, rules)
    offsets = _Offsets(countries)
    surfaces = {c.surface for c in countries}
    for i, m in enumerate(role_matches):
        # "Deputy Prime Minister and Foreign Minister Ishaq Dar": the name follows the
        # last title of a chain; the chain's first title carries the country
        # (PERF: the gaps between titles are matched in place, not sliced out: they may
        # run for paragraphs. The same answer: `chain_re` starts with a blank, and its
        # joiners are words; a /regex/ joiner must not look behind past that blank)
        chained = i + 1 < len(role_matches) and rules.chain_re.fullmatch(
            text, m.end(), role_matches[i + 1].start()
        )
        if chained:
            continue
        head = m
        j = i
        while j > 0 and rules.chain_re.fullmatch(text, role_matches[j - 1].end(), head.start()):
            j -= 1
            head = role_matches[j]
        role = canonical_role(m.group(0), lang)
        headline = _is_headline(text, m.start())
        after = _gap_end(text, m.end(), rules, offsets)
        before = _gap_start(text, head.start(), rules, offsets)
        while before < head.start() and text[before] in " \t,":
            before += 1
        country = _country_in(offsets, before, after, text, rules) or _country_in(
            offsets, m.start(), m.end(), text, rules
        )
        name: str | None = None
        start, end = before, max(m.end(), after)
        # "NAME, the ROLE": an appositive name just before the role phrase
        head_from = max(0, before - 60)
        pm = _name_then_comma(text[head_from:before])
        if pm and _name_follows(text, m.end(), after, rules, lang, headline=headline):
            # "after talks with Muttaqi, Uzbek Foreign Minister Saidov said": the role's own
            # name follows it; the one before the comma is another's
            pm = None
        span = _clean_name(pm.group(1), rules, headline=headline) if pm else None
        lead = offsets.covering(head_from + pm.start(1) + span[0]) if pm and span else None
        if pm and span and lead is not None and lead.end >= head_from + pm.start(1) + span[1]:
            # "trade with Afghanistan, Trade Minister X": a country before the comma
            # ends the clause before; it is neither the name nor the person's country
            # (a country word that only starts the name is a first name: "Jordan Smith")
            span = None
        if pm and span:
            s0 = head_from + pm.start(1)
            if _is_place(text[s0 + span[0] : s0 + span[1]], lang):
                span = None  # "In Herat, governor X": a city before the comma, the name after
            elif found and found[-1].name and found[-1].end > s0 + span[0]:
                # "the Minister of Uzbekistan, X, the Minister of Afghanistan, Y": X is the
                # first role's name already; the second role's name follows it
                span = None
        if pm and span:
            start = head_from + pm.start(1) + span[0]
            name = text[start : head_from + pm.start(1) + span[1]]
        else:
            nm = rules.name_re.match(text, after) if after > m.end() or after == m.end() else None
            if nm and _speaker_label(text, head.start(), m.end()):
                # "Официальный представитель: Специальный представитель ... X": a speaker
                # label opening its line; the words after its colon are what is said
                nm = None
            span = _clean_name(nm.group(0), rules, headline=headline) if nm else None
            if span:
                span = _after_countries(text, after + span[0], after + span[1], offsets)
            if span:
                span = _before_countries(text, span, offsets)
            if span:
                span = _after_place(text, span, lang)
            if span:
                name = text[span[0] : span[1]]
                span = (span[0] - after, span[1] - after)
                end = after + span[1]
            else:
                end = m.end()
            # a portfolio, then the name after a comma: "vice-ministre des Réfugiés,
            # Abdul Rahman Rashid", "Minister of Public Works, Karim Nazari"
            if name is None or len(name.split()) == 1:
                # "Minister of Economy and Commerce, Bakyt Sydykov"
                rest = after + len(nm.group(0)) if nm else after
                later = _portfolio_then_name(text, rest)
                if later:
                    name, end = later.group("name"), later.end("name")
        # a place or country is no name ("the minister, Kabul officials said", "the
        # governor of Balkh"), nor is a body ("ein Sprecher der Bundespolizei")
        if name and (name in surfaces or _names_a_body(name, lang) or _is_place(name, lang)):
            name = None
        if country is None and role in rules.local_roles:
            # "Herat governor X", "губернатор провинции Герат X": the place's country
            lead = max(0, head.start() - _PLACE_LEAD)
            lead = max(lead, text.rfind("\n", lead, head.start()) + 1)
            country = _place_country(text[lead : max(end, after)], lang)
        while end > start and text[end - 1] in " \t,":
            end -= 1
        found.append(
            PersonMention(
                name=normalise_name(name, lang) if name else None,
                role=role,
                country=country,
                start=start,
                end=end,
            )
        )
        taken.append((start, end))
    speech_names: list[tuple[int, int, str]] = []
    for verb in find_all(_speech_re(_speech_verbs_in(text, rules)), text):
        after = rules.speech_after_re.match(text, verb.start())
        if after:
            speech_names.append((*after.span("name"), after.group("name")))
        # "…", sagte Azimi / Azimi said: the name just before the verb
        head_from = max(0, verb.start() - 60)
        before = _NAME_BEFORE_RE.search(text, head_from, verb.start())
        if before:
            speech_names.append((*before.span("name"), before.group("name")))
    for s, e, raw in speech_names:
        if any(a <= s < b or a < e <= b for a, b in taken):
            continue
        if _names_a_body(raw, lang):
            continue  # "the State Department said", "UN agency OCHA said"
        span = _clean_name(raw, rules, headline=False)
        if not span:
            continue
        s, e = s + span[0], s + span[1]
        name = text[s:e]
        if _is_place_or_country(name, lang):
            continue  # "officials in Ashgabat said", "said Berlin": a place speaks for them
        found.append(PersonMention(normalise_name(name, lang), None, None, s, e))
        taken.append((s, e))
    found.extend(_national_names(text, lang, rules, countries, taken))
    found.extend(_surname_mentions(text, lang, rules, found))
    found.extend(_known_mentions(text, lang, rules, found))
    found.sort(key=lambda p: (p.start, p.end))
    found = _shared_nationality(text, found, rules)
    if rules.same_role_as_before:
        found = _same_role_as_before(text, found, rules.same_role_as_before)
    return _with_known_country(_resolve(found), lang)


# A name after a country word: two or three capitalised words.
_NATIONAL_NAME_RE = patterns.compile(rf"{_CAPWORD}(?:[ \t]+{_CAPWORD}){{1,2}}(?![\w'’-])")
# How far before a demonym its article may start ("l'", "le ").
_NATIONAL_LEAD = 6


def _national_names(
    text: str, lang: str, rules: _Rules, countries: list[Any], taken: list[tuple[int, int]]
) -> list[PersonMention]:
    """People named after a country word with no role: "Russia's Sergei Lavrov", "le
    Français Jean-Noël Barrot", "der Italiener Antonio Tajani" (held-out set Y)."""
    if rules.national_link_re is None or not rules.national_forms:
        return []
    out: list[PersonMention] = []
    covered = _inside_any(taken)
    for c in countries:
        if c.form not in rules.national_forms or covered(c.start):
            continue
        link = rules.national_link_re.match(text, c.end)
        if link is None:
            continue
        if rules.national_lead_re is not None and not rules.national_lead_re.search(
            text, max(0, c.start - _NATIONAL_LEAD), c.start
        ):
            continue
        nm = _NATIONAL_NAME_RE.match(text, link.end())
        if nm is None or covered(nm.start()) or covered(nm.end() - 1):
            continue
        name = nm.group(0)
        if _names_a_body(name, lang) or _is_place_or_country(name, lang):
            continue
        if any(w in rules.not_names for w in name.split()) or rules.role_re.search(name):
            continue
        out.append(PersonMention(normalise_name(name, lang), None, c.code, c.start, nm.end()))
    return out


# An inflected form holds at most this many letters after an organisation stem.
_STEM_ENDING_MAX = 3


@lru_cache(maxsize=4096)
def _names_a_body(name: str, lang: str) -> bool:
    """True when a would-be name names a body: an acronym ("OCHA", "МИД") or a name
    holding an organisation word ("the State Department said", "der Bundespolizei").
    Cached: the same names come back article after article."""
    rules = _compile(lang)
    words = name.split()
    if len(words) == 1 and len(name) >= 2 and name.isupper():
        return True
    for word in words:
        low = word.lower()
        if low in rules.organisation_words:
            return True
        if any(low.endswith(e) and len(low) > len(e) for e in rules.organisation_endings):
            return True
        if any(
            low.startswith(st) and len(low) - len(st) <= _STEM_ENDING_MAX
            for st in rules.organisation_stems
        ):
            return True
    return False


def _shared_nationality(
    text: str, people: list[PersonMention], rules: _Rules
) -> list[PersonMention]:
    """ "Kyrgyz Prime Minister X and Economy Minister Y": an official joined to the one
    before by a bare "and" shares that one's nationality when no word names his own."""
    out: list[PersonMention] = []
    for p in people:
        q = out[-1] if out else None
        if (
            p.country is None
            and p.role
            and q is not None
            and q.country
            and q.end < p.start
            and rules.chain_re.fullmatch(text, q.end, p.start)
        ):
            p = PersonMention(p.name, p.role, q.country, p.start, p.end)
        out.append(p)
    return out


def _same_role_as_before(
    text: str, people: list[PersonMention], relative: frozenset[str]
) -> list[PersonMention]:
    """ "Uzbek Foreign Minister Saidov received his Afghan counterpart Muttaqi": the
    counterpart holds the office of the official named before in the same sentence;
    with none, the role stays unknown."""
    out: list[PersonMention] = []
    for p in people:
        if p.role in relative:
            office = None
            for q in reversed(out):
                if _SENTENCE_BREAK_RE.search(text, q.end, p.start):
                    break
                if q.role and q.role not in relative:
                    office = q.role
                    break
            p = PersonMention(p.name, office, p.country, p.start, p.end)
        out.append(p)
    return out


def _inside_any(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """`offset -> any(start <= offset < end for start, end in spans)`.

    PERF: an offset is inside a span when a span starting at or before it reaches past
    it: the spans by start, the farthest end so far, and one binary search per offset
    (instead of a set of every covered offset, built for each article).
    """
    ordered = sorted(spans)
    starts = [start for start, _ in ordered]
    reach = list(itertools.accumulate((end for _, end in ordered), max))

    def inside(offset: int) -> bool:
        k = bisect.bisect_right(starts, offset)
        return k > 0 and reach[k - 1] > offset

    return inside


def _surname_mentions(
    text: str, lang: str, rules: _Rules, found: list[PersonMention]
) -> list[PersonMention]:
    """Later bare surnames of people named in full ("Muttaqi", "Baradars", "Азизи")."""
    full = {p.name.split()[-1]: p for p in found if p.name and len(p.name.split()) > 1}
    # family name first ("Wang Yi" -> "Wang"): the first word of a two-word name
    for p in found:
        if p.name and len(p.name.split()) == 2:
            full.setdefault(p.name.split()[0], p)
    if not full:
        return []
    covered = _inside_any([(p.start, p.end) for p in found])
    # only words that begin like a surname written in the text are normalised
    # (morphology is the costly step): compare their first three letters
    # (PERF: the words of all those mentions by one split of their spans joined, in C)
    named = " ".join(text[p.start : p.end] for p in found if p.name).split()
    prefixes = set(map(str.lower, map(operator.itemgetter(slice(3)), named)))
    # PERF: the capitalised words (`_CAPWORD`, left to right) by one split in C,
    # [gap, word, gap, word, ..., gap], and their prefixes compared in C too: Python
    # code runs only for the few words that begin like a surname. (A list of Match
    # objects from finditer costs about as much, but they are tracked by the garbage
    # collector, and over a hundred alive at once start collections; strings are not.)
    parts = _CAPTOKEN_SPLIT_RE.split(text)
    ends = list(itertools.accumulate(map(len, parts)))
    words = parts[1::2]
    heads = map(str.lower, map(operator.itemgetter(slice(3)), words))
    out: list[PersonMention] = []
    for k in itertools.compress(range(len(words)), map(prefixes.__contains__, heads)):
        token, start, end = words[k], ends[2 * k], ends[2 * k + 1]
        if covered(start) or token in rules.not_names:
            continue
        word = _POSSESSIVE_RE.sub("", token)
        candidates = [word] + [word[: -len(s)] for s in rules.name_suffixes if word.endswith(s)]
        for candidate in candidates:
            person = full.get(normalise_name(candidate, lang)) if candidate else None
            if person is not None:
                out.append(PersonMention(person.name, None, None, start, end))
                break
    return out


# At most this many letters of a case ending follow a known surname ("Лавров|ым", "Путин|у").
_KNOWN_ENDING = 3


@lru_cache(maxsize=16)
def _known(lang: str) -> tuple[dict[str, tuple[str, str | None]], re.Pattern[str]]:
    """The language's well-known surnames as `normalise_name` gives them -> (country, role),
    and a pattern finding them as written (in a declining language, with a case ending)."""
    rules = _compile(lang)
    known = {normalise_name(k, lang): (c, r) for k, c, r in rules.known_people}
    # (longest first, then by letter: the same pattern in every process, for the cache)
    names = sorted({k for k, _, _ in rules.known_people}, key=lambda k: (-len(k), k))
    # case-sensitive: a surname is written with its capital ("Modi", not "modi"); where the
    # language declines names, its case ending follows ("Лавров|ым")
    ending = rf"[^\W\d_]{{0,{_KNOWN_ENDING}}}" if rules.morphology == "pymorphy3" else ""
    pattern = patterns.compile(
        rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, names)) or '(?!x)x'}){ending}(?![\w-])"
    )
    return known, pattern


# Given names before a known surname: capitalised words, a blank apart, ending right before it.
_GIVEN_NAMES_RE = patterns.compile(rf"(?:{_CAPWORD} ){{1,2}}$")
# How far before a known surname a place naming it may start ("Mazar-e Sharif").
_PLACE_REACH = 24


def _known_mentions(
    text: str, lang: str, rules: _Rules, found: list[PersonMention]
) -> list[PersonMention]:
    """Well-known officials named by their surname alone, with no title or country ("Lavrov
    arrived in Islamabad", "Лавров прибыл"): the country and office the data give them."""
    if not rules.known_people:
        return []
    known, pattern = _known(lang)
    covered: Callable[[int], bool] | None = None
    out: list[PersonMention] = []
    for m in pattern.finditer(text):
        token, start, end = m.group(0), m.start(), m.end()
        if token in rules.not_names:
            continue
        name = normalise_name(_POSSESSIVE_RE.sub("", token), lang)
        entry = known.get(name)
        if entry is None:
            continue
        if covered is None:
            covered = _inside_any([(p.start, p.end) for p in found])
        if covered(start):
            continue
        lead = max(0, start - _PLACE_REACH)
        if any(lead + p.start <= start for p in find_places(text[lead:end], lang)):
            continue  # a place's word is no person ("Mazar-e Sharif")
        # "Sergei Lavrov", "с Сергеем Лавровым", "Amir Khan Muttaqi": the given names
        # right before it are the name's
        # (not before a name the data give whole: "Председатель Китая Си Цзиньпин")
        given = None if " " in token else _GIVEN_NAMES_RE.search(text, max(0, start - 60), start)
        if given is not None:
            words = given.group(0).split()
            while words and (
                words[0] in rules.not_names
                or words[0].lower().rstrip(".") in rules.honorifics
                or covered(start - len(" ".join(words)) - 1)
                or find_countries(words[0], lang)  # "Президент КНР Ли", "Präsident Chinas"
            ):
                words.pop(0)
            if words:
                start -= len(" ".join(words)) + 1
                name = normalise_name(f"{' '.join(words)} {token}", lang)
        out.append(PersonMention(name, entry[1], entry[0], start, end))
    return out


def _with_known_country(people: list[PersonMention], lang: str) -> list[PersonMention]:
    """A named person of no stated country whose surname is a well-known official's
    ("Prime Minister Shehbaz Sharif" in a Pakistani paper) is of that official's country."""
    if not _compile(lang).known_people:
        return people
    known, _ = _known(lang)
    out: list[PersonMention] = []
    for p in people:
        if p.name and p.country is None:
            # (a name the data give whole, "Li Qiang", or a surname)
            entry = known.get(p.name) or known.get(p.name.split()[-1])
            if entry is not None:
                p = PersonMention(p.name, p.role or entry[1], entry[0], p.start, p.end)
        out.append(p)
    return out


def _resolve(people: list[PersonMention]) -> list[PersonMention]:
    """Give a later short mention ("Zhumangarin") the role and country of its full name."""
    # PERF: each full name split once, not once per short mention
    # only mentions that carry a role or a country can lend them: a short mention
    # already written out in full ("Шойгу" in a headline) lends nothing (set Z)
    full = [
        (p, p.name.split())
        for p in people
        if p.name and len(p.name.split()) > 1 and (p.role is not None or p.country is not None)
    ]
    out: list[PersonMention] = []
    for p in people:
        if p.name and (p.role is None or p.country is None):
            last = p.name.split()[-1]
            for f, words in full:
                if f is p or not f.name:
                    continue
                if (
                    f.name == p.name
                    or words[-1] == last
                    or (len(words) == 2 and words[0] == p.name)
                ):
                    p = PersonMention(
                        f.name, p.role or f.role, p.country or f.country, p.start, p.end
                    )
                    break
        out.append(p)
    return out
