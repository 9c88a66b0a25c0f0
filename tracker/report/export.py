"""Export the analyst views to files: CSV, XLSX, JSON / JSON lines and Parquet.

Formats live in a registry (`OUTPUT_FORMATS`, filled by `register_output_format`,
after Datasette's `register_output_renderer`). Rows stream from the database in
batches (`stream_results` / `yield_per`: a server-side cursor on PostgreSQL), so
a million facts never sit in memory. Every file is written to a temporary file
in the target folder and renamed into place at the end; on any error the
temporary file is removed and no half-written export is left (issue 5).

Text that a spreadsheet could run as a formula (starting with = + - @, a tab or
a carriage return, after optional spaces) is neutralised: CSV cells get a
leading apostrophe, XLSX cells are always written as strings. Numbers stay
numbers.
"""

from __future__ import annotations

import codecs
import csv
import functools
import itertools
import json
import logging
import multiprocessing
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Boolean, Date, Engine, Integer, Numeric, Select, func, or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.sql.expression import ColumnElement, TableClause, column

from tracker.errors import DatabaseError, ExportError
from tracker.report.render import batched, json_value, markdown_cell
from tracker.report.reports import action_country
from tracker.store.models import FACT_MODELS, Country
from tracker.store.views import ANALYST_VIEWS

LOGGER = logging.getLogger(__name__)

KINDS = tuple(ANALYST_VIEWS)
BATCH_SIZE = 5000
# CSV from PostgreSQL is rendered by COPY (see _pg_copy_csv); False forces the
# Python writer. On SQLite, building the lines in SQL measured slower than Python.
SQL_CSV = True
# CSV from SQLite is rendered by this many forked processes, each over its own range
# of ids, once a kind has PARALLEL_MIN_ROWS facts (see _sqlite_parallel_csv).
WORKERS = min(os.cpu_count() or 1, 4)
PARALLEL_MIN_ROWS = 50_000
# The kinds' fact tables (their ids are the views' ids).
_FACT_TABLES = {
    "visits": "visits",
    "action_items": "action_items",
    "trade_targets": "trade_targets",
    "deportations": "deportation_figures",
}
# A sheet holds 1,048,576 rows; one is the header.
XLSX_MAX_DATA_ROWS = 1_048_575
XLSX_DATE_FORMAT = "yyyy-mm-dd"
XLSX_MAX_WIDTH = 60
# First characters (after optional spaces) that make a spreadsheet read text as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# Which columns a --country / --since / --until filter looks at, per kind.
COUNTRY_COLUMNS = {
    "visits": ("visitor_country", "host_country"),
    "trade_targets": ("country_a", "country_b"),
    "deportations": ("from_country", "nationality"),
}
PERIOD_COLUMNS = {
    "visits": "date",
    "action_items": "due",
    "trade_targets": "stated_on",
    "deportations": "period",
}

# Text columns that COPY leaves as they are, because no user or document can make them
# start like a formula (issue 5: each neutralising CASE costs the server time on every
# row). Only guarantees of the schema count, never the data seen so far:
# - *_precision, status, comparator: CHECK constraints hold them to fixed English words
#   (records.PRECISIONS, VISIT_STATUSES, ACTION_STATUSES, COMPARATORS);
# - *_label: the views compute them from a date and a precision: digits, 'ongoing' or NULL.
# Every other text column is neutralised (tests/report/test_export.py plants a formula
# in each). Country codes and names may join these: see `_plain_text_columns`.
FIXED_WORD_COLUMNS = {
    "visits": ("date_precision", "date_label", "status"),
    "action_items": ("status", "due_precision", "due_label"),
    "trade_targets": (
        "comparator",
        "target_date_precision",
        "target_date_label",
        "stated_on_precision",
        "stated_on_label",
    ),
    "deportations": ("period_precision", "period_label"),
}


@dataclass(frozen=True)
class Sheet:
    """One table to write: its name, columns, column types and a stream of row batches."""

    name: str
    columns: list[str]
    # "text" | "int" | "decimal" | "bool" | "date", or "any" for query results of unknown type
    types: list[str]
    batches: Iterable[list[Sequence[Any]]]
    # The same rows rendered as CSV by the database itself (PostgreSQL COPY), already
    # neutralised; the CSV writer streams it instead of `batches` when present. Each
    # call yields byte chunks, then the row count as an int.
    csv_body: Callable[[], Iterator[bytes | int]] | None = None


Writer = Callable[[IO[bytes], Sequence[Sheet], Path], int]


@dataclass(frozen=True)
class OutputFormat:
    """A registered export format: how to write sheets to a binary file."""

    name: str
    suffixes: tuple[str, ...]
    write: Writer
    # True when one file holds several kinds (XLSX sheets); else `all` writes a folder.
    multi_sheet: bool = False


OUTPUT_FORMATS: dict[str, OutputFormat] = {}


def register_output_format(
    name: str, suffixes: tuple[str, ...], *, multi_sheet: bool = False
) -> Callable[[Writer], Writer]:
    """Decorator adding a writer `(binary_file, sheets, path) -> rows` to OUTPUT_FORMATS."""

    def add(write: Writer) -> Writer:
        OUTPUT_FORMATS[name] = OutputFormat(name, suffixes, write, multi_sheet)
        return write

    return add


@dataclass(frozen=True)
class ExportFilters:
    """Which facts to export: a country on either side, and periods overlapping a range."""

    country: str | None = None
    since: date | None = None
    until: date | None = None

    def __post_init__(self) -> None:
        # The same refusal as the reports' filters: an empty file would hide the typo.
        if self.since and self.until and self.since > self.until:
            raise ExportError(f"--since {self.since} is after --until {self.until}")


