"""Rule data: loading with fallback, errors that name the file, every file valid, and
generated data that regenerates identically from babel/pycountry (STYLE.md 2, DP's
`test_dateparser_data_integrity`)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from tracker.errors import RuleError
from tracker.extract import rules
from tracker.extract.rules import (
    GENERATED_KINDS,
    SUPPORTED_LANGUAGES,
    alternation,
    check_rules,
    compile_words,
    generate_data,
    load_rules,
)

LOGGER = logging.getLogger(__name__)

DATA_DIR = Path(rules.__file__).resolve().parent / "data"
MY_KINDS = ("common", "countries", "trade_targets", "deportations")


@pytest.fixture
def fake_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A throw-away data directory in place of the package's."""
    monkeypatch.setattr(rules, "_data_root", lambda: tmp_path)
    rules._load.cache_clear()
    yield tmp_path
    rules._load.cache_clear()


@pytest.mark.parametrize("kind", MY_KINDS)
@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_every_language_has_its_own_file(kind: str, lang: str) -> None:
    assert (DATA_DIR / kind / f"{lang}.yaml").is_file()
    assert isinstance(load_rules(kind, lang), dict)


def test_unsupported_language_falls_back_to_english() -> None:
    assert load_rules("trade_targets", "pt") is load_rules("trade_targets", "en")
    assert load_rules("common", "") is load_rules("common", "en")


def test_load_is_cached() -> None:
    assert load_rules("deportations", "ru") is load_rules("deportations", "ru")


def test_missing_file_names_the_path(fake_data: Path) -> None:
    with pytest.raises(RuleError, match=r"data/nothing/en\.yaml: rule file is missing"):
        load_rules("nothing", "de")


def test_malformed_yaml_names_the_path(fake_data: Path) -> None:
    (fake_data / "broken").mkdir()
    (fake_data / "broken" / "en.yaml").write_text("cues: [unclosed\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"data/broken/en\.yaml: not valid YAML"):
        load_rules("broken", "en")


def test_top_level_must_be_a_mapping(fake_data: Path) -> None:
    (fake_data / "listy").mkdir()
    (fake_data / "listy" / "en.yaml").write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(RuleError, match="top level must be a mapping"):
        load_rules("listy", "en")


def test_kind_cannot_leave_the_data_directory() -> None:
    with pytest.raises(RuleError):
        load_rules("../secrets", "en")


def test_check_rules_finds_every_kind() -> None:
    kinds = rules._kinds()
    assert set(MY_KINDS) | set(GENERATED_KINDS) <= set(kinds)


@pytest.mark.parametrize("kind", rules._kinds())
def test_shipped_rule_files_are_valid(kind: str) -> None:
    assert check_rules([kind]) == [kind]


def test_rule_files_read_the_same_with_the_fast_loader() -> None:
    # the libyaml loader that rules use must give exactly what the reference loader gives
    assert rules.SAFE_LOADER is yaml.CSafeLoader  # PyYAML's wheels carry libyaml
    files = sorted(DATA_DIR.rglob("*.yaml"))
    assert len(files) >= 4 * len(MY_KINDS)
    for path in files:
        text = path.read_text(encoding="utf-8")
        fast = yaml.load(text, Loader=rules.SAFE_LOADER)
        assert fast == yaml.safe_load(text), path


def test_check_rules_reports_a_bad_regex_and_a_missing_language(fake_data: Path) -> None:
    (fake_data / "demo").mkdir()
    for lang in ("en", "de", "fr"):
        (fake_data / "demo" / f"{lang}.yaml").write_text("cues: [fine]\n", encoding="utf-8")
    (fake_data / "demo" / "en.yaml").write_text('cues: ["/(unclosed/"]\n', encoding="utf-8")
    with pytest.raises(RuleError) as err:
        check_rules()
    message = str(err.value)
    assert "demo/en.yaml: cues: bad regex" in message
    assert "demo/ru.yaml: rule file is missing" in message


def test_check_rules_catches_a_key_written_twice(fake_data: Path) -> None:
    # YAML keeps the last of two equal keys: the first entry's words would be lost
    (fake_data / "demo").mkdir()
    for lang in SUPPORTED_LANGUAGES:
        (fake_data / "demo" / f"{lang}.yaml").write_text("cues: [fine]\n", encoding="utf-8")
    (fake_data / "demo" / "de.yaml").write_text(
        "cities:\n  Osh: {forms: [Osch]}\n  Termez: {forms: [Termes]}\n  Osh: {forms: [Osh]}\n",
        encoding="utf-8",
    )
    with pytest.raises(RuleError) as err:
        check_rules()
    assert "demo/de.yaml: key 'Osh' twice (line 4)" in str(err.value)


def test_check_rules_catches_yaml_booleans_in_word_lists(fake_data: Path) -> None:
    # YAML 1.1 reads a bare `on` or `no` as a boolean: a word silently lost
    (fake_data / "demo").mkdir()
    for lang in SUPPORTED_LANGUAGES:
        (fake_data / "demo" / f"{lang}.yaml").write_text("cues: [at, on]\n", encoding="utf-8")
    with pytest.raises(RuleError, match="not a word"):
        check_rules()


@pytest.mark.parametrize("kind", GENERATED_KINDS)
@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_generated_data_regenerates_identically(kind: str, lang: str) -> None:
    path = DATA_DIR / kind / f"{lang}.yaml"
    on_disk = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert on_disk == generate_data(kind, lang), (
        f"{path} is stale: run tracker.extract.rules.write_generated()"
    )


def test_generated_country_names_use_iso_alpha3_codes() -> None:
    names = load_rules("countries/generated", "ru")["names"]
    assert names["AFG"] == ["Афганистан"]
    assert names["KAZ"] == ["Казахстан"]
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in names)


