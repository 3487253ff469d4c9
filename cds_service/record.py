"""PatientRecord: the raw FHIR resources of one hook call, by type, after prefetch resolution."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

Resource = Mapping[str, Any]

# The prefetch keys of design.md. `patient` and `conditions` are required; the medication keys degrade.
PREFETCH_TEMPLATES: Mapping[str, str] = {
    "patient": "Patient/{{context.patientId}}",
    "conditions": "Condition?patient={{context.patientId}}",
    "medications": "MedicationStatement?patient={{context.patientId}}",
    "medicationRequests": "MedicationRequest?patient={{context.patientId}}&status=active",
}
REQUIRED_KEYS: frozenset[str] = frozenset({"patient", "conditions"})
MEDICATION_KEYS: frozenset[str] = frozenset({"medications", "medicationRequests"})


@dataclass(frozen=True)
class UnavailableData:
    """A prefetch key whose data could not be read; ``cause`` is a category, never a token or id."""

    key: str
    cause: str


@dataclass(frozen=True)
class PatientRecord:
    patient: Resource | None
    conditions: tuple[Resource, ...] = ()
    medication_statements: tuple[Resource, ...] = ()
    medication_requests: tuple[Resource, ...] = ()
    medications: Mapping[str, Resource] = field(default_factory=dict)
    """Medication resources that came with the data (Bundle `include`s), by ``Medication/{id}``."""
    unavailable: tuple[UnavailableData, ...] = ()
    """Keys that degraded (the medication keys only: required keys raise 412 instead)."""

    @property
    def medications_unavailable(self) -> bool:
        return any(u.key in MEDICATION_KEYS for u in self.unavailable)