@dataclass
class ExportResult:
    """A written file and how many rows of each kind it holds."""

    path: Path
    rows: dict[str, int] = field(default_factory=dict)


# --- values -------------------------------------------------------------------------------


def neutralise_formula(text: str) -> str:
    """Text with a leading apostrophe if a spreadsheet would read it as a formula."""
    stripped = text.lstrip(" ")
    if stripped and stripped.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def _type_name(sql_type: Any) -> str:
    if isinstance(sql_type, Date):
        return "date"
    if isinstance(sql_type, Boolean):
        return "bool"
    if isinstance(sql_type, Numeric):
        return "decimal"
    if isinstance(sql_type, Integer):
        return "int"
    return "text"


def _to_date(value: Any) -> date | None:
    # SQLite hands dates back as ISO text, PostgreSQL as date objects.
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _to_decimal(value: Any) -> Decimal | None:
    if value is None or isinstance(value, Decimal):
        return value
    # SQLite stores NUMERIC as a float or an integer; the column has 2 decimals.
    return Decimal(str(value)).quantize(Decimal("0.01"))


def _to_bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def _iso_text(value: Any) -> Any:
    # SQLite's dates are ISO text already; PostgreSQL's are date objects.
    return value if value is None or isinstance(value, str) else value.isoformat()


def _converters(
    types: Sequence[str], *, dates: Callable[[Any], Any] = _to_date
) -> list[tuple[int, Callable[[Any], Any]]]:
    """Per-column conversions of dates, decimals and booleans, for the columns that need one."""
    table: dict[str, Callable[[Any], Any]] = {
        "decimal": _to_decimal,
        "bool": _to_bool,
        "date": dates,
    }
    return [(i, table[t]) for i, t in enumerate(types) if t in table]


ColumnFix = Callable[[Sequence[Any]], Sequence[Any]]


def _fix_columns(batch: Sequence[Sequence[Any]], fixes: Sequence[tuple[int, ColumnFix]]) -> Any:
    """The batch's rows with each fix applied to its whole column.

    One call per column is several times faster than touching every cell of
    every row in nested loops.
    """
    if not fixes or not batch:
        return batch
    columns = list(zip(*batch, strict=True))
    for i, fix in fixes:
        columns[i] = fix(columns[i])
    return zip(*columns, strict=True)


_TEXT_TYPES = frozenset({str, type(None)})


def _text_column(values: Sequence[Any]) -> Sequence[Any]:
    """A text column as text: SQLite hands back a JSON column's numeric text (topics set
    to -1 by some other tool) as a number, which XLSX and Parquet writers refuse."""
    if set(map(type, values)) <= _TEXT_TYPES:  # PERF: one C-level pass for the usual case
        return values
    return [v if v is None or type(v) is str else str(v) for v in values]


def _typed(sheet: Sheet, *, dates: Callable[[Any], Any] = _to_date) -> Iterator[list[list[Any]]]:
    """The sheet's batches with dates (as `dates` makes them), decimals and booleans converted,
    and text columns holding only text."""
    fixes: list[tuple[int, ColumnFix]] = [
        (i, functools.partial(_map_list, fn)) for i, fn in _converters(sheet.types, dates=dates)
    ]
    fixes += [(i, _text_column) for i, t in enumerate(sheet.types) if t == "text"]
    for batch in sheet.batches:
        yield [list(r) for r in _fix_columns(batch, fixes)]


def _map_list(fn: Callable[[Any], Any], values: Sequence[Any]) -> list[Any]:
    return list(map(fn, values))


# --- writers ------------------------------------------------------------------------------


@register_output_format("csv", (".csv",))
def write_csv(stream: IO[bytes], sheets: Sequence[Sheet], path: Path) -> int:
    """UTF-8 CSV with a byte-order mark (so Excel reads Cyrillic), ISO dates, neutralised text."""
    (sheet,) = sheets
    # The BOM by hand: the utf-8-sig codec is pure Python and would encode every
    # row in a Python call; plain utf-8 stays in C.
    stream.write(codecs.BOM_UTF8)
    text = _text_stream(stream, "utf-8")
    n = _csv_to_text(text, sheet)
    _finish_text(text)
    return n


def _csv_to_text(text: IO[str], sheet: Sheet) -> int:
    # CRLF (RFC 4180): with it the csv module also quotes values holding a lone "\r".
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(sheet.columns)
    if sheet.csv_body is not None:
        return _copy_body(text, sheet.csv_body())
    return _csv_rows(writer, sheet.types, sheet.batches)


def _csv_rows(writer: Any, types: Sequence[str], batches: Iterable[Sequence[Any]]) -> int:
    """Write the batches' rows with `writer`, neutralised and typed for CSV; return the count."""
    fixes = [(i, _CSV_COLUMN_FIXES[t]) for i, t in enumerate(types) if t in _CSV_COLUMN_FIXES]
    n = 0
    for batch in batches:
        writer.writerows(_fix_columns(batch, fixes))
        n += len(batch)
    return n


