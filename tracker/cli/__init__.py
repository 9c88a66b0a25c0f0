"""The `tracker` command line: parses, calls the library, renders.

Each command group lives in its own module with a `register(app)` function and
is added here by name (STYLE.md: no import-for-side-effect). Nothing imports
this package but the console script and `python -m tracker`.
"""

from __future__ import annotations

import importlib

import typer

from tracker.cli.common import close_databases
from tracker.extract import tune_collector

# Add a module here to add its commands to `tracker`.
COMMAND_MODULES = ("db", "ingest", "report", "show", "sql", "export")

app = typer.Typer(
    name="tracker",
    help="Trade-and-security tracker: ingest articles, extract facts, report on them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode="rich",
)


@app.callback()
def _every_command(context: typer.Context) -> None:
    # Runs before any command: its databases are closed when it ends.
    context.call_on_close(close_databases)
    tune_collector()


for _name in COMMAND_MODULES:
    importlib.import_module(f"tracker.cli.{_name}").register(app)


def main() -> None:
    """Console-script entry point."""
    app()
