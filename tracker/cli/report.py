"""`tracker report ...`: visits, actions, targets, deportations and a one-screen summary.

Parses options, calls `tracker.report.reports`, renders. Tables are for people
on a terminal; csv, json and markdown stream to stdout for tools and documents.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from tracker.cli.common import ERR, OUT, DbOption, RowFormat, open_database, user_errors

LOGGER = logging.getLogger(__name__)


FormatOption = Annotated[
    RowFormat,
    typer.Option("--format", help="table (for people), csv, json or markdown."),
]
CountryOption = Annotated[
    str | None,
    typer.Option("--country", help="ISO 3166-1 alpha-3 code; matches either side of a fact."),
]
SinceOption = Annotated[
    str | None, typer.Option("--since", help="Keep facts dated on or after this day (YYYY-MM-DD).")
]
UntilOption = Annotated[
    str | None,
    typer.Option("--until", help="Keep facts dated on or before this day (YYYY-MM-DD)."),
]

report_app = typer.Typer(
    name="report",
    help=(
        "Reports over the stored facts: visits, actions, targets, deportations, summary.\n\n"
        "Tables for people; --format csv, json or markdown for tools and documents.\n\n"
        "Example: tracker report deportations --country PAK --since 2024-01-01"
    ),
    no_args_is_help=True,
    rich_markup_mode="rich",
)


def register(app: typer.Typer) -> None:
    """Add the `report` command group to the app."""
    app.add_typer(report_app, name="report")


def _filters(country: str | None, since: str | None, until: str | None) -> Any:
    from tracker.report.reports import ReportFilters, parse_country, parse_date

    return ReportFilters(
        country=parse_country(country),
        since=parse_date(since, "--since"),
        until=parse_date(until, "--until"),
    )


def _text_table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> Any:
    """A rich table for people; count and total columns right-aligned."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, show_lines=False)
    for col in columns:
        table.add_column(
            col, overflow="fold", justify="right" if col in ("count", "total") else "left"
        )
    for row in rows:
        # Text cells: "[" in scraped text is shown as is, never read as rich markup.
        table.add_row(*(Text("" if v is None else str(v)) for v in row))
    return table


def _rich_table(name: str, rows: list[dict[str, Any]], title: str) -> Any:
    from tracker.report.reports import DISPLAY_COLUMNS

    columns = DISPLAY_COLUMNS[name]
    return _text_table(title, columns, ([row[c] for c in columns] for row in rows))


def _emit(
    name: str,
    report: Any,
    connection: Any,
    fmt: RowFormat,
    title: str,
) -> int:
    """Run a report and write it in `fmt`; return the number of rows."""
    from tracker.report import render
    from tracker.report.reports import (
        DISPLAY_COLUMNS,
        as_dicts,
        display_row,
        stream_batches,
        stream_rows,
    )

    if fmt is RowFormat.csv:
        return render.write_csv_batches(
            stream_batches(connection, report), report.columns, sys.stdout
        )
    rows = stream_rows(connection, report)
    if fmt is RowFormat.json:
        return render.write_json(rows, report.columns, sys.stdout)
    shown = (display_row(name, r) for r in as_dicts(report.columns, rows))
    if fmt is RowFormat.markdown:
        return render.write_markdown(shown, DISPLAY_COLUMNS[name], sys.stdout)
    materialised = list(shown)
    OUT.print(_rich_table(name, materialised, title))
    return len(materialised)


def _run(
    name: str,
    db: str | None,
    fmt: RowFormat,
    country: str | None,
    since: str | None,
    until: str | None,
    title: str,
    **options: Any,
) -> None:
    from tracker.report.reports import build_report

    report = build_report(name, _filters(country, since, until), **options)
    engine = open_database(db)
    with engine.connect() as connection:
        n = _emit(name, report, connection, fmt, title)
    ERR.print(f"{n} {'row' if n == 1 else 'rows'}", highlight=False)


