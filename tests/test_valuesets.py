"""The shipped value sets (valuesets/*.json): valid FHIR R4 ValueSets, uniform metadata, every concept."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.valueset import ValueSet

from cds_service.code_systems import CODE_SYSTEMS_FILE, CodeSystems
from cds_service.terminology import (
    CODE_MATCHING_EXTENSION_URL,
    VALUESET_URL_BASE,
    VERIFICATION_EXTENSION_URL,
)

VALUESET_DIR = Path(__file__).resolve().parent.parent / "valuesets"
KNOWLEDGE_VERSION = "2026.1"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
CODE_SYSTEMS = CodeSystems.load(VALUESET_DIR / CODE_SYSTEMS_FILE)

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
    # rules.md §5.5-§5.7
    "BACK_COMPLAINT", "NEOPLASTIC_FRACTURE_SITE_8", "CAUDA_EQUINA_SIGNS", "ARTHRODESIS_STATUS", "SPINAL_INFECTION",
    "BONE_JOINT_TUBERCULOSIS", "MUSCULOSKELETAL_INFECTION",
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
        assert CODE_SYSTEMS.family_of_listed(component["system"]) is not None, component["system"]
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


SNOMED = "http://snomed.info/sct"
_TOOLS = Path(__file__).resolve().parent.parent / "tools"


def _expansion_include(name: str, system: str, source_marker: str) -> list[dict[str, Any]]:
    """The include that carries a published expansion: one verification note on the component."""
    resource = _load(VALUESET_DIR / f"{name}.json")
    for where, component in _components(resource):
        note = _verification(component) or ""
        if where == "include" and component["system"] == system and source_marker in note:
            concepts: list[dict[str, Any]] = component["concept"]
            return concepts
    raise AssertionError(f"{name}: no {system} include from {source_marker}")


def _load_sources_module() -> Any:
    """tools/valueset_sources.py, the reader of valuesets/sources/*.csv (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location("valueset_sources", _TOOLS / "valueset_sources.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("valueset_sources", module)
    spec.loader.exec_module(module)
    return module


sources = _load_sources_module()
SOURCES_DIR = VALUESET_DIR / "sources"


def _source_rows(name: str) -> list[tuple[str, str]]:
    """The code,display rows of valuesets/sources/<name>.csv, as copied from the source."""
    return list(sources.read_source(SOURCES_DIR / f"{name}.csv").rows)


def _verhoeff_valid(code: str) -> bool:
    """SNOMED CT identifiers end in a Verhoeff check digit: a mistyped digit fails this.

    Written out here rather than taken from a package: the algorithm is two small tables and a loop (the
    dihedral group D5 multiplication table ``d`` and the position permutation ``p``; the inverse table is not
    needed to validate), only the tests need it, and a dependency for ten lines is not worth its upkeep.
    Valid when folding the digits from the right, the check digit included, ends at 0.
    """
    d = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ]  # fmt: skip
    p = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ]  # fmt: skip
    check = 0
    for position, digit in enumerate(reversed(code)):
        check = d[check][p[position % 8][int(digit)]]
    return check == 0


def test_verhoeff_check_rejects_a_mistyped_digit() -> None:
    assert _verhoeff_valid("363346000") and _verhoeff_valid("9541000119105")
    assert not _verhoeff_valid("363346001") and not _verhoeff_valid("363436000")


# (value set, system, marker in the verification note, source file in valuesets/sources/, rows copied from the
# source, how many are shipped)
PUBLISHED_EXPANSIONS = [
    # VSAC 'All Primary and Secondary Cancer', SNOMED CT part: all 3,217 rows copied; 171 non-melanoma skin
    # (C44) and 13 entries that are no cancer (NOT_CANCER) left out.
    (
        "MALIGNANCY_ANY",
        SNOMED,
        "All Primary and Secondary Cancer",
        "vsac-all-primary-and-secondary-cancer-snomed",
        3217,
        3033,
    ),
    # Vertebral-column malignancy, bone and bone-marrow metastases and osseous myeloma among those rows.
    (
        "MALIGNANCY_SPINE",
        SNOMED,
        "All Primary and Secondary Cancer",
        "vsac-all-primary-and-secondary-cancer-snomed",
        3217,
        81,
    ),
    # VSAC 'Anticoagulants for All Indications' (eCQM Update 2025-05-08): 64 products, all shipped.
    ("ANTICOAGULANT", RXNORM, "Anticoagulants for All Indications", "vsac-anticoagulants-for-all-indications", 64, 64),
    # The 30 opioid-NSAID combinations among the 569 CDC opioid products.
    ("NSAID", RXNORM, "opioid-NSAID combination", "cdc-opioid-analgesics-with-ambulatory-misuse-potential", 569, 30),
    # The 68 aspirin/antiplatelet rows of VSAC 'Antithrombotic Therapy for Ischemic Stroke': 13 antiplatelet rows
    # (ANTIPLATELET_ROWS) are left out of NSAID, the other 55 are analgesic-dose aspirin.
    (
        "NSAID",
        RXNORM,
        "analgesic-dose aspirin",
        "vsac-antithrombotic-therapy-for-ischemic-stroke-antiplatelet-rows",
        68,
        55,
    ),
    ("NSAID", RXNORM, "'Indomethacin'", "vsac-indomethacin", 6, 6),
    ("NSAID", RXNORM, "'Ketorolac Tromethamine'", "vsac-ketorolac-tromethamine", 12, 12),
    # VSAC 'Glucocorticoids (oral only)': 53 rows; triamcinolone oral paste and fludrocortisone left out.
    ("GLUCOCORTICOID_SYSTEMIC", RXNORM, "Glucocorticoids (oral only)", "vsac-glucocorticoids-oral-only", 53, 51),
    # The 26 gabapentinoid rows of VSAC 'Central Nervous System Depressants'.
    (
        "GABAPENTINOID",
        RXNORM,
        "Central Nervous System Depressants",
        "vsac-central-nervous-system-depressants-gabapentinoids",
        26,
        26,
    ),
    (
        "ANTIPLATELET",
        RXNORM,
        "antiplatelet products",
        "vsac-antithrombotic-therapy-for-ischemic-stroke-antiplatelet-rows",
        68,
        13,
    ),
    (
        "ANTIPLATELET",
        RXNORM,
        "Pharmacological Contraindications",
        "vsac-pharmacological-contraindications-for-antithrombotic-therapy",
        2,
        2,
    ),
    (
        "PROTON_PUMP_INHIBITOR",
        RXNORM,
        "aspirin-omeprazole",
        "vsac-antithrombotic-therapy-for-ischemic-stroke-antiplatelet-rows",
        68,
        2,
    ),
    (
        "PARACETAMOL",
        RXNORM,
        "aspirin-acetaminophen",
        "vsac-antithrombotic-therapy-for-ischemic-stroke-antiplatelet-rows",
        68,
        11,
    ),
    # Synthea's OTC pain reliever submodule (6 products): ibuprofen and naproxen sodium are NSAID, the two
    # acetaminophen tablets PARACETAMOL; aspirin 81 MG is already ANTIPLATELET through the VSAC rows.
    ("NSAID", RXNORM, "ibuprofen and naproxen sodium oral tablets", "synthea-otc-pain-reliever", 6, 3),
    ("PARACETAMOL", RXNORM, "adult acetaminophen tablet", "synthea-otc-pain-reliever", 6, 1),
    ("PARACETAMOL", RXNORM, "paediatric acetaminophen tablet", "synthea-otc-pain-reliever", 6, 1),
]

# Every Synthea product shipped, per value set and verification marker: what sandbox patients carry.
SYNTHEA_PRODUCTS = [
    ("NSAID", "ibuprofen and naproxen sodium oral tablets", {"198405", "310965", "849574"},
     r"^(Ibuprofen|Naproxen sodium) "),
    ("PARACETAMOL", "adult acetaminophen tablet", {"313782"}, r"^Acetaminophen [0-9]+ MG "),
    ("PARACETAMOL", "paediatric acetaminophen tablet", {"282464"}, r"^Acetaminophen [0-9]+ MG "),
]  # fmt: skip


@pytest.mark.parametrize(("name", "marker", "codes", "ingredient"), SYNTHEA_PRODUCTS, ids=lambda v: str(v)[:20])
def test_synthea_products_are_shipped_single_ingredient_and_systemic(
    name: str, marker: str, codes: set[str], ingredient: str
) -> None:
    """Each Synthea product is in its include; the display names one ingredient of the class in an oral form."""
    concepts = _expansion_include(name, RXNORM, marker)
    assert {concept["code"] for concept in concepts} == codes
    for concept in concepts:
        display = concept["display"]
        assert re.search(ingredient, display), display
        assert " / " not in display, "single ingredient"
        assert re.search(r"MG Oral Tablet$", display) and not _NOT_SYSTEMIC_FORM.search(display), display


def test_synthea_low_dose_aspirin_stays_antiplatelet_only() -> None:
    """rules.md §1.6 'lbp-nsaid': low-dose acetylsalicylic acid (B01AC06) is not an NSAID."""
    dose = re.search(r"(?i)aspirin ([0-9.]+) MG", dict(_source_rows("synthea-otc-pain-reliever"))["243670"])
    assert dose is not None and float(dose.group(1)) <= 162.5
    assert "243670" not in _rxnorm_codes("NSAID")
    assert "243670" in _rxnorm_codes("ANTIPLATELET")


def _rxnorm_codes(name: str) -> set[str]:
    resource = _load(VALUESET_DIR / f"{name}.json")
    return {
        concept["code"]
        for where, component in _components(resource)
        if where == "include" and component["system"] == RXNORM
        for concept in component.get("concept", [])
    }


@pytest.mark.parametrize(
    ("name", "system", "marker", "source_file", "source_count", "shipped"),
    PUBLISHED_EXPANSIONS,
    ids=[row[0] for row in PUBLISHED_EXPANSIONS],
)
def test_published_expansion_is_complete_and_copied_verbatim(
    name: str, system: str, marker: str, source_file: str, source_count: int, shipped: int
) -> None:
    """The copied rows number what the source lists; every shipped row is one of them, code and display."""
    rows = _source_rows(source_file)
    assert len(rows) == source_count == len({code for code, _ in rows})
    concepts = _expansion_include(name, system, marker)
    assert len(concepts) == shipped == len({concept["code"] for concept in concepts})
    source = dict(rows)
    assert all(source.get(concept["code"]) == concept["display"] for concept in concepts)


@pytest.mark.parametrize(
    ("name", "system", "marker"),
    [(row[0], row[1], row[2]) for row in PUBLISHED_EXPANSIONS],
    ids=[row[0] for row in PUBLISHED_EXPANSIONS],
)
def test_published_expansion_names_its_source_repository_path_and_commit(name: str, system: str, marker: str) -> None:
    note = _verification({"extension": _first_extension_of(name, system, marker)}) or ""
    assert re.search(r"github\.com/\S+ \S+\.(json|py) @[0-9a-f]{40}", note), note
    assert name.split("_")[0].lower() in _load(VALUESET_DIR / f"{name}.json")["description"].lower()


def _first_extension_of(name: str, system: str, marker: str) -> list[dict[str, Any]]:
    resource = _load(VALUESET_DIR / f"{name}.json")
    for _, component in _components(resource):
        if component["system"] == system and marker in (_verification(component) or ""):
            extensions: list[dict[str, Any]] = component["extension"]
            return extensions
    raise AssertionError(name)


def test_every_copied_snomed_code_has_a_valid_check_digit() -> None:
    rows = _source_rows("vsac-all-primary-and-secondary-cancer-snomed")
    assert [code for code, _ in rows if not _verhoeff_valid(code)] == []
    codes = [code for code, _ in rows]
    assert codes == sorted(codes), "rows are in the source's (string-sorted) order"


def test_cancer_expansion_leaves_out_non_melanoma_skin_and_keeps_only_malignancies() -> None:
    concepts = _expansion_include("MALIGNANCY_ANY", SNOMED, "All Primary and Secondary Cancer")
    displays = [concept["display"] for concept in concepts]
    assert not [
        d for d in displays if re.search(r"Basal cell carcinoma|Squamous cell carcinoma of (skin|scalp|fore)", d)
    ]
    # Skin of scrotum and penis is ICD-10 C63.2 / C60, not C44: those stay.
    assert not [d for d in displays if re.match(r"(Primary )?[Mm]alignant neoplasm of skin(?! of (scrotum|penis))", d)]
    assert not [d for d in displays if re.search(r"[Bb]enign|in situ|intraepithelial|stage 0|adenoma of kidney", d)]
    assert not [d for d in displays if not d.endswith(("(disorder)", "(finding)"))], "qualifiers and procedures"
    # Named malignant entities, plus the myeloid neoplasms and histiocytoses that VSAC lists (ICD-10 C96, D46, D47).
    malignant = re.compile(
        r"[Mm]alignan|[Cc]arcinoma|[Ss]arcoma|[Mm]elanoma|[Ll]ymphoma|[Ll]euk|[Mm]etasta|[Ss]econdary|Hodgkin|"
        r"[Mm]ycosis fungoides|Sézary|blastoma|[Aa]strocytoma|Krukenberg|mastocytosis|Adenoma malignum|[Cc]ancer\b|"
        r"[Gg]lioma|[Gg]lial tumor|[Ee]mbryonal tumor|[Gg]erm cell (tumor|neoplasm)|[Ss]eminoma|teratoma|"
        r"[Dd]ysgerminoma|"
        r"[Ee]ndodermal sinus|[Gg]ranulosa cell|[Cc]arcinoid|[Kk]latskin|[Pp]ancoast|[Ss]tromal tumor|"
        r"[Aa]damantinoma|[Hh]emangioendothelioma|neuroepithelioma|angioendotheliomatosis|neuroectodermal|"
        r"[Pp]ineal parenchymal|[Mm]ucoepidermoid tumor|salivary gland-type tumour|[Cc]lear cell \(mesonephric\)|"
        r"(small|nonsmall) cell neoplasm|dendritic cell neoplasm|reticular cell neoplasm|[Mm]yelodysplastic|"
        r"[Rr]efractory anemia|[Mm]onosomy 7|[Mm]yelofibrosis|[Tt]hrombocythemia|[Ll]angerhans|Letterer-Siwe|"
        r"[Ee]osinophilic granuloma|[Hh]istiocytic|lymphoproliferative|[Cc]hloroma|[Mm]acroglobulinemia|"
        r"[Pp]lasmacytoma|[Mm]yeloma|immunocytoma|reticulosis|Burkitt|Richter|[Ll]ethal midline granuloma|"
        r"Paget's disease|[Pp]seudomyxoma|[Ll]initis plastica"
    )
    assert [d for d in displays if not malignant.search(d)] == []
    left_out = {code for code, _ in _source_rows("vsac-all-primary-and-secondary-cancer-snomed")} - {
        c["code"] for c in concepts
    }
    left_out_displays = [
        display for code, display in _source_rows("vsac-all-primary-and-secondary-cancer-snomed") if code in left_out
    ]
    skin = re.compile(
        r"[Bb]asal cell|[Ss]kin|nail apparatus|Moll's gland|[Ss]calp|[Ff]orehead|[Ee]yelid|[Cc]anthus|[Ss]ebaceous|"
        r"[Ss]weat gland|eccrine|[Ss]quamous cell carcinoma of (right )?(ear|auricle|upper limb|back|chin|shoulder|"
        r"nose|temple|ala nasi|bridge of nose|tip of nose|nasolabial fold|external auditory canal)|"
        r"Carcinoma of tip of nose"
    )
    not_cancer = re.compile(
        r"[Mm]eningioma|[Aa]denoma|[Cc]ystadenoma|[Ff]unctioning pituitary|stage 0|in situ|intraepithelial|"
        r"[Aa]naplasia|[Pp]redisposition|Howel-Evans|Liparitosis|\(qualifier value\)|\(procedure\)"
    )
    assert len(left_out) == 171 + 13
    assert sum(bool(skin.search(d)) for d in left_out_displays) == 171
    assert sum(bool(not_cancer.search(d)) and not skin.search(d) for d in left_out_displays) == 13


def test_spine_expansion_holds_only_vertebral_or_bone_malignancy() -> None:
    concepts = _expansion_include("MALIGNANCY_SPINE", SNOMED, "All Primary and Secondary Cancer")
    bone = re.compile(
        r"vertebra|sacrum|sacral vertebra|coccy|[Mm]etasta\w* to bone|metastatic to bone|"
        r"Secondary adenocarcinoma of bone|"
        r"Secondary malignant neoplasm of (bone|rib|sternum|pubis|radius|ulna|tibia|fibula|femur|scapula|clavicle|"
        r"acromion|phalanx|pisiform|lunate|scaphoid|hamate|carpal|metacarpal|metatarsal|calcaneus|navicular|"
        r"(first|second|third) cuneiform|short bone|long bone|pelvic bone|ilium|ischium|sphenoid bone|temporal bone|"
        r"frontal bone|occipital bone|parietal bone|ethmoid bone|nasal bone|palatine bone|mandible|maxilla|trapezium|"
        r"trapezoid bone|vomer|zygomatic bone)|[Oo]sseous myeloma|solitary plasmacytomas"
    )
    assert [c["display"] for c in concepts if not bone.search(c["display"])] == []
    any_codes = {c["code"] for c in _expansion_include("MALIGNANCY_ANY", SNOMED, "All Primary and Secondary Cancer")}
    assert {c["code"] for c in concepts} <= any_codes


def test_nsaid_products_are_systemic_combinations_only() -> None:
    """rules.md §2: NSAID is systemic only (topical M02 excluded); opioid-NSAID combinations count."""
    for concept in _expansion_include("NSAID", RXNORM, "opioid-NSAID combination"):
        display = concept["display"]
        assert re.search(r"ibuprofen|aspirin|celecoxib", display), display
        assert re.search(r"Oral (Tablet|Capsule)|Extended Release Oral Tablet", display), display
        assert not re.search(r"Topical|Ophthalmic|Gel|Patch|Transdermal|Cream", display), display
        aspirin = re.search(r"aspirin ([0-9.]+) MG", display)
        assert aspirin is None or float(aspirin.group(1)) >= 300, "low-dose aspirin is an antiplatelet"


def test_anticoagulant_products_are_anticoagulants() -> None:
    words = re.compile(r"warfarin|heparin|enoxaparin|dalteparin|fondaparinux|apixaban|rivaroxaban|edoxaban|dabigatran|"
                       r"argatroban|bivalirudin|desirudin")  # fmt: skip
    concepts = _expansion_include("ANTICOAGULANT", RXNORM, "Anticoagulants for All Indications")
    assert [c["display"] for c in concepts if not words.search(c["display"])] == []


_NOT_SYSTEMIC_FORM = re.compile(r"Topical|Ophthalmic|Otic|Gel\b|Patch|Transdermal|Cream|Ointment|Inhal|Paste")
_ASPIRIN_MG = re.compile(r"aspirin ([0-9.]+) MG")


@pytest.mark.parametrize(
    ("name", "marker"),
    [
        ("NSAID", "analgesic-dose aspirin"),
        ("NSAID", "'Indomethacin'"),
        ("NSAID", "'Ketorolac Tromethamine'"),
        ("GLUCOCORTICOID_SYSTEMIC", "Glucocorticoids (oral only)"),
        ("GABAPENTINOID", "Central Nervous System Depressants"),
        ("ANTIPLATELET", "antiplatelet products"),
        ("ANTIPLATELET", "Pharmacological Contraindications"),
    ],
)
def test_copied_products_are_systemic_forms(name: str, marker: str) -> None:
    """rules.md §2: NSAID and glucocorticoid concepts are systemic only; no topical, eye, ear or inhaled form."""
    displays = [concept["display"] for concept in _expansion_include(name, RXNORM, marker)]
    assert [d for d in displays if _NOT_SYSTEMIC_FORM.search(d)] == []
    assert [d for d in displays if not re.search(r"Oral|Chewable|Rectal|Inject|Syringe|Cartridge|Nasal Spray", d)] == []


def test_nsaid_aspirin_products_are_analgesic_doses_and_antiplatelet_aspirin_is_low_dose() -> None:
    """Low-dose acetylsalicylic acid (B01AC06) is an antiplatelet, not an NSAID (rules.md §1.6 'lbp-nsaid')."""
    for concept in _expansion_include("NSAID", RXNORM, "analgesic-dose aspirin"):
        dose = _ASPIRIN_MG.search(concept["display"])
        assert dose, concept
        assert float(dose.group(1)) >= 210 or "salicylamide" in concept["display"], concept
    antiplatelet = _expansion_include("ANTIPLATELET", RXNORM, "antiplatelet products")
    for concept in antiplatelet:
        dose = _ASPIRIN_MG.search(concept["display"])
        assert dose is None or float(dose.group(1)) <= 162.5, concept
        assert not re.search(r"acetaminophen|caffeine|salicylamide|butalbital|codeine|oxycodone", concept["display"])
    words = re.compile(r"clopidogrel|ticagrelor|ticlopidine|dipyridamole|aspirin")
    assert [c["display"] for c in antiplatelet if not words.search(c["display"])] == []
    nsaid_codes = {c["code"] for c in _expansion_include("NSAID", RXNORM, "analgesic-dose aspirin")}
    assert nsaid_codes.isdisjoint(c["code"] for c in antiplatelet)


@pytest.mark.parametrize(
    ("name", "marker", "ingredients"),
    [
        ("NSAID", "'Indomethacin'", "^indomethacin "),
        ("NSAID", "'Ketorolac Tromethamine'", "ketorolac tromethamine"),
        ("GLUCOCORTICOID_SYSTEMIC", "Glucocorticoids (oral only)",
         "(?i)prednisone|prednisolone|methylprednisolone|dexamethasone|hydrocortisone|cortisone"),
        ("GABAPENTINOID", "Central Nervous System Depressants", "gabapentin|pregabalin"),
        ("ANTIPLATELET", "Pharmacological Contraindications", "^prasugrel "),
        ("PROTON_PUMP_INHIBITOR", "aspirin-omeprazole", "omeprazole"),
        ("PARACETAMOL", "aspirin-acetaminophen", "acetaminophen"),
    ],
)  # fmt: skip
def test_every_copied_product_names_an_ingredient_of_the_class(name: str, marker: str, ingredients: str) -> None:
    pattern = re.compile(ingredients)
    displays = [concept["display"] for concept in _expansion_include(name, RXNORM, marker)]
    assert [d for d in displays if not pattern.search(d)] == []


def test_glucocorticoid_products_leave_out_oral_paste_and_fludrocortisone() -> None:
    displays = [c["display"] for c in _expansion_include("GLUCOCORTICOID_SYSTEMIC", RXNORM, "oral only")]
    assert not [d for d in displays if re.search(r"Paste|[Ff]ludrocortisone", d)]
    left_out = {code for code, _ in _source_rows("vsac-glucocorticoids-oral-only")} - {
        c["code"] for c in _expansion_include("GLUCOCORTICOID_SYSTEMIC", RXNORM, "oral only")
    }
    assert left_out == {"1085728", "313979"}


# --------------------------------------------------------------------------------------------------
# The copied code lists (valuesets/sources/*.csv) and their provenance headers


@pytest.mark.parametrize("path", sources.source_files(SOURCES_DIR), ids=lambda path: path.stem)
def test_every_source_file_names_its_source_origin_version_licence_and_verification(path: Path) -> None:
    source = sources.read_source(path)  # raises on a missing key, a bad verification note or a bad row
    header = source.header
    assert set(sources.REQUIRED_KEYS) <= set(header) <= set(sources.REQUIRED_KEYS + sources.OPTIONAL_KEYS)
    assert all(header[key].strip() for key in sources.REQUIRED_KEYS)
    assert re.fullmatch(r"(V|S|U): .+", header["verification"])
    # A precise locator: a repository path at a commit, or another named place (a file path, a URL).
    origin = header["origin"]
    assert re.search(r"github\.com/[\w.-]+/[\w.-]+ \S+ @[0-9a-f]{40}", origin) or re.search(r"/|https?://", origin)
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n") and "\r" not in text
    lines = text.splitlines()
    assert lines[len(header)] == "code,display", "the column header follows the provenance header"


def test_every_source_file_is_used_by_the_build() -> None:
    """A copied list nobody ships is dead data (or a forgotten wiring): the generator names every file."""
    script = (_TOOLS / "build_valuesets.py").read_text(encoding="utf-8")
    unused = [path.name for path in sources.source_files(SOURCES_DIR) if f'"{path.stem}"' not in script]
    assert unused == []


_GOOD_HEADER = "# source: s\n# origin: o/p\n# version: v\n# licence: l\n# verification: V: y\n"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (_GOOD_HEADER.replace("# verification: V: y\n", "") + "code,display\n1,a\n", "lacks verification"),
        (_GOOD_HEADER.replace("V: y", "X: y") + "code,display\n1,a\n", "verification must start"),
        (_GOOD_HEADER + "# colour: red\ncode,display\n1,a\n", "unknown header key"),
        (_GOOD_HEADER + "#source: s\ncode,display\n1,a\n", "header lines are"),
        (_GOOD_HEADER + "code;display\n1;a\n", "column header"),
        (_GOOD_HEADER + "code,display\n", "no rows"),
        (_GOOD_HEADER + "code,display\n1,a\n1,b\n", "twice"),
        (_GOOD_HEADER + "code,display\n1,a,b\n", "fields"),
        (_GOOD_HEADER + "code,display\n1,\n", "no display"),
        (_GOOD_HEADER + "code,display\n 1,a\n", "surrounding blanks"),
    ],
    ids=["no-verification", "bad-verification", "unknown-key", "bad-header-line", "bad-columns", "no-rows",
         "duplicate", "three-fields", "no-display", "blank-code"],
)  # fmt: skip
def test_source_reader_fails_loudly_on_a_bad_file(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(sources.SourceError, match=problem):
        sources.read_source(path)


def test_source_reader_reads_quoted_displays() -> None:
    rows = dict(_source_rows("vsac-anticoagulants-for-all-indications"))
    assert rows["854255"] == "enoxaparin sodium 100 MG/ML Injectable Solution"
    assert any(
        "," in display for display in dict(_source_rows("vsac-all-primary-and-secondary-cancer-snomed")).values()
    )


# --------------------------------------------------------------------------------------------------
# Every code is in its system's published format (a code that cannot exist matches nothing, silently)

ICD10_CM = "http://hl7.org/fhir/sid/icd-10-cm"
ICPC2_NO, ICPC2_HL7 = "urn:oid:2.16.578.1.12.4.1.1.7170", "http://hl7.org/fhir/sid/icpc-2"
ATC_WHO, ATC_NO = "http://www.whocc.no/atc", "urn:oid:2.16.578.1.12.4.1.1.7180"

# The family of every system URI the generator writes, and that family's published code format. ICD-10 is
# written in its dotted form (the runtime accepts 'M545' in a record, the value sets say 'M54.5').
FAMILY_OF_SYSTEM = {
    ICD10_WHO: "icd10", ICD10_NO: "icd10", ICD10_CM: "icd10cm", ICPC2_NO: "icpc2", ICPC2_HL7: "icpc2",
    SNOMED: "snomed", ATC_WHO: "atc", ATC_NO: "atc", RXNORM: "rxnorm",
}  # fmt: skip
CODE_FORMAT = {
    # WHO ICD-10: a 3-character category (letter, two digits) and at most one character after the dot; the
    # Norwegian edition adds an optional 5th character (M54.16, site), so 2 after the dot at most.
    "icd10": re.compile(r"[A-Z][0-9]{2}(\.[0-9A-Z]{1,2})?"),
    # ICD-10-CM: the 3rd character may be a letter (C4A, C7A), up to 7 characters (4 after the dot: S32.010A).
    "icd10cm": re.compile(r"[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?"),
    # ICPC-2 rubrics (chapter letter, two digits) and the process codes (-30 ... -69), chapter-independent.
    "icpc2": re.compile(r"[A-Z][0-9]{2}|-[0-9]{2}"),
    # ATC levels 1-5: A, A02, A02B, A02BC, A02BC01.
    "atc": re.compile(r"[A-Z]([0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?)?"),
    # RxNorm concept ids (RXCUI): a positive integer of 1-7 digits.
    "rxnorm": re.compile(r"[1-9][0-9]{0,6}"),
    # SNOMED CT identifiers: 6-18 digits, no leading zero (check digit and partition checked below).
    "snomed": re.compile(r"[1-9][0-9]{5,17}"),
}
# SCTID partition identifier (2nd and 3rd digit from the right): 0x short format, 1x extension; x = 0 concept,
# 1 description, 2 relationship. A value set lists concepts, so only 00 and 10 belong in one.
SNOMED_PARTITIONS = {"00", "01", "02", "10", "11", "12"}
SNOMED_CONCEPT_PARTITIONS = {"00", "10"}


def _format_problem(family: str, code: str) -> str | None:
    """Why ``code`` is not a well-formed code of ``family``, or None."""
    if not CODE_FORMAT[family].fullmatch(code):
        return f"not in the {family} format {CODE_FORMAT[family].pattern}"
    if family == "snomed":
        if not _verhoeff_valid(code):
            return "Verhoeff check digit fails (a mistyped digit)"
        if code[-3:-1] not in SNOMED_PARTITIONS:
            return f"partition identifier {code[-3:-1]} does not exist"
        if code[-3:-1] not in SNOMED_CONCEPT_PARTITIONS:
            return f"partition {code[-3:-1]} is a description or relationship id, not a concept id"
    return None


def _entries(resource: dict[str, Any]) -> Iterator[tuple[str, str, str, str]]:
    """(family, kind, value, where) of every concept code and filter: kind is '=', 'is-a' or 'regex'."""
    for where, component in _components(resource):
        family = FAMILY_OF_SYSTEM[component["system"]]
        for concept in component.get("concept", []):
            yield family, "=", concept["code"], where
        for filter_ in component.get("filter", []):
            yield family, filter_["op"], filter_["value"], where


def test_format_check_catches_what_it_is_meant_to() -> None:
    good = [("icd10", "M54.5"), ("icd10", "M54.16"), ("icd10", "T08"), ("icd10cm", "S32.010A"), ("icd10cm", "C4A.0"),
            ("icpc2", "L03"), ("icpc2", "-50"), ("atc", "N02AJ06"), ("atc", "N02A"), ("rxnorm", "2588484"),
            ("rxnorm", "161"), ("snomed", "279039007"), ("snomed", "311211000119105")]  # fmt: skip
    bad = [("icd10", "M545"), ("icd10", "M54.161"), ("icd10", "C4A"), ("icd10", "m54.5"), ("icd10cm", "S32.010AB"),
           ("icpc2", "L3"), ("icpc2", "L033"), ("atc", "N02AJ6"), ("atc", "N2A"), ("rxnorm", "0161"),
           ("rxnorm", "12345678"), ("snomed", "279039008"), ("snomed", "12345"), ("snomed", "0279039007"),
           ("snomed", "279039011"), ("snomed", "279039030")]  # fmt: skip
    assert [code for family, code in good if _format_problem(family, code)] == []
    assert [code for family, code in bad if not _format_problem(family, code)] == []
    # Both have a valid check digit: 279039011 is in the description partition 01, 279039030 in no partition (03).
    assert _verhoeff_valid("279039011") and _verhoeff_valid("279039030")
    assert "not a concept id" in (_format_problem("snomed", "279039011") or "")
    assert "does not exist" in (_format_problem("snomed", "279039030") or "")


@pytest.mark.parametrize("path", _files(), ids=lambda path: path.stem)
def test_every_code_and_is_a_value_is_in_its_systems_published_format(path: Path) -> None:
    problems = [
        (where, family, kind, value, problem)
        for family, kind, value, where in _entries(_load(path))
        if kind != "regex" and (problem := _format_problem(family, value))
    ]
    assert problems == []


# Every regex filter, by (family, pattern): codes it is meant to match and codes it must not match. Each sample
# is itself checked against the family's format, so a pattern written for a code shape that cannot exist shows.
REGEX_SAMPLES: dict[tuple[str, str], tuple[list[str], list[str]]] = {
    ("icd10", r"Y(4[0-9]|5[0-9])(\..+)?"): (["Y40", "Y45.1", "Y57.9", "Y59.0"], ["Y39", "Y60", "Y35.0"]),
    ("icd10cm", r"T(3[6-9]|4[0-9]|50)\.[0-9][0-9X]5[A-Z]?"): (
        ["T36.0X5A", "T38.0X5D", "T40.2X5A", "T50.995S", "T42.4X5"],
        ["T40.2X1A", "T35.0X5A", "T51.0X5A", "T40.2X4A"],
    ),
    ("icd10", r"I1[0-5](\..+)?"): (["I10", "I11.0", "I13.2", "I15.9"], ["I16", "I09", "I20.0"]),
    ("icd10cm", r"I1[0-5](\..+)?"): (["I10", "I11.0", "I12.9", "I13.11", "I15.8"], ["I16.0", "I20.9"]),
    ("icd10", r"C([0-8][0-9A-Z]|9[0-7])(\..+)?"): (["C00", "C34.1", "C44.9", "C79.5", "C97"], ["C98", "D00.0"]),
    ("icd10cm", r"C([0-8][0-9A-Z]|9[0-7])(\..+)?"): (
        ["C4A.9", "C7A.010", "C7B.00", "C79.51", "C90.00", "C34.11"],
        ["D03.9", "C98"],
    ),
    ("icd10", r"M80(\.[0-9]8?)?"): (["M80", "M80.0", "M80.08", "M80.98"], ["M80.05", "M80.01", "M81.0"]),
    ("icd10cm", r"M80\.[08](8(X[A-Z]?)?)?"): (
        ["M80.08XA", "M80.88XS", "M80.0", "M80.08"],
        ["M80.051A", "M80.00XA", "M80.18XA", "M81.0"],
    ),
    ("icd10", r"K2[5-8](\..+)?"): (["K25", "K25.0", "K26.4", "K28.9"], ["K24", "K29.0"]),
    ("icd10cm", r"K2[5-8](\..+)?"): (["K25.0", "K27.9", "K28.4"], ["K29.00", "K21.9"]),
    ("icd10", r"K92\.[0-2][0-9A-Z]*"): (["K92.0", "K92.1", "K92.2"], ["K92.8", "K92", "K91.0"]),
    ("icd10cm", r"K92\.[0-2][0-9A-Z]*"): (["K92.0", "K92.1", "K92.2"], ["K92.81", "K92.9"]),
    ("icd10cm", r"S(22|32)\.0[0-9]1[A-Z]?"): (
        ["S22.061A", "S32.011A", "S32.041D", "S32.001"],
        ["S32.012A", "S22.060A"],
    ),
    ("icd10cm", r"S(22|32)\.0[0-9]2[A-Z]?"): (["S22.062A", "S32.012A", "S32.052S"], ["S32.011A", "S32.019A"]),
    # Site rule of rules.md §5.5 (it replaces §1.7.5): a site character, when present, 0 (WHO multiple sites, CM
    # unspecified) or 4-9 (thoracic ... sacral; WHO 9 unspecified, CM 9 multiple), never 1-3 (cervical).
    ("icd10", r"M54\.1([04-9].*)?"): (
        ["M54.1", "M54.10", "M54.14", "M54.15", "M54.16", "M54.17", "M54.18", "M54.19"],
        ["M54.11", "M54.12", "M54.13", "M54.3"],
    ),
    ("icd10cm", r"M54\.1([04-9].*)?"): (["M54.10", "M54.14", "M54.16", "M54.18"], ["M54.11", "M54.12", "M54.13"]),
    ("icd10", r"M51\.1([04-9].*)?"): (["M51.1", "M51.10", "M51.14", "M51.16", "M51.17"], ["M51.12", "M51.2"]),
    ("icd10cm", r"M51\.1([04-9].*)?"): (["M51.14", "M51.15", "M51.16", "M51.17"], ["M51.26"]),
    ("icd10", r"M48\.0([04-9].*)?"): (
        ["M48.0", "M48.00", "M48.04", "M48.06", "M48.08"],
        ["M48.01", "M48.02", "M48.03"],
    ),
    ("icd10cm", r"M48\.0([04-9].*)?"): (
        ["M48.00", "M48.04", "M48.05", "M48.061", "M48.062", "M48.07", "M48.08"],
        ["M48.01", "M48.02", "M48.03"],
    ),
    ("icd10", r"M47\.2([04-9].*)?"): (["M47.2", "M47.20", "M47.26", "M47.27", "M47.28"], ["M47.22", "M47.23", "M47.1"]),
    ("icd10cm", r"M47\.2([04-9].*)?"): (["M47.20", "M47.24", "M47.26", "M47.28"], ["M47.21", "M47.22", "M47.23"]),
    ("icd10", r"M48\.4([04-9].*)?"): (["M48.4", "M48.46", "M48.48"], ["M48.42", "M48.5"]),
    ("icd10cm", r"M48\.4([04-9].*)?"): (["M48.40XA", "M48.44XA", "M48.46XD", "M48.48XS"], ["M48.42XA", "M48.41XA"]),
    ("icd10", r"M54\.8([04-9].*)?"): (["M54.8", "M54.80", "M54.85", "M54.86", "M54.89"], ["M54.81", "M54.82"]),
    ("icd10cm", r"M54\.8([04-9].*)?"): (["M54.89"], ["M54.81"]),
    ("icd10", r"M54\.9([04-9].*)?"): (["M54.9", "M54.96", "M54.99"], ["M54.92", "M54.93"]),
    ("icd10cm", r"M54\.9([04-9].*)?"): (["M54.9"], ["M54.6"]),
    # BACK_COMPLAINT (rules.md §5.5), WHO and Norway: the site is the 5th character (the 4th for M45).
    ("icd10", r"M4([0-26-9](\.[0-9]([04-9].*)?)?|3(\.[0-25789]([04-9].*)?)?)"): (
        ["M40", "M40.1", "M41.16", "M42.1", "M43.16", "M46.1", "M46.44", "M47.8", "M47.86", "M48.06", "M49.0", "M49.5"],
        ["M43.3", "M43.4", "M43.6", "M43.12", "M47.82", "M48.02", "M45.6", "M50.1", "M44"],
    ),
    ("icd10", r"M45(\.[04-9].*)?"): (["M45", "M45.0", "M45.6", "M45.9"], ["M45.1", "M45.2", "M45.3"]),
    ("icd10", r"M51(\.[0-9]([04-9].*)?)?"): (["M51", "M51.1", "M51.2", "M51.26", "M51.9"], ["M51.12", "M50.1"]),
    ("icd10", r"M53(\.[2-9]([04-9].*)?)?"): (
        ["M53", "M53.2", "M53.26", "M53.3", "M53.9"],
        ["M53.0", "M53.1", "M53.22"],
    ),
    ("icd10", r"M54(\.[0189]([04-9].*)?)?"): (
        ["M54", "M54.0", "M54.16", "M54.18", "M54.8", "M54.9", "M54.99"],
        ["M54.2", "M54.12", "M54.82", "M54.5", "M54.3"],
    ),
    # BACK_COMPLAINT, ICD-10-CM: the codes of a category with no further character, site 5th, 6th or 4th.
    ("icd10cm", r"M4[0-35-9]|M5[134]"): (["M40", "M43", "M45", "M49", "M51", "M54"], ["M44", "M50", "M55", "M54.2"]),
    (
        "icd10cm",
        r"M4(0\.[01345]|1\.[0234568]|2\.[01]|3\.[012]|6\.[0234589]|7\.[12]|8\.[0-5]|9\.8)([04-9][0-9A-Z]*)?"
        r"|M5(3\.8|4\.[01])([04-9][0-9A-Z]*)?",
    ): (
        ["M40.04", "M41.26", "M42.16", "M43.06", "M43.17", "M43.20", "M46.26", "M46.49", "M47.16", "M47.26", "M48.061",
         "M48.46XA", "M48.57XD", "M49.86", "M53.86", "M54.09", "M54.14", "M54.18"],
        ["M40.03", "M41.22", "M43.12", "M46.22", "M47.12", "M48.02", "M48.42XA", "M53.82", "M54.12", "M43.5X6",
         "M54.2"],
    ),
    (
        "icd10cm",
        r"M40\.2([09][04-9]?)?|M41\.1([12][04-9]?)?|M4[38]\.[58](X[04-9]?)?|M47\.0(1[04-9]?)?|M47\.8([19][04-9]?)?"
        r"|M53\.2(X[04-9]?)?",
    ): (
        ["M40.204", "M40.209", "M40.295", "M41.115", "M41.126", "M43.5X6", "M43.8X9", "M47.014", "M47.016", "M47.816",
         "M47.819", "M47.898", "M48.8X7", "M53.2X6", "M53.2X9"],
        ["M40.202", "M41.122", "M43.5X2", "M47.012", "M47.022", "M47.029", "M47.812", "M47.893", "M53.2X2", "M43.6"],
    ),
    ("icd10cm", r"M45(\.([04-9]|A[04-8B]?))?"): (
        ["M45.0", "M45.6", "M45.9", "M45.A0", "M45.A6", "M45.AB"],
        ["M45.2", "M45.A2", "M45.A3", "M45.1"],
    ),
}  # fmt: skip


def _regex_filters() -> set[tuple[str, str]]:
    return {(family, value) for path in _files() for family, kind, value, _ in _entries(_load(path)) if kind == "regex"}


def test_every_regex_filter_has_samples() -> None:
    """A new pattern comes with the codes it is meant to match (and some it is not): add them to REGEX_SAMPLES."""
    assert sorted(_regex_filters() - set(REGEX_SAMPLES)) == []
    assert sorted(set(REGEX_SAMPLES) - _regex_filters()) == [], "samples of a pattern no value set uses"


@pytest.mark.parametrize(("family", "pattern"), sorted(REGEX_SAMPLES), ids=lambda value: str(value)[:40])
def test_regex_filter_compiles_and_matches_well_formed_codes_it_is_meant_for(family: str, pattern: str) -> None:
    compiled = re.compile(pattern)
    meant, not_meant = REGEX_SAMPLES[(family, pattern)]
    assert [code for code in meant + not_meant if _format_problem(family, code)] == [], "samples are real codes"
    assert [code for code in meant if not compiled.fullmatch(code)] == []
    assert [code for code in not_meant if compiled.fullmatch(code)] == []


# --------------------------------------------------------------------------------------------------
# rules.md §5.5-§5.7 read through the runtime (the value sets as the service sees them)

ICD10_CM_URI = "http://hl7.org/fhir/sid/icd-10-cm"

# (system, code, value set, expected): the §5.5 site rule, the back-complaint gate and the §5.6/§5.7 additions.
SECTION_5_CASES = [
    # Site rule: 0 (multiple / CM unspecified) and 4-9 count, cervical 1-3 do not; M54.18 sacral is nerve root.
    (ICD10_WHO, "M54.18", "NERVE_ROOT", True), (ICD10_WHO, "M54.14", "NERVE_ROOT", True),
    (ICD10_WHO, "M54.19", "NERVE_ROOT", True), (ICD10_WHO, "M54.10", "NERVE_ROOT", True),
    (ICD10_WHO, "M54.12", "NERVE_ROOT", False), (ICD10_NO, "M4726", "NERVE_ROOT", True),
    (ICD10_CM_URI, "M47.26", "NERVE_ROOT", True), (ICD10_CM_URI, "M47.22", "NERVE_ROOT", False),
    (ICD10_CM_URI, "M51.17", "NERVE_ROOT", True), (ICD10_CM_URI, "M54.10", "NERVE_ROOT", True),
    (ICD10_WHO, "M54.86", "LBP_NONSPECIFIC", True), (ICD10_WHO, "M54.80", "LBP_NONSPECIFIC", True),
    (ICD10_CM_URI, "M54.89", "LBP_NONSPECIFIC", True), (ICD10_CM_URI, "M54.81", "LBP_NONSPECIFIC", False),
    (ICD10_WHO, "M48.04", "NEUROGENIC_CLAUDICATION", True), (ICD10_WHO, "M48.03", "NEUROGENIC_CLAUDICATION", False),
    # The gate: any back complaint, not the cervical ones.
    (ICD10_WHO, "M54.6", "BACK_COMPLAINT", True), (ICD10_WHO, "M47.86", "BACK_COMPLAINT", True),
    (ICD10_WHO, "M47.82", "BACK_COMPLAINT", False), (ICD10_WHO, "M50.1", "BACK_COMPLAINT", False),
    (ICD10_WHO, "M53.1", "BACK_COMPLAINT", False), (ICD10_WHO, "M54.2", "BACK_COMPLAINT", False),
    (ICD10_WHO, "M45.6", "BACK_COMPLAINT", True), (ICD10_WHO, "M45.2", "BACK_COMPLAINT", False),
    (ICD10_WHO, "M96.1", "BACK_COMPLAINT", True), (ICD10_WHO, "S32.4", "BACK_COMPLAINT", True),
    (ICD10_WHO, "S33.5", "BACK_COMPLAINT", True), (ICD10_WHO, "S22.01", "BACK_COMPLAINT", True),
    (ICD10_CM_URI, "M47.814", "BACK_COMPLAINT", True), (ICD10_CM_URI, "M47.818", "BACK_COMPLAINT", True),
    (ICD10_CM_URI, "M47.819", "BACK_COMPLAINT", True), (ICD10_CM_URI, "M47.812", "BACK_COMPLAINT", False),
    (ICD10_CM_URI, "M51.36", "BACK_COMPLAINT", True), (ICD10_CM_URI, "M54.50", "BACK_COMPLAINT", True),
    (ICD10_CM_URI, "M54.31", "BACK_COMPLAINT", True), (ICD10_CM_URI, "M54.81", "BACK_COMPLAINT", False),
    (ICD10_CM_URI, "M48.062", "BACK_COMPLAINT", True), (ICD10_CM_URI, "M43.16", "BACK_COMPLAINT", True),
    (ICD10_CM_URI, "M53.2X7", "BACK_COMPLAINT", True), (ICD10_CM_URI, "M53.2X2", "BACK_COMPLAINT", False),
    (ICPC2_NO, "L02", "BACK_COMPLAINT", True), (ICPC2_NO, "L86", "BACK_COMPLAINT", True),
    (SNOMED, "311211000119105", "BACK_COMPLAINT", True), (SNOMED, "128197001", "BACK_COMPLAINT", True),
    (SNOMED, "202725007", "BACK_COMPLAINT", True), (SNOMED, "279039007", "BACK_COMPLAINT", True),
    # §5.6
    (ICD10_WHO, "C41.4", "MALIGNANCY_SPINE", True), (ICD10_CM_URI, "M84.58XA", "MALIGNANCY_SPINE", True),
    (ICD10_WHO, "M84.58", "MALIGNANCY_SPINE", False), (ICD10_WHO, "M84.58", "NEOPLASTIC_FRACTURE_SITE_8", True),
    (ICD10_CM_URI, "M84.58XA", "NEOPLASTIC_FRACTURE_SITE_8", False), (ICD10_WHO, "M49.56", "MALIGNANCY_SPINE", True),
    (ICD10_WHO, "Z85.3", "MALIGNANCY_ANY", True), (ICD10_CM_URI, "Z85.820", "MALIGNANCY_ANY", True),
    (ICD10_CM_URI, "Z85.828", "MALIGNANCY_ANY", False), (ICPC2_NO, "S77", "MALIGNANCY_ANY", True),
    (ICD10_WHO, "S32.1", "VERTEBRAL_FRACTURE", True), (ICD10_WHO, "M48.46", "VERTEBRAL_FRACTURE", True),
    (ICD10_CM_URI, "M48.42XA", "VERTEBRAL_FRACTURE", False), (ICD10_WHO, "S32.2", "SPINAL_TRAUMA", True),
    (ICD10_WHO, "S32.2", "VERTEBRAL_FRACTURE", False), (ICD10_WHO, "S33.1", "SPINAL_TRAUMA", True),
    (ICD10_WHO, "G95.2", "NEURO_DEFICIT", True), (ICD10_CM_URI, "G95.20", "NEURO_DEFICIT", True),
    (ICD10_WHO, "G82.2", "NEURO_DEFICIT", True), (ICD10_WHO, "M50.0", "NEURO_DEFICIT", True),
    (ICD10_WHO, "R33", "CAUDA_EQUINA_SIGNS", True), (ICD10_CM_URI, "R15.9", "CAUDA_EQUINA_SIGNS", True),
    (SNOMED, "267064002", "CAUDA_EQUINA_SIGNS", True), (SNOMED, "72042002", "CAUDA_EQUINA_SIGNS", True),
    (SNOMED, "202725007", "SPINE_SURGERY_STATUS", True), (ICD10_WHO, "Z98.1", "ARTHRODESIS_STATUS", True),
    (ICD10_WHO, "Z98.1", "SPINE_SURGERY_STATUS", False),
    (SNOMED, "59621000", "HYPERTENSION", True), (SNOMED, "709044004", "CHRONIC_KIDNEY_DISEASE", True),
    (SNOMED, "433146000", "CHRONIC_KIDNEY_DISEASE", True), (SNOMED, "88805009", "HEART_FAILURE", True),
    (SNOMED, "42343007", "HEART_FAILURE", True), (SNOMED, "13200003", "PEPTIC_ULCER_GI_BLEED", True),
    (SNOMED, "74474003", "PEPTIC_ULCER_GI_BLEED", True),
    # §5.7
    (ICD10_WHO, "M46.26", "SPINAL_INFECTION", True), (ICD10_WHO, "M49.0", "SPINAL_INFECTION", True),
    (ICD10_WHO, "G06.1", "SPINAL_INFECTION", True), (SNOMED, "2304001", "SPINAL_INFECTION", True),
    (SNOMED, "203241002", "SPINAL_INFECTION", True), (ICD10_CM_URI, "A18.01", "BONE_JOINT_TUBERCULOSIS", True),
    (ICPC2_NO, "L70", "MUSCULOSKELETAL_INFECTION", True), (ICPC2_NO, "L70", "SPINAL_INFECTION", False),
    # Medications: aspirin split, Z-drugs.
    (ATC_WHO, "B01AC06", "ANTIPLATELET", True), (ATC_WHO, "B01AC06", "NSAID", False),
    (ATC_WHO, "N02BA01", "NSAID", True), (RXNORM, "243670", "NSAID", False), (RXNORM, "243670", "ANTIPLATELET", True),
    (ATC_WHO, "N05CF02", "BENZODIAZEPINE", True), (RXNORM, "39993", "BENZODIAZEPINE", True),
]  # fmt: skip


@pytest.fixture(scope="module")
def terminology() -> Any:
    from cds_service.terminology import Terminology

    return Terminology.load(VALUESET_DIR.parent)


@pytest.mark.parametrize(("system", "code", "name", "expected"), SECTION_5_CASES, ids=lambda v: str(v)[-24:])
def test_section_5_additions_as_the_runtime_reads_them(
    terminology: Any, system: str, code: str, name: str, expected: bool
) -> None:
    from cds_service.terminology import Coding

    assert (name in terminology.concepts([Coding(system, code)])) is expected


def _rxnorm_displays(name: str) -> list[str]:
    resource = _load(VALUESET_DIR / f"{name}.json")
    return [
        concept["display"]
        for where, component in _components(resource)
        if where == "include" and component["system"] == RXNORM
        for concept in component.get("concept", [])
    ]


_ASPIRIN_STRENGTHS = re.compile(r"aspirin ([0-9.]+) MG(?!/)")


def test_nsaid_holds_no_topical_eye_or_ear_product() -> None:
    """rules.md §5.6 'Topical forms are not systemic': no RxNorm product of NSAID is topical."""
    assert [d for d in _rxnorm_displays("NSAID") if _NOT_SYSTEMIC_FORM.search(d)] == []


def test_aspirin_products_are_split_by_dose() -> None:
    """rules.md §5.6: aspirin products of at most 162 mg are ANTIPLATELET, not NSAID; NSAID aspirin is analgesic."""
    antiplatelet = [d for d in _rxnorm_displays("ANTIPLATELET") if "aspirin" in d]
    assert antiplatelet and all(float(mg) <= 162.5 for d in antiplatelet for mg in _ASPIRIN_STRENGTHS.findall(d))
    nsaid_low = [
        d
        for d in _rxnorm_displays("NSAID")
        if (strengths := [float(mg) for mg in _ASPIRIN_STRENGTHS.findall(d)]) and max(strengths) <= 162.5
    ]
    # One analgesic combination of the earlier VSAC rows (aspirin 162 MG with salicylamide and acetaminophen).
    assert nsaid_low == ["acetaminophen 110 MG / aspirin 162 MG / caffeine 32.4 MG / salicylamide 152 MG Oral Tablet"]
    assert set(_rxnorm_codes("NSAID")).isdisjoint(
        code for code, display in _source_rows("rxnorm-aspirin-antiplatelet-cds4cpm")
    )


def test_benzodiazepine_holds_the_z_drugs() -> None:
    resource = _load(VALUESET_DIR / "BENZODIAZEPINE.json")
    assert resource["title"] == "Benzodiazepines and Z-drugs"
    displays = " ".join(_rxnorm_displays("BENZODIAZEPINE"))
    assert all(word in displays for word in ("zolpidem", "zopiclone", "eszopiclone", "zaleplon"))


def test_every_source_file_fits_one_code_system() -> None:
    """Each copied list is one system's codes (RxNorm or SNOMED CT by its values, or a classification)."""
    for path in sources.source_files(SOURCES_DIR):
        codes = sources.read_source(path).codes()
        fits = [family for family in CODE_FORMAT if all(_format_problem(family, code) is None for code in codes)]
        assert fits, (path.name, [code for code in codes if _format_problem("rxnorm", code)][:5])
