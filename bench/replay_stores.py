"""Replay (jti) check: the cost of one claim on each store, empty and with 1,000,000 stored jtis.

    python bench/replay_stores.py [--claims 2000] [--stored 1000000] [--rounds 3] [--skip-postgres] [--skip-redis]

Each store is the service's own (``persistence.replay``), its claim in autocommit on the thread's own
connection: SQLite (WAL, synchronous=NORMAL), PostgreSQL (a fresh database on CDS_BENCH_POSTGRES_URL,
default the local test server), Redis
(``SET key 1 NX EX ttl`` on CDS_BENCH_REDIS_URL, default redis://127.0.0.1:6379/11, its own key prefix,
removed after). Per claim: wall time (median of the rounds, each the mean over ``--claims`` claims, one
thread), the CPU of this process, and for Redis and PostgreSQL the server's CPU too (from /proc). Prints a
Markdown table; ``main()`` returns the rows for bench/run.py.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cds_service.persistence import Database, DatabaseReplayStore, RedisReplayStore  # noqa: E402
from cds_service.persistence.replay import jti_hash  # noqa: E402
from cds_service.persistence.scratch import scratch_postgres_database  # noqa: E402
from cds_service.security import ReplayStore  # noqa: E402

POSTGRES_URL = os.environ.get("CDS_BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("CDS_BENCH_REDIS_URL", "redis://127.0.0.1:6379/11")
_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class ClaimCost:
    store: str
    stored: int
    wall_us: float
    client_cpu_us: float
    server_cpu_us: float | None


def process_cpu_seconds(pids: list[int]) -> float:
    """utime + stime of ``pids`` (and their reaped children), from /proc/<pid>/stat."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(value) for value in fields[11:15])
    return total / _TICKS


def pids_named(name: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "comm").read_text().strip().startswith(name):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def measure(store: ReplayStore, claims: int, rounds: int, server: str | None) -> tuple[float, float, float | None]:
    """Per claim: wall µs, this process's CPU µs, the server processes' CPU µs (``server``: their name)."""
    walls, cpus, servers = [], [], []
    for _ in range(rounds):
        jtis = [str(uuid.uuid4()) for _ in range(claims)]
        server_pids = pids_named(server) if server else []
        server_before = process_cpu_seconds(server_pids) if server else 0.0
        cpu_before = time.process_time()
        started = time.perf_counter()
        for jti in jtis:
            if not store.claim(jti, "https://bench", expires()):
                raise AssertionError("a fresh jti was refused")
        walls.append((time.perf_counter() - started) / claims * 1e6)
        cpus.append((time.process_time() - cpu_before) / claims * 1e6)
        if server:
            servers.append((process_cpu_seconds(server_pids) - server_before) / claims * 1e6)
    if store.claim(jtis[0], "https://bench", expires()) is not False:
        raise AssertionError("a replayed jti was accepted")
    return statistics.median(walls), statistics.median(cpus), statistics.median(servers) if servers else None


def expires() -> datetime:
    return datetime.now(UTC) + timedelta(minutes=5)


def fill_sql(database: Database, count: int) -> None:
    """``count`` unexpired rows, as claims would leave them (bulk, so the fill takes seconds)."""
    from cds_service.persistence import seen_jwt_id

    if not count:
        return
    database.upgrade_or_raise()
    until = expires() + timedelta(hours=1)  # none expire (no purge) during the run
    batch = 20_000
    with database.transaction() as connection:
        for start in range(0, count, batch):
            rows = [
                {"jti_hash": jti_hash(f"fill-{index}", "https://bench"), "issuer": "https://bench", "expires_at": until}
                for index in range(start, min(count, start + batch))
            ]
            connection.execute(seen_jwt_id.insert(), rows)


def fill_redis(store: RedisReplayStore, count: int) -> None:
    client = store._redis
    batch = 10_000
    for start in range(0, count, batch):
        with client.pipeline(transaction=False) as pipe:
            for index in range(start, min(count, start + batch)):
                pipe.set(f"{RedisReplayStore.KEY_PREFIX}bench-fill-{index}", b"1", ex=3600)
            pipe.execute()


def clear_redis(store: RedisReplayStore) -> None:
    client = store._redis
    keys: list[Any] = []
    for key in client.scan_iter(match=RedisReplayStore.KEY_PREFIX + "*", count=10_000):
        keys.append(key)
        if len(keys) >= 10_000:
            client.unlink(*keys)
            keys = []
    if keys:
        client.unlink(*keys)


def fresh_postgres() -> AbstractContextManager[str]:
    return scratch_postgres_database(POSTGRES_URL, "bench_replay")


def run(claims: int, stored_sizes: tuple[int, ...], rounds: int, postgres: bool, redis: bool) -> list[ClaimCost]:
    results: list[ClaimCost] = []
    for stored in stored_sizes:
        with tempfile.TemporaryDirectory() as tmp:
            database = Database(f"sqlite:///{Path(tmp) / 'replay.sqlite3'}")
            fill_sql(database, stored)
            store = DatabaseReplayStore(database)
            wall, cpu, _ = measure(store, claims, rounds, None)
            results.append(ClaimCost("SQLite (WAL, synchronous=NORMAL)", stored, wall, cpu, None))
            database.dispose()
        if postgres:
            with fresh_postgres() as url:
                database = Database(url)
                fill_sql(database, stored)
                pg_store = DatabaseReplayStore(database)
                wall, cpu, server = measure(pg_store, claims, rounds, "postgres")
                results.append(ClaimCost("PostgreSQL", stored, wall, cpu, server))
                database.dispose()
        if redis:
            redis_store = RedisReplayStore(REDIS_URL)
            try:
                fill_redis(redis_store, stored)
                wall, cpu, server = measure(redis_store, claims, rounds, "redis-server")
                results.append(ClaimCost("Redis SET NX EX", stored, wall, cpu, server))
            finally:
                clear_redis(redis_store)
    return results


def table(results: list[ClaimCost]) -> str:
    lines = [
        "| store | stored jtis | wall µs per claim | service CPU µs per claim | server CPU µs per claim |",
        "|---|---|---|---|---|",
    ]
    for r in results:
        server = f"{r.server_cpu_us:.0f}" if r.server_cpu_us is not None else "(in process)"
        lines.append(f"| {r.store} | {r.stored:,} | {r.wall_us:.0f} | {r.client_cpu_us:.0f} | {server} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=2000)
    parser.add_argument("--stored", type=int, default=1_000_000, help="the large table size (0: empty only)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--skip-redis", action="store_true")
    args = parser.parse_args(argv)
    sizes = (0, args.stored) if args.stored else (0,)
    print(table(run(args.claims, sizes, args.rounds, not args.skip_postgres, not args.skip_redis)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
