"""The shipped examples raise the cards examples/index.json promises on any day, not only on their anchor day.

``cds_service.examples`` moves every date from the anchor (index.json "today") to the day asked for; the
checks below run each example on several days (the anchor, today, leap days, both daylight-saving changes
in the clinic's zone), so no example can drift. ``cds-service examples load`` is checked against a real
FHIR server (sekmet), and a hook call that reads the patient from it raises the indexed cards.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fhir.resources.R4B.bundle import Bundle
from flask.testing import FlaskClient

from cds_service import create_app, examples
from cds_service.config import Settings
from cds_service.pipeline import clinical_today
from cds_service.rules import CARD_INDICATORS
from tests.support.fhir_server import SekmetServer, start_sekmet

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = examples.load_index(ROOT / "examples")
IDS = [e.card_id for e in EXAMPLES]
ANCHOR = EXAMPLES[0].anchor
# Days the examples must keep their cards on: the anchor, leap days before and after it, and the days
# Europe/Oslo (the default CDS_TIMEZONE) moves its clocks, plus the real today (in the clinic's zone).
DAYS = {
    "anchor": ANCHOR,
    "today": clinical_today(Settings.load(environ={})),
    "leap-day-2024": date(2024, 2, 29),
    "leap-day-2028": date(2028, 2, 29),
    "dst-start-2027-03-28": date(2027, 3, 28),
    "dst-end-2026-10-25": date(2026, 10, 25),
}
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def card_ids(response_json: dict[str, Any]) -> list[str]:
    return [card["source"]["topic"]["code"] for card in response_json["cards"]]


def hook(client: FlaskClient, body: dict[str, Any]) -> list[str]:
    response = client.post("/cds-services/low-back-pain", json=body, headers={"Accept-Language": "en"})
    assert response.status_code == 200, response.get_json()
    return card_ids(response.get_json())


@pytest.fixture(scope="module")
def shared_client(tmp_path_factory: pytest.TempPathFactory) -> FlaskClient:
    """One app for the many example-by-day cases (building an app per case costs more than the cases)."""
    database = tmp_path_factory.mktemp("examples-db") / "cds.sqlite3"
    return create_app({"CDS_AUTH": "off", "CDS_DATABASE_URL": f"sqlite:///{database}"}).test_client()


def test_there_is_an_example_for_every_card() -> None:
    assert set(IDS) == set(CARD_INDICATORS)
    assert len({e.anchor for e in EXAMPLES}) == 1, "one anchor day for all examples"


def test_the_shipped_index_is_the_one_the_package_reads() -> None:
    assert examples.default_examples_dir().resolve() in (
        (ROOT / "examples").resolve(),
        (Path(examples.__file__).parent / "_examples").resolve(),
    )
    assert [e.card_id for e in examples.load_index()] == IDS


@pytest.mark.parametrize("day", list(DAYS.values()), ids=list(DAYS))
@pytest.mark.parametrize("example", EXAMPLES, ids=IDS)
def test_example_raises_its_cards_on_any_day(
    shared_client: FlaskClient, monkeypatch: pytest.MonkeyPatch, example: examples.Example, day: date
) -> None:
    monkeypatch.setattr("cds_service.pipeline.clinical_today", lambda settings: day)
    ids = hook(shared_client, examples.request_for(example, day))
    assert ids == list(example.expected_cards)
    assert example.card_id in ids


@pytest.mark.parametrize("example", EXAMPLES, ids=IDS)
def test_the_stored_bundle_is_the_stored_request_as_a_transaction(example: examples.Example) -> None:
    for day in (ANCHOR, DAYS["leap-day-2028"]):
        request = examples.request_for(example, day)
        assert examples.bundle_for(example, day) == examples.transaction(request, example.card_id)
    entries = examples.bundle_for(example, ANCHOR)["entry"]
    patient = next(e["resource"] for e in entries if e["resource"]["resourceType"] == "Patient")
    assert patient["id"] == example.patient_id


@pytest.mark.parametrize("example", EXAMPLES, ids=IDS)
def test_example_fhir_transaction_is_valid_r4(example: examples.Example) -> None:
    bundle = examples.bundle_for(example, DAYS["today"])
    Bundle.model_validate(bundle)
    assert all(e["request"]["method"] == "PUT" for e in bundle["entry"])


def _strings(value: Any, key: str | None = None) -> Iterator[tuple[str | None, str]]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v, key)
    elif isinstance(value, str):
        yield key, value


@pytest.mark.parametrize("example", EXAMPLES, ids=IDS)
def test_every_date_in_an_example_moves(example: examples.Example) -> None:
    """The date elements are found by name: a date under a name the list misses would stay put and drift."""
    stored = json.loads(example.request_path.read_text(encoding="utf-8"))
    moved = examples.shift_dates(stored, timedelta(days=1))
    for (key, before), (_, after) in zip(_strings(stored), _strings(moved), strict=True):
        if _FULL_DATE.match(before) and key not in ("code", "value", "id", "display", "text"):
            assert after != before, f"{key}: {before} was not moved"


def test_shift_dates_keeps_precision_time_and_codes() -> None:
    resource = {
        "birthDate": "1970",
        "onsetDateTime": "2026-03-28T23:30:00+01:00",
        "recordedDate": "2026-02",
        "abatementPeriod": {"start": "2028-02-28", "end": "2028-02-29T00:00:00Z"},
        "code": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "5640"}]},
        "note": [{"text": "2026-01-01"}],
    }
    moved = examples.shift_dates(resource, timedelta(days=1))
    assert moved["onsetDateTime"] == "2026-03-29T23:30:00+01:00"  # the time and offset as written
    assert moved["abatementPeriod"] == {"start": "2028-02-29", "end": "2028-03-01T00:00:00Z"}
    assert moved["birthDate"] == "1970" and moved["recordedDate"] == "2026-02"  # a day does not move a month
    assert examples.shift_dates(resource, timedelta(days=31))["recordedDate"] == "2026-03"
    assert moved["code"]["coding"][0]["code"] == "5640", "an RxNorm code is not a year"
    assert moved["note"][0]["text"] == "2026-01-01", "free text is not a date element"


def test_request_for_a_fhir_server_has_no_prefetch_and_the_loaded_patient() -> None:
    example = examples.find(EXAMPLES, "lbp-subacute")
    request = examples.request_for(example, ANCHOR, fhir_server="http://127.0.0.1:9/fhir/", fhir_token="t0ken")
    assert "prefetch" not in request
    assert request["fhirServer"] == "http://127.0.0.1:9/fhir"
    assert request["context"]["patientId"] == example.patient_id
    assert request["fhirAuthorization"]["access_token"] == "t0ken"
    assert request["fhirAuthorization"]["patient"] == example.patient_id
    with pytest.raises(examples.ExampleError, match="FHIR server"):
        examples.request_for(example, ANCHOR, fhir_token="t0ken")


def test_every_request_gets_a_fresh_hook_instance() -> None:
    example = EXAMPLES[0]
    first, second = examples.request_for(example, ANCHOR), examples.request_for(example, ANCHOR)
    assert first["hookInstance"] != second["hookInstance"]


def test_unknown_example_names_the_known_ones() -> None:
    with pytest.raises(examples.ExampleError, match="lbp-acute, "):
        examples.find(EXAMPLES, "lbp-nope")


# --- the command ------------------------------------------------------------------------------------------


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CDS_")}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "cds_service", *args], cwd=ROOT, env=environment,
        capture_output=True, text=True, timeout=120,
    )


def test_examples_list_names_every_example_and_its_cards() -> None:
    result = cli("examples", "list")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(EXAMPLES)
    for line, example in zip(lines, EXAMPLES, strict=True):
        assert line.startswith(example.card_id + " ")
        assert example.description in line
        assert line.endswith("-> " + ", ".join(example.expected_cards))


def test_examples_request_prints_the_request_for_the_day(client: FlaskClient, monkeypatch: pytest.MonkeyPatch) -> None:
    day = DAYS["leap-day-2028"]
    result = cli("examples", "request", "lbp-subacute", "--today", day.isoformat())
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    expected = examples.request_for(examples.find(EXAMPLES, "lbp-subacute"), day, hook_instance=printed["hookInstance"])
    assert printed == expected
    monkeypatch.setattr("cds_service.pipeline.clinical_today", lambda settings: day)
    assert hook(client, printed) == ["lbp-subacute"]


def test_examples_request_is_dated_for_today_in_the_clinics_zone() -> None:
    """UTC+14 and UTC-11 are never on the same date: the request follows CDS_TIMEZONE, not the machine's day."""
    example = examples.find(EXAMPLES, "lbp-acute")
    birth_dates = {}
    for zone in ("Pacific/Kiritimati", "Pacific/Pago_Pago"):
        before = datetime.now(ZoneInfo(zone)).date()
        result = cli("examples", "request", "lbp-acute", env={"CDS_TIMEZONE": zone})
        after = datetime.now(ZoneInfo(zone)).date()
        assert result.returncode == 0, result.stderr
        birth_dates[zone] = json.loads(result.stdout)["prefetch"]["patient"]["birthDate"]
        assert birth_dates[zone] in {
            examples.request_for(example, day)["prefetch"]["patient"]["birthDate"] for day in (before, after)
        }
    assert birth_dates["Pacific/Kiritimati"] > birth_dates["Pacific/Pago_Pago"]


