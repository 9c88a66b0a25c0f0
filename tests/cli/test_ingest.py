"""`tracker ingest` and `tracker extract` through the CLI: idempotent, bad input, one transaction."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text
from typer.testing import CliRunner

from tracker.cli import app
from tracker.store import models
from tracker.store.session import transaction

ARTICLE = (
    "Kazakhstan's trade minister arrived in Kabul on Monday for two days of talks.\n"
    "Officials said both sides want to raise bilateral trade to $2 billion by 2027.\n"
)


def _counts(engine: Engine) -> tuple[int, int]:
    with transaction(engine) as session:
        docs = session.scalar(select(func.count()).select_from(models.Document)) or 0
        facts = sum(
            session.scalar(select(func.count()).select_from(m)) or 0
            for m in models.FACT_MODELS.values()
        )
    return docs, facts


def test_ingest_seeds_twice_is_idempotent(
    runner: CliRunner, db_url: str, db: Engine, seeds_dir: Path
) -> None:
    first = runner.invoke(app, ["ingest", str(seeds_dir), "--db", db_url, "--format", "json"])
    assert first.exit_code == 0, first.output
    totals = json.loads(first.stdout)["totals"]
    assert totals["stored"] == len(list(seeds_dir.glob("*.txt")))
    docs, facts = _counts(db)
    assert docs == totals["stored"] and facts == totals["facts"]

    second = runner.invoke(app, ["ingest", str(seeds_dir), "--db", db_url, "--format", "json"])
    assert second.exit_code == 0
    assert json.loads(second.stdout)["totals"]["skipped"] == docs
    assert _counts(db) == (docs, facts)


def test_every_stored_quote_sits_at_its_offsets(
    runner: CliRunner, db_url: str, db: Engine, seeds_dir: Path
) -> None:
    assert runner.invoke(app, ["ingest", str(seeds_dir), "--db", db_url]).exit_code == 0
    with db.connect() as conn:
        for table in models.FACT_MODELS:
            rows = conn.execute(
                text(
                    f"SELECT f.evidence, f.evidence_start, f.evidence_end, d.cleaned_text "
                    f"FROM {table} f JOIN documents d ON d.id = f.document_id"
                )
            ).all()
            for quote, start, end, cleaned in rows:
                assert cleaned[start:end] == quote


def _bad_inputs(folder: Path) -> dict[str, str]:
    """Bad files by name -> a word the error line must contain."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("   \n\t\n")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "nul.txt").write_bytes(b"Some words\x00 and a NUL byte in the middle of them.")
    (folder / "huge.txt").write_text("Kabul. " * 400)
    (folder / "undecodable.txt").write_bytes(bytes(range(128, 256)) * 8)
    return {
        "empty.txt": "empty",
        "blank.txt": "empty",
        "binary.txt": "binary",
        "nul.txt": "nul",
        "huge.txt": "limit",
        "undecodable.txt": "",
    }


