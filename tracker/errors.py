"""Errors the library raises, with messages written for users.

The CLI turns every `TrackerError` into one red line on stderr and exit code 1;
any other exception is a bug and keeps its traceback.
"""

from __future__ import annotations


class TrackerError(Exception):
    """Base class of every error a user can cause and fix."""


class ConfigError(TrackerError):
    """A bad option, database URL or setting."""


class DatabaseError(TrackerError):
    """The database cannot be reached, is not initialised, or refused an operation."""


class InputError(TrackerError):
    """A document that cannot be read: missing, binary, empty, undecodable, too large."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class RuleError(TrackerError):
    """A rule data file under extract/data is missing or malformed."""


class QueryError(TrackerError):
    """A query refused (it would write) or failed (bad SQL, time limit)."""


class NotFoundError(TrackerError):
    """No stored fact or document has the id asked for."""


class ExportError(TrackerError):
    """An export that cannot be written."""
