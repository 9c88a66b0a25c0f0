"""Every command has help ending with an example and is documented in docs/cli.md (SU test_docs)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer
import typer.main

from tracker.cli import app

DOCS = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def _commands() -> list[tuple[str, Any]]:
    """(full name, command) for every leaf command of the app, groups walked."""
    root = typer.main.get_command(app)
    found: list[tuple[str, Any]] = []

    def walk(prefix: str, command: Any) -> None:
        if hasattr(command, "commands"):
            for name, sub in sorted(command.commands.items()):
                walk(f"{prefix} {name}".strip(), sub)
        else:
            found.append((prefix, command))

    walk("", root)
    return found


COMMANDS = _commands()


def test_the_app_has_the_commands_users_rely_on() -> None:
    names = {name.split()[0] for name, _ in COMMANDS}
    assert {"init", "status", "ingest", "extract"} <= names


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_command_has_help_with_an_example(name: str, command: Any) -> None:
    assert command.help and command.help.strip(), f"`tracker {name}` has no help"
    assert re.search(r"Example:\s*tracker ", command.help), f"`tracker {name}` help has no example"


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_command_is_documented(name: str, command: Any) -> None:
    docs = DOCS.read_text(encoding="utf-8")
    top = name.split()[0]
    assert re.search(rf"^##+ .*\b{re.escape(top)}\b", docs, re.MULTILINE), f"no section for {top}"
    assert f"tracker {name}" in docs, f"docs/cli.md never shows `tracker {name}`"
