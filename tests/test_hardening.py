"""Issue 10 (hardening): each input case of the attack run, answered as the README says.

Through the Flask test client, with scripted FHIR servers on loopback (``tests.support.slow_server``) for
the FHIR server's faults. Every answer is 200 with a valid response or a JSON 4xx naming the field; the
FHIR server's faults are 412 (required key) naming the key and the cause.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from cds_service import create_app, fhir_client, schemas
from cds_service.fhir_client import FhirClient, FhirServer, Timeouts
from tests.support.db import pg_run_database_fixture, store_url_fixture  # noqa: F401  (pytest fixtures)
from tests.support.hook import PATIENT_ID, condition, patient, patient_view, searchset
from tests.support.slow_server import Reply, StubServer

SERVICE = "/cds-services/low-back-pain"
FEEDBACK = "/cds-services/low-back-pain/feedback"
TOKEN = "hardening-token-3b1d"


@pytest.fixture(scope="module")
def fhir_app(tmp_path_factory: pytest.TempPathFactory) -> Flask:
    """One app for the module (building one costs half a second): auth off, http FHIR servers allowed."""
    return create_app(
        {
            "CDS_AUTH": "off",
            "CDS_DATABASE_URL": f"sqlite:///{tmp_path_factory.mktemp('hardening') / 'cds.sqlite3'}",
            "CDS_LOCALE": "en",
            "CDS_FHIR_ALLOW_HTTP": True,
        }
    )


@pytest.fixture
def fhir_http(fhir_app: Flask) -> FlaskClient:
    return fhir_app.test_client()


@pytest.fixture
def client(fhir_http: FlaskClient) -> FlaskClient:
    return fhir_http


def post(client: FlaskClient, body: Any, path: str = SERVICE) -> Any:
    data = body if isinstance(body, str | bytes) else json.dumps(body)
    return client.post(path, data=data, content_type="application/json")


def assert_valid_200(response: Any) -> None:
    assert response.status_code == 200, response.get_data(as_text=True)
    assert schemas.problems("card-response", response.get_json()) == []


def assert_4xx_naming(response: Any, status: int, field: str) -> dict[str, Any]:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    body: dict[str, Any] = response.get_json()
    assert body["error"] and body["message"]
    assert body.get("field") == field, body
    return body


def without_patient(**top_level: Any) -> dict[str, Any]:
    """A request whose patient key must be fetched from fhirServer (conditions etc. prefetched)."""
    body = patient_view(conditions=[condition("M54.5", onset="2026-09-01")], **top_level)
    del body["prefetch"]["patient"]
    return body


# --- 5xx from input ------------------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "1e400", "10000", "1e15", "100000000000"])
@pytest.mark.parametrize("key", ["onsetAge", "abatementAge"])
@pytest.mark.parametrize("unit", ["a", "mo", "wk", "d"])
def test_an_unreadable_or_huge_age_is_skipped_not_a_5xx(client: FlaskClient, key: str, value: str, unit: str) -> None:
    """Finding: onsetAge/abatementAge value NaN or 10000 a gave a 500 (ValueError/OverflowError)."""
    lbp = condition("M54.5", onset=None if key == "onsetAge" else "2026-09-01")
    lbp[key] = {"value": 1, "unit": unit}
    text = json.dumps(patient_view(conditions=[lbp])).replace('"value": 1,', f'"value": {value},')
    assert_valid_200(post(client, text))


@pytest.mark.parametrize("token", ["t\u20acken", "\u4e2d\u6587", "tok\u00e9n", "a b", "tok\n", "\x00"])
def test_an_access_token_that_cannot_be_sent_is_a_400_before_any_fetch(fhir_http: FlaskClient, token: str) -> None:
    """Finding: an access token with a non-Latin-1 character, when keys must be fetched, gave a 500.

    RFC 6750 §2.1: a bearer token is b64token (visible ASCII); anything else cannot go in a header."""
    with StubServer(lambda m, t: Reply.json(200, patient())) as stub:
        body = without_patient(
            fhirServer=stub.base_url,
            fhirAuthorization={"access_token": token, "token_type": "Bearer", "expires_in": 300,
                               "scope": "patient/*.read", "subject": "cds-service"},
        )
        assert_4xx_naming(post(fhir_http, body), 400, "fhirAuthorization.access_token")
    assert stub.requests == []


@pytest.mark.parametrize(
    "timestamp",
    ["9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "0000-01-01T00:00:00Z", "2026-02-30T10:00:00Z",
     "2026-01-01T24:00:00Z", "2026-01-01T10:00:00+24:00"],
)
def test_an_outcome_timestamp_out_of_range_is_a_400(client: FlaskClient, timestamp: str) -> None:
    """Finding: outcomeTimestamp 9999-12-31T23:59:59-14:00 gave a 500 (OverflowError in UTC conversion)."""
    body = {"feedback": [{"card": "c1", "outcome": "overridden", "outcomeTimestamp": timestamp}]}
    assert_4xx_naming(post(client, body, FEEDBACK), 400, "feedback[0].outcomeTimestamp")


def _overridden(**changes: Any) -> dict[str, Any]:
    item: dict[str, Any] = {
        "card": "0e5a2a0c-6d1e-4a57-9d41-1d1d1d1d1d1d",
        "outcome": "overridden",
        "outcomeTimestamp": "2026-11-26T10:00:00Z",
        "overrideReason": {
            "reason": {"system": "http://lbp-cds.no/fhir/CodeSystem/override-reason", "code": "patient-declined",
                       "display": "Patient declined"},
            "userComment": "seen by physio",
        },
    }
    item.update(changes)
    return item


_FEEDBACK_STRINGS = {
    "feedback[0].card": lambda s: _overridden(card=s),
    "feedback[0].overrideReason.userComment": lambda s: _overridden(
        overrideReason={"reason": {"system": "s", "code": "c"}, "userComment": s}),
    "feedback[0].overrideReason.reason.code": lambda s: _overridden(
        overrideReason={"reason": {"system": "s", "code": s}}),
    "feedback[0].overrideReason.reason.system": lambda s: _overridden(
        overrideReason={"reason": {"system": s, "code": "c"}}),
    "feedback[0].overrideReason.reason.display": lambda s: _overridden(
        overrideReason={"reason": {"system": "s", "code": "c", "display": s}}),
    "feedback[0].acceptedSuggestions[0].id": lambda s: {
        "card": "c1", "outcome": "accepted", "outcomeTimestamp": "2026-11-26T10:00:00Z",
        "acceptedSuggestions": [{"id": s}]},
}


@pytest.mark.parametrize("field", sorted(_FEEDBACK_STRINGS))
@pytest.mark.parametrize("text", ["\ud800", "ok \udfff", "\udc00\ud800"])
def test_a_lone_surrogate_in_any_feedback_string_is_a_400_naming_it(client: FlaskClient, field: str, text: str) -> None:
    """Finding: a lone surrogate ("\\ud800") in any feedback string gave a 500 (not encodable as UTF-8)."""
    body = {"feedback": [_FEEDBACK_STRINGS[field](text)]}
    assert_4xx_naming(post(client, body, FEEDBACK), 400, field)


def test_a_surrogate_pair_in_feedback_is_text_and_is_stored(client: FlaskClient) -> None:
    body = {"feedback": [_overridden(overrideReason={"reason": {"system": "s", "code": "c"},
                                                     "userComment": "ok \U0001f600"})]}
    response = post(client, body, FEEDBACK)
    assert response.status_code == 200 and response.get_json()["stored"] == 1


def test_a_nul_character_in_any_feedback_string_is_a_400_on_every_database(store_url: str) -> None:
    """Finding: \\u0000 in feedback text gave a 500 on PostgreSQL (text cannot hold NUL); SQLite alike."""
    http = create_app({"CDS_AUTH": "off", "CDS_DATABASE_URL": store_url, "CDS_LOCALE": "en"}).test_client()
    for field, build in sorted(_FEEDBACK_STRINGS.items()):
        body = {"feedback": [build("before\u0000after")]}
        assert_4xx_naming(post(http, body, FEEDBACK), 400, field)


def test_a_lone_surrogate_in_a_hook_request_is_a_400_naming_the_field(client: FlaskClient) -> None:
    lbp = condition("M54.5", onset="2026-09-01")
    lbp["code"]["coding"][0]["display"] = "lumbago \ud800"
    response = post(client, patient_view(conditions=[lbp]))
    assert_4xx_naming(response, 400, "prefetch.conditions.entry[0].resource.code.coding[0].display")


def test_a_surrogate_pair_in_a_hook_request_is_text(client: FlaskClient) -> None:
    lbp = condition("M54.5", onset="2026-09-01")
    lbp["code"]["coding"][0]["display"] = "lumbago \U0001f600"
    assert_valid_200(post(client, patient_view(conditions=[lbp])))


def _server_fault(fhir_http: FlaskClient, reply: Reply) -> Any:
    with StubServer(lambda m, t: reply) as stub:
        return post(fhir_http, without_patient(fhirServer=stub.base_url))


def test_a_fhir_server_answering_100000_nested_brackets_is_a_412(fhir_http: FlaskClient) -> None:
    """Finding: a FHIR server answering 200 with 100,000 nested [ gave a 500 (RecursionError)."""
    response = _server_fault(fhir_http, Reply(200, b"[" * 100_000, {"Content-Type": "application/fhir+json"}))
    body = assert_4xx_naming(response, 412, "prefetch.patient")
    assert body["cause"] == fhir_client.INVALID_RESPONSE


def test_a_fhir_server_answering_json_nested_past_the_limit_is_a_412(fhir_http: FlaskClient) -> None:
    deep: Any = "x"
    for _ in range(200):
        deep = {"extension": deep}
    resource = {**patient(), "deep": deep}
    body = assert_4xx_naming(_server_fault(fhir_http, Reply.json(200, resource)), 412, "prefetch.patient")
    assert body["cause"] == fhir_client.INVALID_RESPONSE


def test_a_fhir_server_answering_a_lone_surrogate_is_a_412(fhir_http: FlaskClient) -> None:
    text = json.dumps(patient()).replace('"female"', '"fe\\ud800male"').encode()
    response = _server_fault(fhir_http, Reply(200, text, {"Content-Type": "application/fhir+json"}))
    body = assert_4xx_naming(response, 412, "prefetch.patient")
    assert body["cause"] == fhir_client.INVALID_RESPONSE


def test_a_fhir_server_answering_another_patient_is_a_412_not_a_400(fhir_http: FlaskClient) -> None:
    """Finding: a Patient with another id from the server gave 400 ("prefetch ... not the patient"), though
    nothing was prefetched: the server's fault, so 412 with the cause."""
    response = _server_fault(fhir_http, Reply.json(200, patient(patient_id="someone-else")))
    body = assert_4xx_naming(response, 412, "prefetch.patient")
    assert body["cause"] == fhir_client.INVALID_RESPONSE
    assert "prefetch" not in body["message"].split(":")[-1] or "server" in body["message"]


def test_a_prefetched_patient_with_another_id_is_still_a_400(client: FlaskClient) -> None:
    body = patient_view(patient_resource=patient(patient_id="someone-else"))
    assert_4xx_naming(post(client, body), 400, "prefetch.patient")


# --- the body limit, however the body is framed --------------------------------------------------------
def _chunked_environ_post(app: Flask, payload: bytes) -> Any:
    """POST with no Content-Length and a terminated input stream: what gunicorn gives for a chunked body."""
    client = app.test_client()
    return client.post(
        SERVICE,
        input_stream=io.BytesIO(payload),
        content_type="application/json",
        headers={"Transfer-Encoding": "chunked"},
        environ_overrides={"wsgi.input_terminated": True},
    )


def test_a_chunked_body_over_the_limit_is_a_413_not_truncated(tmp_path: Path) -> None:
    """Finding: valid JSON padded to CDS_MAX_BODY_BYTES plus trailing junk, sent chunked, got a 200."""
    limit = 4096
    app = create_app({"CDS_AUTH": "off", "CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'c.sqlite3'}",
                      "CDS_MAX_BODY_BYTES": limit})
    document = json.dumps(patient_view()).encode()
    padded = document + b" " * (limit - len(document))
    assert len(padded) == limit
    assert _chunked_environ_post(app, padded).status_code == 200  # exactly the limit: accepted
    response = _chunked_environ_post(app, padded + b"junk")
    assert_4xx_naming(response, 413, "$")


def test_a_content_length_body_over_the_limit_is_a_413(tmp_path: Path) -> None:
    app = create_app({"CDS_AUTH": "off", "CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'c.sqlite3'}",
                      "CDS_MAX_BODY_BYTES": 4096})
    response = app.test_client().post(SERVICE, data=b"{" + b" " * 5000 + b"}", content_type="application/json")
    assert_4xx_naming(response, 413, "$")


# --- patterns ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("hookInstance",), "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea\n"),
        (("context", "patientId"), f"{PATIENT_ID}\n"),
        (("context", "userId"), "Practitioner/prac-1\n"),
        (("context", "encounterId"), "enc-1\n"),
    ],
)
def test_a_pattern_ending_in_dollar_does_not_accept_a_trailing_newline(
    client: FlaskClient, path: tuple[str, ...], value: str
) -> None:
    """Finding: hookInstance "...\\n" got a 200 (Python's $ matches before a final newline)."""
    body = patient_view()
    target = body
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    assert_4xx_naming(post(client, body), 400, ".".join(path))


