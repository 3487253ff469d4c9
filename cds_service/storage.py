"""Persistence: issued cards, clinician feedback and seen JWT ids, behind one small ``Store``.

SQLAlchemy 2 Core. An SQLite file by default (no server needed), PostgreSQL by URL
(``CDS_DATABASE_URL=postgresql+psycopg://...``) when several instances share one database.
The schema is versioned with Alembic; the migrations ship in ``cds_service/migrations`` and
``Store.upgrade()`` (run by ``create_app``) brings any older database to the newest revision
without touching its rows. Concurrent start-ups are serialised: a PostgreSQL advisory lock, or
SQLite's ``BEGIN IMMEDIATE`` write lock, is held around the migration.

Availability contract (the issue's "when the database is down, hooks still answer"):
- ``record_issued_cards`` never raises: when the database cannot be written the batch is skipped,
  counted in ``skipped_card_writes`` and logged once per outage.
- ``store_feedback`` and the report queries raise ``StoreUnavailable``; the API turns it into a 503.
- ``claim_jti`` checks an in-process memory first and the database second. While the database is
  down it falls back to that memory alone (counted in ``jti_fallback_claims``), so hooks keep
  answering with per-process replay protection; cross-instance protection returns with the database.
- After a failure the store waits ``retry_after_seconds`` before touching the database again, so an
  outage costs the hook path one connection timeout per window, not one per request.
- An unreachable database at start-up is not fatal: ``upgrade()`` logs it and every later operation
  retries the upgrade first. A database whose revision this code does not know (a newer release
  wrote it) *is* fatal: ``upgrade()`` raises ``SchemaError``.

No patient identifier or name is stored: the card log holds card uuid, service id, card id,
knowledge version, locale, hookInstance and time.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as dt_time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    DateTime,
    Dialect,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    select,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError, OperationalError, SQLAlchemyError
from sqlalchemy.pool import QueuePool, StaticPool
from sqlalchemy.types import TypeDecorator

if TYPE_CHECKING:
    from .config import Settings

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# An arbitrary constant ("LBPMIGR" in ASCII) naming the PostgreSQL advisory lock held while migrating.
_PG_MIGRATION_LOCK_KEY = 0x4C42504D494752

# Seen JWT ids are purged once expired; doing it on every claim would add a DELETE to the hot path.
_JTI_PURGE_EVERY_SECONDS = 300.0
# A seen jti is kept this long past its token's expiry, so a token still accepted within the verifier's
# clock-skew allowance can never be replayed after its row is purged (skew is seconds; this is ample).
_JTI_PURGE_MARGIN = timedelta(hours=1)
# Bound on the in-process jti memory; each entry must come from a correctly signed JWT, so this is
# only reached under a very high legitimate call rate (it is then pruned of expired entries).
_LOCAL_JTI_LIMIT = 200_000


class StoreUnavailable(Exception):
    """The database cannot be reached (or is locked beyond its timeout). Callers answer 503."""


class SchemaError(Exception):
    """The database schema cannot be brought to this code's revision. Start-up must stop."""


# --- the data that crosses the interface ------------------------------------------------------


@dataclass(frozen=True)
class IssuedCard:
    """One card returned to an EHR. No patient data: the hookInstance is the EHR's random call id."""

    uuid: str
    service_id: str
    card_id: str
    knowledge_version: str
    locale: str
    hook_instance: str
    issued_at: datetime


@dataclass(frozen=True)
class FeedbackRecord:
    """One validated feedback item, ready to store. ``item_key`` identifies "the same item"."""

    item_key: str
    service_id: str
    card_uuid: str
    outcome: str
    outcome_at: datetime
    accepted_suggestions: tuple[str, ...]
    override_system: str | None
    override_code: str | None
    override_display: str | None
    user_comment: str | None


@dataclass(frozen=True)
class FeedbackStoreResult:
    stored: int
    duplicates: int
    unknown_cards: int
    """Newly stored items whose card uuid is not in the issued-card log (stored, and flagged)."""


