"""Replay protection for CDS Hooks JWTs: each (issuer, jti) accepted once, across every worker and instance.

The database decides. A claim is one ``INSERT ... ON CONFLICT DO NOTHING`` on the primary key
(sha256 of issuer and jti): one index probe, flat at any table size, and no process memory that grows
with traffic. (The store this replaces also kept every accepted jti in each worker's memory, up to 200,000
entries, and rebuilt that dictionary on every check once it was full: 50-190 ms per call instead of 0.5 ms.)

Expiry: a row may go once its token can no longer pass the exp check (``expires_at`` = exp + clock skew)
plus ``PURGE_MARGIN`` (for clocks that differ between instances). Expired rows are deleted in batches of
``PURGE_BATCH`` found through the ``expires_at`` index, at most once per ``PURGE_EVERY_SECONDS`` per
process and in a transaction of their own, so the hot path never carries a large DELETE; a full batch
lets the next claim purge again, so deletion keeps up with any insert rate. On PostgreSQL the batch skips
rows another process is deleting (``FOR UPDATE SKIP LOCKED``).

Outage: while the database is down this process alone decides, from a bounded memory (``FALLBACK_LIMIT``
entries; O(1) checks; expired entries dropped first). When it is full the claim raises
``ReplayMemoryFull`` and the authenticator answers 503: it fails closed rather than forget a jti that could
then be replayed. When the database answers again the jtis claimed meanwhile are written to it, so other
instances refuse them too, and the memory is emptied.
"""

from __future__ import annotations

import hashlib
import heapq
import logging
import math
import threading
import time
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, bindparam, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from .engine import Database, SchemaError, StoreUnavailable, is_unavailable
from .schema import seen_jwt_id

log = logging.getLogger("cds_service.persistence")

PURGE_MARGIN = timedelta(minutes=10)
PURGE_BATCH = 1000
PURGE_EVERY_SECONDS = 1.0
FALLBACK_LIMIT = 100_000
"""Most jtis one process holds in memory during an outage (about 20 MB); one correctly signed token each."""


class ReplayMemoryFull(Exception):
    """The database is down and the outage memory is full: the call is refused (503), not let through."""


def jti_hash(jti: str, issuer: str) -> str:
    # surrogatepass: a jti is whatever JSON string the (trusted, signing) issuer put there.
    return hashlib.sha256(f"{issuer}\0{jti}".encode("utf-8", "surrogatepass")).hexdigest()


