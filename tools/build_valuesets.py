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
    "version 20200310), SNOMED CT part, copied verbatim and complete (3,217 codes: the expansion's three SNOMED CT "
    "version blocks 2018-09, 2019-03 and 2019-09, merged in string order); github.com/cqframework/ecqm-content-r4 "
    "input/vocabulary/valueset/AllPrimaryandSecondaryCancer.json @be6106d8d6c201c8e0cd1d166d51ec269212182f "
    "(VSAC content published by NLM/CMS; repository licence not verified; SNOMED CT codes under the SNOMED CT licence)"
)
CANVAS_ANTICOAGULANTS = (
    "V: VSAC value set 'Anticoagulants for All Indications' (OID 2.16.840.1.113762.1.4.1248.22, definition "
    "20220608, expansion 'eCQM Update 2025-05-08'), copied verbatim (code and display) from "
    "github.com/canvas-medical/canvas-plugins canvas_sdk/value_set/v2026/medication.py "
    "@2699ddcd7b285cd25c33ca5e7b60d47809c46c72 (VSAC content published by NLM/CMS; licence of the listing not verified)"
)
_CANVAS_2026 = "github.com/canvas-medical/canvas-plugins canvas_sdk/value_set/v2026/medication.py @2699ddcd7b285cd25c33ca5e7b60d47809c46c72"
_CANVAS_2022 = "github.com/canvas-medical/canvas-plugins canvas_sdk/value_set/v2022/medication.py @272c6f4b622b28ce5ab2918c9d86fd1f3654679a"
_VSAC_LISTING = "(VSAC content published by NLM/CMS; licence of the listing not verified)"
VSAC_GLUCOCORTICOIDS = (
    "V: VSAC value set 'Glucocorticoids (oral only)' (OID 2.16.840.1.113883.3.464.1003.196.12.1266, version "
    "20180310, RxNorm 2020-01; definition: generic oral glucocorticoids only, non-oral forms excluded), copied "
    "verbatim (code and display, all 53 rows) from github.com/cqframework/ecqm-content-r4 "
    "input/vocabulary/valueset/Glucocorticoids(oralonly).json @a6ebf14e6c91cef01aacbb16fb80e370725acefa; "
    "triamcinolone oral paste (local action) and fludrocortisone (mineralocorticoid) left out "
    "(VSAC content published by NLM/CMS; repository licence not verified)"
)
VSAC_CNS_GABAPENTINOIDS = (
    "V: the gabapentin, gabapentin enacarbil and pregabalin products of the VSAC value set 'Central Nervous System "
    "Depressants' (OID 2.16.840.1.113762.1.4.1248.134, definition 20250211, expansion 'eCQM Update 2025-05-08'), "
    f"copied verbatim (code and display) from {_CANVAS_2026} {_VSAC_LISTING}"
)
VSAC_ANTITHROMBOTIC = (
    "the VSAC value set 'Antithrombotic Therapy for Ischemic Stroke' (OID 2.16.840.1.113762.1.4.1110.62, "
    "definition 20210409, expansion 'eCQM Update 2025-05-08'), copied verbatim (code and display) from "
    f"{_CANVAS_2026} {_VSAC_LISTING}"
)
VSAC_ANTIPLATELETS = (
    "V: the antiplatelet products (clopidogrel, ticagrelor, ticlopidine, aspirin-dipyridamole, aspirin 81-162.5 MG "
    f"alone or with calcium carbonate or omeprazole) of {VSAC_ANTITHROMBOTIC}"
)
VSAC_PRASUGREL = (
    "V: VSAC value set 'Pharmacological Contraindications For Antithrombotic Therapy' (prasugrel; OID "
    "2.16.840.1.113762.1.4.1110.52, definition 20220219, expansion 'eCQM Update 2025-05-08'), copied verbatim "
    f"(both rows) from {_CANVAS_2026} {_VSAC_LISTING}"
)
VSAC_ASPIRIN_ANALGESIC = (
    "V: the analgesic-dose aspirin products (aspirin >= 210 MG, or with acetaminophen and salicylamide; oral or "
    f"rectal) of {VSAC_ANTITHROMBOTIC}"
)
VSAC_ASPIRIN_OMEPRAZOLE = f"V: the aspirin-omeprazole products of {VSAC_ANTITHROMBOTIC}"
VSAC_ASPIRIN_ACETAMINOPHEN = f"V: the aspirin-acetaminophen combination products of {VSAC_ANTITHROMBOTIC}"
VSAC_INDOMETHACIN = (
    "V: VSAC value set 'Indomethacin' (OID 2.16.840.1.113883.3.464.1003.196.12.1366, definition 20170504, "
    f"expansion 'eCQM Update 2021-05-06'), copied verbatim (all 6 rows) from {_CANVAS_2022} {_VSAC_LISTING}"
)
VSAC_KETOROLAC = (
    "V: VSAC value set 'Ketorolac Tromethamine' (OID 2.16.840.1.113883.3.464.1003.196.12.1364, definition 20170504, "
    "expansion 'eCQM Update 2021-05-06'; oral, injectable and nasal ketorolac, all systemic), copied verbatim (all 12 "
    f"rows) from {_CANVAS_2022} {_VSAC_LISTING}"
)
CDC_OPIOID_NSAID = (
    "V: the opioid-NSAID combination products (display names ibuprofen, aspirin or celecoxib; all oral, aspirin "
    "300-500 MG, i.e. analgesic dose) of the CDC value set 'opioid-analgesics-with-ambulatory-misuse-potential' (CC0), "
    "expansion 2023-05-25 (RxNorm 2023-03), github.com/cqframework/opioid-cds-r4 "
    "input/vocabulary/valueset/opioid-analgesics-with-ambulatory-misuse-potential.json "
    "@1c0624c1cdb5ddf6aa2043144d9bfbc125ae5072"
)

_SYNTHEA_OTC = (
    "Synthea module 'Over-The-Counter Pain Reliever' (what the public CDS Hooks sandbox's Synthea patients carry; "
    "Apache-2.0), code and display copied verbatim from github.com/synthetichealth/synthea "
    "src/main/resources/modules/medications/otc_pain_reliever.json @106459b9c9003b6b34dadf156a96d8e6526c000b"
)
SYNTHEA_OTC_NSAID = (
    f"V: the ibuprofen and naproxen sodium oral tablets of the {_SYNTHEA_OTC}; each code with the same display also "
    "seen in other public files (code search: 198405 in two FHIR fixtures, 310965 in three, 849574 in two)"
)
SYNTHEA_OTC_PARACETAMOL = (
    f"V: the adult acetaminophen tablet of the {_SYNTHEA_OTC}; 313782 with the same display also in "
    "github.com/paciowg/CSV-to-FSH-app output/Medication.instances.fsh"
)
SYNTHEA_OTC_PARACETAMOL_CHILD = (
    f"S: the paediatric acetaminophen tablet of the {_SYNTHEA_OTC}; 282464 otherwise seen only in OMOP test "
    "fixtures listing it as an RxNorm clinical drug next to this name (partial cross-check)"
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
            expansions=[
                Expansion("snomed", VSAC_CANCER, select_rows(VSAC_CANCER_SNOMED, drop=SKIN_NON_MELANOMA | NOT_CANCER))
            ],
            notes="SNOMED CT: without a terminology server, descendants of 363346000 match only when listed. "
            "Listed are the codes above plus the complete SNOMED CT expansion (3,217 codes) of the VSAC value set "
            "'All Primary and Secondary Cancer' (cqframework/ecqm-content-r4); its non-melanoma skin "
            "carcinomas (basal cell, cutaneous squamous cell, skin adnexal, 'malignant neoplasm of skin' and "
            "eyelid-skin codes; the C44 equivalents) are left out, and so are its 13 entries that are no cancer "
            "(benign, in situ, a predisposition, a qualifier or a procedure; listed in NOT_CANCER). Myelodysplastic "
            "and myeloproliferative neoplasms and Langerhans cell histiocytosis are kept as VSAC lists them.",
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
            notes="SNOMED CT: the vertebral-column (including sacrum and coccyx) malignancies, the bone and "
            "bone-marrow metastases (any bone, as ICD-10 C79.5) and the osseous myeloma codes of the VSAC value set "
            "'All Primary and Secondary Cancer' (cqframework/ecqm-content-r4).",
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
                Expansion("rxnorm", CDC_OPIOID_NSAID, select_rows(CDC_OPIOID_PRODUCTS, display=OPIOID_NSAID_WORDS)),
                Expansion(
                    "rxnorm",
                    VSAC_ASPIRIN_ANALGESIC,
                    select_rows(VSAC_ANTITHROMBOTIC_ANTIPLATELET_ROWS, drop=ANTIPLATELET_ROWS, display="aspirin"),
                ),
                Expansion("rxnorm", VSAC_INDOMETHACIN, VSAC_INDOMETHACIN_PRODUCTS),
                Expansion("rxnorm", VSAC_KETOROLAC, VSAC_KETOROLAC_PRODUCTS),
                Expansion(
                    "rxnorm",
                    SYNTHEA_OTC_NSAID,
                    select_rows(SYNTHEA_OTC_PAIN_RELIEVER_PRODUCTS, keep=SYNTHEA_NSAID_ROWS),
                ),
            ],
            notes="RxNorm: ingredient codes, plus product codes (SCD/packs) from published value sets: the "
            "opioid-NSAID combinations of the CDC value set 'opioid-analgesics-with-ambulatory-misuse-potential' (CC0, "
            "cqframework/opioid-cds-r4); the analgesic-dose aspirin products of VSAC 'Antithrombotic Therapy for "
            "Ischemic Stroke' (low-dose aspirin is ANTIPLATELET); VSAC 'Indomethacin' and 'Ketorolac Tromethamine'; the "
            "ibuprofen and naproxen sodium tablets of Synthea's OTC pain reliever module (sandbox test patients). Other "
            "single-ingredient ibuprofen, naproxen, diclofenac, meloxicam and celecoxib products are not shipped: no "
            "public product expansion for them was found; they match only through ATC or the ingredient code.",
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
            expansions=[
                Expansion(
                    "rxnorm",
                    VSAC_ASPIRIN_ACETAMINOPHEN,
                    select_rows(VSAC_ANTITHROMBOTIC_ANTIPLATELET_ROWS, display="acetaminophen"),
                ),
                Expansion(
                    "rxnorm", SYNTHEA_OTC_PARACETAMOL, select_rows(SYNTHEA_OTC_PAIN_RELIEVER_PRODUCTS, keep={"313782"})
                ),
                Expansion(
                    "rxnorm",
                    SYNTHEA_OTC_PARACETAMOL_CHILD,
                    select_rows(SYNTHEA_OTC_PAIN_RELIEVER_PRODUCTS, keep={"282464"}),
                ),
            ],
            notes="RxNorm: the ingredient code plus the aspirin-acetaminophen combination products of VSAC "
            "'Antithrombotic Therapy for Ischemic Stroke' and the two acetaminophen tablets of Synthea's OTC pain "
            "reliever module (sandbox test patients). Other single-ingredient paracetamol products are not shipped: no "
            "public product expansion was found; they match only through ATC or the ingredient code.",
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
            expansions=[
                Expansion(
                    "rxnorm",
                    VSAC_GLUCOCORTICOIDS,
                    select_rows(VSAC_GLUCOCORTICOID_ORAL_PRODUCTS, drop=GLUCOCORTICOID_NOT_SYSTEMIC),
                )
            ],
            notes="RxNorm: ingredient codes plus the oral glucocorticoid products of the VSAC value set "
            "'Glucocorticoids (oral only)' (OID 2.16.840.1.113883.3.464.1003.196.12.1266). Injectable systemic "
            "glucocorticoid products are not shipped (no public expansion found): they match only through ATC H02AB "
            "or the ingredient code.",
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
            expansions=[Expansion("rxnorm", VSAC_CNS_GABAPENTINOIDS, VSAC_CNS_DEPRESSANT_GABAPENTINOIDS)],
            notes="RxNorm: gabapentinoid ingredient codes plus the gabapentin, gabapentin enacarbil and pregabalin "
            "products of the VSAC value set 'Central Nervous System Depressants' (OID 2.16.840.1.113762.1.4.1248.134).",
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
            expansions=[
                Expansion(
                    "rxnorm",
                    VSAC_ANTIPLATELETS,
                    select_rows(VSAC_ANTITHROMBOTIC_ANTIPLATELET_ROWS, keep=ANTIPLATELET_ROWS),
                ),
                Expansion("rxnorm", VSAC_PRASUGREL, VSAC_PRASUGREL_PRODUCTS),
            ],
            notes="Aspirin (RxNorm 1191) is left to NSAID: an ingredient code cannot tell low-dose "
            "antiplatelet use from analgesic use. Antiplatelet RxNorm products: clopidogrel, ticagrelor, ticlopidine, "
            "aspirin-dipyridamole and low-dose aspirin (81-162.5 MG) from VSAC 'Antithrombotic Therapy for Ischemic "
            "Stroke', prasugrel from VSAC 'Pharmacological Contraindications For Antithrombotic Therapy'.",
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
            expansions=[
                Expansion(
                    "rxnorm",
                    VSAC_ASPIRIN_OMEPRAZOLE,
                    select_rows(VSAC_ANTITHROMBOTIC_ANTIPLATELET_ROWS, display="omeprazole"),
                )
            ],
            notes="RxNorm: ingredient codes plus the aspirin-omeprazole products of VSAC 'Antithrombotic Therapy for "
            "Ischemic Stroke'. Single-ingredient proton pump inhibitor products are not shipped: no public product "
            "expansion was found; they match only through ATC A02BC or the ingredient code.",
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
        # basal cell and cutaneous squamous cell carcinomas named by site
        "1079091000119100", "1079171000119100", "1082191000119100", "24111000119105", "231831002", "231832009",
        "254701007", "285307007", "285308002", "285309005", "422378004", "422572002", "422599000", "422676009",
        "423284006", "423349005", "423463003", "423506005", "423535002", "423700001", "423896007", "424260006",
        "424666005", "425148008", "448930008", "448931007", "61471000119100", "722112006",
        # skin adnexal (sweat gland, sebaceous) carcinomas
        "231833004", "254711000", "254713002", "254714008", "307599002", "79281000119106", "93663003",
        "94000008", "94081005",
        # 'malignant neoplasm of skin (of a site)', eyelid and canthus (ICD-10 C44.1), and skin-cancer generics
        "109264009", "188089003", "188090007", "188091006", "188095002", "188099008", "188100000", "188102008",
        "188103003", "188107002", "188110009", "188119005", "188121000", "188122007", "188125009", "188127001",
        "188132000", "188133005", "188135003", "188138001", "231829006", "310599006", "311779007", "313249007",
        "313250007", "314975005", "423425006", "443136000", "449416001", "449634005", "722712000", "93956001",
        "94007006", "94008001", "94010004", "94011000", "94012007", "94013002", "94014008", "94015009",
        "94016005", "94017001", "94018006", "94019003", "94020009", "94021008", "94022001", "94023006",
        "94024000", "94025004", "94026003", "94027007", "94028002", "94029005", "94030000", "94032008",
        "94033003", "94034009", "94035005", "94036006", "94037002", "94038007", "94039004", "94040002",
        "94041003", "94042005", "94043000", "94044006", "94045007", "94046008", "94047004",
    }
)  # fmt: skip

# Entries of the VSAC expansion that name no cancer: benign neoplasms (meningioma, adrenal cortical adenoma,
# renal cystadenoma, pituitary neoplasm), in situ or intraepithelial lesions (cervix stage 0, pancreas in situ,
# low grade PIN, cervical anaplasia), a predisposition (inherited essential thrombocythemia, Howel-Evans'
# syndrome), a pneumoconiosis (liparitosis), a qualifier value and a procedure.
NOT_CANCER = frozenset(
    {
        "302820008", "302826002", "254920003", "448148000", "254889004", "473419009", "446710005", "80914001",
        "718195003", "111030006", "7343008", "7403002", "7664003",
    }
)  # fmt: skip

# MALIGNANCY_SPINE from the copied VSAC rows: malignancy of the vertebral column, bone metastases at any
# site and osseous myeloma (the SNOMED CT side of ICD-10 C41.2, C79.5 and C90.0, which MALIGNANCY_SPINE holds).
SPINE_OR_BONE = frozenset(
    {
        "363438000", "372018003", "372019006", "372028007", "94602001", "94527001",
        "94487002", "94490008", "94504009", "94508007", "94521000", "94529003", "94533005", "94536002",
        "94598003", "94605004", "94621009", "94630001", "94635006", "94644007", "94645008", "94650002",
        "94680007", "94683009",
        # primary malignancy of a vertebra, the sacrum or the coccyx (ICD-10 C41.2, and the sacral part of C41.4)
        "187916000", "187917009", "187918004", "187952001", "187956003", "187957007", "93751003", "93760006",
        "93878007", "93996004", "448776002", "448377009", "449208008",
        # bone and bone-marrow metastases (ICD-10 C79.5)
        "285618001", "285619009", "91281000119103", "712849003", "424887002", "94157000", "94217008",
        "94218003", "94219006", "94220000", "94221001", "94222008", "94236003", "94240007", "94250008",
        "94256002", "94259009", "94274006", "94287000", "94300004", "94301000", "94302007", "94308006",
        "94322006", "94337005", "94353008", "94382009", "94383004", "94389000", "94390009", "94403001",
        "94405008", "94411006", "94412004", "94435001", "94439007", "94440009", "94447007", "94457008",
        "94470004", "94478006", "94486006",
        # osseous myeloma (ICD-10 C90)
        "426336007", "414785000",
    }
)  # fmt: skip

