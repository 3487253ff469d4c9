"""Terminology.load / Terminology.concepts: code matching against the shipped value sets, and bad files."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from cds_service.errors import KnowledgeError
from cds_service.terminology import Coding, Terminology, normalise_code

KNOWLEDGE_ROOT = Path(__file__).resolve().parent.parent

ICD10 = "http://hl7.org/fhir/sid/icd-10"
ICD10_NO = "urn:oid:2.16.578.1.12.4.1.1.7110"
ICD10_CM = "http://hl7.org/fhir/sid/icd-10-cm"
ICPC2_NO = "urn:oid:2.16.578.1.12.4.1.1.7170"
ICPC2 = "http://hl7.org/fhir/sid/icpc-2"
SNOMED = "http://snomed.info/sct"
ATC = "http://www.whocc.no/atc"
ATC_NO = "urn:oid:2.16.578.1.12.4.1.1.7180"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"


@pytest.fixture(scope="module")
def terminology() -> Terminology:
    return Terminology.load(KNOWLEDGE_ROOT)


def concepts_of(terminology: Terminology, system: str, code: str) -> frozenset[str]:
    return terminology.concepts([Coding(system, code)])


# (system, code, concept that must match)
MATCHES = [
    # ICD-10 WHO and the Norwegian OID are one system; normalisation of case, dots and spaces.
    (ICD10, "M54.5", "LBP_NONSPECIFIC"),
    (ICD10_NO, "M54.5", "LBP_NONSPECIFIC"),
    (ICD10_NO, "M545", "LBP_NONSPECIFIC"),
    (ICD10_NO, "m54.5", "LBP_NONSPECIFIC"),
    (ICD10_NO, " M54.5 ", "LBP_NONSPECIFIC"),
    (ICD10_NO, "M54 .5", "LBP_NONSPECIFIC"),
    (ICD10, "M54.50", "LBP_NONSPECIFIC"),  # is-a: a child code
    (ICD10, "S33.5", "LBP_NONSPECIFIC"),
    # Site restriction (rules.md §1.7): 5th character, when present, 5, 6 or 7.
    (ICD10, "M54.1", "NERVE_ROOT"),
    (ICD10, "M54.16", "NERVE_ROOT"),
    (ICD10, "M54.17", "NERVE_ROOT"),
    (ICD10, "M54.15", "NERVE_ROOT"),
    (ICD10_NO, "M5116", "NERVE_ROOT"),
    (ICD10, "M48.0", "NERVE_ROOT"),
    (ICD10, "M48.06", "NEUROGENIC_CLAUDICATION"),
    (ICD10, "M54.3", "NERVE_ROOT"),
    (ICD10, "M54.4", "NERVE_ROOT"),
    # ICD-10-CM: own codes, plus the WHO categories that mean the same there.
    (ICD10_CM, "M54.50", "LBP_NONSPECIFIC"),
    (ICD10_CM, "M54.59", "LBP_NONSPECIFIC"),
    (ICD10_CM, "M54.16", "NERVE_ROOT"),
    (ICD10_CM, "M54.31", "NERVE_ROOT"),
    (ICD10_CM, "M48.061", "NERVE_ROOT"),
    (ICD10_CM, "M48.062", "NEUROGENIC_CLAUDICATION"),
    (ICD10_CM, "S33.5XXA", "LBP_NONSPECIFIC"),
    (ICD10_CM, "C50.911", "MALIGNANCY_ANY"),
    (ICD10_CM, "C4A.9", "MALIGNANCY_ANY"),
    (ICD10_CM, "C79.51", "MALIGNANCY_SPINE"),
    (ICD10_CM, "C90.00", "MALIGNANCY_SPINE"),
    (ICD10_CM, "T38.0X5A", "DRUG_ADVERSE"),
    # Burst fractures (ICD-10-CM 6th character 1 = stable, 2 = unstable), any 7th character.
    (ICD10_CM, "S32.011A", "STABLE_BURST_FRACTURE"),
    (ICD10_CM, "S32.051D", "STABLE_BURST_FRACTURE"),
    (ICD10_CM, "S22.061A", "STABLE_BURST_FRACTURE"),
    (ICD10_CM, "s32.041", "STABLE_BURST_FRACTURE"),
    (ICD10_CM, "S32.012A", "UNSTABLE_BURST_FRACTURE"),
    (ICD10_CM, "S22.082S", "UNSTABLE_BURST_FRACTURE"),
    (ICD10_CM, "S32.012A", "VERTEBRAL_FRACTURE"),
    # Osteoporotic vertebral fracture.
    (ICD10, "M80.08", "OSTEOPOROTIC_VERTEBRAL_FRACTURE"),
    (ICD10, "M80.48", "OSTEOPOROTIC_VERTEBRAL_FRACTURE"),
    (ICD10, "M80.0", "OSTEOPOROTIC_VERTEBRAL_FRACTURE"),
    (ICD10, "M80", "OSTEOPOROTIC_VERTEBRAL_FRACTURE"),
    (ICD10_CM, "M80.08XA", "OSTEOPOROTIC_VERTEBRAL_FRACTURE"),
    (ICD10_CM, "M80.08XD", "OSTEOPOROTIC_VERTEBRAL_FRACTURE"),
    (ICD10_CM, "M80.88XA", "OSTEOPOROTIC_VERTEBRAL_FRACTURE"),
    (ICD10_CM, "M80.08XA", "OSTEOPOROSIS"),
    (SNOMED, "443165006", "OSTEOPOROTIC_VERTEBRAL_FRACTURE"),
    # Ranges.
    (ICD10, "C50.9", "MALIGNANCY_ANY"),
    (ICD10, "C00", "MALIGNANCY_ANY"),
    (ICD10, "C97", "MALIGNANCY_ANY"),
    (ICD10, "C43.9", "MALIGNANCY_ANY"),
    (ICD10, "C79.5", "MALIGNANCY_ANY"),
    (ICD10, "Y45.1", "DRUG_ADVERSE"),
    (ICD10, "Y40", "DRUG_ADVERSE"),
    (ICD10, "I10", "HYPERTENSION"),
    (ICD10, "I15.0", "HYPERTENSION"),
    (ICD10, "K26.9", "PEPTIC_ULCER_GI_BLEED"),
    (ICD10, "K92.2", "PEPTIC_ULCER_GI_BLEED"),
    (ICD10, "N18.4", "CHRONIC_KIDNEY_DISEASE"),
    (ICD10, "I50.9", "HEART_FAILURE"),
    (ICD10, "G83.4", "CAUDA_EQUINA"),
    (ICD10, "G83.4", "NEURO_DEFICIT"),
    (ICD10, "M45", "INFLAMMATORY_SPINE"),
    (ICD10, "M45.6", "INFLAMMATORY_SPINE"),  # optional WHO site character
    (ICD10, "M43.06", "SPONDYLOLYSIS"),
    (ICD10, "M43.16", "SPONDYLOLISTHESIS"),
    (ICD10, "M41.1", "SPINAL_DEFORMITY"),
    (ICD10, "M16.1", "HIP_OA"),
    (ICD10, "F32.1", "DEPRESSION"),
    (ICD10, "Z98.1", "ARTHRODESIS_STATUS"),  # rules.md §5.6: spine surgery status only with a back complaint
    (ICD10, "T08", "VERTEBRAL_FRACTURE"),
    (ICD10, "S32.00", "SPINAL_TRAUMA"),
    # ICPC-2 under both URIs.
    (ICPC2_NO, "L03", "LBP_NONSPECIFIC"),
    (ICPC2, "L03", "LBP_NONSPECIFIC"),
    (ICPC2_NO, "l03", "LBP_NONSPECIFIC"),
    (ICPC2_NO, "L86", "NERVE_ROOT"),
    (ICPC2_NO, "N18", "NEURO_DEFICIT"),
    (ICPC2_NO, "A05", "MALAISE_WEIGHTLOSS"),
    (ICPC2_NO, "X76", "MALIGNANCY_ANY"),
    (ICPC2_NO, "K86", "HYPERTENSION"),
    (ICPC2, "K77", "HEART_FAILURE"),
    (ICPC2_NO, "D86", "PEPTIC_ULCER_GI_BLEED"),
    # SNOMED CT (exact, trimmed).
    (SNOMED, "279039007", "LBP_NONSPECIFIC"),
    (SNOMED, " 23056005 ", "NERVE_ROOT"),
    (SNOMED, "192970008", "CAUDA_EQUINA"),
    (SNOMED, "709044004", "CHRONIC_KIDNEY_DISEASE"),
    (SNOMED, "38341003", "HYPERTENSION"),
    # ATC under both URIs: prefix groups and exact codes.
    (ATC, "N02AJ06", "OPIOID"),
    (ATC_NO, "N02AX02", "OPIOID"),
    (ATC_NO, "n02aa05", "OPIOID"),
    (ATC, "N07BC02", "OPIOID"),
    (ATC, "N02AJ07", "NSAID"),
    (ATC, "M01AE01", "NSAID"),
    (ATC_NO, "M01AX17", "NSAID"),
    (ATC, "N02BA01", "NSAID"),
    (ATC, "N02BE01", "PARACETAMOL"),
    (ATC, "H02AB06", "GLUCOCORTICOID_SYSTEMIC"),
    (ATC, "N05BA01", "BENZODIAZEPINE"),
    (ATC, "N05CF01", "BENZODIAZEPINE"),
    (ATC, "N02BF02", "GABAPENTINOID"),
    (ATC, "B01AF01", "ANTICOAGULANT"),
    (ATC, "B01AC06", "ANTIPLATELET"),
    (ATC, "A02BC02", "PROTON_PUMP_INHIBITOR"),
    # RxNorm: ingredients and CDC product codes.
    (RXNORM, "7804", "OPIOID"),
    (RXNORM, "1049621", "OPIOID"),  # oxycodone hydrochloride 5 MG Oral Tablet
    (RXNORM, "835603", "OPIOID"),  # tramadol hydrochloride 50 MG Oral Tablet
    (RXNORM, "197591", "BENZODIAZEPINE"),  # diazepam 5 MG Oral Tablet
    (RXNORM, "5640", "NSAID"),
    (RXNORM, "161", "PARACETAMOL"),
    # RxNorm products from the shipped expansions (displays as in the source lists).
    (RXNORM, "1049589", "NSAID"),  # ibuprofen 400 MG / oxycodone hydrochloride 5 MG Oral Tablet (CDC)
    (RXNORM, "1049589", "OPIOID"),
    (RXNORM, "858798", "NSAID"),  # hydrocodone bitartrate 7.5 MG / ibuprofen 200 MG Oral Tablet (CDC)
    (RXNORM, "2588478", "NSAID"),  # celecoxib 56 MG / tramadol hydrochloride 44 MG Oral Tablet (CDC)
    (RXNORM, "996991", "NSAID"),  # aspirin 325 MG / codeine phosphate 30 MG Oral Tablet (CDC)
    (RXNORM, "855332", "ANTICOAGULANT"),  # warfarin sodium 5 MG Oral Tablet (VSAC)
    (RXNORM, "1364445", "ANTICOAGULANT"),  # apixaban 5 MG Oral Tablet (VSAC)
    (RXNORM, "1232086", "ANTICOAGULANT"),  # rivaroxaban 20 MG Oral Tablet (VSAC)
    (RXNORM, "854235", "ANTICOAGULANT"),  # 0.4 ML enoxaparin sodium 100 MG/ML Prefilled Syringe (VSAC)
    (RXNORM, "1037045", "ANTICOAGULANT"),  # dabigatran etexilate 150 MG Oral Capsule (VSAC)
    (RXNORM, "212033", "NSAID"),  # aspirin 325 MG Oral Tablet (VSAC antithrombotic, analgesic dose)
    (RXNORM, "198464", "NSAID"),  # aspirin 300 MG Rectal Suppository (systemic)
    (RXNORM, "197818", "NSAID"),  # indomethacin 50 MG Oral Capsule (VSAC)
    (RXNORM, "860096", "NSAID"),  # ketorolac tromethamine 30 MG/ML Injectable Solution (VSAC)
    (RXNORM, "312615", "GLUCOCORTICOID_SYSTEMIC"),  # Prednisone 20 MG Oral Tablet (VSAC oral only)
    (RXNORM, "762675", "GLUCOCORTICOID_SYSTEMIC"),  # {21 (Methylprednisolone 4 MG Oral Tablet) } Pack
    (RXNORM, "197582", "GLUCOCORTICOID_SYSTEMIC"),  # Dexamethasone 4 MG Oral Tablet
    (RXNORM, "310431", "GABAPENTINOID"),  # gabapentin 300 MG Oral Capsule (VSAC CNS depressants)
    (RXNORM, "483450", "GABAPENTINOID"),  # pregabalin 75 MG Oral Capsule
    (RXNORM, "1988977", "GABAPENTINOID"),  # 24 HR pregabalin 330 MG Extended Release Oral Tablet
    (RXNORM, "309362", "ANTIPLATELET"),  # clopidogrel 75 MG Oral Tablet (VSAC antithrombotic)
    (RXNORM, "243670", "ANTIPLATELET"),  # aspirin 81 MG Oral Tablet: low dose
    (RXNORM, "1116635", "ANTIPLATELET"),  # ticagrelor 90 MG Oral Tablet
    (RXNORM, "855812", "ANTIPLATELET"),  # prasugrel 10 MG Oral Tablet
    (RXNORM, "1811631", "ANTIPLATELET"),  # aspirin 81 MG / omeprazole 40 MG Delayed Release Oral Tablet
    (RXNORM, "1811631", "PROTON_PUMP_INHIBITOR"),
    (RXNORM, "432638", "PARACETAMOL"),  # acetaminophen 250 MG / aspirin 250 MG Oral Tablet
    (RXNORM, "432638", "NSAID"),
    # SNOMED CT cancer descendants from the VSAC 'All Primary and Secondary Cancer' expansion.
    (SNOMED, "372064008", "MALIGNANCY_ANY"),  # Malignant neoplasm of female breast
    (SNOMED, "399068003", "MALIGNANCY_ANY"),  # Malignant tumor of prostate
    (SNOMED, "363358000", "MALIGNANCY_ANY"),  # Malignant tumor of lung
    (SNOMED, "363406005", "MALIGNANCY_ANY"),  # Malignant neoplasm of colon
    (SNOMED, "363418001", "MALIGNANCY_ANY"),  # Malignant tumor of pancreas
    (SNOMED, "95186006", "MALIGNANCY_ANY"),  # Nodular lymphoma of intra-abdominal lymph nodes
    (SNOMED, "371012000", "MALIGNANCY_ANY"),  # Acute lymphoblastic leukemia, transitional pre-B-cell
    (SNOMED, "95210003", "MALIGNANCY_ANY"),  # Plasma cell leukemia
    (SNOMED, "403924008", "MALIGNANCY_ANY"),  # Desmoplastic malignant melanoma (melanoma is not C44)
    (SNOMED, "94579000", "MALIGNANCY_ANY"),  # Secondary malignant neoplasm of skin (a metastasis)
    (SNOMED, "94527001", "MALIGNANCY_SPINE"),  # Secondary malignant neoplasm of sacrum
    (SNOMED, "94527001", "MALIGNANCY_ANY"),
    (SNOMED, "94521000", "MALIGNANCY_SPINE"),  # Secondary malignant neoplasm of rib (bone metastasis)
    (SNOMED, "372028007", "MALIGNANCY_SPINE"),  # Primary malignant neoplasm of vertebral column
    (SNOMED, "363438000", "MALIGNANCY_SPINE"),  # Malignant tumor of vertebral column
    (SNOMED, "94602001", "MALIGNANCY_SPINE"),
    # The rest of the VSAC expansion (all three SNOMED CT version blocks), copied in full.
    (SNOMED, "254837009", "MALIGNANCY_ANY"),  # Malignant neoplasm of breast
    (SNOMED, "118600007", "MALIGNANCY_ANY"),  # Malignant lymphoma
    (SNOMED, "128462008", "MALIGNANCY_ANY"),  # Secondary malignant neoplastic disease
    (SNOMED, "93796005", "MALIGNANCY_ANY"),  # Primary malignant neoplasm of female breast
    (SNOMED, "93880001", "MALIGNANCY_ANY"),  # Primary malignant neoplasm of lung
    (SNOMED, "93974005", "MALIGNANCY_ANY"),  # Primary malignant neoplasm of prostate
    (SNOMED, "254900004", "MALIGNANCY_ANY"),  # Carcinoma of prostate
    (SNOMED, "702391001", "MALIGNANCY_ANY"),  # Renal cell carcinoma
    (SNOMED, "188067002", "MALIGNANCY_ANY"),  # 2018-09 block: Malignant melanoma of lower limb and hip
    (SNOMED, "363397008", "MALIGNANCY_ANY"),  # 2019-03 block: Malignant tumor of roof of nasopharynx
    (SNOMED, "99131000119108", "MALIGNANCY_ANY"),  # last row: Astrocytoma of cerebrum
    (SNOMED, "133891000119102", "MALIGNANCY_ANY"),  # Merkel cell carcinoma of trunk (ICD-10-CM C4A, not C44)
    (SNOMED, "449309003", "MALIGNANCY_ANY"),  # Malignant neoplasm of skin of scrotum (ICD-10 C63.2, not C44)
    (SNOMED, "94389000", "MALIGNANCY_SPINE"),  # Secondary malignant neoplasm of lumbar vertebral column
    (SNOMED, "94274006", "MALIGNANCY_SPINE"),  # Secondary malignant neoplasm of thoracic vertebral column
    (SNOMED, "285619009", "MALIGNANCY_SPINE"),  # Metastasis to vertebral column of unknown primary
    (SNOMED, "94217008", "MALIGNANCY_SPINE"),  # Secondary malignant neoplasm of bone marrow (C79.5)
    (SNOMED, "94300004", "MALIGNANCY_SPINE"),  # Secondary malignant neoplasm of femur (bone metastasis)
    (SNOMED, "187918004", "MALIGNANCY_SPINE"),  # Malignant neoplasm of lumbar vertebra
    (SNOMED, "93996004", "MALIGNANCY_SPINE"),  # Primary malignant neoplasm of sacrum
    (SNOMED, "426336007", "MALIGNANCY_SPINE"),  # Solitary osseous myeloma
    (SNOMED, "426336007", "MALIGNANCY_ANY"),
    # The Synthea OTC pain reliever products (what CDS Hooks sandbox patients carry): every one must match.
    (RXNORM, "198405", "NSAID"),  # Ibuprofen 100 MG Oral Tablet
    (RXNORM, "310965", "NSAID"),  # Ibuprofen 200 MG Oral Tablet
    (RXNORM, "849574", "NSAID"),  # Naproxen sodium 220 MG Oral Tablet
    (RXNORM, "282464", "PARACETAMOL"),  # Acetaminophen 160 MG Oral Tablet
    (RXNORM, "313782", "PARACETAMOL"),  # Acetaminophen 325 MG Oral Tablet
    (RXNORM, "243670", "ANTIPLATELET"),  # Aspirin 81 MG Oral Tablet (low dose: VSAC antiplatelet rows)
]


@pytest.mark.parametrize(("system", "code", "concept"), MATCHES)
def test_code_matches_concept(terminology: Terminology, system: str, code: str, concept: str) -> None:
    assert concept in concepts_of(terminology, system, code)


# (system, code, concept that must NOT match)
NON_MATCHES = [
    (ICD10, "M54", "LBP_NONSPECIFIC"),  # a parent is not in an is-a set
    (ICD10, "M54.4", "LBP_NONSPECIFIC"),
    (ICD10, "M54.12", "NERVE_ROOT"),  # cervical radiculopathy: site restriction
    (ICD10, "M54.13", "NERVE_ROOT"),  # rules.md §5.5: sites 1-3 are cervical; site 9 (unspecified) now counts
    (ICD10, "M54.2", "BACK_COMPLAINT"),  # cervicalgia
    (ICD10, "M50.1", "BACK_COMPLAINT"),
    (ICD10_CM, "M54.81", "BACK_COMPLAINT"),  # occipital neuralgia
    (ICD10, "Z98.1", "SPINE_SURGERY_STATUS"),
    (ICD10, "M51.12", "NERVE_ROOT"),
    (ICD10, "M48.02", "NERVE_ROOT"),
    (ICD10, "M54.82", "LBP_NONSPECIFIC"),
    (ICD10, "M54.92", "LBP_NONSPECIFIC"),
    (ICD10, "C44.9", "MALIGNANCY_ANY"),  # non-melanoma skin cancer is excluded
    (ICD10, "C44", "MALIGNANCY_ANY"),
    (ICD10, "C98", "MALIGNANCY_ANY"),
    (ICD10, "D03.9", "MALIGNANCY_ANY"),
    (ICD10_CM, "C44.91", "MALIGNANCY_ANY"),
    (ICD10, "Y60", "DRUG_ADVERSE"),
    (ICD10, "I16", "HYPERTENSION"),
    (ICD10, "K92.8", "PEPTIC_ULCER_GI_BLEED"),
    # WHO S32.01 is an open fracture, not a burst fracture: burst patterns are ICD-10-CM only.
    (ICD10, "S32.01", "STABLE_BURST_FRACTURE"),
    (ICD10, "S32.02", "UNSTABLE_BURST_FRACTURE"),
    (ICD10_CM, "S32.010A", "STABLE_BURST_FRACTURE"),
    (ICD10_CM, "S32.011A", "UNSTABLE_BURST_FRACTURE"),
    (ICD10_CM, "S32.012A", "STABLE_BURST_FRACTURE"),
    # CM M48.061 is "without neurogenic claudication": the WHO proxy does not apply to CM.
    (ICD10_CM, "M48.061", "NEUROGENIC_CLAUDICATION"),
    (ICD10, "M80.05", "OSTEOPOROTIC_VERTEBRAL_FRACTURE"),  # hip site
    (ICD10_CM, "M80.051A", "OSTEOPOROTIC_VERTEBRAL_FRACTURE"),
    # N18: ICD-10 chronic kidney disease vs ICPC-2 paralysis.
    (ICD10, "N18", "NEURO_DEFICIT"),
    (ICPC2_NO, "N18", "CHRONIC_KIDNEY_DISEASE"),
    # ATC: M01AX is not an NSAID prefix; topical M02 and low-dose ASA are excluded; R05DA04 is no opioid.
    (ATC, "M01AX05", "NSAID"),  # glucosamine
    (ATC, "M02AA15", "NSAID"),
    (ATC, "B01AC06", "NSAID"),
    (ATC, "R05DA04", "OPIOID"),
    (ATC, "N02A", "NSAID"),
    (ATC, "N02BE01", "OPIOID"),
    # Non-melanoma skin carcinomas (the C44 equivalents) are left out of the SNOMED CT expansion.
    (SNOMED, "402518001", "MALIGNANCY_ANY"),  # Basal cell carcinoma of lower back
    (SNOMED, "403892001", "MALIGNANCY_ANY"),  # Squamous cell carcinoma of skin of face
    (SNOMED, "372130007", "MALIGNANCY_ANY"),  # Malignant neoplasm of skin
    # Not a malignancy of spine or bone: only MALIGNANCY_ANY.
    (SNOMED, "372064008", "MALIGNANCY_SPINE"),  # breast
    (SNOMED, "94601008", "MALIGNANCY_SPINE"),  # secondary of spinal meninges (not bone)
    (SNOMED, "363475005", "MALIGNANCY_SPINE"),  # spinal cord
    # A benign neoplasm is no malignancy: 254843006 'Benign neoplasm of breast (disorder)'.
    (SNOMED, "254843006", "MALIGNANCY_ANY"),
    # Non-melanoma skin cancer (C44) and the VSAC entries that are no cancer are left out.
    (SNOMED, "94047004", "MALIGNANCY_ANY"),  # Primary malignant neoplasm of skin
    (SNOMED, "94011000", "MALIGNANCY_ANY"),  # Primary malignant neoplasm of skin of back
    (SNOMED, "231832009", "MALIGNANCY_ANY"),  # Basal cell carcinoma of eyelid
    (SNOMED, "422599000", "MALIGNANCY_ANY"),  # Squamous cell carcinoma of back
    (SNOMED, "302820008", "MALIGNANCY_ANY"),  # Intracranial meningioma
    (SNOMED, "254889004", "MALIGNANCY_ANY"),  # Carcinoma of cervix stage 0 (in situ)
    (SNOMED, "7403002", "MALIGNANCY_ANY"),  # Orthodontic (qualifier value)
    (SNOMED, "7664003", "MALIGNANCY_ANY"),  # Incision of external auditory canal (procedure)
    # Malignant, but neither spine nor bone: only MALIGNANCY_ANY.
    (SNOMED, "93796005", "MALIGNANCY_SPINE"),  # Primary malignant neoplasm of female breast
    (SNOMED, "94068003", "MALIGNANCY_SPINE"),  # Primary malignant neoplasm of spinal cord
    (SNOMED, "187989003", "MALIGNANCY_SPINE"),  # Malignant neoplasm soft tissues of cervical spine
    (SNOMED, "93725000", "MALIGNANCY_SPINE"),  # Primary malignant neoplasm of bone (site not spinal)
    # A single-ingredient opioid product is no NSAID; a warfarin tablet is no antiplatelet.
    (RXNORM, "1049621", "NSAID"),  # oxycodone hydrochloride 5 MG Oral Tablet
    (RXNORM, "855332", "ANTIPLATELET"),
    (RXNORM, "855332", "NSAID"),
    # Low-dose aspirin is an antiplatelet, not an NSAID (B01AC06); analgesic-dose aspirin is not ANTIPLATELET.
    (RXNORM, "243670", "NSAID"),  # aspirin 81 MG Oral Tablet
    (RXNORM, "318272", "NSAID"),  # aspirin 81 MG Chewable Tablet
    (RXNORM, "259081", "NSAID"),  # 12 HR aspirin 25 MG / dipyridamole 200 MG Extended Release Oral Capsule
    (RXNORM, "212033", "ANTIPLATELET"),  # aspirin 325 MG Oral Tablet
    # Non-systemic or non-glucocorticoid rows of 'Glucocorticoids (oral only)' are left out.
    (RXNORM, "1085728", "GLUCOCORTICOID_SYSTEMIC"),  # Triamcinolone Acetonide 0.001 MG/MG Oral Paste
    (RXNORM, "313979", "GLUCOCORTICOID_SYSTEMIC"),  # Fludrocortisone 0.1 MG Oral Tablet
    # Other CNS depressants of the same VSAC set are no gabapentinoids.
    (RXNORM, "197591", "GABAPENTINOID"),  # diazepam 5 MG Oral Tablet
    (RXNORM, "311289", "GABAPENTINOID"),  # levetiracetam 500 MG Oral Tablet
    # Anticoagulant rows of the antithrombotic set stay out of ANTIPLATELET; clopidogrel is no NSAID.
    (RXNORM, "1364445", "ANTIPLATELET"),  # apixaban 5 MG Oral Tablet
    (RXNORM, "309362", "NSAID"),  # clopidogrel 75 MG Oral Tablet
    # A SNOMED code is never matched by prefix.
    (SNOMED, "2790390070", "LBP_NONSPECIFIC"),
    (SNOMED, "27903900", "LBP_NONSPECIFIC"),
    (RXNORM, "313782", "NSAID"),  # Acetaminophen 325 MG Oral Tablet (Synthea): paracetamol is no NSAID
    (RXNORM, "282464", "NSAID"),  # Acetaminophen 160 MG Oral Tablet (Synthea)
    (RXNORM, "310965", "PARACETAMOL"),  # Ibuprofen 200 MG Oral Tablet (Synthea)
]


@pytest.mark.parametrize(("system", "code", "concept"), NON_MATCHES)
def test_code_does_not_match_concept(terminology: Terminology, system: str, code: str, concept: str) -> None:
    assert concept not in concepts_of(terminology, system, code)


@pytest.mark.parametrize(
    ("system", "code"),
    [
        ("http://example.org/unknown", "M54.5"),
        ("", "M54.5"),
        ("http://hl7.org/fhir/sid/icd-10x", "M54.5"),  # not a spelling of a system we read: never guessed
        ("http://snomed.org/sct", "279039007"),
        ("urn:oid:2.16.840.1.113883.6.9", "M54.5"),
        ("http://loinc.org", "279039007"),
        (ICD10, ""),
        (ICD10, "   "),
        (RXNORM, "not-a-code"),
    ],
)
def test_unknown_system_or_empty_code_matches_nothing(terminology: Terminology, system: str, code: str) -> None:
    assert concepts_of(terminology, system, code) == frozenset()


@pytest.mark.parametrize("code", [None, 545, ["M54.5"]])
def test_code_that_is_not_a_string_matches_nothing(terminology: Terminology, code: object) -> None:
    # What the facts step hands over as written in the record: match() takes any JSON value. (A Coding is
    # only ever built from strings; the compiled build refuses a Coding of anything else.)
    assert terminology.match(ICD10, code) is None
    assert terminology.match(code, "M54.5") is None


def test_display_text_is_never_matched(terminology: Terminology) -> None:
    codings = [
        Coding(ICD10, "Z00.0", "Low back pain"),
        Coding(SNOMED, "22298006", "Sciatica"),
        Coding(ATC, "A01AA01", "oxycodone"),
        Coding(ICD10, "LBP_NONSPECIFIC", "M54.5"),
    ]
    assert terminology.concepts(codings) == frozenset()


def test_concepts_of_several_codings_are_united(terminology: Terminology) -> None:
    found = terminology.concepts([Coding(ICD10, "M54.5"), Coding(ATC, "N02AJ07"), Coding("http://example.org", "x")])
    assert {"LBP_NONSPECIFIC", "OPIOID", "NSAID"} <= found
    assert terminology.concepts([]) == frozenset()


def test_repeated_lookups_give_the_same_answer(terminology: Terminology) -> None:
    first = concepts_of(terminology, ICD10_NO, "m54.16")
    assert first == concepts_of(terminology, ICD10_NO, "m54.16") == concepts_of(terminology, ICD10, "M54.16")


def test_load_reports_version_and_names(terminology: Terminology) -> None:
    assert terminology.version == "2026.1"
    assert {"LBP_NONSPECIFIC", "OPIOID", "CAUDA_EQUINA"} <= terminology.concept_names


@pytest.mark.parametrize(
    ("family", "raw", "normalised"),
    [
        ("icd-10", " m54.5 ", "M545"),
        ("icd-10", "M51.1†", "M511"),
        ("icd-10-cm", "s32.011a", "S32011A"),
        ("icpc-2", " l 03", "L03"),
        ("atc", " n02aj06 ", "N02AJ06"),
        ("snomed-ct", " 279039007\n", "279039007"),
        ("rxnorm", " 161 ", "161"),
    ],
)
def test_normalise_code(family: str, raw: str, normalised: str) -> None:
    assert normalise_code(family, raw) == normalised


# --------------------------------------------------------------------------------------------------
# Bad knowledge files stop loading with a KnowledgeError that names the file.


def _valid_value_set(name: str = "TEST_SET", version: str = "2026.1") -> dict[str, Any]:
    identifier = name.lower().replace("_", "-")
    return {
        "resourceType": "ValueSet",
        "id": identifier,
        "url": f"http://lbp-cds.no/fhir/ValueSet/{identifier}",
        "version": version,
        "name": name,
        "title": "Test",
        "status": "active",
        "description": "Test value set.",
        "compose": {
            "include": [
                {
                    "system": ICD10,
                    "concept": [
                        {
                            "extension": [
                                {
                                    "url": "http://lbp-cds.no/fhir/StructureDefinition/verification",
                                    "valueString": "U: test",
                                }
                            ],
                            "code": "M54.5",
                        }
                    ],
                }
            ]
        },
    }


def _write(root: Path, resource: dict[str, Any] | str, file_name: str = "TEST_SET.json") -> Path:
    folder = root / "valuesets"
    folder.mkdir(exist_ok=True)
    shutil.copy(KNOWLEDGE_ROOT / "valuesets" / "code-systems.toml", folder)
    path = folder / file_name
    path.write_text(resource if isinstance(resource, str) else json.dumps(resource), encoding="utf-8")
    return path


def test_a_minimal_valid_file_loads(tmp_path: Path) -> None:
    _write(tmp_path, _valid_value_set())
    loaded = Terminology.load(tmp_path)
    assert loaded.concept_names == {"TEST_SET"}
    assert loaded.concepts([Coding(ICD10, "m545")]) == {"TEST_SET"}


def _broken(mutate: str) -> dict[str, Any] | str:
    resource = _valid_value_set()
    include = resource["compose"]["include"][0]
    concept = include["concept"][0]
    if mutate == "not json":
        return "{ not json"
    if mutate == "not a valueset":
        resource["resourceType"] = "CodeSystem"
    elif mutate == "fhir-invalid date":
        resource["date"] = "yesterday"
    elif mutate == "status not active":
        resource["status"] = "retired"
    elif mutate == "fhir-invalid element":
        resource["compose"]["include"] = "M54.5"
    elif mutate == "name differs from file":
        resource["name"] = "OTHER_SET"
    elif mutate == "bad id":
        resource["id"] = "wrong-id"
    elif mutate == "unknown system":
        include["system"] = "http://example.org/codes"
    elif mutate == "no codes":
        del include["concept"]
    elif mutate == "concept and filter":
        include["filter"] = [{"property": "concept", "op": "is-a", "value": "M54"}]
    elif mutate == "is-a on snomed":
        include["system"] = SNOMED
        del include["concept"]
        include["filter"] = [
            {"extension": concept["extension"], "property": "concept", "op": "is-a", "value": "279039007"}
        ]
    elif mutate == "bad regex":
        del include["concept"]
        include["filter"] = [{"extension": concept["extension"], "property": "code", "op": "regex", "value": "M5("}]
    elif mutate == "unsupported filter op":
        del include["concept"]
        include["filter"] = [{"extension": concept["extension"], "property": "concept", "op": "in", "value": "M54"}]
    elif mutate == "malformed code":
        concept["code"] = "N02AJ07 N02AJ08"
    elif mutate == "non-canonical code":
        concept["code"] = "M545"
    elif mutate == "no verification":
        del concept["extension"]
    elif mutate == "empty compose":
        resource["compose"] = {"include": []}
    return resource


@pytest.mark.parametrize(
    ("mutation", "problem_words"),
    [
        ("not json", "JSON"),
        ("not a valueset", "ValueSet"),
        ("fhir-invalid date", "FHIR"),
        ("status not active", "status"),
        ("fhir-invalid element", "FHIR"),
        ("name differs from file", "file name"),
        ("bad id", "id"),
        ("unknown system", "unknown code system"),
        ("no codes", "whole code system"),
        ("concept and filter", "both concept and filter"),
        ("is-a on snomed", "terminology server"),
        ("bad regex", "invalid regex"),
        ("unsupported filter op", "unsupported filter"),
        ("malformed code", "well-formed"),
        ("non-canonical code", "'M54.5'"),
        ("no verification", "verification"),
        ("empty compose", "compose.include"),
    ],
)
def test_bad_file_raises_knowledge_error_naming_it(tmp_path: Path, mutation: str, problem_words: str) -> None:
    path = _write(tmp_path, _broken(mutation))
    with pytest.raises(KnowledgeError) as caught:
        Terminology.load(tmp_path)
    assert caught.value.path == str(path)
    assert problem_words in caught.value.problem
    assert str(path) in str(caught.value)


def test_files_with_different_versions_are_refused(tmp_path: Path) -> None:
    _write(tmp_path, _valid_value_set("A_SET", "2026.1"), "A_SET.json")
    second = _write(tmp_path, _valid_value_set("B_SET", "2025.9"), "B_SET.json")
    with pytest.raises(KnowledgeError) as caught:
        Terminology.load(tmp_path)
    assert caught.value.path == str(second)
    assert "2025.9" in caught.value.problem and "2026.1" in caught.value.problem


def test_missing_or_empty_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="folder not found"):
        Terminology.load(tmp_path)
    (tmp_path / "valuesets").mkdir()
    shutil.copy(KNOWLEDGE_ROOT / "valuesets" / "code-systems.toml", tmp_path / "valuesets")
    with pytest.raises(KnowledgeError, match="no value-set files"):
        Terminology.load(tmp_path)


def test_one_bad_file_among_the_shipped_ones_stops_loading(tmp_path: Path) -> None:
    shutil.copytree(KNOWLEDGE_ROOT / "valuesets", tmp_path / "valuesets")
    broken = tmp_path / "valuesets" / "NSAID.json"
    resource = json.loads(broken.read_text(encoding="utf-8"))
    resource["version"] = "1999.1"
    broken.write_text(json.dumps(resource), encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        Terminology.load(tmp_path)
    assert "1999.1" in caught.value.problem


def test_micro_benchmark_prints_lookup_cost(terminology: Terminology) -> None:
    """Not a timing assertion: prints the cost so regressions are visible in ``pytest -s``."""
    codings = [
        Coding(ICD10_NO, "M54.5"),
        Coding(ICD10_CM, "S32.011A"),
        Coding(SNOMED, "279039007"),
        Coding(ATC_NO, "N02AJ06"),
        Coding(RXNORM, "1049621"),
        Coding(ICD10, "C50.9"),
        Coding("http://example.org", "x"),
        Coding(ICPC2_NO, "L03"),
    ] * 625  # 5,000 codings
    started = time.perf_counter()
    for coding in codings:
        terminology.concepts([coding])
    warm = time.perf_counter() - started
    fresh = Terminology.load(KNOWLEDGE_ROOT)
    distinct = [Coding(ICD10_CM, f"S32.0{n % 10}{n % 3}A") for n in range(30)] + [
        Coding(RXNORM, str(100000 + n)) for n in range(4970)
    ]
    started = time.perf_counter()
    for coding in distinct:
        fresh.concepts([coding])
    cold = time.perf_counter() - started
    print(f"\n5,000 lookups: repeated codes {warm * 1000:.2f} ms, 5,000 distinct codes {cold * 1000:.2f} ms")
    assert fresh.concepts([Coding(ICD10_CM, "S32.011A")]) >= {"STABLE_BURST_FRACTURE"}


@pytest.mark.parametrize(
    ("system", "code", "canonical_system", "printed"),
    [
        ("urn:oid:2.16.578.1.12.4.1.1.7110", " m545 ", ICD10, "M54.5"),
        ("http://hl7.org/fhir/sid/icd-10/", "G83.4-", ICD10, "G83.4"),
        ("http://hl7.org/fhir/sid/icd-10", "S32.012A", ICD10_CM, "S32.012A"),  # CM-only code: read as CM
        ("HTTPS://SNOMED.INFO/sct/731000124108/version/20230901", "\u200b192970008", SNOMED, "192970008"),
        ("urn:oid:2.16.840.1.113883.6.88", "197806 ", RXNORM, "197806"),
    ],
)
def test_a_match_carries_the_canonical_system_and_the_printed_code(
    terminology: Terminology, system: str, code: str, canonical_system: str, printed: str
) -> None:
    """What a card shows as evidence and a referral sends as reasonCode (rules.md §5.1)."""
    match = terminology.match(system, code)
    assert match is not None and match.concepts
    assert (match.system, match.code) == (canonical_system, printed)
