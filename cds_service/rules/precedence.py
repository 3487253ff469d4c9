"""Precedence and ordering (rules.md §1.7)."""

from __future__ import annotations

from collections.abc import Iterable

from .advice import ADVICE
from .contraindications import ABSOLUTE, CAUDA_EQUINA_CARD, RELATIVE
from .model import CARD_INDICATORS, RuleHit

_INDICATOR_RANK = {"critical": 0, "warning": 1, "info": 2}
_CARD_RANK = {card_id: rank for rank, card_id in enumerate(CARD_INDICATORS)}
SUPPRESSING = frozenset({ABSOLUTE, CAUDA_EQUINA_CARD})
SUPPRESSED = ADVICE | RELATIVE


def apply_precedence(hits: Iterable[RuleHit]) -> list[RuleHit]:
    """§1.7.1: if ``lbp-ci-absolute`` or ``lbp-cauda-equina`` fires, suppress every activity-advice card
    (acute, subacute, chronic, recurrent, nerve-root, postop, specific-*) and every relative
    contraindication card; red-flag and medication cards stay. §1.7.2: order critical -> warning -> info,
    and within an indicator by the fixed catalogue order (deterministic)."""
    hits = list(hits)
    if any(hit.card_id in SUPPRESSING for hit in hits):
        hits = [hit for hit in hits if hit.card_id not in SUPPRESSED]
    return sorted(hits, key=lambda hit: (_INDICATOR_RANK[CARD_INDICATORS[hit.card_id]], _CARD_RANK[hit.card_id]))
