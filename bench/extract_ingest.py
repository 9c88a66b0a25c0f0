"""Benchmark: documents per second and peak memory of extraction and of ingest.

A corpus of realistic articles is built by recombining the sample articles under
seeds/ and tests/fixtures/corpus/docs/: each generated article keeps one
sample's page around it (menus, headline, dateline, tag soup, HTML, tables) and
gets its body paragraphs drawn from samples of the same language, so cleaning
and extraction see the same kinds of text as in real use. Every article is
distinct (ingest would skip duplicates).

Two runs per corpus size, each in a child process so that its peak RSS
(`ru_maxrss`) is its own:

- extract: read_text + clean_text + detect_language (and foreign_passages) +
  find_published (find_issue_month when it finds none) + find_title
  + `tracker.extract.extract_document`, what `tracker extract` does per file;
- ingest: `tracker.pipeline.ingest_paths` into a fresh, migrated SQLite file
  (one transaction per document), what `tracker ingest FOLDER` does.

"RSS growth" is the child's peak RSS at the end minus its peak after the first
WARMUP documents: near zero when memory stays flat as the corpus grows.
Run sizes 1000 and 4000 to compare:

    .venv/bin/python -m bench.extract_ingest --docs 1000 4000

It prints markdown tables for the README: throughput and memory of each run, and
the extract run's time per stage. "documents/CPU-s" divides by the child's own
CPU time, so it moves less than wall-clock throughput when the machine is shared.

The children use the rule-pattern cache as `tracker` does (tracker.extract.patterns);
the extract run says how many patterns it read from it and how many it compiled,
so a cold start (about 0.35 s more) shows.

The README records the figures of the latest run and how they compare with
earlier ones (only runs on the same machine compare). The children start the
cyclic garbage collector as rarely as the `tracker` command does
(`tracker.extract.tune_collector`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import random
import re
import resource
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

LOGGER = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_GLOBS: tuple[str, ...] = ("seeds/*.txt", "tests/fixtures/corpus/docs/**/*")
SAMPLE_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm")
WARMUP = 50
TARGET_BYTES = 4096
# A body paragraph: a line or block of at least this many words.
PARAGRAPH_MIN_WORDS = 12
_LANG_PREFIX_RE = re.compile(r"^(en|de|ru|fr)_")
_HTML_PARAGRAPH_RE = re.compile(r"<p>(.*?)</p>", re.DOTALL | re.IGNORECASE)


@dataclass(frozen=True)
class Sample:
    """One sample article split into its page head, body paragraphs and page tail."""

    name: str
    suffix: str
    language: str
    head: str
    paragraphs: tuple[str, ...]
    tail: str


def _language(path: Path, text: str) -> str:
    m = _LANG_PREFIX_RE.match(path.name)
    if m:
        return m.group(1)
    from tracker.ingest.clean import clean_text
    from tracker.ingest.language import detect_language

    return detect_language(clean_text(text)) or "en"


def _split_text(text: str) -> tuple[str, list[str], str]:
    """Head (lines before the first paragraph), paragraphs, tail (lines after the last)."""
    lines = text.split("\n")
    para = [i for i, line in enumerate(lines) if len(line.split()) >= PARAGRAPH_MIN_WORDS]
    if not para:
        return text, [], ""
    first, last = para[0], para[-1]
    head = "\n".join(lines[:first])
    tail = "\n".join(lines[last + 1 :])
    return head, [lines[i] for i in para], tail


def _split_html(text: str) -> tuple[str, list[str], str]:
    found = list(_HTML_PARAGRAPH_RE.finditer(text))
    found = [m for m in found if len(m.group(1).split()) >= PARAGRAPH_MIN_WORDS]
    if not found:
        return text, [], ""
    return text[: found[0].start()], [m.group(0) for m in found], text[found[-1].end() :]


def load_samples(root: Path = ROOT) -> list[Sample]:
    """Every sample article under seeds/ and tests/fixtures/corpus/docs/, split for recombining."""
    samples = []
    paths = sorted({p for pattern in SAMPLE_GLOBS for p in root.glob(pattern) if p.is_file()})
    for path in paths:
        if path.suffix.lower() not in SAMPLE_SUFFIXES:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        html = path.suffix.lower() in (".html", ".htm")
        head, paragraphs, tail = _split_html(text) if html else _split_text(text)
        if not paragraphs:
            continue
        samples.append(
            Sample(
                path.name, path.suffix.lower(), _language(path, text), head, tuple(paragraphs), tail
            )
        )
    if not samples:
        raise SystemExit(f"no sample articles found under {root} ({', '.join(SAMPLE_GLOBS)})")
    return samples


def generate(samples: Sequence[Sample], count: int, seed: int = 7) -> Iterator[tuple[str, str]]:
    """(file name, text) of `count` distinct articles recombined from the samples."""
    rng = random.Random(seed)
    pools: dict[str, list[str]] = {}
    for s in samples:
        pools.setdefault(s.language + s.suffix.replace(".htm", ".html"), []).extend(s.paragraphs)
    seen: set[str] = set()
    n = 0
    while n < count:
        template = rng.choice(samples)
        pool = pools[template.language + template.suffix.replace(".htm", ".html")]
        body: list[str] = [template.paragraphs[0]]  # the lead stays with its headline
        size = len(template.head) + len(template.tail) + len(body[0])
        while size < TARGET_BYTES:
            paragraph = rng.choice(pool)
            body.append(paragraph)
            size += len(paragraph) + 2
        sep = "\n" if template.suffix in (".html", ".htm") else "\n\n"
        text = template.head + sep.join(body) + "\n" + template.tail
        digest = hashlib.sha256(text.encode()).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        yield f"{n:06d}_{template.name}", text
        n += 1


def write_corpus(folder: Path, samples: Sequence[Sample], count: int) -> int:
    """Write `count` articles into `folder` (500 per subfolder); return the bytes written."""
    total = 0
    for name, text in generate(samples, count):
        sub = folder / f"part{int(name[:6]) // 500:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (sub / name).write_bytes(data)
        total += len(data)
    return total


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_mb() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_extract(folder: Path) -> dict[str, object]:
    """Child: read, clean, detect, date and extract every file; time each stage."""
    from tracker.extract import extract_document
    from tracker.ingest.clean import clean_text, find_title
    from tracker.ingest.language import detect_language, foreign_passages
    from tracker.ingest.published import find_issue_month, find_published
    from tracker.ingest.read import iter_input_files, read_text

    stages = dict.fromkeys(("read", "clean", "language", "published+title", "extract"), 0.0)
    docs = facts = 0
    warm_mb = 0.0
    start, cpu_start = time.perf_counter(), _cpu_seconds()
    for path in iter_input_files([folder]):
        if isinstance(path, Exception):
            continue
        t0 = time.perf_counter()
        _, raw = read_text(path)
        t1 = time.perf_counter()
        cleaned = clean_text(raw, html=True if path.suffix in (".html", ".htm") else None)
        t2 = time.perf_counter()
        language = detect_language(cleaned)
        passages = foreign_passages(cleaned, language)
        t3 = time.perf_counter()
        published = find_published(raw, cleaned, language)
        reference = None if published else find_issue_month(cleaned)
        find_title(raw, cleaned)
        t4 = time.perf_counter()
        extraction = extract_document(
            cleaned,
            name=path.name,
            language=language,
            published=published,
            reference=reference,
            passages=passages,
        )
        t5 = time.perf_counter()
        facts += len(extraction.facts())
        for key, took in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
            stages[key] += took
        docs += 1
        if docs == WARMUP:
            warm_mb = _peak_mb()
    seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu_start
    return {
        "docs": docs,
        "seconds": seconds,
        "cpu": cpu,
        "facts": facts,
        "peak_mb": _peak_mb(),
        "warm_mb": warm_mb,
        "stages_ms": {k: 1000 * v / max(docs, 1) for k, v in stages.items()},
        "patterns": _pattern_cache(),
    }


def _pattern_cache() -> str:
    """How this child got its rule patterns: from the cache file, assembled, or both."""
    from tracker.extract import patterns

    state = patterns._CACHE
    read = len(state.used) - state.new
    if state.path is None:
        return "pattern cache off"
    return f"pattern cache: {read} patterns read, {state.new} compiled"


def run_ingest(folder: Path, db_path: Path) -> dict[str, object]:
    """Child: ingest the folder into a fresh, migrated SQLite database."""
    from tracker.pipeline import ingest_paths
    from tracker.store.session import make_engine, upgrade

    engine = make_engine(f"sqlite:///{db_path}")
    upgrade(engine)
    statuses: dict[str, int] = {}
    docs = facts = 0
    warm_mb = 0.0
    start, cpu_start = time.perf_counter(), _cpu_seconds()
    for outcome in ingest_paths(engine, [folder]):
        statuses[outcome.status] = statuses.get(outcome.status, 0) + 1
        facts += outcome.facts
        docs += 1
        if docs == WARMUP:
            warm_mb = _peak_mb()
    seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu_start
    engine.dispose()
    return {
        "docs": docs,
        "seconds": seconds,
        "cpu": cpu,
        "facts": facts,
        "peak_mb": _peak_mb(),
        "warm_mb": warm_mb,
        "statuses": statuses,
        "db_mb": db_path.stat().st_size / 1024 / 1024,
    }


def _child(mode: str, folder: Path, db_path: Path | None) -> dict[str, object]:
    cmd = [sys.executable, "-m", "bench.extract_ingest", "--child", mode, "--folder", str(folder)]
    if db_path is not None:
        cmd += ["--db-file", str(db_path)]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"{mode} run failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: Sequence[str] | None = None) -> int:
    """Build corpora of the given sizes, run both measurements on each, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[1000, 4000])
    parser.add_argument("--only", choices=("extract", "ingest"), help="run one measurement")
    parser.add_argument("--keep", type=Path, help="write the corpora here and keep them")
    parser.add_argument("--child", choices=("extract", "ingest"), help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db-file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)

    if args.child:
        from tracker.extract import tune_collector

        tune_collector()  # as the `tracker` command does for its run
        if args.child == "extract":
            result = run_extract(args.folder)
        else:
            result = run_ingest(args.folder, args.db_file)
        print(json.dumps(result))
        return 0

    samples = load_samples()
    languages = sorted({s.language for s in samples})
    print(
        f"{len(samples)} sample articles ({', '.join(languages)}) recombined into"
        f" {', '.join(map(str, args.docs))} documents",
        file=sys.stderr,
    )
    rows = []
    with tempfile.TemporaryDirectory(prefix="tracker-bench-") as tmp:
        base = args.keep or Path(tmp)
        for count in args.docs:
            folder = base / f"corpus-{count}"
            size = write_corpus(folder, samples, count)
            print(f"corpus {count}: {size / count / 1024:.1f} KB a document", file=sys.stderr)
            if args.only in (None, "extract"):
                r = _child("extract", folder, None)
                stages = ", ".join(f"{k} {v:.2f}" for k, v in r["stages_ms"].items())
                print(f"extract {count}: ms per document: {stages}", file=sys.stderr)
                print(f"extract {count}: {r['patterns']}", file=sys.stderr)
                rows.append(("extract", r))
            if args.only in (None, "ingest"):
                db_path = Path(tmp) / f"ingest-{count}.db"
                r = _child("ingest", folder, db_path)
                print(f"ingest {count}: {r['statuses']}, {r['db_mb']:.1f} MB", file=sys.stderr)
                rows.append(("ingest", r))

    command = " ".join(
        [".venv/bin/python -m bench.extract_ingest", *map(shlex.quote, sys.argv[1:])]
    )
    print(f"`{command}` ({os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the end)")
    print()
    print(
        "| run | documents | wall s | documents/s | documents/CPU-s | facts | peak RSS MB"
        " | RSS growth after warm-up MB |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for mode, r in rows:
        docs, seconds, cpu = r["docs"], r["seconds"], r["cpu"]
        print(
            f"| {mode} | {docs} | {seconds:.1f} | {docs / seconds:.0f} | {docs / cpu:.0f} |"
            f" {r['facts']} | {r['peak_mb']:.0f} | {r['peak_mb'] - r['warm_mb']:.1f} |"
        )
    stage_rows = [(r["docs"], r["stages_ms"]) for mode, r in rows if mode == "extract"]
    if stage_rows:
        names = list(stage_rows[0][1])
        print()
        print("| extract run: ms per document | " + " | ".join(names) + " |")
        print("|---|" + "---:|" * len(names))
        for docs, stages in stage_rows:
            print(f"| {docs} documents | " + " | ".join(f"{stages[n]:.2f}" for n in names) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
