"""`tracker sql` and `run_query`: read-only by the connection, time-limited, one statement.

Every refused statement is checked twice: as users send it, and with the text
screen switched off, to show that the connection itself refuses it. Afterwards
the data must be unchanged. Runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import re
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, insert, inspect, text
from sqlalchemy.engine import make_url

from tracker.cli import app
from tracker.errors import QueryError
from tracker.records import Period
from tracker.report import query
from tracker.report.query import run_query
from tracker.store import models

ROOT = Path(__file__).resolve().parents[2]
FACT_TABLES = ("documents", "actors", "visits", "action_items", "trade_targets",
               "deportation_figures")  # fmt: skip


def seed_facts(engine: Engine, rows: Any) -> None:
    """A small database with facts of every kind that the cookbook queries can find."""
    with engine.begin() as conn:
        doc = rows.document(
            conn, "wire/one.txt", title="Пограничные новости", published=date(2025, 3, 3)
        )
        minister = rows.actor(conn, "Олег Смирнов")
        agency = rows.actor(conn, "Transport Agency", "organisation")
        conn.execute(
            insert(models.Visit),
            [
                {
                    **rows.provenance(doc, f"visit {i}"),
                    **rows.period("date", p),
                    "visitor_country": "UZB",
                    "host_country": "AFG",
                    "location": "Kabul",
                    "visitor_id": minister,
                    "status": "held",
                    "topics": ["transit"],
                }
                for i, p in enumerate([Period.day(date(2025, 2, 11)), Period.month(2024, 12)])
            ],
        )
        conn.execute(
            insert(models.ActionItem),
            [
                {
                    **rows.provenance(doc, f"task {i}"),
                    **rows.period("due", p),
                    "title": f"Open crossing {i}",
                    "responsible_id": agency,
                    "status": status,
                }
                for i, (p, status) in enumerate(
                    [(Period.quarter(2024, 2), "agreed"), (Period.year(2030), "proposed")]
                )
            ],
        )
        conn.execute(
            insert(models.TradeTarget),
            [
                {
                    **rows.provenance(doc, f"target {amount}"),
                    **rows.period("target_date", Period.year(2030)),
                    **rows.period("stated_on", stated),
                    "country_a": "AFG",
                    "country_b": "KAZ",
                    "metric": "bilateral trade volume",
                    "amount": amount,
                    "currency": "USD",
                    "comparator": "at_least",
                }
                for amount, stated in [
                    (1_000_000_000, Period.month(2024, 5)),
                    (3_000_000_000, Period.day(date(2025, 1, 9))),
                ]
            ],
        )
        conn.execute(
            insert(models.DeportationFigure),
            [
                {
                    **rows.provenance(doc, f"returned {n}"),
                    **rows.period("period", p),
                    "count": n,
                    "from_country": src,
                    "nationality": "AFG",
                    "cumulative": False,
                }
                for n, p, src in [
                    (410, Period.month(2025, 1), "IRN"),
                    (380, Period.month(2025, 2), "IRN"),
                    (95, Period.month(2025, 1), "PAK"),
                ]
            ],
        )


def _snapshot(engine: Engine) -> dict[str, Any]:
    """Row counts, a checksum of the figures, and the tables and views present."""
    with engine.connect() as conn:
        counts = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                  for t in FACT_TABLES}  # fmt: skip
        total = conn.execute(text("SELECT sum(count) FROM deportation_figures")).scalar_one()
    inspector = inspect(engine)
    return {
        "counts": counts,
        "total": total,
        "tables": sorted(inspector.get_table_names()),
        "views": sorted(inspector.get_view_names()),
    }


@pytest.fixture
def filled(db: Engine, backend: str, fact_rows: Any) -> Engine:
    """The test database with facts in it, and the reader role on PostgreSQL."""
    seed_facts(db, fact_rows)
    if backend == "postgresql":
        _ensure_reader_role(db)
    return db


def _ensure_reader_role(engine: Engine) -> None:
    """The restricted role docs/cli.md tells administrators to create (cluster-wide)."""
    from psycopg import errors

    with engine.connect() as conn:
        exists = conn.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = 'tracker_reader'")
        ).first()
        if exists:
            return
        try:
            conn.execute(text("CREATE ROLE tracker_reader NOLOGIN"))
            conn.execute(text("GRANT pg_read_all_data TO tracker_reader"))
            conn.commit()
        except Exception as exc:  # another test run created it at the same moment
            if not isinstance(getattr(exc, "orig", None), errors.DuplicateObject):
                raise


def _no_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    """Switch the text screen off: only the connection's protections remain."""
    monkeypatch.setattr(query, "screen_sql", lambda sql, dialect: sql.strip().rstrip(";"))


