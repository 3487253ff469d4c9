"""Snooze (issue 13), in process: keys, the hook's snooze step, feedback that snoozes, expiry, the report.

The HTTP tests with two gunicorn workers on SQLite and PostgreSQL are in ``test_snooze_integration.py``.
"""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import MetaData, create_engine, select

from cds_service import create_app, pipeline, report
from cds_service.cards import CardCatalog
from cds_service.config import Settings
from cds_service.errors import ConfigurationError
from cds_service.facts import Evidence
from cds_service.persistence import Store, issued_card, metadata, normalise_database_url
from cds_service.rules import RuleHit
from cds_service.rules.model import Finding
from cds_service.snooze import evidence_fingerprint, snooze_keys, tenant_of
from cds_service.state import state_of
from cds_service.terminology import Coding
from tests.support.hook import condition, patient, patient_view

ROOT = Path(__file__).resolve().parent.parent
SERVICE = "/cds-services/low-back-pain"
SECRET = "s" * 40
SNOOZE = {"system": "http://lbp-cds.no/fhir/CodeSystem/override-reason", "code": "snooze-until-changed"}
TODAY = date(2026, 11, 10)
# Chronic low back pain with sciatica (M54.4 since 2025): lbp-chronic and lbp-nerve-root, both info.
CHRONIC = [condition("M54.4", onset="2025-01-15", resource_id="c-1")]
# Cauda equina signs (G83.4) with sciatica: lbp-cauda-equina (critical) above lbp-red-flags (warning).
CAUDA = [condition("M54.4", onset="2026-11-01", resource_id="c-1"), condition("G83.4", onset="2026-11-08")]


def hook_body(conditions: list[dict[str, Any]], patient_id: str = "pat-1") -> dict[str, Any]:
    body = patient_view(conditions=copy.deepcopy(conditions), patient_resource=patient(patient_id=patient_id))
    body["context"]["patientId"] = patient_id
    for entry in body["prefetch"]["conditions"]["entry"]:
        entry["resource"]["subject"]["reference"] = f"Patient/{patient_id}"
    return body


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> list[date]:
    """The clinic's date every call is evaluated on; a test moves it by assigning ``today[0]``."""
    current = [TODAY]
    monkeypatch.setattr(pipeline, "clinical_today", lambda settings: current[0])
    return current


@pytest.fixture
def snooze_client(tmp_path: Path, today: list[date]) -> FlaskClient:
    app = create_app({
        "CDS_AUTH": "off",
        "CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'cds.sqlite3'}",
        "CDS_LOCALE": "en",
        "CDS_SNOOZE_ENABLED": True,
        "CDS_SNOOZE_SECRET": SECRET,
    })
    return app.test_client()


def cards(client: FlaskClient, conditions: list[dict[str, Any]], patient_id: str = "pat-1") -> list[dict[str, Any]]:
    response = client.post(SERVICE, json=hook_body(conditions, patient_id))
    assert response.status_code == 200, response.get_json()
    result: list[dict[str, Any]] = response.get_json()["cards"]
    return result


def card_ids(found: list[dict[str, Any]]) -> list[str]:
    return [c["source"]["topic"]["code"] for c in found]


def override(client: FlaskClient, card: dict[str, Any], reason: dict[str, str] = SNOOZE,
             at: str = "2026-11-10T09:00:00Z") -> dict[str, Any]:
    item = {"card": card["uuid"], "outcome": "overridden", "outcomeTimestamp": at, "overrideReason": {"reason": reason}}
    response = client.post(SERVICE + "/feedback", json={"feedback": [item]})
    assert response.status_code == 200, response.get_json()
    result: dict[str, Any] = response.get_json()
    return result


def by_id(found: list[dict[str, Any]], card_id: str) -> dict[str, Any]:
    return next(c for c in found if c["source"]["topic"]["code"] == card_id)


# --- keys ------------------------------------------------------------------------------------------

def _hit(*codes: tuple[str, str], findings: tuple[Finding, ...] = ()) -> RuleHit:
    evidence = tuple(
        Evidence("Condition", "c", Coding("http://hl7.org/fhir/sid/icd-10", code), date.fromisoformat(day))
        for code, day in codes
    )
    return RuleHit("lbp-chronic", evidence=evidence, findings=findings)


