"""Schema versions: the Alembic migrations in ``cds_service/migrations``, applied under a lock.

``upgrade_to_head`` (run by ``create_app`` through ``Store.upgrade``) brings any older database to the
newest revision without touching its rows. Concurrent start-ups are serialised: a PostgreSQL advisory
lock, or SQLite's ``BEGIN IMMEDIATE`` write lock, is held around the migration. A database whose revision
this code does not know (a newer release wrote it) stops start-up with ``SchemaError``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from .engine import SchemaError, StoreUnavailable, is_unavailable

if TYPE_CHECKING:
    from .engine import Database

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"

# An arbitrary constant ("LBPMIGR" in ASCII) naming the PostgreSQL advisory lock held while migrating.
_PG_MIGRATION_LOCK_KEY = 0x4C42504D494752


def upgrade_to_head(database: Database) -> None:
    """Migrate to the newest revision; ``StoreUnavailable`` when unreachable, ``SchemaError`` otherwise."""
    from alembic import command
    from alembic.config import Config
    from alembic.util.exc import CommandError

    if database.in_retry_window():
        raise StoreUnavailable("database unavailable (waiting before the next attempt)")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        with database.engine().connect() as connection, connection.begin():
            if database.dialect == "postgresql":
                connection.execute(select(func.pg_advisory_xact_lock(_PG_MIGRATION_LOCK_KEY)))
            # On SQLite the "begin" event already took the write lock (BEGIN IMMEDIATE).
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except CommandError as exc:
        raise SchemaError(f"database schema cannot be upgraded: {exc}") from exc
    except SQLAlchemyError as exc:
        if is_unavailable(exc):
            database.mark_down(exc)
            raise StoreUnavailable(f"database unavailable: {type(exc).__name__}") from exc
        raise SchemaError(f"database schema upgrade failed: {type(exc).__name__}: {exc}") from exc
    database.schema_ready = True
    database.mark_up()


def current_revision(database: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with database.engine().connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