def _crlf_blocks(rows: Iterable[bytes], size: int) -> Iterator[bytes]:
    """COPY's CSV rows joined into blocks of about `size` bytes, each row ending in CRLF.

    Python's writer ends rows in CRLF (RFC 4180) and keeps line breaks inside values;
    COPY ends them in a bare newline. libpq hands over one whole row at a time, so a
    block holding as many newlines as rows has none inside a value and all become
    CRLF at once; otherwise quotes tell the two apart (`_crlf_in_quotes`).
    """
    block: list[bytes] = []
    have = 0
    for row in rows:
        block.append(row)
        have += len(row)
        if have >= size:
            yield _crlf(b"".join(block), len(block))
            block, have = [], 0
    if block:
        yield _crlf(b"".join(block), len(block))


def _crlf(data: bytes, rows: int) -> bytes:
    if data.count(b"\n") == rows:
        return data.replace(b"\n", b"\r\n")
    return _crlf_in_quotes(data)


def _crlf_in_quotes(data: bytes) -> bytes:
    """Newlines outside quotes made CRLF; whole rows in, so the block starts outside quotes.

    Quotes toggle the state ("" inside a value toggles it twice), so the pieces
    between quotes alternate: outside, inside, outside...
    """
    parts = data.split(b'"')
    for k in range(0, len(parts), 2):
        parts[k] = parts[k].replace(b"\n", b"\r\n")
    return b'"'.join(parts)


def _copy_body(text: IO[str], chunks: Iterator[bytes | int]) -> int:
    """Write the database's CSV bytes after the header; return its row count."""
    text.flush()
    raw = text.buffer  # type: ignore[attr-defined]
    rows = 0
    for chunk in chunks:
        if isinstance(chunk, int):
            rows = chunk
        else:
            raw.write(chunk)
    return rows


def _csv_text_column(values: Sequence[Any]) -> Sequence[Any]:
    # One C-speed regex over the joined column first: most columns hold no
    # formula-looking text at all and are left alone without a Python loop.
    try:
        joined = "\n".join(filter(None, values))
    except TypeError:
        # SQLite hands back numeric text of a JSON column (visits.topics = -1) as a
        # number; it goes out as the text PostgreSQL gives, neutralised like any.
        values = [v if v is None or type(v) is str else str(v) for v in values]
        joined = "\n".join(filter(None, values))
    if not _FORMULA_LINE.search(joined):
        return values
    # The first-character test is cheap; the helper decides (spaces may come first).
    return [neutralise_formula(v) if v and v[0] in _FORMULA_OR_SPACE else v for v in values]


_BOOL_TEXT = {True: "true", False: "false", None: None}


def _csv_bool_column(values: Sequence[Any]) -> list[Any]:
    # True == 1 and False == 0, so SQLite's integers map too.
    return list(map(_BOOL_TEXT.__getitem__, values))


def _csv_decimal_column(values: Sequence[Any]) -> list[Any]:
    # SQLite's NUMERIC comes back as a float or an integer: print it with two decimals
    # as PostgreSQL does (the column holds two, so formatting rounds nothing away;
    # 8x faster than a Decimal per value).
    return [v if v is None else f"{v:.2f}" for v in values]


def _csv_any_column(values: Sequence[Any]) -> list[Any]:
    return [
        neutralise_formula(v) if type(v) is str else _csv_value(v) if v is not None else v
        for v in values
    ]


# What CSV needs done to a column of each type (ints and dates go as the driver gives them).
_CSV_COLUMN_FIXES: dict[str, ColumnFix] = {
    "text": _csv_text_column,
    "bool": _csv_bool_column,
    "decimal": _csv_decimal_column,
    "any": _csv_any_column,
}
# Any line of a joined column that a spreadsheet would read as a formula.
_FORMULA_LINE = re.compile("^ *[" + re.escape("".join(FORMULA_STARTS)) + "]", re.MULTILINE)
_FORMULA_OR_SPACE = frozenset("".join(FORMULA_STARTS) + " ")


def _csv_value(value: Any) -> Any:
    """Booleans as true/false, dates ISO; others unchanged."""
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    return value


@register_output_format("markdown", (".md", ".markdown"))
def write_markdown(stream: IO[bytes], sheets: Sequence[Sheet], path: Path) -> int:
    """A GitHub markdown table (pipes escaped, line breaks flattened)."""
    (sheet,) = sheets
    text = _text_stream(stream, "utf-8")
    n = _markdown_to_text(text, sheet)
    _finish_text(text)
    return n


def _markdown_to_text(text: IO[str], sheet: Sheet) -> int:
    text.write("| " + " | ".join(_md_cell(c) for c in sheet.columns) + " |\n")
    text.write("|" + "|".join("---" for _ in sheet.columns) + "|\n")
    n = 0
    for rows in _typed(sheet):
        for row in rows:
            text.write("| " + " | ".join(_md_cell(v) for v in row) + " |\n")
            n += 1
    return n


def _md_cell(value: Any) -> str:
    # The text a CSV cell would hold, made safe inside a table row.
    return "" if value is None else markdown_cell(str(_csv_value(value)))


@register_output_format("json", (".json", ".jsonl"))
def write_json(stream: IO[bytes], sheets: Sequence[Sheet], path: Path) -> int:
    """A streamed JSON array of objects, or JSON lines when the file name ends in .jsonl."""
    (sheet,) = sheets
    text = _text_stream(stream, "utf-8")
    n = _json_to_text(text, sheet, lines=path.suffix.lower() == ".jsonl")
    _finish_text(text)
    return n


