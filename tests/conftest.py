"""Shared fixtures: one fresh database per test, on SQLite and on PostgreSQL.

Every database test takes `db` (an Engine on a migrated, empty database) or
`db_url` (its URL). Both are parametrized over the backends the run asks for:
SQLite always, PostgreSQL when a server is named by `--postgresql URL` or
$TRACKER_TEST_POSTGRESQL (for example `postgresql+psycopg://postgres@127.0.0.1:5432/postgres`).
Without one the PostgreSQL cases are skipped with a reason; `.ci/run` always
names one, so CI runs both.

Speed: the migrations run once per session into a template (a SQLite file, a
PostgreSQL template database); each test gets a copy. pytest-postgresql's
DatabaseJanitor creates and drops the PostgreSQL databases.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import Engine
from sqlalchemy.engine import URL, make_url
from typer.testing import CliRunner

from tracker.store.session import make_engine, upgrade

# CI (.ci/run sets TRACKER_CI=1) draws the same examples on every run, so a landing does
# not hang on which examples were drawn and a failure there is reproducible; elsewhere each
# run draws new ones and may find new failures (pin those with @example).
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("TRACKER_CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PG_ENV = "TRACKER_TEST_POSTGRESQL"
BACKENDS = ("sqlite", "postgresql")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--postgresql",
        default=os.environ.get(PG_ENV),
        help=f"URL of a PostgreSQL server to run database tests on too (or ${PG_ENV}).",
    )


def pytest_configure(config: pytest.Config) -> None:
    # the compiled-pattern cache (tracker.extract.patterns) of the tests and of the
    # `tracker` processes they start lives apart from the user's own
    os.environ.setdefault(
        "TRACKER_CACHE_DIR", str(Path(tempfile.gettempdir()) / f"tracker-tests-{os.getuid()}")
    )
    config.addinivalue_line("markers", "postgresql_only: runs on the PostgreSQL backend only")


def _server(config: pytest.Config) -> URL | None:
    raw = config.getoption("--postgresql")
    if not raw:
        return None
    url = make_url(raw)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def _janitor(server: URL, dbname: str, template: str | None = None):  # type: ignore[no-untyped-def]
    from pytest_postgresql.janitor import DatabaseJanitor

    return DatabaseJanitor(
        user=server.username or "postgres",
        password=server.password,
        host=server.host or "127.0.0.1",
        port=server.port or 5432,
        dbname=dbname,
        template_dbname=template,
        maintenance_dbname=server.database or "postgres",
    )


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to head, copied for each test."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def postgresql_template(request: pytest.FixtureRequest) -> Iterator[str]:
    """A PostgreSQL template database migrated to head, cloned for each test."""
    server = _server(request.config)
    if server is None:
        pytest.skip(f"no PostgreSQL server: pass --postgresql URL or set ${PG_ENV}")
    name = f"tracker_tpl_{uuid.uuid4().hex[:10]}"
    with _janitor(server, name):
        engine = make_engine(server.set(database=name).render_as_string(hide_password=False))
        upgrade(engine)
        engine.dispose()
        yield name


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """The backend of this test run: 'sqlite' or 'postgresql'."""
    return request.param


@pytest.fixture
def empty_db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh database with no tables at all (for migration tests)."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    server = _server(request.config)
    if server is None:
        pytest.skip(f"no PostgreSQL server: pass --postgresql URL or set ${PG_ENV}")
    name = f"tracker_t_{uuid.uuid4().hex[:12]}"
    with _janitor(server, name):
        yield server.set(database=name).render_as_string(hide_password=False)


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh database migrated to head, on this test's backend."""
    if backend == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        path = tmp_path / "tracker.db"
        shutil.copyfile(template, path)
        yield f"sqlite:///{path}"
        return
    template = request.getfixturevalue("postgresql_template")
    server = _server(request.config)
    assert server is not None
    name = f"tracker_t_{uuid.uuid4().hex[:12]}"
    with _janitor(server, name, template=template):
        yield server.set(database=name).render_as_string(hide_password=False)


@pytest.fixture
def db(db_url: str) -> Iterator[Engine]:
    """An Engine on a fresh migrated database; disposed after the test."""
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def runner() -> CliRunner:
    """A Typer CliRunner that keeps stdout and stderr apart."""
    return CliRunner()


@pytest.fixture
def seeds_dir() -> Path:
    """The five sample documents shipped in seeds/."""
    return SEEDS
