"""The pattern cache (tracker.extract.patterns): what it gives is what `re.compile` gives,
from a cache file or without one, and a damaged, foreign or unwritable cache never
makes a pattern wrong or an extraction fail."""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tracker.extract import patterns

ROOT = Path(__file__).resolve().parent.parent.parent

# (pattern, flags): groups, names, look-arounds, Cyrillic, case folding, sets
CASES = [
    (r"(?<!\w)(?:visit(?:ed|s)?|trip)(?!\w)", re.IGNORECASE),
    (r"(?P<count>\d[\d\s,.]*)\s*(?P<unit>млн|тыс\.?)", 0),
    (r"^(?:\s|и|and|et|und)*$", re.IGNORECASE | re.MULTILINE),
    (r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", 0),
    (r"(?P<a>x)(?P<b>y)?(?(b)z|w)", re.DOTALL),
]
TEXTS = [
    "Visited Kabul; the TRIP was short",
    "выслано 30 тыс. и 1,2 млн человек",
    "и and et\nund",
    "Pakistani-Afghan l’Iran Kasachstan",
    "xyz xw x",
]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(patterns.ENV_DIR, str(tmp_path))
    patterns.reset()
    yield tmp_path
    patterns.reset()


def _same(pattern: str, flags: int) -> None:
    compiled = patterns.compile(pattern, flags)
    expected = re.compile(pattern, flags)
    assert compiled == expected  # same text, flags and code
    assert compiled.groupindex == expected.groupindex
    assert compiled.groups == expected.groups
    for text in TEXTS:
        assert [m.span() for m in compiled.finditer(text)] == [
            m.span() for m in expected.finditer(text)
        ]
        assert [m.groupdict() for m in compiled.finditer(text)] == [
            m.groupdict() for m in expected.finditer(text)
        ]


@pytest.mark.parametrize(("pattern", "flags"), CASES)
def test_a_pattern_from_the_cache_file_is_the_one_re_compiles(
    cache_dir: Path, pattern: str, flags: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    _same(pattern, flags)  # assembled here, then written
    patterns.save()
    assert patterns.cache_path() is not None and patterns.cache_path().is_file()
    patterns.reset()

    def no_assembling(*args: object) -> None:
        raise AssertionError("assembled again instead of read from the file")

    monkeypatch.setattr(patterns, "_assemble", no_assembling)
    _same(pattern, flags)


# Extracts a sample in every language in a fresh process; prints the facts, how many
# patterns came from the cache file and how many were assembled anew.
_CHILD = """
import json, sys
from datetime import date
from tracker.extract import extract_document, patterns

text = open(sys.argv[1], encoding="utf-8").read()
facts = [
    extract_document(text, name="s", language=lang, published=date(2025, 4, 21)).to_contract()
    for lang in ("en", "de", "ru", "fr")
]
state = patterns._CACHE
print(json.dumps({"facts": facts, "read": len(state.used) - state.new, "new": state.new}))
"""


def _child(cache: Path) -> dict[str, object]:
    sample = min((ROOT / "seeds").glob("*.txt"))
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(sample)],
        capture_output=True,
        text=True,
        env={**os.environ, patterns.ENV_DIR: str(cache)},
        cwd=ROOT,
        check=True,
    )
    return json.loads(done.stdout)


def test_a_second_run_reads_every_rule_pattern_from_the_cache_and_extracts_the_same(
    tmp_path: Path,
) -> None:
    first = _child(tmp_path)
    assert first["read"] == 0 and first["new"] > 500  # the rules of four languages
    again = _child(tmp_path)
    assert again["new"] == 0 and again["read"] == first["new"]
    assert again["facts"] == first["facts"]
    # and every stored pattern is the one re.compile gives
    stored = marshal.loads(next(tmp_path.iterdir()).read_bytes()[32:])
    assert len(stored) == first["new"]
    patterns.reset()
    try:
        for (pattern, flags), entry in stored.items():
            assert patterns._sre.compile(pattern, *entry) == re.compile(pattern, flags)
    finally:
        patterns.reset()


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda raw: raw[: len(raw) // 2], id="truncated"),
        pytest.param(lambda raw: b"\x00" * len(raw), id="zeroed"),
        pytest.param(lambda raw: raw[:40] + b"x" + raw[41:], id="one-byte-flipped"),
        pytest.param(lambda raw: b"", id="empty"),
    ],
)
def test_a_damaged_cache_file_is_ignored_and_rewritten(cache_dir: Path, damage: object) -> None:
    pattern, flags = CASES[0]
    patterns.compile(pattern, flags)
    patterns.save()
    path = patterns.cache_path()
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    patterns.reset()
    _same(pattern, flags)
    patterns.save()
    raw = path.read_bytes()
    assert hashlib.sha256(raw[32:]).digest() == raw[:32]
    assert (pattern, flags) in marshal.loads(raw[32:])


def test_an_entry_the_engine_refuses_is_assembled_again(cache_dir: Path) -> None:
    # a file whose checksum holds but whose code is not valid regex code
    pattern, flags = CASES[1]
    body = marshal.dumps({(pattern, flags): (int(flags | re.UNICODE), [999, 1, 2], 1, {}, (None,))})
    path = patterns.cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(hashlib.sha256(body).digest() + body)
    patterns.reset()
    _same(pattern, flags)


def test_an_empty_setting_turns_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(patterns.ENV_DIR, "")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    patterns.reset()
    try:
        assert patterns.cache_path() is None
        _same(*CASES[0])
        patterns.save()
        assert list(tmp_path.iterdir()) == []
    finally:
        patterns.reset()


def test_without_a_setting_the_cache_lives_in_the_user_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(patterns.ENV_DIR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert patterns.cache_path().parent == tmp_path / "xdg" / "tracker"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert patterns.cache_path().parent == tmp_path / "home" / ".cache" / "tracker"


def test_an_unwritable_cache_folder_costs_nothing_but_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(patterns.ENV_DIR, str(blocker / "cache"))
    patterns.reset()
    try:
        _same(*CASES[2])
        patterns.save()  # cannot create the folder: no error
        assert blocker.read_text() == "not a folder"
    finally:
        patterns.reset()


def test_a_bad_pattern_raises_what_re_raises(cache_dir: Path) -> None:
    with pytest.raises(re.error) as ours:
        patterns.compile(r"(?P<x>a", 0)
    with pytest.raises(re.error) as theirs:
        re.compile(r"(?P<x>a", 0)
    assert str(ours.value) == str(theirs.value)
    _same(*CASES[0])  # and the cache still works


def test_without_a_home_folder_there_is_no_cache_and_no_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv(patterns.ENV_DIR, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    patterns.reset()
    try:
        assert patterns.cache_path() is None
        _same(*CASES[0])
    finally:
        patterns.reset()
