"""A scratch PostgreSQL database for the tests and the benchmarks: created, used, dropped.

The service itself never creates a database. This lives in the package (not in ``tests/`` or ``bench/``)
because both of those need it and both import the package already: the tests' fixtures
(``tests/support/db.py``) and the benchmark scripts (``bench/run.py``, ``bench/replay_stores.py``), which
run as plain scripts without pytest.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator


@contextlib.contextmanager
def scratch_postgres_database(admin_url: str, prefix: str) -> Iterator[str]:
    """``CREATE DATABASE <prefix>_<random>`` on the server ``admin_url`` names (a user allowed to create
    databases), yield the new database's URL, and ``DROP`` it after, ``WITH (FORCE)``: a test or benchmark
    that left a connection open (a killed service process) must not leave the database behind."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    # The random part keeps concurrent runs (two worktrees, a benchmark beside the tests) apart.
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