def test_the_fingerprint_changes_with_a_code_a_date_or_a_finding_and_not_with_order() -> None:
    base = evidence_fingerprint(_hit(("M54.4", "2025-01-15"), ("M51.1", "2025-02-01")))
    assert evidence_fingerprint(_hit(("M51.1", "2025-02-01"), ("M54.4", "2025-01-15"))) == base
    assert evidence_fingerprint(_hit(("M54.4", "2025-01-15"))) != base
    assert evidence_fingerprint(_hit(("M54.4", "2025-01-16"), ("M51.1", "2025-02-01"))) != base
    with_flag = _hit(("M54.4", "2025-01-15"), ("M51.1", "2025-02-01"), findings=(Finding("RF1"),))
    assert evidence_fingerprint(with_flag) != base


def test_keys_are_keyed_by_secret_tenant_patient_and_card() -> None:
    keys = snooze_keys(SECRET, "https://ehr.example.org/fhir", "pat-1", "lbp-chronic", "f")
    assert len(keys.subject_key) == len(keys.evidence_key) == 64
    for other in (
        snooze_keys("t" * 40, "https://ehr.example.org/fhir", "pat-1", "lbp-chronic", "f"),
        snooze_keys(SECRET, "https://other.example.org/fhir", "pat-1", "lbp-chronic", "f"),
        snooze_keys(SECRET, "https://ehr.example.org/fhir", "pat-2", "lbp-chronic", "f"),
        snooze_keys(SECRET, "https://ehr.example.org/fhir", "pat-1", "lbp-acute", "f"),
    ):
        assert other.subject_key != keys.subject_key
    changed = snooze_keys(SECRET, "https://ehr.example.org/fhir", "pat-1", "lbp-chronic", "g")
    assert changed.subject_key == keys.subject_key and changed.evidence_key != keys.evidence_key


def test_tenant_is_the_fhir_server_origin_and_path_else_the_issuer() -> None:
    assert tenant_of("HTTPS://EHR.example.org/fhir/r4/", "iss") == "https://ehr.example.org/fhir/r4"
    assert tenant_of(None, "https://issuer.example.org") == "https://issuer.example.org"
    assert tenant_of(None, None) == ""


def test_snooze_needs_a_secret() -> None:
    with pytest.raises(ConfigurationError, match="CDS_SNOOZE_SECRET"):
        Settings.load({"CDS_SNOOZE_ENABLED": True, "CDS_SNOOZE_SECRET": "short"}, environ={})
    assert Settings.load(environ={}).CDS_SNOOZE_ENABLED is False


# --- override reasons --------------------------------------------------------------------------------

def test_cards_offer_our_reasons_the_snooze_reason_and_the_hl7_non_adherence_subset(
    snooze_client: FlaskClient,
) -> None:
    reasons = cards(snooze_client, CHRONIC)[0]["overrideReasons"]
    systems = {r["system"] for r in reasons}
    assert systems == {SNOOZE["system"], "http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes"}
    assert {"system": SNOOZE["system"], "code": "snooze-until-changed",
            "display": "Hide for this patient until something changes"} in reasons
    assert any(r["code"] == "patient-contraindication" for r in reasons)
    assert all(r["display"] for r in reasons)
    catalog = CardCatalog.load(ROOT)
    assert catalog.snooze_reasons == frozenset({(SNOOZE["system"], SNOOZE["code"])})


def test_the_snooze_reason_is_offered_only_where_it_works(snooze_client: FlaskClient, tmp_path: Path) -> None:
    """Offered with the snooze on, on cards it can hide; never on a critical card (never hidden) and never
    with the snooze off (a clinician would pick it and meet the card again)."""
    snooze_codes = {code for _, code in CardCatalog.load(ROOT).snooze_reasons}
    found = cards(snooze_client, CAUDA)
    by_indicator = {c["indicator"]: {r["code"] for r in c["overrideReasons"]} for c in found}
    assert by_indicator["critical"].isdisjoint(snooze_codes)
    assert snooze_codes <= set().union(*(codes for ind, codes in by_indicator.items() if ind != "critical"))
    off = create_app({
        "CDS_AUTH": "off", "CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'off.sqlite3'}", "CDS_LOCALE": "en",
    }).test_client()
    for card in cards(off, CAUDA) + cards(off, CHRONIC):
        assert {r["code"] for r in card["overrideReasons"]}.isdisjoint(snooze_codes), card["indicator"]
        assert card["overrideReasons"], "the other reasons stay"


