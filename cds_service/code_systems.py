"""Code systems: canonical system URIs and code cleaning (rules.md §2, §5.1), from ``valuesets/code-systems.toml``.

Real EHR exports write one code system in many ways (``http://snomed.info/sct/``, ``HTTPS://SNOMED.INFO/SCT``,
an edition URI, the HL7 OID) and one code in many ways (``G83.4-``, ``C79,5``, a zero-width space before it).
A missed match is a missed red flag, so every coding is brought to one canonical (system, code) before it is
looked up. The table of systems is knowledge (data); the cleaning steps per family are code, since they are
fixed by the classifications themselves.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Final

from .errors import KnowledgeError
from .knowledge_files import read_toml, required_text

CODE_SYSTEMS_FILE: Final = "code-systems.toml"

ICD10: Final = "icd-10"
ICD10_CM: Final = "icd-10-cm"
ICPC2: Final = "icpc-2"
SNOMED_CT: Final = "snomed-ct"
ATC: Final = "atc"
RXNORM: Final = "rxnorm"
LOINC: Final = "loinc"
FAMILIES: Final = frozenset({ICD10, ICD10_CM, ICPC2, SNOMED_CT, ATC, RXNORM, LOINC})
ICD10_FAMILIES: Final = frozenset({ICD10, ICD10_CM})

_CLEANINGS: Final = frozenset({"icd-10", "upper", "exact"})

# Characters that are invisible in an EHR's screen but break a string comparison: zero-width space, joiners,
# word joiner, byte-order mark, soft hyphen. (Python's str.strip already removes the Unicode white space,
# including the no-break space.)
_INVISIBLE: Final = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE_RE: Final = re.compile(f"[{_INVISIBLE}]")
# ICD-10 writing conventions that are not part of the code (§5.1): dots, white space inside, the dagger and
# asterisk of dual classification (†, ‡, *, and "+" which some systems use for the dagger), and a trailing
# "-" that marks "a code of this category" in many export formats.
_ICD_MARKS: Final = re.compile(r"[\s.*†‡+]")
_INNER_SPACE: Final = re.compile(r"\s")
_URL: Final = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)(.*)", re.DOTALL)
_MEMO_LIMIT: Final = 10_000
"""Distinct system strings remembered; a service sees a few dozen spellings."""


def strip_invisible(value: str) -> str:
    """``value`` without surrounding white space and without zero-width characters anywhere."""
    if _INVISIBLE_RE.search(value):
        value = _INVISIBLE_RE.sub("", value)
    return value.strip()


def canonical_uri(raw: str) -> str:
    """The comparison form of a system URI: see the module docstring and ``code-systems.toml``."""
    value = strip_invisible(raw)
    if value[:8].lower() == "urn:oid:":
        return "urn:oid:" + value[8:].strip()
    match = _URL.fullmatch(value)
    if match is None:
        return value
    scheme, host, rest = match.groups()
    scheme = scheme.lower()
    if scheme == "https":
        scheme = "http"
    return f"{scheme}://{host.lower()}{rest.rstrip('/')}"


def clean_code(family: str, code: str) -> str:
    """The comparison form of ``code`` in ``family`` (the ``code_cleaning`` of its system).

    ICD-10 (WHO, Norway, CM): ``G83.4-`` = ``g83.4`` = ``G834`` = ``G83,4``; ``M48.06*`` = ``M4806``.
    ICPC-2, ATC and LOINC: upper-cased, inner white space removed (``l 03`` = ``L03``). SNOMED CT, RxNorm:
    trimmed only (numeric identifiers)."""
    value = strip_invisible(code)
    if family in ICD10_FAMILIES:
        value = _ICD_MARKS.sub("", value.replace(",", ".")).rstrip("-").upper()
    elif family in (ICPC2, ATC, LOINC):
        value = _INNER_SPACE.sub("", value).upper()
    return value


@dataclass(frozen=True)
class CodeSystem:
    family: str
    label: str
    canonical: str
    aliases: tuple[str, ...]
    edition_patterns: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class CodeSystems:
    """The canonical table: which family a system URI belongs to, however it is written."""

    systems: Mapping[str, CodeSystem]
    """By family."""
    _exact: Mapping[str, str] = field(repr=False)
    """Canonicalised canonical URI or alias -> family."""
    _memo: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, path: Path) -> CodeSystems:
        document = read_toml(path)
        systems: dict[str, CodeSystem] = {}
        exact: dict[str, str] = {}
        for family, table in document.items():
            if family not in FAMILIES:
                raise KnowledgeError(str(path), f"[{family}]: unknown code-system family (known: {sorted(FAMILIES)})")
            if not isinstance(table, dict):
                raise KnowledgeError(str(path), f"[{family}] must be a table")
            where = f"[{family}] "
            cleaning = required_text(table, "code_cleaning", path, where)
            if cleaning not in _CLEANINGS:
                raise KnowledgeError(str(path), f"{where}code_cleaning must be one of {sorted(_CLEANINGS)}")
            canonical = required_text(table, "canonical", path, where)
            aliases = table.get("aliases", [])
            patterns = table.get("edition_patterns", [])
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
                raise KnowledgeError(str(path), f"{where}aliases must be a list of URIs")
            if not isinstance(patterns, list) or not all(isinstance(p, str) and p for p in patterns):
                raise KnowledgeError(str(path), f"{where}edition_patterns must be a list of regular expressions")
            compiled: list[re.Pattern[str]] = []
            for pattern in patterns:
                try:
                    compiled.append(re.compile(pattern))
                except re.error as error:
                    raise KnowledgeError(str(path), f"{where}invalid edition pattern {pattern!r}: {error}") from None
            for uri in (canonical, *aliases):
                key = canonical_uri(uri)
                if key != uri:
                    raise KnowledgeError(str(path), f"{where}write {uri!r} in canonical form {key!r}")
                if key in exact:
                    raise KnowledgeError(str(path), f"{where}{uri!r} is already listed for {exact[key]}")
                exact[key] = family
            systems[family] = CodeSystem(
                family=family,
                label=required_text(table, "label", path, where),
                canonical=canonical,
                aliases=tuple(aliases),
                edition_patterns=tuple(compiled),
            )
        missing = FAMILIES - set(systems)
        if missing:
            raise KnowledgeError(str(path), f"no table for {sorted(missing)}")
        return cls(systems=MappingProxyType(systems), _exact=MappingProxyType(exact))

    def family_of(self, system: str) -> str | None:
        """The family of a system URI as written in a record; ``None`` when it is not a system we read."""
        memo = self._memo
        if system in memo:
            return memo[system]
        key = canonical_uri(system)
        family = self._exact.get(key)
        if family is None:
            family = next(
                (s.family for s in self.systems.values() for pattern in s.edition_patterns if pattern.fullmatch(key)),
                None,
            )
        if len(memo) < _MEMO_LIMIT:
            memo[system] = family
        return family

    def family_of_listed(self, system: str) -> str | None:
        """The family of a system URI written in a value set: exactly a canonical URI or an alias."""
        return self._exact.get(system)

    def canonical(self, family: str) -> str:
        return self.systems[family].canonical

    def label(self, family: str) -> str:
        return self.systems[family].label
