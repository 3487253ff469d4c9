"""facts.extract: reading Patient, Condition, MedicationStatement and MedicationRequest JSON tolerantly."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

import pytest

from cds_service.facts import (
    ConditionFact,
    DataProblem,
    MedicationFact,
    PatientFacts,
    add_age,
    extract,
    parse_date,
    whole_years,
)
from cds_service.record import PatientRecord, UnavailableData
from cds_service.terminology import Coding, CodingMatch, CodingReader

TODAY = date(2025, 6, 1)
ICD10 = "http://hl7.org/fhir/sid/icd-10"
ATC = "http://www.whocc.no/atc"
CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status"


class StubTerminology:
    """Exact (system, code) look-up: the facts layer is tested apart from the value sets."""

    table: Mapping[tuple[str, str], frozenset[str]] = {
        (ICD10, "M54.5"): frozenset({"LBP_NONSPECIFIC"}),
        (ICD10, "C79.5"): frozenset({"MALIGNANCY_ANY", "MALIGNANCY_SPINE"}),
        (ICD10, "M54.4"): frozenset({"NERVE_ROOT"}),
        (ATC, "N02AJ06"): frozenset({"OPIOID", "PARACETAMOL"}),
        (ATC, "M01AE01"): frozenset({"NSAID"}),
    }

    def __init__(self) -> None:
        self.calls = 0

    def concepts(self, codings: Iterable[Coding]) -> frozenset[str]:
        self.calls += 1
        out: set[str] = set()
        for coding in codings:
            out |= self.table.get((coding.system, coding.code), frozenset())
        return frozenset(out)

    def match(self, system: object, code: object) -> CodingMatch | None:
        """Only the two systems above are read; codes are trimmed (the real cleaning is terminology's)."""
        self.calls += 1
        if system not in (ICD10, ATC) or not isinstance(code, str) or not code.strip():
            return None
        assert isinstance(system, str)
        found = self.table.get((system, code.strip()), frozenset())
        return CodingMatch("icd-10" if system == ICD10 else "atc", system, code.strip(), found)


def terminology() -> CodingReader:
    return StubTerminology()


def condition(code: str = "M54.5", *, system: str = ICD10, **fields: Any) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Condition",
        "id": fields.pop("id", "c1"),
        "code": {"coding": [{"system": system, "code": code}]},
    }
    resource.update(fields)
    return resource


def status(code: str, system: str = CLINICAL) -> dict[str, Any]:
    return {"coding": [{"system": system, "code": code}]}


def patient_resource(birth_date: Any = "1980-03-15", **fields: Any) -> dict[str, Any]:
    return {"resourceType": "Patient", "id": "p1", "birthDate": birth_date, "gender": "female", **fields}


def facts_of(
    *conditions: Mapping[str, Any],
    statements: tuple[Mapping[str, Any], ...] = (),
    requests: tuple[Mapping[str, Any], ...] = (),
    medications: Mapping[str, Mapping[str, Any]] | None = None,
    patient: Mapping[str, Any] | None = None,
    unavailable: tuple[UnavailableData, ...] = (),
) -> PatientFacts:
    record = PatientRecord(
        patient=patient if patient is not None else patient_resource(),
        conditions=tuple(conditions),
        medication_statements=statements,
        medication_requests=requests,
        medications=medications or {},
        unavailable=unavailable,
    )
    return extract(record, terminology(), TODAY)


def only_condition(*conditions: Mapping[str, Any], **kwargs: Any) -> ConditionFact:
    facts = facts_of(*conditions, **kwargs)
    assert len(facts.conditions) == 1, facts
    return facts.conditions[0]