@dataclass(frozen=True)
class OutcomeCount:
    card_id: str | None
    """None: feedback on a card uuid this service has no record of issuing."""
    outcome: str
    count: int


@dataclass(frozen=True)
class OverrideReasonCount:
    card_id: str | None
    system: str
    code: str
    display: str | None
    count: int


# --- schema -----------------------------------------------------------------------------------


class _UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, on both dialects.

    SQLite has no time zone type; values are stored as naive UTC text there, which keeps the
    lexicographic order equal to time order for ``--since`` filters.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: the store only accepts aware datetimes")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "pk": "pk_%(table_name)s",
        "fk": "fk_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
    }
)

issued_card = Table(
    "issued_card",
    metadata,
    Column("card_uuid", String(64), primary_key=True),
    Column("service_id", String(64), nullable=False),
    Column("card_id", String(64), nullable=False),
    Column("knowledge_version", String(64), nullable=False),
    Column("locale", String(16), nullable=False),
    Column("hook_instance", String(64), nullable=False),
    Column("issued_at", _UtcDateTime(), nullable=False),
    Index(None, "card_id", "issued_at"),
)

feedback = Table(
    "feedback",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("item_key", String(64), nullable=False, unique=True),
    Column("service_id", String(64), nullable=False),
    Column("card_uuid", String(128), nullable=False),
    Column("outcome", String(16), nullable=False),
    Column("outcome_at", _UtcDateTime(), nullable=False),
    Column("accepted_suggestions", Text, nullable=True),
    Column("override_system", Text, nullable=True),
    Column("override_code", Text, nullable=True),
    Column("override_display", Text, nullable=True),
    Column("user_comment", Text, nullable=True),
    Column("unknown_card", Boolean, nullable=False),
    Column("received_at", _UtcDateTime(), nullable=False),
    Index(None, "card_uuid"),
    Index(None, "outcome_at"),
)

seen_jwt_id = Table(
    "seen_jwt_id",
    metadata,
    # sha256(issuer NUL jti): fixed width whatever the client's jti length, and no raw token data.
    Column("jti_hash", String(64), primary_key=True),
    Column("issuer", Text, nullable=False),
    Column("expires_at", _UtcDateTime(), nullable=False),
    Index(None, "expires_at"),
)

# --- the store --------------------------------------------------------------------------------


