"""The shipped knowledge (value sets, card templates, patient activity plans), loaded and checked once at start-up."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .cards import CardCatalog
from .errors import KnowledgeError
from .pages.activity_plan import ActivityPlans
from .terminology import Terminology


@dataclass(frozen=True)
class Knowledge:
    version: str
    terminology: Terminology
    cards: CardCatalog
    plans: ActivityPlans
    """The patient's printable activity plans (``cards/plans``), which advice cards link to."""


def load_knowledge(root: Path) -> Knowledge:
    """Load ``root/valuesets``, ``root/cards`` and ``root/cards/plans``; any bad file raises ``KnowledgeError``
    naming it."""
    for folder in ("valuesets", "cards"):
        if not (root / folder).is_dir():
            raise KnowledgeError(str(root / folder), "knowledge folder not found (set CDS_KNOWLEDGE_DIR)")
    terminology = Terminology.load(root)
    cards = CardCatalog.load(root)

    if terminology.version != cards.version:
        raise KnowledgeError(
            str(root),
            f"value sets are version {terminology.version} but card templates are version {cards.version}",
        )
    plans = ActivityPlans.load(root)
    missing = sorted(set(cards.activity_plans.values()) - set(plans.plans))
    if missing:
        raise KnowledgeError(
            str(root / "cards" / "_catalog.toml"),
            f"activity_plans: no plan file cards/plans/<id>.toml for {', '.join(missing)}",
        )
    return Knowledge(version=cards.version, terminology=terminology, cards=cards, plans=plans)
