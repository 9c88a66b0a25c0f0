"""`compile`: `re.compile` for rule patterns, kept assembled on disk between runs.

`re.compile` parses and assembles every pattern in Python before its C constructor,
`_sre.compile`, takes the result (a list of ints, "the code"). For the ~1,200 patterns
of the four languages' rules that costs about 0.4 s at every start of `tracker`: as
much as extracting 60 articles, and a third of the time `tracker extract FILE` takes.

`compile` stores each pattern's code in a cache file and, at the next start, hands it
straight to `_sre.compile`, as `re` itself does at its end: the same pattern (equal to
what `re.compile` gives: same text, flags and code), without the parsing.

- Where: `$TRACKER_CACHE_DIR`, else `$XDG_CACHE_HOME/tracker`, else `~/.cache/tracker`;
  `TRACKER_CACHE_DIR=""` turns the cache off. One file per Python build (its version
  and `re` engine are in the name), so another Python never reads it.
- What: `marshal` data of strings, ints, lists and dicts only (nothing is run on
  loading it), after its SHA-256 (a damaged file is ignored). A pattern is looked up by its text and flags, so a changed rule is
  simply a new entry.
- When: read at the first `compile`; written at exit when this run compiled
  patterns it did not find, to a temporary file renamed over the old one, so a
  reader sees a whole file or none. The file holds at most MAX_ENTRIES patterns.
- Anything unexpected (an unreadable or foreign file, a Python whose `re`
  internals differ, a full disk) means plain `re.compile` and, at most, a debug log
  line: the cache can make a start faster, never wrong.
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path

LOGGER = logging.getLogger(__name__)

try:  # the parser, the assembler and the C constructor `re` itself uses
    import _sre
    from re import _compiler as _sre_compiler
    from re import _parser as _sre_parser
except ImportError:  # pragma: no cover - a Python without them: no cache
    _sre = None  # type: ignore[assignment]

ENV_DIR = "TRACKER_CACHE_DIR"
# Patterns kept in the file at most: the rules of every language fit many times over;
# a run that would pass it keeps only the patterns it used.
MAX_ENTRIES = 8000
_FORMAT = 1  # bump when the file's layout changes
# The file starts with the SHA-256 of the rest: a damaged file is never used.
_DIGEST_SIZE = 32

# (pattern, flags) -> (flags as compiled, code, groups - 1, group names, names by index)
_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


class _Cache:
    def __init__(self) -> None:
        self.loaded = False
        self.path: Path | None = None
        self.entries: dict[tuple[str, int], _Entry] = {}
        self.used: set[tuple[str, int]] = set()
        self.new = 0
        self.checked = False  # the first pattern assembled here was compared with re's
        self.working = _sre is not None


_CACHE = _Cache()


def cache_path() -> Path | None:
    """The cache file for this Python, or None when the cache is off."""
    if _sre is None:
        return None
    configured = os.environ.get(ENV_DIR)
    if configured is not None:
        if not configured.strip():
            return None
        base = Path(configured)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
        if xdg:
            base = Path(xdg) / "tracker"
        else:
            try:
                base = Path.home() / ".cache" / "tracker"
            except (RuntimeError, KeyError):  # no home to be found (a bare container)
                return None
    build = hashlib.sha256(
        f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}".encode()
    ).hexdigest()[:16]
    return base / f"patterns-{_FORMAT}-{build}.marshal"


def _load() -> None:
    _CACHE.loaded = True
    path = cache_path()
    _CACHE.path = path
    if path is None:
        return
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return
    except OSError as exc:
        LOGGER.debug("pattern cache %s unreadable (%s); starting afresh", path, exc)
        return
    digest, body = raw[:_DIGEST_SIZE], raw[_DIGEST_SIZE:]
    try:
        if hashlib.sha256(body).digest() != digest:
            raise ValueError("checksum mismatch")
        data = marshal.loads(body)
    except (ValueError, EOFError, TypeError) as exc:
        LOGGER.debug("pattern cache %s unusable (%s); starting afresh", path, exc)
        return
    if isinstance(data, dict):
        _CACHE.entries = data


def _assemble(pattern: str, flags: int) -> tuple[re.Pattern[str], _Entry]:
    """What `re.compile(pattern, flags)` builds, and the parts `_sre.compile` took."""
    parsed = _sre_parser.parse(pattern, flags)
    code = [int(op) for op in _sre_compiler._code(parsed, flags)]
    names = parsed.state.groupdict
    by_index: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        by_index[index] = name
    entry: _Entry = (
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        dict(names),
        tuple(by_index),
    )
    return _sre.compile(pattern, *entry), entry


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the cache file when this pattern is in it."""
    if not _CACHE.loaded:
        _load()
    flags = int(flags)
    if _CACHE.path is None or not _CACHE.working:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    entry = _CACHE.entries.get(key)
    if entry is not None:
        try:
            compiled = _sre.compile(pattern, *entry)
        except (RuntimeError, TypeError, ValueError, OverflowError) as exc:
            # an entry `_sre` refuses (it checks the code it is given): assembled again
            LOGGER.debug("pattern cache entry for %r unusable: %s", pattern, exc)
            del _CACHE.entries[key]
        else:
            _CACHE.used.add(key)
            return compiled
    try:
        compiled, entry = _assemble(pattern, flags)
    except re.error:
        return re.compile(pattern, flags)  # raises what re.compile raises for a bad pattern
    except Exception:  # any surprise means: plain re.compile from now on
        LOGGER.debug("pattern cache off", exc_info=True)
        _CACHE.working = False
        return re.compile(pattern, flags)
    try:
        if not _CACHE.checked:
            # this Python's `re` assembles as it did when this module was written
            _CACHE.checked = True
            if compiled != re.compile(pattern, flags):
                raise ValueError("assembled pattern differs from re.compile's")
    except Exception:  # any surprise means: plain re.compile from now on
        LOGGER.debug("pattern cache off", exc_info=True)
        _CACHE.working = False
        return re.compile(pattern, flags)
    if not _CACHE.new:
        atexit.register(save)
    _CACHE.entries[key] = entry
    _CACHE.used.add(key)
    _CACHE.new += 1
    return compiled


def save() -> None:
    """Write the cache when this run assembled patterns it did not find (run at exit)."""
    path = _CACHE.path
    if path is None or not _CACHE.new or not _CACHE.working:
        return
    entries = _CACHE.entries
    if len(entries) > MAX_ENTRIES:
        entries = {k: v for k, v in entries.items() if k in _CACHE.used}
    body = marshal.dumps(entries)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(hashlib.sha256(body).digest())
                out.write(body)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError as exc:
        LOGGER.debug("pattern cache not written to %s: %s", path, exc)
        return
    _CACHE.new = 0


def reset() -> None:
    """Forget what was read: the next `compile` reads the cache file again (for tests)."""
    global _CACHE
    _CACHE = _Cache()
