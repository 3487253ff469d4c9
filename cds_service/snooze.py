"""Snooze (issue 13): a card overridden with a snooze reason is hidden for that patient while its evidence
is unchanged. This module derives the keys and decides, from the active snoozes, which cards to hide; the
rows live in ``persistence.snooze``. Pure, except for the store calls in ``SnoozeFilter.apply``.

Keys (no patient identifier is ever stored; the secret is ``CDS_SNOOZE_SECRET``):

- ``subject_key`` = HMAC-SHA256(secret, "subject" NUL tenant NUL patient id NUL card id): one per patient
  and card, so a snooze is found again at the next chart open, and a changed evidence is recognised;
- ``evidence_key`` = HMAC-SHA256(secret, "evidence" NUL subject_key NUL evidence fingerprint), where the
  fingerprint is SHA-256 over the sorted (finding, resource type, system, code, date) of everything that
  raised the card. A new code, a new date or a new finding (a new red flag) gives another evidence key:
  the card is shown again at once.

The tenant is the ``fhirServer`` (origin and path: one EHR's patient ids are unique only within it) or,
without one, the JWT issuer. Without the secret nobody can test a guessed patient id against the rows.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .persistence.engine import SchemaError, StoreUnavailable
from .persistence.snooze import SnoozeCandidate, SnoozeStore

if TYPE_CHECKING:
    from .cards import CardCatalog
    from .config import Settings
    from .rules import RuleHit

log = logging.getLogger(__name__)

# The guideline gives no snooze period; critical cards (cauda equina, absolute contraindications) are
# never hidden, whatever the settings say: a missed emergency costs more than a repeated card.
NEVER_HIDDEN = frozenset({"critical"})


@dataclass(frozen=True)
class SnoozeKeys:
    subject_key: str
    evidence_key: str


def tenant_of(fhir_server: str | None, issuer: str | None) -> str:
    """The EHR a patient id belongs to: the fhirServer's origin and path (case-folded scheme and host, no
    trailing slash), else the JWT issuer, else "" (auth off and no fhirServer: one local tenant)."""
    if fhir_server:
        parts = urlsplit(fhir_server.strip())
        return f"{parts.scheme.lower()}://{parts.netloc.lower()}{parts.path.rstrip('/')}"
    return issuer or ""


def evidence_fingerprint(hit: RuleHit) -> str:
    """SHA-256 over the sorted codes and dates that raised the card (its evidence and its findings')."""
    items: set[tuple[str, str, str, str, str]] = set()
    for finding_code, evidence in [("", e) for e in hit.evidence] + [
        (f.code, e) for f in hit.findings for e in (f.evidence or (None,))  # a finding without evidence counts too
    ]:
        if evidence is None:
            items.add((finding_code, "", "", "", ""))
            continue
        coding = evidence.coding
        items.add(
            (
                finding_code,
                evidence.resource_type,
                coding.system if coding else "",
                coding.code if coding else "",
                evidence.date.isoformat() if evidence.date else "",
            )
        )
    canonical = json.dumps(sorted(items), separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _hmac(secret: str, *parts: str) -> str:
    message = "\x00".join(parts).encode("utf-8")
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def snooze_keys(secret: str, tenant: str, patient_id: str, card_id: str, fingerprint: str) -> SnoozeKeys:
    subject = _hmac(secret, "subject", tenant, patient_id, card_id)
    return SnoozeKeys(subject_key=subject, evidence_key=_hmac(secret, "evidence", subject, fingerprint))


@dataclass(frozen=True)
class SnoozePolicy:
    """What the settings say: the secret and the period per indicator."""

    secret: str
    days_by_indicator: Mapping[str, int]
    feedback_window: timedelta

    @classmethod
    def from_settings(cls, settings: Settings) -> SnoozePolicy | None:
        if not settings.CDS_SNOOZE_ENABLED:
            return None
        return cls(
            secret=settings.CDS_SNOOZE_SECRET,
            days_by_indicator={"info": settings.CDS_SNOOZE_INFO_DAYS, "warning": settings.CDS_SNOOZE_WARNING_DAYS},
            feedback_window=timedelta(hours=settings.CDS_SNOOZE_FEEDBACK_WINDOW_HOURS),
        )


@dataclass(frozen=True)
class SnoozeOutcome:
    hidden: int
    reshown: int


class SnoozeFilter:
    """The pipeline's snooze step: hides snoozed cards, records what the next feedback may snooze."""

    def __init__(self, policy: SnoozePolicy, store: SnoozeStore, catalog: CardCatalog) -> None:
        self.policy = policy
        self.store = store
        self.catalog = catalog

    def apply(
        self,
        response: dict[str, Any],
        hits: Sequence[RuleHit],
        *,
        tenant: str,
        patient_id: str | None,
        locale: str,
        today: date,
    ) -> SnoozeOutcome:
        """Remove snoozed cards from ``response`` (in place) and note how many on the top card.

        Fails open: while the database cannot be read, every card is shown (a hidden card must never be
        the consequence of an outage) and nothing is recorded for snoozing.
        """
        cards: list[dict[str, Any]] = response.get("cards", [])
        if not patient_id or not cards:
            return SnoozeOutcome(0, 0)
        hit_by_card: dict[str, RuleHit] = {}
        for hit in hits:
            hit_by_card.setdefault(hit.card_id, hit)
        keyed: list[tuple[dict[str, Any], SnoozeKeys]] = []
        for card in cards:
            card_id = card["source"]["topic"]["code"]
            card_hit = hit_by_card.get(card_id)
            indicator = card.get("indicator")
            if card_hit is None or indicator in NEVER_HIDDEN or indicator not in self.policy.days_by_indicator:
                continue
            keys = snooze_keys(self.policy.secret, tenant, patient_id, card_id, evidence_fingerprint(card_hit))
            keyed.append((card, keys))
        if not keyed:
            return SnoozeOutcome(0, 0)
        now = datetime.now(UTC)
        candidates = [
            SnoozeCandidate(
                card["uuid"], card["source"]["topic"]["code"], card["indicator"], keys.subject_key,
                keys.evidence_key, now,
            )
            for card, keys in keyed
        ]
        try:
            result = self.store.issue(
                candidates, today=today, candidates_before=now - self.policy.feedback_window
            )
        except (StoreUnavailable, SchemaError) as exc:
            log.warning("snooze check skipped (%s): every card shown", type(exc).__name__)
            return SnoozeOutcome(0, 0)
        hidden_uuids = result.hidden
        if hidden_uuids:
            response["cards"] = [card for card in cards if card["uuid"] not in hidden_uuids]
            self.catalog.note_hidden(response, len(hidden_uuids), locale)
        return SnoozeOutcome(hidden=len(hidden_uuids), reshown=result.reshown)

    def snooze(self, card_uuids: Sequence[str], *, today: date) -> int:
        """Snooze the issued cards ``card_uuids`` (overridden with a snooze reason); how many were.
        Cards issued longer ago than the feedback window, critical and unknown cards are not snoozed.
        Raises ``StoreUnavailable``."""
        if not card_uuids:
            return 0
        issued_after = datetime.now(UTC) - self.policy.feedback_window
        return self.store.snooze(card_uuids, self.policy.days_by_indicator, today=today, issued_after=issued_after)
