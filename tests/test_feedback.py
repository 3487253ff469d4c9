"""Feedback: validation (400 naming the bad item, nothing stored), idempotent storage, unknown cards, 503."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select

from cds_service import feedback
from cds_service.errors import BadRequest, ServiceUnavailable
from cds_service.persistence import IssuedCard, Store, normalise_database_url
from cds_service.persistence import feedback as feedback_table
from tests.support.db import SqliteOutage, pg_run_database_fixture, store_url_fixture  # noqa: F401  (fixtures)

SERVICE = "low-back-pain"
CARD = "7c0a3a4e-0a5e-4a4b-9d53-6f3c2b2b1a01"
OTHER_CARD = "7c0a3a4e-0a5e-4a4b-9d53-6f3c2b2b1a02"


def accepted(card: str = CARD, at: str = "2025-03-01T12:00:00Z", suggestion: str = "s-physio") -> dict[str, Any]:
    return {"card": card, "outcome": "accepted", "acceptedSuggestions": [{"id": suggestion}], "outcomeTimestamp": at}


def overridden(card: str = CARD, code: str = "patient-declined", comment: str | None = None) -> dict[str, Any]:
    reason: dict[str, Any] = {"reason": {"system": "https://lbp-cds.example.org/override", "code": code,
                                         "display": code.replace("-", " ")}}
    if comment:
        reason["userComment"] = comment
    return {"card": card, "outcome": "overridden", "overrideReason": reason, "outcomeTimestamp": "2025-03-01T12:05:00Z"}


@pytest.fixture
def store(store_url: str) -> Store:
    store = Store(store_url)
    now = datetime.now(UTC)
    store.record_issued_cards(
        [IssuedCard(c, SERVICE, "lbp-activity-advice", "2025.1", "nb", "h-1", now) for c in (CARD, OTHER_CARD)]
    )
    return store


def stored_rows(store: Store) -> list[dict[str, Any]]:
    engine = create_engine(normalise_database_url(store.url))
    with engine.connect() as connection:
        rows = [dict(r._mapping) for r in connection.execute(select(feedback_table).order_by(feedback_table.c.id))]
    engine.dispose()
    return rows


# --- validation ------------------------------------------------------------------------------------

def _body_with(index: int, change: Any) -> dict[str, Any]:
    items = [accepted(), overridden(), accepted(OTHER_CARD), overridden(OTHER_CARD)]
    items[index] = change(copy.deepcopy(items[index]))
    return {"feedback": items}


def _without(key: str) -> Any:
    return lambda item: {k: v for k, v in item.items() if k != key}


def _set(key: str, value: Any) -> Any:
    return lambda item: {**item, key: value}


INVALID_BODIES = [
    pytest.param(None, "body", id="null body"),
    pytest.param([], "body", id="array body"),
    pytest.param({}, "feedback", id="no feedback key"),
    pytest.param({"feedback": []}, "feedback", id="empty feedback list"),
    pytest.param({"feedback": ["x"]}, "feedback[0]", id="item not an object"),
    pytest.param(_body_with(3, _without("outcome")), "feedback[3].outcome", id="missing outcome"),
    pytest.param(_body_with(3, _set("outcome", "ignored")), "feedback[3].outcome", id="unknown outcome"),
    pytest.param(_body_with(1, _without("card")), "feedback[1].card", id="missing card"),
    pytest.param(_body_with(2, _without("acceptedSuggestions")), "feedback[2].acceptedSuggestions",
                 id="accepted without acceptedSuggestions"),
    pytest.param(_body_with(0, _set("acceptedSuggestions", [{}])), "feedback[0].acceptedSuggestions[0].id",
                 id="suggestion without id"),
    pytest.param(_body_with(2, _without("outcomeTimestamp")), "feedback[2].outcomeTimestamp", id="no timestamp"),
    pytest.param(_body_with(2, _set("outcomeTimestamp", "yesterday")), "feedback[2].outcomeTimestamp",
                 id="timestamp not RFC 3339"),
    pytest.param(_body_with(2, _set("outcomeTimestamp", "2025-13-01T00:00:00Z")), "feedback[2].outcomeTimestamp",
                 id="timestamp month 13"),
    pytest.param(_body_with(1, _set("overrideReason", {"reason": {"code": "x"}})),
                 "feedback[1].overrideReason.reason.system", id="reason coding without system"),
    pytest.param(_body_with(1, _set("overrideReason", {"userComment": None})),
                 "feedback[1].overrideReason.userComment", id="null userComment"),
    pytest.param(_body_with(1, _set("acceptedSuggestions", [{"id": "s"}])), "feedback[1].acceptedSuggestions",
                 id="overridden with acceptedSuggestions"),
    pytest.param(_body_with(0, _set("overrideReason", {"userComment": "no"})), "feedback[0].overrideReason",
                 id="accepted with overrideReason"),
    pytest.param({"feedback": [accepted()] * (feedback.MAX_ITEMS_PER_BODY + 1)}, "feedback", id="too many items"),
]


@pytest.mark.parametrize(("body", "field"), INVALID_BODIES)
def test_an_invalid_body_is_refused_naming_the_bad_item_and_nothing_is_stored(
    store: Store, body: Any, field: str
) -> None:
    with pytest.raises(BadRequest) as raised:
        feedback.receive(store, SERVICE, body)
    assert raised.value.field == field
    assert raised.value.message.startswith(field)
    assert store.feedback_count() == 0  # the valid items before the bad one were not stored either


def test_the_first_bad_item_is_named_and_all_problems_listed() -> None:
    body = _body_with(1, _without("outcome"))
    body["feedback"][3]["outcome"] = "maybe"
    with pytest.raises(BadRequest) as raised:
        feedback.parse(SERVICE, body)
    assert raised.value.field == "feedback[1].outcome"
    listed = {p["field"] for p in raised.value.body()["problems"]}
    assert {"feedback[1].outcome", "feedback[3].outcome"} <= listed


# --- storing -------------------------------------------------------------------------------------------

def test_every_item_is_stored_with_its_fields(store: Store) -> None:
    summary = feedback.receive(store, SERVICE, {"feedback": [accepted(), overridden(comment="Prefers to wait")]})
    assert summary == {"received": 2, "stored": 2, "duplicates": 0, "unknownCards": 0}
    first, second = stored_rows(store)
    assert (first["card_uuid"], first["outcome"], first["accepted_suggestions"]) == (CARD, "accepted", "s-physio")
    assert first["unknown_card"] is False
    assert (second["override_code"], second["override_display"], second["user_comment"]) == (
        "patient-declined", "patient declined", "Prefers to wait",
    )


def test_the_same_item_sent_twice_is_stored_once(store: Store) -> None:
    body = {"feedback": [accepted(), overridden()]}
    assert feedback.receive(store, SERVICE, body)["stored"] == 2
    assert feedback.receive(store, SERVICE, body) == {"received": 2, "stored": 0, "duplicates": 2, "unknownCards": 0}
    within_one_body = {"feedback": [accepted(at="2025-03-02T08:00:00Z")] * 2}
    assert feedback.receive(store, SERVICE, within_one_body) == {
        "received": 2, "stored": 1, "duplicates": 1, "unknownCards": 0,
    }
    assert store.feedback_count() == 3


SAME_AS_BASE = [
    pytest.param(accepted(at="2025-03-01T14:00:00+02:00"), id="same instant with an offset"),
    pytest.param({**accepted(), "acceptedSuggestions": [{"id": "s-physio"}, {"id": "s-physio"}]}, id="repeated id"),
]
DIFFERENT_FROM_BASE = [
    pytest.param(accepted(at="2025-03-01T12:00:01Z"), id="another time"),
    pytest.param(accepted(suggestion="s-other"), id="another suggestion"),
    pytest.param(accepted(card=OTHER_CARD), id="another card"),
]


@pytest.mark.parametrize("item", SAME_AS_BASE)
def test_what_counts_as_the_same_item(store: Store, item: dict[str, Any]) -> None:
    feedback.receive(store, SERVICE, {"feedback": [accepted()]})
    assert feedback.receive(store, SERVICE, {"feedback": [item]})["duplicates"] == 1


@pytest.mark.parametrize("item", DIFFERENT_FROM_BASE)
def test_what_counts_as_a_different_item(store: Store, item: dict[str, Any]) -> None:
    feedback.receive(store, SERVICE, {"feedback": [accepted()]})
    assert feedback.receive(store, SERVICE, {"feedback": [item]})["stored"] == 1


def test_a_different_override_comment_is_a_different_item(store: Store) -> None:
    feedback.receive(store, SERVICE, {"feedback": [overridden(comment="a")]})
    assert feedback.receive(store, SERVICE, {"feedback": [overridden(comment="b")]})["stored"] == 1


def test_an_unknown_card_uuid_is_stored_and_flagged(store: Store) -> None:
    summary = feedback.receive(store, SERVICE, {"feedback": [accepted(), accepted(card="never-issued")]})
    assert summary == {"received": 2, "stored": 2, "duplicates": 0, "unknownCards": 1}
    flags = {row["card_uuid"]: row["unknown_card"] for row in stored_rows(store)}
    assert flags == {CARD: False, "never-issued": True}


def test_a_database_outage_answers_service_unavailable_and_stores_nothing(tmp_path: Path) -> None:
    database = tmp_path / "db" / "cds.sqlite3"
    database.parent.mkdir()
    store = Store(f"sqlite:///{database}", retry_after_seconds=0.0)
    store.upgrade()
    outage = SqliteOutage(database)
    outage.cut()
    with pytest.raises(ServiceUnavailable):
        feedback.receive(store, SERVICE, {"feedback": [accepted()]})
    outage.restore()
    assert feedback.receive(store, SERVICE, {"feedback": [accepted()]})["stored"] == 1


# --- over HTTP (Flask test client) -------------------------------------------------------------------

@pytest.fixture
def http(tmp_path: Path) -> Any:
    from tests.support.db import app_with_store

    app = app_with_store(
        {"CDS_AUTH": "off", "CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'cds.sqlite3'}", "CDS_LOCALE": "en"}
    )
    return app.test_client()


def test_http_feedback_answers_200_with_the_summary(http: Any) -> None:
    response = http.post("/cds-services/low-back-pain/feedback", json={"feedback": [accepted(card="c-x")]})
    assert response.status_code == 200
    assert response.get_json() == {"received": 1, "stored": 1, "duplicates": 0, "unknownCards": 1}


def test_http_invalid_feedback_is_a_400_naming_the_item(http: Any) -> None:
    body = _body_with(2, _set("outcome", "ignored"))
    response = http.post("/cds-services/low-back-pain/feedback", json=body)
    assert response.status_code == 400
    data = response.get_json()
    assert (data["error"], data["field"]) == ("bad_request", "feedback[2].outcome")
    ok = http.post("/cds-services/low-back-pain/feedback", json={"feedback": [accepted()]})
    assert ok.get_json()["stored"] == 1  # the valid items of the refused body were not stored
