"""`tracker show KIND ID`: one fact, its quote highlighted in context, and its document."""

from __future__ import annotations

import logging
import sys
from enum import StrEnum
from typing import Annotated, Any

import typer

from tracker.cli.common import ERR, OUT, DbOption, open_database, user_errors

LOGGER = logging.getLogger(__name__)


class ShowFormat(StrEnum):
    table = "table"
    json = "json"


def register(app: typer.Typer) -> None:
    """Add `show` to the app."""
    app.command("show")(show)


def _value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _field_table(title: str, fields: dict[str, Any]) -> Any:
    """A two-column table of names and values, for people."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, show_header=False)
    table.add_column("field", style="bold")
    table.add_column("value", overflow="fold")
    for name, value in fields.items():
        # Text, not markup: a "[" in scraped text must not be read as a style tag.
        table.add_row(name, Text(_value(value)))
    return table


@user_errors
def show(
    kind: Annotated[str, typer.Argument(help="visit, action, target or deportation.")],
    fact_id: Annotated[int, typer.Argument(metavar="ID", help="The fact's id (a report's id).")],
    db: DbOption = None,
    fmt: Annotated[
        ShowFormat, typer.Option("--format", help="table (for people) or json.")
    ] = ShowFormat.table,
) -> None:
    """Trace one fact: its fields, its quote highlighted in the article text, its document.

    KIND is visit(s), action(s)/action_item(s), target(s)/trade_target(s) or
    deportation(s); ID is the id a report prints.

    Example: tracker show target 3
    """
    from tracker.report.facts import CONTEXT_CHARS, fetch_fact, resolve_kind
    from tracker.report.render import write_object

    resolve_kind(kind)  # a bad kind fails before the database is opened
    engine = open_database(db)
    with engine.connect() as connection:
        fact = fetch_fact(connection, kind, fact_id)
    if fmt is ShowFormat.json:
        write_object(fact.to_json(), sys.stdout)
        return

    from rich.text import Text

    OUT.print(_field_table(f"{fact.kind.replace('_', ' ')} #{fact.id}", fact.fields))

    ctx = fact.context
    text = Text()
    if ctx.before:
        text.append("…" + ctx.before if len(ctx.before) >= CONTEXT_CHARS else ctx.before)
    text.append(ctx.quote, style="bold black on yellow")
    if ctx.after:
        text.append(ctx.after + "…" if len(ctx.after) >= CONTEXT_CHARS else ctx.after)
    # Unboxed and soft-wrapped, so the passage copies out of the terminal as one piece.
    OUT.print(Text("evidence in context:", style="bold"))
    OUT.print(text)
    if not ctx.located:
        ERR.print(
            "warning: the stored offsets do not match the document text; "
            "showing the quote where it first occurs",
            highlight=False,
        )
    OUT.print(_field_table("document", fact.document))
