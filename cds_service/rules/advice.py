"""Activity advice by situation (rules.md §1.5) and the specific-condition cards.

Duration cards (acute, subacute, chronic) and the recurrent card are emitted only for the nonspecific and
nerve-root groups ("Duration cards are emitted only for the nonspecific and nerve-root groups. The specific
group gets condition cards instead"). With an unknown duration no duration card is emitted.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..facts import ConditionFact, Evidence
from .classification import ACUTE, CHRONIC, NERVE_ROOT_GROUP, NONSPECIFIC, SUBACUTE, PatientView, episode_values
from .concepts import (
    DEPRESSION,
    HIP_OA,
    INFLAMMATORY_SPINE,
    NERVE_ROOT,
    NEUROGENIC_CLAUDICATION,
    PAIN,
    SPINAL_DEFORMITY,
    SPINE_SURGERY_STATUS,
    STRUCT,
    in_order,
)
from .contraindications import is_adolescent
from .evidence import evidence_of
from .model import Finding, RuleHit

ACUTE_CARD = "lbp-acute"
SUBACUTE_CARD = "lbp-subacute"
CHRONIC_CARD = "lbp-chronic"
RECURRENT_CARD = "lbp-recurrent"
NERVE_ROOT_CARD = "lbp-nerve-root"
POSTOP_CARD = "lbp-postop"
BECHTEREW_CARD = "lbp-specific-bechterew"
SCOLIOSIS_ADOLESCENT_CARD = "lbp-specific-scoliosis-adolescent"
SPECIFIC_REFERRAL_CARD = "lbp-specific-referral"
ADVICE = frozenset(
    {
        ACUTE_CARD,
        SUBACUTE_CARD,
        CHRONIC_CARD,
        RECURRENT_CARD,
        NERVE_ROOT_CARD,
        POSTOP_CARD,
        BECHTEREW_CARD,
        SCOLIOSIS_ADOLESCENT_CARD,
        SPECIFIC_REFERRAL_CARD,
    }
)
_DURATION_CARDS = {ACUTE: ACUTE_CARD, SUBACUTE: SUBACUTE_CARD, CHRONIC: CHRONIC_CARD}


def situation(view: PatientView) -> list[RuleHit]:
    """Duration, recurrent, nerve-root and post-operative cards."""
    hits: list[RuleHit] = []
    episode = view.episode
    values = episode_values(view)
    if episode.group in (NONSPECIFIC, NERVE_ROOT_GROUP):
        pain = evidence_of(view.active_of(in_order(PAIN)))
        card = _DURATION_CARDS.get(episode.duration)
        if card == CHRONIC_CARD:
            # "Langvarige smerter kan ledsages av depresjon" (long-lasting pain may come with depression):
            # the chronic card gets the depression line (rules.md §4, B9), and suggests physiotherapy
            # ("Noen pasienter har … nytte av … trening under veiledning av fysioterapeut").
            depression = view.active_of([DEPRESSION])
            lines = (Finding("depression", evidence_of(depression)),) if depression else ()
            hits.append(RuleHit(card, pain, lines, values, ("physiotherapy",)))
        elif card is not None:
            hits.append(RuleHit(card, pain, (), values))
        # "intensiv ryggskole … for pasienter for residiverende ryggsmerter" (recurrent back pain).
        if episode.recurrent:
            relapsing = tuple(
                c for c in view.active_of(in_order(PAIN)) if c.clinical_status in ("recurrence", "relapse")
            )
            hits.append(RuleHit(RECURRENT_CARD, evidence_of(episode.prior_episodes, relapsing), (), values))
    if episode.group == NERVE_ROOT_GROUP:
        # "Pasienter med nerverotsmerte behandles vanligvis av allmennlegen, og bare et lite antall opereres."
        root = view.active_of([NERVE_ROOT, NEUROGENIC_CLAUDICATION])
        findings: tuple[Finding, ...] = ()
        # "Hofteartrose er en viktig differensialdiagnose ved nevrogen claudicatio."
        if view.has_active(HIP_OA) and view.has_active(NEUROGENIC_CLAUDICATION):
            findings = (
                Finding(
                    "hip-oa-differential",
                    evidence_of(view.active_of([HIP_OA]), view.active_of([NEUROGENIC_CLAUDICATION])),
                ),
            )
        hits.append(RuleHit(NERVE_ROOT_CARD, evidence_of(root), findings, values))
    # "Kan jeg trene etter ryggoperasjon?" -> "fysisk aktivitet veiledet av fysioterapeut".
    surgery = view.active_of([SPINE_SURGERY_STATUS])
    if surgery:
        phase = _postop_phase(view, surgery)
        hits.append(RuleHit(POSTOP_CARD, evidence_of(surgery), (phase,), values, ("physiotherapy",)))
    return hits


def _postop_phase(view: PatientView, surgery: tuple[ConditionFact, ...]) -> Finding:
    """rules.md §5.8: the early advice (out of bed from day one, no corset) "only within 12 weeks of a dated
    spine surgery"; a post-laminectomy syndrome or an undated status gets the long-term wording. A
    surgery-status code that is itself a back complaint (M96.1, SNOMED 202725007) is such a pain syndrome,
    not the operation. 12 weeks is the seed's acute limit ("varighet < 12 uker som akutte"), the chronic
    threshold."""
    recent = tuple(
        c
        for c in surgery
        if not (c.concepts & PAIN)
        and (days := view.days_since(c.onset)) is not None
        and days <= view.thresholds.chronic_after_days
    )
    if recent:
        return Finding("postop-early", evidence_of(recent))
    return Finding("postop-long-term")


def specific(view: PatientView) -> list[RuleHit]:
    """Condition cards for the specific group (rules.md §1.5, "Specific conditions")."""
    hits: list[RuleHit] = []
    # "Regelmessig trening er en viktig del av behandlingen ved for eksempel Mb. Bekterev."
    inflammatory = view.active_of([INFLAMMATORY_SPINE])
    if inflammatory:
        hits.append(RuleHit(BECHTEREW_CARD, evidence_of(inflammatory), referrals=("rheumatology",)))
    # "Ungdom med idiopatisk skoliose kan delta i kroppsøvingsundervisningen på skolen, men skal ikke bære
    # tungt i oppvekstår" (adolescents, read as age 10–19).
    deformity = view.active_of([SPINAL_DEFORMITY])
    if deformity and is_adolescent(view):
        hits.append(RuleHit(SCOLIOSIS_ADOLESCENT_CARD, evidence_of(deformity), values={"age": view.age}))
    return hits


def specific_referral(view: PatientView, hits: Sequence[RuleHit]) -> RuleHit | None:
    """rules.md §1.5: "an active STRUCT condition with no other specific or contraindication card (adult
    deformity, adult spondylolisthesis) -> orthopaedics". Seed: "Pasienter med spesifikke ryggsmerter
    henvises til utredning og behandling ved for eksempel reumatologisk, ortopedisk eller onkologisk
    avdeling". A condition is covered when its evidence is in a specific-* or contraindication card."""
    covered: set[Evidence] = {
        e for hit in hits if hit.card_id.startswith(("lbp-specific-", "lbp-ci-")) for e in hit.evidence
    }
    uncovered: tuple[ConditionFact, ...] = tuple(
        c for c in view.active_of(in_order(STRUCT)) if c.evidence not in covered
    )
    if not uncovered:
        return None
    return RuleHit(SPECIFIC_REFERRAL_CARD, evidence_of(uncovered), referrals=("orthopaedics",))
