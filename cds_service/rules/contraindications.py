"""Contraindications to exercise (rules.md §1.4) and cauda equina (§4, B2).

Every active vertebral fracture is sorted into exactly the cards that describe it:
unstable (absolute), osteoporotic and/or stable burst (relative), or else "stability unknown".
"""

from __future__ import annotations

from ..facts import ConditionFact
from .classification import PatientView
from .concepts import (
    CAUDA_EQUINA,
    FRACTURE,
    MALIGNANCY_SPINE,
    NEUROGENIC_CLAUDICATION,
    SPINAL_INSTABILITY,
    SPONDYLOLYSIS,
    STABLE_BURST_FRACTURE,
    UNSTABLE_BURST_FRACTURE,
    in_order,
)
from .evidence import evidence_of, merge
from .model import Finding, RuleHit, ordered_referrals
from .red_flags import is_osteoporotic

ABSOLUTE = "lbp-ci-absolute"
CAUDA_EQUINA_CARD = "lbp-cauda-equina"
CLAUDICATION = "lbp-ci-rel-claudication"
SPONDYLOLYSIS_ADOLESCENT = "lbp-ci-rel-spondylolysis-adolescent"
OSTEOPOROTIC_FRACTURE = "lbp-ci-rel-osteoporotic-fracture"
STABLE_BURST = "lbp-ci-rel-stable-burst"
STABILITY_UNKNOWN = "lbp-ci-fracture-stability-unknown"
RELATIVE = frozenset({CLAUDICATION, SPONDYLOLYSIS_ADOLESCENT, OSTEOPOROTIC_FRACTURE, STABLE_BURST, STABILITY_UNKNOWN})


def is_adolescent(view: PatientView) -> bool:
    """The seed's "Ungdom" read as age 10–19 at the evaluation date (rules.md §1.4, §1.5)."""
    t = view.thresholds
    return view.age is not None and t.adolescent_age_from <= view.age <= t.adolescent_age_to


def _is_unstable(fracture: ConditionFact, view: PatientView) -> bool:
    """rules.md §1.4: "an active vertebral fracture together with SPINAL_INSTABILITY, or an ICD-10-CM
    unstable burst code (S22.0x2 / S32.0x2)"."""
    return UNSTABLE_BURST_FRACTURE in fracture.concepts or view.has_active(SPINAL_INSTABILITY)


def cauda_equina(view: PatientView) -> RuleHit | None:
    """rules.md §4 (B2, NICE NG59 1.1.1): coded cauda equina syndrome -> critical, emergency referral."""
    found = view.active_of([CAUDA_EQUINA])
    if not found:
        return None
    return RuleHit(CAUDA_EQUINA_CARD, evidence=evidence_of(found), referrals=("emergency",))


def absolute(view: PatientView) -> RuleHit | None:
    """Seed: "Absolutte kontraindikasjoner er kreftsykdommer eller brudd i ryggen der ryggens stabilitet er
    kompromittert selv ved normal belastning" (cancers or spinal fractures where stability is compromised
    even at normal load). The stability clause qualifies both (§1.8.3): cancer outside the spine is RF4b."""
    findings: list[Finding] = []
    referrals: set[str] = set()
    cancer = view.active_of([MALIGNANCY_SPINE])
    if cancer:
        findings.append(Finding("malignancy-spine", evidence_of(cancer)))
        referrals.add("oncology")
    unstable = tuple(f for f in view.active_of(in_order(FRACTURE)) if _is_unstable(f, view))
    if unstable:
        instability = view.active_of([SPINAL_INSTABILITY])
        findings.append(Finding("unstable-fracture", evidence_of(unstable, instability)))
        referrals.add("orthopaedics")
    if not findings:
        return None
    return RuleHit(
        ABSOLUTE,
        evidence=merge(*(f.evidence for f in findings)),
        findings=tuple(findings),
        referrals=ordered_referrals(referrals),
    )


def relative(view: PatientView) -> list[RuleHit]:
    """The relative contraindication cards of rules.md §1.4, each a warning."""
    hits: list[RuleHit] = []
    # "nevrogen claudicatio der vanlig gange forverrer plagene, mens … sykling kan være et godt
    # treningsalternativ" (walking may aggravate; cycling is a good alternative).
    claudication = view.active_of([NEUROGENIC_CLAUDICATION])
    if claudication:
        hits.append(RuleHit(CLAUDICATION, evidence=evidence_of(claudication)))
    # "Ungdom med akutte ryggsmerter som skyldes spondylolyse kan ha nytte av avlastning i korsett og
    # permisjon fra kontaktidrett" (adolescents: brace, leave from contact sports). §1.8.6: needs a coded
    # diagnosis, which the value set match ensures.
    spondylolysis = view.active_of([SPONDYLOLYSIS])
    if spondylolysis and is_adolescent(view):
        hits.append(
            RuleHit(
                SPONDYLOLYSIS_ADOLESCENT,
                evidence=evidence_of(spondylolysis),
                values={"age": view.age},
                referrals=("orthopaedics",),
            )
        )
    fractures = tuple(f for f in view.active_of(in_order(FRACTURE)) if not _is_unstable(f, view))
    # "Dette gjelder også … sammenfallsbrudd hos kvinner med benskjørhet" and "Trening for å styrke musklene
    # og bedre balansen bør inngå i behandlingen av osteoporotiske brudd". No sex restriction (§1.8.5).
    osteoporotic = tuple(f for f in fractures if is_osteoporotic(f, view))
    if osteoporotic:
        hits.append(RuleHit(OSTEOPOROTIC_FRACTURE, evidence=evidence_of(osteoporotic)))
    # "… og ved stabile knusningsbrudd" (stable burst fractures): ICD-10-CM S22.0x1 / S32.0x1.
    stable_burst = tuple(f for f in fractures if STABLE_BURST_FRACTURE in f.concepts)
    if stable_burst:
        hits.append(RuleHit(STABLE_BURST, evidence=evidence_of(stable_burst)))
    # Derived (§1.4): any other active vertebral fracture -> confirm stability.
    unknown = tuple(f for f in fractures if f not in osteoporotic and f not in stable_burst)
    if unknown:
        hits.append(RuleHit(STABILITY_UNKNOWN, evidence=evidence_of(unknown)))
    return hits
