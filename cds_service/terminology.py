"""Terminology: value sets (valuesets/*.json, FHIR R4 ValueSet) loaded once into an immutable lookup.

``Terminology.load(directory)`` reads ``directory/valuesets/*.json`` once; ``Terminology.concepts(codings)``
returns the names of the value sets (``ValueSet.name``, for example ``LBP_NONSPECIFIC``) that contain
any of the codings. Codes are matched, never display text.

How a value set is read (the same text is in every ValueSet's ``code-matching`` extension):

- A coding's system is canonicalised and mapped to its family by the table in
  ``valuesets/code-systems.toml`` (``code_systems``, rules.md §5.1): trailing slash, https, case, SNOMED CT
  edition and version URIs and the HL7 and Norwegian OIDs are all one system. ICD-10-CM is its own
  family: the same characters can mean different things (WHO ``S32.01`` is an open fracture, CM
  ``S32.01x`` a burst fracture of L1), so a CM coding is matched by CM includes; a code under a WHO URI
  that only CM can have (six or more characters, a letter after the category) is read as CM, and a
  WHO-shaped code under the CM URI that CM has nothing for is read as WHO. An unknown system matches
  nothing: it is never guessed.
- Codes are cleaned first (``code_systems.clean_code``): ICD-10 (every variant) without dots, white space,
  a trailing ``-``, dagger/asterisk marks, with a decimal comma read as a dot and upper-cased, so ``M545``
  == ``m54.5`` == ``M54,5-``; ICPC-2 and ATC upper-cased; SNOMED CT and RxNorm trimmed; zero-width
  characters removed everywhere.
- ``concept`` lists are exact codes. ``filter`` ``concept is-a X`` means ``X`` and every code that begins
  with ``X``: only for ICD-10, ICD-10-CM, ICPC-2 and ATC, whose hierarchies are their code prefixes.
  ``filter`` ``code regex P`` means the whole code matches ``P``; for ICD-10 the pattern is written
  against the dotted form (a dot after the third character, e.g. ``M54.16``), otherwise against the
  normalised code.
- A code is in a value set when an ``include`` matches and no ``exclude`` does.

The lookup per coding is a dict hit on a small memo, or on a miss: one dict lookup for exact codes, one
per distinct prefix length, and the (few) regular expressions of that family.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, Protocol

from .code_systems import (
    ATC,
    CODE_SYSTEMS_FILE,
    ICD10,
    ICD10_CM,
    ICD10_FAMILIES,
    ICPC2,
    RXNORM,
    SNOMED_CT,
    CodeSystems,
    clean_code,
)
from .errors import KnowledgeError

VERIFICATION_EXTENSION_URL: Final = "http://lbp-cds.no/fhir/StructureDefinition/verification"
"""Every concept and filter says what was verified: ``V: <source>``, ``S: <note>`` or ``U: <note>``."""
CODE_MATCHING_EXTENSION_URL: Final = "http://lbp-cds.no/fhir/StructureDefinition/code-matching"
VALUESET_URL_BASE: Final = "http://lbp-cds.no/fhir/ValueSet/"


_PREFIX_HIERARCHY_FAMILIES: Final = frozenset({ICD10, ICD10_CM, ICPC2, ATC})

# What a well-formed code (or is-a prefix) looks like once normalised; a value-set file with anything
# else is rejected, so a typo cannot silently match nothing.
_CODE_FORMATS: Final[Mapping[str, re.Pattern[str]]] = MappingProxyType(
    {
        ICD10: re.compile(r"[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}"),
        ICD10_CM: re.compile(r"[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}"),
        ICPC2: re.compile(r"[A-Z-][0-9]{2}"),
        ATC: re.compile(r"[A-Z]([0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?)?"),
        SNOMED_CT: re.compile(r"[1-9][0-9]{5,17}"),
        RXNORM: re.compile(r"[1-9][0-9]{0,8}"),
    }
)
_VERIFICATION_VALUE: Final = re.compile(r"(V|S|U)(: .+)?")
_CONCEPT_NAME: Final = re.compile(r"[A-Z][A-Z0-9]*(_[A-Z0-9]+)*")
_MEMO_LIMIT: Final = 50_000
"""Distinct (system, code) pairs remembered; real records repeat a few hundred codes."""


set_frozen_field = object.__setattr__
"""Sets a field of a frozen dataclass instance, in its own hand-written ``__init__`` only (Coding here, the
facts' records). The generated ``__init__`` of a frozen dataclass looks ``object.__setattr__`` up for every
field: 2.1 µs a six-field instance (timeit); called bound like this, 1.25 µs. Writing the instance dict is
faster still (0.85 µs) but makes every later read of a field 3x slower, so it is not done."""


@dataclass(frozen=True)
class Coding:
    system: str
    code: str
    display: str | None = None

    def __init__(self, system: str, code: str, display: str | None = None) -> None:
        # By hand, not the dataclass's generated __init__: see set_frozen_field.
        set_frozen_field(self, "system", system)
        set_frozen_field(self, "code", code)
        set_frozen_field(self, "display", display)


def normalise_code(family: str, code: str) -> str:
    """The comparison form of ``code`` in ``family`` (``code_systems.clean_code``)."""
    return clean_code(family, code)


def _who_shaped(normalised: str) -> bool:
    """A code WHO ICD-10 could have: at most five characters, digits after the three-character category."""
    return len(normalised) <= 5 and (len(normalised) <= 3 or normalised[3:].isdigit())


def _edition_of(family: str, normalised: str) -> str:
    """rules.md §5.1: an ICD-10-CM code sent under a WHO or Norwegian ICD-10 URI is read as CM where it can
    only be CM: WHO codes have at most five characters (category, subcategory and a national fifth
    character) and digits after the category, so six or more characters, or a letter after the category
    (``M84.58XA``, ``S32.0XXA``), is a CM code."""
    if family == ICD10 and not _who_shaped(normalised):
        return ICD10_CM
    return family


def _regex_subject(family: str, normalised: str) -> str:
    """ICD-10 patterns are written against the dotted form (``M54.16``), as the classification prints it."""
    if family in ICD10_FAMILIES and len(normalised) > 3:
        return f"{normalised[:3]}.{normalised[3:]}"
    return normalised


@dataclass(frozen=True)
class _Table:
    """Exact codes, is-a prefixes and regular expressions of one family, each mapped to concept names."""

    exact: Mapping[str, frozenset[str]]
    prefixes: Mapping[str, frozenset[str]]
    prefix_lengths: tuple[int, ...]
    patterns: tuple[tuple[re.Pattern[str], str], ...]
    gate: re.Pattern[str] | None
    """All patterns as one alternation: one C-level match tells whether any pattern can match."""

    def match(self, family: str, normalised: str) -> set[str]:
        found: set[str] = set()
        hit = self.exact.get(normalised)
        if hit:
            found.update(hit)
        for length in self.prefix_lengths:
            if length > len(normalised):
                break
            hit = self.prefixes.get(normalised[:length])
            if hit:
                found.update(hit)
        subject = _regex_subject(family, normalised)
        if self.gate is not None and self.gate.fullmatch(subject):
            for pattern, concept in self.patterns:
                if concept not in found and pattern.fullmatch(subject):
                    found.add(concept)
        return found


@dataclass(frozen=True)
class _FamilyIndex:
    include: _Table
    exclude: _Table

    def match(self, family: str, normalised: str) -> frozenset[str]:
        included = self.include.match(family, normalised)
        if included:
            included -= self.exclude.match(family, normalised)
        return frozenset(included)


class _TableBuilder:
    def __init__(self) -> None:
        self.exact: defaultdict[str, set[str]] = defaultdict(set)
        self.prefixes: defaultdict[str, set[str]] = defaultdict(set)
        # Keyed by (pattern text, concept): aliases of one system (WHO URI and Norwegian OID) repeat rules.
        self.patterns: dict[tuple[str, str], re.Pattern[str]] = {}

    def build(self) -> _Table:
        return _Table(
            exact=MappingProxyType({code: frozenset(names) for code, names in self.exact.items()}),
            prefixes=MappingProxyType({code: frozenset(names) for code, names in self.prefixes.items()}),
            prefix_lengths=tuple(sorted({len(prefix) for prefix in self.prefixes})),
            patterns=tuple((pattern, concept) for (_, concept), pattern in self.patterns.items()),
            gate=re.compile("|".join(f"(?:{text})" for text in dict.fromkeys(text for text, _ in self.patterns)))
            if self.patterns
            else None,
        )


_NO_CONCEPTS: Final[frozenset[str]] = frozenset()


@dataclass(frozen=True)
class CodingMatch:
    """One coding as the service read it: its family, canonical system URI, cleaned code and concepts."""

    family: str
    system: str
    code: str
    """Cleaned, in the classification's printed form (ICD-10 with its dot: ``G83.4``)."""
    concepts: frozenset[str]


class CodingReader(Protocol):
    """What the facts step asks of a terminology: how one coding, as written, reads (``Terminology.match``).

    A protocol, not the class: the facts step is tested with small tables, and under the compiled build
    (mypyc; README, "The compiled build") an argument annotated with a class must be an instance of it."""

    def match(self, system: object, code: object) -> CodingMatch | None: ...


@dataclass(frozen=True)
class Terminology:
    version: str
    concept_names: frozenset[str]
    code_systems: CodeSystems = field(repr=False, compare=False)
    _families: Mapping[str, _FamilyIndex] = field(
        default_factory=lambda: MappingProxyType({}), repr=False, compare=False
    )
    # Memo of (system, raw code) -> match. Not part of the value: it only saves repeated canonicalisation,
    # cleaning and regex work for the codes a service sees again and again.
    _memo: dict[tuple[str, str], CodingMatch | None] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, directory: Path) -> Terminology:
        """Read and check ``directory/valuesets/code-systems.toml`` and every ``directory/valuesets/*.json``;
        a bad file raises ``KnowledgeError``."""
        folder = directory / "valuesets"
        if not folder.is_dir():
            raise KnowledgeError(str(folder), "value-set folder not found")
        code_systems = CodeSystems.load(folder / CODE_SYSTEMS_FILE)
        paths = sorted(folder.glob("*.json"))
        if not paths:
            raise KnowledgeError(str(folder), "no value-set files (*.json)")
        includes: defaultdict[str, _TableBuilder] = defaultdict(_TableBuilder)
        excludes: defaultdict[str, _TableBuilder] = defaultdict(_TableBuilder)
        names: set[str] = set()
        version: str | None = None
        version_source: Path | None = None
        for path in paths:
            parsed = _read_value_set(path, code_systems)
            if parsed.name in names:
                raise KnowledgeError(str(path), f"value set name {parsed.name} is used by another file")
            names.add(parsed.name)
            if version is None:
                version, version_source = parsed.version, path
            elif parsed.version != version:
                raise KnowledgeError(
                    str(path),
                    f"version {parsed.version!r} differs from {version!r} in {version_source}",
                )
            for rule in parsed.includes:
                rule.add_to(includes[rule.family], parsed.name)
            for rule in parsed.excludes:
                rule.add_to(excludes[rule.family], parsed.name)
        assert version is not None  # at least one file was read
        empty = _TableBuilder().build()
        families = {
            family: _FamilyIndex(
                include=builder.build(),
                exclude=excludes[family].build() if family in excludes else empty,
            )
            for family, builder in includes.items()
        }
        return cls(
            version=version,
            concept_names=frozenset(names),
            code_systems=code_systems,
            _families=MappingProxyType(families),
        )

    def concepts(self, codings: Iterable[Coding]) -> frozenset[str]:
        """Names of the value sets that contain any of ``codings`` (by system and code only)."""
        found: set[str] = set()
        for coding in codings:
            hit = self.match(coding.system, coding.code)
            if hit is not None and hit.concepts:
                found.update(hit.concepts)
        return frozenset(found)

    def match(self, system: object, code: object) -> CodingMatch | None:
        """The coding as read (rules.md §5.1), or ``None`` when its system is not one we read or its code is
        empty: such a coding is never guessed at. The concepts are empty for a code no value set holds."""
        # Typed as object: a Coding built from unchecked JSON may carry a number or null, which must
        # match nothing rather than crash the call.
        if not isinstance(system, str) or not isinstance(code, str):
            return None
        key = (system, code)
        memo = self._memo
        if key in memo:
            return memo[key]
        result = self._match(system, code)
        if len(memo) < _MEMO_LIMIT:
            memo[key] = result
        return result

    def _match(self, system: str, code: str) -> CodingMatch | None:
        family = self.code_systems.family_of(system)
        if family is None:
            return None
        cleaned = clean_code(family, code)
        if not cleaned:
            return None
        edition = _edition_of(family, cleaned) if family == ICD10 else family
        concepts = self._concepts_in(edition, cleaned)
        if not concepts and family == ICD10_CM and _who_shaped(cleaned):
            # rules.md §5.1, the reverse case: a WHO-style code (a national fifth character, a category CM
            # subdivided) under the CM URI is read as WHO ICD-10 when CM has nothing for it.
            concepts = self._concepts_in(ICD10, cleaned)
        # The evidence shows the code as the classification prints it (``M54.5``), not the comparison form.
        printed = _regex_subject(edition, cleaned) if edition in ICD10_FAMILIES else cleaned
        return CodingMatch(family, self.code_systems.canonical(edition), printed, concepts)

    def _concepts_in(self, family: str, cleaned: str) -> frozenset[str]:
        index = self._families.get(family)
        return index.match(family, cleaned) if index is not None else _NO_CONCEPTS

    def label(self, family: str) -> str:
        """A code system's short name for a card (``SNOMED CT``)."""
        return self.code_systems.label(family)


