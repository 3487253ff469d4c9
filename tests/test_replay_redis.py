"""The jti replay store on Redis (``CDS_REPLAY_URL=redis://...``): SET NX EX, atomic across processes,
expiring by TTL, and the same outage behaviour as the database store."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cds_service.persistence import DatabaseReplayStore, RedisReplayStore, Store
from cds_service.persistence.replay import jti_hash

REDIS_URL = os.environ.get("CDS_TEST_REDIS_URL", "redis://127.0.0.1:6379/12")


def _redis_available() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


pytestmark = pytest.mark.skipif(not _redis_available(), reason=f"no Redis at {REDIS_URL}")


@pytest.fixture
def issuer() -> Iterator[str]:
    """A fresh issuer per test, so tests share no keys (they expire by their TTL, 15 minutes at most)."""
    name = f"https://test-{uuid.uuid4().hex}.example.org"
    yield name


def _expires(minutes: int = 5) -> datetime:
    return datetime.now(UTC) + timedelta(minutes=minutes)


def test_a_jti_is_accepted_once_by_every_store_on_the_server(issuer: str) -> None:
    one, other = RedisReplayStore(REDIS_URL), RedisReplayStore(REDIS_URL)  # two processes' stores
    assert one.claim("jti-1", issuer, _expires()) is True
    assert one.claim("jti-1", issuer, _expires()) is False
    assert other.claim("jti-1", issuer, _expires()) is False
    assert other.claim("jti-2", issuer, _expires()) is True
    assert one.claim("jti-1", "https://another-issuer.example.org/" + issuer, _expires()) is True


def test_concurrent_claims_of_one_jti_let_exactly_one_through(issuer: str) -> None:
    stores = [RedisReplayStore(REDIS_URL) for _ in range(8)]
    expires = _expires()
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda store: store.claim("raced", issuer, expires), stores))
    assert results.count(True) == 1


def test_the_key_lives_until_the_token_expires_plus_the_margin(issuer: str) -> None:
    store = RedisReplayStore(REDIS_URL)
    assert store.claim("ttl", issuer, _expires(minutes=5))
    ttl = store._redis.ttl(RedisReplayStore.KEY_PREFIX + jti_hash("ttl", issuer))
    assert 14 * 60 <= ttl <= 15 * 60 + 1  # 5 minutes to exp + the 10-minute margin
    assert store.purge_expired() == 0  # nothing to purge: Redis drops keys itself


def test_while_redis_is_down_the_process_decides_and_tells_redis_after(issuer: str) -> None:
    store = RedisReplayStore(REDIS_URL, retry_after_seconds=0.0)
    healthy = store._redis
    store._redis = type(healthy).from_url("redis://127.0.0.1:9/0", socket_connect_timeout=0.2)  # nothing listens
    assert store.claim("during", issuer, _expires()) is True
    assert store.claim("during", issuer, _expires()) is False
    assert store.fallback_claims == 1 and store.memory_entries == 1
    store._redis = healthy
    assert store.claim("after", issuer, _expires()) is True
    assert store.memory_entries == 0
    assert RedisReplayStore(REDIS_URL).claim("during", issuer, _expires()) is False  # written to Redis


def test_the_replay_url_picks_the_store(tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path / 'cds.sqlite3'}"
    assert isinstance(Store(database).replay, DatabaseReplayStore)
    assert isinstance(Store(database, replay_url=database).replay, DatabaseReplayStore)
    assert isinstance(Store(database, replay_url=REDIS_URL).replay, RedisReplayStore)
    other = Store(database, replay_url=f"sqlite:///{tmp_path / 'replay.sqlite3'}")
    assert isinstance(other.replay, DatabaseReplayStore)
    assert other.claim_jti("j", "https://i.example.org", _expires()) is True
    assert (tmp_path / "replay.sqlite3").exists()
