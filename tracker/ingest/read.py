"""Find input files and read them as text: size limit, binary check, encoding detection.

Every refusal is an `InputError(path, reason)` whose reason a user can act on;
`iter_input_files` yields missing paths as errors instead of raising so that one
bad argument does not stop a batch.
"""

from __future__ import annotations

import codecs
import logging
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

import charset_normalizer

from tracker.errors import InputError

LOGGER = logging.getLogger(__name__)

DEFAULT_MAX_BYTES: int = 5 * 1024 * 1024
SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".html", ".htm", ".md")

# A text file may hold a few stray control characters (form feeds, escape codes
# pasted from a terminal); beyond this share of the first block it is not prose.
MAX_CONTROL_SHARE = 0.05
SNIFF_BYTES = 8192
# charset-normalizer's "chaos" score: above this the best guess is still garbage.
MAX_CHAOS = 0.3
# Invalid sequences tolerated in otherwise valid UTF-8 (or one per 1000 bytes).
MAX_BROKEN_UTF8 = 3
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = bytes([*range(9), 11, *range(14, 32), 127])


def _is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES and not path.name.startswith(".")


def _walk(folder: Path) -> Iterator[Path]:
    # os.scandir per level keeps memory bounded by one folder listing, not the tree.
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        LOGGER.warning("cannot list %s: %s", folder, exc.strerror or exc)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path))
        elif entry.is_file() and _is_supported(Path(entry.path)):
            yield Path(entry.path)


def iter_input_files(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Stream files to ingest: a file as given, a folder walked lazily and sorted.

    Folders are walked recursively, keeping only SUPPORTED_SUFFIXES and skipping
    hidden files and folders. A path named explicitly is yielded whatever its
    suffix (the reader decides). A missing path yields
    `InputError(path, "no such file or directory")` so the batch goes on.
    """
    for item in paths:
        path = Path(item)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield path
        else:
            yield InputError(str(path), "no such file or directory")


def _human(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{size} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"  # pragma: no cover - loop always returns


def _decode(path: Path, data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(str(path), f"undecodable {encoding} text: {exc.reason}") from exc
    if b"\x00" in data:
        raise InputError(str(path), "binary file (NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Scraped UTF-8 often carries a few broken bytes (a multi-byte character cut in
    # two); guessing another encoding for the whole file would garble all of it.
    lenient = data.decode("utf-8", errors="replace")
    broken = lenient.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = len(lenient) < len(data) - 2 * broken
    if multibyte and broken <= max(MAX_BROKEN_UTF8, len(data) // 1000):
        LOGGER.debug("%s: UTF-8 with %d broken bytes replaced", path, broken)
        return lenient
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.chaos > MAX_CHAOS:
        raise InputError(
            str(path), "undecodable bytes: not UTF-8 and no confident text encoding found"
        )
    LOGGER.debug("%s: decoded as %s (chaos %.2f)", path, best.encoding, best.chaos)
    return str(best)


def read_text(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, str]:
    """Return (raw bytes, decoded text) of one input file, or raise InputError saying why not."""
    name = str(path)
    try:
        st = path.stat()  # follows symlinks: a link to a file is read as that file
    except FileNotFoundError as exc:
        raise InputError(name, "no such file or directory") from exc
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}") from exc
    if stat.S_ISDIR(st.st_mode):
        raise InputError(name, "is a directory")
    if not stat.S_ISREG(st.st_mode):
        # A FIFO or device would block or never end.
        raise InputError(name, "not a regular file")
    # Checked before reading so a stray multi-gigabyte dump never lands in memory.
    if st.st_size > max_bytes:
        raise InputError(
            name,
            f"too large: {_human(st.st_size)} is over the limit of {_human(max_bytes)}"
            " (raise it with --max-bytes)",
        )
    try:
        data = path.read_bytes()
    except PermissionError as exc:
        raise InputError(name, "permission denied") from exc
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}") from exc
    if not data.strip():
        raise InputError(name, "empty file" if not data else "empty file (only whitespace)")
    head = data[:SNIFF_BYTES]
    has_bom = any(data.startswith(bom) for bom, _ in _BOMS)
    if not has_bom:
        if b"\x00" in head:
            raise InputError(name, "binary file (NUL bytes)")
        # bytes.translate counts in C: a Python loop over 8 KB would cost more than the read.
        control = len(head) - len(head.translate(None, _CONTROL))
        if control > MAX_CONTROL_SHARE * len(head):
            raise InputError(name, "binary file (control characters)")
    text = _decode(path, data)
    if "\x00" in text:
        # UTF-16/32 text full of U+0000 is a binary file with a BOM-like start.
        raise InputError(name, "binary file (NUL characters)")
    if not text.strip():
        raise InputError(name, "empty file (only whitespace)")
    return data, text
