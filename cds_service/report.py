"""The feedback report: per card id, how often shown, accepted, overridden, and the top override reasons.

``build`` reads the store (issued-card log and feedback); ``render`` is pure and writes a text table,
JSON or CSV. ``cds-service feedback-report`` and the ``/analytics`` page show the same ``Report``.

"Shown" counts issued cards by issue time; accepted/overridden count feedback items by outcome time,
both from ``since`` (a UTC date) on. Feedback on a card uuid the service never logged is one extra row
with no card id ("unknown card").

An override reason of our own code system is shown with its display from the card catalogue
(``cards/_catalog.toml`` ``override_reasons``), also when the EHR sent only its code and system (as the
CDS Hooks sandbox does); a reason of any other system keeps the display it came with, if any, and is marked
as not in the catalogue ("unknown reason"), since the service never offered it.

Feedback as EHRs send it (issue 13): a card may get several events (sent at once and again in a batch, or a
changed outcome). Exact repeats are stored once (``feedback``); the accepted/overridden columns count events,
the rates count cards by their final outcome, and the time to action is the median, over cards, of the time
from issue to the first outcome. ``snoozed``/``reshown`` count snooze events (``cds_service.snooze``).
"""

from __future__ import annotations

import csv
import io
import json
import statistics
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from .persistence import Store

if TYPE_CHECKING:
    from .cards import CardCatalog

FORMATS = ("table", "json", "csv")
TOP_REASONS = 3
UNKNOWN_CARD_LABEL = "(unknown card)"


@dataclass(frozen=True)
class ReasonCount:
    system: str
    code: str
    display: str | None
    count: int
    in_catalogue: bool = True
    """False: a reason the cards never offered, stored and reported as sent."""

    @property
    def label(self) -> str:
        label = f"{self.code} ({self.display})" if self.display else self.code
        return label if self.in_catalogue else f"{label} [unknown reason]"


@dataclass(frozen=True)
class CardRow:
    card_id: str | None
    """None for feedback on card uuids the service has no record of issuing."""
    shown: int
    accepted: int
    overridden: int
    top_override_reasons: tuple[ReasonCount, ...]
    cards_answered: int = 0
    """Issued cards with feedback; each counted once, by its final outcome."""
    cards_accepted: int = 0
    cards_overridden: int = 0
    median_seconds_to_action: float | None = None
    snoozed: int = 0
    reshown: int = 0

    @property
    def accept_rate(self) -> float | None:
        """Cards finally accepted / cards answered; None with no feedback."""
        return self.cards_accepted / self.cards_answered if self.cards_answered else None

    @property
    def override_rate(self) -> float | None:
        return self.cards_overridden / self.cards_answered if self.cards_answered else None

    @property
    def label(self) -> str:
        return self.card_id if self.card_id is not None else UNKNOWN_CARD_LABEL

    @property
    def acceptance_rate(self) -> float | None:
        """Accepted / (accepted + overridden); None with no feedback."""
        answered = self.accepted + self.overridden
        return self.accepted / answered if answered else None


@dataclass(frozen=True)
class Report:
    since: date | None
    generated_at: datetime
    rows: tuple[CardRow, ...]

    @property
    def totals(self) -> tuple[int, int, int]:
        return (
            sum(r.shown for r in self.rows),
            sum(r.accepted for r in self.rows),
            sum(r.overridden for r in self.rows),
        )


def reason_displays(catalog: CardCatalog, locale: str) -> dict[tuple[str, str], str]:
    """(system, code) -> display, in ``locale``, of every override reason the cards offer."""
    return {(reason.system, reason.code): reason.display[locale] for reason in catalog.override_reasons}