# --------------------------------------------------------------------------------------------------
# Reading and checking one ValueSet file


@dataclass(frozen=True)
class _Rule:
    family: str
    kind: str  # "exact", "is-a" or "regex"
    value: str  # normalised code or prefix, or the pattern text
    pattern: re.Pattern[str] | None = None

    def add_to(self, builder: _TableBuilder, concept: str) -> None:
        if self.kind == "exact":
            builder.exact[self.value].add(concept)
        elif self.kind == "is-a":
            builder.prefixes[self.value].add(concept)
        else:
            assert self.pattern is not None
            builder.patterns[(self.value, concept)] = self.pattern


@dataclass(frozen=True)
class _ParsedValueSet:
    name: str
    version: str
    includes: tuple[_Rule, ...]
    excludes: tuple[_Rule, ...]


def _read_value_set(path: Path, code_systems: CodeSystems) -> _ParsedValueSet:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KnowledgeError(str(path), f"not readable JSON: {exc}") from exc
    if not isinstance(raw, dict) or raw.get("resourceType") != "ValueSet":
        raise KnowledgeError(str(path), "not a FHIR ValueSet (resourceType must be 'ValueSet')")
    _validate_fhir(path, raw)
    name = _required_string(path, raw, "name")
    if not _CONCEPT_NAME.fullmatch(name):
        raise KnowledgeError(str(path), f"name {name!r} is not an UPPER_SNAKE_CASE concept name")
    if path.stem != name:
        raise KnowledgeError(str(path), f"file name must be {name}.json (the ValueSet name)")
    expected_id = name.lower().replace("_", "-")
    if raw.get("id") != expected_id:
        raise KnowledgeError(str(path), f"id must be {expected_id!r}, found {raw.get('id')!r}")
    if raw.get("url") != VALUESET_URL_BASE + expected_id:
        raise KnowledgeError(str(path), f"url must be {VALUESET_URL_BASE + expected_id!r}")
    version = _required_string(path, raw, "version")
    if raw.get("status") != "active":
        raise KnowledgeError(str(path), f"status must be 'active', found {raw.get('status')!r}")
    compose = raw.get("compose")
    if not isinstance(compose, dict) or not compose.get("include"):
        raise KnowledgeError(str(path), "compose.include is missing or empty")
    includes = tuple(_read_rules(path, compose["include"], "include", code_systems))
    excludes = tuple(_read_rules(path, compose.get("exclude") or [], "exclude", code_systems))
    return _ParsedValueSet(name=name, version=version, includes=includes, excludes=excludes)


