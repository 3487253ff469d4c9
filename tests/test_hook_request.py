"""The envelope fast path never accepts what the JSON Schema refuses (requirements 55-59, 3)."""

from __future__ import annotations

import copy
import random
from typing import Any

import pytest

from cds_service import schemas
from cds_service.hook_request import parse_hook_request, plainly_valid
from tests.support.hook import condition, patient_view

ODD_VALUES: list[Any] = [
    None, "", " ", 0, 7, 1.5, True, [], {}, [1], {"a": 1}, "x\n", "Practitioner/\n", "Practitioner/a b",
    "Device/1", "https://ehr.example.org/fhir", "http://ehr", "ftp://x", "https://a b", "a" * 65,
    "123e4567-e89b-12d3-a456-426614174000", "123e4567-e89b-12d3-a456-42661417400", "patient-view",
    {"resourceType": "Bundle"}, {"resourceType": ""}, {"resourceType": 5}, {"id": "x"},
]
PATHS: list[tuple[str, ...]] = [
    ("hook",), ("hookInstance",), ("context",), ("context", "userId"), ("context", "patientId"),
    ("context", "encounterId"), ("fhirServer",), ("prefetch",), ("prefetch", "patient"),
    ("prefetch", "conditions"), ("prefetch", "extra"), ("fhirAuthorization",),
]


def mutate(body: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    body = copy.deepcopy(body)
    for _ in range(rng.randint(1, 3)):
        path = rng.choice(PATHS)
        parent: Any = body
        for key in path[:-1]:
            parent = parent.get(key) if isinstance(parent, dict) else None
        if not isinstance(parent, dict):
            continue
        if rng.random() < 0.2:
            parent.pop(path[-1], None)
        else:
            parent[path[-1]] = copy.deepcopy(rng.choice(ODD_VALUES))
    return body


def test_typical_requests_take_the_fast_path() -> None:
    body = patient_view(conditions=[condition("M54.5")], fhirServer="https://ehr.example.org/fhir")
    assert plainly_valid(body)
    body["context"]["encounterId"] = "enc-1"
    assert plainly_valid(body)


def test_fast_path_accepts_nothing_the_schema_refuses() -> None:
    rng = random.Random(20261126)
    base = patient_view(conditions=[condition("M54.5")], fhirServer="https://ehr.example.org/fhir")
    fast = 0
    for _ in range(3000):
        body = mutate(base, rng)
        if plainly_valid(body):
            fast += 1
            assert schemas.problems("hook-request", body) == [], body
    assert fast > 100, "the fuzz must exercise the fast path too"


@pytest.mark.parametrize("seed", range(5))
def test_parse_agrees_with_the_schema(seed: int) -> None:
    """Whatever path a body takes, parse accepts it exactly when the schema does (hook aside)."""
    from cds_service.errors import BadRequest

    rng = random.Random(seed)
    base = patient_view(fhirServer="https://ehr.example.org/fhir")
    for _ in range(300):
        body = mutate(base, rng)
        schema_ok = schemas.problems("hook-request", body) == []
        try:
            parse_hook_request(body, expected_hook=str(body.get("hook")), allow_http_fhir=True)
            parsed = True
        except BadRequest:
            parsed = False
        assert parsed == schema_ok, body


@pytest.mark.parametrize("expires_in", [300, 300.0, 0.0])
def test_an_integral_number_is_an_integer_expires_in(expires_in: float) -> None:
    """JSON Schema's "integer" admits 300.0 (found by schemathesis: the compiled build answered 500)."""
    body = patient_view(fhirServer="https://ehr.example.org/fhir")
    body["fhirAuthorization"] = {"access_token": "t", "token_type": "Bearer", "expires_in": expires_in,
                                 "scope": "patient/*.read", "subject": "cds-service"}
    assert schemas.problems("hook-request", body) == []
    parsed = parse_hook_request(body, expected_hook="patient-view", allow_http_fhir=False)
    assert parsed.fhir_authorization is not None
    assert type(parsed.fhir_authorization.expires_in) is int
    assert parsed.fhir_authorization.expires_in == int(expires_in)
