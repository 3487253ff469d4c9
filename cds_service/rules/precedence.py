"""Precedence and ordering (rules.md §1.7)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .advice import ADVICE
from .contraindications import ABSOLUTE, CAUDA_EQUINA_CARD, RELATIVE
from .model import CARD_INDICATORS, RuleHit
from .red_flags import SUPPRESSING_FINDINGS

_INDICATOR_RANK = {"critical": 0, "warning": 1, "info": 2}
_CARD_RANK = {card_id: rank for rank, card_id in enumerate(CARD_INDICATORS)}
SUPPRESSING = frozenset({ABSOLUTE, CAUDA_EQUINA_CARD})
SUPPRESSED = ADVICE | RELATIVE


def apply_precedence(hits: Iterable[RuleHit]) -> list[RuleHit]:
    """§1.7.1: if ``lbp-ci-absolute`` or ``lbp-cauda-equina`` fires, suppress every activity-advice card
    (acute, subacute, chronic, recurrent, nerve-root, postop, specific-*) and every relative
    contraindication card; red-flag and medication cards stay. §5.6/§5.7: possible cauda equina signs and a
    spinal infection (findings of ``lbp-red-flags``) suppress the same cards. §1.7.2: order critical ->
    warning -> info, and within an indicator by the fixed catalogue order (deterministic). §5.8: "The same
    referral target is suggested once per response, on the most urgent card"."""
    hits = list(hits)
    if any(
        hit.card_id in SUPPRESSING or any(finding.code in SUPPRESSING_FINDINGS for finding in hit.findings)
        for hit in hits
    ):
        hits = [hit for hit in hits if hit.card_id not in SUPPRESSED]
    ordered = sorted(hits, key=lambda hit: (_INDICATOR_RANK[CARD_INDICATORS[hit.card_id]], _CARD_RANK[hit.card_id]))
    return _referrals_once(ordered)


def _referrals_once(hits: list[RuleHit]) -> list[RuleHit]:
    offered: set[str] = set()
    out: list[RuleHit] = []
    for hit in hits:
        kept = tuple(target for target in hit.referrals if target not in offered)
        offered.update(hit.referrals)
        out.append(hit if len(kept) == len(hit.referrals) else replace(hit, referrals=kept))
    return out
