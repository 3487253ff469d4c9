"""CDS Hooks 2.0 feedback: ``POST /cds-services/{id}/feedback`` validated, then stored all-or-nothing.

The spec defines the body (``{"feedback": [item, ...]}``) but no response; we answer 200 with a small
summary. Every item is checked before anything is stored, so an invalid body stores nothing.

"The same item" (sent twice, by a retrying EHR or twice in one body) is one with equal service id,
card uuid, outcome, outcome instant (offsets normalised to UTC), set of accepted suggestion ids,
override reason (system and code; the display is presentation) and user comment. Its SHA-256 is the
item key, unique in the database, so concurrent duplicates are stored once whichever instance gets them.

Snooze (``CDS_SNOOZE_ENABLED``): an overridden item whose reason (system and code) is a snooze reason of the
card catalogue snoozes that card for its patient (``cds_service.snooze``); sent again, it only renews it.

An item whose card uuid does not carry this deployment's marker (``card_uuids``) is stored and flagged
(``unknown_card``): a confused client, or another service's card; the report counts it. A card issued a
moment ago and still in some process's card-log buffer carries the marker, so it is not flagged.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, NoReturn

from . import metrics
from .errors import BadRequest, ServiceUnavailable
from .jsontext import first_lone_surrogate
from .persistence import FeedbackRecord, Store, StoreUnavailable
from .schemas import problems

if TYPE_CHECKING:
    from .snooze import SnoozeFilter

log = logging.getLogger(__name__)

# A body is one EHR session's outcomes; a thousand items is far beyond that and bounds the transaction.
MAX_ITEMS_PER_BODY = 1000
_MAX_PROBLEMS_REPORTED = 20
_CORE_FIELDS = ("].card", "].outcome", "].outcomeTimestamp")
_REQUIRED_PROPERTY = re.compile(r"^'([^']+)' is a required property$")


@dataclass(frozen=True)
class FeedbackSummary:
    received: int
    stored: int
    duplicates: int
    unknown_cards: int

    def as_json(self) -> dict[str, int]:
        return {
            "received": self.received,
            "stored": self.stored,
            "duplicates": self.duplicates,
            "unknownCards": self.unknown_cards,
        }


@metrics.counts_feedback
def receive(
    store: Store,
    service_id: str,
    body: Any,
    *,
    snooze_filter: SnoozeFilter | None = None,
    today: date | None = None,
) -> dict[str, int]:
    """Validate and store one feedback body, then snooze what it snoozes; the JSON summary for a 200.

    Raises ``BadRequest`` (field like ``feedback[3].outcome``; nothing stored) or ``ServiceUnavailable``
    (the database did not confirm the write). A 503 cannot promise that nothing was stored: the connection
    may break after the database committed and before it said so. It says so, and that resending is safe:
    the same item is stored once (its item key is unique), so a resent item counts as a duplicate.
    """
    records = parse(service_id, body)
    try:
        result = store.store_feedback(records, received_at=datetime.now(UTC))
        if snooze_filter is not None:
            snoozed = snooze_uuids(records, snooze_filter.catalog.snooze_reasons)
            snooze_filter.snooze(snoozed, today=today or datetime.now(UTC).date())
    except StoreUnavailable:
        raise ServiceUnavailable(
            "the feedback store did not confirm the write: the items may or may not have been stored. "
            "Resend them later; an item stored already is counted as a duplicate, never stored twice",
            stored="unknown",
        ) from None
    summary = FeedbackSummary(
        received=len(records),
        stored=result.stored,
        duplicates=result.duplicates,
        unknown_cards=result.unknown_cards,
    )
    log.info(
        "feedback for %s: %d received, %d stored, %d duplicate(s), %d on unknown card(s)",
        service_id, summary.received, summary.stored, summary.duplicates, summary.unknown_cards,
    )
    return summary.as_json()


def snooze_uuids(records: Sequence[FeedbackRecord], snooze_reasons: frozenset[tuple[str, str]]) -> list[str]:
    """Card uuids overridden with a snooze reason (system and code; the display is presentation)."""
    return [
        r.card_uuid
        for r in records
        if r.outcome == "overridden" and (r.override_system or "", r.override_code or "") in snooze_reasons
    ]


def parse(service_id: str, body: Any) -> list[FeedbackRecord]:
    """Every item as a ``FeedbackRecord``, or ``BadRequest`` naming the first bad item. Pure."""
    items = body.get("feedback") if isinstance(body, dict) else None
    if isinstance(items, list) and len(items) > MAX_ITEMS_PER_BODY:
        raise BadRequest(f"feedback: at most {MAX_ITEMS_PER_BODY} items per request", field="feedback")
    found = problems("feedback", body)
    if found:
        _raise_first(found)
    unstorable = _first_unstorable_string(body["feedback"])
    if unstorable is not None:
        field, problem = unstorable
        raise BadRequest(f"{field}: {problem}", field=field)
    return [_record(service_id, index, item) for index, item in enumerate(body["feedback"])]


def _first_unstorable_string(items: list[Any]) -> tuple[str, str] | None:
    """(field, problem) of the first string no database column can hold: a lone UTF-16 surrogate (not
    encodable as UTF-8) or a NUL character (PostgreSQL text cannot hold one; refused on SQLite alike)."""
    where = first_lone_surrogate(items, "feedback")
    if where is not None:
        return where, "a lone UTF-16 surrogate is not Unicode text"
    stack: list[tuple[Any, str]] = [(items, "feedback")]
    while stack:
        node, path = stack.pop()
        if isinstance(node, str):
            if "\x00" in node:
                return path, "a NUL character (\\u0000) cannot be stored"
        elif isinstance(node, dict):
            stack.extend((child, f"{path}.{key}") for key, child in reversed(list(node.items())))
        elif isinstance(node, list):
            stack.extend((child, f"{path}[{index}]") for index, child in reversed(list(enumerate(node))))
    return None


def _raise_first(found: Sequence[tuple[str, str]]) -> NoReturn:
    named = sorted((_field_name(path, message), message) for path, message in found)
    # The lowest item index first, so "the bad item" is the first one a reader meets in the body; within
    # an item the required fields first, since the rest (acceptedSuggestions) follow from the outcome.
    named.sort(key=lambda pair: (_item_index(pair[0]), not pair[0].endswith(_CORE_FIELDS)))
    field, message = named[0]
    raise BadRequest(
        f"{field}: {message}",
        field=field,
        problems=[{"field": f, "message": m} for f, m in named[:_MAX_PROBLEMS_REPORTED]],
    )


def _field_name(path: str, message: str) -> str:
    """``feedback.3`` + "'outcome' is a required property" -> ``feedback[3].outcome``."""
    parts = [p for p in path.split(".") if p]
    missing = _REQUIRED_PROPERTY.match(message)
    if missing:
        parts.append(missing.group(1))
    text = ""
    for part in parts:
        text += f"[{part}]" if part.isdigit() else (f".{part}" if text else part)
    return text or "body"


def _item_index(field: str) -> int:
    match = re.match(r"^feedback\[(\d+)\]", field)
    return int(match.group(1)) if match else -1


def _record(service_id: str, index: int, item: dict[str, Any]) -> FeedbackRecord:
    where = f"feedback[{index}]"
    outcome: str = item["outcome"]
    try:
        outcome_at = datetime.fromisoformat(item["outcomeTimestamp"]).astimezone(UTC)
    except (ValueError, OverflowError):  # 9999-12-31T23:59:59-14:00 lies past year 9999 in UTC
        raise BadRequest(
            f"{where}.outcomeTimestamp: not a valid RFC 3339 date-time", field=f"{where}.outcomeTimestamp"
        ) from None
    if outcome == "overridden" and "acceptedSuggestions" in item:
        raise BadRequest(
            f"{where}.acceptedSuggestions: only an accepted outcome has accepted suggestions",
            field=f"{where}.acceptedSuggestions",
        )
    if outcome == "accepted" and "overrideReason" in item:
        raise BadRequest(
            f"{where}.overrideReason: only an overridden outcome has an override reason",
            field=f"{where}.overrideReason",
        )
    accepted = tuple(sorted({str(s["id"]) for s in item.get("acceptedSuggestions", [])}))
    override = item.get("overrideReason") or {}
    reason = override.get("reason") or {}
    record = FeedbackRecord(
        item_key="",
        service_id=service_id,
        card_uuid=item["card"],
        outcome=outcome,
        outcome_at=outcome_at,
        accepted_suggestions=accepted,
        override_system=reason.get("system"),
        override_code=reason.get("code"),
        override_display=reason.get("display"),
        user_comment=override.get("userComment"),
    )
    return replace(record, item_key=item_key(record))


def item_key(record: FeedbackRecord) -> str:
    """SHA-256 of the fields that make two items "the same" (see module doc)."""
    identity = {
        "service": record.service_id,
        "card": record.card_uuid,
        "outcome": record.outcome,
        "at": record.outcome_at.astimezone(UTC).isoformat(timespec="microseconds"),
        "accepted": list(record.accepted_suggestions),
        "reason": [record.override_system, record.override_code] if record.override_code else None,
        "comment": record.user_comment,
    }
    canonical = json.dumps(identity, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
