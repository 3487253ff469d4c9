"""Referral suggestions: the draft R4 ServiceRequest and the CDS Hooks suggestion around it."""

from __future__ import annotations

import uuid
from types import MappingProxyType
from typing import Any
from unittest import mock

import pytest
from fhir.resources.R4B.servicerequest import ServiceRequest
from hypothesis import given, settings
from hypothesis import strategies as st

from cds_service import suggestions
from cds_service.suggestions import (
    ReferralTarget,
    first_empty_value,
    patient_reference,
    referral_service_request,
    referral_suggestion,
)
from cds_service.terminology import Coding

SNOMED = "http://snomed.info/sct"
PHYSIOTHERAPY = Coding(SNOMED, "308447003", "Referral to physiotherapist (procedure)")
SCIATICA = Coding(SNOMED, "23056005", "Sciatica")
LUMBAGO_NO = Coding("urn:oid:2.16.578.1.12.4.1.1.7170", "L03", "Korsryggsmerter")


def _request(**overrides: Any) -> dict[str, Any]:
    arguments: dict[str, Any] = {
        "text": "Referral to a physiotherapist",
        "patient_id": "pat-1",
        "user_id": "Practitioner/doc-1",
        "reasons": [SCIATICA],
    }
    arguments.update(overrides)
    return referral_service_request(PHYSIOTHERAPY, **arguments)


def test_draft_proposal_with_subject_code_and_reason() -> None:
    resource = _request(reasons=[SCIATICA, LUMBAGO_NO, SCIATICA], note="Long-lasting back pain")
    assert resource == {
        "resourceType": "ServiceRequest",
        "status": "draft",
        "intent": "proposal",
        "code": {
            "coding": [{"system": SNOMED, "code": "308447003", "display": "Referral to physiotherapist (procedure)"}],
            "text": "Referral to a physiotherapist",
        },
        "subject": {"reference": "Patient/pat-1"},
        "requester": {"reference": "Practitioner/doc-1"},
        "reasonCode": [
            {"coding": [{"system": SNOMED, "code": "23056005", "display": "Sciatica"}]},
            {"coding": [{"system": LUMBAGO_NO.system, "code": "L03", "display": "Korsryggsmerter"}]},
        ],
        "note": [{"text": "Long-lasting back pain"}],
    }
    assert ServiceRequest.model_validate(resource).model_dump(mode="json", exclude_none=True) == resource


@pytest.mark.parametrize(
    "overrides",
    [
        {},
        {"reasons": [], "note": None, "user_id": None},
        {"reasons": [Coding(SNOMED, "23056005", None), LUMBAGO_NO], "patient_id": "Patient/abc-1.2"},
    ],
)
def test_returned_json_equals_the_r4b_model_dump(overrides: dict[str, Any]) -> None:
    resource = _request(**overrides)
    assert ServiceRequest.model_validate(resource).model_dump(mode="json", exclude_none=True) == resource


@pytest.mark.parametrize(
    ("user_id", "has_requester"),
    [
        ("Practitioner/doc-1", True),
        ("PractitionerRole/role-1", True),
        ("Patient/pat-1", False),
        ("RelatedPerson/rel-1", False),
        ("practitioner/doc-1", False),
        (None, False),
    ],
)
def test_requester_only_for_practitioner_or_role(user_id: str | None, has_requester: bool) -> None:
    resource = _request(user_id=user_id)
    assert ("requester" in resource) is has_requester
    if has_requester:
        assert resource["requester"] == {"reference": user_id}


def test_no_reason_and_no_note_leave_no_empty_values() -> None:
    resource = _request(reasons=[], note=None)
    assert "reasonCode" not in resource and "note" not in resource
    assert first_empty_value(resource) is None
    ServiceRequest.model_validate(resource)


@pytest.mark.parametrize(
    "bad",
    [
        Coding(SNOMED, " 23056005", None),
        Coding(SNOMED, "", None),
        Coding("http://hl7.org/fhir/sid/icd 10", "M54.5", None),
    ],
)
def test_invalid_reason_codings_are_left_out_and_logged(bad: Coding, caplog: pytest.LogCaptureFixture) -> None:
    resource = _request(reasons=[bad, SCIATICA])
    assert resource["reasonCode"] == [{"coding": [{"system": SNOMED, "code": "23056005", "display": "Sciatica"}]}]
    assert "left out" in caplog.text


