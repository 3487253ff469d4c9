"""facts.extract: PatientRecord -> PatientFacts. The only module that reads FHIR structure.

The hot path reads only the few elements the rules need straight from the parsed JSON (design.md:
full model validation costs about 50 times more). Reading is tolerant: unknown elements, vendor
extensions, timezone-less dateTimes and partial dates are accepted. A resource that lacks what a rule
needs is skipped or kept with the unknown part left empty, and always reported as a ``DataProblem``
(and one WARNING log line with counts, never an identifier); it never crashes the call.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from .record import PatientRecord, Resource
from .terminology import Coding, Terminology

logger = logging.getLogger(__name__)

# Condition.clinicalStatus codes (http://terminology.hl7.org/CodeSystem/condition-clinical).
ACTIVE_CLINICAL_STATUSES = frozenset({"active", "recurrence", "relapse"})
"""rules.md §1.1: "Active = active, recurrence or relapse, or status missing with no abatement"."""
RECURRENT_CLINICAL_STATUSES = frozenset({"recurrence", "relapse"})
ENDED_CLINICAL_STATUSES = frozenset({"inactive", "remission", "resolved"})
KNOWN_CLINICAL_STATUSES = ACTIVE_CLINICAL_STATUSES | ENDED_CLINICAL_STATUSES
# rules.md §1.1: "Always drop refuted and entered-in-error."
DROPPED_VERIFICATION_STATUSES = frozenset({"refuted", "entered-in-error"})
KNOWN_VERIFICATION_STATUSES = DROPPED_VERIFICATION_STATUSES | {
    "unconfirmed",
    "provisional",
    "differential",
    "confirmed",
}


@dataclass(frozen=True)
class Evidence:
    """Why a fact holds: the resource, the code that matched and the date used."""

    resource_type: str
    resource_id: str | None
    coding: Coding | None
    date: date | None


@dataclass(frozen=True)
class ConditionFact:
    concepts: frozenset[str]
    clinical_status: str | None
    """Lower-case clinicalStatus code, ``None`` when the element is missing."""
    verification_status: str | None
    onset: date | None
    """onsetDateTime, else onsetPeriod.start, else onsetAge added to birthDate, else recordedDate."""
    abatement: date | None
    recorded: date | None
    evidence: Evidence
    abated: bool = False
    """True when any abatement[x] is present, also one without a date (``abatementBoolean: true``)."""

    @property
    def dropped(self) -> bool:
        return self.verification_status in DROPPED_VERIFICATION_STATUSES

    @property
    def active(self) -> bool:
        """rules.md §1.1: active, recurrence or relapse, or status missing with no abatement."""
        if self.dropped:
            return False
        if self.clinical_status is None:
            return not (self.abated or self.abatement is not None)
        return self.clinical_status in ACTIVE_CLINICAL_STATUSES


@dataclass(frozen=True)
class MedicationFact:
    concepts: frozenset[str]
    status: str | None
    start: date | None
    as_needed: bool
    evidence: Evidence

    @property
    def active(self) -> bool:
        """rules.md §1.6: "Active = status = active" (MedicationStatement and MedicationRequest alike)."""
        return self.status == "active"


@dataclass(frozen=True)
class DataProblem:
    """A resource that could not be used, and why (counted and logged; never a crash)."""

    resource_type: str
    resource_id: str | None
    problem: str


@dataclass(frozen=True)
class PatientFacts:
    today: date
    birth_date: date | None
    gender: str | None
    conditions: tuple[ConditionFact, ...]
    medications: tuple[MedicationFact, ...]
    medications_checked: bool
    """False when a medication key could not be read: the cautions were then not checked."""
    problems: tuple[DataProblem, ...] = ()


def extract(record: PatientRecord, terminology: Terminology, today: date) -> PatientFacts:
    reader = _Reader(terminology, today)
    birth_date, gender = reader.patient(record.patient)
    conditions = tuple(
        fact for resource in record.conditions if (fact := reader.condition(resource, birth_date)) is not None
    )
    medications = tuple(
        medication
        for resource, kind in _medication_resources(record)
        if (medication := reader.medication(resource, kind, record.medications)) is not None
    )
    problems = tuple(reader.problems)
    if problems:
        counts = Counter((p.resource_type, p.problem) for p in problems)
        summary = "; ".join(f"{kind}: {problem} x{n}" for (kind, problem), n in sorted(counts.items()))
        logger.warning("facts: %d data problem(s) in the patient record: %s", len(problems), summary)
    return PatientFacts(
        today=today,
        birth_date=birth_date,
        gender=gender,
        conditions=conditions,
        medications=medications,
        medications_checked=not record.medications_unavailable,
        problems=problems,
    )


def _medication_resources(record: PatientRecord) -> Iterable[tuple[Resource, str]]:
    for resource in record.medication_statements:
        yield resource, "MedicationStatement"
    for resource in record.medication_requests:
        yield resource, "MedicationRequest"


# --- dates ------------------------------------------------------------------------------------

# FHIR date / dateTime / instant: YYYY, YYYY-MM, YYYY-MM-DD, then optionally a time with or without a zone.
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T ])")


def parse_date(value: Any) -> date | None:
    """The calendar date of a FHIR date or dateTime; a partial date means its first day.

    The date part is taken as written (the recorder's local date), so a zone or its absence does not
    matter. Returns ``None`` for anything unreadable."""
    if type(value) is not str:
        return None
    if len(value) >= 10 and value[4] == "-" and value[7] == "-" and (len(value) == 10 or value[10] in "T "):
        try:  # the common full date: the C parser, no regular expression
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    match = _DATE.match(value.strip())
    if match is None:
        return None
    year, month, day = match.groups()
    try:
        return date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None


_AGE_UNITS: Mapping[str, str] = {
    "a": "years", "yr": "years", "yrs": "years", "year": "years", "years": "years",
    "mo": "months", "month": "months", "months": "months",
    "wk": "weeks", "week": "weeks", "weeks": "weeks",
    "d": "days", "day": "days", "days": "days",
}  # fmt: skip


def add_age(birth_date: date, age: Mapping[str, Any]) -> date | None:
    """birthDate + an Age (UCUM a, mo, wk, d); ``None`` when the Age cannot be read."""
    value = age.get("value")
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        return None
    unit = None
    for key in ("code", "unit"):
        raw = age.get(key)
        if isinstance(raw, str) and raw.strip().lower() in _AGE_UNITS:
            unit = _AGE_UNITS[raw.strip().lower()]
            break
    try:
        if unit == "years":
            if float(value).is_integer():
                return _add_months(birth_date, int(value) * 12)
            return birth_date + timedelta(days=round(value * 365.25))
        if unit == "months":
            if float(value).is_integer():
                return _add_months(birth_date, int(value))
            return birth_date + timedelta(days=round(value * 30.4375))
        if unit == "weeks":
            return birth_date + timedelta(weeks=value)
        if unit == "days":
            return birth_date + timedelta(days=value)
    except OverflowError:
        return None
    return None


def _add_months(start: date, months: int) -> date:
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    for day in (start.day, 30, 29, 28):  # 29 February plus whole years lands on 28 February
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise ValueError("unreachable: every month has 28 days")


def whole_years(birth_date: date, on: date) -> int:
    """Age in completed years on a date."""
    return on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))


# --- reading ----------------------------------------------------------------------------------


def _is_mapping(value: Any) -> bool:
    # Parsed JSON is a dict; the exact type check first keeps the abstract-class check off the hot path.
    return type(value) is dict or isinstance(value, Mapping)


def _mapping(value: Any) -> Mapping[str, Any] | None:
    return value if _is_mapping(value) else None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


_RawCoding = tuple[str, str, Any]
"""(system, code, display) of one readable coding; a ``Coding`` is only built for evidence."""


def _codings(concept: Any) -> list[_RawCoding]:
    """Readable codings of a CodeableConcept: those with a non-empty string system and code."""
    concept_map = _mapping(concept)
    if concept_map is None:
        return []
    raw = concept_map.get("coding")
    if type(raw) is not list:
        return []
    out = []
    for item in raw:
        if _is_mapping(item):
            system, code = item.get("system"), item.get("code")
            if type(system) is str and type(code) is str:
                system, code = system.strip(), code.strip()
                if system and code:
                    out.append((system, code, item.get("display")))
    return out


def _status_code(concept: Any) -> str | bool | None:
    """The code of a status CodeableConcept: ``None`` when absent, ``False`` when present but unreadable."""
    if concept is None:
        return None
    concept_map = _mapping(concept)
    if concept_map is None:
        return False
    raw = concept_map.get("coding")
    if not isinstance(raw, list) or not raw:
        return False
    for item in raw:
        if _is_mapping(item) and isinstance(item.get("code"), str):
            return str(item["code"]).strip().lower()
    return False


class _Reader:
    """One extraction: caches concept look-ups per code and collects data problems."""

    def __init__(self, terminology: Terminology, today: date) -> None:
        self._terminology = terminology
        self._today = today
        self._concept_cache: dict[tuple[str, str], frozenset[str]] = {}
        self.problems: list[DataProblem] = []

    def _problem(self, resource_type: str, resource: Mapping[str, Any] | None, problem: str) -> None:
        resource_id = resource.get("id") if resource is not None else None
        self.problems.append(DataProblem(resource_type, resource_id if isinstance(resource_id, str) else None, problem))

    def _match(self, codings: Sequence[_RawCoding]) -> tuple[frozenset[str], Coding | None]:
        """All concepts of the codings, and the first coding that matched any."""
        found: frozenset[str] = frozenset()
        first: Coding | None = None
        cache = self._concept_cache
        for system, code, display in codings:
            concepts = cache.get((system, code))
            if concepts is None:
                concepts = self._terminology.concepts((Coding(system, code),))
                cache[(system, code)] = concepts
            if concepts:
                found = found | concepts if found else concepts
                if first is None:
                    first = Coding(system, code, display if isinstance(display, str) else None)
        return found, first

    def _date(self, resource_type: str, resource: Resource, element: str, value: Any) -> date | None:
        parsed = parse_date(value)
        if parsed is None and value is not None:
            self._problem(resource_type, resource, f"unreadable {element}")
        return parsed

    # Patient -------------------------------------------------------------------------------

    def patient(self, resource: Resource | None) -> tuple[date | None, str | None]:
        if resource is None:
            return None, None
        birth_date = self._date("Patient", resource, "birthDate", resource.get("birthDate"))
        if birth_date is not None and birth_date > self._today:
            self._problem("Patient", resource, "birthDate after the evaluation date")
            birth_date = None
        gender = resource.get("gender")
        return birth_date, gender if isinstance(gender, str) else None

    # Condition -----------------------------------------------------------------------------

    def condition(self, resource: Resource, birth_date: date | None) -> ConditionFact | None:
        kind = "Condition"
        codings = _codings(resource.get("code"))
        if not codings:
            self._problem(kind, resource, "no readable code")
            return None
        concepts, coding = self._match(codings)
        if not concepts:
            return None  # not a condition any rule looks at (most of a record): nothing else is read
        verification = _status_code(resource.get("verificationStatus"))
        if verification is False:
            self._problem(kind, resource, "unreadable verificationStatus")
            verification = None
        if verification in DROPPED_VERIFICATION_STATUSES:
            return None  # rules.md §1.1: always dropped; not a data problem
        clinical = _status_code(resource.get("clinicalStatus"))
        if clinical is False or (isinstance(clinical, str) and clinical not in KNOWN_CLINICAL_STATUSES):
            # Kept, so history rules (cancer) still see it, but never counted as active.
            self._problem(kind, resource, "unreadable clinicalStatus")
            clinical = "unknown"
        recorded = self._date(kind, resource, "recordedDate", resource.get("recordedDate"))
        onset = self._onset(resource, birth_date, recorded)
        abated, abatement = self._abatement(resource, birth_date)
        resource_id = resource.get("id")
        return ConditionFact(
            concepts=concepts,
            clinical_status=clinical if isinstance(clinical, str) else None,
            verification_status=verification if isinstance(verification, str) else None,
            onset=onset,
            abatement=abatement,
            recorded=recorded,
            evidence=Evidence(kind, resource_id if isinstance(resource_id, str) else None, coding, onset),
            abated=abated,
        )

    def _onset(self, resource: Resource, birth_date: date | None, recorded: date | None) -> date | None:
        """rules.md §1.1: onsetDateTime, else onsetPeriod.start, else onsetAge + birthDate, else recordedDate.

        onsetString (and onsetRange) carry no usable date and fall through. A form that is present but
        unreadable is reported and falls through to the next."""
        kind = "Condition"
        if "onsetDateTime" in resource:
            onset = self._date(kind, resource, "onsetDateTime", resource.get("onsetDateTime"))
            if onset is not None:
                return self._not_future(resource, onset, recorded)
        period = _mapping(resource.get("onsetPeriod"))
        if period is not None and "start" in period:
            onset = self._date(kind, resource, "onsetPeriod.start", period.get("start"))
            if onset is not None:
                return self._not_future(resource, onset, recorded)
        age = _mapping(resource.get("onsetAge"))
        if age is not None:
            onset = add_age(birth_date, age) if birth_date is not None else None
            if onset is None:
                self._problem(kind, resource, "onsetAge unusable (unreadable or no birthDate)")
            else:
                return self._not_future(resource, onset, recorded)
        return recorded

    def _not_future(self, resource: Resource, onset: date, recorded: date | None) -> date | None:
        if onset > self._today:
            self._problem("Condition", resource, "onset after the evaluation date")
            return recorded if recorded is not None and recorded <= self._today else None
        return onset

    def _abatement(self, resource: Resource, birth_date: date | None) -> tuple[bool, date | None]:
        """(abated, date): abatementDateTime, abatementPeriod.end (its start while the end is open),
        abatementAge + birthDate; abatementBoolean, abatementString and abatementRange carry no date."""
        kind = "Condition"
        if "abatementDateTime" in resource:
            return True, self._date(kind, resource, "abatementDateTime", resource.get("abatementDateTime"))
        period = _mapping(resource.get("abatementPeriod"))
        if period is not None:
            end = period.get("end", period.get("start"))
            return True, self._date(kind, resource, "abatementPeriod", end)
        age = _mapping(resource.get("abatementAge"))
        if age is not None:
            abatement = add_age(birth_date, age) if birth_date is not None else None
            if abatement is None:
                self._problem(kind, resource, "abatementAge unusable (unreadable or no birthDate)")
            return True, abatement
        flag = resource.get("abatementBoolean")
        if isinstance(flag, bool):
            return flag, None
        if "abatementString" in resource or "abatementRange" in resource:
            return True, None
        return False, None

    # MedicationStatement / MedicationRequest -----------------------------------------------

    def medication(self, resource: Resource, kind: str, medications: Mapping[str, Resource]) -> MedicationFact | None:
        codings = self._medication_codings(resource, kind, medications)
        if codings is None:
            return None
        if not codings:
            self._problem(kind, resource, "no readable medication code")
            return None
        concepts, coding = self._match(codings)
        if not concepts:
            return None  # not a medication any rule looks at
        status = resource.get("status")
        if not isinstance(status, str) or not status.strip():
            self._problem(kind, resource, "no status")
            return None
        if kind == "MedicationStatement":
            period = _mapping(resource.get("effectivePeriod"))
            if "effectiveDateTime" in resource:
                start = self._date(kind, resource, "effectiveDateTime", resource.get("effectiveDateTime"))
            elif period is not None and "start" in period:
                start = self._date(kind, resource, "effectivePeriod.start", period.get("start"))
            else:
                start = None
            dosages = resource.get("dosage")
        else:
            start = self._date(kind, resource, "authoredOn", resource.get("authoredOn"))
            dosages = resource.get("dosageInstruction")
        if start is not None and start > self._today:
            start = None  # a future start says nothing about how long it has been used
        resource_id = resource.get("id")
        return MedicationFact(
            concepts=concepts,
            status=status.strip().lower(),
            start=start,
            as_needed=_as_needed(dosages),
            evidence=Evidence(kind, resource_id if isinstance(resource_id, str) else None, coding, start),
        )

    def _medication_codings(
        self, resource: Resource, kind: str, medications: Mapping[str, Resource]
    ) -> list[_RawCoding] | None:
        """Codings of medication[x]; ``None`` (reported) when a reference cannot be resolved."""
        if "medicationCodeableConcept" in resource:
            return _codings(resource.get("medicationCodeableConcept"))
        reference_element = _mapping(resource.get("medicationReference"))
        wrapped = _mapping(resource.get("medication"))  # R5 CodeableReference, sent by some vendors
        if reference_element is None and wrapped is not None:
            if "concept" in wrapped:
                return _codings(wrapped.get("concept"))
            reference_element = _mapping(wrapped.get("reference"))
        if reference_element is None:
            return []
        reference = reference_element.get("reference")
        medication = _resolve_medication(resource, reference, medications)
        if medication is None:
            self._problem(kind, resource, "medication reference not found")
            return None
        codings = _codings(medication.get("code"))
        for ingredient in _list(medication.get("ingredient")):
            if _is_mapping(ingredient):
                codings.extend(_codings(ingredient.get("itemCodeableConcept")))
        return codings


def _resolve_medication(
    resource: Resource, reference: Any, medications: Mapping[str, Resource]
) -> Mapping[str, Any] | None:
    if not isinstance(reference, str) or not reference:
        return None
    if reference.startswith("#"):
        wanted = reference[1:]
        for contained in _list(resource.get("contained")):
            if (
                isinstance(contained, Mapping)
                and contained.get("resourceType") == "Medication"
                and contained.get("id") == wanted
            ):
                return contained
        return None
    parts = reference.split("/_history/")[0].rstrip("/").split("/")
    if len(parts) >= 2 and parts[-2] == "Medication":
        return medications.get(f"Medication/{parts[-1]}")
    return None


def _as_needed(dosages: Any) -> bool:
    """True only when every dosage is as-needed (asNeededBoolean true or an asNeededCodeableConcept).

    No dosage at all is read as regular use: "regular" is the reading that raises the caution."""
    if not isinstance(dosages, list) or not dosages:
        return False
    for dosage in dosages:
        if not isinstance(dosage, Mapping):
            return False
        if dosage.get("asNeededBoolean") is True or _mapping(dosage.get("asNeededCodeableConcept")):
            continue
        if dosage.get("asNeeded") is True:  # R5 spelling
            continue
        return False
    return True