def test_select_streams_columns_and_rows(filled: Engine, db_url: str) -> None:
    columns, rows = run_query(
        db_url, "SELECT from_country, count FROM v_deportations ORDER BY count DESC"
    )
    assert columns == ["from_country", "count"]
    assert isinstance(rows, query.QueryRows)
    assert [tuple(r) for r in rows] == [("IRN", 410), ("IRN", 380), ("PAK", 95)]


def test_rows_can_be_closed_early(filled: Engine, db_url: str) -> None:
    _columns, rows = run_query(db_url, "SELECT id FROM v_deportations ORDER BY id")
    with rows:
        first = next(rows)
    assert len(first) == 1
    assert list(rows) == []


COMMON_WRITES = [
    "INSERT INTO actors (name, kind) VALUES ('Intruder', 'person')",
    "UPDATE deportation_figures SET count = 0",
    "DELETE FROM deportation_figures",
    "DROP TABLE action_items",
    "DROP VIEW v_visits",
    "CREATE TABLE scratch (a integer)",
    "ALTER TABLE documents ADD COLUMN extra integer",
    "SELECT 1; DROP TABLE action_items",
    "SELECT 1; DELETE FROM deportation_figures",
]
SQLITE_WRITES = [
    "ATTACH DATABASE '{tmp}/other.db' AS other",
    "PRAGMA query_only = OFF",
    "PRAGMA journal_mode = DELETE",
    "VACUUM INTO '{tmp}/copy.db'",
    "VACUUM",
    "WITH d AS (SELECT 1) DELETE FROM deportation_figures",
    "SELECT load_extension('/tmp/nothing')",
    "BEGIN",
    "REINDEX",
]
POSTGRESQL_WRITES = [
    "WITH d AS (DELETE FROM deportation_figures RETURNING id) SELECT count(*) FROM d",
    "COMMIT; DROP TABLE action_items",
    "COMMIT; DELETE FROM deportation_figures",
    "SET transaction_read_only = off",
    "SELECT set_config('transaction_read_only', 'off', false)",
    "SELECT pg_read_file('/etc/hostname')",
    "SELECT lo_import('/etc/hostname')",
    "COPY (SELECT 1) TO PROGRAM 'touch {tmp}/ran'",
    "COPY deportation_figures FROM PROGRAM 'true'",
    "SELECT nextval(pg_get_serial_sequence('actors', 'id'))",
]


def _cases(backend: str) -> list[str]:
    return COMMON_WRITES + (SQLITE_WRITES if backend == "sqlite" else POSTGRESQL_WRITES)


@pytest.mark.parametrize("screened", [True, False], ids=["as-sent", "screen-off"])
def test_writes_are_refused_and_change_nothing(
    filled: Engine,
    db_url: str,
    backend: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    screened: bool,
) -> None:
    before = _snapshot(filled)
    if not screened:
        _no_screen(monkeypatch)
    for template in _cases(backend):
        sql = template.format(tmp=tmp_path)
        with pytest.raises(QueryError) as info:
            _cols, rows = run_query(db_url, sql, timeout=10)
            list(rows)
        message = str(info.value)
        assert "\n" not in message, sql
        assert message.startswith(("refused", "SQL error", "the statement returned no rows")), (
            sql,
            message,
        )
    assert _snapshot(filled) == before
    # Nothing reached the file system either.
    assert not (tmp_path / "copy.db").exists()
    assert not (tmp_path / "other.db").exists()
    assert not (tmp_path / "ran").exists()


