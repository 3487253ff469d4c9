"""rules.evaluate: PatientFacts -> [RuleHit]. Pure functions; no Flask, HTTP, FHIR JSON or clock.

One module per responsibility: ``classification`` (derived facts, duration, group; §1.1–§1.2),
``red_flags`` (§1.3), ``contraindications`` (§1.4, cauda equina), ``advice`` (§1.5), ``medications``
(§1.6, §4) and ``precedence`` (§1.7). Thresholds live in ``thresholds``.
"""

from __future__ import annotations

from ..facts import PatientFacts
from . import advice, contraindications, medications, red_flags
from .classification import PatientView, build_view
from .model import CARD_INDICATORS, FINDING_CODES, REFERRAL_TARGETS, Finding, RuleHit
from .precedence import apply_precedence
from .thresholds import Thresholds

__all__ = [
    "CARD_INDICATORS",
    "FINDING_CODES",
    "REFERRAL_TARGETS",
    "Finding",
    "PatientView",
    "RuleHit",
    "Thresholds",
    "build_view",
    "evaluate",
]


def evaluate(facts: PatientFacts, thresholds: Thresholds) -> list[RuleHit]:
    """Every rule of rules.md §1.1–§1.7 and the in-scope §4 items, suppressed and ordered (§1.7)."""
    view = build_view(facts, thresholds)
    if not view.gate_open:
        return []
    hits: list[RuleHit] = []
    for hit in (contraindications.cauda_equina(view), contraindications.absolute(view), red_flags.red_flags(view)):
        if hit is not None:
            hits.append(hit)
    hits.extend(contraindications.relative(view))
    hits.extend(advice.situation(view))
    hits.extend(advice.specific(view))
    referral = advice.specific_referral(view, hits)
    if referral is not None:
        hits.append(referral)
    hits.extend(medications.medication_cards(view))
    return apply_precedence(hits)
