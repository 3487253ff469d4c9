"""Prometheus metrics at /metrics: token-protected, every family counting, in-process and over
``cds-service serve`` with two workers (prometheus-client's multiprocess mode)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from flask.testing import FlaskClient
from prometheus_client.parser import text_string_to_metric_families

from cds_service import create_app, metrics
from tests.support.hook import PATIENT_ID, condition, patient_view
from tests.support.jwt_keys import TEST_ISSUER, TestKey, generate_key, jwks, make_token
from tests.support.service import RunningService, free_port, running_service

METRICS_TOKEN = "metrics-token-for-tests-0123456789"
SERVICE_PATH = "/cds-services/low-back-pain"
FAMILIES = (
    "cds_http_requests",
    "cds_http_request_duration_seconds",
    "cds_cards_issued",
    "cds_fhir_fetches",
    "cds_jwt_rejections",
    "cds_feedback_items",
)


Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def samples(text: str) -> Samples:
    """Every sample of a scrape by (sample name, labels)."""
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def value(scrape: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str, **labels: str) -> float:
    return scrape.get((name, frozenset(labels.items())), 0.0)


def family_names(text: str) -> set[str]:
    return {family.name for family in text_string_to_metric_families(text)}


def hook_body() -> bytes:
    return json.dumps(patient_view(conditions=[condition("M54.5", onset="2026-09-01")])).encode()


def feedback_body(card_uuid: str) -> bytes:
    item = {"card": card_uuid, "outcome": "overridden", "outcomeTimestamp": "2026-11-26T12:05:00Z",
            "overrideReason": {"reason": {"system": "http://lbp-cds.no/fhir/CodeSystem/override-reason",
                                          "code": "patient-declined"}}}
    return json.dumps({"feedback": [item]}).encode()


# --- in-process (test client) ---------------------------------------------------------------------
@pytest.fixture
def metrics_client(app_config: dict[str, Any]) -> FlaskClient:
    return create_app({**app_config, "CDS_METRICS_TOKEN": METRICS_TOKEN}).test_client()


def _scrape(client: FlaskClient) -> str:
    response = client.get("/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"})
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/plain; version=")
    return response.get_data(as_text=True)


def test_without_a_token_setting_there_is_no_metrics_route(client: FlaskClient) -> None:
    response = client.get("/metrics")
    assert response.status_code == 404 and response.is_json


@pytest.mark.parametrize("header", [None, "Bearer wrong-token-wrong-token", f"Basic {METRICS_TOKEN}", METRICS_TOKEN])
def test_a_scrape_without_the_token_is_401(metrics_client: FlaskClient, header: str | None) -> None:
    response = metrics_client.get("/metrics", headers={"Authorization": header} if header else {})
    assert response.status_code == 401
    assert response.get_json()["reason"] == "metrics_token"


def test_a_short_metrics_token_stops_start_up(app_config: dict[str, Any]) -> None:
    from cds_service.errors import ConfigurationError

    with pytest.raises(ConfigurationError, match="CDS_METRICS_TOKEN"):
        create_app({**app_config, "CDS_METRICS_TOKEN": "short"})


def test_requests_latency_cards_and_feedback_count_in_process(metrics_client: FlaskClient) -> None:
    before = samples(_scrape(metrics_client))
    answer = metrics_client.post(SERVICE_PATH, data=hook_body(), content_type="application/json")
    assert answer.status_code == 200
    card_ids = [card["source"]["topic"]["code"] for card in answer.get_json()["cards"]]
    first_card = answer.get_json()["cards"][0]["uuid"]
    feedback = metrics_client.post(f"{SERVICE_PATH}/feedback", data=feedback_body(first_card),
                                   content_type="application/json")
    assert feedback.status_code == 200
    metrics_client.post(SERVICE_PATH, data=b"{", content_type="application/json")
    metrics_client.open("/healthz", method="BREW")  # a method a client made up is not a label value
    after = samples(_scrape(metrics_client))

    def grew(name: str, by: float = 1, **labels: str) -> bool:
        return value(after, name, **labels) - value(before, name, **labels) == by

    assert grew("cds_http_requests_total", route="/cds-services/<service_id>", method="POST", status="200")
    assert grew("cds_http_requests_total", route="/cds-services/<service_id>", method="POST", status="400")
    assert grew("cds_http_requests_total", route="/cds-services/<service_id>/feedback", method="POST", status="200")
    assert grew("cds_http_requests_total", route="<unmatched>", method="other", status="405")
    assert grew("cds_http_request_duration_seconds_count", by=2, route="/cds-services/<service_id>")
    for card_id in set(card_ids):
        assert grew("cds_cards_issued_total", by=card_ids.count(card_id), card_id=card_id)
    assert grew("cds_feedback_items_total", outcome="overridden")


def test_jwt_rejections_and_fhir_fetches_count_in_process(app_config: dict[str, Any], tmp_path: Path) -> None:
    key = generate_key("ES384")
    fhir_server = f"http://127.0.0.1:{free_port()}/fhir"  # nothing listens there: unreachable
    client = create_app({
        **app_config, "CDS_AUTH": "jwt", "CDS_METRICS_TOKEN": METRICS_TOKEN, "CDS_FHIR_ALLOW_HTTP": True,
        "CDS_TRUSTED_ISSUERS_FILE": str(_issuers_file(tmp_path, key, fhir_server)),
    }).test_client()
    before = samples(_scrape(client))
    assert client.post(SERVICE_PATH, data=hook_body(), content_type="application/json").status_code == 401
    token = make_token(key, f"http://localhost{SERVICE_PATH}")
    unreachable = client.post(SERVICE_PATH, data=_fetching_body(fhir_server), content_type="application/json",
                              headers={"Authorization": f"Bearer {token}"})
    assert unreachable.status_code == 412
    after = samples(_scrape(client))
    assert value(after, "cds_jwt_rejections_total", reason="missing_token") - value(
        before, "cds_jwt_rejections_total", reason="missing_token") == 1
    assert value(after, "cds_fhir_fetches_total", outcome="unreachable") > value(
        before, "cds_fhir_fetches_total", outcome="unreachable")


def _issuers_file(directory: Path, key: TestKey, fhir_server: str) -> Path:
    path = directory / "trusted-issuers.json"
    path.write_text(json.dumps({"issuers": [{"iss": TEST_ISSUER, "jwks": jwks(key), "fhir_servers": [fhir_server]}]}))
    return path


def _fetching_body(fhir_server: str) -> bytes:
    """A hook call without prefetch: the service must read the patient from ``fhir_server``."""
    return json.dumps({
        "hook": "patient-view", "hookInstance": str(uuid.uuid4()), "fhirServer": fhir_server,
        "context": {"userId": "Practitioner/prac-1", "patientId": PATIENT_ID},
    }).encode()


# --- multiprocess mode: counter sums written once a second, at a scrape and at exit -----------------------
_MULTIPROCESS_PRELUDE = """
import sys, time
from prometheus_client import CollectorRegistry, generate_latest, multiprocess
from cds_service import metrics
directory = sys.argv[1]
metrics.enable_multiprocess(directory)
def in_files():  # what a scrape answered by another worker reads: the files alone
    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry, path=directory)
    return generate_latest(registry).decode()
