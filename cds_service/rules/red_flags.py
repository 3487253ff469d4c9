"""Red flags RF1–RF6 (rules.md §1.3): every flag that fired goes into ONE ``lbp-red-flags`` card.

Seed: "Følgende faktorer kalles røde flagg og indikerer at ryggen bør undersøkes grundig" (the following
are red flags and indicate the back should be examined thoroughly). RF2, RF6 and the progression part of
RF5a cannot be read from coded data; the card template carries them as a static checklist.
"""

from __future__ import annotations

from ..facts import ConditionFact, whole_years
from .classification import PatientView
from .concepts import (
    CAUDA_EQUINA_SIGNS,
    DRUG_ADVERSE,
    FRACTURE,
    GLUCOCORTICOID_SYSTEMIC,
    MALAISE_WEIGHTLOSS,
    MALIGNANCY,
    MUSCULOSKELETAL_INFECTION,
    NEURO,
    OSTEOPOROSIS,
    OSTEOPOROTIC_VERTEBRAL_FRACTURE,
    SPINAL_DEFORMITY,
    SPINAL_INFECTION,
    SPINAL_TRAUMA,
    in_order,
)
from .evidence import evidence_of, merge
from .model import Finding, RuleHit, ordered_referrals

CARD_ID = "lbp-red-flags"
CAUDA_EQUINA_SIGNS_FINDING = "RF5a-cauda-equina-signs"
INFECTION_FINDING = "infection"
POSSIBLE_INFECTION_FINDING = "infection-possible"
# Findings that must be assessed before any activity advice (rules.md §5.6, §5.7: "suppress the activity-advice
# cards until assessed (as §1.7.1)" and "suppresses the activity-advice cards like lbp-ci-absolute").
SUPPRESSING_FINDINGS = frozenset({CAUDA_EQUINA_SIGNS_FINDING, INFECTION_FINDING})


def is_osteoporotic(fracture: ConditionFact, view: PatientView) -> bool:
    """rules.md §1.4: an osteoporotic vertebral fracture is coded as one (M80.x8, M80 without a site,
    M80.08XA, SNOMED 443165006), or is a VERTEBRAL_FRACTURE together with (active) OSTEOPOROSIS."""
    return OSTEOPOROTIC_VERTEBRAL_FRACTURE in fracture.concepts or view.has_active(OSTEOPOROSIS)


def red_flags(view: PatientView) -> RuleHit | None:
    thresholds = view.thresholds
    episode = view.episode
    findings: list[Finding] = []
    referrals: set[str] = set()
    values: dict[str, object] = {}

    # RF1 "nyoppståtte ryggplager hos personer <20 eller >50 år": first-ever episode, index onset within the
    # last 84 days (§1.8.2: "first-ever complaints with onset ≤12 weeks ago"), whole-year age at onset
    # below 20 or above 50 (exactly 20 or 50 does not fire).
    birth_date = view.facts.birth_date
    if (
        episode.first_ever
        and episode.index is not None
        and episode.index_onset is not None
        and episode.days is not None
        and episode.days <= thresholds.chronic_after_days
        and birth_date is not None
    ):
        age_at_onset = whole_years(birth_date, episode.index_onset)
        if age_at_onset < thresholds.red_flag_age_below or age_at_onset > thresholds.red_flag_age_above:
            findings.append(Finding("RF1", evidence_of([episode.index])))
            values["age_at_onset"] = age_at_onset

    # RF3 "generell sykdomsfølelse/vekttap": an active MALAISE_WEIGHTLOSS condition.
    malaise = view.active_of([MALAISE_WEIGHTLOSS])
    if malaise:
        findings.append(Finding("RF3", evidence_of(malaise)))

    # RF4a "ulykke": an active vertebral fracture that is not osteoporotic, or an active SPINAL_TRAUMA.
    trauma = tuple(
        c
        for c in view.active_of(in_order(FRACTURE | {SPINAL_TRAUMA}))
        if SPINAL_TRAUMA in c.concepts or not is_osteoporotic(c, view)
    )
    if trauma:
        findings.append(Finding("RF4a", evidence_of(trauma)))
        referrals.add("orthopaedics")

    # RF4b "kreft": any malignancy, including remission and resolved (history counts).
    cancer = view.recorded_of(in_order(MALIGNANCY))
    if cancer:
        findings.append(Finding("RF4b", evidence_of(cancer)))
        referrals.add("oncology")

    # RF4c "medikamentbivirkning": a coded adverse drug effect, or an active systemic glucocorticoid
    # started at least 90 days ago (§1.8.4: long-term glucocorticoid, osteoporotic-fracture risk).
    adverse = view.active_of([DRUG_ADVERSE])
    if adverse:
        findings.append(Finding("RF4c-adverse", evidence_of(adverse)))
    steroids = tuple(
        m
        for m in view.medications_of([GLUCOCORTICOID_SYSTEMIC])
        if (days := view.days_since(m.start)) is not None and days >= thresholds.long_term_glucocorticoid_days
    )
    if steroids:
        findings.append(Finding("RF4c-glucocorticoid", evidence_of(steroids)))

    # RF5a "tiltakende neurologiske utfall": an active neurological deficit (progression needs the clinician).
    deficit = view.active_of(in_order(NEURO))
    if deficit:
        findings.append(Finding("RF5a", evidence_of(deficit)))
        referrals.update(("neurology", "spine-surgery"))

    # RF5a, rules.md §5.6: urinary retention or faecal incontinence with a back complaint are possible cauda
    # equina signs, "assess urgently", with the emergency referral (not the critical card on their own).
    signs = view.active_of([CAUDA_EQUINA_SIGNS])
    if signs and view.has_back_complaint:
        findings.append(Finding(CAUDA_EQUINA_SIGNS_FINDING, evidence_of(signs)))
        referrals.add("emergency")

    # RF5b "deformitet i ryggsøylen": an active SPINAL_DEFORMITY.
    deformity = view.active_of([SPINAL_DEFORMITY])
    if deformity:
        findings.append(Finding("RF5b", evidence_of(deformity)))
        referrals.add("orthopaedics")

    # rules.md §5.7 (B3; beyond the seed: NICE NG59, AHCPR 1994): an active spinal infection, urgent referral.
    infection = view.active_of([SPINAL_INFECTION])
    if infection:
        findings.append(Finding(INFECTION_FINDING, evidence_of(infection)))
        referrals.update(("infectious-diseases", "orthopaedics"))
    # §5.7: ICPC-2 L70 names no site: with a back complaint it is a possible spinal infection (advice kept).
    possible_infection = view.active_of([MUSCULOSKELETAL_INFECTION])
    if possible_infection and view.has_back_complaint and not infection:
        findings.append(Finding(POSSIBLE_INFECTION_FINDING, evidence_of(possible_infection)))

    if not findings:
        return None
    return RuleHit(
        card_id=CARD_ID,
        evidence=merge(*(f.evidence for f in findings)),
        findings=tuple(findings),
        values=values,
        referrals=ordered_referrals(referrals),
    )