def _json_to_text(text: IO[str], sheet: Sheet, *, lines: bool) -> int:
    columns = sheet.columns
    n = 0
    if not lines:
        text.write("[")
    encode = json.JSONEncoder(ensure_ascii=False, default=json_value).encode
    # Dates become ISO text column by column, not one `default` call per cell.
    for rows in _typed(sheet, dates=_iso_text):
        items = [encode(dict(zip(columns, row, strict=True))) for row in rows]
        if lines:
            text.write("\n".join(items) + "\n")
        else:
            text.write(("," if n else "") + "\n" + ",\n".join(items))
        n += len(items)
    if not lines:
        text.write("\n]\n" if n else "]\n")
    return n


@register_output_format("parquet", (".parquet",))
def write_parquet(stream: IO[bytes], sheets: Sequence[Sheet], path: Path) -> int:
    """Parquet written batch by batch with pyarrow's ParquetWriter, typed columns."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    (sheet,) = sheets
    arrow_types = {
        "text": pa.string(),
        "int": pa.int64(),
        "decimal": pa.decimal128(24, 2),
        "bool": pa.bool_(),
        "date": pa.date32(),
    }
    schema = pa.schema(
        [(c, arrow_types[t]) for c, t in zip(sheet.columns, sheet.types, strict=True)]
    )
    n = 0
    with pq.ParquetWriter(stream, schema) as writer:
        for rows in _typed(sheet):
            arrays = [
                pa.array([row[i] for row in rows], type=schema.field(i).type)
                for i in range(len(sheet.columns))
            ]
            writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=schema))
            n += len(rows)
    return n


@register_output_format("xlsx", (".xlsx",), multi_sheet=True)
def write_xlsx(stream: IO[bytes], sheets: Sequence[Sheet], path: Path) -> int:
    """An Excel workbook, one sheet per kind: date cells, frozen header, autofilter, widths."""
    import xlsxwriter

    # constant_memory flushes each row as it is written: memory stays flat.
    book = xlsxwriter.Workbook(stream, {"constant_memory": True, "in_memory": False})
    header = book.add_format({"bold": True})
    date_cell = book.add_format({"num_format": XLSX_DATE_FORMAT})
    total = 0
    try:
        for sheet in sheets:
            total += _write_xlsx_sheet(book, sheet, header, date_cell)
    finally:
        # close() writes the zip; after an error the caller removes the temp file.
        book.close()
    return total


def _write_xlsx_sheet(book: Any, sheet: Sheet, header: Any, date_cell: Any) -> int:
    """Write one kind, splitting into "name (2)", ... sheets past the row limit."""
    # Widths start at the header (at least room for a date or a short value), grow with text.
    widths = [
        max(len(c), 12 if t == "date" else 6) + 2
        for c, t in zip(sheet.columns, sheet.types, strict=True)
    ]

    def start(part: int) -> Any:
        ws = book.add_worksheet(sheet.name if part == 1 else f"{sheet.name} ({part})")
        for c, name in enumerate(sheet.columns):
            ws.write_string(0, c, name, header)
        ws.freeze_panes(1, 0)
        return ws

    def finish(ws: Any, last: int) -> None:
        ws.autofilter(0, 0, max(last, 1), len(sheet.columns) - 1)
        for c, w in enumerate(widths):
            ws.set_column(c, c, w)

    part, r, n = 1, 0, 0
    ws = start(part)
    for row in itertools.chain.from_iterable(_typed(sheet)):
        if r == XLSX_MAX_DATA_ROWS:
            finish(ws, r)
            part += 1
            ws, r = start(part), 0
        r += 1
        for c, (value, kind) in enumerate(zip(row, sheet.types, strict=True)):
            if value is None:
                continue
            if kind == "text":
                # Never write(): it would turn "=..." into a formula.
                ws.write_string(r, c, value)
                if len(value) + 2 > widths[c]:
                    widths[c] = min(len(value) + 2, XLSX_MAX_WIDTH)
            elif kind == "date":
                ws.write_datetime(r, c, datetime(value.year, value.month, value.day), date_cell)
            elif kind == "bool":
                ws.write_boolean(r, c, value)
            else:
                ws.write_number(r, c, value)
        n += 1
    finish(ws, r)
    return n


def _finish_text(text: Any) -> None:
    """Flush a `_text_stream` and let go of the file without closing it."""
    text.flush()
    buffered = text.detach()
    buffered.flush()
    buffered.detach()


def _text_stream(stream: IO[bytes], encoding: str) -> Any:
    import io

    # A large buffer: csv writes row by row.
    buffered = io.BufferedWriter(stream, buffer_size=1 << 20)  # type: ignore[arg-type]
    return io.TextIOWrapper(buffered, encoding=encoding, newline="", write_through=False)


# --- files --------------------------------------------------------------------------------


@contextmanager
def atomic_file(path: Path) -> Iterator[IO[bytes]]:
    """A binary temp file next to `path`, renamed onto `path` on success, removed on error."""
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(f"cannot write {path}: no folder {folder}")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExportError(f"cannot write in {folder}: {exc.strerror}") from exc
    tmp = Path(tmp_name)
    try:
        # mkstemp makes the file private (0600); an export gets the modes any new
        # file of the user gets (0644 under the usual umask), to be shared or served.
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as stream:
            yield stream
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# --- selects ------------------------------------------------------------------------------


def _raw_view(kind: str) -> tuple[TableClause, list[str], list[str]]:
    """The view with untyped columns (no per-row conversion on fetch) plus its type names."""
    view = ANALYST_VIEWS[kind]
    names = [c.name for c in view.columns]
    types = [_type_name(c.type) for c in view.columns]
    return view, names, types


def export_select(kind: str, filters: ExportFilters) -> Select[Any]:
    """The select of one kind's view rows that `filters` keep, in id order."""
    view, names, _ = _raw_view(kind)
    # Untyped columns: values arrive as the driver gives them and the writers convert
    # only what they need (SQLite's ISO date text goes into CSV as it is).
    stmt = select(*(column(n) for n in names)).select_from(view)
    terms: list[ColumnElement[bool]] = []
    if filters.country:
        if kind in COUNTRY_COLUMNS:
            terms.append(or_(*(view.c[c] == filters.country for c in COUNTRY_COLUMNS[kind])))
        else:
            # The same rule as `tracker report actions --country`: the responsible
            # body's country, or the document's other facts.
            terms.append(action_country(view, filters.country))
    prefix = PERIOD_COLUMNS[kind]
    if filters.since is not None:
        terms.append(view.c[f"{prefix}_end"] >= filters.since)
    if filters.until is not None:
        terms.append(view.c[f"{prefix}_start"] <= filters.until)
    return stmt.where(*terms).order_by(view.c.id)