# Copied from the VSAC expansion 'All Primary and Secondary Cancer' (SNOMED CT part, code|display, in the
# source's string order; its three version blocks merged): all 3,217 codes. Every code passes the SNOMED CT
# Verhoeff check digit (tests/test_valuesets.py), which catches a mistyped digit; rebuilding the source's JSON
# text from these rows gave its exact length (502,182 characters) and its text at every 16,000-character page.
VSAC_CANCER_SNOMED = """
100721000119109|High grade astrocytoma of brain (disorder)
100731000119107|Low grade astrocytoma of brain (disorder)
101371000119101|Adamantinoma of long bone of lower limb (disorder)
105111000119109|Primary squamous cell carcinoma of thymus (disorder)
105121000119102|Squamous cell carcinoma of vagina (disorder)
10745291000119103|Malignant neoplastic disease in mother complicating childbirth (disorder)
107571000119101|Oligodendroglioma of brain stem (disorder)
107581000119103|Astrocytoma of brain stem (disorder)
107591000119100|Primary squamous cell carcinoma of urethra (disorder)
107691000119101|Non-seminomatous germ cell neoplasm of testis (disorder)
107771000119106|Primary malignant clear cell neoplasm of endometrium (disorder)
107781000119109|Primary papillary serous cystadenocarcinoma of endometrium (disorder)
107791000119107|Primary adenosquamous carcinoma of endometrium (disorder)
1078881000119102|Primary adenocarcinoma of lower lobe of left lung (disorder)
1078901000119100|Primary adenocarcinoma of upper lobe of left lung (disorder)
1078931000119107|Primary adenocarcinoma of lower lobe of right lung (disorder)
1078961000119104|Primary adenocarcinoma of upper lobe of right lung (disorder)
1079091000119100|Primary basal cell carcinoma of left upper limb (disorder)
1079171000119100|Primary basal cell carcinoma of right eyelid (disorder)
1080941000119109|Malignant melanoma of left choroid (disorder)
1080981000119104|Malignant melanoma of right choroid (disorder)
108101000119101|Malignant melanoma metastatic to kidney (disorder)
1081021000119109|Malignant melanoma of skin of left lower limb (disorder)
108211000119108|Secondary adenocarcinoma of kidney (disorder)
1082191000119100|Primary squamous cell carcinoma of right ear (disorder)
109264009|Overlapping malignant neoplasm of skin (disorder)
109267002|Overlapping malignant melanoma of skin (disorder)
109347009|Overlapping malignant neoplasm of bone and articular cartilage (disorder)
109348004|Overlapping malignant neoplasm of bone and articular cartilage of limbs (disorder)
109349007|Overlapping malignant neoplasm of soft tissues (disorder)
109358000|Overlapping malignant neoplasm of ill-defined site (disorder)
109366009|Overlapping malignant neoplasm of accessory sinuses (disorder)
109367000|Overlapping malignant neoplasm of nasopharynx (disorder)
109368005|Overlapping malignant neoplasm of hypopharynx (disorder)
109369002|Overlapping malignant neoplasm of larynx (disorder)
109370001|Primary malignant neoplasm of laryngeal cartilage (disorder)
109371002|Overlapping malignant neoplasm of bronchus and lung (disorder)
109374005|Overlapping malignant neoplasm of mediastinum and pleura (disorder)
109378008|Mesothelioma (malignant, clinical disorder) (disorder)
109383000|Malignant mesothelioma of pericardium (disorder)
109384006|Overlapping malignant neoplasm of heart, mediastinum and pleura (disorder)
109385007|Kaposi's sarcoma (disorder)
109386008|Kaposi's sarcoma of skin (disorder)
109388009|Kaposi's sarcoma of palate (disorder)
109389001|Kaposi's sarcoma of gastrointestinal tract (disorder)
109390005|Kaposi's sarcoma of lung (disorder)
109392002|Kaposi's sarcoma of multiple organs (disorder)
109821008|Overlapping malignant neoplasm of gastrointestinal tract (disorder)
109822001|Overlapping malignant neoplasm of lip (disorder)
109823006|Overlapping malignant neoplasm of tongue (disorder)
109824000|Overlapping malignant neoplasm of major salivary gland (disorder)
109828002|Primary malignant neoplasm of salivary gland duct (disorder)
109830000|Overlapping malignant neoplasm of floor of mouth (disorder)
109831001|Overlapping malignant neoplasm of palate (disorder)
109832008|Overlapping malignant neoplasm of oropharynx (disorder)
109833003|Overlapping malignant neoplasm of lip, oral cavity and/or pharynx (disorder)
109835005|Overlapping malignant neoplasm of esophagus (disorder)
109836006|Overlapping malignant neoplasm of stomach (disorder)
109837002|Overlapping malignant neoplasm of small intestine (disorder)
109838007|Overlapping malignant neoplasm of colon (disorder)
109839004|Overlapping malignant neoplasm of rectum, anus and anal canal (disorder)
109840002|Primary malignant neoplasm of cloacogenic zone (disorder)
109841003|Liver cell carcinoma (disorder)
109844006|Angiosarcoma of liver (disorder)
109847004|Overlapping malignant neoplasm of biliary tract (disorder)
109848009|Overlapping malignant neoplasm of pancreas (disorder)
109851002|Overlapping malignant neoplasm of retroperitoneum and peritoneum (disorder)
109853004|Malignant mesothelioma of peritoneum (disorder)
109854005|Malignant mesothelioma of parietal peritoneum (disorder)
109855006|Malignant mesothelioma of pelvic peritoneum (disorder)
109856007|Malignant mesothelioma of mesentery (disorder)
109858008|Malignant mesothelioma of omentum (disorder)
109870007|Overlapping malignant neoplasm of urinary system (disorder)
109874003|Overlapping malignant neoplasm of male genital organs (disorder)
109875002|Overlapping malignant neoplasm of penis (disorder)
109876001|Primary malignant neoplasm of descended testis (disorder)
109878000|Overlapping malignant neoplasm of female genital organs (disorder)
109879008|Overlapping malignant neoplasm of body of uterus (disorder)
109880006|Overlapping malignant neoplasm of uterine cervix (disorder)
109882003|Primary malignant neoplasm of fundus uteri (disorder)
109885001|Overlapping malignant neoplasm of vulva (disorder)
109886000|Overlapping malignant neoplasm of female breast (disorder)
109887009|Overlapping malignant neoplasm of male breast (disorder)
109911004|Overlapping malignant neoplasm of brain and other parts of the central nervous system (disorder)
109912006|Overlapping malignant neoplasm of brain (disorder)
109915008|Primary malignant neoplasm of meninges (disorder)
109918005|Primary malignant neoplasm of peripheral nerves and peripheral autonomic nervous system (disorder)
109919002|Overlapping malignant neoplasm of peripheral nerves and autonomic nervous system (disorder)
109921007|Primary malignant neoplasm of peripheral nerve of head, face and/or neck (disorder)
109923005|Primary malignant neoplasm of peripheral nerves of head (disorder)
109925003|Primary malignant neoplasm of peripheral nerves of face (disorder)
109927006|Primary malignant neoplasm of peripheral nerves of neck (disorder)
109931000|Primary malignant neoplasm of peripheral nerves of upper limb (disorder)
109933002|Primary malignant neoplasm of peripheral nerves of shoulder (disorder)
109937001|Primary malignant neoplasm of peripheral nerves of lower limb (disorder)
109939003|Primary malignant neoplasm of peripheral nerves of hip (disorder)
109941002|Primary malignant neoplasm of peripheral nerves of thorax (disorder)
109943004|Primary malignant neoplasm of peripheral nerves of abdomen (disorder)
109945006|Primary malignant neoplasm of peripheral nerves of pelvis region (disorder)
109947003|Primary malignant neoplasm of peripheral nerves of trunk (disorder)
109948008|Overlapping malignant neoplasm of eye and adnexa, primary (disorder)
109951001|Overlapping malignant neoplasm of multiple endocrine glands (disorder)
109962001|Diffuse non-Hodgkin's lymphoma (disorder)
109964000|Diffuse non-Hodgkin's lymphoma, undifferentiated (disorder)
109965004|Diffuse non-Hodgkin's lymphoma, lymphoblastic (disorder)
109966003|Diffuse non-Hodgkin's lymphoma, immunoblastic (disorder)
109967007|Diffuse non-Hodgkin's lymphoma, small cleaved cell (disorder)
109968002|Diffuse non-Hodgkin's lymphoma, small cell (disorder)
109969005|Diffuse non-Hodgkin's lymphoma, large cell (disorder)
109970006|Follicular non-Hodgkin's lymphoma, small cleaved cell (disorder)
109971005|Follicular non-Hodgkin's lymphoma, mixed small cleaved cell and large cell (disorder)
109972003|Follicular non-Hodgkin's lymphoma, large cell (disorder)
109975001|T-zone lymphoma (disorder)
109976000|Lymphoepithelioid lymphoma (disorder)
109977009|Peripheral T-cell lymphoma (disorder)
109978004|T-cell lymphoma (disorder)
109979007|B-cell lymphoma (disorder)
109980005|Malignant immunoproliferative disease (disorder)
109988003|Histiocytic sarcoma (disorder)
109991003|Acute myelofibrosis (disorder)
109994006|Essential thrombocythemia (disorder)
109995007|Myelodysplastic syndrome (disorder)
109996008|Myelodysplastic syndrome: Refractory anemia, without ringed sideroblasts, without excess blasts (disorder)
110000005|Refractory anemia with excess blasts in transformation (disorder)
110002002|Mast cell leukemia (disorder)
110004001|Acute promyelocytic leukemia, FAB M3 (disorder)
110005000|Acute myelomonocytic leukemia, FAB M4 (disorder)
110006004|Prolymphocytic leukemia (disorder)
110007008|Adult T-cell leukemia/lymphoma (disorder)
110013004|Overlapping malignant neoplasm of tonsil (disorder)
111030006|Howel-Evans' syndrome (disorder)
116711000119103|Marginal zone lymphoma of inguinal lymph node (disorder)
116741000119104|Marginal zone lymphoma of thoracic lymph node (disorder)
116811000119106|Non-Hodgkin lymphoma of central nervous system metastatic to lymph node of lower limb (disorder)
116821000119104|Non-Hodgkin lymphoma of central nervous system metastatic to lymph node of upper limb (disorder)
117061000119101|Peripheral T-cell lymphoma of spleen (disorder)
117091000119108|Peripheral T-cell lymphoma of axillary lymph node (disorder)
117111000119100|Peripheral T-cell lymphoma of thoracic lymph node (disorder)
118599009|Hodgkin's disease (disorder)
118600007|Malignant lymphoma (disorder)
118601006|Non-Hodgkin's lymphoma (disorder)
118602004|Hodgkin's granuloma (disorder)
118605002|Hodgkin lymphoma, nodular lymphocyte predominance (disorder)
118606001|Hodgkin's sarcoma (disorder)
118607005|Hodgkin lymphoma, lymphocyte-rich (disorder)
118608000|Hodgkin's disease, nodular sclerosis (disorder)
118609008|Hodgkin's disease, mixed cellularity (disorder)
118610003|Hodgkin's disease, lymphocytic depletion (disorder)
118611004|Sézary's disease (disorder)
118612006|Malignant histiocytosis (disorder)
118613001|Hairy cell leukemia (disorder)
118614007|Langerhans cell histiocytosis, disseminated (disorder)
118615008|Malignant mast cell tumor (disorder)
118617000|Burkitt's lymphoma (disorder)
118618005|Mycosis fungoides (disorder)
122881000119107|Chronic monocytic leukemia in relapse (disorder)
122901000119109|Myeloid leukemia in relapse (disorder)
122951000119108|Lymphoid leukemia in relapse (disorder)
122961000119105|Chronic lymphoid leukemia in relapse (disorder)
122981000119101|Plasma cell leukemia in relapse (disorder)
12301000132103|Acute lymphoid leukemia relapse (disorder)
12311000132101|Refractory acute lymphoid leukemia (disorder)
123661000119106|Malignant carcinoid tumor of lung (disorder)
123701000119104|Malignant carcinoid tumor of descending colon (disorder)
123721000119108|Malignant carcinoid tumor of ascending colon (disorder)
123731000119106|Malignant carcinoid tumor of cecum (disorder)
123741000119102|Malignant carcinoid tumor of large intestine (disorder)
123751000119100|Malignant carcinoid tumor of jejunum (disorder)
123761000119103|Malignant carcinoid tumor of duodenum (disorder)
123781000119107|Chronic leukemia in relapse (disorder)
123842006|Endocervical adenocarcinoma (disorder)
123845008|Adenocarcinoma of endometrium (disorder)
127070008|Malignant histiocytic disorder (disorder)
127220001|Malignant lymphoma of lymph nodes (disorder)
127225006|Chronic myelomonocytic leukemia (disorder)
127961000119108|Aleukemic myeloid leukemia in relapse (disorder)
128041000119107|Primary adenocarcinoma of distal third of esophagus (disorder)
128462008|Secondary malignant neoplastic disease (disorder)
128874001|Cutaneous CD30+ lymphoproliferative disorder (disorder)
128875000|Primary cutaneous CD30 antigen positive large T-cell lymphoma (disorder)
130381000119103|Primary malignant neuroendocrine neoplasm of ascending colon (disorder)
13048006|Orbital lymphoma (disorder)
133751000119102|Lymphoma of colon (disorder)
133851000119107|Merkel cell carcinoma of neck (disorder)
133861000119109|Merkel cell carcinoma of scalp (disorder)
133871000119103|Merkel cell carcinoma of upper limb (disorder)
133881000119100|Merkel cell carcinoma of lower limb (disorder)
133891000119102|Merkel cell carcinoma of trunk (disorder)
134312002|Odontogenic ghost cell carcinoma (disorder)
134871000119100|Poorly differentiated malignant carcinoid tumor (disorder)
135931000119106|Merkel cell carcinoma of buttock (disorder)
143401000119106|Malignant carcinoid tumor of pancreas (disorder)
147131000119101|Glioblastoma multiforme of central nervous system (disorder)
15956181000119102|Secondary adenocarcinoma of bilateral lungs (disorder)
15956341000119105|Adenocarcinoma of left lung (disorder)
15956381000119100|Adenocarcinoma of right lung (disorder)
1651000119109|Primary adenocarcinoma of pancreas (disorder)
1661000119106|Metastasis to lung from adenocarcinoma (disorder)
1681000119102|Metastasis to lymph node from adenocarcinoma (disorder)
1691000119104|Metastasis to liver from adenocarcinoma (disorder)
1701000119104|Primary adenocarcinoma of colon (disorder)
18121000119104|Primary squamous cell carcinoma of palatine tonsil (disorder)
184741000119107|Primary adenocarcinoma of anus (disorder)
184781000119102|Primary adenocarcinoma of cervix uteri (disorder)
184801000119103|Primary adenocarcinoma of lacrimal gland (disorder)
184861000119102|Primary adenocarcinoma of nasopharynx (disorder)
184871000119108|Primary adenocarcinoma of pelvis (disorder)
184881000119106|Primary adenocarcinoma of rectosigmoid junction (disorder)
184891000119109|Primary adenocarcinoma of small intestine (disorder)
187601000|Malignant neoplasm of upper lip, lipstick area (disorder)
187604008|Malignant neoplasm of lower lip, external (disorder)
187606005|Malignant tumor of upper labial mucosa (disorder)
187608006|Malignant tumor of frenum of upper lip (disorder)
187613005|Malignant neoplasm of lower lip, buccal aspect (disorder)
187614004|Malignant tumor of frenum of lower lip (disorder)
187622006|Malignant tumor of labial mucosa (disorder)
187624007|Malignant neoplasm of overlapping lesion of lip (disorder)
187631006|Malignant neoplasm of base of tongue dorsal surface (disorder)
187633009|Malignant neoplasm of dorsal surface of tongue (disorder)
187634003|Malignant tumor of anterior two-thirds of tongue - dorsal surface (disorder)
187635002|Malignant neoplasm of midline of tongue (disorder)
187637005|Malignant neoplasm of tongue, tip and lateral border (disorder)
187640005|Malignant tumor of anterior two-thirds of tongue - ventral surface (disorder)
187641009|Malignant tumor of frenum linguae (disorder)
187644001|Malignant tumor of junctional zone of tongue (disorder)
187652003|Malignant tumor of anterior floor of mouth (disorder)
187653008|Malignant tumor of lateral floor of mouth (disorder)
187658004|Malignant tumor of vestibule of mouth (disorder)
187659007|Malignant tumor of upper buccal sulcus (disorder)
187660002|Malignant tumor of lower buccal sulcus (disorder)
187661003|Malignant tumor of upper labial sulcus (disorder)
187662005|Malignant tumor of lower labial sulcus (disorder)
187666008|Malignant neoplasm of junction of hard and soft palate (disorder)
187675005|Malignant tumor of tonsillar pillar (disorder)
187681002|Malignant neoplasm of anterior epiglottis (disorder)
187682009|Malignant neoplasm of epiglottis, free border (disorder)
187683004|Malignant neoplasm of glossoepiglottic fold (disorder)
187685006|Malignant neoplasm of junctional region of epiglottis (disorder)
187688008|Malignant tumor of posterior wall of oropharynx (disorder)
187692001|Malignant tumor of nasopharynx (disorder)
187693006|Malignant tumor of posterior wall of nasopharynx (disorder)
187694000|Malignant tumor of adenoid (disorder)
187697007|Malignant tumor of pharyngeal recess (disorder)
187698002|Malignant tumor of opening of auditory tube (disorder)
187700006|Malignant tumor of anterior wall of nasopharynx (disorder)
187701005|Malignant neoplasm of floor of nasopharynx (disorder)
187702003|Malignant tumor of nasopharyngeal soft palate surface (disorder)
187708004|Malignant tumor aryepiglottic fold - hypopharyngeal aspect (disorder)
187709007|Malignant neoplasm of posterior pharynx (disorder)
187716008|Malignant tumor of Waldeyer's ring (disorder)
187722004|Malignant tumor of cervical part of esophagus (disorder)
187723009|Malignant tumor of thoracic part of esophagus (disorder)
187724003|Malignant tumor of abdominal part of esophagus (disorder)
187725002|Malignant tumor of upper third of esophagus (disorder)
187726001|Malignant tumor of middle third of esophagus (disorder)
187727005|Malignant tumor of lower third of esophagus (disorder)
187732006|Malignant tumor of cardia (disorder)
187733001|Malignant neoplasm of cardiac orifice of stomach (disorder)
187734007|Malignant neoplasm of cardioesophageal junction of stomach (disorder)
187736009|Malignant tumor of pylorus (disorder)
187738005|Malignant neoplasm of pyloric canal of stomach (disorder)
187740000|Malignant tumor of pyloric antrum (disorder)
187741001|Malignant tumor of fundus of stomach (disorder)
187742008|Malignant tumor of body of stomach (disorder)
187757001|Malignant neoplasm, overlapping lesion of colon (disorder)
187760008|Malignant neoplasm of rectum, rectosigmoid junction and anus (disorder)
187767006|Malignant neoplasm of liver and intrahepatic bile ducts (disorder)
187773007|Malignant neoplasm of interlobular bile ducts (disorder)
187776004|Malignant neoplasm of intrahepatic canaliculi (disorder)
187777008|Malignant neoplasm of intrahepatic gall duct (disorder)
187784000|Malignant neoplasm of hepatic duct (disorder)
187786003|Malignant neoplasm of sphincter of Oddi (disorder)
187794005|Malignant tumor of Islets of Langerhans (disorder)
187798008|Malignant neoplasm of ectopic pancreatic tissue (disorder)
187801002|Malignant tumor of peritoneum and retroperitoneum (disorder)
187803004|Malignant neoplasm of perinephric tissue (disorder)
187804005|Malignant neoplasm of retrocecal tissue (disorder)
187807003|Overlapping malignant lesion of retroperitoneum and peritoneum (disorder)
187808008|Malignant neoplasm of specified parts of peritoneum (disorder)
187809000|Malignant neoplasm of mesocolon (disorder)
187810005|Malignant neoplasm of mesocecum (disorder)
187811009|Malignant neoplasm of mesorectum (disorder)
187814001|Malignant neoplasm of the pouch of Douglas (disorder)
187821001|Angiosarcoma of spleen (disorder)
187822008|Fibrosarcoma of spleen (disorder)
187824009|Malignant neoplasm, overlapping lesion of digestive system (disorder)
187828007|Malignant neoplasm of nasal cavities, middle ear and accessory sinuses (disorder)
187829004|Malignant neoplasm of cartilage of nose (disorder)
187830009|Malignant neoplasm of nasal conchae (disorder)
187831008|Malignant tumor of nasal vestibule (disorder)
187833006|Malignant neoplasm of auditory tube, middle ear and mastoid air cells (disorder)
187834000|Malignant tumor of Eustachian tube (disorder)
187835004|Malignant tumor of tympanic cavity (disorder)
187836003|Malignant tumor of tympanic antrum (disorder)
187838002|Malignant neoplasm, overlapping lesion of accessory sinuses (disorder)
187841006|Malignant tumor of glottis (disorder)
187842004|Malignant tumor of supraglottis (disorder)
187843009|Malignant neoplasm of arytenoid cartilage (disorder)
187844003|Malignant neoplasm of cricoid cartilage (disorder)
187845002|Malignant neoplasm of cuneiform cartilage (disorder)
187846001|Malignant neoplasm of thyroid cartilage (disorder)
187853005|Malignant neoplasm of cartilage of trachea (disorder)
187854004|Malignant neoplasm of mucosa of trachea (disorder)
187857006|Malignant neoplasm of carina of bronchus (disorder)
187861000|Malignant neoplasm of upper lobe bronchus (disorder)
187862007|Malignant neoplasm of upper lobe of lung (disorder)
187864008|Malignant neoplasm of middle lobe, bronchus or lung (disorder)
187865009|Malignant neoplasm of middle lobe bronchus (disorder)
187866005|Malignant neoplasm of middle lobe of lung (disorder)
187868006|Malignant neoplasm of lower lobe, bronchus or lung (disorder)
187869003|Malignant neoplasm of lower lobe bronchus (disorder)
187870002|Malignant neoplasm of lower lobe of lung (disorder)
187881004|Malignant neoplasm of thymus, heart and mediastinum (disorder)
187900002|Malignant neoplasm of bones of skull and face (disorder)
187903000|Malignant neoplasm of malar bone (disorder)
187906008|Malignant neoplasm of orbital bone (disorder)
187916000|Malignant neoplasm of cervical vertebra (disorder)
187917009|Malignant neoplasm of thoracic vertebra (disorder)
187918004|Malignant neoplasm of lumbar vertebra (disorder)
187920001|Malignant neoplasm of ribs and/or sternum and/or clavicle (disorder)
187925006|Malignant neoplasm of costal cartilage (disorder)
187926007|Malignant neoplasm of costovertebral joint (disorder)
187927003|Malignant neoplasm of xiphoid process (disorder)
187929000|Malignant neoplasm of scapula and long bones of upper arm (disorder)
187932002|Malignant neoplasm of humerus (disorder)
187937008|Malignant neoplasm of carpal bone - scaphoid (disorder)
187938003|Malignant neoplasm of carpal bone - lunate (disorder)
187939006|Malignant neoplasm of carpal bone - triquetrum (disorder)
187940008|Malignant neoplasm of carpal bone - pisiform (disorder)
187941007|Malignant neoplasm of carpal bone - trapezium (disorder)
187942000|Malignant neoplasm of carpal bone - trapezoid (disorder)
187943005|Malignant neoplasm of carpal bone - capitate (disorder)
187944004|Malignant neoplasm of carpal bone - hamate (disorder)
187945003|Malignant neoplasm of first metacarpal bone (disorder)
187946002|Malignant neoplasm of second metacarpal bone (disorder)
187947006|Malignant neoplasm of third metacarpal bone (disorder)
187948001|Malignant neoplasm of fourth metacarpal bone (disorder)
187949009|Malignant neoplasm of fifth metacarpal bone (disorder)
187950009|Malignant neoplasm of phalanges of hand (disorder)
187952001|Malignant neoplasm of pelvic bones, sacrum and coccyx (disorder)
187956003|Malignant neoplasm of sacral vertebra (disorder)
187957007|Malignant neoplasm of coccygeal vertebra (disorder)
187967002|Malignant neoplasm of calcaneum (disorder)
187968007|Malignant neoplasm of medial cuneiform (disorder)
187969004|Malignant neoplasm of intermediate cuneiform (disorder)
187970003|Malignant neoplasm of lateral cuneiform (disorder)
187972006|Malignant neoplasm of navicular (disorder)
187973001|Malignant neoplasm of first metatarsal bone (disorder)
187974007|Malignant neoplasm of second metatarsal bone (disorder)
187975008|Malignant neoplasm of third metatarsal bone (disorder)
187976009|Malignant neoplasm of fourth metatarsal bone (disorder)
187977000|Malignant neoplasm of fifth metatarsal bone (disorder)
187978005|Malignant neoplasm of phalanges of foot (disorder)
187987001|Malignant neoplasm of cartilage of ear (disorder)
187988006|Malignant neoplasm of tarsus of eyelid (disorder)
187989003|Malignant neoplasm soft tissues of cervical spine (disorder)
187991006|Malignant neoplasm of connective and soft tissue of upper limb and shoulder (disorder)
187992004|Malignant neoplasm of connective and soft tissue of shoulder (disorder)
187993009|Malignant neoplasm of connective and soft tissue, upper arm (disorder)
187994003|Malignant neoplasm of connective and soft tissue of forearm (disorder)
187995002|Malignant neoplasm of connective and soft tissue of hand (disorder)
187996001|Malignant neoplasm of connective and soft tissue of finger (disorder)
187997005|Malignant neoplasm of connective and soft tissue of thumb (disorder)
187999008|Malignant neoplasm of connective and soft tissue of hip and lower limb (disorder)
188000002|Malignant neoplasm of connective and soft tissue of hip (disorder)
188001003|Malignant neoplasm of connective and soft tissue of thigh and upper leg (disorder)
188002005|Malignant neoplasm of connective and soft tissue of popliteal space (disorder)
188003000|Malignant neoplasm of connective and soft tissue of lower leg (disorder)
188004006|Malignant neoplasm of connective and soft tissue of foot (disorder)
188005007|Malignant neoplasm of connective and soft tissue of toe (disorder)
188006008|Malignant neoplasm of connective and soft tissue of great toe (disorder)
188009001|Malignant neoplasm of connective and soft tissue of thorax (disorder)
188010006|Malignant neoplasm of connective and soft tissue of axilla (disorder)
188013008|Malignant neoplasm of connective and soft tissues of thoracic spine (disorder)
188015001|Malignant neoplasm of connective and soft tissue of abdomen (disorder)
188016000|Malignant neoplasm of connective and soft tissue of abdominal wall (disorder)
188017009|Malignant neoplasm of connective and soft tissues of lumbar spine (disorder)
188019007|Malignant neoplasm of connective and soft tissue of pelvis (disorder)
188020001|Malignant neoplasm of connective and soft tissue of buttock (disorder)
188021002|Malignant neoplasm of connective and soft tissue of inguinal region (disorder)
188022009|Malignant neoplasm of connective and soft tissue of perineum (disorder)
188023004|Malignant neoplasm of connective and soft tissue of sacrum or coccyx (disorder)
188029000|Kaposi's sarcoma of soft tissue (disorder)
188030005|Malignant melanoma of lip (disorder)
188033007|Malignant melanoma of auricle (ear) (disorder)
188034001|Malignant melanoma of external auditory meatus (disorder)
188038003|Malignant melanoma of chin (disorder)
188040008|Malignant melanoma of forehead (disorder)
188042000|Malignant melanoma of temple (disorder)
188045003|Malignant melanoma of scalp (disorder)
188046002|Malignant melanoma of neck (disorder)
188049009|Malignant melanoma of axilla (disorder)
188050009|Malignant melanoma of breast (disorder)
188051008|Malignant melanoma of buttock (disorder)
188052001|Malignant melanoma of groin (disorder)
188054000|Malignant melanoma of perineum (disorder)
188055004|Malignant melanoma of umbilicus (disorder)
188060000|Malignant melanoma of shoulder (disorder)
188061001|Malignant melanoma of upper arm (disorder)
188062008|Malignant melanoma of forearm (disorder)
188063003|Malignant melanoma of hand (disorder)
188064009|Malignant melanoma of finger (disorder)
188065005|Malignant melanoma of thumb (disorder)
188067002|Malignant melanoma of lower limb and hip (disorder)
188068007|Malignant melanoma of hip (disorder)
188069004|Malignant melanoma of thigh (disorder)
188070003|Malignant melanoma of knee (disorder)
188071004|Malignant melanoma of popliteal fossa area (disorder)
188072006|Malignant melanoma of lower leg (disorder)
188073001|Malignant melanoma of ankle (disorder)
188074007|Malignant melanoma of heel (disorder)
188075008|Malignant melanoma of foot (disorder)
188076009|Malignant melanoma of toe (disorder)
188077000|Malignant melanoma of great toe (disorder)
188089003|Malignant neoplasm of skin of ear and external auditory canal (disorder)
188090007|Malignant neoplasm of skin of auricle (ear) (disorder)
188091006|Malignant neoplasm of skin of external auditory meatus (disorder)
188095002|Malignant neoplasm of skin of cheek, external (disorder)
188099008|Malignant neoplasm of skin of nose (external) (disorder)
188100000|Malignant neoplasm of skin of temple (disorder)
188102008|Malignant neoplasm of scalp AND/OR skin of neck (disorder)
188103003|Malignant neoplasm of skin of scalp (disorder)
188107002|Malignant neoplasm of skin of axillary fold (disorder)
188110009|Malignant neoplasm of skin of abdominal wall (disorder)
188119005|Malignant neoplasm of skin of upper limb and shoulder (disorder)
188121000|Malignant neoplasm of skin of upper arm (disorder)
188122007|Malignant neoplasm of skin of forearm (disorder)
188125009|Malignant neoplasm of skin of thumb (disorder)
188127001|Malignant neoplasm of skin of lower limb and hip (disorder)
188132000|Malignant neoplasm of skin of popliteal fossa area (disorder)
188133005|Malignant neoplasm of skin of lower leg (disorder)
188135003|Malignant neoplasm of skin of heel (disorder)
188138001|Malignant neoplasm of skin of great toe (disorder)
188147009|Malignant neoplasm of nipple and areola of female breast (disorder)
188151006|Malignant neoplasm of central part of female breast (disorder)
188152004|Malignant neoplasm of upper-inner quadrant of female breast (disorder)
188153009|Malignant neoplasm of lower-inner quadrant of female breast (disorder)
188154003|Malignant neoplasm of upper-outer quadrant of female breast (disorder)
188155002|Malignant neoplasm of lower-outer quadrant of female breast (disorder)
188156001|Malignant neoplasm of axillary tail of female breast (disorder)
188157005|Malignant neoplasm, overlapping lesion of breast (disorder)
188159008|Malignant neoplasm of ectopic site of female breast (disorder)
188163001|Malignant neoplasm of nipple and areola of male breast (disorder)
188168005|Malignant neoplasm of ectopic site of male breast (disorder)
188176007|Malignant neoplasm of endocervical canal (disorder)
188177003|Malignant neoplasm of endocervical gland (disorder)
188180002|Malignant neoplasm, overlapping lesion of cervix uteri (disorder)
188183000|Malignant neoplasm of cervical stump (disorder)
188184006|Malignant neoplasm of squamocolumnar junction of cervix (disorder)
188189001|Malignant neoplasm of corpus uteri, excluding isthmus (disorder)
188190005|Malignant neoplasm of cornu of corpus uteri (disorder)
188191009|Malignant neoplasm of fundus of corpus uteri (disorder)
188192002|Malignant neoplasm of endometrium of corpus uteri (disorder)
188193007|Malignant neoplasm of myometrium of corpus uteri (disorder)
188195000|Malignant neoplasm of isthmus of uterine body (disorder)
188198003|Malignant neoplasm of overlapping lesion of corpus uteri (disorder)
188204000|Malignant neoplasm of round ligament (disorder)
188208002|Malignant neoplasm of Gartner's duct (disorder)
188209005|Malignant neoplasm of vaginal vault (disorder)
188211001|Malignant neoplasm of greater vestibular (Bartholin's) gland (disorder)
188219004|Malignant tumor of undescended testis (disorder)
188220005|Malignant tumor of ectopic testis (disorder)
188230001|Malignant tumor of body of penis (disorder)
188234005|Malignant tumor of seminal vesicle (disorder)
188235006|Malignant tumor of tunica vaginalis (disorder)
188239000|Malignant tumor of trigone of urinary bladder (disorder)
188240003|Malignant tumor of vault of bladder (disorder)
188241004|Malignant neoplasm of lateral wall of urinary bladder (disorder)
188242006|Malignant neoplasm of anterior wall of urinary bladder (disorder)
188243001|Malignant neoplasm of posterior wall of urinary bladder (disorder)
188244007|Malignant tumor of bladder neck (disorder)
188245008|Malignant tumor of ureteric orifice (disorder)
188247000|Malignant neoplasm, overlapping lesion of bladder (disorder)
188250002|Malignant tumor of kidney parenchyma (disorder)
188252005|Malignant tumor of renal calyx (disorder)
188253000|Malignant tumor of pelviureteric junction (disorder)
188256008|Malignant neoplasm of overlapping lesion of urinary organs (disorder)
188261005|Malignant neoplasm of eyeball excluding conjunctiva, cornea, retina and choroid (disorder)
188263008|Malignant tumor of ciliary body (disorder)
188264002|Malignant tumor of iris (disorder)
188265001|Malignant neoplasm of crystalline lens (disorder)
188266000|Malignant neoplasm of sclera (disorder)
188268004|Malignant neoplasm of connective tissue of orbit (disorder)
188269007|Malignant neoplasm of extraocular muscle of orbit (disorder)
188272000|Malignant tumor of lacrimal gland (disorder)
188273005|Malignant neoplasm of lacrimal sac (disorder)
188274004|Malignant neoplasm of nasolacrimal duct (disorder)
188280007|Malignant neoplasm of cerebrum (excluding lobes and ventricles) (disorder)
188281006|Malignant neoplasm of basal ganglia (disorder)
188282004|Malignant neoplasm of cerebral cortex (disorder)
188283009|Malignant neoplasm of corpus striatum (disorder)
188285002|Malignant neoplasm of globus pallidus (disorder)
188286001|Malignant tumor of hypothalamus (disorder)
188287005|Malignant neoplasm of thalamus (disorder)
188289008|Malignant neoplasm of hippocampus (disorder)
188290004|Malignant neoplasm of uncus (disorder)
188292007|Malignant tumor of choroid plexus (disorder)
188293002|Malignant neoplasm of floor of cerebral ventricle (disorder)
188295009|Malignant neoplasm of cerebral peduncle (disorder)
188296005|Malignant neoplasm of medulla oblongata (disorder)
188297001|Malignant neoplasm of midbrain (disorder)
188298006|Malignant neoplasm of pons (disorder)
188301005|Malignant neoplasm of corpus callosum (disorder)
188302003|Malignant neoplasm of tapetum (disorder)
188308004|Malignant neoplasm of olfactory bulb (disorder)
188312005|Malignant neoplasm of cerebral dura mater (disorder)
188313000|Malignant neoplasm of cerebral arachnoid mater (disorder)
188315007|Malignant neoplasm of cerebral pia mater (disorder)
188317004|Malignant neoplasm of spinal dura mater (disorder)
188318009|Malignant neoplasm of spinal arachnoid mater (disorder)
188319001|Malignant neoplasm of spinal pia mater (disorder)
188321006|Malignant neoplasm of peripheral nerves and autonomic nervous system (disorder)
188322004|Malignant neoplasm of peripheral nerves of head, face and neck (disorder)
188323009|Malignant neoplasm of peripheral nerves of upper limb, including shoulder (disorder)
188324003|Malignant neoplasm of peripheral nerves of lower limb, including hip (disorder)
188325002|Malignant neoplasm of peripheral nerve of thorax (disorder)
188326001|Malignant neoplasm of peripheral nerve of abdomen (disorder)
188327005|Malignant neoplasm of peripheral nerve of pelvis (disorder)
188339002|Malignant neoplasm of pituitary gland and craniopharyngeal duct (disorder)
188340000|Malignant tumor of craniopharyngeal duct (disorder)
188361007|Malignant neoplasm of thorax (disorder)
188366002|Malignant neoplasm of abdomen (disorder)
188469005|Secondary malignant neoplasm of cervix uteri (disorder)
188471005|Secondary malignant neoplasm of epididymis AND vas deferens (disorder)
188487008|Lymphosarcoma and reticulosarcoma (disorder)
188489006|Reticulosarcoma of lymph nodes of head, face and neck (disorder)
188492005|Reticulosarcoma of lymph nodes of axilla and upper limb (disorder)
188493000|Reticulosarcoma of lymph nodes of inguinal region and lower limb (disorder)
188498009|Lymphosarcoma (disorder)
188500005|Lymphosarcoma of lymph nodes of head, face and neck (disorder)
188501009|Lymphosarcoma of intrathoracic lymph nodes (disorder)
188502002|Lymphosarcoma of intra-abdominal lymph nodes (disorder)
188503007|Lymphosarcoma of lymph nodes of axilla and upper limb (disorder)
188504001|Lymphosarcoma of lymph nodes of inguinal region and lower limb (disorder)
188505000|Lymphosarcoma of intrapelvic lymph nodes (disorder)
188506004|Lymphosarcoma of spleen (disorder)
188507008|Lymphosarcoma of lymph nodes of multiple sites (disorder)
188510001|Burkitt's lymphoma of lymph nodes of head, face and neck (disorder)
188511002|Burkitt's lymphoma of intrathoracic lymph nodes (disorder)
188512009|Burkitt's lymphoma of intra-abdominal lymph nodes (disorder)
188513004|Burkitt's lymphoma of lymph nodes of axilla and upper limb (disorder)
188514005|Burkitt's lymphoma of lymph nodes of inguinal region and lower limb (disorder)
188515006|Burkitt's lymphoma of intrapelvic lymph nodes (disorder)
188516007|Burkitt's lymphoma of spleen (disorder)
188517003|Burkitt's lymphoma of lymph nodes of multiple sites (disorder)
188524002|Hodgkin's paragranuloma of intrathoracic lymph nodes (disorder)
188529007|Hodgkin's paragranuloma of intrapelvic lymph nodes (disorder)
188531003|Hodgkin's paragranuloma of lymph nodes of multiple sites (disorder)
188534006|Hodgkin's granuloma of lymph nodes of head, face and neck (disorder)
188536008|Hodgkin's granuloma of intra-abdominal lymph nodes (disorder)
188537004|Hodgkin's granuloma of lymph nodes of axilla and upper limb (disorder)
188538009|Hodgkin's granuloma of lymph nodes of inguinal region and lower limb (disorder)
188541000|Hodgkin's granuloma of lymph nodes of multiple sites (disorder)
188544008|Hodgkin's sarcoma of lymph nodes of head, face and neck (disorder)
188547001|Hodgkin's sarcoma of lymph nodes of axilla and upper limb (disorder)
188548006|Hodgkin's sarcoma of lymph nodes of inguinal region and lower limb (disorder)
188551004|Hodgkin's sarcoma of lymph nodes of multiple sites (disorder)
188554007|Hodgkin's disease, lymphocytic-histiocytic predominance of lymph nodes of head, face and neck (disorder)
188558005|Hodgkin's disease, lymphocytic-histiocytic predominance of lymph nodes of axilla and upper limb (disorder)
188559002|Hodgkin's disease, lymphocytic-histiocytic predominance of lymph nodes of inguinal region and lower limb (disorder)
188562004|Hodgkin's disease, lymphocytic-histiocytic predominance of lymph nodes of multiple sites (disorder)
188565002|Hodgkin's disease, nodular sclerosis of lymph nodes of head, face and neck (disorder)
188566001|Hodgkin's disease, nodular sclerosis of intrathoracic lymph nodes (disorder)
188567005|Hodgkin's disease, nodular sclerosis of intra-abdominal lymph nodes (disorder)
188568000|Hodgkin's disease, nodular sclerosis of lymph nodes of axilla and upper limb (disorder)
188569008|Hodgkin's disease, nodular sclerosis of lymph nodes of inguinal region and lower limb (disorder)
188570009|Hodgkin's disease, nodular sclerosis of intrapelvic lymph nodes (disorder)
188572001|Hodgkin's disease, nodular sclerosis of lymph nodes of multiple sites (disorder)
188575004|Hodgkin's disease, mixed cellularity of lymph nodes of head, face and neck (disorder)
188576003|Hodgkin's disease, mixed cellularity of intrathoracic lymph nodes (disorder)
188577007|Hodgkin's disease, mixed cellularity of intra-abdominal lymph nodes (disorder)
188578002|Hodgkin's disease, mixed cellularity of lymph nodes of axilla and upper limb (disorder)
188579005|Hodgkin's disease, mixed cellularity of lymph nodes of inguinal region and lower limb (disorder)
188580008|Hodgkin's disease, mixed cellularity of intrapelvic lymph nodes (disorder)
188582000|Hodgkin's disease, mixed cellularity of lymph nodes of multiple sites (disorder)
188585003|Hodgkin's disease, lymphocytic depletion of lymph nodes of head, face and neck (disorder)
188586002|Hodgkin's disease, lymphocytic depletion of intrathoracic lymph nodes (disorder)
188587006|Hodgkin's disease, lymphocytic depletion of intra-abdominal lymph nodes (disorder)
188589009|Hodgkin's disease, lymphocytic depletion of lymph nodes of axilla and upper limb (disorder)
188590000|Hodgkin's disease, lymphocytic depletion of lymph nodes of inguinal region and lower limb (disorder)
188591001|Hodgkin's disease, lymphocytic depletion of intrapelvic lymph nodes (disorder)
188592008|Hodgkin's disease, lymphocytic depletion of spleen (disorder)
188593003|Hodgkin's disease, lymphocytic depletion of lymph nodes of multiple sites (disorder)
188609000|Nodular lymphoma of lymph nodes of head, face and neck (disorder)
188612002|Nodular lymphoma of lymph nodes of axilla and upper limb (disorder)
188613007|Nodular lymphoma of lymph nodes of inguinal region and lower limb (disorder)
188627002|Mycosis fungoides of lymph nodes of multiple sites (disorder)
188630009|Sézary's disease of lymph nodes of head, face and neck (disorder)
188631008|Sézary's disease of intrathoracic lymph nodes (disorder)
188632001|Sézary's disease of intra-abdominal lymph nodes (disorder)
188633006|Sézary's disease of lymph nodes of axilla and upper limb (disorder)
188634000|Sézary's disease of lymph nodes of inguinal region and lower limb (disorder)
188635004|Sézary's disease of intrapelvic lymph nodes (disorder)
188637007|Sézary's disease of lymph nodes of multiple sites (disorder)
188640007|Malignant histiocytosis of lymph nodes of head, face and neck (disorder)
188641006|Malignant histiocytosis of lymph nodes of axilla and upper limb (disorder)
188642004|Malignant histiocytosis of lymph nodes of inguinal region and lower limb (disorder)
188645002|Leukemic reticuloendotheliosis of lymph nodes of head, face and neck (disorder)
188648000|Leukemic reticuloendotheliosis of lymph nodes of axilla and upper limb (disorder)
188649008|Leukemic reticuloendotheliosis of lymph nodes of inguinal region and lower limb (disorder)
188660004|Malignant mast cell tumors (disorder)
188662007|Mast cell malignancy of lymph nodes of head, face and neck (disorder)
188663002|Mast cell malignancy of intrathoracic lymph nodes (disorder)
188664008|Mast cell malignancy of intra-abdominal lymph nodes (disorder)
188665009|Mast cell malignancy of lymph nodes of axilla and upper limb (disorder)
188666005|Mast cell malignancy of lymph nodes of inguinal region and lower limb (disorder)
188667001|Mast cell malignancy of intrapelvic lymph nodes (disorder)
188668006|Mast cell malignancy of spleen (disorder)
188669003|Mast cell malignancy of lymph nodes of multiple sites (disorder)
188672005|Follicular non-Hodgkin's mixed small cleaved and large cell lymphoma (disorder)
188674006|Diffuse malignant lymphoma - small non-cleaved cell (disorder)
188675007|Malignant lymphoma - small cleaved cell (disorder)
188676008|Malignant lymphoma - mixed small and large cell (disorder)
188679001|Diffuse non-Hodgkin's lymphoma undifferentiated (diffuse) (disorder)
188718006|Malignant plasma cell neoplasm, extramedullary plasmacytoma (disorder)
188725004|Lymphoid leukemia (disorder)
188726003|Subacute lymphoid leukemia (disorder)
188728002|Aleukemic lymphoid leukemia (disorder)
188729005|Adult T-cell leukemia (disorder)
188732008|Myeloid leukemia (disorder)
188733003|Chronic eosinophilic leukemia (disorder)
188734009|Chronic neutrophilic leukemia (disorder)
188736006|Subacute myeloid leukemia (disorder)
188737002|Chloroma (disorder)
188738007|Granulocytic sarcoma (disorder)
188741003|Aleukemic myeloid leukemia (disorder)
188744006|Monocytic leukemia (disorder)
188745007|Chronic monocytic leukemia (disorder)
188746008|Subacute monocytic leukemia (disorder)
188748009|Aleukemic monocytic leukemia (disorder)
188754005|Megakaryocytic leukemia (disorder)
188768003|Myelomonocytic leukemia (disorder)
188770007|Subacute myelomonocytic leukemia (disorder)
190030009|Compound leukemias (disorder)
190818004|Waldenström macroglobulinemia (disorder)
192681000119104|Malignant carcinoid tumor of appendix (disorder)
192701000119101|Malignant carcinoid tumor of ileum (disorder)
208041000119100|Primary adenocarcinoma of endocervix (disorder)
230156002|Malignant meningitis (disorder)
231829006|Malignant neoplasm of eyelid (disorder)
231831002|Squamous cell carcinoma of eyelid (disorder)
231832009|Basal cell carcinoma of eyelid (disorder)
231833004|Sebaceous adenocarcinoma of eyelid (disorder)
231834005|Malignant melanoma of eyelid (disorder)
231835006|Kaposi's sarcoma of eyelid (disorder)
232075002|Lymphoma of retina (disorder)
235966007|Cystadenocarcinoma of pancreas (disorder)
236512004|Leukemic infiltrate of kidney (disorder)
236513009|Lymphoma of kidney (disorder)
240163000|Malignant neoplasm of nasopharyngeal wall (disorder)
240531002|African Burkitt's lymphoma (disorder)
24111000119105|Primary squamous cell carcinoma of upper limb (disorder)
241861008|Metastatic malignant neoplasm to nasopharynx (disorder)
242862004|Secondary malignant neoplasm of nasopharyngeal wall (disorder)
253001006|Merkel cell carcinoma (disorder)
253003009|Carcinoid bronchial adenoma (disorder)
253017000|Klatskin's tumor (disorder)
253018005|Fibrolamellar hepatocellular carcinoma (disorder)
254389005|Carcinoma of vermilion border of upper lip (disorder)
254390001|Carcinoma of vermilion border of lower lip (disorder)
254393004|Carcinoma of frenum of lip (disorder)
254398008|Carcinoma of frenum of upper lip (disorder)
254402004|Carcinoma of frenum of lower lip (disorder)
254404003|Carcinoma of commissure of lip (disorder)
254408000|Malignant tumor of anterior two-thirds of tongue - lateral margin (disorder)
254412006|Malignant tumor of tip of tongue (disorder)
254417000|Carcinoma of frenum linguae (disorder)
254423005|Carcinoma of lingual tonsil (disorder)
254424004|Carcinoma of upper gum (disorder)
254425003|Carcinoma of lower gum (disorder)
254427006|Carcinoma of anterior part of floor of mouth (disorder)
254431000|Carcinoma of lateral part of floor of mouth (disorder)
254434008|Carcinoma of hard palate (disorder)
254435009|Carcinoma of soft palate (disorder)
254436005|Carcinoma of uvula (disorder)
254437001|Squamous cell carcinoma of buccal mucosa (disorder)
254441002|Carcinoma of upper buccal sulcus (disorder)
254445006|Carcinoma of lower buccal sulcus (disorder)
254450000|Carcinoma of upper labial sulcus (disorder)
254454009|Carcinoma of lower labial sulcus (disorder)
254457002|Carcinoma of retromolar area (disorder)
254459004|Malignant tumor of anterior pillar of fauces (disorder)
254462001|Carcinoma of parotid gland (disorder)
254465004|Carcinoma of submandibular gland (disorder)
254466003|Carcinoma of sublingual gland (disorder)
254478004|Malignant tumor of inferior turbinate (disorder)
254481009|Malignant tumor of middle turbinate (disorder)
254484001|Malignant tumor of posterior margin of nasal septum and choanae (disorder)
254503007|Malignant tumor of inferior surface of soft palate (disorder)
254509006|Malignant tumor of anterior commissure (disorder)
254513004|Malignant tumor of posterior commissure (disorder)
254517003|Malignant tumor of suprahyoid epiglottis (disorder)
254520006|Malignant tumor of infrahyoid epiglottis (disorder)
254526000|Malignant tumor of laryngeal ventricle (disorder)
254530002|Malignant tumor of parapharyngeal space (disorder)
254535007|Carcinoma of cervical part of esophagus (disorder)
254539001|Carcinoma of thoracic part of esophagus (disorder)
254543002|Carcinoma of abdominal part of esophagus (disorder)
254547001|Carcinoma of upper third of esophagus (disorder)
254549003|Carcinoma of middle third of esophagus (disorder)
254551004|Carcinoma of lower third of esophagus (disorder)
254553001|Carcinoma of cardia (disorder)
254555008|Carcinoma of fundus of stomach (disorder)
254557000|Carcinoma of body of stomach (disorder)
254559002|Carcinoma of pyloric antrum (disorder)
254561006|Carcinoma of pylorus (disorder)
254563009|Carcinoma of lesser curve of stomach (disorder)
254567005|Carcinoma of greater curve of stomach (disorder)
254570009|Carcinoma of duodenum (disorder)
254582000|Adenocarcinoma of rectum (disorder)
254586002|Malignant tumor of anorectal junction (disorder)
254601002|Sarcoma of liver (disorder)
254609000|Carcinoma of ampulla of Vater (disorder)
254611009|Malignant tumor of endocrine pancreas (disorder)
254612002|Carcinoma of endocrine pancreas (disorder)
254613007|Carcinoid tumor of pancreas (disorder)
254619006|Adenoid cystic carcinoma of trachea (disorder)
254620000|Squamous cell carcinoma of trachea (disorder)
254622008|Squamous cell carcinoma of bronchus (disorder)
254625005|Malignant tumor of lung parenchyma (disorder)
254626006|Adenocarcinoma of lung (disorder)
254627002|Carcinoid tumor of lung (disorder)
254628007|Carcinoma of lung parenchyma (disorder)
254629004|Large cell carcinoma of lung (disorder)
254631008|Giant cell carcinoma of lung (disorder)
254632001|Small cell carcinoma of lung (disorder)
254633006|Oat cell carcinoma of lung (disorder)
254634000|Squamous cell carcinoma of lung (disorder)
254635004|Epithelioid hemangioendothelioma of lung (disorder)
254637007|Non-small cell lung cancer (disorder)
254638002|Pancoast tumor (disorder)
254645002|Malignant mesothelioma of pleura (disorder)
254701007|Basal cell carcinoma of skin (disorder)
254711000|Adenoid cystic eccrine carcinoma of skin (disorder)
254713002|Mucoepidermoid carcinoma of skin (disorder)
254714008|Mucinous eccrine carcinoma of skin (disorder)
254730000|Superficial spreading malignant melanoma of skin (disorder)
254731001|Nodular malignant melanoma of skin (disorder)
254732008|Acral lentiginous malignant melanoma of skin (disorder)
254733003|Malignant melanoma arising in intradermal nevus (disorder)
254734009|Malignant melanoma arising in congenital nevus (disorder)
254764001|Peripheral neuroepithelioma (disorder)
254792006|Proliferating angioendotheliomatosis (disorder)
254797000|Malignant hemangiopericytoma of skin (disorder)
254837009|Malignant neoplasm of breast (disorder)
254838004|Carcinoma of breast (disorder)
254839007|Scirrhous carcinoma of breast (disorder)
254841008|Cancer en cuirasse (disorder)
254849005|Malignant epithelial tumor of ovary (disorder)
254850005|Serous papillary cystadenocarcinoma ovary (disorder)
254851009|Mucinous cystadenocarcinoma of ovary (disorder)
254852002|Endometrioid carcinoma ovary (disorder)
254856004|Undifferentiated carcinoma of ovary (disorder)
254860001|Malignant sex cord tumor of ovary (disorder)
254861002|Malignant granulosa cell tumor of ovary (disorder)
254863004|Granulosa cell tumor of ovary (disorder)
254869000|Malignant germ cell tumor of ovary (disorder)
254870004|Choriocarcinoma of ovary (disorder)
254871000|Immature teratoma of ovary (disorder)
254872007|Embryonal carcinoma of ovary (disorder)
254874008|Dysgerminoma of ovary (disorder)
254876005|Endodermal sinus tumor of ovary (disorder)
254877001|Sarcoma of uterus (disorder)
254878006|Endometrial carcinoma (disorder)
254886006|Squamous cell carcinoma of cervix (disorder)
254887002|Adenocarcinoma of cervix (disorder)
254888007|Adenosquamous carcinoma of cervix (disorder)
254889004|Carcinoma of cervix stage 0 (disorder)
254893005|Carcinoma of vagina (disorder)
254895003|Squamous cell carcinoma of vulva (disorder)
254896002|Malignant melanoma of vulva (disorder)
254898001|Paget's disease of vulva (disorder)
254900004|Carcinoma of prostate (disorder)
254904008|Carcinoma of glans penis (disorder)
254908006|Malignant tumor of skin of penis (disorder)
254909003|Carcinoma of foreskin (disorder)
254912000|Regressed malignant testicular tumor (disorder)
254915003|Clear cell carcinoma of kidney (disorder)
254916002|Cystadenocarcinoma of kidney (disorder)
254917006|Papillary cystadenocarcinoma of kidney (disorder)
254918001|Sarcoma of kidney (disorder)
254920003|Cystadenoma of kidney (disorder)
254934003|Malignant tumor of urethral stump (disorder)
254936001|Glial tumor of brain (disorder)
254938000|Astrocytoma of brain (disorder)
254940005|Oligodendroglioma of brain (disorder)
254941009|Mixed glial tumor of brain (disorder)
254945000|Embryonal tumor of brain (disorder)
254946004|Glial tumor of spinal cord (disorder)
254947008|Glioma of spinal cord (disorder)
254948003|Astrocytoma of spinal cord (disorder)
254950006|Oligodendroglioma of spinal cord (disorder)
254951005|Mixed glial tumor of spinal cord (disorder)
254954002|Embryonal tumor of spinal cord (disorder)
254955001|Pituitary carcinoma (disorder)
254969001|Malignant tumor of olfactory tract (disorder)
254972008|Malignant tumor of optic nerve and sheath (disorder)
254973003|Malignant astrocytoma of optic nerve (disorder)
254974009|Malignant tumor of optic nerve sheath (disorder)
254975005|Malignant meningioma of optic nerve sheath (disorder)
254986007|Malignant tumor of peripheral nerve (disorder)
254987003|Adenoid cystic carcinoma of lacrimal gland (disorder)
254988008|Adenocarcinoma of lacrimal gland (disorder)
254989000|Carcinoma ex pleomorphic adenoma of lacrimal gland (disorder)
254990009|Mucoepidermoid tumor of lacrimal gland (disorder)
254993006|Liposarcoma of orbit (disorder)
254994000|Rhabdomyosarcoma of orbit (disorder)
254995004|Malignant hemangiopericytoma of orbit (disorder)
254996003|Malignant fibrous histiocytoma of orbit (disorder)
255003007|Squamous cell carcinoma of conjunctiva (disorder)
255004001|Malignant melanoma of conjunctiva (disorder)
255008003|Squamous cell carcinoma of cornea (disorder)
255012009|Malignant melanoma of iris (disorder)
255015006|Malignant melanoma of ciliary body (disorder)
255016007|Adenocarcinoma of pigmented epithelium of ciliary body (disorder)
255017003|Adenocarcinoma of non-pigmented epithelium of ciliary body (disorder)
255021005|Malignant melanoma of choroid (disorder)
255026000|Astrocytoma of retina (disorder)
255028004|Follicular thyroid carcinoma (disorder)
255029007|Papillary thyroid carcinoma (disorder)
255030002|Mixed follicular and papillary thyroid carcinoma (disorder)
255031003|Anaplastic thyroid carcinoma (disorder)
255032005|Medullary thyroid carcinoma (disorder)
255035007|Adrenal carcinoma (disorder)
255037004|Parathyroid carcinoma (disorder)
255052006|Malignant neoplasm of unknown origin (disorder)
255067005|Sarcoma of bone and connective tissue (disorder)
255070009|Overlapping malignant neoplasm of oral cavity and lips and salivary glands (disorder)
255071008|Squamous cell carcinoma of lip (disorder)
255072001|Malignant tumor of salivary gland (disorder)
255074000|Malignant tumor of nasal cavity and nasopharynx (disorder)
255075004|Malignant tumor of lateral nasal wall (disorder)
255078002|Malignant tumor of esophagus, stomach and duodenum (disorder)
255081007|Carcinoma of cecum (disorder)
255083005|Malignant tumor of anus and anal canal (disorder)
255084004|Squamous cell carcinoma of anal margin (disorder)
255088001|Malignant tumor of exocrine pancreas (disorder)
255090000|Malignant neoplasm of carpal bones (disorder)
255091001|Malignant neoplasm of metacarpal bones (disorder)
255101006|Sézary disease of skin (disorder)
255108000|Carcinoma of bladder (disorder)
255109008|Transitional cell carcinoma of bladder (disorder)
255110003|Adenocarcinoma of bladder (disorder)
255111004|Squamous cell carcinoma of bladder (disorder)
255112006|Malignant tumor of pituitary and hypothalamus (disorder)
255114007|Kaposi's sarcoma of conjunctiva (disorder)
255115008|Kaposi's sarcoma of cornea (disorder)
255119002|Lymphangitis carcinomatosa (disorder)
255121007|Carcinomatosis of peritoneal cavity (disorder)
255123005|Metastasis to nervous system and eye (disorder)
255124004|Metastasis to peripheral nerve (disorder)
255128001|Malignant infiltration of peripheral nerve (disorder)
255129009|Malignant infiltration of peripheral nerve plexus (disorder)
269459004|Malignant tumor of lesser curve of stomach (disorder)
269460009|Malignant tumor of greater curve of stomach (disorder)
269463006|Malignant tumor of middle ear and mastoid (disorder)
269464000|Malignant neoplasm of upper lobe, bronchus or lung (disorder)
269467007|Malignant neoplasm of hand bones (disorder)
269469005|Malignant neoplasm of soft tissue (disorder)
269475001|Malignant tumor of lymphoid, hemopoietic AND/OR related tissue (disorder)
269476000|Nodular lymphoma (disorder)
269515006|Carcinoma of lip (disorder)
269516007|Tongue carcinoma (disorder)
269533000|Carcinoma of colon (disorder)
269544008|Carcinoma of the rectosigmoid junction (disorder)
269578002|Malignant melanoma of head and neck (disorder)
269579005|Malignant melanoma of trunk (disorder)
269580008|Malignant melanoma of upper limb (disorder)
269581007|Malignant melanoma of lower limb (disorder)
271323007|Malignant neoplasm of lip, oral cavity and/or pharynx (disorder)
271467005|Malignant neoplasm of bone, connective tissue, skin and breast (disorder)
271468000|Malignant neoplasm of genitourinary organ (disorder)
271568003|Malignant tumor of lower labial mucosa (disorder)
271943005|Carcinoma of base of tongue (disorder)
274084007|Palate carcinoma (disorder)
274085008|Tonsil carcinoma (disorder)
274087000|Malignant melanoma of eye (disorder)
274902006|Combined hepatocellular carcinoma and cholangiocarcinoma (disorder)
274905008|Malignant lymphoma - lymphocytic, intermediate differentiation (disorder)
275266006|Metastasis to digestive organs (disorder)
275394001|Carcinoma ventral surface of tongue (disorder)
275395000|Carcinoma anterior 2/3 tongue ventrum (disorder)
275396004|Carcinoma of anterior two-thirds of tongue - dorsal surface (disorder)
275397008|Carcinoma of midline of tongue (disorder)
275399006|Malignant tumor of lipstick area of lip (disorder)
275490009|Carcinoma of tongue base - dorsal surface (disorder)
276419004|Malignant tumor of corpus spongiosum (disorder)
276420005|Malignant tumor of corpus cavernosum (disorder)
276751004|Amelanotic malignant melanoma of skin (disorder)
276803003|Adenocarcinoma of esophagus (disorder)
276804009|Squamous cell carcinoma of esophagus (disorder)
276808007|Carcinoid tumor of stomach (disorder)
276809004|Early gastric cancer (disorder)
276810009|Late gastric cancer (disorder)
276811008|Gastric lymphoma (disorder)
276815004|Lymphoma of intestine (disorder)
276816003|Carcinoid tumor of intestine (disorder)
276821000|Malignant melanoma of anus (disorder)
276822007|Malignant melanoma of rectum (disorder)
276826005|Malignant glioma of brain (disorder)
276827001|Malignant glioma of spinal cord (disorder)
276828006|Glioblastoma multiforme of brain (disorder)
276829003|Glioblastoma multiforme of spinal cord (disorder)
276836002|Primary cerebral lymphoma (disorder)
276860003|Squamous cell carcinoma of scrotum (disorder)
276870001|Carcinoma of fallopian tube (disorder)
276876007|Carcinoma of Bartholin's gland (disorder)
276952000|Squamous cell carcinoma of tongue (disorder)
276953005|Squamous cell carcinoma of gum (disorder)
276954004|Squamous cell carcinoma of floor of mouth (disorder)
276962007|Squamous cell carcinoma of palate (disorder)
276975007|Carcinoma of larynx (disorder)
277456001|Suprasellar germ cell tumor (disorder)
277461004|Anaplastic astrocytoma of brain (disorder)
277473004|B-cell chronic lymphocytic leukemia (disorder)
277474005|B-cell chronic lymphocytic leukemia variant (disorder)
277505007|Medulloblastoma of cerebellum (disorder)
277508009|Pineal germ cell tumor (disorder)
277530005|Malignant melanoma of meninges (disorder)
277545003|T-cell chronic lymphocytic leukemia (disorder)
277549009|Chronic lymphocytic prolymphocytic leukemia syndrome (disorder)
277550009|Richter's syndrome (disorder)
277551008|Splenic lymphoma with villous lymphocytes (disorder)
277567002|T-cell prolymphocytic leukemia (disorder)
277568007|Hairy cell leukemia variant (disorder)
277569004|Large granular lymphocytic leukemia (disorder)
277570003|Lymphoma with spill (disorder)
277571004|B-cell acute lymphoblastic leukemia (disorder)
277572006|Pre B-cell acute lymphoblastic leukemia (disorder)
277573001|Common acute lymphoblastic leukemia (disorder)
277574007|Null cell acute lymphoblastic leukemia (disorder)
277575008|T-cell acute lymphoblastic leukemia (disorder)
277587001|Juvenile chronic myeloid leukemia (disorder)
277589003|Atypical chronic myeloid leukemia (disorder)
277597005|Myelodysplastic syndrome with isolated del(5q) (disorder)
277601005|Acute monoblastic leukemia (disorder)
277602003|Acute megakaryoblastic leukemia (disorder)
277604002|Acute eosinophilic leukemia (disorder)
277609007|Hodgkin's disease, lymphocytic predominance - diffuse (disorder)
277610002|Hodgkin's disease, nodular sclerosis - lymphocytic predominance (disorder)
277611003|Hodgkin's disease, nodular sclerosis - mixed cellularity (disorder)
277612005|Hodgkin's disease, nodular sclerosis - lymphocytic depletion (disorder)
277613000|Cutaneous/peripheral T-cell lymphoma (disorder)
277614006|Prethymic and thymic T-cell lymphoma/leukemia (disorder)
277615007|Low grade B-cell lymphoma (disorder)
277616008|Diffuse low grade B-cell lymphoma (disorder)
277617004|High grade B-cell lymphoma (disorder)
277618009|Follicular low grade B-cell lymphoma (disorder)
277619001|B-cell prolymphocytic leukemia (disorder)
277622004|Mucosa-associated lymphoma (disorder)
277623009|Monocytoid B-cell lymphoma (disorder)
277624003|Follicular malignant lymphoma - mixed cell type (disorder)
277625002|Follicular malignant lymphoma - small cleaved cell (disorder)
277626001|Diffuse high grade B-cell lymphoma (disorder)
277627005|Nodular high grade B-cell lymphoma (disorder)
277628000|Diffuse malignant lymphoma - large cleaved cell (disorder)
277629008|Diffuse malignant lymphoma - large non-cleaved cell (disorder)
277632006|Diffuse malignant lymphoma - centroblastic polymorphic (disorder)
277637000|Large cell anaplastic lymphoma (disorder)
277641001|Follicular malignant lymphoma - large cell (disorder)
277642008|Low grade T-cell lymphoma (disorder)
277643003|High grade T-cell lymphoma (disorder)
277651000|Peripheral T-cell lymphoma - pleomorphic small cell (disorder)
277653002|Peripheral T-cell lymphoma - pleomorphic medium and large cell (disorder)
277654008|Enteropathy-associated T-cell lymphoma (disorder)
277664004|Malignant lymphoma of testis (disorder)
277782009|Malignant peritoneal local recurrence (disorder)
278024000|Rhabdomyosarcoma of bladder (disorder)
278042005|Malignant teratoma of mediastinum (disorder)
278043000|Malignant seminoma of mediastinum (disorder)
278044006|Malignant neuroma of mediastinum (disorder)
278046008|Sarcoma of bladder (disorder)
278050001|Sarcoma of breast (disorder)
278051002|Malignant lymphoma of thyroid gland (disorder)
278052009|Malignant lymphoma of breast (disorder)
278055006|Malignant Leydig cell tumor of testis (disorder)
278060005|Endometrioid carcinoma of prostate (disorder)
278189009|Hypergranular promyelocytic leukemia (disorder)
278433008|Malignant infiltration of soft tissue (disorder)
278453007|Acute biphenotypic leukemia (disorder)
278491007|Mixed seminoma teratoma of testis (disorder)
280959007|Malignant tumor of lacrimal drainage structure (disorder)
28122003|Pulmonary eosinophilic granuloma (disorder)
281560004|Neuroblastoma of brain (disorder)
281562007|Adrenal neuroblastoma (disorder)
281563002|Thoracic neuroblastoma (disorder)
281564008|Pelvic neuroblastoma (disorder)
281565009|Paraspinal neuroblastoma (disorder)
281566005|Abdominothoracic neuroblastoma (disorder)
281702006|Tibial adamantinoma (disorder)
285307007|Squamous cell carcinoma of skin of upper lip (disorder)
285308002|Squamous cell carcinoma of skin of lower lip (disorder)
285309005|Squamous cell carcinoma of skin of cheek (disorder)
285310000|Carcinoma of anal canal (disorder)
285312008|Carcinoma of sigmoid colon (disorder)
285432005|Carcinoma of cervix (disorder)
285598005|Metastasis to trachea of unknown primary (disorder)
285603002|Metastasis to bronchus of unknown primary (disorder)
285604008|Metastasis to lung of unknown primary (disorder)
285605009|Metastasis to pleura of unknown primary (disorder)
285606005|Metastasis to heart of unknown primary (disorder)
285607001|Metastasis to mediastinum of unknown primary (disorder)
285608006|Metastasis to thymus of unknown primary (disorder)
285611007|Metastasis to colon of unknown primary (disorder)
285612000|Metastasis to rectum of unknown primary (disorder)
285613005|Metastasis to liver of unknown primary (disorder)
285614004|Metastasis to pancreas of unknown primary (disorder)
285615003|Metastasis to spleen of unknown primary (disorder)
285616002|Metastasis to peritoneum of unknown primary (disorder)
285618001|Metastasis to bone of unknown primary (disorder)
285619009|Metastasis to vertebral column of unknown primary (disorder)
285631006|Metastasis to skin of unknown primary (disorder)
285633009|Metastasis to soft tissue of unknown primary (disorder)
285634003|Metastasis to breast of unknown primary (disorder)
285635002|Metastasis to uterus of unknown primary (disorder)
285637005|Metastasis to ovary of unknown primary (disorder)
285638000|Metastasis to vagina of unknown primary (disorder)
285639008|Metastasis to kidney of unknown primary (disorder)
285640005|Metastasis to bladder of unknown primary (disorder)
285641009|Metastasis to brain of unknown primary (disorder)
285642002|Metastasis to eye of unknown primary (disorder)
285643007|Metastasis to adrenal gland of unknown primary (disorder)
285644001|Metastasis to lymph node of unknown primary (disorder)
285769009|Acute promyelocytic leukemia - hypogranular variant (disorder)
285776004|Intermediate grade B-cell lymphoma (disorder)
285839005|Acute myelomonocytic leukemia - eosinophilic variant (disorder)
286889008|Carcinoma of upper limb bones/scapula (disorder)
286890004|Carcinoma of lower limb bones (disorder)
286893002|Carcinoma of breast - upper, inner quadrant (disorder)
286894008|Carcinoma of breast - lower, inner quadrant (disorder)
286895009|Carcinoma of breast - upper, outer quadrant (disorder)
286896005|Carcinoma breast - lower, outer quadrant (disorder)
286897001|Carcinoma of breast - axillary tail (disorder)
286900008|Carcinoma of epididymis/spermatic cord (disorder)
29421000119105|Adenocarcinoma in adenomatous polyp (disorder)
29431000119108|Adenocarcinoma in villous adenoma (disorder)
300988009|Transitional cell carcinoma of ureter (disorder)
301756000|Adenocarcinoma of sigmoid colon (disorder)
302815008|Malignant tumor of frenum of lip (disorder)
302820008|Intracranial meningioma (disorder)
302826002|Adrenal cortical adenoma (disorder)
302837001|Lentigo maligna melanoma (disorder)
302841002|Malignant lymphoma - small lymphocytic (disorder)
302842009|Diffuse malignant lymphoma - centroblastic (disorder)
302845006|Nodular malignant lymphoma, lymphocytic - well differentiated (disorder)
302848008|Nodular malignant lymphoma, lymphocytic - intermediate differentiation (disorder)
302849000|Nephroblastoma (disorder)
302855005|Subacute leukemia (disorder)
302856006|Aleukemic leukemia (disorder)
303012000|Malignant tumor of posterior wall of hypopharynx (disorder)
303017006|Malignant lymphoma, convoluted cell type (disorder)
303055001|Malignant lymphoma, follicular center cell (disorder)
303056000|Malignant lymphoma, follicular center cell, cleaved (disorder)
303057009|Malignant lymphoma, follicular center cell, non-cleaved (disorder)
303194003|Metastasis to head and neck lymph node (disorder)
303201005|Metastasis to multiple lymph nodes (disorder)
304545002|Adenocarcinoma of ileum (disorder)
307216009|Perforated carcinoma of esophagus (disorder)
307226002|Metastatic adenocarcinoma of unknown origin (disorder)
307340003|Monosomy 7 syndrome (disorder)
307341004|Atypical hairy cell leukemia (disorder)
307502000|Squamous cell carcinoma of mouth (disorder)
307576001|Osteosarcoma of bone (disorder)
307592006|Basophilic leukemia (disorder)
307599002|Sebaceous adenocarcinoma (disorder)
307601000|Pseudomyxoma peritonei (disorder)
307603002|Malignant blue nevus of skin (disorder)
307608006|Ewing's sarcoma of bone (disorder)
307609003|Adamantinoma of long bone (disorder)
307617006|Neutrophilic leukemia (disorder)
307622006|Prolymphocytic lymphosarcoma (disorder)
307623001|Malignant lymphoma - lymphoplasmacytic (disorder)
307624007|Diffuse malignant lymphoma - centroblastic-centrocytic (disorder)
307625008|Malignant lymphoma - centrocytic (disorder)
307633009|Hodgkin's disease, lymphocytic depletion, diffuse fibrosis (disorder)
307634003|Hodgkin's disease, lymphocytic depletion, reticular type (disorder)
307635002|Hodgkin's disease, nodular sclerosis - cellular phase (disorder)
307636001|Malignant lymphoma, mixed lymphocytic-histiocytic, nodular (disorder)
307637005|Malignant lymphoma, centroblastic-centrocytic, follicular (disorder)
307646004|Malignant lymphoma, lymphocytic, poorly differentiated, nodular (disorder)
307647008|Malignant lymphoma, centroblastic type, follicular (disorder)
307649006|Microglioma (disorder)
307650006|Histiocytic medullary reticulosis (disorder)
308121000|Follicular non-Hodgkin's lymphoma (disorder)
309245001|Adenocarcinoma of uterus (disorder)
31047003|Lymphomatoid papulosis (disorder)
310498001|Malignant melanoma of back (disorder)
310599006|Malignant neoplasm of canthus (disorder)
311779007|Malignant neoplasm of skin of scapular region (disorder)
312104005|Cholangiocarcinoma of biliary tract (disorder)
312111009|Carcinoma of ascending colon (disorder)
312112002|Carcinoma of transverse colon (disorder)
312113007|Carcinoma of descending colon (disorder)
312114001|Carcinoma of hepatic flexure (disorder)
312115000|Carcinoma of splenic flexure (disorder)
312949007|Retinal pigment epithelial adenocarcinoma (disorder)
313248004|Malignant melanoma of chest wall (disorder)
313249007|Malignant neoplasm of upper eyelid (disorder)
313250007|Malignant neoplasm of lower eyelid (disorder)
313353007|Squamous cell carcinoma of bronchus in left lower lobe (disorder)
313354001|Squamous cell carcinoma of bronchus in left upper lobe (disorder)
313355000|Squamous cell carcinoma of bronchus in right lower lobe (disorder)
313356004|Squamous cell carcinoma of bronchus in right middle lobe (disorder)
313357008|Squamous cell carcinoma of bronchus in right upper lobe (disorder)
313428008|Seminoma of undescended testis (disorder)
313429000|Seminoma of descended testis (disorder)
314191009|Cystadenocarcinoma of ovary (disorder)
314408000|Leukemic infiltrate of choroid (disorder)
314418005|Leukemic infiltrate of retina (disorder)
314947008|Carcinoid tumor of ampulla of Vater (disorder)
314951005|Local recurrence of malignant tumor of tongue (disorder)
314952003|Local recurrence of malignant tumor of buccal cavity (disorder)
314953008|Local recurrence of malignant tumor of thyroid gland (disorder)
314954002|Local recurrence of malignant tumor of lung (disorder)
314955001|Local recurrence of malignant tumor of breast (disorder)
314960002|Local recurrence of malignant tumor of esophagus (disorder)
314961003|Local recurrence of malignant tumor of stomach (disorder)
314962005|Local recurrence of malignant tumor of gallbladder (disorder)
314963000|Local recurrence of malignant tumor of liver (disorder)
314964006|Local recurrence of malignant tumor of pancreas (disorder)
314965007|Local recurrence of malignant tumor of colon (disorder)
314966008|Local recurrence of malignant tumor of rectum (disorder)
314967004|Local recurrence of malignant tumor of kidney (disorder)
314968009|Local recurrence of malignant tumor of urinary bladder (disorder)
314969001|Local recurrence of malignant tumor of prostate (disorder)
314970000|Local recurrence of malignant tumor of cervix (disorder)
314973003|Local recurrence of malignant tumor of bone (disorder)
314974009|Local recurrence of malignant tumor of soft tissue (disorder)
314975005|Local recurrence of malignant tumor of skin (disorder)
314976006|Local recurrence of malignant melanoma of skin (disorder)
314987003|Metastasis from malignant melanoma of skin (disorder)
314994000|Metastasis from malignant tumor of prostate (disorder)
315058005|Hereditary nonpolyposis colon cancer (disorder)
326072005|Carcinoma of head of pancreas (disorder)
33581000119109|Primary malignant neoplasm of extradural spinal cord (disorder)
350861000119106|Primary malignant neoplasm of right adrenal gland (disorder)
350921000119109|Primary malignant neoplasm of left adrenal gland (disorder)
351461000119100|Merkel cell carcinoma of right lower limb (disorder)
351961000119109|Malignant melanoma of skin of right upper limb (disorder)
352001000119100|Malignant melanoma of skin of right lower limb (disorder)
352071000119105|Merkel cell carcinoma of left lower limb (disorder)
352201000119105|Malignant melanoma of skin of left upper limb (disorder)
353421000119109|Primary malignant neoplasm of axillary tail of left female breast (disorder)
353431000119107|Primary malignant neoplasm of female left breast (disorder)
353441000119103|Primary malignant neoplasm of central portion of female left breast (disorder)
353501000119104|Primary malignant neoplasm of axillary tail of right female breast (disorder)
353511000119101|Primary malignant neoplasm of female right breast (disorder)
353521000119108|Primary malignant neoplasm of central portion of female right breast (disorder)
353561000119103|Secondary malignant neoplasm of right lung (disorder)
353661000119102|Overlapping primary malignant neoplasm of bone and articular cartilage of lower limb (disorder)
353671000119108|Overlapping primary malignant neoplasm of bone and articular cartilage of right upper limb (disorder)
353741000119106|Secondary malignant neoplasm of left lung (disorder)
354351000119105|Primary malignant neoplasm of left kidney (disorder)
354361000119107|Primary malignant neoplasm of right kidney (disorder)
354491000119109|Primary malignant neoplasm of left male breast (disorder)
354591000119108|Primary malignant neoplasm of right male breast (disorder)
354621000119105|Overlapping primary malignant neoplasm of bone and articular cartilage of left upper limb (disorder)
354641000119104|Primary malignant neoplasm of bone of left upper limb (disorder)
354651000119102|Primary malignant neoplasm of bone of left lower limb (disorder)
354671000119106|Primary malignant neoplasm of bone of right upper limb (disorder)
354681000119109|Primary malignant neoplasm of bone of right lower limb (disorder)
354701000119107|Primary malignant neoplasm of left lung (disorder)
354741000119109|Primary malignant neoplasm of right lung (disorder)
359631009|Acute myeloid leukemia, minimal differentiation, FAB M0 (disorder)
359640008|Acute myeloid leukemia without maturation, FAB M1 (disorder)
359648001|Acute myeloid leukemia with maturation, FAB M2 (disorder)
359782004|Metastatic malignant neoplasm to apex of urinary bladder (disorder)
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
363397008|Malignant tumor of roof of nasopharynx (disorder)
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
369472002|Malignant tumor involving bladder by direct extension from prostate (disorder)
369473007|Malignant tumor involving bladder by direct extension from uterine cervix (disorder)
369475000|Malignant tumor involving bladder by direct extension from vagina (disorder)
369476004|Malignant tumor involving bladder by separate metastasis from endometrium (disorder)
369477008|Malignant tumor involving bladder by separate metastasis from fallopian tube (disorder)
369478003|Malignant tumor involving bladder by separate metastasis from ovary (disorder)
369479006|Malignant tumor involving bladder by separate metastasis from prostate (disorder)
369480009|Malignant tumor involving bladder by separate metastasis from uterine cervix (disorder)
369481008|Malignant tumor involving bladder by separate metastasis from uterus (disorder)
369482001|Malignant tumor involving bladder by separate metastasis from vagina (disorder)
369483006|Malignant tumor involving vasa deferentia by direct extension from prostate (disorder)
369484000|Malignant tumor involving vasa deferentia by separate metastasis from prostate (disorder)
369485004|Malignant tumor involving prostate by direct extension from bladder (disorder)
369486003|Malignant tumor involving prostate by separate metastasis from bladder (disorder)
369487007|Primary malignant neoplasm of seminal vesicle (disorder)
369489005|Malignant tumor involving seminal vesicle by direct extension from bladder (disorder)
369490001|Malignant tumor involving seminal vesicle by direct extension from prostate (disorder)
369491002|Malignant tumor involving seminal vesicle by separate metastasis from bladder (disorder)
369492009|Malignant tumor involving seminal vesicle by separate metastasis from prostate (disorder)
369493004|Malignant tumor involving uterine corpus by direct extension from bladder (disorder)
369494005|Malignant tumor involving uterine corpus by direct extension from ovary (disorder)
369495006|Malignant tumor involving uterine corpus by direct extension from uterine cervix (disorder)
369496007|Malignant tumor involving uterine corpus by direct extension from vagina (disorder)
369497003|Malignant tumor involving uterine cervix by direct extension from fallopian tube (disorder)
369498008|Malignant tumor involving uterine cervix by direct extension from ovary (disorder)
369499000|Malignant tumor involving uterine cervix by direct extension from vagina (disorder)
369500009|Malignant tumor involving uterine cervix by separate metastasis from fallopian tube (disorder)
369501008|Malignant tumor involving uterine cervix by separate metastasis from ovary (disorder)
369502001|Malignant tumor involving uterine corpus by separate metastasis from bladder (disorder)
369503006|Malignant tumor involving vagina by direct extension from uterus (disorder)
369504000|Malignant tumor involving vagina by direct extension from bladder (disorder)
369505004|Malignant tumor involving vagina by direct extension from endometrium (disorder)
369506003|Malignant tumor involving vagina by direct extension from fallopian tube (disorder)
369507007|Malignant tumor involving vulva by direct extension from endometrium (disorder)
369508002|Malignant tumor involving vulva by direct extension from fallopian tube (disorder)
369509005|Malignant tumor involving vulva by direct extension from ovary (disorder)
369510000|Malignant tumor involving vulva by direct extension from uterine cervix (disorder)
369511001|Malignant tumor involving vulva by direct extension from uterus (disorder)
369512008|Malignant tumor involving vagina by direct extension from ovary (disorder)
369513003|Primary malignant neoplasm of left fallopian tube (disorder)
369515005|Malignant tumor involving left fallopian tube by direct extension from endometrium (disorder)
369516006|Malignant tumor involving left fallopian tube by direct extension from ovary (disorder)
369517002|Malignant tumor involving left fallopian tube by direct extension from right fallopian tube (disorder)
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
404091004|Malignant infiltration of skin by underlying tumor (disorder)
404094007|Metastasis involving oral cavity (disorder)
404103007|Lymphomatoid papulosis type A (CD-30 positive type) (disorder)
404104001|Lymphomatoid papulosis type B - mycosis fungoides-like (disorder)
404105000|Lymphomatoid papulosis type C (anaplastic large-cell lymphoma-like) (disorder)
404106004|Lymphomatoid papulosis with Hodgkin's disease (disorder)
404107008|Patch/plaque stage mycosis fungoides (disorder)
404108003|Poikilodermatous mycosis fungoides (disorder)
404109006|Follicular mucinosis type mycosis fungoides (disorder)
404110001|Hypomelanotic mycosis fungoides (disorder)
404111002|Lymphomatoid papulosis-associated mycosis fungoides (disorder)
404112009|Granulomatous mycosis fungoides (disorder)
404113004|Tumor stage mycosis fungoides (disorder)
404114005|Erythrodermic mycosis fungoides (disorder)
404115006|Bullous mycosis fungoides (disorder)
404116007|Mycosis fungoides with systemic infiltration (disorder)
404117003|Spongiotic mycosis fungoides (disorder)
404118008|Syringotropic mycosis fungoides (disorder)
404119000|Pagetoid reticulosis (disorder)
404120006|Localized pagetoid reticulosis (disorder)
404121005|Generalized pagetoid reticulosis (disorder)
404122003|Leukemic infiltration of skin (chronic T-cell lymphocytic leukemia) (disorder)
404123008|Leukemic infiltration of skin (T-cell prolymphocytic leukemia) (disorder)
404124002|Leukemic infiltration of skin (T-cell lymphoblastic leukemia) (disorder)
404125001|CD-30 positive anaplastic large T-cell cutaneous lymphoma (disorder)
404126000|CD-30 positive pleomorphic large T-cell cutaneous lymphoma (disorder)
404127009|CD-30 positive T-immunoblastic cutaneous lymphoma (disorder)
404128004|CD-30 negative cutaneous T-cell lymphoma (disorder)
404129007|CD-30 negative anaplastic large T-cell cutaneous lymphoma (disorder)
404130002|CD-30 negative pleomorphic large T-cell cutaneous lymphoma (disorder)
404131003|CD-30 negative T-immunoblastic cutaneous lymphoma (disorder)
404132005|Pleomorphic small/medium-sized cell cutaneous T-cell lymphoma (disorder)
404133000|Subcutaneous panniculitic cutaneous T-cell lymphoma (disorder)
404134006|Anaplastic large T-cell systemic malignant lymphoma (disorder)
404135007|Angiocentric natural killer/T-cell malignant lymphoma involving skin (disorder)
404136008|Aggressive natural killer-cell leukemia involving skin (disorder)
404137004|Precursor B-cell lymphoblastic lymphoma involving skin (disorder)
404138009|Small lymphocytic B-cell lymphoma involving skin (disorder)
404139001|Leukemic infiltration of skin in hairy-cell leukemia (disorder)
404140004|Primary cutaneous marginal zone B-cell lymphoma (disorder)
404141000|Primary cutaneous immunocytoma (disorder)
404142007|Primary cutaneous plasmacytoma (disorder)
404143002|Primary cutaneous follicular center B-cell lymphoma (disorder)
404144008|Primary cutaneous diffuse large cell B-cell lymphoma (disorder)
404145009|Primary cutaneous anaplastic large cell B-cell lymphoma (disorder)
404147001|Follicular center B-cell lymphoma (nodal/systemic with skin involvement) (disorder)
404148006|Diffuse large B-cell lymphoma (nodal/systemic with skin involvement) (disorder)
404149003|Lymphoplasmacytic B-cell lymphoma, nodal/systemic with skin involvement (disorder)
404150003|Mantle cell B-cell lymphoma (nodal/systemic with skin involvement) (disorder)
404151004|Leukemic infiltration of skin in myeloid leukemia (disorder)
404152006|Leukemic infiltration of skin in acute myeloid leukemia (disorder)
404153001|Leukemic infiltration of skin in chronic myeloid leukemia (disorder)
404154007|Leukemic infiltration of skin in monocytic leukemia (disorder)
404155008|Granulocytic sarcoma affecting skin (disorder)
404156009|Leukemic infiltration of skin (disorder)
404157000|Specific skin infiltration in Hodgkin's disease (disorder)
404169008|Malignant histiocytosis involving skin (disorder)
404172001|Mast cell leukemia affecting skin (disorder)
404653000|Chiasmal glioma (disorder)
404664002|Malignant optic glioma (disorder)
405546008|Pericardial effusion co-occurrent and due to malignant neoplasm of pericardium (disorder)
405822008|Squamous cell carcinoma of larynx (disorder)
405843009|Widespread metastatic malignant neoplastic disease (disorder)
405945003|Malignant neoplasm of metatarsal bone of foot (disorder)
408642003|Transitional cell carcinoma of kidney (disorder)
408643008|Infiltrating duct carcinoma of breast (disorder)
408644002|Adenocarcinoma of duodenum (disorder)
408645001|Adenocarcinoma of large intestine (disorder)
408646000|Adenocarcinoma of liver (disorder)
408647009|Adenocarcinoma of stomach (disorder)
408648004|Squamous cell carcinoma of epiglottis (disorder)
408649007|Squamous cell carcinoma of pharynx (disorder)
413389003|Accelerated phase chronic myeloid leukemia (disorder)
413441006|Acute monocytic leukemia, FAB M5b (disorder)
413442004|Acute monocytic/monoblastic leukemia (disorder)
413445002|Adenocarcinoma of appendix (disorder)
413446001|Adenocarcinoma of cecum (disorder)
413537009|Angioimmunoblastic T-cell lymphoma (disorder)
413656006|Blastic phase chronic myeloid leukemia (disorder)
413842007|Chronic myeloid leukemia in lymphoid blast crisis (disorder)
413843002|Chronic myeloid leukemia in myeloid blast crisis (disorder)
413847001|Chronic phase chronic myeloid leukemia (disorder)
414166008|Extranodal natural killer/T-cell lymphoma, nasal type (disorder)
414676007|Metastatic neuroblastoma of orbit proper (disorder)
414780005|Mucosa-associated lymphoid tissue lymphoma of orbit (disorder)
414785000|Multiple solitary plasmacytomas (disorder)
414791003|Myelodysplastic syndrome, unclassified by World Health Organization classification (disorder)
415112005|Plasmacytoma (disorder)
415287001|Relapsing chronic myeloid leukemia (disorder)
416351002|Intraocular optic nerve glioma (disorder)
416712009|Clear cell (mesonephric) neoplasm of ovary (disorder)
416769008|Malignant teratoma of testis (disorder)
416842003|Malignant sacral teratoma (disorder)
416901002|Malignant medulloepithelioma of ciliary body (disorder)
417417007|Malignant teratoma of undescended testis (disorder)
417554000|Malignant teratoma of descended testis (disorder)
417570003|Gestational choriocarcinoma (disorder)
417619001|Intracranial optic nerve glioma (disorder)
418372008|Squamous cell carcinoma of mucous membrane of lower lip (disorder)
419052002|Malignant tumor of urinary system (disorder)
419240004|Squamous cell carcinoma of mucous membrane of upper lip (disorder)
419842002|Squamous cell carcinoma of oral mucous membrane (disorder)
420302007|Reticulosarcoma associated with acquired immunodeficiency syndrome (disorder)
420519005|Malignant lymphoma of the eye region (disorder)
420524008|Kaposi's sarcoma associated with acquired immunodeficiency syndrome (disorder)
420788006|Intraocular non-Hodgkin malignant lymphoma (disorder)
421246008|Precursor T-cell lymphoblastic lymphoma (disorder)
421249001|Malignant tumor of vermilion border of lip (disorder)
421283008|Primary lymphoma of brain associated with acquired immunodeficiency syndrome (disorder)
422282000|Malignant neoplasm associated with acquired immunodeficiency syndrome (disorder)
422378004|Squamous cell carcinoma of bridge of nose (disorder)
422541001|Undifferentiated carcinoma of nasopharynx (disorder)
422572002|Squamous cell carcinoma of chin (disorder)
422599000|Squamous cell carcinoma of back (disorder)
422676009|Squamous cell carcinoma of ala nasi (disorder)
422691006|Squamous cell carcinoma of nasopharynx (disorder)
422736007|Primary malignant neoplasm of peripheral nerve (disorder)
422758009|Carcinoma of nasal meatus (disorder)
422782004|Primary malignant neoplasm of ovary, with widespread metastatic disease (disorder)
422833009|Adenoid cystic carcinoma of salivary gland (disorder)
422853008|Lymphoma of retroperitoneal space (disorder)
422886007|Olfactory neuroblastoma (disorder)
422968005|Non-small cell carcinoma of lung, TNM stage 3 (disorder)
423005002|Primary malignant neoplasm of lacrimal gland duct (disorder)
423032007|Leukemic infiltration of orbit (disorder)
423038006|Polymorphous low grade adenocarcinoma of salivary gland (disorder)
423050000|Large cell carcinoma of lung, TNM stage 2 (disorder)
423106003|Adenocarcinoma of nasopharynx (disorder)
423121009|Non-small cell carcinoma of lung, TNM stage 4 (disorder)
423158009|Hurthle cell carcinoma of thyroid (disorder)
423189008|Adenoid cystic carcinoma of submandibular gland (disorder)
423195009|Primary malignant neoplasm of lacrimal drainage system (disorder)
423280002|Malignant melanoma of skin of canthus of eye (disorder)
423284006|Squamous cell carcinoma of skin of neck (disorder)
423295000|Squamous cell carcinoma of lung, TNM stage 1 (disorder)
423318000|Adenoid cystic carcinoma of oropharynx (disorder)
423349005|Carcinoma of tip of nose (disorder)
423384009|Secondary malignant neoplasm of lacrimal gland duct (disorder)
423424005|Mucoepidermoid carcinoma of submandibular gland (disorder)
423425006|Malignant neoplasm of skin of eyelid (disorder)
423447006|Malignant melanoma of skin of lower eyelid (disorder)
423463003|Basal cell carcinoma of back (disorder)
423464009|Squamous cell carcinoma of oropharynx (disorder)
423468007|Squamous cell carcinoma of lung, TNM stage 2 (disorder)
423494003|Malignant melanoma of skin of upper eyelid (disorder)
423506005|Squamous cell carcinoma of external auditory canal (disorder)
423535002|Basal cell carcinoma of chest wall (disorder)
423600008|Large cell carcinoma of lung, TNM stage 4 (disorder)
423607006|Adenocarcinoma of anus (disorder)
423610004|Rhabdomyosarcoma of connective or soft tissue (disorder)
423615009|Adenoid cystic carcinoma of parotid gland (disorder)
423627007|Sarcoma of ovary (disorder)
423673009|Malignant melanoma of retina (disorder)
423691004|Malignant neoplasm of gum and contiguous sites (disorder)
423700001|Squamous cell carcinoma of auricle of ear (disorder)
423708008|Mucoepidermoid carcinoma of salivary gland (disorder)
423746001|Adenocarcinoma of pelvis (disorder)
423793008|Mucoepidermoid carcinoma of parotid gland (disorder)
423807009|Primary leiomyosarcoma (disorder)
423896007|Squamous cell carcinoma of tip of nose (disorder)
423973006|Carcinoma of uterine cervix, invasive (disorder)
423987006|Primary malignant neoplasm of vulva, with widespread metastatic disease (disorder)
424078005|Adenocarcinoma of lung, stage I (finding)
424132000|Non-small cell carcinoma of lung, TNM stage 1 (disorder)
424151006|Anaplastic glioma of brain (disorder)
424260006|Squamous cell carcinoma of nasolabial fold (disorder)
424276002|Malignant glioma of brainstem (disorder)
424302003|Malignant melanoma of skin of lower lip (disorder)
424334007|Malignant tumor of spinal cord, intramedullary (disorder)
424440001|Adenocarcinoma of small intestine (disorder)
424454009|Adenocarcinoma of lung, stage III (finding)
424487008|Malignant melanoma of skin of upper lip (disorder)
424549003|Malignant tumor of spinal cord, extramedullary (disorder)
424632001|Adenocarcinoma of lung, stage II (finding)
424666005|Basal cell carcinoma of auricle of ear (disorder)
424779008|Primary Kaposi's sarcoma of oral cavity (disorder)
424849005|Primary sarcoma of tongue (disorder)
424887002|Primary malignant neoplasm of thyroid gland, metastatic to bone (disorder)
424938000|Large cell carcinoma of lung, TNM stage 1 (disorder)
424952003|Sarcoma of soft tissue (disorder)
424954002|Undifferentiated large cell carcinomatosis (disorder)
424970000|Large cell carcinoma of lung, TNM stage 3 (disorder)
424993006|Adenocarcinoma of lung, stage IV (finding)
425048006|Non-small cell carcinoma of lung, TNM stage 2 (disorder)
425066001|Carcinoma of urinary bladder, invasive (disorder)
425127006|Carcinoma ex pleomorphic adenoma of parotid gland (disorder)
425148008|Squamous cell carcinoma of temple (disorder)
425178004|Adenocarcinoma of rectosigmoid junction (disorder)
425225007|Malignant mixed tumor of salivary gland (disorder)
425230006|Squamous cell carcinoma of lung, TNM stage 3 (disorder)
425231005|Carcinoma of urinary bladder, superficial (disorder)
425376008|Squamous cell carcinoma of lung, TNM stage 4 (disorder)
425688002|Philadelphia chromosome-positive acute lymphoblastic leukemia (disorder)
426336007|Solitary osseous myeloma (disorder)
426885008|Hodgkin's disease, lymphocytic depletion of lymph nodes of head (disorder)
426964009|Non-small cell lung cancer, positive for epidermal growth factor receptor expression (disorder)
427038005|Non-small cell lung cancer, negative for epidermal growth factor receptor expression (disorder)
427492003|Hormone refractory prostate cancer (disorder)
428061005|Malignant neoplasm of brain (disorder)
428100006|Malignant neoplasm of thoracic cavity structure (disorder)
428281000|Malignant neoplasm of bone (disorder)
428322007|Malignant neoplasm of uterine adnexa (disorder)
428753007|Low grade glioma of cerebellum (disorder)
428905002|Malignant neoplasm of gastrointestinal tract (disorder)
428960009|Low grade glioma of brainstem (disorder)
428964000|Low grade glioma of cerebrum (disorder)
428965004|Low grade glioma of thalamus (disorder)
429033009|Malignant neoplasm of cerebrum (disorder)
429408002|Low grade glioma of brain (disorder)
429565004|Germ cell tumor of the brain (disorder)
430338009|Smoldering chronic lymphocytic leukemia (disorder)
430556008|Malignant neoplasm of genital structure (disorder)
430621000|Malignant neoplasm of lower respiratory tract (disorder)
432131000124100|Malignant mesothelioma of the tunica vaginalis (disorder)
432328008|Neuroblastoma (disorder)
433067002|Adamantinoma of femur (disorder)
438946002|Siewert type I adenocarcinoma of esophagogastric junction (disorder)
439478008|Siewert type III adenocarcinoma of esophagogastric junction (disorder)
440173001|Nonsquamous nonsmall cell neoplasm of lung (disorder)
440397000|Primary osteosarcoma of pelvis (disorder)
440501006|Siewert type II adenocarcinoma of esophagogastric junction (disorder)
440525003|Primary small cell neoplasm of thymus (disorder)
440527006|Primary squamous cell carcinoma of naris (disorder)
441535001|Adenocarcinoma of head and neck (disorder)
441559006|Mantle cell lymphoma of spleen (disorder)
441962003|Large cell lymphoma of intrapelvic lymph nodes (disorder)
442537007|Non-Hodgkin lymphoma associated with Human immunodeficiency virus infection (disorder)
443136000|Malignant neoplasm of skin of face (disorder)
443261008|Oxyphilic adenocarcinoma (disorder)
443333004|Medulloblastoma (disorder)
443487006|Mantle cell lymphoma (disorder)
443488001|Malignant neoplasm of anorectum (disorder)
443493003|Metastatic malignant melanoma (disorder)
443648003|Malignant neoplasm of ear (disorder)
443675005|Seminoma (disorder)
443679004|Malignant neoplasm of skeletal system (disorder)
443719001|Leiomyosarcoma (disorder)
443961001|Malignant adenomatous neoplasm (disorder)
444545003|Glioma of brainstem (disorder)
444597005|Extranodal marginal zone lymphoma of mucosa-associated lymphoid tissue of stomach (disorder)
444712000|Mucinous carcinoma of breast (disorder)
444910004|Primary mediastinal (thymic) large B-cell lymphoma (disorder)
444911000|Acute myeloid leukemia with t(9:11)(p22;q23); MLLT3-MLL (disorder)
445227008|Juvenile myelomonocytic leukemia (disorder)
445269007|Extranodal marginal zone B-cell lymphoma of mucosa-associated lymphoid tissue (disorder)
445406001|Hepatosplenic T-cell lymphoma (disorder)
445448008|Acute myeloid leukemia with myelodysplasia-related changes (disorder)
445736006|Gastrointestinal stromal tumor of stomach (disorder)
446022000|Malignant epithelial neoplasm of uterus (disorder)
446076000|Extragastrointestinal stromal tumor of peritoneum (disorder)
446124001|Gastrointestinal stromal tumor of esophagus (disorder)
446710005|Low grade prostatic intraepithelial neoplasia (disorder)
447100004|Marginal zone lymphoma (disorder)
447266004|Sarcoma of endometrium (disorder)
447389009|Leiomyosarcoma of uterus (disorder)
447390000|Adenosarcoma of uterus (disorder)
447656001|Lymphoma of pylorus of stomach (disorder)
447658000|Lymphoma of fundus of stomach (disorder)
447705002|Malignant germ cell neoplasm of posterior mediastinum (disorder)
447706001|Leiomyosarcoma of scalp (disorder)
447707005|Leiomyosarcoma of cardia of stomach (disorder)
447708000|Malignant germ cell neoplasm of anterior mediastinum (disorder)
447712006|Malignant melanoma of skin of anus (disorder)
447738006|Paget's disease of skin of scrotum (disorder)
447757002|Angiosarcoma of cheek (disorder)
447766003|Lymphoma of pyloric antrum of stomach (disorder)
447781009|Malignant epithelial neoplasm of peritoneum (disorder)
447782002|Malignant epithelial neoplasm of female breast (disorder)
447783007|Sarcoma of peritoneum (disorder)
447784001|Sarcoma of axillary tail of female breast (disorder)
447785000|Leiomyosarcoma of stomach (disorder)
447800002|Adenocarcinoma of scrotum (disorder)
447804006|Leiomyosarcoma of connective tissue (disorder)
447805007|Lymphoma of greater curvature of stomach (disorder)
447806008|Lymphoma of cardia of stomach (disorder)
447882007|Malignant epithelial neoplasm of vulva (disorder)
447883002|Malignant neoplasm of carotid body (disorder)
447886005|Adenocarcinoma of anorectum (disorder)
447949005|Malignant epithelial neoplasm of cheek (disorder)
447989004|Non-Hodgkin's lymphoma of extranodal site (disorder)
448139005|Fibrosarcoma of connective tissue (disorder)
448148000|Functioning pituitary neoplasm (disorder)
448212009|Anaplastic lymphoma kinase negative anaplastic large cell lymphoma (disorder)
448213004|Diffuse non-Hodgkin's lymphoma of prostate (disorder)
448214005|Malignant epithelial neoplasm of oropharynx (disorder)
448215006|Malignant epithelial neoplasm of renal pelvis (disorder)
448216007|Malignant epithelial neoplasm of thyroid (disorder)
448217003|Follicular non-Hodgkin's lymphoma of prostate (disorder)
448218008|Malignant neoplasm of cerebellopontine angle (disorder)
448220006|Non-Hodgkin's lymphoma of bone (disorder)
448221005|Sarcoma of fibula (disorder)
448229007|Leiomyosarcoma of lower esophagus (disorder)
448231003|Follicular non-Hodgkin's lymphoma of nose (disorder)
448233000|Malignant neoplasm of urinary organ (disorder)
448248006|Malignant neoplasm of axial suprasellar region of brain (disorder)
448250003|Malignant teratoma of pineal region (disorder)
448254007|Non-Hodgkin's lymphoma of central nervous system (disorder)
448257000|Sarcoma of male breast (disorder)
448258005|Sarcoma of mesentery (disorder)
448259002|Sarcoma of posterior mediastinum (disorder)
448269008|Lymphoma of lesser curvature of stomach (disorder)
448273006|Malignant melanoma of skin of scrotum (disorder)
448274000|Malignant neoplasm of connective tissue (disorder)
448298007|Malignant melanoma of skin of penis (disorder)
448299004|Malignant neoplasm of mastoid (disorder)
448300007|Malignant melanoma of skin of vulva (disorder)
448315008|Malignant epithelial neoplasm of anus (disorder)
448317000|Follicular non-Hodgkin's lymphoma of soft tissue (disorder)
448319002|Diffuse non-Hodgkin's lymphoma of nasopharynx (disorder)
448354009|Non-Hodgkin's lymphoma of intestine (disorder)
448371005|Non-Hodgkin's lymphoma of nasopharynx (disorder)
448372003|Non-Hodgkin's lymphoma of lung (disorder)
448376000|Non-Hodgkin's lymphoma of ovary (disorder)
448377009|Sarcoma of sacrum (disorder)
448378004|Sarcoma of bone of foot (disorder)
448384001|Non-Hodgkin's lymphoma of nose (disorder)
448386004|Non-Hodgkin's lymphoma of oral cavity (disorder)
448387008|Non-Hodgkin's lymphoma of testis (disorder)
448388003|Sarcoma of lower outer quadrant of female breast (disorder)
448401007|Choriocarcinoma of placenta (disorder)
448408001|Sarcoma of upper inner quadrant of female breast (disorder)
448435005|Sarcoma lower inner quadrant of female breast (disorder)
448436006|Sarcoma of central portion of female breast (disorder)
448447004|Non-Hodgkin's lymphoma of skin (disorder)
448449001|Sarcoma of female breast (disorder)
448450001|Sarcoma of omentum (disorder)
448451002|Sarcoma upper outer quadrant of female breast (disorder)
448465000|Diffuse non-Hodgkin's lymphoma of testis (disorder)
448468003|Diffuse non-Hodgkin's lymphoma of oral cavity (disorder)
448509007|Transglottic malignant neoplasm of larynx (disorder)
448553002|Lymphoma of pelvis (disorder)
448555009|Lymphoma of body of stomach (disorder)
448558006|Malignant neoplasm of maxillofacial bone (disorder)
448560008|Diffuse non-Hodgkin's lymphoma of extranodal site (disorder)
448561007|Follicular non-Hodgkin's lymphoma of extranodal site (disorder)
448607004|Diffuse non-Hodgkin's lymphoma of uterine cervix (disorder)
448609001|Diffuse non-Hodgkin's lymphoma of ovary (disorder)
448663003|Diffuse non-Hodgkin's lymphoma of stomach (disorder)
448665005|Malignant epithelial neoplasm of hypopharynx (disorder)
448666006|Follicular non-Hodgkin's lymphoma of bone (disorder)
448668007|Malignant neoplasm of mandible (disorder)
448669004|Malignant neoplasm of soft tissue of orbit (disorder)
448670003|Malignant neoplasm of posterior mediastinum (disorder)
448672006|Follicular non-Hodgkin's lymphoma of lung (disorder)
448674007|Malignant neoplasm of parametrium (disorder)
448675008|Malignant neoplasm of digestive system (disorder)
448709005|Non-Hodgkin's lymphoma of stomach (disorder)
448710000|Sarcoma of bone (disorder)
448711001|Sarcoma of back (disorder)
448712008|Sarcoma of femur (disorder)
448738008|Non-Hodgkin's lymphoma of soft tissue (disorder)
448774004|Non-Hodgkin's lymphoma of uterine cervix (disorder)
448775003|Sarcoma of radius (disorder)
448776002|Sarcoma of vertebra (disorder)
448863000|Malignant epithelial neoplasm of pineal gland (disorder)
448864006|Malignant epithelial neoplasm of ureter (disorder)
448865007|Follicular non-Hodgkin's lymphoma of skin (disorder)
448867004|Diffuse non-Hodgkin's lymphoma of lung (disorder)
448868009|Malignant neoplasm of lateral wall of oropharynx (disorder)
448882009|Malignant neoplasm of intraabdominal organ (disorder)
448930008|Squamous cell carcinoma of nose (disorder)
448931007|Squamous cell carcinoma of shoulder (disorder)
448952004|Infiltrating duct carcinoma of female breast (disorder)
448954003|Malignant epithelial neoplasm of urethra (disorder)
448988009|Malignant epithelial neoplasm of nose (disorder)
448989001|Malignant epithelial neoplasm of brain (disorder)
448990005|Malignant epithelial neoplasm of nasal cavity (disorder)
448992002|Malignant epithelial neoplasm of appendix (disorder)
448993007|Malignant epithelial neoplasm of lung (disorder)
448995000|Follicular non-Hodgkin's lymphoma of central nervous system (disorder)
449034009|Malignant neoplasm of anterior and lateral floor of mouth (disorder)
449053004|Lymphoma of lower esophagus (disorder)
449054005|Malignant epithelial neoplasm of fundus of uterus (disorder)
449055006|Leiomyosarcoma of cardioesophageal junction (disorder)
449058008|Follicular non-Hodgkin's lymphoma of tonsil (disorder)
449059000|Follicular non-Hodgkin's lymphoma of uterine cervix (disorder)
449063007|Follicular non-Hodgkin's lymphoma of oral cavity (disorder)
449065000|Diffuse non-Hodgkin's lymphoma of nose (disorder)
449066004|Malignant neoplasm of upper respiratory tract (disorder)
449067008|Malignant neoplasm of parietal pleura (disorder)
449072004|Lymphoma of gastrointestinal tract (disorder)
449073009|Malignant epithelial neoplasm of body of uterus (disorder)
449074003|Lymphoma of small intestine (disorder)
449075002|Lymphoma of cardioesophageal junction (disorder)
449077005|Malignant epithelial neoplasm of maxilla (disorder)
449096009|Malignant neoplasm of respiratory system (disorder)
449100005|Sarcoma of bone of pelvis (disorder)
449101009|Sarcoma of sternum (disorder)
449108003|Philadelphia chromosome positive chronic myelogenous leukemia (disorder)
449153001|Adenocarcinoma of lower esophagus (disorder)
449156009|Malignant epithelial neoplasm of floor of mouth (disorder)
449173006|Diffuse non-Hodgkin's lymphoma of tonsil (disorder)
449176003|Diffuse non-Hodgkin's lymphoma of intestine (disorder)
449177007|Diffuse non-Hodgkin's lymphoma of bone (disorder)
449206007|Sarcoma of tibia (disorder)
449207003|Sarcoma of humerus (disorder)
449208008|Sarcoma of coccyx (disorder)
449216004|Diffuse non-Hodgkin's lymphoma of soft tissue (disorder)
449217008|Diffuse non-Hodgkin's lymphoma of skin (disorder)
449218003|Lymphoma of sigmoid colon (disorder)
449219006|Follicular non-Hodgkin's lymphoma of nasopharynx (disorder)
449220000|Diffuse follicle center lymphoma (disorder)
449221001|Diffuse non-Hodgkin's lymphoma of central nervous system (disorder)
449222008|Follicular non-Hodgkin's lymphoma of stomach (disorder)
449223003|Malignant neoplasm of alveolus of maxilla (disorder)
449224009|Malignant neoplasm of anterior mediastinum (disorder)
449248000|Nasopharyngeal carcinoma (disorder)
449253005|Malignant epithelial neoplasm of hypothalamus (disorder)
449254004|Malignant epithelial neoplasm of pharynx (disorder)
449259009|Malignant neoplasm of broad ligament of uterus (disorder)
449260004|Malignant neoplasm of alveolus dentalis (disorder)
449267001|Sarcoma of mandible (disorder)
449268006|Sarcoma of clavicle (disorder)
449269003|Sarcoma of rib (disorder)
449292003|Non-Hodgkin's lymphoma of tonsil (disorder)
449294002|Sarcoma of scapula (disorder)
449295001|Sarcoma of skull (disorder)
449307001|Follicular non-Hodgkin's lymphoma of ovary (disorder)
449308006|Malignant neoplasm of visceral pleura (disorder)
449309003|Malignant neoplasm of skin of scrotum (disorder)
449318001|Non-Hodgkin's lymphoma of prostate (disorder)
449377002|Malignant neoplasm of pelvic peritoneum (disorder)
449386007|Philadelphia chromosome negative chronic myelogenous leukemia (disorder)
449416001|Malignant epithelial neoplasm of skin of anus (disorder)
449417005|Malignant epithelial neoplasm of nasal septum (disorder)
449418000|Follicular non-Hodgkin's lymphoma of testis (disorder)
449419008|Follicular non-Hodgkin's lymphoma of intestine (disorder)
449420002|Malignant neoplasm of cerebellum (disorder)
449472007|Malignant epithelial neoplasm of alveolus dentalis (disorder)
449487002|Malignant epithelial neoplasm of mandible (disorder)
449497006|Sarcoma of pelvic peritoneum (disorder)
449578008|Malignant neoplasm of alveolus of mandible (disorder)
449628003|Malignant neoplasm of long bone of lower leg (disorder)
449634005|Primary malignant neoplasm of skin of lower leg (disorder)
449636007|Malignant melanoma of skin of lower leg (disorder)
449637003|Malignant melanoma of skin of upper arm (disorder)
449803009|Primary malignant neoplasm of dome of urinary bladder (disorder)
450521000124109|Marginal zone lymphoma of axillary lymph node (disorder)
452241000124100|Recurrent malignant neoplastic disease (disorder)
456911000124108|Diffuse non-Hodgkin's lymphoma Lugano stage III (disorder)
457721000124104|Metastatic non-small cell lung cancer (disorder)
458581000124106|Metastatic HER2 positive neoplasm of gastroesophageal junction (disorder)
459371000124108|Metastasis from gastroesophageal adenocarcinoma (disorder)
459381000124106|Metastasis from hormone-refractory prostate cancer (disorder)
459391000124109|Metastasis from human epidermal growth factor 2 positive carcinoma of breast (disorder)
459421000124101|Metastasis from malignant tumor of penis (disorder)
461371000124103|Recurrent ovarian cancer (disorder)
461511000124101|Biochemically recurrent prostate cancer (disorder)
473419009|Intraductal papillary mucinous carcinoma in situ of pancreas (disorder)
58961005|Lethal midline granuloma (disorder)
61301000119102|Disorder of central nervous system co-occurrent and due to acute lymphoid leukemia (disorder)
61471000119100|Basal cell carcinoma of naris (disorder)
67771000119102|Grade 2 astrocytoma of brain (disorder)
67811000119102|Primary small cell malignant neoplasm of lung, TNM stage 1 (disorder)
67821000119109|Primary small cell malignant neoplasm of lung, TNM stage 2 (disorder)
67831000119107|Primary small cell malignant neoplasm of lung, TNM stage 3 (disorder)
67841000119103|Primary small cell malignant neoplasm of lung, TNM stage 4 (disorder)
681601000119101|Primary adenocarcinoma of ascending colon (disorder)
681621000119105|Primary adenocarcinoma of body of pancreas (disorder)
681631000119108|Primary adenocarcinoma of body of stomach (disorder)
681651000119102|Primary adenocarcinoma of descending colon (disorder)
681721000119103|Primary adenocarcinoma of head of pancreas (disorder)
68261000119102|Diffuse non-Hodgkin's lymphoma Lugano stage I (disorder)
68271000119108|Diffuse non-Hodgkin's lymphoma Lugano stage II (disorder)
68291000119109|Diffuse non-Hodgkin's lymphoma Lugano stage IV (disorder)
683991000119103|Extensive stage primary small cell carcinoma of lung (disorder)
684911000119105|Primary glioblastoma multiforme of frontal lobe (disorder)
687981000119106|Sarcoma of face (disorder)
697993003|Undifferentiated carcinoma of nasal sinus (disorder)
698040004|Malignant melanoma of nasal cavity (disorder)
698041000|Malignant melanoma of vestibule of mouth (disorder)
698042007|Malignant melanoma of tongue (disorder)
698043002|Malignant melanoma of floor of mouth (disorder)
698044008|Malignant melanoma of palatine arch (disorder)
698045009|Malignant melanoma of buccal mucosa (disorder)
698048006|Undifferentiated nonkeratinizing squamous cell carcinoma of nasopharynx (disorder)
698200003|Large cell Ewing sarcoma of bone (disorder)
698285005|Malignant melanoma of ethmoid sinus (disorder)
698286006|Malignant melanoma of palate (disorder)
698287002|Malignant melanoma of gum (disorder)
698288007|Malignant melanoma of maxillary sinus (disorder)
699354006|Sarcoma of orbit (disorder)
699355007|Leiomyosarcoma of orbit (disorder)
699356008|Endometrial stromal sarcoma (disorder)
699657009|Hepatosplenic gamma-delta cell lymphoma (disorder)
699818003|T-cell large granular lymphocytic leukemia (disorder)
700423003|Adenocarcinoma of pancreas (disorder)
7021009|Gastrointestinal eosinophilic granuloma (disorder)
702391001|Renal cell carcinoma (disorder)
702392008|Metastatic renal cell carcinoma (disorder)
702405001|Malignant granulosa cell tumor of testis (disorder)
702446006|Core binding factor acute myeloid leukemia (disorder)
702467006|Malignant neoplasm of augmented bladder (disorder)
702785000|Large cell anaplastic lymphoma T cell and Null cell type (disorder)
702786004|Follicular non-Hodgkin's lymphoma diffuse follicle center sub-type grade 1 (disorder)
702977001|Follicular non-Hodgkin's lymphoma diffuse follicle center cell sub-type grade 2 (disorder)
703228009|Non-small cell lung cancer with mutation in epidermal growth factor receptor (disorder)
703230006|Non-small cell lung cancer without mutation in epidermal growth factor receptor (disorder)
703387000|Acute myeloid leukemia with normal karyotype (disorder)
703429003|Malignant optic glioma of adulthood (disorder)
703625002|Kaposi sarcoma not associated with acquired immunodeficiency syndrome (disorder)
703626001|Anaplastic large cell lymphoma, T/Null cell, primary systemic type (disorder)
704152002|Metastatic neuroblastoma (disorder)
705061009|Childhood myelodysplastic syndrome (disorder)
705176003|Metastatic carcinoid tumor (disorder)
706970001|Triple negative malignant neoplasm of breast (disorder)
707337006|Primary adenocarcinoma of accessory sinus (disorder)
707339009|Primary adenocarcinoma of maxillary sinus (disorder)
707342003|Primary adenocarcinoma of ethmoidal sinus (disorder)
707343008|Primary adenocarcinoma of frontal sinus (disorder)
707344002|Primary adenocarcinoma of sphenoidal sinus (disorder)
707345001|Primary carcinoma of accessory sinus (disorder)
707346000|Primary carcinoma of ethmoidal sinus (disorder)
707347009|Primary carcinoma of maxillary sinus (disorder)
707348004|Primary carcinoma of sphenoidal sinus (disorder)
707349007|Primary carcinoma of frontal sinus (disorder)
707350007|Malignant melanoma of accessory sinus (disorder)
707353009|Primary squamous cell carcinoma of accessory sinus (disorder)
707354003|Primary squamous cell carcinoma of maxillary sinus (disorder)
707355002|Primary squamous cell carcinoma of sphenoidal sinus (disorder)
707356001|Primary squamous cell carcinoma of frontal sinus (disorder)
707358000|Primary squamous cell carcinoma of larynx (disorder)
707359008|Primary squamous cell carcinoma of ethmoidal sinus (disorder)
707361004|Malignant melanoma of frontal sinus (disorder)
707362006|Malignant melanoma of sphenoidal sinus (disorder)
707378008|Primary myoepithelial carcinoma of trachea (disorder)
707380002|Primary salivary gland type carcinoma of trachea (disorder)
707383000|Primary mucinous cystadenocarcinoma of trachea (disorder)
707384006|Primary solid carcinoma of trachea (disorder)
707388009|Primary squamous cell carcinoma of trachea (disorder)
707393007|Primary adenosquamous carcinoma of trachea (disorder)
707395000|Primary adenocarcinoma of hypopharynx (disorder)
707396004|Primary oxyphilic adenocarcinoma of oropharynx (disorder)
707398003|Primary polymorphous low grade adenocarcinoma of oropharynx (disorder)
707399006|Primary papillary adenocarcinoma of oropharynx (disorder)
707400004|Primary mucinous adenocarcinoma of oropharynx (disorder)
707401000|Primary clear cell adenocarcinoma of oropharynx (disorder)
707402007|Primary adenocarcinoma of oropharynx (disorder)
707403002|Primary fetal adenocarcinoma of lung (disorder)
707404008|Primary mixed subtype adenocarcinoma of lung (disorder)
707405009|Primary adenosquamous carcinoma of lung (disorder)
707408006|Primary small cell non-keratinizing squamous cell carcinoma of lung (disorder)
707410008|Primary solid carcinoma of lung (disorder)
707411007|Primary papillary adenocarcinoma of lung (disorder)
707424007|Primary adenosquamous cell carcinoma of larynx (disorder)
707451005|Primary adenocarcinoma of lung (disorder)
707452003|Primary mucinous adenocarcinoma of lung (disorder)
707453008|Primary clear cell squamous cell carcinoma of lung (disorder)
707454002|Primary basaloid squamous cell carcinoma of lung (disorder)
707455001|Primary papillary squamous cell carcinoma of lung (disorder)
707456000|Primary undifferentiated carcinoma of lung (disorder)
707457009|Primary spindle cell carcinoma of lung (disorder)
707458004|Primary pleomorphic carcinoma of lung (disorder)
707460002|Primary pseudosarcomatous carcinoma of lung (disorder)
707464006|Primary myoepithelial carcinoma of lung (disorder)
707466008|Primary adenoid cystic carcinoma of lung (disorder)
707467004|Primary salivary gland type carcinoma of lung (disorder)
707468009|Primary mixed mucinous and non-mucinous bronchiolo-alveolar carcinoma of lung (disorder)
707469001|Primary non-mucinous bronchiolo-alveolar carcinoma of lung (disorder)
707470000|Primary mucinous bronchiolo-alveolar carcinoma of lung (disorder)
707471001|Primary clear cell adenocarcinoma of trachea (disorder)
707472008|Primary papillary adenocarcinoma of trachea (disorder)
707473003|Primary mucinous adenocarcinoma of trachea (disorder)
707475005|Primary adenocarcinoma of trachea (disorder)
707479004|Primary adenocarcinoma of subglottis (disorder)
707485006|Primary adenosquamous carcinoma of hypopharynx (disorder)
707535004|Primary squamous cell carcinoma of lateral wall of oropharynx (disorder)
707538002|Primary squamous cell carcinoma of vallecula (disorder)
707539005|Primary adenoid cystic carcinoma of hypopharynx (disorder)
707576008|Primary squamous cell carcinoma of subglottis (disorder)
707583001|Primary adenosquamous carcinoma of oropharynx (disorder)
707586009|Primary myoepithelial carcinoma of oropharynx (disorder)
707587000|Primary carcinoma ex pleomorphic adenoma of oropharynx (disorder)
707593008|Primary salivary gland-type tumour of oropharynx (disorder)
707595001|Primary mucinous cystadenocarcinoma of lung (disorder)
707627009|Primary salivary gland type carcinoma of hypopharynx (disorder)
709031009|Malignant neoplasm of superior wall of nasopharynx (disorder)
709285002|Secondary malignant neoplasm of lumbosacral plexus (disorder)
709471005|Periodontitis co-occurrent with leukemia (disorder)
709517003|Malignant carcinoid tumor of small intestine (disorder)
709830006|Malignant carcinoid tumor of stomach (disorder)
710195004|Malignant odontogenic neoplasm of lower jaw (disorder)
711414003|Primary clear cell adenocarcinoma of lung (disorder)
712525007|Malignant neoplasm of short bone of lower limb (disorder)
712750007|Malignant neoplasm of chest wall (disorder)
712849003|Primary malignant neoplasm of prostate metastatic to bone (disorder)
713038003|Overlapping primary malignant neoplasm of bone and articular cartilage of upper limb (disorder)
713189001|Malignant insulinoma (disorder)
713290004|Malignant ameloblastoma of mandible (disorder)
713293002|Malignant germ cell neoplasm of mediastinum (disorder)
713325002|Primary cerebral lymphoma co-occurrent with human immunodeficiency virus infection (disorder)
713327005|Malignant meningioma of meninges of brain (disorder)
713483007|Reticulosarcoma co-occurrent with human immunodeficiency virus infection (disorder)
713516007|Primary effusion lymphoma (disorder)
713573006|Malignant carcinoid tumor of rectum (disorder)
713574000|Malignant carcinoid tumor of kidney (disorder)
713718006|Diffuse non-Hodgkin immunoblastic lymphoma co-occurrent with human immunodeficiency virus infection (disorder)
713897006|Burkitt lymphoma co-occurrent with human immunodeficiency virus infection (disorder)
714251006|Philadelphia chromosome-negative precursor B-cell acute lymphoblastic leukemia (disorder)
714463003|Primary effusion lymphoma co-occurrent with infection caused by Human herpesvirus 8 (disorder)
715412008|Familial malignant neoplasm of prostate (disorder)
715414009|Familial malignant neoplasm of pancreas (disorder)
715664005|Interdigitating dendritic cell sarcoma (disorder)
715904005|Pineal parenchymal tumor of intermediate differentiation (disorder)
715950008|Anaplastic lymphoma kinase positive large B-cell lymphoma (disorder)
716588005|Primary non-gestational choriocarcinoma of ovary (disorder)
716593008|Carcinoma of salivary gland type of breast (disorder)
716649003|Extraovarian primary peritoneal carcinoma (disorder)
716651004|Leiomyosarcoma of small intestine (disorder)
716788007|Epstein-Barr virus positive diffuse large B-cell lymphoma of elderly (disorder)
716859000|Hereditary diffuse carcinoma of stomach (disorder)
717735006|Renal cell carcinoma of kidney except renal pelvis (disorder)
717736007|Familial renal cell carcinoma (disorder)
718195003|Inherited predisposition to essential thrombocythemia (disorder)
718200007|Primary pulmonary lymphoma (disorder)
721305008|Acute myeloid leukemia due to recurrent genetic abnormality (disorder)
721306009|Therapy related acute myeloid leukemia and myelodysplastic syndrome (disorder)
721308005|Acute leukemia of ambiguous lineage (disorder)
721310007|Aggressive natural killer-cell leukemia (disorder)
721313009|Indeterminate dendritic cell neoplasm (disorder)
721314003|Fibroblastic reticular cell neoplasm (disorder)
721541009|Primary malignant sarcoma of skin (disorder)
721546004|Primary adenocarcinoma of ciliary epithelium (disorder)
721548003|Primary malignant neoplasm of lacrimal apparatus (disorder)
721549006|Primary adenocarcinoma of lacrimal apparatus (disorder)
721555001|Follicular lymphoma of small intestine (disorder)
721556000|Primary adenocarcinoma of palate (disorder)
721557009|Primary adenocarcinoma of parotid gland (disorder)
721558004|Primary adenocarcinoma of cystic duct (disorder)
721559007|Primary adenocarcinoma of common bile duct (disorder)
721560002|Primary adenocarcinoma of nasal cavity (disorder)
721561003|Primary adenocarcinoma of middle ear (disorder)
721562005|Primary adenocarcinoma overlapping lesion of retroperitoneum peritoneum and omentum (disorder)
721563000|Primary malignant melanoma of vagina (disorder)
721568009|Primary adenocarcinoma of parametrium (disorder)
721569001|Primary adenocarcinoma of uterine ligament (disorder)
721575005|Primary angiosarcoma of heart (disorder)
721576006|Primary angiosarcoma of breast (disorder)
721579004|Primary synovial sarcoma of soft tissue of limb (disorder)
721602000|Primary embryonal carcinoma of testis (disorder)
721603005|Primary choriocarcinoma of testis (disorder)
721605003|Primary squamous cell carcinoma of overlapping lesion of accessory sinuses (disorder)
721606002|Primary adenocarcinoma of overlapping lesion of accessory sinuses (disorder)
721617001|Primary adenocarcinoma of lower third of esophagus due to Barrett esophagus (disorder)
721619003|Primary squamous cell carcinoma of middle third of esophagus (disorder)
721620009|Primary squamous cell carcinoma of lower third of esophagus (disorder)
721621008|Primary squamous cell carcinoma of overlapping lesion of esophagus (disorder)
721622001|Primary adenocarcinoma of upper third of esophagus (disorder)
721623006|Primary adenocarcinoma of middle third of esophagus (disorder)
721624000|Primary adenocarcinoma of overlapping lesion of esophagus (disorder)
721627007|Malignant melanoma of esophagus (disorder)
721628002|Primary adenocarcinoma of esophagogastric junction (disorder)
721629005|Linitis plastica of stomach (disorder)
721630000|Primary adenocarcinoma of cardia of stomach (disorder)
721632008|Primary adenocarcinoma of pyloric antrum of stomach (disorder)
721633003|Primary adenocarcinoma of overlapping lesion of stomach (disorder)
721635005|Primary malignant neuroendocrine neoplasm of cardia of stomach (disorder)
721644006|Primary malignant neuroendocrine neoplasm of duodenum (disorder)
721645007|Primary neuroendocrine carcinoma of duodenum (disorder)
721669006|Primary adenocarcinoma of overlapping lesion of small intestine (disorder)
721672004|Primary mucinous adenocarcinoma of appendix (disorder)
721695008|Primary adenocarcinoma of ascending colon and right flexure (disorder)
721696009|Primary adenocarcinoma of transverse colon (disorder)
721699002|Primary adenocarcinoma of descending colon and splenic flexure (disorder)
721716004|Primary cholangiocarcinoma of intrahepatic biliary tract (disorder)
721718003|Primary adenocarcinoma of ampulla of Vater (disorder)
721725005|Primary adenocarcinoma of peritoneum (disorder)
721762007|Adult T-cell leukemia/lymphoma of skin (disorder)
722103009|Hormone sensitive prostate cancer (disorder)
722112006|Primary squamous cell carcinoma of ear (disorder)
722229001|Primary sarcoma of retroperitoneum (disorder)
722425009|Reactive oxygen species 1 positive non-small cell lung cancer (disorder)
722513008|Primary leiomyosarcoma of retroperitoneum (disorder)
722514002|Primary leiomyosarcoma of peritoneum (disorder)
722519007|Primary sarcoma of peritoneum (disorder)
722530005|Primary squamous cell carcinoma of pharyngeal tonsil (disorder)
722533007|Primary malignant neoplasm of esophagogastric junction (disorder)
722542000|Primary squamous cell carcinoma of anal canal (disorder)
722543005|Primary malignant melanoma of anal canal (disorder)
722665003|Primary malignant melanoma of cornea (disorder)
722666002|Primary squamous cell carcinoma of lacrimal apparatus (disorder)
722676004|Primary squamous cell carcinoma of middle ear (disorder)
722678003|Primary squamous cell carcinoma of vagina (disorder)
722679006|Primary mucinous adenocarcinoma of endometrium (disorder)
722680009|Primary serous adenocarcinoma of endometrium (disorder)
722681008|Primary mixed adenocarcinoma of endometrium (disorder)
722682001|Primary small cell carcinoma of endometrium (disorder)
722684000|Primary low grade serous adenocarcinoma of ovary (disorder)
722685004|Primary high grade serous adenocarcinoma of ovary (disorder)
722686003|Primary serous carcinoma of uterine adnexa (disorder)
722687007|Primary mucinous carcinoma of uterine adnexa (disorder)
722712000|Occupational cancer of skin (disorder)
722714004|Primary mucoepidermoid carcinoma of lacrimal apparatus (disorder)
722795004|Meningeal leukemia (disorder)
722827008|Primary synovial sarcoma of respiratory organ (disorder)
722953004|B-cell lymphoma unclassifiable with features intermediate between Burkitt lymphoma and diffuse large B-cell lymphoma (disorder)
722954005|B-cell lymphoma unclassifiable with features intermediate between classical Hodgkin lymphoma and diffuse large B-cell lymphoma (disorder)
723076008|Primary myxofibrosarcoma (disorder)
723265000|Primary squamous cell carcinoma of anus (disorder)
723281005|Primary malignant melanoma of anus (disorder)
723301009|Squamous non-small cell lung cancer (disorder)
723848001|Primary osteosarcoma of bone of jaw (disorder)
723853006|Primary Ewing sarcoma of bone of limb (disorder)
723879002|Primary adenocarcinoma of overlapping lesion of urinary organ (disorder)
723887001|Primary Ewing sarcoma of bone of rib (disorder)
723889003|B lymphoblastic leukemia lymphoma with t(9:22) (q34;q11.2); BCR-ABL 1 (disorder)
724056005|Malignant neoplasm of lower lobe of right lung (disorder)
724058006|Malignant neoplasm of upper lobe of left lung (disorder)
724059003|Malignant neoplasm of lower lobe of left lung (disorder)
724060008|Malignant neoplasm of right upper lobe of lung (disorder)
724536000|Primary adenocarcinoma of ileum (disorder)
724537009|Primary adenocarcinoma of jejunum (disorder)
724552002|Primary poorly differentiated carcinoma of thyroid gland (disorder)
724553007|Primary undifferentiated carcinoma of thyroid gland (disorder)
724644005|Myeloid leukemia co-occurrent with Down syndrome (disorder)
724645006|T-cell histiocyte rich large B-cell lymphoma (disorder)
724647003|Diffuse large B-cell lymphoma co-occurrent with chronic inflammation caused by Epstein-Barr virus (disorder)
724648008|Plasmablastic lymphoma (disorder)
724649000|Langerhans cell sarcoma (disorder)
724650000|Primary follicular dendritic cell sarcoma (disorder)
725390002|Acute myeloid leukemia with t(8;16)(p11;p13) translocation (disorder)
725437002|Chronic lymphocytic leukemia genetic mutation variant (disorder)
726019003|Familial malignant melanoma of skin (disorder)
726652005|Malignant carcinoid tumor of thymus (disorder)
726653000|Malignant carcinoid tumor of bronchus (disorder)
726654006|Malignant carcinoid tumor of colon (disorder)
726721002|Nodal marginal zone B-cell lymphoma (disorder)
72891000119103|Kaposi sarcoma of viscus (disorder)
733134009|Primary squamous cell carcinoma of paraurethral gland (disorder)
733136006|Primary adenocarcinoma of urethra (disorder)
733344004|Primary squamous cell carcinoma of lip (disorder)
733345003|Primary squamous cell carcinoma of pharynx (disorder)
733346002|Primary mucinous cystic neoplasm with associated invasive carcinoma of perihilar bile duct (disorder)
733347006|Primary mucinous cystic neoplasm with associated invasive carcinoma of cystic duct (disorder)
733349009|Primary mucinous cystic neoplasm with associated invasive carcinoma of distal bile duct (disorder)
733351008|Primary malignant neuroendocrine neoplasm of ampulla of Vater (disorder)
733352001|Primary mucinous cystic neoplasm with associated invasive carcinoma of biliary tract (disorder)
733354000|Primary adenocarcinoma of biliary tract (disorder)
733355004|Primary adenocarcinoma of digestive organ (disorder)
733359005|Primary squamous cell carcinoma of endometrium (disorder)
733360000|Primary undifferentiated carcinoma of endometrium (disorder)
733361001|Primary mucinous adenocarcinoma of ovary (disorder)
733362008|Primary adenocarcinoma of paraurethral gland (disorder)
733470002|Collecting duct carcinoma of kidney (disorder)
733471003|Chromophobe renal cell carcinoma (disorder)
733598001|Acute myeloid leukemia with t(6;9)(p23;q34) translocation (disorder)
733603009|Tubulocystic renal cell carcinoma (disorder)
733608000|Papillary renal cell carcinoma (disorder)
733627006|Primary cutaneous gamma-delta-positive T-cell lymphoma (disorder)
734015000|Clear cell papillary renal cell carcinoma (disorder)
734066005|Diffuse large B-cell lymphoma of central nervous system (disorder)
734099007|Neuroblastoma of central nervous system (disorder)
7343008|Liparitosis (disorder)
734522002|Acute myeloid leukemia with FMS-like tyrosine kinase-3 mutation (disorder)
735385007|Microsatellite instability-high solid malignant tumor (disorder)
735918005|Primary malignant neoplasm of lacrimal caruncle (disorder)
735920008|Primary malignant neuroepithelial neoplasm of ciliary body (disorder)
737058005|Microsatellite instability-high colorectal cancer (disorder)
737308008|Primary adenocarcinoma of sublingual gland (disorder)
737309000|Primary adenocarcinoma of submandibular gland (disorder)
7391000119103|Primary adenoid cystic carcinoma of nasopharynx (disorder)
7403002|Orthodontic (qualifier value)
762315004|Therapy related acute myeloid leukemia due to and following administration of antineoplastic agent (disorder)
762458004|Primary endometrioid carcinoma of endometrium of body of uterus (disorder)
763064007|Adenoid cystic carcinoma of cervix uteri (disorder)
763131005|Clear cell adenocarcinoma of ovary (disorder)
763309005|Acute myeloid leukemia with nucleophosmin 1 somatic mutation (disorder)
763408003|Rhabdomyosarcoma of cervix uteri (disorder)
763409006|Rhabdomyosarcoma of corpus uteri (disorder)
763477007|Primary lymphoma of conjunctiva (disorder)
763771009|Leiomyosarcoma of cervix uteri (disorder)
763796007|Megakaryoblastic acute myeloid leukemia with t(1;22)(p13;q13) (disorder)
764694005|MiT family translocation renal cell carcinoma (disorder)
764735002|Squamous cell carcinoma of small intestine (disorder)
764737005|Squamous cell carcinoma of corpus uteri (disorder)
764845008|Adenocarcinoma of anal canal (disorder)
764846009|Adenocarcinoma of penis (disorder)
764847000|Adenosarcoma of cervix uteri (disorder)
764855007|Acute myeloid leukemia with CCAAT/enhancer binding protein alpha somatic mutation (disorder)
764940002|Inherited acute myeloid leukemia (disorder)
764961009|Hereditary clear cell renal cell carcinoma (disorder)
764990003|Renal mucinous tubular and spindle cell carcinoma (disorder)
765095002|Renal medullary carcinoma (disorder)
765740002|Adenosarcoma of corpus uteri (disorder)
765741003|Adenocarcinoma of gallbladder and extrahepatic biliary tract (disorder)
766045006|Acute myeloid leukemia and myelodysplastic syndrome related to alkylating agent (disorder)
766046007|Acute myeloid leukemia and myelodysplastic syndrome related to topoisomerase type 2 inhibitor (disorder)
766048008|Acute myeloid leukemia and myelodysplastic syndrome related to radiation (disorder)
766247009|Primitive neuroectodermal tumor of corpus uteri (disorder)
7664003|Incision of external auditory canal (procedure)
766757006|Undifferentiated carcinoma of stomach (disorder)
766758001|Undifferentiated carcinoma of corpus uteri (disorder)
766759009|Rhabdomyosarcoma of vulva and vagina (disorder)
766930002|Glassy cell carcinoma of cervix uteri (disorder)
766978002|Squamous cell carcinoma of gallbladder and extrahepatic biliary tract (disorder)
766979005|Squamous cell carcinoma of rectum (disorder)
766980008|Squamous cell carcinoma of stomach (disorder)
766981007|Squamous cell carcinoma of colon (disorder)
767444009|Germline BRCA-mutated human epidermal growth factor receptor 2 negative metastatic carcinoma of breast (disorder)
767448007|Pineoblastoma (disorder)
771474005|Gastric adenocarcinoma and proximal polyposis of stomach (disorder)
772992009|Primary differentiated carcinoma of thyroid gland (disorder)
773537001|Differentiation syndrome due to and following chemotherapy co-occurrent with acute promyelocytic leukemia (disorder)
773995001|Primary cutaneous anaplastic large cell lymphoma (disorder)
780844005|Acute myeloid leukemia with inv(3)(q21q26.2) or t(3;3)(q21;q26.2); RPN1-EVI1 (disorder)
781076008|Secondary malignant neoplasm of colon and/or rectum (disorder)
781382000|Malignant neoplasm of colon and/or rectum (disorder)
783056006|Adenocarcinoma of paratestis (disorder)
783706007|Serous cystadenocarcinoma of pancreas (disorder)
783736003|Malignant melanoma of mucous membrane (disorder)
78411000119107|Ewing sarcoma of bone of pelvis (disorder)
787091002|Adenocarcinoma of liver and intrahepatic biliary tract (disorder)
79281000119106|Primary adenocarcinoma of skin (disorder)
80914001|Anaplasia of cervix (disorder)
82501000119102|Anaplastic astrocytoma of central nervous system (disorder)
84811000119107|Follicular dendritic sarcoma of intraabdominal lymph node (disorder)
84831000119102|Follicular dendritic sarcoma of lymph nodes of multiple sites (disorder)
87131000119104|Primary extramedullary malignant tumor of spinal cord (disorder)
91041000119104|Ewing sarcoma of bone structure of upper limb (disorder)
91131000119109|Primary adenocarcinoma of vulva (disorder)
91151000119103|Primary squamous cell carcinoma of chest wall (disorder)
91161000119101|Primary adenocarcinoma of chest wall (disorder)
91281000119103|Secondary adenocarcinoma of bone (disorder)
91855006|Acute leukemia, disease (disorder)
91857003|Acute lymphoid leukemia, disease (disorder)
91861009|Acute myeloid leukemia, disease (disorder)
92508006|Burkitt's tumor of intra-abdominal lymph nodes (disorder)
92509003|Burkitt's tumor of intrapelvic lymph nodes (disorder)
92510008|Burkitt's tumor of intrathoracic lymph nodes (disorder)
92511007|Burkitt's tumor of lymph nodes of axilla AND/OR upper limb (disorder)
92512000|Burkitt's tumor of lymph nodes of head, face AND/OR neck (disorder)
92513005|Burkitt's tumor of lymph nodes of inguinal region AND/OR lower limb (disorder)
92514004|Burkitt's tumor of lymph nodes of multiple sites (disorder)
92515003|Burkitt's tumor of spleen (disorder)
92516002|Burkitt's tumor of extranodal AND/OR solid organ site (disorder)
92812005|Chronic leukemia, disease (disorder)
92814006|Chronic lymphoid leukemia, disease (disorder)
92818009|Chronic myeloid leukemia, disease (disorder)
93133006|Letterer-Siwe disease of intra-abdominal lymph nodes (disorder)
93134000|Letterer-Siwe disease of intrapelvic lymph nodes (disorder)
93135004|Letterer-Siwe disease of intrathoracic lymph nodes (disorder)
93136003|Letterer-Siwe disease of lymph nodes of axilla AND/OR upper limb (disorder)
93137007|Letterer-Siwe disease of lymph nodes of head, face AND/OR neck (disorder)
93138002|Letterer-Siwe disease of lymph nodes of inguinal region AND/OR lower limb (disorder)
93139005|Letterer-Siwe disease of lymph nodes of multiple sites (disorder)
93140007|Letterer-Siwe disease of spleen (disorder)
93141006|Letterer-Siwe disease of extranodal AND/OR solid organ site (disorder)
93143009|Leukemia, disease (disorder)
93144003|Leukemic reticuloendotheliosis of intra-abdominal lymph nodes (disorder)
93145002|Leukemic reticuloendotheliosis of intrapelvic lymph nodes (disorder)
93146001|Leukemic reticuloendotheliosis of intrathoracic lymph nodes (disorder)
93150008|Leukemic reticuloendotheliosis of lymph nodes of multiple sites (disorder)
93151007|Hairy cell leukemia of spleen (disorder)
93152000|Leukemic reticuloendotheliosis of extranodal AND/OR solid organ site (disorder)
93182006|Malignant histiocytosis of intra-abdominal lymph nodes (disorder)
93183001|Malignant histiocytosis of intrapelvic lymph nodes (disorder)
93184007|Malignant histiocytosis of intrathoracic lymph nodes (disorder)
93185008|Malignant histiocytosis of lymph nodes of axilla AND/OR upper limb (disorder)
93186009|Malignant histiocytosis of lymph nodes of head, face AND/OR neck (disorder)
93187000|Malignant histiocytosis of lymph nodes of inguinal region AND/OR lower limb (disorder)
93188005|Malignant histiocytosis of lymph nodes of multiple sites (disorder)
93189002|Malignant histiocytosis of spleen (disorder)
93190006|Malignant histiocytosis of extranodal AND/OR solid organ site (disorder)
93191005|Malignant lymphoma of intra-abdominal lymph nodes (disorder)
93192003|Malignant lymphoma of intrapelvic lymph nodes (disorder)
93193008|Malignant lymphoma of intrathoracic lymph nodes (disorder)
93194002|Malignant lymphoma of lymph nodes of axilla AND/OR upper limb (disorder)
93195001|Malignant lymphoma of lymph nodes of head, face AND/OR neck (disorder)
93196000|Malignant lymphoma of lymph nodes of inguinal region AND/OR lower limb (disorder)
93197009|Malignant lymphoma of lymph nodes of multiple sites (disorder)
93198004|Malignant lymphoma of spleen (disorder)
93199007|Malignant lymphoma of extranodal AND/OR solid organ site (disorder)
93200005|Malignant mast cell tumor of intra-abdominal lymph nodes (disorder)
93201009|Malignant mast cell tumor of intrapelvic lymph nodes (disorder)
93202002|Malignant mast cell tumor of intrathoracic lymph nodes (disorder)
93203007|Malignant mast cell tumor of lymph nodes of axilla AND/OR upper limb (disorder)
93204001|Malignant mast cell tumor of lymph nodes of head, face AND/OR neck (disorder)
93205000|Malignant mast cell tumor of lymph nodes of inguinal region AND/OR lower limb (disorder)
93206004|Malignant mast cell tumor of lymph nodes of multiple sites (disorder)
93207008|Malignant mast cell tumor of spleen (disorder)
93208003|Malignant mast cell tumor of extranodal AND/OR solid organ site (disorder)
93209006|Malignant melanoma of perianal skin (disorder)
93210001|Malignant melanoma of skin of abdomen (disorder)
93211002|Malignant melanoma of skin of ankle (disorder)
93213004|Malignant melanoma of skin of axilla (disorder)
93214005|Malignant melanoma of skin of back (disorder)
93215006|Malignant melanoma of skin of breast (disorder)
93216007|Malignant melanoma of skin of buttock (disorder)
93217003|Malignant melanoma of skin of cheek (disorder)
93218008|Malignant melanoma of skin of chest (disorder)
93219000|Malignant melanoma of skin of chin (disorder)
93220006|Malignant melanoma of skin of ear (disorder)
93221005|Malignant melanoma of skin of elbow (disorder)
93222003|Malignant melanoma of skin of external auditory canal (disorder)
93223008|Malignant melanoma of skin of eyebrow (disorder)
93224002|Malignant melanoma of skin of eyelid (disorder)
93225001|Malignant melanoma of skin of face (disorder)
93226000|Malignant melanoma of skin of finger (disorder)
93227009|Malignant melanoma of skin of foot (disorder)
93228004|Malignant melanoma of skin of forearm (disorder)
93229007|Malignant melanoma of skin of forehead (disorder)
93230002|Malignant melanoma of skin of groin (disorder)
93451002|Erythroleukemia, FAB M6 (disorder)
93487009|Hodgkin's disease, lymphocytic depletion of lymph nodes of axilla AND/OR upper limb (disorder)
93488004|Hodgkin's disease, lymphocytic depletion of lymph nodes of head, face AND/OR neck (disorder)
93489007|Hodgkin's disease, lymphocytic depletion of lymph nodes of inguinal region AND/OR lower limb (disorder)
93492006|Hodgkin's disease, lymphocytic depletion of extranodal AND/OR solid organ site (disorder)
93493001|Hodgkin's disease, lymphocytic-histiocytic predominance of intra-abdominal lymph nodes (disorder)
93494007|Hodgkin's disease, lymphocytic-histiocytic predominance of intrapelvic lymph nodes (disorder)
93495008|Hodgkin's disease, lymphocytic-histiocytic predominance of intrathoracic lymph nodes (disorder)
93496009|Hodgkin's disease, lymphocytic-histiocytic predominance of lymph nodes of axilla AND/OR upper limb (disorder)
93497000|Hodgkin's disease, lymphocytic-histiocytic predominance of lymph nodes of head, face AND/OR neck (disorder)
93498005|Hodgkin's disease, lymphocytic-histiocytic predominance of lymph nodes of inguinal region AND/OR lower limb (disorder)
93500006|Hodgkin's disease, lymphocytic-histiocytic predominance of spleen (disorder)
93501005|Hodgkin's disease, lymphocytic-histiocytic predominance of extranodal AND/OR solid organ site (disorder)
93505001|Hodgkin's disease, mixed cellularity of lymph nodes of axilla AND/OR upper limb (disorder)
93506000|Hodgkin's disease, mixed cellularity of lymph nodes of head, face AND/OR neck (disorder)
93507009|Hodgkin's disease, mixed cellularity of lymph nodes of inguinal region AND/OR lower limb (disorder)
93509007|Hodgkin's disease, mixed cellularity of spleen (disorder)
93510002|Hodgkin's disease, mixed cellularity of extranodal AND/OR solid organ site (disorder)
93514006|Hodgkin's disease, nodular sclerosis of lymph nodes of axilla AND/OR upper limb (disorder)
93515007|Hodgkin's disease, nodular sclerosis of lymph nodes of head, face AND/OR neck (disorder)
93516008|Hodgkin's disease, nodular sclerosis of lymph nodes of inguinal region AND/OR lower limb (disorder)
93518009|Hodgkin's disease, nodular sclerosis of spleen (disorder)
93519001|Hodgkin's disease, nodular sclerosis of extranodal AND/OR solid organ site (disorder)
93520007|Hodgkin's disease of intra-abdominal lymph nodes (disorder)
93521006|Hodgkin's disease of intrapelvic lymph nodes (disorder)
93522004|Hodgkin's disease of intrathoracic lymph nodes (disorder)
93523009|Hodgkin's disease of lymph nodes of axilla AND/OR upper limb (disorder)
93524003|Hodgkin's disease of lymph nodes of head, face AND/OR neck (disorder)
93525002|Hodgkin's disease of lymph nodes of inguinal region AND/OR lower limb (disorder)
93526001|Hodgkin's disease of lymph nodes of multiple sites (disorder)
93527005|Hodgkin's disease of spleen (disorder)
93528000|Hodgkin's disease of extranodal AND/OR solid organ site (disorder)
93530003|Hodgkin's granuloma of intrapelvic lymph nodes (disorder)
93531004|Hodgkin's granuloma of intrathoracic lymph nodes (disorder)
93532006|Hodgkin's granuloma of lymph nodes of axilla AND/OR upper limb (disorder)
93533001|Hodgkin's granuloma of lymph nodes of head, face AND/OR neck (disorder)
93534007|Hodgkin's granuloma of lymph nodes of inguinal region AND/OR lower limb (disorder)
93536009|Hodgkin's granuloma of spleen (disorder)
93537000|Hodgkin's granuloma of extranodal AND/OR solid organ site (disorder)
93541001|Hodgkin's paragranuloma of lymph nodes of axilla AND/OR upper limb (disorder)
93542008|Hodgkin's paragranuloma of lymph nodes of head, face AND/OR neck (disorder)
93543003|Hodgkin's paragranuloma of lymph nodes of inguinal region AND/OR lower limb (disorder)
93545005|Hodgkin's paragranuloma of spleen (disorder)
93546006|Hodgkin's paragranuloma of extranodal AND/OR solid organ site (disorder)
93547002|Hodgkin's sarcoma of intra-abdominal lymph nodes (disorder)
93548007|Hodgkin's sarcoma of intrapelvic lymph nodes (disorder)
93549004|Hodgkin's sarcoma of intrathoracic lymph nodes (disorder)
93550004|Hodgkin's sarcoma of lymph nodes of axilla AND/OR upper limb (disorder)
93551000|Hodgkin's sarcoma of lymph nodes of head, face AND/OR neck (disorder)
93552007|Hodgkin's sarcoma of lymph nodes of inguinal region AND/OR lower limb (disorder)
93554008|Hodgkin's sarcoma of spleen (disorder)
93555009|Hodgkin's sarcoma of extranodal AND/OR solid organ site (disorder)
93636004|Malignant melanoma of skin of hand (disorder)
93637008|Malignant melanoma of skin of hip (disorder)
93638003|Malignant melanoma of skin of knee (disorder)
93640008|Malignant melanoma of skin of lip (disorder)
93641007|Malignant melanoma of skin of lower limb (disorder)
93642000|Malignant melanoma of skin of neck (disorder)
93643005|Malignant melanoma of skin of nose (disorder)
93644004|Malignant melanoma of skin of perineum (disorder)
93645003|Malignant melanoma of skin of popliteal area (disorder)
93646002|Malignant melanoma of skin of scalp (disorder)
93647006|Malignant melanoma of skin of shoulder (disorder)
93648001|Malignant melanoma of skin of temporal region (disorder)
93649009|Malignant melanoma of skin of thigh (disorder)
93650009|Malignant melanoma of skin of toe (disorder)
93651008|Malignant melanoma of skin of trunk (disorder)
93652001|Malignant melanoma of skin of umbilicus (disorder)
93653006|Malignant melanoma of skin of upper limb (disorder)
93654000|Malignant melanoma of skin of wrist (disorder)
93655004|Malignant melanoma of skin (disorder)
93658002|Primary malignant neoplasm of accessory nerve (disorder)
93659005|Primary malignant neoplasm of accessory sinus (disorder)
93661001|Primary malignant neoplasm of acromion (disorder)
93662008|Primary malignant neoplasm of adenoid (disorder)
93663003|Primary malignant neoplasm of skin with adnexal differentiation (disorder)
93665005|Primary malignant neoplasm of adrenal gland (disorder)
93667002|Primary malignant neoplasm of alveolar ridge mucosa (disorder)
93669004|Primary malignant neoplasm of anal canal (disorder)
93670003|Primary malignant neoplasm of anterior aspect of epiglottis (disorder)
93671004|Primary malignant neoplasm of anterior mediastinum (disorder)
93672006|Primary malignant neoplasm of anterior portion of floor of mouth (disorder)
93674007|Primary malignant neoplasm of anterior wall of nasopharynx (disorder)
93675008|Primary malignant neoplasm of anterior wall of urinary bladder (disorder)
93676009|Primary malignant neoplasm of anus (disorder)
93677000|Primary malignant neoplasm of aortic body (disorder)
93679002|Primary malignant neoplasm of appendix (disorder)
93680004|Primary malignant neoplasm of areola of female breast (disorder)
93681000|Primary malignant neoplasm of areola of male breast (disorder)
93683002|Primary malignant neoplasm of ascending colon (disorder)
93684008|Primary malignant neoplasm of axilla (disorder)
93687001|Primary malignant neoplasm of base of tongue (disorder)
93689003|Primary malignant neoplasm of bladder (disorder)
93692004|Primary malignant neoplasm of blood vessel of axilla (disorder)
93710000|Primary malignant neoplasm of blood vessel of thorax (disorder)
93715005|Primary malignant neoplasm of body of pancreas (disorder)
93716006|Primary malignant neoplasm of body of penis (disorder)
93717002|Primary malignant neoplasm of body of stomach (disorder)
93720005|Primary malignant neoplasm of bone marrow (disorder)
93721009|Primary malignant neoplasm of bone of face (disorder)
93722002|Primary malignant neoplasm of bone of lower limb (disorder)
93723007|Primary malignant neoplasm of bone of skull (disorder)
93724001|Primary malignant neoplasm of bone of upper limb (disorder)
93725000|Primary malignant neoplasm of bone (disorder)
93726004|Primary malignant neoplasm of brain stem (disorder)
93727008|Primary malignant neoplasm of brain (disorder)
93728003|Primary malignant neoplasm of broad ligament (disorder)
93729006|Primary malignant neoplasm of bronchus of left lower lobe (disorder)
93730001|Primary malignant neoplasm of bronchus of left upper lobe (disorder)
93731002|Primary malignant neoplasm of bronchus of right lower lobe (disorder)
93732009|Primary malignant neoplasm of bronchus of right middle lobe (disorder)
93733004|Primary malignant neoplasm of bronchus of right upper lobe (disorder)
93734005|Primary malignant neoplasm of bronchus (disorder)
93737003|Primary malignant neoplasm of calcaneus (disorder)
93738008|Primary malignant neoplasm of cardia of stomach (disorder)
93739000|Primary malignant neoplasm of carina (disorder)
93740003|Primary malignant neoplasm of carotid body (disorder)
93741004|Primary malignant neoplasm of carpal bone (disorder)
93742006|Primary malignant neoplasm of cartilage of nose (disorder)
93744007|Primary malignant neoplasm of central nervous system (disorder)
93745008|Primary malignant neoplasm of central portion of female breast (disorder)
93746009|Primary malignant neoplasm of cerebellum (disorder)
93747000|Primary malignant neoplasm of cerebral meninges (disorder)
93748005|Primary malignant neoplasm of cerebral ventricle (disorder)
93749002|Primary malignant neoplasm of cerebrum (disorder)
93751003|Primary malignant neoplasm of cervical vertebral column (disorder)
93753000|Primary malignant neoplasm of cheek (disorder)
93754006|Primary malignant neoplasm of chest wall (disorder)
93755007|Primary malignant neoplasm of choroid, primary (disorder)
93756008|Primary malignant neoplasm of ciliary body, primary (disorder)
93757004|Primary malignant neoplasm of clavicle (disorder)
93759001|Primary malignant neoplasm of coccygeal body (disorder)
93760006|Primary malignant neoplasm of coccyx (disorder)
93761005|Primary malignant neoplasm of colon (disorder)
93764002|Primary malignant neoplasm of conjunctiva, primary (disorder)
93766000|Primary malignant neoplasm of cornea, primary (disorder)
93768004|Primary malignant neoplasm of craniopharyngeal duct (disorder)
93769007|Primary malignant neoplasm of cuboid (disorder)
93771007|Primary malignant neoplasm of descending colon (disorder)
93772000|Primary malignant neoplasm of diaphragm (disorder)
93773005|Primary malignant neoplasm of dorsal surface of tongue (disorder)
93775003|Primary malignant neoplasm of duodenum (disorder)
93776002|Primary malignant neoplasm of ectopic female breast tissue (disorder)
93777006|Primary malignant neoplasm of ectopic male breast tissue (disorder)
93778001|Primary malignant neoplasm of endocardium (disorder)
93779009|Primary malignant neoplasm of endocervix (disorder)
93781006|Primary malignant neoplasm of endometrium (disorder)
93782004|Primary malignant neoplasm of epicardium (disorder)
93783009|Primary malignant neoplasm of epididymis (disorder)
93784003|Primary malignant neoplasm of epiglottis (disorder)
93786001|Primary malignant neoplasm of ethmoid bone (disorder)
93787005|Primary malignant neoplasm of ethmoidal sinus (disorder)
93788000|Primary malignant neoplasm of eustachian tube (disorder)
93789008|Primary malignant neoplasm of exocervix (disorder)
93796005|Primary malignant neoplasm of female breast (disorder)
93797001|Primary malignant neoplasm of female genital organ (disorder)
93798006|Primary malignant neoplasm of femur (disorder)
93799003|Primary malignant neoplasm of fibula (disorder)
93800004|Primary malignant neoplasm of first cuneiform bone of foot (disorder)
93802007|Primary malignant neoplasm of floor of mouth (disorder)
93806005|Primary malignant neoplasm of frontal bone (disorder)
93807001|Primary malignant neoplasm of frontal lobe (disorder)
93808006|Primary malignant neoplasm of frontal sinus (disorder)
93809003|Primary malignant neoplasm of fundus of stomach (disorder)
93812000|Primary malignant neoplasm of gingival mucosa (disorder)
93816002|Primary malignant neoplasm of glottis (disorder)
93818001|Primary malignant neoplasm of greater curvature of stomach (disorder)
93820003|Primary malignant neoplasm of hamate bone (disorder)
93825008|Primary malignant neoplasm of heart (disorder)
93826009|Primary malignant neoplasm of hepatic flexure of colon (disorder)
93827000|Primary malignant neoplasm of hilus of lung (disorder)
93829002|Primary malignant neoplasm of hypopharyngeal aspect of aryepiglottic fold (disorder)
93830007|Primary malignant neoplasm of hypopharyngeal aspect of interarytenoid fold (disorder)
93831006|Primary malignant neoplasm of hypopharynx (disorder)
93833009|Primary malignant neoplasm of ilium (disorder)
93835002|Primary malignant neoplasm of inner aspect of lip (disorder)
93836001|Primary malignant neoplasm of inner aspect of lower lip (disorder)
93837005|Primary malignant neoplasm of inner aspect of upper lip (disorder)
93839008|Primary malignant neoplasm of intra-abdominal organs (disorder)
93841009|Primary malignant neoplasm of intrathoracic organs (disorder)
93842002|Primary malignant neoplasm of ischium (disorder)
93843007|Primary malignant neoplasm of islets of Langerhans (disorder)
93844001|Primary malignant neoplasm of isthmus of uterus (disorder)
93845000|Primary malignant neoplasm of jaw (disorder)
93848003|Primary malignant neoplasm of junctional zone of tongue (disorder)
93849006|Primary malignant neoplasm of kidney (disorder)
93850006|Primary malignant neoplasm of labia majora (disorder)
93851005|Primary malignant neoplasm of labia minora (disorder)
93857009|Primary malignant neoplasm of laryngeal commissure (disorder)
93858004|Primary malignant neoplasm of laryngeal surface of epiglottis (disorder)
93860002|Primary malignant neoplasm of lateral portion of floor of mouth (disorder)
93861003|Primary malignant neoplasm of lateral wall of nasopharynx (disorder)
93862005|Primary malignant neoplasm of lateral wall of oropharynx (disorder)
93864006|Primary malignant neoplasm of lower lobe of left lung (disorder)
93865007|Primary malignant neoplasm of upper lobe of left lung (disorder)
93867004|Primary malignant neoplasm of lesser curvature of stomach (disorder)
93868009|Primary malignant neoplasm of lingual tonsil (disorder)
93870000|Malignant neoplasm of liver (disorder)
93871001|Primary malignant neoplasm of long bone of lower limb (disorder)
93872008|Primary malignant neoplasm of long bone of upper limb (disorder)
93874009|Primary malignant neoplasm of lower inner quadrant of female breast (disorder)
93876006|Primary malignant neoplasm of lower outer quadrant of female breast (disorder)
93878007|Primary malignant neoplasm of lumbar vertebral column (disorder)
93879004|Primary malignant neoplasm of lunate bone (disorder)
93880001|Primary malignant neoplasm of lung (disorder)
93882009|Primary malignant neoplasm of main bronchus (disorder)
93883004|Primary malignant neoplasm of major salivary gland (disorder)
93884005|Primary malignant neoplasm of male breast (disorder)
93885006|Primary malignant neoplasm of male genital organ (disorder)
93886007|Primary malignant neoplasm of mandible (disorder)
93887003|Primary malignant neoplasm of mastoid air cells (disorder)
93888008|Primary malignant neoplasm of maxilla (disorder)
93889000|Primary malignant neoplasm of maxillary sinus (disorder)
93891008|Primary malignant neoplasm of mediastinum (disorder)
93892001|Primary malignant neoplasm of metacarpal bone (disorder)
93893006|Primary malignant neoplasm of metatarsal bone (disorder)
93894000|Primary malignant neoplasm of middle ear (disorder)
93898002|Primary malignant neoplasm of multiple endocrine glands (disorder)
93910009|Primary malignant neoplasm of muscle of thorax (disorder)
93914000|Primary malignant neoplasm of myocardium (disorder)
93915004|Primary malignant neoplasm of myometrium (disorder)
93916003|Primary malignant neoplasm of nasal bone (disorder)
93917007|Primary malignant neoplasm of nasal cavity (disorder)
93918002|Primary malignant neoplasm of nasal concha (disorder)
93920004|Primary malignant neoplasm of navicular bone of foot (disorder)
93924008|Primary malignant neoplasm of nipple of female breast (disorder)
93925009|Primary malignant neoplasm of nipple of male breast (disorder)
93927001|Primary malignant neoplasm of occipital bone (disorder)
93928006|Primary malignant neoplasm of occipital lobe (disorder)
93930008|Primary malignant neoplasm of olfactory nerve (disorder)
93931007|Primary malignant neoplasm of optic nerve (disorder)
93932000|Primary malignant neoplasm of orbit (disorder)
93933005|Primary malignant neoplasm of oropharynx (disorder)
93934004|Primary malignant neoplasm of ovary (disorder)
93936002|Primary malignant neoplasm of palatine bone (disorder)
93940006|Primary malignant neoplasm of para-aortic body (disorder)
93942003|Primary malignant neoplasm of parametrium (disorder)
93943008|Primary malignant neoplasm of parathyroid gland (disorder)
93944002|Primary malignant neoplasm of paraurethral glands (disorder)
93945001|Primary malignant neoplasm of parietal bone (disorder)
93946000|Primary malignant neoplasm of parietal lobe (disorder)
93947009|Primary malignant neoplasm of parietal peritoneum (disorder)
93948004|Primary malignant neoplasm of parietal pleura (disorder)
93950007|Primary malignant neoplasm of patella (disorder)
93951006|Primary malignant neoplasm of pelvic bone (disorder)
93952004|Primary malignant neoplasm of pelvic peritoneum (disorder)
93955002|Primary malignant neoplasm of periadrenal tissue (disorder)
93956001|Primary malignant neoplasm of perianal skin (disorder)
93957005|Primary malignant neoplasm of pericardium (disorder)
93958000|Primary malignant neoplasm of perirenal tissue (disorder)
93959008|Primary malignant neoplasm of phalanx of foot (disorder)
93960003|Primary malignant neoplasm of phalanx of hand (disorder)
93961004|Primary malignant neoplasm of pharynx (disorder)
93962006|Primary malignant neoplasm of pineal gland (disorder)
93963001|Primary malignant neoplasm of pisiform bone of hand (disorder)
93964007|Primary malignant neoplasm of pituitary gland (disorder)
93966009|Primary malignant neoplasm of pleura (disorder)
93967000|Primary malignant neoplasm of postcricoid region (disorder)
93968005|Primary malignant neoplasm of posterior hypopharyngeal wall (disorder)
93969002|Primary malignant neoplasm of posterior mediastinum (disorder)
93970001|Primary malignant neoplasm of posterior wall of nasopharynx (disorder)
93971002|Primary malignant neoplasm of posterior wall of oropharynx (disorder)
93974005|Primary malignant neoplasm of prostate (disorder)
93975006|Primary malignant neoplasm of pubis (disorder)
93976007|Primary malignant neoplasm of pyloric antrum (disorder)
93977003|Primary malignant neoplasm of pylorus (disorder)
93978008|Primary malignant neoplasm of pyriform sinus (disorder)
93979000|Primary malignant neoplasm of radius (disorder)
93980002|Primary malignant neoplasm of rectosigmoid junction (disorder)
93981003|Primary malignant neoplasm of rectouterine pouch (disorder)
93982005|Primary malignant neoplasm of rectovaginal septum (disorder)
93983000|Primary malignant neoplasm of rectovesical septum (disorder)
93985007|Primary malignant neoplasm of renal pelvis (disorder)
93986008|Primary malignant neoplasm of respiratory tract (disorder)
93987004|Primary malignant neoplasm of retina, primary (disorder)
93989001|Primary malignant neoplasm of retromolar area (disorder)
93990005|Primary malignant neoplasm of rib (disorder)
93991009|Primary malignant neoplasm of right lower lobe of lung (disorder)
93992002|Primary malignant neoplasm of right middle lobe of lung (disorder)
93993007|Primary malignant neoplasm of upper lobe of right lung (disorder)
93994001|Primary malignant neoplasm of round ligament of uterus (disorder)
93996004|Primary malignant neoplasm of sacrum (disorder)
93997008|Primary malignant neoplasm of scapula (disorder)
93998003|Primary malignant neoplasm of sclera, primary (disorder)
94000008|Primary malignant neoplasm of sebaceous gland (disorder)
94001007|Primary malignant neoplasm of second cuneiform bone of foot (disorder)
94002000|Primary malignant neoplasm of septum of nose (disorder)
94003005|Primary malignant neoplasm of short bone of lower limb (disorder)
94004004|Primary malignant neoplasm of short bone of upper limb (disorder)
94006002|Primary malignant neoplasm of sigmoid colon (disorder)
94007006|Primary malignant neoplasm of skin of abdomen (disorder)
94008001|Primary malignant neoplasm of skin of ankle (disorder)
94010004|Primary malignant neoplasm of skin of axilla (disorder)
94011000|Primary malignant neoplasm of skin of back (disorder)
94012007|Primary malignant neoplasm of skin of breast (disorder)
94013002|Primary malignant neoplasm of skin of buttock (disorder)
94014008|Primary malignant neoplasm of skin of cheek (disorder)
94015009|Primary malignant neoplasm of skin of chest (disorder)
94016005|Primary malignant neoplasm of skin of chin (disorder)
94017001|Primary malignant neoplasm of skin of ear (disorder)
94018006|Primary malignant neoplasm of skin of elbow (disorder)
94019003|Primary malignant neoplasm of skin of external auditory canal (disorder)
94020009|Primary malignant neoplasm of skin of eyebrow (disorder)
94021008|Primary malignant neoplasm of skin of eyelid (disorder)
94022001|Primary malignant neoplasm of skin of face (disorder)
94023006|Primary malignant neoplasm of skin of finger (disorder)
94024000|Primary malignant neoplasm of skin of foot (disorder)
94025004|Primary malignant neoplasm of skin of forearm (disorder)
94026003|Primary malignant neoplasm of skin of forehead (disorder)
94027007|Primary malignant neoplasm of skin of groin (disorder)
94028002|Primary malignant neoplasm of skin of hand (disorder)
94029005|Primary malignant neoplasm of skin of hip (disorder)
94030000|Primary malignant neoplasm of skin of knee (disorder)
94032008|Primary malignant neoplasm of skin of lip (disorder)
94033003|Primary malignant neoplasm of skin of lower limb (disorder)
94034009|Primary malignant neoplasm of skin of neck (disorder)
94035005|Primary malignant neoplasm of skin of nose (disorder)
94036006|Primary malignant neoplasm of skin of perineum (disorder)
94037002|Primary malignant neoplasm of skin of popliteal area (disorder)
94038007|Primary malignant neoplasm of skin of scalp (disorder)
94039004|Primary malignant neoplasm of skin of shoulder (disorder)
94040002|Primary malignant neoplasm of skin of temporal region (disorder)
94041003|Primary malignant neoplasm of skin of thigh (disorder)
94042005|Primary malignant neoplasm of skin of toe (disorder)
94043000|Primary malignant neoplasm of skin of trunk (disorder)
94044006|Primary malignant neoplasm of skin of umbilicus (disorder)
94045007|Primary malignant neoplasm of skin of upper limb (disorder)
94046008|Primary malignant neoplasm of skin of wrist (disorder)
94047004|Primary malignant neoplasm of skin (disorder)
94049001|Primary malignant neoplasm of soft palate (disorder)
94051002|Primary malignant neoplasm of soft tissues of axilla (disorder)
94062002|Primary malignant neoplasm of soft tissues of thorax (disorder)
94066004|Primary malignant neoplasm of sphenoid bone (disorder)
94067008|Primary malignant neoplasm of sphenoidal sinus (disorder)
94068003|Primary malignant neoplasm of spinal cord (disorder)
94069006|Primary malignant neoplasm of spinal meninges (disorder)
94071006|Primary malignant neoplasm of spleen (disorder)
94072004|Primary malignant neoplasm of splenic flexure of colon (disorder)
94073009|Primary malignant neoplasm of sternum (disorder)
94075002|Primary malignant neoplasm of subglottis (disorder)
94076001|Primary malignant neoplasm of sublingual gland (disorder)
94077005|Primary malignant neoplasm of submaxillary gland (disorder)
94078000|Primary malignant neoplasm of superior wall of nasopharynx (disorder)
94080006|Primary malignant neoplasm of supraglottis (disorder)
94081005|Primary malignant neoplasm of sweat gland (disorder)
94083008|Primary malignant neoplasm of talus (disorder)
94084002|Primary malignant neoplasm of tarsal bone (disorder)
94085001|Primary malignant neoplasm of temporal bone (disorder)
94086000|Primary malignant neoplasm of temporal lobe (disorder)
94087009|Primary malignant neoplasm of testis (disorder)
94089007|Primary malignant neoplasm of the mesocolon (disorder)
94090003|Primary malignant neoplasm of omentum (disorder)
94094007|Primary malignant neoplasm of third cuneiform bone of foot (disorder)
94096009|Primary malignant neoplasm of thymus (disorder)
94098005|Primary malignant neoplasm of thyroid gland (disorder)
94099002|Primary malignant neoplasm of tibia (disorder)
94101009|Primary malignant neoplasm of tongue (disorder)
94102002|Primary malignant neoplasm of tonsillar fossa (disorder)
94103007|Primary malignant neoplasm of tonsillar pillar (disorder)
94104001|Primary malignant neoplasm of trachea (disorder)
94105000|Primary malignant neoplasm of transverse colon (disorder)
94107008|Primary malignant neoplasm of trapezoid bone (disorder)
94109006|Primary malignant neoplasm of trigone of urinary bladder (disorder)
94112009|Primary malignant neoplasm of ulna (disorder)
94113004|Primary malignant neoplasm of undescended testis (disorder)
94115006|Primary malignant neoplasm of upper inner quadrant of female breast (disorder)
94117003|Primary malignant neoplasm of upper outer quadrant of female breast (disorder)
94118008|Primary malignant neoplasm of upper respiratory tract (disorder)
94120006|Primary malignant neoplasm of urachus (disorder)
94121005|Primary malignant neoplasm of ureter (disorder)
94122003|Primary malignant neoplasm of ureteric orifice of urinary bladder (disorder)
94123008|Primary malignant neoplasm of urethra (disorder)
94124002|Primary malignant neoplasm of urinary bladder neck (disorder)
94125001|Primary malignant neoplasm of urinary system (disorder)
94128004|Primary malignant neoplasm of uveal tract, primary (disorder)
94129007|Primary malignant neoplasm of uvula (disorder)
94132005|Primary malignant neoplasm of vallecula (disorder)
94133000|Primary malignant neoplasm of vas deferens (disorder)
94134006|Primary malignant neoplasm of ventral surface of tongue (disorder)
94135007|Primary malignant neoplasm of vermilion border of lip (disorder)
94138009|Primary malignant neoplasm of vestibule of mouth (disorder)
94139001|Primary malignant neoplasm of vestibule of nose (disorder)
94140004|Primary malignant neoplasm of visceral pleura (disorder)
94142007|Primary malignant neoplasm of vomer (disorder)
94143002|Primary malignant neoplasm of vulva (disorder)
94144008|Primary malignant neoplasm of Waldeyer's ring (disorder)
94145009|Primary malignant neoplasm of zygomatic bone (disorder)
94152006|Secondary malignant neoplasm of abdominal esophagus (disorder)
94157000|Secondary malignant neoplasm of acromion (disorder)
94158005|Secondary malignant neoplasm of adenoid (disorder)
94160007|Secondary malignant neoplasm of adrenal cortex (disorder)
94161006|Secondary malignant neoplasm of adrenal gland (disorder)
94162004|Secondary malignant neoplasm of adrenal medulla (disorder)
94163009|Secondary malignant neoplasm of alveolar ridge mucosa (disorder)
94164003|Secondary malignant neoplasm of ampulla of Vater (disorder)
94165002|Secondary malignant neoplasm of anal canal (disorder)
94166001|Secondary malignant neoplasm of anterior aspect of epiglottis (disorder)
94167005|Secondary malignant neoplasm of anterior mediastinum (disorder)
94170009|Secondary malignant neoplasm of anterior wall of nasopharynx (disorder)
94171008|Secondary malignant neoplasm of anterior wall of urinary bladder (disorder)
94172001|Secondary malignant neoplasm of anus (disorder)
94176003|Secondary malignant neoplasm of areola of female breast (disorder)
94179005|Secondary malignant neoplasm of ascending colon (disorder)
94182000|Secondary malignant neoplasm of axillary tail of female breast (disorder)
94186002|Secondary malignant neoplasm of bladder (disorder)
94213007|Secondary malignant neoplasm of body of penis (disorder)
94217008|Secondary malignant neoplasm of bone marrow (disorder)
94218003|Secondary malignant neoplasm of bone of face (disorder)
94219006|Secondary malignant neoplasm of bone of lower limb (disorder)
94220000|Secondary malignant neoplasm of bone of skull (disorder)
94221001|Secondary malignant neoplasm of bone of upper limb (disorder)
94222008|Secondary malignant neoplasm of bone (disorder)
94224009|Secondary malignant neoplasm of brain stem (disorder)
94225005|Secondary malignant neoplasm of brain (disorder)
94226006|Secondary malignant neoplasm of broad ligament (disorder)
94228007|Secondary malignant neoplasm of bronchus of left lower lobe (disorder)
94230009|Secondary malignant neoplasm of bronchus of right lower lobe (disorder)
94231008|Secondary malignant neoplasm of bronchus of right middle lobe (disorder)
94234000|Secondary malignant neoplasm of buccal mucosa (disorder)
94236003|Secondary malignant neoplasm of calcaneus (disorder)
94238002|Secondary malignant neoplasm of carina (disorder)
94240007|Secondary malignant neoplasm of carpal bone (disorder)
94241006|Secondary malignant neoplasm of cartilage of nose (disorder)
94243009|Secondary malignant neoplasm of central nervous system (disorder)
94244003|Secondary malignant neoplasm of central portion of female breast (disorder)
94246001|Secondary malignant neoplasm of cerebral meninges (disorder)
94248000|Secondary malignant neoplasm of cerebrum (disorder)
94250008|Secondary malignant neoplasm of cervical vertebral column (disorder)
94253005|Secondary malignant neoplasm of chest wall (disorder)
94254004|Secondary malignant neoplasm of choroid (disorder)
94255003|Secondary malignant neoplasm of ciliary body (disorder)
94256002|Secondary malignant neoplasm of clavicle (disorder)
94257006|Secondary malignant neoplasm of clitoris (disorder)
94259009|Secondary malignant neoplasm of coccyx (disorder)
94260004|Secondary malignant neoplasm of colon (disorder)
94261000|Secondary malignant neoplasm of commissure of lip (disorder)
94264008|Secondary malignant neoplasm of soft tissues (disorder)
94267001|Secondary malignant neoplasm of craniopharyngeal duct (disorder)
94271003|Secondary malignant neoplasm of descending colon (disorder)
94274006|Secondary malignant neoplasm of thoracic vertebral column (disorder)
94275007|Secondary malignant neoplasm of duodenum (disorder)
94276008|Secondary malignant neoplasm of ectopic female breast tissue (disorder)
94277004|Secondary malignant neoplasm of ectopic male breast tissue (disorder)
94278009|Secondary malignant neoplasm of endocardium (disorder)
94279001|Secondary malignant neoplasm of endocervix (disorder)
94281004|Secondary malignant neoplasm of endometrium (disorder)
94286009|Secondary malignant neoplasm of esophagus (disorder)
94287000|Secondary malignant neoplasm of ethmoid bone (disorder)
94290006|Secondary malignant neoplasm of exocervix (disorder)
94291000119103|Mucinous adenocarcinoma of gastrointestinal tract (disorder)
94298004|Secondary malignant neoplasm of female genital organ (disorder)
94300004|Secondary malignant neoplasm of femur (disorder)
94301000|Secondary malignant neoplasm of fibula (disorder)
94302007|Secondary malignant neoplasm of first cuneiform bone of foot (disorder)
94308006|Secondary malignant neoplasm of frontal bone (disorder)
94311007|Secondary malignant neoplasm of fundus of stomach (disorder)
94312000|Secondary malignant neoplasm of gallbladder (disorder)
94314004|Secondary malignant neoplasm of gingival mucosa (disorder)
94315003|Secondary malignant neoplasm of glans penis (disorder)
94318001|Secondary malignant neoplasm of glottis (disorder)
94319009|Secondary malignant neoplasm of great vessels (disorder)
94320003|Secondary malignant neoplasm of greater curvature of stomach (disorder)
94321004|Secondary malignant neoplasm of gum (disorder)
94322006|Secondary malignant neoplasm of hamate bone (disorder)
94327000|Secondary malignant neoplasm of heart (disorder)
94328005|Secondary malignant neoplasm of hepatic flexure of colon (disorder)
94330007|Secondary malignant neoplasm of hypogastric lymph nodes (disorder)
94332004|Secondary malignant neoplasm of hypopharyngeal aspect of aryepiglottic fold (disorder)
94334003|Secondary malignant neoplasm of hypopharynx (disorder)
94336001|Secondary malignant neoplasm of iliac lymph nodes (disorder)
94337005|Secondary malignant neoplasm of ilium (disorder)
94339008|Secondary malignant neoplasm of inguinal lymph nodes (disorder)
94341009|Secondary malignant neoplasm of inner aspect of lip (disorder)
94342002|Secondary malignant neoplasm of inner aspect of lower lip (disorder)
94343007|Secondary malignant neoplasm of inner aspect of upper lip (disorder)
94344001|Secondary malignant neoplasm of intercostal lymph nodes (disorder)
94345000|Secondary malignant neoplasm of intestinal lymph nodes (disorder)
94347008|Secondary malignant neoplasm of intra-abdominal lymph nodes (disorder)
94348003|Secondary malignant neoplasm of intra-abdominal organs (disorder)
94350006|Secondary malignant neoplasm of intrapelvic lymph nodes (disorder)
94351005|Secondary malignant neoplasm of intrathoracic lymph nodes (disorder)
94353008|Secondary malignant neoplasm of ischium (disorder)
94354002|Secondary malignant neoplasm of islets of Langerhans (disorder)
94355001|Secondary malignant neoplasm of isthmus of uterus (disorder)
94358004|Secondary malignant neoplasm of junctional region of epiglottis (disorder)
94359007|Secondary malignant neoplasm of junctional zone of tongue (disorder)
94360002|Secondary malignant neoplasm of kidney (disorder)
94361003|Secondary malignant neoplasm of labia majora (disorder)
94362005|Secondary malignant neoplasm of labia minora (disorder)
94364006|Secondary malignant neoplasm of lacrimal gland (disorder)
94365007|Secondary malignant neoplasm of large intestine (disorder)
94366008|Secondary malignant neoplasm of laryngeal aspect of aryepiglottic fold (disorder)
94372008|Secondary malignant neoplasm of lateral wall of nasopharynx (disorder)
94374009|Secondary malignant neoplasm of lateral wall of urinary bladder (disorder)
94379004|Secondary malignant neoplasm of lingual tonsil (disorder)
94381002|Secondary malignant neoplasm of liver (disorder)
94382009|Secondary malignant neoplasm of long bone of lower limb (disorder)
94383004|Secondary malignant neoplasm of long bone of upper limb (disorder)
94384005|Secondary malignant neoplasm of lower gum (disorder)
94385006|Secondary malignant neoplasm of lower inner quadrant of female breast (disorder)
94387003|Secondary malignant neoplasm of lower outer quadrant of female breast (disorder)
94389000|Secondary malignant neoplasm of lumbar vertebral column (disorder)
94390009|Secondary malignant neoplasm of lunate bone (disorder)
94391008|Secondary malignant neoplasm of lung (disorder)
94392001|Secondary malignant neoplasm of lymph node (disorder)
94393006|Secondary malignant neoplasm of lymph nodes of face (disorder)
94394000|Secondary malignant neoplasm of lymph nodes of head (disorder)
94395004|Secondary malignant neoplasm of lymph nodes of lower limb (disorder)
94396003|Secondary malignant neoplasm of lymph nodes of multiple sites (disorder)
94397007|Secondary malignant neoplasm of lymph nodes of neck (disorder)
94398002|Secondary malignant neoplasm of lymph nodes of upper limb (disorder)
94399005|Secondary malignant neoplasm of main bronchus (disorder)
94400003|Secondary malignant neoplasm of major salivary gland (disorder)
94402006|Secondary malignant neoplasm of male genital organ (disorder)
94403001|Secondary malignant neoplasm of mandible (disorder)
94404007|Secondary malignant neoplasm of mastoid air cells (disorder)
94405008|Secondary malignant neoplasm of maxilla (disorder)
94409002|Secondary malignant neoplasm of mediastinum (disorder)
94410007|Secondary malignant neoplasm of mesenteric lymph nodes (disorder)
94411006|Secondary malignant neoplasm of metacarpal bone (disorder)
94412004|Secondary malignant neoplasm of metatarsal bone (disorder)
94415002|Secondary malignant neoplasm of minor salivary gland (disorder)
94420002|Secondary malignant neoplasm of muscle of face (disorder)
94421003|Secondary malignant neoplasm of muscle of head (disorder)
94433008|Secondary malignant neoplasm of myocardium (disorder)
94434002|Secondary malignant neoplasm of myometrium (disorder)
94435001|Secondary malignant neoplasm of nasal bone (disorder)
94437009|Secondary malignant neoplasm of nasal concha (disorder)
94439007|Secondary malignant neoplasm of navicular bone of foot (disorder)
94440009|Secondary malignant neoplasm of scaphoid bone (disorder)
94442001|Secondary malignant neoplasm of nervous system (disorder)
94443006|Secondary malignant neoplasm of nipple of female breast (disorder)
94446003|Secondary malignant neoplasm of obturator lymph nodes (disorder)
94447007|Secondary malignant neoplasm of occipital bone (disorder)
94448002|Secondary malignant neoplasm of occipital lobe (disorder)
94451009|Secondary malignant neoplasm of olfactory nerve (disorder)
94452002|Secondary malignant neoplasm of optic nerve (disorder)
94455000|Secondary malignant neoplasm of ovary (disorder)
94457008|Secondary malignant neoplasm of palatine bone (disorder)
94458003|Secondary malignant neoplasm of tonsil (disorder)
94459006|Secondary malignant neoplasm of pancreas (disorder)
94465006|Secondary malignant neoplasm of parametrium (disorder)
94466007|Secondary malignant neoplasm of pararectal lymph nodes (disorder)
94467003|Secondary malignant neoplasm of parathyroid gland (disorder)
94470004|Secondary malignant neoplasm of parietal bone (disorder)
94471000|Secondary malignant neoplasm of parietal lobe (disorder)
94473002|Secondary malignant neoplasm of parietal pleura (disorder)
94474008|Secondary malignant neoplasm of parotid gland (disorder)
94478006|Secondary malignant neoplasm of pelvic bone (disorder)
94484009|Secondary malignant neoplasm of pericardium (disorder)
94485005|Secondary malignant neoplasm of perirenal tissue (disorder)
94486006|Secondary malignant neoplasm of phalanx of foot (disorder)
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
99121000119105|Primary adenocarcinoma of vagina (disorder)
99131000119108|Astrocytoma of cerebrum (disorder)
"""