# --- dates --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024", date(2024, 1, 1)),
        ("2024-05", date(2024, 5, 1)),
        ("2024-05-17", date(2024, 5, 17)),
        ("2024-05-17T10:30:00Z", date(2024, 5, 17)),
        ("2024-05-17T23:30:00+02:00", date(2024, 5, 17)),
        ("2024-05-17T10:30:00", date(2024, 5, 17)),  # no timezone
        ("2024-05-17T10:30:00.123-05:00", date(2024, 5, 17)),
        ("2024-05-17 10:30", date(2024, 5, 17)),
        (" 2024-05-17 ", date(2024, 5, 17)),
        ("2024-13-01", None),
        ("2024-02-30", None),
        ("17.05.2024", None),
        ("2024-5-1", None),
        ("", None),
        (None, None),
        (20240517, None),
        ({"value": "2024"}, None),
    ],
)
def test_parse_date(text: Any, expected: date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("age", "expected"),
    [
        ({"value": 40, "unit": "a", "system": "http://unitsofmeasure.org", "code": "a"}, date(2020, 3, 15)),
        ({"value": 40, "code": "a"}, date(2020, 3, 15)),
        ({"value": 40, "unit": "years"}, date(2020, 3, 15)),
        ({"value": 6, "code": "mo"}, date(1980, 9, 15)),
        ({"value": 2, "code": "wk"}, date(1980, 3, 29)),
        ({"value": 10, "code": "d"}, date(1980, 3, 25)),
        ({"value": 40, "code": "min"}, None),
        ({"value": "40", "code": "a"}, None),
        ({"value": -1, "code": "a"}, None),
        ({"code": "a"}, None),
    ],
)
def test_add_age(age: dict[str, Any], expected: date | None) -> None:
    assert add_age(date(1980, 3, 15), age) == expected


def test_add_age_from_29_february() -> None:
    assert add_age(date(2004, 2, 29), {"value": 1, "code": "a"}) == date(2005, 2, 28)


def test_whole_years() -> None:
    assert whole_years(date(1980, 6, 2), TODAY) == 44
    assert whole_years(date(1980, 6, 1), TODAY) == 45


# --- Patient --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("birth_date", "expected"),
    [("1980", date(1980, 1, 1)), ("1980-03", date(1980, 3, 1)), ("1980-03-15", date(1980, 3, 15))],
)
def test_birth_date_precisions(birth_date: str, expected: date) -> None:
    facts = facts_of(patient=patient_resource(birth_date))
    assert facts.birth_date == expected and facts.gender == "female" and facts.problems == ()


def test_unreadable_or_missing_birth_date() -> None:
    bad = facts_of(patient=patient_resource("15.03.1980"))
    assert bad.birth_date is None and bad.problems == (DataProblem("Patient", "p1", "unreadable birthDate"),)
    absent = facts_of(patient={"resourceType": "Patient", "id": "p1", "_birthDate": {"extension": []}})
    assert absent.birth_date is None and absent.gender is None and absent.problems == ()
    future = facts_of(patient=patient_resource("2030-01-01"))
    assert future.birth_date is None and len(future.problems) == 1


def test_no_patient_resource() -> None:
    record = PatientRecord(patient=None, conditions=(condition(),))
    facts = extract(record, terminology(), TODAY)
    assert facts.birth_date is None and len(facts.conditions) == 1


# --- Condition: status ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("clinical", "active"),
    [
        ("active", True),
        ("recurrence", True),
        ("relapse", True),
        ("remission", False),
        ("resolved", False),
        ("inactive", False),
        ("Active", True),  # vendors sometimes capitalise
    ],
)
def test_clinical_status(clinical: str, active: bool) -> None:
    fact = only_condition(condition(clinicalStatus=status(clinical)))
    assert fact.clinical_status == clinical.lower() and fact.active is active


def test_missing_status_is_active_without_abatement_only() -> None:
    assert only_condition(condition()).active
    assert not only_condition(condition(abatementDateTime="2025-01-01")).active
    assert not only_condition(condition(abatementBoolean=True)).active
    assert only_condition(condition(abatementBoolean=False)).active


