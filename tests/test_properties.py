"""Property-based tests (issue 10): whatever a client sends, never a 5xx; every 200 is a valid response.

Three properties, each over thousands of derandomised examples (``derandomize=True``, no example database,
so CI is repeatable): the hook request envelope, the FHIR resources inside its prefetch, and the feedback
body. Strings include lone surrogates, NUL, control and non-Latin-1 characters; numbers include NaN,
infinities and huge values (written as JSON the way Python's encoder writes them); structures are nested
and of the wrong type where a resource expects another.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, timedelta, timezone
from typing import Any

import pytest
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cds_service import create_app, schemas
from tests.support.hook import PATIENT_ID, condition, medication_statement, patient, patient_view

SERVICE = "/cds-services/low-back-pain"
FEEDBACK = "/cds-services/low-back-pain/feedback"

def property_settings(examples: int) -> settings:
    return settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )


@pytest.fixture(scope="module")
def http() -> Iterator[FlaskClient]:
    app = create_app({"CDS_AUTH": "off", "CDS_DATABASE_URL": "sqlite:///:memory:", "CDS_LOCALE": "en",
                      "CDS_FHIR_ALLOW_HTTP": True})
    yield app.test_client()


# --- building blocks ----------------------------------------------------------------------------------------
hostile_chars = st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from(["\x00", "\ud800", "\udfff", "\u202e", "\u20ac", "\U0001f600", "\n", "\r", "\t", "\\", '"']),
)
hostile_text = st.text(hostile_chars, max_size=12)
ODD_NUMBERS = [float("nan"), float("inf"), float("-inf"), 1e308, -1e308, 5e-324, 10000, 20000, 123456, 10**9,
               10**20, 2**63, -1, 0.5, 1e15, 99999.9, 8100.5]
"""NaN and infinities (Python's encoder writes them), ages past year 9999 (10000 a) and beyond C long."""
numbers = st.one_of(
    st.sampled_from(ODD_NUMBERS),
    st.integers(min_value=0, max_value=120),
    st.floats(min_value=0, max_value=120),
    st.sampled_from(ODD_NUMBERS),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
)
scalars = st.one_of(st.none(), st.booleans(), numbers, hostile_text)
HOSTILE_POOL: list[Any] = [
    None, "", "\x00", "\ud800", "x\udfff", "\u202e", "2026-13-45", "2026-02-30T25:61:00", "1999", 10**30, -1,
    float("nan"), float("inf"), 1.5e308, True, [], [None], {}, {"coding": "x"}, {"coding": [None, 5, {}]},
    {"value": "ten", "unit": "a"}, {"start": 42}, {"reference": "Patient/other"}, {"resourceType": "Patient"},
    "<script>alert(1)</script>", "M54.5" * 50, [[[[[]]]]], {"a": {"b": {"c": {"d": []}}}},
]
json_values = st.one_of(
    st.sampled_from(HOSTILE_POOL),
    st.recursive(
        scalars,
        lambda children: st.one_of(st.lists(children, max_size=3), st.dictionaries(hostile_text, children, max_size=3)),
        max_leaves=3,
    ),
)

def mostly(valid: Any, *hostile: Any) -> Any:
    """``valid`` three times in four, else one of ``hostile``: most examples get deep into the pipeline."""
    return st.one_of(valid, valid, valid, st.one_of(*hostile) if hostile else json_values)


ICD10 = "http://hl7.org/fhir/sid/icd-10"
ICPC2 = "urn:oid:2.16.578.1.12.4.1.1.7170"
SNOMED = "http://snomed.info/sct"
ATC = "http://www.whocc.no/atc"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
CONDITION_CODES = [
    (ICD10, "M54.5"), (ICD10, "M54.4"), (ICD10, "M51.1"), (ICD10, "C79.5"), (ICD10, "G83.4"), (ICD10, "S32.0"),
    (ICD10, "M48.0"), (ICD10, "M80.0"), (ICPC2, "L03"), (ICPC2, "L86"), (SNOMED, "279039007"),
    ("http://hl7.org/fhir/sid/icd-10-cm", "M54.50"), (SNOMED, "202752002"),
]
MEDICATION_CODES = [(ATC, "N02AJ06"), (ATC, "M01AE01"), (ATC, "H02AB06"), (ATC, "N05BA01"), (ATC, "N02AX02"),
                    (RXNORM, "7804"), (RXNORM, "5640"), (RXNORM, "10689")]
valid_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2026, 11, 30)).map(lambda d: d.isoformat())
odd_dates = st.sampled_from(["2026-02-30", "1999", "2026-11", "2026-11-01T10:00:00+01:00", "9999-12-31",
                             "0001-01-01", "2026-11-01T25:00:00Z", "", "garbage", "2026-11-01T10:00:00"])
