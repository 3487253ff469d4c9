"""prefetch.resolve against a real FHIR R4 server (sekmet-fhir on a free loopback port, bearer-token auth).

For each way an EHR may leave the prefetch incomplete (keys missing, ``null``, an OperationOutcome, a Bundle
carrying an error OperationOutcome, a searchset paged over 3 pages) the resolved PatientRecord must hold
the same resources as with a full prefetch. A wrong token, a server that is down and a server that hangs
give a 412 within the time budget. No log line may hold the access token.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from cds_service import prefetch
from cds_service.config import Settings
from cds_service.errors import PreconditionFailed
from cds_service.fhir_client import FhirClient, Timeouts
from cds_service.hook_request import FhirAuthorization, HookRequest
from cds_service.record import PREFETCH_TEMPLATES, PatientRecord, UnavailableData
from tests.support.fhir_server import SEKMET_PAGE_SIZE, SekmetServer, start_sekmet
from tests.support.slow_server import Reply, StubServer, free_port

pytestmark = pytest.mark.integration

ICD10 = "http://hl7.org/fhir/sid/icd-10"
ATC = "http://www.whocc.no/atc"
CLINICAL_STATUS = "http://terminology.hl7.org/CodeSystem/condition-clinical"
# Other diagnoses on a long problem list, to page the conditions of patient A over 3 pages.
OTHER_DIAGNOSES = ("I10", "E11.9", "K21.9", "J45.9", "F32.9", "M17.1", "H52.1", "L40.0", "N39.0")
PATIENT_A_CONDITIONS = 2 * SEKMET_PAGE_SIZE + 5  # 45: pages of 20, 20 and 5


def _patient(pid: str, birth_date: str, gender: str) -> dict[str, Any]:
    return {"resourceType": "Patient", "id": pid, "birthDate": birth_date, "gender": gender}


def _condition(cid: str, pid: str, code: str, onset: str, status: str = "active") -> dict[str, Any]:
    return {
        "resourceType": "Condition",
        "id": cid,
        "subject": {"reference": f"Patient/{pid}"},
        "clinicalStatus": {"coding": [{"system": CLINICAL_STATUS, "code": status}]},
        "code": {"coding": [{"system": ICD10, "code": code}]},
        "onsetDateTime": onset,
    }


def _statement(sid: str, pid: str, atc: str, start: str) -> dict[str, Any]:
    return {
        "resourceType": "MedicationStatement",
        "id": sid,
        "status": "active",
        "subject": {"reference": f"Patient/{pid}"},
        "medicationCodeableConcept": {"coding": [{"system": ATC, "code": atc}]},
        "effectivePeriod": {"start": start},
    }


def _med_request(rid: str, pid: str, atc: str, authored: str, status: str = "active") -> dict[str, Any]:
    return {
        "resourceType": "MedicationRequest",
        "id": rid,
        "status": status,
        "intent": "order",
        "subject": {"reference": f"Patient/{pid}"},
        "medicationCodeableConcept": {"coding": [{"system": ATC, "code": atc}]},
        "authoredOn": authored,
    }


def test_patients() -> list[dict[str, Any]]:
    a, b, c = "lbp-a", "lbp-b", "lbp-c"
    resources = [
        _patient(a, "1975-03-14", "male"),
        _patient(b, "1990-11-02", "female"),
        _patient(c, "1948-06-30", "male"),
    ]
    # A: low back pain on a long problem list, codeine + paracetamol (N02AJ06) for months.
    resources.append(_condition("a-lbp", a, "M54.5", "2025-09-20"))
    resources += [
        _condition(
            f"a-other-{i:02d}",
            a,
            OTHER_DIAGNOSES[i % len(OTHER_DIAGNOSES)],
            f"20{10 + i % 15:02d}-01-15",
            "resolved" if i % 3 else "active",
        )
        for i in range(PATIENT_A_CONDITIONS - 1)
    ]
    resources += [
        _statement("a-ms-codeine", a, "N02AJ06", "2025-05-01"),
        _statement("a-ms-ibuprofen", a, "M01AE01", "2025-09-25"),
        _med_request("a-mr-codeine", a, "N02AJ06", "2025-10-01"),
        _med_request("a-mr-old", a, "N02AJ06", "2024-01-01", status="stopped"),  # not in the active search
    ]
    # B: acute low back pain, no medication at all.
    resources += [_condition("b-lbp", b, "M54.5", "2025-11-10"), _condition("b-asthma", b, "J45.9", "2001-01-01")]
    # C: low back pain with a malignancy and long-term prednisolone (H02AB06).
    resources += [
        _condition("c-lbp", c, "M54.5", "2025-10-01"),
        _condition("c-cancer", c, "C61", "2019-04-01"),
        _statement("c-ms-prednisolone", c, "H02AB06", "2024-01-01"),
    ]
    return resources


test_patients.__test__ = False  # type: ignore[attr-defined]  # a data builder, not a test


@pytest.fixture(scope="module")
def sekmet(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SekmetServer]:
    server = start_sekmet(tmp_path_factory.mktemp("sekmet"))
    try:
        server.load(test_patients())
        yield server
    finally:
        server.stop()


@pytest.fixture
def client() -> Iterator[FhirClient]:
    c = FhirClient(Timeouts(connect_seconds=0.5, read_seconds=1.0))
    yield c
    c.close()


@pytest.fixture(autouse=True)
def no_token_in_logs(caplog: pytest.LogCaptureFixture, request: pytest.FixtureRequest) -> Iterator[None]:
    """Every test here: no captured log line (any logger, DEBUG up) holds the access token."""
    caplog.set_level(logging.DEBUG)
    yield
    if "sekmet" in request.fixturenames:
        token = request.getfixturevalue("sekmet").token
        for record in caplog.records:
            assert token not in record.getMessage(), record.name


def _fill(template: str, patient_id: str) -> str:
    return template.replace("{{context.patientId}}", patient_id)


def full_prefetch(server: SekmetServer, patient_id: str) -> dict[str, Any]:
    """Each key as one complete searchset Bundle (``_count`` large enough for a single page)."""
    values: dict[str, Any] = {"patient": server.get(f"Patient/{patient_id}")}
    for key in ("conditions", "medications", "medicationRequests"):
        path, _, query = _fill(PREFETCH_TEMPLATES[key], patient_id).partition("?")
        params = dict(p.split("=", 1) for p in query.split("&"))
        bundle = server.get(path, **params, _count="1000")
        assert "next" not in {link["relation"] for link in bundle.get("link", [])}
        values[key] = bundle
    return values


def hook_request(server_url: str | None, token: str | None, patient_id: str, values: Mapping[str, Any]) -> HookRequest:
    auth = FhirAuthorization(token, "Bearer", 300, "patient/*.read", "cds-service", patient_id) if token else None
    return HookRequest(
        hook="patient-view",
        hook_instance=str(uuid.uuid4()),
        context={"patientId": patient_id, "userId": "Practitioner/dr-1"},
        prefetch=dict(values),
        fhir_server=server_url,
        fhir_authorization=auth,
    )


def settings(**overrides: Any) -> Settings:
    return Settings.load({"CDS_FHIR_ALLOW_HTTP": "true", **overrides}, environ={})


def by_type(record: PatientRecord) -> dict[str, list[dict[str, Any]]]:
    """The record's resources by type, sorted by id: the contract of this layer."""

    def ids_sorted(resources: Any) -> list[dict[str, Any]]:
        return sorted((dict(r) for r in resources), key=lambda r: r["id"])

    return {
        "Patient": [dict(record.patient)] if record.patient else [],
        "Condition": ids_sorted(record.conditions),
        "MedicationStatement": ids_sorted(record.medication_statements),
        "MedicationRequest": ids_sorted(record.medication_requests),
        "Medication": ids_sorted(record.medications.values()),
        "unavailable": [u.__dict__ for u in record.unavailable],
        "incomplete": [u.__dict__ for u in record.incomplete],
    }


