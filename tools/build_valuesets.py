# ruff: noqa: E501  (source notes and code-list selections are kept on one line each)
"""Write valuesets/<NAME>.json (FHIR R4 ValueSet) from the concept table below and the copied code lists.

The JSON files are the source of truth and are committed; this script only keeps them uniform. Run
``python tools/build_valuesets.py`` from the repository root after editing the table or a source file,
then review the diff and run ``pytest tests/test_valuesets.py tests/test_terminology.py``.

Hand-picked classification codes (ICD-10, ICPC-2, SNOMED CT, ATC, RxNorm ingredients) are the concept
table below, each with its verification note; they come from /work/shared/guideline/valueset-candidates.json
and rules.md. Every list copied from a named public source (product expansions, the VSAC cancer list,
the candidates' ICPC-2 and ingredient lists) is data: valuesets/sources/<name>.csv, whose provenance header
(source, origin, version, licence, verification) is checked by tools/valueset_sources.py; the concept
table only says which rows of a file a concept ships. Each code records what was verified (extension
``verification``):
  ``V: <source>`` seen with matching meaning in the named public source;
  ``S: <note>``   a single or secondary source, or a partial match;
  ``U: <note>``   not checked (standard classification knowledge) - verify before relying on it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from valueset_sources import SOURCES_DIR, Source, read_source

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


@cache
def source(name: str) -> Source:
    """valuesets/sources/<name>.csv, read and checked once (a bad provenance header stops the build)."""
    return read_source(SOURCES_DIR / f"{name}.csv")


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


def listed(name: str) -> list[tuple[str, str, str]]:
    """(code, display, verification) of every row of a copied classification list."""
    copied = source(name)
    return [(code, display, copied.verification) for code, display in copied.rows]


@dataclass(frozen=True)
class Expansion:
    """Rows of a copied code list (valuesets/sources/<name>.csv), shipped as one include with one verification."""

    family: str
    verified: str
    rows: Sequence[tuple[str, str]]  # (code, display), in the source's order


def expansion(
    family: str,
    name: str,
    subset: str = "",
    *,
    status: str = "",
    also: str = "",
    keep: Iterable[str] = (),
    drop: Iterable[str] = (),
    display: str = "",
) -> Expansion:
    """The rows of source ``name`` selected by ``keep``/``drop``/``display`` (see ``Source.select``).

    The verification is the file's note; when only a ``subset`` of the file is meant, it says so:
    ``"<status>: the <subset> of the <file note without its status>[; <also>]"`` (status defaults to the file's).
    """
    copied = source(name)
    verified = copied.verification
    if subset:
        verified = f"{status or verified[0]}: the {subset} of the {verified[3:]}"
    if also:
        verified += f"; {also}"
    return Expansion(family, verified, copied.select(keep=keep, drop=drop, display=display))


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
                *(icpc(code, display, note) for code, display, note in listed("candidates-icpc2-malignancies")),
                sct("363346000", "Malignant neoplastic disease"),
                sct("94222008", "Secondary malignant neoplasm of bone"),
                sct("94602001", "Secondary malignant neoplasm of vertebral column", CAND_S),
                sct("109989006", "Multiple myeloma"),
            ],
            excludes=[icd("C44", "Other malignant neoplasms of skin (non-melanoma)", CAND_U, "is-a")],
            expansions=[expansion("snomed", CANCER, drop=SKIN_NON_MELANOMA | NOT_CANCER)],
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
            expansions=[expansion("snomed", CANCER, keep=SPINE_OR_BONE)],
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
                *(rxn(code, display, note) for code, display, note in listed("candidates-opioid-ingredients")),
            ],
            excludes=[atc("R05DA04", "codeine (antitussive)")],
            expansions=[expansion("rxnorm", CDC_OPIOIDS)],
        ),
        Concept(
            "NSAID",
            "Systemic NSAIDs",
            "Systemic NSAIDs including opioid-NSAID combinations (seed: kidney function, blood pressure, "
            "GI bleeding; not first choice). Not M01AX as a whole (glucosamine, diacerein); topical M02 "
            "and low-dose acetylsalicylic acid B01AC06 are excluded.",
            "rules.md §1.6 'lbp-nsaid'",
            [
                atc("M01AA", "Butylpyrazolidines", CAND_V, "is-a"),
                atc("M01AB", "Acetic acid derivatives and related substances (diclofenac, ketorolac)", CAND_V, "is-a"),
                atc("M01AC", "Oxicams (meloxicam)", CAND_V, "is-a"),
                atc("M01AE", "Propionic acid derivatives (ibuprofen, naproxen)", CAND_V, "is-a"),
                atc("M01AG", "Fenamates", CAND_V, "is-a"),
                atc("M01AH", "Coxibs (celecoxib, etoricoxib)", CAND_V, "is-a"),
                atc("M01AX01", "nabumetone"),
                atc("M01AX17", "nimesulide"),
                atc("N02BA01", "acetylsalicylic acid (analgesic)"),
                atc("N02AJ07", "codeine and acetylsalicylic acid"),
                atc("N02AJ08", "codeine and ibuprofen"),
                atc("N02AJ14", "tramadol and dexketoprofen"),
                atc("N02AJ16", "oxycodone and acetylsalicylic acid"),
                atc("N02AJ18", "dihydrocodeine and other non-opioid analgesics"),
                atc("N02AJ19", "oxycodone and ibuprofen"),
                atc("N02AJ23", "tramadol and celecoxib"),
                *(rxn(code, display, note) for code, display, note in listed("candidates-nsaid-ingredients")),
                *(rxn(code, display, note) for code, display, note in listed("candidates-nsaid-ingredients-unchecked")),
            ],
            excludes=[
                atc("M02", "Topical products for joint and muscular pain", CAND_V, "is-a"),
                atc("B01AC06", "acetylsalicylic acid (platelet aggregation inhibitor)"),
            ],
            expansions=[
                expansion(
                    "rxnorm",
                    CDC_OPIOIDS,
                    "opioid-NSAID combination products (display names ibuprofen, aspirin or celecoxib; all oral, "
                    "aspirin 300-500 MG, i.e. analgesic dose)",
                    display=OPIOID_NSAID_WORDS,
                ),
                expansion(
                    "rxnorm",
                    ANTITHROMBOTIC,
                    "analgesic-dose aspirin products (aspirin >= 210 MG, or with acetaminophen and salicylamide; "
                    "oral or rectal)",
                    drop=ANTIPLATELET_ROWS,
                    display="aspirin",
                ),
                expansion("rxnorm", "vsac-indomethacin"),
                expansion("rxnorm", "vsac-ketorolac-tromethamine"),
                expansion(
                    "rxnorm",
                    SYNTHEA_OTC,
                    "ibuprofen and naproxen sodium oral tablets",
                    also="each code with the same display also seen in other public files (code search: 198405 in "
                    "two FHIR fixtures, 310965 in three, 849574 in two)",
                    keep=SYNTHEA_NSAID_ROWS,
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
                expansion(
                    "rxnorm", ANTITHROMBOTIC, "aspirin-acetaminophen combination products", display="acetaminophen"
                ),
                expansion(
                    "rxnorm",
                    SYNTHEA_OTC,
                    "adult acetaminophen tablet",
                    also="313782 with the same display also in github.com/paciowg/CSV-to-FSH-app "
                    "output/Medication.instances.fsh",
                    keep={"313782"},
                ),
                expansion(
                    "rxnorm",
                    SYNTHEA_OTC,
                    "paediatric acetaminophen tablet",
                    status="S",
                    also="282464 otherwise seen only in OMOP test fixtures listing it as an RxNorm clinical drug next "
                    "to this name (partial cross-check)",
                    keep={"282464"},
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
            expansions=[expansion("rxnorm", "vsac-glucocorticoids-oral-only", drop=GLUCOCORTICOID_NOT_SYSTEMIC)],
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
            expansions=[expansion("rxnorm", "cdc-benzodiazepine-medications")],
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
            expansions=[expansion("rxnorm", "vsac-central-nervous-system-depressants-gabapentinoids")],
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
            expansions=[expansion("rxnorm", "vsac-anticoagulants-for-all-indications")],
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
                rxn("32968", "clopidogrel", "U: RxNorm ingredient, not checked"),
            ],
            expansions=[
                expansion(
                    "rxnorm",
                    ANTITHROMBOTIC,
                    "antiplatelet products (clopidogrel, ticagrelor, ticlopidine, aspirin-dipyridamole, aspirin "
                    "81-162.5 MG alone or with calcium carbonate or omeprazole)",
                    keep=ANTIPLATELET_ROWS,
                ),
                expansion("rxnorm", "vsac-pharmacological-contraindications-for-antithrombotic-therapy"),
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
                rxn("7646", "omeprazole", "U: RxNorm ingredient, not checked"),
                rxn("40790", "pantoprazole", "U: RxNorm ingredient, not checked"),
                rxn("283742", "esomeprazole", "U: RxNorm ingredient, not checked"),
                rxn("17128", "lansoprazole", "U: RxNorm ingredient, not checked"),
                rxn("114979", "rabeprazole", "U: RxNorm ingredient, not checked"),
            ],
            expansions=[expansion("rxnorm", ANTITHROMBOTIC, "aspirin-omeprazole products", display="omeprazole")],
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
                    "concept": [{"code": code, "display": display} for code, display in expansion.rows],
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
# Which rows of the copied lists each concept ships (the lists themselves are valuesets/sources/*.csv)

CANCER = "vsac-all-primary-and-secondary-cancer-snomed"
CDC_OPIOIDS = "cdc-opioid-analgesics-with-ambulatory-misuse-potential"
ANTITHROMBOTIC = "vsac-antithrombotic-therapy-for-ischemic-stroke-antiplatelet-rows"
SYNTHEA_OTC = "synthea-otc-pain-reliever"

# Opioid-NSAID combinations are NSAIDs too (rules.md §2: N02AJ combinations count as NSAID and opioid).
OPIOID_NSAID_WORDS = "ibuprofen|aspirin|celecoxib|naproxen|diclofenac|ketorolac|meloxicam|ketoprofen"

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

# Not systemic glucocorticoids although listed: a triamcinolone oral (mouth) paste acts locally, and
# fludrocortisone is a mineralocorticoid (ATC H02AA, not H02AB).
GLUCOCORTICOID_NOT_SYSTEMIC = frozenset({"1085728", "313979"})

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

# Ibuprofen and naproxen sodium are NSAIDs (rules.md §1.6 'lbp-nsaid'). Aspirin 81 MG (243670) is low-dose
# acetylsalicylic acid (B01AC06), not an NSAID; it is already in ANTIPLATELET through the VSAC antiplatelet rows.
SYNTHEA_NSAID_ROWS = frozenset({"198405", "310965", "849574"})


if __name__ == "__main__":
    sys.exit(main(sys.argv))