dates = mostly(valid_dates, odd_dates, hostile_text, json_values)


def coded(pairs: list[tuple[str, str]]) -> Any:
    coding = st.sampled_from(pairs).flatmap(
        lambda pair: st.fixed_dictionaries(
            {"system": st.just(pair[0]), "code": st.just(pair[1])}, optional={"display": hostile_text}
        )
    )
    return mostly(st.fixed_dictionaries({"coding": st.lists(coding, min_size=1, max_size=2)},
                                        optional={"text": hostile_text}),
                  st.fixed_dictionaries({"coding": st.lists(json_values, max_size=2)}), json_values)


age_units = st.sampled_from(["a", "mo", "wk", "d", "min", "years", "x"])
age = mostly(st.fixed_dictionaries({"value": numbers, "unit": age_units},
                                   optional={"system": st.just("http://unitsofmeasure.org"), "code": age_units}),
             json_values)
clinical = mostly(
    st.fixed_dictionaries({"coding": st.lists(st.fixed_dictionaries({
        "system": st.just("http://terminology.hl7.org/CodeSystem/condition-clinical"),
        "code": st.sampled_from(["active", "resolved", "inactive", "remission", "recurrence", "relapse", "x"]),
    }), min_size=1, max_size=2)}),
    json_values,
)
ONSETS: dict[str, Any] = {
    "onsetDateTime": dates, "onsetAge": age, "onsetString": hostile_text,
    "onsetPeriod": st.fixed_dictionaries({}, optional={"start": dates, "end": dates}),
}
ABATEMENTS: dict[str, Any] = {
    "abatementDateTime": dates, "abatementAge": age, "abatementBoolean": st.booleans(),
    "abatementPeriod": st.fixed_dictionaries({}, optional={"start": dates, "end": dates}),
}
CONDITION_EXTRAS: dict[str, Any] = {
    "verificationStatus": clinical, "recordedDate": dates, "category": json_values, "extension": json_values,
    "subject": json_values, "bodySite": st.lists(json_values, max_size=2), "id": json_values,
    "evidence": json_values, "note": json_values,
}


@st.composite
def conditions(draw: Any) -> dict[str, Any]:
    resource = condition("M54.5", onset=None)
    resource["code"] = draw(coded(CONDITION_CODES))
    resource["clinicalStatus"] = draw(clinical)
    onset = draw(st.sampled_from([None, "onsetAge", *sorted(ONSETS)]))
    if onset:
        resource[onset] = draw(ONSETS[onset])
    abatement = draw(st.sampled_from([None, "abatementAge", *sorted(ABATEMENTS)]))
    if abatement:
        resource[abatement] = draw(ABATEMENTS[abatement])
    for name in draw(st.lists(st.sampled_from(sorted(CONDITION_EXTRAS)), unique=True, max_size=2)):
        resource[name] = draw(CONDITION_EXTRAS[name])
    return resource


MEDICATION_EXTRAS: dict[str, Any] = {
    "medicationReference": mostly(st.just({"reference": "#m1"}), json_values),
    "contained": st.lists(st.fixed_dictionaries({"resourceType": st.just("Medication"), "id": st.just("m1"),
                                                 "code": coded(MEDICATION_CODES)}), max_size=2),
    "effectivePeriod": st.fixed_dictionaries({}, optional={"start": dates, "end": dates}),
    "dosage": mostly(st.lists(st.fixed_dictionaries({"asNeededBoolean": st.booleans()}), max_size=2), json_values),
    "dosageInstruction": json_values, "subject": json_values, "reasonCode": json_values, "id": json_values,
}


@st.composite
def medications(draw: Any) -> dict[str, Any]:
    kind = draw(st.sampled_from(["MedicationStatement", "MedicationRequest"]))
    resource = medication_statement("N02AJ06")
    resource["resourceType"] = kind
    resource["medicationCodeableConcept"] = draw(coded(MEDICATION_CODES))
    resource["status"] = draw(mostly(st.sampled_from(["active", "completed", "stopped", "on-hold", "intended"]),
                                     json_values))
    resource["effectiveDateTime" if kind == "MedicationStatement" else "authoredOn"] = draw(dates)
    if kind == "MedicationRequest":
        resource["intent"] = draw(mostly(st.sampled_from(["order", "plan"]), json_values))
    for name in draw(st.lists(st.sampled_from(sorted(MEDICATION_EXTRAS)), unique=True, max_size=2)):
        resource[name] = draw(MEDICATION_EXTRAS[name])
    return resource


