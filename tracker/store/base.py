"""The declarative base every model shares, with a naming convention.

Alembic can only drop or diff constraints that have names (see Alembic's
"The Importance of Naming Constraints"), so every constraint gets one here.
`migrations/env.py` imports this module and nothing else from tracker.
"""

from __future__ import annotations

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of all tracker models."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def load_models() -> MetaData:
    """Import the models so that `Base.metadata` knows every table, and return it."""
    from tracker.store import models  # noqa: F401  (import registers the tables)

    return Base.metadata
