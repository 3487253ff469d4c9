# ruff: noqa: E501  (published code lists and source notes are kept on one line each)
"""Write valuesets/<NAME>.json (FHIR R4 ValueSet) from the concept table below.

The JSON files are the source of truth and are committed; this script only keeps them uniform. Run
``python tools/build_valuesets.py`` from the repository root after editing the table, then review the
diff and run ``pytest tests/test_valuesets.py tests/test_terminology.py``.

Codes come from /work/shared/guideline/valueset-candidates.json and rules.md §1.4, §2, §3 (B2, B4,
B5). Each code records what was verified (extension ``verification``):
  ``V: <source>`` seen with matching meaning in the named public source;
  ``S: <note>``   a single or secondary source, or a partial match;
  ``U: <note>``   not checked (standard classification knowledge) - verify before relying on it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

KNOWLEDGE_VERSION = "2026.1"
URL_BASE = "http://lbp-cds.no/fhir/ValueSet/"
VERIFICATION_URL = "http://lbp-cds.no/fhir/StructureDefinition/verification"
CODE_MATCHING_URL = "http://lbp-cds.no/fhir/StructureDefinition/code-matching"
FILTER_LABEL_URL = "http://lbp-cds.no/fhir/StructureDefinition/filter-label"
GUIDELINE = (
    "Norsk elektronisk legehåndbok / Aktivitetshåndboken, chapter 'Ryggsmerter - fysisk aktivitet' "
    "(rules.md in the project's guideline notes)"
)

SYSTEMS = {
    "icd10": ("http://hl7.org/fhir/sid/icd-10", "urn:oid:2.16.578.1.12.4.1.1.7110"),
    "icd10cm": ("http://hl7.org/fhir/sid/icd-10-cm",),
    "icpc2": ("urn:oid:2.16.578.1.12.4.1.1.7170", "http://hl7.org/fhir/sid/icpc-2"),
    "snomed": ("http://snomed.info/sct",),
    "atc": ("http://www.whocc.no/atc", "urn:oid:2.16.578.1.12.4.1.1.7180"),
    "rxnorm": ("http://www.nlm.nih.gov/research/umls/rxnorm",),
}

CODE_MATCHING = (
    "Codes are compared after normalisation: ICD-10 (WHO, Norway, ICD-10-CM) and ICPC-2 upper-cased with "
    "dots and spaces removed (M545 = m54.5 = M54.5); ATC upper-cased; SNOMED CT and RxNorm trimmed. "
    "System aliases are one system (ICD-10 WHO = urn:oid:2.16.578.1.12.4.1.1.7110; both ICPC-2 URIs; "
    "both ATC URIs); ICD-10-CM is separate. 'concept' lists are exact codes. Filter 'concept is-a X' "
    "(ICD-10, ICD-10-CM, ICPC-2, ATC only) = X and every code that starts with X. Filter 'code regex P' "
    "= the whole code matches P; ICD-10 patterns are written against the dotted form (M54.16). A code "
    "is in the value set when an include matches and no exclude matches. Display text is never matched."
)

# Verification notes used more than once.
CAND_V = "V: valueset-candidates.json (seen in a public code source when the guideline notes were written)"
CAND_S = "S: valueset-candidates.json marks it single/secondary source"
CAND_U = "U: not checked (valueset-candidates.json status U)"
RULES_V = "V: rules.md §3/§4 (marked verified there)"
WHO_3CHAR_S = "S: WHO 3-character title in a hand-made public WHO ICD-10 category list (secondary)"
CM_FROM_WHO = "S: WHO ICD-10 category reused for ICD-10-CM, where the same category has the same meaning"
CDC_OPIOID = (
    "V: CDC value set 'opioid-analgesics-with-ambulatory-misuse-potential' (CC0), expansion 2023-05-25 "
    "(RxNorm 2023-03), github.com/cqframework/opioid-cds-r4 "
    "input/vocabulary/valueset/opioid-analgesics-with-ambulatory-misuse-potential.json "
    "@1c0624c1cdb5ddf6aa2043144d9bfbc125ae5072"
)
CDC_BENZO = (
    "V: CDC value set 'benzodiazepine-medications' (CC0), expansion 2023-05-25 (RxNorm 2023-03), "
    "github.com/cqframework/opioid-cds-r4 input/vocabulary/valueset/benzodiazepine-medications.json "
    "@1bccfde9b626ed65ebe8e41bcb050decee1edf45"
)

VSAC_CANCER = (
    "V: VSAC value set 'All Primary and Secondary Cancer' (NLM VSAC / CMS eCQM, OID 2.16.840.1.113762.1.4.1111.161, "
    "version 20200310), SNOMED CT part, copied verbatim for the string-sorted code ranges 359785002-369471009, "
    "369518007-404090003 and 94487002-99111000119103 only; github.com/cqframework/ecqm-content-r4 "
    "input/vocabulary/valueset/AllPrimaryandSecondaryCancer.json @be6106d8d6c201c8e0cd1d166d51ec269212182f "
    "(VSAC content published by NLM/CMS; repository licence not verified; SNOMED CT codes under the SNOMED CT licence)"
)
CANVAS_ANTICOAGULANTS = (
    "V: VSAC value set 'Anticoagulants for All Indications' (OID 2.16.840.1.113762.1.4.1248.22, definition "
    "20220608, expansion 'eCQM Update 2025-05-08'), copied verbatim (code and display) from "
    "github.com/canvas-medical/canvas-plugins canvas_sdk/value_set/v2026/medication.py "
    "@2699ddcd7b285cd25c33ca5e7b60d47809c46c72 (VSAC content published by NLM/CMS; licence of the listing not verified)"
)
CDC_OPIOID_NSAID = (
    "V: the opioid-NSAID combination products (display names ibuprofen, aspirin or celecoxib; all oral, aspirin "
    "300-500 MG, i.e. analgesic dose) of the CDC value set 'opioid-analgesics-with-ambulatory-misuse-potential' (CC0), "
    "expansion 2023-05-25 (RxNorm 2023-03), github.com/cqframework/opioid-cds-r4 "
    "input/vocabulary/valueset/opioid-analgesics-with-ambulatory-misuse-potential.json "
    "@1c0624c1cdb5ddf6aa2043144d9bfbc125ae5072"
)


@dataclass(frozen=True)
class Code:
    family: str  # a key of SYSTEMS
    kind: str  # "exact", "is-a" or "regex"
    code: str  # code, prefix or pattern
    display: str
    verified: str
    also_cm: bool = False  # WHO ICD-10 entry that also applies to ICD-10-CM codings


def icd(code: str, display: str, verified: str, kind: str = "exact", *, cm: bool = True) -> Code:
    """A WHO ICD-10 entry (written for the WHO URI and the Norwegian OID; by default also for CM).

    ICD-10 chapter XIII (M) codes may carry an optional fifth 'site' character, so an exact M code is
    written as is-a: its children are the same disease at a named site.
    """
    if kind == "exact" and code.startswith("M"):
        kind = "is-a"
    return Code("icd10", kind, code, display, verified, also_cm=cm)


def cm(code: str, display: str, verified: str, kind: str = "exact") -> Code:
    return Code("icd10cm", kind, code, display, verified)


def icpc(code: str, display: str, verified: str = CAND_V) -> Code:
    return Code("icpc2", "exact", code, display, verified)


def sct(code: str, display: str, verified: str = CAND_V) -> Code:
    return Code("snomed", "exact", code, display, verified)


def atc(code: str, display: str, verified: str = CAND_V, kind: str = "exact") -> Code:
    return Code("atc", kind, code, display, verified)


def rxn(code: str, display: str, verified: str = CAND_V) -> Code:
    return Code("rxnorm", "exact", code, display, verified)


@dataclass(frozen=True)
class Expansion:
    """A published list of RxNorm product codes, shipped as one include with one verification note."""

    family: str
    verified: str
    rows: str  # "code|display" lines

    def codes(self) -> list[tuple[str, str]]:
        return parse_rows(self.rows)


def parse_rows(rows: str) -> list[tuple[str, str]]:
    """``code|display`` lines as (code, display) pairs, in the given order."""
    pairs = [line.split("|", 1) for line in rows.strip().splitlines()]
    return [(code.strip(), display.strip()) for code, display in pairs]


def select_rows(rows: str, *, keep: Iterable[str] = (), drop: Iterable[str] = (), display: str = "") -> str:
    """The lines of ``rows`` (verbatim, in order) whose code is in ``keep`` (or, when ``keep`` is empty, any code
    not in ``drop``) and whose display contains one of the ``|``-separated words of ``display``, if given."""
    wanted, unwanted = set(keep), set(drop)
    words = [word for word in display.split("|") if word]
    selected = [
        f"{code}|{text}"
        for code, text in parse_rows(rows)
        if (code in wanted if wanted else code not in unwanted) and (not words or any(word in text for word in words))
    ]
    missing = wanted - {line.split("|", 1)[0] for line in selected}
    if missing:
        raise ValueError(f"codes not in the source rows: {sorted(missing)}")
    return "\n".join(selected)


@dataclass(frozen=True)
class Concept:
    name: str
    title: str
    purpose: str
    source: str
    codes: Sequence[Code]
    excludes: Sequence[Code] = ()
    expansions: Sequence[Expansion] = ()
    notes: str = ""


SITE_5_6_7 = "site restriction of rules.md §1.7: a 5th character, when present, must be 5, 6 or 7"


def concepts() -> list[Concept]:
    return [
        Concept(
            "LBP_NONSPECIFIC",
            "Nonspecific low back pain",
            "Nonspecific low back pain / lumbago (the seed's group 3, 'uspesifikke'); part of the PAIN set.",
            "rules.md §1.1, §1.2, §2; seed: 'tre grupper: 1) spesifikke, 2) nerverotsmerter og 3) uspesifikke'",
            [
                icd("M54.5", "Low back pain", CAND_V, "is-a"),
                icd("M54\\.8([5-7].*)?", f"Other dorsalgia ({SITE_5_6_7})", CAND_U, "regex"),
                icd("M54\\.9([5-7].*)?", f"Dorsalgia, unspecified ({SITE_5_6_7})", CAND_U, "regex"),
                icd("S33.5", "Sprain and strain of lumbar spine", CAND_V),
                cm("M54.50", "Low back pain, unspecified", CAND_V),
                cm("M54.51", "Vertebrogenic low back pain", CAND_V),
                cm("M54.59", "Other low back pain", CAND_V),
                icpc("L02", "Back symptom/complaint (Ryggsymptomer/-plager)"),
                icpc("L03", "Low back symptom/complaint (Korsryggsymptomer/-plager)"),
                icpc("L84", "Back syndrome without radiating pain (Ryggsyndrom uten utstråling)"),
                sct("279039007", "Low back pain"),
                sct("161891005", "Backache"),
                sct("278862001", "Acute low back pain"),
                sct("278860009", "Chronic low back pain"),
                sct("279040009", "Mechanical low back pain"),
                sct("134407002", "Chronic back pain"),
                sct("267982002", "Pain in lumbar spine"),
                sct("300956001", "Low back strain"),
            ],
            notes="M54.8 and M54.9 carry the same lumbar site restriction as M54.1 so that cervical "
            "dorsalgia (M54.82, M54.92) is not read as low back pain.",
        ),
        Concept(
            "NERVE_ROOT",
            "Nerve-root pain",
            "Nerve-root pain: sciatica, radiculopathy, lumbar disc disorder with radiculopathy, spinal "
            "stenosis (the seed's group 2, 'nerverotsmerter'); part of the PAIN set.",
            "rules.md §1.1, §1.2, §1.7, §2",
            [
                icd("M54\\.1([5-7].*)?", f"Radiculopathy ({SITE_5_6_7})", CAND_V, "regex"),
                icd("M54.3", "Sciatica", CAND_V),
                icd("M54.4", "Lumbago with sciatica", CAND_V),
                icd("M51\\.1([5-7].*)?", f"Disc disorders with radiculopathy ({SITE_5_6_7})", CAND_V, "regex"),
                icd("M48\\.0([5-7].*)?", f"Spinal stenosis ({SITE_5_6_7})", CAND_V, "regex"),
                icd(
                    "G55.1",
                    "Nerve root and plexus compressions in intervertebral disc disorders",
                    CAND_U,
                    cm=False,
                ),
                cm("M48.06", "Spinal stenosis, lumbar region", CAND_V, "is-a"),
                icpc("L86", "Back syndrome with radiating pain (Ryggsyndrom med utstråling)"),
                sct("23056005", "Sciatica"),
                sct("202794004", "Lumbago with sciatica"),
                sct("247366003", "Acute back pain with sciatica"),
                sct("311804006", "Prolapsed lumbar intervertebral disc with sciatica"),
                sct("202708005", "Prolapsed lumbar intervertebral disc"),
                sct("128196005", "Lumbar radiculopathy"),
                sct("2415007", "Lumbosacral radiculopathy"),
                sct("299966003", "Compression of lumbar nerve root"),
                sct("18347007", "Spinal stenosis of lumbar region"),
                sct("76107001", "Spinal stenosis"),
            ],
        ),
        Concept(
            "NEUROGENIC_CLAUDICATION",
            "Neurogenic claudication",
            "Neurogenic claudication / lumbar spinal stenosis (relative contraindication: walking may "
            "aggravate, cycling is an alternative). WHO ICD-10 and ICPC-2 have no claudication code, so "
            "lumbar stenosis is the proxy (rules.md §1.8 item 9).",
            "rules.md §1.4 'lbp-ci-rel-claudication'; seed: 'nevrogen claudicatio der vanlig gange forverrer plagene'",
            [
                icd("M48\\.0([5-7].*)?", f"Spinal stenosis, proxy ({SITE_5_6_7})", CAND_V, "regex", cm=False),
                cm("M48.062", "Spinal stenosis, lumbar region with neurogenic claudication", CAND_V),
                sct("240219003", "Spinal claudication", CAND_S),
                sct("18347007", "Spinal stenosis of lumbar region (proxy)"),
            ],
            notes="The WHO proxy is not applied to ICD-10-CM codings: CM has its own code (M48.062) and "
            "M48.061 explicitly means 'without neurogenic claudication'. No ICPC-2 code (L86 is too broad).",
        ),
        Concept(
            "VERTEBRAL_FRACTURE",
            "Vertebral fracture",
            "Vertebral fracture of any cause: a specific back condition; a trauma red flag when not osteoporotic.",
            "rules.md §1.1 STRUCT set, §1.3 RF4a, §1.4",
            [
                icd("S22.0", "Fracture of thoracic vertebra", CAND_U, "is-a"),
                icd("S32.0", "Fracture of lumbar vertebra", CAND_V, "is-a"),
                icd("T08", "Fracture of spine, level unspecified", CAND_V, cm=False),
                icd("M48.5", "Collapsed vertebra, not elsewhere classified", CAND_V),
                icpc("L76", "Fracture: other (NOT spine-specific: also ribs, pelvis, ...)"),
                sct("50448004", "Fracture of vertebral column"),
                sct("125608002", "Fracture of lumbar spine"),
                sct("42942008", "Compression fracture of vertebral column"),
                sct("281933002", "Crush fracture of lumbar vertebra"),
                sct("314668006", "Wedge fracture of vertebra"),
                sct("445734009", "Fracture of body of vertebra"),
            ],
            notes="ICPC-2 L76 is not spine-specific (the candidates list says it needs a back code or "
            "free text); it is kept because a GP record has no better code. ICD-10-CM burst fractures "
            "(S22.0x1/2, S32.0x1/2) are in via S22.0/S32.0 and have their own value sets.",
        ),
        Concept(
            "OSTEOPOROSIS",
            "Osteoporosis",
            "Osteoporosis; with VERTEBRAL_FRACTURE it means an osteoporotic vertebral fracture. Osteoporosis "
            "without a fracture is not a specific back condition (rules.md §1.2).",
            "rules.md §1.2, §1.4 'lbp-ci-rel-osteoporotic-fracture'",
            [
                icd("M80", "Osteoporosis with pathological fracture", WHO_3CHAR_S, "is-a"),
                icd("M81", "Osteoporosis without pathological fracture", CAND_V, "is-a"),
                cm(
                    "M80.08XA",
                    "Age-related osteoporosis with current pathological fracture, vertebra(e), initial",
                    CAND_V,
                ),
                icpc("L95", "Osteoporosis"),
                sct("64859006", "Osteoporosis"),
                sct("203438009", "Vertebral osteoporosis"),
                sct("443165006", "Pathological fracture due to osteoporosis", CAND_S),
            ],
        ),
        Concept(
            "SPINAL_INSTABILITY",
            "Spinal instability",
            "Spinal instability; together with a vertebral fracture an absolute contraindication.",
            "rules.md §1.4 'lbp-ci-absolute'; seed: 'brudd i ryggen der ryggens stabilitet er kompromittert'",
            [
                icd("M53.2", "Spinal instabilities", CAND_V, "is-a"),
                sct("202824000", "Lumbar spine instability"),
                sct("38253002", "Instability of lumbosacral joint"),
            ],
        ),
        Concept(
            "INFLAMMATORY_SPINE",
            "Inflammatory spine disease",
            "Ankylosing spondylitis (Mb. Bekhterev) and axial inflammatory disease.",
            "rules.md §1.1 STRUCT set, §1.5 'lbp-specific-bechterew'; seed: 'Regelmessig trening er en "
            "viktig del av behandlingen ved ... Mb. Bekterev'",
            [
                icd("M45", "Ankylosing spondylitis", CAND_V, "is-a"),
                icd("M08.1", "Juvenile ankylosing spondylitis", CAND_U),
                icd("M46.1", "Sacroiliitis, not elsewhere classified", CAND_V),
                sct("9631008", "Ankylosing spondylitis"),
            ],
            notes="ICPC-2 L88 is left out on purpose: it also covers rheumatoid arthritis and the "
            "candidates list says not to use it alone; a GP-coded Bekhterew therefore needs the clinician.",
        ),
        Concept(
            "SPINAL_DEFORMITY",
            "Spinal deformity",
            "Scoliosis, kyphosis and other structural spinal deformity (red flag 'deformitet i ryggsøylen'; "
            "adolescent scoliosis advice).",
            "rules.md §1.3 RF5b, §1.5 'lbp-specific-scoliosis-adolescent'",
            [
                icd("M41", "Scoliosis", CAND_V, "is-a"),
                icd("M40", "Kyphosis and lordosis", WHO_3CHAR_S, "is-a"),
                icd("M43.8", "Other specified deforming dorsopathies", CAND_U),
                icd("Q76.3", "Congenital scoliosis due to congenital bony malformation", CAND_U),
                icpc("L85", "Acquired deformity of spine"),
                sct("298382003", "Scoliosis deformity of spine"),
                sct("203639008", "Idiopathic scoliosis"),
                sct("203646004", "Adolescent idiopathic scoliosis"),
                sct("414564002", "Kyphosis deformity of spine"),
                sct("64217002", "Curvature of spine"),
            ],
        ),
        Concept(
            "SPONDYLOLYSIS",
            "Spondylolysis",
            "Spondylolysis (adolescents: off-loading brace and a pause from contact sport).",
            "rules.md §1.4 'lbp-ci-rel-spondylolysis-adolescent'; seed: 'Ungdom med akutte ryggsmerter som "
            "skyldes spondylolyse'",
            [
                icd(
                    "M43.0",
                    "Spondylolysis",
                    "V: icdlist.com/icd-10/m4302 and codes.sprypt.com/icd-codes/M43.06 (M43.0x = spondylolysis; category shared by WHO ICD-10)",
                    "is-a",
                ),
                icd(
                    "Q76.2",
                    "Congenital spondylolisthesis (includes congenital spondylolysis)",
                    "V: icdlist.com/icd-10/M43.1 (Excludes1: congenital spondylolisthesis Q76.2)",
                ),
                sct("240221008", "Spondylolysis"),
            ],
            notes="No ICPC-2 code (L84/L82 are too broad): the clinician has to code it.",
        ),
        Concept(
            "SPONDYLOLISTHESIS",
            "Spondylolisthesis",
            "Spondylolisthesis (a specific condition for the orthopaedic clinic; may be an incidental X-ray finding).",
            "rules.md §1.1 STRUCT set, §1.5 'lbp-specific-referral'",
            [
                icd("M43.1", "Spondylolisthesis", CAND_V, "is-a"),
                icd(
                    "Q76.2",
                    "Congenital spondylolisthesis",
                    "V: icdlist.com/icd-10/M43.1 (Excludes1: congenital "
                    "spondylolisthesis Q76.2); added here, the candidates list it only under SPONDYLOLYSIS",
                ),
                sct("274152003", "Spondylolisthesis"),
                sct("307138004", "Spondylolisthesis L5/S1 level"),
            ],
        ),
        Concept(
            "MALIGNANCY_ANY",
            "Malignancy (any, including history)",
            "Any cancer, active or in the history: red flag 'kreft'. Non-melanoma skin cancer (C44) is "
            "excluded. Includes every code of MALIGNANCY_SPINE.",
            "rules.md §1.3 RF4b",
            [
                icd(
                    "C([0-8][0-9A-Z]|9[0-7])(\\..+)?",
                    "Malignant neoplasms C00-C97 (ICD-10-CM also C4A, C7A, C7B)",
                    CAND_U,
                    "regex",
                ),
                *(icpc(code, display) for code, display in ICPC2_MALIGNANCIES),
                sct("363346000", "Malignant neoplastic disease"),
                sct("94222008", "Secondary malignant neoplasm of bone"),
                sct("94602001", "Secondary malignant neoplasm of vertebral column", CAND_S),
                sct("109989006", "Multiple myeloma"),
            ],
            excludes=[icd("C44", "Other malignant neoplasms of skin (non-melanoma)", CAND_U, "is-a")],
            expansions=[Expansion("snomed", VSAC_CANCER, select_rows(VSAC_CANCER_SNOMED, drop=SKIN_NON_MELANOMA))],
            notes="SNOMED CT: without a terminology server, descendants of 363346000 match only when listed. "
            "Listed are the codes above plus a verbatim part of the SNOMED CT expansion of the VSAC value set "
            "'All Primary and Secondary Cancer' (cqframework/ecqm-content-r4); its non-melanoma skin "
            "carcinomas (basal cell, cutaneous squamous cell, skin adnexal, 'malignant neoplasm of skin' "
            "codes; the C44 equivalents) are left out. The rest of that expansion is not copied yet.",
        ),
        Concept(
            "MALIGNANCY_SPINE",
            "Spinal or bone malignancy",
            "Malignancy in the spine or bone: a possible absolute contraindication (stability must be verified).",
            "rules.md §1.4 'lbp-ci-absolute'; seed: 'kreftsykdommer eller brudd i ryggen der ryggens "
            "stabilitet er kompromittert'",
            [
                icd("C79.5", "Secondary malignant neoplasm of bone and bone marrow", CAND_V, "is-a"),
                icd("C41.2", "Malignant neoplasm of vertebral column", CAND_V),
                icd("C90.0", "Multiple myeloma", CAND_V),
                cm("C79.51", "Secondary malignant neoplasm of bone", CAND_V),
                cm("C41.2", "Malignant neoplasm of vertebral column", CAND_V),
                cm("C90.0", "Multiple myeloma (C90.00-C90.02)", CAND_U, "is-a"),
                sct("94222008", "Secondary malignant neoplasm of bone"),
                sct("94602001", "Secondary malignant neoplasm of vertebral column", CAND_S),
                sct("109989006", "Multiple myeloma"),
            ],
            expansions=[Expansion("snomed", VSAC_CANCER, select_rows(VSAC_CANCER_SNOMED, keep=SPINE_OR_BONE))],
            notes="SNOMED CT: the vertebral-column malignancies and the bone metastases (any bone, as ICD-10 "
            "C79.5) found in the copied part of the VSAC value set 'All Primary and Secondary Cancer' "
            "(cqframework/ecqm-content-r4).",
        ),
        Concept(
            "MALAISE_WEIGHTLOSS",
            "General malaise or weight loss",
            "Red flag 'generell sykdomsfølelse/vekttap' (general malaise / weight loss).",
            "rules.md §1.3 RF3",
            [
                icd("R63.4", "Abnormal weight loss", CAND_U),
                icd("R53", "Malaise and fatigue", CAND_V, "is-a"),
                icpc("A05", "Feeling ill (Sykdomsfølelse)"),
                icpc("T08", "Weight loss"),
                icpc("A04", "Weakness/tiredness general"),
                sct("89362005", "Weight loss"),
                sct("448765001", "Unintentional weight loss"),
                sct("367391008", "Malaise"),
            ],
        ),
        Concept(
            "NEURO_DEFICIT",
            "Neurological deficit",
            "Neurological deficit (red flag 'tiltakende nevrologiske utfall'; whether it progresses needs the "
            "clinician). Cauda equina syndrome is also its own value set (CAUDA_EQUINA).",
            "rules.md §1.3 RF5a",
            [
                icd("G83.4", "Cauda equina syndrome", CAND_V),
                icd("M21.3", "Wrist or foot drop (acquired)", CAND_U),
                icpc("N18", "Paralysis/weakness"),
                sct("192970008", "Cauda equina syndrome"),
            ],
            notes="ICPC-2 N18 (paralysis) is not ICD-10 N18 (chronic kidney disease): systems are kept apart.",
        ),
        Concept(
            "SPINAL_TRAUMA",
            "Spinal trauma",
            "Red flag 'ulykke' (accident/trauma): spinal fracture or injury.",
            "rules.md §1.3 RF4a",
            [
                icd("S22.0", "Fracture of thoracic vertebra", CAND_U, "is-a"),
                icd("S32.0", "Fracture of lumbar vertebra", CAND_V, "is-a"),
                icd("T08", "Fracture of spine, level unspecified", CAND_V, cm=False),
                icd("S24", "Injury of nerves and spinal cord at thorax level", CAND_U, "is-a"),
                icd("S34", "Injury of lumbar and sacral spinal cord and nerves", CAND_U, "is-a"),
                icpc("A80", "Trauma/injury NOS (weak evidence of spinal trauma)"),
                icpc("A81", "Multiple trauma/injuries"),
                sct("262521009", "Spinal injury"),
                sct("81102000", "Injury of back"),
                sct("50448004", "Fracture of vertebral column"),
                sct("125608002", "Fracture of lumbar spine"),
            ],
        ),
        Concept(
            "DRUG_ADVERSE",
            "Adverse drug effect",
            "Red flag 'medikamentbivirkning' (drug side effect) when it is coded as a condition.",
            "rules.md §1.3 RF4c",
            [
                icd(
                    "Y(4[0-9]|5[0-9])(\\..+)?",
                    "Drugs causing adverse effects in therapeutic use (Y40-Y59)",
                    "V: WHO ICD-10 API entity id.who.int/icd/release/10/2008/Y40-Y59 (children Y40-Y59), "
                    "thcc.or.th ICD-10-TM",
                    "regex",
                    cm=False,
                ),
                icd("M80.4", "Drug-induced osteoporosis with pathological fracture", CAND_U, cm=False),
                icd("M81.4", "Drug-induced osteoporosis", CAND_U, cm=False),
                cm(
                    "T(3[6-9]|4[0-9]|50)\\.[0-9][0-9X]5[A-Z]?",
                    "Adverse effect of drugs, T36-T50 with 6th character 5",
                    "U: ICD-10-CM convention (6th character 5 = adverse effect), not checked",
                    "regex",
                ),
                icpc("A85", "Adverse effect medical agent"),
            ],
            notes="ICD-10-CM has no Y40-Y59, M80.4 or M81.4; adverse effects are T36-T50 with 6th character 5.",
        ),
        Concept(
            "HIP_OA",
            "Hip osteoarthritis",
            "Hip osteoarthritis: a differential diagnosis of neurogenic claudication.",
            "rules.md §1.2; seed: 'Hofteartrose er en viktig differensialdiagnose ved nevrogen claudicatio'",
            [
                icd(
                    "M16",
                    "Coxarthrosis [arthrosis of hip]",
                    "V: WHO title 'M16 Coxarthrosis [arthrosis of hip]' in UK Biobank ICD10 outcome tables (public repos) and a public WHO category list",
                    "is-a",
                ),
                icpc("L89", "Osteoarthrosis of hip"),
                sct("239872002", "Osteoarthritis of hip"),
            ],
        ),
        Concept(
            "SPINE_SURGERY_STATUS",
            "Status after spine surgery",
            "Post-operative status after back surgery (post-operative activity advice). The SNOMED CT codes "
            "are procedures and need a Procedure prefetch.",
            "rules.md §1.5 'lbp-postop'",
            [
                icd("M96.1", "Postlaminectomy syndrome, not elsewhere classified", CAND_V),
                icd("Z98.1", "Arthrodesis status", CAND_V),
                sct("239542002", "Lumbar discectomy"),
                sct("260649000", "Lumbar microdiscectomy"),
                sct("50172003", "Lumbar spinal fusion"),
                sct("55705006", "Spinal arthrodesis"),
                sct("387731002", "Laminectomy"),
                sct("429377005", "Lumbar laminectomy"),
            ],
            notes="No ICPC-2 code exists for the post-operative status.",
        ),
        Concept(
            "DEPRESSION",
            "Depression",
            "Depressive disorder (a line in the chronic-pain card).",
            "rules.md §3 B9, §4",
            [
                icd("F32", "Depressive episode", CAND_U, "is-a"),
                icd("F33", "Recurrent depressive disorder", CAND_U, "is-a"),
                icpc("P76", "Depressive disorder"),
                sct("35489007", "Depressive disorder"),
            ],
        ),
        Concept(
            "OPIOID",
            "Opioids",
            "Opioids including combination products (seed: 'Opiater inngår ofte i kombinasjonspreparater'; "
            "driving, attention, dependence). Codeine as a cough medicine (R05DA04) is excluded. RxNorm: "
            "ingredient codes, plus the product codes (SCD/SBD/packs) of the CDC value set "
            "'opioid-analgesics-with-ambulatory-misuse-potential' (CC0, cqframework/opioid-cds-r4), because "
            "real MedicationStatements carry product codes.",
            "rules.md §1.6 'lbp-opioid', §2 (RxNorm caveat)",
            [
                atc("N02A", "Opioids (N02AA-N02AX, including the N02AJ combinations)", CAND_V, "is-a"),
                atc("N07BC02", "methadone"),
                *(rxn(code, display) for code, display in OPIOID_INGREDIENTS),
            ],
            excludes=[atc("R05DA04", "codeine (antitussive)")],
            expansions=[Expansion("rxnorm", CDC_OPIOID, CDC_OPIOID_PRODUCTS)],
        ),
        Concept(
            "NSAID",
            "Systemic NSAIDs",
            "Systemic NSAIDs including opioid-NSAID combinations (seed: kidney function, blood pressure, "
            "GI bleeding; not first choice). Not M01AX as a whole (glucosamine, diacerein); topical M02 "
            "and low-dose acetylsalicylic acid B01AC06 are excluded.",
            "rules.md §1.6 'lbp-nsaid'",
            [
                *(atc(code, display, CAND_V, "is-a") for code, display in NSAID_ATC_GROUPS),
                atc("M01AX01", "nabumetone"),
                atc("M01AX17", "nimesulide"),
                atc("N02BA01", "acetylsalicylic acid (analgesic)"),
                *(atc(code, display) for code, display in OPIOID_NSAID_COMBINATIONS),
                *(rxn(code, display, status) for code, display, status in NSAID_INGREDIENTS),
            ],
            excludes=[
                atc("M02", "Topical products for joint and muscular pain", CAND_V, "is-a"),
                atc("B01AC06", "acetylsalicylic acid (platelet aggregation inhibitor)"),
            ],
            expansions=[
                Expansion("rxnorm", CDC_OPIOID_NSAID, select_rows(CDC_OPIOID_PRODUCTS, display=OPIOID_NSAID_WORDS))
            ],
            notes="RxNorm: ingredient codes, plus the opioid-NSAID combination products of the CDC value set "
            "'opioid-analgesics-with-ambulatory-misuse-potential' (CC0, cqframework/opioid-cds-r4). Single-ingredient NSAID products (e.g. ibuprofen tablets) are not shipped: no public NSAID "
            "product expansion was found; they match only through ATC or the ingredient code.",
        ),
        Concept(
            "PARACETAMOL",
            "Paracetamol",
            "Paracetamol (seed: recommended, no effect on physical training; no card of its own).",
            "rules.md §1.6",
            [
                atc("N02BE01", "paracetamol"),
                atc("N02BE51", "paracetamol, combinations excl. psycholeptics"),
                rxn("161", "acetaminophen"),
            ],
        ),
        Concept(
            "GLUCOCORTICOID_SYSTEMIC",
            "Systemic glucocorticoids",
            "Systemic glucocorticoids; long-term use is the proxy for the red flag 'medikamentbivirkning' "
            "(osteoporotic-fracture risk).",
            "rules.md §1.3 RF4c, §1.8 item 4",
            [
                atc("H02AB", "Glucocorticoids (systemic)", CAND_V, "is-a"),
                rxn("8640", "prednisone"),
                rxn("6902", "methylprednisolone"),
                rxn("3264", "dexamethasone"),
                rxn("8638", "prednisolone", CAND_U),
            ],
        ),
        Concept(
            "BENZODIAZEPINE",
            "Benzodiazepines and Z-drugs",
            "Benzodiazepines and the Z-drugs (N05CF) for the opioid + sedative warning. RxNorm: ingredient "
            "codes plus the product codes of the CDC value set 'benzodiazepine-medications' (CC0, "
            "cqframework/opioid-cds-r4).",
            "rules.md §3 B5, §4 'lbp-opioid-sedative'",
            [
                atc("N05BA", "Benzodiazepine derivatives (anxiolytics)", CAND_V, "is-a"),
                atc(
                    "N05CD",
                    "Benzodiazepine derivatives (hypnotics and sedatives)",
                    "V: whocc.no/atc_ddd_index/?code=N05C and rxreasoner.com/atccodes/N05CD",
                    "is-a",
                ),
                atc(
                    "N05CF",
                    "Benzodiazepine related drugs (Z-drugs)",
                    "S: only N05CF04 eszopiclone seen (info-patient.de); group title not seen",
                    "is-a",
                ),
                atc("N03AE01", "clonazepam", "V: hipaaspace.com ATC N03AE01 clonazepam (WHO ATC/DDD data)"),
                rxn("596", "alprazolam", CAND_S),
                rxn("6470", "lorazepam", CAND_S),
                rxn("2598", "clonazepam", CAND_S),
                rxn("3322", "diazepam", CAND_S),
            ],
            expansions=[Expansion("rxnorm", CDC_BENZO, CDC_BENZODIAZEPINE_PRODUCTS)],
        ),
        Concept(
            "GABAPENTINOID",
            "Gabapentinoids",
            "Gabapentin and pregabalin (NICE: not for sciatica; opioid + sedative warning).",
            "rules.md §3 B5/B7, §4",
            [
                atc("N02BF01", "gabapentin"),
                atc("N02BF02", "pregabalin"),
                atc("N03AX12", "gabapentin (code before the move to N02BF)", CAND_S),
                atc("N03AX16", "pregabalin (code before the move to N02BF)", CAND_S),
                rxn("25480", "gabapentin"),
                rxn("187832", "pregabalin", CAND_S),
            ],
        ),
        Concept(
            "ANTICOAGULANT",
            "Anticoagulants",
            "Oral and parenteral anticoagulants (NSAID bleeding risk; spinal haematoma).",
            "rules.md §3 B4/B8, §4",
            [
                atc("B01AA", "Vitamin K antagonists", CAND_V, "is-a"),
                atc("B01AB", "Heparin group", CAND_V, "is-a"),
                atc("B01AE07", "dabigatran etexilate"),
                atc("B01AF", "Direct factor Xa inhibitors", CAND_V, "is-a"),
                rxn("11289", "warfarin"),
                rxn("1364430", "apixaban", CAND_S),
                rxn("1114195", "rivaroxaban", CAND_S),
            ],
            expansions=[Expansion("rxnorm", CANVAS_ANTICOAGULANTS, VSAC_ANTICOAGULANT_PRODUCTS)],
            notes="RxNorm: ingredient codes plus the product codes of the VSAC value set 'Anticoagulants for All "
            "Indications' (OID 2.16.840.1.113762.1.4.1248.22; warfarin, heparins, DOACs, fondaparinux, argatroban, "
            "bivalirudin, desirudin), as listed in canvas-medical/canvas-plugins.",
        ),
        Concept(
            "CAUDA_EQUINA",
            "Cauda equina syndrome",
            "Cauda equina syndrome: the critical card 'lbp-cauda-equina' (emergency referral).",
            "rules.md §1.3 RF5a, §3 B2, §4",
            [
                icd("G83.4", "Cauda equina syndrome", RULES_V),
                sct("192970008", "Cauda equina syndrome", RULES_V),
            ],
        ),
        Concept(
            "OSTEOPOROTIC_VERTEBRAL_FRACTURE",
            "Osteoporotic vertebral fracture",
            "An osteoporotic vertebral fracture coded as such: M80 with 5th character 8 (WHO site 'other', "
            "which includes the vertebral column) or M80 with no site character; ICD-10-CM M80.08X_ and "
            "M80.88X_ (vertebra); SNOMED CT 443165006. (VERTEBRAL_FRACTURE together with OSTEOPOROSIS is the "
            "other route, applied by the rules.)",
            "rules.md §1.4 'lbp-ci-rel-osteoporotic-fracture'; seed: 'sammenfallsbrudd hos kvinner med benskjørhet'",
            [
                icd(
                    "M80(\\.[0-9]8?)?",
                    "Osteoporosis with pathological fracture: site 8 or no site",
                    "U: rules.md §1.4 reading of the WHO 5th-character site list",
                    "regex",
                    cm=False,
                ),
                cm(
                    "M80\\.[08](8(X[A-Z]?)?)?",
                    "Osteoporosis with current pathological fracture, vertebra(e) (M80.08X_, M80.88X_) or with no site",
                    "V: rules.md §1.4 (M80.08XA); genhealth.ai M80.08XA and "
                    "M80.88XP titles ('... vertebra(e) ...'), med.report M80.08 / M80.88",
                    "regex",
                ),
                sct("443165006", "Pathological fracture due to osteoporosis (not vertebra-specific)", CAND_S),
            ],
        ),
        Concept(
            "STABLE_BURST_FRACTURE",
            "Stable burst fracture (ICD-10-CM)",
            "ICD-10-CM stable burst fracture of a thoracic or lumbar vertebra: 6th character 1 (S22.0x1, "
            "S32.0x1), any 7th character. A relative contraindication (brace). WHO ICD-10 has no such code "
            "(there a 5th character 1 means an open fracture), so only ICD-10-CM is included.",
            "rules.md §1.4 'lbp-ci-rel-stable-burst'; seed: 'og ved stabile knusningsbrudd'",
            [cm("S(22|32)\\.0[0-9]1[A-Z]?", "Stable burst fracture of thoracic or lumbar vertebra", CAND_V, "regex")],
        ),
        Concept(
            "UNSTABLE_BURST_FRACTURE",
            "Unstable burst fracture (ICD-10-CM)",
            "ICD-10-CM unstable burst fracture of a thoracic or lumbar vertebra: 6th character 2 (S22.0x2, "
            "S32.0x2), any 7th character. An absolute contraindication. Only ICD-10-CM is included (see "
            "STABLE_BURST_FRACTURE).",
            "rules.md §1.4 'lbp-ci-absolute'",
            [cm("S(22|32)\\.0[0-9]2[A-Z]?", "Unstable burst fracture of thoracic or lumbar vertebra", CAND_V, "regex")],
        ),
        Concept(
            "ANTIPLATELET",
            "Platelet aggregation inhibitors",
            "Platelet aggregation inhibitors excl. heparin (ATC B01AC, includes low-dose acetylsalicylic acid "
            "B01AC06): an NSAID bleeding risk factor.",
            "rules.md §3 B4, §4",
            [
                atc("B01AC", "Platelet aggregation inhibitors excl. heparin", RULES_V, "is-a"),
                *(rxn(code, display, status) for code, display, status in ANTIPLATELET_INGREDIENTS),
            ],
            notes="Aspirin (RxNorm 1191) is left to NSAID: an ingredient code cannot tell low-dose "
            "antiplatelet use from analgesic use.",
        ),
        Concept(
            "CHRONIC_KIDNEY_DISEASE",
            "Chronic kidney disease",
            "Chronic kidney disease: an NSAID risk factor.",
            "rules.md §3 B4, §4",
            [
                icd("N18", "Chronic kidney disease", WHO_3CHAR_S, "is-a"),
                sct("709044004", "Chronic kidney disease", RULES_V),
            ],
            notes="No ICPC-2 code: U99 ('urinary disease, other') is far broader than CKD. ICD-10 N18 is "
            "not ICPC-2 N18 (paralysis): systems are kept apart.",
        ),
        Concept(
            "HEART_FAILURE",
            "Heart failure",
            "Heart failure: an NSAID risk factor.",
            "rules.md §3 B4, §4",
            [
                icd("I50", "Heart failure", RULES_V, "is-a"),
                icpc("K77", "Heart failure", RULES_V),
                sct(
                    "84114007",
                    "Heart failure",
                    "V: github.com/BIH-CEI/napkon-cardiology input/fsh/cardiology/vs-chronic-cardiologic-diseases-sct.fsh (84114007 Heart failure (disorder))",
                ),
            ],
        ),
        Concept(
            "HYPERTENSION",
            "Hypertension",
            "Hypertensive diseases: an NSAID risk factor (blood pressure).",
            "rules.md §3 B4, §4",
            [
                icd("I1[0-5](\\..+)?", "Hypertensive diseases I10-I15", RULES_V, "regex"),
                icpc("K86", "Hypertension uncomplicated", RULES_V),
                icpc("K87", "Hypertension complicated", RULES_V),
                sct("38341003", "Hypertensive disorder", RULES_V),
            ],
        ),
        Concept(
            "PEPTIC_ULCER_GI_BLEED",
            "Peptic ulcer or gastrointestinal bleeding",
            "Peptic ulcer or gastrointestinal haemorrhage: an NSAID risk factor.",
            "rules.md §3 B4, §4",
            [
                icd(
                    "K2[5-8](\\..+)?",
                    "Gastric, duodenal, peptic and gastrojejunal ulcer K25-K28",
                    f"{RULES_V}; {WHO_3CHAR_S}",
                    "regex",
                ),
                icd(
                    "K92\\.[0-2][0-9A-Z]*",
                    "Haematemesis, melaena, GI haemorrhage unspecified K92.0-K92.2",
                    RULES_V,
                    "regex",
                ),
                icpc("D85", "Duodenal ulcer", RULES_V),
                icpc("D86", "Peptic ulcer other", RULES_V),
            ],
        ),
        Concept(
            "PROTON_PUMP_INHIBITOR",
            "Proton pump inhibitors",
            "Proton pump inhibitors: gastroprotection for NSAID users.",
            "rules.md §3 B4 (NICE: consider gastroprotection), §4",
            [
                atc("A02BC", "Proton pump inhibitors", RULES_V, "is-a"),
                atc("M01AE52", "naproxen and esomeprazole", "U: WHO ATC, not checked"),
                *(rxn(code, display, status) for code, display, status in PPI_INGREDIENTS),
            ],
        ),
    ]


# --------------------------------------------------------------------------------------------------
# Rendering


def _verification(text: str) -> list[dict[str, str]]:
    return [{"url": VERIFICATION_URL, "valueString": text}]


def _systems(code: Code) -> Iterable[tuple[str, str]]:
    """(family, system URI) pairs the entry is written for."""
    for system in SYSTEMS[code.family]:
        yield code.family, system
    if code.also_cm:
        yield "icd10cm", SYSTEMS["icd10cm"][0]


def _components(codes: Sequence[Code], expansions: Sequence[Expansion] = ()) -> list[dict[str, object]]:
    exact: dict[str, list[dict[str, object]]] = {}
    filters: list[dict[str, object]] = []
    seen: set[tuple[str, str, str]] = set()
    for code in codes:
        for family, system in _systems(code):
            mirrored = family == "icd10cm" and code.family == "icd10"
            # CM extends WHO categories with more characters (laterality, encounter), so an exact WHO
            # code applies to CM as is-a.
            kind = "is-a" if mirrored and code.kind == "exact" else code.kind
            verified = f"{CM_FROM_WHO}; WHO entry: {code.verified}" if mirrored else code.verified
            key = (system, kind, code.code)
            if key in seen:
                continue
            seen.add(key)
            if kind == "exact":
                exact.setdefault(system, []).append(
                    {"extension": _verification(verified), "code": code.code, "display": code.display}
                )
            else:
                filters.append(
                    {
                        "system": system,
                        "filter": [
                            {
                                "extension": [
                                    *_verification(verified),
                                    {"url": FILTER_LABEL_URL, "valueString": code.display},
                                ],
                                "property": "concept" if kind == "is-a" else "code",
                                "op": kind,
                                "value": code.code,
                            }
                        ],
                    }
                )
    components: list[dict[str, object]] = [
        {"system": system, "concept": concepts} for system, concepts in exact.items()
    ]
    components.extend(filters)
    for expansion in expansions:
        for system in SYSTEMS[expansion.family]:
            components.append(
                {
                    "extension": _verification(expansion.verified),
                    "system": system,
                    "concept": [{"code": code, "display": display} for code, display in expansion.codes()],
                }
            )
    return components


def render(concept: Concept) -> dict[str, object]:
    identifier = concept.name.lower().replace("_", "-")
    description = f"{concept.purpose} Source: {concept.source}."
    if concept.notes:
        description += f" Note: {concept.notes}"
    description += f" Guideline: {GUIDELINE}."
    compose: dict[str, object] = {"include": _components(concept.codes, concept.expansions)}
    if concept.excludes:
        compose["exclude"] = _components(concept.excludes)
    return {
        "resourceType": "ValueSet",
        "id": identifier,
        "extension": [{"url": CODE_MATCHING_URL, "valueString": CODE_MATCHING}],
        "url": URL_BASE + identifier,
        "version": KNOWLEDGE_VERSION,
        "name": concept.name,
        "title": concept.title,
        "status": "active",
        "experimental": False,
        "publisher": "lbp-cds project",
        "description": description,
        "compose": compose,
    }


def main(argv: Sequence[str]) -> int:
    target = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent / "valuesets"
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for concept in concepts():
        path = target / f"{concept.name}.json"
        path.write_text(json.dumps(render(concept), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path.name)
    stale = sorted({p.name for p in target.glob("*.json")} - set(written))
    print(f"wrote {len(written)} value sets to {target}")
    if stale:
        print(f"not generated here (remove if obsolete): {', '.join(stale)}")
    return 0


# --------------------------------------------------------------------------------------------------
# Code lists


ICPC2_MALIGNANCIES = [
    ("A79", "Malignancy NOS"),
    ("B72", "Hodgkin's disease/lymphoma"),
    ("B73", "Leukaemia"),
    ("B74", "Malignant neoplasm blood other (incl. myeloma)"),
    ("D74", "Malignant neoplasm stomach"),
    ("D75", "Malignant neoplasm colon/rectum"),
    ("D76", "Malignant neoplasm pancreas"),
    ("D77", "Malignant digestive neoplasm other/NOS"),
    ("L71", "Malignant neoplasm musculoskeletal"),
    ("N74", "Malignant neoplasm nervous system"),
    ("R84", "Malignant neoplasm bronchus/lung"),
    ("R85", "Malignant neoplasm respiratory other"),
    ("T71", "Malignant neoplasm thyroid"),
    ("U75", "Malignant neoplasm of kidney"),
    ("U76", "Malignant neoplasm of bladder"),
    ("U77", "Malignant neoplasm urinary other"),
    ("X75", "Malignant neoplasm cervix"),
    ("X76", "Malignant neoplasm breast female"),
    ("X77", "Malignant neoplasm genital female other"),
    ("Y77", "Malignant neoplasm prostate"),
    ("Y78", "Malignant neoplasm male genital other"),
]

OPIOID_INGREDIENTS = [
    ("2670", "codeine"),
    ("5489", "hydrocodone"),
    ("7052", "morphine"),
    ("7804", "oxycodone"),
    ("4337", "fentanyl"),
    ("1819", "buprenorphine"),
    ("3423", "hydromorphone"),
    ("6754", "meperidine"),
    ("10689", "tramadol"),
    ("787390", "tapentadol"),
    ("6813", "methadone"),
    ("7814", "oxymorphone"),
    ("23088", "dihydrocodeine"),
]

NSAID_ATC_GROUPS = [
    ("M01AA", "Butylpyrazolidines"),
    ("M01AB", "Acetic acid derivatives and related substances (diclofenac, ketorolac)"),
    ("M01AC", "Oxicams (meloxicam)"),
    ("M01AE", "Propionic acid derivatives (ibuprofen, naproxen)"),
    ("M01AG", "Fenamates"),
    ("M01AH", "Coxibs (celecoxib, etoricoxib)"),
]

OPIOID_NSAID_COMBINATIONS = [
    ("N02AJ07", "codeine and acetylsalicylic acid"),
    ("N02AJ08", "codeine and ibuprofen"),
    ("N02AJ14", "tramadol and dexketoprofen"),
    ("N02AJ16", "oxycodone and acetylsalicylic acid"),
    ("N02AJ18", "dihydrocodeine and other non-opioid analgesics"),
    ("N02AJ19", "oxycodone and ibuprofen"),
    ("N02AJ23", "tramadol and celecoxib"),
]

NSAID_INGREDIENTS = [
    ("5640", "ibuprofen", CAND_V),
    ("7258", "naproxen", CAND_V),
    ("3355", "diclofenac", CAND_V),
    ("140587", "celecoxib", CAND_V),
    ("1191", "aspirin", CAND_V),
    ("41493", "meloxicam", CAND_U),
    ("5781", "indomethacin", CAND_U),
    ("35827", "ketorolac", CAND_U),
]

ANTIPLATELET_INGREDIENTS: list[tuple[str, str, str]] = [
    ("32968", "clopidogrel", "U: RxNorm ingredient, not checked"),
]

PPI_INGREDIENTS: list[tuple[str, str, str]] = [
    ("7646", "omeprazole", "U: RxNorm ingredient, not checked"),
    ("40790", "pantoprazole", "U: RxNorm ingredient, not checked"),
    ("283742", "esomeprazole", "U: RxNorm ingredient, not checked"),
    ("17128", "lansoprazole", "U: RxNorm ingredient, not checked"),
    ("114979", "rabeprazole", "U: RxNorm ingredient, not checked"),
]

# Copied from the CDC expansion (CC0), in the source's order: code|display.
CDC_OPIOID_PRODUCTS = """
1148482|24 HR tramadol hydrochloride 100 MG Extended Release Oral Capsule [ConZip]
1148487|24 HR tramadol hydrochloride 200 MG Extended Release Oral Capsule [ConZip]
845315|24 HR tramadol hydrochloride 200 MG Extended Release Oral Tablet [Ultram]
1148491|24 HR tramadol hydrochloride 300 MG Extended Release Oral Capsule [ConZip]
845316|24 HR tramadol hydrochloride 300 MG Extended Release Oral Tablet [Ultram]
836397|acetaminophen 325 MG / tramadol hydrochloride 37.5 MG Oral Tablet [Ultracet]
2588484|celecoxib 56 MG / tramadol hydrochloride 44 MG Oral Tablet [Seglentis]
2395814|tramadol hydrochloride 5 MG/ML Oral Solution [Qdolo]
835605|tramadol hydrochloride 50 MG Oral Tablet [Ultram]
849561|12 HR tramadol hydrochloride 150 MG Extended Release Oral Tablet
1148478|24 HR tramadol hydrochloride 100 MG Extended Release Oral Capsule
833709|24 HR tramadol hydrochloride 100 MG Extended Release Oral Tablet
1248115|24 HR tramadol hydrochloride 150 MG Extended Release Oral Capsule
1148485|24 HR tramadol hydrochloride 200 MG Extended Release Oral Capsule
833711|24 HR tramadol hydrochloride 200 MG Extended Release Oral Tablet
1148489|24 HR tramadol hydrochloride 300 MG Extended Release Oral Capsule
833713|24 HR tramadol hydrochloride 300 MG Extended Release Oral Tablet
1946529|Matrix Delivery 24 HR tramadol hydrochloride 100 MG Extended Release Oral Tablet
1946527|Matrix Delivery 24 HR tramadol hydrochloride 200 MG Extended Release Oral Tablet
1946525|Matrix Delivery 24 HR tramadol hydrochloride 300 MG Extended Release Oral Tablet
836395|acetaminophen 325 MG / tramadol hydrochloride 37.5 MG Oral Tablet
2588478|celecoxib 56 MG / tramadol hydrochloride 44 MG Oral Tablet
836485|tramadol hydrochloride 1 MG/ML Oral Solution
2179635|tramadol hydrochloride 100 MG Oral Tablet
2395808|tramadol hydrochloride 5 MG/ML Oral Solution
836408|tramadol hydrochloride 50 MG Disintegrating Oral Tablet
849903|tramadol hydrochloride 50 MG Extended Release Oral Capsule
836466|tramadol hydrochloride 50 MG Oral Capsule
835603|tramadol hydrochloride 50 MG Oral Tablet
849331|tramadol hydrochloride 75 MG Extended Release Oral Tablet
904882|168 HR buprenorphine 0.005 MG/HR Transdermal System [BuTrans]
1542999|168 HR buprenorphine 0.0075 MG/HR Transdermal System [BuTrans]
904874|168 HR buprenorphine 0.01 MG/HR Transdermal System [BuTrans]
1432971|168 HR buprenorphine 0.015 MG/HR Transdermal System [BuTrans]
904878|168 HR buprenorphine 0.02 MG/HR Transdermal System [BuTrans]
1716079|buprenorphine 0.075 MG Buccal Film [Belbuca]
1716063|buprenorphine 0.15 MG Buccal Film [Belbuca]
1716067|buprenorphine 0.3 MG Buccal Film [Belbuca]
1716071|buprenorphine 0.45 MG Buccal Film [Belbuca]
1716075|buprenorphine 0.6 MG Buccal Film [Belbuca]
1864414|buprenorphine 0.7 MG / naloxone 0.18 MG Sublingual Tablet [Zubsolv]
1716083|buprenorphine 0.75 MG Buccal Film [Belbuca]
1716090|buprenorphine 0.9 MG Buccal Film [Belbuca]
1431083|buprenorphine 1.4 MG / naloxone 0.36 MG Sublingual Tablet [Zubsolv]
1597570|buprenorphine 11.4 MG / naloxone 2.9 MG Sublingual Tablet [Zubsolv]
1307063|buprenorphine 12 MG / naloxone 3 MG Sublingual Film [Suboxone]
1010603|buprenorphine 2 MG / naloxone 0.5 MG Sublingual Film [Suboxone]
1542396|buprenorphine 2.1 MG / naloxone 0.3 MG Buccal Film [Bunavail]
1666385|buprenorphine 2.9 MG / naloxone 0.71 MG Sublingual Tablet [Zubsolv]
2599851|buprenorphine 20 MG/ML Topical Solution [Zorbium]
1307058|buprenorphine 4 MG / naloxone 1 MG Sublingual Film [Suboxone]
1544853|buprenorphine 4.2 MG / naloxone 0.7 MG Buccal Film [Bunavail]
1431104|buprenorphine 5.7 MG / naloxone 1.4 MG Sublingual Tablet [Zubsolv]
1544856|buprenorphine 6.3 MG / naloxone 1 MG Buccal Film [Bunavail]
1797655|buprenorphine 74.2 MG Drug Implant [Probuphine]
1010606|buprenorphine 8 MG / naloxone 2 MG Sublingual Film [Suboxone]
1597575|buprenorphine 8.6 MG / naloxone 2.1 MG Sublingual Tablet [Zubsolv]
904880|168 HR buprenorphine 0.005 MG/HR Transdermal System
1542997|168 HR buprenorphine 0.0075 MG/HR Transdermal System
904870|168 HR buprenorphine 0.01 MG/HR Transdermal System
1432969|168 HR buprenorphine 0.015 MG/HR Transdermal System
904876|168 HR buprenorphine 0.02 MG/HR Transdermal System
1716077|buprenorphine 0.075 MG Buccal Film
1716057|buprenorphine 0.15 MG Buccal Film
246474|buprenorphine 0.2 MG Sublingual Tablet
1716065|buprenorphine 0.3 MG Buccal Film
250426|buprenorphine 0.4 MG Sublingual Tablet
1716069|buprenorphine 0.45 MG Buccal Film
1716073|buprenorphine 0.6 MG Buccal Film
1864412|buprenorphine 0.7 MG / naloxone 0.18 MG Sublingual Tablet
1716081|buprenorphine 0.75 MG Buccal Film
1716086|buprenorphine 0.9 MG Buccal Film
1431076|buprenorphine 1.4 MG / naloxone 0.36 MG Sublingual Tablet
1597568|buprenorphine 11.4 MG / naloxone 2.9 MG Sublingual Tablet
1307061|buprenorphine 12 MG / naloxone 3 MG Sublingual Film
1010600|buprenorphine 2 MG / naloxone 0.5 MG Sublingual Film
351266|buprenorphine 2 MG / naloxone 0.5 MG Sublingual Tablet
351264|buprenorphine 2 MG Sublingual Tablet
1542390|buprenorphine 2.1 MG / naloxone 0.3 MG Buccal Film
1666338|buprenorphine 2.9 MG / naloxone 0.71 MG Sublingual Tablet
2599846|buprenorphine 20 MG/ML Topical Solution
1307056|buprenorphine 4 MG / naloxone 1 MG Sublingual Film
1544851|buprenorphine 4.2 MG / naloxone 0.7 MG Buccal Film
1431102|buprenorphine 5.7 MG / naloxone 1.4 MG Sublingual Tablet
1544854|buprenorphine 6.3 MG / naloxone 1 MG Buccal Film
1797650|buprenorphine 74.2 MG Drug Implant
1010604|buprenorphine 8 MG / naloxone 2 MG Sublingual Film
351267|buprenorphine 8 MG / naloxone 2 MG Sublingual Tablet
351265|buprenorphine 8 MG Sublingual Tablet
1597573|buprenorphine 8.6 MG / naloxone 2.1 MG Sublingual Tablet
886634|butorphanol tartrate 1 MG/ACTUAT Metered Dose Nasal Spray
2118730|acetaminophen 325 MG / benzhydrocodone 4.08 MG Oral Tablet [Apadaz]
2001364|acetaminophen 325 MG / benzhydrocodone 6.12 MG Oral Tablet [Apadaz]
2118734|acetaminophen 325 MG / benzhydrocodone 8.16 MG Oral Tablet [Apadaz]
2118728|acetaminophen 325 MG / benzhydrocodone 4.08 MG Oral Tablet
2001358|acetaminophen 325 MG / benzhydrocodone 6.12 MG Oral Tablet
2118732|acetaminophen 325 MG / benzhydrocodone 8.16 MG Oral Tablet
1190201|acetaminophen 320.5 MG / caffeine 30 MG / dihydrocodeine bitartrate 16 MG Oral Capsule [Trezix]
2105929|acetaminophen 325 MG / caffeine 30 MG / dihydrocodeine bitartrate 16 MG Oral Tablet [Dvorah]
1596108|acetaminophen 320.5 MG / caffeine 30 MG / dihydrocodeine bitartrate 16 MG Oral Capsule
1812164|acetaminophen 325 MG / caffeine 30 MG / dihydrocodeine bitartrate 16 MG Oral Tablet
1234871|acetaminophen 356.4 MG / caffeine 30 MG / dihydrocodeine bitartrate 16 MG Oral Capsule
1234999|acetaminophen 500 MG / dihydrocodeine bitartrate 10 MG Oral Tablet
1235009|acetaminophen 500 MG / dihydrocodeine bitartrate 20 MG Oral Tablet
1235011|acetaminophen 500 MG / dihydrocodeine bitartrate 30 MG Oral Tablet
1234978|acetaminophen 712.8 MG / caffeine 60 MG / dihydrocodeine bitartrate 32 MG Oral Tablet
1234872|aspirin 356.4 MG / caffeine 30 MG / dihydrocodeine bitartrate 16 MG Oral Capsule
1236214|dihydrocodeine bitartrate 10 MG Oral Tablet
1236179|dihydrocodeine bitartrate 120 MG Extended Release Oral Tablet
1236218|dihydrocodeine bitartrate 2.42 MG/ML Oral Solution
1236182|dihydrocodeine bitartrate 30 MG Oral Tablet
1236184|dihydrocodeine bitartrate 40 MG Oral Tablet
1236188|dihydrocodeine bitartrate 60 MG Extended Release Oral Tablet
1236190|dihydrocodeine bitartrate 90 MG Extended Release Oral Tablet
104972|cyclizine 30 MG / dipipanone 10 MG Oral Tablet
311297|levomethadyl 10 MG/ML Oral Solution
1433802|acetaminophen 300 MG / butalbital 50 MG / caffeine 40 MG / codeine phosphate 30 MG Oral Capsule [Fioricet with Codeine]
993837|acetaminophen 300 MG / codeine phosphate 30 MG Oral Tablet [Tylenol with Codeine]
993892|acetaminophen 300 MG / codeine phosphate 60 MG Oral Tablet [Tylenol with Codeine]
994239|aspirin 325 MG / butalbital 50 MG / caffeine 40 MG / codeine phosphate 30 MG Oral Capsule [Ascomp]
994277|aspirin 325 MG / butalbital 50 MG / caffeine 40 MG / codeine phosphate 30 MG Oral Capsule [Fiorinal with Codeine]
993755|acetaminophen 24 MG/ML / codeine phosphate 2.4 MG/ML Oral Solution
1431286|acetaminophen 300 MG / butalbital 50 MG / caffeine 40 MG / codeine phosphate 30 MG Oral Capsule
993770|acetaminophen 300 MG / codeine phosphate 15 MG Oral Tablet
993781|acetaminophen 300 MG / codeine phosphate 30 MG Oral Tablet
993890|acetaminophen 300 MG / codeine phosphate 60 MG Oral Tablet
993943|acetaminophen 325 MG / butalbital 50 MG / caffeine 40 MG / codeine phosphate 30 MG Oral Capsule
996976|acetaminophen 500 MG / codeine phosphate 12.8 MG Oral Tablet
996978|acetaminophen 500 MG / codeine phosphate 13.5 MG Oral Tablet
994043|acetaminophen 500 MG / codeine phosphate 15 MG Oral Tablet
1536459|acetaminophen 500 MG / codeine phosphate 30 MG Effervescent Oral Tablet
996979|acetaminophen 500 MG / codeine phosphate 30 MG Oral Capsule
994046|acetaminophen 500 MG / codeine phosphate 30 MG Oral Tablet
1536457|acetaminophen 500 MG / codeine phosphate 8 MG Effervescent Oral Tablet
996981|acetaminophen 500 MG / codeine phosphate 8 MG Oral Capsule
996982|acetaminophen 500 MG / codeine phosphate 8 MG Oral Tablet
996988|aspirin 300 MG / codeine phosphate 8 MG Oral Tablet
994237|aspirin 325 MG / butalbital 50 MG / caffeine 40 MG / codeine phosphate 30 MG Oral Capsule
994226|aspirin 325 MG / carisoprodol 200 MG / codeine phosphate 16 MG Oral Tablet
996991|aspirin 325 MG / codeine phosphate 30 MG Oral Tablet
996994|aspirin 325 MG / codeine phosphate 60 MG Oral Tablet
997019|codeine phosphate 1 MG/ML / kaolin 300 MG/ML Oral Suspension
997164|codeine phosphate 12.5 MG / ibuprofen 200 MG Oral Tablet
997165|codeine phosphate 12.8 MG / ibuprofen 200 MG Oral Tablet
997169|codeine phosphate 15 MG Oral Tablet
997280|codeine phosphate 20 MG / ibuprofen 300 MG Extended Release Oral Tablet
997284|codeine phosphate 3 MG/ML Oral Solution
997285|codeine phosphate 30 MG Oral Tablet
996734|codeine phosphate 5 MG/ML Oral Solution
997301|codeine phosphate 60 MG Oral Tablet
997170|codeine sulfate 15 MG Oral Tablet
997287|codeine sulfate 30 MG Oral Tablet
997296|codeine sulfate 60 MG Oral Tablet
250880|dextromoramide 10 MG Oral Tablet
250879|dextromoramide 5 MG Oral Tablet
250473|heroin 10 MG Oral Tablet
250647|pholcodine 1 MG/ML Oral Solution
250646|pholcodine 2 MG/ML Oral Solution
897658|hydromorphone hydrochloride 1 MG/ML Oral Solution [Dilaudid]
897698|hydromorphone hydrochloride 2 MG Oral Tablet [Dilaudid]
897704|hydromorphone hydrochloride 4 MG Oral Tablet [Dilaudid]
897712|hydromorphone hydrochloride 8 MG Oral Tablet [Dilaudid]
898611|12 HR hydromorphone hydrochloride 2 MG Extended Release Oral Capsule
898614|12 HR hydromorphone hydrochloride 4 MG Extended Release Oral Capsule
898618|12 HR hydromorphone hydrochloride 8 MG Extended Release Oral Capsule
902729|24 HR hydromorphone hydrochloride 12 MG Extended Release Oral Tablet
902736|24 HR hydromorphone hydrochloride 16 MG Extended Release Oral Tablet
1306898|24 HR hydromorphone hydrochloride 32 MG Extended Release Oral Tablet
902741|24 HR hydromorphone hydrochloride 8 MG Extended Release Oral Tablet
897771|hydromorphone hydrochloride 1 MG Oral Tablet
897657|hydromorphone hydrochloride 1 MG/ML Oral Solution
898004|hydromorphone hydrochloride 1.3 MG Oral Capsule
897696|hydromorphone hydrochloride 2 MG Oral Tablet
898138|hydromorphone hydrochloride 2.6 MG Oral Capsule
898139|hydromorphone hydrochloride 3 MG Oral Tablet
897749|hydromorphone hydrochloride 3 MG Rectal Suppository
897702|hydromorphone hydrochloride 4 MG Oral Tablet
897710|hydromorphone hydrochloride 8 MG Oral Tablet
1740008|{2 (fentanyl 0.6 MG/ACTUAT Mucosal Spray [Subsys]) } Pack [Subsys 1200 MCG]
1740010|{2 (fentanyl 0.8 MG/ACTUAT Mucosal Spray [Subsys]) } Pack [Subsys 1600 MCG]
1740007|{2 (fentanyl 0.6 MG/ACTUAT Mucosal Spray) } Pack
1740009|{2 (fentanyl 0.8 MG/ACTUAT Mucosal Spray) } Pack
583490|72 HR fentanyl 0.012 MG/HR Transdermal System [Duragesic]
261184|72 HR fentanyl 0.025 MG/HR Transdermal System [Duragesic]
261185|72 HR fentanyl 0.05 MG/HR Transdermal System [Duragesic]
261186|72 HR fentanyl 0.075 MG/HR Transdermal System [Duragesic]
262071|72 HR fentanyl 0.1 MG/HR Transdermal System [Duragesic]
1666837|80 ACTUAT fentanyl 0.04 MG/ACTUAT Transdermal System [Ionsys]
668622|fentanyl 0.1 MG Buccal Tablet [Fentora]
1053651|fentanyl 0.1 MG Sublingual Tablet [Abstral]
1115575|fentanyl 0.1 MG/ACTUAT Metered Dose Nasal Spray [Lazanda]
1237055|fentanyl 0.1 MG/ACTUAT Mucosal Spray [Subsys]
668624|fentanyl 0.2 MG Buccal Tablet [Fentora]
261106|fentanyl 0.2 MG Oral Lozenge [Actiq]
1053654|fentanyl 0.2 MG Sublingual Tablet [Abstral]
1237059|fentanyl 0.2 MG/ACTUAT Mucosal Spray [Subsys]
1053657|fentanyl 0.3 MG Sublingual Tablet [Abstral]
1729322|fentanyl 0.3 MG/ACTUAT Metered Dose Nasal Spray [Lazanda]
668626|fentanyl 0.4 MG Buccal Tablet [Fentora]
262219|fentanyl 0.4 MG Oral Lozenge [Actiq]
1053660|fentanyl 0.4 MG Sublingual Tablet [Abstral]
1115579|fentanyl 0.4 MG/ACTUAT Metered Dose Nasal Spray [Lazanda]
1237062|fentanyl 0.4 MG/ACTUAT Mucosal Spray [Subsys]
668628|fentanyl 0.6 MG Buccal Tablet [Fentora]
261107|fentanyl 0.6 MG Oral Lozenge [Actiq]
1053663|fentanyl 0.6 MG Sublingual Tablet [Abstral]
1237066|fentanyl 0.6 MG/ACTUAT Mucosal Spray [Subsys]
668630|fentanyl 0.8 MG Buccal Tablet [Fentora]
261108|fentanyl 0.8 MG Oral Lozenge [Actiq]
1053666|fentanyl 0.8 MG Sublingual Tablet [Abstral]
1237070|fentanyl 0.8 MG/ACTUAT Mucosal Spray [Subsys]
261109|fentanyl 1.2 MG Oral Lozenge [Actiq]
261110|fentanyl 1.6 MG Oral Lozenge [Actiq]
577057|72 HR fentanyl 0.012 MG/HR Transdermal System
245134|72 HR fentanyl 0.025 MG/HR Transdermal System
1603495|72 HR fentanyl 0.0375 MG/HR Transdermal System
245135|72 HR fentanyl 0.05 MG/HR Transdermal System
1603498|72 HR fentanyl 0.0625 MG/HR Transdermal System
197696|72 HR fentanyl 0.075 MG/HR Transdermal System
1603501|72 HR fentanyl 0.0875 MG/HR Transdermal System
245136|72 HR fentanyl 0.1 MG/HR Transdermal System
1666831|80 ACTUAT fentanyl 0.04 MG/ACTUAT Transdermal System
668363|fentanyl 0.1 MG Buccal Tablet
1053647|fentanyl 0.1 MG Sublingual Tablet
1115573|fentanyl 0.1 MG/ACTUAT Metered Dose Nasal Spray
1237050|fentanyl 0.1 MG/ACTUAT Mucosal Spray
858092|fentanyl 0.2 MG Buccal Film
668364|fentanyl 0.2 MG Buccal Tablet
310295|fentanyl 0.2 MG Oral Lozenge
1053652|fentanyl 0.2 MG Sublingual Tablet
1237057|fentanyl 0.2 MG/ACTUAT Mucosal Spray
706898|fentanyl 0.3 MG Buccal Tablet
310296|fentanyl 0.3 MG Oral Lozenge
1053655|fentanyl 0.3 MG Sublingual Tablet
1729320|fentanyl 0.3 MG/ACTUAT Metered Dose Nasal Spray
858095|fentanyl 0.4 MG Buccal Film
668365|fentanyl 0.4 MG Buccal Tablet
310297|fentanyl 0.4 MG Oral Lozenge
1053658|fentanyl 0.4 MG Sublingual Tablet
1115577|fentanyl 0.4 MG/ACTUAT Metered Dose Nasal Spray
1237060|fentanyl 0.4 MG/ACTUAT Mucosal Spray
858098|fentanyl 0.6 MG Buccal Film
668366|fentanyl 0.6 MG Buccal Tablet
313992|fentanyl 0.6 MG Oral Lozenge
1053661|fentanyl 0.6 MG Sublingual Tablet
1237064|fentanyl 0.6 MG/ACTUAT Mucosal Spray
858101|fentanyl 0.8 MG Buccal Film
668367|fentanyl 0.8 MG Buccal Tablet
313993|fentanyl 0.8 MG Oral Lozenge
1053664|fentanyl 0.8 MG Sublingual Tablet
1237068|fentanyl 0.8 MG/ACTUAT Mucosal Spray
858087|fentanyl 1.2 MG Buccal Film
310293|fentanyl 1.2 MG Oral Lozenge
310294|fentanyl 1.6 MG Oral Lozenge
1860492|12 HR hydrocodone bitartrate 10 MG Extended Release Oral Capsule [Zohydro]
1860494|12 HR hydrocodone bitartrate 15 MG Extended Release Oral Capsule [Zohydro]
1860496|12 HR hydrocodone bitartrate 20 MG Extended Release Oral Capsule [Zohydro]
1860498|12 HR hydrocodone bitartrate 30 MG Extended Release Oral Capsule [Zohydro]
1860500|12 HR hydrocodone bitartrate 40 MG Extended Release Oral Capsule [Zohydro]
1860502|12 HR hydrocodone bitartrate 50 MG Extended Release Oral Capsule [Zohydro]
1595766|Abuse-Deterrent 24 HR hydrocodone bitartrate 100 MG Extended Release Oral Tablet [Hysingla]
1595772|Abuse-Deterrent 24 HR hydrocodone bitartrate 120 MG Extended Release Oral Tablet [Hysingla]
1595736|Abuse-Deterrent 24 HR hydrocodone bitartrate 20 MG Extended Release Oral Tablet [Hysingla]
1595742|Abuse-Deterrent 24 HR hydrocodone bitartrate 30 MG Extended Release Oral Tablet [Hysingla]
1595748|Abuse-Deterrent 24 HR hydrocodone bitartrate 40 MG Extended Release Oral Tablet [Hysingla]
1595754|Abuse-Deterrent 24 HR hydrocodone bitartrate 60 MG Extended Release Oral Tablet [Hysingla]
1595760|Abuse-Deterrent 24 HR hydrocodone bitartrate 80 MG Extended Release Oral Tablet [Hysingla]
1442445|acetaminophen 20 MG/ML / hydrocodone bitartrate 0.667 MG/ML Oral Solution [Lortab]
856942|acetaminophen 21.7 MG/ML / hydrocodone bitartrate 0.5 MG/ML Oral Solution [Hycet]
856946|acetaminophen 21.7 MG/ML / hydrocodone bitartrate 0.67 MG/ML Oral Solution [Zamicet]
1492671|acetaminophen 325 MG / hydrocodone bitartrate 10 MG Oral Tablet [Lorcet]
1495472|acetaminophen 325 MG / hydrocodone bitartrate 10 MG Oral Tablet [Lortab]
857001|acetaminophen 325 MG / hydrocodone bitartrate 10 MG Oral Tablet [Norco]
1542981|acetaminophen 325 MG / hydrocodone bitartrate 2.5 MG Oral Tablet [Verdrocet]
1492673|acetaminophen 325 MG / hydrocodone bitartrate 5 MG Oral Tablet [Lorcet]
1495474|acetaminophen 325 MG / hydrocodone bitartrate 5 MG Oral Tablet [Lortab]
857004|acetaminophen 325 MG / hydrocodone bitartrate 5 MG Oral Tablet [Norco]
1492675|acetaminophen 325 MG / hydrocodone bitartrate 7.5 MG Oral Tablet [Lorcet]
1495476|acetaminophen 325 MG / hydrocodone bitartrate 7.5 MG Oral Tablet [Lortab]
857007|acetaminophen 325 MG / hydrocodone bitartrate 7.5 MG Oral Tablet [Norco]
859317|hydrocodone bitartrate 10 MG / ibuprofen 200 MG Oral Tablet [Ibudone]
1542988|hydrocodone bitartrate 10 MG / ibuprofen 200 MG Oral Tablet [Xylon]
858772|hydrocodone bitartrate 2.5 MG / ibuprofen 200 MG Oral Tablet [Reprexain]
858780|hydrocodone bitartrate 5 MG / ibuprofen 200 MG Oral Tablet [Ibudone]
858838|hydrocodone bitartrate 7.5 MG / ibuprofen 200 MG Oral Tablet [Vicoprofen]
1860491|12 HR hydrocodone bitartrate 10 MG Extended Release Oral Capsule
1860493|12 HR hydrocodone bitartrate 15 MG Extended Release Oral Capsule
1860495|12 HR hydrocodone bitartrate 20 MG Extended Release Oral Capsule
1860497|12 HR hydrocodone bitartrate 30 MG Extended Release Oral Capsule
1860499|12 HR hydrocodone bitartrate 40 MG Extended Release Oral Capsule
1860501|12 HR hydrocodone bitartrate 50 MG Extended Release Oral Capsule
1595764|Abuse-Deterrent 24 HR hydrocodone bitartrate 100 MG Extended Release Oral Tablet
1595770|Abuse-Deterrent 24 HR hydrocodone bitartrate 120 MG Extended Release Oral Tablet
1595730|Abuse-Deterrent 24 HR hydrocodone bitartrate 20 MG Extended Release Oral Tablet
1595740|Abuse-Deterrent 24 HR hydrocodone bitartrate 30 MG Extended Release Oral Tablet
1595746|Abuse-Deterrent 24 HR hydrocodone bitartrate 40 MG Extended Release Oral Tablet
1595752|Abuse-Deterrent 24 HR hydrocodone bitartrate 60 MG Extended Release Oral Tablet
1595758|Abuse-Deterrent 24 HR hydrocodone bitartrate 80 MG Extended Release Oral Tablet
1044427|acetaminophen 20 MG/ML / hydrocodone bitartrate 0.667 MG/ML Oral Solution
856940|acetaminophen 21.7 MG/ML / hydrocodone bitartrate 0.5 MG/ML Oral Solution
856944|acetaminophen 21.7 MG/ML / hydrocodone bitartrate 0.67 MG/ML Oral Solution
856980|acetaminophen 300 MG / hydrocodone bitartrate 10 MG Oral Tablet
856987|acetaminophen 300 MG / hydrocodone bitartrate 5 MG Oral Tablet
856992|acetaminophen 300 MG / hydrocodone bitartrate 7.5 MG Oral Tablet
856999|acetaminophen 325 MG / hydrocodone bitartrate 10 MG Oral Tablet
857391|acetaminophen 325 MG / hydrocodone bitartrate 2.5 MG Oral Tablet
857002|acetaminophen 325 MG / hydrocodone bitartrate 5 MG Oral Tablet
857005|acetaminophen 325 MG / hydrocodone bitartrate 7.5 MG Oral Tablet
857076|acetaminophen 33.3 MG/ML / hydrocodone bitartrate 0.333 MG/ML Oral Solution
857099|acetaminophen 33.3 MG/ML / hydrocodone bitartrate 0.5 MG/ML Oral Solution
857128|acetaminophen 400 MG / hydrocodone bitartrate 10 MG Oral Tablet
857131|acetaminophen 400 MG / hydrocodone bitartrate 5 MG Oral Tablet
857134|acetaminophen 400 MG / hydrocodone bitartrate 7.5 MG Oral Tablet
857107|acetaminophen 500 MG / hydrocodone bitartrate 10 MG Oral Tablet
857111|acetaminophen 500 MG / hydrocodone bitartrate 2.5 MG Oral Tablet
856962|acetaminophen 500 MG / hydrocodone bitartrate 5 MG Oral Capsule
856903|acetaminophen 500 MG / hydrocodone bitartrate 5 MG Oral Tablet
857118|acetaminophen 500 MG / hydrocodone bitartrate 7.5 MG Oral Tablet
857501|acetaminophen 556 MG / hydrocodone bitartrate 5 MG Oral Tablet
857383|acetaminophen 650 MG / hydrocodone bitartrate 10 MG Oral Tablet
857083|acetaminophen 650 MG / hydrocodone bitartrate 7.5 MG Oral Tablet
856908|acetaminophen 660 MG / hydrocodone bitartrate 10 MG Oral Tablet
833036|acetaminophen 750 MG / hydrocodone bitartrate 7.5 MG Oral Tablet
857121|aspirin 500 MG / hydrocodone bitartrate 5 MG Oral Tablet
859315|hydrocodone bitartrate 10 MG / ibuprofen 200 MG Oral Tablet
858770|hydrocodone bitartrate 2.5 MG / ibuprofen 200 MG Oral Tablet
858778|hydrocodone bitartrate 5 MG / ibuprofen 200 MG Oral Tablet
858798|hydrocodone bitartrate 7.5 MG / ibuprofen 200 MG Oral Tablet
860599|hydrocodone bitartrate 7.5 MG Oral Tablet
2103199|sufentanil 0.03 MG Sublingual Tablet [Dsuvia]
2103192|sufentanil 0.03 MG Sublingual Tablet
197873|levorphanol tartrate 2 MG Oral Tablet
2058845|levorphanol tartrate 3 MG Oral Tablet
861517|meperidine hydrochloride 100 MG Oral Tablet [Demerol]
861525|meperidine hydrochloride 50 MG Oral Tablet [Demerol]
861479|meperidine hydrochloride 10 MG/ML Oral Solution
861455|meperidine hydrochloride 100 MG Oral Tablet
861467|meperidine hydrochloride 50 MG Oral Tablet
106505|meptazinol 200 MG Oral Tablet
864708|methadone hydrochloride 10 MG Oral Tablet [Dolophine]
864712|methadone hydrochloride 10 MG Oral Tablet [Methadose]
991149|methadone hydrochloride 10 MG/ML Oral Solution [Methadose]
1990745|methadone hydrochloride 40 MG Tablet for Oral Suspension [Diskets]
864980|methadone hydrochloride 40 MG Tablet for Oral Suspension [Methadose]
864720|methadone hydrochloride 5 MG Oral Tablet [Dolophine]
864737|methadone hydrochloride 5 MG Oral Tablet [Methadose]
864761|methadone hydrochloride 1 MG/ML Oral Solution
864706|methadone hydrochloride 10 MG Oral Tablet
991147|methadone hydrochloride 10 MG/ML Oral Solution
864769|methadone hydrochloride 2 MG/ML Oral Solution
864984|methadone hydrochloride 20 MG/ML Oral Solution
864978|methadone hydrochloride 40 MG Tablet for Oral Suspension
864718|methadone hydrochloride 5 MG Oral Tablet
864826|methadone hydrochloride 5 MG/ML Oral Solution
1745886|Abuse-Deterrent 12 HR morphine sulfate 100 MG Extended Release Oral Tablet [Morphabond]
1871440|Abuse-Deterrent 12 HR morphine sulfate 15 MG Extended Release Oral Tablet [Arymo]
1745881|Abuse-Deterrent 12 HR morphine sulfate 15 MG Extended Release Oral Tablet [Morphabond]
1871443|Abuse-Deterrent 12 HR morphine sulfate 30 MG Extended Release Oral Tablet [Arymo]
1871446|Abuse-Deterrent 12 HR morphine sulfate 60 MG Extended Release Oral Tablet [Arymo]
1745892|Abuse-Deterrent 12 HR morphine sulfate 60 MG Extended Release Oral Tablet [Morphabond]
892496|morphine sulfate 10 MG Extended Release Oral Capsule [Kadian]
892556|morphine sulfate 100 MG Extended Release Oral Capsule [Kadian]
892560|morphine sulfate 100 MG Extended Release Oral Tablet [MS Contin]
892574|morphine sulfate 15 MG Extended Release Oral Tablet [MS Contin]
892598|morphine sulfate 20 MG Extended Release Oral Capsule [Kadian]
892645|morphine sulfate 200 MG Extended Release Oral Capsule [Kadian]
892648|morphine sulfate 200 MG Extended Release Oral Tablet [MS Contin]
892658|morphine sulfate 30 MG Extended Release Oral Capsule [Kadian]
892660|morphine sulfate 30 MG Extended Release Oral Tablet [MS Contin]
1303738|morphine sulfate 40 MG Extended Release Oral Capsule [Kadian]
894803|morphine sulfate 50 MG Extended Release Oral Capsule [Kadian]
894805|morphine sulfate 60 MG Extended Release Oral Capsule [Kadian]
894813|morphine sulfate 60 MG Extended Release Oral Tablet [MS Contin]
894816|morphine sulfate 80 MG Extended Release Oral Capsule [Kadian]
892297|24 HR morphine sulfate 120 MG Extended Release Oral Capsule
892342|24 HR morphine sulfate 30 MG Extended Release Oral Capsule
894942|24 HR morphine sulfate 45 MG Extended Release Oral Capsule
892349|24 HR morphine sulfate 60 MG Extended Release Oral Capsule
894970|24 HR morphine sulfate 75 MG Extended Release Oral Capsule
892355|24 HR morphine sulfate 90 MG Extended Release Oral Capsule
1872234|Abuse-Deterrent 12 HR morphine sulfate 100 MG Extended Release Oral Tablet
1871434|Abuse-Deterrent 12 HR morphine sulfate 15 MG Extended Release Oral Tablet
1871441|Abuse-Deterrent 12 HR morphine sulfate 30 MG Extended Release Oral Tablet
1871444|Abuse-Deterrent 12 HR morphine sulfate 60 MG Extended Release Oral Tablet
863845|Abuse-Deterrent morphine sulfate 100 MG / naltrexone hydrochloride 4 MG Extended Release Oral Capsule
863848|Abuse-Deterrent morphine sulfate 20 MG / naltrexone hydrochloride 0.8 MG Extended Release Oral Capsule
863850|Abuse-Deterrent morphine sulfate 30 MG / naltrexone hydrochloride 1.2 MG Extended Release Oral Capsule
863852|Abuse-Deterrent morphine sulfate 50 MG / naltrexone hydrochloride 2 MG Extended Release Oral Capsule
863854|Abuse-Deterrent morphine sulfate 60 MG / naltrexone hydrochloride 2.4 MG Extended Release Oral Capsule
863856|Abuse-Deterrent morphine sulfate 80 MG / naltrexone hydrochloride 3.2 MG Extended Release Oral Capsule
892494|morphine sulfate 10 MG Extended Release Oral Capsule
895014|morphine sulfate 10 MG Oral Tablet
892516|morphine sulfate 10 MG Rectal Suppository
895016|morphine sulfate 10 MG/ML Oral Solution
892554|morphine sulfate 100 MG Extended Release Oral Capsule
891874|morphine sulfate 100 MG Extended Release Oral Tablet
895022|morphine sulfate 100 MG Rectal Suppository
891881|morphine sulfate 15 MG Extended Release Oral Tablet
892579|morphine sulfate 15 MG Oral Capsule
892582|morphine sulfate 15 MG Oral Tablet
895185|morphine sulfate 15 MG Rectal Suppository
892589|morphine sulfate 2 MG/ML Oral Solution
895199|morphine sulfate 2 MG/ML Oral Suspension
892596|morphine sulfate 20 MG Extended Release Oral Capsule
895201|morphine sulfate 20 MG Oral Tablet
892603|morphine sulfate 20 MG Rectal Suppository
892625|morphine sulfate 20 MG/ML Oral Solution
892643|morphine sulfate 200 MG Extended Release Oral Capsule
892646|morphine sulfate 200 MG Extended Release Oral Tablet
895206|morphine sulfate 200 MG Oral Tablet
895208|morphine sulfate 3 MG/ML Oral Suspension
892345|morphine sulfate 30 MG Extended Release Oral Capsule
891888|morphine sulfate 30 MG Extended Release Oral Tablet
892669|morphine sulfate 30 MG Oral Capsule
892672|morphine sulfate 30 MG Oral Tablet
892678|morphine sulfate 30 MG Rectal Suppository
895215|morphine sulfate 35 MG Rectal Suppository
894780|morphine sulfate 4 MG/ML Oral Solution
1303736|morphine sulfate 40 MG Extended Release Oral Capsule
895217|morphine sulfate 5 MG Extended Release Oral Tablet
894807|morphine sulfate 5 MG Rectal Suppository
895219|morphine sulfate 5 MG/ML Oral Suspension
894801|morphine sulfate 50 MG Extended Release Oral Capsule
895221|morphine sulfate 50 MG Oral Tablet
895227|morphine sulfate 50 MG Rectal Suppository
895238|morphine sulfate 6 MG/ML Oral Solution
895240|morphine sulfate 6.67 MG/ML Oral Suspension
892352|morphine sulfate 60 MG Extended Release Oral Capsule
891893|morphine sulfate 60 MG Extended Release Oral Tablet
895247|morphine sulfate 60 MG Oral Tablet
895248|morphine sulfate 75 MG Rectal Suppository
894814|morphine sulfate 80 MG Extended Release Oral Capsule
312104|belladonna alkaloids 16.2 MG / opium 30 MG Rectal Suppository
312107|belladonna alkaloids 16.2 MG / opium 60 MG Rectal Suppository
830196|opium tincture 100 MG/ML Oral Solution
1791560|Abuse-Deterrent 12 HR oxycodone 13.5 MG Extended Release Oral Capsule [Xtampza]
1791569|Abuse-Deterrent 12 HR oxycodone 18 MG Extended Release Oral Capsule [Xtampza]
1791576|Abuse-Deterrent 12 HR oxycodone 27 MG Extended Release Oral Capsule [Xtampza]
1791582|Abuse-Deterrent 12 HR oxycodone 36 MG Extended Release Oral Capsule [Xtampza]
1790533|Abuse-Deterrent 12 HR oxycodone 9 MG Extended Release Oral Capsule [Xtampza]
1049504|Abuse-Deterrent 12 HR oxycodone hydrochloride 10 MG Extended Release Oral Tablet [Oxycontin]
1049545|Abuse-Deterrent 12 HR oxycodone hydrochloride 15 MG Extended Release Oral Tablet [Oxycontin]
1049565|Abuse-Deterrent 12 HR oxycodone hydrochloride 20 MG Extended Release Oral Tablet [Oxycontin]
1049576|Abuse-Deterrent 12 HR oxycodone hydrochloride 30 MG Extended Release Oral Tablet [Oxycontin]
1049586|Abuse-Deterrent 12 HR oxycodone hydrochloride 40 MG Extended Release Oral Tablet [Oxycontin]
1049595|Abuse-Deterrent 12 HR oxycodone hydrochloride 60 MG Extended Release Oral Tablet [Oxycontin]
1049601|Abuse-Deterrent 12 HR oxycodone hydrochloride 80 MG Extended Release Oral Tablet [Oxycontin]
1944535|Abuse-Deterrent oxycodone hydrochloride 15 MG Oral Tablet [Roxybond]
1944540|Abuse-Deterrent oxycodone hydrochloride 30 MG Oral Tablet [Roxybond]
1944543|Abuse-Deterrent oxycodone hydrochloride 5 MG Oral Tablet [Roxybond]
1537120|acetaminophen 300 MG / oxycodone hydrochloride 10 MG Oral Tablet [Primlev]
2279510|acetaminophen 300 MG / oxycodone hydrochloride 10 MG Oral Tablet [Prolate]
2045500|acetaminophen 300 MG / oxycodone hydrochloride 2.5 MG Oral Tablet [Nalocet]
1537116|acetaminophen 300 MG / oxycodone hydrochloride 5 MG Oral Tablet [Primlev]
2279512|acetaminophen 300 MG / oxycodone hydrochloride 5 MG Oral Tablet [Prolate]
1537122|acetaminophen 300 MG / oxycodone hydrochloride 7.5 MG Oral Tablet [Primlev]
2279514|acetaminophen 300 MG / oxycodone hydrochloride 7.5 MG Oral Tablet [Prolate]
1049216|acetaminophen 325 MG / oxycodone hydrochloride 10 MG Oral Tablet [Endocet]
1049625|acetaminophen 325 MG / oxycodone hydrochloride 10 MG Oral Tablet [Percocet]
1487288|acetaminophen 325 MG / oxycodone hydrochloride 2.5 MG Oral Tablet [Endocet]
1049637|acetaminophen 325 MG / oxycodone hydrochloride 2.5 MG Oral Tablet [Percocet]
1049223|acetaminophen 325 MG / oxycodone hydrochloride 5 MG Oral Tablet [Endocet]
1049640|acetaminophen 325 MG / oxycodone hydrochloride 5 MG Oral Tablet [Percocet]
1049227|acetaminophen 325 MG / oxycodone hydrochloride 7.5 MG Oral Tablet [Endocet]
1049642|acetaminophen 325 MG / oxycodone hydrochloride 7.5 MG Oral Tablet [Percocet]
2281851|acetaminophen 60 MG/ML / oxycodone hydrochloride 2 MG/ML Oral Solution [Prolate]
848928|aspirin 325 MG / oxycodone hydrochloride 4.84 MG Oral Tablet [Endodan Reformulated May 2009]
1049613|oxycodone hydrochloride 15 MG Oral Tablet [Roxicodone]
1049620|oxycodone hydrochloride 30 MG Oral Tablet [Roxicodone]
1664448|oxycodone hydrochloride 5 MG Oral Tablet [Oxaydo]
1049623|oxycodone hydrochloride 5 MG Oral Tablet [Roxicodone]
1664634|oxycodone hydrochloride 7.5 MG Oral Tablet [Oxaydo]
1049502|12 HR oxycodone hydrochloride 10 MG Extended Release Oral Tablet
1049543|12 HR oxycodone hydrochloride 15 MG Extended Release Oral Tablet
1049563|12 HR oxycodone hydrochloride 20 MG Extended Release Oral Tablet
1049574|12 HR oxycodone hydrochloride 30 MG Extended Release Oral Tablet
1049584|12 HR oxycodone hydrochloride 40 MG Extended Release Oral Tablet
1049593|12 HR oxycodone hydrochloride 60 MG Extended Release Oral Tablet
1049599|12 HR oxycodone hydrochloride 80 MG Extended Release Oral Tablet
1791558|Abuse-Deterrent 12 HR oxycodone 13.5 MG Extended Release Oral Capsule
1791567|Abuse-Deterrent 12 HR oxycodone 18 MG Extended Release Oral Capsule
1791574|Abuse-Deterrent 12 HR oxycodone 27 MG Extended Release Oral Capsule
1791580|Abuse-Deterrent 12 HR oxycodone 36 MG Extended Release Oral Capsule
1790527|Abuse-Deterrent 12 HR oxycodone 9 MG Extended Release Oral Capsule
1860157|Abuse-Deterrent 12 HR oxycodone hydrochloride 10 MG Extended Release Oral Tablet
1860154|Abuse-Deterrent 12 HR oxycodone hydrochloride 15 MG Extended Release Oral Tablet
1860129|Abuse-Deterrent 12 HR oxycodone hydrochloride 20 MG Extended Release Oral Tablet
1860151|Abuse-Deterrent 12 HR oxycodone hydrochloride 30 MG Extended Release Oral Tablet
1860137|Abuse-Deterrent 12 HR oxycodone hydrochloride 40 MG Extended Release Oral Tablet
1860127|Abuse-Deterrent 12 HR oxycodone hydrochloride 60 MG Extended Release Oral Tablet
1860148|Abuse-Deterrent 12 HR oxycodone hydrochloride 80 MG Extended Release Oral Tablet
1944529|Abuse-Deterrent oxycodone hydrochloride 15 MG Oral Tablet
1944538|Abuse-Deterrent oxycodone hydrochloride 30 MG Oral Tablet
1944541|Abuse-Deterrent oxycodone hydrochloride 5 MG Oral Tablet
1014599|acetaminophen 300 MG / oxycodone hydrochloride 10 MG Oral Tablet
1037259|acetaminophen 300 MG / oxycodone hydrochloride 2.5 MG Oral Tablet
1014615|acetaminophen 300 MG / oxycodone hydrochloride 5 MG Oral Tablet
1014632|acetaminophen 300 MG / oxycodone hydrochloride 7.5 MG Oral Tablet
1049214|acetaminophen 325 MG / oxycodone hydrochloride 10 MG Oral Tablet
1049635|acetaminophen 325 MG / oxycodone hydrochloride 2.5 MG Oral Tablet
1049221|acetaminophen 325 MG / oxycodone hydrochloride 5 MG Oral Tablet
1049225|acetaminophen 325 MG / oxycodone hydrochloride 7.5 MG Oral Tablet
1049251|acetaminophen 400 MG / oxycodone hydrochloride 10 MG Oral Tablet
1049260|acetaminophen 400 MG / oxycodone hydrochloride 5 MG Oral Tablet
1049267|acetaminophen 400 MG / oxycodone hydrochloride 7.5 MG Oral Tablet
1049651|acetaminophen 500 MG / oxycodone hydrochloride 10 MG Oral Tablet
1049658|acetaminophen 500 MG / oxycodone hydrochloride 5 MG Oral Capsule
1049233|acetaminophen 500 MG / oxycodone hydrochloride 7.5 MG Oral Tablet
2105822|acetaminophen 60 MG/ML / oxycodone hydrochloride 2 MG/ML Oral Solution
1049580|acetaminophen 65 MG/ML / oxycodone hydrochloride 1 MG/ML Oral Solution
1049270|acetaminophen 650 MG / oxycodone hydrochloride 10 MG Oral Tablet
724614|aspirin 325 MG / oxycodone hydrochloride 2.25 MG / oxycodone terephthalate 0.19 MG Oral Tablet
637540|aspirin 325 MG / oxycodone hydrochloride 4.5 MG / oxycodone terephthalate 0.38 MG Oral Tablet
848768|aspirin 325 MG / oxycodone hydrochloride 4.84 MG Oral Tablet
1049589|ibuprofen 400 MG / oxycodone hydrochloride 5 MG Oral Tablet
1049604|oxycodone hydrochloride 1 MG/ML Oral Solution
1049717|oxycodone hydrochloride 10 MG Oral Capsule
1049683|oxycodone hydrochloride 10 MG Oral Tablet
1049720|oxycodone hydrochloride 10 MG/ML Oral Solution
1049611|oxycodone hydrochloride 15 MG Oral Tablet
1049721|oxycodone hydrochloride 20 MG Oral Capsule
1049686|oxycodone hydrochloride 20 MG Oral Tablet
1049615|oxycodone hydrochloride 20 MG/ML Oral Solution
1049618|oxycodone hydrochloride 30 MG Oral Tablet
1049727|oxycodone hydrochloride 5 MG Extended Release Oral Tablet
1049696|oxycodone hydrochloride 5 MG Oral Capsule
1049621|oxycodone hydrochloride 5 MG Oral Tablet
1113314|oxycodone hydrochloride 7.5 MG Oral Tablet
977943|oxymorphone hydrochloride 10 MG Oral Tablet [Opana]
977874|12 HR oxymorphone hydrochloride 10 MG Extended Release Oral Tablet
977894|12 HR oxymorphone hydrochloride 15 MG Extended Release Oral Tablet
977902|12 HR oxymorphone hydrochloride 20 MG Extended Release Oral Tablet
977909|12 HR oxymorphone hydrochloride 30 MG Extended Release Oral Tablet
977915|12 HR oxymorphone hydrochloride 40 MG Extended Release Oral Tablet
977923|12 HR oxymorphone hydrochloride 5 MG Extended Release Oral Tablet
977929|12 HR oxymorphone hydrochloride 7.5 MG Extended Release Oral Tablet
977942|oxymorphone hydrochloride 10 MG Oral Tablet
977939|oxymorphone hydrochloride 5 MG Oral Tablet
1149367|12 HR tapentadol 100 MG Extended Release Oral Tablet [Nucynta]
1149370|12 HR tapentadol 150 MG Extended Release Oral Tablet [Nucynta]
1149373|12 HR tapentadol 200 MG Extended Release Oral Tablet [Nucynta]
1149376|12 HR tapentadol 250 MG Extended Release Oral Tablet [Nucynta]
1149378|12 HR tapentadol 50 MG Extended Release Oral Tablet [Nucynta]
854140|tapentadol 100 MG Oral Tablet [Nucynta]
854142|tapentadol 50 MG Oral Tablet [Nucynta]
854144|tapentadol 75 MG Oral Tablet [Nucynta]
1148797|12 HR tapentadol 100 MG Extended Release Oral Tablet
1148800|12 HR tapentadol 150 MG Extended Release Oral Tablet
1148803|12 HR tapentadol 200 MG Extended Release Oral Tablet
1148807|12 HR tapentadol 250 MG Extended Release Oral Tablet
1148809|12 HR tapentadol 50 MG Extended Release Oral Tablet
825409|tapentadol 100 MG Oral Tablet
1356315|tapentadol 20 MG/ML Oral Solution
825411|tapentadol 50 MG Oral Tablet
825413|tapentadol 75 MG Oral Tablet
312288|acetaminophen 650 MG / pentazocine 25 MG Oral Tablet
312289|naloxone 0.5 MG / pentazocine 50 MG Oral Tablet
250485|pentazocine 25 MG Oral Tablet
250486|pentazocine 50 MG Oral Capsule
250877|pentazocine 50 MG Rectal Suppository
849293|acetaminophen 325 MG / propoxyphene hydrochloride 32.5 MG Oral Tablet
827751|acetaminophen 325 MG / propoxyphene napsylate 100 MG Oral Tablet
849295|acetaminophen 325 MG / propoxyphene napsylate 50 MG Oral Tablet
849304|acetaminophen 500 MG / propoxyphene napsylate 100 MG Oral Tablet
828576|acetaminophen 650 MG / propoxyphene napsylate 100 MG Oral Tablet
828585|aspirin 389 MG / caffeine 32.4 MG / propoxyphene hydrochloride 32 MG Oral Capsule
828594|aspirin 389 MG / caffeine 32.4 MG / propoxyphene hydrochloride 65 MG Oral Capsule
849279|propoxyphene hydrochloride 65 MG Oral Capsule
827748|propoxyphene napsylate 100 MG Oral Tablet
"""

CDC_BENZODIAZEPINE_PRODUCTS = """
208464|temazepam 15 MG Oral Capsule [Restoril]
539384|temazepam 22.5 MG Oral Capsule [Restoril]
208465|temazepam 30 MG Oral Capsule [Restoril]
208463|temazepam 7.5 MG Oral Capsule [Restoril]
199975|temazepam 10 MG Oral Tablet
198241|temazepam 15 MG Oral Capsule
151283|temazepam 2 MG/ML Oral Solution
104693|temazepam 20 MG Oral Tablet
485489|temazepam 22.5 MG Oral Capsule
198242|temazepam 30 MG Oral Capsule
198243|temazepam 7.5 MG Oral Capsule
208681|triazolam 0.25 MG Oral Tablet [Halcion]
198317|triazolam 0.125 MG Oral Tablet
198318|triazolam 0.25 MG Oral Tablet
104707|bromazepam 1.5 MG Oral Tablet
199436|bromazepam 3 MG Oral Tablet
2102713|clobazam 10 MG Oral Film [Sympazan]
1191056|clobazam 10 MG Oral Tablet [Onfi]
1366196|clobazam 2.5 MG/ML Oral Suspension [Onfi]
2102715|clobazam 20 MG Oral Film [Sympazan]
1191058|clobazam 20 MG Oral Tablet [Onfi]
2102717|clobazam 5 MG Oral Film [Sympazan]
2058253|clobazam 10 MG Oral Film
199450|clobazam 10 MG Oral Tablet
1366192|clobazam 2.5 MG/ML Oral Suspension
2058254|clobazam 20 MG Oral Film
246172|clobazam 20 MG Oral Tablet
2058255|clobazam 5 MG Oral Film
427538|clobazam 5 MG Oral Tablet
542857|clorazepate dipotassium 15 MG Oral Tablet [Tranxene]
542967|clorazepate dipotassium 3.75 MG Oral Tablet [Tranxene]
1149627|clorazepate dipotassium 7.5 MG Oral Tablet [Tranxene]
1251277|clorazepate dipotassium 11.3 MG Oral Tablet
576647|clorazepate dipotassium 15 MG Oral Capsule
197464|clorazepate dipotassium 15 MG Oral Tablet
618739|clorazepate dipotassium 22.5 MG Oral Tablet
197465|clorazepate dipotassium 3.75 MG Oral Tablet
618751|clorazepate dipotassium 7.5 MG Oral Capsule
197466|clorazepate dipotassium 7.5 MG Oral Tablet
856796|amitriptyline hydrochloride 25 MG / chlordiazepoxide 10 MG Oral Tablet [Limbitrol]
889616|chlordiazepoxide hydrochloride 5 MG / clidinium bromide 2.5 MG Oral Capsule [Librax]
856863|amitriptyline hydrochloride 12.5 MG / chlordiazepoxide 10 MG Oral Tablet
856769|amitriptyline hydrochloride 12.5 MG / chlordiazepoxide 5 MG Oral Tablet
856792|amitriptyline hydrochloride 25 MG / chlordiazepoxide 10 MG Oral Tablet
249035|chlordiazepoxide 5 MG / clidinium bromide 2.5 MG Oral Tablet
905369|chlordiazepoxide hydrochloride 10 MG Oral Capsule
905532|chlordiazepoxide hydrochloride 10 MG Oral Tablet
905495|chlordiazepoxide hydrochloride 25 MG Oral Capsule
905505|chlordiazepoxide hydrochloride 25 MG Oral Tablet
889614|chlordiazepoxide hydrochloride 5 MG / clidinium bromide 2.5 MG Oral Capsule
905516|chlordiazepoxide hydrochloride 5 MG Oral Capsule
905521|chlordiazepoxide hydrochloride 5 MG Oral Tablet
2383951|remimazolam 20 MG Injection [Byfavo]
2383946|remimazolam 20 MG Injection
206157|clonazepam 0.5 MG Oral Tablet [Klonopin]
206159|clonazepam 1 MG Oral Tablet [Klonopin]
206160|clonazepam 2 MG Oral Tablet [Klonopin]
387007|clonazepam 0.1 MG/ML Oral Solution
349194|clonazepam 0.125 MG Disintegrating Oral Tablet
349195|clonazepam 0.25 MG Disintegrating Oral Tablet
387008|clonazepam 0.4 MG/ML Oral Solution
349198|clonazepam 0.5 MG Disintegrating Oral Tablet
197527|clonazepam 0.5 MG Oral Tablet
349196|clonazepam 1 MG Disintegrating Oral Tablet
197528|clonazepam 1 MG Oral Tablet
349197|clonazepam 2 MG Disintegrating Oral Tablet
197529|clonazepam 2 MG Oral Tablet
197747|halazepam 20 MG Oral Tablet
197748|halazepam 40 MG Oral Tablet
250487|lormetazepam 0.5 MG Oral Tablet
199763|lormetazepam 1 MG Oral Tablet
2272622|{1 (0.1 ML) (diazepam 100 MG/ML Nasal Spray [Valtoco]) } Pack [Valtoco 10 MG Dose Kit]
2272630|{1 (0.1 ML) (diazepam 50 MG/ML Nasal Spray [Valtoco]) } Pack [Valtoco 5 MG Dose Kit]
2272624|{2 (0.1 ML) (diazepam 100 MG/ML Nasal Spray [Valtoco]) } Pack [Valtoco 20 MG Dose Kit]
2272636|{2 (0.1 ML) (diazepam 75 MG/ML Nasal Spray [Valtoco]) } Pack [Valtoco 15 MG Dose Kit]
2272621|{1 (0.1 ML) (diazepam 100 MG/ML Nasal Spray) } Pack
2272627|{1 (0.1 ML) (diazepam 50 MG/ML Nasal Spray) } Pack
2272623|{2 (0.1 ML) (diazepam 100 MG/ML Nasal Spray) } Pack
2272633|{2 (0.1 ML) (diazepam 75 MG/ML Nasal Spray) } Pack
801958|0.5 ML diazepam 5 MG/ML Rectal Gel [Diastat]
801962|2 ML diazepam 5 MG/ML Rectal Gel [Diastat]
801965|4 ML diazepam 5 MG/ML Rectal Gel [Diastat]
104701|diazepam 10 MG Oral Tablet [Valium]
2272619|diazepam 100 MG/ML Nasal Spray [Valtoco]
104699|diazepam 2 MG Oral Tablet [Valium]
104700|diazepam 5 MG Oral Tablet [Valium]
2272629|diazepam 50 MG/ML Nasal Spray [Valtoco]
2272635|diazepam 75 MG/ML Nasal Spray [Valtoco]
801957|0.5 ML diazepam 5 MG/ML Rectal Gel
1807452|2 ML diazepam 5 MG/ML Auto-Injector
1807459|2 ML diazepam 5 MG/ML Cartridge
2120550|2 ML diazepam 5 MG/ML Prefilled Syringe
801961|2 ML diazepam 5 MG/ML Rectal Gel
801966|4 ML diazepam 5 MG/ML Rectal Gel
141926|diazepam 0.4 MG/ML Oral Solution
108379|diazepam 0.5 MG/ML Oral Suspension
309843|diazepam 1 MG/ML Oral Solution
197589|diazepam 10 MG Oral Tablet
104706|diazepam 10 MG Rectal Suppository
2272613|diazepam 100 MG/ML Nasal Spray
197590|diazepam 2 MG Oral Tablet
422658|diazepam 2 MG/ML Enema
108380|diazepam 2 MG/ML Oral Suspension
422657|diazepam 4 MG/ML Enema
197591|diazepam 5 MG Oral Tablet
309845|diazepam 5 MG/ML Injectable Solution
105032|diazepam 5 MG/ML Injectable Suspension
309844|diazepam 5 MG/ML Oral Solution
2272626|diazepam 50 MG/ML Nasal Spray
2272632|diazepam 75 MG/ML Nasal Spray
207889|quazepam 15 MG Oral Tablet [Doral]
198183|quazepam 15 MG Oral Tablet
198184|quazepam 7.5 MG Oral Tablet
197653|estazolam 1 MG Oral Tablet
197654|estazolam 2 MG Oral Tablet
104683|flunitrazepam 1 MG Oral Tablet
1298088|flurazepam hydrochloride 15 MG Oral Capsule
1298091|flurazepam hydrochloride 30 MG Oral Capsule
687025|24 HR alprazolam 0.5 MG Extended Release Oral Tablet [Xanax]
687024|24 HR alprazolam 1 MG Extended Release Oral Tablet [Xanax]
687023|24 HR alprazolam 2 MG Extended Release Oral Tablet [Xanax]
687022|24 HR alprazolam 3 MG Extended Release Oral Tablet [Xanax]
141927|alprazolam 0.25 MG Oral Tablet [Xanax]
141928|alprazolam 0.5 MG Oral Tablet [Xanax]
214003|alprazolam 1 MG Oral Tablet [Xanax]
214004|alprazolam 2 MG Oral Tablet [Xanax]
433798|24 HR alprazolam 0.5 MG Extended Release Oral Tablet
433800|24 HR alprazolam 1 MG Extended Release Oral Tablet
433799|24 HR alprazolam 2 MG Extended Release Oral Tablet
433801|24 HR alprazolam 3 MG Extended Release Oral Tablet
308049|alprazolam 0.1 MG/ML Oral Solution
485413|alprazolam 0.25 MG Disintegrating Oral Tablet
308047|alprazolam 0.25 MG Oral Tablet
485415|alprazolam 0.5 MG Disintegrating Oral Tablet
308048|alprazolam 0.5 MG Oral Tablet
485414|alprazolam 1 MG Disintegrating Oral Tablet
197321|alprazolam 1 MG Oral Tablet
308050|alprazolam 1 MG/ML Oral Solution
485416|alprazolam 2 MG Disintegrating Oral Tablet
197322|alprazolam 2 MG Oral Tablet
1665190|1 ML lorazepam 2 MG/ML Injection [Ativan]
1665327|1 ML lorazepam 4 MG/ML Injection [Ativan]
2569571|24 HR lorazepam 1 MG Extended Release Oral Capsule [Loreev]
2594603|24 HR lorazepam 1.5 MG Extended Release Oral Capsule [Loreev]
2569575|24 HR lorazepam 2 MG Extended Release Oral Capsule [Loreev]
2569580|24 HR lorazepam 3 MG Extended Release Oral Capsule [Loreev]
206821|lorazepam 0.5 MG Oral Tablet [Ativan]
104719|lorazepam 1 MG Oral Tablet [Ativan]
206828|lorazepam 2 MG Oral Tablet [Ativan]
206819|lorazepam 2 MG/ML Injectable Solution [Ativan]
206820|lorazepam 4 MG/ML Injectable Solution [Ativan]
763028|1 ML lorazepam 2 MG/ML Cartridge
1665188|1 ML lorazepam 2 MG/ML Injection
763029|1 ML lorazepam 4 MG/ML Cartridge
1665326|1 ML lorazepam 4 MG/ML Injection
2569564|24 HR lorazepam 1 MG Extended Release Oral Capsule
2594600|24 HR lorazepam 1.5 MG Extended Release Oral Capsule
2569573|24 HR lorazepam 2 MG Extended Release Oral Capsule
2569577|24 HR lorazepam 3 MG Extended Release Oral Capsule
197900|lorazepam 0.5 MG Oral Tablet
197901|lorazepam 1 MG Oral Tablet
197902|lorazepam 2 MG Oral Tablet
238100|lorazepam 2 MG/ML Injectable Solution
311376|lorazepam 2 MG/ML Oral Solution
199275|lorazepam 2.5 MG Oral Tablet
238101|lorazepam 4 MG/ML Injectable Solution
2057964|midazolam 5 MG/ML Injectable Solution [Seizalam]
2173500|midazolam 50 MG/ML Nasal Spray [Nayzilam]
2608698|0.7 ML midazolam 14.3 MG/ML Auto-Injector
1666821|1 ML midazolam 5 MG/ML Cartridge
1666814|1 ML midazolam 5 MG/ML Injection
1551395|1 ML midazolam 5 MG/ML Prefilled Syringe
2541171|100 ML midazolam 1 MG/ML Injection
1666777|2 ML midazolam 1 MG/ML Cartridge
1666798|2 ML midazolam 1 MG/ML Injection
998211|2 ML midazolam 1 MG/ML Prefilled Syringe
1666823|2 ML midazolam 5 MG/ML Injection
1551393|2 ML midazolam 5 MG/ML Prefilled Syringe
1666800|5 ML midazolam 1 MG/ML Injection
2541170|50 ML midazolam 1 MG/ML Injection
311700|midazolam 1 MG/ML Injectable Solution
248630|midazolam 15 MG Oral Tablet
106517|midazolam 2 MG/ML Injectable Solution
422410|midazolam 2 MG/ML Oral Solution
311702|midazolam 5 MG/ML Injectable Solution
2173494|midazolam 50 MG/ML Nasal Spray
199775|midazolam 7.5 MG Oral Tablet
141923|nitrazepam 0.5 MG/ML Oral Suspension
108880|nitrazepam 1 MG/ML Oral Suspension
141922|nitrazepam 10 MG Oral Tablet
199492|nitrazepam 5 MG Oral Tablet
198057|oxazepam 10 MG Oral Capsule
312133|oxazepam 10 MG Oral Tablet
312134|oxazepam 15 MG Oral Capsule
198058|oxazepam 15 MG Oral Tablet
198059|oxazepam 30 MG Oral Capsule
312135|oxazepam 30 MG Oral Tablet
312590|prazepam 10 MG Oral Tablet
"""


# Opioid-NSAID combinations are NSAIDs too (rules.md §2: N02AJ combinations count as NSAID and opioid).
OPIOID_NSAID_WORDS = "ibuprofen|aspirin|celecoxib|naproxen|diclofenac|ketorolac|meloxicam|ketoprofen"

# Copied from the VSAC expansion (code|display, in the source's order): "Anticoagulants for All Indications".
VSAC_ANTICOAGULANT_PRODUCTS = """
1037045|dabigatran etexilate 150 MG Oral Capsule
1037179|dabigatran etexilate 75 MG Oral Capsule
1114198|rivaroxaban 10 MG Oral Tablet
1232082|rivaroxaban 15 MG Oral Tablet
1232086|rivaroxaban 20 MG Oral Tablet
1361574|heparin sodium, porcine 20000 UNT/ML Injectable Solution
1361615|heparin sodium, porcine 5000 UNT/ML Injectable Solution
1361853|0.5 ML heparin sodium, porcine 10000 UNT/ML Cartridge
1362831|heparin sodium, porcine 10000 UNT/ML Injectable Solution
1364435|apixaban 2.5 MG Oral Tablet
1364445|apixaban 5 MG Oral Tablet
1549682|{42 (rivaroxaban 15 MG Oral Tablet) / 9 (rivaroxaban 20 MG Oral Tablet) } Pack
1599543|edoxaban 15 MG Oral Tablet
1599551|edoxaban 30 MG Oral Tablet
1599555|edoxaban 60 MG Oral Tablet
1658634|0.5 ML heparin sodium, porcine 10000 UNT/ML Injection
1658637|1 ML heparin sodium, porcine 10000 UNT/ML Injection
1658647|2 ML heparin sodium, porcine 1000 UNT/ML Injection
1658690|1000 ML heparin sodium, porcine 2 UNT/ML Injection
1658692|500 ML heparin sodium, porcine 2 UNT/ML Injection
1658717|250 ML heparin sodium, porcine 100 UNT/ML Injection
1659195|500 ML heparin sodium, porcine 50 UNT/ML Injection
1659197|250 ML heparin sodium, porcine 50 UNT/ML Injection
1659260|1 ML heparin sodium, porcine 5000 UNT/ML Cartridge
1659263|1 ML heparin sodium, porcine 5000 UNT/ML Injection
1723476|dabigatran etexilate 110 MG Oral Capsule
1798389|1 ML heparin sodium, porcine 5000 UNT/ML Prefilled Syringe
1992427|{74 (apixaban 5 MG Oral Tablet) } Pack
1997015|50 ML bivalirudin 5 MG/ML Injection
1997017|100 ML bivalirudin 5 MG/ML Injection
2121591|0.5 ML heparin sodium, porcine 10000 UNT/ML Prefilled Syringe
308351|2.5 ML argatroban 100 MG/ML Injection
308769|bivalirudin 250 MG Injection
402248|desirudin 15 MG Injection
854228|0.3 ML enoxaparin sodium 100 MG/ML Prefilled Syringe
854235|0.4 ML enoxaparin sodium 100 MG/ML Prefilled Syringe
854238|0.6 ML enoxaparin sodium 100 MG/ML Prefilled Syringe
854241|0.8 ML enoxaparin sodium 100 MG/ML Prefilled Syringe
854245|0.8 ML enoxaparin sodium 150 MG/ML Prefilled Syringe
854248|1 ML enoxaparin sodium 100 MG/ML Prefilled Syringe
854252|1 ML enoxaparin sodium 150 MG/ML Prefilled Syringe
854255|enoxaparin sodium 100 MG/ML Injectable Solution
855288|warfarin sodium 1 MG Oral Tablet
855296|warfarin sodium 10 MG Oral Tablet
855302|warfarin sodium 2 MG Oral Tablet
855312|warfarin sodium 2.5 MG Oral Tablet
855318|warfarin sodium 3 MG Oral Tablet
855324|warfarin sodium 4 MG Oral Tablet
855332|warfarin sodium 5 MG Oral Tablet
855338|warfarin sodium 6 MG Oral Tablet
855344|warfarin sodium 7.5 MG Oral Tablet
861356|0.8 ML fondaparinux sodium 12.5 MG/ML Prefilled Syringe
861360|0.5 ML fondaparinux sodium 5 MG/ML Prefilled Syringe
861363|0.4 ML fondaparinux sodium 12.5 MG/ML Prefilled Syringe
861365|0.6 ML fondaparinux sodium 12.5 MG/ML Prefilled Syringe
978725|0.2 ML dalteparin sodium 12500 UNT/ML Prefilled Syringe
978733|0.2 ML dalteparin sodium 25000 UNT/ML Prefilled Syringe
978736|0.3 ML dalteparin sodium 25000 UNT/ML Prefilled Syringe
978740|0.5 ML dalteparin sodium 25000 UNT/ML Prefilled Syringe
978744|0.6 ML dalteparin sodium 25000 UNT/ML Prefilled Syringe
978746|0.72 ML dalteparin sodium 25000 UNT/ML Prefilled Syringe
978755|1 ML dalteparin sodium 10000 UNT/ML Prefilled Syringe
978759|dalteparin sodium 10000 UNT/ML Injectable Solution
978777|dalteparin sodium 25000 UNT/ML Injectable Solution
"""

# Non-melanoma skin carcinomas in the copied VSAC rows (the SNOMED CT equivalents of ICD-10 C44, which
# MALIGNANCY_ANY excludes): basal cell carcinomas, cutaneous squamous cell carcinomas, skin adnexal
# carcinomas and the unspecific 'malignant neoplasm of skin' codes (mapped to C44 in ICD-10).
SKIN_NON_MELANOMA = frozenset(
    {
        "372122006", "372123001", "372124007", "372126009", "372128005", "372130007", "402636006",
        "399934007", "399954008", "400174005", "402494003", "402495002", "402496001", "402497005",
        "402498000", "402499008", "402500004", "402501000", "402502007", "402503002", "402504008",
        "402505009", "402506005", "402507001", "402508006", "402509003", "402510008", "402511007",
        "402512000", "402513005", "402514004", "402515003", "402517006", "402518001", "402519009",
        "402520003", "402521004", "402522006", "402523001", "402524007", "402525008", "402526009",
        "402527000", "402528005", "402536001", "402818009", "402819001", "402820007", "403915004",
        "403916003", "403917007", "403918002", "403919005",
        "402817004", "403891008", "403892001", "403893006", "403894000", "403898002",
        "403949007", "403950007", "403951006", "403955002",
    }
)  # fmt: skip

# MALIGNANCY_SPINE from the copied VSAC rows: malignancy of the vertebral column, and bone metastases at any
# site (the SNOMED CT side of ICD-10 C41.2 and C79.5, which MALIGNANCY_SPINE holds).
SPINE_OR_BONE = frozenset(
    {
        "363438000", "372018003", "372019006", "372028007", "94602001", "94527001",
        "94487002", "94490008", "94504009", "94508007", "94521000", "94529003", "94533005", "94536002",
        "94598003", "94605004", "94621009", "94630001", "94635006", "94644007", "94645008", "94650002",
        "94680007", "94683009",
    }
)  # fmt: skip

# Copied from the VSAC expansion 'All Primary and Secondary Cancer' (SNOMED CT part, code|display, in the
# source's string-sorted order): three contiguous ranges, 550 codes. Every code passes the SNOMED CT Verhoeff
# check digit (tests/test_valuesets.py), which catches a mistyped digit.
VSAC_CANCER_SNOMED = """
359785002|Metastatic malignant neoplasm to dome of urinary bladder (disorder)
359987004|Krukenberg tumor (disorder)
363346000|Malignant neoplastic disease (disorder)
363348004|Malignant tumor of lip (disorder)
363349007|Malignant tumor of stomach (disorder)
363350007|Malignant tumor of cecum (disorder)
363351006|Malignant tumor of rectum (disorder)
363352004|Malignant tumor of anal canal (disorder)
363354003|Malignant tumor of cervix (disorder)
363355002|Malignant tumor of adrenal gland (disorder)
363357005|Malignant neoplasm of ill-defined site (disorder)
363358000|Malignant tumor of lung (disorder)
363359008|Malignant tumor of middle ear (disorder)
363360003|Malignant tumor of anterior two-thirds of tongue (disorder)
363365008|Malignant tumor of soft tissue of thorax (disorder)
363367000|Malignant tumor of vulva (disorder)
363368005|Carcinoma of body of pancreas (disorder)
363369002|Carcinoma of tail of pancreas (disorder)
363370001|Malignant neoplasm of mesentery (disorder)
363372009|Malignant tumor of vermilion border of upper lip (disorder)
363373004|Malignant tumor of vermilion border of lower lip (disorder)
363374005|Malignant tumor of commissure of lip (disorder)
363375006|Malignant tumor of tongue (disorder)
363376007|Malignant tumor of base of tongue (disorder)
363377003|Malignant tumor of lingual tonsil (disorder)
363378008|Malignant tumor of major salivary gland (disorder)
363379000|Malignant tumor of parotid gland (disorder)
363380002|Malignant tumor of submandibular gland (disorder)
363381003|Malignant tumor of sublingual gland (disorder)
363382005|Malignant tumor of gum (disorder)
363383000|Malignant tumor of upper gingiva (disorder)
363384006|Malignant tumor of lower gingiva (disorder)
363385007|Malignant tumor of floor of mouth (disorder)
363386008|Malignant tumor of buccal mucosa (disorder)
363387004|Malignant tumor of hard palate (disorder)
363388009|Malignant tumor of soft palate (disorder)
363389001|Malignant tumor of uvula (disorder)
363390005|Malignant tumor of palate (disorder)
363391009|Malignant tumor of retromolar area (disorder)
363392002|Malignant tumor of oropharynx (disorder)
363393007|Malignant tumor of tonsil (disorder)
363394001|Malignant tumor of tonsillar fossa (disorder)
363395000|Malignant tumor of vallecula (disorder)
363398003|Malignant tumor of lateral wall of nasopharynx (disorder)
363399006|Malignant tumor of hypopharynx (disorder)
363400004|Malignant tumor of postcricoid region (disorder)
363401000|Malignant tumor of pyriform fossa (disorder)
363402007|Malignant tumor of esophagus (disorder)
363403002|Malignant tumor of duodenum (disorder)
363406005|Malignant neoplasm of colon (disorder)
363407001|Malignant tumor of hepatic flexure (disorder)
363408006|Malignant tumor of transverse colon (disorder)
363409003|Malignant tumor of descending colon (disorder)
363410008|Malignant tumor of sigmoid colon (disorder)
363412000|Malignant tumor of ascending colon (disorder)
363413005|Malignant tumor of splenic flexure (disorder)
363414004|Malignant tumor of rectosigmoid junction (disorder)
363416002|Malignant tumor of extrahepatic bile duct (disorder)
363417006|Malignant tumor of ampulla of Vater (disorder)
363418001|Malignant tumor of pancreas (disorder)
363421004|Malignant neoplasm of omentum (disorder)
363422006|Malignant tumor of nasal cavity (disorder)
363423001|Malignant tumor of nasal septum (disorder)
363424007|Malignant tumor of mastoid air cells (disorder)
363425008|Malignant tumor of maxillary sinus (disorder)
363426009|Malignant tumor of ethmoid sinus (disorder)
363427000|Malignant tumor of frontal sinus (disorder)
363428005|Malignant tumor of sphenoid sinus (disorder)
363429002|Malignant tumor of larynx (disorder)
363430007|Malignant tumor of subglottis (disorder)
363431006|Malignant tumor of laryngeal cartilage (disorder)
363432004|Malignant tumor of trachea (disorder)
363433009|Malignant tumor of pleura (disorder)
363434003|Malignant tumor of thymus (disorder)
363435002|Malignant tumor of heart (disorder)
363436001|Malignant tumor of endocardium (disorder)
363437005|Malignant tumor of myocardium (disorder)
363438000|Malignant tumor of vertebral column (disorder)
363439008|Malignant tumor of soft tissue of head (disorder)
363440005|Malignant tumor of soft tissue of face (disorder)
363443007|Malignant tumor of ovary (disorder)
363444001|Malignant tumor of fallopian tube (disorder)
363445000|Malignant tumor of vagina (disorder)
363446004|Malignant neoplasm of labia majora (disorder)
363447008|Malignant neoplasm of labia minora (disorder)
363449006|Malignant tumor of testis (disorder)
363450006|Malignant tumor of foreskin (disorder)
363451005|Malignant tumor of glans penis (disorder)
363452003|Malignant tumor of epididymis (disorder)
363453008|Malignant tumor of spermatic cord (disorder)
363454002|Malignant tumor of scrotum (disorder)
363456000|Malignant tumor of urachus (disorder)
363457009|Malignant tumor of renal pelvis (disorder)
363458004|Malignant tumor of ureter (disorder)
363459007|Malignant tumor of urethra (disorder)
363460002|Malignant tumor of paraurethral gland (disorder)
363461003|Malignant tumor of eye (disorder)
363462005|Malignant tumor of orbit (disorder)
363463000|Malignant tumor of conjunctiva (disorder)
363464006|Malignant tumor of cornea (disorder)
363465007|Malignant tumor of retina (disorder)
363466008|Malignant tumor of choroid (disorder)
363467004|Malignant neoplasm of frontal lobe (disorder)
363468009|Malignant neoplasm of temporal lobe (disorder)
363469001|Malignant neoplasm of parietal lobe (disorder)
363470000|Malignant neoplasm of occipital lobe (disorder)
363471001|Malignant neoplasm of cerebral ventricles (disorder)
363473003|Malignant neoplasm of brainstem (disorder)
363474009|Malignant neoplasm of cerebral meninges (disorder)
363475005|Malignant tumor of spinal cord (disorder)
363476006|Malignant neoplasm of spinal meninges (disorder)
363477002|Malignant neoplasm of cauda equina (disorder)
363478007|Malignant tumor of thyroid gland (disorder)
363481002|Malignant tumor of parathyroid gland (disorder)
363482009|Malignant tumor of pituitary gland (disorder)
363483004|Malignant tumor of pineal gland (disorder)
363485006|Malignant tumor of minor salivary gland (disorder)
363486007|Malignant tumor of vocal cord (disorder)
363487003|Malignant tumor of aryepiglottic fold - laryngeal aspect (disorder)
363488008|Malignant tumor of false cord (disorder)
363490009|Malignant tumor of anus (disorder)
363491008|Malignant tumor of cloacogenic zone (disorder)
363492001|Malignant tumor of peritoneum (disorder)
363493006|Malignant tumor of bronchus (disorder)
363494000|Malignant tumor of mediastinum (disorder)
363495004|Malignant tumor of muscle (disorder)
363497007|Malignant tumor of meninges (disorder)
363498002|Malignant tumor of optic nerve (disorder)
363500001|Multiple malignancy (disorder)
363502009|Malignant tumor of axilla (disorder)
363505006|Malignant tumor of oral cavity (disorder)
363506007|Malignant tumor of nasal sinuses (disorder)
363507003|Malignant neoplasm of pharynx (disorder)
363508008|Malignant tumor of intestine (disorder)
363510005|Malignant tumor of large intestine (disorder)
363514001|Malignant tumor of female genital organ (disorder)
363515000|Malignant tumor of male genital organ (disorder)
363516004|Malignant tumor of penis (disorder)
363517008|Malignant tumor of urinary tract proper (disorder)
363518003|Malignant tumor of kidney (disorder)
369463005|Malignant tumor involving ureter by direct extension from bladder (disorder)
369464004|Malignant tumor involving ureter by separate metastasis from bladder (disorder)
369465003|Malignant tumor involving urethra by direct extension from bladder (disorder)
369466002|Malignant tumor involving urethra by direct extension from prostate (disorder)
369467006|Malignant tumor involving urethra by separate metastasis from bladder (disorder)
369468001|Malignant tumor involving urethra by separate metastasis from prostate (disorder)
369469009|Malignant tumor involving bladder by direct extension from endometrium (disorder)
369470005|Malignant tumor involving bladder by direct extension from fallopian tube (disorder)
369471009|Malignant tumor involving bladder by direct extension from ovary (disorder)
369518007|Malignant tumor involving left fallopian tube by direct extension from uterine cervix (disorder)
369519004|Malignant tumor involving left fallopian tube by direct extension from uterus (disorder)
369520005|Primary malignant neoplasm of right fallopian tube (disorder)
369522002|Primary malignant neoplasm of left ovary (disorder)
369523007|Secondary malignant neoplasm of left ovary (disorder)
369524001|Malignant tumor involving left ovary by direct extension from endometrium (disorder)
369525000|Malignant tumor involving left ovary by direct extension from fallopian tube (disorder)
369526004|Malignant tumor involving left ovary by direct extension from right ovary (disorder)
369527008|Malignant tumor involving left ovary by direct extension from uterine cervix (disorder)
369528003|Malignant tumor involving left ovary by direct extension from uterus (disorder)
369529006|Primary malignant neoplasm of right ovary (disorder)
369530001|Secondary malignant neoplasm of right ovary (disorder)
369531002|Malignant tumor involving right ovary by direct extension from endometrium (disorder)
369532009|Malignant tumor involving right ovary by direct extension from fallopian tube (disorder)
369533004|Malignant tumor involving right ovary by direct extension from left ovary (disorder)
369534005|Malignant tumor involving right ovary by direct extension from uterine cervix (disorder)
369535006|Secondary neoplasm of left broad ligament (disorder)
369536007|Secondary neoplasm of right broad ligament (disorder)
369537003|Malignant tumor involving left broad ligament by direct extension from ovary (disorder)
369538008|Malignant tumor involving left broad ligament by metastasis from ovary (disorder)
369539000|Malignant tumor involving right broad ligament by direct extension from ovary (disorder)
369540003|Malignant tumor involving right broad ligament by metastasis from ovary (disorder)
369541004|Malignant tumor involving left fallopian tube by direct extension from vagina (disorder)
369547000|Malignant tumor involving right fallopian tube by direct extension from endometrium (disorder)
369548005|Malignant tumor involving right fallopian tube by direct extension from left fallopian tube (disorder)
369549002|Malignant tumor involving right fallopian tube by direct extension from ovary (disorder)
369550002|Malignant tumor involving right fallopian tube by direct extension from uterine cervix (disorder)
369551003|Malignant tumor involving right fallopian tube by direct extension from uterus (disorder)
369552005|Malignant tumor involving right fallopian tube by direct extension from vagina (disorder)
369555007|Malignant tumor involving right fallopian tube by separate metastasis from ovary (disorder)
369557004|Malignant tumor involving right fallopian tube by separate metastasis from uterus (disorder)
369558009|Malignant tumor involving right fallopian tube by separate metastasis from vagina (disorder)
369559001|Malignant tumor involving left ovary by direct extension from vagina (disorder)
369561005|Malignant tumor involving left ovary by separate metastasis from fallopian tube (disorder)
369564002|Malignant tumor involving left ovary by separate metastasis from vagina (disorder)
369565001|Malignant tumor involving left ovary by separate metastasis uterus (disorder)
369566000|Malignant tumor involving right ovary by direct extension from uterus (disorder)
369567009|Malignant tumor involving right ovary by direct extension from vagina (disorder)
369569007|Malignant tumor involving right ovary by separate metastasis from fallopian tube (disorder)
369570008|Malignant tumor involving right ovary by separate metastasis from left ovary (disorder)
369572000|Malignant tumor involving right ovary by separate metastasis from uterus (disorder)
369573005|Malignant tumor involving right ovary by separate metastasis from vagina (disorder)
369574004|Malignant tumor involving uterine cervix by separate metastasis from vagina (disorder)
369575003|Malignant tumor involving uterine corpus by separate metastasis from fallopian tube (disorder)
369576002|Malignant tumor involving uterine corpus by separate metastasis from ovary (disorder)
369577006|Malignant tumor involving uterine corpus by separate metastasis from uterine cervix (disorder)
369578001|Malignant tumor involving uterine corpus by separate metastasis from vagina (disorder)
369579009|Malignant tumor involving uterine corpus by direct extension from fallopian tube (disorder)
369580007|Malignant tumor involving vagina by direct extension from uterine cervix (disorder)
369581006|Malignant tumor involving vagina by separate metastasis from bladder (disorder)
369584003|Malignant tumor involving vagina by separate metastasis from ovary (disorder)
369586001|Malignant tumor involving vagina by separate metastasis from uterus (disorder)
369587005|Malignant tumor involving vulva by direct extension from vagina (disorder)
369588000|Malignant tumor involving vulva by separate metastasis from endometrium (disorder)
369589008|Malignant tumor involving vulva by separate metastasis from fallopian tube (disorder)
369590004|Malignant tumor involving vulva by separate metastasis from ovary (disorder)
369592007|Malignant tumor involving vulva by separate metastasis from uterus (disorder)
369593002|Malignant tumor involving vulva by separate metastasis from vagina (disorder)
370967009|Retinoblastoma (disorder)
370987005|Anaplastic astrocytoma of spinal cord (disorder)
371012000|Acute lymphoblastic leukemia, transitional pre-B-cell (disorder)
371134001|Malignant lymphoma, large cell, polymorphous, immunoblastic (disorder)
371962007|Primary malignant neoplasm of abdominal esophagus (disorder)
371963002|Primary malignant neoplasm of adrenal cortex (disorder)
371964008|Malignant neoplasm of adrenal cortex (disorder)
371965009|Malignant neoplasm of adrenal medulla (disorder)
371966005|Primary malignant neoplasm of adrenal medulla (disorder)
371967001|Primary malignant neoplasm of ampulla of Vater (disorder)
371968006|Primary malignant neoplasm of anterior two-thirds of tongue (disorder)
371969003|Primary malignant neoplasm of apex of urinary bladder (disorder)
371971003|Primary malignant neoplasm of body of uterus (disorder)
371972005|Malignant neoplasm of body of uterus (disorder)
371973000|Malignant neoplasm of uterus (disorder)
371974006|Malignant neoplasm of border of tongue (disorder)
371975007|Primary malignant neoplasm of border of tongue (disorder)
371976008|Primary malignant neoplasm of buccal mucosa (disorder)
371977004|Primary malignant neoplasm of cecum (disorder)
371978009|Primary malignant neoplasm of cervical esophagus (disorder)
371979001|Malignant neoplasm of clitoris (disorder)
371980003|Primary malignant neoplasm of clitoris (disorder)
371981004|Primary malignant neoplasm of commissure of lip (disorder)
371982006|Malignant neoplasm of endocrine gland (disorder)
371983001|Primary malignant neoplasm of endocrine gland (disorder)
371984007|Primary malignant neoplasm of esophagus (disorder)
371986009|Primary malignant neoplasm of eye (disorder)
371987000|Primary malignant neoplasm of fallopian tube (disorder)
371988005|Primary malignant neoplasm of false vocal cord (disorder)
371989002|Primary malignant neoplasm of glans penis (disorder)
371990006|Primary malignant neoplasm of gum (disorder)
371991005|Primary malignant neoplasm of hard palate (disorder)
371993008|Primary malignant neoplasm of lacrimal gland (disorder)
371994002|Primary malignant neoplasm of laryngeal aspect of aryepiglottic fold (disorder)
371995001|Primary malignant neoplasm of larynx (disorder)
371996000|Primary malignant neoplasm of lip (disorder)
371997009|Primary malignant neoplasm of lower gum (disorder)
371998004|Primary malignant neoplasm of lower third of esophagus (disorder)
371999007|Primary malignant neoplasm of middle third of esophagus (disorder)
372000001|Primary malignant neoplasm of minor salivary gland (disorder)
372001002|Primary malignant neoplasm of oral cavity (disorder)
372002009|Primary malignant neoplasm of palate (disorder)
372004005|Primary malignant neoplasm of parotid gland (disorder)
372005006|Primary malignant neoplasm of penis (disorder)
372006007|Primary malignant neoplasm of prepuce (disorder)
372008008|Primary malignant neoplasm of scaphoid bone (disorder)
372009000|Primary malignant neoplasm of scrotum (disorder)
372013007|Primary malignant neoplasm of spermatic cord (disorder)
372014001|Primary malignant neoplasm of stomach (disorder)
372015000|Primary malignant neoplasm of the mesentery (disorder)
372016004|Primary malignant neoplasm of the peritoneum (disorder)
372017008|Primary malignant neoplasm of thoracic esophagus (disorder)
372018003|Malignant neoplasm of thoracic vertebral column (disorder)
372019006|Primary malignant neoplasm of thoracic vertebral column (disorder)
372020000|Primary malignant neoplasm of tonsil (disorder)
372021001|Primary malignant neoplasm of trapezium (disorder)
372022008|Primary malignant neoplasm of upper gum (disorder)
372023003|Primary malignant neoplasm of upper third of esophagus (disorder)
372024009|Primary malignant neoplasm of uterine cervix (disorder)
372025005|Primary malignant neoplasm of vagina (disorder)
372026006|Primary malignant neoplasm of vermilion border of lower lip (disorder)
372027002|Primary malignant neoplasm of vermilion border of upper lip (disorder)
372028007|Primary malignant neoplasm of vertebral column (disorder)
372030009|Primary malignant neoplasm of vocal cord (disorder)
372062007|Malignant neoplasm of central nervous system (disorder)
372063002|Malignant neoplasm of nervous system (disorder)
372064008|Malignant neoplasm of female breast (disorder)
372065009|Malignant neoplasm of main bronchus (disorder)
372092003|Primary malignant neoplasm of axillary tail of breast (disorder)
372094002|Malignant neoplasm of axillary tail of breast (disorder)
372095001|Malignant neoplasm of male breast (disorder)
372097009|Malignant neoplasm of endocervix (disorder)
372098004|Carcinoma of endocervix (disorder)
372099007|Malignant neoplasm of exocervix (disorder)
372100004|Carcinoma of exocervix (disorder)
372103002|Carcinoma of glottis (disorder)
372104008|Carcinoma of subglottis (disorder)
372105009|Carcinoma of supraglottis (disorder)
372106005|Carcinoma of penis (disorder)
372107001|Primary malignant neoplasm of ribs and/or sternum and/or clavicle (disorder)
372108006|Malignant neoplasm of bone of lower limb (disorder)
372110008|Primary malignant neoplasm of lower lobe, bronchus or lung (disorder)
372111007|Carcinoma of lower lobe, bronchus or lung (disorder)
372112000|Primary malignant neoplasm of middle lobe, bronchus or lung (disorder)
372113005|Carcinoma of middle lobe, bronchus or lung (disorder)
372115003|Primary malignant neoplasm of pelvic bones, sacrum and coccyx (disorder)
372116002|Carcinoma of pelvic bones, sacrum and coccyx (disorder)
372120003|Carcinoma of main bronchus (disorder)
372121004|Carcinoma of ribs and/or sternum and/or clavicle (disorder)
372122006|Malignant neoplasm of skin head and neck (disorder)
372123001|Primary malignant neoplasm of skin head and neck (disorder)
372124007|Malignant neoplasm of skin of lower limb (disorder)
372126009|Malignant neoplasm of skin of trunk (disorder)
372128005|Malignant neoplasm of skin of upper limb (disorder)
372130007|Malignant neoplasm of skin (disorder)
372131006|Malignant neoplasm of upper limb bones and scapula (disorder)
372133009|Primary malignant neoplasm of upper limb bones and scapula (disorder)
372135002|Primary malignant neoplasm of upper lobe, bronchus or lung (disorder)
372136001|Carcinoma of upper lobe, bronchus or lung (disorder)
372138000|Carcinoma of esophagus (disorder)
372141009|Carcinoma of vocal cord (disorder)
372142002|Carcinoma of pancreas (disorder)
372143007|Carcinoma of stomach (disorder)
373080008|Malignant neoplasm of breast lower inner quadrant (disorder)
373081007|Malignant neoplasm of breast lower outer quadrant (disorder)
373082000|Malignant neoplasm of breast upper inner quadrant (disorder)
373083005|Malignant neoplasm of breast upper outer quadrant (disorder)
373088001|Primary malignant neoplasm of breast upper outer quadrant (disorder)
373089009|Primary malignant neoplasm of breast upper inner quadrant (disorder)
373090000|Primary malignant neoplasm of breast lower inner quadrant (disorder)
373091001|Primary malignant neoplasm of breast lower outer quadrant (disorder)
373168002|Reticulosarcoma (disorder)
373888000|Extrauterine adenocarcinoma (disorder)
385478001|Adenoma malignum (disorder)
396198006|Small cell carcinoma of prostate (disorder)
397008008|Aggressive lymphadenopathic mastocytosis with eosinophilia (disorder)
397009000|Mast cell malignancy (disorder)
397011009|Mast cell malignancy of lymph nodes (disorder)
397015000|Systemic mastocytosis with associated clonal hematological non-mast cell lineage disease (disorder)
399068003|Malignant tumor of prostate (disorder)
399326009|Malignant tumor of urinary bladder (disorder)
399490008|Adenocarcinoma of prostate (disorder)
399590005|Squamous cell carcinoma of prostate (disorder)
399660006|Ring melanoma of ciliary body (disorder)
399934007|Basal cell carcinoma of preauricular skin (disorder)
399954008|Basal cell carcinoma of earlobe (disorder)
400001003|Primary cutaneous lymphoma (disorder)
400122007|Primary cutaneous T-cell lymphoma (disorder)
400174005|Basal cell carcinoma of antihelix of ear (disorder)
400175006|Myxofibrosarcoma of skin (disorder)
402494003|Basal cell carcinoma of lower eyelid (disorder)
402495002|Basal cell carcinoma of medial canthus (disorder)
402496001|Basal cell carcinoma of lateral canthus (disorder)
402497005|Basal cell carcinoma of root of nose (disorder)
402498000|Basal cell carcinoma of dorsum of nose (disorder)
402499008|Basal cell carcinoma of lateral side wall of nose (disorder)
402500004|Basal cell carcinoma of ala nasi (disorder)
402501000|Basal cell carcinoma of supratip of nose (disorder)
402502007|Basal cell carcinoma of tip of nose (disorder)
402503002|Basal cell carcinoma of nasal columella (disorder)
402504008|Basal cell carcinoma of nasolabial groove (disorder)
402505009|Basal cell carcinoma of upper lip (disorder)
402506005|Basal cell carcinoma of lower lip (disorder)
402507001|Basal cell carcinoma of cheek (disorder)
402508006|Basal cell carcinoma of chin (disorder)
402509003|Basal cell carcinoma of neck (disorder)
402510008|Basal cell carcinoma of helix of ear (disorder)
402511007|Basal cell carcinoma of conchal bowl of ear (disorder)
402512000|Basal cell carcinoma of antitragus (disorder)
402513005|Basal cell carcinoma of tragus (disorder)
402514004|Basal cell carcinoma of obverse of pinna (disorder)
402515003|Basal cell carcinoma of anterior chest (disorder)
402517006|Basal cell carcinoma of upper back (disorder)
402518001|Basal cell carcinoma of lower back (disorder)
402519009|Basal cell carcinoma of face (disorder)
402520003|Basal cell carcinoma of hand (disorder)
402521004|Basal cell carcinoma of upper extremity (disorder)
402522006|Basal cell carcinoma of lower extremity (disorder)
402523001|Basal cell carcinoma of truncal skin (disorder)
402524007|Basal cell carcinoma - adamantinoid (disorder)
402525008|Basal cell carcinoma - adenoid (disorder)
402526009|Basal cell carcinoma - follicular (disorder)
402527000|Basal cell carcinoma - infiltrative (disorder)
402528005|Basal cell carcinoma - keratotic (disorder)
402536001|Basal cell carcinoma - primary (disorder)
402556000|Malignant melanoma (radial growth phase) (disorder)
402558004|Malignant melanoma (vertical growth phase) (disorder)
402559007|Congenital malignant melanoma (disorder)
402561003|Malignant melanoma of soft tissues (disorder)
402563000|Metastatic malignant melanoma with diffuse hypermelanosis (disorder)
402636006|Malignant neoplasm of nail apparatus (disorder)
402816008|Squamous cell carcinoma of anogenital area (disorder)
402817004|Squamous cell carcinoma of nail apparatus (disorder)
402818009|Basal cell carcinoma of nose (disorder)
402819001|Basal cell carcinoma of skin of lip (disorder)
402820007|Basal cell carcinoma of ear (disorder)
402871009|Malignant neoplasm of subcutaneous fibrous tissue (disorder)
402880009|Primary cutaneous large T-cell lymphoma (disorder)
402881008|Primary cutaneous B-cell lymphoma (disorder)
402882001|Hodgkin's disease affecting skin (disorder)
403468003|Squamous cell carcinoma of penis (disorder)
403714009|Psoralen and long-wave ultraviolet radiation therapy-associated malignant melanoma (disorder)
403889000|Verrucous carcinoma of oral cavity (disorder)
403891008|Squamous cell carcinoma of scalp (disorder)
403892001|Squamous cell carcinoma of skin of face (disorder)
403893006|Squamous cell carcinoma of forehead (disorder)
403894000|Squamous cell carcinoma of skin of ear (disorder)
403898002|Squamous cell carcinoma of skin of lower extremity (disorder)
403902008|Adenosquamous carcinoma (disorder)
403904009|Verrucous squamous cell carcinoma (disorder)
403915004|Basal cell carcinoma of scalp (disorder)
403916003|Basal cell carcinoma of forehead (disorder)
403917007|Basal cell carcinoma of temple (disorder)
403918002|Basal cell carcinoma of glabella (disorder)
403919005|Basal cell carcinoma of upper eyelid (disorder)
403922007|Balloon cell malignant melanoma (disorder)
403923002|Spindle cell malignant melanoma (disorder)
403924008|Desmoplastic malignant melanoma (disorder)
403925009|Neurotropic malignant melanoma (disorder)
403926005|Malignant melanoma of oral cavity (disorder)
403927001|Malignant melanoma of nail apparatus (disorder)
403949007|Apocrine adenocarcinoma of skin (disorder)
403950007|Moll's gland adenocarcinoma (disorder)
403951006|Ceruminous gland adenocarcinoma of skin (disorder)
403955002|Undifferentiated adnexal carcinoma of skin (disorder)
403977003|Angiosarcoma (disorder)
403978008|Kaposi's sarcoma - sporadic (disorder)
403979000|Kaposi's sarcoma - endemic (disorder)
404014008|Malignant fibrous histiocytoma of skin (disorder)
404090003|Malignant infiltration of oral cavity by underlying tumor (disorder)
94487002|Secondary malignant neoplasm of phalanx of hand (disorder)
94488007|Secondary malignant neoplasm of pharynx (disorder)
94489004|Secondary malignant neoplasm of pineal gland (disorder)
94490008|Secondary malignant neoplasm of pisiform bone of hand (disorder)
94491007|Secondary malignant neoplasm of pituitary gland (disorder)
94493005|Secondary malignant neoplasm of pleura (disorder)
94494004|Secondary malignant neoplasm of popliteal lymph nodes (disorder)
94495003|Secondary malignant neoplasm of postcricoid region (disorder)
94497006|Secondary malignant neoplasm of posterior mediastinum (disorder)
94498001|Secondary malignant neoplasm of posterior wall of nasopharynx (disorder)
94500000|Secondary malignant neoplasm of posterior wall of urinary bladder (disorder)
94503003|Secondary malignant neoplasm of prostate (disorder)
94504009|Secondary malignant neoplasm of pubis (disorder)
94505005|Secondary malignant neoplasm of pyloric antrum (disorder)
94507002|Secondary malignant neoplasm of pyriform sinus (disorder)
94508007|Secondary malignant neoplasm of radius (disorder)
94509004|Secondary malignant neoplasm of rectosigmoid junction (disorder)
94513006|Secondary malignant neoplasm of rectum (disorder)
94515004|Secondary malignant neoplasm of respiratory tract (disorder)
94518002|Secondary malignant neoplasm of retromolar area (disorder)
94519005|Secondary malignant neoplasm of retroperitoneal lymph nodes (disorder)
94521000|Secondary malignant neoplasm of rib (disorder)
94522007|Secondary malignant neoplasm of right lower lobe of lung (disorder)
94523002|Secondary malignant neoplasm of right middle lobe of lung (disorder)
94525009|Secondary malignant neoplasm of round ligament of uterus (disorder)
94527001|Secondary malignant neoplasm of sacrum (disorder)
94529003|Secondary malignant neoplasm of scapula (disorder)
94530008|Secondary malignant neoplasm of sclera (disorder)
94533005|Secondary malignant neoplasm of second cuneiform bone of foot (disorder)
94534004|Secondary malignant neoplasm of septum of nose (disorder)
94536002|Secondary malignant neoplasm of short bone of upper limb (disorder)
94538001|Secondary malignant neoplasm of sigmoid colon (disorder)
94546000|Secondary malignant neoplasm of skin of cheek (disorder)
94551006|Secondary malignant neoplasm of skin of external auditory canal (disorder)
94559008|Secondary malignant neoplasm of skin of groin (disorder)
94576007|Secondary malignant neoplasm of skin of umbilicus (disorder)
94579000|Secondary malignant neoplasm of skin (disorder)
94580002|Secondary malignant neoplasm of small intestine (disorder)
94591009|Secondary malignant neoplasm of soft tissues of pelvis (disorder)
94594001|Secondary malignant neoplasm of soft tissues of thorax (disorder)
94597008|Secondary malignant neoplasm of spermatic cord (disorder)
94598003|Secondary malignant neoplasm of sphenoid bone (disorder)
94599006|Secondary malignant neoplasm of sphenoidal sinus (disorder)
94601008|Secondary malignant neoplasm of spinal meninges (disorder)
94602001|Secondary malignant neoplasm of vertebral column (disorder)
94603006|Secondary malignant neoplasm of spleen (disorder)
94604000|Secondary malignant neoplasm of splenic flexure of colon (disorder)
94605004|Secondary malignant neoplasm of sternum (disorder)
94606003|Secondary malignant neoplasm of stomach (disorder)
94607007|Secondary malignant neoplasm of subglottis (disorder)
94608002|Secondary malignant neoplasm of sublingual gland (disorder)
94613003|Secondary malignant neoplasm of superior wall of nasopharynx (disorder)
94621009|Secondary malignant neoplasm of temporal bone (disorder)
94622002|Secondary malignant neoplasm of temporal lobe (disorder)
94624001|Secondary malignant neoplasm of the mesentery (disorder)
94625000|Secondary malignant neoplasm of the mesocolon (disorder)
94626004|Secondary malignant neoplasm of omentum (disorder)
94627008|Secondary malignant neoplasm of peritoneum (disorder)
94630001|Secondary malignant neoplasm of third cuneiform bone of foot (disorder)
94632009|Secondary malignant neoplasm of thymus (disorder)
94634005|Secondary malignant neoplasm of thyroid gland (disorder)
94635006|Secondary malignant neoplasm of tibia (disorder)
94636007|Secondary malignant neoplasm of tibial lymph nodes (disorder)
94637003|Secondary malignant neoplasm of tip and lateral border of tongue (disorder)
94639000|Secondary malignant neoplasm of tonsillar fossa (disorder)
94641004|Secondary malignant neoplasm of trachea (disorder)
94642006|Secondary malignant neoplasm of tracheobronchial lymph nodes (disorder)
94643001|Secondary malignant neoplasm of transverse colon (disorder)
94644007|Secondary malignant neoplasm of trapezium (disorder)
94645008|Secondary malignant neoplasm of trapezoid bone (disorder)
94647000|Secondary malignant neoplasm of trigone of urinary bladder (disorder)
94650002|Secondary malignant neoplasm of ulna (disorder)
94651003|Secondary malignant neoplasm of undescended testis (disorder)
94652005|Secondary malignant neoplasm of upper gum (disorder)
94653000|Secondary malignant neoplasm of upper inner quadrant of female breast (disorder)
94655007|Secondary malignant neoplasm of upper outer quadrant of female breast (disorder)
94658009|Secondary malignant neoplasm of urachus (disorder)
94659001|Secondary malignant neoplasm of ureter (disorder)
94660006|Secondary malignant neoplasm of ureteric orifice of urinary bladder (disorder)
94662003|Secondary malignant neoplasm of urinary bladder neck (disorder)
94663008|Secondary malignant neoplasm of urinary system (disorder)
94665001|Secondary malignant neoplasm of uterus (disorder)
94667009|Secondary malignant neoplasm of uvula (disorder)
94668004|Secondary malignant neoplasm of vagina (disorder)
94670008|Secondary malignant neoplasm of vallecula (disorder)
94671007|Secondary malignant neoplasm of vas deferens (disorder)
94673005|Secondary malignant neoplasm of vermilion border of lip (disorder)
94674004|Secondary malignant neoplasm of vermilion border of lower lip (disorder)
94675003|Secondary malignant neoplasm of vermilion border of upper lip (disorder)
94676002|Secondary malignant neoplasm of vestibule of mouth (disorder)
94677006|Secondary malignant neoplasm of vestibule of nose (disorder)
94679009|Secondary malignant neoplasm of vocal cord (disorder)
94680007|Secondary malignant neoplasm of vomer (disorder)
94681006|Secondary malignant neoplasm of vulva (disorder)
94682004|Secondary malignant neoplasm of Waldeyer's ring (disorder)
94683009|Secondary malignant neoplasm of zygomatic bone (disorder)
94686001|Mixed cell type lymphosarcoma of intra-abdominal lymph nodes (disorder)
94687005|Mixed cell type lymphosarcoma of intrapelvic lymph nodes (disorder)
94688000|Mixed cell type lymphosarcoma of intrathoracic lymph nodes (disorder)
94690004|Mixed cell type lymphosarcoma of lymph nodes of head, face, and neck (disorder)
94707004|Mycosis fungoides of intra-abdominal lymph nodes (disorder)
94708009|Mycosis fungoides of intrapelvic lymph nodes (disorder)
94709001|Mycosis fungoides of intrathoracic lymph nodes (disorder)
94710006|Mycosis fungoides of lymph nodes of axilla AND/OR upper limb (disorder)
94711005|Mycosis fungoides of lymph nodes of head, face AND/OR neck (disorder)
94712003|Mycosis fungoides of lymph nodes of inguinal region AND/OR lower limb (disorder)
94714002|Mycosis fungoides of spleen (disorder)
94715001|Mycosis fungoides of extranodal AND/OR solid organ site (disorder)
94719007|Myeloid sarcoma, disease (disorder)
95186006|Nodular lymphoma of intra-abdominal lymph nodes (disorder)
95187002|Nodular lymphoma of intrapelvic lymph nodes (disorder)
95188007|Nodular lymphoma of intrathoracic lymph nodes (disorder)
95192000|Nodular lymphoma of lymph nodes of multiple sites (disorder)
95193005|Nodular lymphoma of spleen (disorder)
95194004|Nodular lymphoma of extranodal AND/OR solid organ site (disorder)
95210003|Plasma cell leukemia, disease (disorder)
95214007|Primary malignant neoplasm of liver (disorder)
95224004|Reticulosarcoma of intra-abdominal lymph nodes (disorder)
95225003|Reticulosarcoma of intrapelvic lymph nodes (disorder)
95226002|Reticulosarcoma of intrathoracic lymph nodes (disorder)
95230004|Reticulosarcoma of lymph nodes of multiple sites (disorder)
95231000|Reticulosarcoma of spleen (disorder)
95260009|Sézary's disease of lymph nodes of head, face AND/OR neck (disorder)
95261008|Sézary's disease of lymph nodes of inguinal region AND/OR lower limb (disorder)
95263006|Sézary's disease of spleen (disorder)
95264000|Sézary's disease of extranodal AND/OR solid organ site (disorder)
9541000119105|Primary adenocarcinoma of gallbladder (disorder)
96281000119107|Overlapping malignant neoplasm of colon and rectum (disorder)
96901000119105|Prostate cancer metastatic to eye (disorder)
96981000119102|Malignant neoplasm of rectosigmoid junction metastatic to brain (disorder)
97051000119105|Malignant melanoma metastatic to pancreas (disorder)
99101000119101|Primary adenocarcinoma of fallopian tube (disorder)
99111000119103|Primary adenocarcinoma of intestinal tract (disorder)
"""


if __name__ == "__main__":
    sys.exit(main(sys.argv))