def _error_outcome() -> dict[str, Any]:
    return {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "timeout"}]}


def _first_page(server: SekmetServer, patient_id: str) -> dict[str, Any]:
    """Page 1 of the conditions search exactly as the server pages it (20 entries and a next link)."""
    return server.get("Condition", patient=patient_id)


def _variant(name: str, full: dict[str, Any], server: SekmetServer, patient_id: str) -> dict[str, Any]:
    if name == "all-missing":
        return {}
    if name == "some-missing":
        return {k: v for k, v in full.items() if k in ("patient", "medications")}
    if name == "null-medications":
        return {**full, "medications": None, "medicationRequests": None}
    if name == "operation-outcome":
        return {**full, "conditions": _error_outcome()}
    if name == "bundle-with-operation-outcome":
        bundle = dict(full["medications"])
        bundle["entry"] = [*bundle.get("entry", []), {"resource": _error_outcome(), "search": {"mode": "outcome"}}]
        return {**full, "medications": bundle}
    if name == "paged-searchset":
        return {**full, "conditions": _first_page(server, patient_id)}
    raise AssertionError(name)


# (variant, patient): null only where the server has no medication for the patient, so `null` is the truth.
CASES = [
    ("all-missing", "lbp-a"),
    ("all-missing", "lbp-b"),
    ("all-missing", "lbp-c"),
    ("some-missing", "lbp-a"),
    ("some-missing", "lbp-c"),
    ("null-medications", "lbp-b"),
    ("operation-outcome", "lbp-a"),
    ("bundle-with-operation-outcome", "lbp-a"),
    ("bundle-with-operation-outcome", "lbp-c"),
    ("paged-searchset", "lbp-a"),
]