def test_blank_display_is_dropped() -> None:
    resource = _request(reasons=[Coding(SNOMED, "23056005", "   ")])
    assert resource["reasonCode"] == [{"coding": [{"system": SNOMED, "code": "23056005"}]}]


def test_invalid_resource_raises_value_error() -> None:
    with pytest.raises(ValueError):
        referral_service_request(Coding(SNOMED, "308447003 ", None), text="x", patient_id="p", user_id=None, reasons=[])


@pytest.mark.parametrize(("patient_id", "reference"), [("123", "Patient/123"), ("Patient/123", "Patient/123")])
def test_patient_reference(patient_id: str, reference: str) -> None:
    assert patient_reference(patient_id) == reference


@pytest.mark.parametrize(
    ("value", "path"),
    [
        ({"a": {"b": []}}, "$.a.b"),
        ({"a": [{"b": "x"}, {}]}, "$.a[1]"),
        ({"a": None}, "$.a"),
        ({"a": ""}, "$.a"),
        ({"a": [1, True, "x"]}, None),
    ],
)
def test_first_empty_value(value: Any, path: str | None) -> None:
    assert first_empty_value(value) == path


TARGET = ReferralTarget(
    target="physiotherapy",
    coding=PHYSIOTHERAPY,
    verification="V",
    labels=MappingProxyType({"nb": "Henvisning til fysioterapeut", "en": "Referral to a physiotherapist"}),
)


@pytest.mark.parametrize("recommended", [True, False])
def test_suggestion_shape(recommended: bool) -> None:
    suggestion = referral_suggestion(
        TARGET,
        locale="nb",
        action_description="Legger inn et utkast",
        patient_id="pat-1",
        user_id="Practitioner/doc-1",
        reasons=[SCIATICA],
        is_recommended=recommended,
    )
    assert suggestion["label"] == "Henvisning til fysioterapeut"
    assert uuid.UUID(suggestion["uuid"]).version == 4
    assert suggestion.get("isRecommended", False) is recommended
    [action] = suggestion["actions"]
    assert action["type"] == "create" and action["description"] == "Legger inn et utkast"
    assert action["resource"]["code"]["text"] == "Henvisning til fysioterapeut"
    assert first_empty_value(suggestion) is None


# --- issue 11: the model once per shape, each call's values by their FHIR types ---------------------------


_TEXTS = st.text(st.characters(codec="utf-8"), max_size=12) | st.sampled_from(["", " ", "\x0b", "a\x0cb", " x ", "\n"])


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    patient_id=_TEXTS.filter(bool),
    user_id=st.none() | _TEXTS.map(lambda text: "Practitioner/" + text),
    system=_TEXTS,
    code=_TEXTS,
    display=st.none() | _TEXTS,
    note=st.none() | _TEXTS,
)
def test_each_call_is_refused_exactly_when_the_model_refuses_it(
    patient_id: str, user_id: str | None, system: str, code: str, display: str | None, note: str | None
) -> None:
    arguments: dict[str, Any] = {
        "text": "Referral to a physiotherapist", "patient_id": patient_id, "user_id": user_id,
        "reasons": [Coding(system, code, display)], "note": note,
    }
    with mock.patch.object(suggestions, "_validate"):
        resource = referral_service_request(PHYSIOTHERAPY, **arguments) if _builds(arguments) else None
    if resource is None:
        return
    try:
        ServiceRequest.model_validate(resource)
        model_accepts = True
    except ValueError:
        model_accepts = False
    try:
        suggestions._validate(resource, code=PHYSIOTHERAPY, text=arguments["text"])
        ours_accepts = True
    except ValueError:
        ours_accepts = False
    assert ours_accepts == model_accepts, resource


def _builds(arguments: dict[str, Any]) -> bool:
    """False when building fails before validation (the empty-value check), which is not compared here."""
    try:
        with mock.patch.object(suggestions, "first_empty_value", return_value=None):
            referral_service_request(PHYSIOTHERAPY, **{**arguments})
    except ValueError:
        return False
    return True


def test_a_catalogue_target_that_is_not_a_valid_service_request_stops_start_up() -> None:
    bad = ReferralTarget(target="x", coding=Coding(SNOMED, "308447003 ", None), verification="v",
                         labels=MappingProxyType({"nb": "Henvisning", "en": "Referral"}))
    with pytest.raises(ValueError):
        suggestions.check_target(bad)
