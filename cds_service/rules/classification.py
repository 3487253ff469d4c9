"""Derived facts and classification (rules.md §1.1–§1.2): the patient view every other rule reads.

Readings where rules.md is silent (documented for review):
- The episode basis B is PAIN when any PAIN condition exists; if none of them is active (the active
  complaint is a STRUCT condition), the index onset is taken from the active STRUCT conditions, so the
  duration is still known, while the older PAIN conditions still count as earlier episodes.
- A current condition with clinicalStatus ``recurrence`` or ``relapse`` is not a first-ever episode.
- Active conditions without any date are ignored for the index onset when others have one; the
  duration is ``unknown`` only when no active condition in the basis has a date.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from ..facts import (
    ENDED_CLINICAL_STATUSES,
    RECURRENT_CLINICAL_STATUSES,
    UNKNOWN_CLINICAL_STATUS,
    ConditionFact,
    MedicationFact,
    PatientFacts,
    whole_years,
)
from .concepts import (
    BACK,
    BACK_COMPLAINT,
    CAUDA_EQUINA,
    NERVE_ROOT,
    NEUROGENIC_CLAUDICATION,
    PAIN,
    SPINE_SURGERY_STATUS,
    STRUCT,
    WITH_BACK_COMPLAINT,
    in_order,
)
from .thresholds import Thresholds

ACUTE, SUBACUTE, CHRONIC, UNKNOWN = "acute", "subacute", "chronic", "unknown"
SPECIFIC, NERVE_ROOT_GROUP, NONSPECIFIC = "specific", "nerve-root", "nonspecific"


@dataclass(frozen=True)
class Episode:
    basis: frozenset[str]
    index: ConditionFact | None
    """The active condition in B with the earliest onset."""
    index_onset: date | None
    days: int | None
    duration: str
    first_ever: bool
    prior_episodes: tuple[ConditionFact, ...]
    recurrent: bool
    group: str | None
    """specific / nerve-root / nonspecific; ``None`` without an active PAIN or STRUCT condition."""


@dataclass(frozen=True)
class PatientView:
    """Facts indexed once by concept, plus the classification; every rule module reads this."""

    facts: PatientFacts
    thresholds: Thresholds
    active: Mapping[str, tuple[ConditionFact, ...]]
    """Active conditions (§1.1 definition) by concept."""
    recorded: Mapping[str, tuple[ConditionFact, ...]]
    """Conditions of any status (refuted and entered-in-error dropped) by concept."""
    active_medications: Mapping[str, tuple[MedicationFact, ...]]
    age: int | None
    """Whole years at the evaluation date."""
    episode: Episode

    def has_active(self, *concepts: str) -> bool:
        return any(self.active.get(c) for c in concepts)

    def active_of(self, concepts: Iterable[str]) -> tuple[ConditionFact, ...]:
        return _merge(self.active, concepts)

    def recorded_of(self, concepts: Iterable[str]) -> tuple[ConditionFact, ...]:
        return _merge(self.recorded, concepts)

    def medications_of(self, concepts: Iterable[str]) -> tuple[MedicationFact, ...]:
        return _merge(self.active_medications, concepts)

    def days_since(self, start: date | None) -> int | None:
        return (self.facts.today - start).days if start is not None else None

    @property
    def has_back_complaint(self) -> bool:
        """An active back complaint (rules.md §5.5): any active condition of the PAIN or STRUCT sets."""
        return self.has_active(*BACK)

    @property
    def gate_open(self) -> bool:
        """rules.md §1.1: "emit no cards unless there is an active PAIN or STRUCT condition, or a
        spine-surgery status"; §5.5: "The gate opens on any active back complaint" (PAIN now holds them).
        The medication cards (§1.6) need the same. A coded cauda equina syndrome opens the gate too: it is
        itself a spinal emergency (§4 B2), and a missed emergency referral is worse than a card the clinician
        did not need."""
        return self.has_back_complaint or self.has_active(SPINE_SURGERY_STATUS, CAUDA_EQUINA)


_T = TypeVar("_T")


def _merge(index: Mapping[str, tuple[_T, ...]], concepts: Iterable[str]) -> tuple[_T, ...]:
    groups = [found for c in concepts if (found := index.get(c))]
    if not groups:
        return ()
    if len(groups) == 1:
        return groups[0]
    return _unique(item for group in groups for item in group)


def _unique(items: Iterable[_T]) -> tuple[_T, ...]:
    """Each fact once (a condition is filed under each of its concepts), in first-seen order."""
    seen: dict[int, _T] = {}
    for item in items:
        seen.setdefault(id(item), item)
    return tuple(seen.values())


def episode_values(view: PatientView) -> dict[str, Any]:
    """The template values of the episode (cards.VALUE_NAMES): group, duration, days, recurrent."""
    episode = view.episode
    return {
        "group": episode.group,
        "duration": episode.duration,
        "days": episode.days,
        "recurrent": episode.recurrent,
    }


def build_view(facts: PatientFacts, thresholds: Thresholds) -> PatientView:
    active: dict[str, list[ConditionFact]] = {}
    recorded: dict[str, list[ConditionFact]] = {}
    for condition in facts.conditions:
        if condition.dropped:
            continue
        is_active = condition.active
        concepts = condition.concepts
        if SPINE_SURGERY_STATUS in concepts and BACK_COMPLAINT in concepts:
            # A post-laminectomy syndrome (M96.1, SNOMED 202725007) is a back complaint (§5.5), but the rule
            # written for it is lbp-postop (§5.8: its long-term wording), so it starts no duration episode.
            concepts = concepts - {BACK_COMPLAINT}
        for concept in concepts:
            recorded.setdefault(concept, []).append(condition)
            if is_active:
                active.setdefault(concept, []).append(condition)
    medications: dict[str, list[MedicationFact]] = {}
    for medication in facts.medications:
        if medication.active:
            for concept in medication.concepts:
                medications.setdefault(concept, []).append(medication)
    if any(active.get(concept) for concept in BACK):
        for concept, read_as in WITH_BACK_COMPLAINT:
            for index in (active, recorded):
                if index.get(concept):
                    index[read_as] = list(_unique([*index.get(read_as, ()), *index[concept]]))
    age = whole_years(facts.birth_date, facts.today) if facts.birth_date is not None else None
    frozen_active = {k: tuple(v) for k, v in active.items()}
    frozen_recorded = {k: tuple(v) for k, v in recorded.items()}
    return PatientView(
        facts=facts,
        thresholds=thresholds,
        active=frozen_active,
        recorded=frozen_recorded,
        active_medications={k: tuple(v) for k, v in medications.items()},
        age=age,
        episode=classify(facts, thresholds, frozen_active, frozen_recorded),
    )


def classify(
    facts: PatientFacts,
    thresholds: Thresholds,
    active: Mapping[str, tuple[ConditionFact, ...]],
    recorded: Mapping[str, tuple[ConditionFact, ...]],
) -> Episode:
    def of(index: Mapping[str, tuple[ConditionFact, ...]], concepts: frozenset[str]) -> tuple[ConditionFact, ...]:
        return _merge(index, in_order(concepts))

    # §1.1: "Episode basis B = PAIN if the patient has any PAIN condition (any status); otherwise STRUCT."
    basis = PAIN if of(recorded, PAIN) else STRUCT
    in_basis = of(recorded, basis)
    current = of(active, basis) or of(active, STRUCT)
    # §1.1: "Index onset = the earliest onset among active conditions in B."
    dated = sorted((c for c in current if c.onset is not None), key=_onset_key)
    index = dated[0] if dated else None
    index_onset = index.onset if index is not None else None
    days = (facts.today - index_onset).days if index_onset is not None else None
    # §1.1: "Prior episode = a condition in B with onset before the index onset that is resolved,
    # inactive or in remission, or that abated before the index onset."
    prior: list[ConditionFact] = []
    earlier_onset = False
    if index_onset is not None:
        for condition in in_basis:
            if condition.onset is not None and condition.onset < index_onset:
                earlier_onset = True
                ended = condition.clinical_status in ENDED_CLINICAL_STATUSES or (
                    condition.clinical_status in (None, UNKNOWN_CLINICAL_STATUS)
                    and (condition.abated or condition.abatement is not None)
                )
                abated_before = condition.abatement is not None and condition.abatement < index_onset
                if ended or abated_before:
                    prior.append(condition)
            elif (
                condition.onset is None
                and not condition.active
                and condition.abatement is not None
                and condition.abatement < index_onset
            ):
                prior.append(condition)  # no onset, but it ended before this episode began
    # §1.2: recurrent = "at least one prior episode, or the current condition's clinicalStatus is
    # recurrence or relapse".
    relapsing = any(c.clinical_status in RECURRENT_CLINICAL_STATUSES for c in current)
    recurrent = bool(prior) or relapsing
    # §1.1: "First-ever episode = no condition in B with an onset before the index onset."
    first_ever = not earlier_onset and not prior and not relapsing
    return Episode(
        basis=basis,
        index=index,
        index_onset=index_onset,
        days=days,
        duration=duration_class(days, thresholds),
        first_ever=first_ever,
        prior_episodes=tuple(prior),
        recurrent=recurrent,
        group=_group(active),
    )


def _onset_key(condition: ConditionFact) -> tuple[object, str]:
    # Deterministic on ties: the earliest onset, then the resource id.
    return (condition.onset, condition.evidence.resource_id or "")


def duration_class(days: int | None, thresholds: Thresholds) -> str:
    """rules.md §1.2: acute when days < 28; subacute when 28 ≤ days ≤ 84; chronic when days > 84;
    unknown when there is no date."""
    if days is None:
        return UNKNOWN
    if days < thresholds.subacute_from_days:
        return ACUTE
    if days <= thresholds.chronic_after_days:
        return SUBACUTE
    return CHRONIC


def _group(active: Mapping[str, tuple[ConditionFact, ...]]) -> str | None:
    """rules.md §1.2 precedence: specific if any STRUCT condition is active; otherwise nerve root if
    NERVE_ROOT or NEUROGENIC_CLAUDICATION is active; otherwise nonspecific."""
    if any(active.get(c) for c in STRUCT):
        return SPECIFIC
    if active.get(NERVE_ROOT) or active.get(NEUROGENIC_CLAUDICATION):
        return NERVE_ROOT_GROUP
    if any(active.get(c) for c in PAIN):
        return NONSPECIFIC
    return None
