"""Builders for CDS Hooks patient-view requests used across test modules."""

from __future__ import annotations

import copy
import uuid
from typing import Any

PATIENT_ID = "pat-7f3a9c"


def patient(birth_date: str = "1980-05-17", gender: str = "female", patient_id: str = PATIENT_ID) -> dict[str, Any]:
    return {"resourceType": "Patient", "id": patient_id, "birthDate": birth_date, "gender": gender}


def condition(
    code: str,
    system: str = "http://hl7.org/fhir/sid/icd-10",
    *,
    onset: str | None = "2026-11-01",
    clinical_status: str | None = "active",
    resource_id: str | None = None,
    patient_id: str = PATIENT_ID,
) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Condition",
        "id": resource_id or f"cond-{uuid.uuid4().hex[:8]}",
        "subject": {"reference": f"Patient/{patient_id}"},
        "code": {"coding": [{"system": system, "code": code}]},
    }
    if clinical_status:
        resource["clinicalStatus"] = {
            "coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": clinical_status}]
        }
    if onset:
        resource["onsetDateTime"] = onset
    return resource


def medication_statement(
    code: str,
    system: str = "http://www.whocc.no/atc",
    *,
    start: str = "2026-10-01",
    status: str = "active",
    patient_id: str = PATIENT_ID,
) -> dict[str, Any]:
    return {
        "resourceType": "MedicationStatement",
        "id": f"ms-{uuid.uuid4().hex[:8]}",
        "status": status,
        "subject": {"reference": f"Patient/{patient_id}"},
        "medicationCodeableConcept": {"coding": [{"system": system, "code": code}]},
        "effectiveDateTime": start,
    }


def searchset(*resources: dict[str, Any]) -> dict[str, Any]:
    return {
        "resourceType": "Bundle",
        "type": "searchset",
        "total": len(resources),
        "entry": [{"fullUrl": f"urn:uuid:{uuid.uuid4()}", "resource": r} for r in resources],
    }


def patient_view(
    *,
    conditions: list[dict[str, Any]] | None = None,
    medications: list[dict[str, Any]] | None = None,
    medication_requests: list[dict[str, Any]] | None = None,
    patient_resource: dict[str, Any] | None = None,
    user_id: str = "Practitioner/prac-1",
    **top_level: Any,
) -> dict[str, Any]:
    """A complete request with every prefetch key filled (empty searchsets where nothing is given)."""
    body: dict[str, Any] = {
        "hook": "patient-view",
        "hookInstance": str(uuid.uuid4()),
        "context": {"userId": user_id, "patientId": PATIENT_ID},
        "prefetch": {
            "patient": patient_resource or patient(),
            "conditions": searchset(*(conditions or [])),
            "medications": searchset(*(medications or [])),
            "medicationRequests": searchset(*(medication_requests or [])),
        },
    }
    body.update(copy.deepcopy(top_level))
    return body