@pytest.mark.parametrize("kind", ("countries", "trade_targets", "deportations"))
def test_supplement_codes_are_real_countries(kind: str) -> None:
    generated = set(load_rules("countries/generated", "en")["names"])
    for lang in SUPPORTED_LANGUAGES:
        data = load_rules("countries", lang)
        assert set(data.get("countries") or {}) <= generated, lang
        for city, info in (data.get("cities") or {}).items():
            assert info["country"] in generated, (lang, city)


def test_alternation_puts_longer_words_first() -> None:
    pattern = compile_words(("US", "US dollar"))
    assert pattern.search("50 US dollars").group() == "US"
    assert pattern.search("a US dollar bond").group() == "US dollar"
    assert alternation(["/abc\\w+/"]) == "abc\\w+"


def test_compile_words_respects_word_boundaries_in_cyrillic() -> None:
    pattern = compile_words(("до",))
    assert pattern.search("довести") is None
    assert pattern.search("увеличить до 5").group() == "до"


# (words, text): the first-letter look-ahead of compile_words must never lose a match
FIRST_LETTER_CASES = [
    (("deport", "/expel\\w*/", "Abschiebung"), "Iran DEPORTED, expelled; Abschiebungen, deport."),
    (("/a?bc/",), "bc and abc"),
    (("/(?:grew|rose) to/",), "trade rose to $1 billion"),
    (("/x|deport/",), "a deport x"),
    (("$", "US$"), "paid $5 or US$6"),
    (("Іран", "éloigné"), "іран Éloigné"),
]


@pytest.mark.parametrize(("words", "text"), FIRST_LETTER_CASES)
def test_compile_words_lookahead_finds_what_the_plain_pattern_finds(
    words: tuple[str, ...], text: str
) -> None:
    plain = re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.IGNORECASE)
    fast = compile_words(words)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_words_pattern_fills_its_template_or_never_matches() -> None:
    """A word list put into a template; a language without the list gets NEVER."""
    from tracker.extract.rules import NEVER, words_pattern

    pattern = words_pattern(["but", "while"], r"[,;]\s+(?:{alt})(?!\w)")
    assert pattern.search("talks went on, but he left") is not None
    assert pattern.search("butter, bread") is None
    assert words_pattern(None, r"(?:{alt})") is NEVER
    assert words_pattern([], r"(?:{alt})") is NEVER
