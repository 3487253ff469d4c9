"""The database connection and its availability: engine per dialect, fork safety, outage handling.

SQLAlchemy 2 Core. An SQLite file by default (no server needed), PostgreSQL by URL
(``CDS_DATABASE_URL=postgresql+psycopg://...``) when several instances share one database.

Availability contract (the other persistence modules build on it):
- ``transaction()`` yields a write transaction or raises ``StoreUnavailable`` (connection lost or refused,
  file unreachable, lock timeout, schema missing). After a failure the database is not touched again for
  ``retry_after_seconds``, so an outage costs the hook path one connection timeout per window, not one per
  request.
- An unreachable database at start-up is not fatal: the schema upgrade is retried before the next
  operation (``persistence.migrations``).
- ``on_recovery`` callbacks run once when the database answers again after an outage.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError, OperationalError, SQLAlchemyError
from sqlalchemy.pool import QueuePool, StaticPool

log = logging.getLogger("cds_service.persistence")


READ_ONLY = "cds_read_only"
"""Execution option for a connection that only reads: on SQLite its transactions begin DEFERRED, without
the write lock every other transaction takes (``BEGIN IMMEDIATE``, see ``_create_sqlite_engine``)."""


class StoreUnavailable(Exception):
    """The database cannot be reached (or is locked beyond its timeout). Callers answer 503."""


class SchemaError(Exception):
    """The database schema cannot be brought to this code's revision. Start-up must stop."""