@pytest.mark.parametrize(("variant", "patient_id"), CASES, ids=[f"{v}-{p}" for v, p in CASES])
def test_incomplete_prefetch_gives_the_same_record_as_a_full_one(
    sekmet: SekmetServer, client: FhirClient, variant: str, patient_id: str
) -> None:
    full = full_prefetch(sekmet, patient_id)
    expected = by_type(prefetch.resolve(hook_request(None, None, patient_id, full), settings()))
    values = _variant(variant, full, sekmet, patient_id)
    record = prefetch.resolve(
        hook_request(sekmet.base_url, sekmet.token, patient_id, values), settings(), client=client
    )
    assert by_type(record) == expected
    assert record.unavailable == ()


def test_the_test_data_pages_over_three_pages(sekmet: SekmetServer) -> None:
    first = _first_page(sekmet, "lbp-a")
    assert first["total"] == PATIENT_A_CONDITIONS > 2 * SEKMET_PAGE_SIZE
    assert len(first["entry"]) == SEKMET_PAGE_SIZE
    assert any(link["relation"] == "next" for link in first["link"])


def _logged_pages(caplog: pytest.LogCaptureFixture, key: str) -> list[int]:
    pattern = re.compile(rf"fhir search key={key} pages=(\d+) resources=(\d+)")
    return [int(m.group(1)) for r in caplog.records if (m := pattern.search(r.getMessage()))]


def test_missing_conditions_are_read_over_three_pages(
    sekmet: SekmetServer, client: FhirClient, caplog: pytest.LogCaptureFixture
) -> None:
    record = prefetch.resolve(hook_request(sekmet.base_url, sekmet.token, "lbp-a", {}), settings(), client=client)
    assert len(record.conditions) == PATIENT_A_CONDITIONS
    assert _logged_pages(caplog, "conditions") == [3]
    assert f"resources={PATIENT_A_CONDITIONS} cut=None" in caplog.text


def test_a_paged_prefetch_reads_the_two_remaining_pages(
    sekmet: SekmetServer, client: FhirClient, caplog: pytest.LogCaptureFixture
) -> None:
    values = {**full_prefetch(sekmet, "lbp-a"), "conditions": _first_page(sekmet, "lbp-a")}
    record = prefetch.resolve(hook_request(sekmet.base_url, sekmet.token, "lbp-a", values), settings(), client=client)
    assert len(record.conditions) == PATIENT_A_CONDITIONS
    assert _logged_pages(caplog, "conditions") == [2]