def test_examples_request_takes_a_token_that_starts_with_a_dash() -> None:
    """Base64url tokens start with '-' one time in 64 (a CI run failed on one): the =-form carries them."""
    result = cli(
        "examples", "request", "lbp-acute", "--fhir-server", "https://fhir.example.org/r4", "--fhir-token=-dash-first"
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["fhirAuthorization"]["access_token"] == "-dash-first"


def test_examples_request_refuses_an_unknown_id() -> None:
    result = cli("examples", "request", "lbp-nope")
    assert result.returncode == 1
    assert "no example 'lbp-nope'" in result.stderr and "lbp-subacute" in result.stderr
    assert result.stdout == ""


# --- into a real FHIR server and back -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def sekmet(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SekmetServer]:
    server = start_sekmet(tmp_path_factory.mktemp("sekmet-examples"))
    try:
        yield server
    finally:
        server.stop()


@pytest.mark.integration
def test_examples_load_into_a_fhir_server_and_a_hook_reads_them(
    sekmet: SekmetServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = DAYS["today"]
    result = cli(
        "examples", "load", "--fhir-server", sekmet.base_url, f"--fhir-token={sekmet.token}",
        "--today", today.isoformat(),
    )
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == len(EXAMPLES)
    assert sekmet.token not in result.stdout + result.stderr
    subacute = examples.find(EXAMPLES, "lbp-subacute")
    stored = sekmet.get(f"Patient/{subacute.patient_id}")
    assert stored["birthDate"] == examples.request_for(subacute, today)["prefetch"]["patient"]["birthDate"]

    monkeypatch.setattr("cds_service.pipeline.clinical_today", lambda settings: today)
    app = create_app({
        "CDS_AUTH": "off", "CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'cds.sqlite3'}", "CDS_FHIR_ALLOW_HTTP": True,
        "CDS_FHIR_BUDGET_SECONDS": 1.9,
    })
    client = app.test_client()
    for example in EXAMPLES:
        body = examples.request_for(example, today, fhir_server=sekmet.base_url, fhir_token=sekmet.token)
        assert hook(client, body) == list(example.expected_cards), example.card_id


@pytest.mark.integration
def test_examples_load_reports_a_refusal(sekmet: SekmetServer) -> None:
    # --token: the first spelling of --fhir-token, still accepted
    result = cli("examples", "load", "--fhir-server", sekmet.base_url, "--token", "wrong-token", "lbp-acute")
    assert result.returncode == 1
    assert "refused the Bundle of lbp-acute: HTTP 401" in result.stderr
