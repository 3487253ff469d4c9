"""JWT authentication through HTTP: the Flask test client, and gunicorn with two worker processes.

Requirements cited by number (shared/cds-hooks/service-requirements-2.0.txt): 176 (JWT authenticates
the CDS Client), 177 (require authentication when data is at risk), 195 (allowlist of iss), 205
(ES384/RS384). Issue 5: every discovery, service and feedback call carries the JWT; a bad one gets a
401 JSON body naming the reason and never echoing the token; CORS preflight needs no token; a
fhirServer not allowed for the issuer gets a 400 with no outbound request; a jti is accepted once
across all worker processes.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import requests
from flask import Flask
from flask.testing import FlaskClient
from support.hook import patient_view
from support.jwt_keys import (
    SANDBOX_ISSUER,
    SANDBOX_JKU,
    TEST_ISSUER,
    JwksServer,
    TestKey,
    generate_key,
    jwks,
    make_token,
    running_jwks_server,
)

from cds_service import create_app

ROOT = Path(__file__).resolve().parent.parent
LOCAL = "http://localhost"
DISCOVERY_PATH = "/cds-services"
SERVICE_PATH = "/cds-services/low-back-pain"
FEEDBACK_PATH = "/cds-services/low-back-pain/feedback"
ALLOWED_FHIR = "https://fhir.test.example/r4"
SANDBOX_KID = "44823f3d-0b01-4a6c-a80e-b9d3e8a7226f"


@pytest.fixture(scope="module")
def es_key() -> TestKey:
    return generate_key("ES384", kid="http-es384")


@pytest.fixture(scope="module")
def rs_key() -> TestKey:
    return generate_key("RS384", kid="http-rs384")


@pytest.fixture(scope="module")
def sandbox_key() -> TestKey:
    return generate_key("ES384", kid=SANDBOX_KID)


def write_issuers(directory: Path, *keys: TestKey, sandbox_key: TestKey | None = None) -> Path:
    issuers: list[dict[str, Any]] = [{"iss": TEST_ISSUER, "jwks": jwks(*keys), "fhir_servers": [ALLOWED_FHIR]}]
    if sandbox_key is not None:
        issuers.append({"iss": SANDBOX_ISSUER, "jwks": jwks(sandbox_key)})
    path = directory / "trusted-issuers.json"
    path.write_text(json.dumps({"issuers": issuers}), encoding="utf-8")
    return path


@pytest.fixture
def jwt_config(tmp_path: Path, es_key: TestKey, rs_key: TestKey, sandbox_key: TestKey) -> dict[str, Any]:
    return {
        "CDS_AUTH": "jwt",
        "CDS_TRUSTED_ISSUERS_FILE": str(write_issuers(tmp_path, es_key, rs_key, sandbox_key=sandbox_key)),
        "CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'cds.sqlite3'}",
        "CDS_LOCALE": "en",
        "CDS_FHIR_ALLOW_HTTP": True,
    }


@pytest.fixture
def jwt_app(jwt_config: dict[str, Any]) -> Flask:
    return create_app(jwt_config)


@pytest.fixture
def jwt_client(jwt_app: Flask) -> FlaskClient:
    return jwt_app.test_client()


def feedback_body() -> dict[str, Any]:
    return {
        "feedback": [{"card": str(uuid.uuid4()), "outcome": "overridden", "outcomeTimestamp": "2026-03-01T12:05:00Z"}]
    }


def call(client: FlaskClient, path: str, token: str | None, body: Any = None) -> Any:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    if path == DISCOVERY_PATH:
        return client.get(path, headers=headers)
    return client.post(path, data=json.dumps(body), content_type="application/json", headers=headers)


def body_for(path: str) -> Any:
    return {DISCOVERY_PATH: None, SERVICE_PATH: patient_view(), FEEDBACK_PATH: feedback_body()}[path]


# --- accepted ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", [DISCOVERY_PATH, SERVICE_PATH, FEEDBACK_PATH])
@pytest.mark.parametrize("alg", ["ES384", "RS384"])
def test_valid_token_is_accepted_on_every_endpoint(
    jwt_client: FlaskClient, es_key: TestKey, rs_key: TestKey, alg: str, path: str
) -> None:
    """Requirements 176 and 205: ES384 and RS384 tokens with aud = the exact URL open each endpoint."""
    key = es_key if alg == "ES384" else rs_key
    response = call(jwt_client, path, make_token(key, f"{LOCAL}{path}"), body_for(path))
    assert response.status_code == 200, response.get_json()


@pytest.mark.parametrize("path", [DISCOVERY_PATH, SERVICE_PATH, FEEDBACK_PATH])
def test_sandbox_shaped_token_is_accepted(jwt_client: FlaskClient, sandbox_key: TestKey, path: str) -> None:
    """The sandbox's header (alg, typ, kid, jku) and claims (iss, aud, exp = iat + 300, iat, jti)."""
    token = make_token(sandbox_key, f"{LOCAL}{path}", iss=SANDBOX_ISSUER, jku=SANDBOX_JKU, lifetime=300)
    assert call(jwt_client, path, token, body_for(path)).status_code == 200