# Copied from the VSAC expansion 'Glucocorticoids (oral only)' (code|display, in the source's order).
VSAC_GLUCOCORTICOID_ORAL_PRODUCTS = """
1005830|{48 (prednisolone 5 MG Oral Tablet) } Pack
1013114|{21 (prednisolone 5 MG Oral Tablet) } Pack
1085728|Triamcinolone Acetonide 0.001 MG/MG Oral Paste
1303125|Prednisone 1 MG Delayed Release Oral Tablet
1303132|Prednisone 2 MG Delayed Release Oral Tablet
1303135|Prednisone 5 MG Delayed Release Oral Tablet
197577|Dexamethasone 0.5 MG Oral Tablet
197579|Dexamethasone 1 MG Oral Tablet
197580|Dexamethasone 1.5 MG Oral Tablet
197581|Dexamethasone 2 MG Oral Tablet
197582|Dexamethasone 4 MG Oral Tablet
197583|Dexamethasone 6 MG Oral Tablet
197783|Hydrocortisone 20 MG Oral Tablet
197787|Hydrocortisone 5 MG Oral Tablet
197969|Methylprednisolone 2 MG Oral Tablet
197971|Methylprednisolone 32 MG Oral Tablet
197973|Methylprednisolone 8 MG Oral Tablet
198142|prednisolone 5 MG Oral Tablet
198144|Prednisone 1 MG Oral Tablet
198145|Prednisone 10 MG Oral Tablet
198146|Prednisone 2.5 MG Oral Tablet
198148|Prednisone 50 MG Oral Tablet
199343|prednisolone 1 MG Oral Tablet
199771|Methylprednisolone 100 MG Oral Tablet
199967|prednisolone 25 MG Oral Tablet
205301|Prednisone 5 MG/ML Oral Solution
249066|prednisolone 5 MG/ML Oral Solution
259966|Methylprednisolone 4 MG Oral Tablet
283077|prednisolone 3 MG/ML Oral Solution
309684|Dexamethasone 1 MG/ML Oral Solution
309686|Dexamethasone 0.1 MG/ML Oral Solution
312614|prednisolone 1 MG/ML Oral Solution
312615|Prednisone 20 MG Oral Tablet
312617|Prednisone 5 MG Oral Tablet
313979|Fludrocortisone 0.1 MG Oral Tablet
315187|Prednisone 1 MG/ML Oral Solution
328161|Methylprednisolone 16 MG Oral Tablet
343033|Dexamethasone 0.75 MG Oral Tablet
429199|prednisolone 20 MG Oral Tablet
643123|prednisolone 10 MG Disintegrating Oral Tablet
643127|prednisolone 30 MG Disintegrating Oral Tablet
702306|prednisolone 4 MG/ML Oral Solution
759481|{51 (Dexamethasone 1.5 MG Oral Tablet) } Pack
759697|{35 (Dexamethasone 1.5 MG Oral Tablet) } Pack
762675|{21 (Methylprednisolone 4 MG Oral Tablet) } Pack
763179|{48 (Prednisone 5 MG Oral Tablet) } Pack
763181|{21 (Prednisone 5 MG Oral Tablet) } Pack
763183|{48 (Prednisone 10 MG Oral Tablet) } Pack
763185|{21 (Prednisone 10 MG Oral Tablet) } Pack
793099|prednisolone 3 MG/ML Oral Suspension
794979|prednisolone 2 MG/ML Oral Solution
828248|cortisone acetate 25 MG Oral Tablet
846192|{21 (Dexamethasone 1.5 MG Oral Tablet) } Pack
"""

