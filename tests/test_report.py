"""Feedback report: per card id shown / accepted / overridden / top override reasons; table, JSON, CSV."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta

import pytest

from cds_service import feedback, report
from cds_service.persistence import IssuedCard, Store
from tests.support.db import pg_run_database_fixture, store_url_fixture  # noqa: F401  (fixtures)

SERVICE = "low-back-pain"
DAY = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
SYSTEM = "https://lbp-cds.example.org/override"


def issue(store: Store, card_id: str, n: int, at: datetime = DAY) -> list[str]:
    uuids = [f"{card_id}-{at:%m%d}-{i}" for i in range(n)]
    store.record_issued_cards([IssuedCard(u, SERVICE, card_id, "2025.1", "en", "h", at) for u in uuids])
    return uuids


def accept(uuid: str, at: datetime = DAY) -> dict[str, object]:
    return {"card": uuid, "outcome": "accepted", "acceptedSuggestions": [{"id": "s1"}],
            "outcomeTimestamp": at.isoformat()}


def override(uuid: str, code: str, display: str | None = None, at: datetime = DAY) -> dict[str, object]:
    coding = {"system": SYSTEM, "code": code, **({"display": display} if display else {})}
    return {"card": uuid, "outcome": "overridden", "overrideReason": {"reason": coding},
            "outcomeTimestamp": at.isoformat()}


@pytest.fixture
def filled(store_url: str) -> Store:
    """advice: 6 shown, 2 accepted, 4 overridden (4 reasons); red-flag: 3 shown, 1 accepted; one unknown."""
    store = Store(store_url)
    advice = issue(store, "lbp-activity-advice", 6)
    red_flag = issue(store, "lbp-red-flag", 3)
    items = [
        accept(advice[0]), accept(advice[1]),
        override(advice[2], "patient-declined", "Patient declined"),
        override(advice[3], "patient-declined", "Patient declined"),
        override(advice[4], "not-relevant", "Not relevant"),
        override(advice[5], "already-done"),
        accept(red_flag[0]),
        accept("uuid-we-never-issued"),
    ]
    feedback.receive(store, SERVICE, {"feedback": items})
    return store


def test_per_card_figures(filled: Store) -> None:
    built = report.build(filled)
    rows = {row.card_id: row for row in built.rows}
    advice, red_flag, unknown = rows["lbp-activity-advice"], rows["lbp-red-flag"], rows[None]
    assert (advice.shown, advice.accepted, advice.overridden) == (6, 2, 4)
    assert advice.acceptance_rate == pytest.approx(2 / 6)
    assert [(r.code, r.count) for r in advice.top_override_reasons] == [
        ("patient-declined", 2), ("already-done", 1), ("not-relevant", 1),
    ]
    assert (red_flag.shown, red_flag.accepted, red_flag.overridden) == (3, 1, 0)
    assert (unknown.shown, unknown.accepted) == (0, 1)
    assert [row.card_id for row in built.rows] == ["lbp-activity-advice", "lbp-red-flag", None]
    assert built.totals == (9, 4, 4)


def test_only_the_top_three_override_reasons(store_url: str) -> None:
    store = Store(store_url)
    uuids = issue(store, "lbp-activity-advice", 10)
    codes = ["a"] * 4 + ["b"] * 3 + ["c"] * 2 + ["d"]
    feedback.receive(store, SERVICE, {"feedback": [override(u, c) for u, c in zip(uuids, codes, strict=True)]})
    (row,) = report.build(store).rows
    assert [(r.code, r.count) for r in row.top_override_reasons] == [("a", 4), ("b", 3), ("c", 2)]


def test_since_counts_cards_by_issue_time_and_feedback_by_outcome_time(store_url: str) -> None:
    store = Store(store_url)
    old = issue(store, "lbp-activity-advice", 2, at=DAY - timedelta(days=30))
    new = issue(store, "lbp-activity-advice", 1, at=DAY)
    feedback.receive(store, SERVICE, {"feedback": [accept(old[0], DAY - timedelta(days=30)), accept(new[0])]})
    (row,) = report.build(store, since=date(2025, 3, 1)).rows
    assert (row.shown, row.accepted) == (1, 1)
    (everything,) = report.build(store).rows
    assert (everything.shown, everything.accepted) == (3, 2)


def test_table(filled: Store) -> None:
    text = report.render(report.build(filled, since=date(2025, 1, 1)), "table")
    lines = text.splitlines()
    assert lines[0].startswith("Feedback report since 2025-01-01")
    assert lines[1].split()[:4] == ["card", "id", "shown", "accepted"]
    advice = next(line for line in lines if line.startswith("lbp-activity-advice"))
    assert advice.split()[1:5] == ["6", "2", "4", "33%"]
    assert "patient-declined (Patient declined) ×2" in advice
    assert any(line.startswith("(unknown card)") for line in lines)
    assert lines[-1].split()[:4] == ["total", "9", "4", "4"]


NEW_IN_ISSUE_13 = (
    "cardsAnswered", "acceptRate", "overrideRate", "medianSecondsToAction", "snoozed", "reshown"
)


def test_json(filled: Store) -> None:
    data = json.loads(report.render(report.build(filled), "json"))
    assert data["since"] is None
    advice = data["cards"][0]
    # No catalogue given to build: every reason counts as offered ("inCatalogue").
    assert {key: advice[key] for key in advice if key not in NEW_IN_ISSUE_13} == {
        "cardId": "lbp-activity-advice", "shown": 6, "accepted": 2, "overridden": 4, "acceptanceRate": 0.3333,
        "topOverrideReasons": [
            {"system": SYSTEM, "code": "patient-declined", "display": "Patient declined", "count": 2,
             "inCatalogue": True},
            {"system": SYSTEM, "code": "already-done", "display": None, "count": 1, "inCatalogue": True},
            {"system": SYSTEM, "code": "not-relevant", "display": "Not relevant", "count": 1, "inCatalogue": True},
        ],
    }
    assert data["cards"][-1]["cardId"] is None


def test_csv(filled: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(report.render(report.build(filled), "csv"))))
    assert [r["card_id"] for r in rows] == ["lbp-activity-advice", "lbp-red-flag", "(unknown card)"]
    assert (rows[0]["shown"], rows[0]["accepted"], rows[0]["overridden"]) == ("6", "2", "4")
    assert rows[1]["acceptance_rate"] == "1.0000"


def test_csv_cells_cannot_become_spreadsheet_formulas(store_url: str) -> None:
    store = Store(store_url)
    (uuid,) = issue(store, "lbp-activity-advice", 1)
    feedback.receive(store, SERVICE, {"feedback": [override(uuid, "=HYPERLINK(\"http://x\")", "evil")]})
    (row,) = list(csv.DictReader(io.StringIO(report.render(report.build(store), "csv"))))
    assert row["top_override_reasons"].startswith("'=")


def test_an_empty_period_says_so(store_url: str) -> None:
    built = report.build(Store(store_url))
    assert built.rows == ()
    assert "No cards issued and no feedback" in report.render(built, "table")
    assert json.loads(report.render(built, "json"))["cards"] == []


def test_an_unknown_format_is_refused() -> None:
    empty = report.Report(since=None, generated_at=DAY, rows=())
    with pytest.raises(ValueError, match="table, json, csv"):
        report.render(empty, "xml")