@st.composite
def patients(draw: Any) -> dict[str, Any]:
    resource = patient()
    resource["birthDate"] = draw(dates)
    extras = {"gender": mostly(st.sampled_from(["male", "female", "other", "unknown"]), json_values),
              "name": json_values, "deceasedBoolean": st.booleans(), "extension": json_values, "id": json_values}
    for name in draw(st.lists(st.sampled_from(sorted(extras)), unique=True, max_size=2)):
        resource[name] = draw(extras[name])
    return resource


def _post(http: FlaskClient, path: str, body: Any) -> Any:
    # Python's encoder writes NaN/Infinity and \udXXX escapes for lone surrogates, as a hostile client may.
    return http.post(path, data=json.dumps(body), content_type="application/json")


_VALIDATED: set[str] = set()
"""Responses already checked against their schema, card uuids left out (many examples give the same cards)."""


def _without_uuids(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_uuids(v) for k, v in value.items() if k != "uuid"}
    if isinstance(value, list):
        return [_without_uuids(v) for v in value]
    return value


def _check(response: Any, response_schema: str | None) -> None:
    assert response.status_code < 500, response.get_data(as_text=True)[:500]
    answer = response.get_json()
    if response.status_code == 200:
        if response_schema is not None:
            shape = json.dumps(_without_uuids(answer), sort_keys=True)
            if shape not in _VALIDATED:
                assert schemas.problems(response_schema, answer) == [], answer
                assert all(isinstance(card.get("uuid"), str) for card in answer["cards"])
                _VALIDATED.add(shape)
    else:
        assert 400 <= response.status_code < 500
        assert answer["error"] and answer["message"], answer


# --- the hook request envelope --------------------------------------------------------------------------------
# JSON Schema's "integer" admits 300.0 as well as 300 (a float once reached the compiled build as a 500).
integral_numbers = st.one_of(st.integers(0, 3600), st.integers(0, 3600).map(float))
ENVELOPE_FIELDS: dict[str, Any] = {
    "hook": st.one_of(st.just("patient-view"), hostile_text, json_values),
    "hookInstance": st.one_of(st.uuids().map(str), st.uuids().map(lambda u: f"{u}\n"), hostile_text, json_values),
    "context": st.one_of(
        st.fixed_dictionaries(
            {"userId": st.one_of(st.just("Practitioner/prac-1"), hostile_text, json_values),
             "patientId": st.one_of(st.just(PATIENT_ID), hostile_text, json_values)},
            optional={"encounterId": st.one_of(hostile_text, json_values), "extra": json_values},
        ),
        json_values,
    ),
    "fhirServer": st.one_of(st.sampled_from(["https://fhir.example.org/r4", "http://127.0.0.1:9/fhir",
                                             "https://h/fhir?x=1", "https://u@h/fhir", "ftp://h"]),
                            hostile_text, json_values),
    "fhirAuthorization": mostly(
        st.fixed_dictionaries({"access_token": mostly(st.text(st.characters(codec="latin-1"), min_size=1,
                                                              max_size=12), hostile_text),
                               "token_type": st.just("Bearer"), "expires_in": integral_numbers,
                               "scope": st.just("patient/*.read"), "subject": st.just("cds-service")}),
        json_values,
    ),
    "prefetch": st.one_of(st.dictionaries(st.sampled_from(["patient", "conditions", "medications",
                                                           "medicationRequests", "other"]), json_values,
                                          max_size=3), json_values),
    "extra": json_values,
}


@property_settings(1000)
@given(changes=st.dictionaries(st.sampled_from(sorted(ENVELOPE_FIELDS)), st.none(), max_size=3).flatmap(
    lambda keys: st.fixed_dictionaries({k: ENVELOPE_FIELDS[k] for k in keys})),
    removed=st.lists(st.sampled_from(["hook", "hookInstance", "context", "prefetch"]), max_size=2))
