"""Small helpers to turn facts into the evidence tuples of a RuleHit (deterministic, no duplicates)."""

from __future__ import annotations

from collections.abc import Iterable

from ..facts import ConditionFact, Evidence, MedicationFact


def evidence_of(*groups: Iterable[ConditionFact | MedicationFact]) -> tuple[Evidence, ...]:
    """The evidence of the facts in the order given, each once."""
    out: dict[Evidence, None] = {}
    for group in groups:
        for fact in group:
            out.setdefault(fact.evidence, None)
    return tuple(out)


def merge(*groups: Iterable[Evidence]) -> tuple[Evidence, ...]:
    out: dict[Evidence, None] = {}
    for group in groups:
        for item in group:
            out.setdefault(item, None)
    return tuple(out)
