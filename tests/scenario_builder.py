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


def coding(system: str | None, code: str) -> dict[str, Any]:
    """``system``: a SYSTEMS key, a literal URI (the §5.1 aliases and unknown systems), or None (no system)."""
    if system is None:
        return {"code": code}
    return {"system": SYSTEMS.get(system, system), "code": code}


def condition(
    system: str | None,
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
    # §5 (reading real EHR data): appended last so the resource counter leaves the older files unchanged.
    s.extend(ehr_scenarios())
    return s


# --- §5 "Reading real EHR data": helpers ------------------------------------------------------------------
# US-shaped records: SNOMED CT / ICD-10-CM Conditions (Synthea-style category and recordedDate) and RxNorm
# MedicationRequests with authoredOn. Norwegian records: ICPC-2 and ICD-10 under the Norwegian OIDs, ATC
# MedicationStatements. The §5.3 instants are written literally: TODAY 2025-06-01 minus 27/28 days is
# 2025-05-05/04 (Oslo UTC+2), minus 84/85 days 2025-03-09/08 and minus 89/90 days 2025-03-04/03 (Oslo UTC+1).

_UNSET: Any = object()
CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category"
OTHER_PATIENT = "Patient/other-99"
US_PATIENT = {"address": [{"city": "Springfield", "state": "MA", "country": "US"}]}
NO_PATIENT = {"address": [{"city": "Bergen", "country": "NO"}]}


def dx(
    system: str | None,
    code: str,
    onset: int | str | None = 10,
    *,
    display: str | None = None,
    status: str | None = "active",
    verification: str | None = "confirmed",
    clinical: Any = _UNSET,
    verified: Any = _UNSET,
    abated: int | None = None,
    subject: str | None = None,
    us: bool = False,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """A Condition in a real-EHR shape.

    system: a SYSTEMS key, a literal URI or None; onset: days before TODAY, or a dateTime string written as is;
    clinical / verified: the raw JSON of clinicalStatus / verificationStatus (a plain string, ``{"text": ...}``,
    ``{}``, a coding with another system); abated: abatementDateTime in days before TODAY; subject: another
    reference; us: add the US (Synthea) category and recordedDate.
    """
    resource = condition(
        system, code, onset if isinstance(onset, int) else None, status=status, verification=verification
    )
    if display is not None:
        resource["code"]["coding"][0]["display"] = display
    if clinical is not _UNSET:
        resource["clinicalStatus"] = clinical
    if verified is not _UNSET:
        resource["verificationStatus"] = verified
    if isinstance(onset, str):
        resource["onsetDateTime"] = onset
    if subject is not None:
        resource["subject"] = {"reference": subject}
    if us:
        resource["category"] = [
            {"coding": [{"system": CATEGORY, "code": "encounter-diagnosis", "display": "Encounter Diagnosis"}]}
        ]
        if "onsetDateTime" in resource:
            resource["recordedDate"] = resource["onsetDateTime"]
    if abated is not None:
        resource["abatementDateTime"] = days_ago(abated)
    resource.update(extra or {})
    return resource


def rx(
    system: str,
    code: str,
    start: int | str | None = 10,
    *,
    display: str | None = None,
    request: bool = False,
    as_needed: bool = False,
    subject: str | None = None,
) -> dict[str, Any]:
    """A MedicationRequest (US, ``request=True``: authoredOn) or a MedicationStatement (effectivePeriod.start)."""
    kind = "MedicationRequest" if request else "MedicationStatement"
    resource = medication(system, code, start if isinstance(start, int) else None, as_needed=as_needed, kind=kind)
    if isinstance(start, str):
        if request:
            resource["authoredOn"] = start
        else:
            resource["effectivePeriod"] = {"start": start}
    if display is not None:
        resource["medicationCodeableConcept"]["coding"][0]["display"] = display
    if subject is not None:
        resource["subject"] = {"reference": subject}
    return resource


def clinical_coding(code: str, system: str = CLINICAL) -> dict[str, Any]:
    return {"coding": [{"system": system, "code": code}]}


def us_case(
    name: str,
    description: str,
    expected: Sequence[str],
    conditions: Sequence[Mapping[str, Any]],
    requests: Sequence[Mapping[str, Any]] = (),
    **kwargs: Any,
) -> Scenario:
    return Scenario(name, description, expected, conditions, requests=requests, patient_extra=US_PATIENT, **kwargs)


def no_case(
    name: str,
    description: str,
    expected: Sequence[str],
    conditions: Sequence[Mapping[str, Any]],
    statements: Sequence[Mapping[str, Any]] = (),
    **kwargs: Any,
) -> Scenario:
    return Scenario(name, description, expected, conditions, statements, patient_extra=NO_PATIENT, **kwargs)


# Common back complaints.
def us_lbp(onset: int | str = 10) -> dict[str, Any]:
    return dx("sct", "279039007", onset, display="Low back pain (finding)", us=True)


def us_lbp_cm(onset: int | str = 10) -> dict[str, Any]:
    return dx("icd10cm", "M54.50", onset, display="Low back pain, unspecified", us=True)


def us_sciatica(onset: int = 5) -> dict[str, Any]:
    return dx("sct", "23056005", onset, display="Sciatica (disorder)", us=True)


def no_l03(onset: int | str | None = 10, **kwargs: Any) -> dict[str, Any]:
    return dx("icpc2no", "L03", onset, display="Korsryggsymptomer/-plager", **kwargs)


CAUDA = ["lbp-cauda-equina", "lbp-red-flags"]
CI_ABS = ["lbp-ci-absolute", "lbp-red-flags"]
FRACTURE = ["lbp-red-flags", "lbp-ci-fracture-stability-unknown"]
RF_ACUTE = ["lbp-red-flags", "lbp-acute"]
OPIOID_SEDATIVE = ["lbp-opioid", "lbp-opioid-sedative", "lbp-acute"]
SCT_CAUDA = "192970008"
SCT_CAUDA_DISPLAY = "Cauda equina syndrome (disorder)"


def ehr_scenarios() -> list[Scenario]:
    """§5 of rules.md: code systems, statuses, time zones, the back-complaint gate, value-set additions and
    spinal infection, each as a US and/or a Norwegian record. Expected ids written by hand from rules.md."""
    s: list[Scenario] = []
    add = s.append

    # --- §5.1 system URIs: every alias on a critical concept ----------------------------------------------
    for name, uri in (
        ("trailing-slash", "http://snomed.info/sct/"),
        ("https", "https://snomed.info/sct"),
        ("upper-case-scheme-host", "HTTP://SNOMED.INFO/sct"),
        ("us-edition-uri", "http://snomed.info/sct/731000124108"),
        ("edition-version-uri", "http://snomed.info/sct/45991000052106/version/20231115"),
    ):
        add(
            us_case(
                f"s5-1-snomed-{name}-cauda-equina-us",
                f"§5.1 SNOMED CT system written {uri}: sciatica and cauda equina syndrome 192970008 -> critical card, "
                "advice suppressed.",
                CAUDA,
                [us_sciatica(5), dx(uri, SCT_CAUDA, 1, display=SCT_CAUDA_DISPLAY, us=True)],
            )
        )
    add(
        no_case(
            "s5-1-snomed-norwegian-edition-version-uri-cauda-equina-no",
            "§5.1 SNOMED CT Norwegian edition URI http://snomed.info/sct/51000202101/version/20240415: ICPC-2 L03 "
            "and cauda equina 192970008 -> critical card.",
            CAUDA,
            [
                no_l03(5),
                dx("http://snomed.info/sct/51000202101/version/20240415", SCT_CAUDA, 1, display="Cauda equina-syndrom"),
            ],
        )
    )
    add(
        us_case(
            "s5-1-snomed-hl7-oid-spinal-metastasis-us",
            "§5.1 SNOMED CT as HL7 OID urn:oid:2.16.840.1.113883.6.96: secondary malignancy of the vertebral column "
            "94602001 with low back pain -> possible absolute contraindication.",
            CI_ABS,
            [
                us_lbp(30),
                dx(
                    "urn:oid:2.16.840.1.113883.6.96",
                    "94602001",
                    60,
                    display="Secondary malignant neoplasm of vertebral column (disorder)",
                    us=True,
                ),
            ],
            birth_date="1958-03-14",
            gender="male",
        )
    )
    add(
        no_case(
            "s5-1-icd10-trailing-slash-cauda-equina-no",
            "§5.1 ICD-10 WHO URI with a trailing slash (http://hl7.org/fhir/sid/icd-10/): G83.4 with L03 -> critical.",
            CAUDA,
            [no_l03(5), dx("http://hl7.org/fhir/sid/icd-10/", "G83.4", 1, display="Cauda equina-syndrom")],
        )
    )
    add(
        no_case(
            "s5-1-icd10-https-spinal-metastasis-no",
            "§5.1 ICD-10 WHO URI with https: C79.5 bone metastasis with L03 -> possible absolute contraindication.",
            CI_ABS,
            [
                no_l03(30),
                dx("https://hl7.org/fhir/sid/icd-10", "C79.5", 60, display="Sekundær ondartet svulst i knokkel"),
            ],
        )
    )
    add(
        no_case(
            "s5-1-icd10-hl7-oid-cauda-equina-no",
            "§5.1 ICD-10 WHO as HL7 OID urn:oid:2.16.840.1.113883.6.3: G83.4 with L03 -> critical.",
            CAUDA,
            [no_l03(5), dx("urn:oid:2.16.840.1.113883.6.3", "G83.4", 1, display="Cauda equina-syndrom")],
        )
    )
    add(
        no_case(
            "s5-1-icd10-upper-case-host-spinal-metastasis-no",
            "§5.1 ICD-10 WHO URI with an upper-case host (http://HL7.ORG/fhir/sid/icd-10): C79.5 with L03 -> "
            "possible absolute contraindication.",
            CI_ABS,
            [no_l03(30), dx("http://HL7.ORG/fhir/sid/icd-10", "C79.5", 60)],
        )
    )
    add(
        us_case(
            "s5-1-icd10cm-hl7-oid-unstable-burst-us",
            "§5.1 ICD-10-CM as HL7 OID urn:oid:2.16.840.1.113883.6.90: S32.012A unstable burst fracture of L1 "
            "with M54.50 -> absolute contraindication, advice suppressed.",
            CI_ABS,
            [
                us_lbp_cm(20),
                dx(
                    "urn:oid:2.16.840.1.113883.6.90",
                    "S32.012A",
                    20,
                    display="Unstable burst fracture of first lumbar vertebra, initial encounter for closed fracture",
                    us=True,
                ),
            ],
        )
    )
    add(
        us_case(
            "s5-1-icd10cm-https-trailing-slash-cauda-equina-us",
            "§5.1 ICD-10-CM URI with https and a trailing slash: G83.4 with M54.50 -> critical.",
            CAUDA,
            [
                us_lbp_cm(3),
                dx("https://hl7.org/fhir/sid/icd-10-cm/", "G83.4", 1, display="Cauda equina syndrome", us=True),
            ],
        )
    )
    add(
        no_case(
            "s5-1-cm-code-under-who-uri-unstable-burst-no",
            "§5.1 ICD-10-CM code S32.012A sent under the WHO ICD-10 URI (migrated record) keeps its CM meaning: "
            "unstable burst -> absolute contraindication.",
            CI_ABS,
            [no_l03(20), dx("icd10", "S32.012A", 20)],
        )
    )
    add(
        no_case(
            "s5-1-cm-code-under-norwegian-oid-unstable-burst-no",
            "§5.1 ICD-10-CM code S32.012A sent under the Norwegian ICD-10 OID keeps its CM meaning: unstable burst "
            "-> absolute contraindication.",
            CI_ABS,
            [no_l03(20), dx("icd10no", "S32.012A", 20)],
        )
    )
    add(
        no_case(
            "s5-1-cm-code-under-who-uri-m84-58xa-no",
            "§5.1 ICD-10-CM M84.58XA (pathological fracture in neoplastic disease, vertebra) under the WHO URI keeps "
            "its CM meaning (no back complaint needed): possible absolute contraindication.",
            CI_ABS,
            [dx("icd10", "M84.58XA", 30)],
            birth_date="1952-09-02",
        )
    )
    add(
        no_case(
            "s5-1-icpc2-https-trailing-slash-fracture-no",
            "§5.1 ICPC-2 HL7 URI with https and a trailing slash: L76 fracture with L03 -> trauma flag and "
            "stability card (specific group, no duration card).",
            FRACTURE,
            [no_l03(20), dx("https://hl7.org/fhir/sid/icpc-2/", "L76", 20, display="Brudd, annet")],
        )
    )
    add(
        no_case(
            "s5-1-icpc2-upper-case-host-malaise-no",
            "§5.1 ICPC-2 HL7 URI with an upper-case host: A05 feeling ill with chronic L02 -> RF3.",
            ["lbp-red-flags", "lbp-chronic"],
            [
                dx("icpc2no", "L02", 200, display="Ryggsymptomer/-plager"),
                dx("http://HL7.ORG/fhir/sid/icpc-2", "A05", 20, display="Sykdomsfølelse"),
            ],
        )
    )
    add(
        us_case(
            "s5-1-rxnorm-hl7-oid-oxycodone-us",
            "§5.1 RxNorm as HL7 OID urn:oid:2.16.840.1.113883.6.88: oxycodone 5 MG tablet MedicationRequest -> opioid.",
            ["lbp-opioid", "lbp-acute"],
            [us_lbp_cm(10)],
            [
                rx(
                    "urn:oid:2.16.840.1.113883.6.88",
                    "1049621",
                    5,
                    request=True,
                    display="oxycodone hydrochloride 5 MG Oral Tablet",
                )
            ],
        )
    )
    add(
        us_case(
            "s5-1-rxnorm-https-trailing-slash-tramadol-us",
            "§5.1 RxNorm URI with https and a trailing slash: tramadol 50 MG tablet -> opioid.",
            ["lbp-opioid", "lbp-acute"],
            [us_lbp(10)],
            [
                rx(
                    "https://www.nlm.nih.gov/research/umls/rxnorm/",
                    "835603",
                    5,
                    request=True,
                    display="tramadol hydrochloride 50 MG Oral Tablet",
                )
            ],
        )
    )
    add(
        us_case(
            "s5-1-rxnorm-upper-case-host-prednisone-us",
            "§5.1 RxNorm URI with an upper-case host: prednisone 20 MG tablet ordered 120 days ago with chronic "
            "low back pain -> RF4c.",
            ["lbp-red-flags", "lbp-chronic"],
            [us_lbp(200)],
            [
                rx(
                    "http://WWW.NLM.NIH.GOV/research/umls/rxnorm",
                    "312615",
                    120,
                    request=True,
                    display="predniSONE 20 MG Oral Tablet",
                )
            ],
        )
    )
    add(
        no_case(
            "s5-1-atc-hl7-oid-tramadol-no",
            "§5.1 ATC as HL7 OID urn:oid:2.16.840.1.113883.6.73: tramadol N02AX02 -> opioid.",
            ["lbp-opioid", "lbp-acute"],
            [no_l03(10)],
            [rx("urn:oid:2.16.840.1.113883.6.73", "N02AX02", 5, display="Tramadol")],
        )
    )
    add(
        no_case(
            "s5-1-atc-https-trailing-slash-paralgin-forte-no",
            "§5.1 ATC URI with https and a trailing slash: codeine + paracetamol N02AJ06 -> opioid.",
            ["lbp-opioid", "lbp-acute"],
            [no_l03(10)],
            [rx("https://www.whocc.no/atc/", "N02AJ06", 5, display="Kodein og paracetamol")],
        )
    )
    add(
        no_case(
            "s5-1-atc-upper-case-scheme-host-ibuprofen-no",
            "§5.1 ATC URI with upper-case scheme and host: ibuprofen M01AE01 -> NSAID.",
            ["lbp-nsaid", "lbp-acute"],
            [no_l03(10)],
            [rx("HTTP://WWW.WHOCC.NO/atc", "M01AE01", 5, display="Ibuprofen")],
        )
    )
    # negatives: systems that are not accepted are not guessed
    add(
        us_case(
            "s5-1-negative-snomed-org-system-us",
            "§5.1 negative: cauda equina 192970008 under http://snomed.org/sct (not a SNOMED CT URI) matches "
            "nothing; the sciatica alone -> acute nerve-root.",
            ["lbp-acute", "lbp-nerve-root"],
            [us_sciatica(5), dx("http://snomed.org/sct", SCT_CAUDA, 1, display=SCT_CAUDA_DISPLAY, us=True)],
        )
    )
    add(
        no_case(
            "s5-1-negative-unknown-oid-no",
            "§5.1 negative: G83.4 under urn:oid:1.2.3.4 (unknown system) matches nothing; L03 -> acute.",
            ["lbp-acute"],
            [no_l03(10), dx("urn:oid:1.2.3.4", "G83.4", 1)],
        )
    )
    add(
        no_case(
            "s5-1-negative-missing-system-no",
            "§5.1 negative: C79.5 with no system is not guessed (no cancer flag, no contraindication); L03 -> acute.",
            ["lbp-acute"],
            [no_l03(10), dx(None, "C79.5", 60)],
        )
    )
    text_only = dx("sct", SCT_CAUDA, 1, us=True)
    text_only["code"] = {"text": "Cauda equina syndrome"}
    add(
        us_case(
            "s5-1-negative-text-only-condition-us",
            "§5.1 negative: a Condition with code.text 'Cauda equina syndrome' and no coding is not assessed "
            "(text is never matched); low back pain -> acute.",
            ["lbp-acute"],
            [us_lbp(10), text_only],
        )
    )
    add(
        us_case(
            "s5-1-negative-icd9cm-system-us",
            "§5.1 negative: cauda equina written as ICD-9-CM 344.60 (not a §2 system) matches nothing; low back pain "
            "-> acute.",
            ["lbp-acute"],
            [us_lbp(10), dx("http://hl7.org/fhir/sid/icd-9-cm", "344.60", 1, us=True)],
        )
    )
    add(
        us_case(
            "s5-1-negative-local-formulary-system-us",
            "§5.1 negative: an order coded 7804 under a local formulary system is not read as RxNorm oxycodone; "
            "no opioid card.",
            ["lbp-acute"],
            [us_lbp_cm(10)],
            [rx("http://ehr.example.org/fhir/CodeSystem/formulary", "7804", 5, request=True)],
        )
    )

    # --- §5.1 code cleaning -----------------------------------------------------------------------------
    add(
        no_case(
            "s5-1-code-surrounding-whitespace-cauda-equina-no",
            "§5.1 code ' G83.4 ' with surrounding spaces (Norwegian ICD-10 OID) is cleaned: critical.",
            CAUDA,
            [no_l03(5), dx("icd10no", " G83.4 ", 1)],
        )
    )
    add(
        no_case(
            "s5-1-code-zero-width-space-spinal-metastasis-no",
            "§5.1 code 'C79.5' followed by a zero-width space (U+200B) is cleaned: possible absolute contraindication.",
            CI_ABS,
            [no_l03(30), dx("icd10no", "C79.5\u200b", 60)],
        )
    )
    add(
        us_case(
            "s5-1-code-byte-order-mark-unstable-burst-us",
            "§5.1 code S32.012A preceded by a byte-order mark (U+FEFF) is cleaned: absolute contraindication.",
            CI_ABS,
            [dx("icd10cm", "\ufeffS32.012A", 20, us=True)],
        )
    )
    add(
        us_case(
            "s5-1-code-no-break-space-snomed-cauda-equina-us",
            "§5.1 SNOMED code 192970008 followed by a non-breaking space (U+00A0) is cleaned: critical.",
            CAUDA,
            [us_sciatica(5), dx("sct", SCT_CAUDA + "\u00a0", 1, display=SCT_CAUDA_DISPLAY, us=True)],
        )
    )
    add(
        no_case(
            "s5-1-code-trailing-dash-spinal-metastasis-no",
            "§5.1 code 'C79.5-' with a trailing dash is cleaned: possible absolute contraindication.",
            CI_ABS,
            [no_l03(30), dx("icd10no", "C79.5-", 60)],
        )
    )
    add(
        no_case(
            "s5-1-code-dagger-spinal-metastasis-no",
            "§5.1 code 'C79.5†' in dagger notation is cleaned: possible absolute contraindication.",
            CI_ABS,
            [no_l03(30), dx("icd10no", "C79.5\u2020", 60)],
        )
    )
    add(
        no_case(
            "s5-1-code-asterisk-collapsed-vertebra-no",
            "§5.1 code 'M49.56*' in asterisk notation (collapsed vertebra in disease classified elsewhere, §5.6 "
            "MALIGNANCY_SPINE) is cleaned: possible absolute contraindication.",
            CI_ABS,
            [dx("icd10no", "M49.56*", 30)],
            birth_date="1950-11-20",
        )
    )
    add(
        no_case(
            "s5-1-code-decimal-comma-spinal-metastasis-no",
            "§5.1 code 'C79,5' with a decimal comma is read as C79.5: possible absolute contraindication.",
            CI_ABS,
            [no_l03(30), dx("icd10no", "C79,5", 60)],
        )
    )
    add(
        us_case(
            "s5-1-code-lower-case-cm-unstable-burst-us",
            "§5.1 ICD-10-CM code written in lower case 's32.012a': absolute contraindication.",
            CI_ABS,
            [dx("icd10cm", "s32.012a", 20, us=True)],
        )
    )
    add(
        no_case(
            "s5-1-code-lower-case-whitespace-atc-no",
            "§5.1 ATC code written ' n02ax02 ' (lower case, spaces) is cleaned: tramadol -> opioid.",
            ["lbp-opioid", "lbp-acute"],
            [no_l03(10)],
            [rx("atcno", " n02ax02 ", 5)],
        )
    )
    add(
        us_case(
            "s5-1-code-whitespace-rxnorm-us",
            "§5.1 RxNorm code written ' 1049621' with a leading space is cleaned: oxycodone -> opioid.",
            ["lbp-opioid", "lbp-acute"],
            [us_lbp_cm(10)],
            [rx("rxnorm", " 1049621", 5, request=True)],
        )
    )

    # --- §5.2 status shapes -----------------------------------------------------------------------------
    add(
        no_case(
            "s5-2-clinical-odd-system-active-cauda-equina-no",
            "§5.2 clinicalStatus coding 'active' under the STU3 system http://hl7.org/fhir/condition-clinical: "
            "cauda equina is active -> critical.",
            CAUDA,
            [
                no_l03(5),
                dx("icd10no", "G83.4", 1, clinical=clinical_coding("active", "http://hl7.org/fhir/condition-clinical")),
            ],
        )
    )
    add(
        no_case(
            "s5-2-clinical-local-system-resolved-cauda-equina-no",
            "§5.2 clinicalStatus coding 'resolved' under a local system, no abatement: the code is read whatever its "
            "system, so the old cauda equina is history; chronic L03 only.",
            ["lbp-chronic"],
            [
                no_l03(200),
                dx(
                    "icd10no",
                    "G83.4",
                    400,
                    clinical=clinical_coding("resolved", "http://ehr.example.no/kodeverk/problemstatus"),
                ),
            ],
        )
    )
    add(
        us_case(
            "s5-2-clinical-text-active-spinal-metastasis-us",
            "§5.2 clinicalStatus as text only {'text': 'Active'}: vertebral metastasis -> possible absolute "
            "contraindication.",
            CI_ABS,
            [us_lbp(30), dx("sct", "94602001", 60, clinical={"text": "Active"}, us=True)],
            birth_date="1958-03-14",
        )
    )
    add(
        us_case(
            "s5-2-clinical-text-resolved-cauda-equina-us",
            "§5.2 clinicalStatus as text only {'text': 'Resolved'} with no abatement: the old cauda equina (CM G83.4) "
            "is history; chronic low back pain only.",
            ["lbp-chronic"],
            [us_lbp(200), dx("icd10cm", "G83.4", 400, clinical={"text": "Resolved"}, us=True)],
        )
    )
    add(
        no_case(
            "s5-2-clinical-plain-string-active-spinal-metastasis-no",
            "§5.2 clinicalStatus as a plain string (STU3 style) 'active': C79.5 -> possible absolute contraindication.",
            CI_ABS,
            [no_l03(30), dx("icd10no", "C79.5", 60, clinical="active")],
        )
    )
    add(
        no_case(
            "s5-2-clinical-plain-string-resolved-cauda-equina-no",
            "§5.2 clinicalStatus as a plain string 'resolved', no abatement: the old G83.4 is history; chronic L03.",
            ["lbp-chronic"],
            [no_l03(200), dx("icd10no", "G83.4", 400, clinical="resolved")],
        )
    )
    add(
        no_case(
            "s5-2-clinical-plain-string-inactive-lbp-only-no",
            "§5.2 clinicalStatus as a plain string 'inactive' on the only back complaint: gate closed.",
            [],
            [dx("icd10no", "M54.5", 400, clinical="inactive")],
        )
    )
    add(
        us_case(
            "s5-2-stu3-plain-strings-unstable-burst-us",
            "§5.2 STU3-style record: clinicalStatus 'active' and verificationStatus 'confirmed' as plain strings on "
            "CM S32.012A -> absolute contraindication.",
            CI_ABS,
            [dx("icd10cm", "S32.012A", 20, clinical="active", verified="confirmed", us=True)],
        )
    )
    add(
        us_case(
            "s5-2-clinical-upper-case-active-cauda-equina-us",
            "§5.2 clinicalStatus code in upper case 'ACTIVE': cauda equina -> critical.",
            CAUDA,
            [
                us_sciatica(5),
                dx("sct", SCT_CAUDA, 1, display=SCT_CAUDA_DISPLAY, clinical=clinical_coding("ACTIVE"), us=True),
            ],
        )
    )
    add(
        us_case(
            "s5-2-clinical-upper-case-resolved-metastasis-us",
            "§5.2 clinicalStatus code 'RESOLVED' (no abatement) on a vertebral metastasis: not active, so no "
            "contraindication, but cancer history still raises RF4b.",
            ["lbp-red-flags", "lbp-chronic"],
            [us_lbp(200), dx("sct", "94602001", 900, clinical=clinical_coding("RESOLVED"), us=True)],
        )
    )
    add(
        no_case(
            "s5-2-clinical-mixed-case-recurrence-no",
            "§5.2 clinicalStatus code 'Recurrence' (mixed case) on M54.5, 40 days: subacute and recurrent.",
            ["lbp-subacute", "lbp-recurrent"],
            [dx("icd10no", "M54.5", 40, clinical=clinical_coding("Recurrence"))],
        )
    )
    add(
        no_case(
            "s5-2-clinical-unknown-code-no-abatement-cauda-equina-no",
            "§5.2 unknown clinicalStatus code 'chronic' and no abatement: counts as active -> critical.",
            CAUDA,
            [no_l03(5), dx("icd10no", "G83.4", 1, clinical=clinical_coding("chronic"))],
        )
    )
    add(
        no_case(
            "s5-2-clinical-unknown-code-with-abatement-cauda-equina-no",
            "§5.2 unknown clinicalStatus code 'chronic' with an abatement date: history; chronic L03 only.",
            ["lbp-chronic"],
            [no_l03(200), dx("icd10no", "G83.4", 900, clinical=clinical_coding("chronic"), abated=800)],
        )
    )
    add(
        us_case(
            "s5-2-clinical-empty-object-lbp-us",
            "§5.2 clinicalStatus an empty object and no abatement: unknown counts as active; M54.50, 12 days -> acute.",
            ["lbp-acute"],
            [dx("icd10cm", "M54.50", 12, clinical={}, us=True)],
        )
    )
    add(
        us_case(
            "s5-2-clinical-empty-object-abated-lbp-us",
            "§5.2 clinicalStatus an empty object with an abatement date: history; gate closed.",
            [],
            [dx("icd10cm", "M54.50", 400, clinical={}, abated=300, us=True)],
        )
    )
    add(
        no_case(
            "s5-2-clinical-unknown-text-nonspecific-no",
            "§5.2 clinicalStatus text 'kronisk' (not a FHIR value) on L03, no abatement: active; 200 days -> chronic.",
            ["lbp-chronic"],
            [no_l03(200, clinical={"text": "kronisk"})],
        )
    )
    add(
        no_case(
            "s5-2-verification-refuted-text-cauda-equina-no",
            "§5.2 verificationStatus as text {'text': 'Refuted'}: the cauda equina record is dropped; L03 -> acute.",
            ["lbp-acute"],
            [no_l03(10), dx("icd10no", "G83.4", 2, verified={"text": "Refuted"})],
        )
    )
    add(
        us_case(
            "s5-2-verification-refuted-plain-string-metastasis-us",
            "§5.2 verificationStatus as a plain string 'refuted': the metastasis is dropped (no CI, no cancer flag).",
            ["lbp-acute"],
            [us_lbp(10), dx("sct", "94602001", 20, verified="refuted", us=True)],
        )
    )
    add(
        no_case(
            "s5-2-verification-refuted-odd-system-metastasis-no",
            "§5.2 verificationStatus 'refuted' under the STU3 system http://hl7.org/fhir/condition-ver-status: "
            "C79.5 dropped; L03 -> acute.",
            ["lbp-acute"],
            [
                no_l03(10),
                dx(
                    "icd10no",
                    "C79.5",
                    20,
                    verified=clinical_coding("refuted", "http://hl7.org/fhir/condition-ver-status"),
                ),
            ],
        )
    )
    add(
        us_case(
            "s5-2-verification-entered-in-error-upper-case-lbp-us",
            "§5.2 verificationStatus code 'ENTERED-IN-ERROR' (upper case) on the only back complaint: gate closed.",
            [],
            [dx("icd10cm", "M54.50", 5, verified=clinical_coding("ENTERED-IN-ERROR", VERIFICATION), us=True)],
        )
    )
    add(
        us_case(
            "s5-2-verification-entered-in-error-text-unstable-burst-us",
            "§5.2 verificationStatus as text 'entered-in-error' on the only condition (CM S32.012A): no cards.",
            [],
            [dx("icd10cm", "S32.012A", 20, verified={"text": "entered-in-error"}, us=True)],
        )
    )
    add(
        us_case(
            "s5-2-verification-provisional-cauda-equina-us",
            "§5.2 verificationStatus provisional still raises the critical cauda equina card (worded as suspected).",
            CAUDA,
            [us_sciatica(5), dx("sct", SCT_CAUDA, 1, display=SCT_CAUDA_DISPLAY, verification="provisional", us=True)],
        )
    )
    add(
        no_case(
            "s5-2-verification-differential-spinal-metastasis-no",
            "§5.2 verificationStatus differential still raises the possible absolute contraindication (C79.5).",
            CI_ABS,
            [no_l03(30), dx("icd10no", "C79.5", 20, verification="differential")],
        )
    )
    add(
        us_case(
            "s5-2-verification-unconfirmed-unstable-burst-us",
            "§5.2 verificationStatus unconfirmed still raises the absolute contraindication (CM S32.012A).",
            CI_ABS,
            [dx("icd10cm", "S32.012A", 20, verification="unconfirmed", us=True)],
        )
    )
    add(
        no_case(
            "s5-2-verification-provisional-osteoporotic-fracture-no",
            "§5.2 verificationStatus provisional on M80.08 (osteoporotic vertebral fracture), woman aged 75: the "
            "relative contraindication card still fires.",
            ["lbp-ci-rel-osteoporotic-fracture"],
            [dx("icd10no", "M80.08", 200, verification="provisional")],
            birth_date="1950-01-01",
        )
    )
    add(
        no_case(
            "s5-2-other-patient-condition-cauda-equina-no",
            "§5.2 a Condition whose subject is Patient/other-99 is never used: the cauda equina belongs to another "
            "patient; L03 -> acute.",
            ["lbp-acute"],
            [no_l03(5), dx("icd10no", "G83.4", 1, subject=OTHER_PATIENT)],
        )
    )
    add(
        us_case(
            "s5-2-other-patient-condition-only-us",
            "§5.2 the only back complaint names another patient (Patient/other-99): not used, no cards.",
            [],
            [dx("icd10cm", "M54.50", 10, subject=OTHER_PATIENT, us=True)],
        )
    )
    add(
        us_case(
            "s5-2-other-patient-medication-request-us",
            "§5.2 an oxycodone MedicationRequest whose subject is Patient/other-99 is never used: no opioid card.",
            ["lbp-acute"],
            [us_lbp_cm(10)],
            [
                rx(
                    "rxnorm",
                    "1049621",
                    5,
                    request=True,
                    subject=OTHER_PATIENT,
                    display="oxycodone hydrochloride 5 MG Oral Tablet",
                )
            ],
        )
    )
    add(
        no_case(
            "s5-2-other-patient-medication-statement-no",
            "§5.2 a tramadol MedicationStatement whose subject is Patient/other-99 is never used: no opioid card.",
            ["lbp-acute"],
            [no_l03(10)],
            [rx("atcno", "N02AX02", 5, subject=OTHER_PATIENT, display="Tramadol")],
        )
    )
    add(
        us_case(
            "s5-2-own-patient-absolute-reference-cauda-equina-us",
            "§5.2 control: subject as an absolute URL naming this patient (https://ehr.example.org/fhir/Patient/pat-1) "
            "is used -> critical.",
            CAUDA,
            [
                us_sciatica(5),
                dx(
                    "sct",
                    SCT_CAUDA,
                    1,
                    display=SCT_CAUDA_DISPLAY,
                    subject=f"https://ehr.example.org/fhir/Patient/{PATIENT_ID}",
                    us=True,
                ),
            ],
        )
    )

    # --- §5.3 dates: zoned dateTimes are taken in Europe/Oslo -------------------------------------------------
    for name, system, code, instant, card, why in (
        (
            "utc-late-evening-acute-us",
            "sct",
            "279039007",
            "2025-05-04T22:30:00Z",
            "lbp-acute",
            "2025-05-05 00:30 in Oslo, 27 days",
        ),
        (
            "minus-five-evening-acute-us",
            "icd10cm",
            "M54.50",
            "2025-05-04T18:30:00-05:00",
            "lbp-acute",
            "2025-05-05 01:30 in Oslo, 27 days",
        ),
        (
            "plus-one-late-evening-acute-no",
            "icpc2no",
            "L03",
            "2025-05-04T23:30:00+01:00",
            "lbp-acute",
            "2025-05-05 00:30 in Oslo, 27 days",
        ),
        (
            "oslo-offset-after-midnight-acute-no",
            "icpc2no",
            "L03",
            "2025-05-05T00:30:00+02:00",
            "lbp-acute",
            "already Oslo time, 2025-05-05 (not the UTC date 05-04), 27 days",
        ),
        (
            "plus-three-after-midnight-subacute-no",
            "icd10no",
            "M54.5",
            "2025-05-05T00:30:00+03:00",
            "lbp-subacute",
            "2025-05-04 23:30 in Oslo, 28 days",
        ),
        (
            "utc-evening-same-day-subacute-us",
            "sct",
            "279039007",
            "2025-05-04T21:30:00Z",
            "lbp-subacute",
            "2025-05-04 23:30 in Oslo, still 28 days",
        ),
        (
            "utc-late-winter-subacute-no",
            "icpc2no",
            "L03",
            "2025-03-08T23:30:00Z",
            "lbp-subacute",
            "2025-03-09 00:30 in Oslo (UTC+1), 84 days",
        ),
        (
            "minus-five-winter-subacute-us",
            "icd10cm",
            "M54.50",
            "2025-03-08T19:00:00-05:00",
            "lbp-subacute",
            "2025-03-09 01:00 in Oslo, 84 days",
        ),
        (
            "plus-one-after-midnight-winter-subacute-no",
            "icpc2no",
            "L02",
            "2025-03-09T00:30:00+01:00",
            "lbp-subacute",
            "Oslo winter time, 2025-03-09 (UTC date 03-08), 84 days",
        ),
        (
            "plus-five-after-midnight-winter-chronic-no",
            "icd10no",
            "M54.5",
            "2025-03-09T00:30:00+05:00",
            "lbp-chronic",
            "2025-03-08 20:30 in Oslo, 85 days",
        ),
        (
            "utc-winter-same-day-chronic-us",
            "sct",
            "279039007",
            "2025-03-08T22:30:00Z",
            "lbp-chronic",
            "2025-03-08 23:30 in Oslo, 85 days",
        ),
    ):
        region = name.rsplit("-", 1)[1]
        make = us_case if region == "us" else no_case
        add(
            make(
                f"s5-3-onset-{name}",
                f"§5.3 onset {instant} is {why}: {card}.",
                [card],
                [dx(system, code, instant, us=region == "us")],
            )
        )
    add(
        us_case(
            "s5-3-rf1-new-onset-84-days-utc-us",
            "§5.3 age 70, first-ever onset 2025-03-08T23:30:00Z = 2025-03-09 in Oslo, 84 days: new (RF1), subacute.",
            ["lbp-red-flags", "lbp-subacute"],
            [dx("sct", "279039007", "2025-03-08T23:30:00Z", display="Low back pain (finding)", us=True)],
            birth_date="1955-01-01",
            gender="male",
        )
    )
    add(
        us_case(
            "s5-3-recorded-date-utc-acute-us",
            "§5.3 no onset; recordedDate 2025-05-04T23:15:00Z = 2025-05-05 in Oslo, 27 days: acute.",
            ["lbp-acute"],
            [dx("icd10cm", "M54.50", None, us=True, extra={"recordedDate": "2025-05-04T23:15:00Z"})],
        )
    )
    add(
        no_case(
            "s5-3-onset-period-start-utc-subacute-no",
            "§5.3 onsetPeriod.start 2025-03-08T23:30:00Z = 2025-03-09 in Oslo, 84 days: subacute.",
            ["lbp-subacute"],
            [no_l03(None, extra={"onsetPeriod": {"start": "2025-03-08T23:30:00Z"}})],
        )
    )
    add(
        us_case(
            "s5-3-glucocorticoid-minus-five-89-days-us",
            "§5.3 prednisone 20 MG ordered 2025-03-03T20:00:00-05:00 = 2025-03-04 in Oslo, 89 days: not yet "
            "long-term, no RF4c.",
            ["lbp-chronic"],
            [us_lbp(200)],
            [rx("rxnorm", "312615", "2025-03-03T20:00:00-05:00", request=True, display="predniSONE 20 MG Oral Tablet")],
        )
    )
    add(
        no_case(
            "s5-3-glucocorticoid-plus-three-90-days-no",
            "§5.3 prednisolone started 2025-03-04T00:30:00+03:00 = 2025-03-03 in Oslo, 90 days: long-term, RF4c.",
            ["lbp-red-flags", "lbp-chronic"],
            [no_l03(200)],
            [rx("atcno", "H02AB06", "2025-03-04T00:30:00+03:00", display="Prednisolon")],
        )
    )
    add(
        no_case(
            "s5-3-paracetamol-utc-27-days-no",
            "§5.3 regular paracetamol started 2025-05-04T22:30:00Z = 2025-05-05 in Oslo, 27 days: not yet regular use.",
            ["lbp-chronic"],
            [no_l03(200)],
            [rx("atcno", "N02BE01", "2025-05-04T22:30:00Z", display="Paracetamol")],
        )
    )
    add(
        no_case(
            "s5-3-paracetamol-plus-five-28-days-no",
            "§5.3 regular paracetamol started 2025-05-05T01:00:00+05:00 = 2025-05-04 in Oslo, 28 days: regular use.",
            ["lbp-chronic", "lbp-analgesic-regular"],
            [no_l03(200)],
            [rx("atcno", "N02BE01", "2025-05-05T01:00:00+05:00", display="Paracetamol")],
        )
    )
    add(
        us_case(
            "s5-3-acetaminophen-request-minus-five-27-days-us",
            "§5.3 acetaminophen 325 MG ordered 2025-05-04T20:00:00-05:00 = 2025-05-05 in Oslo, 27 days: not yet "
            "regular use.",
            ["lbp-chronic"],
            [us_lbp(200)],
            [
                rx(
                    "rxnorm",
                    "313782",
                    "2025-05-04T20:00:00-05:00",
                    request=True,
                    display="Acetaminophen 325 MG Oral Tablet",
                )
            ],
        )
    )

    # --- §5.5 gate: any back complaint, site rule -------------------------------------------------------------
    for name, system, code, onset, expected, what in (
        (
            "thoracic-pain-m54-6-no",
            "icd10no",
            "M54.6",
            10,
            ["lbp-acute"],
            "thoracic spine pain M54.6, 10 days: nonspecific, acute",
        ),
        (
            "thoracic-pain-m54-6-cm-us",
            "icd10cm",
            "M54.6",
            10,
            ["lbp-acute"],
            "ICD-10-CM thoracic spine pain M54.6: nonspecific, acute",
        ),
        (
            "cervicalgia-only-no",
            "icd10no",
            "M54.2",
            30,
            [],
            "cervicalgia M54.2 alone is not a back complaint: no cards",
        ),
        (
            "cervical-disc-radiculopathy-only-no",
            "icd10no",
            "M50.1",
            30,
            [],
            "cervical disc disorder with radiculopathy M50.1 alone: no cards",
        ),
        ("cervicobrachial-only-no", "icd10no", "M53.1", 30, [], "cervicobrachial syndrome M53.1 alone: no cards"),
        ("cervicocranial-only-no", "icd10no", "M53.0", 30, [], "cervicocranial syndrome M53.0 alone: no cards"),
        (
            "lumbar-spondylosis-radiculopathy-no",
            "icd10no",
            "M47.26",
            40,
            ["lbp-subacute", "lbp-nerve-root"],
            "spondylosis with radiculopathy, lumbar M47.26, 40 days: nerve root",
        ),
        (
            "cervical-spondylosis-radiculopathy-only-no",
            "icd10no",
            "M47.22",
            40,
            [],
            "spondylosis with radiculopathy, cervical site M47.22, alone: no cards",
        ),
        (
            "sacral-radiculopathy-m54-18-no",
            "icd10no",
            "M54.18",
            5,
            ["lbp-acute", "lbp-nerve-root"],
            "radiculopathy, sacral site M54.18: nerve root",
        ),
        (
            "sacral-radiculopathy-m54-18-cm-us",
            "icd10cm",
            "M54.18",
            5,
            ["lbp-acute", "lbp-nerve-root"],
            "ICD-10-CM radiculopathy, sacral region M54.18: nerve root",
        ),
        (
            "thoracic-radiculopathy-m54-14-no",
            "icd10no",
            "M54.14",
            10,
            ["lbp-acute", "lbp-nerve-root"],
            "radiculopathy, thoracic site M54.14 (site 4 now in scope): nerve root",
        ),
        (
            "cervical-radiculopathy-m54-12-only-no",
            "icd10no",
            "M54.12",
            10,
            [],
            "radiculopathy, cervical site M54.12, alone: no cards",
        ),
        (
            "disc-radiculopathy-no-site-m51-1-no",
            "icd10no",
            "M51.1",
            100,
            ["lbp-chronic", "lbp-nerve-root"],
            "disc disorder with radiculopathy M51.1 (no site character), 100 days: nerve root",
        ),
        (
            "occipital-neuralgia-cm-only-us",
            "icd10cm",
            "M54.81",
            30,
            [],
            "ICD-10-CM M54.81 occipital neuralgia alone is not a back complaint: no cards",
        ),
        (
            "other-dorsalgia-cm-us",
            "icd10cm",
            "M54.89",
            10,
            ["lbp-acute"],
            "ICD-10-CM M54.89 other dorsalgia (unspecified site): nonspecific, acute",
        ),
        (
            "lumbar-disc-displacement-cm-us",
            "icd10cm",
            "M51.26",
            100,
            ["lbp-chronic"],
            "ICD-10-CM M51.26 lumbar disc displacement, 100 days: nonspecific, chronic",
        ),
        (
            "lumbar-spondylosis-cm-us",
            "icd10cm",
            "M47.816",
            300,
            ["lbp-chronic"],
            "ICD-10-CM M47.816 lumbar spondylosis without myelopathy or radiculopathy: nonspecific, chronic",
        ),
        (
            "cervical-spondylosis-cm-only-us",
            "icd10cm",
            "M47.812",
            300,
            [],
            "ICD-10-CM M47.812 cervical spondylosis alone: no cards",
        ),
        (
            "snomed-311211000119105-us",
            "sct",
            "311211000119105",
            10,
            ["lbp-acute", "lbp-nerve-root"],
            "SNOMED CT 311211000119105 radiculopathy due to lumbar disc disorder (US data), 10 days: nerve root",
        ),
        (
            "snomed-128197001-us",
            "sct",
            "128197001",
            200,
            ["lbp-chronic", "lbp-nerve-root"],
            "SNOMED CT 128197001 sacral radiculopathy (US data), 200 days: nerve root",
        ),
    ):
        region = name.rsplit("-", 1)[1]
        make = us_case if region == "us" else no_case
        add(make(f"s5-5-{name}", f"§5.5 gate: {what}.", expected, [dx(system, code, onset, us=region == "us")]))
    add(
        no_case(
            "s5-5-disc-displacement-cancer-history-no",
            "§5.5 gate: disc displacement M51.2 (outside the old lists), 200 days, with breast cancer C50.9 resolved "
            "years ago: RF4b and a chronic nonspecific card.",
            ["lbp-red-flags", "lbp-chronic"],
            [dx("icd10no", "M51.2", 200), dx("icd10no", "C50.9", 3000, status="resolved", abated=2500)],
        )
    )

    # --- §5.6 value-set additions ---------------------------------------------------------------------------
    add(
        no_case(
            "s5-6-c41-4-sacrum-malignancy-no",
            "§5.6 MALIGNANCY_SPINE C41.4 (pelvic bones, sacrum, coccyx) with L03: possible absolute contraindication.",
            CI_ABS,
            [no_l03(20), dx("icd10no", "C41.4", 60)],
        )
    )
    add(
        no_case(
            "s5-6-negative-c41-4-remission-no",
            "§5.6 negative: C41.4 in remission is not active (no contraindication); cancer history RF4b; chronic L03.",
            ["lbp-red-flags", "lbp-chronic"],
            [no_l03(200), dx("icd10no", "C41.4", 900, status="remission")],
        )
    )
    add(
        no_case(
            "s5-6-negative-c41-3-rib-malignancy-no",
            "§5.6 negative: C41.3 (ribs, sternum, clavicle) is cancer outside the spine: RF4b only, acute L03.",
            RF_ACUTE,
            [no_l03(20), dx("icd10no", "C41.3", 60)],
        )
    )
    add(
        us_case(
            "s5-6-cm-m84-58xa-pathological-fracture-us",
            "§5.6 MALIGNANCY_SPINE CM M84.58XA (pathological fracture in neoplastic disease, vertebra), no other back "
            "diagnosis: possible absolute contraindication.",
            CI_ABS,
            [
                dx(
                    "icd10cm",
                    "M84.58XA",
                    30,
                    display="Pathological fracture in neoplastic disease, other site, initial encounter",
                    us=True,
                )
            ],
            birth_date="1952-09-02",
            gender="male",
        )
    )
    add(
        no_case(
            "s5-6-who-m84-58-with-back-complaint-no",
            "§5.6 WHO M84.58 (site 8 also covers ribs and skull) with active L03: possible absolute contraindication.",
            CI_ABS,
            [no_l03(20), dx("icd10no", "M84.58", 30)],
        )
    )
    add(
        no_case(
            "s5-6-negative-who-m84-58-alone-no",
            "§5.6 negative: WHO M84.58 without a back complaint is no spinal malignancy and opens no gate: no cards.",
            [],
            [dx("icd10no", "M84.58", 30)],
        )
    )
    add(
        no_case(
            "s5-6-negative-who-m84-58-resolved-back-complaint-no",
            "§5.6 negative: WHO M84.58 with only a resolved back complaint: no active back complaint, no cards.",
            [],
            [no_l03(400, status="resolved", abated=300), dx("icd10no", "M84.58", 30)],
        )
    )
    add(
        no_case(
            "s5-6-m49-5-collapsed-vertebra-no",
            "§5.6 MALIGNANCY_SPINE M49.56 (collapsed vertebra in disease classified elsewhere) with L03: possible "
            "absolute contraindication.",
            CI_ABS,
            [no_l03(20), dx("icd10no", "M49.56", 30)],
        )
    )
    add(
        no_case(
            "s5-6-z85-history-no",
            "§5.6 MALIGNANCY_ANY Z85.3 personal history of breast cancer with L03: RF4b.",
            RF_ACUTE,
            [no_l03(10), dx("icd10no", "Z85.3", 2000)],
        )
    )
    add(
        us_case(
            "s5-6-z85-history-cm-us",
            "§5.6 MALIGNANCY_ANY CM Z85.3 personal history of breast cancer with M54.50: RF4b.",
            RF_ACUTE,
            [us_lbp_cm(10), dx("icd10cm", "Z85.3", 2000, us=True)],
        )
    )
    add(
        us_case(
            "s5-6-z85-820-melanoma-history-cm-us",
            "§5.6 MALIGNANCY_ANY CM Z85.820 personal history of melanoma with M54.50: RF4b.",
            RF_ACUTE,
            [us_lbp_cm(10), dx("icd10cm", "Z85.820", 2000, us=True)],
        )
    )
    add(
        us_case(
            "s5-6-negative-z85-828-skin-history-cm-us",
            "§5.6 negative: CM Z85.828 (history of other malignant skin neoplasm) is excluded: no RF4b; acute.",
            ["lbp-acute"],
            [us_lbp_cm(10), dx("icd10cm", "Z85.828", 2000, us=True)],
        )
    )
    add(
        no_case(
            "s5-6-icpc2-s77-skin-cancer-history-no",
            "§5.6 MALIGNANCY_ANY ICPC-2 S77 (malignant neoplasm of skin incl. melanoma), resolved years ago, with L03: "
            "history counts, RF4b.",
            RF_ACUTE,
            [no_l03(10), dx("icpc2no", "S77", 2000, display="Ondartet svulst hud", status="resolved", abated=1800)],
        )
    )
    add(
        no_case(
            "s5-6-s32-1-sacrum-fracture-no",
            "§5.6 VERTEBRAL_FRACTURE S32.1 (sacrum) with L03: trauma flag and stability card (specific group).",
            FRACTURE,
            [no_l03(20), dx("icd10no", "S32.1", 20)],
        )
    )
    add(
        us_case(
            "s5-6-s32-10xa-sacrum-fracture-cm-us",
            "§5.6 VERTEBRAL_FRACTURE CM S32.10XA (fracture of sacrum): trauma flag and stability card.",
            FRACTURE,
            [
                dx(
                    "icd10cm",
                    "S32.10XA",
                    20,
                    display="Unspecified fracture of sacrum, initial encounter for closed fracture",
                    us=True,
                )
            ],
        )
    )
    add(
        no_case(
            "s5-6-m48-4-fatigue-fracture-no",
            "§5.6 VERTEBRAL_FRACTURE M48.46 (fatigue fracture of vertebra, lumbar): trauma flag and stability card.",
            FRACTURE,
            [dx("icd10no", "M48.46", 60)],
        )
    )
    add(
        us_case(
            "s5-6-m48-46xa-fatigue-fracture-cm-us",
            "§5.6 VERTEBRAL_FRACTURE CM M48.46XA (lumbar fatigue fracture): trauma flag and stability card.",
            FRACTURE,
            [dx("icd10cm", "M48.46XA", 60, us=True)],
        )
    )
    for name, system, code, onset, duration, what in (
        ("s32-2-coccyx-fracture-no", "icd10no", "S32.2", 10, "lbp-acute", "S32.2 (coccyx fracture)"),
        ("s32-2xxa-coccyx-fracture-cm-us", "icd10cm", "S32.2XXA", 10, "lbp-acute", "CM S32.2XXA (coccyx fracture)"),
        (
            "s32-7-multiple-lumbar-pelvis-fractures-no",
            "icd10no",
            "S32.7",
            30,
            "lbp-subacute",
            "S32.7 (multiple fractures of lumbar spine and pelvis), 30 days",
        ),
        (
            "s32-8-other-lumbar-pelvis-fracture-no",
            "icd10no",
            "S32.8",
            10,
            "lbp-acute",
            "S32.8 (fracture of other parts of lumbar spine and pelvis)",
        ),
        (
            "s33-0-traumatic-disc-rupture-cm-us",
            "icd10cm",
            "S33.0XXA",
            10,
            "lbp-acute",
            "CM S33.0XXA (traumatic rupture of lumbar disc)",
        ),
        ("s33-1-lumbar-dislocation-no", "icd10no", "S33.1", 10, "lbp-acute", "S33.1 (dislocation of lumbar vertebra)"),
    ):
        region = name.rsplit("-", 1)[1]
        make = us_case if region == "us" else no_case
        add(
            make(
                f"s5-6-{name}",
                f"§5.6 SPINAL_TRAUMA only: {what} alone -> RF4a trauma, no brace or stability card; a back complaint "
                f"outside PAIN/STRUCT, so nonspecific {duration}.",
                ["lbp-red-flags", duration],
                [dx(system, code, onset, us=region == "us")],
            )
        )
    add(
        no_case(
            "s5-6-negative-resolved-coccyx-fracture-no",
            "§5.6 negative: a resolved S32.2 coccyx fracture (onset after the index onset, so no prior episode) is no "
            "trauma flag; L03, 200 days -> chronic.",
            ["lbp-chronic"],
            [no_l03(200), dx("icd10no", "S32.2", 100, status="resolved", abated=50)],
        )
    )
    add(
        us_case(
            "s5-6-negative-s33-5-lumbar-sprain-cm-us",
            "§5.6 negative: CM S33.5XXA lumbar sprain is in S33 but not S33.0/S33.1: no trauma flag; acute.",
            ["lbp-acute"],
            [dx("icd10cm", "S33.5XXA", 10, display="Sprain of ligaments of lumbar spine, initial encounter", us=True)],
        )
    )
    for name, make, conditions, expected, what in (
        (
            "g95-2-cord-compression-no",
            no_case,
            [no_l03(10), dx("icd10no", "G95.2", 5)],
            RF_ACUTE,
            "G95.2 cord compression with L03",
        ),
        (
            "g95-1-vascular-myelopathy-cm-us",
            us_case,
            [us_lbp_cm(10), dx("icd10cm", "G95.19", 5, us=True)],
            RF_ACUTE,
            "CM G95.19 vascular myelopathy with M54.50",
        ),
        (
            "g82-paraplegia-no",
            no_case,
            [no_l03(200), dx("icd10no", "G82.2", 1000)],
            ["lbp-red-flags", "lbp-chronic"],
            "G82.2 paraplegia with chronic L03",
        ),
        (
            "g82-paraplegia-cm-us",
            us_case,
            [us_lbp_cm(10), dx("icd10cm", "G82.20", 1000, us=True)],
            RF_ACUTE,
            "CM G82.20 paraplegia with M54.50",
        ),
        (
            "m47-1-lumbar-myelopathy-no",
            no_case,
            [dx("icd10no", "M47.16", 10)],
            RF_ACUTE,
            "M47.16 lumbar spondylosis with myelopathy alone (itself a back complaint, nonspecific)",
        ),
        (
            "m50-0-cervical-myelopathy-with-lbp-no",
            no_case,
            [no_l03(10), dx("icd10no", "M50.0", 20)],
            RF_ACUTE,
            "M50.0 cervical disc disorder with myelopathy, with L03",
        ),
        (
            "m51-0-disc-myelopathy-cm-us",
            us_case,
            [dx("icd10cm", "M51.06", 10, us=True)],
            RF_ACUTE,
            "CM M51.06 lumbar disc disorder with myelopathy alone (itself a back complaint)",
        ),
    ):
        add(make(f"s5-6-neuro-{name}", f"§5.6 NEURO_DEFICIT: {what} -> RF5a.", expected, conditions))
    add(
        no_case(
            "s5-6-negative-neuro-m50-0-alone-no",
            "§5.6 negative: M50.0 cervical myelopathy without any back complaint: the gate stays closed, no cards.",
            [],
            [dx("icd10no", "M50.0", 20)],
        )
    )
    add(
        no_case(
            "s5-6-negative-neuro-resolved-cord-compression-no",
            "§5.6 negative: a resolved G95.2 cord compression is no RF5a; L03 -> acute.",
            ["lbp-acute"],
            [no_l03(10), dx("icd10no", "G95.2", 900, status="resolved", abated=800)],
        )
    )
    add(
        no_case(
            "s5-6-cauda-signs-r33-with-back-complaint-no",
            "§5.6 possible cauda equina signs: R33 urinary retention with L03 -> RF5a (assess urgently), advice "
            "suppressed; not the critical cauda equina card.",
            ["lbp-red-flags"],
            [no_l03(5), dx("icd10no", "R33", 2)],
        )
    )
    add(
        us_case(
            "s5-6-cauda-signs-r33-9-cm-us",
            "§5.6 possible cauda equina signs: CM R33.9 urinary retention with M54.50 -> RF5a, advice suppressed.",
            ["lbp-red-flags"],
            [us_lbp_cm(5), dx("icd10cm", "R33.9", 2, display="Retention of urine, unspecified", us=True)],
        )
    )
    add(
        us_case(
            "s5-6-cauda-signs-r15-sciatica-opioid-us",
            "§5.6 possible cauda equina signs: CM R15.9 faecal incontinence, sciatica M54.41, oxycodone -> RF5a; "
            "duration and nerve-root cards suppressed, the opioid card kept.",
            ["lbp-red-flags", "lbp-opioid"],
            [
                dx("icd10cm", "M54.41", 5, us=True),
                dx("icd10cm", "R15.9", 2, display="Full incontinence of feces", us=True),
            ],
            [rx("rxnorm", "1049621", 3, request=True, display="oxycodone hydrochloride 5 MG Oral Tablet")],
        )
    )
    add(
        no_case(
            "s5-6-cauda-signs-r33-with-stenosis-no",
            "§5.6 possible cauda equina signs: R33 with lumbar stenosis M48.06 -> RF5a; the claudication (relative "
            "contraindication), duration and nerve-root cards suppressed.",
            ["lbp-red-flags"],
            [dx("icd10no", "M48.06", 40), dx("icd10no", "R33", 2)],
            birth_date="1970-06-01",
        )
    )
    add(
        no_case(
            "s5-6-negative-cauda-signs-r33-alone-no",
            "§5.6 negative: R33 urinary retention without a back complaint: no cards.",
            [],
            [dx("icd10no", "R33", 2)],
        )
    )
    add(
        no_case(
            "s5-6-negative-cauda-signs-r33-resolved-no",
            "§5.6 negative: a resolved R33 is no cauda equina sign; L03 -> acute.",
            ["lbp-acute"],
            [no_l03(5), dx("icd10no", "R33", 400, status="resolved", abated=390)],
        )
    )
    add(
        us_case(
            "s5-6-post-laminectomy-snomed-us",
            "§5.6 SPINE_SURGERY_STATUS SNOMED 202725007 post-laminectomy syndrome alone: postop card (like M96.1, "
            "no duration card).",
            ["lbp-postop"],
            [dx("sct", "202725007", 400, display="Lumbar post-laminectomy syndrome", us=True)],
        )
    )
    add(
        us_case(
            "s5-6-post-laminectomy-snomed-opioid-us",
            "§5.6 SNOMED 202725007 post-laminectomy syndrome with an oxycodone order: opioid and postop.",
            ["lbp-opioid", "lbp-postop"],
            [dx("sct", "202725007", 400, display="Lumbar post-laminectomy syndrome", us=True)],
            [rx("rxnorm", "1049621", 60, request=True, display="oxycodone hydrochloride 5 MG Oral Tablet")],
        )
    )
    add(
        us_case(
            "s5-6-negative-post-laminectomy-snomed-resolved-us",
            "§5.6 negative: a resolved SNOMED 202725007 with an abatement date: no cards.",
            [],
            [dx("sct", "202725007", 900, status="resolved", abated=500, us=True)],
        )
    )
    add(
        no_case(
            "s5-6-negative-z98-1-alone-no",
            "§5.6 negative: Z98.1 arthrodesis status without a back complaint is no spine surgery status: no cards.",
            [],
            [dx("icd10no", "Z98.1", 400)],
        )
    )
    add(
        us_case(
            "s5-6-negative-z98-1-alone-cm-us",
            "§5.6 negative: CM Z98.1 arthrodesis status without a back complaint: no cards.",
            [],
            [dx("icd10cm", "Z98.1", 400, us=True)],
        )
    )
    add(
        us_case(
            "s5-6-nsaid-snomed-comorbidities-us",
            "§5.6 NSAID comorbidities as US SNOMED codes (essential hypertension 59621000, CKD stage 1 431855005) with "
            "ibuprofen 600 MG: risk lines on the NSAID card, card ids unchanged.",
            ["lbp-nsaid", "lbp-acute"],
            [
                us_lbp_cm(10),
                dx("sct", "59621000", 2000, display="Essential hypertension (disorder)", us=True),
                dx("sct", "431855005", 1000, display="Chronic kidney disease stage 1 (disorder)", us=True),
            ],
            [rx("rxnorm", "197806", 5, request=True, display="Ibuprofen 600 MG Oral Tablet")],
        )
    )
    add(
        us_case(
            "s5-6-naproxen-500-regular-chronic-us",
            "§5.6 RxNorm product naproxen 500 MG tablet (198014) ordered 60 days ago, not as needed, chronic low back "
            "pain: NSAID and regular analgesic use.",
            ["lbp-nsaid", "lbp-chronic", "lbp-analgesic-regular"],
            [us_lbp(200)],
            [rx("rxnorm", "198014", 60, request=True, display="naproxen 500 MG Oral Tablet")],
        )
    )
    add(
        us_case(
            "s5-6-zolpidem-oxycodone-rxnorm-us",
            "§5.6 Z-drug zolpidem 10 MG tablet (RxNorm product 854873) with oxycodone 5 MG: opioid, opioid-sedative.",
            OPIOID_SEDATIVE,
            [us_lbp_cm(10)],
            [
                rx("rxnorm", "1049621", 5, request=True, display="oxycodone hydrochloride 5 MG Oral Tablet"),
                rx("rxnorm", "854873", 100, request=True, display="zolpidem tartrate 10 MG Oral Tablet"),
            ],
        )
    )
    add(
        us_case(
            "s5-6-zolpidem-ingredient-tramadol-rxnorm-us",
            "§5.6 Z-drug zolpidem coded as the RxNorm ingredient 39993 with tramadol 50 MG: opioid, opioid-sedative.",
            OPIOID_SEDATIVE,
            [us_lbp(10)],
            [
                rx("rxnorm", "835603", 5, request=True, display="tramadol hydrochloride 50 MG Oral Tablet"),
                rx("rxnorm", "39993", 100, request=True, display="zolpidem"),
            ],
        )
    )
    add(
        no_case(
            "s5-6-zolpidem-tramadol-atc-no",
            "§5.6 Z-drug zolpidem N05CF02 with tramadol: opioid and opioid-sedative.",
            OPIOID_SEDATIVE,
            [no_l03(10)],
            [rx("atcno", "N02AX02", 5, display="Tramadol"), rx("atcno", "N05CF02", 100, display="Zolpidem")],
        )
    )
    add(
        no_case(
            "s5-6-zopiclone-paralgin-forte-atc-no",
            "§5.6 Z-drug zopiclone N05CF01 with codeine + paracetamol N02AJ06: opioid and opioid-sedative.",
            OPIOID_SEDATIVE,
            [no_l03(10)],
            [
                rx("atcno", "N02AJ06", 5, display="Kodein og paracetamol"),
                rx("atcno", "N05CF01", 300, display="Zopiklon"),
            ],
        )
    )
    add(
        us_case(
            "s5-6-negative-zolpidem-without-opioid-us",
            "§5.6 negative: zolpidem without an opioid raises no card.",
            ["lbp-acute"],
            [us_lbp_cm(10)],
            [rx("rxnorm", "39993", 100, request=True, display="zolpidem")],
        )
    )
    add(
        no_case(
            "s5-6-negative-aspirin-antiplatelet-atc-no",
            "§5.6 negative: low-dose aspirin B01AC06 is an antiplatelet, not an NSAID: no NSAID card.",
            ["lbp-acute"],
            [no_l03(10)],
            [rx("atcno", "B01AC06", 700, display="Acetylsalisylsyre")],
        )
    )
    add(
        us_case(
            "s5-6-negative-aspirin-81-rxnorm-us",
            "§5.6 negative: aspirin 81 MG tablet (RxNorm 243670) is an antiplatelet dose: no NSAID card.",
            ["lbp-acute"],
            [us_lbp(10)],
            [rx("rxnorm", "243670", 700, request=True, display="aspirin 81 MG Oral Tablet")],
        )
    )
    add(
        no_case(
            "s5-6-aspirin-analgesic-atc-no",
            "§5.6 analgesic aspirin N02BA01 is an NSAID: NSAID card.",
            ["lbp-nsaid", "lbp-acute"],
            [no_l03(10)],
            [rx("atcno", "N02BA01", 5, display="Acetylsalisylsyre")],
        )
    )
    add(
        us_case(
            "s5-6-aspirin-325-rxnorm-us",
            "§5.6 aspirin 325 MG tablet (RxNorm 212033, analgesic dose) is an NSAID: NSAID card.",
            ["lbp-nsaid", "lbp-acute"],
            [us_lbp(10)],
            [rx("rxnorm", "212033", 5, request=True, display="aspirin 325 MG Oral Tablet")],
        )
    )

    # --- §5.7 spinal infection ------------------------------------------------------------------------------
    for name, make, conditions, meds, expected, what in (
        (
            "m46-2-vertebral-osteomyelitis-no",
            no_case,
            [no_l03(20), dx("icd10no", "M46.26", 10)],
            [],
            ["lbp-red-flags"],
            "M46.26 osteomyelitis of vertebra with L03",
        ),
        (
            "m46-4-discitis-alone-no",
            no_case,
            [dx("icd10no", "M46.46", 10)],
            [],
            ["lbp-red-flags"],
            "M46.46 discitis alone (opens the gate on its own)",
        ),
        (
            "m46-3-disc-infection-nsaid-no",
            no_case,
            [dx("icd10no", "M46.36", 10)],
            [rx("atcno", "M01AE01", 5, display="Ibuprofen")],
            ["lbp-red-flags", "lbp-nsaid"],
            "M46.36 pyogenic disc infection with ibuprofen (medication card kept)",
        ),
        (
            "m46-5-with-stenosis-no",
            no_case,
            [dx("icd10no", "M48.06", 40), dx("icd10no", "M46.56", 10)],
            [],
            ["lbp-red-flags"],
            "M46.56 infective spondylopathy with lumbar stenosis (claudication card suppressed too)",
        ),
        (
            "tuberculous-spondylitis-dagger-asterisk-no",
            no_case,
            [dx("icd10no", "A18.0\u2020", 30), dx("icd10no", "M49.06*", 30)],
            [],
            ["lbp-red-flags"],
            "A18.0† with M49.06* (tuberculosis of spine, dagger/asterisk pair)",
        ),
        (
            "m49-0-tuberculosis-of-spine-no",
            no_case,
            [dx("icd10no", "M49.06", 30)],
            [],
            ["lbp-red-flags"],
            "M49.06 tuberculosis of spine alone",
        ),
        (
            "a18-0-with-back-complaint-no",
            no_case,
            [no_l03(20), dx("icd10no", "A18.0", 30)],
            [],
            ["lbp-red-flags"],
            "A18.0 bone tuberculosis with an active L03",
        ),
        (
            "m49-1-brucella-spondylitis-no",
            no_case,
            [dx("icd10no", "M49.16", 30)],
            [],
            ["lbp-red-flags"],
            "M49.16 brucella spondylitis",
        ),
        (
            "m49-2-enterobacterial-spondylitis-no",
            no_case,
            [dx("icd10no", "M49.26", 30)],
            [],
            ["lbp-red-flags"],
            "M49.26 enterobacterial spondylitis",
        ),
        (
            "m49-3-other-infectious-spondylopathy-no",
            no_case,
            [dx("icd10no", "M49.36", 30)],
            [],
            ["lbp-red-flags"],
            "M49.36 spondylopathy in other infectious disease",
        ),
        (
            "g06-1-intraspinal-abscess-alone-no",
            no_case,
            [dx("icd10no", "G06.1", 5)],
            [],
            ["lbp-red-flags"],
            "G06.1 intraspinal abscess alone",
        ),
        (
            "g06-1-intraspinal-abscess-opioid-cm-us",
            us_case,
            [us_lbp_cm(10), dx("icd10cm", "G06.1", 5, us=True)],
            [rx("rxnorm", "1049621", 3, request=True)],
            ["lbp-red-flags", "lbp-opioid"],
            "CM G06.1 intraspinal abscess with M54.50 and oxycodone (medication card kept)",
        ),
        (
            "snomed-2304001-discitis-alone-us",
            us_case,
            [dx("sct", "2304001", 10, display="Intervertebral discitis (disorder)", us=True)],
            [],
            ["lbp-red-flags"],
            "SNOMED 2304001 discitis alone",
        ),
        (
            "snomed-302935008-infective-discitis-us",
            us_case,
            [us_lbp(20), dx("sct", "302935008", 10, display="Infective discitis (disorder)", us=True)],
            [],
            ["lbp-red-flags"],
            "SNOMED 302935008 infective discitis with low back pain",
        ),
        (
            "snomed-202752002-lumbar-discitis-tramadol-us",
            us_case,
            [dx("sct", "202752002", 10, display="Discitis of lumbar region (disorder)", us=True)],
            [rx("rxnorm", "835603", 5, request=True)],
            ["lbp-red-flags", "lbp-opioid"],
            "SNOMED 202752002 lumbar discitis with tramadol",
        ),
        (
            "m46-46-discitis-cm-us",
            us_case,
            [
                us_lbp_cm(20),
                dx("icd10cm", "M46.46", 10, display="Discitis, unspecified, lumbar region", us=True),
            ],
            [],
            ["lbp-red-flags"],
            "CM M46.46 discitis with M54.50",
        ),
    ):
        add(
            make(
                f"s5-7-{name}",
                f"§5.7 spinal infection: {what} -> red flag 'infection', advice and relative contraindication cards "
                "suppressed.",
                expected,
                conditions,
                meds,
            )
        )
    add(
        no_case(
            "s5-7-negative-a18-0-alone-no",
            "§5.7 negative: A18.0 bone tuberculosis without M49.0 or a back complaint: no cards.",
            [],
            [dx("icd10no", "A18.0", 30)],
        )
    )
    add(
        no_case(
            "s5-7-negative-m49-4-neuropathic-spondylopathy-no",
            "§5.7 negative: M49.46 neuropathic spondylopathy is no infection; a back complaint -> nonspecific acute.",
            ["lbp-acute"],
            [dx("icd10no", "M49.46", 10)],
        )
    )
    add(
        no_case(
            "s5-7-negative-resolved-discitis-no",
            "§5.7 negative: a resolved M46.46 discitis (onset after the index onset, so no prior episode) is no "
            "infection flag; L03, 200 days -> chronic.",
            ["lbp-chronic"],
            [no_l03(200), dx("icd10no", "M46.46", 100, status="resolved", abated=50)],
        )
    )
    add(
        no_case(
            "s5-7-icpc2-l70-with-back-complaint-no",
            "§5.7 ICPC-2 L70 (musculoskeletal infection, any site) with L03: 'possible spinal infection' on red flags"
            "card, advice NOT suppressed.",
            RF_ACUTE,
            [no_l03(10), dx("icpc2no", "L70", 5, display="Infeksjon i muskel-/skjelettsystemet")],
        )
    )
    add(
        no_case(
            "s5-7-icpc2-l70-with-sciatica-no",
            "§5.7 ICPC-2 L70 with L86 back syndrome with radiating pain, 40 days: red flag plus subacute nerve-root.",
            ["lbp-red-flags", "lbp-subacute", "lbp-nerve-root"],
            [
                dx("icpc2no", "L86", 40, display="Ryggsyndrom med utstrålende smerter"),
                dx("icpc2no", "L70", 5, display="Infeksjon i muskel-/skjelettsystemet"),
            ],
        )
    )
    add(
        no_case(
            "s5-7-negative-icpc2-l70-alone-no",
            "§5.7 negative: ICPC-2 L70 without a back complaint: no cards.",
            [],
            [dx("icpc2no", "L70", 5, display="Infeksjon i muskel-/skjelettsystemet")],
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
