"""GET /openapi.json: OpenAPI 3.1 built from the shipped JSON Schemas, kept true by schemathesis against a live service.

The live service is ``cds-service serve`` (gunicorn, two workers) on a loopback port with JWT authentication
on (a test issuer whose only allowed FHIR server is a closed loopback port, so no generated request can make
it fetch anywhere) and /analytics enabled. schemathesis generates requests from the document the live
service serves, positive and negative, derandomised (the same cases every run) and bounded (a fixed number
of examples per operation), and checks every answer: no 5xx, a documented status, a documented content
type, a body that conforms to the schema, and invalid input refused with a 4xx.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from flask.testing import FlaskClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from cds_service import create_app, openapi
from cds_service.config import Settings
from cds_service.knowledge import load_knowledge
from cds_service.pipeline import clinical_today
from tests.support.jwt_keys import TEST_ISSUER, TestKey, generate_key, jwks, make_token
from tests.support.slow_server import free_port

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parent.parent
ANALYTICS_TOKEN = "analytics-token-for-the-openapi-test"
# Per operation. 11 operations: about 250 calls, 15-25 s on this machine (the bound is the example count,
# not a clock, so the run is the same everywhere).
MAX_EXAMPLES = 25
# Status codes seen per operation during the schemathesis run (checked by the test after it).
SEEN: dict[str, set[int]] = {}


# --- the document ------------------------------------------------------------------------------------------


def test_document_is_openapi_31_and_lists_every_route(client: FlaskClient) -> None:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    document = response.get_json()
    assert document["openapi"].startswith("3.1.")
    assert document["jsonSchemaDialect"] == "https://json-schema.org/draft/2020-12/schema"
    app_routes = {
        (rule.rule.replace("<service_id>", "{service_id}"), method.lower())
        for rule in client.application.url_map.iter_rules()
        for method in rule.methods or ()
        if method not in ("HEAD", "OPTIONS") and rule.endpoint != "static"
    }
    documented = {(path, method) for path, item in document["paths"].items() for method in item if method != "options"}
    # /analytics is documented only where it is enabled (off in this app: it answers 404 there).
    assert app_routes - {("/analytics", "get"), ("/analytics", "post")} == documented
    assert "security" not in json.dumps(document["paths"]["/cds-services"]["get"]) or not document["paths"][
        "/cds-services"
    ]["get"]["security"], "auth off: no security requirement"


@pytest.mark.parametrize("component, name", list(openapi.SCHEMA_FILES.items()))
def test_components_are_the_shipped_schemas(client: FlaskClient, component: str, name: str) -> None:
    """Each component is its schema file, with the $defs moved beside it: map the references back and it is
    the file again (so the document cannot drift from what the service validates with)."""
    schemas = client.get("/openapi.json").get_json()["components"]["schemas"]
    shipped = openapi.shipped_schema(name)
    prefix = f"#/components/schemas/{component}."

    def back(value: Any) -> Any:
        if isinstance(value, dict):
            out = {k: back(v) for k, v in value.items()}
            if isinstance(out.get("$ref"), str):
                assert out["$ref"].startswith(prefix), out["$ref"]
                out["$ref"] = "#/$defs/" + out["$ref"][len(prefix):]
            return out
        if isinstance(value, list):
            return [back(v) for v in value]
        return value

    rebuilt = back(schemas[component])
    defs = {key[len(component) + 1:]: back(value) for key, value in schemas.items() if key.startswith(component + ".")}
    expected = {k: v for k, v in shipped.items() if k not in ("$schema", "$id", "$defs")}
    assert rebuilt == expected
    assert defs == shipped.get("$defs", {})


def test_a_reference_outside_the_file_is_refused() -> None:
    with pytest.raises(ValueError, match="only local"):
        openapi.components_from("X", {"properties": {"a": {"$ref": "other.json#/a"}}})


def test_document_with_auth_and_analytics_has_their_security(tmp_path: Path) -> None:
    issuers = tmp_path / "issuers.json"
    issuers.write_text(json.dumps({"issuers": [{"iss": TEST_ISSUER, "jwks": jwks(generate_key())}]}))
    app = create_app({
        "CDS_TRUSTED_ISSUERS_FILE": str(issuers), "CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "CDS_ANALYTICS_ENABLED": True, "CDS_ANALYTICS_TOKEN": ANALYTICS_TOKEN,
        "CDS_PUBLIC_BASE_URL": "https://cds.example.org/base/",
    })
    document = app.test_client().get("/openapi.json").get_json()
    assert document["servers"] == [{"url": "https://cds.example.org/base"}]
    assert set(document["components"]["securitySchemes"]) == {"cdsHooksJwt", "analyticsToken"}
    assert document["paths"]["/cds-services/{service_id}"]["post"]["security"] == [{"cdsHooksJwt": []}]
    assert "401" in document["paths"]["/cds-services/{service_id}"]["post"]["responses"]
    assert {"get", "post"} <= set(document["paths"]["/analytics"])


# --- schemathesis against the live service -----------------------------------------------------------------


@dataclass
class LiveService:
    base_url: str
    key: TestKey
    process: subprocess.Popen[bytes]
    log_file: Path

    def authorization(self, path: str) -> str:
        if path.startswith("/analytics"):
            return f"Bearer {ANALYTICS_TOKEN}"
        return f"Bearer {make_token(self.key, self.base_url + path)}"


@pytest.fixture(scope="module")
def live_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveService]:
    folder = tmp_path_factory.mktemp("openapi-live")
    key = generate_key()
    closed_port = free_port()
    issuers = folder / "trusted-issuers.json"
    issuers.write_text(json.dumps({"issuers": [
        {"iss": TEST_ISSUER, "jwks": jwks(key), "fhir_servers": [f"https://127.0.0.1:{closed_port}/fhir"]}
    ]}))
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CDS_")}
    env.update({
        "CDS_TRUSTED_ISSUERS_FILE": str(issuers),
        "CDS_DATABASE_URL": f"sqlite:///{folder / 'cds.sqlite3'}",
        "CDS_ANALYTICS_ENABLED": "true",
        "CDS_ANALYTICS_TOKEN": ANALYTICS_TOKEN,
        "CDS_LOG_LEVEL": "WARNING",
    })
    log_file = folder / "service.log"
    with log_file.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "cds_service", "serve", "--port", str(port), "--workers", "2"],
            cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        if process.poll() is not None:
            raise AssertionError(f"the service exited:\n{log_file.read_text()[-3000:]}")
        try:
            if requests.get(base_url + "/healthz", timeout=1).status_code == 200:
                break
        except requests.RequestException:
            pass
        if time.monotonic() > deadline:
            process.kill()
            raise AssertionError(f"the service did not start:\n{log_file.read_text()[-3000:]}")
        time.sleep(0.1)
    try:
        yield LiveService(base_url, key, process, log_file)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def _document_of_the_live_service() -> dict[str, Any]:
    """What the live service below serves (its settings, the shipped knowledge); the last test checks that."""
    live_settings = Settings.load(
        {"CDS_AUTH": "jwt", "CDS_ANALYTICS_ENABLED": True, "CDS_ANALYTICS_TOKEN": ANALYTICS_TOKEN}, environ={}
    )
    return openapi.build(live_settings, load_knowledge(live_settings.knowledge_dir), clinical_today(live_settings))


LIVE_DOCUMENT = _document_of_the_live_service()
schema = schemathesis.openapi.from_dict(LIVE_DOCUMENT)
schema.config.generation.update(
    modes=["positive", "negative"], max_examples=MAX_EXAMPLES, deterministic=True, database="none"
)


@schema.parametrize()
@settings(
    derandomize=True,
    max_examples=MAX_EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_the_live_service_keeps_its_openapi_document(case: Any, live_service: LiveService) -> None:
    if case.headers and "Authorization" in case.headers:
        # schemathesis sends a random bearer value where the document asks for one: sign a real token instead.
        # A case without the header (a negative case that dropped it) goes without, and must get its 401.
        case.headers["Authorization"] = live_service.authorization(case.formatted_path)
    response = case.call_and_validate(
        base_url=live_service.base_url,
        timeout=10,
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
            negative_data_rejection,
        ],
    )
    SEEN.setdefault(f"{case.method.upper()} {case.path}", set()).add(response.status_code)


def test_the_live_document_is_the_one_the_app_builds(live_service: LiveService) -> None:
    served = requests.get(live_service.base_url + "/openapi.json", timeout=5)
    assert served.status_code == 200
    assert served.json() == LIVE_DOCUMENT
    if SEEN:  # after the schemathesis run: it reached the service's logic, not only its refusals
        assert {200, 400, 401} <= SEEN["POST /cds-services/{service_id}"], SEEN
        assert {200, 400, 401} <= SEEN["POST /cds-services/{service_id}/feedback"], SEEN
        assert {200, 400} <= SEEN["GET /activity-plan"], SEEN
        assert {200, 401} <= SEEN["GET /analytics"], SEEN
    assert "Traceback" not in live_service.log_file.read_text()


def test_the_document_is_rebuilt_when_the_clinics_day_changes() -> None:
    days = iter([date(2027, 3, 27), date(2027, 3, 27), date(2027, 3, 28)])
    built: list[date] = []

    def make(day: date) -> dict[str, Any]:
        built.append(day)
        return {"day": day.isoformat()}

    served = openapi._Served(make=make, today=lambda: next(days))
    assert json.loads(served.text()) == {"day": "2027-03-27"}
    served.text()
    assert json.loads(served.text()) == {"day": "2027-03-28"}
    assert built == [date(2027, 3, 27), date(2027, 3, 28)]


def test_the_examples_in_the_document_raise_cards(client: FlaskClient) -> None:
    """The hook example is the shipped example dated for today: the cards the index promises."""
    document = client.get("/openapi.json").get_json()
    operation = document["paths"]["/cds-services/{service_id}"]["post"]
    body = operation["requestBody"]["content"]["application/json"]["examples"]["example"]["value"]
    response = client.post("/cds-services/low-back-pain", json=body)
    assert response.status_code == 200
    assert [c["source"]["topic"]["code"] for c in response.get_json()["cards"]] == ["lbp-subacute"]
    feedback = document["paths"]["/cds-services/{service_id}/feedback"]["post"]
    items = feedback["requestBody"]["content"]["application/json"]["examples"]["example"]["value"]
    answer = client.post("/cds-services/low-back-pain/feedback", json=items)
    assert answer.status_code == 200 and answer.get_json()["received"] == 1