def test_the_resource_cap_cuts_the_conditions_keeps_what_was_read_and_marks_them(
    sekmet: SekmetServer, client: FhirClient, caplog: pytest.LogCaptureFixture
) -> None:
    """rules.md §5.4: a cut Condition list gives the conditions read and the 'incomplete' mark, not a 412."""
    capped = settings(CDS_FHIR_MAX_RESOURCES=30)
    record = prefetch.resolve(hook_request(sekmet.base_url, sekmet.token, "lbp-a", {}), capped, client=client)
    assert len(record.conditions) == 2 * SEKMET_PAGE_SIZE  # 40 >= 30 after page 2: page 3 is not read
    assert len({c["id"] for c in record.conditions}) == len(record.conditions)
    assert record.incomplete == (UnavailableData("conditions", "resource-cap"),)
    assert "key=conditions pages=2 resources=40 cut=resource-cap" in caplog.text


# --- a medication list longer than the cap (rules.md §5.4) ---------------------------------------------------

CAPPED_STATEMENTS = 8
SMALL_PAGE = 3
SMALL_CAP = 5
"""Pages of 3 (``_count=3`` on the prefetched first page; sekmet keeps ``_count`` in its next links) and a cap
of 5: pages 1 and 2 (6 statements) are read, 6 >= 5, and page 3 (statements 7 and 8) is not."""


def _capped_patient(pid: str, opioid_at: int) -> list[dict[str, Any]]:
    """A patient with low back pain and 8 MedicationStatements, the opioid (codeine) being number ``opioid_at``."""
    statements = [
        _statement(f"{pid}-ms-{n}", pid, "N02AJ06" if n == opioid_at else "N02BE01", f"2025-0{1 + n % 9}-01")
        for n in range(1, CAPPED_STATEMENTS + 1)
    ]
    return [_patient(pid, "1968-02-11", "female"), _condition(f"{pid}-lbp", pid, "M54.5", "2025-10-20"), *statements]


@pytest.fixture(scope="module")
def capped_patients(sekmet: SekmetServer) -> dict[str, str]:
    """Patient id by where the opioid is: beyond the part read, or within it."""
    patients = {"beyond": ("lbp-cap-beyond", 8), "within": ("lbp-cap-within", 2)}
    for pid, opioid_at in patients.values():
        sekmet.load(_capped_patient(pid, opioid_at))
    return {where: pid for where, (pid, _) in patients.items()}


def _small_first_page(server: SekmetServer, patient_id: str) -> dict[str, Any]:
    page = server.get("MedicationStatement", patient=patient_id, _count=str(SMALL_PAGE))
    assert page["total"] == CAPPED_STATEMENTS and len(page["entry"]) == SMALL_PAGE
    return page


def _opioids(record: PatientRecord) -> list[str]:
    return [
        s["id"]
        for s in record.medication_statements
        if s["medicationCodeableConcept"]["coding"][0]["code"] == "N02AJ06"
    ]


@pytest.mark.parametrize(("where", "opioid_read"), [("beyond", False), ("within", True)])
def test_a_medication_list_longer_than_the_cap_is_marked_incomplete(
    sekmet: SekmetServer,
    client: FhirClient,
    capped_patients: dict[str, str],
    caplog: pytest.LogCaptureFixture,
    where: str,
    opioid_read: bool,
) -> None:
    pid = capped_patients[where]
    full = full_prefetch(sekmet, pid)
    values = {**full, "medications": _small_first_page(sekmet, pid)}
    capped = settings(CDS_FHIR_MAX_RESOURCES=SMALL_CAP)
    record = prefetch.resolve(hook_request(sekmet.base_url, sekmet.token, pid, values), capped, client=client)
    assert [s["id"] for s in record.medication_statements] == [f"{pid}-ms-{n}" for n in range(1, 2 * SMALL_PAGE + 1)]
    assert _opioids(record) == ([f"{pid}-ms-2"] if opioid_read else [])
    assert record.incomplete == (UnavailableData("medications", "resource-cap"),)
    assert record.unavailable == ()
    assert _logged_pages(caplog, "medications") == [1]  # page 2 only: page 1 came with the prefetch
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert warnings == ["prefetch key=medications incomplete cause=resource-cap resources=6"]


