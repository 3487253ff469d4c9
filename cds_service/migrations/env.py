"""Alembic environment: online mode only, on the connection ``Store.upgrade()`` passes in.

The caller holds the transaction (and the migration lock), so Alembic runs inside it.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from cds_service.persistence.schema import metadata


def _run_online(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _main() -> None:
    if context.is_offline_mode():
        raise RuntimeError("offline (--sql) migrations are not supported; use Store.upgrade()")
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError("run migrations through cds_service.persistence.Store.upgrade()")
    _run_online(connection)


_main()
