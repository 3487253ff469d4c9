"""Every clinical scenario end to end through HTTP: the card ids in order, and a response that is
valid CDS Hooks (our schema), with summaries under 140 characters in both languages and every
suggested ServiceRequest a valid FHIR R4B resource. Requirements 74, 80, 83, 87, 90, 93, 100, 131.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.servicerequest import ServiceRequest
from flask.testing import FlaskClient

from cds_service import create_app, schemas

SCENARIOS = sorted((Path(__file__).parent / "scenarios").glob("*.json"))


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> FlaskClient:
    """One app for every scenario: building it (knowledge loaded and checked) is most of a test's cost."""
    database = tmp_path_factory.mktemp("scenarios-http") / "cds.sqlite3"
    app = create_app({"CDS_AUTH": "off", "CDS_DATABASE_URL": f"sqlite:///{database}", "CDS_LOCALE": "en"})
    return app.test_client()


def load(path: Path) -> dict[str, Any]:
    scenario: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return scenario


@pytest.fixture(params=SCENARIOS, ids=[p.stem for p in SCENARIOS])
def scenario(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    data = load(request.param)
    today = date.fromisoformat(data["today"])
    monkeypatch.setattr("cds_service.pipeline.clinical_today", lambda settings: today)
    return data


@pytest.mark.parametrize("locale", ["nb", "en"])
def test_scenario_over_http(client: FlaskClient, scenario: dict[str, Any], locale: str) -> None:
    response = client.post(
        "/cds-services/low-back-pain",
        data=json.dumps(scenario["request"]),
        content_type="application/json",
        headers={"Accept-Language": locale},
    )
    assert response.status_code == 200, response.get_data(as_text=True)
    body = response.get_json()
    assert schemas.problems("card-response", body) == []
    assert [card["source"]["topic"]["code"] for card in body["cards"]] == scenario["expected_cards"]
    for card in body["cards"]:
        assert len(card["summary"]) < 140
        for suggestion in card.get("suggestions", ()):
            for action in suggestion["actions"]:
                ServiceRequest.model_validate(action["resource"])
                assert action["resource"]["subject"]["reference"] == "Patient/" + scenario["request"]["context"][
                    "patientId"
                ]


def test_every_card_id_is_reached_and_has_a_negative() -> None:
    from cds_service.rules import CARD_INDICATORS

    raised: set[str] = set()
    for path in SCENARIOS:
        raised.update(load(path)["expected_cards"])
    assert raised == set(CARD_INDICATORS)
    assert len(SCENARIOS) >= 40
