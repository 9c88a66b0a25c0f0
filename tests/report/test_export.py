"""`tracker export`: files read back with pandas and openpyxl, on SQLite and PostgreSQL.

Checks what analysts rely on: Cyrillic and dates survive, numbers stay numbers,
web text can never run as a spreadsheet formula, XLSX has real dates and a
frozen header, and a failed export leaves no file behind.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine, delete, func, insert, select, update

from tracker.cli import app
from tracker.errors import DatabaseError, ExportError
from tracker.records import Period
from tracker.report import export as export_module
from tracker.report.export import (
    COUNTRY_COLUMNS,
    FIXED_WORD_COLUMNS,
    OUTPUT_FORMATS,
    ExportFilters,
    Sheet,
    export_facts,
    neutralise_formula,
    register_output_format,
    write_csv,
)
from tracker.report.reports import ReportFilters, actions_report
from tracker.store import models

# Text a web page could carry that a spreadsheet would run as a formula.
FORMULA_NOTES = ["=HYPERLINK(\"http://x\",\"y\")", "+49 30 1234", "-2+3", "@SUM(A1)",
                 "  =1+1", "\tTAB", "\rCR"]  # fmt: skip


@pytest.fixture
def filled(db: Engine, fact_rows: Any) -> Engine:
    """Facts of every kind; deportation notes that look like formulas; Cyrillic names."""
    with db.begin() as conn:
        doc = fact_rows.document(
            conn, "feeds/ru/item.html", title="Депортация: итоги года", published=date(2025, 1, 20)
        )
        person = fact_rows.actor(conn, "Ерлан Карин")
        conn.execute(
            insert(models.Visit),
            {
                **fact_rows.provenance(doc, "=cmd|' /C calc'!A0"),
                **fact_rows.period("date", Period.day(date(2025, 1, 14))),
                "visitor_country": "KAZ",
                "host_country": "AFG",
                "location": "Kabul",
                "visitor_id": person,
                "status": "held",
                "topics": ["railway"],
            },
        )
        conn.execute(
            insert(models.Visit),
            {
                **fact_rows.provenance(doc, "a visit to Paris"),
                **fact_rows.period("date", Period.month(2023, 6)),
                "visitor_country": "UZB",
                "host_country": "FRA",
                "status": "held",
                "topics": [],
            },
        )
        conn.execute(
            insert(models.ActionItem),
            {
                **fact_rows.provenance(doc, "agree on a corridor"),
                **fact_rows.period("due", Period.half(2025, 2)),
                "title": "Коридор через Герат",
                "status": "agreed",
            },
        )
        conn.execute(
            insert(models.TradeTarget),
            {
                **fact_rows.provenance(doc, "trade of 2.5 billion"),
                **fact_rows.period("target_date", Period.year(2027)),
                **fact_rows.period("stated_on", Period.day(date(2025, 1, 14))),
                "country_a": "AFG",
                "country_b": "KAZ",
                "metric": "bilateral trade volume",
                "amount": Decimal("2500000000.25"),
                "currency": "USD",
                "comparator": "up_to",
            },
        )
        conn.execute(
            insert(models.DeportationFigure),
            [
                {
                    **fact_rows.provenance(doc, f"figure {i}"),
                    **fact_rows.period("period", Period.month(2024, i + 1)),
                    "count": 100 + i,
                    "from_country": "IRN",
                    "nationality": "AFG",
                    "cumulative": i == 0,
                    "note": note,
                }
                for i, note in enumerate(FORMULA_NOTES)
            ],
        )
    return db


# --- CSV ----------------------------------------------------------------------------------


def test_csv_reads_back_with_pandas(filled: Engine, tmp_path: Path) -> None:
    import pandas as pd

    out = tmp_path / "deportations.csv"
    (result,) = export_facts(filled, "deportations", "csv", out)
    assert result.rows == {"deportations": len(FORMULA_NOTES)}
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel needs the BOM for UTF-8
    frame = pd.read_csv(out, encoding="utf-8-sig", keep_default_na=False)
    assert frame["count"].dtype.kind == "i"
    assert list(frame["count"]) == [100 + i for i in range(len(FORMULA_NOTES))]
    assert frame["period_start"][0] == "2024-01-01" and frame["period_end"][0] == "2024-01-31"
    assert frame["period_label"][1] == "2024-02"
    assert frame["document_title"][0] == "Депортация: итоги года"
    assert frame["from_country_name"][0].startswith("Iran")
    assert list(frame["cumulative"][:2]) == [True, False]
    assert list(frame["note"]) == ["'" + n for n in FORMULA_NOTES]


def test_csv_visits_neutralise_evidence_and_keep_cyrillic(filled: Engine, tmp_path: Path) -> None:
    out = tmp_path / "visits.csv"
    export_facts(filled, "visits", "csv", out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    kabul = next(r for r in rows if r["location"] == "Kabul")
    assert kabul["visitor"] == "Ерлан Карин"
    assert kabul["evidence"] == "'=cmd|' /C calc'!A0"
    assert kabul["date_label"] == "2025-01-14"
    assert kabul["human"] == "false"


def test_trade_target_amount_is_exact_in_every_format(filled: Engine, tmp_path: Path) -> None:
    import pandas as pd

    export_facts(filled, "trade_targets", "csv", tmp_path / "t.csv")
    with (tmp_path / "t.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert next(csv.DictReader(handle))["amount"] == "2500000000.25"
    export_facts(filled, "trade_targets", "parquet", tmp_path / "t.parquet")
    frame = pd.read_parquet(tmp_path / "t.parquet")
    assert frame["amount"][0] == Decimal("2500000000.25")
    assert frame["target_date_label"][0] == "2027"


def test_csv_rendered_in_sql_matches_the_python_writer(
    filled: Engine, fact_rows: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL's COPY-rendered CSV equals the row-by-row writer's bytes (SQLite: both Python)."""
    tricky = ['a, "quoted"\nsecond line', "", "   =spaced formula", "Ünïcödé, кириллица",
              " -1", None, "trailing space ", "semi;colon", "\ttab", "\r\nbreak", "@at",
              "+1", "=", "   ", " ", "  \u00a0=nbsp", "Zebra", "\u00e9clair", "9 lives"]  # fmt: skip
    with filled.begin() as conn:
        doc = fact_rows.document(conn, "x")
        conn.execute(
            insert(models.DeportationFigure),
            [
                {
                    **fact_rows.provenance(doc, f"tricky {i}"),
                    "count": i,
                    "cumulative": True,
                    "note": note,
                }
                for i, note in enumerate(tricky)
            ],
        )
    fast = export_facts(filled, "all", "csv", tmp_path / "fast")
    monkeypatch.setattr(export_module, "SQL_CSV", False)
    slow = export_facts(filled, "all", "csv", tmp_path / "slow")
    assert [r.rows for r in fast] == [r.rows for r in slow]
    for kind in ("visits", "action_items", "trade_targets", "deportations"):
        a = (tmp_path / "fast" / f"{kind}.csv").read_bytes()
        b = (tmp_path / "slow" / f"{kind}.csv").read_bytes()
        assert a == b, kind
    assert b"'   =spaced formula" in (tmp_path / "fast" / "deportations.csv").read_bytes()


