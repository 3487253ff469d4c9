"""Medication cards (rules.md §1.6 and the in-scope §4 items B4, B5).

They need an active back complaint or a post-operative status (the gate). They are raised from whatever
medication data could be read: when one list could not be read (``facts.medications_checked`` False) the
renderer says so on every card, but a caution found in the other list is never withheld.
Active = ``status = active`` (MedicationStatement or MedicationRequest).
"""

from __future__ import annotations

from .classification import CHRONIC, PatientView, episode_values
from .concepts import (
    ANTICOAGULANT,
    ANTIPLATELET,
    BENZODIAZEPINE,
    CHRONIC_KIDNEY_DISEASE,
    GABAPENTINOID,
    GLUCOCORTICOID_SYSTEMIC,
    HEART_FAILURE,
    HYPERTENSION,
    NSAID,
    OPIOID,
    PARACETAMOL,
    PEPTIC_ULCER_GI_BLEED,
    PROTON_PUMP_INHIBITOR,
)
from .evidence import evidence_of, merge
from .model import Finding, RuleHit

OPIOID_CARD = "lbp-opioid"
NSAID_CARD = "lbp-nsaid"
ANALGESIC_REGULAR_CARD = "lbp-analgesic-regular"
OPIOID_SEDATIVE_CARD = "lbp-opioid-sedative"
MEDICATION_CARDS = frozenset({OPIOID_CARD, NSAID_CARD, ANALGESIC_REGULAR_CARD, OPIOID_SEDATIVE_CARD})
_GI_RISK_FINDINGS = frozenset(
    {"risk-age-65", "risk-anticoagulant", "risk-antiplatelet", "risk-glucocorticoid", "risk-ulcer-gi-bleed"}
)


def medication_cards(view: PatientView) -> list[RuleHit]:
    return [hit for hit in (_opioid(view), _nsaid(view), _analgesic_regular(view), _opioid_sedative(view)) if hit]


def _opioid(view: PatientView) -> RuleHit | None:
    """Any active OPIOID, including combination products ("Opiater inngår ofte i kombinasjonspreparater").
    Seed: "ikke tillatt ved bilkjøring"; "hemme oppmerksomheten ved fysisk trening, men … kan drive fysisk
    trening". Finding ``dependence-risk`` ("tilvenningsfaren … ved langvarige ryggsmerter") when the
    duration is chronic or opioid use has lasted at least 90 days."""
    opioids = view.medications_of([OPIOID])
    if not opioids:
        return None
    long_term = tuple(
        m for m in opioids if (d := view.days_since(m.start)) is not None and d >= view.thresholds.long_term_opioid_days
    )
    findings: tuple[Finding, ...] = ()
    if view.episode.duration == CHRONIC or long_term:
        findings = (Finding("dependence-risk", evidence_of(long_term)),)
    return RuleHit(OPIOID_CARD, evidence_of(opioids), findings, episode_values(view))


def _nsaid(view: PatientView) -> RuleHit | None:
    """Active systemic NSAID. Seed: "påvirker nyrefunksjon og blodtrykk og øker … risikoen for
    mage-tarmblødninger … mulig interaksjon og er ikke førstevalg". Findings: the patient's own NSAID risk
    factors (rules.md §3 B4 / §4, NICE NG59): anticoagulant or antiplatelet, CKD, heart failure,
    hypertension, peptic ulcer or GI bleed (history counts), systemic glucocorticoid, age ≥ 65, and no
    gastroprotection (no active PPI) when one of the GI risk factors is present."""
    nsaids = view.medications_of([NSAID])
    if not nsaids:
        return None
    findings: list[Finding] = []
    for code, medication_concept in (
        ("risk-anticoagulant", ANTICOAGULANT),
        ("risk-antiplatelet", ANTIPLATELET),
        ("risk-glucocorticoid", GLUCOCORTICOID_SYSTEMIC),
    ):
        found = view.medications_of([medication_concept])
        if found:
            findings.append(Finding(code, evidence_of(found)))
    for code, condition_concept in (
        ("risk-ckd", CHRONIC_KIDNEY_DISEASE),
        ("risk-heart-failure", HEART_FAILURE),
        ("risk-hypertension", HYPERTENSION),
    ):
        found_conditions = view.active_of([condition_concept])
        if found_conditions:
            findings.append(Finding(code, evidence_of(found_conditions)))
    # A past ulcer or bleed is itself the risk factor, so any status counts.
    ulcer = view.recorded_of([PEPTIC_ULCER_GI_BLEED])
    if ulcer:
        findings.append(Finding("risk-ulcer-gi-bleed", evidence_of(ulcer)))
    if view.age is not None and view.age >= view.thresholds.nsaid_risk_age:
        findings.append(Finding("risk-age-65"))
    # rules.md §5.8: "no gastroprotection" only where another GI risk factor makes it matter (age >= 65,
    # anticoagulant, antiplatelet, systemic glucocorticoid, ulcer or GI bleed).
    gi_risk = {f.code for f in findings} & _GI_RISK_FINDINGS
    if gi_risk and not view.medications_of([PROTON_PUMP_INHIBITOR]):
        findings.append(Finding("risk-no-gastroprotection"))
    return RuleHit(NSAID_CARD, evidence_of(nsaids), tuple(findings), {"age": view.age})


def _analgesic_regular(view: PatientView) -> RuleHit | None:
    """Chronic duration and an OPIOID, NSAID or PARACETAMOL that is not as-needed and was started at least
    28 days ago. Seed: "Regelmessig bruk av smertemedisin ved langvarig smerte var … assosiert med
    dårligere effekt av annen behandling"; medication is "en passiv mestringsstrategi". "Regular" = not
    as-needed and ≥ 4 weeks (§1.8.8). Paracetamol alone raises no other card ("ingen innvirkning på
    fysisk trening")."""
    if view.episode.duration != CHRONIC:
        return None
    regular = tuple(
        m
        for m in view.medications_of([OPIOID, NSAID, PARACETAMOL])
        if not m.as_needed
        and (d := view.days_since(m.start)) is not None
        and d >= view.thresholds.regular_analgesic_days
    )
    if not regular:
        return None
    return RuleHit(ANALGESIC_REGULAR_CARD, evidence_of(regular), (), episode_values(view))


def _opioid_sedative(view: PatientView) -> RuleHit | None:
    """rules.md §4 (B5, CDC 2022 recommendation 11; NICE sciatica): an active opioid together with an active
    benzodiazepine, Z-drug or gabapentinoid."""
    opioids = view.medications_of([OPIOID])
    if not opioids:
        return None
    findings: list[Finding] = []
    for code, concept in (("sedative-benzodiazepine", BENZODIAZEPINE), ("sedative-gabapentinoid", GABAPENTINOID)):
        found = view.medications_of([concept])
        if found:
            findings.append(Finding(code, evidence_of(found)))
    if not findings:
        return None
    return RuleHit(
        OPIOID_SEDATIVE_CARD,
        merge(evidence_of(opioids), *(f.evidence for f in findings)),
        tuple(findings),
    )
