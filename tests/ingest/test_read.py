"""Reading input files: every refusal has a clear reason; encodings are decoded right."""

from __future__ import annotations

import codecs
import inspect
import os
from pathlib import Path

import pytest

from tracker.errors import InputError, TrackerError
from tracker.ingest.read import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_SUFFIXES,
    iter_input_files,
    read_text,
)

FRENCH = "Le ministre a précisé que l'accord prévoit une coopération élargie à l'été."
RUSSIAN = "Министр сообщил, что стороны договорились расширить торговлю и сотрудничество."
GERMAN = "Die Delegation reiste über München nach Kabul; die Gespräche dauerten länger."


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"", "empty file", id="empty"),
        pytest.param(b"  \n\t \r\n  ", "empty file (only whitespace)", id="whitespace-only"),
        pytest.param(b"text\x00with\x00nul", "binary file (NUL bytes)", id="nul-bytes"),
        pytest.param(
            bytes(range(1, 9)) * 40 + b"a few letters", "binary file (control", id="control-chars"
        ),
        pytest.param(
            bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 60 + b"\xff\xfe\xfd" * 50,
            "undecodable bytes",
            id="undecodable",
        ),
    ],
)
def test_read_text_refuses_bad_content(tmp_path: Path, data: bytes, reason: str) -> None:
    path = _write(tmp_path, "bad.txt", data)
    with pytest.raises(InputError) as info:
        read_text(path)
    assert info.value.reason.startswith(reason)
    assert str(path) in str(info.value)
    assert isinstance(info.value, TrackerError)


def test_read_text_missing(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or directory"):
        read_text(tmp_path / "absent.txt")


def test_read_text_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read_text(tmp_path)


def test_read_text_unreadable(tmp_path: Path) -> None:
    path = _write(tmp_path, "locked.txt", b"some words here")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("this user (root?) can read a chmod 000 file anyway")
        with pytest.raises(InputError, match="permission denied"):
            read_text(path)
    finally:
        path.chmod(0o644)


def test_read_text_over_limit_names_size_limit_and_option(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.txt", b"word " * 400)
    with pytest.raises(InputError) as info:
        read_text(path, max_bytes=1024)
    reason = info.value.reason
    assert "2000 bytes" in reason or "2.0 KB" in reason
    assert "1.0 KB" in reason
    assert "--max-bytes" in reason


def test_read_text_checks_size_before_reading(tmp_path: Path, monkeypatch) -> None:
    path = _write(tmp_path, "big.txt", b"x" * 4096)

    def forbidden(self: Path) -> bytes:
        raise AssertionError("read the file although it is over the limit")

    monkeypatch.setattr(Path, "read_bytes", forbidden)
    with pytest.raises(InputError, match="too large"):
        read_text(path, max_bytes=100)


def test_default_limit_is_five_megabytes() -> None:
    assert DEFAULT_MAX_BYTES == 5 * 1024 * 1024
    assert inspect.signature(read_text).parameters["max_bytes"].default == DEFAULT_MAX_BYTES


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(FRENCH.encode("utf-8"), FRENCH, id="utf8"),
        pytest.param(codecs.BOM_UTF8 + FRENCH.encode("utf-8"), FRENCH, id="utf8-bom"),
        pytest.param(codecs.BOM_UTF16_LE + RUSSIAN.encode("utf-16-le"), RUSSIAN, id="utf16-le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + GERMAN.encode("utf-16-be"), GERMAN, id="utf16-be-bom"),
        pytest.param((RUSSIAN + "\n") * 4, (RUSSIAN + "\n") * 4, id="cp1251-russian"),
        pytest.param((FRENCH + "\n") * 4, (FRENCH + "\n") * 4, id="latin1-french"),
    ],
)
def test_read_text_decodes(tmp_path: Path, data: bytes | str, expected: str) -> None:
    if isinstance(data, str):
        # Legacy single-byte encodings, as old Windows tools save them.
        encoding = "cp1251" if any("а" <= ch <= "я" for ch in data) else "latin-1"
        data = data.encode(encoding)
    path = _write(tmp_path, "doc.txt", data)
    raw, text = read_text(path)
    assert raw == data
    assert text == expected


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "b_sub" / "deeper").mkdir(parents=True)
    (root / ".hidden_dir").mkdir()
    for rel in (
        "z.txt",
        "a.html",
        "m.md",
        "c.htm",
        "notes.pdf",
        "image.png",
        ".secret.txt",
        "b_sub/two.TXT",
        "b_sub/deeper/one.txt",
        ".hidden_dir/inside.txt",
    ):
        (root / rel).write_text("words", encoding="utf-8")
    return root


def test_iter_input_files_walks_sorted_and_filters(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    found = list(iter_input_files([root]))
    assert all(isinstance(p, Path) for p in found)
    got = [p.relative_to(root).as_posix() for p in found if isinstance(p, Path)]
    assert got == ["a.html", "b_sub/deeper/one.txt", "b_sub/two.TXT", "c.htm", "m.md", "z.txt"]


def test_iter_input_files_is_lazy(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    files = iter_input_files([root, tmp_path / "missing"])
    assert inspect.isgenerator(files)
    first = next(files)
    assert isinstance(first, Path) and first.name == "a.html"


def test_iter_input_files_yields_missing_as_error_and_goes_on(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    explicit = root / "notes.pdf"
    got = list(iter_input_files([tmp_path / "missing.txt", explicit, root / "z.txt"]))
    assert isinstance(got[0], InputError)
    assert got[0].reason == "no such file or directory"
    assert got[0].path == str(tmp_path / "missing.txt")
    # A file named explicitly is passed on whatever its suffix; the reader judges it.
    assert got[1:] == [explicit, root / "z.txt"]


def test_supported_suffixes() -> None:
    assert SUPPORTED_SUFFIXES == (".txt", ".html", ".htm", ".md")


def test_read_text_permission_error_is_an_input_error(tmp_path: Path, monkeypatch) -> None:
    # Runs even as root, where chmod 000 does not stop reading.
    path = _write(tmp_path, "locked.txt", b"some words here")

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(InputError, match="permission denied"):
        read_text(path)


def test_read_text_refuses_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_text(fifo)


def test_read_text_keeps_utf8_with_a_broken_byte(tmp_path: Path) -> None:
    good = (RUSSIAN + "\n") * 5
    data = good.encode("utf-8")
    data = data[:40] + data[41:]  # cut one multi-byte character in half
    _, text = read_text(_write(tmp_path, "cut.txt", data))
    # One replacement character where the cut was; everything else decoded as UTF-8.
    assert text.count("\ufffd") == 1
    assert text.startswith(RUSSIAN[:20])
    assert text.endswith(good[-60:])


def test_read_text_refuses_nul_characters_behind_a_bom(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_LE + "text\x00more".encode("utf-16-le")
    with pytest.raises(InputError, match="NUL"):
        read_text(_write(tmp_path, "odd.txt", data))