def cards(card_id, count):
    metrics.count_cards({"cards": [{"source": {"topic": {"code": card_id}}}] * count})
"""


def _in_a_fresh_interpreter(script: str, directory: Path) -> str:
    done = subprocess.run([sys.executable, "-c", _MULTIPROCESS_PRELUDE + script, str(directory)],
                          capture_output=True, text=True, timeout=60, cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_workers_counts_reach_its_file_from_the_flush_thread_and_at_once_for_its_own_scrape(tmp_path: Path) -> None:
    output = _in_a_fresh_interpreter("""
cards("lbp-red-flags", 3)
line = 'cds_cards_issued_total{card_id="lbp-red-flags"} 3.0'
assert line not in in_files(), "written at once: the batching is off"
started = time.monotonic()
while line not in in_files():
    assert time.monotonic() - started < 10 * metrics.PENDING_FLUSH_SECONDS, "never written by the flush thread"
    time.sleep(0.02)
print(round(time.monotonic() - started, 2))
cards("lbp-red-flags", 1)
assert 'cds_cards_issued_total{card_id="lbp-red-flags"} 4.0' in metrics.exposition().decode()
""", tmp_path)
    assert float(output) <= 3 * metrics.PENDING_FLUSH_SECONDS  # one period, and a margin for a busy machine


def test_a_worker_that_exits_writes_its_last_counts(tmp_path: Path) -> None:
    _in_a_fresh_interpreter("""