def test_a_feedback_timestamp_with_a_trailing_newline_is_a_400(client: FlaskClient) -> None:
    body = {"feedback": [{"card": "c1", "outcome": "overridden", "outcomeTimestamp": "2026-11-26T10:00:00Z\n"}]}
    assert_4xx_naming(post(client, body, FEEDBACK), 400, "feedback[0].outcomeTimestamp")


def test_every_schema_pattern_refuses_a_trailing_newline() -> None:
    """Every ``pattern`` in our schemas, with a value it accepts, refuses that value plus a newline."""
    from cds_service.schemas import pattern_matches

    samples = {
        "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
        "outcomeTimestamp": "2026-11-26T10:00:00Z",
    }
    for pattern_owner, value in samples.items():
        assert pattern_matches(_pattern_of(pattern_owner), value)
        assert not pattern_matches(_pattern_of(pattern_owner), value + "\n")


def _pattern_of(name: str) -> str:
    for schema_name in schemas.SCHEMA_NAMES:
        found = _find_pattern(schemas.validator(schema_name).schema, name)
        if found:
            return found
    raise KeyError(name)


def _find_pattern(node: Any, name: str) -> str | None:
    if isinstance(node, dict):
        if isinstance(node.get(name), dict) and "pattern" in node[name]:
            return str(node[name]["pattern"])
        for child in node.values():
            found = _find_pattern(child, name)
            if found:
                return found
    elif isinstance(node, list):
        for child in node:
            found = _find_pattern(child, name)
            if found:
                return found
    return None