# --- the snooze step ---------------------------------------------------------------------------------

def test_snooze_hides_the_card_for_that_patient_only_and_says_so_on_the_top_card(snooze_client: FlaskClient) -> None:
    first = cards(snooze_client, CHRONIC)
    assert card_ids(first) == ["lbp-chronic", "lbp-nerve-root"]
    override(snooze_client, by_id(first, "lbp-nerve-root"))

    again = cards(snooze_client, CHRONIC)
    assert card_ids(again) == ["lbp-chronic"]
    assert again[0]["detail"].endswith(
        "ℹ 1 card(s) dismissed earlier are hidden until something in the record changes."
    )
    other_patient = cards(snooze_client, CHRONIC, patient_id="pat-2")
    assert card_ids(other_patient) == ["lbp-chronic", "lbp-nerve-root"]
    assert "dismissed earlier" not in other_patient[0]["detail"]


def test_the_line_is_in_bokmaal_for_a_norwegian_request(snooze_client: FlaskClient) -> None:
    first = cards(snooze_client, CHRONIC)
    override(snooze_client, by_id(first, "lbp-nerve-root"))
    response = snooze_client.post(SERVICE, json=hook_body(CHRONIC), headers={"Accept-Language": "nb"})
    top = response.get_json()["cards"][0]
    assert "1 kort som er avvist tidligere, er skjult" in top["detail"]


def test_an_override_without_a_snooze_reason_hides_nothing(snooze_client: FlaskClient) -> None:
    first = cards(snooze_client, CHRONIC)
    override(snooze_client, by_id(first, "lbp-nerve-root"), {"system": SNOOZE["system"], "code": "patient-declined"})
    assert card_ids(cards(snooze_client, CHRONIC)) == ["lbp-chronic", "lbp-nerve-root"]


def test_one_new_code_shows_the_card_again_and_is_counted(snooze_client: FlaskClient, tmp_path: Path) -> None:
    first = cards(snooze_client, CHRONIC)
    override(snooze_client, by_id(first, "lbp-nerve-root"))
    assert card_ids(cards(snooze_client, CHRONIC)) == ["lbp-chronic"]
    changed = [*CHRONIC, condition("M51.1", onset="2026-11-02")]  # a disc disorder with radiculopathy
    assert "lbp-nerve-root" in card_ids(cards(snooze_client, changed))
    # The snooze ended with the new evidence: the old record alone shows the card too.
    assert "lbp-nerve-root" in card_ids(cards(snooze_client, CHRONIC))
    built = report.build(Store(f"sqlite:///{tmp_path / 'cds.sqlite3'}"))
    row = next(r for r in built.rows if r.card_id == "lbp-nerve-root")
    assert (row.snoozed, row.reshown) == (1, 1)


def test_a_critical_card_is_never_hidden(snooze_client: FlaskClient) -> None:
    first = cards(snooze_client, CAUDA)
    assert card_ids(first) == ["lbp-cauda-equina", "lbp-red-flags"]
    for card in first:
        override(snooze_client, card)
    again = cards(snooze_client, CAUDA)
    assert card_ids(again) == ["lbp-cauda-equina"]
    assert "1 card(s) dismissed earlier are hidden" in again[0]["detail"]


def test_a_new_red_flag_shows_the_red_flag_card_again(snooze_client: FlaskClient) -> None:
    flags = [condition("M54.5", onset="2026-11-01"), condition("C61", onset="2019-03-01")]  # cancer before: RF4b
    first = cards(snooze_client, flags)
    override(snooze_client, by_id(first, "lbp-red-flags"))
    assert "lbp-red-flags" not in card_ids(cards(snooze_client, flags))
    with_weight_loss = [*flags, condition("R63.4", onset="2026-11-09")]  # RF3, a new finding
    assert "lbp-red-flags" in card_ids(cards(snooze_client, with_weight_loss))