@pytest.mark.parametrize(("where", "opioid_read"), [("beyond", False), ("within", True)])
def test_a_hook_over_a_medication_list_cut_at_the_cap_says_so_on_every_card(
    sekmet: SekmetServer, capped_patients: dict[str, str], tmp_path: Path, where: str, opioid_read: bool
) -> None:
    """rules.md §5.4 end to end: an opioid on the part read still raises lbp-opioid; one beyond the cap cannot,
    and then every card says the medication list was not read in full (no silent miss)."""
    from cds_service import create_app

    app = create_app(
        {
            "CDS_AUTH": "off",
            "CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'cds.sqlite3'}",
            "CDS_LOCALE": "en",
            "CDS_FHIR_ALLOW_HTTP": "true",
            "CDS_FHIR_MAX_RESOURCES": str(SMALL_CAP),
        }
    )
    pid = capped_patients[where]
    values = {**full_prefetch(sekmet, pid), "medications": _small_first_page(sekmet, pid)}
    cards = _cards(app.test_client(), _hook_body(sekmet.base_url, sekmet.token, pid, values))
    assert cards
    codes = [card["source"]["topic"]["code"] for card in cards]
    assert ("lbp-opioid" in codes) is opioid_read
    assert all("Not read in full: the medication list." in card["detail"] for card in cards)


def test_a_medication_list_fetched_by_the_service_past_the_cap_is_marked_incomplete(
    sekmet: SekmetServer, client: FhirClient
) -> None:
    """All keys fetched by the service (sekmet's own page size): the cap cuts after the first page."""
    record = prefetch.resolve(
        hook_request(sekmet.base_url, sekmet.token, "lbp-a", {}), settings(CDS_FHIR_MAX_RESOURCES=2), client=client
    )
    assert record.incomplete == (UnavailableData("conditions", "resource-cap"),)
    assert len(record.conditions) == SEKMET_PAGE_SIZE
    # The medication lists of lbp-a (2 and 1) fit on one page: a page read whole is not cut by the cap.
    assert {s["id"] for s in record.medication_statements} == {"a-ms-codeine", "a-ms-ibuprofen"}


def test_an_unreadable_later_page_of_a_prefetch_keeps_the_prefetched_page(
    sekmet: SekmetServer, client: FhirClient
) -> None:
    page = dict(_first_page(sekmet, "lbp-a"))
    page["link"] = [{"relation": "next", "url": f"{sekmet.base_url}/NoSuchType?page=2"}]  # sekmet answers an error
    values = {**full_prefetch(sekmet, "lbp-a"), "conditions": page}
    record = prefetch.resolve(hook_request(sekmet.base_url, sekmet.token, "lbp-a", values), settings(), client=client)
    assert [c["id"] for c in record.conditions] == [e["resource"]["id"] for e in page["entry"]]
    assert record.incomplete == (UnavailableData("conditions", "page-unreadable"),)


def test_without_fhir_authorization_the_server_refuses_and_the_answer_is_412(
    sekmet: SekmetServer, client: FhirClient
) -> None:
    with pytest.raises(PreconditionFailed) as caught:
        prefetch.resolve(hook_request(sekmet.base_url, None, "lbp-a", {}), settings(), client=client)
    assert caught.value.cause == "unauthorized"


def test_medications_degrade_when_the_server_refuses_them(sekmet: SekmetServer, client: FhirClient) -> None:
    full = full_prefetch(sekmet, "lbp-a")
    values = {"patient": full["patient"], "conditions": full["conditions"]}
    record = prefetch.resolve(hook_request(sekmet.base_url, "wrong-token", "lbp-a", values), settings(), client=client)
    assert [(u.key, u.cause) for u in record.unavailable] == [
        ("medications", "unauthorized"),
        ("medicationRequests", "unauthorized"),
    ]
    assert len(record.conditions) == PATIENT_A_CONDITIONS


def test_an_unknown_patient_is_412_not_found(sekmet: SekmetServer, client: FhirClient) -> None:
    with pytest.raises(PreconditionFailed) as caught:
        prefetch.resolve(hook_request(sekmet.base_url, sekmet.token, "no-such-patient", {}), settings(), client=client)
    assert (caught.value.key, caught.value.cause) == ("patient", "not_found")


# --- 412 within the budget (default settings: connect 0.5 s, read 1.0 s, budget 1.5 s) ----------------------

DEFAULT_BUDGET = Settings.CDS_FHIR_BUDGET_SECONDS
SLACK = 0.5