def test_any_hook_envelope_gives_a_valid_200_or_a_json_4xx(
    http: FlaskClient, changes: dict[str, Any], removed: list[str]
) -> None:
    body = patient_view(conditions=[condition("M54.5", onset="2026-09-01")])
    for key in removed:
        body.pop(key, None)
    if "fhirServer" in changes or "fhirAuthorization" in changes:
        changes.setdefault("fhirServer", "http://127.0.0.1:9/fhir")  # nothing listens: a fetch fails fast
        if isinstance(body.get("prefetch"), dict):
            body["prefetch"].pop("patient", None)  # so the service must fetch (with the token, if any)
    body.update(changes)
    _check(_post(http, SERVICE, body), "card-response")


# --- the FHIR resources inside the request ---------------------------------------------------------------------
def _bundle(resources: list[Any]) -> dict[str, Any]:
    return {"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": r} for r in resources]}


@property_settings(1000)
@given(
    patient_resource=patients(),
    condition_list=st.lists(conditions(), max_size=3),
    medication_list=st.lists(medications(), max_size=2),
    odd_entries=st.lists(json_values, max_size=2),
)
def test_any_fhir_resources_in_the_prefetch_give_a_valid_200_or_a_json_4xx(
    http: FlaskClient,
    patient_resource: dict[str, Any],
    condition_list: list[dict[str, Any]],
    medication_list: list[dict[str, Any]],
    odd_entries: list[Any],
) -> None:
    body = patient_view(patient_resource=patient_resource)
    statements = [m for m in medication_list if m["resourceType"] == "MedicationStatement"]
    requests = [m for m in medication_list if m["resourceType"] == "MedicationRequest"]
    body["prefetch"]["conditions"] = _bundle([*condition_list, *odd_entries])
    body["prefetch"]["medications"] = _bundle(statements)
    body["prefetch"]["medicationRequests"] = _bundle(requests)
    _check(_post(http, SERVICE, body), "card-response")


# --- the feedback body -------------------------------------------------------------------------------------------
ZONES = [UTC, timezone(timedelta(hours=-14)), timezone(timedelta(hours=14)), timezone(timedelta(hours=1))]
timestamps = mostly(
    st.datetimes(timezones=st.sampled_from(ZONES)).map(lambda d: d.isoformat()),
    st.sampled_from(["9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "2026-11-26T10:00:00Z\n",
                     "2026-02-30T10:00:00Z", "2026-11-26T24:00:00+25:00", "2026-11-26T10:00:00.123456789Z"]),
    hostile_text,
)
feedback_text = mostly(st.text(st.characters(codec="utf-8"), min_size=1, max_size=10), hostile_text, json_values)


@st.composite
def feedback_items(draw: Any) -> Any:
    outcome = draw(mostly(st.sampled_from(["accepted", "overridden"]), hostile_text, json_values))
    item: dict[str, Any] = {
        "card": draw(mostly(st.uuids().map(str), hostile_text, json_values)),
        "outcome": outcome,
        "outcomeTimestamp": draw(timestamps),
    }
    if outcome == "accepted" or draw(st.integers(0, 9)) == 0:
        item["acceptedSuggestions"] = draw(
            mostly(st.lists(st.fixed_dictionaries({"id": feedback_text}), min_size=1, max_size=3), json_values)
        )
    if outcome == "overridden" and draw(st.booleans()):
        reason = st.fixed_dictionaries({"code": feedback_text, "system": feedback_text},
                                       optional={"display": feedback_text})
        item["overrideReason"] = draw(mostly(
            st.fixed_dictionaries({}, optional={"reason": reason, "userComment": feedback_text}), json_values
        ))
    for name in draw(st.lists(st.sampled_from(["card", "outcome", "outcomeTimestamp", "extra"]), max_size=1)):
        if name == "extra":
            item["extra"] = draw(json_values)
        elif draw(st.integers(0, 3)) == 0:
            item.pop(name, None)
    return item


@property_settings(1000)
@given(body=mostly(st.fixed_dictionaries({"feedback": st.lists(feedback_items(), min_size=1, max_size=4)}),
                   json_values))
def test_any_feedback_body_gives_a_200_summary_or_a_json_4xx(http: FlaskClient, body: Any) -> None:
    response = _post(http, FEEDBACK, body)
    _check(response, None)
    if response.status_code == 200:
        summary = response.get_json()
        assert set(summary) == {"received", "stored", "duplicates", "unknownCards"}
        assert summary["stored"] + summary["duplicates"] == summary["received"]