def test_refusal_names_the_reason(filled: Engine, db_url: str) -> None:
    with pytest.raises(QueryError, match=r"^refused: tracker sql is read-only .*not DELETE"):
        run_query(db_url, "DELETE FROM deportation_figures")
    with pytest.raises(QueryError, match="one statement at a time"):
        _cols, rows = run_query(db_url, "SELECT 1; SELECT 2")
        list(rows)


@pytest.mark.postgresql_only
def test_file_functions_refused_by_the_role_not_only_the_text(
    filled: Engine, db_url: str, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if backend != "postgresql":
        pytest.skip("PostgreSQL roles")
    _no_screen(monkeypatch)
    for sql in ("SELECT pg_read_file('/etc/hostname')", "SELECT lo_import('/etc/hostname')"):
        with pytest.raises(QueryError, match="^refused: permission denied"):
            run_query(db_url, sql)
    # Reading the facts still works under the role.
    _cols, rows = run_query(db_url, "SELECT count(*) AS n FROM v_visits")
    assert list(rows) == [(2,)]


@pytest.mark.postgresql_only
def test_without_the_role_the_screen_still_refuses_and_warns(
    filled: Engine, db_url: str, backend: str, caplog: pytest.LogCaptureFixture
) -> None:
    if backend != "postgresql":
        pytest.skip("PostgreSQL roles")
    with pytest.raises(QueryError, match="pg_read_file"):
        run_query(db_url, 'SELECT "pg_catalog"."pg_read_file"(\'/etc/hostname\')')
    _cols, rows = run_query(db_url, "SELECT 1 AS one", role="no_such_role_for_tracker")
    assert list(rows) == [(1,)]
    assert "does not exist" in caplog.text


def test_time_limit_stops_a_runaway_query(filled: Engine, db_url: str) -> None:
    forever = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT max(n) FROM r"
    started = time.monotonic()
    with pytest.raises(QueryError, match=r"time limit") as info:
        _cols, rows = run_query(db_url, forever, timeout=1)
        list(rows)
    assert time.monotonic() - started < 5
    assert "1 s" in str(info.value)


def test_time_limit_cannot_be_lifted_from_inside_the_query(
    filled: Engine, db_url: str, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if backend != "postgresql":
        pytest.skip("statement_timeout is PostgreSQL's")
    _no_screen(monkeypatch)
    started = time.monotonic()
    with pytest.raises(QueryError, match="time limit"):
        run_query(
            db_url, "SELECT set_config('statement_timeout', '0', true), pg_sleep(5)", timeout=1
        )
    assert time.monotonic() - started < 4


def test_bad_sql_gives_the_database_message(filled: Engine, db_url: str) -> None:
    with pytest.raises(QueryError, match=r"^SQL error: .*no_such_view"):
        run_query(db_url, "SELECT * FROM no_such_view")
    with pytest.raises(QueryError, match=r"^SQL error: .*(syntax|incomplete)"):
        run_query(db_url, "SELECT FROM WHERE (")


# --- the command line -------------------------------------------------------------------------


def test_cli_formats(filled: Engine, db_url: str, runner: Any) -> None:
    sql = "SELECT from_country, count, period_label FROM v_deportations ORDER BY count DESC"
    table = runner.invoke(app, ["sql", sql, "--db", db_url])
    assert table.exit_code == 0, table.stderr
    assert "IRN" in table.stdout and "2025-01" in table.stdout
    assert "3 rows" in table.stderr
    csv_out = runner.invoke(app, ["sql", sql, "--db", db_url, "--format", "csv"])
    assert csv_out.stdout.splitlines() == [
        "from_country,count,period_label",
        "IRN,410,2025-01",
        "IRN,380,2025-02",
        "PAK,95,2025-01",
    ]
    as_json = runner.invoke(app, ["sql", sql, "--db", db_url, "--format", "json"])
    assert json.loads(as_json.stdout)[0] == {
        "from_country": "IRN",
        "count": 410,
        "period_label": "2025-01",
    }
    markdown = runner.invoke(app, ["sql", sql, "--db", db_url, "--format", "markdown"])
    assert markdown.stdout.splitlines()[:3] == [
        "| from_country | count | period_label |",
        "|---|---|---|",
        "| IRN | 410 | 2025-01 |",
    ]


def test_cli_out_writes_the_file_and_no_temp(
    filled: Engine, db_url: str, runner: Any, tmp_path: Path
) -> None:
    out = tmp_path / "names.json"
    result = runner.invoke(
        app,
        ["sql", "SELECT name FROM actors ORDER BY name", "--db", db_url,
         "--format", "json", "--out", str(out)],
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert [r["name"] for r in json.loads(out.read_text(encoding="utf-8"))] == [
        "Transport Agency",
        "Олег Смирнов",
    ]
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_cli_refusal_is_one_red_line_and_exit_1(
    filled: Engine, db_url: str, runner: Any, tmp_path: Path
) -> None:
    before = _snapshot(filled)
    out = tmp_path / "never.csv"
    result = runner.invoke(
        app, ["sql", "DROP TABLE visits", "--db", db_url, "--format", "csv", "--out", str(out)]
    )
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("error: refused")
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()
    assert _snapshot(filled) == before


def test_cli_time_limit_message(filled: Engine, db_url: str, runner: Any) -> None:
    forever = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT max(n) FROM r"
    result = runner.invoke(app, ["sql", forever, "--db", db_url, "--timeout", "0.5"])
    assert result.exit_code == 1
    assert "time limit" in result.stderr


def test_missing_sqlite_file_is_a_clear_error(tmp_path: Path, runner: Any) -> None:
    result = runner.invoke(app, ["sql", "SELECT 1", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no database at" in result.stderr
    assert not (tmp_path / "none.db").exists()


# --- the SQL cookbook -------------------------------------------------------------------------


def _cookbook_section(markdown: str) -> str:
    """The text under a heading that names a cookbook, up to the next heading as high."""
    lines = markdown.splitlines()
    for i, line in enumerate(lines):
        heading = re.match(r"(#+)\s.*cookbook", line, re.IGNORECASE)
        if heading:
            level = len(heading.group(1))
            end = next(
                (j for j in range(i + 1, len(lines)) if re.match(rf"#{{1,{level}}}\s", lines[j])),
                len(lines),
            )
            return "\n".join(lines[i + 1 : end])
    return ""


def cookbook_queries() -> list[str]:
    """The ```sql blocks of README.md's cookbook section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sql\n(.*?)```", _cookbook_section(readme), re.DOTALL)
    return [b.strip() for b in blocks]


def test_cookbook_has_queries() -> None:
    assert len(cookbook_queries()) >= 5


@pytest.mark.parametrize("number", range(len(cookbook_queries())))
def test_cookbook_query_runs(filled: Engine, db_url: str, runner: Any, number: int) -> None:
    sql = cookbook_queries()[number]
    result = runner.invoke(app, ["sql", sql, "--db", db_url, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows, f"cookbook query {number + 1} found nothing in the seeded facts"


def test_url_forms_are_accepted(filled: Engine, db_url: str) -> None:
    # A bare path names a SQLite file, as everywhere in tracker.
    url = make_url(db_url)
    target = url.database if url.get_backend_name() == "sqlite" else db_url
    _cols, rows = run_query(target, "SELECT count(*) FROM v_trade_targets")
    assert list(rows) == [(2,)]


def test_an_empty_result_keeps_its_columns(filled: Engine, db_url: str, runner: Any) -> None:
    sql = "SELECT location, status FROM v_visits WHERE location = 'Nowhere'"
    columns, rows = run_query(db_url, sql)
    assert columns == ["location", "status"]
    assert list(rows) == []
    result = runner.invoke(app, ["sql", sql, "--db", db_url, "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == ["location,status"]
