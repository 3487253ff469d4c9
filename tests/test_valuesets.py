"""The shipped value sets (valuesets/*.json): valid FHIR R4 ValueSets, uniform metadata, every concept."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.valueset import ValueSet

from cds_service.terminology import (
    CODE_MATCHING_EXTENSION_URL,
    SYSTEM_FAMILIES,
    VALUESET_URL_BASE,
    VERIFICATION_EXTENSION_URL,
)

VALUESET_DIR = Path(__file__).resolve().parent.parent / "valuesets"
KNOWLEDGE_VERSION = "2026.1"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"

# The names the rules rely on (the brief of the clinical-engine issue and rules.md §1-§4).
REQUIRED_CONCEPTS = {
    "LBP_NONSPECIFIC", "NERVE_ROOT", "NEUROGENIC_CLAUDICATION", "VERTEBRAL_FRACTURE", "OSTEOPOROSIS",
    "SPINAL_INSTABILITY", "INFLAMMATORY_SPINE", "SPINAL_DEFORMITY", "SPONDYLOLYSIS", "SPONDYLOLISTHESIS",
    "MALIGNANCY_ANY", "MALIGNANCY_SPINE", "MALAISE_WEIGHTLOSS", "NEURO_DEFICIT", "SPINAL_TRAUMA",
    "DRUG_ADVERSE", "HIP_OA", "SPINE_SURGERY_STATUS", "DEPRESSION", "OPIOID", "NSAID", "PARACETAMOL",
    "GLUCOCORTICOID_SYSTEMIC", "BENZODIAZEPINE", "GABAPENTINOID", "ANTICOAGULANT", "CAUDA_EQUINA",
    "OSTEOPOROTIC_VERTEBRAL_FRACTURE", "STABLE_BURST_FRACTURE", "UNSTABLE_BURST_FRACTURE", "ANTIPLATELET",
    "CHRONIC_KIDNEY_DISEASE", "HEART_FAILURE", "HYPERTENSION", "PEPTIC_ULCER_GI_BLEED",
    "PROTON_PUMP_INHIBITOR",
}  # fmt: skip

ICD10_WHO = "http://hl7.org/fhir/sid/icd-10"
ICD10_NO = "urn:oid:2.16.578.1.12.4.1.1.7110"


def _files() -> list[Path]:
    return sorted(VALUESET_DIR.glob("*.json"))


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _components(resource: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    compose = resource["compose"]
    for where in ("include", "exclude"):
        for component in compose.get(where, []):
            yield where, component


def _verification(element: dict[str, Any]) -> str | None:
    for extension in element.get("extension", []):
        if extension["url"] == VERIFICATION_EXTENSION_URL:
            value: str = extension["valueString"]
            return value
    return None


def test_every_required_concept_has_exactly_one_file() -> None:
    names = {path.stem for path in _files()}
    assert names >= REQUIRED_CONCEPTS, f"missing: {sorted(REQUIRED_CONCEPTS - names)}"


@pytest.mark.parametrize("path", _files(), ids=lambda path: path.stem)
def test_file_is_a_valid_r4_valueset_with_uniform_metadata(path: Path) -> None:
    raw = _load(path)
    model = ValueSet.model_validate(raw)
    identifier = path.stem.lower().replace("_", "-")
    assert model.name == path.stem
    assert model.id == identifier
    assert model.url == VALUESET_URL_BASE + identifier
    assert model.version == KNOWLEDGE_VERSION
    assert model.status == "active"
    assert model.title and model.description and "Source:" in model.description
    matching = [e for e in raw["extension"] if e["url"] == CODE_MATCHING_EXTENSION_URL]
    assert matching and "is-a" in matching[0]["valueString"] and "regex" in matching[0]["valueString"]


@pytest.mark.parametrize("path", _files(), ids=lambda path: path.stem)
def test_every_code_and_filter_records_its_verification(path: Path) -> None:
    for _, component in _components(_load(path)):
        assert component["system"] in SYSTEM_FAMILIES
        assert ("concept" in component) != ("filter" in component), "FHIR vsd-3: concept or filter, not both"
        component_note = _verification(component)
        for element in component.get("concept", []) + component.get("filter", []):
            note = _verification(element) or component_note
            assert note is not None and re.fullmatch(r"(V|S|U): .+", note), (component["system"], element)


@pytest.mark.parametrize("path", _files(), ids=lambda path: path.stem)
def test_every_who_icd10_entry_is_written_for_the_norwegian_oid_too(path: Path) -> None:
    def entries(system: str) -> set[str]:
        found: set[str] = set()
        for where, component in _components(_load(path)):
            if component["system"] == system:
                found |= {f"{where}:{c['code']}" for c in component.get("concept", [])}
                found |= {f"{where}:{f['op']}:{f['value']}" for f in component.get("filter", [])}
        return found

    assert entries(ICD10_WHO) == entries(ICD10_NO)


def _rxnorm_include_with_note(name: str, source_marker: str) -> list[dict[str, Any]]:
    resource = _load(VALUESET_DIR / f"{name}.json")
    for where, component in _components(resource):
        note = _verification(component) or ""
        if where == "include" and component["system"] == RXNORM and source_marker in note:
            concepts: list[dict[str, Any]] = component["concept"]
            return concepts
    raise AssertionError(f"{name}: no RxNorm include from {source_marker}")


@pytest.mark.parametrize(
    ("name", "source", "count", "ingredient_words"),
    [
        (
            "OPIOID",
            "opioid-analgesics-with-ambulatory-misuse-potential",
            569,
            "tramadol|buprenorphine|butorphanol|benzhydrocodone|dihydrocodeine|dipipanone|levomethadyl|codeine|"
            "dextromoramide|heroin|pholcodine|hydromorphone|fentanyl|hydrocodone|sufentanil|levorphanol|"
            "meperidine|meptazinol|methadone|morphine|opium|oxycodone|oxymorphone|tapentadol|pentazocine|"
            "propoxyphene",
        ),
        (
            "BENZODIAZEPINE",
            "benzodiazepine-medications",
            198,
            "azepam|azolam|clobazam|clorazepate|chlordiazepoxide",
        ),
    ],
)
def test_cdc_product_expansions_are_complete_and_plausible(
    name: str, source: str, count: int, ingredient_words: str
) -> None:
    """The CDC expansions (2023-03) list 569 and 198 products; every display names an ingredient of the class."""
    concepts = _rxnorm_include_with_note(name, source)
    codes = [concept["code"] for concept in concepts]
    assert len(codes) == count == len(set(codes))
    pattern = re.compile(ingredient_words)
    assert all(pattern.search(concept["display"]) for concept in concepts)


def test_opioid_keeps_the_ingredient_codes_next_to_the_products() -> None:
    resource = _load(VALUESET_DIR / "OPIOID.json")
    rxnorm_codes = {
        concept["code"]
        for where, component in _components(resource)
        if where == "include" and component["system"] == RXNORM
        for concept in component["concept"]
    }
    assert {"2670", "7804", "10689", "6813"} <= rxnorm_codes  # codeine, oxycodone, tramadol, methadone