@pytest.mark.parametrize(("card_id", "days"), [("lbp-nerve-root", 90), ("lbp-red-flags", 30)])
def test_the_snooze_ends_after_its_period_per_indicator(
    snooze_client: FlaskClient, today: list[date], card_id: str, days: int
) -> None:
    conditions = CHRONIC if card_id == "lbp-nerve-root" else [
        condition("M54.5", onset="2025-01-15"), condition("C61", onset="2019-03-01")
    ]
    override(snooze_client, by_id(cards(snooze_client, conditions), card_id))
    today[0] = TODAY + timedelta(days=days - 1)
    assert card_id not in card_ids(cards(snooze_client, conditions))
    today[0] = TODAY + timedelta(days=days)
    assert card_id in card_ids(cards(snooze_client, conditions))


def test_feedback_after_the_window_does_not_snooze(snooze_client: FlaskClient, tmp_path: Path) -> None:
    first = cards(snooze_client, CHRONIC)
    engine = create_engine(f"sqlite:///{tmp_path / 'cds.sqlite3'}")
    from cds_service.persistence import snooze_candidate

    with engine.begin() as connection:
        connection.execute(
            snooze_candidate.update().values(issued_at=datetime.now(UTC) - timedelta(hours=73))
        )
    engine.dispose()
    override(snooze_client, by_id(first, "lbp-nerve-root"))
    assert "lbp-nerve-root" in card_ids(cards(snooze_client, CHRONIC))


def test_snooze_off_by_default_hides_nothing(client: FlaskClient, today: list[date]) -> None:
    first = cards(client, CHRONIC)
    override(client, by_id(first, "lbp-nerve-root"))
    assert card_ids(cards(client, CHRONIC)) == ["lbp-chronic", "lbp-nerve-root"]


def test_a_database_outage_shows_every_card(snooze_client: FlaskClient, tmp_path: Path) -> None:
    first = cards(snooze_client, CHRONIC)
    override(snooze_client, by_id(first, "lbp-nerve-root"))
    directory = tmp_path
    away = tmp_path.with_name(tmp_path.name + ".away")
    directory.rename(away)
    try:
        assert card_ids(cards(snooze_client, CHRONIC)) == ["lbp-chronic", "lbp-nerve-root"]
    finally:
        away.rename(directory)


def test_expired_snoozes_and_old_candidates_are_purged(snooze_client: FlaskClient, tmp_path: Path) -> None:
    first = cards(snooze_client, CHRONIC)
    override(snooze_client, by_id(first, "lbp-nerve-root"))
    store = state_of(snooze_client.application).store
    assert store is not None
    removed = store.snooze.purge(today=TODAY + timedelta(days=90), candidates_before=datetime.now(UTC) + timedelta(1))
    assert removed == 1 + 2  # the snooze, and the two issued cards feedback could have snoozed
    assert "lbp-nerve-root" in card_ids(cards(snooze_client, CHRONIC))


# --- no patient identifier in the database --------------------------------------------------------

def every_stored_value(url: str) -> list[str]:
    """Every value of every column of every table the database has (reflected, not only ours)."""
    engine = create_engine(normalise_database_url(url))
    values: list[str] = []
    with engine.connect() as connection:
        reflected = MetaData()
        reflected.reflect(connection)
        assert set(metadata.tables) <= set(reflected.tables)
        for table in reflected.tables.values():
            for row in connection.execute(select(table)):
                values.extend(str(value) for value in row)
    engine.dispose()
    return values


def test_the_database_holds_no_patient_id(snooze_client: FlaskClient, tmp_path: Path) -> None:
    patient_id = "pat-4d9e-unique-identifier"
    first = cards(snooze_client, CHRONIC, patient_id=patient_id)
    for card in first:
        override(snooze_client, card)
    assert cards(snooze_client, CHRONIC, patient_id=patient_id) == []
    values = every_stored_value(f"sqlite:///{tmp_path / 'cds.sqlite3'}")
    assert len(values) > 20
    assert not [value for value in values if patient_id in value or "pat-4d9e" in value]


