"""The issued-card log: every card returned to an EHR (no patient data), for feedback and the report.

Two ways in:

- ``submit`` (the hook's request path): the cards go into this process's buffer and the call goes on; no
  database write is on the request path (issue 11: the write was 15 % of a worker's time). One background
  thread per process writes every buffer in one ``executemany`` (on PostgreSQL, from ``_COPY_FROM_ROWS``
  cards, by ``COPY``: ``CardLog._copy``), every ``flush_seconds``
  (``CDS_CARD_LOG_FLUSH_SECONDS``), as soon as ``batch_cards`` (``CDS_CARD_LOG_BATCH_CARDS``) are waiting,
  and at interpreter exit (``atexit``: gunicorn ends a worker with ``sys.exit`` on SIGTERM, SIGINT and
  SIGQUIT, so a graceful stop loses nothing; only SIGKILL, or a worker killed after the graceful timeout,
  loses the last interval's cards). While the database is down the rows stay buffered and are written
  when it answers again, up to ``MAX_BUFFERED_CARDS`` per process; beyond that the newest are skipped and
  counted in ``skipped_writes``.
- ``record`` (tests, tools): writes at once; never raises: on failure the batch is skipped, counted in
  ``skipped_writes`` and logged once per outage (``engine``).

Readers in this process (feedback, reports) call ``flush`` first, so they see every card this process
issued. A card issued a moment ago by *another* worker or instance may still sit in that process's buffer:
the feedback's "unknown card" flag therefore also asks ``card_uuids.is_ours`` (the uuid carries a keyed
marker), see ``feedback_store``.
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
import time
import weakref
from collections.abc import Sequence
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Connection, Engine, bindparam
from sqlalchemy.exc import SQLAlchemyError

from .engine import Database, SchemaError, StoreUnavailable
from .schema import issued_card

log = logging.getLogger("cds_service.persistence")

_COPY_FROM_ROWS = 50
"""From this many rows a PostgreSQL flush uses COPY (below it, three statements cost more than one)."""
_PG_COLUMNS = "card_uuid, service_id, card_id, knowledge_version, locale, hook_instance, issued_at"
# A temporary table lives as long as its session (a pooled connection) and is emptied at each commit.
_PG_STAGING_TABLE = (
    "CREATE TEMPORARY TABLE IF NOT EXISTS issued_card_incoming "
    "(LIKE issued_card INCLUDING DEFAULTS) ON COMMIT DELETE ROWS"
)
_PG_COPY = f"COPY issued_card_incoming ({_PG_COLUMNS}) FROM STDIN"
_PG_FROM_STAGING = (
    f"INSERT INTO issued_card ({_PG_COLUMNS}) SELECT {_PG_COLUMNS} FROM issued_card_incoming "
    "ON CONFLICT (card_uuid) DO NOTHING"
)
MAX_BUFFERED_CARDS = 100_000
"""Most cards one process holds while the database is down (about 30 MB); more are skipped and counted."""
_MIN_WAIT_SECONDS = 0.05


class IssuedCard(NamedTuple):
    """One card returned to an EHR. No patient data: the hookInstance is the EHR's random call id.

    A NamedTuple in the insert's column order (``_COLUMNS``), so the buffer holds the cards themselves: five per
    hook call, each 0.65 µs to build against 1.43 µs as a frozen dataclass, and no conversion to a row."""

    uuid: str
    service_id: str
    card_id: str
    knowledge_version: str
    locale: str
    hook_instance: str
    issued_at: datetime


_COLUMNS = ("card_uuid", "service_id", "card_id", "knowledge_version", "locale", "hook_instance", "issued_at")
"""The issued_card columns, in the order of ``IssuedCard``'s fields."""