@pytest.mark.parametrize("verification", ["refuted", "entered-in-error"])
def test_refuted_and_entered_in_error_are_dropped(verification: str) -> None:
    facts = facts_of(condition(verificationStatus=status(verification, VERIFICATION)))
    assert facts.conditions == () and facts.problems == ()


@pytest.mark.parametrize("verification", ["confirmed", "provisional", "unconfirmed", "differential"])
def test_other_verification_statuses_are_kept(verification: str) -> None:
    fact = only_condition(condition(verificationStatus=status(verification, VERIFICATION)))
    assert fact.verification_status == verification


@pytest.mark.parametrize(
    ("element", "expected", "coded"),
    [
        (status("active"), "active", True),
        (status("active", "http://example.org/vendor-status"), "active", True),  # any coding's code (§5.2)
        ({"coding": [{"system": CLINICAL}], "text": "Resolved"}, "resolved", False),  # else the text
        ({"text": " Active "}, "active", False),
        ("active", "active", False),  # STU3 / hand-made exports: a plain string
        ("INACTIVE", "inactive", False),
        ({"text": "on and off"}, "unknown", False),  # not a FHIR code: unknown
        (status("sometimes"), "unknown", False),
        ({}, "unknown", False),
        (42, "unknown", False),
    ],
)
def test_clinical_status_is_read_in_every_shape(element: Any, expected: str, coded: bool) -> None:
    """rules.md §5.2: from any coding's code, else its text, else a plain string; case-insensitive. A card that
    relies on a status that was not a code says so (``status_uncoded``); nothing is reported as unreadable."""
    facts = facts_of(condition(clinicalStatus=element))
    (fact,) = facts.conditions
    assert fact.clinical_status == expected
    assert fact.evidence.status_uncoded is not coded
    assert facts.problems == ()


@pytest.mark.parametrize("abatement", [None, "2025-01-01"])
def test_an_unknown_status_is_active_without_an_abatement_and_history_with_one(abatement: str | None) -> None:
    fields: dict[str, Any] = {"clinicalStatus": {"text": "on and off"}}
    if abatement:
        fields["abatementDateTime"] = abatement
    fact = only_condition(condition(**fields))
    assert fact.active is (abatement is None)


def test_a_missing_status_is_read_as_active_and_flagged_as_not_coded() -> None:
    fact = only_condition(condition())
    assert fact.clinical_status is None and fact.active and fact.evidence.status_uncoded


@pytest.mark.parametrize(
    "verification",
    [
        status("refuted", VERIFICATION),
        status("entered-in-error", "http://example.org/other"),
        {"text": "Refuted"},
        "entered-in-error",
        "REFUTED",
    ],
)
def test_refuted_and_entered_in_error_drop_the_record_in_any_shape(verification: Any) -> None:
    facts = facts_of(condition(clinicalStatus=status("active"), verificationStatus=verification))
    assert facts.conditions == () and facts.problems == ()


@pytest.mark.parametrize(
    ("verification", "suspected"),
    [("provisional", True), ("differential", True), ("unconfirmed", True), ("confirmed", False)],
)
def test_suspected_diagnoses_are_kept_and_marked(verification: str, suspected: bool) -> None:
    fact = only_condition(condition(clinicalStatus=status("active"), verificationStatus=verification))
    assert fact.active and fact.evidence.suspected is suspected


