"""The serving model against the real server (``cds-service serve``: gunicorn, two workers, the buffering
worker class), started on a free loopback port and stopped after (issue 10).

Findings shown here:
- slow clients: two connections sending headers at 1 byte/s left /healthz unanswered for 33 s (sync
  workers). Now 100 such connections are held open while hook calls keep answering in well under 1 s,
  and a head not received within CDS_CLIENT_HEADER_TIMEOUT_SECONDS is answered 408;
- gunicorn's own 400/414/431 answers were HTML; now JSON like every other error;
- a chunked body over CDS_MAX_BODY_BYTES was truncated (200); now 413 however framed;
- SIGTERM reset requests waiting in the listen queue; now they are answered, and later ones refused;
- key fetching: 200 forged tokens with random jku suffixes, over both workers, make at most one fetch;
  a key host that hangs does not slow the genuine calls.

Set ``CDS_TEST_SERVE_WORKER_CLASS=sync`` to run the same tests against gunicorn's sync workers (what
``serve`` ran before): the slow-client, protocol-error and SIGTERM tests then fail.
"""

from __future__ import annotations

import contextlib
import json
import signal
import socket
import statistics
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.support.hook import condition, patient_view
from tests.support.jwt_keys import TEST_ISSUER, JwksServer, TestKey, generate_key, jwks, make_token, running_jwks_server
from tests.support.service import RunningService, running_service
from tests.support.slow_server import Reply, StubServer

pytestmark = pytest.mark.integration

SERVICE_PATH = "/cds-services/low-back-pain"
HOOK_BODY = json.dumps(patient_view(conditions=[condition("M54.5", onset="2026-09-01")])).encode()
JKU_ISSUER = "https://jku-ehr.test.example"
FORGED_ISSUER = "https://forged-target.test.example"
HANGING_ISSUER = "https://hanging-keys.test.example"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningService]:
    """Authentication off (loopback), short client timeouts so the timeout cases run quickly."""
    tmp_path = tmp_path_factory.mktemp("served")
    with running_service(
        tmp_path, CDS_CLIENT_HEADER_TIMEOUT_SECONDS="2", CDS_MAX_BODY_BYTES=str(64 * 1024)
    ) as service:
        yield service


def _hook(service: RunningService, timeout: float = 10.0) -> tuple[int, float]:
    started = time.monotonic()
    response = requests.post(
        service.url(SERVICE_PATH), data=HOOK_BODY, headers={"Content-Type": "application/json"}, timeout=timeout
    )
    return response.status_code, time.monotonic() - started


def _exchange(port: int, data: bytes, *, wait: float = 5.0, answers: int = 1) -> bytes:
    """Send raw bytes; read ``answers`` complete responses (by Content-Length), or until the server closes
    the connection, or ``wait`` seconds pass."""
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as sock:
        with contextlib.suppress(OSError):
            sock.sendall(data)
        received = b""
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and _complete_answers(received) < answers:
            try:
                chunk = sock.recv(65536)
            except (TimeoutError, ConnectionResetError):
                break
            if not chunk:
                break
            received += chunk
        return received


def _complete_answers(raw: bytes) -> int:
    count, rest = 0, raw
    while b"\r\n\r\n" in rest:
        head, _, rest = rest.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        if len(rest) < length:
            break
        rest = rest[length:]
        count += 1
    return count


def _status_and_json(raw: bytes) -> tuple[int, dict[str, Any]]:
    head, _, body = raw.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    assert b"content-type: application/json" in head.lower(), head
    document: dict[str, Any] = json.loads(body)
    return status, document