# Formula-looking starts for the planted values, one after another.
_FORMULA_STARTS = ["=", "+", "-", "@", "  =", "\t", "\r"]


def _plant_formulas(db: Engine, fact_rows: Any) -> dict[str, dict[str, str]]:
    """One fact of each kind whose every free-text column starts like a formula.

    Returns, per kind, the view column and the text planted in it.
    """
    starts = iter(_FORMULA_STARTS * 10)

    def formula(body: str = "1+1") -> str:
        return next(starts) + body

    planted: dict[str, dict[str, str]] = {}
    provenance = {
        "source": formula("src"),
        "document_title": formula("title"),
        "evidence": formula("quote"),
        "extractor_version": formula("0.1"),
    }
    with db.begin() as conn:
        doc = fact_rows.document(conn, provenance["source"], title=provenance["document_title"])
        names = {k: formula(k) for k in ("visitor", "counterpart", "responsible", "stated_by")}
        actors = {k: fact_rows.actor(conn, name) for k, name in names.items()}

        def facts(model: Any, **columns: Any) -> int:
            row = {
                **fact_rows.provenance(doc, provenance["evidence"], **columns),
                "extractor_version": provenance["extractor_version"],
            }
            return conn.execute(insert(model).returning(model.id), row).scalar_one()

        visit = {"location": formula("Kabul"), "visitor_role": formula("minister")}
        visit_id = facts(
            models.Visit,
            **visit,
            visitor_country="KAZ",
            status="held",
            topics=-1,  # JSON: a bare number is text starting with "-" in the view
            visitor_id=actors["visitor"],
        )
        conn.execute(
            insert(models.VisitCounterpart),
            {"visit_id": visit_id, "position": 1, "actor_id": actors["counterpart"]},
        )
        planted["visits"] = {
            **visit,
            "visitor": names["visitor"],
            "counterparts": names["counterpart"],
            "topics": "-1",
        }
        action = {"title": formula("road"), "description": formula("build")}
        facts(models.ActionItem, **action, status="agreed", responsible_id=actors["responsible"])
        planted["action_items"] = {**action, "responsible": names["responsible"]}
        target = {"metric": formula("trade"), "currency": formula("")[:3].ljust(3, "1")}
        facts(
            models.TradeTarget,
            **target,
            country_a="AFG",
            amount=Decimal("1.00"),
            comparator="exactly",
            stated_by_id=actors["stated_by"],
        )
        planted["trade_targets"] = {**target, "stated_by": names["stated_by"]}
        note = {"note": formula("note")}
        facts(models.DeportationFigure, **note, count=1)
        planted["deportations"] = note
    for columns in planted.values():
        columns.update(provenance)
    return planted


