"""What an integrator meets over HTTP: refusals logged with why and where, Private Network Access preflights,
and one auth-off warning per service start."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from flask.testing import FlaskClient

from cds_service.errors import BadRequest, PreconditionFailed, Unauthorized, value_free
from tests.support.hook import PATIENT_ID, condition, patient_view
from tests.support.slow_server import free_port

ROOT = Path(__file__).resolve().parent.parent
SERVICE = "/cds-services/low-back-pain"


def refusals(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "cds_service.api" and r.getMessage().startswith("request refused")]


# --- refusals in the log --------------------------------------------------------------------------------------


def test_an_http_fhir_server_refusal_is_logged_with_its_reason_and_field(
    client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    """The sandbox with a local http FHIR server: the 400 says why in the log, not only in the body."""
    caplog.set_level(logging.INFO)
    body = patient_view(conditions=[condition("M54.5")])
    body["fhirServer"] = "http://localhost:8080/fhir"
    response = client.post(SERVICE, json=body)
    assert response.status_code == 400
    (record,) = refusals(caplog)
    assert record.levelno == logging.WARNING
    assert "CDS_FHIR_ALLOW_HTTP" in record.getMessage()
    assert vars(record)["field"] == "fhirServer" and vars(record)["status"] == 400
    assert vars(record)["error"] == "bad_request" and vars(record)["route"] == "/cds-services/<service_id>"


def test_a_refusal_log_never_carries_the_value_sent(client: FlaskClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    secret_id = "patient-id-must-not-be-logged"
    body = patient_view(conditions=[condition("M54.5")])
    body["context"]["patientId"] = secret_id + " with a space"  # fails the schema pattern
    assert client.post(SERVICE, json=body).status_code == 400
    body = patient_view(conditions=[condition("M54.5")])
    body["context"]["patientId"] = 1234567  # a number: jsonschema would print it bare
    assert client.post(SERVICE, json=body).status_code == 400
    assert client.post("/cds-services/" + secret_id, json=body).status_code == 404
    assert client.post(SERVICE, data="x", content_type="text/" + secret_id).status_code == 415
    records = refusals(caplog)
    assert len(records) == 4
    for record in records:
        text = record.getMessage() + repr(vars(record))
        assert secret_id not in text and "1234567" not in text and PATIENT_ID not in text
    assert records[0].__dict__["field"] == "context.patientId"
    assert "does not match" in records[0].getMessage()
    assert "is not of type 'string'" in records[1].getMessage()
    assert records[2].levelno == logging.INFO, "an unknown service id (or route) is scanners' noise"


def test_log_reasons_are_categories_or_value_free_messages() -> None:
    assert Unauthorized("expired", "the JWT expired at 12:00").log_reason() == "expired"
    assert PreconditionFailed("conditions", "timeout", "could not read 'conditions'").log_reason() == "timeout"
    assert BadRequest("'abc' is not one of ['x', 'y']").log_reason() == "'…' is not one of […]"
    assert value_free('{"a": [1, {"b": 2}]} 3.5 "q"') == "{'…': […, {…}]} … '…'"
    assert BadRequest("x", field="prefetch." + "k" * 500).log_field() == "prefetch." + "k" * 111


# --- CORS: Private Network Access -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/cds-services", SERVICE, SERVICE + "/feedback"])
def test_a_preflight_asking_for_private_network_access_gets_it(client: FlaskClient, path: str) -> None:
    response = client.options(path, headers={
        "Origin": "https://sandbox.cds-hooks.org",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type",
        "Access-Control-Request-Private-Network": "true",
    })
    assert response.status_code == 204
    assert response.headers["Access-Control-Allow-Private-Network"] == "true"
    assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_private_network_access_only_when_asked_and_only_for_allowed_origins(tmp_path: Path) -> None:
    from cds_service import create_app

    plain = create_app({"CDS_AUTH": "off", "CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'a.sqlite3'}"}).test_client()
    asked = {"Origin": "https://ehr.example.org", "Access-Control-Request-Method": "POST"}
    assert "Access-Control-Allow-Private-Network" not in plain.options(SERVICE, headers=asked).headers
    assert "Access-Control-Allow-Private-Network" not in plain.post(
        SERVICE, json={}, headers={**asked, "Access-Control-Request-Private-Network": "true"}
    ).headers, "preflights only"
    limited = create_app({
        "CDS_AUTH": "off", "CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'b.sqlite3'}",
        "CDS_CORS_ORIGINS": "https://ehr.example.org",
    }).test_client()
    private = {"Access-Control-Request-Private-Network": "true", "Access-Control-Request-Method": "POST"}
    allowed = limited.options(SERVICE, headers={**private, "Origin": "https://ehr.example.org"})
    other = limited.options(SERVICE, headers={**private, "Origin": "https://elsewhere.example"})
    assert allowed.headers["Access-Control-Allow-Private-Network"] == "true"
    assert "Access-Control-Allow-Private-Network" not in other.headers


# --- one auth-off warning ------------------------------------------------------------------------------------


@pytest.mark.integration
def test_serve_with_auth_off_warns_once(tmp_path: Path) -> None:
    """`serve` builds the app in the gunicorn master and in each of its two workers: one warning, not three."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CDS_")}
    env["CDS_AUTH"] = "off"
    log_file = tmp_path / "serve.log"
    with log_file.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "cds_service", "serve", "--port", str(port), "--workers", "2"],
            cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 30
        answered = 0
        while time.monotonic() < deadline and answered < 10:  # enough calls to reach both workers
            try:
                answered += requests.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200
            except requests.RequestException:
                time.sleep(0.1)
        assert answered == 10, log_file.read_text()[-3000:]
        time.sleep(0.5)  # both workers booted by now
    finally:
        process.terminate()
        process.wait(timeout=15)
    text = log_file.read_text()
    assert text.count("Booting worker") == 2 or text.count('"service ready"') >= 2, text[-3000:]
    assert text.count("AUTHENTICATION IS OFF") == 1, text
