"""`find_all`: the matches of `pattern.finditer(text)`, found faster.

A case-blind rule pattern scanned over a whole article tries every position
(`re` has no literal prefix search for IGNORECASE patterns). Most rule
patterns start with a few literal words ("agreed|pledged|decided ..."), so a
match can only start where the lowered text holds one of them: `find_all`
looks those words up with `str.find` and tries the pattern only there, left to
right and never inside the previous match, exactly as `finditer` would. A
pattern without such leading words, or a text whose case folding `str.lower`
and `re` could disagree on, is scanned with `finditer` as before.

Most rule patterns also open with a look-behind for no word character: a match
starts a run of letters. `present_words` drops the leading words whose first
letters start no run of letters of the text (a set of the runs' first letters)
before any `str.find`.
"""

from __future__ import annotations

import itertools
import logging
import operator
import re
from functools import lru_cache

try:  # the parser is private to `re`; without it every pattern is simply scanned
    from re import _constants as _sre_constants
    from re import _parser as _sre_parser
except ImportError:  # pragma: no cover - older or newer Pythons
    _sre_parser = None  # type: ignore[assignment]

LOGGER = logging.getLogger(__name__)

# Letters that a case-blind `re` pattern equates with a letter `str.lower()`
# does not map onto (the extra cases of `re._casefix`: dotless i, long s, final
# sigma, old Cyrillic letter forms, ...), plus capital sigma (its lower case
# depends on context), dotted capital I (two letters in lower case), Kelvin,
# Ångström and capital sharp s. In a text or a pattern literal holding one, a
# lowered-text look-up could miss a match, so the plain scan is used instead.
_FOLD_ODDITIES = (
    "\u00b5\u0130\u0131\u017f\u0345\u0390\u03a3\u03b0\u03c2\u03d0\u03d1\u03d5\u03d6"
    "\u03f0\u03f1\u03f5\u1c80-\u1c88\u1e9b\u1e9e\u1fbe\u1fd3\u1fe3\u212a\u212b\ufb05\ufb06"
)
_FOLD_ODDITIES_RE = re.compile(f"[{_FOLD_ODDITIES}]")
# Leading literals shorter than this find too many places to pay off.
_MIN_PREFIX = 2
# A set of at most this many letters after a literal start lengthens it ("a[nb]").
_MAX_SET = 8
# `search` checks at most this many leading words before running the pattern.
_MAX_GATE_WORDS = 8


# A leading word starting with this stands inside a word ("\w*delegation"): a match can
# start where the run of word characters holding it starts.
INSIDE = "\x00"
_WORD_CHAR = re.compile(r"\w")
# Every character `\s` matches in a str pattern (all lie below U+3001; a test checks
# the whole of Unicode): a short word followed by whitespace is looked up with each.
_WHITESPACE = tuple(ch for ch in map(chr, range(0x3001)) if re.match(r"\s", ch))


def _is_word_chars(av: object) -> bool:
    """True for the repeat `\\w*` (any count of word characters, none required)."""
    c = _sre_constants
    low, _high, body = av  # type: ignore[misc]
    return (
        low == 0
        and len(body) == 1
        and body[0][0] is c.IN
        and list(body[0][1]) == [(c.CATEGORY, c.CATEGORY_WORD)]
    )


def _word_start(text: str, pos: int) -> int:
    """Where the run of word characters that ends at `pos` starts (walks back a word)."""
    while pos > 0 and _WORD_CHAR.match(text, pos - 1):
        pos -= 1
    return pos


def _is_space(op: object, av: object) -> bool:
    """True for the parsed item `\\s` (one whitespace character)."""
    c = _sre_constants
    return op is c.IN and list(av) == [(c.CATEGORY, c.CATEGORY_SPACE)]  # type: ignore[call-overload]


def _too_short(found: list[str] | None) -> bool:
    """True when `found` holds no words or one too short to gate a scan."""
    return not found or any(len(word.lstrip(INSIDE)) < _MIN_PREFIX for word in found)


def _literals(text: str) -> list[tuple[object, object]]:
    """`text` as parsed literal items, to put a prefix back in front of what follows it."""
    return [(_sre_constants.LITERAL, ord(ch)) for ch in text]


