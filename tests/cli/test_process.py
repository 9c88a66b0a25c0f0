"""What the `tracker` command sets for its own process."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracker.cli import app
from tracker.extract import GC_FIRST_THRESHOLD, tune_collector


@pytest.fixture
def default_collector() -> Iterator[None]:
    """CPython's default thresholds for the test, the caller's back after it."""
    saved = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    try:
        yield
    finally:
        gc.set_threshold(*saved)


@pytest.mark.usefixtures("default_collector")
def test_a_command_collects_cycles_less_often(runner: CliRunner, seeds_dir: Path) -> None:
    sample = min(seeds_dir.glob("*.txt"))
    result = runner.invoke(app, ["extract", str(sample), "--json"])
    assert result.exit_code == 0, result.output
    assert gc.get_threshold() == (GC_FIRST_THRESHOLD, 10, 10)


@pytest.mark.usefixtures("default_collector")
def test_tuning_keeps_a_higher_threshold_and_the_older_generations() -> None:
    gc.set_threshold(GC_FIRST_THRESHOLD * 2, 5, 7)
    tune_collector()
    assert gc.get_threshold() == (GC_FIRST_THRESHOLD * 2, 5, 7)


def test_extracting_one_file_does_not_load_the_database_layer(seeds_dir: Path) -> None:
    # `tracker extract FILE` needs no database: SQLAlchemy's import alone costs ~0.13 s
    # of a command that takes under a second. Nor does a page whose date the patterns
    # read need dateparser (as long again).
    import subprocess
    import sys

    sample = min(seeds_dir.glob("*.txt"))
    script = (
        "import sys\n"
        "from tracker.cli import main\n"
        f"sys.argv = ['tracker', 'extract', '--json', {str(sample)!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as end:\n"
        "    assert not end.code, end.code\n"
        "print('sqlalchemy' in sys.modules, 'dateparser' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], check=False, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert '"visits"' in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "False False"
