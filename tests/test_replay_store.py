"""The jti replay store (issue 10, "jti memory cliff"): bounded memory, O(1) checks at any size, shared
through the database, expired rows deleted cheaply. SQLite and PostgreSQL.

Finding: each worker kept every accepted jti in memory up to 200,000 entries; at the cap every replay
check cost 50-190 ms instead of 0.5 ms (reached after about 40 minutes at soak rates).
"""

from __future__ import annotations

import multiprocessing
import os
import statistics
import threading
import time
import tracemalloc
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from cds_service.persistence import ReplayMemoryFull, Store, normalise_database_url
from cds_service.persistence import replay as replay_module
from tests.support.db import (  # noqa: F401  (pytest fixtures)
    SqliteOutage,
    empty_tables,
    pg_run_database_fixture,
    store_url_fixture,
)

ISSUER = "https://ehr.test.example"


def _in_five_minutes() -> datetime:
    return datetime.now(UTC) + timedelta(minutes=5)


def test_claims_keep_no_per_jti_state_in_process_memory(store_url: str) -> None:
    """Memory allocated by our code over 1,500 accepted jtis stays flat (the database holds them); the
    store this replaces kept about 150 bytes per jti in every worker."""
    store = Store(store_url)
    expires = _in_five_minutes()
    for index in range(200):  # warm-up: statement caches, pools
        store.claim_jti(f"warm-{index}", ISSUER, expires)
    tracemalloc.start(1)
    try:
        before = tracemalloc.take_snapshot()
        for _ in range(1500):
            assert store.claim_jti(str(uuid.uuid4()), ISSUER, expires) is True
        after = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    ours = [tracemalloc.Filter(True, "*cds_service*")]
    differences = after.filter_traces(ours).compare_to(before.filter_traces(ours), "filename")
    growth = sum(stat.size_diff for stat in differences)
    store.dispose()
    assert growth < 48 * 1024, f"{growth} bytes held by cds_service after 1,500 claims"


def _fill(url: str, rows: int, *, expired: bool) -> None:
    """``rows`` seen jtis written straight into the table (fast: one statement)."""
    engine = create_engine(normalise_database_url(url))
    expires = datetime.now(UTC) + (timedelta(hours=-2) if expired else timedelta(minutes=30))
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(
                text(
                    "INSERT INTO seen_jwt_id (jti_hash, issuer, expires_at) "
                    "SELECT md5(random()::text || g::text) || md5(g::text), 'bulk', :at FROM generate_series(1, :n) g"
                ),
                {"at": expires, "n": rows},
            )
        else:
            connection.execute(
                text(
                    "WITH RECURSIVE g(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM g WHERE x < :n) "
                    "INSERT INTO seen_jwt_id (jti_hash, issuer, expires_at) "
                    "SELECT printf('%064x', x) || '', 'bulk', :at FROM g"
                ),
                {"at": expires.replace(tzinfo=None).isoformat(sep=" "), "n": rows},
            )
    engine.dispose()