def build(
    store: Store, since: date | None = None, *, displays: Mapping[tuple[str, str], str] | None = None
) -> Report:
    """Raises ``StoreUnavailable`` when the database cannot be read. ``displays``: the catalogue's override
    reasons (``reason_displays(catalog, locale)``), shown in place of what the EHR sent."""
    displays = displays or {}
    shown = store.shown_counts(since)
    outcomes: dict[str | None, dict[str, int]] = defaultdict(dict)
    for item in store.outcome_counts(since):
        outcomes[item.card_id][item.outcome] = outcomes[item.card_id].get(item.outcome, 0) + item.count
    reasons: dict[str | None, list[ReasonCount]] = defaultdict(list)
    for reason in store.override_reason_counts(since):
        known = (reason.system, reason.code) in displays
        display = displays.get((reason.system, reason.code), reason.display)
        reasons[reason.card_id].append(
            ReasonCount(reason.system, reason.code, display, reason.count, in_catalogue=known or not displays)
        )
    answers: dict[str, CardAnswers] = defaultdict(CardAnswers)
    for answer in store.reports.card_answers(since):
        answers[answer.card_id].add(answer.final_outcome, answer.seconds_to_action)
    snoozes: dict[str, Counter[str]] = defaultdict(Counter)
    for count in store.reports.snooze_counts(since):
        snoozes[count.card_id][count.event] += count.count
    return assemble(since, datetime.now(UTC), shown, outcomes, reasons, answers=answers, snoozes=snoozes)


@dataclass
class CardAnswers:
    """Per card id: the final outcome of each answered card and its time from issue to action."""

    outcomes: Counter[str] = field(default_factory=Counter)
    delays: list[float] = field(default_factory=list)

    def add(self, outcome: str, seconds_to_action: float) -> None:
        self.outcomes[outcome] += 1
        self.delays.append(seconds_to_action)


def assemble(
    since: date | None,
    generated_at: datetime,
    shown: dict[str, int],
    outcomes: dict[str | None, dict[str, int]],
    reasons: dict[str | None, list[ReasonCount]],
    *,
    answers: Mapping[str, CardAnswers] | None = None,
    snoozes: Mapping[str, Counter[str]] | None = None,
) -> Report:
    """Pure: the report from the store's counts. Known cards by shown (most first), unknown last."""
    answers = answers or {}
    snoozes = snoozes or {}
    card_ids: set[str | None] = set(shown) | set(outcomes) | set(reasons) | set(answers) | set(snoozes)
    empty = CardAnswers()
    rows = [
        CardRow(
            card_id=card_id,
            shown=shown.get(card_id, 0) if card_id is not None else 0,
            accepted=outcomes.get(card_id, {}).get("accepted", 0),
            overridden=outcomes.get(card_id, {}).get("overridden", 0),
            top_override_reasons=tuple(
                sorted(reasons.get(card_id, []), key=lambda r: (-r.count, r.system, r.code))[:TOP_REASONS]
            ),
            cards_answered=sum(answers.get(card_id or "", empty).outcomes.values()),
            cards_accepted=answers.get(card_id or "", empty).outcomes["accepted"],
            cards_overridden=answers.get(card_id or "", empty).outcomes["overridden"],
            median_seconds_to_action=_median(answers.get(card_id or "", empty).delays),
            snoozed=snoozes.get(card_id or "", Counter())["snoozed"],
            reshown=snoozes.get(card_id or "", Counter())["reshown"],
        )
        for card_id in card_ids
    ]
    rows.sort(key=lambda r: (r.card_id is None, -r.shown, r.card_id or ""))
    return Report(since=since, generated_at=generated_at, rows=tuple(rows))


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def duration_text(seconds: float | None) -> str:
    """A median time to action for a table cell: "45 s", "12 min", "3.5 h", "2.0 d"."""
    if seconds is None:
        return ""
    if seconds < 60:
        return f"{seconds:.0f} s"
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    if seconds < 86400:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} d"