def _timed_412(request: HookRequest, client: FhirClient) -> tuple[PreconditionFailed, float]:
    started = time.monotonic()
    with pytest.raises(PreconditionFailed) as caught:
        prefetch.resolve(request, settings(), client=client)
    return caught.value, time.monotonic() - started


def test_wrong_token_is_412_unauthorized_within_the_budget(sekmet: SekmetServer, client: FhirClient) -> None:
    error, elapsed = _timed_412(hook_request(sekmet.base_url, "not-the-token", "lbp-a", {}), client)
    print(f"wrong token: 412 {error.cause} after {elapsed:.3f} s")
    assert error.cause == "unauthorized"
    assert error.key in ("patient", "conditions")
    assert elapsed < DEFAULT_BUDGET + SLACK


def test_server_down_is_412_unreachable_within_the_budget(client: FhirClient) -> None:
    error, elapsed = _timed_412(hook_request(f"http://127.0.0.1:{free_port()}/fhir", "t", "lbp-a", {}), client)
    print(f"server down: 412 {error.cause} after {elapsed:.3f} s")
    assert error.cause == "unreachable"
    assert elapsed < DEFAULT_BUDGET + SLACK


def test_hanging_server_is_412_within_the_budget(client: FhirClient) -> None:
    with StubServer(lambda m, t: Reply(mode="hang")) as hanging:
        error, elapsed = _timed_412(hook_request(hanging.base_url, "t", "lbp-a", {}), client)
    print(f"hanging server: 412 {error.cause} after {elapsed:.3f} s")
    assert error.cause in ("timeout", "budget_exceeded")
    assert elapsed < DEFAULT_BUDGET + SLACK


def test_a_server_trickling_its_answer_is_412_within_the_budget(client: FhirClient) -> None:
    body = b'{"resourceType": "Patient", "id": "lbp-a", "text": {"div": "' + b"x" * 400 + b'"}}'
    trickle = Reply(200, body, {"Content-Type": "application/fhir+json"}, mode="trickle", trickle_seconds=0.2)
    with StubServer(lambda m, t: trickle) as slow:
        error, elapsed = _timed_412(hook_request(slow.base_url, "t", "lbp-a", {}), client)
    print(f"trickling server: 412 {error.cause} after {elapsed:.3f} s")
    assert error.cause == "budget_exceeded"
    assert elapsed < DEFAULT_BUDGET + SLACK


def test_the_token_goes_only_to_fhir_server(sekmet: SekmetServer, client: FhirClient) -> None:
    """A prefetched page whose next link points elsewhere: the search is redone on fhirServer instead."""
    with StubServer(lambda m, t: Reply.json(200, {"resourceType": "Bundle", "type": "searchset"})) as elsewhere:
        page = dict(_first_page(sekmet, "lbp-a"))
        page["link"] = [{"relation": "next", "url": f"{elsewhere.base_url}/Condition?page=2"}]
        values = {**full_prefetch(sekmet, "lbp-a"), "conditions": page}
        record = prefetch.resolve(
            hook_request(sekmet.base_url, sekmet.token, "lbp-a", values), settings(), client=client
        )
    assert elsewhere.requests == []
    assert len(record.conditions) == PATIENT_A_CONDITIONS


# --- end to end over HTTP: the same cards, and the 412 body -------------------------------------------------


@pytest.fixture
def http_client(tmp_path: Path) -> Any:
    from cds_service import create_app

    app = create_app(
        {
            "CDS_AUTH": "off",
            "CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'cds.sqlite3'}",
            "CDS_LOCALE": "en",
            "CDS_FHIR_ALLOW_HTTP": "true",
        }
    )
    return app.test_client()