# --- slow clients ----------------------------------------------------------------------------------------
class SlowClients:
    """``count`` connections that each send a request head one byte per second and never finish it."""

    def __init__(self, port: int, count: int) -> None:
        self.sockets = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(count)]
        self._stop = threading.Event()
        self.sent_bytes = 0
        self.failures = 0
        for sock in self.sockets:
            sock.sendall(b"POST /cds-services/low-back-pain HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        self._thread = threading.Thread(target=self._trickle, daemon=True)
        self._thread.start()

    def _trickle(self) -> None:
        while not self._stop.wait(1.0):
            for sock in self.sockets:
                try:
                    sock.send(b"X")
                    self.sent_bytes += 1
                except OSError:
                    self.failures += 1

    def still_open(self) -> int:
        open_count = 0
        for sock in self.sockets:
            sock.setblocking(False)
            try:
                data = sock.recv(1)
                open_count += 0 if data == b"" else 1  # any answer yet means it was not held open
            except BlockingIOError:
                open_count += 1
            except OSError:
                pass
            sock.setblocking(True)
        return open_count

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        for sock in self.sockets:
            sock.close()


def test_100_slow_connections_do_not_stop_hook_calls_answering_within_a_second(served: RunningService) -> None:
    slow = SlowClients(served.port, 100)
    try:
        time.sleep(1.5)  # the slow heads are being read by now
        latencies = []
        for _ in range(20):
            status, seconds = _hook(served, timeout=5)
            assert status == 200
            latencies.append(seconds)
        health = requests.get(served.url("/healthz"), timeout=5)
        assert health.status_code == 200
        held_open = slow.still_open()
    finally:
        slow.close()
    assert held_open == 100, f"{held_open} of 100 slow connections still open while the hooks were called"
    assert max(latencies) < 1.0, f"hook latencies with 100 slow connections: max {max(latencies):.3f} s"
    print(f"100 slow connections: 20 hook calls, median {statistics.median(latencies) * 1000:.1f} ms, "
          f"max {max(latencies) * 1000:.1f} ms")


def test_a_head_sent_at_one_byte_a_second_is_answered_408_at_the_header_timeout(served: RunningService) -> None:
    with socket.create_connection(("127.0.0.1", served.port), timeout=10) as sock:
        started = time.monotonic()
        sock.sendall(b"GET /healthz HTTP/1.1\r\n")
        received = b""
        while time.monotonic() - started < 8:
            try:
                sock.send(b"X")
            except OSError:
                break
            sock.settimeout(1.0)
            try:
                chunk = sock.recv(65536)
            except TimeoutError:
                continue
            except ConnectionResetError:
                break
            if not chunk:
                break
            received += chunk
        elapsed = time.monotonic() - started
    status, body = _status_and_json(received)
    assert status == 408 and body["error"] == "request_timeout"
    assert 1.5 < elapsed < 5, elapsed


def test_an_idle_connection_that_never_sends_is_closed_without_holding_anything(served: RunningService) -> None:
    with socket.create_connection(("127.0.0.1", served.port), timeout=10) as sock:
        started = time.monotonic()
        assert sock.recv(1) == b""  # closed by the server, no answer (nothing was asked)
        assert time.monotonic() - started < 5


# --- gunicorn's own protocol errors, as JSON ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_bytes", "status"),
    [
        (b"GARBAGE\r\n\r\n", 400),
        (b"G@T / HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        (b"GET / HTTP/9.9\r\nHost: x\r\n\r\n", 400),
        (b"GET /" + b"a" * 5000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414),
        (b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + b"".join(b"X-%d: y\r\n" % i for i in range(150)) + b"\r\n", 431),
        (b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 9000 + b"\r\n\r\n", 431),
        (b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Huge: " + b"a" * 70_000 + b"\r\n\r\n", 431),
        (b"GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n", 400),
        (b"POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400),
        (b"POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", 400),
        (b"POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", 400),
        (b"POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 400),
        (b"POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: zstd-magic\r\n\r\n", 501),
        (b"POST /x HTTP/1.0\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400),
        (b"POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400),
        (b"POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcXY", 400),
    ],
)
def test_protocol_errors_are_json(served: RunningService, request_bytes: bytes, status: int) -> None:
    raw = _exchange(served.port, request_bytes)
    got, body = _status_and_json(raw)
    assert got == status, raw[:300]
    assert body["error"] and body["message"]
    assert b"<html" not in raw.lower()


def test_a_protocol_error_is_logged_without_the_request_line(served: RunningService) -> None:
    marker = f"pat-secret-{uuid.uuid4().hex[:8]}"
    _exchange(served.port, f"G@T /Patient/{marker} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    time.sleep(0.3)
    assert marker not in served.log_text()


# --- bodies over the limit, however framed ------------------------------------------------------------------
def _chunked(payload: bytes, size: int = 4096) -> bytes:
    pieces = [payload[i : i + size] for i in range(0, len(payload), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\n\r\n"


def test_a_chunked_body_over_the_limit_is_413_through_the_server(served: RunningService) -> None:
    """Finding: valid JSON padded to the limit plus trailing junk, chunked, got a 200."""
    limit = 64 * 1024
    padded = HOOK_BODY + b" " * (limit - len(HOOK_BODY))
    head = b"POST /cds-services/low-back-pain HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    head += b"Transfer-Encoding: chunked\r\n\r\n"
    ok, _ = _status_and_json(_exchange(served.port, head + _chunked(padded)))
    assert ok == 200
    status, body = _status_and_json(_exchange(served.port, head + _chunked(padded + b"junk")))
    assert status == 413 and body["error"] == "payload_too_large"


def test_a_large_chunked_body_is_refused_early_and_the_client_sees_the_413(served: RunningService) -> None:
    head = b"POST /cds-services/low-back-pain HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    head += b"Transfer-Encoding: chunked\r\n\r\n"
    status, _ = _status_and_json(_exchange(served.port, head + _chunked(b" " * (2 * 1024 * 1024), 256 * 1024)))
    assert status == 413


def test_a_content_length_over_the_limit_is_413_before_the_body(served: RunningService) -> None:
    raw = _exchange(served.port, b"POST /cds-services/low-back-pain HTTP/1.1\r\nHost: x\r\n"
                                 b"Content-Type: application/json\r\nContent-Length: 99999999\r\n\r\n")
    assert _status_and_json(raw)[0] == 413


def test_keep_alive_pipelining_and_expect_100_continue(served: RunningService) -> None:
    raw = _exchange(served.port, b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n" * 3, answers=3)
    assert raw.count(b"HTTP/1.1 200") == 3
    with socket.create_connection(("127.0.0.1", served.port), timeout=5) as sock:
        sock.sendall(b"POST /cds-services/low-back-pain HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Expect: 100-continue\r\nContent-Length: %d\r\n\r\n" % len(HOOK_BODY))
        assert sock.recv(1024).startswith(b"HTTP/1.1 100 Continue")
        sock.sendall(HOOK_BODY)
        answer = b""
        while b"\r\n\r\n" not in answer:
            answer += sock.recv(65536)
        assert answer.startswith(b"HTTP/1.1 200")


def test_a_content_length_of_thousands_of_digits_is_a_json_400_and_the_worker_lives(served: RunningService) -> None:
    """Review finding: int() of a 5,000-digit Content-Length raised ValueError (Python's 4,300-digit limit)
    in the worker's main thread, outside every handler: the worker died with all its connections."""
    workers = served.worker_pids()
    for digits in (b"9" * 5000, b"0" * 5000 + b"5"):
        raw = _exchange(served.port, b"POST /cds-services/low-back-pain HTTP/1.1\r\nHost: x\r\n"
                                     b"Content-Length: " + digits + b"\r\n\r\n")
        status, body = _status_and_json(raw)
        assert status == 400 and "Content-Length" in body["message"], body
    assert served.worker_pids() == workers
    assert _hook(served)[0] == 200


@pytest.fixture(scope="module")
def served_inline(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningService]:
    """One thread per worker: requests are answered in the worker's main thread (no hand-off)."""
    with running_service(tmp_path_factory.mktemp("inline"), workers=1, extra_args=("--threads", "1")) as service:
        yield service


@pytest.mark.parametrize("threads", ["1", "2"])
def test_thousands_of_pipelined_requests_are_all_answered(
    served: RunningService, served_inline: RunningService, threads: str
) -> None:
    """Review finding: with one thread, each pipelined request already buffered was answered from inside the
    previous one's completion (a recursion per request): a few hundred in one packet overflowed the stack."""
    service = served_inline if threads == "1" else served
    workers = service.worker_pids()
    count = 3000
    raw = _exchange(service.port, b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n" * count, answers=count, wait=30)
    assert raw.count(b"HTTP/1.1 200") == count
    assert service.worker_pids() == workers


# --- SIGTERM --------------------------------------------------------------------------------------------------
def test_sigterm_answers_requests_waiting_in_the_listen_queue_and_refuses_later_ones(tmp_path: Path) -> None:
    """Finding: requests already sent but waiting in the listen queue were reset without an answer.

    The worker is paused (SIGSTOP) so the requests wait in the kernel's listen queue, the master gets
    SIGTERM, the worker resumes: every request already sent is answered; a connection after that is refused."""
    with running_service(tmp_path, workers=1) as service:
        (worker,) = service.worker_pids()
        import os

        os.kill(worker, signal.SIGSTOP)
        clients = []
        try:
            for _ in range(12):
                sock = socket.create_connection(("127.0.0.1", service.port), timeout=15)
                sock.sendall(b"POST /cds-services/low-back-pain HTTP/1.1\r\nHost: x\r\nContent-Type: "
                             b"application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(HOOK_BODY), HOOK_BODY))
                clients.append(sock)
            service.process.send_signal(signal.SIGTERM)
            time.sleep(0.5)
        finally:
            os.kill(worker, signal.SIGCONT)
        statuses = []
        for sock in clients:
            answer = b""
            try:
                while b"\r\n\r\n" not in answer:
                    chunk = sock.recv(65536)
                    if not chunk:
                        break
                    answer += chunk
            except (ConnectionResetError, TimeoutError) as exc:
                answer = f"[{type(exc).__name__}]".encode()
            sock.close()
            statuses.append(answer.split(b"\r\n", 1)[0])
        time.sleep(0.5)
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", service.port), timeout=2).close()
        service.process.wait(timeout=20)
    assert statuses == [b"HTTP/1.1 200 OK"] * 12, statuses


# --- key fetching through the real server -------------------------------------------------------------------
@pytest.fixture(scope="module")
def key_server() -> Iterator[JwksServer]:
    with running_jwks_server() as server:
        yield server


@pytest.fixture(scope="module")
def keys() -> dict[str, TestKey]:
    return {"genuine": generate_key("ES384", kid="genuine"), "attacker": generate_key("ES384", kid="attacker")}


@pytest.fixture(scope="module")
def hanging_key_host() -> Iterator[StubServer]:
    with StubServer(lambda m, t: Reply(mode="hang")) as stub:
        yield stub


@pytest.fixture(scope="module")
def jwt_served(
    tmp_path_factory: pytest.TempPathFactory, key_server: JwksServer, keys: dict[str, TestKey],
    hanging_key_host: StubServer,
) -> Iterator[RunningService]:
    tmp_path = tmp_path_factory.mktemp("jwt-served")
    key_server.documents["/ehr/jwks.json"] = jwks(keys["genuine"])
    issuers = {
        "issuers": [
            {"iss": TEST_ISSUER, "jwks": jwks(keys["genuine"])},
            {"iss": JKU_ISSUER, "jku_prefixes": [key_server.url("/ehr/")]},
            {"iss": FORGED_ISSUER, "jku_prefixes": [key_server.url("/forged/")]},
            {"iss": HANGING_ISSUER, "jku_prefixes": [f"{hanging_key_host.origin}/keys/"]},
        ]
    }
    path = tmp_path / "issuers.json"
    path.write_text(json.dumps(issuers), encoding="utf-8")
    with running_service(tmp_path, CDS_AUTH="jwt", CDS_TRUSTED_ISSUERS_FILE=str(path)) as service:
        yield service


def _signed_hook(service: RunningService, key: TestKey, *, iss: str = TEST_ISSUER, jku: str | None = None) -> Any:
    token = make_token(key, service.url(SERVICE_PATH), iss=iss, jku=jku)
    return requests.post(
        service.url(SERVICE_PATH),
        data=HOOK_BODY,
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
        timeout=10,
    )


def test_forged_tokens_with_random_jku_suffixes_make_at_most_one_fetch(
    jwt_served: RunningService, key_server: JwksServer, keys: dict[str, TestKey]
) -> None:
    """200 forged tokens, 8 concurrent clients over both workers, each naming a new URL under the allowed
    prefix: at most one outbound fetch (the issuer's slot, shared through the database)."""

    def forge(_: int) -> int:
        jku = key_server.url(f"/forged/{uuid.uuid4().hex}.json")
        return int(_signed_hook(jwt_served, keys["attacker"], iss=FORGED_ISSUER, jku=jku).status_code)

    before = key_server.total_requests
    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(forge, range(200)))
    assert set(statuses) == {401}
    fetched = key_server.total_requests - before
    print(f"200 forged tokens with random jku suffixes: {fetched} outbound fetch(es)")
    assert fetched <= 1


def test_the_genuine_jku_issuer_keeps_working_and_is_fetched_once(
    jwt_served: RunningService, key_server: JwksServer, keys: dict[str, TestKey]
) -> None:
    jku = key_server.url("/ehr/jwks.json")
    for _ in range(10):
        assert _signed_hook(jwt_served, keys["genuine"], iss=JKU_ISSUER, jku=jku).status_code == 200
    for _ in range(50):
        forged = key_server.url(f"/ehr/{uuid.uuid4().hex}")
        assert _signed_hook(jwt_served, keys["attacker"], iss=JKU_ISSUER, jku=forged).status_code == 401
    assert _signed_hook(jwt_served, keys["genuine"], iss=JKU_ISSUER, jku=jku).status_code == 200
    assert key_server.requests["/ehr/jwks.json"] == 1


def test_a_hanging_key_host_does_not_slow_genuine_calls(
    jwt_served: RunningService, hanging_key_host: StubServer, keys: dict[str, TestKey]
) -> None:
    """Finding: with a key host that hangs, two attackers at 1 request/s raised genuine p50 from ~5 ms to
    2 s. Now the one fetch per interval waits at most the fetch budget; the rest are refused at once."""
    stop = threading.Event()
    attacker_statuses: list[int] = []

    def attack() -> None:
        while not stop.is_set():
            jku = f"{hanging_key_host.origin}/keys/{uuid.uuid4().hex}"
            response = _signed_hook(jwt_served, keys["attacker"], iss=HANGING_ISSUER, jku=jku)
            attacker_statuses.append(response.status_code)
            stop.wait(0.2)

    attackers = [threading.Thread(target=attack) for _ in range(2)]
    for thread in attackers:
        thread.start()
    latencies = []
    try:
        time.sleep(0.3)
        for _ in range(30):
            started = time.monotonic()
            assert _signed_hook(jwt_served, keys["genuine"]).status_code == 200
            latencies.append(time.monotonic() - started)
    finally:
        stop.set()
        for thread in attackers:
            thread.join(timeout=10)
    print(f"hanging key host: {len(attacker_statuses)} forged calls, {len(hanging_key_host.requests)} fetch(es); "
          f"30 genuine calls median {statistics.median(latencies) * 1000:.1f} ms, max {max(latencies) * 1000:.1f} ms")
    assert set(attacker_statuses) == {401}
    assert len(hanging_key_host.requests) <= 1
    assert statistics.median(latencies) < 0.2 and max(latencies) < 1.5, latencies


def test_an_authorization_header_with_non_latin1_bytes_is_a_401(jwt_served: RunningService) -> None:
    token = "eyJhbGciOiJFUzM4NCJ9.\u20ac\u4e2d.sig".encode()
    raw = _exchange(jwt_served.port, b"POST /cds-services/low-back-pain HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                    + token + b"\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
    status, body = _status_and_json(raw)
    assert status == 401 and body["error"] == "unauthorized"


# --- the buffering stage's own parsing, without a server ---------------------------------------------------
def test_the_head_search_resumes_where_it_stopped_and_finds_a_terminator_split_across_reads() -> None:
    """Review finding: the blank line ending the head was searched from the buffer's start on every read,
    so a 64 KiB head sent a byte at a time cost about 2 GB of scanning in the worker's main thread."""
    from cds_service.serving import _Reading, head_end

    head = b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Pad: " + b"a" * 1000 + b"\r\n\r\n"
    reading = _Reading(bytearray(), deadline=0.0)
    found = None
    for index in range(len(head)):
        reading.buffer += head[index : index + 1]
        found = head_end(reading)
        if found is None:
            assert reading.head_scan >= len(reading.buffer) - 3  # nothing searched twice, but the last 3
    assert found == len(head) - 4


# --- out of descriptors ---------------------------------------------------------------------------------
def test_a_worker_out_of_descriptors_pauses_accepting_and_keeps_serving(tmp_path: Path) -> None:
    """accept() failing with EMFILE killed the worker (gunicorn re-raises it), dropping every connection it
    held, and the arbiter's replacement met the same limit. Now the worker stops accepting for a moment,
    says so once in the log, and answers again as soon as descriptors are free: same worker, no restart."""
    with running_service(tmp_path, workers=1, max_open_files=128, CDS_CLIENT_HEADER_TIMEOUT_SECONDS="30") as service:
        workers = service.worker_pids()
        assert _hook(service)[0] == 200
        held = [socket.create_connection(("127.0.0.1", service.port), timeout=5) for _ in range(200)]
        try:
            deadline = time.monotonic() + 10
            while "cannot accept a connection" not in service.log_text() and time.monotonic() < deadline:
                time.sleep(0.2)
            assert "cannot accept a connection" in service.log_text(), service.log_text()[-2000:]
            assert service.process.poll() is None
        finally:
            for sock in held:
                sock.close()
        status, _ = _hook(service, timeout=15)
        assert status == 200
        assert service.worker_pids() == workers, service.log_text()[-3000:]
        assert "Worker exiting" not in service.log_text() and "Traceback" not in service.log_text()
