"""What every command shares: the --db option, consoles, error mapping, output formats."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from tracker.errors import TrackerError

if TYPE_CHECKING:  # sqlalchemy is imported by the commands that open a database
    from sqlalchemy import Engine

F = TypeVar("F", bound=Callable[..., Any])


class RowFormat(StrEnum):
    """How rows are printed: a rich table for people, or text for other programs."""

    table = "table"
    csv = "csv"
    json = "json"
    markdown = "markdown"


# Data goes to stdout, messages to stderr (STYLE.md, section 4).
OUT = Console(soft_wrap=True)
ERR = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="TRACKER_DATABASE_URL",
        help="Database URL or SQLite file (default: ./tracker.db).",
        show_default=False,
    ),
]


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one red line on stderr and return the Exit to raise."""
    ERR.print(f"[red]error:[/red] {message}", markup=True, highlight=False)
    return typer.Exit(code)


def user_errors(func: F) -> F:
    """Turn a `TrackerError` raised by `func` into one red stderr line and exit code 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except TrackerError as exc:
            raise fail(str(exc)) from None

    return wrapper  # type: ignore[return-value]


# Engines opened by the running command; `close_databases` disposes of them when it
# ends (tracker/cli/__init__.py), so a command run inside a longer process (tests,
# `tracker` called from Python) leaves no pooled connection open.
_OPEN_ENGINES: list[Engine] = []


def close_databases() -> None:
    """Dispose of every engine the command opened."""
    while _OPEN_ENGINES:
        _OPEN_ENGINES.pop().dispose()


def open_database(db: str | None, *, migrate: bool = False) -> Engine:
    """An engine on the user's database, checked to be at the current schema."""
    from sqlalchemy.engine import make_url

    from tracker.errors import DatabaseError
    from tracker.store.session import make_engine, require_schema, resolve_url, upgrade

    url = make_url(resolve_url(db))
    if (
        not migrate
        and url.get_backend_name() == "sqlite"
        and url.database not in (None, "", ":memory:")
    ):
        from pathlib import Path

        if not Path(url.database).exists():
            raise DatabaseError(f"no database at {url.database}: run `tracker init` first")
    engine = make_engine(db)
    _OPEN_ENGINES.append(engine)
    if migrate:
        upgrade(engine)
    else:
        require_schema(engine)
    return engine


def print_rows(
    rows: Sequence[dict[str, Any]],
    fmt: str,
    *,
    title: str | None = None,
    columns: Iterable[str] | None = None,
) -> None:
    """Write rows to stdout as a rich table, JSON, JSON lines or CSV."""
    cols = list(columns) if columns is not None else (list(rows[0]) if rows else [])
    if fmt == "json":
        sys.stdout.write(json.dumps(list(rows), ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=cols, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        table = Table(title=title, show_lines=False)
        for col in cols:
            table.add_column(col, overflow="fold")
        for row in rows:
            table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in cols))
        OUT.print(table)
