"""Referral suggestions: a CDS Hooks suggestion whose one ``create`` action carries a draft R4 ServiceRequest.

The ServiceRequest is built and validated with the R4B model of ``fhir.resources`` (the model of record for
FHIR we produce, design.md) and serialised without empty values (CDS Hooks §use-of-json). The model checks
each shape of resource once per process and each call's values by their FHIR types (``_validate``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from fhir.resources.R4B.servicerequest import ServiceRequest
from fhir_core.types import CodeType, MarkdownType, StringType, UriType
from pydantic import TypeAdapter

from .card_uuids import random_uuid4
from .terminology import Coding

_log = logging.getLogger(__name__)

# CDS Hooks patient-view: userId may be a Practitioner, PractitionerRole, Patient or RelatedPerson. Only the
# first two can be the requester of a referral; otherwise the EHR fills it in when the clinician signs.
REQUESTER_PREFIXES = ("Practitioner/", "PractitionerRole/")

# FHIR R4 datatype patterns: `code` and `uri` (no surrounding or inner runs of whitespace).
_FHIR_CODE = re.compile(r"^[^\s]+( [^\s]+)*$")
_FHIR_URI = re.compile(r"^\S+$")


@dataclass(frozen=True)
class ReferralTarget:
    """A referral target of the catalogue: its coded concept and its label per locale."""

    target: str
    """Our name for it, one of ``rules.REFERRAL_TARGETS``."""
    coding: Coding
    verification: str
    labels: Mapping[str, str]


def referral_suggestion(
    target: ReferralTarget,
    *,
    locale: str,
    action_description: str,
    patient_id: str,
    user_id: str | None,
    reasons: Iterable[Coding],
    note: str | None = None,
    is_recommended: bool = False,
) -> dict[str, Any]:
    """One CDS Hooks suggestion: label, uuid and a ``create`` action with a draft ServiceRequest.

    Raises ``ValueError`` (pydantic's ``ValidationError`` is one) when the resource does not validate.
    """
    suggestion: dict[str, Any] = {
        "label": target.labels[locale],
        "uuid": random_uuid4(),
        "actions": [
            {
                "type": "create",
                "description": action_description,
                "resource": referral_service_request(
                    target.coding,
                    text=target.labels[locale],
                    patient_id=patient_id,
                    user_id=user_id,
                    reasons=reasons,
                    note=note,
                ),
            }
        ],
    }
    if is_recommended:
        suggestion["isRecommended"] = True
    return suggestion


def referral_service_request(
    code: Coding,
    *,
    text: str,
    patient_id: str,
    user_id: str | None,
    reasons: Iterable[Coding],
    note: str | None = None,
) -> dict[str, Any]:
    """A draft referral (status draft, intent proposal) as R4 JSON, validated by the R4B model.

    ``reasonCode`` holds the coded data that triggered the card; codings that are not valid FHIR (a blank
    code, a system with spaces) are left out rather than failing the whole referral. ``authoredOn`` is
    left out: the EHR sets it when the clinician signs the order.
    """
    resource: dict[str, Any] = {
        "resourceType": "ServiceRequest",
        "status": "draft",
        "intent": "proposal",
        "code": {"coding": [_coding_json(code)], "text": text},
        "subject": {"reference": patient_reference(patient_id)},
    }
    reason_codes = [{"coding": [coding]} for coding in _valid_reason_codings(reasons)]
    if reason_codes:
        resource["reasonCode"] = reason_codes
    if user_id is not None and user_id.startswith(REQUESTER_PREFIXES):
        resource["requester"] = {"reference": user_id}
    if note:
        resource["note"] = [{"text": note}]
    # Validation by the R4B model is the check. The model forbids unknown elements and does not coerce
    # strings, so the validated JSON is what ``model_dump(mode="json", exclude_none=True)`` would give
    # (a test asserts this); returning it skips the dump, which costs more than the validation.
    _validate(resource, code=code, text=text)
    empty_at = first_empty_value(resource)
    if empty_at is not None:
        raise ValueError(f"the ServiceRequest has an empty value at {empty_at}")
    return resource


# --- validation: the model once per shape, the values of each call by their FHIR types ------------------
# The whole ServiceRequest through the model cost 116 µs a referral (issue 11: 4 % of a worker's time). What
# the model checks beyond the value of each element (which elements exist, their cardinality, the static
# code and text of a referral target) is the same for every call with the same target and the same optional
# parts, so it is checked once per such shape, on a resource with stand-in values; each call then checks
# only its own values, each with the model's own type for that element (fhir_core), about 1 µs each.
_STRING = TypeAdapter(StringType)
_CODE = TypeAdapter(CodeType)
_URI = TypeAdapter(UriType)
_MARKDOWN = TypeAdapter(MarkdownType)
_STAND_IN_REASON = {"system": "http://example.org/stand-in", "code": "stand-in", "display": "stand-in"}


def _validate(resource: dict[str, Any], *, code: Coding, text: str) -> None:
    """Raises ``ValueError`` exactly when ``ServiceRequest.model_validate(resource)`` would (a test compares
    the two on generated values)."""
    requester = resource.get("requester")
    note = resource.get("note")
    reasons = resource.get("reasonCode", [])
    _validate_shape(
        code.system, code.code, (code.display or "").strip(), text, bool(reasons), requester is not None, bool(note)
    )
    _STRING.validate_python(resource["subject"]["reference"])
    if requester is not None:
        _STRING.validate_python(requester["reference"])
    if note:
        _MARKDOWN.validate_python(note[0]["text"])
    for reason in reasons:
        for coding in reason["coding"]:
            _URI.validate_python(coding["system"])
            _CODE.validate_python(coding["code"])
            if "display" in coding:
                _STRING.validate_python(coding["display"])


@lru_cache(maxsize=512)
def _validate_shape(
    system: str, code: str, display: str, text: str, with_reasons: bool, with_requester: bool, with_note: bool
) -> None:
    """The model's check of one shape (target code and text, which optional parts), once per process.
    An invalid shape raises every time (lru_cache keeps no exception)."""
    coding = {"system": system, "code": code, **({"display": display} if display else {})}
    sample: dict[str, Any] = {
        "resourceType": "ServiceRequest",
        "status": "draft",
        "intent": "proposal",
        "code": {"coding": [coding], "text": text},
        "subject": {"reference": "Patient/stand-in"},
    }
    if with_reasons:
        sample["reasonCode"] = [{"coding": [_STAND_IN_REASON]}, {"coding": [{"system": "urn:x", "code": "x"}]}]
    if with_requester:
        sample["requester"] = {"reference": "Practitioner/stand-in"}
    if with_note:
        sample["note"] = [{"text": "stand-in"}]
    ServiceRequest.model_validate(sample)


def check_target(target: ReferralTarget) -> None:
    """Validate every shape a referral to ``target`` can take, in every language (at start-up, so a bad
    catalogue entry stops the service and no call pays for the model). Raises ``ValueError``."""
    display = (target.coding.display or "").strip()
    for text in target.labels.values():
        for with_reasons in (False, True):
            for with_requester in (False, True):
                for with_note in (False, True):
                    _validate_shape(
                        target.coding.system, target.coding.code, display, text, with_reasons, with_requester, with_note
                    )


def patient_reference(patient_id: str) -> str:
    """``Patient/{id}`` from the hook context's patientId (which some clients send already prefixed)."""
    return patient_id if patient_id.startswith("Patient/") else f"Patient/{patient_id}"


def first_empty_value(value: Any, path: str = "$") -> str | None:
    """The path of the first null or empty string, list or object, or ``None`` when there is none."""
    if value is None or (isinstance(value, str | list | dict) and len(value) == 0):
        return path
    if isinstance(value, dict):
        for key, item in value.items():
            found = first_empty_value(item, f"{path}.{key}")
            if found is not None:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = first_empty_value(item, f"{path}[{index}]")
            if found is not None:
                return found
    return None


def _coding_json(coding: Coding) -> dict[str, str]:
    result = {"system": coding.system, "code": coding.code}
    display = (coding.display or "").strip()
    if display:
        result["display"] = display
    return result


def _valid_reason_codings(codings: Iterable[Coding]) -> list[dict[str, str]]:
    seen: set[tuple[str, str]] = set()
    valid: list[dict[str, str]] = []
    invalid = 0
    for coding in codings:
        key = (coding.system, coding.code)
        if key in seen:
            continue
        if not _FHIR_URI.match(coding.system) or not _FHIR_CODE.match(coding.code):
            invalid += 1
            continue
        seen.add(key)
        valid.append(_coding_json(coding))
    if invalid:
        # Reported, not silent: the referral is still useful without the malformed reason coding.
        _log.warning("referral reasonCode: %d coding(s) left out because they are not valid FHIR", invalid)
    return valid