@pytest.mark.parametrize(
    "subject",
    [
        {"reference": "Patient/other-99"},
        {"reference": "https://ehr.example.org/fhir/Patient/other-99"},
        {"reference": "Patient/other-99/_history/3"},
    ],
)
def test_a_record_of_another_patient_is_never_used_and_reported(subject: dict[str, Any]) -> None:
    record = PatientRecord(
        patient=patient_resource(),
        conditions=(condition(id="theirs", subject=subject), condition(id="ours", subject={"reference": "Patient/p1"})),
        medication_statements=(
            {
                "resourceType": "MedicationStatement",
                "id": "ms",
                "status": "active",
                "subject": subject,
                "medicationCodeableConcept": {"coding": [{"system": ATC, "code": "N02AJ06"}]},
            },
        ),
    )
    facts = extract(record, terminology(), TODAY, patient_id="p1")
    assert [c.evidence.resource_id for c in facts.conditions] == ["ours"]
    assert facts.medications == ()
    assert [(p.resource_type, p.problem) for p in facts.problems] == [
        ("Condition", "belongs to another patient"),
        ("MedicationStatement", "belongs to another patient"),
    ]


@pytest.mark.parametrize(
    "subject", [None, {"reference": "urn:uuid:2b1c"}, {"identifier": {"value": "123"}}, {"reference": "Patient/p1"}]
)
def test_a_subject_that_names_no_other_patient_is_used(subject: dict[str, Any] | None) -> None:
    record = PatientRecord(patient=patient_resource(), conditions=(condition(subject=subject),))
    assert len(extract(record, terminology(), TODAY, patient_id="p1").conditions) == 1


@pytest.mark.parametrize(
    ("written", "oslo_date"),
    [
        ("2025-03-10T23:30:00Z", date(2025, 3, 11)),  # winter: UTC+1
        ("2025-05-04T22:30:00Z", date(2025, 5, 5)),  # summer: UTC+2
        ("2025-05-04T21:59:59.999Z", date(2025, 5, 4)),
        ("2025-03-10T23:30:00+00:00", date(2025, 3, 11)),
        ("2025-03-11T00:30:00+01:00", date(2025, 3, 11)),
        ("2025-03-10T19:30:00-05:00", date(2025, 3, 11)),  # a US export
        ("2025-03-10T23:30:00", date(2025, 3, 10)),  # no zone: as written
        ("2025-03-10", date(2025, 3, 10)),
    ],
)
def test_dates_with_a_zone_are_taken_in_the_clinic_zone(written: str, oslo_date: date) -> None:
    """rules.md §5.3: a dateTime with a time zone is converted to CDS_TIMEZONE before its date is taken."""
    from zoneinfo import ZoneInfo

    record = PatientRecord(patient=patient_resource(), conditions=(condition(onsetDateTime=written),))
    (fact,) = extract(record, terminology(), TODAY, zone=ZoneInfo("Europe/Oslo")).conditions
    assert fact.onset == oslo_date
    assert parse_date(written) == date.fromisoformat(written[:10])  # without a zone: the date as written


# --- Condition: onset and abatement -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"onsetDateTime": "2025-05-01T08:00:00+02:00", "recordedDate": "2025-05-20"}, date(2025, 5, 1)),
        ({"onsetDateTime": "2025-05-01T08:00:00", "recordedDate": "2025-05-20"}, date(2025, 5, 1)),
        ({"onsetDateTime": "2025-05", "recordedDate": "2025-05-20"}, date(2025, 5, 1)),
        ({"onsetPeriod": {"start": "2025-04-02"}, "recordedDate": "2025-05-20"}, date(2025, 4, 2)),
        ({"onsetAge": {"value": 45, "unit": "a", "code": "a"}, "recordedDate": "2025-05-20"}, date(2025, 3, 15)),
        ({"onsetString": "last spring", "recordedDate": "2025-05-20"}, date(2025, 5, 20)),
        ({"recordedDate": "2025-05-20T10:00:00Z"}, date(2025, 5, 20)),
        ({"onsetPeriod": {"end": "2025-01-01"}, "recordedDate": "2025-05-20"}, date(2025, 5, 20)),
        ({}, None),
    ],
)
def test_onset_forms_and_fallback(fields: dict[str, Any], expected: date | None) -> None:
    fact = only_condition(condition(**fields))
    assert fact.onset == expected and fact.evidence.date == expected