# --- feedback as EHRs send it ------------------------------------------------------------------------

def test_repeats_are_stored_once_and_a_changed_outcome_is_a_new_event(snooze_client: FlaskClient,
                                                                     tmp_path: Path) -> None:
    first = cards(snooze_client, CHRONIC)
    chronic, nerve_root = by_id(first, "lbp-chronic"), by_id(first, "lbp-nerve-root")
    declined = {"system": SNOOZE["system"], "code": "patient-declined"}
    assert override(snooze_client, chronic, declined)["stored"] == 1
    assert override(snooze_client, chronic, declined)["duplicates"] == 1  # the batch resend
    # The clinician changed their mind an hour later: a new event; the card counts once, as accepted.
    accepted = {"card": chronic["uuid"], "outcome": "accepted", "outcomeTimestamp": "2026-11-10T10:00:00Z",
                "acceptedSuggestions": [{"id": chronic["suggestions"][0]["uuid"]}]}
    assert snooze_client.post(SERVICE + "/feedback", json={"feedback": [accepted]}).get_json()["stored"] == 1
    unknown = {"system": "urn:oid:1.2.3", "code": "local-42", "display": "Local reason"}
    override(snooze_client, nerve_root, unknown)
    hl7 = {"system": "http://terminology.hl7.org/CodeSystem/non-adherence-reason-codes", "code": "need-more-info"}
    override(snooze_client, nerve_root, hl7, at="2026-11-10T09:30:00Z")

    engine = create_engine(f"sqlite:///{tmp_path / 'cds.sqlite3'}")
    with engine.begin() as connection:  # issued at a fixed instant, so the time to action is known
        connection.execute(issued_card.update().values(issued_at=datetime(2026, 11, 10, 8, 0, tzinfo=UTC)))
    engine.dispose()
    store = Store(f"sqlite:///{tmp_path / 'cds.sqlite3'}")
    built = report.build(store, displays=report.reason_displays(CardCatalog.load(ROOT), "en"))
    rows = {r.card_id: r for r in built.rows}
    assert (rows["lbp-chronic"].accepted, rows["lbp-chronic"].overridden) == (1, 1)
    assert rows["lbp-chronic"].cards_answered == 1
    assert (rows["lbp-chronic"].accept_rate, rows["lbp-chronic"].override_rate) == (1.0, 0.0)
    assert rows["lbp-nerve-root"].override_rate == 1.0
    reasons = {r.code: r for r in rows["lbp-nerve-root"].top_override_reasons}
    assert reasons["need-more-info"].display == "Waiting for results or a consultation"  # sent without display
    assert reasons["local-42"].in_catalogue is False
    assert "[unknown reason]" in reasons["local-42"].label
    assert rows["lbp-chronic"].median_seconds_to_action == 3600  # issue 08:00, first outcome 09:00
    table = report.render(built, "table")
    assert "median to action" in table and "snoozed" in table


def test_analytics_counts_snoozes_and_re_shows_per_card(tmp_path: Path, today: list[date]) -> None:
    import re

    token = "analytics-token-0123456789"
    client = create_app({
        "CDS_AUTH": "off", "CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'cds.sqlite3'}", "CDS_LOCALE": "en",
        "CDS_SNOOZE_ENABLED": True, "CDS_SNOOZE_SECRET": SECRET,
        "CDS_ANALYTICS_ENABLED": True, "CDS_ANALYTICS_TOKEN": token,
    }).test_client()
    override(client, by_id(cards(client, CHRONIC), "lbp-nerve-root"))
    cards(client, [*CHRONIC, condition("M51.1", onset="2026-11-02")])  # new evidence: shown again
    page = client.get("/analytics", headers={"Authorization": f"Bearer {token}"})
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Shown again (new evidence)" in html
    row = re.search(r"<tr><td>lbp-nerve-root</td>(.*?)</tr>", html)
    assert row is not None
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row.group(1))
    # shown, accepted, overridden, accepted %, overridden %, median to action, snoozed, re-shown, reasons
    assert (cells[2], cells[4], cells[6], cells[7]) == ("1", "100%", "1", "1")
    assert "snooze-until-changed (Hide for this patient until something changes) ×1" in cells[8]
