"""`tracker export`: write the analyst views to CSV, XLSX, JSON or Parquet files."""

from __future__ import annotations

import logging
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from tracker.cli.common import ERR, DbOption, open_database, user_errors

LOGGER = logging.getLogger(__name__)


class ExportKind(StrEnum):
    visits = "visits"
    action_items = "action_items"
    trade_targets = "trade_targets"
    deportations = "deportations"
    all = "all"


class ExportFormat(StrEnum):
    csv = "csv"
    xlsx = "xlsx"
    json = "json"
    parquet = "parquet"


def register(app: typer.Typer) -> None:
    """Add `export` to the app."""
    app.command("export")(export)


@user_errors
def export(
    kind: Annotated[
        ExportKind, typer.Argument(help="visits, action_items, trade_targets, deportations or all.")
    ],
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            help="File to write; for `all` in csv/json/parquet a folder (one file per kind).",
        ),
    ],
    fmt: Annotated[
        ExportFormat, typer.Option("--format", help="csv, xlsx, json (.json or .jsonl), parquet.")
    ] = ExportFormat.csv,
    country: Annotated[
        str | None,
        typer.Option("--country", help="ISO alpha-3 code on either side of a fact, e.g. AFG."),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option("--since", help="Keep facts whose period ends on or after YYYY-MM-DD."),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option("--until", help="Keep facts whose period starts on or before YYYY-MM-DD."),
    ] = None,
    db: DbOption = None,
) -> None:
    """Export facts from the analyst views to a file, streaming, written atomically.

    CSV is UTF-8 with a byte-order mark and ISO dates; XLSX has one sheet per kind
    with date cells; text that looks like a spreadsheet formula is neutralised.

    Example: tracker export all --format xlsx --out facts.xlsx --country AFG --since 2025-01-01
    """
    from tracker.report.export import ExportFilters, export_facts
    from tracker.report.reports import parse_country, parse_date

    filters = ExportFilters(
        country=parse_country(country),
        since=parse_date(since, "--since"),
        until=parse_date(until, "--until"),
    )
    engine = open_database(db)
    try:
        results = export_facts(engine, kind.value, fmt.value, out, filters=filters)
    finally:
        engine.dispose()
    for result in results:
        counts = ", ".join(f"{n} {name}" for name, n in result.rows.items())
        ERR.print(f"wrote {result.path}: {counts}", highlight=False)
