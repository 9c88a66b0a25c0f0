"""Rule data: load, compile and check the YAML files under `tracker/extract/data/`.

One file per kind and language (`data/<kind>/<lang>.yaml`, STYLE.md 2): keys are
English canonical words, values are the surface words of the language. A kind
may be a nested path (`countries/generated`). Generated files (CLDR country and
month names) are produced by `generate_data` and checked against babel/pycountry
by a test, so they never drift from their source.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from tracker.errors import RuleError
from tracker.extract import patterns

LOGGER = logging.getLogger(__name__)

DATA_PACKAGE = "tracker.extract"
DATA_DIR = "data"
FALLBACK_LANGUAGE = "en"
# The languages every kind must have a file for (issue 4: en, de, ru, fr).
SUPPORTED_LANGUAGES = ("en", "de", "ru", "fr")
# Kinds whose files are generated from babel/pycountry by `generate_data`.
GENERATED_KINDS = ("countries/generated", "common/generated")
_LANG_RE = patterns.compile(r"[a-z]{2,3}")
# The pattern of a rule whose language lists no words: it never matches
NEVER = patterns.compile(r"(?!x)x")
# PyYAML's libyaml binding (in its wheels) reads the same YAML into the same data as the
# pure-Python SafeLoader, about nine times as fast: 0.07 s for all rule files instead of
# 0.7 s, paid by every `tracker` process that extracts (a test compares the two).
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _data_root() -> Any:
    return resources.files(DATA_PACKAGE).joinpath(DATA_DIR)


def rule_path(kind: str, lang: str) -> str:
    """The path of one rule file, relative to the package, for messages."""
    return f"tracker/extract/{DATA_DIR}/{kind}/{lang}.yaml"


def _read(kind: str, lang: str) -> dict[str, Any] | None:
    node = _data_root()
    for part in kind.split("/"):
        node = node.joinpath(part)
    node = node.joinpath(f"{lang}.yaml")
    if not node.is_file():
        return None
    path = rule_path(kind, lang)
    try:
        data = yaml.load(node.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise RuleError(f"{path}: not valid YAML ({reason})") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise RuleError(f"{path}: the top level must be a mapping, not {type(data).__name__}")
    return data


@lru_cache(maxsize=256)
def _load(kind: str, lang: str) -> dict[str, Any]:
    if not kind or ".." in kind or kind.startswith("/"):
        raise RuleError(f"{kind!r}: not a rule kind")
    data = None
    if _LANG_RE.fullmatch(lang or ""):
        data = _read(kind, lang)
    if data is None and lang != FALLBACK_LANGUAGE:
        LOGGER.debug("no %s rules for %r; falling back to %s", kind, lang, FALLBACK_LANGUAGE)
        return _load(kind, FALLBACK_LANGUAGE)
    if data is None:
        raise RuleError(f"{rule_path(kind, FALLBACK_LANGUAGE)}: rule file is missing")
    return data


def load_rules(kind: str, lang: str) -> dict[str, Any]:
    """The rules of one kind for one language, falling back to English; cached.

    Raises RuleError naming the file when it is missing or malformed. The dict
    is shared between callers: treat it as read-only.
    """
    return _load(kind, (lang or FALLBACK_LANGUAGE).lower())


def has_rules(kind: str, lang: str) -> bool:
    """True when `data/<kind>/<lang>.yaml` exists (no fallback)."""
    node = _data_root()
    for part in kind.split("/"):
        node = node.joinpath(part)
    return bool(node.joinpath(f"{lang}.yaml").is_file())


def as_list(value: Any) -> list[str]:
    """A rule value as a list of strings: None -> [], "a" -> ["a"], [..] -> [..]."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [str(k) for k in value]
    return [str(v) for v in value]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so prefixes never win early.

    A word written between slashes (`/stand\\w* bei/`) is taken as a regex as is.
    """
    parts: list[str] = []
    for word in sorted({w for w in words if w}, key=lambda w: (-len(w), w)):
        if len(word) > 2 and word.startswith("/") and word.endswith("/"):
            parts.append(word[1:-1])
        else:
            parts.append(re.escape(word).replace(r"\ ", r"\s+"))
    return "|".join(parts) if parts else r"(?!x)x"


def words_pattern(
    value: Any, template: str = "(?:{alt})", flags: int = re.IGNORECASE
) -> re.Pattern[str]:
    """The data's word list `value` put into `template` at `{alt}` as an alternation and
    compiled; NEVER when the list is empty or missing (the language has no such rule)."""
    words = as_list(value)
    if not words:
        return NEVER
    return patterns.compile(template.replace("{alt}", alternation(words)), flags)


@lru_cache(maxsize=1024)
def compile_words(words: tuple[str, ...], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One compiled pattern matching any of `words` as whole words (cached)."""
    # Word boundaries are written as look-arounds on \w so that Cyrillic and
    # accented letters count as letters; the trailing one is cheap.
    # A look-ahead on the words' first letters lets a scan reject most positions before
    # the look-behind and the alternation are tried: about twice as fast over an article.
    # A word ending in an elision's apostrophe ("d'" in "d'Iran") ends where it ends.
    return patterns.compile(
        rf"{first_letter_lookahead(words)}(?<!\w)(?:{alternation(words)})(?:(?<=['’])|(?!\w))",
        flags,
    )