def test_public_base_url_sets_the_audience(jwt_config: dict[str, Any], es_key: TestKey) -> None:
    """Behind a proxy the EHR calls the public URL: aud is checked against CDS_PUBLIC_BASE_URL + path."""
    client = create_app({**jwt_config, "CDS_PUBLIC_BASE_URL": "https://cds.public.example/"}).test_client()
    public = make_token(es_key, f"https://cds.public.example{DISCOVERY_PATH}")
    internal = make_token(es_key, f"{LOCAL}{DISCOVERY_PATH}")
    assert call(client, DISCOVERY_PATH, public).status_code == 200
    assert call(client, DISCOVERY_PATH, internal).get_json()["reason"] == "bad_audience"


# --- rejected -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", [DISCOVERY_PATH, SERVICE_PATH, FEEDBACK_PATH])
def test_missing_token_is_401_json(jwt_client: FlaskClient, path: str) -> None:
    """Requirement 177: with authentication on, no endpoint answers without a token."""
    response = call(jwt_client, path, None, body_for(path))
    assert response.status_code == 401
    assert response.get_json()["reason"] == "missing_token"


@pytest.mark.parametrize(
    ("make_bad", "reason"),
    [
        (lambda key: make_token(key, f"{LOCAL}{SERVICE_PATH}", lifetime=300, now=time.time() - 600), "expired"),
        (lambda key: make_token(key, f"{LOCAL}{DISCOVERY_PATH}"), "bad_audience"),
        (lambda key: make_token(key, f"{LOCAL}{SERVICE_PATH}", alg="HS384"), "unsupported_algorithm"),
        (lambda key: make_token(key, f"{LOCAL}{SERVICE_PATH}", iss="https://evil.test.example"), "unknown_issuer"),
    ],
    ids=["expired", "discovery-aud-on-service", "hs384", "unknown-iss"],
)
def test_bad_token_is_401_naming_the_reason_without_echoing_it(
    jwt_client: FlaskClient, es_key: TestKey, make_bad: Any, reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    token = make_bad(es_key)
    response = call(jwt_client, SERVICE_PATH, token, patient_view())
    assert response.status_code == 401
    assert response.is_json
    assert response.get_json()["reason"] == reason
    for secret in (token, token.split(".")[1], token.split(".")[2]):
        assert secret not in response.get_data(as_text=True)
        assert secret not in caplog.text


def test_replayed_token_is_401(jwt_client: FlaskClient, es_key: TestKey) -> None:
    token = make_token(es_key, f"{LOCAL}{DISCOVERY_PATH}")
    assert call(jwt_client, DISCOVERY_PATH, token).status_code == 200
    second = call(jwt_client, DISCOVERY_PATH, token)
    assert second.status_code == 401 and second.get_json()["reason"] == "replayed"


@pytest.mark.parametrize("path", [DISCOVERY_PATH, SERVICE_PATH, FEEDBACK_PATH])
def test_cors_preflight_needs_no_token(jwt_client: FlaskClient, path: str) -> None:
    """Browsers send OPTIONS without Authorization; the preflight must still succeed."""
    response = jwt_client.options(
        path,
        headers={
            "Origin": "https://sandbox.cds-hooks.org",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )
    assert response.status_code in (200, 204)
    assert "authorization" in response.headers.get("Access-Control-Allow-Headers", "").lower()


# --- SSRF ----------------------------------------------------------------------------------------------
@pytest.fixture
def fhir_decoy() -> Iterator[JwksServer]:
    """A loopback 'FHIR server' that would answer, counting every request it gets."""
    with running_jwks_server() as server:
        yield server


def test_fhir_server_not_allowed_for_issuer_gets_no_request(
    jwt_client: FlaskClient, es_key: TestKey, fhir_decoy: JwksServer
) -> None:
    """A trusted EHR naming a fhirServer outside its fhir_servers: 400, and not one outbound request,
    so its access token never leaves."""
    body = patient_view(
        fhirServer=fhir_decoy.url("/fhir"),
        fhirAuthorization={
            "access_token": "secret-fhir-token",
            "token_type": "Bearer",
            "expires_in": 300,
            "scope": "patient/*.read",
            "subject": "cds-service",
        },
    )
    del body["prefetch"]["conditions"]
    response = call(jwt_client, SERVICE_PATH, make_token(es_key, f"{LOCAL}{SERVICE_PATH}"), body)
    assert response.status_code == 400
    assert response.get_json()["field"] == "fhirServer"
    assert fhir_decoy.total_requests == 0


# --- replay across two gunicorn worker processes ----------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def gunicorn_two_workers(tmp_path: Path, es_key: TestKey) -> Iterator[tuple[str, Path]]:
    """gunicorn -w 2 on a free loopback port; the access log records each response's worker pid."""
    gunicorn = shutil.which("gunicorn") or str(Path(sys.executable).with_name("gunicorn"))
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    access_log = tmp_path / "access.log"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "CDS_AUTH": "jwt",
        "CDS_TRUSTED_ISSUERS_FILE": str(write_issuers(tmp_path, es_key)),
        "CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'shared.sqlite3'}",
        "CDS_PUBLIC_BASE_URL": base,
        "CDS_LOCALE": "en",
    }
    process = subprocess.Popen(
        [
            gunicorn,
            "-w", "2",
            "-b", f"127.0.0.1:{port}",
            "--access-logfile", str(access_log),
            "--access-logformat", "%(p)s %(s)s %(U)s",
            "--no-control-socket",  # the default control socket path is shared by every gunicorn on the host
            "cds_service:create_app()",
        ],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "gunicorn.err").open("w"),
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if requests.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except requests.RequestException:  # not listening yet, or workers still booting
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"gunicorn did not start: {(tmp_path / 'gunicorn.err').read_text()[-2000:]}")
            time.sleep(0.2)
        yield base, access_log
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _get_on_new_connection(url: str, token: str) -> int:
    response = requests.get(url, headers={"Authorization": f"Bearer {token}", "Connection": "close"}, timeout=10)
    if response.status_code == 401:
        assert response.json()["reason"] == "replayed"
    return response.status_code


