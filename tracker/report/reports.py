"""The analyst reports: Core selects over the analyst views, filters pushed into SQL.

Every report is one `Select` over a view of `tracker.store.views.ANALYST_VIEWS`
with its filters in the WHERE clause, so the database does the work and rows
stream out as tuples (issue 5: a report stays close to the speed of its raw
SQL). Derived columns that users rely on are computed in SQL too: an action
item's status as of a date (a CASE over `due_end`), how a trade target moved
(a LAG window over the country pair) and the deportation totals (GROUP BY).
Python only turns rows into text for people (`display_row`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Date,
    Select,
    String,
    and_,
    bindparam,
    case,
    false,
    func,
    literal,
    null,
    or_,
    select,
    true,
    type_coerce,
    union,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import FunctionElement, TableClause
from sqlalchemy.types import NullType

from tracker.errors import ConfigError
from tracker.store.models import (
    ActionItem,
    Actor,
    Country,
    DeportationFigure,
    Document,
    TradeTarget,
    Visit,
)
from tracker.store.views import ANALYST_VIEWS

LOGGER = logging.getLogger(__name__)

# The row reports `build_report` makes; `summary` is its own function.
REPORT_NAMES = ("visits", "actions", "targets", "deportations")
# Rows fetched per round trip when streaming (a server-side cursor on PostgreSQL).
STREAM_BATCH = 2000
SUMMARY_LATEST = 5
DEFAULT_SOON_DAYS = 30
ACTION_STATES = ("done", "ongoing", "overdue", "due soon", "open")
COMPARATOR_WORDS = {"at_least": "at least", "more_than": "more than", "up_to": "up to"}
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))
_COUNTRY_RE = re.compile(r"[A-Za-z]{3}")


@dataclass(frozen=True)
class ReportFilters:
    """What a report keeps: a country (either side of a fact) and a date range."""

    country: str | None = None
    since: date | None = None
    until: date | None = None

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise ConfigError(f"--since {self.since} is after --until {self.until}")


@dataclass(frozen=True)
class Report:
    """One report ready to run: its select and the columns it yields."""

    name: str
    statement: Select[Any]

    @property
    def columns(self) -> tuple[str, ...]:
        """The output column names, read off the select so they cannot drift from it."""
        return tuple(self.statement.selected_columns.keys())


def parse_date(text: str | None, option: str) -> date | None:
    """An ISO date (YYYY-MM-DD) from a command-line option, or a ConfigError naming it."""
    if text is None or not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ConfigError(f"{option}: not a date, expected YYYY-MM-DD: {text!r}") from None


def parse_country(text: str | None) -> str | None:
    """An ISO 3166-1 alpha-3 code from a command-line option, upper-cased."""
    if text is None or not text.strip():
        return None
    code = text.strip()
    if not _COUNTRY_RE.fullmatch(code):
        raise ConfigError(f"--country: expected a three-letter ISO code like KAZ, got {text!r}")
    return code.upper()


def view(kind: str) -> TableClause:
    """The analyst view of a fact kind: visits, action_items, trade_targets, deportations."""
    return ANALYST_VIEWS[kind]


def _overlaps(start: Any, end: Any, filters: ReportFilters) -> list[ColumnElement[bool]]:
    """WHERE terms keeping periods that overlap [since, until]; undated facts drop out."""
    terms: list[ColumnElement[bool]] = []
    if filters.since is not None:
        terms.append(end >= bindparam("since", filters.since, type_=Date))
    if filters.until is not None:
        terms.append(start <= bindparam("until", filters.until, type_=Date))
    return terms


def iso_day(column: Any) -> Any:
    """A date column read as its ISO text, for output only.

    SQLite stores dates as ISO text; typing the output column as text skips
    parsing each value into a `date` only for csv/json to print it back
    (PostgreSQL's driver hands back dates, which print the same).
    """
    return type_coerce(column, String).label(column.name)


def _either(country: str | None, *columns: Any) -> list[ColumnElement[bool]]:
    if country is None:
        return []
    code = bindparam("country", country, type_=String)
    return [or_(*(c == code for c in columns))]


# -- visits ----------------------------------------------------------------------------------


def visits_report(filters: ReportFilters) -> Report:
    """A timeline of visits by date: who went where, whom they met, and the source."""
    v = view("visits")
    stmt = (
        select(
            v.c.id,
            v.c.date_label.label("date"),
            iso_day(v.c.date_start),
            iso_day(v.c.date_end),
            v.c.visitor_country,
            v.c.visitor,
            v.c.visitor_role,
            v.c.host_country,
            v.c.location,
            v.c.status,
            v.c.counterparts,
            v.c.topics,
            v.c.source,
            v.c.document_id,
            v.c.human,
        )
        .where(
            *_either(filters.country, v.c.visitor_country, v.c.host_country),
            *_overlaps(v.c.date_start, v.c.date_end, filters),
        )
        .order_by(v.c.date_start.asc().nulls_last(), v.c.id)
    )
    return Report("visits", stmt)


# -- action items ----------------------------------------------------------------------------


def action_state(due_end: Any, due_precision: Any, status: Any, as_of: date, soon_days: int) -> Any:
    """The SQL CASE giving an action item's state on `as_of` (see ACTION_STATES)."""
    as_of_param = bindparam("as_of", as_of, type_=Date)
    soon_param = bindparam("soon_until", as_of + timedelta(days=soon_days), type_=Date)
    return case(
        (status == "done", literal("done")),
        (or_(due_precision == "ongoing", status == "ongoing"), literal("ongoing")),
        # "Q1 2024" ends 2024-03-31: it is overdue from 2024-04-01 on.
        (and_(due_end.is_not(None), due_end < as_of_param), literal("overdue")),
        (and_(due_end.is_not(None), due_end <= soon_param), literal("due soon")),
        else_=literal("open"),
    )


def action_country(a: TableClause, country: str) -> ColumnElement[bool]:
    """Action items name no country: match the responsible body's, or the article's facts."""
    code = bindparam("country", country, type_=String)
    by_responsible = (
        select(ActionItem.id)
        .join(Actor, ActionItem.responsible_id == Actor.id)
        .where(Actor.country_code == code)
    )
    # Documents whose other facts name the country; each branch can use an index.
    documents = union(
        select(Visit.document_id).where(
            or_(Visit.visitor_country == code, Visit.host_country == code)
        ),
        select(TradeTarget.document_id).where(
            or_(TradeTarget.country_a == code, TradeTarget.country_b == code)
        ),
        select(DeportationFigure.document_id).where(
            or_(DeportationFigure.from_country == code, DeportationFigure.nationality == code)
        ),
    )
    return or_(a.c.id.in_(by_responsible), a.c.document_id.in_(documents))


def actions_report(
    filters: ReportFilters, as_of: date | None = None, soon_days: int = DEFAULT_SOON_DAYS
) -> Report:
    """Action items with the responsible body, due period and state as of a date."""
    if soon_days < 0:
        raise ConfigError(f"--soon-days must be 0 or more, got {soon_days}")
    as_of = as_of or date.today()
    a = view("action_items")
    state = action_state(a.c.due_end, a.c.due_precision, a.c.status, as_of, soon_days)
    where: list[ColumnElement[bool]] = _overlaps(a.c.due_start, a.c.due_end, filters)
    if filters.country is not None:
        where.append(action_country(a, filters.country))
    stmt = (
        select(
            a.c.id,
            a.c.title,
            a.c.responsible,
            a.c.due_label.label("due"),
            iso_day(a.c.due_start),
            iso_day(a.c.due_end),
            a.c.status,
            state.label("state"),
            a.c.source,
            a.c.document_id,
            a.c.human,
        )
        .where(*where)
        .order_by(a.c.due_end.asc().nulls_last(), a.c.id)
    )
    return Report("actions", stmt)


# -- trade targets ---------------------------------------------------------------------------

TARGET_COLUMNS = (
    "id",
    "country_a",
    "country_b",
    "metric",
    "amount",
    "currency",
    "comparator",
    "target_date",
    "stated_by",
    "stated_on",
    "previous_amount",
    "previous_comparator",
    "change",
    "source",
    "document_id",
    "human",
)


def plain_number(value: Any) -> Any:
    """A Decimal as an int when whole (3000000000), else a float; other values unchanged."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


class plain_amount(FunctionElement[Any]):
    """An amount as the plainest number the database gives: 3000000000, 2500000.5.

    PostgreSQL's numeric(24,2) would print as 3000000000.00; `trim_scale` drops the
    zeros there, and SQLite already stores whole amounts as integers. Untyped, so no
    Decimal is built per row only to be printed again (issue 5: near raw SQL speed).
    """

    type = NullType()
    name = "plain_amount"
    inherit_cache = True


@compiles(plain_amount)
def _plain_amount_default(element: plain_amount, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(plain_amount, "postgresql")
def _plain_amount_postgresql(element: plain_amount, compiler: Any, **kw: Any) -> str:
    return f"trim_scale({compiler.process(element.clauses, **kw)})"


def targets_report(filters: ReportFilters) -> Report:
    """Trade targets per country pair, ordered by stated date, with how each one moved."""
    t = view("trade_targets")
    # Undated statements fall back to the article's publication date.
    stated_key = func.coalesce(t.c.stated_on_start, t.c.published)
    # Amounts in different currencies are not comparable, so they are separate series.
    window = {
        "partition_by": (t.c.country_a, t.c.country_b, t.c.currency),
        "order_by": (stated_key.asc().nulls_first(), t.c.id),
    }
    inner = (
        select(
            t.c.id,
            t.c.country_a,
            t.c.country_b,
            t.c.metric,
            plain_amount(t.c.amount).label("amount"),
            t.c.currency,
            t.c.comparator,
            t.c.target_date_label.label("target_date"),
            t.c.stated_by,
            t.c.stated_on_label.label("stated_on"),
            plain_amount(func.lag(t.c.amount).over(**window)).label("previous_amount"),
            func.lag(t.c.comparator).over(**window).label("previous_comparator"),
            t.c.source,
            t.c.document_id,
            t.c.human,
            stated_key.label("stated_key"),
            t.c.stated_on_start,
            t.c.stated_on_end,
        )
        # The country filter keeps whole pairs, so it can go inside the window.
        .where(*_either(filters.country, t.c.country_a, t.c.country_b))
        .subquery("targets")
    )
    s = inner.c
    change = case(
        (s.previous_amount.is_(None), null()),
        (s.amount > s.previous_amount, literal("raised")),
        (s.amount < s.previous_amount, literal("lowered")),
        else_=literal("restated"),
    )
    stmt = (
        select(*(s[name] for name in TARGET_COLUMNS[:12]), change.label("change"))
        .add_columns(s.source, s.document_id, s.human)
        # Dates filter after the window, so "change" still compares with earlier targets.
        .where(*_overlaps(s.stated_on_start, s.stated_on_end, filters))
        .order_by(s.country_a, s.country_b.asc().nulls_first(), s.stated_key.asc().nulls_first())
        .order_by(s.id)
    )
    return Report("targets", stmt)


# -- deportations ----------------------------------------------------------------------------

TOTAL_COLUMNS = (
    "from_country",
    "from_country_name",
    "total",
    "basis",
    "periods",
    "first_period",
    "last_period",
    "undated_figures",
    "latest_running_total",
    "running_total_as_of",
)

TOTALS_RULE = (
    "Totals never add a running total to the counts it already contains: figures marked "
    'cumulative ("X people since January") are listed but left out of sums. A country\'s '
    "total is the sum of its dated per-period counts, each (nationality, period) counted "
    "once (the largest figure when several articles give one); undated counts cannot be "
    "placed in time, so they are counted apart and not added. A country with only running "
    "totals is reported at its latest running total, not a sum; one with only undated "
    "counts at the largest of them."
)


def deportation_where(filters: ReportFilters) -> list[ColumnElement[bool]]:
    """WHERE terms of the deportation report: country on either side, period overlap."""
    d = view("deportations")
    return [
        *_either(filters.country, d.c.from_country, d.c.nationality),
        *_overlaps(d.c.period_start, d.c.period_end, filters),
    ]


def deportations_report(filters: ReportFilters) -> Report:
    """Deportation figures per deporting country and period; running totals flagged."""
    d = view("deportations")
    stmt = (
        select(
            d.c.id,
            d.c.period_label.label("period"),
            iso_day(d.c.period_start),
            iso_day(d.c.period_end),
            d.c.from_country,
            d.c.nationality,
            d.c.count,
            d.c.cumulative,
            d.c.note,
            d.c.source,
            d.c.document_id,
            d.c.human,
        )
        .where(*deportation_where(filters))
        .order_by(d.c.from_country.asc().nulls_last(), d.c.period_start.asc().nulls_last(), d.c.id)
    )
    return Report("deportations", stmt)


def _is_cumulative(column: Any) -> ColumnElement[bool]:
    # A boolean column compares to true() on both dialects (SQLite stores 1).
    return column == true()


def per_period_select(filters: ReportFilters) -> Select[Any]:
    """Non-cumulative counts, one per (country, nationality, period): the unit totals add."""
    d = view("deportations")
    return (
        select(
            d.c.from_country,
            d.c.nationality,
            d.c.period_start,
            d.c.period_end,
            d.c.period_label,
            func.max(d.c.count).label("count"),
        )
        .where(d.c.cumulative == false(), *deportation_where(filters))
        .group_by(
            d.c.from_country, d.c.nationality, d.c.period_start, d.c.period_end, d.c.period_label
        )
    )


def deportation_totals_selects(filters: ReportFilters) -> tuple[Select[Any], Select[Any]]:
    """The two selects behind the totals: sums of per-period counts, latest running totals."""
    d = view("deportations")
    units = per_period_select(filters).subquery("units")
    dated = units.c.period_start.is_not(None)
    sums = select(
        units.c.from_country,
        func.sum(case((dated, units.c.count))).label("dated_total"),
        func.count(units.c.period_start).label("periods"),
        func.min(units.c.period_start).label("first_period"),
        func.max(units.c.period_end).label("last_period"),
        (func.count() - func.count(units.c.period_start)).label("undated_figures"),
        func.max(case((~dated, units.c.count))).label("largest_undated"),
    ).group_by(units.c.from_country)
    ranked = (
        select(
            d.c.from_country,
            d.c.count,
            d.c.period_label,
            func.row_number()
            .over(
                partition_by=d.c.from_country,
                order_by=(d.c.period_end.desc().nulls_last(), d.c.count.desc(), d.c.id.desc()),
            )
            .label("rank"),
        )
        .where(_is_cumulative(d.c.cumulative), *deportation_where(filters))
        .subquery("ranked")
    )
    latest = select(ranked.c.from_country, ranked.c.count, ranked.c.period_label).where(
        ranked.c.rank == 1
    )
    return sums, latest


def deportation_totals(connection: Connection, filters: ReportFilters) -> list[dict[str, Any]]:
    """One row per deporting country: its total and how it was reached (see TOTALS_RULE)."""
    sums, latest = deportation_totals_selects(filters)
    rows: dict[str | None, dict[str, Any]] = {}

    def row_of(country: str | None) -> dict[str, Any]:
        # A country may have only running totals, so either select can start its row.
        return rows.setdefault(
            country,
            {
                "from_country": country,
                "periods": 0,
                "first_period": None,
                "last_period": None,
                "undated_figures": 0,
                "latest_running_total": None,
                "running_total_as_of": None,
                "_dated": None,
                "_largest_undated": None,
            },
        )

    for country, dated, periods, first, last, undated, largest_undated in connection.execute(sums):
        row_of(country).update(
            periods=int(periods),
            first_period=first,
            last_period=last,
            undated_figures=int(undated),
            _dated=dated,
            _largest_undated=largest_undated,
        )
    for country, count, label in connection.execute(latest):
        row = row_of(country)
        row["latest_running_total"] = int(count)
        row["running_total_as_of"] = label
    for row in rows.values():
        dated, largest_undated = row.pop("_dated"), row.pop("_largest_undated")
        if dated is not None:
            row["total"], row["basis"] = int(dated), "sum of counts"
        elif row["latest_running_total"] is not None:
            row["total"], row["basis"] = row["latest_running_total"], "latest running total"
        else:
            row["total"], row["basis"] = int(largest_undated), "largest undated figure"
    codes = [c for c in rows if c is not None]
    names = dict(
        connection.execute(select(Country.code, Country.name).where(Country.code.in_(codes))).all()
    )
    ordered = sorted(rows.values(), key=lambda r: (r["from_country"] is None, r["from_country"]))
    return [
        {
            c: names.get(r["from_country"]) if c == "from_country_name" else r[c]
            for c in TOTAL_COLUMNS
        }
        for r in ordered
    ]


# -- summary ---------------------------------------------------------------------------------

# One part per analyst view, in the views' order.
SUMMARY_KINDS = tuple(ANALYST_VIEWS)
LATEST_COLUMNS = ("kind", "id", "date", "what", "source")


def _latest_select(kind: str, limit: int) -> Select[Any]:
    v = view(kind)
    c = v.c
    if kind == "visits":
        when, label = c.date_start, c.date_label
        what = [c.visitor_country, c.visitor, c.visitor_role, c.host_country, c.location, c.status]
    elif kind == "action_items":
        when, label = c.due_start, c.due_label
        what = [c.title, c.responsible, c.status]
    elif kind == "trade_targets":
        when, label = c.stated_on_start, c.stated_on_label
        what = [c.country_a, c.country_b, c.amount, c.currency, c.comparator, c.target_date_label]
    else:
        when, label = c.period_start, c.period_label
        what = [c.from_country, c.nationality, c.count, c.cumulative]
    key = func.coalesce(when, c.published)
    return (
        select(c.id, label.label("date"), c.source, *what)
        .order_by(key.desc().nulls_last(), c.id.desc())
        .limit(limit)
    )


def describe(kind: str, row: dict[str, Any]) -> str:
    """A one-line description of a fact for the summary."""
    if kind == "visits":
        side = _visit_side(row) or "?"
        where = ", ".join(x for x in (row.get("location"), row.get("host_country")) if x)
        return f"{side} → {where or '?'} [{row['status']}]"
    if kind == "action_items":
        by = f" — {row['responsible']}" if row.get("responsible") else ""
        return f"{row['title']}{by} [{row['status']}]"
    if kind == "trade_targets":
        pair = pair_label(row["country_a"], row["country_b"])
        goal = human_amount(row["amount"], row["currency"], row["comparator"])
        by = f" by {row['target_date_label']}" if row.get("target_date_label") else ""
        return f"{pair}: {goal}{by}"
    text = f"{row['count']:,} deported"
    if row.get("from_country"):
        text += f" by {row['from_country']}"
    if row.get("nationality"):
        text += f" ({row['nationality']} nationals)"
    return text + (" [running total]" if row.get("cumulative") else "")


# One row per fact in each view: counting the base table gives the same number cheaper.
_SUMMARY_TABLES = {
    "visits": Visit,
    "action_items": ActionItem,
    "trade_targets": TradeTarget,
    "deportations": DeportationFigure,
}


def summary_selects(limit: int = SUMMARY_LATEST) -> list[Select[Any]]:
    """The summary's statements: documents count, then per kind its count and latest facts."""
    out: list[Select[Any]] = [select(func.count()).select_from(Document)]
    for kind in SUMMARY_KINDS:
        out.append(select(func.count()).select_from(_SUMMARY_TABLES[kind]))
        out.append(_latest_select(kind, limit))
    return out


def summary(connection: Connection, limit: int = SUMMARY_LATEST) -> dict[str, Any]:
    """Counts per kind and of documents, and the latest `limit` facts of each kind."""
    statements = iter(summary_selects(limit))
    counts = {"documents": connection.scalar(next(statements)) or 0}
    latest: list[dict[str, Any]] = []
    for kind in SUMMARY_KINDS:
        counts[kind] = connection.scalar(next(statements)) or 0
        for row in connection.execute(next(statements)).mappings():
            latest.append(
                {
                    "kind": kind,
                    "id": row["id"],
                    "date": row["date"],
                    "what": describe(kind, dict(row)),
                    "source": row["source"],
                }
            )
    return {"counts": counts, "latest": latest}


# -- running and rendering -------------------------------------------------------------------


def build_report(
    name: str,
    filters: ReportFilters,
    *,
    as_of: date | None = None,
    soon_days: int = DEFAULT_SOON_DAYS,
) -> Report:
    """The report called `name` (visits, actions, targets, deportations) with its filters."""
    if name == "visits":
        return visits_report(filters)
    if name == "actions":
        return actions_report(filters, as_of, soon_days)
    if name == "targets":
        return targets_report(filters)
    if name == "deportations":
        return deportations_report(filters)
    raise ConfigError(f"unknown report {name!r}: choose one of {', '.join(REPORT_NAMES)}")


def stream_batches(
    connection: Connection, report: Report, batch: int = STREAM_BATCH
) -> Iterator[Sequence[Sequence[Any]]]:
    """The report's rows in lists of up to `batch`, fetched as they are needed.

    Batches rather than single rows keep the per-row Python work to what the
    driver does anyway (issue 5: within 1.2x of the raw SQL); PostgreSQL reads
    them through a server-side cursor, so memory stays flat.
    """
    result = connection.execution_options(yield_per=batch).execute(report.statement)
    try:
        yield from result.partitions(batch)
    finally:
        result.close()


def stream_rows(
    connection: Connection, report: Report, batch: int = STREAM_BATCH
) -> Iterator[Sequence[Any]]:
    """The report's rows one by one (tuples or Rows), fetched `batch` at a time."""
    for part in stream_batches(connection, report, batch):
        yield from part


def human_amount(amount: Any, currency: str | None, comparator: str | None = None) -> str:
    """An amount for people: "more than 3 billion USD", "1.5 million EUR", "250,000 USD"."""
    if amount is None:
        return ""
    value = Decimal(str(amount))
    text = f"{plain_number(value):,}"
    for scale, word in _SCALES:
        if abs(value) >= scale:
            scaled = (value / scale).quantize(Decimal("0.01")).normalize()
            text = f"{scaled:f} {word}"
            break
    prefix = COMPARATOR_WORDS.get(comparator or "", "")
    return " ".join(x for x in (prefix, text, currency or "") if x)


def grouped_amount(amount: Any, comparator: str | None = None) -> str:
    """An amount with thousands separators and its comparator: "more than 3,000,000,000"."""
    if amount is None:
        return ""
    number = f"{plain_number(Decimal(str(amount))):,}"
    prefix = COMPARATOR_WORDS.get(comparator or "", "")
    return f"{prefix} {number}".strip()


def pair_label(a: str | None, b: str | None) -> str:
    """A country pair as people read it: "AFG–KAZ" (or one code)."""
    return "–".join(x for x in (a, b) if x)


def _source(row: dict[str, Any], kind: str) -> str:
    return f"{row['source']} ({kind} #{row['id']})"


def _visit_side(row: dict[str, Any]) -> str:
    who = row.get("visitor") or ""
    if row.get("visitor_role"):
        who = f"{who} ({row['visitor_role']})" if who else str(row["visitor_role"])
    return " ".join(x for x in (row.get("visitor_country"), who) if x)


DISPLAY_COLUMNS: dict[str, tuple[str, ...]] = {
    "visits": ("date", "visiting side", "host", "place", "status", "counterparts", "source"),
    "actions": ("due", "state", "action", "responsible", "status", "source"),
    "targets": ("pair", "target", "by", "stated by", "stated on", "change", "source"),
    "deportations": ("period", "from", "nationality", "count", "kind", "note", "source"),
    "totals": ("from", "total", "basis", "periods", "span", "latest running total"),
}


def display_row(name: str, row: dict[str, Any]) -> dict[str, str]:
    """A report row as the text people read in a table or markdown (DISPLAY_COLUMNS)."""
    if name == "visits":
        return {
            "date": row["date"] or "unknown",
            "visiting side": _visit_side(row),
            "host": row["host_country"] or "",
            "place": row["location"] or "",
            "status": row["status"],
            "counterparts": row["counterparts"] or "",
            "source": _source(row, "visit"),
        }
    if name == "actions":
        return {
            "due": row["due"] or "",
            "state": row["state"],
            "action": row["title"],
            "responsible": row["responsible"] or "",
            "status": row["status"],
            "source": _source(row, "action"),
        }
    if name == "targets":
        change = row["change"] or ""
        if change:
            before = grouped_amount(row["previous_amount"], row["previous_comparator"])
            after = grouped_amount(row["amount"], row["comparator"])
            change = f"{change}: from {before} to {after}"
        return {
            "pair": pair_label(row["country_a"], row["country_b"]),
            "target": human_amount(row["amount"], row["currency"], row["comparator"]),
            "by": row["target_date"] or "",
            "stated by": row["stated_by"] or "",
            "stated on": row["stated_on"] or "",
            "change": change,
            "source": _source(row, "target"),
        }
    if name == "deportations":
        return {
            "period": row["period"] or "unknown",
            "from": row["from_country"] or "",
            "nationality": row["nationality"] or "",
            "count": f"{row['count']:,}",
            "kind": "running total" if row["cumulative"] else "count",
            "note": row["note"] or "",
            "source": _source(row, "deportation"),
        }
    if name == "totals":
        span = ""
        if row.get("first_period"):
            span = f"{row['first_period']} – {row['last_period']}"
        latest = ""
        if row.get("latest_running_total") is not None:
            latest = f"{row['latest_running_total']:,} ({row['running_total_as_of'] or 'undated'})"
        return {
            "from": row["from_country"] or "unknown",
            "total": f"{row['total']:,}",
            "basis": row["basis"]
            + (f" ({row['undated_figures']} undated not added)" if row["undated_figures"] else ""),
            "periods": str(row["periods"]),
            "span": span,
            "latest running total": latest,
        }
    raise ConfigError(f"unknown report {name!r}")


def as_dicts(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> Iterator[dict[str, Any]]:
    """Rows as dicts keyed by `columns`."""
    for row in rows:
        yield dict(zip(columns, row, strict=True))
