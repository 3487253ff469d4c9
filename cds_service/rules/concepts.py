"""Concept names (valuesets/*.json ValueSet ``name``) and the concept groups of rules.md §1.1."""

from __future__ import annotations

from functools import cache

LBP_NONSPECIFIC = "LBP_NONSPECIFIC"
NERVE_ROOT = "NERVE_ROOT"
NEUROGENIC_CLAUDICATION = "NEUROGENIC_CLAUDICATION"
VERTEBRAL_FRACTURE = "VERTEBRAL_FRACTURE"
OSTEOPOROTIC_VERTEBRAL_FRACTURE = "OSTEOPOROTIC_VERTEBRAL_FRACTURE"
STABLE_BURST_FRACTURE = "STABLE_BURST_FRACTURE"
UNSTABLE_BURST_FRACTURE = "UNSTABLE_BURST_FRACTURE"
OSTEOPOROSIS = "OSTEOPOROSIS"
SPINAL_INSTABILITY = "SPINAL_INSTABILITY"
INFLAMMATORY_SPINE = "INFLAMMATORY_SPINE"
SPINAL_DEFORMITY = "SPINAL_DEFORMITY"
SPONDYLOLYSIS = "SPONDYLOLYSIS"
SPONDYLOLISTHESIS = "SPONDYLOLISTHESIS"
MALIGNANCY_ANY = "MALIGNANCY_ANY"
MALIGNANCY_SPINE = "MALIGNANCY_SPINE"
MALAISE_WEIGHTLOSS = "MALAISE_WEIGHTLOSS"
NEURO_DEFICIT = "NEURO_DEFICIT"
CAUDA_EQUINA = "CAUDA_EQUINA"
SPINAL_TRAUMA = "SPINAL_TRAUMA"
DRUG_ADVERSE = "DRUG_ADVERSE"
HIP_OA = "HIP_OA"
SPINE_SURGERY_STATUS = "SPINE_SURGERY_STATUS"
DEPRESSION = "DEPRESSION"
CHRONIC_KIDNEY_DISEASE = "CHRONIC_KIDNEY_DISEASE"
HEART_FAILURE = "HEART_FAILURE"
HYPERTENSION = "HYPERTENSION"
PEPTIC_ULCER_GI_BLEED = "PEPTIC_ULCER_GI_BLEED"
BACK_COMPLAINT = "BACK_COMPLAINT"
SPINAL_INFECTION = "SPINAL_INFECTION"
BONE_JOINT_TUBERCULOSIS = "BONE_JOINT_TUBERCULOSIS"
MUSCULOSKELETAL_INFECTION = "MUSCULOSKELETAL_INFECTION"
CAUDA_EQUINA_SIGNS = "CAUDA_EQUINA_SIGNS"
NEOPLASTIC_FRACTURE_SITE_8 = "NEOPLASTIC_FRACTURE_SITE_8"
ARTHRODESIS_STATUS = "ARTHRODESIS_STATUS"

OPIOID = "OPIOID"
NSAID = "NSAID"
PARACETAMOL = "PARACETAMOL"
GLUCOCORTICOID_SYSTEMIC = "GLUCOCORTICOID_SYSTEMIC"
BENZODIAZEPINE = "BENZODIAZEPINE"
GABAPENTINOID = "GABAPENTINOID"
ANTICOAGULANT = "ANTICOAGULANT"
ANTIPLATELET = "ANTIPLATELET"
PROTON_PUMP_INHIBITOR = "PROTON_PUMP_INHIBITOR"

# rules.md §1.1: "PAIN set = LBP_NONSPECIFIC ∪ NERVE_ROOT ∪ NEUROGENIC_CLAUDICATION"; §5.5 widens it to any back
# complaint: "Complaints outside PAIN/STRUCT that open the gate are classified nonspecific unless a rule says
# otherwise".
PAIN = frozenset({LBP_NONSPECIFIC, NERVE_ROOT, NEUROGENIC_CLAUDICATION, BACK_COMPLAINT})
# Any vertebral fracture, whatever the value set that recognised it.
FRACTURE = frozenset(
    {VERTEBRAL_FRACTURE, OSTEOPOROTIC_VERTEBRAL_FRACTURE, STABLE_BURST_FRACTURE, UNSTABLE_BURST_FRACTURE}
)
# rules.md §1.1: "STRUCT set = VERTEBRAL_FRACTURE, osteoporotic fracture, INFLAMMATORY_SPINE,
# SPINAL_DEFORMITY, SPONDYLOLYSIS, SPONDYLOLISTHESIS, MALIGNANCY_SPINE". Osteoporosis without a fracture
# is not a specific back condition (§1.2).
# §5.7: an active spinal infection "is a specific condition".
STRUCT = FRACTURE | {
    INFLAMMATORY_SPINE,
    SPINAL_DEFORMITY,
    SPONDYLOLYSIS,
    SPONDYLOLISTHESIS,
    MALIGNANCY_SPINE,
    SPINAL_INFECTION,
}
# "An active back complaint", as §5.5-§5.7 use the words: any condition of the PAIN or STRUCT sets.
BACK = PAIN | STRUCT
# Cancer history (RF4b) includes a spinal malignancy even if a value set lists it only there.
MALIGNANCY = frozenset({MALIGNANCY_ANY, MALIGNANCY_SPINE})
# Cauda equina syndrome is a neurological deficit (rules.md §1.3 RF5a).
NEURO = frozenset({NEURO_DEFICIT, CAUDA_EQUINA})

# Concepts that mean something for the back only together with an active back complaint (BACK): each is read
# as the second concept when one is present, and is ignored otherwise.
# - §5.6: WHO M84.58 (pathological fracture in neoplastic disease, "other site": site 8 also covers ribs and
#   skull) counts as a spinal malignancy "only together with an active back complaint".
# - §5.7: A18.0 (tuberculosis of bones and joints) is a spinal infection "only together with M49.0 or an
#   active back complaint" (M49.0 is a SPINAL_INFECTION, so part of BACK).
# - §5.6: Z98.1 (arthrodesis status) "counts only together with a back complaint".
WITH_BACK_COMPLAINT: tuple[tuple[str, str], ...] = (
    (NEOPLASTIC_FRACTURE_SITE_8, MALIGNANCY_SPINE),
    (BONE_JOINT_TUBERCULOSIS, SPINAL_INFECTION),
    (ARTHRODESIS_STATUS, SPINE_SURGERY_STATUS),
)


@cache
def in_order(concepts: frozenset[str]) -> tuple[str, ...]:
    """A concept group in a fixed (sorted) order, so merged evidence is deterministic; sorted once per group
    (the groups are the constants above), not on every call."""
    return tuple(sorted(concepts))
