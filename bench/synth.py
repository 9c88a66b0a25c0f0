"""A synthetic tracker database of N facts, bulk-loaded, for the report and export benchmarks.

`fill(url, facts)` migrates a fresh database and loads documents, actors and
facts of the four kinds in roughly equal shares (visits also get counterparts):
SQLite through `executemany` in one transaction, PostgreSQL through `COPY`
(PERF.md: 1.3 s and 1.5 s per million rows; ORM inserts are 10-40x slower).
Values are random but valid under every CHECK constraint and deterministic for
a seed, so two runs measure the same data. Import it (`from bench.synth import
fill`) or run it: `python -m bench.synth --db URL --facts 1000000`.
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Engine, text

from tracker.report.render import batched
from tracker.store.session import make_engine, upgrade

LOGGER = logging.getLogger(__name__)

COUNTRIES = (
    "AFG", "KAZ", "UZB", "TKM", "TJK", "KGZ", "PAK", "IRN", "RUS", "CHN", "IND", "TUR",
    "DEU", "FRA", "USA", "GBR", "ARE", "SAU", "QAT", "AZE", "GEO", "ARM", "MNG", "BLR",
)  # fmt: skip
PRECISIONS = ("day", "month", "quarter", "half", "year", "ongoing", "unknown")
PRECISION_WEIGHTS = (30, 30, 12, 4, 10, 6, 8)
ACTION_STATUSES = ("proposed", "agreed", "ongoing", "done")
COMPARATORS = ("at_least", "more_than", "up_to", "exactly")
CURRENCIES = ("USD", "USD", "USD", "EUR", "CNY")
FACTS_PER_DOCUMENT = 10
ACTORS = 2000
BATCH = 20_000
CREATED = "2026-01-01 00:00:00"
FIRST_DAY = date(2015, 1, 1)
DAYS = 12 * 365

FACT_TABLES = ("visits", "action_items", "trade_targets", "deportation_figures")
_PROVENANCE = (
    "id", "document_id", "evidence", "evidence_start", "evidence_end", "rule",
    "extractor_version", "entered_by", "confirmed_by", "fingerprint", "created_at",
)  # fmt: skip
COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": (
        "id", "source", "title", "publisher", "published", "language", "sha256",
        "raw_text", "cleaned_text", "ingested_at", "extractor_version",
    ),
    "actors": ("id", "name", "kind", "country_code"),
    "visits": (
        *_PROVENANCE, "visitor_country", "host_country", "location", "visitor_id",
        "visitor_role", "status", "topics", "date_start", "date_end", "date_precision",
    ),
    "visit_counterparts": ("visit_id", "position", "actor_id"),
    "action_items": (
        *_PROVENANCE, "title", "description", "responsible_id", "status",
        "due_start", "due_end", "due_precision",
    ),
    "trade_targets": (
        *_PROVENANCE, "country_a", "country_b", "metric", "amount", "currency", "comparator",
        "target_date_start", "target_date_end", "target_date_precision", "stated_by_id",
        "stated_on_start", "stated_on_end", "stated_on_precision",
    ),
    "deportation_figures": (
        *_PROVENANCE, "count", "from_country", "nationality", "cumulative", "note",
        "period_start", "period_end", "period_precision",
    ),
}  # fmt: skip


def _month_end(d: date) -> date:
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def random_period(rng: random.Random) -> tuple[str | None, str | None, str]:
    """A random (start, end, precision) triple as ISO strings, valid under the CHECKs."""
    precision = rng.choices(PRECISIONS, PRECISION_WEIGHTS)[0]
    if precision in ("ongoing", "unknown"):
        return None, None, precision
    day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    if precision == "day":
        start = end = day
    elif precision == "month":
        start, end = day.replace(day=1), _month_end(day)
    elif precision == "quarter":
        first = 3 * ((day.month - 1) // 3) + 1
        start = date(day.year, first, 1)
        end = _month_end(date(day.year, first + 2, 1))
    elif precision == "half":
        first = 1 if day.month <= 6 else 7
        start, end = date(day.year, first, 1), _month_end(date(day.year, first + 5, 1))
    else:
        start, end = date(day.year, 1, 1), date(day.year, 12, 31)
    return start.isoformat(), end.isoformat(), precision


def _provenance(i: int, doc: int, rng: random.Random) -> tuple[Any, ...]:
    quote = f"synthetic evidence {i}"
    human = rng.random() < 0.02
    return (
        i, doc, quote, 0, len(quote), "synth", "0.1.0",
        None, "analyst" if human else None, f"{i:064x}", CREATED,
    )  # fmt: skip


def _documents(n: int, rng: random.Random) -> Iterator[tuple[Any, ...]]:
    for i in range(1, n + 1):
        published = (FIRST_DAY + timedelta(days=rng.randrange(DAYS))).isoformat()
        body = f"Synthetic article {i} about trade and security in the region."
        yield (
            i, f"synthetic/{i:07d}.txt", f"Article {i}", "Synthetic Wire", published, "en",
            f"{i:064x}", body, body, CREATED, "0.1.0",
        )  # fmt: skip


def _actors(rng: random.Random) -> Iterator[tuple[Any, ...]]:
    for i in range(1, ACTORS + 1):
        kind = "organisation" if i % 3 == 0 else "person"
        yield i, f"Actor {i}", kind, rng.choice(COUNTRIES)


def _pair(rng: random.Random) -> tuple[str, str]:
    a, b = rng.sample(COUNTRIES, 2)
    return (a, b) if a < b else (b, a)


def _visits(ids: range, docs: int, rng: random.Random) -> Iterator[tuple[Any, ...]]:
    for i in ids:
        visitor, host = _pair(rng)
        if rng.random() < 0.5:
            visitor, host = host, visitor
        yield (
            *_provenance(i, rng.randrange(1, docs + 1), rng),
            visitor, host, f"City {rng.randrange(200)}", rng.randrange(1, ACTORS + 1),
            "foreign minister", rng.choice(("held", "planned")), '["trade"]',
            *random_period(rng),
        )  # fmt: skip


def _counterparts(ids: range, rng: random.Random) -> Iterator[tuple[Any, ...]]:
    for i in ids:
        for position in range(1, rng.randrange(1, 3) + 1):
            yield i, position, rng.randrange(1, ACTORS + 1)


def _actions(ids: range, docs: int, rng: random.Random) -> Iterator[tuple[Any, ...]]:
    for i in ids:
        start, end, precision = random_period(rng)
        status = rng.choice(ACTION_STATUSES)
        yield (
            *_provenance(i, rng.randrange(1, docs + 1), rng),
            f"Measure {i}", None, rng.randrange(1, ACTORS + 1), status, start, end, precision,
        )  # fmt: skip


def _targets(ids: range, docs: int, rng: random.Random) -> Iterator[tuple[Any, ...]]:
    for i in ids:
        a, b = _pair(rng)
        amount = rng.choice((1, 2, 3, 5, 10)) * 10 ** rng.choice((8, 9, 10))
        yield (
            *_provenance(i, rng.randrange(1, docs + 1), rng),
            a, b, "bilateral trade volume", amount, rng.choice(CURRENCIES),
            rng.choice(COMPARATORS), *random_period(rng), rng.randrange(1, ACTORS + 1),
            *random_period(rng),
        )  # fmt: skip


def _deportations(ids: range, docs: int, rng: random.Random) -> Iterator[tuple[Any, ...]]:
    for i in ids:
        src, nat = rng.sample(COUNTRIES, 2)
        yield (
            *_provenance(i, rng.randrange(1, docs + 1), rng),
            rng.randrange(10, 50_000), src, nat, rng.random() < 0.1, None, *random_period(rng),
        )  # fmt: skip


def _sqlite_loader(raw: Any) -> Callable[[str, Iterable[tuple[Any, ...]]], int]:
    cursor = raw.cursor()

    def load(table: str, rows: Iterable[tuple[Any, ...]]) -> int:
        cols = COLUMNS[table]
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        n = 0
        for batch in batched(rows, BATCH):
            cursor.executemany(sql, batch)
            n += len(batch)
        return n

    return load


def _postgresql_loader(raw: Any) -> Callable[[str, Iterable[tuple[Any, ...]]], int]:
    cursor = raw.cursor()

    def load(table: str, rows: Iterable[tuple[Any, ...]]) -> int:
        n = 0
        with cursor.copy(f"COPY {table} ({', '.join(COLUMNS[table])}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
                n += 1
        return n

    return load


def split(facts: int) -> dict[str, range]:
    """Fact ids per table: four near-equal shares of `facts`."""
    share, rest = divmod(facts, len(FACT_TABLES))
    out: dict[str, range] = {}
    first = 1
    for k, table in enumerate(FACT_TABLES):
        n = share + (1 if k < rest else 0)
        out[table] = range(first, first + n)
        first += n
    return out


def fill(url: str, facts: int = 1_000_000, seed: int = 5) -> Engine:
    """Migrate the database at `url` and bulk-load `facts` synthetic facts; return its engine."""
    engine = make_engine(url)
    upgrade(engine)
    rng = random.Random(seed)
    docs = max(1, facts // FACTS_PER_DOCUMENT)
    ids = split(facts)
    started = time.perf_counter()
    with engine.begin() as connection:
        raw = connection.connection.driver_connection
        load = _sqlite_loader(raw) if engine.dialect.name == "sqlite" else _postgresql_loader(raw)
        counts = {
            "documents": load("documents", _documents(docs, rng)),
            "actors": load("actors", _actors(rng)),
            "visits": load("visits", _visits(ids["visits"], docs, rng)),
            "visit_counterparts": load("visit_counterparts", _counterparts(ids["visits"], rng)),
            "action_items": load("action_items", _actions(ids["action_items"], docs, rng)),
            "trade_targets": load("trade_targets", _targets(ids["trade_targets"], docs, rng)),
            "deportation_figures": load(
                "deportation_figures", _deportations(ids["deportation_figures"], docs, rng)
            ),
        }
        if engine.dialect.name == "postgresql":
            # Explicit ids were loaded: move the sequences past them.
            for table in ("documents", "actors", *FACT_TABLES):
                connection.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT max(id) FROM {table}))"
                    )
                )
    with engine.connect() as connection:
        # Fresh statistics, so the planner sees the data it will be asked about.
        connection.execute(text("ANALYZE"))
        connection.commit()
    LOGGER.info("loaded %s in %.1f s", counts, time.perf_counter() - started)
    return engine


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: fill a database with synthetic facts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="database URL (a fresh, empty database)")
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    started = time.perf_counter()
    fill(args.db, args.facts, args.seed).dispose()
    print(f"{args.facts:,} facts in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
