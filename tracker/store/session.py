"""Where the data lives: database URLs, engines, sessions and migrations.

The default is an embedded SQLite file, `tracker.db` in the working directory;
`--db` or `TRACKER_DATABASE_URL` name any SQLAlchemy URL, PostgreSQL through
psycopg 3 (`postgresql+psycopg://...`). SQLite connections use WAL, enforce
foreign keys and wait on a busy database instead of failing at once.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from tracker.errors import ConfigError, DatabaseError

LOGGER = logging.getLogger(__name__)

ENV_VAR = "TRACKER_DATABASE_URL"
DEFAULT_FILE = "tracker.db"
SQLITE_BUSY_TIMEOUT_MS = 5000
MIGRATIONS_DIR = Path(__file__).resolve().parent.parent.parent / "migrations"


def resolve_url(url: str | None = None) -> str:
    """The database URL to use: the argument, else $TRACKER_DATABASE_URL, else ./tracker.db."""
    chosen = url or os.environ.get(ENV_VAR) or f"sqlite:///{DEFAULT_FILE}"
    if "://" not in chosen:
        # A bare path names a SQLite file.
        chosen = f"sqlite:///{chosen}"
    try:
        parsed = make_url(chosen)
    except ArgumentError as exc:
        raise ConfigError(f"not a database URL: {chosen!r}") from exc
    if parsed.drivername in ("postgresql", "postgres", "postgresql+psycopg2"):
        # psycopg 3 is the driver tracker ships with.
        chosen = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return chosen


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        # Batch migrations rebuild a table and rename it into place; SQLite >= 3.26
        # refuses that rename while a view (v_visits, ...) names the table, unless
        # renames keep the old, reference-blind behaviour.
        cursor.execute("PRAGMA legacy_alter_table = ON")
    finally:
        cursor.close()


def make_engine(url: str | None = None, **kwargs: Any) -> Engine:
    """An engine for `url` (see `resolve_url`), with tracker's SQLite settings applied."""
    resolved = resolve_url(url)
    parsed = make_url(resolved)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        parent = Path(parsed.database).expanduser().resolve().parent
        if not parent.is_dir():
            raise ConfigError(f"cannot create database {parsed.database}: no folder {parent}")
    try:
        engine = create_engine(resolved, **kwargs)
    except (NoSuchModuleError, ArgumentError, ImportError) as exc:
        raise ConfigError(f"unsupported database URL {resolved!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """A session factory bound to `engine`; objects stay usable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """One session in one transaction: committed on success, rolled back on any error."""
    with session_factory(engine).begin() as session:
        yield session


def alembic_config(url: str) -> Any:
    """An Alembic config for tracker's migrations, pointed at `url`."""
    from alembic.config import Config

    ini = MIGRATIONS_DIR.parent / "alembic.ini"
    # Alembic binds its `stdout` default when alembic.config is first imported; pass
    # the current one, or messages go to whatever stream was live then (a closed
    # CliRunner buffer, say) and raise "I/O operation on closed file".
    cfg = Config(str(ini), stdout=sys.stdout) if ini.is_file() else Config(stdout=sys.stdout)
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    # ConfigParser interpolation would read "%" in a password as a reference.
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to `revision` (what `tracker init` does)."""
    from alembic import command

    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)


def downgrade(engine: Engine, revision: str = "base") -> None:
    """Undo migrations down to `revision`."""
    from alembic import command

    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, revision)


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None when it was never initialised."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    """The newest revision the migrations folder holds."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def require_schema(engine: Engine) -> None:
    """Fail with a clear message unless the database was initialised and is up to date."""
    try:
        have_table = inspect(engine).has_table("alembic_version")
        current = current_revision(engine) if have_table else None
    except OperationalError as exc:
        raise DatabaseError(f"cannot open database {engine.url!r}: {exc.orig}") from exc
    if current is None:
        raise DatabaseError(f"database {engine.url!r} is not initialised: run `tracker init` first")
    head = head_revision()
    if current != head:
        raise DatabaseError(
            f"database is at revision {current}, tracker needs {head}: run `tracker init`"
        )