cards("lbp-chronic", 2)
metrics.observe_request(None, "GET", 404, None)
""", tmp_path)  # exits at once: only the atexit hook can have written them
    found = samples(_in_a_fresh_interpreter("print(in_files())", tmp_path))
    assert value(found, "cds_cards_issued_total", card_id="lbp-chronic") == 2
    assert value(found, "cds_http_requests_total", route="<unmatched>", method="GET", status="404") == 1


def test_a_forked_child_does_not_write_its_parents_pending_counts(tmp_path: Path) -> None:
    _in_a_fresh_interpreter("""
import os
cards("lbp-acute", 1)
pid = os.fork()
if pid == 0:
    os._exit(0 if not metrics._pending._counts else 1)  # the parent's pending counts are the parent's
_, status = os.waitpid(pid, 0)
assert os.waitstatus_to_exitcode(status) == 0
""", tmp_path)
    found = samples(_in_a_fresh_interpreter("print(in_files())", tmp_path))
    assert value(found, "cds_cards_issued_total", card_id="lbp-acute") == 1


# --- over `cds-service serve`, two workers ------------------------------------------------------------
@pytest.fixture(scope="module")
def served_with_metrics(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[RunningService, TestKey, str]]:
    tmp_path = tmp_path_factory.mktemp("metrics")
    key = generate_key("ES384")
    fhir_server = f"http://127.0.0.1:{free_port()}/fhir"
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    with running_service(
        tmp_path, workers=2, CDS_AUTH="jwt", CDS_METRICS_TOKEN=METRICS_TOKEN, CDS_FHIR_ALLOW_HTTP="true",
        CDS_TRUSTED_ISSUERS_FILE=str(_issuers_file(tmp_path, key, fhir_server)), TMPDIR=str(temporary),
    ) as service:
        assert [p.name.startswith("cds-service-metrics-") for p in temporary.iterdir()] == [True]
        yield service, key, fhir_server
    assert service.process.returncode == 0
    assert not list(temporary.iterdir()), "serve removes its metrics directory when it stops"


@pytest.mark.integration
def test_a_scrape_over_two_workers_shows_every_family_counting(
    served_with_metrics: tuple[RunningService, TestKey, str],
) -> None:
    service, key, fhir_server = served_with_metrics
    assert len(service.worker_pids()) == 2
    session = requests.Session()

    def signed(path: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {make_token(key, service.url(path))}", "Content-Type": "application/json"}

    card_uuids: list[str] = []
    calls = 0
    # Fresh connections until both workers have counted something (each maps its own counter file).
    while calls < 6 or (len(_workers_counting(service)) < 2 and calls < 60):
        answer = requests.post(service.url(SERVICE_PATH), data=hook_body(), headers=signed(SERVICE_PATH), timeout=10)
        assert answer.status_code == 200
        card_uuids.append(answer.json()["cards"][0]["uuid"])
        calls += 1
    assert len(_workers_counting(service)) == 2, "every call went to one worker: the sum below would prove nothing"
    feedback_path = f"{SERVICE_PATH}/feedback"
    assert requests.post(service.url(feedback_path), data=feedback_body(card_uuids[0]), headers=signed(feedback_path),
                         timeout=10).status_code == 200
    assert requests.post(service.url(SERVICE_PATH), data=hook_body(),
                         headers={"Authorization": "Bearer not-a-jwt", "Content-Type": "application/json"},
                         timeout=10).status_code == 401
    assert requests.post(service.url(SERVICE_PATH), data=_fetching_body(fhir_server), headers=signed(SERVICE_PATH),
                         timeout=10).status_code == 412

    hook_route = {"route": "/cds-services/<service_id>", "method": "POST"}
    # The worker that answers the scrape has written its own counts; the other's are at most a second old.
    scrape = _scrape_until(session, service, lambda found: value(
        found, "cds_http_requests_total", status="200", **hook_route) >= calls)
    assert family_names(scrape.text) >= set(FAMILIES)
    found = samples(scrape.text)
    assert value(found, "cds_http_requests_total", status="200", **hook_route) == calls
    assert value(found, "cds_http_requests_total", status="401", **hook_route) == 1
    assert value(found, "cds_http_request_duration_seconds_count", route="/cds-services/<service_id>") == calls + 2
    assert sum(v for (name, _), v in found.items() if name == "cds_cards_issued_total") >= calls
    assert value(found, "cds_jwt_rejections_total", reason="malformed_token") == 1
    assert value(found, "cds_fhir_fetches_total", outcome="unreachable") >= 1
    assert value(found, "cds_feedback_items_total", outcome="overridden") == 1
    assert PATIENT_ID not in scrape.text and METRICS_TOKEN not in scrape.text


@pytest.mark.integration
def test_counts_survive_a_worker_that_exits(served_with_metrics: tuple[RunningService, TestKey, str]) -> None:
    service, _, _ = served_with_metrics
    headers = {"Authorization": f"Bearer {METRICS_TOKEN}"}
    for _ in range(4):
        requests.get(service.url("/healthz"), timeout=5)
    before = samples(requests.get(service.url("/metrics"), headers=headers, timeout=10).text)
    old_workers = set(service.worker_pids())
    os.kill(sorted(old_workers)[0], signal.SIGTERM)  # gunicorn replaces it; its counts must stay
    deadline = time.monotonic() + 30
    while (len(set(service.worker_pids()) - old_workers) < 1 or len(service.worker_pids()) < 2) and (
            time.monotonic() < deadline):
        time.sleep(0.2)
    assert len(service.worker_pids()) == 2 and set(service.worker_pids()) != old_workers
    for _ in range(8):
        requests.get(service.url("/healthz"), timeout=10)
    healthz = ("cds_http_requests_total", frozenset({"route": "/healthz", "method": "GET", "status": "200"}.items()))
    after = samples(_scrape_until(requests.Session(), service,
                                  lambda found: found.get(healthz, 0) >= before[healthz] + 8).text)
    counters = [k for k in before if k[0].endswith("_total")]
    assert counters and all(after.get(k, 0) >= before[k] for k in counters)


def _scrape_until(session: requests.Session, service: RunningService, done: Callable[[Samples], bool],
                  seconds: float = 2 + 2 * metrics.PENDING_FLUSH_SECONDS) -> requests.Response:
    """Scrape until ``done(samples)``: each worker writes its counter sums once a second (metrics module)."""
    deadline = time.monotonic() + seconds
    while True:
        scrape = session.get(service.url("/metrics"), headers={"Authorization": f"Bearer {METRICS_TOKEN}"}, timeout=10)
        assert scrape.status_code == 200
        if done(samples(scrape.text)) or time.monotonic() > deadline:
            assert done(samples(scrape.text)), f"the counts did not arrive within {seconds} s"
            return scrape
        time.sleep(0.1)


def _workers_counting(service: RunningService) -> set[int]:
    """Workers that hold a prometheus-client counter file open (written on their first count)."""
    counting = set()
    for pid in service.worker_pids():
        try:
            maps = Path(f"/proc/{pid}/maps").read_text()
        except OSError:
            continue
        if f"counter_{pid}.db" in maps:
            counting.add(pid)
    return counting