def first_letter_lookahead(words: Iterable[str]) -> str:
    """A look-ahead `(?=[...])` on the first letters of `words`, or "" when they cannot be told;
    put before an alternation of `words` it makes a scan skip most positions cheaply."""
    firsts = _first_letters(words)
    return f"(?=[{re.escape(firsts)}])" if firsts else ""


_QUANTIFIERS = frozenset("?*{+|")


def _first_letters(words: Iterable[str]) -> str | None:
    """Every character a match of `words` can start with (both cases), or None when a
    word's start cannot be told (a regex opening with a group, a class or an escape)."""
    chars: set[str] = set()
    for word in words:
        if not word:
            continue
        body = word[1:-1] if len(word) > 2 and word.startswith("/") and word.endswith("/") else None
        if body is not None:
            # a regex: only a plain first letter that is not optional, without top-level "|"
            if not body[:1].isalpha() or body[1:2] in _QUANTIFIERS or _top_level_bar(body):
                return None
            first = body[0]
        else:
            first = word[0]
            if first.isspace():
                return None
        for variant in (first, first.lower(), first.upper()):
            if len(variant) != 1:
                return None  # case mappings that change length ("İ"): no shortcut
            chars.add(variant)
    return "".join(sorted(chars)) or None


def _top_level_bar(body: str) -> bool:
    depth = 0
    escaped = False
    for ch in body:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False


def compile_patterns(
    rules: dict[str, Any], key: str, *, flags: int = re.IGNORECASE
) -> re.Pattern[str]:
    """Compile the word list under `rules[key]` into one whole-word pattern."""
    return compile_words(tuple(as_list(rules.get(key))), flags)


