"""`tracker init` and `tracker status`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from tracker.cli import app


def test_init_creates_a_sqlite_file_and_is_repeatable(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    for _ in range(2):
        result = runner.invoke(app, ["init", "--db", str(path)])
        assert result.exit_code == 0, result.output
        assert "database ready" in result.stderr
    assert path.exists()


def test_init_into_a_missing_folder_is_one_clear_line(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", "--db", str(tmp_path / "no" / "such" / "x.db")])
    assert result.exit_code == 1
    assert result.stderr.startswith("error:") and "no folder" in result.stderr


def test_status_counts_tables_and_documents(runner: CliRunner, db_url: str) -> None:
    result = runner.invoke(app, ["status", "--db", db_url, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["tables"]["documents"] == 0
    assert data["tables"]["countries"] >= 249
    assert data["documents"] == []
    table = runner.invoke(app, ["status", "--db", db_url])
    assert table.exit_code == 0 and "deportation_figures" in table.stdout


def test_status_on_a_database_never_initialised(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["status", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "tracker init" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_bad_database_url_is_one_clear_line(runner: CliRunner) -> None:
    result = runner.invoke(app, ["status", "--db", "nosuchdriver://x/y"])
    assert result.exit_code == 1
    assert result.stderr.startswith("error:")


def test_commands_close_their_database_connections(
    runner: CliRunner, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each command disposes of its engine when it ends, in one process too (no leaked pool)."""
    disposed: list[Engine] = []
    real = Engine.dispose

    def spy(self: Engine, close: bool = True) -> None:
        disposed.append(self)
        real(self, close)

    monkeypatch.setattr(Engine, "dispose", spy)
    for argv in (["status"], ["report", "summary"], ["report", "targets"]):
        before = len(disposed)
        result = runner.invoke(app, [*argv, "--db", db_url])
        assert result.exit_code == 0, result.output
        assert len(disposed) > before, argv