def test_unreadable_onset_falls_back_and_is_reported() -> None:
    facts = facts_of(condition(onsetDateTime="spring 2024", recordedDate="2025-05-20"))
    assert facts.conditions[0].onset == date(2025, 5, 20)
    assert facts.problems == (DataProblem("Condition", "c1", "unreadable onsetDateTime"),)


def test_onset_age_without_birth_date_falls_back_and_is_reported() -> None:
    facts = facts_of(
        condition(onsetAge={"value": 45, "code": "a"}, recordedDate="2025-05-20"),
        patient={"resourceType": "Patient", "id": "p1"},
    )
    assert facts.conditions[0].onset == date(2025, 5, 20)
    assert [p.problem for p in facts.problems] == ["onsetAge unusable (unreadable or no birthDate)"]


def test_future_onset_is_reported_and_not_used() -> None:
    facts = facts_of(condition(onsetDateTime="2026-01-01", recordedDate="2025-05-20"))
    assert facts.conditions[0].onset == date(2025, 5, 20)
    assert [p.problem for p in facts.problems] == ["onset after the evaluation date"]


@pytest.mark.parametrize(
    ("fields", "abated", "abatement"),
    [
        ({"abatementDateTime": "2024-02-03T10:00:00"}, True, date(2024, 2, 3)),
        ({"abatementPeriod": {"start": "2024-01-01", "end": "2024-02-03"}}, True, date(2024, 2, 3)),
        ({"abatementAge": {"value": 40, "code": "a"}}, True, date(2020, 3, 15)),
        ({"abatementBoolean": True}, True, None),
        ({"abatementBoolean": False}, False, None),
        ({"abatementString": "in childhood"}, True, None),
        ({}, False, None),
    ],
)
def test_abatement_forms(fields: dict[str, Any], abated: bool, abatement: date | None) -> None:
    fact = only_condition(condition(clinicalStatus=status("resolved"), **fields))
    assert fact.abated is abated and fact.abatement == abatement


# --- Condition: codes ---------------------------------------------------------------------------------------


def test_all_codings_are_matched_and_the_matching_one_kept_as_evidence() -> None:
    resource = condition()
    resource["code"] = {
        "coding": [
            {"system": "urn:local", "code": "X1"},
            {"system": ICD10, "code": "C79.5", "display": "ignored text"},
            {"system": ICD10, "code": "M54.5"},
        ],
        "text": "back pain",
    }
    fact = only_condition(resource)
    assert fact.concepts == {"MALIGNANCY_ANY", "MALIGNANCY_SPINE", "LBP_NONSPECIFIC"}
    assert fact.evidence.coding == Coding(ICD10, "C79.5", "ignored text")
    assert (fact.evidence.resource_type, fact.evidence.resource_id) == ("Condition", "c1")


def test_irrelevant_conditions_are_dropped_without_problem() -> None:
    facts = facts_of(condition("J45", id="asthma"))
    assert facts.conditions == () and facts.problems == ()


@pytest.mark.parametrize(
    "code",
    [
        None,
        {"text": "ryggsmerter"},
        {"coding": []},
        {"coding": [{"display": "Low back pain"}]},
        {"coding": [{"system": ICD10}]},
        {"coding": [{"system": ICD10, "code": 545}]},
        {"coding": "M54.5"},
        "M54.5",
    ],
)
def test_unreadable_code_skips_and_reports(code: Any) -> None:
    resource = condition(id="bad")
    resource["code"] = code
    facts = facts_of(resource, condition(id="good"))
    assert [c.evidence.resource_id for c in facts.conditions] == ["good"]
    assert facts.problems == (DataProblem("Condition", "bad", "no recognised code"),)


