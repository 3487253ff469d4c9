"""Never a 5xx for anything a client sends (design.md quality bar; requirements 14, 76).

Mutates every part of realistic requests, deep inside the prefetched resources too, and posts them:
each answer is 200 with a valid CDS Hooks response or a JSON 4xx naming the problem.
"""

from __future__ import annotations

import copy
import json
import random
from typing import Any

from flask.testing import FlaskClient

from cds_service import schemas
from tests.support.hook import condition, medication_statement, patient_view

GARBAGE: list[Any] = [
    None, "", "garbage", "2026-13-45", "2026-02-30T25:61:00", "1999", "2026-11", -1, 0, 10**30, 1.5e308, True,
    [], [None], {}, {"coding": "x"}, {"coding": [None, 5, {"system": None, "code": ["M54.5"]}]},
    {"value": "ten", "unit": "a"}, {"start": 42}, "<script>alert(1)</script>", "\u0000\u202e", "M54.5" * 500,
]


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found.extend(paths(child, (*prefix, key)))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.extend(paths(child, (*prefix, index)))
    return found


def mutated(body: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    body = copy.deepcopy(body)
    for _ in range(rng.randint(1, 4)):
        candidates = paths(body)[1:]
        if not candidates:
            break
        path = rng.choice(candidates)
        parent: Any = body
        for step in path[:-1]:
            parent = parent[step]
        if isinstance(parent, dict) and rng.random() < 0.2:
            parent.pop(path[-1], None)
        else:
            parent[path[-1]] = copy.deepcopy(rng.choice(GARBAGE))
    return body


def base_requests() -> list[dict[str, Any]]:
    lbp = condition("M54.5", onset="2026-09-01")
    lbp["abatementDateTime"] = "2026-10-01"
    lbp["onsetAge"] = {"value": 40, "unit": "a"}
    statement = medication_statement("N02AJ06")
    statement["dosage"] = [{"asNeededBoolean": True}]
    contained = medication_statement("M01AE01")
    contained.pop("medicationCodeableConcept")
    contained["contained"] = [{"resourceType": "Medication", "id": "m1", "code": {"coding": [
        {"system": "http://www.whocc.no/atc", "code": "M01AE01"}]}}]
    contained["medicationReference"] = {"reference": "#m1"}
    request = {
        "resourceType": "MedicationRequest", "id": "mr1", "status": "active", "intent": "order",
        "subject": {"reference": "Patient/pat-7f3a9c"}, "authoredOn": "2026-08-01",
        "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                                  "code": "7804"}]},
    }
    return [
        patient_view(conditions=[lbp, condition("C79.5", onset="2025-01-01")], medications=[statement, contained],
                     medication_requests=[request]),
        patient_view(conditions=[condition("L03", "urn:oid:2.16.578.1.12.4.1.1.7170", onset="2026-11-20")]),
    ]


def test_mutated_requests_never_give_a_5xx(client: FlaskClient) -> None:
    rng = random.Random(1126)
    statuses: dict[int, int] = {}
    for base in base_requests():
        for _ in range(300):
            body = mutated(base, rng)
            response = client.post("/cds-services/low-back-pain", data=json.dumps(body),
                                   content_type="application/json")
            statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
            assert response.status_code < 500, body
            answer = response.get_json()
            if response.status_code == 200:
                assert schemas.problems("card-response", answer) == [], body
            else:
                assert answer["error"] and answer["message"], body
    assert statuses.get(200, 0) > 100 and sum(v for k, v in statuses.items() if k >= 400) > 20, statuses


def test_mutated_feedback_never_gives_a_5xx(client: FlaskClient) -> None:
    rng = random.Random(2611)
    base = {
        "feedback": [
            {
                "card": "0e5a2a0c-6d1e-4a57-9d41-1d1d1d1d1d1d",
                "outcome": "accepted",
                "acceptedSuggestions": [{"id": "5f1b1b1b-0000-4000-8000-000000000001"}],
                "outcomeTimestamp": "2026-11-26T10:00:00Z",
            },
            {
                "card": "0e5a2a0c-6d1e-4a57-9d41-1d1d1d1d1d1e",
                "outcome": "overridden",
                "overrideReason": {
                    "reason": {"system": "http://lbp-cds.no/fhir/CodeSystem/override-reason", "code": "other"},
                    "userComment": "seen by physio",
                },
                "outcomeTimestamp": "2026-11-26T10:00:00.123+01:00",
            },
        ]
    }
    statuses: set[int] = set()
    for _ in range(300):
        body = mutated(base, rng)
        response = client.post("/cds-services/low-back-pain/feedback", data=json.dumps(body),
                               content_type="application/json")
        statuses.add(response.status_code)
        assert response.status_code < 500, body
        assert response.get_json(), body
    assert {200, 400} <= statuses
