"""The protocol surface: discovery, invocation, errors, CORS, health and logging.

Requirement numbers are those of ../shared/cds-hooks/service-requirements-2.0.txt.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from flask.testing import FlaskClient

from cds_service import schemas
from cds_service.api import negotiate_locale
from cds_service.jsontext import nesting_depth as json_nesting_depth
from tests.support.hook import PATIENT_ID, condition, patient_view

SERVICE = "/cds-services/low-back-pain"


def assert_valid(schema: str, body: Any) -> None:
    assert schemas.problems(schema, body) == []


def post(client: FlaskClient, body: Any, path: str = SERVICE, **kwargs: Any) -> Any:
    return client.post(path, data=json.dumps(body), content_type="application/json", **kwargs)


def assert_json_error(response: Any, status: int, field: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    body: dict[str, Any] = response.get_json()
    assert body["error"] and body["message"]
    if field is not None:
        assert body.get("field") == field, body
    return body


# --- discovery: 4, 5, 6, 7, 8, 9, 10, 11, 13, 29, 36, 55, 56, 57, 59 -------------------------------
def test_discovery_lists_the_service(client: FlaskClient) -> None:
    response = client.get("/cds-services")
    assert response.status_code == 200
    body = response.get_json()
    assert_valid("discovery-response", body)
    (service,) = body["services"]
    assert service["id"] == "low-back-pain"
    assert service["hook"] == "patient-view"
    assert service["title"] and service["description"]
    assert service["prefetch"] == {
        "patient": "Patient/{{context.patientId}}",
        "conditions": "Condition?patient={{context.patientId}}",
        "medications": "MedicationStatement?patient={{context.patientId}}",
        "medicationRequests": "MedicationRequest?patient={{context.patientId}}&status=active",
    }
    assert service["extension"]["http://lbp-cds.no/knowledge-version"]


# --- invocation: 16, 74, 77, 80, 83, 87, 88, 90 -----------------------------------------------------
def test_invocation_without_back_complaint_returns_empty_cards(client: FlaskClient) -> None:
    response = post(client, patient_view())
    assert response.status_code == 200
    assert response.get_json() == {"cards": []}
    assert_valid("card-response", response.get_json())


def test_invocation_with_back_pain_returns_valid_cards(client: FlaskClient) -> None:
    body = patient_view(conditions=[condition("M54.5", onset="2026-11-20")])
    response = post(client, body)
    assert response.status_code == 200
    cards = response.get_json()["cards"]
    assert cards, "an active low back pain condition must give advice"
    assert_valid("card-response", response.get_json())
    for card in cards:
        assert len(card["summary"]) < 140
        assert card["source"]["topic"]["code"].startswith("lbp-")


def test_null_prefetch_values_are_no_data(client: FlaskClient) -> None:
    body = patient_view(conditions=[condition("M54.5")])
    body["prefetch"]["medications"] = None
    body["prefetch"]["medicationRequests"] = None
    response = post(client, body)
    assert response.status_code == 200
    assert_valid("card-response", response.get_json())


# --- errors: one boundary, JSON everywhere (14, 76) --------------------------------------------------
def test_unknown_service_is_404(client: FlaskClient) -> None:
    assert_json_error(post(client, patient_view(), "/cds-services/no-such-service"), 404, "id")


def test_unknown_route_is_json_404(client: FlaskClient) -> None:
    assert_json_error(client.get("/nothing-here"), 404)


def test_wrong_hook_is_400(client: FlaskClient) -> None:
    assert_json_error(post(client, patient_view(hook="order-select")), 400, "hook")


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda b: b.pop("hookInstance"), "$"),
        (lambda b: b.update(hookInstance="not-a-uuid"), "hookInstance"),
        (lambda b: b.pop("context"), "$"),
        (lambda b: b["context"].pop("patientId"), "context"),
        (lambda b: b["context"].pop("userId"), "context"),
        (lambda b: b["context"].update(userId="Device/123"), "context.userId"),
        (lambda b: b["context"].update(patientId=""), "context.patientId"),
        (lambda b: b.update(prefetch={"patient": "Patient/1"}), "prefetch.patient"),
        (lambda b: b.update(prefetch=[]), "prefetch"),
        (
            lambda b: b.update(
                fhirAuthorization={
                    "access_token": "t",
                    "token_type": "Bearer",
                    "expires_in": 300,
                    "scope": "patient/*.read",
                    "subject": "cds-service",
                }
            ),
            "$",
        ),
        (lambda b: b.update(fhirServer="https://ehr.example.org/fhir", fhirAuthorization={"access_token": "t"}),
         "fhirAuthorization"),
        (lambda b: b.update(fhirServer="http://ehr.example.org/fhir"), "fhirServer"),
        (lambda b: b.update(fhirServer="not a url"), "fhirServer"),
    ],
    ids=[
        "no-hookInstance", "bad-hookInstance", "no-context", "no-patientId", "no-userId", "bad-userId",
        "empty-patientId", "prefetch-string", "prefetch-array", "authorization-without-server",
        "authorization-incomplete", "http-fhirServer", "bad-fhirServer",
    ],
)
def test_invalid_envelope_is_400_naming_the_field(client: FlaskClient, mutate: Any, field: str) -> None:
    body = patient_view()
    mutate(body)
    assert_json_error(post(client, body), 400, field)


def test_non_json_content_type_is_415(client: FlaskClient) -> None:
    response = client.post(SERVICE, data=json.dumps(patient_view()), content_type="text/plain")
    assert_json_error(response, 415, "Content-Type")


def test_fhir_json_content_type_is_accepted(client: FlaskClient) -> None:
    response = client.post(SERVICE, data=json.dumps(patient_view()), content_type="application/fhir+json")
    assert response.status_code == 200


def test_body_over_the_limit_is_413(app_config: dict[str, Any]) -> None:
    from cds_service import create_app

    client = create_app({**app_config, "CDS_MAX_BODY_BYTES": 2000}).test_client()
    body = patient_view(conditions=[condition("M54.5") for _ in range(30)])
    assert_json_error(post(client, body), 413)


@pytest.mark.parametrize("data", [b"{", b"[1, 2", b"\xff\xfe", b"null", b"42", b'"text"', b"[]"])
def test_malformed_json_is_400(client: FlaskClient, data: bytes) -> None:
    response = client.post(SERVICE, data=data, content_type="application/json")
    assert_json_error(response, 400)


def test_deep_nesting_is_400(client: FlaskClient) -> None:
    body = patient_view()
    body["prefetch"]["patient"]["extension"] = json.loads("[" * 200 + "]" * 200)
    assert_json_error(post(client, body), 400, "$")


def test_nesting_depth_ignores_brackets_inside_strings() -> None:
    assert json_nesting_depth(b'{"a": "[[[[[[", "b": [1, {"c": 2}]}') == 3
    assert json_nesting_depth(b'"\\"[[["') == 0
    assert json_nesting_depth(b'[["x\\\\"]]') == 2
    assert json_nesting_depth('{"é": ["ø]"]}'.encode()) == 2


def test_nesting_depth_matches_a_parse_on_random_documents() -> None:
    import random

    rng = random.Random(7)
    leaves: list[Any] = ['x"y', "[\\]", "a\\", '{"}', '\\"[', 5, None, "ø]", ""]

    def document(depth: int = 0) -> Any:
        roll = rng.random()
        if depth > 8 or roll < 0.3:
            return rng.choice(leaves)
        if roll < 0.65:
            return [document(depth + 1) for _ in range(rng.randint(0, 3))]
        return {rng.choice(["k", "[", '"q', "\\"]): document(depth + 1) for _ in range(rng.randint(0, 3))}

    def parsed_depth(value: Any) -> int:
        children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else None
        return 0 if children is None else 1 + max((parsed_depth(c) for c in children), default=0)

    for _ in range(2000):
        value = document()
        raw = json.dumps(value, ensure_ascii=rng.random() < 0.5).encode()
        assert json_nesting_depth(raw) == parsed_depth(value), raw


@pytest.mark.parametrize(
    ("method", "path"),
    [("get", SERVICE), ("put", SERVICE), ("delete", "/cds-services"), ("post", "/cds-services"),
     ("get", SERVICE + "/feedback")],
)
def test_wrong_method_is_405(client: FlaskClient, method: str, path: str) -> None:
    assert_json_error(getattr(client, method)(path), 405)


@pytest.mark.parametrize(
    "data",
    [b'{"hook": 1}', b'{"hook": "patient-view", "hookInstance": {}, "context": 5}', b'{"prefetch": {"a": 1}}',
     json.dumps(patient_view(prefetch={"conditions": {"resourceType": "Bundle", "entry": "x"}})).encode()],
)
def test_garbage_never_gives_a_5xx(client: FlaskClient, data: bytes) -> None:
    response = client.post(SERVICE, data=data, content_type="application/json")
    assert 400 <= response.status_code < 500
    assert response.get_json()["error"]


# --- CORS (208) ------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/cds-services", SERVICE, SERVICE + "/feedback"])
def test_preflight_needs_no_token(client: FlaskClient, path: str) -> None:
    response = client.options(
        path,
        headers={
            "Origin": "https://sandbox.cds-hooks.org",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )
    assert response.status_code == 204
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert set(response.headers["Access-Control-Allow-Methods"].replace(" ", "").split(",")) == {
        "GET", "POST", "OPTIONS"
    }
    assert {"authorization", "content-type"} <= set(
        response.headers["Access-Control-Allow-Headers"].replace(" ", "").split(",")
    )


def test_cors_headers_on_post_and_on_errors(client: FlaskClient) -> None:
    ok = post(client, patient_view(), headers={"Origin": "https://sandbox.cds-hooks.org"})
    bad = post(client, {"hook": "x"}, headers={"Origin": "https://sandbox.cds-hooks.org"})
    assert ok.headers["Access-Control-Allow-Origin"] == "*"
    assert bad.headers["Access-Control-Allow-Origin"] == "*"


def test_configured_origins_are_echoed_only_when_allowed(app_config: dict[str, Any]) -> None:
    from cds_service import create_app

    client = create_app({**app_config, "CDS_CORS_ORIGINS": "https://ehr.example.org"}).test_client()
    allowed = client.get("/cds-services", headers={"Origin": "https://ehr.example.org"})
    other = client.get("/cds-services", headers={"Origin": "https://evil.example.org"})
    assert allowed.headers["Access-Control-Allow-Origin"] == "https://ehr.example.org"
    assert "Origin" in allowed.headers["Vary"]
    assert "Access-Control-Allow-Origin" not in other.headers


# --- health ------------------------------------------------------------------------------------------
def test_healthz_and_readyz(client: FlaskClient) -> None:
    assert client.get("/healthz").get_json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.get_json()["status"] == "ready"


# --- locale ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("header", "expected"),
    [(None, "nb"), ("en-US,en;q=0.9", "en"), ("nb-NO", "nb"), ("no", "nb"), ("nn", "nb"), ("de, en;q=0.5", "en"),
     ("en;q=0.4, nb;q=0.8", "nb"), ("fr", "nb"), ("en;q=0", "nb"), ("en;q=abc", "nb")],
)
def test_accept_language(header: str | None, expected: str) -> None:
    assert negotiate_locale(header, "nb") == expected


def test_accept_language_changes_the_card_language(client: FlaskClient) -> None:
    body = patient_view(conditions=[condition("M54.5", onset="2026-11-20")])
    english = post(client, body, headers={"Accept-Language": "en"}).get_json()["cards"]
    norwegian = post(client, body, headers={"Accept-Language": "nb-NO"}).get_json()["cards"]
    assert [c["source"]["topic"]["code"] for c in english] == [c["source"]["topic"]["code"] for c in norwegian]
    assert english[0]["summary"] != norwegian[0]["summary"]


# --- logging: no token, no patient identifier ----------------------------------------------------------
def test_logs_carry_neither_token_nor_patient_id(client: FlaskClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    fake_jwt = "eyJhbGciOiJFUzM4NCJ9.eyJzdWIiOiJzZWNyZXQtdXNlciJ9.c2lnbmF0dXJlLXNlY3JldA"
    body = patient_view(conditions=[condition("M54.5")])
    post(client, body, headers={"Authorization": f"Bearer {fake_jwt}"})
    post(client, {"hook": "patient-view", "context": {"patientId": PATIENT_ID}},
         headers={"Authorization": f"Bearer {fake_jwt}"})
    text = "\n".join(r.getMessage() + json.dumps(vars(r), default=str) for r in caplog.records)
    assert "request" in text, "the access log line must be there"
    assert fake_jwt not in text and "c2lnbmF0dXJlLXNlY3JldA" not in text
    assert PATIENT_ID not in text
    access = [r for r in caplog.records if r.name == "cds_service.access"]
    assert {"method", "route", "status", "duration_ms", "hookInstance"} <= set(vars(access[0]))
    assert access[0].hookInstance == body["hookInstance"]