def _short_prefix_and(
    prefix: str, op: object, av: object, rest: list[tuple[object, object]]
) -> list[str] | None:
    """Starts of `prefix` (shorter than _MIN_PREFIX) followed by the item `op, av` and
    `rest`, lengthened past whitespace or an optional item; None when that cannot be done.

    PERF: a one-letter word ("a\\s+été", "(\\s*responsable") finds nearly every place,
    as many as the plain scan tries.
    """
    c = _sre_constants
    if _is_space(op, av):
        return [prefix + space for space in _WHITESPACE]
    if op not in (c.MAX_REPEAT, c.MIN_REPEAT):
        return None
    low, high, body = av  # type: ignore[misc]
    body = list(body)
    if len(body) == 1 and _is_space(*body[0]):
        # "a\\s+", "(\\s*": the letter and one whitespace character start a match, or
        # (none required) the letter and what follows the whitespace
        spaced = [prefix + space for space in _WHITESPACE]
        if low >= 1:
            return spaced
        after = _prefixes(_literals(prefix) + rest)
        return spaced + after if after else None
    if low == 0 and high == 1:
        # "l(?:’)?x": the prefix with the optional item, or without it
        with_it = _prefixes(_literals(prefix) + body + rest)
        without = _prefixes(_literals(prefix) + rest)
        return with_it + without if with_it and without else None
    return None


def _prefixes(items: list[tuple[object, object]]) -> list[str] | None:
    """Literal strings one of which starts every match of a parsed pattern, or None.

    A start shorter than _MIN_PREFIX is lengthened with what follows it where that
    can be done exactly: a one-letter alternative ("(?:a|ont)\\s+été"), an optional
    first letter ("r?ouvrir"), a set of letters ("[’']"), whitespace after a letter.
    """
    c = _sre_constants
    prefix = ""
    for k, (op, av) in enumerate(items):
        rest = items[k + 1 :]
        if op is c.LITERAL:
            prefix += chr(av)  # type: ignore[arg-type]
            continue
        if prefix:
            # `re` factors a common start out of an alternation ("s(?:tability|ecurity)"):
            # the literals of what follows lengthen the prefix
            if op in (c.SUBPATTERN, c.BRANCH):
                found = _prefixes([(op, av)])
                if _too_short([prefix + r for r in found or [""]]):
                    found = _prefixes([(op, av), *rest])  # "l(?:a|e)\\s+": go on past it
                if found:
                    return [prefix + r for r in found]
            # ... and so does a set of a few letters ("a(?:n|b)" is parsed as "a[nb]")
            members = av if op is c.IN else ()
            letters = all(o is c.LITERAL for o, _ in members)  # type: ignore[union-attr]
            if letters and 0 < len(members) <= _MAX_SET:  # type: ignore[arg-type]
                return [prefix + chr(ch) for _, ch in members]  # type: ignore[union-attr]
            if len(prefix) < _MIN_PREFIX:
                longer = _short_prefix_and(prefix, op, av, rest)
                if longer:
                    return longer
            break
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: the match still starts at the next item
        if op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av  # type: ignore[misc]
            if add_flags or del_flags:
                return None
            found = _prefixes(list(sub))
            # a group is matched once: a short start goes on with what follows it
            return _prefixes([*sub, *rest]) if _too_short(found) else found
        if op is c.BRANCH:
            return _branch_prefixes([list(alt) for alt in av[1]], rest)  # type: ignore[index]
        if op is c.IN and all(o is c.LITERAL for o, _ in av):  # type: ignore[union-attr]
            # a set of letters ("[’']x") is an alternation of one-letter branches
            if 0 < len(av) <= _MAX_SET:  # type: ignore[arg-type]
                return _branch_prefixes([[item] for item in av], rest)  # type: ignore[union-attr]
            return None
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:  # type: ignore[index]
            return _prefixes(list(av[2]))  # type: ignore[index]
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and _is_word_chars(av):
            # "\w*delegation": the literal stands inside a word, and the match starts
            # where that word's run of word characters starts (marked, see find_all)
            after = _prefixes(rest)
            return [INSIDE + a for a in after] if after else None
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            # an optional start ("(?:an|ab)?gereist"): a match starts with it or,
            # without it, with what follows it
            inner = _prefixes(list(av[2]))  # type: ignore[index]
            if _too_short(inner) and av[1] == 1:  # type: ignore[index]
                inner = _prefixes([*av[2], *rest])  # type: ignore[index]  # "r?ouvrir"
            after = _prefixes(rest)
            return inner + after if inner and after else None
        return None
    return [prefix] if prefix else None