# Not systemic glucocorticoids although listed: a triamcinolone oral (mouth) paste acts locally, and
# fludrocortisone is a mineralocorticoid (ATC H02AA, not H02AB).
GLUCOCORTICOID_NOT_SYSTEMIC = frozenset({"1085728", "313979"})

# The gabapentin and pregabalin rows (display contains 'gabapentin' or 'pregabalin'; gabapentin enacarbil is
# a gabapentin prodrug) of the VSAC expansion 'Central Nervous System Depressants', in the source's order;
# the other CNS depressants of that set are not copied.
VSAC_CNS_DEPRESSANT_GABAPENTINOIDS = """
1101338|gabapentin enacarbil 600 MG Extended Release Oral Tablet
1482820|gabapentin enacarbil 300 MG Extended Release Oral Tablet
1806380|Once-Daily gabapentin 300 MG Oral Tablet
1806382|Once-Daily gabapentin 600 MG Oral Tablet
1988974|24 HR pregabalin 165 MG Extended Release Oral Tablet
1988977|24 HR pregabalin 330 MG Extended Release Oral Tablet
1988980|24 HR pregabalin 82.5 MG Extended Release Oral Tablet
2398511|{9 (Once-Daily gabapentin 300 MG Oral Tablet) / 24 (Once-Daily gabapentin 600 MG Oral Tablet) } Pack
2634743|Once-Daily gabapentin 900 MG Oral Tablet
2634747|Once-Daily gabapentin 450 MG Oral Tablet
2634751|Once-Daily gabapentin 750 MG Oral Tablet
283523|gabapentin 50 MG/ML Oral Solution
310430|gabapentin 100 MG Oral Capsule
310431|gabapentin 300 MG Oral Capsule
310432|gabapentin 400 MG Oral Capsule
310433|gabapentin 600 MG Oral Tablet
310434|gabapentin 800 MG Oral Tablet
483438|pregabalin 100 MG Oral Capsule
483440|pregabalin 150 MG Oral Capsule
483442|pregabalin 25 MG Oral Capsule
483444|pregabalin 300 MG Oral Capsule
483446|pregabalin 200 MG Oral Capsule
483448|pregabalin 50 MG Oral Capsule
483450|pregabalin 75 MG Oral Capsule
577127|pregabalin 225 MG Oral Capsule
898715|pregabalin 20 MG/ML Oral Solution
"""