# --- the 503 on feedback ---------------------------------------------------------------------------------
def test_a_feedback_503_does_not_promise_that_nothing_was_stored(tmp_path: Path) -> None:
    """Finding: the 503 could follow a commit that succeeded; the body must say the items may be stored and
    that resending is safe (the same item is stored once)."""
    from tests.support.db import SqliteOutage

    database = tmp_path / "db" / "cds.sqlite3"
    database.parent.mkdir()
    app = create_app({"CDS_AUTH": "off", "CDS_DATABASE_URL": f"sqlite:///{database}"})
    outage = SqliteOutage(database)
    outage.cut()
    try:
        response = post(app.test_client(), {"feedback": [_overridden()]}, FEEDBACK)
    finally:
        outage.restore()
    assert response.status_code == 503
    body = response.get_json()
    message = body["message"].lower()
    assert "nothing" not in message and "not stored" not in message
    assert "may" in message and "resend" in message
    assert body.get("stored") == "unknown"


# --- every fetched URL held to fhirServer's path -------------------------------------------------------
def test_a_next_link_outside_the_fhir_server_path_gets_no_token() -> None:
    """Finding: fhirServer http://host/fhir; a next link to http://host/other-tenant/fhir/... received the
    access token (paging was checked by origin, the allowlist by path)."""
    holder: dict[str, str] = {}

    def router(method: str, target: str) -> Reply:
        if target.startswith("/fhir/Condition"):
            return Reply.json(200, {**searchset(condition("M54.5")),
                                    "link": [{"relation": "next", "url": holder["elsewhere"]}]})
        return Reply.json(200, searchset(condition("C79.5")))

    client = FhirClient(Timeouts(0.5, 0.5))
    with StubServer(router) as stub:
        holder["elsewhere"] = f"{stub.origin}/other-tenant/fhir/Condition?page=2"
        result = client.search(FhirServer(stub.base_url, TOKEN), "Condition?patient=p1",
                               deadline=_far(), max_resources=100, label="conditions")
    client.close()
    assert [r.target for r in stub.requests] == ["/fhir/Condition?patient=p1"]
    assert result.cut == "page-unreadable"
    assert len(result.resources) == 1


