"""`tracker report ...` on facts stored through the store, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from tracker import records
from tracker.cli import app
from tracker.records import Period
from tracker.report import render
from tracker.report.reports import (
    TARGET_COLUMNS,
    ReportFilters,
    actions_report,
    deportation_totals,
    human_amount,
    stream_rows,
)
from tracker.store.save import save_document
from tracker.store.session import transaction


def _evidence(text: str, quote: str) -> records.Evidence:
    start = text.index(quote)
    return records.Evidence(quote, start, start + len(quote), rule="test")


def store(engine: Engine, source: str, text: str, published: date | None = None, **facts) -> None:  # type: ignore[no-untyped-def]
    """Store one document whose facts are built by callables taking its text."""
    built = {kind: tuple(make(text) for make in makers) for kind, makers in facts.items()}
    document = records.Document(
        source=source,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        raw_text=text,
        cleaned_text=text,
        language="en",
        title=f"Title of {source}",
        published=published,
    )
    extraction = records.Extraction(source, "en", published, "0.1.0", **built)
    with transaction(engine) as session:
        save_document(session, document, extraction)


DEPORT_TEXT = (
    "Border officials said 1,000 Afghans were sent back in January. In March another "
    "3,500 were returned. Since the start of the year 4,500 people have left in total."
)
TARGET_OLD = "The two governments aim for trade of 1 billion dollars."
TARGET_NEW = "The ministers now want bilateral trade to exceed 3 billion dollars by 2030."
ACTION_TEXT = (
    "Customs will open a joint post by the end of the first quarter. Talks on transit "
    "continue without a deadline. The rail survey has been completed."
)
VISIT_TEXT = "The foreign minister of Kazakhstan arrived in Kabul on 12 May for talks [draft]."


def _deport(quote: str, count: int, period: Period, cumulative: bool = False):  # type: ignore[no-untyped-def]
    return lambda text: records.DeportationFigure(
        count=count,
        evidence=_evidence(text, quote),
        period=period,
        from_country="PAK",
        nationality="AFG",
        cumulative=cumulative,
    )


@pytest.fixture
def filled(db: Engine) -> Engine:
    """A database with visits, action items, targets and deportation figures."""
    store(
        db,
        "deport.txt",
        DEPORT_TEXT,
        date(2023, 4, 2),
        deportation_figures=(
            _deport("1,000 Afghans were sent back in January", 1000, Period.month(2023, 1)),
            _deport("3,500 were returned", 3500, Period.month(2023, 3)),
            _deport(
                "4,500 people have left in total",
                4500,
                Period(date(2023, 1, 1), date(2023, 3, 31), "quarter"),
                cumulative=True,
            ),
        ),
    )
    # A second deporting country known only by running totals.
    store(
        db,
        "iran.txt",
        "Iran says 20,000 have been returned so far this year, up from 12,000 in spring.",
        date(2023, 8, 1),
        deportation_figures=(
            lambda t: records.DeportationFigure(
                20000, _evidence(t, "20,000"), Period.month(2023, 7), "IRN", "AFG", True
            ),
            lambda t: records.DeportationFigure(
                12000, _evidence(t, "12,000"), Period.month(2023, 4), "IRN", "AFG", True
            ),
        ),
    )
    store(
        db,
        "target-old.txt",
        TARGET_OLD,
        date(2022, 3, 1),
        trade_targets=(
            lambda t: records.TradeTarget(
                ("KAZ", "AFG"),
                Decimal(1000000000),
                "USD",
                _evidence(t, "trade of 1 billion dollars"),
                stated_on=Period.month(2022, 3),
            ),
        ),
    )
    store(
        db,
        "target-new.txt",
        TARGET_NEW,
        date(2024, 6, 1),
        trade_targets=(
            lambda t: records.TradeTarget(
                ("AFG", "KAZ"),
                Decimal(3000000000),
                "USD",
                _evidence(t, "exceed 3 billion dollars by 2030"),
                comparator="more_than",
                target_date=Period.year(2030),
                stated_by="Minister Example",
                stated_on=Period.day(date(2024, 6, 1)),
            ),
        ),
    )
    store(
        db,
        "actions.txt",
        ACTION_TEXT,
        date(2024, 1, 10),
        action_items=(
            lambda t: records.ActionItem(
                "Open a joint customs post",
                _evidence(t, "Customs will open a joint post by the end of the first quarter"),
                responsible="Customs Committee",
                due=Period.quarter(2024, 1),
                status="agreed",
            ),
            lambda t: records.ActionItem(
                "Transit talks",
                _evidence(t, "Talks on transit continue without a deadline"),
                due=Period.ongoing(),
                status="agreed",
            ),
            lambda t: records.ActionItem(
                "Rail survey",
                _evidence(t, "The rail survey has been completed"),
                due=Period.quarter(2023, 4),
                status="done",
            ),
        ),
    )
    store(
        db,
        "visit.txt",
        VISIT_TEXT,
        date(2024, 5, 13),
        visits=(
            lambda t: records.Visit(
                "KAZ",
                "AFG",
                _evidence(t, "arrived in Kabul on 12 May for talks [draft]"),
                date=Period.day(date(2024, 5, 12)),
                location="Kabul",
                visitor="Example Minister",
                visitor_role="foreign minister",
                counterparts=("First Host", "Second Host"),
            ),
        ),
    )
    return db


def run(runner: CliRunner, url: str, *args: str):  # type: ignore[no-untyped-def]
    result = runner.invoke(app, [*args, "--db", url])
    return result


def _json(runner: CliRunner, url: str, *args: str):  # type: ignore[no-untyped-def]
    result = run(runner, url, *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_deportations_list_each_figure_and_flag_running_totals(
    filled: Engine, db_url: str, runner: CliRunner
) -> None:
    data = _json(runner, db_url, "report", "deportations", "--country", "PAK")
    figures = {(f["period"], f["count"], f["cumulative"]) for f in data["figures"]}
    assert figures == {("2023-01", 1000, False), ("2023-03", 3500, False), ("2023-Q1", 4500, True)}


def test_deportation_totals_never_add_a_running_total(filled: Engine, db_url: str) -> None:
    with filled.connect() as connection:
        totals = {t["from_country"]: t for t in deportation_totals(connection, ReportFilters())}
    assert totals["PAK"]["total"] == 4500  # 1,000 + 3,500, not + the 4,500 running total
    assert totals["PAK"]["basis"] == "sum of counts"
    assert totals["PAK"]["latest_running_total"] == 4500
    # Only running totals: the latest one, not 32,000.
    assert totals["IRN"]["total"] == 20000
    assert totals["IRN"]["basis"] == "latest running total"
    assert totals["IRN"]["running_total_as_of"] == "2023-07"


def test_the_same_period_reported_twice_counts_once(
    filled: Engine, db_url: str, runner: CliRunner
) -> None:
    text = "Again: 1,000 Afghans were sent back in January, officials repeated."
    store(
        filled,
        "repeat.txt",
        text,
        deportation_figures=(
            _deport("1,000 Afghans were sent back in January", 1000, Period.month(2023, 1)),
        ),
    )
    result = run(runner, db_url, "report", "deportations", "--totals", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = {r["from_country"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert rows["PAK"]["total"] == "4500"


def test_deportation_table_shows_counts_and_totals(
    filled: Engine, db_url: str, runner: CliRunner
) -> None:
    result = run(runner, db_url, "report", "deportations")
    assert result.exit_code == 0, result.output
    assert "1,000" in result.stdout and "3,500" in result.stdout
    assert "running total" in result.stdout
    assert "Totals per deporting country" in result.stdout


def test_deportation_since_filter_uses_period_overlap(filled: Engine, db_url: str, runner) -> None:  # type: ignore[no-untyped-def]
    data = _json(
        runner, db_url, "report", "deportations", "--since", "2023-02-15", "--country", "PAK"
    )
    assert sorted(f["count"] for f in data["figures"]) == [3500, 4500]
    assert data["totals"][0]["total"] == 3500


def test_deportation_chart_is_a_png(
    filled: Engine, db_url: str, runner: CliRunner, tmp_path: Path
) -> None:
    target = tmp_path / "deport.png"
    result = run(runner, db_url, "report", "deportations", "--chart", str(target))
    assert result.exit_code == 0, result.output
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp file left


def test_chart_of_nothing_is_a_clear_error(db: Engine, db_url: str, runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = run(runner, db_url, "report", "deportations", "--chart", str(tmp_path / "x.png"))
    assert result.exit_code == 1
    assert "no dated deportation figures" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_targets_show_how_the_pair_moved(filled: Engine, db_url: str, runner: CliRunner) -> None:
    rows = _json(runner, db_url, "report", "targets")
    assert [(r["country_a"], r["country_b"]) for r in rows] == [("AFG", "KAZ"), ("AFG", "KAZ")]
    first, second = rows
    assert first["amount"] == 1000000000 and first["change"] is None
    assert second["amount"] == 3000000000 and second["comparator"] == "more_than"
    assert second["change"] == "raised" and second["previous_amount"] == 1000000000
    assert second["stated_by"] == "Minister Example" and second["target_date"] == "2030"

    table = run(runner, db_url, "report", "targets", "--format", "markdown")
    assert "more than 3 billion USD" in table.stdout
    assert "raised: from 1,000,000,000 to more than 3,000,000,000" in table.stdout


def test_target_change_survives_a_date_filter(filled: Engine, db_url: str, runner) -> None:  # type: ignore[no-untyped-def]
    rows = _json(runner, db_url, "report", "targets", "--since", "2024-01-01")
    assert len(rows) == 1
    assert rows[0]["change"] == "raised" and rows[0]["previous_amount"] == 1000000000


def test_targets_csv_has_plain_numbers(filled: Engine, db_url: str, runner: CliRunner) -> None:
    result = run(runner, db_url, "report", "targets", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["amount"] for r in rows] == ["1000000000", "3000000000"]


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        ("2024-03-31", {"Open a joint customs post": "due soon"}),
        ("2024-04-01", {"Open a joint customs post": "overdue"}),
        ("2024-01-02", {"Open a joint customs post": "open"}),
    ],
)
def test_action_state_as_of_a_day(
    filled: Engine, db_url: str, runner: CliRunner, as_of: str, expected: dict[str, str]
) -> None:
    rows = _json(runner, db_url, "report", "actions", "--as-of", as_of)
    states = {r["title"]: r["state"] for r in rows}
    assert states == {**expected, "Transit talks": "ongoing", "Rail survey": "done"}


def test_action_state_is_computed_in_sql(filled: Engine) -> None:
    report = actions_report(ReportFilters(), as_of=date(2024, 4, 1), soon_days=30)
    sql = str(report.statement.compile(filled))
    assert "CASE" in sql
    with filled.connect() as connection:
        states = {r[1]: r[7] for r in stream_rows(connection, report)}
    assert states["Open a joint customs post"] == "overdue"


def test_visits_timeline(filled: Engine, db_url: str, runner: CliRunner) -> None:
    rows = _json(runner, db_url, "report", "visits")
    assert len(rows) == 1
    visit = rows[0]
    assert visit["date"] == "2024-05-12"
    assert (visit["visitor_country"], visit["host_country"]) == ("KAZ", "AFG")
    assert visit["counterparts"] == "First Host; Second Host"
    assert visit["source"] == "visit.txt"

    table = run(runner, db_url, "report", "visits", "--format", "markdown")
    assert table.exit_code == 0
    assert "| 2024-05-12 | KAZ Example Minister (foreign minister) | AFG | Kabul | held |" in (
        table.stdout
    )
    assert "visit.txt (visit #" in table.stdout


@pytest.mark.parametrize(
    ("args", "count"),
    [
        (("--country", "kaz"), 1),
        (("--country", "AFG"), 1),
        (("--country", "IRN"), 0),
        (("--since", "2024-05-13"), 0),
        (("--until", "2024-05-12"), 1),
    ],
)
def test_visit_filters(filled: Engine, db_url: str, runner, args, count) -> None:  # type: ignore[no-untyped-def]
    assert len(_json(runner, db_url, "report", "visits", *args)) == count


def test_actions_country_matches_the_article(filled: Engine, db_url, runner) -> None:  # type: ignore[no-untyped-def]
    # The actions article names no country; a KAZ filter keeps none of its items.
    assert _json(runner, db_url, "report", "actions", "--country", "KAZ") == []
    assert len(_json(runner, db_url, "report", "actions")) == 3


@pytest.mark.parametrize("name", ["visits", "actions", "targets", "deportations", "summary"])
def test_every_format_parses(filled: Engine, db_url: str, runner: CliRunner, name: str) -> None:
    as_json = run(runner, db_url, "report", name, "--format", "json")
    assert as_json.exit_code == 0, as_json.output
    assert json.loads(as_json.stdout)
    as_csv = run(runner, db_url, "report", name, "--format", "csv")
    assert as_csv.exit_code == 0
    assert len(list(csv.DictReader(io.StringIO(as_csv.stdout)))) >= 1
    markdown = run(runner, db_url, "report", name, "--format", "markdown")
    assert markdown.stdout.startswith("| ")
    table = run(runner, db_url, "report", name)
    assert table.exit_code == 0 and table.stdout.strip()


def test_summary_counts_and_latest(filled: Engine, db_url: str, runner: CliRunner) -> None:
    data = _json(runner, db_url, "report", "summary")
    assert data["counts"] == {
        "documents": 6,
        "visits": 1,
        "action_items": 3,
        "trade_targets": 2,
        "deportations": 5,
    }
    kinds = [r["kind"] for r in data["latest"]]
    assert kinds.count("deportations") == 5 and kinds.count("trade_targets") == 2
    first_target = next(r for r in data["latest"] if r["kind"] == "trade_targets")
    assert first_target["what"] == "AFG–KAZ: more than 3 billion USD by 2030"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("visits", "--since", "2024-13-01"), "--since: not a date"),
        (("visits", "--until", "yesterday"), "--until: not a date"),
        (("actions", "--as-of", "1/4/2024"), "--as-of: not a date"),
        (("visits", "--since", "2024-02-01", "--until", "2024-01-01"), "is after --until"),
        (("targets", "--country", "Kazakhstan"), "three-letter ISO code"),
    ],
)
def test_bad_options_are_one_clear_line(db: Engine, db_url, runner, args, message) -> None:  # type: ignore[no-untyped-def]
    result = run(runner, db_url, "report", *args)
    assert result.exit_code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("amount", "comparator", "text"),
    [
        (Decimal(3000000000), "more_than", "more than 3 billion USD"),
        (Decimal(1500000), "exactly", "1.5 million USD"),
        (Decimal(250000), "up_to", "up to 250,000 USD"),
        (Decimal("12.5"), "at_least", "at least 12.5 USD"),
    ],
)
def test_human_amount(amount: Decimal, comparator: str, text: str) -> None:
    assert human_amount(amount, "USD", comparator) == text


def test_report_needs_an_initialised_database(tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["report", "summary", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "tracker init" in result.stderr


def test_undated_counts_are_not_added(filled: Engine, db_url: str, runner: CliRunner) -> None:
    text = "Some 9,000 Afghans were sent back, and Turkey returned 700 and later 800 people."
    store(
        filled,
        "undated.txt",
        text,
        deportation_figures=(
            _deport("9,000 Afghans were sent back", 9000, Period.unknown()),
            lambda t: records.DeportationFigure(700, _evidence(t, "700"), from_country="TUR"),
            lambda t: records.DeportationFigure(800, _evidence(t, "800"), from_country="TUR"),
        ),
    )
    totals = {
        t["from_country"]: t for t in _json(runner, db_url, "report", "deportations")["totals"]
    }
    assert (totals["PAK"]["total"], totals["PAK"]["undated_figures"]) == (4500, 1)
    # Only undated counts: the largest, not 1,500.
    assert (totals["TUR"]["total"], totals["TUR"]["basis"]) == (800, "largest undated figure")


def test_seeds_report_the_sample_figures(db: Engine, db_url: str, runner, seeds_dir) -> None:  # type: ignore[no-untyped-def]
    """After ingesting seeds/, the reports show the figures the sample articles state."""
    from tracker.pipeline import ingest_paths

    outcomes = list(ingest_paths(db, [seeds_dir]))
    assert outcomes and all(o.status == "stored" for o in outcomes), outcomes
    data = _json(runner, db_url, "report", "deportations")
    figures = {(f["period"], f["count"]) for f in data["figures"] if not f["cumulative"]}
    assert {("2023-01", 1000), ("2023-03", 3500)} <= figures
    targets = _json(runner, db_url, "report", "targets", "--country", "KAZ")
    assert any((t["country_a"], t["country_b"]) == ("AFG", "KAZ") for t in targets)
    summary = _json(runner, db_url, "report", "summary")
    assert summary["counts"]["documents"] == len(outcomes)
    whats = " | ".join(r["what"] for r in summary["latest"])
    assert "1,000 deported" in whats and "3,500 deported" in whats
    assert "AFG–KAZ" in whats


def test_empty_reports_are_valid_output(db: Engine, db_url: str, runner: CliRunner) -> None:
    assert _json(runner, db_url, "report", "visits") == []
    result = run(runner, db_url, "report", "targets", "--format", "csv")
    assert result.stdout.splitlines() == [",".join(TARGET_COLUMNS)]
    assert "0 rows" in result.stderr


def test_markdown_cells_cannot_break_the_table() -> None:
    out = io.StringIO()
    render.write_markdown([{"a": "x | y", "b": "two\nlines"}], ("a", "b"), out)
    assert out.getvalue().splitlines()[-1] == "| x \\| y | two lines |"


def test_negative_soon_days_is_refused(db: Engine, db_url: str, runner: CliRunner) -> None:
    result = run(runner, db_url, "report", "actions", "--soon-days", "-1")
    assert result.exit_code == 1 and "--soon-days must be 0 or more" in result.stderr


def test_fractional_amounts_keep_their_cents(db: Engine, db_url: str, runner: CliRunner) -> None:
    text = "A fund of 2,500,000.50 euros was pledged for the corridor."
    store(
        db,
        "fraction.txt",
        text,
        trade_targets=(
            lambda t: records.TradeTarget(
                ("UZB", "AFG"), Decimal("2500000.50"), "EUR", _evidence(t, "2,500,000.50 euros")
            ),
        ),
    )
    rows = _json(runner, db_url, "report", "targets")
    assert rows[0]["amount"] == 2500000.5 and rows[0]["currency"] == "EUR"


REPORT_HEADERS = {
    "visits": "id date date_start date_end visitor_country visitor visitor_role host_country "
    "location status counterparts topics source document_id human",
    "actions": "id title responsible due due_start due_end status state source document_id human",
    "deportations": "id period period_start period_end from_country nationality count "
    "cumulative note source document_id human",
}


@pytest.mark.parametrize("name", sorted(REPORT_HEADERS))
def test_csv_headers_name_the_report_columns(
    db: Engine, db_url: str, runner: CliRunner, name: str
) -> None:
    # Scripts read these headers; the columns come from each report's select.
    result = run(runner, db_url, "report", name, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [",".join(REPORT_HEADERS[name].split())]
