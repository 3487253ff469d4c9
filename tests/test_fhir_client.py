"""fhir_client against scripted loopback servers: headers, status mapping, timeouts, deadline, paging."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from cds_service import fhir_client
from cds_service.config import Settings
from cds_service.fhir_client import FhirClient, FhirFetchError, FhirServer, Timeouts
from tests.support.slow_server import Reply, StubServer, free_port

TOKEN = "client-test-token-7f3a9c"


def _bundle(resources: list[dict[str, Any]], next_url: str | None = None) -> dict[str, Any]:
    links = [{"relation": "self", "url": "ignored"}]
    if next_url:
        links.append({"relation": "next", "url": next_url})
    return {
        "resourceType": "Bundle",
        "type": "searchset",
        "link": links,
        "entry": [{"resource": r, "search": {"mode": "match"}} for r in resources],
    }


def _outcome_entry(severity: str) -> dict[str, Any]:
    return {"resourceType": "OperationOutcome", "issue": [{"severity": severity, "code": "processing"}]}


def _conditions(first: int, count: int) -> list[dict[str, Any]]:
    return [{"resourceType": "Condition", "id": f"c{i}"} for i in range(first, first + count)]


@pytest.fixture
def client() -> Iterator[FhirClient]:
    c = FhirClient(Timeouts(connect_seconds=0.5, read_seconds=0.5))
    yield c
    c.close()


def _far() -> float:
    return time.monotonic() + 10


def test_sends_fhir_accept_and_bearer_token_only_to_the_server(client: FhirClient) -> None:
    with StubServer(lambda m, t: Reply.json(200, {"resourceType": "Patient", "id": "p1"})) as stub:
        patient = client.read(FhirServer(stub.base_url, TOKEN), "Patient/p1", deadline=_far(), label="patient")
    assert patient["id"] == "p1"
    (seen,) = stub.requests
    assert seen.method == "GET"
    assert seen.target == "/fhir/Patient/p1"
    assert seen.headers["accept"] == "application/fhir+json"
    assert seen.headers["authorization"] == f"Bearer {TOKEN}"


def test_no_authorization_header_without_a_token(client: FhirClient) -> None:
    with StubServer(lambda m, t: Reply.json(200, {"resourceType": "Patient", "id": "p1"})) as stub:
        client.read(FhirServer(stub.base_url, None), "Patient/p1", deadline=_far(), label="patient")
    assert "authorization" not in stub.requests[0].headers


@pytest.mark.parametrize(
    ("reply", "cause"),
    [
        (Reply.json(401, {"resourceType": "OperationOutcome"}), fhir_client.UNAUTHORIZED),
        (Reply.json(403, {"resourceType": "OperationOutcome"}), fhir_client.FORBIDDEN),
        (Reply.json(404, {"resourceType": "OperationOutcome"}), fhir_client.NOT_FOUND),
        (Reply.json(410, {"resourceType": "OperationOutcome"}), fhir_client.NOT_FOUND),
        (Reply.json(500, {"resourceType": "OperationOutcome"}), fhir_client.SERVER_ERROR),
        (Reply.json(503, {"resourceType": "OperationOutcome"}), fhir_client.SERVER_ERROR),
        (Reply.json(400, {"resourceType": "OperationOutcome"}), fhir_client.INVALID_RESPONSE),
        (Reply(200, b"<html>login</html>", {"Content-Type": "text/html"}), fhir_client.INVALID_RESPONSE),
        (Reply.json(200, ["not", "a", "resource"]), fhir_client.INVALID_RESPONSE),
        (Reply.json(200, {"id": "no-resource-type"}), fhir_client.INVALID_RESPONSE),
        (Reply(200, b"", mode="close"), fhir_client.UNREACHABLE),
    ],
    ids=["401", "403", "404", "410", "500", "503", "400", "html", "json-array", "no-type", "closed"],
)
def test_failures_have_a_cause_category(client: FhirClient, reply: Reply, cause: str) -> None:
    with StubServer(lambda m, t: reply) as stub, pytest.raises(FhirFetchError) as caught:
        client.read(FhirServer(stub.base_url, TOKEN), "Patient/p1", deadline=_far(), label="patient")
    assert caught.value.cause == cause
    assert "127.0.0.1" not in caught.value.message and "p1" not in caught.value.message


def test_redirects_are_not_followed_so_the_token_stays_home(client: FhirClient) -> None:
    with StubServer(lambda m, t: Reply.json(200, {"resourceType": "Patient"})) as elsewhere:
        moved = Reply(302, b"", {"Location": f"{elsewhere.base_url}/Patient/p1"})
        with StubServer(lambda m, t: moved) as stub, pytest.raises(FhirFetchError) as caught:
            client.read(FhirServer(stub.base_url, TOKEN), "Patient/p1", deadline=_far(), label="patient")
    assert caught.value.cause == fhir_client.INVALID_RESPONSE
    assert elsewhere.requests == []


def test_server_down_is_unreachable_and_fast(client: FhirClient) -> None:
    started = time.monotonic()
    with pytest.raises(FhirFetchError) as caught:
        client.read(
            FhirServer(f"http://127.0.0.1:{free_port()}/fhir", TOKEN), "Patient/p1", deadline=_far(), label="patient"
        )
    assert caught.value.cause == fhir_client.UNREACHABLE
    assert time.monotonic() - started < 0.5


def test_hanging_server_times_out_after_the_read_timeout(client: FhirClient) -> None:
    with StubServer(lambda m, t: Reply(mode="hang")) as stub:
        started = time.monotonic()
        with pytest.raises(FhirFetchError) as caught:
            client.read(FhirServer(stub.base_url, TOKEN), "Patient/p1", deadline=_far(), label="patient")
        elapsed = time.monotonic() - started
    assert caught.value.cause == fhir_client.TIMEOUT
    assert 0.45 <= elapsed < 0.9


def test_deadline_shortens_the_read_timeout() -> None:
    slow_reader = FhirClient(Timeouts(connect_seconds=0.5, read_seconds=30))
    with StubServer(lambda m, t: Reply(mode="hang")) as stub:
        started = time.monotonic()
        with pytest.raises(FhirFetchError) as caught:
            slow_reader.read(FhirServer(stub.base_url, TOKEN), "Patient/p1", deadline=started + 0.4, label="patient")
        elapsed = time.monotonic() - started
    slow_reader.close()
    assert caught.value.cause == fhir_client.TIMEOUT
    assert elapsed < 0.7


def test_a_trickling_body_is_cut_at_the_deadline(client: FhirClient) -> None:
    body = b'{"resourceType": "Patient", "id": "p1", "note": "' + b"x" * 200 + b'"}'
    trickle = Reply(200, body, {"Content-Type": "application/fhir+json"}, mode="trickle", trickle_seconds=0.1)
    with StubServer(lambda m, t: trickle) as stub:
        started = time.monotonic()
        with pytest.raises(FhirFetchError) as caught:
            # Every piece arrives within the 0.5 s read timeout: only the deadline stops the read.
            client.read(FhirServer(stub.base_url, TOKEN), "Patient/p1", deadline=started + 0.6, label="patient")
        elapsed = time.monotonic() - started
    assert caught.value.cause == fhir_client.BUDGET_EXCEEDED
    assert elapsed < 0.9


def test_a_deadline_already_past_sends_nothing(client: FhirClient) -> None:
    with StubServer(lambda m, t: Reply.json(200, {"resourceType": "Patient"})) as stub:
        with pytest.raises(FhirFetchError) as caught:
            client.read(FhirServer(stub.base_url, TOKEN), "Patient/p1", deadline=time.monotonic(), label="patient")
        assert stub.requests == []
    assert caught.value.cause == fhir_client.BUDGET_EXCEEDED


def test_an_oversized_page_is_refused() -> None:
    small = FhirClient(Timeouts(0.5, 0.5), max_page_bytes=1000)
    big = Reply.json(200, _bundle(_conditions(0, 100)))
    with StubServer(lambda m, t: big) as stub, pytest.raises(FhirFetchError) as caught:
        small.search(
            FhirServer(stub.base_url, TOKEN),
            "Condition?patient=p1",
            deadline=_far(),
            max_resources=999,
            label="conditions",
        )
    small.close()
    assert caught.value.cause == fhir_client.INVALID_RESPONSE


def _paged_router(base: str, total: int, page_size: int, *, relative: bool) -> Any:
    def route(method: str, target: str) -> Reply:
        offset = int(target.rsplit("_offset=", 1)[1]) if "_offset=" in target else 0
        following = offset + page_size
        link = f"Condition?patient=p1&_offset={following}"
        next_url = None if following >= total else (link if relative else f"{base}/{link}")
        return Reply.json(200, _bundle(_conditions(offset, min(page_size, total - offset)), next_url))

    return route


@pytest.mark.parametrize("relative", [False, True], ids=["absolute-next", "relative-next"])
def test_search_follows_next_links_over_pages(client: FhirClient, relative: bool) -> None:
    holder: dict[str, str] = {}
    with StubServer(lambda m, t: _paged_router(holder["base"], 25, 10, relative=relative)(m, t)) as stub:
        holder["base"] = stub.base_url
        result = client.search(
            FhirServer(stub.base_url, TOKEN),
            "Condition?patient=p1",
            deadline=_far(),
            max_resources=1000,
            label="conditions",
        )
    assert [r["id"] for r in result.resources] == [f"c{i}" for i in range(25)]
    assert (result.pages, result.cut) == (3, None)
    assert [s.target for s in stub.requests] == [
        "/fhir/Condition?patient=p1",
        "/fhir/Condition?patient=p1&_offset=10",
        "/fhir/Condition?patient=p1&_offset=20",
    ]
    assert all(s.headers["authorization"] == f"Bearer {TOKEN}" for s in stub.requests)


def test_search_stops_at_the_resource_cap_keeping_every_resource_read(
    client: FhirClient, caplog: pytest.LogCaptureFixture
) -> None:
    """rules.md §5.4: the cap ends paging and cuts the list; nothing on the pages read is dropped."""
    holder: dict[str, str] = {}
    caplog.set_level(logging.INFO, logger="cds_service")
    with StubServer(lambda m, t: _paged_router(holder["base"], 100, 10, relative=False)(m, t)) as stub:
        holder["base"] = stub.base_url
        result = client.search(
            FhirServer(stub.base_url, TOKEN),
            "Condition?patient=p1",
            deadline=_far(),
            max_resources=25,
            label="conditions",
        )
    # Pages of 10: after the third page 30 >= 25 are held, and the next link is not followed.
    assert [r["id"] for r in result.resources] == [f"c{i}" for i in range(30)]
    assert (result.pages, result.cut) == (3, fhir_client.RESOURCE_CAP)
    assert len(stub.requests) == 3
    assert "key=conditions pages=3 resources=30 cut=resource-cap" in caplog.text


def test_a_list_that_ends_at_the_cap_is_not_cut(client: FhirClient) -> None:
    holder: dict[str, str] = {}
    with StubServer(lambda m, t: _paged_router(holder["base"], 20, 10, relative=False)(m, t)) as stub:
        holder["base"] = stub.base_url
        result = client.search(
            FhirServer(stub.base_url, TOKEN), "Condition?patient=p1", deadline=_far(), max_resources=20, label="c"
        )
    assert (len(result.resources), result.pages, result.cut) == (20, 2, None)


def _looping_router(base: str, back_to: str) -> Any:
    """Page 1 (c0, c1) links to page 2 (c2, c3), whose next link is ``back_to`` (formatted with the base)."""

    def route(method: str, target: str) -> Reply:
        if "page=2" in target:
            return Reply.json(200, _bundle(_conditions(2, 2), back_to.format(base=base)))
        return Reply.json(200, _bundle(_conditions(0, 2), f"{base}/Condition?patient=p1&page=2"))

    return route


@pytest.mark.parametrize(
    "back_to",
    [
        "{base}/Condition?patient=p1",  # the first search, as an absolute link
        "Condition?patient=p1",  # ... as a relative link
        "{base}/Condition?patient=p1#top",  # ... with a fragment
        "{base}/Condition?patient=p1&page=2",  # the page itself
    ],
    ids=["first-absolute", "first-relative", "first-fragment", "itself"],
)
def test_a_next_link_back_to_a_page_already_read_ends_paging(
    client: FhirClient, caplog: pytest.LogCaptureFixture, back_to: str
) -> None:
    holder: dict[str, str] = {}
    caplog.set_level(logging.INFO, logger="cds_service")
    with StubServer(lambda m, t: _looping_router(holder["base"], back_to)(m, t)) as stub:
        holder["base"] = stub.base_url
        result = client.search(
            FhirServer(stub.base_url, TOKEN),
            "Condition?patient=p1",
            deadline=_far(),
            max_resources=1000,
            label="conditions",
        )
    assert [r["id"] for r in result.resources] == ["c0", "c1", "c2", "c3"]  # each once
    assert (result.pages, result.cut) == (2, fhir_client.PAGING_LOOP)
    assert [s.target for s in stub.requests] == ["/fhir/Condition?patient=p1", "/fhir/Condition?patient=p1&page=2"]
    assert "cut=paging-loop" in caplog.text


def test_a_next_link_back_to_a_page_the_caller_already_read_ends_paging(client: FhirClient) -> None:
    """A paged prefetch: the caller names the URL of the page it holds (its ``self`` link)."""
    holder: dict[str, str] = {}
    with StubServer(lambda m, t: _looping_router(holder["base"], "{base}/Condition?patient=p1")(m, t)) as stub:
        holder["base"] = stub.base_url
        result = client.search(
            FhirServer(stub.base_url, TOKEN),
            f"{stub.base_url}/Condition?patient=p1&page=2",
            deadline=_far(),
            max_resources=1000,
            label="conditions",
            already_read=tuple(_conditions(0, 2)),
            already_requested=(f"{stub.base_url}/Condition?patient=p1",),
            continuing=True,
        )
    assert [r["id"] for r in result.resources] == ["c0", "c1", "c2", "c3"]
    assert (result.pages, result.cut) == (1, fhir_client.PAGING_LOOP)
    assert len(stub.requests) == 1


def _second_page_fails(base: str, second: Reply) -> Any:
    def route(method: str, target: str) -> Reply:
        if "page=2" in target:
            return second
        return Reply.json(200, _bundle(_conditions(0, 3), f"{base}/Condition?patient=p1&page=2"))

    return route


PAGE_1 = ["c0", "c1", "c2"]
# (id, reply of page 2, resources kept, pages read)
SECOND_PAGE_FAILURES: list[tuple[str, Reply, list[str], int]] = [
    ("500", Reply.json(500, {"resourceType": "OperationOutcome"}), PAGE_1, 1),
    ("401", Reply.json(401, {"resourceType": "OperationOutcome"}), PAGE_1, 1),
    ("not-json", Reply(200, b"<html>login</html>", {"Content-Type": "text/html"}), PAGE_1, 1),
    ("not-a-bundle", Reply.json(200, {"resourceType": "Patient"}), PAGE_1, 1),
    ("closed", Reply(200, b"", mode="close"), PAGE_1, 1),
    # A page with an error OperationOutcome still lists what it found: that is kept too.
    ("error-outcome", Reply.json(200, _bundle([*_conditions(3, 1), _outcome_entry("error")])), [*PAGE_1, "c3"], 2),
]


@pytest.mark.parametrize(
    ("second", "kept", "pages"), [f[1:] for f in SECOND_PAGE_FAILURES], ids=[f[0] for f in SECOND_PAGE_FAILURES]
)
def test_an_unreadable_later_page_keeps_the_pages_read(
    client: FhirClient, second: Reply, kept: list[str], pages: int
) -> None:
    holder: dict[str, str] = {}
    with StubServer(lambda m, t: _second_page_fails(holder["base"], second)(m, t)) as stub:
        holder["base"] = stub.base_url
        result = client.search(
            FhirServer(stub.base_url, TOKEN), "Condition?patient=p1", deadline=_far(), max_resources=100, label="c"
        )
    assert [r["id"] for r in result.resources] == kept
    assert (result.pages, result.cut) == (pages, fhir_client.PAGE_UNREADABLE)


def test_a_later_page_hanging_past_the_budget_keeps_the_pages_read() -> None:
    slow_reader = FhirClient(Timeouts(connect_seconds=0.5, read_seconds=30))  # only the deadline stops it
    holder: dict[str, str] = {}
    with StubServer(lambda m, t: _second_page_fails(holder["base"], Reply(mode="hang"))(m, t)) as stub:
        holder["base"] = stub.base_url
        started = time.monotonic()
        result = slow_reader.search(
            FhirServer(stub.base_url, TOKEN),
            "Condition?patient=p1",
            deadline=started + 0.5,
            max_resources=100,
            label="c",
        )
        elapsed = time.monotonic() - started
    slow_reader.close()
    assert [r["id"] for r in result.resources] == ["c0", "c1", "c2"]
    assert result.cut == fhir_client.BUDGET
    assert 0.45 <= elapsed < 0.8


def test_a_later_page_trickling_past_the_budget_keeps_the_pages_read(client: FhirClient) -> None:
    slow_page = Reply.json(200, _bundle(_conditions(3, 5)), mode="trickle", trickle_seconds=0.1)
    holder: dict[str, str] = {}
    with StubServer(lambda m, t: _second_page_fails(holder["base"], slow_page)(m, t)) as stub:
        holder["base"] = stub.base_url
        result = client.search(
            FhirServer(stub.base_url, TOKEN),
            "Condition?patient=p1",
            deadline=time.monotonic() + 0.5,
            max_resources=100,
            label="c",
        )
    assert [r["id"] for r in result.resources] == ["c0", "c1", "c2"]
    assert result.cut == fhir_client.BUDGET


def test_a_continued_search_whose_first_request_fails_keeps_what_the_caller_read(client: FhirClient) -> None:
    with StubServer(lambda m, t: Reply.json(500, {"resourceType": "OperationOutcome"})) as stub:
        result = client.search(
            FhirServer(stub.base_url, TOKEN),
            f"{stub.base_url}/Condition?patient=p1&page=2",
            deadline=_far(),
            max_resources=100,
            label="c",
            already_read=tuple(_conditions(0, 2)),
            continuing=True,
        )
    assert [r["id"] for r in result.resources] == ["c0", "c1"]
    assert (result.pages, result.cut) == (0, fhir_client.PAGE_UNREADABLE)


@pytest.mark.parametrize(
    "first",
    [Reply.json(500, {"resourceType": "OperationOutcome"}), Reply(200, b"<html/>"), Reply(mode="close")],
    ids=["500", "not-json", "closed"],
)
def test_an_unreadable_first_page_still_fails_the_search(client: FhirClient, first: Reply) -> None:
    with StubServer(lambda m, t: first) as stub, pytest.raises(FhirFetchError):
        client.search(
            FhirServer(stub.base_url, TOKEN), "Condition?patient=p1", deadline=_far(), max_resources=100, label="c"
        )


def test_a_next_link_to_another_origin_is_not_followed_and_cuts_the_list(client: FhirClient) -> None:
    with StubServer(lambda m, t: Reply.json(200, _bundle([]))) as elsewhere:
        page = Reply.json(200, _bundle(_conditions(0, 2), f"{elsewhere.base_url}/Condition?page=2"))
        with StubServer(lambda m, t: page) as stub:
            result = client.search(
                FhirServer(stub.base_url, TOKEN),
                "Condition?patient=p1",
                deadline=_far(),
                max_resources=100,
                label="conditions",
            )
    assert elsewhere.requests == []
    assert [r["id"] for r in result.resources] == ["c0", "c1"]
    assert result.cut == fhir_client.PAGE_UNREADABLE


def test_a_first_search_url_on_another_origin_is_refused(client: FhirClient) -> None:
    empty = Reply.json(200, _bundle([]))
    with (
        StubServer(lambda m, t: empty) as elsewhere,
        StubServer(lambda m, t: empty) as stub,
        pytest.raises(FhirFetchError) as caught,
    ):
        client.search(
            FhirServer(stub.base_url, TOKEN),
            f"{elsewhere.base_url}/Condition?patient=p1",
            deadline=_far(),
            max_resources=100,
            label="conditions",
        )
    assert caught.value.cause == fhir_client.INVALID_RESPONSE
    assert elsewhere.requests == []


def _outcome(severity: str) -> dict[str, Any]:
    return {"resourceType": "OperationOutcome", "issue": [{"severity": severity, "code": "processing"}]}


def test_an_error_outcome_entry_fails_the_search(client: FhirClient) -> None:
    page = Reply.json(200, _bundle([*_conditions(0, 2), _outcome("error")]))
    with StubServer(lambda m, t: page) as stub, pytest.raises(FhirFetchError) as caught:
        client.search(
            FhirServer(stub.base_url, TOKEN),
            "Condition?patient=p1",
            deadline=_far(),
            max_resources=100,
            label="conditions",
        )
    assert caught.value.cause == fhir_client.SERVER_ERROR


def test_a_warning_outcome_entry_is_dropped_and_counted(client: FhirClient) -> None:
    page = Reply.json(200, _bundle([*_conditions(0, 2), _outcome("warning")]))
    with StubServer(lambda m, t: page) as stub:
        result = client.search(
            FhirServer(stub.base_url, TOKEN),
            "Condition?patient=p1",
            deadline=_far(),
            max_resources=100,
            label="conditions",
        )
    assert [r["id"] for r in result.resources] == ["c0", "c1"]
    assert result.warnings == 1


def test_the_token_never_reaches_the_logs(client: FhirClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    replies = iter([Reply.json(200, _bundle(_conditions(0, 3))), Reply.json(401, {}), Reply(mode="close")])
    with StubServer(lambda m, t: next(replies)) as stub:
        server = FhirServer(stub.base_url, TOKEN)
        client.search(
            server, "Condition?patient=secret-patient-id", deadline=_far(), max_resources=9, label="conditions"
        )
        for _ in range(2):
            with pytest.raises(FhirFetchError):
                client.read(server, "Patient/secret-patient-id", deadline=_far(), label="patient")
    assert caplog.records, "the client logs its reads"
    for record in caplog.records:
        text = record.getMessage()
        assert TOKEN not in text and "secret-patient-id" not in text, (record.name, text)
    assert TOKEN not in repr(server)


def test_shared_client_is_one_per_process_and_timeouts() -> None:
    settings = Settings.load({}, environ={})
    other = Settings.load({"CDS_FHIR_READ_TIMEOUT_SECONDS": "0.25"}, environ={})
    seen: list[FhirClient] = []
    threads = [threading.Thread(target=lambda: seen.append(fhir_client.shared_client(settings))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(c) for c in seen}) == 1
    assert fhir_client.shared_client(other) is not seen[0]
    assert fhir_client.shared_client(other).timeouts.read_seconds == 0.25
