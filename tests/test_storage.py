"""Store: schema versioning and upgrade, issued-card log, jti replay store, outages. SQLite and PostgreSQL."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from cds_service.persistence import (
    MIGRATIONS_DIR,
    FeedbackRecord,
    IssuedCard,
    SchemaError,
    Store,
    StoreUnavailable,
    metadata,
    normalise_database_url,
)
from cds_service.persistence.migrations import _PG_MIGRATION_LOCK_KEY
from tests.support.db import (  # noqa: F401  (pytest fixtures)
    SqliteOutage,
    fresh_postgres_database,
    pg_run_database_fixture,
    postgres_available,
    store_url_fixture,
    with_host_port,
)
from tests.support.pg_proxy import running_proxy

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
HEAD = "0004"


def card(uuid: str, card_id: str = "lbp-activity-advice", at: datetime = NOW) -> IssuedCard:
    return IssuedCard(uuid, "low-back-pain", card_id, "2025.1", "nb", "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea", at)


def feedback_record(key: str, card_uuid: str) -> FeedbackRecord:
    return FeedbackRecord(key, "low-back-pain", card_uuid, "accepted", NOW, ("s1",), None, None, None, None)


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with no tables at all (migration tests)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
        return
    if not postgres_available():
        pytest.skip("PostgreSQL not reachable")
    with fresh_postgres_database("lbp_test_migr") as url:
        yield url


def _alembic(store: Store) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


# --- schema versioning --------------------------------------------------------------------------


def test_upgrade_creates_every_table_at_the_head_revision(empty_database_url: str) -> None:
    store = Store(empty_database_url)
    assert store.upgrade() is True
    assert store.current_revision() == HEAD
    names = set(inspect(create_engine(store.url)).get_table_names())
    assert {"issued_card", "feedback", "seen_jwt_id", "alembic_version"} <= names
    store.dispose()


def test_upgrade_from_an_older_revision_keeps_every_row(empty_database_url: str) -> None:
    store = Store(empty_database_url)
    engine = create_engine(store.url)
    with engine.begin() as connection:  # the database as release 0001 left it
        config = _alembic(store)
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    # This code's tables are at the head revision, so the old rows are written with plain SQL.
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO issued_card VALUES ('u-old', 'low-back-pain', 'lbp-red-flag', '2024.9', 'en', 'h1', :at)"
            ),
            {"at": NOW},
        )
    with engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == "0001"

    assert store.upgrade() is True
    assert store.current_revision() == HEAD
    assert store.shown_counts() == {"lbp-red-flag": 1}
    assert store.claim_jti("j1", "iss", NOW + timedelta(hours=1)) is True  # the 0002 table works
    engine.dispose()
    store.dispose()


def test_upgrade_twice_and_restart_keep_data(store_url: str) -> None:
    first = Store(store_url)
    first.upgrade()
    first.record_issued_cards([card("u1"), card("u2")])
    first.store_feedback([feedback_record("k1", "u1")], received_at=NOW)
    first.dispose()

    restarted = Store(store_url)  # a new process start: upgrade again, nothing lost
    assert restarted.upgrade() is True
    assert restarted.shown_counts() == {"lbp-activity-advice": 2}
    assert restarted.feedback_count() == 1
    restarted.dispose()


def test_concurrent_start_ups_migrate_once_without_errors(empty_database_url: str) -> None:
    stores = [Store(empty_database_url) for _ in range(4)]
    results: list[bool | BaseException] = []

    def start(store: Store) -> None:
        try:
            results.append(store.upgrade())
        except BaseException as exc:  # reported below
            results.append(exc)

    threads = [threading.Thread(target=start, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert results == [True] * 4
    assert stores[0].current_revision() == HEAD
    for store in stores:
        store.dispose()


@contextlib.contextmanager
def migration_lock_held(url: str) -> Iterator[None]:
    """Another connection holds what a migration takes: SQLite's write lock, or the PostgreSQL advisory
    lock ``upgrade_to_head`` serialises on."""
    url = normalise_database_url(url)
    if url.startswith("sqlite"):
        holder = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None, check_same_thread=False)
        holder.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        return
    engine = create_engine(url)
    with engine.connect() as connection:
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _PG_MIGRATION_LOCK_KEY})
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _PG_MIGRATION_LOCK_KEY})
    engine.dispose()


def _upgrade_into(store: Store, results: list[bool | BaseException]) -> None:
    """A worker's start-up in a thread: ``store.upgrade()``'s result, or what it raised, into ``results``."""
    try:
        results.append(store.upgrade())
    except BaseException as exc:  # reported by the test's assertions
        results.append(exc)


def test_a_start_up_on_a_current_schema_only_reads_it(store_url: str) -> None:
    """What every gunicorn worker does after ``cds-service serve``'s master migrated: it must not queue
    behind a writer (before: each worker took the migration lock, and waited for any writer to finish)."""
    results: list[bool | BaseException] = []
    store = Store(store_url)

    with migration_lock_held(store_url):
        thread = threading.Thread(target=_upgrade_into, args=(store, results))
        thread.start()
        thread.join(timeout=5)
        finished = not thread.is_alive()
    thread.join(timeout=30)
    assert finished, "the start-up waited for the migration lock although the schema was current"
    assert results == [True]
    assert store.current_revision() == HEAD
    store.dispose()


def test_a_new_sqlite_file_locked_by_another_connection_is_waited_for_not_marked_down(tmp_path: Path) -> None:
    """Two workers opening a new SQLite file at once: the second one's switch to WAL met the first one's
    lock and failed at once ("database is locked") instead of waiting for the busy timeout; the worker
    then marked the database down and refused feedback for its retry window."""
    url = f"sqlite:///{tmp_path / 'cds.sqlite3'}"
    store = Store(url)
    results: list[bool | BaseException] = []

    with migration_lock_held(url):
        thread = threading.Thread(target=_upgrade_into, args=(store, results))
        thread.start()
        time.sleep(0.5)  # the start-up meets the lock meanwhile
    thread.join(timeout=30)
    assert results == [True]
    assert store.database.unavailable_errors == 0
    assert store.current_revision() == HEAD
    store.dispose()


def test_tables_match_the_migrations(store_url: str) -> None:
    """The Table objects the code queries and the shipped migrations describe the same schema."""
    engine = create_engine(normalise_database_url(store_url))
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": False})
        differences = compare_metadata(context, metadata)
    engine.dispose()
    assert differences == []


def test_a_revision_this_code_does_not_know_stops_start_up(empty_database_url: str) -> None:
    Store(empty_database_url).upgrade()
    engine = create_engine(normalise_database_url(empty_database_url))
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(SchemaError, match="9999"):
        Store(empty_database_url).upgrade()


def test_postgres_urls_use_psycopg_3() -> None:
    assert normalise_database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_database_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_database_url("sqlite:///x.db") == "sqlite:///x.db"
    with pytest.raises(ValueError, match="unsupported"):
        Store("mysql://u@h/db")


# --- issued-card log -----------------------------------------------------------------------------


def test_issued_card_log_holds_the_listed_fields_and_no_patient_data(store_url: str) -> None:
    columns = {c["name"] for c in inspect(create_engine(normalise_database_url(store_url))).get_columns("issued_card")}
    assert columns == {
        "card_uuid", "service_id", "card_id", "knowledge_version", "locale", "hook_instance", "issued_at",
    }
    store = Store(store_url)
    store.record_issued_cards([card("u1"), card("u2", "lbp-red-flag")])
    store.record_issued_cards([card("u1")])  # the same card logged twice stays one row
    assert store.shown_counts() == {"lbp-activity-advice": 1, "lbp-red-flag": 1}
    assert store.skipped_card_writes == 0
    store.dispose()


def test_shown_counts_since_a_date(store_url: str) -> None:
    store = Store(store_url)
    store.record_issued_cards([card("old", at=NOW - timedelta(days=10)), card("new", at=NOW)])
    assert store.shown_counts(since=(NOW - timedelta(days=1)).date()) == {"lbp-activity-advice": 1}
    assert store.shown_counts() == {"lbp-activity-advice": 2}
    store.dispose()


def test_a_card_write_that_fails_is_skipped_and_counted_not_raised(store_url: str) -> None:
    store = Store(store_url)
    naive = IssuedCard("u1", "low-back-pain", "c", "v", "nb", "h", datetime(2025, 1, 1))
    store.record_issued_cards([naive])
    assert store.skipped_card_writes == 1
    store.dispose()


# --- JWT replay store -------------------------------------------------------------------------------


def test_a_jti_is_claimed_once_across_store_instances(store_url: str) -> None:
    """Two Store objects behave like two processes: only the database can know what the other saw."""
    one, other = Store(store_url), Store(store_url)
    expires = datetime.now(UTC) + timedelta(minutes=5)
    assert one.claim_jti("jti-1", "https://ehr.example", expires) is True
    assert one.claim_jti("jti-1", "https://ehr.example", expires) is False
    assert other.claim_jti("jti-1", "https://ehr.example", expires) is False
    assert other.claim_jti("jti-1", "https://other-ehr.example", expires) is True  # per issuer
    one.dispose()
    other.dispose()


def test_concurrent_claims_of_one_jti_have_exactly_one_winner(store_url: str) -> None:
    stores = [Store(store_url) for _ in range(8)]
    expires = datetime.now(UTC) + timedelta(minutes=5)
    barrier = threading.Barrier(len(stores))
    wins: list[bool] = []

    def claim(store: Store) -> None:
        barrier.wait()
        wins.append(store.claim_jti("contested", "iss", expires))

    threads = [threading.Thread(target=claim, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(wins) == [False] * 7 + [True]
    for store in stores:
        store.dispose()


def test_expired_jtis_are_purged_after_the_margin(store_url: str) -> None:
    store = Store(store_url)
    now = datetime.now(UTC)
    store.claim_jti("long-gone", "iss", now - timedelta(hours=2))
    store.claim_jti("just-expired", "iss", now - timedelta(minutes=1))
    store.claim_jti("live", "iss", now + timedelta(minutes=5))
    assert store.purge_expired_jtis(now) == 1
    fresh = Store(store_url)  # no process memory: the database decides
    assert fresh.claim_jti("just-expired", "iss", now) is False
    assert fresh.claim_jti("long-gone", "iss", now) is True
    store.dispose()
    fresh.dispose()


# --- outages ------------------------------------------------------------------------------------------


class Outage(Protocol):
    def cut(self) -> None: ...
    def restore(self) -> None: ...


@dataclass
class OutageCase:
    store: Store
    outage: Outage


@pytest.fixture(params=["sqlite", "postgresql"])
def outage_case(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[OutageCase]:
    if request.param == "sqlite":
        database = tmp_path / "db" / "cds.sqlite3"
        database.parent.mkdir()
        store = Store(f"sqlite:///{database}", retry_after_seconds=0.2)
        store.upgrade()
        yield OutageCase(store, SqliteOutage(database))
        store.dispose()
        return
    run_url = request.getfixturevalue("pg_run_database")
    with running_proxy("127.0.0.1", 5432) as proxy:
        store = Store(with_host_port(run_url, proxy.host, proxy.port), retry_after_seconds=0.2)
        store.upgrade()
        yield OutageCase(store, proxy)
        store.dispose()


def _eventually(check: object, timeout: float = 10.0) -> None:
    import time

    deadline = time.monotonic() + timeout
    while True:
        try:
            if callable(check) and check():
                return
        except StoreUnavailable:
            pass
        if time.monotonic() > deadline:
            raise AssertionError("the store did not recover")
        time.sleep(0.1)


def test_an_outage_is_survived_and_recovered_from(outage_case: OutageCase) -> None:
    store, outage = outage_case.store, outage_case.outage
    store.record_issued_cards([card("before")])
    assert store.ping() is True

    outage.cut()
    store.record_issued_cards([card("during-1"), card("during-2")])  # must not raise
    store.record_issued_cards([card("during-3")])
    assert store.skipped_card_writes == 3
    with pytest.raises(StoreUnavailable):
        store.store_feedback([feedback_record("k-during", "before")], received_at=NOW)
    expires = datetime.now(UTC) + timedelta(minutes=5)
    assert store.claim_jti("jti-during", "iss", expires) is True  # per-process fallback
    assert store.claim_jti("jti-during", "iss", expires) is False
    assert store.jti_fallback_claims == 1
    assert store.ping() is False
    assert store.stats()["database_down"] is True

    outage.restore()
    _eventually(store.ping)
    store.record_issued_cards([card("after")])
    _eventually(lambda: store.store_feedback([feedback_record("k-after", "after")], received_at=NOW).stored == 1)
    assert store.shown_counts() == {"lbp-activity-advice": 2}  # before + after; the outage's three skipped
    assert store.skipped_card_writes == 3
    assert store.stats()["database_down"] is False


def test_a_database_unreachable_at_start_up_is_retried_on_first_use(tmp_path: Path) -> None:
    database = tmp_path / "db" / "cds.sqlite3"  # the directory does not exist yet: unreachable
    store = Store(f"sqlite:///{database}", retry_after_seconds=0.0)
    assert store.upgrade() is False
    store.record_issued_cards([card("u1")])
    assert store.skipped_card_writes == 1
    database.parent.mkdir()
    store.record_issued_cards([card("u2")])
    assert store.shown_counts() == {"lbp-activity-advice": 1}
    assert store.current_revision() == HEAD
