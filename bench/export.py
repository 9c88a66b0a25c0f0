"""Benchmark: `tracker export` and `tracker sql` beside the database's own command line.

A synthetic database of N facts (bench/synth.py, bulk-loaded) is filled once.
Each case then runs in its own child process, so its peak memory (VmHWM, the
child's high-water resident set, polled from /proc) is its own:

* full CSV export of a view: `export_facts()` (what `tracker export` calls)
  against `sqlite3 -csv -header DB "SELECT * FROM v_..."` or `psql -c "COPY
  (SELECT * FROM v_...) TO STDOUT WITH CSV HEADER"`; for one view
  (deportations) and for all four;
* an aggregate through `run_query()` (what `tracker sql` calls) against the same
  SQL in the command-line client;
* Parquet and JSON-lines exports of the same view, for scale;
* "idle": a child that only imports tracker, so flat memory means staying near it.

Times are the median of --repeat runs. "op s" is the operation alone, timed
inside the child; "wall s" includes process start-up (Python's imports, or the
client's). The ratio compares tracker's op time with the client's wall time,
the fairest reading of "within 1.5x of the command line".

    python -m bench.export --db sqlite:////tmp/bench_export.db --facts 1000000
    python -m bench.export --db postgresql+psycopg://postgres@127.0.0.1:5432/postgres

For PostgreSQL the URL names a server: a scratch database is created there and
dropped afterwards (`--keep` keeps it). A SQLite file that already holds data is
reused as it is (delete it to refill). Needs the `sqlite3` and `psql` clients
(Debian: apt-get install sqlite3 postgresql-client).
"""

from __future__ import annotations

import argparse
import json
import logging
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL, make_url

LOGGER = logging.getLogger(__name__)

AGGREGATE = (
    "SELECT from_country, period_label, sum(count) AS people, count(*) AS figures "
    "FROM v_deportations GROUP BY from_country, period_label ORDER BY 1, 2"
)
VIEWS = {
    "visits": "v_visits",
    "action_items": "v_action_items",
    "trade_targets": "v_trade_targets",
    "deportations": "v_deportations",
}


@dataclass
class Measure:
    """One case's medians: operation time, wall time, peak memory."""

    label: str
    command: str
    op_s: float | None
    wall_s: float
    rss_mb: float
    rows: int | None = None


# --- child side -------------------------------------------------------------------------------


def child(op: str, url: str, arg: str, out: str) -> None:
    """Run one operation in this (child) process and print its timing as JSON."""
    started = time.perf_counter()
    rows: int | None = None
    if op == "idle":
        from tracker.report import export, query  # noqa: F401  (the imports are the point)
        from tracker.store.session import make_engine

        make_engine(url).connect().close()
    elif op == "export":
        from tracker.report.export import export_facts
        from tracker.store.session import make_engine

        engine = make_engine(url)
        started = time.perf_counter()
        kind, fmt = arg.split(":")
        results = export_facts(engine, kind, fmt, Path(out))
        rows = sum(sum(r.rows.values()) for r in results)
    elif op == "sql":
        from tracker.report.export import write_rows
        from tracker.report.query import run_query

        started = time.perf_counter()
        columns, result = run_query(url, arg, timeout=0)
        with result:
            rows = write_rows("csv", columns, result, Path(out))
    else:
        raise SystemExit(f"unknown op {op}")
    print(json.dumps({"op_s": time.perf_counter() - started, "rows": rows}))


# --- parent side ------------------------------------------------------------------------------


def _peak_rss_mb(pid: int, proc: subprocess.Popen[bytes]) -> float:
    """Poll the child's VmHWM (its own high-water RSS) until it exits.

    ru_maxrss from wait4 would not do: a child forked from this process starts
    with the parent's pages counted, so every child would look at least as big
    as the benchmark itself.
    """
    peak = 0
    status_file = Path(f"/proc/{pid}/status")
    while proc.poll() is None:
        try:
            for line in status_file.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
                    break
        except (FileNotFoundError, ProcessLookupError, ValueError):
            break
        time.sleep(0.02)
    return peak / 1024


