"""Key fetching an unauthenticated caller cannot drive (issue 10, "key-fetch amplification").

Finding: a token whose header has jku = an allowed prefix plus a random suffix caused one outbound fetch per
request (200 of 200), and more than 64 such URLs evicted the genuine key set from the cache; with a key host
that hangs, each such token held a sync worker for 2 s.

Shown here, through ``Authenticator`` (the real verifier) and loopback key servers that count requests:
at most one fetch per issuer per CDS_JWKS_MIN_REFETCH_SECONDS whatever the URL, failed URLs cached as
failed, the genuine set kept whatever unknown URLs arrive, a hanging key host costing a call at most the
fetch budget, and two processes sharing one database making one fetch between them.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from cds_service.config import Settings
from cds_service.errors import Unauthorized
from cds_service.persistence import Store
from cds_service.security import Authenticator, MemoryReplayStore
from tests.support.db import pg_run_database_fixture, store_url_fixture  # noqa: F401  (pytest fixtures)
from tests.support.jwt_keys import JwksServer, TestKey, generate_key, jwks, make_token, running_jwks_server
from tests.support.slow_server import Reply, StubServer

SERVICE = "https://cds.test.example/cds-services/low-back-pain"
JKU_ISSUER = "https://jku-ehr.test.example"
URL_ISSUER = "https://url-ehr.test.example"


class FakeClock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def genuine_key() -> TestKey:
    return generate_key("ES384", kid="genuine")


@pytest.fixture(scope="module")
def attacker_key() -> TestKey:
    return generate_key("ES384", kid="attacker")


@pytest.fixture
def key_server(genuine_key: TestKey) -> Iterator[JwksServer]:
    with running_jwks_server() as server:
        server.documents["/ehr/jwks.json"] = jwks(genuine_key)
        server.documents["/url-ehr/jwks.json"] = jwks(genuine_key)
        yield server


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _issuers_file(directory: Path, jku_base: str, url_base: str) -> Path:
    path = directory / f"issuers-{uuid.uuid4().hex[:6]}.json"
    path.write_text(
        json.dumps(
            {
                "issuers": [
                    {"iss": JKU_ISSUER, "jku_prefixes": [f"{jku_base}/ehr/"]},
                    {"iss": URL_ISSUER, "jwks_url": f"{url_base}/url-ehr/jwks.json"},
                ]
            }
        ),
        encoding="utf-8",
    )
    return path


@pytest.fixture
def make_auth(tmp_path: Path, key_server: JwksServer, clock: FakeClock) -> Callable[..., Authenticator]:
    def build(jku_base: str | None = None, **settings: Any) -> Authenticator:
        path = _issuers_file(tmp_path, jku_base or key_server.base_url, key_server.base_url)
        loaded = Settings.load({"CDS_TRUSTED_ISSUERS_FILE": str(path), **settings}, environ={})
        return Authenticator.from_settings(loaded, MemoryReplayStore(), clock=clock)

    return build


def _forged(key: TestKey, clock: FakeClock, jku: str, *, iss: str = JKU_ISSUER, kid: str | None = None) -> str:
    header = {"kid": kid} if kid else None
    return make_token(key, SERVICE, iss=iss, jku=jku, now=clock.now, header=header)


def _refused(auth: Authenticator, token: str) -> str:
    with pytest.raises(Unauthorized) as caught:
        auth.authenticate(f"Bearer {token}", SERVICE)
    return caught.value.reason


def test_200_tokens_with_random_jku_suffixes_make_at_most_one_fetch(
    make_auth: Callable[..., Authenticator], attacker_key: TestKey, key_server: JwksServer, clock: FakeClock
) -> None:
    auth = make_auth()
    for _ in range(200):
        jku = key_server.url(f"/ehr/{uuid.uuid4().hex}.json")
        assert _refused(auth, _forged(attacker_key, clock, jku)) in ("jwks_unavailable", "unknown_key")
    assert key_server.total_requests <= 1, dict(key_server.requests)


def test_at_most_one_fetch_per_issuer_per_interval_whatever_the_url(
    make_auth: Callable[..., Authenticator], attacker_key: TestKey, key_server: JwksServer, clock: FakeClock
) -> None:
    auth = make_auth(CDS_JWKS_MIN_REFETCH_SECONDS=60)
    for _minute in range(5):
        for _ in range(40):
            _refused(auth, _forged(attacker_key, clock, key_server.url(f"/ehr/{uuid.uuid4().hex}")))
            clock.now += 1.4  # 40 tokens over 56 s
        clock.now += 4
    assert key_server.total_requests <= 5, dict(key_server.requests)


def test_unknown_kids_on_a_configured_url_refetch_at_most_once_per_interval(
    make_auth: Callable[..., Authenticator], attacker_key: TestKey, key_server: JwksServer, clock: FakeClock
) -> None:
    auth = make_auth()
    for _ in range(100):
        token = _forged(attacker_key, clock, "ignored", iss=URL_ISSUER, kid=uuid.uuid4().hex)
        assert _refused(auth, token) == "unknown_key"
        clock.now += 0.5
    assert key_server.requests["/url-ehr/jwks.json"] == 1  # the first fetch; no refetch within 60 s


def test_the_genuine_key_set_is_never_evicted_by_unknown_urls(
    make_auth: Callable[..., Authenticator],
    genuine_key: TestKey,
    attacker_key: TestKey,
    key_server: JwksServer,
    clock: FakeClock,
) -> None:
    """Over 200 intervals an attacker gets one fetch each (200 unknown URLs cached or failed); the genuine
    set, which verified a token, stays: genuine tokens keep verifying with no refetch."""
    auth = make_auth(CDS_JWKS_CACHE_SECONDS=100_000)
    genuine_jku = key_server.url("/ehr/jwks.json")
    assert auth.authenticate(f"Bearer {_forged(genuine_key, clock, genuine_jku)}", SERVICE).issuer == JKU_ISSUER
    for index in range(200):
        clock.now += 61
        path = f"/ehr/forged-{index}.json"
        key_server.documents[path] = jwks(attacker_key) if index % 2 else {"keys": []}
        _refused(auth, _forged(attacker_key, clock, key_server.url(path), kid="not-there"))
    token = _forged(genuine_key, clock, genuine_jku)
    assert auth.authenticate(f"Bearer {token}", SERVICE).issuer == JKU_ISSUER
    assert key_server.requests["/ehr/jwks.json"] == 1


def test_a_failed_key_set_url_is_cached_as_failed(
    make_auth: Callable[..., Authenticator], attacker_key: TestKey, key_server: JwksServer, clock: FakeClock
) -> None:
    auth = make_auth(CDS_JWKS_MIN_REFETCH_SECONDS=60)
    missing = key_server.url("/ehr/missing.json")
    assert _refused(auth, _forged(attacker_key, clock, missing)) == "jwks_unavailable"
    clock.now += 61  # the issuer's fetch slot is free again, but this URL failed: not asked again yet
    assert _refused(auth, _forged(attacker_key, clock, missing)) == "jwks_unavailable"
    assert key_server.requests["/ehr/missing.json"] == 1
    clock.now += 300
    _refused(auth, _forged(attacker_key, clock, missing))
    assert key_server.requests["/ehr/missing.json"] == 2


@pytest.mark.parametrize("reply", [Reply(mode="hang"), Reply(200, b'{"keys": [' + b" " * 4000 + b"]}",
                                                              mode="trickle", trickle_bytes=1, trickle_seconds=0.05)])
def test_a_hanging_key_host_holds_a_call_no_longer_than_the_fetch_budget(
    make_auth: Callable[..., Authenticator], attacker_key: TestKey, clock: FakeClock, reply: Reply
) -> None:
    with StubServer(lambda m, t: reply) as host:
        auth = make_auth(jku_base=host.origin, CDS_JWKS_FETCH_BUDGET_SECONDS=0.5)
        started = time.monotonic()
        assert _refused(auth, _forged(attacker_key, clock, f"{host.origin}/ehr/k.json")) == "jwks_unavailable"
        first = time.monotonic() - started
        started = time.monotonic()
        for _ in range(20):
            _refused(auth, _forged(attacker_key, clock, f"{host.origin}/ehr/{uuid.uuid4().hex}"))
        rest = time.monotonic() - started
    assert first < 0.5 + 0.3, first
    assert rest < 1.0, rest  # no further fetch: each refusal is immediate
    assert len(host.requests) == 1


def test_concurrent_forged_tokens_against_a_hanging_host_all_end_within_the_budget(
    make_auth: Callable[..., Authenticator], attacker_key: TestKey, clock: FakeClock
) -> None:
    with StubServer(lambda m, t: Reply(mode="hang")) as host:
        auth = make_auth(jku_base=host.origin, CDS_JWKS_FETCH_BUDGET_SECONDS=0.5)
        tokens = [_forged(attacker_key, clock, f"{host.origin}/ehr/{i}.json") for i in range(16)]

        def timed(token: str) -> float:
            started = time.monotonic()
            _refused(auth, token)
            return time.monotonic() - started

        with ThreadPoolExecutor(max_workers=16) as pool:
            durations = list(pool.map(timed, tokens))
    assert max(durations) < 0.5 + 0.3, durations
    assert len(host.requests) == 1


def test_a_jku_with_non_ascii_characters_is_refused_without_a_fetch(
    make_auth: Callable[..., Authenticator], attacker_key: TestKey, key_server: JwksServer, clock: FakeClock
) -> None:
    auth = make_auth()
    for suffix in ("/ehr/\u20ac.json", "/ehr/k\u00e9y.json", "/ehr/\u4e2d"):
        assert _refused(auth, _forged(attacker_key, clock, key_server.base_url + suffix)) == "untrusted_jku"
    assert key_server.total_requests == 0


def test_two_processes_on_one_database_make_one_fetch_per_interval(
    store_url: str, tmp_path: Path, attacker_key: TestKey, genuine_key: TestKey, key_server: JwksServer,
    clock: FakeClock,
) -> None:
    """Two Store/Authenticator pairs stand for two worker processes (or instances): the fetch slot and the
    fetched key sets are shared through the database, so forged tokens spread over both still cause one
    fetch per interval, and a genuine set fetched by one is used by the other without a fetch."""
    path = _issuers_file(tmp_path, key_server.base_url, key_server.base_url)
    settings = Settings.load({"CDS_TRUSTED_ISSUERS_FILE": str(path)}, environ={})
    stores = [Store(store_url), Store(store_url)]
    auths = [
        Authenticator.from_settings(settings, MemoryReplayStore(), clock=clock, key_set_cache=store.key_sets)
        for store in stores
    ]
    genuine_jku = key_server.url("/ehr/jwks.json")
    assert auths[0].authenticate(f"Bearer {_forged(genuine_key, clock, genuine_jku)}", SERVICE)
    assert auths[1].authenticate(f"Bearer {_forged(genuine_key, clock, genuine_jku)}", SERVICE)
    assert key_server.requests["/ehr/jwks.json"] == 1
    clock.now += 61
    for index in range(100):
        _refused(auths[index % 2], _forged(attacker_key, clock, key_server.url(f"/ehr/{uuid.uuid4().hex}")))
    assert key_server.total_requests == 2, dict(key_server.requests)
    for store in stores:
        store.dispose()


def test_a_genuine_first_fetch_in_flight_on_another_process_is_waited_for(
    store_url: str, tmp_path: Path, genuine_key: TestKey, clock: FakeClock
) -> None:
    """Cold start on two workers at once: one fetches, the other waits (within the budget) for what it
    publishes instead of refusing the genuine token."""
    slow_document = json.dumps(jwks(genuine_key)).encode()
    with StubServer(lambda m, t: Reply(200, slow_document, {"Content-Type": "application/json"},
                                       mode="trickle", trickle_bytes=len(slow_document) // 4 + 1,
                                       trickle_seconds=0.1)) as host:
        path = _issuers_file(tmp_path, host.origin, host.origin)
        settings = Settings.load({"CDS_TRUSTED_ISSUERS_FILE": str(path)}, environ={})
        stores = [Store(store_url), Store(store_url)]
        auths = [
            Authenticator.from_settings(settings, MemoryReplayStore(), clock=clock, key_set_cache=store.key_sets)
            for store in stores
        ]
        jku = f"{host.origin}/ehr/jwks.json"
        results: list[Any] = [None, None]

        def call(index: int) -> None:
            if index:
                time.sleep(0.1)
            try:
                results[index] = auths[index].authenticate(f"Bearer {_forged(genuine_key, clock, jku)}", SERVICE).issuer
            except Unauthorized as exc:
                results[index] = exc.reason

        threads = [threading.Thread(target=call, args=(i,)) for i in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=10)
        for store in stores:
            store.dispose()
    assert results == [JKU_ISSUER, JKU_ISSUER]
    assert len(host.requests) == 1


class _FinishesBeforeSubmitReturns(ThreadPoolExecutor):
    """A pool whose task has run to its end before ``submit`` returns (what a loaded machine can do)."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        future = super().submit(fn, *args, **kwargs)
        deadline = time.monotonic() + 0.5  # with the fix it cannot finish first: it waits for the lock
        while not future.done() and time.monotonic() < deadline:
            time.sleep(0.001)
        return future


def test_a_fetch_that_ends_before_submit_returns_does_not_block_later_fetches(
    genuine_key: TestKey, clock: FakeClock
) -> None:
    """Finding (full suite under load): the finished fetch stayed marked in flight, so the URL was never
    fetched again and a rotated key would never have been seen."""
    from cds_service.security.jwks import RemoteKeySets

    fetched: list[str] = []

    def fetch(url: str) -> Any:
        fetched.append(url)
        return jwks(genuine_key)

    remote = RemoteKeySets(
        cache_seconds=600, min_refetch_seconds=60, fetch_budget_seconds=1.0, clock=clock, fetch=fetch
    )
    pool = _FinishesBeforeSubmitReturns(max_workers=1)
    remote._pool = lambda: pool  # type: ignore[method-assign]
    url = "https://ehr.example.org/jwks.json"
    try:
        remote.key_set(url, wanted_kid=genuine_key.kid, issuer=JKU_ISSUER)
        clock.now += 601  # past the cache time and the refetch interval
        remote.key_set(url, wanted_kid=genuine_key.kid, issuer=JKU_ISSUER)
    finally:
        pool.shutdown(wait=True)
    assert fetched == [url, url]