class DatabaseReplayStore:
    """``security.ReplayStore`` on the shared database. Thread-safe; one per process."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._lock = threading.Lock()
        self._fallback: dict[str, tuple[str, datetime]] = {}
        self._fallback_expiry: list[tuple[datetime, str]] = []
        self._last_purge = time.monotonic()  # the first purge comes one period after start
        self.fallback_claims = 0
        self.purged_rows = 0
        self._statement: _ClaimStatement | None = None
        database.on_recovery(self.flush_fallback)

    def claim(self, jti: str, issuer: str, expires_at: datetime) -> bool:
        """True the first time (issuer, jti) is seen, False on every later call, across all processes
        sharing the database (the primary key decides between concurrent claims)."""
        key = jti_hash(jti, issuer)
        if self._fallback and key in self._fallback:  # only ever non-empty after an outage
            return False
        try:
            claimed = self._insert(key, issuer, expires_at)
        except (StoreUnavailable, SchemaError):
            return self._claim_in_memory(key, issuer, expires_at)
        if self._fallback:
            self.flush_fallback()
        self._maybe_purge()
        return claimed

    def _insert(self, key: str, issuer: str, expires_at: datetime) -> bool:
        """The claim's one statement on this thread's own driver connection: True when the row went in.

        SQLAlchemy builds the statement once (``_ClaimStatement``); it runs on the driver's cursor, in
        autocommit (the one statement is the transaction; on SQLite it takes the write lock when it starts,
        as ``BEGIN IMMEDIATE`` would, waiting in the busy handler), on a connection the thread keeps
        (``Database.own_connection``). Per claim, one thread, this process's CPU (wall), bench/replay_stores.py
        in one run: SQLite 65 µs (75) through the pool with BEGIN and COMMIT, 43 µs (52) on the thread's own
        connection; PostgreSQL 277 µs (633) and 101 µs (325), the pre-ping's round trip and the COMMIT gone
        (the server's CPU 215 -> 135 µs). Through ``Connection.execute`` it had cost 135 µs and 284 µs. The
        driver's row count says whether the row went in (no ``RETURNING`` row to fetch): SQLite 58-67 -> 49-63 µs,
        PostgreSQL 121-142 -> 107-131 µs (two alternated runs, empty and 20,000 stored jtis).
        The availability contract is ``Database.transaction``'s: the retry window, the schema upgrade,
        ``StoreUnavailable`` on a lost or locked database (the driver's OperationalError or InterfaceError),
        ``mark_up`` after success.
        """
        database = self._database
        if database.in_retry_window():
            raise StoreUnavailable("database unavailable (waiting before the next attempt)")
        if not database.schema_ready:
            database.upgrade_or_raise()
        engine = database.engine()
        statement = self._statement
        if statement is None or statement.engine is not engine:
            statement = self._statement = _ClaimStatement(engine)
        driver = engine.dialect.loaded_dbapi
        # PostgreSQL closes an idle session on a restart or a failover, which the pool's pre-ping would have
        # noticed; a kept connection learns it from the claim's error, so that claim is tried once more on a
        # new connection before the database counts as down. SQLite has no session to lose.
        attempts = 2 if database.dialect == "postgresql" else 1
        for attempt in range(1, attempts + 1):
            try:
                connection = database.own_connection()
            except (SQLAlchemyError, driver.Error) as exc:  # a failed (re)connect raises here
                if is_unavailable(exc) or isinstance(exc, driver.OperationalError | driver.InterfaceError):
                    raise database.unavailable(exc) from exc
                raise
            if connection is None:  # an in-memory SQLite database: its one shared connection, pooled
                return self._insert_pooled(statement, key, issuer, expires_at)
            try:
                cursor = connection.cursor()
                try:
                    cursor.execute(statement.sql, statement.parameters(key, issuer, expires_at))
                    claimed: bool = cursor.rowcount == 1  # the row went in; 0 on a conflict (a replay)
                finally:
                    cursor.close()
            except driver.Error as exc:
                database.drop_own_connection()
                if not isinstance(exc, driver.OperationalError | driver.InterfaceError):
                    raise
                if attempt < attempts:
                    continue
                raise database.unavailable(exc) from exc
            database.mark_up()
            return claimed
        raise AssertionError("unreachable")  # pragma: no cover

    def _insert_pooled(self, statement: _ClaimStatement, key: str, issuer: str, expires_at: datetime) -> bool:
        """The claim in a transaction on a pooled connection (an in-memory SQLite database only)."""
        with self._database.transaction() as connection:
            inserted = connection.exec_driver_sql(statement.sql, statement.parameters(key, issuer, expires_at)).rowcount
        return inserted == 1

    # -- expiry ------------------------------------------------------------------------------

    def _maybe_purge(self) -> None:
        now = time.monotonic()
        if now - self._last_purge < PURGE_EVERY_SECONDS:
            return
        self._last_purge = now
        try:
            deleted = self._purge_batch(datetime.now(UTC) - PURGE_MARGIN)
        except (StoreUnavailable, SchemaError, SQLAlchemyError) as exc:
            log.debug("jti purge skipped (%s)", type(exc).__name__)
            return
        if deleted >= PURGE_BATCH:
            self._last_purge = 0.0  # a backlog: the next claim purges again

    def _purge_batch(self, cutoff: datetime) -> int:
        victims = (
            select(seen_jwt_id.c.jti_hash)
            .where(seen_jwt_id.c.expires_at < cutoff)
            .order_by(seen_jwt_id.c.expires_at)
            .limit(PURGE_BATCH)
        )
        if self._database.dialect == "postgresql":
            victims = victims.with_for_update(skip_locked=True)
        with self._database.transaction() as connection:
            deleted = int(connection.execute(seen_jwt_id.delete().where(seen_jwt_id.c.jti_hash.in_(victims))).rowcount)
        with self._lock:
            self.purged_rows += deleted
        return deleted

    def purge_expired(self, now: datetime | None = None) -> int:
        """Forget every jti whose token expired more than ``PURGE_MARGIN`` before ``now``; the number."""
        cutoff = (now or datetime.now(UTC)) - PURGE_MARGIN
        with self._lock:
            self._drop_expired_locked(cutoff)
        total = 0
        while True:
            deleted = self._purge_batch(cutoff)
            total += deleted
            if deleted < PURGE_BATCH:
                return total

    # -- outage memory -------------------------------------------------------------------------

    def _claim_in_memory(self, key: str, issuer: str, expires_at: datetime) -> bool:
        with self._lock:
            self._drop_expired_locked(datetime.now(UTC) - PURGE_MARGIN)
            if key in self._fallback:
                return False
            if len(self._fallback) >= FALLBACK_LIMIT:
                raise ReplayMemoryFull(
                    f"the database is down and {FALLBACK_LIMIT} jtis are held in memory; refusing further calls"
                )
            self._fallback[key] = (issuer, expires_at)
            heapq.heappush(self._fallback_expiry, (expires_at, key))
            self.fallback_claims += 1
            return True

    def _drop_expired_locked(self, cutoff: datetime) -> None:
        while self._fallback_expiry and self._fallback_expiry[0][0] < cutoff:
            _, key = heapq.heappop(self._fallback_expiry)
            self._fallback.pop(key, None)

    def flush_fallback(self) -> None:
        """Write the jtis claimed during an outage to the database, then forget them. Never raises."""
        with self._lock:
            held = list(self._fallback.items())
        if not held:
            return
        rows = [{"jti_hash": key, "issuer": issuer, "expires_at": expires} for key, (issuer, expires) in held]
        try:
            with self._database.transaction() as connection:
                connection.execute(self._database.insert_ignoring_duplicates(seen_jwt_id, ["jti_hash"]), rows)
        except (StoreUnavailable, SchemaError, SQLAlchemyError) as exc:
            log.warning("jtis claimed during the outage not yet written (%s); retrying later", type(exc).__name__)
            return
        with self._lock:
            for key, _ in held:
                self._fallback.pop(key, None)
            self._fallback_expiry = [(e, k) for e, k in self._fallback_expiry if k in self._fallback]
            heapq.heapify(self._fallback_expiry)
        log.info("%d jti(s) claimed during the database outage written to the database", len(held))

    @property
    def memory_entries(self) -> int:
        """jtis held in process memory (non-zero only during or just after an outage)."""
        return len(self._fallback)


class _ClaimStatement:
    """The claim's INSERT as the driver's SQL and parameters, compiled by SQLAlchemy once per engine."""

    def __init__(self, engine: Engine) -> None:
        dialect = engine.dialect
        insert = postgresql.insert if dialect.name == "postgresql" else sqlite.insert
        compiled = (
            insert(seen_jwt_id)
            .values(jti_hash=bindparam("jti_hash"), issuer=bindparam("issuer"), expires_at=bindparam("expires_at"))
            .on_conflict_do_nothing(index_elements=["jti_hash"])
            .compile(dialect=dialect)
        )
        self.engine = engine
        self.sql = str(compiled)
        self._positional = compiled.positiontup  # the order of "?" for qmark drivers (SQLite); None: named
        # UtcDateTime's conversion and then the dialect's (SQLite: the text SQLAlchemy itself writes, never the
        # sqlite3 module's default adapter, which drops '.000000' and is deprecated in Python 3.12).
        self._expires = seen_jwt_id.c.expires_at.type.dialect_impl(dialect).bind_processor(dialect)

    def parameters(self, key: str, issuer: str, expires_at: datetime) -> Any:
        values = {
            "jti_hash": key,
            "issuer": issuer,
            "expires_at": self._expires(expires_at) if self._expires is not None else expires_at,
        }
        if self._positional is not None:
            return tuple(values[name] for name in self._positional)
        return values


class RedisReplayStore:
    """``security.ReplayStore`` on Redis (``CDS_REPLAY_URL=redis://host:port/db``): one ``SET key 1 NX EX ttl``
    per claim. Atomic across every process and instance using the server (Redis runs one command at a
    time); Redis forgets the key at its TTL, so there is no purge and no table that grows (flat at any
    number of stored jtis: docs/benchmarks.md). Thread-safe; redis-py's pool reconnects after a fork.

    Outage: as the database store, this process decides from a bounded memory (``FALLBACK_LIMIT``,
    ``ReplayMemoryFull`` beyond) while Redis does not answer, retried every ``retry_after_seconds``; the jtis
    claimed meanwhile are written to Redis (``SET NX``) when it answers again.
    """

    KEY_PREFIX = "cds-service:jti:"

    def __init__(self, url: str, *, retry_after_seconds: float = 1.0, timeout_seconds: float = 1.0) -> None:
        import redis  # the optional "redis" extra: only a deployment that names a Redis URL needs it

        self._redis = redis.Redis.from_url(
            url, socket_timeout=timeout_seconds, socket_connect_timeout=timeout_seconds
        )
        self._errors: tuple[type[BaseException], ...] = (redis.ConnectionError, redis.TimeoutError)
        self._retry_after = retry_after_seconds
        self._down_until = 0.0
        self._memory = _OutageMemory()
        self.purged_rows = 0  # Redis expires keys itself

    @property
    def fallback_claims(self) -> int:
        return self._memory.claims

    @property
    def memory_entries(self) -> int:
        return len(self._memory)

    def claim(self, jti: str, issuer: str, expires_at: datetime) -> bool:
        key = jti_hash(jti, issuer)
        if self._memory and self._memory.holds(key):
            return False
        if time.monotonic() < self._down_until:
            return self._memory.claim(key, issuer, expires_at)
        try:
            claimed = self._set_if_new(key, expires_at)
        except self._errors as exc:
            if self._down_until == 0.0 or not self._memory:
                log.warning("replay store (Redis) unavailable (%s); deciding in process memory", type(exc).__name__)
            self._down_until = time.monotonic() + self._retry_after
            return self._memory.claim(key, issuer, expires_at)
        if self._memory:
            self._flush_memory()
        return claimed

    def _set_if_new(self, key: str, expires_at: datetime) -> bool:
        # Kept until the token can no longer pass the exp check, plus the margin for clocks that differ.
        ttl = max(1, math.ceil((expires_at + PURGE_MARGIN - datetime.now(UTC)).total_seconds()))
        return bool(self._redis.set(self.KEY_PREFIX + key, b"1", nx=True, ex=ttl))

    def _flush_memory(self) -> None:
        held = self._memory.entries()
        try:
            for key, (_, expires_at) in held:
                self._set_if_new(key, expires_at)
        except self._errors:
            return
        self._memory.forget(key for key, _ in held)
        log.info("%d jti(s) claimed while Redis was unavailable written to it", len(held))

    def purge_expired(self, now: datetime | None = None) -> int:
        """Nothing to do: Redis drops every key at its TTL."""
        return 0


class _OutageMemory:
    """The jtis one process claimed while its shared store was down: bounded, O(1), expired entries first out."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[str, tuple[str, datetime]] = {}
        self._expiry: list[tuple[datetime, str]] = []
        self.claims = 0

    def __len__(self) -> int:
        return len(self._entries)

    def holds(self, key: str) -> bool:
        return key in self._entries

    def claim(self, key: str, issuer: str, expires_at: datetime) -> bool:
        with self._lock:
            cutoff = datetime.now(UTC) - PURGE_MARGIN
            while self._expiry and self._expiry[0][0] < cutoff:
                _, old = heapq.heappop(self._expiry)
                self._entries.pop(old, None)
            if key in self._entries:
                return False
            if len(self._entries) >= FALLBACK_LIMIT:
                raise ReplayMemoryFull(
                    f"the replay store is down and {FALLBACK_LIMIT} jtis are held in memory; refusing further calls"
                )
            self._entries[key] = (issuer, expires_at)
            heapq.heappush(self._expiry, (expires_at, key))
            self.claims += 1
            return True

    def entries(self) -> list[tuple[str, tuple[str, datetime]]]:
        with self._lock:
            return list(self._entries.items())

    def forget(self, keys: Iterable[str]) -> None:
        with self._lock:
            for key in keys:
                self._entries.pop(key, None)
            self._expiry = [(expires, key) for expires, key in self._expiry if key in self._entries]
            heapq.heapify(self._expiry)
