# ruff: noqa: E501  (source notes and code-list selections are kept on one line each)
"""Write valuesets/<NAME>.json (FHIR R4 ValueSet) from the concept table below and the copied code lists.

The JSON files are the source of truth and are committed; this script only keeps them uniform. Run
``python tools/build_valuesets.py`` from the repository root after editing the table or a source file,
then review the diff and run ``pytest tests/test_valuesets.py tests/test_terminology.py``.

Hand-picked classification codes (ICD-10, ICPC-2, SNOMED CT, ATC, RxNorm ingredients) are the concept
table below, each with its verification note; they come from /work/shared/guideline/valueset-candidates.json
and rules.md. Every list copied from a named public source (RxNorm product expansions, SNOMED CT condition
lists such as the VSAC cancer list or the SNOMED IPS Free Set selections, the candidates' ICPC-2 and ingredient
lists) is data: valuesets/sources/<name>.csv, whose provenance header
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
# An ICD-10-CM code list with titles, used to check CM codes and the position of the site character.
CM_LIST = (
    "the ICD-10-CM code list (71,486 codes with titles; edition not stated, before FY2022 since M54.5 is still a code) "
    "of github.com/medtrack-io/icd_code lib/codes/codes_<category>.ex @4c625733f92b7b1d616e272abc3009bb8b916c0c "
    "(Apache-2.0)"
)
CM_V = f"V: ICD-10-CM titles in {CM_LIST}"
# The WHO ICD-10 site subclassification of the dorsopathies M40-M54 (a 5th character; the 4th for M45).
WHO_SITES = (
    "WHO ICD-10 chapter XIII site subclassification of M40-M54 (0 multiple sites, 1 occipito-atlanto-axial, 2 "
    "cervical, 3 cervicothoracic, 4 thoracic, 5 thoracolumbar, 6 lumbar, 7 lumbosacral, 8 sacral and "
    "sacrococcygeal, 9 site unspecified; for optional use 'except categories M50 and M51') as printed in "
    "rxreasoner.com/icd10codes/M40-M54 and luizmeira.com/cid/m40_m54.htm; M45 takes it as the 4th character "
    "(old.uzis.cz/cz/mkn/M45-M49.html)"
)
WHO_SITES_V = f"V: {WHO_SITES}"
SITE_RULE = "site rule of rules.md §5.5: a site character, when present, is 0 or 4-9 (not the cervical sites 1-3)"
ICPC_DK = "github.com/hl7dk/dk-core input/fsh/icpcdk.fsh @c9ea0f49e60730d893cdf3b29e41b34ff0f5a4d6 (ICPC-2, Danish)"
CPIC_DRUGS = (
    "github.com/cpicpgx/cpic-schema drug.sql @e5df9eea485b853968e7353f8243add07f8a1b79 (CPIC drug table: RxNorm "
    "ingredient RXCUI and ATC code per drug; repository licence not verified)"
)
WHO_TITLE_U = "U: WHO ICD-10 title from standard classification knowledge, not checked against a WHO listing"
WHO_UZIS = "S: WHO category in the Czech ICD-10 (MKN-10) tabular list old.uzis.cz/cz/mkn/M45-M49.html"
NOT_IN_CM = (
    f"U: no such code in ICD-10-CM (not in {CM_LIST}); also listed for the CM URI so that a WHO code sent under the "
    "CM URI matches"
)


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
    cm_verified: str = ""  # what was verified for the ICD-10-CM copy of a WHO entry (default: CM_FROM_WHO)


def icd(code: str, display: str, verified: str, kind: str = "exact", *, cm: bool = True, cm_verified: str = "") -> Code:
    """A WHO ICD-10 entry (written for the WHO URI and the Norwegian OID; by default also for CM).

    ICD-10 chapter XIII (M) codes may carry an optional fifth 'site' character, so an exact M code is
    written as is-a: its children are the same disease at a named site. ``cm_verified`` says what was
    checked for the CM copy (for example the CM title in a CM code list).
    """
    if kind == "exact" and code.startswith("M"):
        kind = "is-a"
    return Code("icd10", kind, code, display, verified, also_cm=cm, cm_verified=cm_verified)


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
    rows = copied.select(keep=keep, drop=drop, display=display)
    if not rows:
        raise ValueError(f"{copied.path.name}: the selection {subset or '(all rows)'!r} selects no row")
    return Expansion(family, verified, rows)


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


# What was checked for a WHO site-rule pattern reused for ICD-10-CM: there the 5th character is the site too.
CM_SITE_5TH = (
    f"{CM_V}: the 5th character is the site (0 site unspecified, 1-3 occipito-atlanto-axial to cervicothoracic, 4 "
    "thoracic, 5 thoracolumbar, 6 lumbar, 7 lumbosacral, 8 sacral and sacrococcygeal, 9 multiple sites), so the same "
    "pattern keeps the non-cervical codes"
)

# SNOMED CT codes of the PAIN sets, also part of BACK_COMPLAINT.
LBP_SNOMED = (
    sct("279039007", "Low back pain"),
    sct("161891005", "Backache"),
    sct("278862001", "Acute low back pain"),
    sct("278860009", "Chronic low back pain"),
    sct("279040009", "Mechanical low back pain"),
    sct("134407002", "Chronic back pain"),
    sct("267982002", "Pain in lumbar spine"),
    sct("300956001", "Low back strain"),
)
NERVE_ROOT_SNOMED = (
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
)


def concepts() -> list[Concept]:
    return [
        Concept(
            "LBP_NONSPECIFIC",
            "Nonspecific low back pain",
            "Nonspecific low back pain / lumbago (the seed's group 3, 'uspesifikke'); part of the PAIN set.",
            "rules.md §1.1, §1.2, §2; seed: 'tre grupper: 1) spesifikke, 2) nerverotsmerter og 3) uspesifikke'",
            [
                icd("M54.5", "Low back pain", CAND_V, "is-a"),
                icd(
                    "M54\\.8([04-9].*)?",
                    f"Other dorsalgia ({SITE_RULE})",
                    f"{CAND_U}; sites: {WHO_SITES_V}",
                    "regex",
                    cm_verified=f"{CM_SITE_5TH} (M54.89 other dorsalgia in, M54.81 occipital neuralgia out)",
                ),
                icd(
                    "M54\\.9([04-9].*)?",
                    f"Dorsalgia, unspecified ({SITE_RULE})",
                    f"{CAND_U}; sites: {WHO_SITES_V}",
                    "regex",
                    cm_verified=f"{CM_V} (M54.9 has no further character in ICD-10-CM)",
                ),
                icd("S33.5", "Sprain and strain of lumbar spine", CAND_V),
                cm("M54.50", "Low back pain, unspecified", CAND_V),
                cm("M54.51", "Vertebrogenic low back pain", CAND_V),
                cm("M54.59", "Other low back pain", CAND_V),
                icpc("L02", "Back symptom/complaint (Ryggsymptomer/-plager)"),
                icpc("L03", "Low back symptom/complaint (Korsryggsymptomer/-plager)"),
                icpc("L84", "Back syndrome without radiating pain (Ryggsyndrom uten utstråling)"),
                *LBP_SNOMED,
            ],
            notes="M54.8 and M54.9 carry the site rule of rules.md §5.5 (as M54.1 does) so that cervical dorsalgia "
            "(M54.81-M54.83, M54.91-M54.93) is not read as low back pain; thoracic, multiple and unspecified sites "
            "are back pain too.",
        ),
        Concept(
            "NERVE_ROOT",
            "Nerve-root pain",
            "Nerve-root pain: sciatica, radiculopathy, lumbar disc disorder with radiculopathy, spinal "
            "stenosis (the seed's group 2, 'nerverotsmerter'); part of the PAIN set.",
            "rules.md §1.1, §1.2, §1.7, §2",
            [
                icd(
                    "M54\\.1([04-9].*)?",
                    f"Radiculopathy ({SITE_RULE}; includes M54.18 sacral)",
                    f"{CAND_V}; sites: {WHO_SITES_V}",
                    "regex",
                    cm_verified=CM_SITE_5TH,
                ),
                icd("M54.3", "Sciatica", CAND_V),
                icd("M54.4", "Lumbago with sciatica", CAND_V),
                icd(
                    "M51\\.1([04-9].*)?",
                    f"Disc disorders with radiculopathy ({SITE_RULE})",
                    f"{CAND_V}; sites: {WHO_SITES_V}",
                    "regex",
                    cm_verified=f"{CM_V} (M51.14-M51.17, thoracic to lumbosacral)",
                ),
                icd(
                    "M48\\.0([04-9].*)?",
                    f"Spinal stenosis ({SITE_RULE})",
                    f"{CAND_V}; sites: {WHO_SITES_V}",
                    "regex",
                    cm_verified=f"{CM_SITE_5TH} (M48.061/M48.062 lumbar, with a 6th character)",
                ),
                icd(
                    "M47\\.2([04-9].*)?",
                    f"Other spondylosis with radiculopathy ({SITE_RULE})",
                    f"S: WHO title seen in old.uzis.cz/cz/mkn/M45-M49.html (M47.2, Czech); rules.md §5.5; sites: {WHO_SITES_V}",
                    "regex",
                    cm_verified=f"{CM_SITE_5TH} (M47.20-M47.28)",
                ),
                icd(
                    "G55.1",
                    "Nerve root and plexus compressions in intervertebral disc disorders",
                    CAND_U,
                    cm=False,
                ),
                cm("M48.06", "Spinal stenosis, lumbar region", CAND_V, "is-a"),
                icpc("L86", "Back syndrome with radiating pain (Ryggsyndrom med utstråling)"),
                *NERVE_ROOT_SNOMED,
            ],
            expansions=[
                expansion("snomed", "snomed-nerve-root-cds4cpm"),
                expansion("snomed", "snomed-nerve-root-unspecified-site-cds4cpm"),
                expansion("snomed", "ips-free-set-nerve-root"),
            ],
            notes="ICD-10 sites follow rules.md §5.5 (site 0, 4-9 or none; it replaces §1.7.5's 5/6/7). SNOMED CT: "
            "the lumbar, lumbosacral and sacral nerve-root concepts of VSAC 'Conditions associated with chronic pain', "
            "and its site-unspecified root concepts (compression of spinal nerve root, radiculitis), which the site "
            "rule reads like ICD-10 M54.10/M54.19 (site unspecified).",
        ),
        Concept(
            "NEUROGENIC_CLAUDICATION",
            "Neurogenic claudication",
            "Neurogenic claudication / lumbar spinal stenosis (relative contraindication: walking may "
            "aggravate, cycling is an alternative). WHO ICD-10 and ICPC-2 have no claudication code, so "
            "lumbar stenosis is the proxy (rules.md §1.8 item 9).",
            "rules.md §1.4 'lbp-ci-rel-claudication'; seed: 'nevrogen claudicatio der vanlig gange forverrer plagene'",
            [
                icd(
                    "M48\\.0([04-9].*)?",
                    f"Spinal stenosis, proxy ({SITE_RULE})",
                    f"{CAND_V}; sites: {WHO_SITES_V}",
                    "regex",
                    cm=False,
                ),
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
                icd(
                    "S32.1",
                    "Fracture of sacrum",
                    f"{WHO_TITLE_U}; rules.md §5.6",
                    "is-a",
                    cm_verified=f"{CM_V} (S32.10-S32.19, sacrum)",
                ),
                icd(
                    "M48\\.4([04-9].*)?",
                    f"Fatigue (stress) fracture of vertebra ({SITE_RULE})",
                    f"{WHO_UZIS} (M48.4); rules.md §5.6; sites: {WHO_SITES_V}",
                    "regex",
                    cm_verified=f"{CM_SITE_5TH} (M48.40X_-M48.48X_)",
                ),
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
            "Any cancer, active or in the history (including the personal-history codes Z85): red flag 'kreft'. "
            "Non-melanoma skin cancer (C44, CM Z85.828) is excluded. Includes every cancer code of MALIGNANCY_SPINE.",
            "rules.md §1.3 RF4b, §5.6",
            [
                icd(
                    "C([0-8][0-9A-Z]|9[0-7])(\\..+)?",
                    "Malignant neoplasms C00-C97 (ICD-10-CM also C4A, C7A, C7B)",
                    CAND_U,
                    "regex",
                ),
                icd(
                    "Z85",
                    "Personal history of malignant neoplasm",
                    f"{WHO_TITLE_U}; rules.md §5.6",
                    "is-a",
                    cm_verified=f"{CM_V} (Z85.00-Z85.9, 59 codes)",
                ),
                *(icpc(code, display, note) for code, display, note in listed("candidates-icpc2-malignancies")),
                icpc(
                    "S77",
                    "Malignant neoplasm of skin (includes melanoma)",
                    f"V: ICPC-2 S77 'Hudkræft' in {ICPC_DK}; rules.md §5.6",
                ),
                sct("363346000", "Malignant neoplastic disease"),
                sct("94222008", "Secondary malignant neoplasm of bone"),
                sct("94602001", "Secondary malignant neoplasm of vertebral column", CAND_S),
                sct("109989006", "Multiple myeloma"),
            ],
            excludes=[
                icd("C44", "Other malignant neoplasms of skin (non-melanoma)", CAND_U, "is-a"),
                cm(
                    "Z85.828",
                    "Personal history of other malignant neoplasm of skin (non-melanoma)",
                    f"{CM_V}; rules.md §5.6",
                ),
            ],
            expansions=[expansion("snomed", CANCER, drop=SKIN_NON_MELANOMA | NOT_CANCER)],
            notes="SNOMED CT: without a terminology server, descendants of 363346000 match only when listed. "
            "Listed are the codes above plus the complete SNOMED CT expansion (3,217 codes) of the VSAC value set "
            "'All Primary and Secondary Cancer' (cqframework/ecqm-content-r4); its non-melanoma skin "
            "carcinomas (basal cell, cutaneous squamous cell, skin adnexal, 'malignant neoplasm of skin' and "
            "eyelid-skin codes; the C44 equivalents) are left out, and so are its 13 entries that are no cancer "
            "(benign, in situ, a predisposition, a qualifier or a procedure; listed in NOT_CANCER). Myelodysplastic "
            "and myeloproliferative neoplasms and Langerhans cell histiocytosis are kept as VSAC lists them. "
            "rules.md §5.6: personal history of malignancy (Z85, except CM Z85.828 other skin; WHO Z85 has no skin "
            "subcategory) and ICPC-2 S77 (skin, which includes melanoma) count as cancer history.",
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
                icd(
                    "C41.4",
                    "Malignant neoplasm of pelvic bones, sacrum and coccyx",
                    f"{WHO_TITLE_U}; rules.md §5.6",
                    cm_verified=f"{CM_V} (C41.4)",
                ),
                cm(
                    "M84.58",
                    "Pathological fracture in neoplastic disease, other specified site (vertebra; M84.58X_)",
                    f"S: rules.md §5.6 names CM M84.58- as the vertebra code; the CM title is 'Pathological fracture in "
                    f"neoplastic disease, other specified site' (M84.58XA-M84.58XS in {CM_LIST}), so, like WHO site 8, "
                    "it is not vertebra-specific",
                    "is-a",
                ),
                icd(
                    "M49.5",
                    "Collapsed vertebra in diseases classified elsewhere",
                    "S: WHO title seen in artgerecht.com (ICD-10 lexicon, M49.5); rules.md §5.6",
                    cm_verified=NOT_IN_CM,
                ),
                sct("94222008", "Secondary malignant neoplasm of bone"),
                sct("94602001", "Secondary malignant neoplasm of vertebral column", CAND_S),
                sct("109989006", "Multiple myeloma"),
            ],
            expansions=[expansion("snomed", CANCER, keep=SPINE_OR_BONE)],
            notes="SNOMED CT: the vertebral-column (including sacrum and coccyx) malignancies, the bone and "
            "bone-marrow metastases (any bone, as ICD-10 C79.5) and the osseous myeloma codes of the VSAC value set "
            "'All Primary and Secondary Cancer' (cqframework/ecqm-content-r4). rules.md §5.6: C41.4 (pelvic bones, "
            "sacrum, coccyx), M49.5 and ICD-10-CM M84.58- (its CM title is 'other specified site', not vertebra only); "
            "WHO M84.58 is NEOPLASTIC_FRACTURE_SITE_8, which counts only with a back complaint.",
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
                icd(
                    "G95.2",
                    "Cord compression, unspecified",
                    f"{WHO_TITLE_U}; rules.md §5.6",
                    cm_verified=f"{CM_V} (G95.20, G95.29)",
                ),
                icd(
                    "G95.1",
                    "Vascular myelopathies",
                    f"{WHO_TITLE_U}; rules.md §5.6",
                    cm_verified=f"{CM_V} (G95.11, G95.19)",
                ),
                icd(
                    "G82",
                    "Paraplegia and tetraplegia",
                    f"{WHO_TITLE_U}; rules.md §5.6",
                    "is-a",
                    cm_verified=f"{CM_V} (G82.20-G82.54)",
                ),
                icd(
                    "M47.1",
                    "Other spondylosis with myelopathy",
                    f"{WHO_UZIS} (M47.1); rules.md §5.6",
                    cm_verified=f"{CM_V} (M47.10-M47.16)",
                ),
                icd(
                    "M50.0",
                    "Cervical disc disorder with myelopathy",
                    f"{WHO_TITLE_U}; rules.md §5.6",
                    cm_verified=f"{CM_V} (M50.00-M50.03)",
                ),
                icd(
                    "M51.0",
                    "Lumbar and other intervertebral disc disorders with myelopathy",
                    f"{WHO_TITLE_U}; rules.md §5.6",
                    cm_verified=f"{CM_V} (M51.04-M51.06)",
                ),
                icpc("N18", "Paralysis/weakness"),
                sct("192970008", "Cauda equina syndrome"),
            ],
            expansions=[
                expansion("snomed", "snomed-neuro-deficit-myelopathy-cds4cpm"),
                expansion("snomed", "ips-free-set-cord-compression-myelopathy"),
            ],
            notes="ICPC-2 N18 (paralysis) is not ICD-10 N18 (chronic kidney disease): systems are kept apart. rules.md "
            "§5.6 adds cord compression, vascular myelopathy, paraplegia/tetraplegia and disc or spondylosis with "
            "myelopathy at any level (a cord deficit wherever it arises): no site rule here.",
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
                icd(
                    "S32.1",
                    "Fracture of sacrum",
                    f"{WHO_TITLE_U}; rules.md §5.6",
                    "is-a",
                    cm_verified=f"{CM_V} (S32.10-S32.19)",
                ),
                icd(
                    "S32.2",
                    "Fracture of coccyx",
                    f"{WHO_TITLE_U}; rules.md §5.6",
                    "is-a",
                    cm_verified=f"{CM_V} (S32.2XX_)",
                ),
                icd(
                    "S32.7",
                    "Multiple fractures of lumbar spine and pelvis",
                    f"{WHO_TITLE_U}; rules.md §5.6",
                    "is-a",
                    cm_verified=f"{NOT_IN_CM}; ICD-10-CM codes multiple pelvic fractures as S32.81-",
                ),
                icd(
                    "S32.8",
                    "Fracture of other and unspecified parts of lumbar spine and pelvis",
                    f"{WHO_TITLE_U}; rules.md §5.6",
                    "is-a",
                    cm=False,
                ),
                cm(
                    "S32.8",
                    "Fracture of other parts of pelvis (ICD-10-CM meaning of S32.8)",
                    f"{CM_V} (S32.81-, S32.89-); rules.md §5.6",
                    "is-a",
                ),
                cm(
                    "S32.9",
                    "Fracture of unspecified parts of lumbosacral spine and pelvis (the 'unspecified' part of WHO S32.8)",
                    f"{CM_V} (S32.9XX_)",
                    "is-a",
                ),
                icd(
                    "S33.0",
                    "Traumatic rupture of lumbar intervertebral disc",
                    f"{WHO_TITLE_U}; rules.md §5.6",
                    "is-a",
                    cm_verified=f"{CM_V} (S33.0XX_)",
                ),
                icd(
                    "S33.1",
                    "Dislocation (subluxation) of lumbar vertebra",
                    f"{WHO_TITLE_U}; rules.md §5.6",
                    "is-a",
                    cm_verified=f"{CM_V} (S33.100_-S33.141_, subluxation and dislocation of lumbar vertebra)",
                ),
                icpc("A80", "Trauma/injury NOS (weak evidence of spinal trauma)"),
                icpc("A81", "Multiple trauma/injuries"),
                sct("262521009", "Spinal injury"),
                sct("81102000", "Injury of back"),
                sct("50448004", "Fracture of vertebral column"),
                sct("125608002", "Fracture of lumbar spine"),
            ],
            notes="rules.md §5.6: the sacral fracture (also VERTEBRAL_FRACTURE) and, for the trauma flag only, coccyx, "
            "multiple and other lumbar-spine/pelvis fractures, traumatic lumbar disc rupture and lumbar vertebra "
            "dislocation. ICD-10-CM S32.8 means other parts of the pelvis and S32.9 the unspecified parts (WHO S32.8 "
            "covers both); ICD-10-CM has no S32.7. The fatigue fracture M48.4 is VERTEBRAL_FRACTURE only (not an "
            "accident); it raises the trauma flag through the vertebral-fracture rule.",
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
                sct("239542002", "Lumbar discectomy"),
                sct("260649000", "Lumbar microdiscectomy"),
                sct("50172003", "Lumbar spinal fusion"),
                sct("55705006", "Spinal arthrodesis"),
                sct("387731002", "Laminectomy"),
                sct("429377005", "Lumbar laminectomy"),
            ],
            expansions=[
                expansion(
                    "snomed",
                    "snomed-back-complaint-cds4cpm",
                    "post-laminectomy syndrome concepts (lumbar and site-unspecified, the SNOMED CT side of ICD-10 M96.1)",
                    keep={"202725007", "27151001"},
                )
            ],
            notes="No ICPC-2 code exists for the post-operative status. rules.md §5.6: SNOMED CT 202725007 lumbar "
            "post-laminectomy syndrome (and 27151001 post-laminectomy syndrome, as ICD-10 M96.1). Z98.1 (arthrodesis "
            "status) moved to ARTHRODESIS_STATUS: it counts only together with a back complaint.",
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
                expansion("rxnorm", "rxnorm-nsaid-cds4cpm"),
                expansion("rxnorm", "rxnorm-aspirin-analgesic-cds4cpm"),
                expansion(
                    "rxnorm",
                    "rxnorm-ppi-combination-pedsnet",
                    "lansoprazole-naproxen packs (Prevacid NapraPac: they contain naproxen)",
                    display="naproxen",
                ),
            ],
            notes="RxNorm: ingredient codes, plus product codes (SCD/packs) from published value sets: the "
            "opioid-NSAID combinations of the CDC value set 'opioid-analgesics-with-ambulatory-misuse-potential' (CC0, "
            "cqframework/opioid-cds-r4); the analgesic-dose aspirin products of VSAC 'Antithrombotic Therapy for "
            "Ischemic Stroke' (low-dose aspirin is ANTIPLATELET); VSAC 'Indomethacin' and 'Ketorolac Tromethamine'; the "
            "ibuprofen and naproxen sodium tablets of Synthea's OTC pain reliever module (sandbox test patients); the "
            "systemic NSAID products (M01A ingredients, diflunisal and salsalate; oral, rectal, injectable and nasal; "
            "combinations included; topical, ophthalmic and otic forms left out) and the aspirin products of 300 MG or "
            "more per unit of VSAC 'Non opioid pain medications' (cqframework/cds4cpm; rules.md §5.6); the "
            "lansoprazole-naproxen packs of the PEDSnet PPI codeset. Aspirin products of at most 162 MG are "
            "ANTIPLATELET (rules.md §5.6); the earlier VSAC rows keep their analgesic combinations (210-250 MG, and "
            "359221 aspirin 162 MG with salicylamide and acetaminophen, an analgesic combination).",
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
                expansion("rxnorm", "rxnorm-paracetamol-cds4cpm"),
                expansion("rxnorm", "rxnorm-paracetamol-combination-cds4cpm"),
            ],
            notes="RxNorm: the ingredient code plus the aspirin-acetaminophen combination products of VSAC "
            "'Antithrombotic Therapy for Ischemic Stroke', the two acetaminophen tablets of Synthea's OTC pain "
            "reliever module (sandbox test patients), and the single-ingredient acetaminophen products (oral, rectal, "
            "injectable) and acetaminophen combinations of VSAC 'Non opioid pain medications' (cqframework/cds4cpm; "
            "rules.md §5.6). Acetaminophen-opioid combinations are OPIOID (that VSAC set excludes opioids).",
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
                atc("N05CF01", "zopiclone", "U: WHO ATC, not checked (rules.md §5.6 Z-drugs; within N05CF)"),
                atc("N05CF02", "zolpidem", "U: WHO ATC, not checked (rules.md §5.6 Z-drugs; within N05CF)"),
                atc("N05CF03", "zaleplon", "U: WHO ATC, not checked (rules.md §5.6 Z-drugs; within N05CF)"),
                atc(
                    "N05CF04",
                    "eszopiclone",
                    "S: N05CF04 eszopiclone seen in info-patient.de (rules.md §5.6 Z-drugs; within N05CF)",
                ),
                rxn("596", "alprazolam", CAND_S),
                rxn("6470", "lorazepam", CAND_S),
                rxn("2598", "clonazepam", CAND_S),
                rxn("3322", "diazepam", CAND_S),
                rxn(
                    "39993",
                    "zolpidem",
                    "V: RxCUI 39993 named zolpidem in two unrelated public code files (a Beers-criteria table and a "
                    "medication lookup; code search)",
                ),
                rxn(
                    "461016",
                    "eszopiclone",
                    "U: RxNorm ingredient from the rules.md §5.6 brief, not found in a public file (one public Beers "
                    "table gives 103971 for eszopiclone; not adopted)",
                ),
                rxn(
                    "74667", "zaleplon", "U: RxNorm ingredient from the rules.md §5.6 brief, not found in a public file"
                ),
                rxn(
                    "40001",
                    "zopiclone",
                    "U: RxNorm ingredient from the rules.md §5.6 brief, not found in a public file",
                ),
            ],
            expansions=[
                expansion("rxnorm", "cdc-benzodiazepine-medications"),
                expansion("rxnorm", "rxnorm-z-drugs-cdc"),
                expansion("rxnorm", "rxnorm-z-drugs-cdc-archive"),
            ],
            notes="rules.md §5.6: the Z-drugs (zolpidem, zopiclone, eszopiclone, zaleplon) count with the "
            "benzodiazepines. RxNorm Z-drug products: the zolpidem and zaleplon rows of the CDC value set "
            "'cns-depressant-medications' and the zolpidem, zopiclone, eszopiclone and zaleplon rows of its archived "
            "predecessor 'non-opioid-cns-depressant-medications' (both CC0, cqframework/opioid-cds-r4).",
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
            expansions=[expansion("snomed", "ips-free-set-cauda-equina")],
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
                rxn("32968", "clopidogrel", f"V: RxNorm ingredient 32968 clopidogrel (ATC B01AC04) in {CPIC_DRUGS}"),
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
                expansion("rxnorm", "rxnorm-aspirin-antiplatelet-cds4cpm"),
            ],
            notes="Aspirin (RxNorm 1191) is left to NSAID: an ingredient code cannot tell low-dose "
            "antiplatelet use from analgesic use. Antiplatelet RxNorm products: clopidogrel, ticagrelor, ticlopidine, "
            "aspirin-dipyridamole and low-dose aspirin (81-162.5 MG) from VSAC 'Antithrombotic Therapy for Ischemic "
            "Stroke', prasugrel from VSAC 'Pharmacological Contraindications For Antithrombotic Therapy', and the aspirin "
            "products of at most 162 MG per unit of VSAC 'Non opioid pain medications' (rules.md §5.6: ATC B01AC06 and "
            "aspirin products of at most 162 mg are antiplatelets, not NSAIDs).",
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
            expansions=[
                expansion("snomed", "snomed-ckd-synthea"),
                expansion("snomed", "snomed-ckd-stage5-canvas"),
                expansion("snomed", "snomed-esrd-canvas"),
                expansion("snomed", "snomed-ckd-pedsnet"),
            ],
            notes="No ICPC-2 code: U99 ('urinary disease, other') is far broader than CKD. ICD-10 N18 is "
            "not ICPC-2 N18 (paralysis): systems are kept apart. SNOMED CT (rules.md §5.6): the CKD stage 1-4 and "
            "ESRD codes Synthea patients carry, stage 5 and ESRD from VSAC (eCQM), and the SNOMED CT CKD concepts of "
            "the PEDSnet codeset dx_ckd_allstages (all stages, CKD due to hypertension or diabetes, ESRD).",
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
            expansions=[
                expansion("snomed", "snomed-heart-failure-synthea"),
                expansion("snomed", "snomed-heart-failure-canvas"),
                expansion("snomed", "ips-free-set-heart-failure"),
            ],
            notes="SNOMED CT (rules.md §5.6): the chronic congestive heart failure code Synthea patients carry, the "
            "VSAC 'Heart Failure' codes (eCQM) and the heart-failure concepts of the SNOMED IPS Free Set.",
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
            expansions=[
                expansion("snomed", "snomed-hypertension-synthea"),
                expansion("snomed", "snomed-hypertension-canvas"),
                expansion("snomed", "ips-free-set-hypertension"),
            ],
            notes="SNOMED CT (rules.md §5.6): essential hypertension 59621000 as Synthea patients carry it, the VSAC "
            "'Essential Hypertension' codes (eCQM) and the hypertensive disorders of the SNOMED IPS Free Set (the I10-I15 "
            "side: hypertensive heart and renal disease included; pulmonary and portal hypertension not).",
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
            expansions=[expansion("snomed", "ips-free-set-peptic-ulcer-gi-bleed")],
            notes="SNOMED CT (rules.md §5.6): peptic, gastric and duodenal ulcer and GI haemorrhage concepts of the SNOMED "
            "IPS Free Set (which includes US-extension codes). No public list of the codes US systems send was found "
            "(Synthea has no ulcer or GI-bleed condition).",
        ),
        Concept(
            "PROTON_PUMP_INHIBITOR",
            "Proton pump inhibitors",
            "Proton pump inhibitors: gastroprotection for NSAID users.",
            "rules.md §3 B4 (NICE: consider gastroprotection), §4",
            [
                atc("A02BC", "Proton pump inhibitors", RULES_V, "is-a"),
                atc("M01AE52", "naproxen and esomeprazole", "U: WHO ATC, not checked"),
                rxn("7646", "omeprazole", f"V: RxNorm ingredient 7646 omeprazole (ATC A02BC01) in {CPIC_DRUGS}"),
                rxn("40790", "pantoprazole", f"V: RxNorm ingredient 40790 pantoprazole (ATC A02BC02) in {CPIC_DRUGS}"),
                rxn(
                    "283742", "esomeprazole", f"V: RxNorm ingredient 283742 esomeprazole (ATC A02BC05) in {CPIC_DRUGS}"
                ),
                rxn("17128", "lansoprazole", f"V: RxNorm ingredient 17128 lansoprazole (ATC A02BC03) in {CPIC_DRUGS}"),
                rxn("114979", "rabeprazole", f"V: RxNorm ingredient 114979 rabeprazole (ATC A02BC04) in {CPIC_DRUGS}"),
                rxn("816346", "dexlansoprazole", f"V: RxNorm ingredient 816346 dexlansoprazole in {CPIC_DRUGS}"),
            ],
            expansions=[
                expansion("rxnorm", ANTITHROMBOTIC, "aspirin-omeprazole products", display="omeprazole"),
                expansion("rxnorm", "rxnorm-ppi-pedsnet"),
                expansion("rxnorm", "rxnorm-ppi-combination-pedsnet"),
                expansion("rxnorm", "rxnorm-nsaid-cds4cpm", "esomeprazole-naproxen products", display="esomeprazole"),
            ],
            notes="RxNorm: ingredient codes (dexlansoprazole added), the aspirin-omeprazole products of VSAC "
            "'Antithrombotic Therapy for Ischemic Stroke', the single-ingredient and combination PPI products "
            "(RxNorm rows only) of the PEDSnet codeset rx_ppi (H. pylori packs; lansoprazole-naproxen packs, also "
            "NSAID), and the esomeprazole-naproxen products of VSAC 'Non opioid pain medications'. The PEDSnet list is "
            "not complete (no pantoprazole suspension, no generic dexlansoprazole product): other products match only "
            "through ATC A02BC or the ingredient code.",
        ),
        Concept(
            "BACK_COMPLAINT",
            "Any back complaint",
            "Any back complaint, the gate of rules.md §5.5: the dorsopathies M40-M54 at a thoracic, thoracolumbar, "
            "lumbar, lumbosacral, sacral, multiple or unspecified site (not cervical), post-laminectomy syndrome, "
            "fractures and injuries of the lumbar spine and pelvis and fractures of thoracic vertebrae, the ICPC-2 back "
            "rubrics, and SNOMED CT back pain, sciatica, radiculopathy and lumbar spine disorder concepts. It overlaps "
            "the PAIN and STRUCT value sets on purpose; complaints found only here are nonspecific.",
            "rules.md §5.5 'Gate: any back complaint'",
            [
                # WHO ICD-10 and the Norwegian edition: the site is the 5th character (the 4th for M45).
                icd(
                    "M4([0-26-9](\\.[0-9]([04-9].*)?)?|3(\\.[0-25789]([04-9].*)?)?)",
                    "Dorsopathies M40-M43 and M46-M49, any 4th character, site 0 or 4-9 or none; not M43.3/M43.4 "
                    "(recurrent atlantoaxial subluxation) or M43.6 (torticollis), which are cervical by definition",
                    f"{WHO_SITES_V}; rules.md §5.5",
                    "regex",
                    cm=False,
                ),
                icd(
                    "M45(\\.[04-9].*)?",
                    "Ankylosing spondylitis, site (its 4th character) 0 or 4-9 or none",
                    f"{WHO_SITES_V}; rules.md §5.5",
                    "regex",
                    cm=False,
                ),
                icd(
                    "M51(\\.[0-9]([04-9].*)?)?",
                    "Other intervertebral disc disorders (thoracic, thoracolumbar, lumbosacral); a national site "
                    "character, when present, 0 or 4-9",
                    f"{WHO_SITES_V}; rules.md §5.5",
                    "regex",
                    cm=False,
                ),
                icd(
                    "M53(\\.[2-9]([04-9].*)?)?",
                    "Other dorsopathies NEC, site 0 or 4-9 or none; not M53.0 cervicocranial or M53.1 cervicobrachial "
                    "syndrome",
                    f"{WHO_SITES_V}; rules.md §5.5",
                    "regex",
                    cm=False,
                ),
                icd(
                    "M54(\\.[0189]([04-9].*)?)?",
                    "Panniculitis of neck and back, radiculopathy, other and unspecified dorsalgia, site 0 or 4-9 or "
                    "none; not M54.2 cervicalgia",
                    f"{WHO_SITES_V}; rules.md §5.5",
                    "regex",
                    cm=False,
                ),
                icd(
                    "M54.3",
                    "Sciatica (any further character: lumbar by definition; ICD-10-CM side)",
                    CAND_V,
                    cm_verified=f"{CM_V} (M54.30-M54.32, side)",
                ),
                icd(
                    "M54.4",
                    "Lumbago with sciatica (any further character)",
                    CAND_V,
                    cm_verified=f"{CM_V} (M54.40-M54.42, side)",
                ),
                icd(
                    "M54.5",
                    "Low back pain (any further character)",
                    CAND_V,
                    cm_verified=f"{CM_V} (M54.5; M54.50/M54.51/M54.59 since FY2022, as LBP_NONSPECIFIC)",
                ),
                icd(
                    "M54.6",
                    "Pain in thoracic spine (any further character)",
                    f"{WHO_TITLE_U}; rules.md §5.5",
                    cm_verified=f"{CM_V} (M54.6)",
                ),
                icd(
                    "M96.1", "Postlaminectomy syndrome, not elsewhere classified", CAND_V, cm_verified=f"{CM_V} (M96.1)"
                ),
                icd(
                    "S32",
                    "Fracture of lumbar spine and pelvis",
                    f"{WHO_TITLE_U}; rules.md §5.5",
                    "is-a",
                    cm_verified=f"{CM_V} (S32.000A-S32.9XXS)",
                ),
                icd(
                    "S33",
                    "Dislocation, sprain and strain of joints and ligaments of lumbar spine and pelvis",
                    f"{WHO_TITLE_U}; rules.md §5.5",
                    "is-a",
                    cm_verified=f"{CM_V} (S33.0XXA-S33.9XXS)",
                ),
                icd(
                    "S22.0",
                    "Fracture of thoracic vertebra",
                    f"{CAND_U}; rules.md §5.5",
                    "is-a",
                    cm_verified=f"{CM_V} (S22.0-, 270 codes)",
                ),
                # ICD-10-CM: the site sits in the 4th (M45), 5th or 6th character depending on the subcategory.
                cm(
                    "M4[0-35-9]|M5[134]",
                    "A dorsopathy category with no further character (site not given; not M44, which does not exist, "
                    "nor M50 cervical disc disorders)",
                    f"{CM_V}; rules.md §5.5",
                    "regex",
                ),
                cm(
                    "M4(0\\.[01345]|1\\.[0234568]|2\\.[01]|3\\.[012]|6\\.[0234589]|7\\.[12]|8\\.[0-5]|9\\.8)([04-9][0-9A-Z]*)?"
                    "|M5(3\\.8|4\\.[01])([04-9][0-9A-Z]*)?",
                    "Subcategories whose 5th character is the site (kyphosis and lordosis, scoliosis, osteochondrosis, "
                    "spondylolysis, spondylolisthesis, fusion, inflammatory and infective spondylopathies, spondylosis "
                    "with myelopathy or radiculopathy, spondylopathies M48.0-M48.5, M49.8, M53.8, M54.0, M54.1): site 0 "
                    "(unspecified) or 4-9, or none",
                    f"{CM_SITE_5TH}; rules.md §5.5",
                    "regex",
                ),
                cm(
                    "M40\\.2([09][04-9]?)?|M41\\.1([12][04-9]?)?|M4[38]\\.[58](X[04-9]?)?|M47\\.0(1[04-9]?)?|M47\\.8([19][04-9]?)?"
                    "|M53\\.2(X[04-9]?)?",
                    "Subcategories whose 6th character is the site (M40.20-/M40.29- kyphosis, M41.11-/M41.12- juvenile "
                    "and adolescent idiopathic scoliosis, M43.5X- recurrent vertebral dislocation, M43.8X-, M47.01- "
                    "anterior spinal artery compression, M47.81-/M47.89- spondylosis, M48.8X-, M53.2X- instability): site "
                    "4-9, or none; M47.02- (vertebral artery compression) is cervical by definition and left out",
                    f"{CM_V} (6th character: 1 occipito-atlanto-axial to 3 cervicothoracic, 4 thoracic ... 8 sacral, 9 "
                    "site unspecified); rules.md §5.5",
                    "regex",
                ),
                cm(
                    "M45(\\.([04-9]|A[04-8B]?))?",
                    "Ankylosing spondylitis (site as 4th character: 0 multiple, 4-8, 9 unspecified) and non-radiographic "
                    "axial spondyloarthritis M45.A- (A0 unspecified, A4-A8, AB multiple sites)",
                    f"{CM_V} (M45.0-M45.9); M45.A0, M45.A6, M45.A7, M45.AB seen in mirahealth.care/reference/icd10 "
                    "(ICD-10-CM FY2024 additions, not in the older list); rules.md §5.5",
                    "regex",
                ),
                cm(
                    "M51",
                    "Thoracic, thoracolumbar and lumbosacral intervertebral disc disorders (all of M51)",
                    f"{CM_V} (M51.04-M51.9: no cervical code); rules.md §5.5",
                    "is-a",
                ),
                cm("M41.9", "Scoliosis, unspecified", CM_V),
                cm("M42.9", "Spinal osteochondrosis, unspecified", CM_V),
                cm("M43.9", "Deforming dorsopathy, unspecified", CM_V),
                cm("M46.1", "Sacroiliitis, not elsewhere classified", CM_V),
                cm("M47.9", "Spondylosis, unspecified", CM_V),
                cm("M48.9", "Spondylopathy, unspecified", CM_V),
                cm("M53.3", "Sacrococcygeal disorders, not elsewhere classified", CM_V),
                cm("M53.9", "Dorsopathy, unspecified", CM_V),
                cm("M54.89", "Other dorsalgia", CM_V),
                cm("M54.9", "Dorsalgia, unspecified", CM_V),
                icpc("L02", "Back symptom/complaint (Ryggsymptomer/-plager)", f"{CAND_V}; ICPC-2 L02 in {ICPC_DK}"),
                icpc(
                    "L03",
                    "Low back symptom/complaint (Korsryggsymptomer/-plager)",
                    f"{CAND_V}; ICPC-2 L03 in {ICPC_DK}",
                ),
                icpc(
                    "L84",
                    "Back syndrome without radiating pain (Ryggsyndrom uten utstråling)",
                    f"{CAND_V}; ICPC-2 L84 in {ICPC_DK}",
                ),
                icpc("L85", "Acquired deformity of spine", f"{CAND_V}; ICPC-2 L85 in {ICPC_DK}"),
                icpc(
                    "L86",
                    "Back syndrome with radiating pain (Ryggsyndrom med utstråling)",
                    f"{CAND_V}; ICPC-2 L86 in {ICPC_DK}",
                ),
                *LBP_SNOMED,
                *NERVE_ROOT_SNOMED,
            ],
            expansions=[
                expansion("snomed", "snomed-back-complaint-cds4cpm"),
                expansion("snomed", "snomed-nerve-root-cds4cpm"),
                expansion("snomed", "snomed-nerve-root-unspecified-site-cds4cpm"),
                expansion("snomed", "ips-free-set-back-complaint"),
            ],
            notes="The site rule (rules.md §5.5) reads the WHO site character (0 multiple, 4 thoracic ... 8 sacral, 9 "
            "unspecified) and, for ICD-10-CM, the character that holds the site in each subcategory (0 unspecified, 9 "
            "multiple). Beyond the categories rules.md names as cervical-only (M50, M53.0, M53.1, M54.2, CM M54.81), "
            "M43.3/M43.4 (atlantoaxial), M43.6 (torticollis) and CM M47.02- (vertebral artery) are left out as "
            "cervical by definition. Sciatica, lumbago with sciatica, low back pain and thoracic spine pain (M54.3-M54.6) "
            "are in with any further character (in ICD-10-CM it is the side, or a CM low-back code sent under the WHO "
            "URI). WHO M51 has no official site character; a national one is read by the same rule.",
        ),
        Concept(
            "NEOPLASTIC_FRACTURE_SITE_8",
            "Pathological fracture in neoplastic disease, site 8 (WHO)",
            "WHO/Norwegian ICD-10 M84.58: a pathological fracture in neoplastic disease at site 8 'other', which includes "
            "the vertebral column but also the neck, head, ribs, trunk and skull. The rules count it as a spinal "
            "malignancy only together with an active back complaint.",
            "rules.md §5.6 (MALIGNANCY_SPINE: 'WHO M84.58 only together with an active back complaint')",
            [
                icd(
                    "M84.58",
                    "Pathological fracture in neoplastic disease, other site (site 8)",
                    "S: WHO ICD-10 M84.5 (neoplastic pathological fracture) with the chapter XIII site code 8 'other' "
                    "(neck, head, ribs, trunk, skull, vertebral column), site list seen in gloggnitzer.com/icd-10/Sub.XIII.1.html "
                    "(ICD-10 German edition); rules.md §5.6",
                    cm=False,
                ),
            ],
            notes="Not applied to ICD-10-CM codings: CM M84.58- is in MALIGNANCY_SPINE as rules.md §5.6 asks.",
        ),
        Concept(
            "CAUDA_EQUINA_SIGNS",
            "Possible cauda equina signs",
            "Urinary retention or faecal incontinence: with an active back complaint, a possible cauda equina sign "
            "('assess urgently') on the red-flag card; not the critical cauda equina card on its own.",
            "rules.md §5.6 'Possible cauda equina signs', §3 B2",
            [
                icd(
                    "R33",
                    "Retention of urine",
                    f"{WHO_TITLE_U}; rules.md §5.6",
                    "is-a",
                    cm_verified=f"{CM_V} (R33.0, R33.8, R33.9)",
                ),
                icd(
                    "R15",
                    "Faecal incontinence",
                    f"{WHO_TITLE_U}; rules.md §5.6",
                    "is-a",
                    cm_verified=f"{CM_V} (R15.0 incomplete defecation, R15.1 fecal smearing, R15.2 fecal urgency, R15.9 "
                    "full incontinence of feces)",
                ),
                icpc("U08", "Urinary retention", f"{RULES_V} (§3 B2); ICPC-2 U08 'Urinretention' in {ICPC_DK}"),
                icpc(
                    "D17",
                    "Incontinence of bowel",
                    f"{RULES_V} (§3 B2); ICPC-2 D17 'Ufrivillig afgang af afføring' in {ICPC_DK}",
                ),
            ],
            expansions=[
                expansion("snomed", "snomed-urinary-retention-canvas"),
                expansion("snomed", "snomed-urinary-retention-synthea"),
                expansion("snomed", "ips-free-set-cauda-equina-signs"),
            ],
            notes="ICD-10-CM R15 also holds incomplete defecation, fecal smearing and urgency (R15.0-R15.2); they are "
            "kept with the category as rules.md names R15. ICPC-2 U08 and D17 are the GP codes rules.md §3 B2 lists.",
        ),
        Concept(
            "ARTHRODESIS_STATUS",
            "Arthrodesis status",
            "Arthrodesis (fusion) status: counts as a spine-surgery status only together with a back complaint (it "
            "does not say which joint was fused).",
            "rules.md §5.6 'Z98.1 (arthrodesis status) counts only together with a back complaint'",
            [icd("Z98.1", "Arthrodesis status", CAND_V, "is-a", cm_verified=f"{CM_V} (Z98.1)")],
        ),
        Concept(
            "SPINAL_INFECTION",
            "Spinal infection",
            "Spinal infection (vertebral osteomyelitis, discitis, other infective spondylopathies, spondylopathies in "
            "infectious diseases, intraspinal abscess): a specific condition and a red flag with urgent referral.",
            "rules.md §5.7 (B3, now in scope); NICE NG59, AHCPR 1994",
            [
                icd(
                    "M46.2",
                    "Osteomyelitis of vertebra",
                    f"{WHO_UZIS} (M46.2); rules.md §5.7",
                    cm_verified=f"{CM_V} (M46.20-M46.28)",
                ),
                icd(
                    "M46.3",
                    "Infection of intervertebral disc (pyogenic)",
                    f"{WHO_UZIS} (M46.3); rules.md §5.7",
                    cm_verified=f"{CM_V} (M46.30-M46.39)",
                ),
                icd(
                    "M46.4",
                    "Discitis, unspecified",
                    f"{WHO_UZIS} (M46.4); rules.md §5.7",
                    cm_verified=f"{CM_V} (M46.40-M46.49)",
                ),
                icd(
                    "M46.5",
                    "Other infective spondylopathies",
                    f"{WHO_UZIS} (M46.5); rules.md §5.7",
                    cm_verified=f"{CM_V} (M46.50-M46.59)",
                ),
                icd(
                    "M49.0",
                    "Tuberculosis of spine",
                    "S: WHO title seen in medentic.app/en/resources/icd-codes/m49-0; rules.md §5.7",
                    cm_verified=NOT_IN_CM,
                ),
                icd("M49.1", "Brucella spondylitis", f"{WHO_TITLE_U}; rules.md §5.7", cm_verified=NOT_IN_CM),
                icd(
                    "M49.2",
                    "Enterobacterial spondylitis",
                    "S: WHO title seen in medentic.app/en/resources/icd-codes/m49-2; rules.md §5.7",
                    cm_verified=NOT_IN_CM,
                ),
                icd(
                    "M49.3",
                    "Spondylopathy in other infectious and parasitic diseases",
                    f"{WHO_TITLE_U}; rules.md §5.7",
                    cm_verified=NOT_IN_CM,
                ),
                icd(
                    "G06.1",
                    "Intraspinal abscess and granuloma",
                    f"{WHO_TITLE_U}; rules.md §5.7",
                    cm_verified=f"{CM_V} (G06.1)",
                ),
            ],
            expansions=[
                expansion("snomed", "snomed-spinal-infection-cds4cpm"),
                expansion("snomed", "snomed-spinal-infection-canvas"),
            ],
            notes="Any spinal level counts (no site rule: an infection of the spine is the red flag). ICD-10-CM has no "
            "M49.0-M49.3 (tuberculosis of the spine is A18.01 there, in BONE_JOINT_TUBERCULOSIS).",
        ),
        Concept(
            "BONE_JOINT_TUBERCULOSIS",
            "Tuberculosis of bones and joints",
            "Tuberculosis of bones and joints (A18.0): a spinal infection only together with M49.0 or an active back "
            "complaint.",
            "rules.md §5.7 'A18.0 only together with M49.0 or an active back complaint'",
            [
                icd(
                    "A18.0",
                    "Tuberculosis of bones and joints",
                    f"{WHO_TITLE_U}; rules.md §5.7",
                    "is-a",
                    cm_verified=f"{CM_V} (A18.01 tuberculosis of spine, A18.02, A18.03, A18.09)",
                )
            ],
            notes="ICD-10-CM A18.01 is tuberculosis of the spine itself; the rules still apply the back-complaint "
            "condition to the whole category as rules.md §5.7 says.",
        ),
        Concept(
            "MUSCULOSKELETAL_INFECTION",
            "Infection of the musculoskeletal system (ICPC-2)",
            "ICPC-2 L70, infection of the musculoskeletal system at any site: with a back complaint a 'possible spinal "
            "infection - check the site' finding, without suppressing advice.",
            "rules.md §5.7",
            [
                icpc(
                    "L70",
                    "Infection musculoskeletal system",
                    f"V: ICPC-2 L70 'Infektion i muskel/skeletsystem' in {ICPC_DK}; rules.md §5.7",
                )
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
            verified = code.verified
            if mirrored:
                verified = code.cm_verified or f"{CM_FROM_WHO}; WHO entry: {code.verified}"
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
