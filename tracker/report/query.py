"""Read-only SQL for analysts: `tracker sql` runs one query and streams its rows.

What protects what (issue 5; docs/cli.md repeats it for users):

SQLite
  * the file is opened read-only (`file:...?mode=ro` URI): the OS-level handle
    cannot write;
  * `PRAGMA query_only = ON`: SQLite refuses any statement that would write;
  * an authorizer allows only reads (SELECT, READ, recursive CTEs, a list of
    introspection pragmas and functions not on a deny list): INSERT, UPDATE,
    DELETE, DDL, ATTACH (and so `VACUUM INTO`), DETACH, transactions, pragma
    changes and `load_extension` / `readfile` / `writefile` are denied;
  * Python's sqlite3 runs one statement per call ("SELECT 1; DROP ..." fails);
  * a progress handler stops the query at the time limit.

PostgreSQL
  * the session starts with `default_transaction_read_only = on` and the query
    runs inside `BEGIN READ ONLY`, after another query, so the query cannot
    switch it off (`SET transaction_read_only` / `set_config` fail once a
    query ran); the transaction is always rolled back, never committed;
  * the query goes through the extended protocol (psycopg `stream()`), which
    takes exactly one statement: "COMMIT; DROP TABLE x" is a syntax error;
  * `statement_timeout` stops it at the time limit;
  * a read-only transaction still lets `pg_read_file`, `lo_import` and
    `COPY ... TO PROGRAM` reach the server's files and programs. When the login
    can do that (a superuser, or a member of pg_read_server_files,
    pg_write_server_files or pg_execute_server_program), the query runs under
    the restricted role `tracker_reader` (`SET ROLE`) if it exists, and is
    refused if that role can do so too. Without that role, only the text
    screen below stands in the way, and a warning says so: create the role
    (docs/cli.md) or log in as an ordinary user.

The text screen (`screen_sql`) refuses statements that do not start like a
query and calls of functions that reach files, programs or other sessions. It
exists for clear messages; the connection settings above are the protection.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import quote

from sqlalchemy.engine import URL, make_url

from tracker.errors import ConfigError, DatabaseError, QueryError
from tracker.store.session import resolve_url

LOGGER = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0
READER_ROLE = "tracker_reader"
# Rows fetched from the server per round trip while streaming.
FETCH_BATCH = 2000
# SQLite calls the progress handler every this many virtual-machine steps.
SQLITE_PROGRESS_STEPS = 10_000

QUERY_KEYWORDS = {
    "sqlite": ("select", "with", "values", "explain", "pragma"),
    "postgresql": ("select", "with", "values", "explain", "table", "show"),
}
WRITE_KEYWORDS = frozenset(
    [
        "insert",
        "update",
        "delete",
        "replace",
        "upsert",
        "merge",
        "drop",
        "create",
        "alter",
        "truncate",
        "attach",
        "detach",
        "vacuum",
        "reindex",
        "analyze",
        "pragma",
        "copy",
        "set",
        "reset",
        "begin",
        "commit",
        "end",
        "rollback",
        "savepoint",
        "release",
        "grant",
        "revoke",
        "call",
        "do",
        "lock",
        "listen",
        "notify",
        "unlisten",
        "prepare",
        "execute",
        "deallocate",
        "declare",
        "fetch",
        "move",
        "close",
        "refresh",
        "cluster",
        "comment",
        "discard",
        "import",
        "load",
        "security",
        "checkpoint",
    ]
)
# Pragmas that only describe the schema; any other pragma, and any pragma with
# a value to set, is denied by the authorizer. These take a table or index name:
SQLITE_PRAGMAS_WITH_ARGUMENT = frozenset(
    {
        "table_info",
        "table_xinfo",
        "table_list",
        "index_list",
        "index_info",
        "index_xinfo",
        "foreign_key_list",
    }
)
SQLITE_READ_PRAGMAS = SQLITE_PRAGMAS_WITH_ARGUMENT | {
    "collation_list",
    "function_list",
    "pragma_list",
    "database_list",
    "compile_options",
}
# Functions that reach the file system or load code (some exist only in the
# sqlite3 shell or its extensions; denying them costs nothing).
SQLITE_DENIED_FUNCTIONS = frozenset(
    {
        "load_extension",
        "readfile",
        "writefile",
        "edit",
        "lsdir",
        "fts3_tokenizer",
        "zipfile",
        "sqlar_compress",
        "sqlar_uncompress",
    }
)
# PostgreSQL functions that read or write server files, run SQL text given as a
# string (a way round a role), change settings, or reach other sessions/servers.
PG_DENIED_FUNCTIONS = re.compile(
    r"\b(pg_read_file|pg_read_binary_file|pg_ls_\w+|pg_stat_file|pg_file_\w+|lo_\w+"
    r"|dblink\w*|query_to_xml\w*|cursor_to_xml\w*|table_to_xml\w*|schema_to_xml\w*"
    r"|database_to_xml\w*|ts_stat|ts_rewrite|set_config|pg_terminate_backend"
    r"|pg_cancel_backend|pg_reload_conf|pg_rotate_logfile\w*|pg_promote|pg_switch_wal"
    r"|pg_create_\w+|pg_drop_replication_slot|pg_logical_\w+|pg_notify|pg_advisory\w*"
    r"|pg_import_system_collations|pg_log_backend_memory_contexts)\s*\(",
    re.IGNORECASE,
)
_COMMENTS = re.compile(r"--[^\n]*|/\*.*?\*/", re.DOTALL)
_FIRST_WORD = re.compile(r"\s*\(*\s*([A-Za-z_]+)")

_PRIVILEGED_SQL = (
    "SELECT bool_or(pg_has_role(current_user, r, 'USAGE')) FROM unnest(ARRAY["
    "'pg_read_server_files', 'pg_write_server_files', 'pg_execute_server_program']) AS r"
)
_ROLE_EXISTS_SQL = "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %s)"


def screen_sql(sql: str, dialect: str) -> str:
    """The statement without comments and trailing semicolons; QueryError for obvious writes."""
    body = _COMMENTS.sub(" ", sql).strip().rstrip(";").strip()
    if not body:
        raise QueryError("no SQL to run")
    match = _FIRST_WORD.match(body)
    word = match.group(1).lower() if match else ""
    allowed = QUERY_KEYWORDS.get(dialect, QUERY_KEYWORDS["sqlite"])
    # Only statements known to change something get this message; anything else
    # goes to the database, whose parser words syntax errors best.
    if word not in allowed and word in WRITE_KEYWORDS:
        raise QueryError(
            f"refused: tracker sql is read-only and runs queries only "
            f"({', '.join(k.upper() for k in allowed)}), not {word.upper()}"
        )
    if dialect == "postgresql":
        # Quoted and schema-qualified names ("pg_catalog"."pg_read_file") read the same.
        found = PG_DENIED_FUNCTIONS.search(body.replace('"', ""))
        if found:
            raise QueryError(
                f"refused: {found.group(1)}() reaches server files, settings or other "
                "sessions, which tracker sql does not allow"
            )
    return body


class QueryRows(Iterator[tuple[Any, ...]]):
    """The rows of a running query, fetched as they are read; closes its connection at the end."""

    def __init__(
        self,
        rows: Iterator[tuple[Any, ...]],
        close: Callable[[], None],
        translate: Callable[[Exception], QueryError | None],
    ) -> None:
        self._rows = rows
        self._close = close
        self._translate = translate
        self._closed = False

    def __next__(self) -> tuple[Any, ...]:
        if self._closed:
            raise StopIteration
        try:
            return next(self._rows)
        except StopIteration:
            self.close()
            raise
        except Exception as exc:
            self.close()
            translated = self._translate(exc)
            if translated is None:
                raise
            raise translated from exc

    def close(self) -> None:
        """Stop reading and release the connection (safe to call twice)."""
        if not self._closed:
            self._closed = True
            self._close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()


def run_query(
    url: str | None,
    sql: str,
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    role: str = READER_ROLE,
) -> tuple[list[str], QueryRows]:
    """Run one read-only query; return its column names and an iterator streaming its rows.

    `url`: database URL or SQLite file (None: $TRACKER_DATABASE_URL or ./tracker.db).
    `timeout`: seconds before the database stops the query; None or 0 for no limit.
    `role`: the PostgreSQL role to switch to when the login can reach server files.
    Raises QueryError when the statement is refused, fails or runs out of time.
    """
    parsed = make_url(resolve_url(url))
    backend = parsed.get_backend_name()
    limit = timeout if timeout and timeout > 0 else None
    if backend == "sqlite":
        return _run_sqlite(parsed, screen_sql(sql, "sqlite"), limit)
    if backend == "postgresql":
        return _run_postgresql(parsed, screen_sql(sql, "postgresql"), limit, role)
    raise ConfigError(f"tracker sql supports SQLite and PostgreSQL, not {backend}")


# --- SQLite -------------------------------------------------------------------------------


def _sqlite_authorizer(
    action: int, arg1: str | None, arg2: str | None, _db: str | None, _trigger: str | None
) -> int:
    """Allow reads only (see the module docstring)."""
    if action in (sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_RECURSIVE):
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_FUNCTION:
        denied = (arg2 or "").lower() in SQLITE_DENIED_FUNCTIONS
        return sqlite3.SQLITE_DENY if denied else sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA:
        name = (arg1 or "").lower()
        if name in SQLITE_READ_PRAGMAS and (arg2 is None or name in SQLITE_PRAGMAS_WITH_ARGUMENT):
            return sqlite3.SQLITE_OK
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master":
        # SQLite reports its own schema bookkeeping for table-valued pragma functions
        # (pragma_table_info) as updates of sqlite_master; query_only still blocks writes.
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def _sqlite_error(exc: Exception, timed_out: bool, limit: float | None) -> QueryError | None:
    if timed_out:
        return QueryError(f"query stopped: it ran longer than the {limit:g} s time limit")
    if isinstance(exc, sqlite3.ProgrammingError) and "one statement" in str(exc):
        return QueryError("refused: tracker sql runs one statement at a time")
    if isinstance(exc, sqlite3.Error):
        message = str(exc)
        if "not authorized" in message or "readonly" in message or "read-only" in message:
            return QueryError(f"refused: tracker sql is read-only ({message})")
        return QueryError(f"SQL error: {message}")
    return None


def _run_sqlite(url: URL, sql: str, limit: float | None) -> tuple[list[str], QueryRows]:
    if url.database in (None, "", ":memory:"):
        raise ConfigError("tracker sql needs a database file, not an in-memory database")
    path = Path(url.database).expanduser().resolve()
    if not path.is_file():
        raise DatabaseError(f"no database at {path}: run `tracker init` first")
    try:
        conn = sqlite3.connect(
            f"file:{quote(str(path))}?mode=ro", uri=True, check_same_thread=False
        )
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot open {path} read-only: {exc}") from exc
    state = {"timed_out": False}
    deadline = time.monotonic() + limit if limit else None

    def progress() -> int:
        if deadline is not None and time.monotonic() > deadline:
            state["timed_out"] = True
            return 1
        return 0

    try:
        conn.execute("PRAGMA query_only = ON")
        conn.set_authorizer(_sqlite_authorizer)
        conn.set_progress_handler(progress, SQLITE_PROGRESS_STEPS)
        cursor = conn.execute(sql)
    except Exception as exc:
        conn.close()
        translated = _sqlite_error(exc, state["timed_out"], limit)
        if translated is None:
            raise
        raise translated from exc
    columns = [d[0] for d in cursor.description or ()]
    if not columns:
        conn.close()
        raise QueryError("the statement returned no rows: tracker sql runs queries")

    def batches() -> Iterator[tuple[Any, ...]]:
        while chunk := cursor.fetchmany(FETCH_BATCH):
            yield from chunk

    def translate(exc: Exception) -> QueryError | None:
        return _sqlite_error(exc, state["timed_out"], limit)

    return columns, QueryRows(batches(), conn.close, translate)


# --- PostgreSQL ---------------------------------------------------------------------------


def _pg_error(exc: Exception, limit: float | None) -> QueryError | None:
    import psycopg
    from psycopg import errors

    if isinstance(exc, errors.QueryCanceled):
        return QueryError(f"query stopped: it ran longer than the {limit:g} s time limit")
    if isinstance(exc, errors.SyntaxError) and "multiple commands" in str(exc):
        return QueryError("refused: tracker sql runs one statement at a time")
    if isinstance(exc, errors.ReadOnlySqlTransaction | errors.ActiveSqlTransaction):
        return QueryError(f"refused: tracker sql is read-only ({_pg_message(exc)})")
    if isinstance(exc, errors.InsufficientPrivilege):
        return QueryError(f"refused: {_pg_message(exc)}")
    if isinstance(exc, psycopg.ProgrammingError) and "didn't produce" in str(exc):
        return QueryError("the statement returned no rows: tracker sql runs queries")
    if isinstance(exc, psycopg.Error):
        return QueryError(f"SQL error: {_pg_message(exc)}")
    return None


def _pg_message(exc: Exception) -> str:
    diag = getattr(exc, "diag", None)
    primary = getattr(diag, "message_primary", None)
    return primary or str(exc).splitlines()[0]


def _run_postgresql(
    url: URL, sql: str, limit: float | None, role: str
) -> tuple[list[str], QueryRows]:
    import psycopg

    conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
    millis = int(limit * 1000) if limit else 0
    options = f"-c default_transaction_read_only=on -c statement_timeout={millis}"
    try:
        conn = psycopg.connect(conninfo, options=options, autocommit=False)
    except psycopg.Error as exc:
        raise DatabaseError(f"cannot connect to {url!r}: {_pg_message(exc)}") from exc
    # psycopg opens the transaction with BEGIN READ ONLY.
    conn.read_only = True
    cursor = conn.cursor()

    def close() -> None:
        # Closing the connection ends (and so rolls back) the read-only transaction.
        # A query still sending rows is cancelled first, or closing would wait for it.
        from psycopg import pq

        try:
            if conn.info.transaction_status == pq.TransactionStatus.ACTIVE:
                conn.cancel_safe(timeout=5)
        except psycopg.Error:
            LOGGER.debug("cancel failed while closing", exc_info=True)
        conn.close()

    try:
        _restrict_role(cursor, role)
        rows = cursor.stream(sql, size=FETCH_BATCH)
        first = next(rows, None)
    except QueryError:
        close()
        raise
    except Exception as exc:
        close()
        translated = _pg_error(exc, limit)
        if translated is None:
            raise
        raise translated from exc
    columns = [d.name for d in cursor.description or ()]
    if first is None and not columns:
        columns = _pg_empty_columns(cursor, sql)

    def chained() -> Iterator[tuple[Any, ...]]:
        if first is not None:
            yield first
            yield from rows

    return columns, QueryRows(chained(), close, lambda exc: _pg_error(exc, limit))


def _pg_empty_columns(cursor: Any, sql: str) -> list[str]:
    """Column names of a query that returned no rows (a stream then has no description)."""
    import psycopg

    # LIMIT 0 plans the query without running it. A prepared statement keeps to
    # the extended protocol, so the text still cannot smuggle in a second statement.
    try:
        cursor.execute(f"SELECT * FROM ({sql}\n) AS q LIMIT 0", prepare=True)
    except psycopg.Error:
        return []
    return [d.name for d in cursor.description or ()]


def _restrict_role(cursor: Any, role: str) -> None:
    """Switch a login that can reach server files to `role`; refuse if that role can too."""
    from psycopg import sql as pgsql

    # This query also takes the transaction's first snapshot, after which the
    # read-only setting can no longer be changed by the user's statement.
    if not cursor.execute(_PRIVILEGED_SQL).fetchone()[0]:
        return
    if not cursor.execute(_ROLE_EXISTS_SQL, (role,)).fetchone()[0]:
        LOGGER.warning(
            "this login can read server files and role %s does not exist: only a text check "
            "keeps file functions out (see docs/cli.md, tracker sql)",
            role,
        )
        return
    cursor.execute(pgsql.SQL("SET ROLE {}").format(pgsql.Identifier(role)))
    if cursor.execute(_PRIVILEGED_SQL).fetchone()[0]:
        raise QueryError(f"refused: role {role} can read server files; give it fewer rights")
