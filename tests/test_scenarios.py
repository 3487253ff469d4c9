"""Clinical scenarios: a full patient-view request in, the ordered card ids out (tests/scenarios/*.json).

Pipeline: parse_hook_request -> prefetch.resolve -> facts.extract (real value sets) -> rules.evaluate.
The JSON files are the committed data (authored with tests/scenario_builder.py).
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from cds_service import facts, prefetch, rules
from cds_service.config import Settings
from cds_service.hook_request import PATIENT_VIEW, parse_hook_request
from cds_service.terminology import Terminology

ROOT = Path(__file__).resolve().parent.parent
SCENARIO_DIR = Path(__file__).parent / "scenarios"
SCENARIO_FILES = sorted(SCENARIO_DIR.glob("*.json"))


@cache
def terminology() -> Terminology:
    return Terminology.load(ROOT)


@cache
def settings() -> Settings:
    return Settings.load({}, environ={})


def load(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def card_ids(document: dict[str, Any]) -> list[str]:
    request = parse_hook_request(document["request"], expected_hook=PATIENT_VIEW, allow_http_fhir=False)
    record = prefetch.resolve(request, settings())
    patient_facts = facts.extract(
        record,
        terminology(),
        date.fromisoformat(document["today"]),
        zone=ZoneInfo(settings().CDS_TIMEZONE),
        patient_id=request.context.get("patientId"),
    )
    return [hit.card_id for hit in rules.evaluate(patient_facts, rules.Thresholds())]


@pytest.mark.parametrize("path", SCENARIO_FILES, ids=[p.stem for p in SCENARIO_FILES])
def test_scenario(path: Path) -> None:
    document = load(path)
    assert set(document) == {"description", "today", "request", "expected_cards"}
    assert card_ids(document) == document["expected_cards"], document["description"]


def test_scenarios_cover_every_card_id_and_code_system() -> None:
    documents = [load(p) for p in SCENARIO_FILES]
    assert len(documents) >= 40
    reached = {card for d in documents for card in d["expected_cards"]}
    assert reached == set(rules.CARD_INDICATORS)
    text = json.dumps(documents)
    for system in (
        "http://hl7.org/fhir/sid/icd-10",
        "urn:oid:2.16.578.1.12.4.1.1.7110",
        "http://hl7.org/fhir/sid/icd-10-cm",
        "http://hl7.org/fhir/sid/icpc-2",
        "urn:oid:2.16.578.1.12.4.1.1.7170",
        "http://snomed.info/sct",
        "http://www.whocc.no/atc",
        "urn:oid:2.16.578.1.12.4.1.1.7180",
        "http://www.nlm.nih.gov/research/umls/rxnorm",
    ):
        assert f'"{system}"' in text, system
    assert '"code": "M545"' in text and '"code": "m54.5"' in text


def test_every_card_id_has_a_scenario_where_a_related_patient_does_not_get_it() -> None:
    """Each card id is absent from at least one scenario that has an active back complaint (a negative)."""
    with_cards = [set(load(p)["expected_cards"]) for p in SCENARIO_FILES if load(p)["expected_cards"]]
    for card_id in rules.CARD_INDICATORS:
        assert any(card_id not in cards for cards in with_cards), card_id


# Scenarios that carry deliberately non-conformant FHIR, to show the facts layer tolerates it.
NON_CONFORMANT = {
    "partial-and-timezone-less-dates": "a dateTime with a time but no timezone",
    # rules.md §5.1-§5.2: shapes real exports send that FHIR R4 forbids, read the safer way all the same.
    "s5-1-code-lower-case-whitespace-atc-no": "a code with surrounding white space",
    "s5-1-code-no-break-space-snomed-cauda-equina-us": "a code with a no-break space",
    "s5-1-code-surrounding-whitespace-cauda-equina-no": "a code with surrounding white space",
    "s5-1-code-whitespace-rxnorm-us": "a code with surrounding white space",
    "s5-2-clinical-plain-string-active-spinal-metastasis-no": "clinicalStatus as a plain string",
    "s5-2-clinical-plain-string-inactive-lbp-only-no": "clinicalStatus as a plain string",
    "s5-2-clinical-plain-string-resolved-cauda-equina-no": "clinicalStatus as a plain string",
    "s5-2-stu3-plain-strings-unstable-burst-us": "STU3 plain-string statuses",
    "s5-2-verification-refuted-plain-string-metastasis-us": "verificationStatus as a plain string",
}


@pytest.mark.parametrize("path", SCENARIO_FILES, ids=[p.stem for p in SCENARIO_FILES])
def test_scenario_prefetch_is_valid_fhir_r4(path: Path) -> None:
    from fhir.resources.R4B.bundle import Bundle
    from fhir.resources.R4B.patient import Patient

    prefetch_data = load(path)["request"]["prefetch"]
    errors = []
    for key, value in prefetch_data.items():
        model = Bundle if value["resourceType"] == "Bundle" else Patient
        try:
            model.model_validate(value)
        except ValueError as exc:
            errors.append(f"{key}: {str(exc).splitlines()[1]}")
    if path.stem in NON_CONFORMANT:
        assert errors, f"{path.stem} was meant to be non-conformant: {NON_CONFORMANT[path.stem]}"
    else:
        assert errors == []