def _hook_body(server_url: str | None, token: str | None, patient_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    body: dict[str, Any] = {
        "hook": "patient-view",
        "hookInstance": str(uuid.uuid4()),
        "context": {"patientId": patient_id, "userId": "Practitioner/dr-1"},
        "prefetch": dict(values),
    }
    if server_url:
        body["fhirServer"] = server_url
    if token:
        body["fhirAuthorization"] = {
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": 300,
            "scope": "patient/Patient.read patient/Condition.read patient/MedicationStatement.read",
            "subject": "cds-service",
        }
    return body


def _without_uuids(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _without_uuids(v) for k, v in value.items() if k != "uuid"}
    if isinstance(value, list):
        return [_without_uuids(v) for v in value]
    return value


def _cards(http_client: Any, body: dict[str, Any]) -> list[Any]:
    response = http_client.post("/cds-services/low-back-pain", json=body)
    assert response.status_code == 200, response.get_json()
    cards: list[Any] = _without_uuids(response.get_json()["cards"])
    return cards


@pytest.mark.parametrize(("variant", "patient_id"), CASES, ids=[f"{v}-{p}" for v, p in CASES])
def test_incomplete_prefetch_gives_the_same_cards_as_a_full_one(
    sekmet: SekmetServer, http_client: Any, variant: str, patient_id: str
) -> None:
    full = full_prefetch(sekmet, patient_id)
    expected = _cards(http_client, _hook_body(None, None, patient_id, full))
    assert expected, "every test patient has low back pain, so there is advice"
    values = _variant(variant, full, sekmet, patient_id)
    assert _cards(http_client, _hook_body(sekmet.base_url, sekmet.token, patient_id, values)) == expected


def test_unreadable_medications_still_give_cards_that_say_so(sekmet: SekmetServer, http_client: Any) -> None:
    full = full_prefetch(sekmet, "lbp-a")
    values = {"patient": full["patient"], "conditions": full["conditions"]}
    cards = _cards(http_client, _hook_body(sekmet.base_url, "wrong-token", "lbp-a", values))
    assert cards
    assert any("medication list could not be read" in card.get("detail", "").lower() for card in cards)


def test_a_condition_list_cut_by_an_unreadable_page_still_gives_cards(sekmet: SekmetServer, http_client: Any) -> None:
    """rules.md §5.4 end to end: a cut Condition list is no 412; the cards come from what was read."""
    page = dict(_first_page(sekmet, "lbp-a"))
    page["link"] = [{"relation": "next", "url": f"{sekmet.base_url}/NoSuchType?page=2"}]
    values = {**full_prefetch(sekmet, "lbp-a"), "conditions": page}
    cards = _cards(http_client, _hook_body(sekmet.base_url, sekmet.token, "lbp-a", values))
    assert cards, "the low back pain condition is on the page read, so there is advice"
    # Every card carries the plain line naming the list that was not read in full (cards/_catalog.toml).
    assert all("Not read in full: the diagnosis list." in card["detail"] for card in cards)


def test_hanging_server_gives_a_412_json_body_within_the_budget(http_client: Any) -> None:
    with StubServer(lambda m, t: Reply(mode="hang")) as hanging:
        started = time.monotonic()
        response = http_client.post("/cds-services/low-back-pain", json=_hook_body(hanging.base_url, "t", "lbp-a", {}))
        elapsed = time.monotonic() - started
    print(f"hanging server over HTTP: {response.status_code} after {elapsed:.3f} s")
    assert response.status_code == 412
    body = response.get_json()
    assert body["key"] in ("patient", "conditions")
    assert body["cause"] in ("timeout", "budget_exceeded")
    assert elapsed < DEFAULT_BUDGET + SLACK


@pytest.mark.parametrize(
    ("server", "cause"), [("wrong-token", "unauthorized"), ("down", "unreachable"), ("none", "no_fhir_server")]
)
def test_required_data_unavailable_gives_a_412_json_body(
    sekmet: SekmetServer, http_client: Any, server: str, cause: str
) -> None:
    url, token = {
        "wrong-token": (sekmet.base_url, "not-the-token"),
        "down": (f"http://127.0.0.1:{free_port()}/fhir", "t"),
        "none": (None, None),
    }[server]
    started = time.monotonic()
    response = http_client.post("/cds-services/low-back-pain", json=_hook_body(url, token, "lbp-a", {}))
    elapsed = time.monotonic() - started
    assert response.status_code == 412
    body = response.get_json()
    assert (body["error"], body["cause"]) == ("precondition_failed", cause)
    assert body["key"] in ("patient", "conditions") and body["field"] == f"prefetch.{body['key']}"
    assert elapsed < DEFAULT_BUDGET + SLACK