def normalise_database_url(url: str) -> str:
    """``postgres://`` and ``postgresql://`` mean psycopg 3 here (SQLAlchemy would pick psycopg2)."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _file_identity(path: Path | None) -> tuple[int, int] | None:
    if path is None:
        return None
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino)


def _jti_hash(jti: str, issuer: str) -> str:
    return hashlib.sha256(f"{issuer}\0{jti}".encode()).hexdigest()


def _is_unavailable(exc: BaseException) -> bool:
    """Connection lost/refused, file unreachable, lock timeout, or schema missing: not a bug in us."""
    if isinstance(exc, OperationalError):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


class Store:
    """One per process. Thread-safe. Forked workers get fresh connections (see ``_engine``)."""

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
        self._engine_obj = self._create_engine()
        self._pid = os.getpid()
        self._schema_ready = False
        self._down_until = 0.0
        self._down_since: float | None = None
        self._last_purge = time.monotonic()  # the first opportunistic purge comes one period after start
        self._local_jtis: dict[str, datetime] = {}
        self.skipped_card_writes = 0
        self.jti_fallback_claims = 0
        self.unavailable_errors = 0

    @classmethod
    def from_settings(cls, settings: Settings) -> Store:
        return cls(settings.CDS_DATABASE_URL)

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
                        cursor.execute("PRAGMA journal_mode=WAL")
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
            connection.exec_driver_sql("BEGIN IMMEDIATE")

        return engine

    def _engine(self) -> Engine:
        pid = os.getpid()
        if pid != self._pid:
            # Forked (gunicorn worker): never reuse the parent's sockets.
            self._engine_obj.dispose(close=False)
            self._pid = pid
        return self._engine_obj

    def dispose(self) -> None:
        self._engine_obj.dispose()

    # -- availability ----------------------------------------------------------------------

    def _mark_down(self, exc: BaseException) -> None:
        with self._lock:
            self.unavailable_errors += 1
            self._down_until = time.monotonic() + self.retry_after_seconds
            first = self._down_since is None
            if first:
                self._down_since = time.monotonic()
        if first:
            # The class and the driver's first line only: hide_parameters keeps values out of it.
            reason = str(getattr(exc, "orig", exc)).splitlines()[0][:200] if str(exc) else ""
            log.warning("database unavailable (%s: %s); retrying every %.1fs",
                        type(exc).__name__, reason, self.retry_after_seconds)

    def _mark_up(self) -> None:
        if not self.is_down:  # the common case, without taking the lock
            return
        with self._lock:
            down_since, self._down_since = self._down_since, None
            if down_since is None:  # another thread saw the recovery first
                return
            outage = time.monotonic() - down_since
            self._down_until = 0.0
        log.info("database reachable again after %.1fs; card writes skipped so far: %d",
                 outage, self.skipped_card_writes)

    @property
    def is_down(self) -> bool:
        return self._down_since is not None

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        """A write transaction, or ``StoreUnavailable`` (fast while inside a retry window)."""
        if time.monotonic() < self._down_until:
            raise StoreUnavailable("database unavailable (waiting before the next attempt)")
        if not self._schema_ready:
            self._upgrade_or_raise()
        try:
            with self._engine().begin() as connection:
                yield connection
        except SQLAlchemyError as exc:
            if _is_unavailable(exc):
                self._mark_down(exc)
                raise StoreUnavailable(f"database unavailable: {type(exc).__name__}") from exc
            raise
        self._mark_up()

    # -- schema ----------------------------------------------------------------------------

    def upgrade(self) -> bool:
        """Bring the schema to the newest revision. True when done; False when the database is
        unreachable (logged; retried before the next operation). Raises ``SchemaError`` otherwise."""
        try:
            self._upgrade_or_raise()
        except StoreUnavailable:
            log.warning("database not reachable at start-up; schema upgrade will be retried on first use")
            return False
        return True

    def _upgrade_or_raise(self) -> None:
        from alembic import command
        from alembic.config import Config
        from alembic.util.exc import CommandError

        if time.monotonic() < self._down_until:
            raise StoreUnavailable("database unavailable (waiting before the next attempt)")
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        try:
            with self._engine().connect() as connection, connection.begin():
                if self.dialect == "postgresql":
                    connection.execute(select(func.pg_advisory_xact_lock(_PG_MIGRATION_LOCK_KEY)))
                # On SQLite the "begin" event already took the write lock (BEGIN IMMEDIATE).
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        except CommandError as exc:
            raise SchemaError(f"database schema cannot be upgraded: {exc}") from exc
        except SQLAlchemyError as exc:
            if _is_unavailable(exc):
                self._mark_down(exc)
                raise StoreUnavailable(f"database unavailable: {type(exc).__name__}") from exc
            raise SchemaError(f"database schema upgrade failed: {type(exc).__name__}: {exc}") from exc
        self._schema_ready = True
        self._mark_up()

    def current_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self._engine().connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def ping(self) -> bool:
        """For /readyz: a real round trip now (ignores the retry window); never raises."""
        try:
            if not self._schema_ready:
                self._down_until = 0.0
                self._upgrade_or_raise()
            with self._engine().connect() as connection:
                connection.exec_driver_sql("SELECT 1")
        except (SQLAlchemyError, StoreUnavailable, SchemaError) as exc:
            if isinstance(exc, SQLAlchemyError) and _is_unavailable(exc):
                self._mark_down(exc)
            return False
        self._mark_up()
        return True

    # -- issued cards ----------------------------------------------------------------------

    def record_issued_cards(self, cards: Sequence[IssuedCard]) -> None:
        """Log the cards of one response. Never raises: on failure the batch is skipped and counted."""
        if not cards:
            return
        rows = [
            {
                "card_uuid": c.uuid,
                "service_id": c.service_id,
                "card_id": c.card_id,
                "knowledge_version": c.knowledge_version,
                "locale": c.locale,
                "hook_instance": c.hook_instance,
                "issued_at": c.issued_at,
            }
            for c in cards
        ]
        try:
            with self._transaction() as connection:
                connection.execute(self._insert_ignoring_duplicates(issued_card, ["card_uuid"]), rows)
        except (StoreUnavailable, SchemaError, SQLAlchemyError, ValueError) as exc:
            with self._lock:
                self.skipped_card_writes += len(cards)
            if not isinstance(exc, StoreUnavailable):
                log.error("card log write failed (%s); %d card(s) skipped", type(exc).__name__, len(cards))

    def _insert_ignoring_duplicates(self, table: Table, keys: list[str]) -> Any:
        if self.dialect == "postgresql":
            return postgresql.insert(table).on_conflict_do_nothing(index_elements=keys)
        return sqlite.insert(table).on_conflict_do_nothing(index_elements=keys)

    # -- feedback --------------------------------------------------------------------------

    def store_feedback(self, records: Sequence[FeedbackRecord], received_at: datetime) -> FeedbackStoreResult:
        """All records in one transaction (all or nothing); a record whose key is stored already is a
        duplicate and is not stored again. Raises ``StoreUnavailable``."""
        if not records:
            return FeedbackStoreResult(stored=0, duplicates=0, unknown_cards=0)
        uuids = sorted({r.card_uuid for r in records})
        stored = duplicates = unknown = 0
        # RETURNING says whether the row went in (rowcount is not reliable for ON CONFLICT on psycopg).
        statement = self._insert_ignoring_duplicates(feedback, ["item_key"]).returning(feedback.c.id)
        with self._transaction() as connection:
            known = set(
                connection.execute(select(issued_card.c.card_uuid).where(issued_card.c.card_uuid.in_(uuids)))
                .scalars()
                .all()
            )
            for record in records:
                is_unknown = record.card_uuid not in known
                result = connection.execute(
                    statement,
                    {
                        "item_key": record.item_key,
                        "service_id": record.service_id,
                        "card_uuid": record.card_uuid,
                        "outcome": record.outcome,
                        "outcome_at": record.outcome_at,
                        "accepted_suggestions": "\n".join(record.accepted_suggestions) or None,
                        "override_system": record.override_system,
                        "override_code": record.override_code,
                        "override_display": record.override_display,
                        "user_comment": record.user_comment,
                        "unknown_card": is_unknown,
                        "received_at": received_at,
                    },
                )
                if result.first() is not None:
                    stored += 1
                    unknown += is_unknown
                else:
                    duplicates += 1
        return FeedbackStoreResult(stored=stored, duplicates=duplicates, unknown_cards=unknown)

    # -- report queries --------------------------------------------------------------------

    @staticmethod
    def _since_datetime(since: date | None) -> datetime | None:
        return None if since is None else datetime.combine(since, dt_time.min, tzinfo=UTC)

    def shown_counts(self, since: date | None = None) -> dict[str, int]:
        start = self._since_datetime(since)
        query = select(issued_card.c.card_id, func.count()).group_by(issued_card.c.card_id)
        if start is not None:
            query = query.where(issued_card.c.issued_at >= start)
        with self._transaction() as connection:
            return {str(card_id): int(count) for card_id, count in connection.execute(query)}

    def outcome_counts(self, since: date | None = None) -> list[OutcomeCount]:
        start = self._since_datetime(since)
        joined = feedback.outerjoin(issued_card, issued_card.c.card_uuid == feedback.c.card_uuid)
        query = (
            select(issued_card.c.card_id, feedback.c.outcome, func.count())
            .select_from(joined)
            .group_by(issued_card.c.card_id, feedback.c.outcome)
        )
        if start is not None:
            query = query.where(feedback.c.outcome_at >= start)
        with self._transaction() as connection:
            return [OutcomeCount(card_id, str(outcome), int(n)) for card_id, outcome, n in connection.execute(query)]

    def override_reason_counts(self, since: date | None = None) -> list[OverrideReasonCount]:
        start = self._since_datetime(since)
        joined = feedback.outerjoin(issued_card, issued_card.c.card_uuid == feedback.c.card_uuid)
        query = (
            select(
                issued_card.c.card_id,
                feedback.c.override_system,
                feedback.c.override_code,
                func.max(feedback.c.override_display),
                func.count(),
            )
            .select_from(joined)
            .where(feedback.c.outcome == "overridden", feedback.c.override_code.is_not(None))
            .group_by(issued_card.c.card_id, feedback.c.override_system, feedback.c.override_code)
        )
        if start is not None:
            query = query.where(feedback.c.outcome_at >= start)
        with self._transaction() as connection:
            return [
                OverrideReasonCount(card_id, str(system), str(code), display, int(n))
                for card_id, system, code, display, n in connection.execute(query)
            ]

    def feedback_count(self) -> int:
        with self._transaction() as connection:
            return int(connection.execute(select(func.count()).select_from(feedback)).scalar_one())

    # -- JWT replay store ------------------------------------------------------------------

    def claim_jti(self, jti: str, issuer: str, expires_at: datetime) -> bool:
        """True the first time (issuer, jti) is seen, False on every later call, across all processes
        sharing the database (a primary key plus INSERT ... ON CONFLICT DO NOTHING RETURNING decides).

        While the database is unavailable only this process's memory decides (see module doc)."""
        key = _jti_hash(jti, issuer)
        now = datetime.now(UTC)
        with self._lock:
            if key in self._local_jtis:
                return False
            self._remember_locally(key, expires_at, now)
        try:
            with self._transaction() as connection:
                result = connection.execute(
                    self._insert_ignoring_duplicates(seen_jwt_id, ["jti_hash"]).returning(seen_jwt_id.c.jti_hash),
                    {"jti_hash": key, "issuer": issuer, "expires_at": expires_at},
                )
                claimed = result.first() is not None
                if time.monotonic() - self._last_purge > _JTI_PURGE_EVERY_SECONDS:
                    self._last_purge = time.monotonic()
                    connection.execute(
                        seen_jwt_id.delete().where(seen_jwt_id.c.expires_at < now - _JTI_PURGE_MARGIN)
                    )
            return claimed
        except (StoreUnavailable, SchemaError):
            with self._lock:
                self.jti_fallback_claims += 1
            return True

    def _remember_locally(self, key: str, expires_at: datetime, now: datetime) -> None:
        if len(self._local_jtis) >= _LOCAL_JTI_LIMIT:
            cutoff = now - _JTI_PURGE_MARGIN
            self._local_jtis = {k: exp for k, exp in self._local_jtis.items() if exp >= cutoff}
        self._local_jtis[key] = expires_at

    def purge_expired_jtis(self, now: datetime | None = None) -> int:
        """Forget jtis whose token expired more than ``_JTI_PURGE_MARGIN`` ago; the number deleted."""
        cutoff = (now or datetime.now(UTC)) - _JTI_PURGE_MARGIN
        with self._lock:
            self._local_jtis = {k: exp for k, exp in self._local_jtis.items() if exp >= cutoff}
        with self._transaction() as connection:
            statement = seen_jwt_id.delete().where(seen_jwt_id.c.expires_at < cutoff)
            return int(connection.execute(statement).rowcount)

    def stats(self) -> dict[str, int | bool]:
        """Counters for /metrics or /readyz."""
        return {
            "database_down": self.is_down,
            "skipped_card_writes": self.skipped_card_writes,
            "jti_fallback_claims": self.jti_fallback_claims,
            "unavailable_errors": self.unavailable_errors,
        }