def _validate_fhir(path: Path, raw: dict[str, Any]) -> None:
    from fhir.resources.R4B.valueset import ValueSet  # imported here: only start-up needs it

    try:
        ValueSet.model_validate(raw)
    except Exception as exc:  # pydantic.ValidationError, or anything the model raises on bad input
        first_lines = "; ".join(str(exc).splitlines()[:4])
        raise KnowledgeError(str(path), f"not a valid FHIR R4 ValueSet: {first_lines}") from exc


def _required_string(path: Path, raw: Mapping[str, Any], key: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise KnowledgeError(str(path), f"{key} is missing")
    return value


def _read_rules(path: Path, components: Any, where: str, code_systems: CodeSystems) -> Iterable[_Rule]:
    if not isinstance(components, list):
        raise KnowledgeError(str(path), f"compose.{where} must be a list")
    for position, component in enumerate(components):
        place = f"compose.{where}[{position}]"
        system = component.get("system") if isinstance(component, dict) else None
        if not isinstance(system, str):
            raise KnowledgeError(str(path), f"{place}: system is missing (value-set references are not supported)")
        family = code_systems.family_of_listed(system)
        if family is None:
            raise KnowledgeError(str(path), f"{place}: unknown code system {system!r} (see {CODE_SYSTEMS_FILE})")
        if component.get("valueSet"):
            raise KnowledgeError(str(path), f"{place}: valueSet references are not supported")
        concepts = component.get("concept") or []
        filters = component.get("filter") or []
        if concepts and filters:
            raise KnowledgeError(str(path), f"{place}: has both concept and filter (FHIR vsd-3)")
        if not concepts and not filters:
            raise KnowledgeError(str(path), f"{place}: would include the whole code system {system}")
        component_verified = _has_verification(component)
        for index, concept in enumerate(concepts):
            yield _exact_rule(path, f"{place}.concept[{index}]", family, concept, component_verified)
        for index, filter_ in enumerate(filters):
            yield _filter_rule(path, f"{place}.filter[{index}]", family, filter_, component_verified)


def _has_verification(element: Mapping[str, Any]) -> bool:
    for extension in element.get("extension") or []:
        if extension.get("url") == VERIFICATION_EXTENSION_URL:
            value = extension.get("valueString")
            return isinstance(value, str) and bool(_VERIFICATION_VALUE.fullmatch(value))
    return False


def _check_verified(path: Path, place: str, element: Mapping[str, Any], component_verified: bool) -> None:
    if not (component_verified or _has_verification(element)):
        raise KnowledgeError(str(path), f"{place}: no verification extension ('V: <source>', 'S: ...' or 'U: ...')")


def _exact_rule(path: Path, place: str, family: str, concept: Any, component_verified: bool) -> _Rule:
    code = concept.get("code") if isinstance(concept, dict) else None
    if not isinstance(code, str):
        raise KnowledgeError(str(path), f"{place}: code is missing")
    _check_verified(path, place, concept, component_verified)
    return _Rule(family, "exact", _checked_code(path, place, family, code))


def _filter_rule(path: Path, place: str, family: str, filter_: Any, component_verified: bool) -> _Rule:
    if not isinstance(filter_, dict):
        raise KnowledgeError(str(path), f"{place}: not an object")
    _check_verified(path, place, filter_, component_verified)
    prop, op, value = filter_.get("property"), filter_.get("op"), filter_.get("value")
    if not isinstance(value, str) or not value:
        raise KnowledgeError(str(path), f"{place}: value is missing")
    if prop == "concept" and op == "is-a":
        if family not in _PREFIX_HIERARCHY_FAMILIES:
            raise KnowledgeError(
                str(path), f"{place}: is-a on {family} needs a terminology server; list the codes instead"
            )
        return _Rule(family, "is-a", _checked_code(path, place, family, value))
    if prop == "code" and op == "regex":
        try:
            pattern = re.compile(value)
        except re.error as exc:
            raise KnowledgeError(str(path), f"{place}: invalid regex {value!r}: {exc}") from exc
        return _Rule(family, "regex", value, pattern)
    raise KnowledgeError(str(path), f"{place}: unsupported filter {prop} {op} (use 'concept is-a' or 'code regex')")


def _checked_code(path: Path, place: str, family: str, code: str) -> str:
    normalised = normalise_code(family, code)
    if not _CODE_FORMATS[family].fullmatch(normalised):
        raise KnowledgeError(str(path), f"{place}: {code!r} is not a well-formed {family} code")
    canonical = _regex_subject(family, normalised) if family in ICD10_FAMILIES else normalised
    if code != canonical:
        raise KnowledgeError(str(path), f"{place}: write {code!r} as {canonical!r}")
    return normalised
