"""`tracker sql`: run one read-only query and print or save its rows.

Read-only is enforced by the connection (see `tracker.report.query`); this
module only parses options, calls `run_query` and renders the rows.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from tracker.cli.common import ERR, OUT, DbOption, RowFormat, user_errors

LOGGER = logging.getLogger(__name__)


def register(app: typer.Typer) -> None:
    """Add `sql` to the app."""
    app.command("sql")(sql)


@user_errors
def sql(
    query: Annotated[str, typer.Argument(help="One SELECT (or WITH / VALUES / EXPLAIN) query.")],
    fmt: Annotated[
        RowFormat, typer.Option("--format", help="table (for people), csv, json or markdown.")
    ] = RowFormat.table,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Write to this file (atomically) instead of stdout."),
    ] = None,
    timeout: Annotated[
        float,
        typer.Option("--timeout", help="Stop the query after this many seconds; 0 for no limit."),
    ] = 30.0,
    role: Annotated[
        str,
        typer.Option(
            "--role",
            envvar="TRACKER_SQL_ROLE",
            help="PostgreSQL: role to run as when the login can read server files.",
        ),
    ] = "tracker_reader",
    db: DbOption = None,
) -> None:
    """Run one read-only SQL query over the database and print its rows.

    The connection itself is read-only (SQLite: read-only file, query_only,
    authorizer; PostgreSQL: READ ONLY transaction, one statement, restricted
    role), so writes fail whatever the text says. Query the analyst views
    v_visits, v_action_items, v_trade_targets and v_deportations.

    Example: tracker sql "SELECT from_country, sum(count) FROM v_deportations GROUP BY 1"
    """
    from tracker.report.query import run_query

    columns, rows = run_query(db, query, timeout=timeout, role=role)
    with rows:
        if out is not None:
            _save(fmt, columns, rows, out)
            return
        if fmt is RowFormat.table:
            _print_table(columns, rows)
            return
        from tracker.report.export import write_rows_to_stream

        write_rows_to_stream(fmt.value, columns, rows, sys.stdout)


def _save(fmt: RowFormat, columns: list[str], rows: Any, out: Path) -> None:
    from tracker.report.export import write_rows

    # A table saved to a file is markdown: the same grid, readable anywhere.
    chosen = "markdown" if fmt is RowFormat.table else fmt.value
    n = write_rows(chosen, columns, rows, out)
    ERR.print(f"{n} rows written to {out}", highlight=False)


def _print_table(columns: list[str], rows: Any) -> None:
    from datetime import date

    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    n = 0
    for row in rows:
        # Text() so that "[" in scraped text is shown as is, never read as rich markup.
        table.add_row(
            *(
                Text("" if v is None else v.isoformat() if isinstance(v, date) else str(v))
                for v in row
            )
        )
        n += 1
    OUT.print(table)
    ERR.print(f"{n} rows", highlight=False)