def test_unknown_elements_and_extensions_are_ignored() -> None:
    resource = condition(
        extension=[{"url": "http://vendor.example/ext", "valueString": "x"}],
        _onsetDateTime={"extension": [{"url": "http://vendor.example/precision", "valueCode": "day"}]},
        onsetDateTime="2025-05-01",
        vendorField={"anything": [1, 2, 3]},
        meta={"lastUpdated": "2025-05-02T00:00:00Z"},
    )
    assert only_condition(resource).onset == date(2025, 5, 1)


def test_problems_are_logged_with_counts_and_no_identifiers(caplog: pytest.LogCaptureFixture) -> None:
    bad1, bad2 = condition(id="secret-1"), condition(id="secret-2")
    bad1["code"] = bad2["code"] = {"text": "ryggsmerter"}
    with caplog.at_level(logging.WARNING, logger="cds_service.facts"):
        facts_of(bad1, bad2, patient=patient_resource("1980-03-15", id="patient-secret"))
    assert len(caplog.records) == 1
    message = caplog.records[0].getMessage()
    assert "2 data problem(s)" in message and "no recognised code x2" in message
    assert "secret" not in message and "1980" not in message


def test_no_log_line_without_problems(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="cds_service.facts"):
        facts_of(condition())
    assert caplog.records == []


# --- medications ----------------------------------------------------------------------------------------------


def statement(**fields: Any) -> dict[str, Any]:
    resource: dict[str, Any] = {"resourceType": "MedicationStatement", "id": "ms1", "status": "active"}
    if "medicationReference" not in fields:
        resource["medicationCodeableConcept"] = {"coding": [{"system": ATC, "code": "N02AJ06"}]}
    resource.update(fields)
    return resource


def only_medication(**kwargs: Any) -> MedicationFact:
    facts = facts_of(condition(), **kwargs)
    assert len(facts.medications) == 1, facts
    return facts.medications[0]


def test_statement_with_codeable_concept() -> None:
    fact = only_medication(statements=(statement(effectiveDateTime="2025-01-10T09:00:00"),))
    assert fact.concepts == {"OPIOID", "PARACETAMOL"} and fact.active and fact.status == "active"
    assert fact.start == date(2025, 1, 10) and not fact.as_needed
    assert fact.evidence.resource_type == "MedicationStatement" and fact.evidence.coding == Coding(ATC, "N02AJ06")


def test_statement_effective_period_start() -> None:
    fact = only_medication(statements=(statement(effectivePeriod={"start": "2024-12", "end": "2025-12"}),))
    assert fact.start == date(2024, 12, 1)


@pytest.mark.parametrize("status_code", ["completed", "stopped", "on-hold", "intended", "not-taken"])
def test_statement_status_other_than_active(status_code: str) -> None:
    assert not only_medication(statements=(statement(status=status_code),)).active


@pytest.mark.parametrize(
    ("dosage", "as_needed"),
    [
        ([{"asNeededBoolean": True}], True),
        ([{"asNeededCodeableConcept": {"text": "pain"}}], True),
        ([{"asNeededBoolean": False}], False),
        ([{"text": "1 x 3"}], False),
        ([{"asNeededBoolean": True}, {"text": "1 at night"}], False),
        ([], False),
        (None, False),
    ],
)
def test_as_needed(dosage: Any, as_needed: bool) -> None:
    fields = {"dosage": dosage} if dosage is not None else {}
    assert only_medication(statements=(statement(**fields),)).as_needed is as_needed


def test_contained_medication() -> None:
    resource = statement(
        medicationReference={"reference": "#med1"},
        contained=[
            {"resourceType": "Medication", "id": "med1", "code": {"coding": [{"system": ATC, "code": "M01AE01"}]}}
        ],
    )
    assert only_medication(statements=(resource,)).concepts == {"NSAID"}