def test_csv_neutralises_a_formula_in_every_free_text_column(
    db: Engine, fact_rows: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only fixed words and ISO country data go out unneutralised; COPY agrees with Python."""
    planted = _plant_formulas(db, fact_rows)
    for kind, columns in planted.items():
        _, names, types = export_module._raw_view(kind)
        text = {n for n, t in zip(names, types, strict=True) if t == "text"}
        countries = {c for code in COUNTRY_COLUMNS.get(kind, ()) for c in (code, f"{code}_name")}
        # A new text column in a view must get a planted formula here too.
        assert set(columns) == text - set(FIXED_WORD_COLUMNS[kind]) - countries, kind
        with db.connect() as conn:  # the ISO countries of migration 0001 pass the check
            plain = export_module._plain_text_columns(conn, kind)
        assert plain == set(FIXED_WORD_COLUMNS[kind]) | countries, kind
    fast = export_facts(db, "all", "csv", tmp_path / "fast")
    monkeypatch.setattr(export_module, "SQL_CSV", False)
    slow = export_facts(db, "all", "csv", tmp_path / "slow")
    assert [r.rows for r in fast] == [r.rows for r in slow]
    for kind, columns in planted.items():
        data = (tmp_path / "fast" / f"{kind}.csv").read_bytes()
        assert data == (tmp_path / "slow" / f"{kind}.csv").read_bytes(), kind
        (row,) = csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""))
        assert {c: row[c] for c in columns} == {c: "'" + v for c, v in columns.items()}, kind


_FIXED_WORDS = {
    "visits": ["date_precision", "status"],
    "action_items": ["due_precision", "status"],
    "trade_targets": ["target_date_precision", "stated_on_precision", "comparator"],
    "deportation_figures": ["period_precision"],
}


@pytest.mark.parametrize(
    ("table", "column"), [(t, c) for t, cs in _FIXED_WORDS.items() for c in cs]
)
def test_fixed_word_columns_refuse_formula_text(
    db: Engine, fact_rows: Any, table: str, column: str
) -> None:
    """What lets COPY write them unneutralised: their CHECK constraints."""
    from sqlalchemy.exc import IntegrityError

    _plant_formulas(db, fact_rows)
    model = models.FACT_MODELS[table]
    # A valid fact with only this column changed: nothing else can refuse it.
    with pytest.raises(IntegrityError), db.begin() as conn:
        conn.execute(update(model).values({column: "=1+1"}))


@pytest.mark.parametrize("name", ["+Evil", ""])
def test_csv_neutralises_country_columns_once_countries_holds_odd_text(
    filled: Engine, fact_rows: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """ISO codes and names go out as they are only while no country row looks like a formula."""
    with filled.begin() as conn:
        conn.execute(insert(models.Country), {"code": "=AB", "alpha_2": "=A", "name": name})
        doc = fact_rows.document(conn, "odd country")
        conn.execute(
            insert(models.DeportationFigure),
            {**fact_rows.provenance(doc, "odd"), "count": 1, "from_country": "=AB"},
        )
    with filled.connect() as conn:
        plain = export_module._plain_text_columns(conn, "deportations")
    assert plain == set(FIXED_WORD_COLUMNS["deportations"])
    export_facts(filled, "deportations", "csv", tmp_path / "fast.csv")
    monkeypatch.setattr(export_module, "SQL_CSV", False)
    export_facts(filled, "deportations", "csv", tmp_path / "slow.csv")
    data = (tmp_path / "fast.csv").read_bytes()
    assert data == (tmp_path / "slow.csv").read_bytes()
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert (rows[-1]["from_country"], rows[-1]["from_country_name"]) == ("'=AB", name and "'+Evil")


def _many_tricky_deportations(filled: Engine, fact_rows: Any, n: int) -> None:
    notes = FORMULA_NOTES + ['a, "quoted"\nline', "", None, "кириллица", "plain"]
    with filled.begin() as conn:
        doc = fact_rows.document(conn, "many")
        conn.execute(
            insert(models.DeportationFigure),
            [
                {
                    **fact_rows.provenance(doc, f"figure {i}"),
                    "count": i,
                    "cumulative": i % 2 == 0,
                    "note": notes[i % len(notes)],
                }
                for i in range(n)
            ],
        )


def _one_process_then_three_workers(
    filled: Engine,
    fact_rows: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    filters: ExportFilters,
) -> tuple[Path, Any]:
    """503 more facts exported by one process to out/one.csv; then three workers switched on."""
    _many_tricky_deportations(filled, fact_rows, 503)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(export_module, "WORKERS", 1)
    (one,) = export_facts(filled, "deportations", "csv", out / "one.csv", filters=filters)
    monkeypatch.setattr(export_module, "PARALLEL_MIN_ROWS", 10)
    monkeypatch.setattr(export_module, "WORKERS", 3)
    return out, one


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
@pytest.mark.parametrize("filters", [ExportFilters(), ExportFilters(country="PAK")])
def test_sqlite_csv_in_worker_processes_equals_one_process(
    filled: Engine,
    fact_rows: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    filters: ExportFilters,
) -> None:
    """Big SQLite CSV exports are cut into id ranges written by forked workers: same bytes."""
    out, one = _one_process_then_three_workers(filled, fact_rows, tmp_path, monkeypatch, filters)
    assert len(export_module._id_ranges(filled, "deportations", 3)) == 3
    calls: list[int] = []
    render = export_module._render_parts

    def spy(*args: Any) -> Any:
        calls.append(len(args[4]))
        return render(*args)

    # One render with three workers: nothing was committed, so no fallback to one.
    monkeypatch.setattr(export_module, "_render_parts", spy)
    (many,) = export_facts(filled, "deportations", "csv", out / "many.csv", filters=filters)
    assert calls == [3] and many.rows == one.rows
    assert (out / "many.csv").read_bytes() == (out / "one.csv").read_bytes()
    # The header once, every row once, in id order; no part files left behind.
    frame = pd.read_csv(out / "many.csv", encoding="utf-8-sig", keep_default_na=False)
    assert frame["id"].is_monotonic_increasing and frame["id"].is_unique
    assert len(frame) == one.rows["deportations"]
    assert sorted(p.name for p in out.iterdir()) == ["many.csv", "one.csv"]


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_sqlite_csv_falls_back_to_one_snapshot_when_a_commit_lands(
    filled: Engine, fact_rows: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A commit while the workers start could split the export across two states: redo it whole."""
    _many_tricky_deportations(filled, fact_rows, 120)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(export_module, "WORKERS", 1)
    export_facts(filled, "deportations", "csv", out / "one.csv")
    monkeypatch.setattr(export_module, "PARALLEL_MIN_ROWS", 10)
    monkeypatch.setattr(export_module, "WORKERS", 2)
    renders: list[int] = []
    render = export_module._render_parts
    states = iter(range(1000))

    def counted(*args: Any) -> Any:
        renders.append(len(args[4]))
        return render(*args)

    # Every look at the write-ahead log sees a new state, as if commits kept landing.
    monkeypatch.setattr(export_module, "_render_parts", counted)
    monkeypatch.setattr(export_module, "_wal_state", lambda engine: (next(states), 0))
    (result,) = export_facts(filled, "deportations", "csv", out / "again.csv")
    assert renders == [2, 1]
    assert (out / "again.csv").read_bytes() == (out / "one.csv").read_bytes()
    assert result.rows["deportations"] == 127  # the fixture's 7 and these 120
    assert sorted(p.name for p in out.iterdir()) == ["again.csv", "one.csv"]


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
@pytest.mark.parametrize("filters", [ExportFilters(), ExportFilters(country="PAK")])
def test_postgresql_csv_in_parallel_copies_equals_one_copy(
    filled: Engine,
    fact_rows: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    filters: ExportFilters,
) -> None:
    """Big PostgreSQL CSV exports COPY id ranges on several connections, one snapshot."""
    out, one = _one_process_then_three_workers(filled, fact_rows, tmp_path, monkeypatch, filters)
    parts: list[str] = []
    real_part = export_module._pg_copy_part

    def spy(engine: Engine, options: Any, snapshot: str, copy: Any, part: Path) -> int:
        if not parts:
            # Another session deletes the last fact once the export has begun: every
            # connection still reads the state at its start.
            with filled.begin() as conn:
                last = conn.execute(select(func.max(models.DeportationFigure.id))).scalar()
                conn.execute(
                    delete(models.DeportationFigure).where(models.DeportationFigure.id == last)
                )
        parts.append(snapshot)
        return real_part(engine, options, snapshot, copy, part)

    monkeypatch.setattr(export_module, "_pg_copy_part", spy)
    (many,) = export_facts(filled, "deportations", "csv", out / "many.csv", filters=filters)
    assert len(parts) == 2 and len(set(parts)) == 1  # two more connections, one snapshot
    assert many.rows == one.rows
    assert (out / "many.csv").read_bytes() == (out / "one.csv").read_bytes()
    assert sorted(p.name for p in out.iterdir()) == ["many.csv", "one.csv"]
    # The deletion is there for the next export: the Python writer agrees with COPY.
    monkeypatch.setattr(export_module, "WORKERS", 1)
    export_facts(filled, "deportations", "csv", out / "after.csv", filters=filters)
    monkeypatch.setattr(export_module, "SQL_CSV", False)
    export_facts(filled, "deportations", "csv", out / "python.csv", filters=filters)
    assert (out / "python.csv").read_bytes() == (out / "after.csv").read_bytes()
    if filters.country is None:
        assert (out / "after.csv").read_bytes() != (out / "one.csv").read_bytes()


def test_id_ranges_cover_every_id_once(
    db: Engine, fact_rows: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _many_tricky_deportations(db, fact_rows, 101)
    monkeypatch.setattr(export_module, "PARALLEL_MIN_ROWS", 200)
    assert export_module._id_ranges(db, "deportations", 4) == []  # too few to split
    monkeypatch.setattr(export_module, "PARALLEL_MIN_ROWS", 10)
    ranges = export_module._id_ranges(db, "deportations", 4)
    with db.connect() as conn:
        ids = conn.execute(select(models.DeportationFigure.id)).scalars().all()
    assert len(ranges) == 4
    assert sorted(i for i in ids for lo, hi in ranges if lo < i <= hi) == sorted(ids)
    assert export_module._id_ranges(db, "deportations", 1) == []


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_sqlite_csv_worker_failure_leaves_nothing(
    filled: Engine, fact_rows: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _many_tricky_deportations(filled, fact_rows, 60)
    monkeypatch.setattr(export_module, "PARALLEL_MIN_ROWS", 10)
    monkeypatch.setattr(export_module, "WORKERS", 2)

    def broken(*args: Any) -> int:
        raise RuntimeError("disk I/O error\nmore detail")

    monkeypatch.setattr(export_module, "_csv_rows", broken)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(DatabaseError, match="disk I/O error$"):
        export_facts(filled, "deportations", "csv", out / "facts.csv")
    assert list(out.iterdir()) == []


@given(st.text(max_size=30))
def test_csv_round_trips_any_text_neutralised(value: str) -> None:
    buffer = io.BytesIO()
    sheet = Sheet("t", ["text", "n"], ["text", "int"], [[(value, -5)]])
    write_csv(buffer, [sheet], Path("t.csv"))
    # Strip only the BOM; newline="" keeps the cell's own carriage returns and line breaks.
    decoded = buffer.getvalue().decode("utf-8-sig")
    (row,) = list(csv.reader(io.StringIO(decoded, newline="")))[1:]
    assert row == [neutralise_formula(value), "-5"]
    if row[0].lstrip(" ")[:1] in ("=", "+", "-", "@", "\t", "\r"):
        pytest.fail(f"formula-looking cell left as is: {row[0]!r}")


# --- XLSX ---------------------------------------------------------------------------------


def test_xlsx_all_has_a_sheet_per_kind_with_dates_and_safe_text(
    filled: Engine, tmp_path: Path
) -> None:
    import openpyxl

    out = tmp_path / "facts.xlsx"
    (result,) = export_facts(filled, "all", "xlsx", out)
    assert result.rows == {"visits": 2, "action_items": 1, "trade_targets": 1, "deportations": 7}
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["visits", "action_items", "trade_targets", "deportations"]
    sheet = book["deportations"]
    header = [c.value for c in sheet[1]]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
    row = {h: c for h, c in zip(header, sheet[2], strict=True)}
    assert row["period_start"].is_date and row["period_start"].value == datetime(2024, 1, 1)
    assert row["count"].data_type == "n" and row["count"].value == 100
    assert row["cumulative"].value is True
    notes = [sheet.cell(r, header.index("note") + 1) for r in range(2, 2 + len(FORMULA_NOTES))]
    # xlsxwriter stores a carriage return as the OOXML escape _x000D_, which Excel
    # reads back as "\r"; openpyxl leaves the escape as it is.
    assert [c.value.replace("_x000D_", "\r") for c in notes] == FORMULA_NOTES
    assert {c.data_type for c in notes} == {"s"}
    visits = book["visits"]
    vheader = [c.value for c in visits[1]]
    assert visits.cell(2, vheader.index("visitor") + 1).value == "Ерлан Карин"
    assert visits.cell(2, vheader.index("evidence") + 1).data_type == "s"
    assert visits.column_dimensions["A"].width > 0
    assert book["trade_targets"].cell(2, 8).value == pytest.approx(2500000000.25)


def test_xlsx_continues_on_a_new_sheet_past_the_row_limit(
    filled: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import openpyxl

    monkeypatch.setattr(export_module, "XLSX_MAX_DATA_ROWS", 3)
    out = tmp_path / "split.xlsx"
    export_facts(filled, "deportations", "xlsx", out)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["deportations", "deportations (2)", "deportations (3)"]
    counts = [book[n]["count"] if False else book[n].max_row - 1 for n in book.sheetnames]
    assert counts == [3, 3, 1]
    assert [c.value for c in book["deportations (3)"][1]] == [
        c.value for c in book["deportations"][1]
    ]
    assert book["deportations (3)"].freeze_panes == "A2"


# --- JSON and Parquet ---------------------------------------------------------------------


def test_json_and_jsonl_round_trip(filled: Engine, tmp_path: Path) -> None:
    export_facts(filled, "deportations", "json", tmp_path / "d.json")
    export_facts(filled, "deportations", "json", tmp_path / "d.jsonl")
    array = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    lines = [json.loads(x) for x in (tmp_path / "d.jsonl").read_text(encoding="utf-8").splitlines()]
    assert array == lines
    assert array[0]["count"] == 100 and array[0]["period_start"] == "2024-01-01"
    assert array[0]["cumulative"] is True and array[1]["cumulative"] is False
    assert array[0]["document_title"] == "Депортация: итоги года"
    # JSON is not a spreadsheet: the text is kept exactly.
    assert [r["note"] for r in array] == FORMULA_NOTES


def test_parquet_round_trip_is_typed(filled: Engine, tmp_path: Path) -> None:
    import pandas as pd

    export_facts(filled, "visits", "parquet", tmp_path / "v.parquet")
    frame = pd.read_parquet(tmp_path / "v.parquet").sort_values("id")
    assert list(frame["date_start"]) == [date(2025, 1, 14), date(2023, 6, 1)]
    assert frame["human"].dtype == bool
    assert frame["visitor"].iloc[0] == "Ерлан Карин"
    assert frame["evidence_start"].dtype.kind == "i"


def test_all_in_a_one_table_format_writes_a_folder(filled: Engine, tmp_path: Path) -> None:
    results = export_facts(filled, "all", "parquet", tmp_path / "facts")
    assert sorted(p.name for p in (tmp_path / "facts").iterdir()) == [
        "action_items.parquet",
        "deportations.parquet",
        "trade_targets.parquet",
        "visits.parquet",
    ]
    assert sum(sum(r.rows.values()) for r in results) == 11
    with pytest.raises(ExportError, match="give a folder"):
        export_facts(filled, "all", "csv", tmp_path / "facts.csv")


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_exported_files_get_the_modes_of_any_new_file(filled: Engine, tmp_path: Path) -> None:
    """Not the private 0600 of a temporary file: an export is made to be shared."""
    old = os.umask(0o022)
    try:
        (result,) = export_facts(filled, "visits", "csv", tmp_path / "visits.csv")
    finally:
        os.umask(old)
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o644


# --- filters ------------------------------------------------------------------------------


def test_country_and_date_filters(filled: Engine, tmp_path: Path) -> None:
    def count(kind: str, **filters: Any) -> int:
        # JSON reads rows in Python; CSV has the database render them: same filters.
        found = set()
        for suffix in ("json", "csv"):
            (result,) = export_facts(
                filled,
                kind,
                suffix,
                tmp_path / f"{kind}.{suffix}",
                filters=ExportFilters(**filters),
            )
            found.add(result.rows[kind])
        assert len(found) == 1, found
        return found.pop()

    assert count("visits") == 2
    assert count("visits", country="AFG") == 1
    assert count("visits", country="FRA") == 1
    assert count("visits", since=date(2024, 1, 1)) == 1
    assert count("visits", until=date(2023, 6, 15)) == 1
    assert count("deportations", since=date(2024, 3, 15), until=date(2024, 4, 1)) == 2
    # Action items name no country: they follow the documents that name it.
    assert count("action_items", country="AFG") == 1
    assert count("action_items", country="DEU") == 0
    assert count("trade_targets", country="KAZ") == 1


def test_action_items_country_filter_is_the_reports(
    filled: Engine, fact_rows: Any, tmp_path: Path
) -> None:
    """An item whose responsible body is of the country counts, as in `report actions`."""
    with filled.begin() as conn:
        doc = fact_rows.document(conn, "ministry.txt")
        ministry = conn.execute(
            insert(models.Actor).returning(models.Actor.id),
            {"name": "Ministry of Transport", "kind": "organisation", "country_code": "UZB"},
        ).scalar_one()
        conn.execute(
            insert(models.ActionItem),
            {
                **fact_rows.provenance(doc, "the ministry will draft a plan"),
                "title": "Draft a transit plan",
                "status": "agreed",
                "responsible_id": ministry,
            },
        )
    (result,) = export_facts(
        filled, "action_items", "csv", tmp_path / "a.csv", filters=ExportFilters(country="UZB")
    )
    report = actions_report(ReportFilters(country="UZB"), as_of=date(2025, 1, 1))
    with filled.connect() as conn:
        reported = len(conn.execute(report.statement).all())
    # The fixture's item counts by its document (a UZB visit), the new one by its ministry.
    assert result.rows["action_items"] == reported == 2


# --- failures -----------------------------------------------------------------------------


def test_a_writer_failing_midway_leaves_no_file(filled: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "broken.csv"
    out.write_text("the previous export\n", encoding="utf-8")

    @register_output_format("broken", (".csv",))
    def broken(stream: Any, sheets: Any, path: Path) -> int:
        for batch in sheets[0].batches:
            stream.write(b"x" * 1000)
            raise RuntimeError(f"disk trouble after {len(batch)} rows")
        return 0

    try:
        with pytest.raises(RuntimeError, match="disk trouble"):
            export_facts(filled, "deportations", "broken", out)
    finally:
        del OUTPUT_FORMATS["broken"]
    assert out.read_text(encoding="utf-8") == "the previous export\n"
    assert [p.name for p in folder.iterdir()] == ["broken.csv"]


def test_the_database_failing_midway_leaves_no_file(
    filled: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_after_first(real: Any) -> Any:
        def failing(*args: Any, **kwargs: Any) -> Any:
            for batch in real(*args, **kwargs):
                yield batch
                raise RuntimeError("server went away")

        return failing

    folder = tmp_path / "out"
    folder.mkdir()
    # Both ways rows leave the database: Core batches, and PostgreSQL's COPY for CSV.
    monkeypatch.setattr(export_module, "_batches", failing_after_first(export_module._batches))
    monkeypatch.setattr(
        export_module, "_pg_copy_csv", failing_after_first(export_module._pg_copy_csv)
    )
    for fmt, name in [("csv", "a.csv"), ("xlsx", "a.xlsx"), ("parquet", "a.parquet"),
                      ("json", "a.json")]:  # fmt: skip
        with pytest.raises(RuntimeError, match="server went away"):
            export_facts(filled, "deportations", fmt, folder / name, batch_size=2)
    assert list(folder.iterdir()) == []


def test_a_database_error_midway_is_one_line_and_leaves_no_file(
    filled: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    def failing(*args: Any, **kwargs: Any) -> Any:
        yield [(None,) * 21]
        raise OperationalError("SELECT", {}, Exception("connection reset\nmore detail"))

    monkeypatch.setattr(export_module, "_batches", failing)
    with pytest.raises(DatabaseError, match="connection reset") as info:
        export_facts(filled, "deportations", "json", tmp_path / "d.json")
    assert "\n" not in str(info.value)
    assert not (tmp_path / "d.json").exists()


def test_bad_target_is_an_export_error(filled: Engine, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no folder"):
        export_facts(filled, "visits", "csv", tmp_path / "missing" / "v.csv")
    with pytest.raises(ExportError, match="ending in .xlsx"):
        export_facts(filled, "visits", "xlsx", tmp_path / "v.csv")
    with pytest.raises(ExportError, match="unknown kind"):
        export_facts(filled, "meetings", "csv", tmp_path / "v.csv")


# --- the command line ---------------------------------------------------------------------


def test_cli_export(filled: Engine, db_url: str, runner: Any, tmp_path: Path) -> None:
    out = tmp_path / "afg.csv"
    result = runner.invoke(
        app,
        ["export", "visits", "--format", "csv", "--out", str(out), "--country", "afg",
         "--db", db_url],
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert "1 visits" in result.stderr
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert [r["host_country"] for r in csv.DictReader(handle)] == ["AFG"]


def test_cli_export_errors_are_one_line(
    filled: Engine, db_url: str, runner: Any, tmp_path: Path
) -> None:
    result = runner.invoke(
        app,
        ["export", "all", "--format", "csv", "--out", str(tmp_path / "x.csv"), "--db", db_url],
    )
    assert result.exit_code == 1
    assert result.stderr.startswith("error:") and len(result.stderr.strip().splitlines()) == 1
    result = runner.invoke(
        app,
        ["export", "visits", "--out", str(tmp_path / "v.csv"), "--since", "soon", "--db", db_url],
    )
    assert result.exit_code == 1 and "--since" in result.stderr
    backwards = ["--since", "2025-02-01", "--until", "2025-01-01"]
    out = tmp_path / "w.csv"
    result = runner.invoke(app, ["export", "visits", "--out", str(out), *backwards, "--db", db_url])
    assert result.exit_code == 1 and "after --until" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("size", [1, 10, 1 << 20])
def test_copy_rows_end_in_crlf_and_keep_line_breaks_inside_values(size: int) -> None:
    rows = [b"1,plain\n", b'2,"two\nlines"\n', b'3,"a ""quoted"" word"\n', b'4,"x\r\ny"\n', b"5,\n"]
    out = b"".join(export_module._crlf_blocks(rows, size))
    assert out == (b'1,plain\r\n2,"two\nlines"\r\n3,"a ""quoted"" word"\r\n4,"x\r\ny"\r\n5,\r\n')
    parsed = list(csv.reader(io.StringIO(out.decode(), newline="")))
    assert parsed[1] == ["2", "two\nlines"] and parsed[3] == ["4", "x\r\ny"]


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_copy_rows_count_and_may_stop_early(db: Engine) -> None:
    sql = "COPY (SELECT x, repeat('y', 100) FROM generate_series(1, 30000) AS x) TO STDOUT CSV"
    with db.connect() as conn:
        *blocks, rows = export_module._copy_rows(conn, sql, {})
        data = b"".join(blocks)
        assert rows == 30000 and data.count(b"\r\n") == 30000
        assert data.startswith(b"1,yyy") and data.endswith(b"\n30000," + b"y" * 100 + b"\r\n")
        # A reader closed after its first block: the COPY is cancelled and drained, and
        # the connection goes back to the pool in a state a rollback ends.
        chunks = export_module._copy_rows(conn, sql, {})
        assert next(chunks).startswith(b"1,yyy")
        chunks.close()
    with db.connect() as conn:
        assert conn.exec_driver_sql("SELECT 2").scalar_one() == 2


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_copy_rows_turn_a_server_error_midway_into_one_line(db: Engine) -> None:
    sql = "COPY (SELECT x, 1 / (20000 - x) FROM generate_series(1, 30000) AS x) TO STDOUT CSV"
    with db.connect() as conn:
        with pytest.raises(DatabaseError, match="division by zero") as info:
            list(export_module._copy_rows(conn, sql, {}))
        assert "\n" not in str(info.value)
    # Back in the pool the connection was rolled back and serves the next export.
    with db.connect() as conn:
        assert conn.exec_driver_sql("SELECT 3").scalar_one() == 3


@pytest.mark.parametrize("fmt", ["xlsx", "parquet", "json"])
def test_a_json_column_holding_a_bare_number_exports_as_text(
    db: Engine, fact_rows: Any, tmp_path: Path, fmt: str
) -> None:
    """SQLite hands back a JSON column's numeric text (topics written as -1 by some other
    tool) as a number: every writer still gets text, no crash."""
    _plant_formulas(db, fact_rows)
    out = tmp_path / f"visits.{fmt}"
    (result,) = export_facts(db, "visits", fmt, out)
    assert result.rows == {"visits": 1}
    if fmt == "xlsx":
        import openpyxl

        sheet = openpyxl.load_workbook(out).active
        header = [c.value for c in sheet[1]]
        topics = sheet.cell(row=2, column=header.index("topics") + 1).value
        assert topics in ("-1", "'-1")  # a text cell, never the number -1
    elif fmt == "parquet":
        assert pd.read_parquet(out)["topics"].tolist() == ["-1"]
    else:
        (row,) = json.loads(out.read_text(encoding="utf-8"))
        assert str(row["topics"]) == "-1"
