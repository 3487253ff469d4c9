"""The shipped knowledge (value sets and card templates), loaded and checked once at start-up."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .cards import CardCatalog
from .errors import KnowledgeError
from .terminology import Terminology


@dataclass(frozen=True)
class Knowledge:
    version: str
    terminology: Terminology
    cards: CardCatalog


def load_knowledge(root: Path) -> Knowledge:
    """Load ``root/valuesets`` and ``root/cards``; any bad file raises ``KnowledgeError`` naming it."""
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
    return Knowledge(version=cards.version, terminology=terminology, cards=cards)
