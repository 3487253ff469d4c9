"""The shipped examples raise the cards they promise, on the day their dates were shifted to."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from flask.testing import FlaskClient

from cds_service.rules import CARD_INDICATORS

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
INDEX: list[dict[str, Any]] = json.loads((EXAMPLES / "index.json").read_text(encoding="utf-8"))


def test_there_is_an_example_for_every_card() -> None:
    assert {entry["card_id"] for entry in INDEX} == set(CARD_INDICATORS)


@pytest.mark.parametrize("entry", INDEX, ids=[e["card_id"] for e in INDEX])
def test_example_request_raises_its_card(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch, entry: dict[str, Any]
) -> None:
    today = date.fromisoformat(entry["today"])
    monkeypatch.setattr("cds_service.pipeline.clinical_today", lambda settings: today)
    body = (EXAMPLES / entry["request"]).read_text(encoding="utf-8")
    response = client.post("/cds-services/low-back-pain", data=body, content_type="application/json")
    assert response.status_code == 200
    ids = [card["source"]["topic"]["code"] for card in response.get_json()["cards"]]
    assert ids == entry["expected_cards"]
    assert entry["card_id"] in ids


@pytest.mark.parametrize("entry", INDEX, ids=[e["card_id"] for e in INDEX])
def test_example_fhir_transaction_is_valid_r4(entry: dict[str, Any]) -> None:
    bundle = json.loads((EXAMPLES / entry["fhir_transaction"]).read_text(encoding="utf-8"))
    Bundle.model_validate(bundle)
    assert all(e["request"]["method"] == "PUT" for e in bundle["entry"])