def _pids_by_status(access_log: Path) -> dict[str, set[str]]:
    """Worker pids per HTTP status from the gunicorn access log (format "%(p)s %(s)s %(U)s")."""
    pids: dict[str, set[str]] = {}
    for line in access_log.read_text().splitlines():
        pid, status, path = line.split()
        if path == DISCOVERY_PATH:
            pids.setdefault(status, set()).add(pid)
    return pids


@pytest.mark.integration
def test_jti_replay_is_refused_across_two_gunicorn_workers(
    gunicorn_two_workers: tuple[str, Path], es_key: TestKey
) -> None:
    """One token, many fresh connections (in concurrent bursts) to two worker processes: exactly one
    200, every other use 401 replayed. Requests continue until the access log shows a replay refused
    by a worker other than the one that accepted the token (the second worker may still be booting)."""
    base, access_log = gunicorn_two_workers
    url = f"{base}{DISCOVERY_PATH}"
    token = make_token(es_key, url)
    statuses: list[int] = []
    cross_worker_refusals: set[str] = set()
    deadline = time.monotonic() + 40
    with ThreadPoolExecutor(max_workers=6) as pool:
        while not cross_worker_refusals and time.monotonic() < deadline:
            statuses += pool.map(lambda _: _get_on_new_connection(url, token), range(6))
            time.sleep(0.1)  # gunicorn writes the access log line after the response
            pids = _pids_by_status(access_log)
            if len(pids.get("200", ())) > 1:
                break  # accepted by two workers: the replay store is not shared (asserted below)
            if "200" in pids:
                cross_worker_refusals = pids.get("401", set()) - pids["200"]
    assert statuses.count(200) == 1, statuses
    assert statuses.count(401) == len(statuses) - 1, statuses
    assert cross_worker_refusals, "only the accepting worker answered; no cross-worker proof"