# FORMULA_STARTS as code points for SQL's ascii(): all of them, and the space, are
# below 65, so one integer comparison passes most text (letters, other scripts).
_SQL_FORMULA_CODES = ", ".join(str(ord(c)) for c in FORMULA_STARTS)


def _pg_copy_csv(
    engine: Engine,
    kind: str,
    stmt: Select[Any],
    names: Sequence[str],
    types: Sequence[str],
    ranges: Sequence[tuple[int, int]],
    folder: Path,
) -> Iterator[bytes | int]:
    """The rows of `stmt` as CSV rendered by PostgreSQL's COPY, neutralised in SQL.

    COPY streams at the server's speed (PERF.md: 0.7 s per million rows), several
    times faster than formatting rows in Python; the SQL around it renders values
    exactly as the Python writer does (tests/report/test_export.py compares them).
    With two or more id `ranges`, each range after the first is copied at the same
    time by its own connection into a part file, all reading one snapshot that the
    first connection exports (as pg_dump's parallel jobs do); the first range
    streams straight to the output, then the parts follow in id order.
    """

    snapshot_options = {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
    with engine.connect().execution_options(**snapshot_options) as lead:
        # The first query fixes the transaction's snapshot: every COPY reads that state.
        plain = _plain_text_columns(lead, kind)

        def copy_of(low: int | None, high: int | None) -> tuple[str, Any]:
            return _copy_sql(_in_range(stmt, kind, low, high), names, types, engine, plain)

        if len(ranges) < 2:
            yield from _copy_rows(lead, *copy_of(None, None))
            return
        with (
            tempfile.TemporaryDirectory(prefix=".tracker-export-", dir=folder) as work,
            ThreadPoolExecutor(len(ranges) - 1, thread_name_prefix="tracker-copy") as pool,
        ):
            snapshot = lead.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()
            parts = [Path(work) / f"part{k}.csv" for k in range(1, len(ranges))]
            jobs = [
                pool.submit(_pg_copy_part, engine, snapshot_options, snapshot, copy_of(*r), part)
                for r, part in zip(ranges[1:], parts, strict=True)
            ]
            rows = 0
            for chunk in _copy_rows(lead, *copy_of(None, ranges[0][1])):
                if isinstance(chunk, int):
                    rows += chunk
                else:
                    yield chunk
            for job, part in zip(jobs, parts, strict=True):
                rows += job.result()
                yield from _drain(part)
            yield rows


def _plain_text_columns(conn: Any, kind: str) -> frozenset[str]:
    """The kind's text columns that COPY may write without neutralising them.

    The FIXED_WORD_COLUMNS, and the country codes and names when no row of
    `countries` could pass for a formula or is empty. Migration 0001 fills that
    table from ISO 3166 and tracker never writes it, but anyone may, and a table
    of 249 rows is read in a millisecond: so its state in the export's own
    snapshot decides, not an assumption.
    """
    plain = set(FIXED_WORD_COLUMNS[kind])
    if kind in COUNTRY_COLUMNS:
        rows = conn.execute(select(Country.code, Country.name)).all()
        if all(v and neutralise_formula(v) == v for row in rows for v in row):
            plain.update(c for code in COUNTRY_COLUMNS[kind] for c in (code, f"{code}_name"))
    return frozenset(plain)


def _copy_sql(
    stmt: Select[Any],
    names: Sequence[str],
    types: Sequence[str],
    engine: Engine,
    plain: frozenset[str] = frozenset(),
) -> tuple[str, Any]:
    """The COPY statement (and its parameters) rendering `stmt` as neutralised CSV.

    Text columns named in `plain` are written as they are (`_plain_text_columns`).
    """
    exprs = []
    for name, kind in zip(names, types, strict=True):
        col = f't."{name}"'
        if kind == "text" and name not in plain:
            # Formula-looking text gets an apostrophe; '' becomes NULL, as csv writes both.
            # Integer tests on ascii() of the first character: 0.83 s for 250k rows,
            # against 1.29 s for left(ltrim()) IN (...) and 0.64 s with no test at all.
            exprs.append(
                f"CASE WHEN ascii({col}) > 64 THEN {col} "
                f"WHEN ascii({col}) IN ({_SQL_FORMULA_CODES}) OR (ascii({col}) = 32 "
                f"AND ascii(ltrim({col}, ' ')) IN ({_SQL_FORMULA_CODES})) "
                f"THEN '''' || {col} WHEN {col} <> '' THEN {col} END"
            )
        elif kind == "bool":
            exprs.append(f"CASE WHEN {col} THEN 'true' WHEN NOT {col} THEN 'false' END")
        else:
            exprs.append(col)
    compiled = stmt.compile(dialect=engine.dialect)
    sql = f"COPY (SELECT {', '.join(exprs)} FROM ({compiled}) AS t) TO STDOUT WITH (FORMAT csv)"
    return sql, compiled.params


def _copy_rows(conn: Any, sql: str, params: Any) -> Iterator[bytes | int]:
    """Run a COPY ... TO STDOUT on `conn`: CRLF byte blocks, then the row count."""
    import psycopg

    raw = conn.connection.driver_connection
    try:
        with raw.cursor() as cur:
            cur.execute("SET LOCAL DateStyle = 'ISO, YMD'")
            cur.execute("SET LOCAL client_encoding = 'UTF8'")
            for setting in COPY_SETTINGS:
                cur.execute(f"SET LOCAL {setting}")
            # The Copy block starts the COPY (binding the parameters) and, if we stop
            # early, cancels it and drains the connection; the rows come from libpq.
            with cur.copy(sql, params):
                count: list[int] = []
                # COPY hands over one row at a time: join them into ~1 MiB blocks
                # before the line-ending pass and the file write.
                yield from _crlf_blocks(_libpq_rows(raw.pgconn, count), 1 << 20)
            yield count[0]
    except psycopg.Error as exc:
        raise DatabaseError(f"the database failed during the export: {_first_line(exc)}") from exc


def _libpq_rows(pgconn: Any, count: list[int]) -> Iterator[Any]:
    """The rows of the COPY TO STDOUT running on `pgconn`; at the end, its row count into `count`.

    Straight from libpq: psycopg's Copy iterator makes several Python calls a row
    (a generator and a wait loop each), about half of the client's time (issue 5).
    The COPY's result is read here, before the last row is handed on, so a caller
    that stops after it leaves no result unread on the connection.
    """
    import select

    wait = select.poll()
    wait.register(pgconn.socket, select.POLLIN)
    get = pgconn.get_copy_data
    while True:
        nbytes, row = get(1)  # 1: never block; 0 bytes means nothing has arrived yet
        if nbytes > 0:
            yield row
        elif nbytes == 0:
            wait.poll()
            pgconn.consume_input()
        else:  # -1: the COPY is over, well or not
            break
    count.append(_copy_result(pgconn, wait))


def _copy_result(pgconn: Any, wait: Any) -> int:
    """The row count of the COPY that just ended on `pgconn`; a server error as DatabaseError."""
    from psycopg import pq

    rows, error = 0, None
    while True:
        while pgconn.is_busy():
            wait.poll()
            pgconn.consume_input()
        result = pgconn.get_result()
        if result is None:
            break
        if result.status == pq.ExecStatus.COMMAND_OK:
            rows = result.command_tuples or 0
        else:
            error = (result.error_message or b"").decode("utf-8", "replace")
    if error is not None:
        raise DatabaseError(f"the database failed during the export: {_first_line(error)}")
    return rows


def _first_line(error: object) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


# SET LOCAL in each export COPY's transaction (issue 5; server CPU for 250k rows,
# medians under load, 1.03 -> 0.90 -> 0.85 s). JIT compiles the view's expressions in
# every process of a parallel plan, about 50 ms each, once a whole kind's COPY passes
# jit_above_cost, and a stream of a second never wins that back. The id order is a
# sort that spills to disk under the default 4 MB; 64 MB keeps a 250k-row kind in
# memory (the server's, per sorting process, for the length of the export). The export
# runs its own id ranges on parallel connections already: a parallel plan inside each
# COPY only adds workers fighting for the same cores and a Gather Merge (about a fifth
# off the wall time of a 250k-row kind without it, same bytes).
COPY_SETTINGS = ("jit = off", "work_mem = '64MB'", "max_parallel_workers_per_gather = 0")


# A snapshot id as pg_export_snapshot() gives it ("00000003-0000001B-1").
_SNAPSHOT_RE = re.compile(r"[0-9A-Fa-f-]+")


def _pg_copy_part(
    engine: Engine, options: dict[str, Any], snapshot: str, copy: tuple[str, Any], part: Path
) -> int:
    """In a thread: COPY one range into `part` from the exported `snapshot`; its row count."""
    if not _SNAPSHOT_RE.fullmatch(snapshot):
        raise DatabaseError(f"unexpected snapshot id from the server: {snapshot!r}")
    rows = 0
    with engine.connect().execution_options(**options) as conn, part.open("wb") as out:
        # First in the transaction: from here on it reads exactly what the lead reads.
        conn.exec_driver_sql(f"SET TRANSACTION SNAPSHOT '{snapshot}'")
        for chunk in _copy_rows(conn, *copy):
            if isinstance(chunk, int):
                rows = chunk
            else:
                out.write(chunk)
    return rows


def _can_fork(engine: Engine) -> bool:
    """True for a SQLite file on a system where worker processes can be forked."""
    database = engine.url.database
    return (
        engine.dialect.name == "sqlite"
        and database not in (None, "", ":memory:")
        and "fork" in multiprocessing.get_all_start_methods()
        and sys.platform.startswith("linux")
    )


def _id_ranges(engine: Engine, kind: str, workers: int) -> list[tuple[int, int]]:
    """The kind's ids cut into `workers` ranges (lo, hi]; [] when too few facts to split.

    The bounds come from the fact table's primary key (instant), not from the view.
    """
    table = FACT_MODELS[_FACT_TABLES[kind]].__table__
    with engine.connect() as conn:
        low, high = conn.execute(select(func.min(table.c.id), func.max(table.c.id))).one()
    if low is None or workers < 2 or high - low + 1 < PARALLEL_MIN_ROWS:
        return []
    step = -(-(high - low + 1) // workers)
    cuts = [low - 1 + step * k for k in range(workers)] + [high]
    return list(itertools.pairwise(cuts))


def _sqlite_parallel_csv(
    engine: Engine,
    kind: str,
    stmt: Select[Any],
    types: Sequence[str],
    ranges: Sequence[tuple[int | None, int | None]],
    folder: Path,
    batch_size: int,
) -> Iterator[bytes | int]:
    """The rows of `stmt` as CSV, rendered by one forked process per id range.

    On SQLite the Python side (making the row objects, writing CSV) costs about
    twice what the database itself does, so a single process cannot come near the
    `sqlite3 -csv` command line; cut into id ranges, each rendered into its own
    part file by the same code as the single-process path (`_csv_rows`), the work
    spreads over the cores. The parts are then streamed in id order.

    One snapshot: each worker's connection reads the database as it is when its
    query starts. If anything was committed (the write-ahead log changed) before
    every worker had started, the ranges could disagree, so the parts are thrown
    away and one worker renders the whole export from a single snapshot.
    """
    with tempfile.TemporaryDirectory(prefix=".tracker-export-", dir=folder) as work:
        rows = _render_parts(engine, kind, stmt, types, ranges, Path(work), batch_size)
        if rows is None:
            LOGGER.info("the database changed while the export started: one process instead")
            ranges = [(None, None)]
            rows = _render_parts(engine, kind, stmt, types, ranges, Path(work), batch_size)
        assert rows is not None  # one worker has one snapshot
        for k in range(len(ranges)):
            yield from _drain(Path(work) / f"part{k}.csv")
        yield rows


def _drain(part: Path) -> Iterator[bytes]:
    """A part file's bytes in 1 MiB chunks; the file is removed once read."""
    with part.open("rb") as chunks:
        while chunk := chunks.read(1 << 20):
            yield chunk
    part.unlink()


def _in_range(stmt: Select[Any], kind: str, low: int | None, high: int | None) -> Select[Any]:
    """`stmt` kept to the ids in (low, high]; None leaves that side open."""
    view_id = ANALYST_VIEWS[kind].c.id
    if low is not None:
        stmt = stmt.where(view_id > low)
    if high is not None:
        stmt = stmt.where(view_id <= high)
    return stmt


def _render_parts(
    engine: Engine,
    kind: str,
    stmt: Select[Any],
    types: Sequence[str],
    ranges: Sequence[tuple[int | None, int | None]],
    work: Path,
    batch_size: int,
) -> int | None:
    """Render each range into work/partK.csv in its own process; return the row count.

    None when a commit landed while the workers were starting (see above).
    """
    context = multiprocessing.get_context("fork")
    # No connection of this process is carried into the workers.
    engine.dispose()
    log_before = _wal_state(engine)
    jobs = []
    try:
        for k, (low, high) in enumerate(ranges):
            ranged = _in_range(stmt, kind, low, high)
            receive, send = context.Pipe(duplex=False)
            part = work / f"part{k}.csv"
            proc = context.Process(
                target=_csv_part, args=(engine, ranged, types, part, batch_size, send)
            )
            proc.start()
            send.close()
            jobs.append((proc, receive))
        # Every worker first says it has read its first rows: its snapshot is fixed.
        for _, receive in jobs:
            _answer(receive, "started")
        if len(jobs) > 1 and _wal_state(engine) != log_before:
            for proc, _ in jobs:
                proc.terminate()
            return None
        rows = sum(_answer(receive, "ok") for _, receive in jobs)
    except BaseException:
        for proc, _ in jobs:
            proc.terminate()
        raise
    finally:
        # After "ok" a worker has closed its part file and only exits.
        for proc, _ in jobs:
            proc.join()
    return rows


def _answer(receive: Any, expected: str) -> int:
    """A worker's next message, which must be `expected`; its errors become DatabaseError."""
    try:
        status, value = receive.recv()
    except EOFError as exc:
        raise DatabaseError("an export worker stopped without an answer") from exc
    if status != expected:
        raise DatabaseError(f"the database failed during the export: {value}")
    return int(value)


def _wal_state(engine: Engine) -> tuple[int, int] | None:
    """Size and modification time of the database's write-ahead log: any commit changes them.

    None for no log or an empty one: connections create an empty log when they open
    and the last one to close removes it, neither of which is a commit.
    """
    try:
        info = os.stat(f"{engine.url.database}-wal")
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns) if info.st_size else None


def _csv_part(
    engine: Engine,
    stmt: Select[Any],
    types: Sequence[str],
    part: Path,
    batch_size: int,
    answer: Any,
) -> None:
    """In a forked worker: write the rows of `stmt` to `part` as CSV, answer the count."""
    try:
        # The parent's pool was emptied before the fork; start a fresh one.
        engine.dispose(close=False)

        def batches() -> Iterator[Sequence[Any]]:
            stream = _batches(engine, stmt, batch_size)
            first = next(stream, None)
            # The query has run and holds its snapshot until its last row.
            answer.send(("started", 0))
            if first is not None:
                yield first
                yield from stream

        with part.open("w", encoding="utf-8", newline="") as text:
            rows = _csv_rows(csv.writer(text, lineterminator="\r\n"), types, batches())
        # Only once the part file is complete and closed.
        answer.send(("ok", rows))
    except Exception as exc:  # noqa: BLE001 - the parent turns it into one error line
        detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        answer.send(("error", detail[0] if detail else type(exc).__name__))
    finally:
        answer.close()


def _batches(engine: Engine, stmt: Select[Any], batch_size: int) -> Iterator[list[Sequence[Any]]]:
    """Row batches of `stmt` from a streaming cursor (server-side on PostgreSQL)."""
    with engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=batch_size).execute(stmt)
        yield from result.partitions()