@pytest.mark.parametrize("suffix", ["/../other-tenant/fhir/Condition?page=2", "-evil/Condition?page=2",
                                    "/%2e%2e/other/Condition", "/Condition/..%2f..%2fother"])
def test_a_next_link_escaping_the_path_by_tricks_gets_no_token(suffix: str) -> None:
    holder: dict[str, str] = {}

    def router(method: str, target: str) -> Reply:
        return Reply.json(200, {**searchset(condition("M54.5")), "link": [{"relation": "next", "url": holder["n"]}]})

    client = FhirClient(Timeouts(0.5, 0.5))
    with StubServer(router) as stub:
        holder["n"] = f"{stub.base_url}{suffix}"
        result = client.search(FhirServer(stub.base_url, TOKEN), "Condition?patient=p1",
                               deadline=_far(), max_resources=100, label="conditions")
    client.close()
    assert len(stub.requests) == 1 and result.cut == "page-unreadable"


def test_a_prefetched_page_whose_next_link_leaves_the_path_is_not_followed_with_the_token(
    fhir_http: FlaskClient,
) -> None:
    seen: list[str] = []

    def router(method: str, target: str) -> Reply:
        seen.append(target)
        if target.startswith("/fhir/Condition"):
            return Reply.json(200, searchset(condition("M54.5", onset="2026-09-01")))
        return Reply.json(200, searchset())

    with StubServer(router) as stub:
        body = patient_view(
            fhirServer=stub.base_url,
            fhirAuthorization={"access_token": TOKEN, "token_type": "Bearer", "expires_in": 300,
                               "scope": "patient/*.read", "subject": "cds-service"},
        )
        page = searchset(condition("M54.4", onset="2026-09-01"))
        page["link"] = [{"relation": "next", "url": f"{stub.origin}/other-tenant/fhir/Condition?page=2"}]
        body["prefetch"]["conditions"] = page
        response = post(fhir_http, body)
        assert_valid_200(response)
        assert all(t.startswith("/fhir/") for t in seen), seen
        assert all(r.headers.get("authorization") == f"Bearer {TOKEN}" for r in stub.requests)


def _far() -> float:
    import time

    return time.monotonic() + 10