# The aspirin, clopidogrel, ticagrelor, ticlopidine and dipyridamole rows of the VSAC expansion 'Antithrombotic
# Therapy for Ischemic Stroke', in the source's order; its anticoagulant rows are already in ANTICOAGULANT.
VSAC_ANTITHROMBOTIC_ANTIPLATELET_ROWS = """
1092398|aspirin 500 MG / diphenhydramine hydrochloride 25 MG Oral Tablet
1116635|ticagrelor 90 MG Oral Tablet
1250907|aspirin 500 MG / diphenhydramine citrate 38.3 MG Oral Tablet
1536467|aspirin 325 MG / citric acid 1000 MG / sodium bicarbonate 1700 MG Effervescent Oral Tablet
1536498|aspirin 325 MG / dextromethorphan hydrobromide 10 MG / phenylephrine bitartrate 7.8 MG Effervescent Oral Tablet
1536503|aspirin 500 MG / dextromethorphan hydrobromide 10 MG / doxylamine succinate 6.25 MG / phenylephrine bitartrate 7.8 MG Effervescent Oral Tablet
1536675|aspirin 325 MG / citric acid 1000 MG / sodium bicarbonate 1916 MG Effervescent Oral Tablet
1536815|aspirin 500 MG / caffeine 65 MG Effervescent Oral Tablet
1536833|aspirin 500 MG / citric acid 1000 MG / sodium bicarbonate 1985 MG Effervescent Oral Tablet
1536840|aspirin 325 MG / chlorpheniramine maleate 2 MG / phenylephrine bitartrate 7.8 MG Effervescent Oral Tablet
1537029|aspirin 325 MG / chlorpheniramine maleate 2 MG / dextromethorphan hydrobromide 10 MG / phenylephrine bitartrate 7.8 MG Effervescent Oral Tablet
1593110|acetaminophen 250 MG / aspirin 250 MG / diphenhydramine citrate 38 MG Oral Tablet
1665356|24 HR aspirin 162.5 MG Extended Release Oral Capsule
1666332|ticagrelor 60 MG Oral Tablet
1722689|aspirin 81 MG / calcium carbonate 777 MG Oral Tablet
1730187|{1 (aspirin 325 MG / dextromethorphan hydrobromide 10 MG / phenylephrine bitartrate 7.8 MG Effervescent Oral Tablet) / 1 (aspirin 500 MG / dextromethorphan hydrobromide 10 MG / doxylamine succinate 6.25 MG / phenylephrine bitartrate 7.8 MG Effervescent Oral Tablet) } Pack
1811631|aspirin 81 MG / omeprazole 40 MG Delayed Release Oral Tablet
1811632|aspirin 325 MG / omeprazole 40 MG Delayed Release Oral Tablet
197447|aspirin 325 MG / carisoprodol 200 MG Oral Tablet
197945|aspirin 325 MG / methocarbamol 400 MG Oral Tablet
198464|aspirin 300 MG Rectal Suppository
198466|aspirin 325 MG Oral Capsule
198467|aspirin 325 MG Delayed Release Oral Tablet
198471|aspirin 500 MG Oral Tablet
198475|aspirin 650 MG Oral Tablet
198479|aspirin 400 MG / caffeine 32 MG Oral Tablet
198480|aspirin 500 MG / caffeine 32 MG Oral Tablet
212033|aspirin 325 MG Oral Tablet
2267026|aspirin 1000 MG / caffeine 150 MG Oral Powder
2360605|acetaminophen 500 MG / aspirin 500 MG / caffeine 65 MG Oral Powder
238134|aspirin 325 MG / butalbital 50 MG / caffeine 40 MG Oral Capsule
238135|aspirin 325 MG / butalbital 50 MG / caffeine 40 MG Oral Tablet
243670|aspirin 81 MG Oral Tablet
243694|acetaminophen 194 MG / aspirin 227 MG / caffeine 33 MG Oral Tablet
252857|aspirin 81 MG Oral Capsule
2565491|aspirin 325 MG / dextromethorphan hydrobromide 10 MG / doxylamine succinate 6.25 MG / phenylephrine bitartrate 7.8 MG Effervescent Oral Tablet
2565492|{1 (aspirin 325 MG / dextromethorphan hydrobromide 10 MG / doxylamine succinate 6.25 MG / phenylephrine bitartrate 7.8 MG Effervescent Oral Tablet) / 1 (aspirin 325 MG / dextromethorphan hydrobromide 10 MG / phenylephrine bitartrate 7.8 MG Effervescent Oral Tablet) } Pack
2583731|aspirin 500 MG / butalbital 50 MG / caffeine 40 MG Oral Capsule
259081|12 HR aspirin 25 MG / dipyridamole 200 MG Extended Release Oral Capsule
2626726|aspirin 650 MG / caffeine 65 MG Oral Powder
308278|acetaminophen 115 MG / aspirin 210 MG / caffeine 16 MG / salicylamide 65 MG Oral Tablet
308297|acetaminophen 250 MG / aspirin 250 MG / caffeine 65 MG Oral Tablet
308363|aspirin 325 MG / caffeine 16 MG / salicylamide 95 MG Oral Tablet
308409|aspirin 500 MG Delayed Release Oral Tablet
308411|aspirin 650 MG Delayed Release Oral Tablet
308416|aspirin 81 MG Delayed Release Oral Tablet
309362|clopidogrel 75 MG Oral Tablet
313406|ticlopidine hydrochloride 250 MG Oral Tablet
318272|aspirin 81 MG Chewable Tablet
359221|acetaminophen 110 MG / aspirin 162 MG / caffeine 32.4 MG / salicylamide 152 MG Oral Tablet
432638|acetaminophen 250 MG / aspirin 250 MG Oral Tablet
637540|aspirin 325 MG / oxycodone hydrochloride 4.5 MG / oxycodone terephthalate 0.38 MG Oral Tablet
692836|acetaminophen 325 MG / aspirin 500 MG / caffeine 65 MG Oral Powder
702316|aspirin 500 MG / caffeine 32.5 MG Oral Tablet
749196|clopidogrel 300 MG Oral Tablet
763111|acetaminophen 325 MG / aspirin 500 MG Oral Powder
763116|acetaminophen 260 MG / aspirin 520 MG / caffeine 32.5 MG Oral Powder
806446|aspirin 500 MG / caffeine 65 MG Oral Tablet
827318|acetaminophen 250 MG / aspirin 250 MG / caffeine 65 MG Oral Capsule
848768|aspirin 325 MG / oxycodone hydrochloride 4.84 MG Oral Tablet
857121|aspirin 500 MG / hydrocodone bitartrate 5 MG Oral Tablet
900528|aspirin 850 MG / caffeine 65 MG Oral Powder
994226|aspirin 325 MG / carisoprodol 200 MG / codeine phosphate 16 MG Oral Tablet
994237|aspirin 325 MG / butalbital 50 MG / caffeine 40 MG / codeine phosphate 30 MG Oral Capsule
994430|aspirin 1000 MG / caffeine 65 MG Oral Powder
994435|aspirin 845 MG / caffeine 65 MG Oral Powder
994528|aspirin 385 MG / caffeine 30 MG / orphenadrine citrate 25 MG Oral Tablet
994535|aspirin 770 MG / caffeine 60 MG / orphenadrine citrate 50 MG Oral Tablet
"""