def export_facts(
    engine: Engine,
    kind: str,
    fmt: str,
    out: Path | str,
    *,
    filters: ExportFilters | None = None,
    batch_size: int = BATCH_SIZE,
) -> list[ExportResult]:
    """Export one kind (or "all") of facts from the views to `out` in format `fmt`.

    `kind`: visits, action_items, trade_targets, deportations or all. `out`: a file;
    for `all` in a one-table format (csv, json, parquet) a folder that gets one
    file per kind. Returns the files written with their row counts.
    """
    if fmt not in OUTPUT_FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(OUTPUT_FORMATS)}")
    if kind != "all" and kind not in KINDS:
        raise ExportError(f"unknown kind {kind!r}; choose one of {', '.join(KINDS)} or all")
    spec = OUTPUT_FORMATS[fmt]
    filters = filters or ExportFilters()
    kinds = list(KINDS) if kind == "all" else [kind]
    target = Path(out).expanduser()

    def sheet(k: str) -> Sheet:
        _, names, types = _raw_view(k)
        stmt = export_select(k, filters)
        body = None
        folder = target if target.is_dir() or not target.suffix else target.parent
        if fmt == "csv" and SQL_CSV and engine.dialect.name == "postgresql":
            ranges = _id_ranges(engine, k, WORKERS)
            body = functools.partial(_pg_copy_csv, engine, k, stmt, names, types, ranges, folder)
        elif fmt == "csv" and _can_fork(engine) and (ranges := _id_ranges(engine, k, WORKERS)):
            body = functools.partial(
                _sqlite_parallel_csv, engine, k, stmt, types, ranges, folder, batch_size
            )
        return Sheet(k, names, types, _batches(engine, stmt, batch_size), body)

    if len(kinds) == 1 or spec.multi_sheet:
        return [_write_file(spec, target, [sheet(k) for k in kinds])]
    if target.suffix:
        raise ExportError(
            f"export all as {fmt} writes one file per kind: give a folder, not {target}"
        )
    target.mkdir(parents=True, exist_ok=True)
    suffix = spec.suffixes[0]
    return [_write_file(spec, target / f"{k}{suffix}", [sheet(k)]) for k in kinds]


