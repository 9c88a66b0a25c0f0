"""Benchmark: machine instructions an article costs to extract, counted by callgrind.

Wall-clock figures move by ±20 % when other work shares the machine; instruction
counts do not, so they are the figure to compare two commits by (on the same
Python build). The articles are those of bench.extract_ingest (recombined
paragraphs of seeds/ and tests/fixtures/corpus/docs/), built in memory.

    .venv/bin/python -m bench.instructions --docs 100

Two children run under `valgrind --tool=callgrind`. Both import tracker, prepare
WARMUP + N articles as `tracker extract` does (read is skipped: the text is in
memory; clean, language, publication date) and extract the first WARMUP of them,
so that caches, the pattern cache, dateparser and pymorphy3 are warm; then what is alive
is frozen out of the cycle collector (`gc.freeze`), so that when a collection falls
due does not move the count. Only the first child then
extracts the next N. The difference of the two totals over N is what extracting
one article costs. The first child also prints a hash of the N articles' fact
contracts: equal hashes mean two commits give identical output on them.

Needs valgrind (a system package); takes about five minutes for 100 articles on a
2-core machine, most of it preparing the articles under valgrind.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bench.extract_ingest import ROOT, generate, load_samples

WARMUP = 50
_TOTALS_RE = re.compile(r"^(?:totals|summary):\s*(\d+)", re.MULTILINE)


def _callgrind(count: int, total: int, folder: Path) -> tuple[int, str]:
    """Instructions of one child run of `count` measured articles, and its output hash."""
    out_file = folder / f"callgrind.{count}"
    cmd = [
        "valgrind",
        "--tool=callgrind",
        f"--callgrind-out-file={out_file}",
        sys.executable,
        "-m",
        "bench.instructions",
        "--child",
        str(count),
        "--prepare",
        str(total),
    ]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"callgrind run failed:\n{done.stderr[-2000:]}")
    match = _TOTALS_RE.search(out_file.read_text())
    if match is None:
        raise SystemExit(f"no instruction total in {out_file}")
    lines = done.stdout.strip().splitlines()
    return int(match.group(1)), lines[-1] if lines else ""


def main(argv: Sequence[str] | None = None) -> int:
    """Count the instructions of extracting --docs articles; print the figure per article."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--docs", type=int, default=100, help="articles measured (default 100)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--prepare", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        # both children prepare the same articles; `--child N` extracts N of them
        digest = run_child(args.child, args.prepare)
        print(digest)
        return 0
    if args.docs < 1:
        parser.error("--docs must be at least 1")
    if shutil.which("valgrind") is None:
        print("error: valgrind not found; install it (apt install valgrind)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="tracker-instr-") as tmp:
        measured, digest = _callgrind(args.docs, args.docs, Path(tmp))
        base, _ = _callgrind(0, args.docs, Path(tmp))
    per_doc = (measured - base) / args.docs
    print("| articles | instructions an article | output hash |")
    print("|---:|---:|---|")
    print(f"| {args.docs} | {per_doc / 1e6:.2f} M | {digest} |")
    return 0


def run_child(count: int, total: int) -> str:
    """Child: prepare WARMUP + total articles, extract WARMUP + count of them."""
    from tracker.extract import extract_document, tune_collector
    from tracker.ingest.clean import clean_text
    from tracker.ingest.language import detect_language
    from tracker.ingest.published import find_published

    tune_collector()
    prepared = []
    for name, raw in generate(load_samples(), WARMUP + total):
        html = name.endswith((".html", ".htm"))
        cleaned = clean_text(raw, html=True if html else None)
        language = detect_language(cleaned)
        prepared.append((name, cleaned, language, find_published(raw, cleaned, language)))
    for name, cleaned, language, published in prepared[:WARMUP]:
        extract_document(cleaned, name=name, language=language, published=published)
    # what is alive now (models, caches, the prepared articles) is left out of later
    # collections, so that when one falls due no longer moves the count
    gc.collect()
    gc.freeze()
    digest = hashlib.sha256()
    for name, cleaned, language, published in prepared[WARMUP : WARMUP + count]:
        extraction = extract_document(cleaned, name=name, language=language, published=published)
        digest.update(json.dumps(extraction.to_contract(), sort_keys=True).encode())
    return digest.hexdigest()[:16]


if __name__ == "__main__":
    raise SystemExit(main())