class _InsertStatement:
    """The log's ``INSERT ... ON CONFLICT DO NOTHING`` as the driver's SQL, compiled by SQLAlchemy once per
    engine, and run as one ``executemany`` of plain tuples (``exec_driver_sql``) inside
    ``Database.transaction``. Through ``Connection.execute`` with a dict per row, SQLAlchemy's per-row
    parameter processing was most of the flush on SQLite: per card, submit and flush, 20-22 µs of CPU before,
    8-11 µs this way on a busy machine, 8.9-9.2 against 6.5-7.2 µs on a quieter one; on PostgreSQL 21 µs
    before, 19 µs this way (``python bench/card_log_cost.py``, the two versions alternated, 2-3 runs)."""

    def __init__(self, database: Database, engine: Engine) -> None:
        dialect = engine.dialect
        compiled = (
            database.insert_ignoring_duplicates(issued_card, ["card_uuid"])
            .values({name: bindparam(name) for name in _COLUMNS})
            .compile(dialect=dialect)
        )
        self.engine = engine
        self.sql = str(compiled)
        positional = compiled.positiontup  # the order of "?" for qmark drivers (SQLite); None: named
        self._order = tuple(_COLUMNS.index(name) for name in positional) if positional is not None else None
        # UtcDateTime's conversion and then the dialect's (SQLite: the text SQLAlchemy itself writes, never the
        # sqlite3 module's default adapter, which drops '.000000' and is deprecated in Python 3.12).
        self._issued_at = issued_card.c.issued_at.type.dialect_impl(dialect).bind_processor(dialect)

    def converted(self, rows: Sequence[IssuedCard]) -> Sequence[tuple[Any, ...]]:
        """The rows with issued_at as the column type writes it (UtcDateTime: aware, in UTC; naive refused)."""
        convert = self._issued_at
        if convert is None:
            return rows
        # The cards of one response share their issued_at: each distinct value is converted once.
        converted = {issued_at: convert(issued_at) for issued_at in {row[6] for row in rows}}
        return [(*row[:6], converted[row[6]]) for row in rows]

    def parameters(self, rows: Sequence[IssuedCard]) -> list[Any]:
        values = self.converted(rows)
        if self._order is None:
            return [dict(zip(_COLUMNS, row, strict=True)) for row in values]
        if self._order == tuple(range(len(_COLUMNS))):
            return list(values)
        return [tuple(row[index] for index in self._order) for row in values]


