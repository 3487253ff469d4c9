"""facts.extract: PatientRecord -> PatientFacts. The only module that reads FHIR structure.

The hot path reads only the few elements the rules need straight from the parsed JSON (design.md:
full model validation costs about 50 times more). Reading is tolerant: unknown elements, vendor
extensions, timezone-less dateTimes and partial dates are accepted. A resource that lacks what a rule
needs is skipped or kept with the unknown part left empty, and always reported as a ``DataProblem``
(and one WARNING log line with counts, never an identifier); it never crashes the call.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from .record import PatientRecord, Resource
from .terminology import Coding, CodingReader, set_frozen_field

logger = logging.getLogger(__name__)

# Condition.clinicalStatus codes (http://terminology.hl7.org/CodeSystem/condition-clinical).
ACTIVE_CLINICAL_STATUSES = frozenset({"active", "recurrence", "relapse"})
"""rules.md §1.1: "Active = active, recurrence or relapse, or status missing with no abatement"."""
RECURRENT_CLINICAL_STATUSES = frozenset({"recurrence", "relapse"})
ENDED_CLINICAL_STATUSES = frozenset({"inactive", "remission", "resolved"})
KNOWN_CLINICAL_STATUSES = ACTIVE_CLINICAL_STATUSES | ENDED_CLINICAL_STATUSES
UNKNOWN_CLINICAL_STATUS = "unknown"
"""rules.md §5.2: a status that is unreadable or outside the FHIR value set. Such a record counts as active when
it has no abatement, else as history (the same reading as a missing status)."""
# rules.md §1.1: "Always drop refuted and entered-in-error."
DROPPED_VERIFICATION_STATUSES = frozenset({"refuted", "entered-in-error"})
# rules.md §5.2: "provisional, differential and unconfirmed still raise red flags and contraindications, worded
# 'recorded as suspected'".
SUSPECTED_VERIFICATION_STATUSES = frozenset({"unconfirmed", "provisional", "differential"})
KNOWN_VERIFICATION_STATUSES = DROPPED_VERIFICATION_STATUSES | SUSPECTED_VERIFICATION_STATUSES | {"confirmed"}

# DataProblem.problem values the cards count separately (rules.md §5.1, §5.2); every other value is an
# unreadable part of a record.
NO_RECOGNISED_CODE = "no recognised code"
OTHER_PATIENT = "belongs to another patient"


_CalendarDate = date
"""``date`` under a name the ``date`` field of ``Evidence`` does not hide (its ``__init__`` annotation)."""


@dataclass(frozen=True)
class Evidence:
    """Why a fact holds: the resource, the code that matched and the date used."""

    resource_type: str
    resource_id: str | None
    coding: Coding | None
    date: date | None
    status_uncoded: bool = False
    """rules.md §5.2: the record's clinical or verification status was missing, only text, or not a FHIR code,
    and was read the safer way: the card that relies on it says so."""
    suspected: bool = False
    """rules.md §5.2: verificationStatus provisional, differential or unconfirmed ("recorded as suspected")."""
    _hash: int | None = field(default=None, init=False, repr=False, compare=False)

    def __init__(
        self,
        resource_type: str,
        resource_id: str | None,
        coding: Coding | None,
        date: _CalendarDate | None,
        status_uncoded: bool = False,
        suspected: bool = False,
    ) -> None:
        # By hand, not the dataclass's generated __init__: see set_frozen_field.
        set_frozen_field(self, "resource_type", resource_type)
        set_frozen_field(self, "resource_id", resource_id)
        set_frozen_field(self, "coding", coding)
        set_frozen_field(self, "date", date)
        set_frozen_field(self, "status_uncoded", status_uncoded)
        set_frozen_field(self, "suspected", suspected)
        set_frozen_field(self, "_hash", None)  # compiled (mypyc), a class has no class-level default to fall back on

    def __hash__(self) -> int:
        # The rules and the cards put the same evidence into dicts several times per call (no repeats, in
        # order): the hash of the fields, its Coding's included, is computed once per record, not each time.
        cached = self._hash
        if cached is None:
            cached = hash(
                (self.resource_type, self.resource_id, self.coding, self.date, self.status_uncoded, self.suspected)
            )
            set_frozen_field(self, "_hash", cached)
        return cached


@dataclass(frozen=True)
class ConditionFact:
    concepts: frozenset[str]
    clinical_status: str | None
    """Lower-case clinicalStatus (§5.2: from any coding's code, else its text, else a plain string); ``None``
    when the element is missing, ``UNKNOWN_CLINICAL_STATUS`` when unreadable or not a FHIR code."""
    verification_status: str | None
    onset: date | None
    """onsetDateTime, else onsetPeriod.start, else onsetAge added to birthDate, else recordedDate."""
    abatement: date | None
    recorded: date | None
    evidence: Evidence
    abated: bool = False
    """True when any abatement[x] is present, also one without a date (``abatementBoolean: true``)."""

    def __init__(
        self,
        concepts: frozenset[str],
        clinical_status: str | None,
        verification_status: str | None,
        onset: date | None,
        abatement: date | None,
        recorded: date | None,
        evidence: Evidence,
        abated: bool = False,
    ) -> None:
        # By hand, not the dataclass's generated __init__: see set_frozen_field.
        set_frozen_field(self, "concepts", concepts)
        set_frozen_field(self, "clinical_status", clinical_status)
        set_frozen_field(self, "verification_status", verification_status)
        set_frozen_field(self, "onset", onset)
        set_frozen_field(self, "abatement", abatement)
        set_frozen_field(self, "recorded", recorded)
        set_frozen_field(self, "evidence", evidence)
        set_frozen_field(self, "abated", abated)

    @property
    def dropped(self) -> bool:
        return self.verification_status in DROPPED_VERIFICATION_STATUSES

    @property
    def active(self) -> bool:
        """rules.md §1.1: active, recurrence or relapse, or status missing with no abatement; §5.2: an unknown
        status is read like a missing one (active without an abatement, else history)."""
        if self.dropped:
            return False
        if self.clinical_status is None or self.clinical_status == UNKNOWN_CLINICAL_STATUS:
            return not (self.abated or self.abatement is not None)
        return self.clinical_status in ACTIVE_CLINICAL_STATUSES


@dataclass(frozen=True)
class MedicationFact:
    concepts: frozenset[str]
    status: str | None
    start: date | None
    as_needed: bool
    evidence: Evidence

    def __init__(
        self, concepts: frozenset[str], status: str | None, start: date | None, as_needed: bool, evidence: Evidence
    ) -> None:
        # By hand, not the dataclass's generated __init__: see set_frozen_field.
        set_frozen_field(self, "concepts", concepts)
        set_frozen_field(self, "status", status)
        set_frozen_field(self, "start", start)
        set_frozen_field(self, "as_needed", as_needed)
        set_frozen_field(self, "evidence", evidence)

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
    incomplete_lists: tuple[str, ...] = ()
    """rules.md §5.4: the prefetch keys whose list was read only in part; every card names them."""


def extract(
    record: PatientRecord,
    terminology: CodingReader,
    today: date,
    *,
    zone: tzinfo | None = None,
    patient_id: str | None = None,
) -> PatientFacts:
    """``zone``: the clinic's time zone; a dateTime with an offset is converted to it before its date is taken
    (rules.md §5.3); ``None`` takes every date as written. ``patient_id``: ``context.patientId``; a record whose
    subject names another patient is left out and reported (§5.2)."""
    reader = _Reader(terminology, today, zone, patient_id)
    birth_date, gender = reader.patient(record.patient)
    read_condition, read_medication = reader.condition, reader.medication
    conditions = tuple(
        [fact for resource in record.conditions if (fact := read_condition(resource, birth_date)) is not None]
    )
    medications = tuple(
        [
            medication
            for kind, resources in (
                ("MedicationStatement", record.medication_statements),
                ("MedicationRequest", record.medication_requests),
            )
            for resource in resources
            if (medication := read_medication(resource, kind, record.medications)) is not None
        ]
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
        incomplete_lists=tuple(dict.fromkeys(u.key for u in record.incomplete)),
    )


# --- dates ------------------------------------------------------------------------------------

# FHIR date / dateTime / instant: YYYY, YYYY-MM, YYYY-MM-DD, then optionally a time with or without a zone.
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T ])")


def parse_date(value: Any, zone: tzinfo | None = None) -> date | None:
    """The calendar date of a FHIR date or dateTime; a partial date means its first day.

    rules.md §5.3: a dateTime with a time zone (``Z`` or ``±hh:mm``) is converted to ``zone`` before its date
    is taken, so an instant written in UTC near midnight lands on the clinic's calendar day; a date or a
    dateTime without a zone is taken as written (the recorder's local date). Returns ``None`` for anything
    unreadable."""
    if type(value) is not str:
        return None
    if len(value) >= 10 and value[4] == "-" and value[7] == "-" and (len(value) == 10 or value[10] in "T "):
        if zone is not None and len(value) > 16 and (value[-1] in "Zz" or value[-6] in "+-"):
            zoned = _zoned_date(value, zone)
            if zoned is not None:
                return zoned
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


def _zoned_date(value: str, zone: tzinfo) -> date | None:
    try:
        moment = datetime.fromisoformat(value[:-1] + "+00:00" if value[-1] in "Zz" else value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    try:
        return moment.astimezone(zone).date()
    except OverflowError:  # year 1 or 9999 shifted past the calendar's end
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
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        return None  # NaN and infinities (JSON NaN, 1e400) are not ages
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
    except (OverflowError, ValueError):  # past year 9999 (10000 a): no date
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
#
# The reading helpers below run once or more per resource (5,000 in a large record), so they test the
# exact type first: parsed JSON is always ``dict``/``list``/``str``, and the abstract ``Mapping`` check
# (far slower, and slowest on ``None``, the usual value of an absent element) only runs for other types.


def _is_mapping(value: Any) -> bool:
    return type(value) is dict or (value is not None and isinstance(value, Mapping))


def _mapping(value: Any) -> Mapping[str, Any] | None:
    return value if type(value) is dict or (value is not None and isinstance(value, Mapping)) else None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


_NO_CONCEPTS: frozenset[str] = frozenset()
_CodingMatch = tuple[bool, frozenset[str], Coding | None]
"""For one coding: (readable, its concepts, the evidence ``Coding`` when it matched any)."""
_UNREADABLE_CODING: _CodingMatch = (False, _NO_CONCEPTS, None)
_ABSENT: Any = object()
"""Default of ``dict.get`` that tells an absent element from an explicit ``null`` in one look-up."""


def _status(element: Any) -> tuple[str | None, bool]:
    """rules.md §5.2: (the lower-case status, whether it was coded). Read from the first coding with a code
    (whatever its system), else the CodeableConcept's text, else a plain string (STU3 and hand-made exports).
    ``(None, False)`` when absent; ``("", False)`` when present but unreadable."""
    if element is None:
        return None, False
    if type(element) is str:
        return element.strip().lower(), False
    if type(element) is not dict and not isinstance(element, Mapping):
        return "", False
    codings = element.get("coding")
    if type(codings) is list:
        for item in codings:
            if type(item) is dict or isinstance(item, Mapping):
                code = item.get("code")
                if type(code) is str and code.strip():
                    return code.strip().lower(), True
    text = element.get("text")
    if type(text) is str and text.strip():
        return text.strip().lower(), False
    return "", False


_PATIENT_REFERENCE = re.compile(r"(?:^|/)Patient/([^/]+)(?:/_history/[^/]*)?/?$")


def _subject_patient(resource: Resource) -> str | None:
    """The patient id that ``subject`` (or the DSTU2 ``patient``) names as a literal reference, else ``None``
    (an identifier, a ``urn:uuid`` or no subject: the search was by patient, so nothing says otherwise)."""
    for key in ("subject", "patient"):
        element = resource.get(key)
        if type(element) is dict or (element is not None and isinstance(element, Mapping)):
            reference = element.get("reference")
            if type(reference) is str:
                found = _PATIENT_REFERENCE.search(reference.strip())
                if found is not None:
                    return found.group(1)
    return None


class _Reader:
    """One extraction: caches concept look-ups per coding and collects data problems.

    The caches live only as long as one call, so nothing patient-specific outlives the request."""

    def __init__(self, terminology: CodingReader, today: date, zone: tzinfo | None, patient_id: str | None) -> None:
        self._terminology = terminology
        self._today = today
        self._zone = zone
        self._patient_id = patient_id
        self._own_reference = f"Patient/{patient_id}"
        # Keyed by the coding as written: (system, code, display or None). A record repeats a few
        # codings many times; a hit skips the strip, the terminology call and building the Coding.
        self._coding_cache: dict[tuple[str, str, str | None], _CodingMatch] = {}
        self.problems: list[DataProblem] = []

    def _problem(self, resource_type: str, resource: Mapping[str, Any] | None, problem: str) -> None:
        resource_id = resource.get("id") if resource is not None else None
        self.problems.append(DataProblem(resource_type, resource_id if isinstance(resource_id, str) else None, problem))

    def _match(self, concepts: Iterable[Any]) -> tuple[frozenset[str], Coding | None] | None:
        """All value-set concepts of the codings of ``concepts`` (CodeableConcepts), and the first coding
        that matched any; ``None`` when no coding is readable (a non-empty string system and code)."""
        cache = self._coding_cache
        readable = False
        found: frozenset[str] = _NO_CONCEPTS
        first: Coding | None = None
        for concept in concepts:
            if type(concept) is not dict and not isinstance(concept, Mapping):
                continue
            codings = concept.get("coding")
            if type(codings) is not list:
                continue
            for item in codings:
                if type(item) is not dict and not isinstance(item, Mapping):
                    continue
                system, code = item.get("system"), item.get("code")
                if type(system) is not str or type(code) is not str:
                    continue
                display = item.get("display")
                key = (system, code, display if isinstance(display, str) else None)
                match = cache.get(key)
                if match is None:
                    match = cache[key] = self._look_up(*key)
                coding_readable, coding_concepts, coding = match
                if not coding_readable:
                    continue
                readable = True
                if coding_concepts:
                    found = found | coding_concepts if found else coding_concepts
                    if first is None:
                        first = coding
        return (found, first) if readable else None

    def _look_up(self, raw_system: str, raw_code: str, display: str | None) -> _CodingMatch:
        """rules.md §5.1: readable means a system we read (however it is spelled) and a non-empty code. The
        evidence carries the canonical system and the cleaned code, so a card shows what was matched."""
        match = self._terminology.match(raw_system, raw_code)
        if match is None:
            return _UNREADABLE_CODING
        concepts = match.concepts
        return True, concepts, Coding(match.system, match.code, display) if concepts else None

    def _other_patient(self, resource: Resource) -> bool:
        if self._patient_id is None:
            return False
        subject = resource.get("subject")
        if type(subject) is dict and subject.get("reference") == self._own_reference:
            return False  # the usual case, decided without the pattern (what it would find is this patient)
        named = _subject_patient(resource)
        return named is not None and named != self._patient_id

    def _date(self, resource_type: str, resource: Resource, element: str, value: Any) -> date | None:
        if value is None:
            return None
        parsed = parse_date(value, self._zone)
        if parsed is None:
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
        matched = self._match((resource.get("code"),))
        if matched is None:
            # rules.md §5.1: text only or an unknown system is not guessed; counted as not assessed.
            self._problem(kind, resource, OTHER_PATIENT if self._other_patient(resource) else NO_RECOGNISED_CODE)
            return None
        concepts, coding = matched
        if not concepts:
            return None  # not a condition any rule looks at (most of a record): nothing else is read
        if self._other_patient(resource):
            self._problem(kind, resource, OTHER_PATIENT)  # rules.md §5.2: never used
            return None
        verification, verification_coded = _status(resource.get("verificationStatus"))
        if verification in DROPPED_VERIFICATION_STATUSES:
            return None  # rules.md §1.1, §5.2: dropped in any shape; not a data problem
        clinical, clinical_coded = _status(resource.get("clinicalStatus"))
        if clinical is not None and clinical not in KNOWN_CLINICAL_STATUSES:
            clinical = UNKNOWN_CLINICAL_STATUS  # §5.2: read like a missing status, and said on the card
            clinical_coded = False
        status_uncoded = not clinical_coded or (
            verification is not None and (not verification_coded or verification not in KNOWN_VERIFICATION_STATUSES)
        )
        recorded = self._date(kind, resource, "recordedDate", resource.get("recordedDate"))
        onset = self._onset(resource, birth_date, recorded)
        abated, abatement = self._abatement(resource, birth_date)
        resource_id = resource.get("id")
        # Positional, in field order: keyword arguments make each of thousands of facts a third slower.
        return ConditionFact(
            concepts,
            clinical,
            verification or None,
            onset,
            abatement,
            recorded,
            Evidence(
                kind,
                resource_id if isinstance(resource_id, str) else None,
                coding,
                onset,
                status_uncoded,
                verification in SUSPECTED_VERIFICATION_STATUSES,
            ),
            abated,
        )

    def _onset(self, resource: Resource, birth_date: date | None, recorded: date | None) -> date | None:
        """rules.md §1.1: onsetDateTime, else onsetPeriod.start, else onsetAge + birthDate, else recordedDate.

        onsetString (and onsetRange) carry no usable date and fall through. A form that is present but
        unreadable is reported and falls through to the next."""
        kind = "Condition"
        written = resource.get("onsetDateTime", _ABSENT)
        if written is not _ABSENT:
            onset = self._date(kind, resource, "onsetDateTime", written)
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
        written = resource.get("abatementDateTime", _ABSENT)
        if written is not _ABSENT:
            return True, self._date(kind, resource, "abatementDateTime", written)
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
        code_concepts = self._medication_concepts(resource, kind, medications)
        if code_concepts is None:
            return None
        matched = self._match(code_concepts)
        if matched is None:
            self._problem(kind, resource, OTHER_PATIENT if self._other_patient(resource) else NO_RECOGNISED_CODE)
            return None
        concepts, coding = matched
        if not concepts:
            return None  # not a medication any rule looks at
        if self._other_patient(resource):
            self._problem(kind, resource, OTHER_PATIENT)  # rules.md §5.2: never used
            return None
        status = resource.get("status")
        if not isinstance(status, str) or not (status := status.strip()):
            self._problem(kind, resource, "no status")
            return None
        if kind == "MedicationStatement":
            written = resource.get("effectiveDateTime", _ABSENT)
            if written is not _ABSENT:
                start = self._date(kind, resource, "effectiveDateTime", written)
            elif (period := _mapping(resource.get("effectivePeriod"))) is not None and "start" in period:
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
        return MedicationFact(  # positional, in field order (see ConditionFact above)
            concepts,
            status.lower(),
            start,
            _as_needed(dosages),
            Evidence(kind, resource_id if isinstance(resource_id, str) else None, coding, start),
        )

    def _medication_concepts(
        self, resource: Resource, kind: str, medications: Mapping[str, Resource]
    ) -> Sequence[Any] | None:
        """The CodeableConcepts of medication[x]; ``None`` (reported) when a reference cannot be resolved."""
        written = resource.get("medicationCodeableConcept", _ABSENT)
        if written is not _ABSENT:
            return (written,)
        reference_element = _mapping(resource.get("medicationReference"))
        wrapped = _mapping(resource.get("medication"))  # R5 CodeableReference, sent by some vendors
        if reference_element is None and wrapped is not None:
            if "concept" in wrapped:
                return (wrapped.get("concept"),)
            reference_element = _mapping(wrapped.get("reference"))
        if reference_element is None:
            return ()
        reference = reference_element.get("reference")
        medication = _resolve_medication(resource, reference, medications)
        if medication is None:
            self._problem(kind, resource, "medication reference not found")
            return None
        concepts = [medication.get("code")]
        for ingredient in _list(medication.get("ingredient")):
            if _is_mapping(ingredient):
                concepts.append(ingredient.get("itemCodeableConcept"))
        return concepts


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