def test_bad_files_get_one_line_each_and_the_rest_goes_in(
    runner: CliRunner, db_url: str, db: Engine, tmp_path: Path
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    expected = _bad_inputs(folder)
    (folder / "good.txt").write_text(ARTICLE)
    missing = tmp_path / "nowhere.txt"
    result = runner.invoke(
        app, ["ingest", str(folder), str(missing), "--db", db_url, "--max-bytes", "2000"]
    )
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == len(expected) + 1, result.stderr
    for name, word in expected.items():
        line = next(e for e in errors if name in e)
        assert word in line.lower(), line
    assert any("nowhere.txt" in e and "no such file" in e for e in errors)
    assert _counts(db)[0] == 1  # only good.txt


def test_unreadable_file_is_reported(
    runner: CliRunner, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(ARTICLE)
    path.chmod(0)
    if os.access(path, os.R_OK):
        # root reads a mode-000 file anyway: make the read fail as it would for a user.
        real = Path.read_bytes

        def refuse(self: Path) -> bytes:
            if self.name == "locked.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", refuse)
    result = runner.invoke(app, ["ingest", str(path), "--db", db_url])
    path.chmod(0o644)
    assert result.exit_code == 1
    assert "locked.txt" in result.stderr and "permission" in result.stderr.lower()


def test_a_refused_fact_leaves_nothing_of_its_document(
    runner: CliRunner, db_url: str, db: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One transaction per document: a row the database refuses rolls back the whole document."""
    from tracker import pipeline, records

    real = pipeline.extract_prepared

    def broken(document: records.Document) -> records.Extraction:
        extraction = real(document)
        if "bad" not in document.source:
            return extraction
        quote = document.cleaned_text[:5]
        bad = records.DeportationFigure(5, records.Evidence(quote, 0, 5), from_country="QQQ")
        return records.Extraction(
            extraction.document,
            extraction.language,
            extraction.published,
            extraction.extractor_version,
            deportation_figures=(bad,),
        )

    monkeypatch.setattr(pipeline, "extract_prepared", broken)
    (tmp_path / "a_good.txt").write_text(ARTICLE)
    (tmp_path / "bad.txt").write_text(ARTICLE + "Another line so the content differs.\n")
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", db_url])
    assert result.exit_code == 1
    assert "bad.txt" in result.stderr and "database refused" in result.stderr
    with transaction(db) as session:
        sources = session.scalars(select(models.Document.source)).all()
    assert [Path(s).name for s in sources] == ["a_good.txt"]


def test_ingest_needs_an_initialised_database(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "tracker init" in result.stderr


def test_an_empty_folder_is_an_error(runner: CliRunner, db_url: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", db_url])
    assert result.exit_code == 1
    assert "no files to ingest" in result.stderr


def test_extract_json_prints_the_contract(runner: CliRunner, seeds_dir: Path) -> None:
    path = min(seeds_dir.glob("*.txt"))
    result = runner.invoke(app, ["extract", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["document"] == path.name
    assert set(data) == {
        "document",
        "language",
        "published",
        "visits",
        "action_items",
        "trade_targets",
        "deportation_figures",
    }


def test_extract_readable_view_shows_evidence(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(ARTICLE)
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    assert "note.txt" in result.stdout and "trade targets" in result.stdout


@pytest.mark.parametrize("name", ["folder", "missing.txt"])
def test_extract_refuses_what_is_not_a_file(runner: CliRunner, tmp_path: Path, name: str) -> None:
    if name == "folder":
        (tmp_path / name).mkdir()
    result = runner.invoke(app, ["extract", str(tmp_path / name), "--json"])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and name in result.stderr


def test_installed_console_script_runs(tmp_path: Path, seeds_dir: Path) -> None:
    """The `tracker` script that pip installed, in a subprocess, end to end on SQLite."""
    script = Path(sys.executable).with_name("tracker")
    exe = [str(script)] if script.exists() else [sys.executable, "-m", "tracker"]
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    env = {**os.environ, "TRACKER_DATABASE_URL": db}
    work = tmp_path / "in"
    shutil.copytree(seeds_dir, work)
    for args in (["init"], ["ingest", str(work)], ["status", "--format", "json"]):
        done = subprocess.run(
            [*exe, *args],
            check=False,
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
        )
        assert done.returncode == 0, (args, done.stderr)
    status = json.loads(done.stdout)
    assert status["tables"]["documents"] == len(list(seeds_dir.glob("*.txt")))
    module = subprocess.run(
        [sys.executable, "-m", "tracker", "--help"],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert module.returncode == 0 and "ingest" in module.stdout


def test_newer_extractor_reextracts_and_keeps_confirmed_facts(
    runner: CliRunner, db_url: str, db: Engine, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tracker.extract
    from tracker import pipeline

    assert runner.invoke(app, ["ingest", str(seeds_dir), "--db", db_url]).exit_code == 0
    with transaction(db) as session:
        confirmed = session.scalars(select(models.DeportationFigure.id)).first()
        assert confirmed is not None
        session.get(models.DeportationFigure, confirmed).confirmed_by = "analyst"
    docs, facts = _counts(db)

    monkeypatch.setattr(tracker.extract, "EXTRACTOR_VERSION", "99.0.0")
    monkeypatch.setattr(pipeline, "EXTRACTOR_VERSION", "99.0.0")
    result = runner.invoke(app, ["ingest", str(seeds_dir), "--db", db_url, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["totals"]["replaced"] == docs
    with transaction(db) as session:
        kept = session.get(models.DeportationFigure, confirmed)
        versions = set(session.scalars(select(models.Visit.extractor_version)))
    assert kept is not None and kept.confirmed_by == "analyst"
    assert versions == {"99.0.0"}
    assert _counts(db) == (docs, facts)