# Antiplatelet use among those rows: clopidogrel, ticagrelor, ticlopidine, aspirin with dipyridamole, and
# low-dose aspirin (81-162.5 MG) alone or with a non-analgesic (calcium carbonate, omeprazole). Every other
# aspirin row is an analgesic dose (>= 210 MG) or an analgesic combination (with acetaminophen and
# salicylamide): an NSAID (rules.md §1.6 'lbp-nsaid'; low-dose acetylsalicylic acid B01AC06 is not).
ANTIPLATELET_ROWS = frozenset(
    {
        "1116635", "1665356", "1666332", "1722689", "1811631", "243670", "252857", "259081", "308416",
        "309362", "313406", "318272", "749196",
    }
)  # fmt: skip

# Copied from the VSAC expansion 'Pharmacological Contraindications For Antithrombotic Therapy' (both rows).
# Synthea's OTC pain reliever submodule, every MedicationOrder in file order: code|display (verbatim).
SYNTHEA_OTC_PAIN_RELIEVER_PRODUCTS = """
243670|Aspirin 81 MG Oral Tablet
282464|Acetaminophen 160 MG Oral Tablet
313782|Acetaminophen 325 MG Oral Tablet
198405|Ibuprofen 100 MG Oral Tablet
310965|Ibuprofen 200 MG Oral Tablet
849574|Naproxen sodium 220 MG Oral Tablet
"""

