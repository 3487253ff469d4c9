"""The rules' output types and the card catalogue contract (card ids and indicators of rules.md)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..facts import Evidence

# Every card id of rules.md with its indicator. The card templates must match this list exactly.
# The order within an indicator is the order cards are returned in (rules.md §1.7.2 orders by indicator).
CARD_INDICATORS: Mapping[str, str] = {
    "lbp-ci-absolute": "critical",
    "lbp-cauda-equina": "critical",
    "lbp-red-flags": "warning",
    "lbp-ci-rel-claudication": "warning",
    "lbp-ci-rel-spondylolysis-adolescent": "warning",
    "lbp-ci-rel-osteoporotic-fracture": "warning",
    "lbp-ci-rel-stable-burst": "warning",
    "lbp-ci-fracture-stability-unknown": "warning",
    "lbp-opioid": "warning",
    "lbp-nsaid": "warning",
    "lbp-opioid-sedative": "warning",
    "lbp-acute": "info",
    "lbp-subacute": "info",
    "lbp-chronic": "info",
    "lbp-recurrent": "info",
    "lbp-nerve-root": "info",
    "lbp-postop": "info",
    "lbp-specific-bechterew": "info",
    "lbp-specific-scoliosis-adolescent": "info",
    "lbp-specific-referral": "info",
    "lbp-analgesic-regular": "info",
}
REFERRAL_TARGETS = (
    "physiotherapy",
    "rheumatology",
    "orthopaedics",
    "oncology",
    "neurology",
    "spine-surgery",
    "infectious-diseases",
    "emergency",
)

# The finding codes each card's rule emits (rules.md §1.2-§1.6 and §4). Every one needs a line of text in
# both languages, and a template may not carry text for a code no rule emits (a typo would never show).
FINDING_CODES: Mapping[str, frozenset[str]] = {
    "lbp-red-flags": frozenset(
        {
            "RF1",
            "RF3",
            "RF4a",
            "RF4b",
            "RF4c-adverse",
            "RF4c-glucocorticoid",
            "RF5a",
            "RF5a-cauda-equina-signs",
            "RF5b",
            "infection",
            "infection-possible",
        }
    ),
    "lbp-ci-absolute": frozenset({"malignancy-spine", "unstable-fracture"}),
    "lbp-nerve-root": frozenset({"hip-oa-differential"}),
    "lbp-chronic": frozenset({"depression"}),
    "lbp-opioid": frozenset({"dependence-risk"}),
    "lbp-postop": frozenset({"postop-early", "postop-long-term"}),
    "lbp-nsaid": frozenset(
        {
            "risk-anticoagulant",
            "risk-antiplatelet",
            "risk-ckd",
            "risk-heart-failure",
            "risk-hypertension",
            "risk-ulcer-gi-bleed",
            "risk-glucocorticoid",
            "risk-age-65",
            "risk-no-gastroprotection",
        }
    ),
    "lbp-opioid-sedative": frozenset({"sedative-benzodiazepine", "sedative-gabapentinoid"}),
}


@dataclass(frozen=True)
class Finding:
    """One reason inside a card, e.g. red flag ``RF4b`` or NSAID risk factor ``risk-ckd``.

    The card template holds the text for each finding code; ``evidence`` is the patient's own data."""

    code: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class RuleHit:
    card_id: str
    evidence: tuple[Evidence, ...] = ()
    """The data that triggered the card (the condition or medication)."""
    findings: tuple[Finding, ...] = ()
    values: Mapping[str, Any] = field(default_factory=dict)
    """Scalar values for the template, e.g. ``group``, ``duration``, ``days``, ``age``."""
    referrals: tuple[str, ...] = ()
    """Referral targets to offer as suggestions: physiotherapy, rheumatology, orthopaedics, oncology,
    neurology, spine-surgery, emergency."""


def ordered_referrals(targets: set[str] | frozenset[str]) -> tuple[str, ...]:
    """Referral targets in the fixed order of ``REFERRAL_TARGETS`` (deterministic output)."""
    unknown = set(targets) - set(REFERRAL_TARGETS)
    if unknown:
        raise ValueError(f"unknown referral target(s): {sorted(unknown)}")
    return tuple(t for t in REFERRAL_TARGETS if t in targets)