def compile_stems(words: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """A pattern matching words that start with any of the given stems."""
    return patterns.compile(rf"(?<!\w)(?:{alternation(words)})\w*", flags)


# --- generated data -------------------------------------------------------------


def _country_codes() -> list[tuple[str, str]]:
    import pycountry

    return sorted((c.alpha_2, c.alpha_3) for c in pycountry.countries)


def generate_data(kind: str, lang: str) -> dict[str, Any]:
    """Rebuild a generated rule file in memory from babel (CLDR) and pycountry."""
    from babel import Locale

    locale = Locale.parse(lang)
    if kind == "countries/generated":
        names: dict[str, list[str]] = {}
        for alpha2, alpha3 in _country_codes():
            name = locale.territories.get(alpha2)
            if name:
                names[alpha3] = [name]
        return {"source": "babel CLDR territories + pycountry alpha-3", "names": names}
    if kind == "common/generated":
        months: dict[str, list[str]] = {}
        for number in range(1, 13):
            forms: list[str] = []
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    value = locale.months[context][width][number].lower().rstrip(".")
                    if value and value not in forms:
                        forms.append(value)
            months[str(number)] = forms
        symbols = locale.number_symbols.get("latn", locale.number_symbols)
        return {
            "source": "babel CLDR months and number symbols",
            "months": months,
            "decimal": str(symbols["decimal"]),
            "group": str(symbols["group"]),
        }
    raise RuleError(f"{kind!r}: not a generated kind")


def write_generated(kinds: Iterable[str] = GENERATED_KINDS) -> list[str]:
    """Regenerate the generated data files in the source tree; returns the paths written."""
    from pathlib import Path

    root = Path(__file__).resolve().parent / DATA_DIR
    written: list[str] = []
    for kind in kinds:
        for lang in SUPPORTED_LANGUAGES:
            path = root / kind / f"{lang}.yaml"
            path.parent.mkdir(parents=True, exist_ok=True)
            header = "# GENERATED by tracker.extract.rules.write_generated; do not edit.\n"
            body = yaml.safe_dump(generate_data(kind, lang), allow_unicode=True, sort_keys=True)
            path.write_text(header + body, encoding="utf-8")
            written.append(str(path))
    _load.cache_clear()
    return written


# --- checking ----------------------------------------------------------------------


def _kinds() -> list[str]:
    found: list[str] = []

    def walk(node: Any, prefix: str) -> None:
        if any(child.name.endswith(".yaml") for child in node.iterdir() if child.is_file()):
            found.append(prefix)
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            if child.is_dir() and not child.name.startswith(("_", ".")):
                walk(child, f"{prefix}/{child.name}" if prefix else child.name)

    walk(_data_root(), "")
    return sorted(k for k in found if k)


def _check_value(
    path: str, key: str, value: Any, problems: list[str], in_list: bool = False
) -> None:
    if isinstance(value, dict):
        for sub, item in value.items():
            _check_value(path, f"{key}.{sub}", item, problems)
    elif isinstance(value, list):
        for item in value:
            _check_value(path, key, item, problems, in_list=True)
    elif in_list and (isinstance(value, bool) or value is None):
        # YAML 1.1 reads bare on/off/yes/no as booleans: a word silently lost
        problems.append(f"{path}: {key}: {value!r} is not a word (quote it)")
    elif (
        isinstance(value, str) and len(value) > 2 and value.startswith("/") and value.endswith("/")
    ):
        try:
            re.compile(value[1:-1])
        except re.error as exc:
            problems.append(f"{path}: {key}: bad regex {value!r} ({exc})")


class _KeyCounter(yaml.SafeLoader):
    """A loader that notes every mapping key written twice (YAML keeps the last one, so
    the first entry's words would be lost without a word)."""

    duplicates: list[str]


def _construct_counted_mapping(
    loader: _KeyCounter, node: yaml.MappingNode, deep: bool = False
) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if isinstance(key, str | int | float | bool) and key in seen:
            loader.duplicates.append(f"key {key!r} twice (line {key_node.start_mark.line + 1})")
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_KeyCounter.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    _construct_counted_mapping,  # type: ignore[arg-type]
)


def _duplicate_keys(kind: str, lang: str) -> list[str]:
    """Every mapping key written twice in one rule file (checked only by `check_rules`)."""
    node = _data_root()
    for part in kind.split("/"):
        node = node.joinpath(part)
    loader = _KeyCounter(node.joinpath(f"{lang}.yaml").read_text(encoding="utf-8"))
    loader.duplicates = []
    try:
        loader.get_single_data()
    finally:
        loader.dispose()
    return loader.duplicates


def check_rules(kinds: Iterable[str] | None = None) -> list[str]:
    """Validate rule files: readable YAML mappings, compilable regexes, every language.

    Checks every kind under data/ unless `kinds` names some. Returns the kinds
    checked; raises RuleError listing every problem.
    """
    problems: list[str] = []
    kinds = sorted(kinds) if kinds is not None else _kinds()
    for kind in kinds:
        for lang in SUPPORTED_LANGUAGES:
            path = rule_path(kind, lang)
            try:
                data = _read(kind, lang)
            except RuleError as exc:
                problems.append(str(exc))
                continue
            if data is None:
                problems.append(f"{path}: rule file is missing")
                continue
            problems.extend(f"{path}: {dup}" for dup in _duplicate_keys(kind, lang))
            for key, value in data.items():
                if not isinstance(key, str):
                    problems.append(f"{path}: key {key!r} is not a string")
                _check_value(path, str(key), value, problems)
    if problems:
        raise RuleError("; ".join(problems))
    return kinds
