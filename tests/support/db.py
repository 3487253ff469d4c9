"""Database fixtures: a fresh PostgreSQL database per test run (dropped after), SQLite files in tmp dirs.

PostgreSQL is the shared server on 127.0.0.1:5432 (trust auth); ``CDS_TEST_POSTGRES_URL`` overrides
the admin URL. Nothing here stops that server: outages are simulated with ``pg_proxy.TcpProxy``.

Use in a test module::

    from tests.support.db import pg_run_database_fixture, store_url_fixture  # noqa: F401  (pytest fixtures)

(The fixtures are named ``pg_run_database``, ``store_url`` and ``database_url``; the module attributes
differ so that a test's parameter does not shadow the import. ``database_url`` needs no import:
``tests/conftest.py`` exposes it to every test.)
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from cds_service.persistence import Store
from cds_service.persistence.scratch import scratch_postgres_database

ADMIN_URL = os.environ.get("CDS_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
TEST_TODAY_VARIABLE = "LBP_TEST_TODAY"
"""Set in a service subprocess's environment: ``app_with_store`` evaluates every hook on that date."""
_TABLES = (
    "feedback", "issued_card", "seen_jwt_id", "jwks_fetch_slot", "jwks_document",
    "snooze_candidate", "snooze", "snooze_event",
)


def postgres_available() -> bool:
    try:
        engine = create_engine(ADMIN_URL, connect_args={"connect_timeout": 2})
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
    except Exception:
        return False
    return True


def fresh_postgres_database(prefix: str = "lbp_test") -> contextlib.AbstractContextManager[str]:
    """CREATE DATABASE <prefix>_<random> on ``ADMIN_URL``; yield its URL; DROP it (WITH FORCE) after."""
    return scratch_postgres_database(ADMIN_URL, prefix)


def with_host_port(url: str, host: str, port: int) -> str:
    return make_url(url).set(host=host, port=port).render_as_string(hide_password=False)


def empty_tables(url: str) -> None:
    """Delete every row of the store's tables (after ``Store.upgrade()``), keeping the schema."""
    store = Store(url)
    store.upgrade()
    engine = create_engine(store.url)
    with engine.begin() as connection:
        for table in _TABLES:
            connection.execute(text(f"DELETE FROM {table}"))
    engine.dispose()
    store.dispose()


class SqliteOutage:
    """Make an SQLite database unreachable and back: its directory is renamed away and back.

    The store opens the file per operation, so the next operation fails with "unable to open
    database file" (SQLite never creates missing directories), exactly as for a lost volume.
    """

    def __init__(self, database_file: Path) -> None:
        self.directory = database_file.parent
        self.away = self.directory.with_name(self.directory.name + ".away")

    def cut(self) -> None:
        self.directory.rename(self.away)

    def restore(self) -> None:
        self.away.rename(self.directory)


# --- pytest fixtures --------------------------------------------------------------------------------


@pytest.fixture(scope="session", name="pg_run_database")
def pg_run_database_fixture() -> Iterator[str]:
    """One fresh PostgreSQL database for this test run; skipped when no server answers."""
    if not postgres_available():
        pytest.skip(f"PostgreSQL not reachable at {make_url(ADMIN_URL).render_as_string()}")
    with fresh_postgres_database() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"], name="database_url")
def database_url_fixture(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database for a service process to start on: a new SQLite file (its directory exists, the file does
    not: the service creates and migrates it), or the run's PostgreSQL database, migrated and emptied.

    Exposed to every test by ``tests/conftest.py``. The PostgreSQL case needs ``pg_run_database`` where the
    test is (its module imports ``pg_run_database_fixture``), as for ``store_url``."""
    if request.param == "sqlite":
        directory = tmp_path / "db"
        directory.mkdir()
        return f"sqlite:///{directory / 'cds.sqlite3'}"
    url: str = request.getfixturevalue("pg_run_database")
    empty_tables(url)
    return url


@pytest.fixture(params=["sqlite", "postgresql"], name="store_url")
def store_url_fixture(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An upgraded, empty store database: an SQLite file, or the run's PostgreSQL database."""
    if request.param == "sqlite":
        directory = tmp_path / "db"
        directory.mkdir()
        url = f"sqlite:///{directory / 'cds.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_run_database")
    empty_tables(url)
    yield url
    if request.param == "sqlite":
        shutil.rmtree(tmp_path / "db", ignore_errors=True)


# --- the app as gunicorn runs it in integration tests ----------------------------------------------


def app_with_store(config: dict[str, Any] | None = None) -> Any:
    """``create_app()`` with the store, the shared jti replay store and /analytics wired in.

    gunicorn loads it as ``tests.support.db:app_with_store()``. When ``create_app`` already wires the
    store (the intended end state) this returns its app untouched; until then it does the wiring
    ``create_app`` is meant to do, in the same way, so the integration tests exercise the real
    api, storage, feedback and security code.
    """
    from dataclasses import replace

    from cds_service import create_app
    from cds_service.pages import analytics
    from cds_service.security import Authenticator, StorageReplayStore
    from cds_service.state import EXTENSION_KEY, state_of

    fixed_today = os.environ.get(TEST_TODAY_VARIABLE)
    if fixed_today:
        # The tests' patient data is dated for one evaluation date; the subprocess must use it, not the
        # real clock (a test may depend on today's date only when it sets it).
        from cds_service import pipeline

        evaluation_date = date.fromisoformat(fixed_today)
        pipeline.clinical_today = lambda settings: evaluation_date  # type: ignore[assignment]
    app = create_app(config)
    state = state_of(app)
    if state.store is not None:
        return app
    store = Store.from_settings(state.settings)
    store.upgrade()
    authenticator = state.authenticator
    if state.settings.auth_enabled:
        authenticator = Authenticator.from_settings(state.settings, StorageReplayStore(store))
    app.extensions[EXTENSION_KEY] = replace(state, store=store, authenticator=authenticator)
    analytics.init_app(app, store=store, settings=state.settings)
    return app