@report_app.command("visits")
@user_errors
def visits(
    db: DbOption = None,
    fmt: FormatOption = RowFormat.table,
    country: CountryOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """A timeline of visits by date: visiting side, host, place, status, counterparts, source.

    Dates filter on overlap: a visit in "2024-03" is kept by --since 2024-03-15.

    Example: tracker report visits --country KAZ --since 2024-01-01 --format csv
    """
    _run("visits", db, fmt, country, since, until, "Visits")


@report_app.command("actions")
@user_errors
def actions(
    db: DbOption = None,
    fmt: FormatOption = RowFormat.table,
    country: Annotated[
        str | None,
        typer.Option(
            "--country",
            help="ISO alpha-3 code: the responsible body's country, or one the article's "
            "other facts name.",
        ),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", help="Judge each item's state on this day (default: today)."),
    ] = None,
    soon_days: Annotated[
        int, typer.Option("--soon-days", help="'due soon' when due within this many days.")
    ] = 30,
) -> None:
    """Action items with the responsible body, due period and state as of a day.

    State: done (status done); ongoing (due "ongoing" or status ongoing); overdue
    (the due period ended before --as-of, so "2024-Q1" is overdue from 2024-04-01);
    due soon (it ends within --soon-days); open (otherwise, also with no due date).

    Example: tracker report actions --as-of 2024-04-01 --format markdown
    """
    from datetime import date

    from tracker.report.reports import parse_date

    day = parse_date(as_of, "--as-of") or date.today()
    title = f"Action items as of {day}"
    _run("actions", db, fmt, country, since, until, title, as_of=day, soon_days=soon_days)


@report_app.command("targets")
@user_errors
def targets(
    db: DbOption = None,
    fmt: FormatOption = RowFormat.table,
    country: CountryOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Trade targets per country pair, in the order they were stated, with how each moved.

    "change" compares a target with the one stated before it for the same pair and
    currency: raised, lowered or restated. --since/--until filter on the stated date
    after that comparison, so a change still names the earlier target.

    Example: tracker report targets --country KAZ --format json
    """
    _run("targets", db, fmt, country, since, until, "Trade targets")


@report_app.command("deportations")
@user_errors
def deportations(
    db: DbOption = None,
    fmt: FormatOption = RowFormat.table,
    country: CountryOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    totals: Annotated[
        bool, typer.Option("--totals", help="Print only the totals per deporting country.")
    ] = False,
    chart: Annotated[
        Path | None,
        typer.Option("--chart", help="Also draw the series per country to this PNG file."),
    ] = None,
) -> None:
    """Deportation figures per period and deporting country, with totals per country.

    Totals never add a running total to the counts it already contains: figures
    marked cumulative ("X people since January") are listed but left out of sums.
    A country's total is the sum of its dated per-period counts, each (nationality,
    period) counted once (the largest figure when several articles give one);
    undated counts cannot be placed in time and are not added. A country with only
    running totals is reported at its latest running total, not their sum; one
    with only undated counts at the largest of them.

    table and markdown print figures then totals; json prints {"figures", "totals"};
    csv prints the figures, or the totals with --totals.

    Example: tracker report deportations --country PAK --chart deportations.png
    """
    from tracker.report import render
    from tracker.report.reports import (
        as_dicts,
        deportation_totals,
        deportations_report,
        stream_rows,
    )

    filters = _filters(country, since, until)
    report = deportations_report(filters)
    engine = open_database(db)
    with engine.connect() as connection:
        total_rows = deportation_totals(connection, filters)
        if totals:
            _print_totals(total_rows, fmt)
        elif fmt is RowFormat.json:
            figures = list(as_dicts(report.columns, stream_rows(connection, report)))
            render.write_object({"figures": figures, "totals": total_rows}, sys.stdout)
        else:
            _emit("deportations", report, connection, fmt, "Deportation figures")
            if fmt is not RowFormat.csv:
                _print_totals(total_rows, fmt)
        if chart is not None:
            from tracker.report.frames import deportation_frame, draw_deportation_chart

            draw_deportation_chart(deportation_frame(connection, filters), chart)
            ERR.print(f"chart written to {chart}", highlight=False)


def _print_totals(rows: list[dict[str, Any]], fmt: RowFormat) -> None:
    from tracker.report import render
    from tracker.report.reports import DISPLAY_COLUMNS, TOTAL_COLUMNS, display_row

    if fmt is RowFormat.csv:
        render.write_csv(([r[c] for c in TOTAL_COLUMNS] for r in rows), TOTAL_COLUMNS, sys.stdout)
        return
    if fmt is RowFormat.json:
        render.write_object(rows, sys.stdout)
        return
    shown = [display_row("totals", r) for r in rows]
    if fmt is RowFormat.markdown:
        sys.stdout.write("\nTotals per deporting country\n\n")
        render.write_markdown(shown, DISPLAY_COLUMNS["totals"], sys.stdout)
    else:
        OUT.print(_rich_table("totals", shown, "Totals per deporting country"))


@report_app.command("summary")
@user_errors
def summary(
    db: DbOption = None,
    fmt: FormatOption = RowFormat.table,
) -> None:
    """One screen: facts per kind, documents, and the latest five facts of each kind.

    csv prints the latest facts only (kind, id, date, what, source).

    Example: tracker report summary
    """
    from tracker.report import render
    from tracker.report.reports import LATEST_COLUMNS, SUMMARY_KINDS
    from tracker.report.reports import summary as build_summary

    engine = open_database(db)
    with engine.connect() as connection:
        result = build_summary(connection)
    counts, latest = result["counts"], result["latest"]
    if fmt is RowFormat.json:
        render.write_object(result, sys.stdout)
    elif fmt is RowFormat.csv:
        render.write_csv(
            ([r[c] for c in LATEST_COLUMNS] for r in latest), LATEST_COLUMNS, sys.stdout
        )
    elif fmt is RowFormat.markdown:
        stored = [{"what": k, "count": str(v)} for k, v in counts.items()]
        render.write_markdown(stored, ("what", "count"), sys.stdout)
        sys.stdout.write("\n")
        render.write_markdown(latest, LATEST_COLUMNS, sys.stdout)
    else:
        stored_rows = ((k, f"{v:,}") for k, v in counts.items())
        OUT.print(_text_table("Stored", ("what", "count"), stored_rows))
        shown = LATEST_COLUMNS[1:]  # the kind is in each table's title
        for kind in SUMMARY_KINDS:
            rows = [[r[c] for c in shown] for r in latest if r["kind"] == kind]
            if rows:
                OUT.print(_text_table(f"Latest {kind.replace('_', ' ')}", shown, rows))
