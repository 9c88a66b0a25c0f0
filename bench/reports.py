"""Benchmark: each `tracker report` as a library call beside the same SQL on a bare DB-API cursor.

A synthetic database of N facts (bench/synth.py) is filled once; then each case
runs in its own child process, twice: "library" builds the report, streams its
rows through `stream_rows` and writes them as CSV to a null sink (what
`tracker report NAME --format csv > /dev/null` does, minus start-up); "raw" runs
the report's compiled SQL on the driver's cursor (sqlite3, or a psycopg
server-side cursor) and writes the same rows through the same CSV writer. The
ratio is library / raw wall time (target: at most 1.2); the client CPU
columns show the library's own cost apart from the database's, which on a
busy machine varies more than the overhead. Peak memory is the child's
ru_maxrss; "idle" is a child that only imports and connects, so memory is flat
when a case stays near it.

    python -m bench.reports --db sqlite:////tmp/bench.db --facts 1000000
    python -m bench.reports --db postgresql+psycopg://postgres@127.0.0.1:5432/postgres

For PostgreSQL the URL names a server: the benchmark creates a scratch
database there and drops it afterwards (`--keep` keeps it and logs its URL).
A database that already holds the schema, either backend, is measured as it
is (delete it to refill). `--only TEXT` runs the cases whose label holds TEXT.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import os
import resource
import shlex
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Select, create_engine, inspect, text
from sqlalchemy.engine import make_url

LOGGER = logging.getLogger(__name__)

FETCH = 2000
AS_OF = date(2024, 4, 1)


@dataclass(frozen=True)
class Case:
    """One measured report call: a report name and its options."""

    label: str
    report: str
    country: str | None = None
    since: date | None = None
    until: date | None = None


CASES = (
    Case("visits", "visits"),
    Case("visits --country KAZ --since 2020-01-01", "visits", "KAZ", date(2020, 1, 1)),
    Case("actions --as-of 2024-04-01", "actions"),
    Case("actions --country KAZ", "actions", "KAZ"),
    Case("targets", "targets"),
    Case("targets --country KAZ", "targets", "KAZ"),
    Case("deportations", "deportations"),
    Case("deportations --country PAK --since 2020-01-01", "deportations", "PAK", date(2020, 1, 1)),
    Case("deportations --totals", "totals"),
    Case("summary", "summary"),
)


def _selects(case: Case) -> list[Select[Any]]:
    """The statements a case runs, for the raw side."""
    from tracker.report.reports import (
        ReportFilters,
        build_report,
        deportation_totals_selects,
        summary_selects,
    )

    filters = ReportFilters(case.country, case.since, case.until)
    if case.report == "totals":
        return list(deportation_totals_selects(filters))
    if case.report == "summary":
        return summary_selects()
    return [build_report(case.report, filters, as_of=AS_OF).statement]


def _library(url: str, case: Case, sink: Any) -> int:
    from tracker.report import render
    from tracker.report.reports import (
        ReportFilters,
        build_report,
        deportation_totals,
        stream_batches,
        summary,
    )
    from tracker.store.session import make_engine

    engine = make_engine(url)
    filters = ReportFilters(case.country, case.since, case.until)
    with engine.connect() as connection:
        started, cpu = time.perf_counter(), time.process_time()
        if case.report == "totals":
            rows: Any = [tuple(r.values()) for r in deportation_totals(connection, filters)]
            n = render.write_csv(rows, ["x"] * len(rows[0]) if rows else [], sink)
        elif case.report == "summary":
            result = summary(connection)
            n = render.write_csv((tuple(r.values()) for r in result["latest"]), ["x"] * 5, sink)
        else:
            report = build_report(case.report, filters, as_of=AS_OF)
            # What `tracker report NAME --format csv` runs.
            n = render.write_csv_batches(stream_batches(connection, report), report.columns, sink)
        elapsed = (time.perf_counter() - started, time.process_time() - cpu)
    engine.dispose()
    return n, elapsed  # type: ignore[return-value]


def _raw(url: str, case: Case, sink: Any) -> tuple[int, float]:
    engine = create_engine(url)
    dialect = engine.dialect
    sqls = [
        str(s.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
        for s in _selects(case)
    ]
    parsed = make_url(url)
    if dialect.name == "sqlite":
        import sqlite3

        conn: Any = sqlite3.connect(parsed.database)
    else:
        import psycopg

        conn = psycopg.connect(
            host=parsed.host, port=parsed.port, user=parsed.username,
            password=parsed.password, dbname=parsed.database,
        )  # fmt: skip
    writer = csv.writer(sink, lineterminator="\n")
    n = 0
    started, cpu = time.perf_counter(), time.process_time()
    for k, sql in enumerate(sqls):
        # A server-side cursor on PostgreSQL, as `stream_rows` uses, for flat memory.
        cursor = conn.cursor(f"bench{k}") if dialect.name == "postgresql" else conn.cursor()
        cursor.execute(sql)
        while batch := cursor.fetchmany(FETCH):
            writer.writerows(batch)
            n += len(batch)
        cursor.close()
    elapsed = (time.perf_counter() - started, time.process_time() - cpu)
    conn.close()
    return n, elapsed


def _idle(url: str) -> tuple[int, float]:
    from tracker.report import reports  # noqa: F401  (same imports as a library child)
    from tracker.store.session import make_engine

    engine = make_engine(url)
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))
    return 0, 0.0


def child(mode: str, url: str, index: int) -> None:
    """Run one measurement in this process and print it as JSON."""
    with open(os.devnull, "w", encoding="utf-8", newline="") as sink:
        if mode == "idle":
            n, elapsed = _idle(url)
        elif mode == "library":
            n, elapsed = _library(url, CASES[index], sink)
        else:
            n, elapsed = _raw(url, CASES[index], sink)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    wall, cpu = elapsed if isinstance(elapsed, tuple) else (elapsed, 0.0)
    print(json.dumps({"rows": n, "seconds": wall, "cpu": cpu, "peak_mb": peak_kb / 1024}))


def _measure(mode: str, url: str, index: int) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "bench.reports", "--child", mode, "--case", str(index), "--db", url],
        check=True,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _prepare(url: str, facts: int) -> tuple[str, str | None]:
    """The URL of a filled database, and a scratch database name to drop afterwards."""
    from bench.synth import fill

    parsed = make_url(url)
    engine = create_engine(url)
    try:
        filled = inspect(engine).has_table("visits")
    finally:
        engine.dispose()
    if filled:
        # A database that holds the schema already is measured as it is.
        LOGGER.info("reusing %s", parsed.database)
        return url, None
    if parsed.get_backend_name() == "sqlite":
        fill(url, facts).dispose()
        return url, None
    name = f"tracker_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    scratch = parsed.set(database=name).render_as_string(hide_password=False)
    fill(scratch, facts).dispose()
    return scratch, name


def _drop(url: str, name: str) -> None:
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    admin.dispose()


def run(url: str, facts: int, repeat: int, keep: bool, only: str | None = None) -> str:
    """Fill, measure every case `repeat` times (medians), and return a markdown table."""
    started = time.perf_counter()
    target, scratch = _prepare(url, facts)
    fill_seconds = time.perf_counter() - started
    backend = make_url(url).get_backend_name()
    lines = [
        f"{backend}, {facts:,} facts (filled in {fill_seconds:.1f} s), median of {repeat}",
        "",
        (
            "| case | rows | library s | raw SQL s | ratio | client CPU s, library / raw "
            "| library peak MB | raw peak MB |"
        ),
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    try:
        idle = _measure("idle", target, 0)["peak_mb"]
        for index, case in enumerate(CASES):
            if only and only not in case.label:
                continue
            # Alternate the two sides, so load from other processes hits both alike.
            lib, raw = [], []
            for _ in range(repeat):
                lib.append(_measure("library", target, index))
                raw.append(_measure("raw", target, index))
            lib_s = statistics.median(m["seconds"] for m in lib)
            raw_s = statistics.median(m["seconds"] for m in raw)
            lines.append(
                f"| {case.label} | {lib[0]['rows']:,} | {lib_s:.3f} | {raw_s:.3f} | "
                f"{lib_s / raw_s if raw_s else float('nan'):.2f} | "
                f"{statistics.median(m['cpu'] for m in lib):.2f} / "
                f"{statistics.median(m['cpu'] for m in raw):.2f} | "
                f"{max(m['peak_mb'] for m in lib):.0f} | {max(m['peak_mb'] for m in raw):.0f} |"
            )
            LOGGER.info(lines[-1])
        lines += ["", f"idle child (imports + connect): {idle:.0f} MB"]
    finally:
        if scratch and not keep:
            _drop(url, scratch)
        elif scratch:
            LOGGER.info("kept %s", make_url(target).render_as_string(hide_password=True))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: run the benchmark and print a markdown table and the command."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="sqlite:////tmp/tracker-bench-reports.db")
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the PostgreSQL scratch db")
    parser.add_argument("--only", help="run only the cases whose label contains this text")
    parser.add_argument("--child", choices=("library", "raw", "idle"), help=argparse.SUPPRESS)
    parser.add_argument("--case", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.db, args.case)
        return 0
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    for name in ("alembic", "alembic.runtime.migration"):
        logging.getLogger(name).setLevel(logging.WARNING)
    table = run(args.db, args.facts, args.repeat, args.keep, args.only)
    command = shlex.join(["python", "-m", "bench.reports", *(argv or sys.argv[1:])])
    print(table)
    print(f"\ncommand: {command}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
