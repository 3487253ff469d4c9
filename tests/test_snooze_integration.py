"""Snooze over HTTP (issue 13): two gunicorn workers on SQLite and on PostgreSQL.

Shows: an override with the snooze reason hides the card on the next calls for that patient, whichever
worker answers, and not for another patient; one new code shows it again; a critical card is never hidden;
the top card says how many were hidden; the snooze ends after its period (the evaluation date is set for
the service process with ``LBP_TEST_TODAY``, never the real clock); no column of any table holds a
patient id.
"""

from __future__ import annotations

import contextlib
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.support.db import TEST_TODAY_VARIABLE, pg_run_database_fixture  # noqa: F401  (pytest fixture)
from tests.support.hook import condition
from tests.test_postgres_integration import SERVICE_PATH, Service, gunicorn
from tests.test_snooze import CAUDA, CHRONIC, SECRET, SNOOZE, card_ids, every_stored_value, hook_body

pytestmark = pytest.mark.integration

EVALUATION_DATE = date(2026, 11, 10)
SNOOZE_SETTINGS = {"CDS_SNOOZE_ENABLED": "true", "CDS_SNOOZE_SECRET": SECRET}
PATIENT = "pat-integration-5c1e"
OTHER_PATIENT = "pat-integration-9a77"
CAUDA_PATIENT = "pat-integration-c0da"


def hook(service: Service, conditions: list[dict[str, Any]], patient_id: str) -> list[dict[str, Any]]:
    response = requests.post(service.base_url + SERVICE_PATH, json=hook_body(conditions, patient_id), timeout=10)
    assert response.status_code == 200, response.text
    cards: list[dict[str, Any]] = response.json()["cards"]
    return cards


def snooze(service: Service, *cards: dict[str, Any]) -> None:
    items = [
        {"card": c["uuid"], "outcome": "overridden", "outcomeTimestamp": "2026-11-10T09:00:00Z",
         "overrideReason": {"reason": SNOOZE}}
        for c in cards
    ]
    response = service.post_feedback(items)
    assert response.status_code == 200, response.text


def running(tmp_path: Path, database_url: str, day: date) -> contextlib.AbstractContextManager[Service]:
    """Two workers, both migrating a new SQLite file at start-up: each waits for the other's lock (the WAL
    switch honours the busy timeout), so both answer feedback at once, without waiting for /readyz."""
    return gunicorn(tmp_path, database_url, workers=2, **SNOOZE_SETTINGS, **{TEST_TODAY_VARIABLE: day.isoformat()})


def test_snooze_over_two_workers_per_patient_new_evidence_critical_and_expiry(
    tmp_path: Path, database_url: str
) -> None:
    with running(tmp_path, database_url, EVALUATION_DATE) as service:
        first = hook(service, CHRONIC, PATIENT)
        assert card_ids(first) == ["lbp-chronic", "lbp-nerve-root"]
        snooze(service, first[1])
        for _ in range(6):  # new connections each: both workers answer some of them
            again = hook(service, CHRONIC, PATIENT)
            assert card_ids(again) == ["lbp-chronic"]
            assert "1 card(s) dismissed earlier are hidden" in again[0]["detail"]
        assert card_ids(hook(service, CHRONIC, OTHER_PATIENT)) == ["lbp-chronic", "lbp-nerve-root"]

        with_new_code = [*CHRONIC, condition("M51.1", onset="2026-11-02")]
        assert "lbp-nerve-root" in card_ids(hook(service, with_new_code, PATIENT))
        snooze(service, hook(service, CHRONIC, PATIENT)[1])  # snoozed again, on the old evidence

        critical = hook(service, CAUDA, CAUDA_PATIENT)
        assert card_ids(critical) == ["lbp-cauda-equina", "lbp-red-flags"]
        snooze(service, *critical)
        after = hook(service, CAUDA, CAUDA_PATIENT)
        assert card_ids(after) == ["lbp-cauda-equina"]
        assert "1 card(s) dismissed earlier are hidden" in after[0]["detail"]

        assert card_ids(hook(service, CHRONIC, PATIENT)) == ["lbp-chronic"]  # still snoozed: the old evidence

    values = every_stored_value(database_url)
    assert len(values) > 30
    leaked = [v for v in values if any(p in v for p in (PATIENT, OTHER_PATIENT, CAUDA_PATIENT, "pat-integration"))]
    assert leaked == []

    # The info period is 90 days (CDS_SNOOZE_INFO_DAYS): shown again on day 90 (day 89: test_snooze).
    with running(tmp_path, database_url, EVALUATION_DATE + timedelta(days=90)) as service:
        assert card_ids(hook(service, CHRONIC, PATIENT)) == ["lbp-chronic", "lbp-nerve-root"]
