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

# Why a list was read only in part (rules.md §5.4 "Incomplete lists"): the ``cause`` of an entry of
# ``PatientRecord.incomplete``. Short categories, never a URL, token or id.
RESOURCE_CAP = "resource-cap"
"""CDS_FHIR_MAX_RESOURCES resources were read and the server offered another page."""
PAGING_LOOP = "paging-loop"
"""A ``next`` link led back to a page already read in this search."""
BUDGET = "budget"
"""CDS_FHIR_BUDGET_SECONDS ran out after part of the list was read."""
PAGE_UNREADABLE = "page-unreadable"
"""A later page failed: HTTP error, not JSON or not a Bundle, a broken connection, a timeout, an error
OperationOutcome on the page, or a ``next`` link off fhirServer (never followed: the token stays home)."""
NOT_FETCHED = "not-fetched"
"""A prefetched page has a ``next`` link but the request names no fhirServer to read the rest from."""
INCOMPLETE_CAUSES: frozenset[str] = frozenset({RESOURCE_CAP, PAGING_LOOP, BUDGET, PAGE_UNREADABLE, NOT_FETCHED})


@dataclass(frozen=True)
class UnavailableData:
    """A prefetch key whose data could not be read (in ``PatientRecord.unavailable``) or was read only in part
    (in ``PatientRecord.incomplete``); ``cause`` is a category, never a token or id."""

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
    incomplete: tuple[UnavailableData, ...] = ()
    """Lists read only in part (rules.md §5.4), in key order, ``cause`` one of ``INCOMPLETE_CAUSES``: any of
    ``conditions``, ``medications``, ``medicationRequests`` (``patient`` is one resource, never partial). What
    was read of them is in the fields above; a key is never both here and in ``unavailable``."""

    @property
    def medications_unavailable(self) -> bool:
        return any(u.key in MEDICATION_KEYS for u in self.unavailable)

    @property
    def incomplete_keys(self) -> frozenset[str]:
        """The prefetch keys whose list was not fully read: every card names them (rules.md §5.4)."""
        return frozenset(u.key for u in self.incomplete)