# Ibuprofen and naproxen sodium are NSAIDs (rules.md §1.6 'lbp-nsaid'). Aspirin 81 MG (243670) is low-dose
# acetylsalicylic acid (B01AC06), not an NSAID; it is already in ANTIPLATELET through the VSAC antiplatelet rows.
SYNTHEA_NSAID_ROWS = frozenset({"198405", "310965", "849574"})

VSAC_PRASUGREL_PRODUCTS = """
855812|prasugrel 10 MG Oral Tablet
855818|prasugrel 5 MG Oral Tablet
"""

# Copied from the VSAC expansions 'Indomethacin' and 'Ketorolac Tromethamine' (eCQM CMS156), all rows, in the
# source's order. Ketorolac injections and the nasal spray are systemic ketorolac (ATC M01AB15).
VSAC_INDOMETHACIN_PRODUCTS = """
197817|indomethacin 25 MG Oral Capsule
197818|indomethacin 50 MG Oral Capsule
310991|indomethacin 5 MG/ML Oral Suspension
310992|indomethacin 75 MG Extended Release Oral Capsule
1490727|indomethacin 20 MG Oral Capsule
1491529|indomethacin 40 MG Oral Capsule
"""
VSAC_KETOROLAC_PRODUCTS = """
834022|ketorolac tromethamine 10 MG Oral Tablet
860092|1 ML ketorolac tromethamine 15 MG/ML Injection
860096|ketorolac tromethamine 30 MG/ML Injectable Solution
860113|1 ML ketorolac tromethamine 15 MG/ML Prefilled Syringe
860114|1 ML ketorolac tromethamine 30 MG/ML Prefilled Syringe
860115|2 ML ketorolac tromethamine 30 MG/ML Prefilled Syringe
1665459|2 ML ketorolac tromethamine 30 MG/ML Injection
1665461|1 ML ketorolac tromethamine 30 MG/ML Injection
1665675|1 ML ketorolac tromethamine 15 MG/ML Cartridge
1665679|1 ML ketorolac tromethamine 30 MG/ML Cartridge
1665682|2 ML ketorolac tromethamine 30 MG/ML Cartridge
1797855|ketorolac tromethamine 15.8 MG/ACTUAT Metered Dose Nasal Spray
"""


if __name__ == "__main__":
    sys.exit(main(sys.argv))