def _median_claim_ms(store: Store, count: int) -> float:
    """The lowest of five medians of ``count / 5`` claims: a loaded machine only ever adds time, so the best
    stretch is the closest to the claim's own cost (a full-suite run under load 16 missed the bound
    with one median)."""
    expires = _in_five_minutes()
    medians = []
    for _ in range(5):
        durations = []
        for _ in range(count // 5):
            started = time.perf_counter()
            store.claim_jti(str(uuid.uuid4()), ISSUER, expires)
            durations.append((time.perf_counter() - started) * 1000)
        medians.append(statistics.median(durations))
    return min(medians)


def test_a_claim_costs_the_same_with_200000_jtis_stored(store_url: str) -> None:
    """O(1) at any size: one primary-key probe. Median claim time with 200,000 live rows is within 3x
    (plus 2 ms of noise) of the empty table's, and a replay is still refused."""
    store = Store(store_url)
    store.upgrade()
    empty = _median_claim_ms(store, 200)
    _fill(store_url, 200_000, expired=False)
    full = _median_claim_ms(store, 200)
    first = str(uuid.uuid4())
    assert store.claim_jti(first, ISSUER, _in_five_minutes()) is True
    assert store.claim_jti(first, ISSUER, _in_five_minutes()) is False
    store.dispose()
    # A scan of 200,000 rows costs tens of ms: 3x plus 2 ms still tells a probe from a scan.
    assert full < 3 * empty + 2.0, f"median claim {empty:.2f} ms empty, {full:.2f} ms at 200,000 rows"


def test_expired_rows_are_deleted_in_batches_on_the_claim_path(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(replay_module, "PURGE_EVERY_SECONDS", 0.0)
    monkeypatch.setattr(replay_module, "PURGE_BATCH", 1000)
    _fill(store_url, 2500, expired=True)
    store = Store(store_url)
    live = [str(uuid.uuid4()) for _ in range(3)]
    for jti in live:  # each claim deletes one batch of at most 1,000 expired rows
        assert store.claim_jti(jti, ISSUER, _in_five_minutes()) is True
    engine = create_engine(normalise_database_url(store_url))
    with engine.connect() as connection:
        remaining = connection.execute(text("SELECT issuer, count(*) FROM seen_jwt_id GROUP BY issuer")).all()
    engine.dispose()
    assert dict(remaining) == {ISSUER: 3}
    assert all(store.claim_jti(jti, ISSUER, _in_five_minutes()) is False for jti in live)
    store.dispose()


def test_the_expiry_scan_uses_the_expires_at_index(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'plan.sqlite3'}")
    store.upgrade()
    engine = create_engine(store.url)
    with engine.connect() as connection:
        plan = connection.execute(
            text(
                "EXPLAIN QUERY PLAN DELETE FROM seen_jwt_id WHERE jti_hash IN (SELECT jti_hash FROM seen_jwt_id "
                "WHERE expires_at < '2026-01-01' ORDER BY expires_at LIMIT 1000)"
            )
        ).all()
    engine.dispose()
    store.dispose()
    assert any("ix_seen_jwt_id_expires_at" in str(row) for row in plan), plan


def test_jtis_claimed_during_an_outage_are_written_to_the_database_on_recovery(tmp_path: Path) -> None:
    """Outage: this process decides alone; when the database returns, what it accepted meanwhile is
    written, so another process (another Store) refuses a replay of it."""
    database = tmp_path / "db" / "cds.sqlite3"
    database.parent.mkdir()
    store = Store(f"sqlite:///{database}", retry_after_seconds=0.0)
    store.upgrade()
    outage = SqliteOutage(database)
    outage.cut()
    assert store.claim_jti("during", ISSUER, _in_five_minutes()) is True
    assert store.claim_jti("during", ISSUER, _in_five_minutes()) is False
    assert store.replay.memory_entries == 1
    outage.restore()
    assert store.ping() is True  # recovery noticed: the outage's jtis go to the database
    assert store.replay.memory_entries == 0
    other = Store(f"sqlite:///{database}")
    assert other.claim_jti("during", ISSUER, _in_five_minutes()) is False
    assert store.claim_jti("during", ISSUER, _in_five_minutes()) is False
    store.dispose()
    other.dispose()


def test_a_full_outage_memory_refuses_instead_of_forgetting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(replay_module, "FALLBACK_LIMIT", 3)
    database = tmp_path / "db" / "cds.sqlite3"
    database.parent.mkdir()
    store = Store(f"sqlite:///{database}", retry_after_seconds=0.0)
    store.upgrade()
    outage = SqliteOutage(database)
    outage.cut()
    try:
        for index in range(3):
            assert store.claim_jti(f"j{index}", ISSUER, _in_five_minutes()) is True
        with pytest.raises(ReplayMemoryFull):
            store.claim_jti("one-too-many", ISSUER, _in_five_minutes())
        assert store.claim_jti("j0", ISSUER, _in_five_minutes()) is False  # nothing was forgotten
    finally:
        outage.restore()
    store.dispose()


# --- the claim's own connection per thread (issue 11) ------------------------------------------------------


def _pool_checkouts(store: Store) -> list[int]:
    from sqlalchemy import event

    checkouts = [0]

    @event.listens_for(store.database.engine(), "checkout")
    def _count(*_: object) -> None:
        checkouts[0] += 1

    return checkouts


def test_claims_run_on_the_threads_own_connection_not_through_the_pool(store_url: str) -> None:
    """After a thread's first claim, its claims take nothing from the pool (no checkout, no pre-ping, no
    BEGIN/COMMIT), and a second thread gets a connection of its own."""
    store = Store(store_url)
    store.claim_jti("first", ISSUER, _in_five_minutes())
    checkouts = _pool_checkouts(store)
    for index in range(20):
        assert store.claim_jti(f"again-{index}", ISSUER, _in_five_minutes()) is True
    assert checkouts[0] == 0
    mine = store.database.own_connection()
    theirs: list[object] = []
    worker = threading.Thread(target=lambda: theirs.append(store.database.own_connection()))
    worker.start()
    worker.join()
    assert theirs[0] is not None and theirs[0] is not mine
    assert checkouts[0] == 1  # the other thread's one checkout, detached from the pool
    store.dispose()


def test_a_claim_after_the_server_ended_the_session_reconnects_instead_of_failing(pg_run_database: str) -> None:
    """PostgreSQL restarted or failed over: the kept connection is dead. The claim is tried once more on a new
    connection; the database is not counted down and nothing goes to the outage memory."""
    empty_tables(pg_run_database)
    store = Store(pg_run_database)
    assert store.claim_jti("before", ISSUER, _in_five_minutes()) is True
    own = store.database.own_connection()
    admin = create_engine(normalise_database_url(pg_run_database))
    with admin.begin() as connection:
        ended = connection.execute(
            text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = :pid"),
            {"pid": own.info.backend_pid},
        ).scalar()
    admin.dispose()
    assert ended is True
    assert store.claim_jti("after", ISSUER, _in_five_minutes()) is True
    assert store.claim_jti("after", ISSUER, _in_five_minutes()) is False
    assert store.replay.memory_entries == 0 and store.database.is_down is False
    assert store.database.own_connection() is not own
    store.dispose()


def test_a_forked_child_claims_on_its_own_connection_and_leaves_the_parents_alone(store_url: str) -> None:
    """gunicorn forks its workers: the child never uses (or closes: on PostgreSQL that would end the parent's
    session) the connection it inherited, and a jti claimed in the child is refused in the parent."""
    store = Store(store_url)
    assert store.claim_jti("parent", ISSUER, _in_five_minutes()) is True
    parent_connection = store.database.own_connection()

    def child() -> None:
        ok = store.database.own_connection() is not parent_connection
        ok = ok and store.claim_jti("child", ISSUER, _in_five_minutes()) is True
        ok = ok and store.claim_jti("parent", ISSUER, _in_five_minutes()) is False
        store.dispose()
        os._exit(0 if ok else 1)

    process = multiprocessing.get_context("fork").Process(target=child)
    process.start()
    process.join(60)
    assert process.exitcode == 0
    assert store.database.own_connection() is parent_connection
    parent_connection.cursor().execute("SELECT 1")  # still alive: the child left it open
    assert store.claim_jti("child", ISSUER, _in_five_minutes()) is False
    store.dispose()


def test_dispose_closes_every_threads_own_connection(store_url: str) -> None:
    store = Store(store_url)
    assert store.claim_jti("one", ISSUER, _in_five_minutes()) is True
    own = store.database.own_connection()
    store.dispose()
    with pytest.raises(Exception, match=r"(?i)closed"):  # sqlite3.ProgrammingError, psycopg.OperationalError
        own.cursor().execute("SELECT 1")
    fresh = Store(store_url)  # and a store made afterwards works as before
    assert fresh.claim_jti("one", ISSUER, _in_five_minutes()) is False
    fresh.dispose()


def test_a_thread_that_ends_closes_its_own_connection(store_url: str) -> None:
    """A server that starts a thread per request (werkzeug's development server) must not leave a session per
    request open: the connection lives as long as its thread."""
    store = Store(store_url)
    drivers: list[Any] = []

    def claim() -> None:
        assert store.claim_jti("from-a-thread", ISSUER, _in_five_minutes()) is True
        drivers.append(store.database.own_connection())

    worker = threading.Thread(target=claim)
    worker.start()
    worker.join()
    with pytest.raises(Exception, match=r"(?i)closed"):
        drivers[0].cursor().execute("SELECT 1")
    assert store.claim_jti("from-a-thread", ISSUER, _in_five_minutes()) is False
    store.dispose()


def test_an_in_memory_database_claims_through_its_one_pooled_connection() -> None:
    """``sqlite:///:memory:`` is one connection shared through the pool (a second would be another, empty
    database): no thread gets its own, and the claim still refuses a replay from any thread."""
    store = Store("sqlite:///:memory:")
    store.upgrade()
    assert store.database.own_connection() is None
    assert store.claim_jti("memory", ISSUER, _in_five_minutes()) is True
    results: list[bool] = []
    worker = threading.Thread(target=lambda: results.append(store.claim_jti("memory", ISSUER, _in_five_minutes())))
    worker.start()
    worker.join()
    assert results == [False]
    store.dispose()