class CardLog:
    def __init__(self, database: Database, *, flush_seconds: float = 1.0, batch_cards: int = 500) -> None:
        self._database = database
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()  # one flush at a time, so rows are written in issue order
        self._buffer: list[IssuedCard] = []
        self._statement: _InsertStatement | None = None
        self.flush_seconds = flush_seconds
        self.batch_cards = batch_cards
        self.skipped_writes = 0
        self.buffered_writes = 0
        """Cards written by a flush (of ``submit``), for /metrics and the benchmark."""
        self.last_flush = time.monotonic()
        _flusher.register(self)

    # -- the request path ----------------------------------------------------------------------------

    def submit(self, cards: Sequence[IssuedCard]) -> None:
        """Buffer the cards of one response for the background flush. Never raises, never waits on I/O."""
        if not cards:
            return
        rows = list(cards)
        with self._lock:
            room = MAX_BUFFERED_CARDS - len(self._buffer)
            if room < len(rows):
                self.skipped_writes += len(rows) - max(room, 0)
                rows = rows[: max(room, 0)]
            self._buffer.extend(rows)
            full = len(self._buffer) >= self.batch_cards
        _flusher.ensure_running()
        if full:
            _flusher.wake()

    @property
    def pending(self) -> int:
        """Cards buffered in this process, not yet written."""
        return len(self._buffer)

    def flush(self) -> int:
        """Write every buffered card now; the number written. Never raises: on failure (database down)
        the rows go back to the front of the buffer for the next flush."""
        with self._write_lock:
            self.last_flush = time.monotonic()
            with self._lock:
                rows, self._buffer = self._buffer, []
            if not rows:
                return 0
            try:
                self._write(rows)
            except (StoreUnavailable, SchemaError, SQLAlchemyError, ValueError) as exc:
                with self._lock:
                    kept = rows + self._buffer
                    self.skipped_writes += max(0, len(kept) - MAX_BUFFERED_CARDS)
                    self._buffer = kept[:MAX_BUFFERED_CARDS]
                if not isinstance(exc, StoreUnavailable):
                    log.error("card log flush failed (%s); %d card(s) kept for retry", type(exc).__name__, len(rows))
                return 0
            with self._lock:
                self.buffered_writes += len(rows)
            return len(rows)

    # -- at once ---------------------------------------------------------------------------------------

    def record(self, cards: Sequence[IssuedCard]) -> None:
        """Log the cards of one response now. Never raises: on failure the batch is skipped and counted."""
        if not cards:
            return
        try:
            self._write(list(cards))
        except (StoreUnavailable, SchemaError, SQLAlchemyError, ValueError) as exc:
            with self._lock:
                self.skipped_writes += len(cards)
            if not isinstance(exc, StoreUnavailable):
                log.error("card log write failed (%s); %d card(s) skipped", type(exc).__name__, len(cards))

    def _write(self, rows: list[IssuedCard]) -> None:
        with self._database.transaction() as connection:
            statement = self._statement
            if statement is None or statement.engine is not connection.engine:
                statement = self._statement = _InsertStatement(self._database, connection.engine)
            if self._database.dialect == "postgresql" and len(rows) >= _COPY_FROM_ROWS:
                self._copy(connection, statement.converted(rows))
            else:
                connection.exec_driver_sql(statement.sql, statement.parameters(rows))

    def _copy(self, connection: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
        """PostgreSQL: the rows by ``COPY`` into a session's staging table, then one ``INSERT ... SELECT ... ON
        CONFLICT DO NOTHING`` (COPY alone has no ON CONFLICT, and a flush retried after a lost answer sends
        rows already written). 2,500 cards, client CPU per card: 10.0 µs by ``executemany``, 2.3 µs this way
        (psycopg 3, three runs each). A driver error comes out as ``StoreUnavailable`` (connection lost) or
        ``ValueError`` (anything else), which ``flush`` answers by keeping the rows for the next attempt."""
        driver = connection.engine.dialect.loaded_dbapi
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(_PG_STAGING_TABLE)
            with cursor.copy(_PG_COPY) as copy:
                for row in rows:
                    copy.write_row(row)
            cursor.execute(_PG_FROM_STAGING)
        except (driver.OperationalError, driver.InterfaceError) as exc:
            raise self._database.unavailable(exc) from exc
        except driver.Error as exc:
            raise ValueError(f"the card log's COPY failed: {type(exc).__name__}") from exc
        finally:
            cursor.close()


class _Flusher:
    """The one background thread per process that flushes every live ``CardLog``.

    Started on the first ``submit`` in a process (so in each gunicorn worker after the fork, never in the
    master), holding the logs weakly (an app that is gone takes its log with it). A daemon thread: the
    final flush is the ``atexit`` hook, which runs on every graceful exit of a worker.
    """

    def __init__(self) -> None:
        self._logs: weakref.WeakSet[CardLog] = weakref.WeakSet()
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._pid: int | None = None
        atexit.register(self.flush_all)
        os.register_at_fork(after_in_child=self._after_fork)

    def register(self, card_log: CardLog) -> None:
        with self._lock:
            self._logs.add(card_log)

    def wake(self) -> None:
        self._wake.set()

    def ensure_running(self) -> None:
        if self._pid == os.getpid():
            return
        with self._lock:
            if self._pid == os.getpid():
                return
            self._pid = os.getpid()
            threading.Thread(target=self._run, name="card-log-flush", daemon=True).start()

    def _after_fork(self) -> None:
        # The parent's thread does not exist in the child; its locks may have been held at the fork.
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._pid = None
        for card_log in list(self._logs):
            card_log._lock = threading.Lock()
            card_log._write_lock = threading.Lock()

    def _live(self) -> list[CardLog]:
        with self._lock:
            return list(self._logs)

    def _run(self) -> None:
        while True:
            logs = self._live()
            now = time.monotonic()
            due_in = [card_log.last_flush + card_log.flush_seconds - now for card_log in logs]
            del logs  # hold no log while waiting: it may be collected
            self._wake.wait(max(_MIN_WAIT_SECONDS, min(due_in, default=1.0)))
            self._wake.clear()
            now = time.monotonic()
            for card_log in self._live():
                if card_log.pending >= card_log.batch_cards or now - card_log.last_flush >= card_log.flush_seconds:
                    card_log.flush()

    def flush_all(self) -> None:
        for card_log in self._live():
            card_log.flush()


_flusher = _Flusher()


def flush_all() -> None:
    """Flush every card log of this process now (what the exit hook does)."""
    _flusher.flush_all()
