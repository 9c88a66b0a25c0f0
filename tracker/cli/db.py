"""`tracker init` and `tracker status`: create the database and see what it holds."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from tracker.cli.common import ERR, DbOption, open_database, print_rows, user_errors


class StatusFormat(StrEnum):
    table = "table"
    json = "json"


def register(app: typer.Typer) -> None:
    """Add `init` and `status` to the app."""
    app.command("init")(init)
    app.command("status")(status)


@user_errors
def init(db: DbOption = None) -> None:
    """Create the database, or bring it up to date, by running the migrations.

    Example: tracker init --db postgresql+psycopg://localhost/tracker
    """
    from tracker.store.session import current_revision

    engine = open_database(db, migrate=True)
    ERR.print(f"database ready at revision {current_revision(engine)}: {engine.url!r}")


@user_errors
def status(
    db: DbOption = None,
    fmt: Annotated[StatusFormat, typer.Option("--format", help="Output format.")] = (
        StatusFormat.table
    ),
) -> None:
    """Count the rows of each table and the facts of each document.

    Example: tracker status --format json
    """
    import json

    from tracker.store.session import transaction
    from tracker.store.views import document_counts, table_counts

    engine = open_database(db)
    with transaction(engine) as session:
        tables = table_counts(session)
        documents = document_counts(session)
    if fmt is StatusFormat.json:
        typer.echo(json.dumps({"tables": tables, "documents": documents}, indent=2, default=str))
        return
    print_rows([{"table": k, "rows": v} for k, v in tables.items()], "table", title="Tables")
    print_rows(documents, "table", title="Documents")