def normalise_database_url(url: str) -> str:
    """``postgres://`` and ``postgresql://`` mean psycopg 3 here (SQLAlchemy would pick psycopg2)."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def is_unavailable(exc: BaseException) -> bool:
    """Connection lost/refused, file unreachable, lock timeout, or schema missing: not a bug in us."""
    if isinstance(exc, OperationalError):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


def _file_identity(path: Path | None) -> tuple[int, int] | None:
    if path is None:
        return None
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino)


def _switch_to_wal(cursor: Any, timeout_seconds: float) -> None:
    """``PRAGMA journal_mode=WAL``, waiting up to ``timeout_seconds`` for another connection's lock.

    The busy timeout does not cover this statement: the connection already holds a read lock when it asks
    for the exclusive one the switch needs, and SQLite then answers "database is locked" at once rather
    than call its busy handler (which could deadlock). Two processes opening a new database file together
    (gunicorn workers starting) hit exactly this, so wait here as the busy handler would.
    """
    deadline = time.monotonic() + timeout_seconds
    pause = 0.005
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


class _OwnConnection:
    """A driver connection one thread of one process keeps (``Database.own_connection``). Held by the thread
    (a ``threading.local``): when the thread ends it is closed, so threads that come and go (a development
    server's thread per request) leave no sessions open."""

    __slots__ = ("__weakref__", "closed", "driver", "file_identity", "pid")

    def __init__(self, driver: Any, pid: int, file_identity: tuple[int, int] | None) -> None:
        self.driver = driver
        self.pid = pid
        self.file_identity = file_identity
        self.closed = False

    def close(self) -> None:
        self.closed = True
        with suppress(Exception):  # already broken: closing is all that is left to do
            self.driver.close()

    def __del__(self) -> None:
        if not self.closed and self.pid == os.getpid():  # never the parent's, in a forked child
            self.close()


class Database:
    """One per process. Thread-safe. Forked workers get fresh connections (see ``engine``)."""

    def __init__(
        self,
        url: str,
        *,
        retry_after_seconds: float = 1.0,
        connect_timeout_seconds: int = 3,
        sqlite_busy_timeout_seconds: float = 15.0,
    ) -> None:
        self.url = normalise_database_url(url)
        self.dialect = make_url(self.url).get_backend_name()
        if self.dialect not in ("sqlite", "postgresql"):
            raise ValueError(f"unsupported database {self.dialect!r}: use sqlite or postgresql+psycopg")
        self.retry_after_seconds = retry_after_seconds
        self._connect_timeout = connect_timeout_seconds
        self._sqlite_busy_timeout = sqlite_busy_timeout_seconds
        self._lock = threading.Lock()
        self._sqlite_path: Path | None = None
        self._engine_obj = self._create_engine()
        self._pid = os.getpid()
        self._own = threading.local()
        self._own_connections: weakref.WeakSet[_OwnConnection] = weakref.WeakSet()  # for dispose()
        self._inherited: list[_OwnConnection] = []
        self.schema_ready = False
        self._down_until = 0.0
        self._down_since: float | None = None
        self._recovery_callbacks: list[Callable[[], None]] = []
        self.unavailable_errors = 0

    # -- engine ----------------------------------------------------------------------------

    def _create_engine(self) -> Engine:
        if self.dialect == "sqlite":
            return self._create_sqlite_engine()
        return create_engine(
            self.url,
            pool_pre_ping=True,
            pool_size=5,
            max_overflow=10,
            pool_timeout=self._connect_timeout,
            hide_parameters=True,
            connect_args={"connect_timeout": self._connect_timeout, "application_name": "cds-service"},
        )

    def _create_sqlite_engine(self) -> Engine:
        database = make_url(self.url).database or ""
        in_memory = database in ("", ":memory:")
        path = None if in_memory else Path(database).resolve()
        self._sqlite_path = path
        connect_args = {"timeout": self._sqlite_busy_timeout, "check_same_thread": False}
        if in_memory:  # one shared connection, or each checkout would see a new empty database
            engine = create_engine(self.url, poolclass=StaticPool, hide_parameters=True, connect_args=connect_args)
        else:
            engine = create_engine(
                self.url,
                poolclass=QueuePool,
                pool_size=5,
                max_overflow=10,
                hide_parameters=True,
                connect_args=connect_args,
            )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: Any, record: Any) -> None:
            # Hand transaction control to SQLAlchemy's "begin" event below (pysqlite's own BEGIN
            # is DEFERRED, which lets two writers deadlock on the read-to-write lock upgrade).
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            try:
                if not in_memory:
                    mode = cursor.execute("PRAGMA journal_mode").fetchone()
                    if mode is None or str(mode[0]).lower() != "wal":
                        _switch_to_wal(cursor, self._sqlite_busy_timeout)
                cursor.execute("PRAGMA synchronous=NORMAL")
                cursor.execute("PRAGMA foreign_keys=ON")
            finally:
                cursor.close()
            record.info["file_identity"] = _file_identity(path)

        @event.listens_for(engine, "checkout")
        def _on_checkout(_dbapi_connection: Any, record: Any, _proxy: Any) -> None:
            # A pooled connection keeps working on a file that was moved, replaced or deleted (its
            # descriptor stays open). Check the path still names the same file (one stat call), so
            # a lost database is noticed at once: the pool reconnects, which then fails honestly.
            if path is not None and _file_identity(path) != record.info.get("file_identity"):
                raise DisconnectionError("the database file was moved, replaced or removed")

        @event.listens_for(engine, "begin")
        def _on_begin(connection: Connection) -> None:
            if connection.get_execution_options().get(READ_ONLY):
                connection.exec_driver_sql("BEGIN DEFERRED")  # reads only: no write lock to wait for
            else:
                connection.exec_driver_sql("BEGIN IMMEDIATE")

        return engine

    def engine(self) -> Engine:
        pid = os.getpid()
        if pid != self._pid:
            # Forked (gunicorn worker): never reuse the parent's sockets.
            self._engine_obj.dispose(close=False)
            with self._lock:
                # Kept, never closed: closing would end the parent's session (PostgreSQL: a Terminate on
                # the shared socket). At most one per thread of the parent, once per fork.
                self._inherited.extend(self._own_connections)
                self._own_connections = weakref.WeakSet()
            self._pid = pid
        return self._engine_obj

    def dispose(self) -> None:
        with self._lock:
            own, self._own_connections = list(self._own_connections), weakref.WeakSet()
        for connection in own:
            connection.close()
        self._engine_obj.dispose()

    # -- a connection of the thread's own ----------------------------------------------------------

    def own_connection(self) -> Any | None:
        """This thread's own driver connection, outside the pool and in autocommit (each statement is its own
        transaction), or None for an in-memory SQLite database (one connection shared through the pool).

        For a statement that runs on every call (the jti claim, ``persistence.replay``): the pool's checkout
        and return (and PostgreSQL's pre-ping, one round trip) and a transaction's BEGIN and COMMIT cost more
        than the statement. It is taken from the pool once (set up by the same connect events) and detached
        from it. An SQLite file is checked on every call, as the pool checks it on checkout: a moved or
        replaced file gives a new connection, which then fails honestly. After a driver error the caller
        drops it (``drop_own_connection``); a fork leaves the parent's behind (``engine``).
        Raises what ``Engine.raw_connection`` raises.
        """
        engine = self.engine()
        if self.dialect == "sqlite" and self._sqlite_path is None:
            return None
        own: _OwnConnection | None = getattr(self._own, "connection", None)
        if own is not None and own.pid == self._pid and not own.closed:
            if self._sqlite_path is None or _file_identity(self._sqlite_path) == own.file_identity:
                return own.driver
            self.drop_own_connection()
        pooled = engine.raw_connection()
        identity = pooled.info.get("file_identity")
        pooled.detach()
        driver = pooled.dbapi_connection
        if driver is None:  # pragma: no cover - raw_connection() always holds one
            raise StoreUnavailable("the pool gave no connection")
        if self.dialect == "postgresql":
            driver.rollback()  # the pre-ping may have opened a transaction
            driver.autocommit = True
        own = _OwnConnection(driver, self._pid, identity)
        self._own.connection = own
        with self._lock:
            self._own_connections.add(own)
        return driver

    def drop_own_connection(self) -> None:
        """Close this thread's own connection (after a driver error on it); the next call makes a new one."""
        own: _OwnConnection | None = getattr(self._own, "connection", None)
        self._own.connection = None
        if own is None or own.pid != os.getpid():
            return
        with self._lock:
            self._own_connections.discard(own)
        own.close()

    def insert_ignoring_duplicates(self, table: Table, keys: list[str]) -> Any:
        if self.dialect == "postgresql":
            return postgresql.insert(table).on_conflict_do_nothing(index_elements=keys)
        return sqlite.insert(table).on_conflict_do_nothing(index_elements=keys)

    # -- availability ----------------------------------------------------------------------

    def on_recovery(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` (never raising) each time the database answers again after an outage."""
        self._recovery_callbacks.append(callback)

    def mark_down(self, exc: BaseException) -> None:
        with self._lock:
            self.unavailable_errors += 1
            self._down_until = time.monotonic() + self.retry_after_seconds
            first = self._down_since is None
            if first:
                self._down_since = time.monotonic()
        if first:
            # The class and the driver's first line only: hide_parameters keeps values out of it.
            reason = str(getattr(exc, "orig", exc)).splitlines()[0][:200] if str(exc) else ""
            log.warning(
                "database unavailable (%s: %s); retrying every %.1fs",
                type(exc).__name__,
                reason,
                self.retry_after_seconds,
            )

    def unavailable(self, exc: BaseException) -> StoreUnavailable:
        """Count the database down for ``exc`` (a lost or refused connection, a lock timeout) and give the
        ``StoreUnavailable`` to raise from it, naming only the error's class."""
        self.mark_down(exc)
        return StoreUnavailable(f"database unavailable: {type(exc).__name__}")

    def mark_up(self) -> None:
        if not self.is_down:  # the common case, without taking the lock
            return
        with self._lock:
            down_since, self._down_since = self._down_since, None
            if down_since is None:  # another thread saw the recovery first
                return
            outage = time.monotonic() - down_since
            self._down_until = 0.0
        log.info("database reachable again after %.1fs", outage)
        for callback in self._recovery_callbacks:
            callback()

    @property
    def is_down(self) -> bool:
        return self._down_since is not None

    def in_retry_window(self) -> bool:
        return time.monotonic() < self._down_until

    def reset_retry_window(self) -> None:
        self._down_until = 0.0

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A write transaction, or ``StoreUnavailable`` (fast while inside a retry window)."""
        if self.in_retry_window():
            raise StoreUnavailable("database unavailable (waiting before the next attempt)")
        if not self.schema_ready:
            self.upgrade_or_raise()
        try:
            with self.engine().begin() as connection:
                yield connection
        except SQLAlchemyError as exc:
            if is_unavailable(exc):
                raise self.unavailable(exc) from exc
            raise
        self.mark_up()

    # -- schema ----------------------------------------------------------------------------

    def upgrade(self) -> bool:
        """Bring the schema to the newest revision. True when done; False when the database is
        unreachable (logged; retried before the next operation). Raises ``SchemaError`` otherwise."""
        try:
            self.upgrade_or_raise()
        except StoreUnavailable:
            log.warning("database not reachable at start-up; schema upgrade will be retried on first use")
            return False
        return True

    def upgrade_or_raise(self) -> None:
        from .migrations import upgrade_to_head

        upgrade_to_head(self)

    def ping(self) -> bool:
        """For /readyz: a real round trip now (ignores the retry window); never raises."""
        try:
            if not self.schema_ready:
                self.reset_retry_window()
                self.upgrade_or_raise()
            with self.engine().connect() as connection:
                connection.exec_driver_sql("SELECT 1")
        except (SQLAlchemyError, StoreUnavailable, SchemaError) as exc:
            if isinstance(exc, SQLAlchemyError) and is_unavailable(exc):
                self.mark_down(exc)
            return False
        self.mark_up()
        return True