def _write_file(spec: OutputFormat, path: Path, sheets: list[Sheet]) -> ExportResult:
    if path.is_dir():
        raise ExportError(f"{path} is a folder; name a {spec.suffixes[0]} file")
    if path.suffix.lower() not in spec.suffixes:
        raise ExportError(
            f"{path}: a {spec.name} export needs a name ending in {', '.join(spec.suffixes)}"
        )
    result = ExportResult(path)
    counted = [_counting(s, result) for s in sheets]
    try:
        with atomic_file(path) as stream:
            written = spec.write(stream, counted, path)
        if len(counted) == 1:
            # A writer may not read the batches at all (COPY): trust its own count.
            result.rows[counted[0].name] = written
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except SQLAlchemyError as exc:
        detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise DatabaseError(f"the database failed during the export to {path}: {detail}") from exc
    LOGGER.info("exported %s to %s", result.rows, path)
    return result


def _counting(sheet: Sheet, result: ExportResult) -> Sheet:
    """The sheet with its batches counted into `result.rows`."""
    result.rows[sheet.name] = 0

    def counted() -> Iterator[list[Sequence[Any]]]:
        try:
            for batch in sheet.batches:
                result.rows[sheet.name] += len(batch)
                yield batch
        finally:
            # Release the database cursor at once when a writer stops early.
            close = getattr(sheet.batches, "close", None)
            if close is not None:
                close()

    return Sheet(sheet.name, sheet.columns, sheet.types, counted(), sheet.csv_body)


# Formats whose writers take rows of any type (query results): no schema needed.
QUERY_FORMATS = ("csv", "json", "markdown")


def _query_sheet(fmt: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> Sheet:
    if fmt not in QUERY_FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(QUERY_FORMATS)}")
    return Sheet("query", list(columns), ["any"] * len(columns), batched(rows, BATCH_SIZE))


def write_rows(fmt: str, columns: Sequence[str], rows: Iterable[Sequence[Any]], out: Path) -> int:
    """Write query rows (as `tracker sql` gets them) to the file `out`, atomically."""
    sheet = _query_sheet(fmt, columns, rows)
    with atomic_file(Path(out).expanduser()) as stream:
        return OUTPUT_FORMATS[fmt].write(stream, [sheet], Path(out))


def write_rows_to_stream(
    fmt: str, columns: Sequence[str], rows: Iterable[Sequence[Any]], text: IO[str]
) -> int:
    """Write query rows to a text stream such as stdout (CSV without a byte-order mark)."""
    sheet = _query_sheet(fmt, columns, rows)
    if fmt == "csv":
        return _csv_to_text(text, sheet)
    if fmt == "json":
        return _json_to_text(text, sheet, lines=False)
    return _markdown_to_text(text, sheet)
