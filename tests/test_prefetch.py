"""prefetch.resolve per key: present, null, absent, OperationOutcome, Bundle with an outcome, paged Bundle.

The FHIR server here is a scripted loopback stub (tests/support/slow_server.py), so each test can see
exactly which keys were fetched; tests/test_fhir_integration.py does the same against a real FHIR server.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from cds_service import fhir_client, prefetch
from cds_service.config import Settings
from cds_service.errors import BadRequest, PayloadTooLarge, PreconditionFailed
from cds_service.fhir_client import FhirClient, Timeouts
from cds_service.hook_request import FhirAuthorization, HookRequest
from cds_service.record import INCOMPLETE_CAUSES, PatientRecord, UnavailableData
from tests.support.slow_server import Reply, StubServer, free_port

TOKEN = "prefetch-test-token-51c0de"
PATIENT_ID = "pat-1"

PATIENT = {"resourceType": "Patient", "id": PATIENT_ID, "birthDate": "1980-04-02"}
CONDITION = {"resourceType": "Condition", "id": "c1", "subject": {"reference": f"Patient/{PATIENT_ID}"}}
STATEMENT = {"resourceType": "MedicationStatement", "id": "ms1", "status": "active"}
MED_REQUEST = {"resourceType": "MedicationRequest", "id": "mr1", "status": "active", "intent": "order"}
MEDICATION = {"resourceType": "Medication", "id": "m1"}

# The templates of design.md with context.patientId filled in, as the stub sees them.
TARGETS = {
    "patient": f"/fhir/Patient/{PATIENT_ID}",
    "conditions": f"/fhir/Condition?patient={PATIENT_ID}",
    "medications": f"/fhir/MedicationStatement?patient={PATIENT_ID}",
    "medicationRequests": f"/fhir/MedicationRequest?patient={PATIENT_ID}&status=active",
}


def bundle(*resources: Mapping[str, Any], next_url: str | None = None, include: tuple[Any, ...] = ()) -> dict[str, Any]:
    entries = [{"resource": dict(r), "search": {"mode": "match"}} for r in resources]
    entries += [{"resource": dict(r), "search": {"mode": "include"}} for r in include]
    doc: dict[str, Any] = {"resourceType": "Bundle", "type": "searchset", "entry": entries}
    if next_url:
        doc["link"] = [{"relation": "next", "url": next_url}]
    return doc


def outcome(severity: str = "error") -> dict[str, Any]:
    return {"resourceType": "OperationOutcome", "issue": [{"severity": severity, "code": "exception"}]}


FULL_PREFETCH: dict[str, Any] = {
    "patient": PATIENT,
    "conditions": bundle(CONDITION),
    "medications": bundle(STATEMENT, include=(MEDICATION,)),
    "medicationRequests": bundle(MED_REQUEST),
}


def server_routes() -> dict[str, Reply]:
    return {TARGETS[key]: Reply.json(200, value) for key, value in FULL_PREFETCH.items()}


def make_request(
    prefetch_values: Mapping[str, Any],
    *,
    fhir_server: str | None,
    token: str | None = TOKEN,
    patient_id: str = PATIENT_ID,
) -> HookRequest:
    auth = (
        FhirAuthorization(token, "Bearer", 300, "patient/*.read", "cds-service", patient_id)
        if token and fhir_server
        else None
    )
    return HookRequest(
        hook="patient-view",
        hook_instance="d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
        context={"patientId": patient_id, "userId": "Practitioner/dr-1"},
        prefetch=dict(prefetch_values),
        fhir_server=fhir_server,
        fhir_authorization=auth,
    )


def settings(**overrides: Any) -> Settings:
    return Settings.load({"CDS_FHIR_ALLOW_HTTP": "true", **overrides}, environ={})


@pytest.fixture
def client() -> Iterator[FhirClient]:
    c = FhirClient(Timeouts(connect_seconds=0.5, read_seconds=1.0))
    yield c
    c.close()


class Routes:
    """A stub FHIR server answering from a path -> Reply table (404 OperationOutcome otherwise)."""

    def __init__(self, routes: Mapping[str, Reply]) -> None:
        self.routes = dict(routes)

    def __call__(self, method: str, target: str) -> Reply:
        return self.routes.get(target, Reply.json(404, outcome()))


def full_record() -> Any:
    return prefetch.resolve(make_request(FULL_PREFETCH, fhir_server=None), settings())


def test_a_full_prefetch_is_used_as_is_and_nothing_is_fetched(client: FhirClient) -> None:
    with StubServer(Routes(server_routes())) as stub:
        record = prefetch.resolve(make_request(FULL_PREFETCH, fhir_server=stub.base_url), settings(), client=client)
    assert stub.requests == []
    assert record.patient == PATIENT
    assert record.conditions == (CONDITION,)
    assert record.medication_statements == (STATEMENT,)
    assert record.medication_requests == (MED_REQUEST,)
    assert record.medications == {"Medication/m1": MEDICATION}
    assert record.unavailable == ()


# (variant name, prefetch sent, keys the service must fetch)
VARIANTS: list[tuple[str, dict[str, Any], set[str]]] = [
    ("all-absent", {}, set(TARGETS)),
    ("conditions-absent", {k: v for k, v in FULL_PREFETCH.items() if k != "conditions"}, {"conditions"}),
    (
        "medications-absent",
        {k: v for k, v in FULL_PREFETCH.items() if k not in ("medications", "medicationRequests")},
        {"medications", "medicationRequests"},
    ),
    ("patient-outcome", {**FULL_PREFETCH, "patient": outcome()}, {"patient"}),
    ("conditions-outcome", {**FULL_PREFETCH, "conditions": outcome()}, {"conditions"}),
    (
        "bundle-with-error-outcome",
        {**FULL_PREFETCH, "conditions": bundle(CONDITION, outcome("fatal"))},
        {"conditions"},
    ),
    ("bundle-with-warning-outcome", {**FULL_PREFETCH, "conditions": bundle(CONDITION, outcome("warning"))}, set()),
]


@pytest.mark.parametrize(("prefetch_values", "fetched"), [v[1:] for v in VARIANTS], ids=[v[0] for v in VARIANTS])
def test_each_unsatisfied_key_and_only_it_is_fetched(
    client: FhirClient, prefetch_values: dict[str, Any], fetched: set[str]
) -> None:
    with StubServer(Routes(server_routes())) as stub:
        record = prefetch.resolve(make_request(prefetch_values, fhir_server=stub.base_url), settings(), client=client)
    assert sorted(r.target for r in stub.requests) == sorted(TARGETS[k] for k in fetched)
    assert all(r.headers["authorization"] == f"Bearer {TOKEN}" for r in stub.requests)
    assert all(r.headers["accept"] == "application/fhir+json" for r in stub.requests)
    assert record == full_record()


def test_null_means_no_data_and_is_not_fetched(client: FhirClient) -> None:
    values = {"patient": PATIENT, "conditions": None, "medications": None, "medicationRequests": None}
    with StubServer(Routes(server_routes())) as stub:
        record = prefetch.resolve(make_request(values, fhir_server=stub.base_url), settings(), client=client)
    assert stub.requests == []
    assert (record.conditions, record.medication_statements, record.medication_requests) == ((), (), ())
    assert record.unavailable == ()


def test_a_paged_prefetch_is_read_on_from_its_next_link(client: FhirClient) -> None:
    conditions = [{**CONDITION, "id": f"c{i}"} for i in range(6)]
    with StubServer(lambda m, t: Reply(404)) as stub:
        page2 = f"{stub.base_url}/Condition?patient={PATIENT_ID}&page=2"
        page3 = "Condition?patient=pat-1&page=3"  # relative to the base, as some servers write them
        stub_routes = {
            "/fhir/Condition?patient=pat-1&page=2": Reply.json(200, bundle(*conditions[2:4], next_url=page3)),
            "/fhir/Condition?patient=pat-1&page=3": Reply.json(200, bundle(*conditions[4:])),
        }
        stub._router = Routes(stub_routes)
        values = {**FULL_PREFETCH, "conditions": bundle(*conditions[:2], next_url=page2)}
        record = prefetch.resolve(make_request(values, fhir_server=stub.base_url), settings(), client=client)
    assert [r.target for r in stub.requests] == list(stub_routes)
    assert [c["id"] for c in record.conditions] == [f"c{i}" for i in range(6)]


def test_a_paged_prefetch_linking_elsewhere_is_read_again_from_fhir_server(client: FhirClient) -> None:
    with StubServer(lambda m, t: Reply.json(200, bundle())) as elsewhere, StubServer(Routes(server_routes())) as stub:
        values = {**FULL_PREFETCH, "conditions": bundle(next_url=f"{elsewhere.base_url}/Condition?page=2")}
        record = prefetch.resolve(make_request(values, fhir_server=stub.base_url), settings(), client=client)
    assert elsewhere.requests == []
    assert [r.target for r in stub.requests] == [TARGETS["conditions"]]
    assert record == full_record()


def test_medication_includes_from_fetched_pages_are_kept(client: FhirClient) -> None:
    values = {k: v for k, v in FULL_PREFETCH.items() if k != "medications"}
    with StubServer(Routes(server_routes())) as stub:
        record = prefetch.resolve(make_request(values, fhir_server=stub.base_url), settings(), client=client)
    assert record.medications == {"Medication/m1": MEDICATION}


def test_without_a_token_no_authorization_header_is_sent(client: FhirClient) -> None:
    with StubServer(Routes(server_routes())) as stub:
        prefetch.resolve(make_request({}, fhir_server=stub.base_url, token=None), settings(), client=client)
    assert len(stub.requests) == 4
    assert all("authorization" not in r.headers for r in stub.requests)


def test_template_values_are_percent_encoded(client: FhirClient) -> None:
    with StubServer(lambda m, t: Reply.json(200, bundle())) as stub:
        values = {k: v for k, v in FULL_PREFETCH.items() if k != "conditions"}
        values["patient"] = {**PATIENT, "id": "a&b/c"}
        prefetch.resolve(make_request(values, fhir_server=stub.base_url, patient_id="a&b/c"), settings(), client=client)
    assert [r.target for r in stub.requests] == ["/fhir/Condition?patient=a%26b%2Fc"]


# --- required keys: 412 naming the key and the cause ---------------------------------------------------

FAILURES: list[tuple[str, Reply, str]] = [
    ("401", Reply.json(401, outcome()), "unauthorized"),
    ("403", Reply.json(403, outcome()), "forbidden"),
    ("404", Reply.json(404, outcome()), "not_found"),
    ("500", Reply.json(500, outcome()), "server_error"),
    ("not-json", Reply(200, b"<html/>"), "invalid_response"),
    ("error-outcome-entry", Reply.json(200, bundle(CONDITION, outcome())), "server_error"),
]


@pytest.mark.parametrize("key", ["patient", "conditions"])
@pytest.mark.parametrize(("reply", "cause"), [f[1:] for f in FAILURES], ids=[f[0] for f in FAILURES])
def test_a_required_key_that_cannot_be_read_is_412(client: FhirClient, key: str, reply: Reply, cause: str) -> None:
    routes = {**server_routes(), TARGETS[key]: reply}
    values = {k: v for k, v in FULL_PREFETCH.items() if k != key}
    with StubServer(Routes(routes)) as stub, pytest.raises(PreconditionFailed) as caught:
        prefetch.resolve(make_request(values, fhir_server=stub.base_url), settings(), client=client)
    if key == "patient" and cause == "server_error" and reply.status == 200:
        assert caught.value.cause == "invalid_response"  # a Bundle is not a Patient
    else:
        assert caught.value.cause == cause
    assert caught.value.status == 412
    body = caught.value.body()
    assert (body["key"], body["field"]) == (key, f"prefetch.{key}")
    assert TOKEN not in str(body)


@pytest.mark.parametrize("key", ["patient", "conditions"])
def test_a_required_key_without_fhir_server_is_412_no_fhir_server(key: str) -> None:
    values = {k: v for k, v in FULL_PREFETCH.items() if k != key}
    with pytest.raises(PreconditionFailed) as caught:
        prefetch.resolve(make_request(values, fhir_server=None), settings())
    assert (caught.value.key, caught.value.cause) == (key, "no_fhir_server")


def test_a_required_key_on_a_server_that_is_down_is_412_unreachable(client: FhirClient) -> None:
    down = f"http://127.0.0.1:{free_port()}/fhir"
    with pytest.raises(PreconditionFailed) as caught:
        prefetch.resolve(make_request({}, fhir_server=down), settings(), client=client)
    # Whichever required key fails first is named: the 412 does not wait for the other.
    assert caught.value.key in ("patient", "conditions")
    assert caught.value.cause == "unreachable"


# --- medication keys degrade ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "cause"), [(f[1], f[2]) for f in FAILURES if f[0] != "404"], ids=[f[0] for f in FAILURES if f[0] != "404"]
)
def test_a_medication_key_that_cannot_be_read_degrades(client: FhirClient, reply: Reply, cause: str) -> None:
    routes = {**server_routes(), TARGETS["medications"]: reply}
    values = {k: v for k, v in FULL_PREFETCH.items() if k != "medications"}
    with StubServer(Routes(routes)) as stub:
        record = prefetch.resolve(make_request(values, fhir_server=stub.base_url), settings(), client=client)
    assert record.unavailable == (UnavailableData("medications", cause),)
    assert record.medications_unavailable
    assert record.medication_requests == (MED_REQUEST,)
    assert record.conditions == (CONDITION,)


def test_medication_keys_without_fhir_server_degrade() -> None:
    values = {"patient": PATIENT, "conditions": bundle(CONDITION)}
    record = prefetch.resolve(make_request(values, fhir_server=None), settings())
    assert record.unavailable == (
        UnavailableData("medications", "no_fhir_server"),
        UnavailableData("medicationRequests", "no_fhir_server"),
    )


# --- the time budget ----------------------------------------------------------------------------------


def test_a_hanging_server_gives_412_within_the_budget() -> None:
    budget = 0.8
    slow = FhirClient(Timeouts(connect_seconds=0.5, read_seconds=5.0))  # only the budget can stop it
    with StubServer(lambda m, t: Reply(mode="hang")) as stub:
        started = time.monotonic()
        with pytest.raises(PreconditionFailed) as caught:
            prefetch.resolve(
                make_request({}, fhir_server=stub.base_url), settings(CDS_FHIR_BUDGET_SECONDS=budget), client=slow
            )
        elapsed = time.monotonic() - started
    slow.close()
    assert caught.value.cause in ("timeout", "budget_exceeded")
    assert budget - 0.05 <= elapsed < budget + 0.5, elapsed


def test_a_hanging_medication_server_degrades_within_the_budget(client: FhirClient) -> None:
    routes = {**server_routes(), TARGETS["medicationRequests"]: Reply(mode="hang")}
    values = {"patient": PATIENT, "conditions": bundle(CONDITION)}
    with StubServer(Routes(routes)) as stub:
        started = time.monotonic()
        record = prefetch.resolve(
            make_request(values, fhir_server=stub.base_url), settings(CDS_FHIR_BUDGET_SECONDS=0.6), client=client
        )
        elapsed = time.monotonic() - started
    assert record.unavailable == (UnavailableData("medicationRequests", "timeout"),)
    assert record.medication_statements == (STATEMENT,)
    assert elapsed < 0.6 + 0.5


def test_a_required_failure_does_not_wait_for_slow_keys(client: FhirClient) -> None:
    routes = {**server_routes(), TARGETS["patient"]: Reply.json(401, outcome())}
    routes.update({TARGETS[k]: Reply(mode="hang") for k in ("conditions", "medications", "medicationRequests")})
    with StubServer(Routes(routes)) as stub:
        started = time.monotonic()
        with pytest.raises(PreconditionFailed) as caught:
            prefetch.resolve(make_request({}, fhir_server=stub.base_url), settings(), client=client)
        elapsed = time.monotonic() - started
    assert (caught.value.key, caught.value.cause) == ("patient", "unauthorized")
    assert elapsed < 0.5


def test_keys_are_fetched_concurrently(client: FhirClient) -> None:
    delayed = {
        k: Reply.json(200, v, mode="trickle", trickle_bytes=10_000, trickle_seconds=0.3)
        for k, v in FULL_PREFETCH.items()
    }
    routes = {TARGETS[k]: reply for k, reply in delayed.items()}
    with StubServer(Routes(routes)) as stub:
        started = time.monotonic()
        record = prefetch.resolve(make_request({}, fhir_server=stub.base_url), settings(), client=client)
        elapsed = time.monotonic() - started
    assert record == full_record()
    assert elapsed < 4 * 0.3  # one after the other would take at least 1.2 s


# --- incomplete lists (rules.md §5.4) ----------------------------------------------------------------

STATEMENTS = [{**STATEMENT, "id": f"ms{i}"} for i in range(8)]
CONDITIONS = [{**CONDITION, "id": f"c{i}"} for i in range(8)]


class Paged:
    """A stub FHIR server paging one key's search ``size`` resources a page, with absolute next links.

    The other keys answer from ``server_routes()``. ``pages`` replaces the reply of a page (1-based),
    ``back_to`` makes the last page's next link point back at that page number (a paging loop).
    """

    def __init__(
        self, key: str, resources: list[dict[str, Any]], size: int, *, pages: Mapping[int, Reply] | None = None
    ) -> None:
        self.key, self.resources, self.size = key, resources, size
        self.replace = dict(pages or {})
        self.back_to: int | None = None
        self.base = ""
        self.others = Routes(server_routes())

    def page_url(self, number: int) -> str:
        return f"{self.base}{TARGETS[self.key].removeprefix('/fhir')}&page={number}"

    def page(self, number: int) -> dict[str, Any]:
        chunk = self.resources[(number - 1) * self.size : number * self.size]
        last = number * self.size >= len(self.resources)
        following = self.back_to if last and self.back_to else None if last else number + 1
        doc = bundle(*chunk, next_url=self.page_url(following) if following else None)
        doc.setdefault("link", []).insert(0, {"relation": "self", "url": self.page_url(number)})
        return doc

    def __call__(self, method: str, target: str) -> Reply:
        if not target.startswith(TARGETS[self.key]):
            return self.others(method, target)
        number = int(target.rsplit("&page=", 1)[1]) if "&page=" in target else 1
        return self.replace.get(number) or Reply.json(200, self.page(number))


def resolve_paged(
    paged: Paged, values: Mapping[str, Any], client: FhirClient, **overrides: Any
) -> tuple[PatientRecord, StubServer]:
    with StubServer(paged) as stub:
        paged.base = stub.base_url
        record = prefetch.resolve(make_request(values, fhir_server=stub.base_url), settings(**overrides), client=client)
    return record, stub


def without(*keys: str) -> dict[str, Any]:
    return {k: v for k, v in FULL_PREFETCH.items() if k not in keys}


def ids(resources: Any) -> list[str]:
    return [r["id"] for r in resources]


def test_a_medication_list_cut_at_the_cap_is_incomplete_and_keeps_every_resource_read(client: FhirClient) -> None:
    paged = Paged("medications", STATEMENTS, 2)
    record, stub = resolve_paged(paged, without("medications"), client, CDS_FHIR_MAX_RESOURCES=3)
    assert len(stub.requests) == 2  # 4 >= 3 after page 2: page 3 is not read
    assert ids(record.medication_statements) == ["ms0", "ms1", "ms2", "ms3"]
    assert record.incomplete == (UnavailableData("medications", "resource-cap"),)
    assert record.incomplete_keys == frozenset({"medications"})
    assert record.unavailable == ()
    assert not record.medications_unavailable


def test_a_condition_list_cut_at_the_cap_gives_the_conditions_read_not_412(client: FhirClient) -> None:
    paged = Paged("conditions", CONDITIONS, 3)
    record, _ = resolve_paged(paged, without("conditions"), client, CDS_FHIR_MAX_RESOURCES=5)
    assert ids(record.conditions) == [f"c{i}" for i in range(6)]
    assert record.incomplete == (UnavailableData("conditions", "resource-cap"),)


@pytest.mark.parametrize("back_to", [1, 2], ids=["to-the-first-page", "to-itself"])
def test_a_paging_loop_ends_paging_without_duplicates(client: FhirClient, back_to: int) -> None:
    paged = Paged("medications", STATEMENTS[:4], 2)
    paged.back_to = back_to
    record, stub = resolve_paged(paged, without("medications"), client)
    assert len(stub.requests) == 2
    assert ids(record.medication_statements) == ["ms0", "ms1", "ms2", "ms3"]
    assert record.incomplete == (UnavailableData("medications", "paging-loop"),)


LATER_PAGE_FAILURES: list[tuple[str, Reply, str]] = [
    ("500", Reply.json(500, outcome()), "page-unreadable"),
    ("not-json", Reply(200, b"<html/>"), "page-unreadable"),
    ("error-outcome-entry", Reply.json(200, bundle(outcome())), "page-unreadable"),
    ("hang", Reply(mode="hang"), "budget"),
]


@pytest.mark.parametrize("key", ["conditions", "medications"])
@pytest.mark.parametrize(
    ("reply", "cause"), [f[1:] for f in LATER_PAGE_FAILURES], ids=[f[0] for f in LATER_PAGE_FAILURES]
)
def test_an_unreadable_second_page_keeps_the_first_and_marks_the_list(
    client: FhirClient, key: str, reply: Reply, cause: str
) -> None:
    resources = CONDITIONS if key == "conditions" else STATEMENTS
    paged = Paged(key, resources[:4], 2, pages={2: reply})
    started = time.monotonic()
    record, _ = resolve_paged(paged, without(key), client, CDS_FHIR_BUDGET_SECONDS=0.6)
    elapsed = time.monotonic() - started
    read = record.conditions if key == "conditions" else record.medication_statements
    assert ids(read) == ids(resources[:2])
    assert record.incomplete == (UnavailableData(key, cause),)
    assert record.unavailable == ()
    assert elapsed < 0.6 + 0.5


@pytest.mark.parametrize("key", ["conditions", "medications"])
def test_an_unreadable_first_page_is_as_before(client: FhirClient, key: str) -> None:
    """Nothing of the list could be read: 412 for conditions, degraded medications (not 'incomplete')."""
    paged = Paged(key, (CONDITIONS if key == "conditions" else STATEMENTS)[:4], 2, pages={1: Reply.json(500, {})})
    if key == "conditions":
        with pytest.raises(PreconditionFailed) as caught:
            resolve_paged(paged, without(key), client)
        assert (caught.value.key, caught.value.cause) == ("conditions", "server_error")
        return
    record, _ = resolve_paged(paged, without(key), client)
    assert record.unavailable == (UnavailableData("medications", "server_error"),)
    assert record.incomplete == ()


def test_a_paged_prefetch_whose_next_page_fails_keeps_the_prefetched_page(client: FhirClient) -> None:
    paged = Paged("conditions", CONDITIONS[:6], 2, pages={3: Reply.json(503, outcome())})
    with StubServer(paged) as stub:
        paged.base = stub.base_url
        values = {**FULL_PREFETCH, "conditions": paged.page(1)}
        record = prefetch.resolve(make_request(values, fhir_server=stub.base_url), settings(), client=client)
    assert [r.target for r in stub.requests] == [f"{TARGETS['conditions']}&page=2", f"{TARGETS['conditions']}&page=3"]
    assert ids(record.conditions) == ["c0", "c1", "c2", "c3"]
    assert record.incomplete == (UnavailableData("conditions", "page-unreadable"),)


def test_a_paged_prefetch_whose_first_continuation_fails_keeps_the_prefetched_page(client: FhirClient) -> None:
    paged = Paged("conditions", CONDITIONS[:6], 2, pages={2: Reply(mode="close")})
    with StubServer(paged) as stub:
        paged.base = stub.base_url
        values = {**FULL_PREFETCH, "conditions": paged.page(1)}
        record = prefetch.resolve(make_request(values, fhir_server=stub.base_url), settings(), client=client)
    assert ids(record.conditions) == ["c0", "c1"]
    assert record.incomplete == (UnavailableData("conditions", "page-unreadable"),)


def test_a_paged_prefetch_linking_back_to_its_own_page_ends_paging(client: FhirClient) -> None:
    paged = Paged("conditions", CONDITIONS[:4], 2)
    paged.back_to = 1
    with StubServer(paged) as stub:
        paged.base = stub.base_url
        values = {**FULL_PREFETCH, "conditions": paged.page(1)}
        record = prefetch.resolve(make_request(values, fhir_server=stub.base_url), settings(), client=client)
    assert len(stub.requests) == 1  # page 2 only: its next link names the prefetched page's self link
    assert ids(record.conditions) == ["c0", "c1", "c2", "c3"]
    assert record.incomplete == (UnavailableData("conditions", "paging-loop"),)


@pytest.mark.parametrize("key", ["conditions", "medications"])
def test_a_paged_prefetch_without_fhir_server_is_used_and_marked_not_fetched(key: str) -> None:
    first = [{**(CONDITION if key == "conditions" else STATEMENT), "id": f"x{i}"} for i in range(2)]
    values = {**FULL_PREFETCH, key: bundle(*first, next_url="https://ehr.example/fhir/next?page=2")}
    record = prefetch.resolve(make_request(values, fhir_server=None), settings())
    read = record.conditions if key == "conditions" else record.medication_statements
    assert ids(read) == ["x0", "x1"]
    assert record.incomplete == (UnavailableData(key, "not-fetched"),)
    assert record.unavailable == ()


def test_a_paged_prefetch_linking_elsewhere_keeps_its_page_when_the_search_again_fails(client: FhirClient) -> None:
    routes = {**server_routes(), TARGETS["conditions"]: Reply.json(500, outcome())}
    with StubServer(lambda m, t: Reply.json(200, bundle())) as elsewhere, StubServer(Routes(routes)) as stub:
        page = bundle(*CONDITIONS[:2], next_url=f"{elsewhere.base_url}/Condition?page=2")
        record = prefetch.resolve(
            make_request({**FULL_PREFETCH, "conditions": page}, fhir_server=stub.base_url), settings(), client=client
        )
    assert elsewhere.requests == []
    assert ids(record.conditions) == ["c0", "c1"]
    assert record.incomplete == (UnavailableData("conditions", "page-unreadable"),)


def test_a_paged_prefetch_linking_elsewhere_read_again_in_part_keeps_both(client: FhirClient) -> None:
    paged = Paged("conditions", CONDITIONS[:6], 2, pages={2: Reply.json(500, outcome())})
    with StubServer(lambda m, t: Reply.json(200, bundle())) as elsewhere, StubServer(paged) as stub:
        paged.base = stub.base_url
        prefetched = [CONDITIONS[0], {**CONDITION, "id": "only-in-prefetch"}]
        page = bundle(*prefetched, next_url=f"{elsewhere.base_url}/Condition?page=2")
        record = prefetch.resolve(
            make_request({**FULL_PREFETCH, "conditions": page}, fhir_server=stub.base_url), settings(), client=client
        )
    assert ids(record.conditions) == ["c0", "c1", "only-in-prefetch"]
    assert record.incomplete == (UnavailableData("conditions", "page-unreadable"),)


def test_a_complete_list_is_not_marked(client: FhirClient) -> None:
    record, _ = resolve_paged(Paged("conditions", CONDITIONS, 3), without("conditions"), client)
    assert ids(record.conditions) == ids(CONDITIONS)
    assert record.incomplete == ()
    assert record.incomplete_keys == frozenset()


def test_each_cut_list_logs_one_warning_with_key_and_cause_only(
    client: FhirClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    paged = Paged("medications", STATEMENTS, 2, pages={3: Reply.json(500, outcome())})
    record, _ = resolve_paged(paged, without("medications", "conditions"), client, CDS_FHIR_MAX_RESOURCES=100)
    assert record.incomplete == (UnavailableData("medications", "page-unreadable"),)
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1, warnings
    assert "key=medications" in warnings[0] and "cause=page-unreadable" in warnings[0]
    for message in (r.getMessage() for r in caplog.records):
        assert TOKEN not in message and PATIENT_ID not in message and "127.0.0.1" not in message, message


def test_incomplete_causes_are_the_documented_categories() -> None:
    documented = {"resource-cap", "paging-loop", "budget", "page-unreadable", "not-fetched"}
    assert documented == INCOMPLETE_CAUSES


# --- bad input ------------------------------------------------------------------------------------------


def test_too_many_prefetched_resources_is_413_naming_the_key() -> None:
    many = bundle(*({**CONDITION, "id": f"c{i}"} for i in range(11)))
    with pytest.raises(PayloadTooLarge) as caught:
        prefetch.resolve(
            make_request({**FULL_PREFETCH, "conditions": many}, fhir_server=None),
            settings(CDS_MAX_PREFETCH_RESOURCES=10),
        )
    assert caught.value.field == "prefetch.conditions"


@pytest.mark.parametrize("value", [[], "Patient/1", 7, {"id": "no-type"}])
def test_a_prefetch_value_that_is_not_a_resource_is_400(value: Any) -> None:
    with pytest.raises(BadRequest) as caught:
        prefetch.resolve(make_request({**FULL_PREFETCH, "conditions": value}, fhir_server=None), settings())
    assert caught.value.field == "prefetch.conditions"


def test_another_patients_record_is_refused() -> None:
    with pytest.raises(BadRequest) as caught:
        prefetch.resolve(
            make_request({**FULL_PREFETCH, "patient": {**PATIENT, "id": "someone-else"}}, fhir_server=None), settings()
        )
    assert caught.value.field == "prefetch.patient"


def test_an_http_fhir_server_is_refused_unless_allowed() -> None:
    request = make_request({}, fhir_server="http://127.0.0.1:9/fhir")
    with pytest.raises(BadRequest) as caught:
        prefetch.resolve(request, Settings.load({}, environ={}))
    assert caught.value.field == "fhirServer"


def test_logs_name_keys_and_causes_but_never_the_token_or_patient(
    client: FhirClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    routes = {**server_routes(), TARGETS["medications"]: Reply.json(500, outcome())}
    with StubServer(Routes(routes)) as stub:
        prefetch.resolve(make_request({}, fhir_server=stub.base_url), settings(), client=client)
    with StubServer(lambda m, t: Reply.json(401, outcome())) as refusing, pytest.raises(PreconditionFailed):
        prefetch.resolve(make_request({}, fhir_server=refusing.base_url), settings(), client=client)
    with StubServer(lambda m, t: Reply(mode="hang")) as hanging, pytest.raises(PreconditionFailed):
        prefetch.resolve(
            make_request({}, fhir_server=hanging.base_url), settings(CDS_FHIR_BUDGET_SECONDS=0.3), client=client
        )
    messages = [r.getMessage() for r in caplog.records]
    assert any("key=medications" in m and "cause=server_error" in m for m in messages)
    assert any("cause=unauthorized" in m for m in messages)
    assert any("cause=timeout" in m or "cause=budget_exceeded" in m for m in messages)
    for message in messages:
        assert TOKEN not in message and PATIENT_ID not in message, message


def test_causes_are_the_documented_categories() -> None:
    documented = {
        "no_fhir_server",
        "unauthorized",
        "forbidden",
        "not_found",
        "timeout",
        "unreachable",
        "server_error",
        "invalid_response",
        "budget_exceeded",
    }
    assert documented == fhir_client.CAUSES
    assert {cause for _, _, cause in FAILURES} <= fhir_client.CAUSES