def _rate(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def render(report: Report, fmt: str) -> str:
    if fmt == "table":
        return _table(report)
    if fmt == "json":
        return json.dumps(as_json(report), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return _csv(report)
    raise ValueError(f"unknown report format {fmt!r}: use one of {', '.join(FORMATS)}")


def as_json(report: Report) -> dict[str, Any]:
    return {
        "since": report.since.isoformat() if report.since else None,
        "generatedAt": report.generated_at.isoformat(timespec="seconds"),
        "cards": [
            {
                "cardId": row.card_id,
                "shown": row.shown,
                "accepted": row.accepted,
                "overridden": row.overridden,
                "acceptanceRate": None if row.acceptance_rate is None else round(row.acceptance_rate, 4),
                "cardsAnswered": row.cards_answered,
                "acceptRate": _rate(row.accept_rate),
                "overrideRate": _rate(row.override_rate),
                "medianSecondsToAction": row.median_seconds_to_action,
                "snoozed": row.snoozed,
                "reshown": row.reshown,
                "topOverrideReasons": [
                    {
                        "system": r.system,
                        "code": r.code,
                        "display": r.display,
                        "count": r.count,
                        "inCatalogue": r.in_catalogue,
                    }
                    for r in row.top_override_reasons
                ],
            }
            for row in report.rows
        ],
    }


def _reasons_text(row: CardRow) -> str:
    return "; ".join(f"{r.label} ×{r.count}" for r in row.top_override_reasons)


def _rate_text(row: CardRow) -> str:
    """The card's accept rate: cards finally accepted of those answered (events when the store has none)."""
    rate = row.accept_rate if row.cards_answered else row.acceptance_rate
    return _percent(rate)


def _percent(rate: float | None) -> str:
    return "" if rate is None else f"{rate:.0%}"


def _table(report: Report) -> str:
    since = report.since.isoformat() if report.since else "the beginning"
    lines = [f"Feedback report since {since} (generated {report.generated_at:%Y-%m-%d %H:%M} UTC)"]
    if not report.rows:
        lines.append("No cards issued and no feedback received in this period.")
        return "\n".join(lines) + "\n"
    header = (
        "card id", "shown", "accepted", "overridden", "accept %", "override %", "median to action",
        "snoozed", "reshown", "top override reasons",
    )
    body = [
        (
            row.label, str(row.shown), str(row.accepted), str(row.overridden), _rate_text(row),
            _percent(row.override_rate), duration_text(row.median_seconds_to_action), str(row.snoozed),
            str(row.reshown), _reasons_text(row),
        )
        for row in report.rows
    ]
    shown, accepted, overridden = report.totals
    body.append(
        (
            "total", str(shown), str(accepted), str(overridden), "", "", "",
            str(sum(r.snoozed for r in report.rows)), str(sum(r.reshown for r in report.rows)), "",
        )
    )
    widths = [max(len(cells[i]) for cells in [header, *body]) for i in range(len(header) - 1)]

    def line(cells: tuple[str, ...]) -> str:
        first = cells[0].ljust(widths[0])
        numbers = [cells[i].rjust(widths[i]) for i in range(1, len(widths))]
        return "  ".join([first, *numbers, cells[-1]]).rstrip()

    lines.append(line(header))
    lines.append("  ".join("-" * w for w in widths) + "  " + "-" * len(header[-1]))
    lines.extend(line(cells) for cells in body)
    return "\n".join(lines) + "\n"


def _csv_cell(value: str) -> str:
    """Spreadsheet formula injection guard: reason displays come from the EHR's feedback."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _fraction(rate: float | None) -> str:
    return "" if rate is None else f"{rate:.4f}"


def _csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "card_id", "shown", "accepted", "overridden", "acceptance_rate", "accept_rate", "override_rate",
            "median_seconds_to_action", "snoozed", "reshown", "top_override_reasons",
        ]
    )
    for row in report.rows:
        rate = "" if row.acceptance_rate is None else f"{row.acceptance_rate:.4f}"
        writer.writerow(
            [
                _csv_cell(row.label), row.shown, row.accepted, row.overridden, rate, _fraction(row.accept_rate),
                _fraction(row.override_rate),
                "" if row.median_seconds_to_action is None else f"{row.median_seconds_to_action:.0f}",
                row.snoozed, row.reshown, _csv_cell(_reasons_text(row)),
            ]
        )
    return out.getvalue()