def _run(argv: list[str], stdout_path: Path | None = None) -> tuple[float, float, str]:
    """Run a child; return (wall seconds, peak RSS in MB, its stdout)."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        sink = stdout_path.open("wb") if stdout_path else out
        try:
            proc = subprocess.Popen(argv, stdout=sink, stderr=err)
            peak = _peak_rss_mb(proc.pid, proc)
            code = proc.wait()
            wall = time.perf_counter() - started
        finally:
            if stdout_path:
                sink.close()
        out.seek(0)
        err.seek(0)
        if code != 0:
            message = err.read().decode(errors="replace")[-500:]
            raise RuntimeError(f"{shlex.join(argv)} failed: {message}")
        return wall, peak, out.read().decode()


def _tracker(op: str, url: str, arg: str, out: Path) -> list[str]:
    return [sys.executable, "-m", "bench.export", "--child", op, "--db", url,
            "--arg", arg, "--out", str(out)]  # fmt: skip


def measure(
    label: str, argv: list[str], repeat: int, display: str, stdout_path: Path | None = None
) -> Measure:
    """Median op time, wall time and peak memory of `repeat` runs of a child."""
    ops, walls, rss, rows = [], [], [], None
    for _ in range(repeat):
        wall, peak, out = _run(argv, stdout_path)
        walls.append(wall)
        rss.append(peak)
        if out.strip().startswith("{"):
            info = json.loads(out.strip().splitlines()[-1])
            ops.append(info["op_s"])
            rows = info["rows"]
    return Measure(
        label,
        display,
        statistics.median(ops) if ops else None,
        statistics.median(walls),
        max(rss),
        rows,
    )


def _client_export(url: URL, sql: str) -> list[str]:
    if url.get_backend_name() == "sqlite":
        return ["sqlite3", "-csv", "-header", str(url.database), sql]
    conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
    return ["psql", conninfo, "-X", "-q", "-c", f"COPY ({sql}) TO STDOUT WITH CSV HEADER"]


def run_cases(url: URL, repeat: int, work: Path) -> list[Measure]:
    """Every case of the benchmark, tracker and client side by side."""
    raw = url.render_as_string(hide_password=False)
    shown = url.render_as_string(hide_password=True)
    results = [measure("idle (import tracker, connect)", _tracker("idle", raw, "", work / "x"),
                       repeat, "python -m bench.export --child idle")]  # fmt: skip

    def both(label: str, kind: str) -> None:
        out = work / (f"{kind}.csv" if kind != "all" else "all")
        results.append(
            measure(
                f"tracker export {kind} csv",
                _tracker("export", raw, f"{kind}:csv", out),
                repeat,
                f"export_facts(engine, {kind!r}, 'csv', {out.name!r})",
            )
        )
        views = list(VIEWS.values()) if kind == "all" else [VIEWS[kind]]
        # The client exports one view per run; `all` sums the views' medians.
        parts = [
            measure(
                f"client {view}",
                _client_export(url, f"SELECT * FROM {view}"),
                repeat,
                shlex.join(_client_export(url.set(password=None), f"SELECT * FROM {view}")),
                stdout_path=work / f"client_{view}.csv",
            )
            for view in views
        ]
        results.append(
            Measure(
                f"client export {kind} csv",
                parts[0].command if len(parts) == 1 else parts[0].command + "  (x4 views)",
                None,
                sum(p.wall_s for p in parts),
                max(p.rss_mb for p in parts),
            )
        )

    both("deportations", "deportations")
    both("all", "all")
    for fmt, name in (("parquet", "deportations.parquet"), ("json", "deportations.jsonl")):
        results.append(
            measure(
                f"tracker export deportations {fmt}",
                _tracker("export", raw, f"deportations:{fmt}", work / name),
                repeat,
                f"export_facts(engine, 'deportations', {fmt!r}, {name!r})",
            )
        )
    results.append(
        measure(
            "tracker sql aggregate",
            _tracker("sql", raw, AGGREGATE, work / "agg.csv"),
            repeat,
            f"run_query(url, AGGREGATE) -> csv   [{shown}]",
        )
    )
    client = _client_export(url, AGGREGATE)
    results.append(
        measure(
            "client aggregate",
            client,
            repeat,
            shlex.join(_client_export(url.set(password=None), AGGREGATE)),
            stdout_path=work / "client_agg.csv",
        )
    )
    return results


def table(results: Sequence[Measure]) -> str:
    """The results as a markdown table, each tracker case with its ratio to the client."""
    by_label = {m.label: m for m in results}
    pairs = {
        "tracker export deportations csv": "client export deportations csv",
        "tracker export all csv": "client export all csv",
        "tracker sql aggregate": "client aggregate",
    }
    lines = [
        "| case | rows | op s | wall s | ratio (op / client wall) | peak RSS MB | command |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for m in results:
        ratio = ""
        if m.label in pairs and m.op_s is not None:
            ratio = f"{m.op_s / by_label[pairs[m.label]].wall_s:.2f}x"
        op = f"{m.op_s:.2f}" if m.op_s is not None else ""
        rows = f"{m.rows:,}" if m.rows is not None else ""
        lines.append(
            f"| {m.label} | {rows} | {op} | {m.wall_s:.2f} | {ratio} | {m.rss_mb:.0f} | "
            f"`{m.command}` |"
        )
    return "\n".join(lines)


def _prepare(url: URL, facts: int, keep: bool) -> tuple[URL, URL | None]:
    """The database to measure, filled; and a scratch PostgreSQL database to drop later."""
    from bench.synth import fill

    if url.get_backend_name() == "sqlite":
        path = Path(str(url.database))
        if path.exists():
            engine = create_engine(url)
            with engine.connect() as conn:
                have = (
                    inspect(conn).has_table("deportation_figures")
                    and conn.execute(text("SELECT count(*) FROM deportation_figures")).scalar_one()
                )
            engine.dispose()
            if have:
                LOGGER.info("reusing %s (%s deportation figures)", path, have)
                return url, None
        started = time.perf_counter()
        fill(url.render_as_string(hide_password=False), facts).dispose()
        LOGGER.info("filled %s in %.1f s", path, time.perf_counter() - started)
        return url, None
    name = f"tracker_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    scratch = url.set(database=name)
    started = time.perf_counter()
    fill(scratch.render_as_string(hide_password=False), facts).dispose()
    LOGGER.info("filled %s in %.1f s", name, time.perf_counter() - started)
    return scratch, None if keep else url


def _drop(server: URL, scratch: URL) -> None:
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{scratch.database}" WITH (FORCE)'))
    admin.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: fill (or reuse) a database, run every case, print a markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="sqlite:////tmp/bench_export.db")
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the PostgreSQL scratch database")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--arg", default="", help=argparse.SUPPRESS)
    parser.add_argument("--out", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.db, args.arg, args.out)
        return 0
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for client in ("sqlite3", "psql"):
        if shutil.which(client) is None:
            LOGGER.warning("the %s client is missing: apt-get install %s", client, client)
    from tracker.store.session import resolve_url

    url = make_url(resolve_url(args.db))
    target, drop_from = _prepare(url, args.facts, args.keep)
    try:
        with tempfile.TemporaryDirectory(prefix="bench_export_") as work:
            results = run_cases(target, args.repeat, Path(work))
    finally:
        if drop_from is not None:
            _drop(drop_from, target)
    print(f"\n{url.get_backend_name()}, {args.facts:,} facts, median of {args.repeat}\n")
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
