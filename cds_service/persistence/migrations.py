"""Schema versions: the Alembic migrations in ``cds_service/migrations``, applied under a lock.

``upgrade_to_head`` (run by ``create_app`` through ``Store.upgrade``) brings any older database to the
newest revision without touching its rows; a database already there is only read. Concurrent start-ups
that do migrate are serialised: a PostgreSQL advisory lock, or SQLite's ``BEGIN IMMEDIATE`` write lock,
is held around the migration (the second then finds nothing left to do). A database whose revision this
code does not know (a newer release wrote it) stops start-up with ``SchemaError``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from .engine import READ_ONLY, SchemaError, StoreUnavailable, is_unavailable

if TYPE_CHECKING:
    from .engine import Database

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"

# An arbitrary constant ("LBPMIGR" in ASCII) naming the PostgreSQL advisory lock held while migrating.
_PG_MIGRATION_LOCK_KEY = 0x4C42504D494752


def upgrade_to_head(database: Database) -> None:
    """Migrate to the newest revision; ``StoreUnavailable`` when unreachable, ``SchemaError`` otherwise.

    A database already at the newest revision is only read: no migration lock, no write. Every gunicorn
    worker runs this at start-up after ``cds-service serve``'s master has migrated, and on SQLite a write
    lock taken by each would make the workers queue behind each other (and behind any other writer) for
    nothing."""
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    if database.in_retry_window():
        raise StoreUnavailable("database unavailable (waiting before the next attempt)")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        heads = set(ScriptDirectory.from_config(config).get_heads())
        if _current_heads(database) != heads:
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
            raise database.unavailable(exc) from exc
        raise SchemaError(f"database schema upgrade failed: {type(exc).__name__}: {exc}") from exc
    database.schema_ready = True
    database.mark_up()


def _current_heads(database: Database) -> set[str]:
    """The revisions the database is at (empty when it was never migrated), read without a write lock."""
    from alembic.runtime.migration import MigrationContext

    with database.engine().connect().execution_options(**{READ_ONLY: True}) as connection:
        return set(MigrationContext.configure(connection).get_current_heads())


def current_revision(database: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with database.engine().connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
