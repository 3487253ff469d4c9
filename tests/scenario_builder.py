"""Authoring tool for tests/scenarios/*.json (the committed data): ``python -m tests.scenario_builder``.

Each scenario is a full CDS Hooks ``patient-view`` request with prefetch, the evaluation date, and the card
ids expected, in order. The expected ids below are written by hand from rules.md, never computed by the
engine. Dates are given as days before TODAY so boundaries (27/28, 84/85, 89/90 days) stay exact.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

TODAY = date(2025, 6, 1)
SCENARIO_DIR = Path(__file__).parent / "scenarios"
PATIENT_ID = "pat-1"

SYSTEMS = {
    "icd10": "http://hl7.org/fhir/sid/icd-10",
    "icd10no": "urn:oid:2.16.578.1.12.4.1.1.7110",
    "icd10cm": "http://hl7.org/fhir/sid/icd-10-cm",
    "icpc2": "http://hl7.org/fhir/sid/icpc-2",
    "icpc2no": "urn:oid:2.16.578.1.12.4.1.1.7170",
    "sct": "http://snomed.info/sct",
    "atc": "http://www.whocc.no/atc",
    "atcno": "urn:oid:2.16.578.1.12.4.1.1.7180",
    "rxnorm": "http://www.nlm.nih.gov/research/umls/rxnorm",
}
CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
_counter = {"n": 0}


def _next_id(prefix: str) -> str:
    _counter["n"] += 1
    return f"{prefix}-{_counter['n']}"


def days_ago(days: int) -> str:
    return (TODAY - timedelta(days=days)).isoformat()


def coding(system: str, code: str) -> dict[str, Any]:
    return {"system": SYSTEMS[system], "code": code}


def condition(
    system: str,
    code: str,
    onset_days: int | None = None,
    *,
    status: str | None = "active",
    verification: str | None = "confirmed",
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Condition",
        "id": _next_id("cond"),
        "subject": {"reference": f"Patient/{PATIENT_ID}"},
        "code": {"coding": [coding(system, code)]},
    }
    if status is not None:
        resource["clinicalStatus"] = {"coding": [{"system": CLINICAL, "code": status}]}
    if verification is not None:
        resource["verificationStatus"] = {"coding": [{"system": VERIFICATION, "code": verification}]}
    if onset_days is not None:
        resource["onsetDateTime"] = days_ago(onset_days)
    resource.update(extra or {})
    return resource


def medication(
    system: str,
    code: str,
    start_days: int | None = 10,
    *,
    status: str = "active",
    as_needed: bool = False,
    kind: str = "MedicationStatement",
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": kind,
        "id": _next_id("med"),
        "status": status,
        "subject": {"reference": f"Patient/{PATIENT_ID}"},
        "medicationCodeableConcept": {"coding": [coding(system, code)]},
    }
    dosage = [{"asNeededBoolean": True}] if as_needed else [{"text": "1 tablet three times daily"}]
    if kind == "MedicationRequest":
        resource["intent"] = "order"
        resource["dosageInstruction"] = dosage
        if start_days is not None:
            resource["authoredOn"] = days_ago(start_days)
    else:
        resource["dosage"] = dosage
        if start_days is not None:
            resource["effectivePeriod"] = {"start": days_ago(start_days)}
    resource.update(extra or {})
    return resource


def bundle(resources: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    items = list(resources)
    return {
        "resourceType": "Bundle",
        "type": "searchset",
        "total": len(items),
        "entry": [
            {
                "fullUrl": f"https://ehr.example.org/fhir/{r['resourceType']}/{r['id']}",
                "resource": r,
                "search": {"mode": "include" if r["resourceType"] == "Medication" else "match"},
            }
            for r in items
        ],
    }


@dataclass
class Scenario:
    name: str
    description: str
    expected: Sequence[str]
    conditions: Sequence[Mapping[str, Any]] = ()
    statements: Sequence[Mapping[str, Any]] = ()
    requests: Sequence[Mapping[str, Any]] = ()
    birth_date: str | None = "1985-01-10"
    gender: str = "female"
    omit: Sequence[str] = ()
    patient_extra: Mapping[str, Any] = field(default_factory=dict)

    def document(self) -> dict[str, Any]:
        patient: dict[str, Any] = {"resourceType": "Patient", "id": PATIENT_ID, "gender": self.gender}
        if self.birth_date is not None:
            patient["birthDate"] = self.birth_date
        patient.update(self.patient_extra)
        prefetch: dict[str, Any] = {
            "patient": patient,
            "conditions": bundle(self.conditions),
            "medications": bundle(self.statements),
            "medicationRequests": bundle(self.requests),
        }
        for key in self.omit:
            prefetch.pop(key)
        request = {
            "hook": "patient-view",
            "hookInstance": str(uuid.uuid5(uuid.NAMESPACE_URL, f"lbp-scenario:{self.name}")),
            "context": {"userId": "Practitioner/prac-1", "patientId": PATIENT_ID},
            "prefetch": prefetch,
        }
        return {
            "description": self.description,
            "today": TODAY.isoformat(),
            "request": request,
            "expected_cards": list(self.expected),
        }


def lbp(days: int | None = 10, **kwargs: Any) -> dict[str, Any]:
    return condition("icd10", "M54.5", days, **kwargs)


def scenarios() -> list[Scenario]:
    """One flat, reviewable list."""
    s: list[Scenario] = []
    add = s.append

    # --- gate, status, code systems and normalisation ---------------------------------------------------
    add(
        Scenario(
            "gate-no-back-condition",
            "Asthma and hypertension only: no back complaint, no cards.",
            [],
            [condition("icd10", "J45.9", 300), condition("icd10", "I10", 900)],
            [medication("atc", "N02AJ06", 200)],
        )
    )
    add(
        Scenario(
            "gate-resolved-lbp-only",
            "Only a resolved low back pain: gate closed.",
            [],
            [lbp(400, status="resolved", extra={"abatementDateTime": days_ago(300)})],
        )
    )
    add(Scenario("gate-refuted-lbp", "Refuted low back pain is dropped.", [], [lbp(5, verification="refuted")]))
    add(
        Scenario(
            "gate-entered-in-error",
            "Entered-in-error low back pain is dropped.",
            [],
            [lbp(5, verification="entered-in-error")],
        )
    )
    add(
        Scenario(
            "gate-osteoporosis-only",
            "Osteoporosis without a fracture is not a specific back condition.",
            [],
            [condition("icd10", "M81.0", 100)],
        )
    )
    add(
        Scenario(
            "acute-icd10-who-10-days", "ICD-10 (WHO) M54.5, onset 10 days ago, age 40: acute.", ["lbp-acute"], [lbp(10)]
        )
    )
    add(
        Scenario(
            "acute-icd10-no-normalised-27-days",
            "Norwegian ICD-10 OID written M545, 27 days: still acute.",
            ["lbp-acute"],
            [condition("icd10no", "M545", 27)],
        )
    )
    add(
        Scenario(
            "subacute-lowercase-dotted-28-days",
            "ICD-10 written m54.5, 28 days: subacute.",
            ["lbp-subacute"],
            [condition("icd10", "m54.5", 28)],
        )
    )
    add(
        Scenario(
            "subacute-icpc2-hl7-84-days",
            "ICPC-2 (HL7 URI) L03, 84 days: still subacute.",
            ["lbp-subacute"],
            [condition("icpc2", "L03", 84)],
        )
    )
    add(
        Scenario(
            "chronic-icpc2-no-85-days",
            "ICPC-2 (Norwegian OID) L02, 85 days: chronic.",
            ["lbp-chronic"],
            [condition("icpc2no", "L02", 85)],
        )
    )
    add(
        Scenario(
            "chronic-snomed-with-depression",
            "SNOMED low back pain 400 days and depression: chronic card.",
            ["lbp-chronic"],
            [condition("sct", "279039007", 400), condition("icd10", "F32.1", 200)],
        )
    )
    add(
        Scenario(
            "acute-icd10cm",
            "ICD-10-CM M54.50 onset 3 days ago: acute.",
            ["lbp-acute"],
            [condition("icd10cm", "M54.50", 3)],
        )
    )
    add(
        Scenario(
            "unknown-duration-no-dates",
            "Active low back pain without any date: duration unknown, no card.",
            [],
            [lbp(None)],
        )
    )
    add(
        Scenario(
            "status-missing-active",
            "No clinicalStatus and no abatement counts as active.",
            ["lbp-acute"],
            [lbp(12, status=None, verification=None)],
        )
    )
    add(
        Scenario(
            "partial-and-timezone-less-dates",
            "Partial onset 2025-05 (its first day: 31 days ago) and a "
            "timezone-less onsetDateTime 12 days ago: the earliest counts, subacute.",
            ["lbp-subacute"],
            [
                lbp(None, extra={"onsetDateTime": "2025-05"}),
                condition(
                    "icd10", "M54.5", None, extra={"onsetDateTime": "2025-05-20T08:30:00", "recordedDate": "2025-05"}
                ),
            ],
        )
    )
    add(
        Scenario(
            "onset-age-and-period-forms",
            "onsetPeriod.start 60 days ago and onsetAge 40 a (birth 1985-01-10 "
            "-> 2025-01-10, 142 days): index onset is the earliest, chronic.",
            ["lbp-chronic"],
            [
                lbp(None, extra={"onsetPeriod": {"start": days_ago(60)}}),
                lbp(
                    None,
                    extra={"onsetAge": {"value": 40, "unit": "a", "system": "http://unitsofmeasure.org", "code": "a"}},
                ),
            ],
        )
    )
    add(
        Scenario(
            "onset-string-falls-back-to-recorded-date",
            "onsetString is ignored; recordedDate 20 days ago.",
            ["lbp-acute"],
            [lbp(None, extra={"onsetString": "after moving house", "recordedDate": days_ago(20) + "T14:00:00+02:00"})],
        )
    )

    # --- recurrence -------------------------------------------------------------------------------------
    add(
        Scenario(
            "recurrent-prior-resolved-episode",
            "Current ICPC-2 L03 and a resolved M54.5 two years ago.",
            ["lbp-acute", "lbp-recurrent"],
            [condition("icpc2", "L03", 10), lbp(800, status="resolved", extra={"abatementDateTime": days_ago(700)})],
        )
    )
    add(
        Scenario(
            "recurrent-status-recurrence",
            "clinicalStatus recurrence on the current condition.",
            ["lbp-subacute", "lbp-recurrent"],
            [lbp(40, status="recurrence")],
        )
    )
    add(
        Scenario(
            "not-recurrent-later-resolved",
            "A resolved condition with onset after the index onset is not a prior episode.",
            ["lbp-chronic"],
            [lbp(300), condition("icpc2no", "L02", 100, status="resolved")],
        )
    )

    # --- red flags ----------------------------------------------------------------------------------------
    add(
        Scenario(
            "rf1-age-19-at-onset",
            "First-ever LBP 10 days ago at age 19: RF1.",
            ["lbp-red-flags", "lbp-acute"],
            [lbp(10)],
            birth_date="2006-01-01",
        )
    )
    add(
        Scenario(
            "rf1-age-20-at-onset",
            "First-ever LBP at age 20: no RF1.",
            ["lbp-acute"],
            [lbp(10)],
            birth_date="2005-01-01",
        )
    )
    add(
        Scenario(
            "rf1-age-50-at-onset",
            "First-ever LBP at age 50: no RF1.",
            ["lbp-acute"],
            [lbp(10)],
            birth_date="1975-01-01",
        )
    )
    add(
        Scenario(
            "rf1-age-51-at-onset",
            "First-ever LBP at age 51: RF1.",
            ["lbp-red-flags", "lbp-acute"],
            [lbp(10)],
            birth_date="1974-01-01",
        )
    )
    add(
        Scenario(
            "rf1-onset-84-days",
            "Age 70, first-ever onset 84 days ago: still new, RF1.",
            ["lbp-red-flags", "lbp-subacute"],
            [lbp(84)],
            birth_date="1955-01-01",
        )
    )
    add(
        Scenario(
            "rf1-onset-85-days",
            "Age 70, first-ever onset 85 days ago: not new, no RF1.",
            ["lbp-chronic"],
            [lbp(85)],
            birth_date="1955-01-01",
        )
    )
    add(
        Scenario(
            "rf1-not-first-ever",
            "Age 70, new episode after an earlier one: no RF1.",
            ["lbp-acute", "lbp-recurrent"],
            [lbp(10), lbp(2000, status="resolved")],
            birth_date="1955-01-01",
        )
    )
    add(
        Scenario(
            "rf3-malaise-icpc2",
            "ICPC-2 A05 (feeling ill) with chronic back pain.",
            ["lbp-red-flags", "lbp-chronic"],
            [condition("icpc2no", "L03", 200), condition("icpc2no", "A05", 20)],
        )
    )
    add(
        Scenario(
            "rf4b-cancer-history",
            "Breast cancer resolved years ago still counts (RF4b).",
            ["lbp-red-flags", "lbp-chronic"],
            [lbp(200), condition("icpc2", "X76", 3000, status="resolved")],
        )
    )
    add(
        Scenario(
            "rf4c-adverse-drug-effect",
            "Coded adverse drug effect (ICD-10 Y42.0).",
            ["lbp-red-flags", "lbp-chronic"],
            [lbp(200), condition("icd10", "Y42.0", 30)],
        )
    )
    add(
        Scenario(
            "rf4c-glucocorticoid-90-days",
            "Prednisolone (ATC) started 90 days ago: RF4c.",
            ["lbp-red-flags", "lbp-chronic"],
            [lbp(200)],
            [medication("atc", "H02AB06", 90)],
        )
    )
    add(
        Scenario(
            "rf4c-glucocorticoid-89-days",
            "Prednisolone started 89 days ago: not yet long-term.",
            ["lbp-chronic"],
            [lbp(200)],
            [medication("atc", "H02AB06", 89)],
        )
    )
    add(
        Scenario(
            "rf5a-neuro-deficit-nerve-root",
            "ICPC-2 N18 weakness with ICPC-2 L86 sciatica, 40 days.",
            ["lbp-red-flags", "lbp-subacute", "lbp-nerve-root"],
            [condition("icpc2no", "L86", 40), condition("icpc2no", "N18", 5)],
        )
    )
    add(
        Scenario(
            "cauda-equina-snomed",
            "SNOMED cauda equina syndrome with sciatica: critical, advice suppressed.",
            ["lbp-cauda-equina", "lbp-red-flags"],
            [condition("sct", "23056005", 5), condition("sct", "192970008", 1)],
        )
    )
    add(
        Scenario(
            "cauda-equina-alone-icd10",
            "ICD-10 G83.4 cauda equina syndrome with no other back diagnosis coded: the emergency card still fires.",
            ["lbp-cauda-equina", "lbp-red-flags"],
            [condition("icd10", "G83.4", 1)],
        )
    )
    add(
        Scenario(
            "cauda-equina-resolved",
            "Resolved cauda equina syndrome: neither critical card nor RF5a.",
            ["lbp-chronic"],
            [lbp(300), condition("icd10", "G83.4", 2000, status="resolved")],
        )
    )

    # --- contraindications -------------------------------------------------------------------------------
    add(
        Scenario(
            "ci-absolute-spinal-metastasis",
            "Bone metastasis C79.5 with back pain and an NSAID: absolute CI; "
            "advice suppressed; red flag and medication card kept.",
            ["lbp-ci-absolute", "lbp-red-flags", "lbp-nsaid"],
            [lbp(30), condition("icd10", "C79.5", 60)],
            [medication("atc", "M01AE01", 20)],
        )
    )
    add(
        Scenario(
            "ci-absolute-unstable-burst-icd10cm",
            "ICD-10-CM S32.012A unstable burst fracture of L1.",
            ["lbp-ci-absolute", "lbp-red-flags"],
            [condition("icd10cm", "S32.012A", 100)],
        )
    )
    add(
        Scenario(
            "ci-absolute-fracture-with-instability",
            "ICD-10 T08 spine fracture with M53.2 instability.",
            ["lbp-ci-absolute", "lbp-red-flags"],
            [condition("icd10", "T08", 100), condition("icd10", "M53.2", 100)],
        )
    )
    add(
        Scenario(
            "ci-absolute-negative-metastasis-remission",
            "Spinal metastasis in remission: red flag only.",
            ["lbp-red-flags", "lbp-chronic"],
            [lbp(200), condition("icd10", "C79.5", 900, status="remission")],
        )
    )
    add(
        Scenario(
            "ci-rel-stable-burst-icd10cm",
            "ICD-10-CM S32.011A stable burst fracture (trauma flag too).",
            ["lbp-red-flags", "lbp-ci-rel-stable-burst"],
            [condition("icd10cm", "S32.011A", 100)],
        )
    )
    add(
        Scenario(
            "ci-rel-osteoporotic-fracture-female",
            "ICD-10 M80.08, woman aged 75, onset 200 days.",
            ["lbp-ci-rel-osteoporotic-fracture"],
            [condition("icd10", "M80.08", 200)],
            birth_date="1950-01-01",
        )
    )
    add(
        Scenario(
            "ci-rel-osteoporotic-fracture-male",
            "SNOMED compression fracture with M81.0 osteoporosis, man: no sex restriction.",
            ["lbp-ci-rel-osteoporotic-fracture"],
            [condition("sct", "42942008", 200), condition("icd10", "M81.0", 900)],
            birth_date="1950-01-01",
            gender="male",
        )
    )
    add(
        Scenario(
            "ci-fracture-stability-unknown",
            "SNOMED fracture of vertebral column without osteoporosis or stability: confirm stability; trauma flag.",
            ["lbp-red-flags", "lbp-ci-fracture-stability-unknown"],
            [condition("sct", "50448004", 200)],
        )
    )
    add(
        Scenario(
            "ci-rel-claudication",
            "Lumbar stenosis M48.06 (claudication proxy), 40 days.",
            ["lbp-ci-rel-claudication", "lbp-subacute", "lbp-nerve-root"],
            [condition("icd10", "M48.06", 40)],
        )
    )
    add(
        Scenario(
            "nerve-root-hip-oa-differential",
            "Stenosis with hip OA (ICPC-2 L89): the nerve-root card gets the differential line.",
            ["lbp-ci-rel-claudication", "lbp-chronic", "lbp-nerve-root"],
            [condition("icd10", "M48.06", 200), condition("icpc2", "L89", 900)],
        )
    )
    add(
        Scenario(
            "nerve-root-sciatica-no-claudication",
            "M54.4 lumbago with sciatica: no claudication card.",
            ["lbp-acute", "lbp-nerve-root"],
            [condition("icd10", "M54.4", 5)],
        )
    )
    for age, birth, adolescent in (
        (9, "2016-01-01", False),
        (10, "2015-01-01", True),
        (19, "2006-01-01", True),
        (20, "2005-01-01", False),
    ):
        add(
            Scenario(
                f"spondylolysis-age-{age}",
                f"Spondylolysis M43.06 at age {age}, onset 200 days.",
                ["lbp-ci-rel-spondylolysis-adolescent"] if adolescent else ["lbp-specific-referral"],
                [condition("icd10", "M43.06", 200)],
                birth_date=birth,
            )
        )
        add(
            Scenario(
                f"scoliosis-age-{age}",
                f"SNOMED adolescent idiopathic scoliosis at age {age} (RF5b too).",
                ["lbp-red-flags", "lbp-specific-scoliosis-adolescent" if adolescent else "lbp-specific-referral"],
                [condition("sct", "203646004", 200)],
                birth_date=birth,
            )
        )

    # --- specific conditions and postop -------------------------------------------------------------------
    add(
        Scenario(
            "specific-bechterew",
            "Ankylosing spondylitis M45 with chronic LBP: specific group.",
            ["lbp-specific-bechterew"],
            [lbp(400), condition("icd10", "M45", 2000)],
        )
    )
    add(
        Scenario(
            "specific-bechterew-negative-resolved",
            "Resolved SNOMED ankylosing spondylitis: nonspecific group.",
            ["lbp-acute"],
            [lbp(5), condition("sct", "9631008", 2000, status="resolved")],
        )
    )
    add(
        Scenario(
            "specific-referral-adult-spondylolisthesis",
            "SNOMED spondylolisthesis, adult, with LBP.",
            ["lbp-specific-referral"],
            [condition("sct", "274152003", 300), lbp(100)],
        )
    )
    add(
        Scenario(
            "postop-with-acute-pain",
            "Arthrodesis status Z98.1 (Norwegian OID) and acute LBP.",
            ["lbp-acute", "lbp-postop"],
            [condition("icd10no", "Z98.1", 30), lbp(5)],
        )
    )
    add(
        Scenario(
            "postop-negative-resolved-status",
            "A resolved post-laminectomy condition gives no postop card.",
            ["lbp-acute"],
            [condition("icd10", "M96.1", 900, status="resolved"), lbp(5)],
        )
    )
    add(
        Scenario(
            "postop-alone-with-opioid",
            "Postlaminectomy M96.1 only, tramadol (Norwegian ATC OID).",
            ["lbp-opioid", "lbp-postop"],
            [condition("icd10", "M96.1", 100)],
            [medication("atcno", "N02AX02", 20)],
        )
    )

    # --- medications --------------------------------------------------------------------------------------
    add(
        Scenario(
            "opioid-combination-90-days",
            "Paralgin forte N02AJ06 for 90 days with acute LBP (dependence).",
            ["lbp-opioid", "lbp-acute"],
            [lbp(10)],
            [medication("atcno", "N02AJ06", 90, as_needed=True)],
        )
    )
    add(
        Scenario(
            "opioid-89-days-as-needed",
            "Codeine/paracetamol as needed for 89 days, acute LBP.",
            ["lbp-opioid", "lbp-acute"],
            [lbp(10)],
            [medication("atc", "N02AJ06", 89, as_needed=True)],
        )
    )
    add(
        Scenario(
            "opioid-negative-completed-and-antitussive",
            "Completed oxycodone and codeine as cough medicine.",
            ["lbp-acute"],
            [lbp(10)],
            [medication("atc", "N02AA05", 30, status="completed"), medication("atc", "R05DA04", 5)],
        )
    )
    add(
        Scenario(
            "opioid-medication-request-rxnorm",
            "Active MedicationRequest for oxycodone (RxNorm 7804).",
            ["lbp-opioid", "lbp-acute"],
            [lbp(10)],
            requests=[medication("rxnorm", "7804", 5, kind="MedicationRequest")],
        )
    )
    add(
        Scenario(
            "nsaid-rxnorm-with-warfarin",
            "Ibuprofen and warfarin (RxNorm), age 70: NSAID risk factors.",
            ["lbp-nsaid", "lbp-chronic"],
            [lbp(100, extra={})],
            [medication("rxnorm", "5640", 5, as_needed=True), medication("rxnorm", "11289", 400)],
            birth_date="1955-01-01",
        )
    )
    contained = medication(
        "atc",
        "M01AE01",
        5,
        extra={
            "contained": [{"resourceType": "Medication", "id": "ibu", "code": {"coding": [coding("atc", "M01AE01")]}}],
            "medicationReference": {"reference": "#ibu"},
        },
    )
    del contained["medicationCodeableConcept"]
    add(
        Scenario(
            "nsaid-contained-medication-with-ppi",
            "NSAID through a contained Medication, with a PPI.",
            ["lbp-nsaid", "lbp-acute"],
            [lbp(10)],
            [contained, medication("atc", "A02BC01", 5)],
        )
    )
    referenced = medication("atc", "M01AB05", 5, extra={"medicationReference": {"reference": "Medication/diclo"}})
    del referenced["medicationCodeableConcept"]
    diclofenac = {"resourceType": "Medication", "id": "diclo", "code": {"coding": [coding("atcno", "M01AB05")]}}
    add(
        Scenario(
            "nsaid-referenced-medication",
            "Diclofenac through Medication/{id} included in the Bundle.",
            ["lbp-nsaid", "lbp-acute"],
            [lbp(10)],
            [referenced, diclofenac],
        )
    )
    add(
        Scenario(
            "nsaid-negative-topical",
            "Topical diclofenac gel (M02AA15) is not a systemic NSAID.",
            ["lbp-acute"],
            [lbp(10)],
            [medication("atc", "M02AA15", 5)],
        )
    )
    add(
        Scenario(
            "analgesic-regular-paracetamol-28-days",
            "Chronic LBP, regular paracetamol for 28 days.",
            ["lbp-chronic", "lbp-analgesic-regular"],
            [lbp(200)],
            [medication("atc", "N02BE01", 28)],
        )
    )
    add(
        Scenario(
            "analgesic-regular-negative-27-days",
            "Chronic LBP, regular paracetamol for 27 days only.",
            ["lbp-chronic"],
            [lbp(200)],
            [medication("atc", "N02BE01", 27)],
        )
    )
    add(
        Scenario(
            "analgesic-regular-negative-as-needed",
            "Chronic LBP, paracetamol as needed for a year.",
            ["lbp-chronic"],
            [lbp(200)],
            [medication("rxnorm", "161", 365, as_needed=True)],
        )
    )
    add(
        Scenario(
            "paracetamol-alone-acute",
            "Paracetamol with acute LBP raises no medication card.",
            ["lbp-acute"],
            [lbp(10)],
            [medication("atc", "N02BE01", 5)],
        )
    )
    add(
        Scenario(
            "opioid-with-benzodiazepine",
            "Tramadol and diazepam (ATC).",
            ["lbp-opioid", "lbp-opioid-sedative", "lbp-acute"],
            [lbp(10)],
            [medication("atc", "N02AX02", 5), medication("atc", "N05BA01", 50)],
        )
    )
    add(
        Scenario(
            "opioid-with-gabapentinoid-request",
            "Oxycodone statement and a pregabalin MedicationRequest, sciatica 30 days.",
            ["lbp-opioid", "lbp-opioid-sedative", "lbp-subacute", "lbp-nerve-root"],
            [condition("icd10", "M54.16", 30)],
            [medication("atc", "N02AA05", 5)],
            requests=[medication("atc", "N02BF02", 20, kind="MedicationRequest")],
        )
    )
    add(
        Scenario(
            "sedative-without-opioid",
            "A benzodiazepine alone raises no card.",
            ["lbp-acute"],
            [lbp(10)],
            [medication("rxnorm", "596", 5)],
        )
    )
    add(
        Scenario(
            "medications-not-checked",
            "MedicationStatement key not prefetched and no fhirServer: the opioid in the "
            "MedicationRequests that could be read still raises its card (the cards say the list was incomplete).",
            ["lbp-opioid", "lbp-chronic", "lbp-analgesic-regular"],
            [lbp(200)],
            requests=[medication("atc", "N02AA05", 200, kind="MedicationRequest")],
            omit=["medications"],
        )
    )
    add(
        Scenario(
            "everything-chronic-nerve-root",
            "Chronic stenosis, cancer history, depression, NSAID and opioid for a year, age 70, postop.",
            [
                "lbp-red-flags",
                "lbp-ci-rel-claudication",
                "lbp-opioid",
                "lbp-nsaid",
                "lbp-chronic",
                "lbp-nerve-root",
                "lbp-postop",
                "lbp-analgesic-regular",
            ],
            [
                condition("icd10", "M48.06", 500),
                condition("icd10", "C61", 3000, status="remission"),
                condition("icpc2no", "P76", 300),
                condition("icd10", "Z98.1", 400),
            ],
            [medication("atc", "N02AJ07", 365)],
            birth_date="1955-01-01",
            gender="male",
        )
    )
    return s


def write_all(directory: Path = SCENARIO_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for scenario in scenarios():
        path = directory / f"{scenario.name}.json"
        path.write_text(json.dumps(scenario.document(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in write_all():
        print(written_path)