def test_referenced_medication_and_ingredients() -> None:
    medication = {
        "resourceType": "Medication",
        "id": "m9",
        "code": {"coding": [{"system": "urn:local", "code": "PRODUCT-1"}]},
        "ingredient": [{"itemCodeableConcept": {"coding": [{"system": ATC, "code": "M01AE01"}]}}],
    }
    for reference in ("Medication/m9", "https://ehr.example/fhir/Medication/m9", "Medication/m9/_history/2"):
        resource = statement(medicationReference={"reference": reference})
        fact = only_medication(statements=(resource,), medications={"Medication/m9": medication})
        assert fact.concepts == {"NSAID"}


def test_unresolvable_medication_reference_is_reported() -> None:
    facts = facts_of(condition(), statements=(statement(medicationReference={"reference": "Medication/missing"}),))
    assert facts.medications == ()
    assert facts.problems == (DataProblem("MedicationStatement", "ms1", "medication reference not found"),)


def test_medication_without_code_or_status_is_reported() -> None:
    no_code = statement(id="a")
    del no_code["medicationCodeableConcept"]
    no_status = statement(id="b")
    del no_status["status"]
    facts = facts_of(condition(), statements=(no_code, no_status))
    assert facts.medications == ()
    assert [p.problem for p in facts.problems] == ["no recognised code", "no status"]


def test_medication_request() -> None:
    request = {
        "resourceType": "MedicationRequest",
        "id": "mr1",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"coding": [{"system": ATC, "code": "M01AE01"}]},
        "authoredOn": "2025-03-01T12:00:00+01:00",
        "dosageInstruction": [{"asNeededBoolean": True}],
    }
    fact = only_medication(requests=(request,))
    assert fact.active and fact.start == date(2025, 3, 1) and fact.as_needed
    assert fact.evidence.resource_type == "MedicationRequest"


def test_unreadable_effective_date_keeps_the_medication_without_a_start() -> None:
    facts = facts_of(condition(), statements=(statement(effectiveDateTime="yesterday"),))
    assert facts.medications[0].start is None
    assert [p.problem for p in facts.problems] == ["unreadable effectiveDateTime"]


@pytest.mark.parametrize(
    ("unavailable", "checked"),
    [((), True), ((UnavailableData("medications", "timeout"),), False)],
)
def test_medications_checked(unavailable: tuple[UnavailableData, ...], checked: bool) -> None:
    assert facts_of(condition(), unavailable=unavailable).medications_checked is checked


def test_codes_are_looked_up_once_per_call() -> None:
    stub = StubTerminology()
    record = PatientRecord(patient=patient_resource(), conditions=tuple(condition(id=f"c{i}") for i in range(50)))
    facts = extract(record, stub, TODAY)
    assert len(facts.conditions) == 50 and stub.calls == 1


def test_garbage_never_crashes() -> None:
    garbage: list[Any] = [
        {"resourceType": "Condition"},
        {"resourceType": "Condition", "code": {"coding": [None, 1, "x"]}, "clinicalStatus": "active"},
        {"resourceType": "Condition", "code": {"coding": [{"system": ICD10, "code": "M54.5"}]}, "onsetPeriod": 5},
        {"resourceType": "Condition", "code": {"coding": [{"system": ICD10, "code": "M54.5"}]}, "onsetAge": []},
        {"resourceType": "Condition", "id": 7, "code": {"coding": [{"system": ICD10, "code": "M54.5"}]},
         "verificationStatus": {"coding": "refuted"}, "abatementPeriod": {"end": 3}},
    ]  # fmt: skip
    statements: list[Any] = [
        {"resourceType": "MedicationStatement", "status": 5, "medicationReference": "x"},
        {"resourceType": "MedicationStatement", "medicationReference": {"reference": "#nope"}, "contained": 3},
        {"resourceType": "MedicationStatement", "status": "active",
         "medicationCodeableConcept": {"coding": [{"system": ATC, "code": "M01AE01"}]}, "dosage": [1, None]},
    ]  # fmt: skip
    facts = facts_of(*garbage, statements=tuple(statements), patient=patient_resource(["1980"]))
    assert isinstance(facts, PatientFacts) and facts.problems