def _branch_prefixes(
    alternatives: list[list[tuple[object, object]]], rest: list[tuple[object, object]]
) -> list[str] | None:
    """Starts of an alternation followed by `rest`; a short alternative ("a|ont") goes
    on with what follows the alternation."""
    found: list[str] = []
    for alternative in alternatives:
        sub_prefixes = _prefixes(alternative)
        if _too_short(sub_prefixes):
            sub_prefixes = _prefixes(alternative + rest) or sub_prefixes
        if not sub_prefixes:
            return None
        found.extend(sub_prefixes)
    return found


def _parse(pattern: re.Pattern[str]) -> list[tuple[object, object]] | None:
    """The parsed items of `pattern`, or None when they cannot be had."""
    if _sre_parser is None:
        return None
    try:
        return list(_sre_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # any surprise means: scan the plain way
        LOGGER.debug("cannot analyse pattern %r", pattern.pattern, exc_info=True)
        return None


@lru_cache(maxsize=4096)
def leading_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The lowered literals one of which starts every match of `pattern`, or None."""
    return _leading_words(_parse(pattern))


def _leading_words(parsed: list[tuple[object, object]] | None) -> tuple[str, ...] | None:
    if parsed is None:
        return None
    found = _prefixes(parsed)
    if not found:
        return None
    lowered = tuple(sorted({p.lower() for p in found}))
    if any(
        len(p.lstrip(INSIDE)) < _MIN_PREFIX or INSIDE in p.lstrip(INSIDE) for p in lowered
    ) or any(len(p.lower()) != len(p) or _FOLD_ODDITIES_RE.search(p) for p in found):
        return None
    return lowered


# pattern id -> (the pattern, its leading words, their literals, the words' gate keys);
# the pattern is kept so its id stays its own
_Entry = tuple[
    re.Pattern[str], tuple[str, ...] | None, tuple[str, ...] | None, tuple[str, ...] | None
]
_WORDS_BY_ID: dict[int, _Entry] = {}
_MAX_PATTERNS = 4096
_LETTER_RUN_RE = re.compile(r"[^\W\d_]+")


def _boundary_led(items: list[tuple[object, object]]) -> bool:
    """True when no match of the parsed pattern `items` starts right after a word
    character: it opens with `(?<!\\w)` or `\\b`, after lookaheads only."""
    c = _sre_constants
    for op, av in items:
        if op is c.ASSERT:
            continue  # a lookahead ("(?=[AB])") says nothing of what stands before
        if op is c.AT:
            return av in (c.AT_BOUNDARY, c.AT_UNI_BOUNDARY)
        if op is c.ASSERT_NOT:
            direction, sub = av
            return (
                direction == -1
                and len(sub) == 1
                and sub[0][0] is c.IN
                and list(sub[0][1]) == [(c.CATEGORY, c.CATEGORY_WORD)]
            )
        return False
    return False


# A gate key is at most this many first letters of a leading word.
_GATE_LEN = 3


def _gate_key(word: str) -> str:
    """The first _GATE_LEN letters that lead a leading word: a boundary-led match starts a
    run of letters of the text that starts with them. "" (always there) for a word inside
    a word, led by no letter or by fewer letters ("ab" may be a whole run or start one)."""
    if word.startswith(INSIDE):
        return ""
    m = _LETTER_RUN_RE.match(word)
    return m.group()[:_GATE_LEN] if m and len(m.group()) >= _GATE_LEN else ""


def _entry(pattern: re.Pattern[str]) -> _Entry:
    """`leading_words(pattern)`, their literals (less INSIDE) and, for a boundary-led
    pattern, their gate keys; looked up by identity.

    PERF: hashing a compiled pattern (what the lru_cache of `leading_words` does on
    every call) hashes its whole code, ~3 us for a big rule alternation.
    """
    entry = _WORDS_BY_ID.get(id(pattern))
    if entry is not None and entry[0] is pattern:
        return entry
    # PERF: parsed once for both questions (parsing is most of what compiling costs)
    parsed = _parse(pattern)
    words = _leading_words(parsed)
    literals = None if words is None else tuple(dict.fromkeys(w.lstrip(INSIDE) for w in words))
    keys = None
    if words is not None and parsed is not None and _boundary_led(parsed):
        keys = tuple(map(_gate_key, words))
    if len(_WORDS_BY_ID) >= _MAX_PATTERNS:
        _WORDS_BY_ID.clear()
    entry = _WORDS_BY_ID[id(pattern)] = (pattern, words, literals, keys)
    return entry


def _words_of(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """`leading_words(pattern)`, looked up by identity."""
    return _entry(pattern)[1]


@lru_cache(maxsize=64)
def run_heads(text: str) -> frozenset[str]:
    """The first _GATE_LEN letters (or fewer, all of a shorter run) of every run of
    letters of `text.lower()`, and "" (which every gate key may fall back on)."""
    from tracker.extract.engine import lowered_words  # the engine imports this module

    # the words are shared with the engine, cached; their heads are cut in C
    heads = set(map(operator.itemgetter(slice(_GATE_LEN)), lowered_words(text)))
    heads.add("")
    return frozenset(heads)


def present_words(pattern: re.Pattern[str], text: str) -> tuple[str, ...] | None:
    """The leading words of `pattern` that may start a match in `text` (all of them but,
    for a boundary-led pattern, those whose leading letters start no run of letters of
    the text), or None when the pattern has no leading words.

    PERF: a rule's 70 leading words each cost a `str.find` over the article; most are not
    there, and a set look-up of their first letters among the heads of the text's runs
    of letters says so, all in C. (A word whose first letters are there but not the rest
    costs one `str.find`, which finds nothing.)
    """
    _, words, _, keys = _entry(pattern)
    if words is None or keys is None:
        return words
    return tuple(itertools.compress(words, map(run_heads(text).__contains__, keys)))


@lru_cache(maxsize=64)
def lowered_text(text: str) -> str | None:
    """`text.lower()` when it maps letter for letter onto `text` as `re` folds case, else None."""
    lowered = text.lower()
    if len(lowered) != len(text) or _FOLD_ODDITIES_RE.search(text) is not None:
        return None
    return lowered


def find_all(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Exactly `list(pattern.finditer(text))`, trying the pattern only where it can start."""
    words = _words_of(pattern)
    lowered = lowered_text(text) if words is not None else None
    if words is None or lowered is None:
        return list(pattern.finditer(text))
    words = present_words(pattern, text)
    assert words is not None
    starts: set[int] = set()
    for word in words:
        starts.update(word_starts(text, lowered, word))
    return matches_from(pattern, text, sorted(starts))


def word_starts(text: str, lowered: str, word: str) -> list[int]:
    """Where a match led by the leading word `word` may start, in order (`lowered` is
    `lowered_text(text)`)."""
    inside = word.startswith(INSIDE)
    literal = word.lstrip(INSIDE) if inside else word
    found: list[int] = []
    if len(literal) == 2 and (literal[0] not in lowered or literal[1] not in lowered):
        # PERF: `str.find` takes ~4 us to miss a two-letter word in an article, but finds
        # a missing letter at once; a letter and rare whitespace ("a\u00a0") mostly miss
        return found
    pos = lowered.find(literal)
    while pos != -1:
        if inside:
            # every place from the word's start to the literal, as finditer would try
            # them (one may lie inside an earlier match; the rest then still count)
            found.extend(range(_word_start(text, pos), pos + 1))
        else:
            found.append(pos)
        pos = lowered.find(literal, pos + 1)
    return found


def matches_from(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """The matches `finditer` finds when it can only start at the sorted `starts`."""
    matches: list[re.Match[str]] = []
    # finditer goes on searching where the last match ended (matches here are
    # never empty: every one starts with a literal word)
    resume = 0
    for pos in starts:
        if pos < resume:
            continue
        m = pattern.match(text, pos)
        if m is not None:
            matches.append(m)
            resume = m.end()
    return matches


def search(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> re.Match[str] | None:
    """Exactly `pattern.search(text, pos, endpos)`; None at once when no leading word is there."""
    literals = _entry(pattern)[2]
    # many words cost more in look-ups than one pass of the pattern over a clause
    if literals is not None and len(literals) <= _MAX_GATE_WORDS:
        lowered = lowered_text(text)
        if lowered is not None:
            end = len(text) if endpos is None else endpos
            # a match lies inside text[pos:endpos], so its leading word does too
            # (PERF: a plain loop saves a generator)
            find = lowered.find
            for literal in literals:
                if find(literal, pos, end) != -1:
                    break
            else:
                return None
    if endpos is None:
        return pattern.search(text, pos)
    return pattern.search(text, pos, endpos)
