"""cards: templates (cards/*) loaded and checked once; render(hits, locale) -> CDS Hooks response.

Knowledge is data: ``cards/_catalog.toml`` holds what every card shares (knowledge version, source, code
systems, override reasons, referral targets, the words around patient data) and ``cards/<card-id>.toml``
holds one card's text in ``nb`` and ``en``. ``CardCatalog.load`` checks all of it once at start-up and raises
``KnowledgeError(path, problem)`` on the first problem, so a bad file stops the service with a clear message.

Rendering choices (documented for integrators):
- Each card carries ``extension: {"http://lbp-cds.no/knowledge-version": "<version>"}`` (CDS Hooks allows an
  ``extension`` object on a card) so feedback and audits can tie a card to the knowledge that produced it.
- Cards with referral targets get one suggestion per target and ``selectionBehavior: "any"``: the targets on
  one card answer different findings (cancer -> oncology, fracture -> orthopaedics) and are not alternatives,
  so the clinician may accept several. Only the emergency referral is marked ``isRecommended``.
- Advice cards named in ``[activity_plans]`` of ``_catalog.toml`` get one ``links`` entry to the patient's
  printable activity plan (``GET /activity-plan``, served by ``activity_plan``) in the card's language, when
  ``render`` is given the service's public base URL. The URL carries only the plan id and the language.
- Everything taken from patient data is escaped for Markdown and HTML (the sandbox renders raw HTML) and no
  patient identifier (id, name, birth date) is put in a card.
"""

from __future__ import annotations

import itertools
import logging
import re
import string
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlencode

from . import card_uuids
from .code_systems import CODE_SYSTEMS_FILE, CodeSystems
from .errors import KnowledgeError
from .facts import NO_RECOGNISED_CODE, OTHER_PATIENT, Evidence, PatientFacts
from .hook_request import HookRequest
from .knowledge_files import read_toml, required_text
from .rules import CARD_INDICATORS, FINDING_CODES, REFERRAL_TARGETS, Finding, RuleHit
from .suggestions import ReferralTarget, check_target, referral_suggestion
from .terminology import Coding

_log = logging.getLogger(__name__)

LOCALES = ("nb", "en")
INDICATORS = ("critical", "warning", "info")
_INDICATOR_RANK = {indicator: rank for rank, indicator in enumerate(INDICATORS)}

# CDS Hooks: summary is a "<140-character" sentence.
SUMMARY_MAX_CHARS = 139

# Names a template placeholder may use: the scalar values a RuleHit may carry (``age`` is the age at the
# evaluation date, ``age_at_onset`` the age when the episode began, used by red flag RF1).
VALUE_NAMES = frozenset({"group", "duration", "days", "recurrent", "age", "age_at_onset"})
# Values with a fixed set of codes, each of which needs a label in both languages.
ENUM_VALUES: Mapping[str, frozenset[str]] = {
    "group": frozenset({"nonspecific", "nerve-root", "specific"}),
    "duration": frozenset({"acute", "subacute", "chronic", "unknown"}),
}

# Referral targets accepted without further thought: a possible cauda equina syndrome goes to hospital today.
RECOMMENDED_REFERRALS = frozenset({"emergency"})

# The route of the patient's printable activity plan (``activity_plan`` serves it; cards link to it).
ACTIVITY_PLAN_PATH = "/activity-plan"
# Plan ids are URL parameters and file names (cards/plans/<id>.toml): kept plain.
ACTIVITY_PLAN_ID = re.compile(r"^[a-z][a-z0-9-]{0,39}$")


@lru_cache(maxsize=256)
def activity_plan_url(base_url: str, plan_id: str, locale: str) -> str:
    """The absolute address of one plan's page; ``base_url`` is the service's public root URL.

    Cached: the same few addresses on every call (a setting, knowledge, a locale; never patient data), and
    ``urlencode`` was 8 % of rendering the cards."""
    return f"{base_url.rstrip('/')}{ACTIVITY_PLAN_PATH}?{urlencode({'plan': plan_id, 'lang': locale})}"


_PHRASE_KEYS = (
    "findings_heading",
    "evidence_heading",
    "medications_not_checked",
    "unknown",
    "yes",
    "no",
    "no_code",
    "suggestion_action",
    "more_evidence",
    "unreadable_records",
    "unassessed_records",
    "other_patient_records",
    "incomplete_lists",
    "status_uncoded",
    "suspected",
    "more_findings",
    "activity_plan_link",
    "cards_hidden",
)
_PHRASE_PLACEHOLDERS: Mapping[str, frozenset[str]] = {
    "suggestion_action": frozenset({"label"}),
    "more_evidence": frozenset({"count"}),
    "unreadable_records": frozenset({"count", "types"}),
    "unassessed_records": frozenset({"count", "types"}),
    "other_patient_records": frozenset({"count", "types"}),
    "incomplete_lists": frozenset({"lists"}),
    "more_findings": frozenset({"count"}),
    "cards_hidden": frozenset({"count"}),
}
# The CDS Hooks non-adherence reasons (HL7) offered after our own, with their source in the file.
HL7_OVERRIDE_REASONS_FILE = "_override_reasons_hl7.toml"
# The prefetch keys whose list a card may name as not read in full (rules.md §5.4); each needs a label.
LIST_KEYS = ("patient", "conditions", "medications", "medicationRequests")
# The one placeholder a summary may hold: the short names of the findings, e.g. the red flags found (§5.8).
SUMMARY_FINDINGS = "findings"
# The card whose finding makes the advice cards drop their reassurance line (§5.8).
REASSURANCE_DROPPED_BY = "lbp-red-flags"
# A card lists at most this many records per reason, newest first: a clinician reads the card in five
# seconds, and 40 NSAID prescriptions say no more than the latest few.
MAX_EVIDENCE_LINES = 5
_CARD_KEYS = frozenset({"indicator", "show_values", *LOCALES})
_LOCALE_KEYS = frozenset({"title", "summary", "detail", "findings", "finding_names", "reassurance"})

# DataProblem kinds with a line of their own on the top card; every other kind is an unreadable record.
_PROBLEM_PHRASES: Mapping[str, str] = {
    NO_RECOGNISED_CODE: "unassessed_records",
    OTHER_PATIENT: "other_patient_records",
}

# ASCII punctuation that can start Markdown syntax or an autolink; escaped with a backslash in patient text.
_MARKDOWN_SPECIAL = frozenset("\\`*_{}[]()#+!|~.:@")
_HTML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# Both escapes as one str.translate table: one C-level pass instead of a Python loop per character.
_PATIENT_TEXT_ESCAPES = str.maketrans({**{ch: "\\" + ch for ch in _MARKDOWN_SPECIAL}, **_HTML_ENTITIES})
_PATIENT_TEXT_MAX_CHARS = 200
_NEEDS_ESCAPE = re.compile("[" + re.escape("".join(sorted(_MARKDOWN_SPECIAL | set(_HTML_ENTITIES)))) + "]")
_EDGE_SPACE = re.compile(r"^\s|\s$")
_ABSOLUTE_URL = re.compile(r"^https?://\S+$")


@dataclass(frozen=True)
class CardText:
    title: str
    summary: str
    detail: str
    findings: Mapping[str, str]
    finding_names: Mapping[str, str]
    """Short names of the findings for a summary with ``{findings}`` (empty otherwise)."""
    reassurance: str | None = None
    """A reassuring line added to the detail unless ``lbp-red-flags`` is in the same response (§5.8)."""


@dataclass(frozen=True)
class CardTemplate:
    card_id: str
    indicator: str
    text: Mapping[str, CardText]
    """By locale."""
    show_values: tuple[str, ...]
    """Values of the rule hit shown as a line under the detail, when the hit carries them."""


@dataclass(frozen=True)
class OverrideReason:
    system: str
    code: str
    display: Mapping[str, str]
    snooze: bool = False
    """A snooze reason: with snooze on, the service hides the card for that patient (``snooze``)."""


@dataclass(frozen=True)
class CardCatalog:
    version: str
    card_ids: frozenset[str]
    templates: Mapping[str, CardTemplate]
    card_code_system: str
    override_reason_system: str
    version_extension_key: str
    source_url: str
    source_labels: Mapping[str, str]
    override_reasons: tuple[OverrideReason, ...]
    referrals: Mapping[str, ReferralTarget]
    phrases: Mapping[str, Mapping[str, str]]
    """Locale -> key -> the words the renderer puts around patient data."""
    resource_labels: Mapping[str, Mapping[str, str]]
    value_lines: Mapping[str, Mapping[str, str]]
    value_labels: Mapping[str, Mapping[str, Mapping[str, str]]]
    """Locale -> value name -> value code -> label."""
    activity_plans: Mapping[str, str]
    """Card id -> the id of the patient's activity plan its link points at."""
    list_labels: Mapping[str, Mapping[str, str]]
    """Locale -> prefetch key -> what the list is called on a card (§5.4)."""
    system_labels: Mapping[str, str]
    """Canonical code-system URI -> short name shown next to a code (``valuesets/code-systems.toml``)."""
    static_parts: Mapping[tuple[str, str, bool], Mapping[str, Any]] = field(default_factory=dict)
    """(card id, locale) -> the members of the card that no request changes (indicator, source, override
    reasons, extension), built once by ``load``; ``_card`` puts them in every card as they are. They are
    shared by every response: nothing may change a card's nested values after rendering."""

    @classmethod
    def load(cls, directory: Path) -> CardCatalog:
        """Load ``directory/cards`` (``directory`` is the knowledge root) and check every file."""
        cards_dir = directory / "cards"
        if not cards_dir.is_dir():
            raise KnowledgeError(str(cards_dir), "the card directory does not exist")
        catalog_path = cards_dir / "_catalog.toml"
        catalog = read_toml(catalog_path)
        shared = _load_shared(catalog, catalog_path)
        templates = _load_templates(cards_dir, shared["value_lines"])
        # The cards print each code with its system's short name; the names live with the code systems.
        systems = CodeSystems.load(directory / "valuesets" / CODE_SYSTEMS_FILE).systems.values()
        catalog_without_parts = cls(
            templates=MappingProxyType(templates),
            card_ids=frozenset(templates),
            system_labels=MappingProxyType({system.canonical: system.label for system in systems}),
            **shared,
        )
        return replace(catalog_without_parts, static_parts=catalog_without_parts._static_card_parts())

    def _static_card_parts(self) -> Mapping[tuple[str, str, bool], Mapping[str, Any]]:
        """Keyed by (card id, locale, snooze offered). A snooze reason is offered only where it can work:
        with the snooze on, and never on a critical card (which the snooze never hides)."""
        parts: dict[tuple[str, str, bool], Mapping[str, Any]] = {}
        for (card_id, template), locale, offer_snooze in itertools.product(
            self.templates.items(), LOCALES, (False, True)
        ):
            reasons = [
                reason
                for reason in self.override_reasons
                if not reason.snooze or (offer_snooze and template.indicator != "critical")
            ]
            parts[(card_id, locale, offer_snooze)] = {
                "indicator": template.indicator,
                "source": {
                    "label": self.source_labels[locale],
                    "url": self.source_url,
                    "topic": {
                        "system": self.card_code_system,
                        "code": card_id,
                        "display": template.text[locale].title,
                    },
                },
                "overrideReasons": [
                    {"system": reason.system, "code": reason.code, "display": reason.display[locale]}
                    for reason in reasons
                ],
                "extension": {self.version_extension_key: self.version},
            }
        return MappingProxyType(parts)

    def render(
        self,
        hits: Sequence[RuleHit],
        *,
        locale: str,
        request: HookRequest,
        facts: PatientFacts,
        links_base_url: str | None = None,
        offer_snooze: bool = False,
    ) -> dict[str, Any]:
        """The CDS Hooks response ``{"cards": [...]}``, ordered critical -> warning -> info.

        The rules already order their hits; the stable sort by indicator is a safety net that keeps their
        order within one indicator. ``links_base_url``: the service's public root URL (absolute); when
        given, advice cards link to the patient's activity plan under it; ``None``: no links.
        """
        if locale not in LOCALES:
            raise ValueError(f"unsupported locale {locale!r}; expected one of {', '.join(LOCALES)}")
        if links_base_url is not None and not _ABSOLUTE_URL.match(links_base_url):
            # A CDS Hooks link must be absolute; a bad setting must not break the hook call.
            _log.error("the base URL for card links is not an absolute http(s) URL; links left out")
            links_base_url = None
        known: list[RuleHit] = []
        for hit in hits:
            if hit.card_id in self.templates:
                known.append(hit)
            else:
                # A rule/template mismatch is a programming error; report it, never crash the hook call.
                _log.error("rule hit for card id %r has no template; card left out", hit.card_id)
        known.sort(key=lambda hit: _INDICATOR_RANK[self.templates[hit.card_id].indicator])
        reassure = not any(hit.card_id == REASSURANCE_DROPPED_BY for hit in known)
        shared_lines = self._response_lines(facts, locale)
        cards = [
            self._card(hit, locale, request, links_base_url, reassure, shared_lines, offer_snooze) for hit in known
        ]
        if cards and facts.problems:
            # Unreadable data is a reported problem, not a silent skip: say it once, on the top card.
            cards[0]["detail"] += "\n\n" + "\n\n".join(self._problem_notes(facts, locale))
        return {"cards": cards}

    def note_hidden(self, response: dict[str, Any], count: int, locale: str) -> None:
        """Say on the top card, in one line, how many cards the snooze hid from this response."""
        cards = response.get("cards") or []
        if count > 0 and cards:
            cards[0]["detail"] += "\n\n" + self.phrases[locale]["cards_hidden"].format(count=count)

    @property
    def snooze_reasons(self) -> frozenset[tuple[str, str]]:
        """(system, code) of every snooze reason."""
        return frozenset((reason.system, reason.code) for reason in self.override_reasons if reason.snooze)

    def _problem_notes(self, facts: PatientFacts, locale: str) -> list[str]:
        """How many records were left out and why, by resource type; never which ones (no identifiers).
        rules.md §5.1: "N diagnoses could not be assessed (no recognised code)"; §5.2: records naming another
        patient are "counted and reported like an unreadable record"."""
        groups: dict[str, Counter[str]] = {}
        for problem in facts.problems:
            phrase = _PROBLEM_PHRASES.get(problem.problem, "unreadable_records")
            groups.setdefault(phrase, Counter())[problem.resource_type] += 1
        notes = []
        for phrase in ("other_patient_records", "unassessed_records", "unreadable_records"):
            counts = groups.get(phrase)
            if counts:
                notes.append(
                    self.phrases[locale][phrase].format(count=sum(counts.values()), types=self._types(counts, locale))
                )
        return notes

    def _types(self, counts: Counter[str], locale: str) -> str:
        labels = self.resource_labels[locale]
        return ", ".join(
            f"{labels.get(resource_type) or _escape_patient_text(resource_type)} {count}"
            for resource_type, count in sorted(counts.items())
        )

    def _response_lines(self, facts: PatientFacts, locale: str) -> list[str]:
        """The lines every card of the response carries: lists not read in full (§5.4) or not read at all."""
        lines: list[str] = []
        if facts.incomplete_lists:
            labels = self.list_labels[locale]
            names = ", ".join(labels[key] for key in LIST_KEYS if key in facts.incomplete_lists)
            lines.append(self.phrases[locale]["incomplete_lists"].format(lists=names))
        if not facts.medications_checked:
            lines.append(self.phrases[locale]["medications_not_checked"])
        return lines

    # --- one card ---------------------------------------------------------------------------------------

    def _card(
        self,
        hit: RuleHit,
        locale: str,
        request: HookRequest,
        links_base_url: str | None,
        reassure: bool,
        shared_lines: Sequence[str],
        offer_snooze: bool,
    ) -> dict[str, Any]:
        template = self.templates[hit.card_id]
        text = template.text[locale]
        summary = self._summary(hit, text, locale)
        card: dict[str, Any] = {
            "uuid": card_uuids.mint(),  # carries the marker the feedback checks (card_uuids)
            "summary": summary,
            "detail": self._detail(hit, template, locale, reassure, shared_lines),
            **self.static_parts[(hit.card_id, locale, offer_snooze)],
        }
        suggestions = self._suggestions(hit, summary, locale, request)
        if suggestions:
            card["suggestions"] = suggestions
            card["selectionBehavior"] = "any"
        plan_id = self.activity_plans.get(hit.card_id)
        if links_base_url is not None and plan_id is not None:
            card["links"] = [
                {
                    "label": self.phrases[locale]["activity_plan_link"],
                    "url": activity_plan_url(links_base_url, plan_id, locale),
                    "type": "absolute",
                }
            ]
        return card

    def _summary(self, hit: RuleHit, text: CardText, locale: str) -> str:
        """The template's summary; with ``{findings}``, the short names of the findings, as many as fit in
        fewer than 140 characters and then "+N more" (rules.md §5.8: the red-flag summary names the flags)."""
        if not text.finding_names:
            return text.summary
        values = self._formatted_values(hit.values, locale)
        unknown = self.phrases[locale]["unknown"]
        names = list(
            dict.fromkeys(
                _fill(text.finding_names[f.code], values, unknown) for f in hit.findings if f.code in text.finding_names
            )
        )
        for shown in range(len(names), 0, -1):
            listed = ", ".join(names[:shown])
            if shown < len(names):
                listed += " " + self.phrases[locale]["more_findings"].format(count=len(names) - shown)
            summary = text.summary.replace("{" + SUMMARY_FINDINGS + "}", listed)
            if len(summary) <= SUMMARY_MAX_CHARS:
                return summary
        # The loader checked that one name always fits; this is a safety net.
        return text.summary.replace("{" + SUMMARY_FINDINGS + "}", "…")[:SUMMARY_MAX_CHARS]

    def _detail(
        self, hit: RuleHit, template: CardTemplate, locale: str, reassure: bool, shared_lines: Sequence[str]
    ) -> str:
        phrases = self.phrases[locale]
        values = self._formatted_values(hit.values, locale)
        text = template.text[locale]
        detail = _fill(text.detail, values, phrases["unknown"]).strip()
        if reassure and text.reassurance:
            detail += "\n" + text.reassurance.strip()  # the last item of the advice list
        parts = [detail]

        value_lines = [
            _fill(self.value_lines[locale][name], values, phrases["unknown"])
            for name in template.show_values
            if name in values
        ]
        if value_lines:
            parts.append("\n".join(value_lines))

        # Evidence hashes in Python (a dataclass hashing its Coding), and a hit can carry thousands: each
        # record is hashed once into a dict, and later steps reuse the dicts (their stored hashes).
        shown: dict[Evidence, None] = {}
        if hit.findings:
            lines = [phrases["findings_heading"]]
            for finding in hit.findings:
                lines.append(f"- {self._finding_line(hit.card_id, finding, text, values, locale)}")
                unique = dict.fromkeys(finding.evidence)
                lines.extend(f"  - {line}" for line in self._evidence_lines(unique, locale))
                shown.update(unique)
            parts.append("\n".join(lines))

        remaining: Collection[Evidence] = dict.fromkeys(hit.evidence)
        if shown:
            remaining = [evidence for evidence in remaining if evidence not in shown]
        if remaining:
            lines = [phrases["evidence_heading"]]
            lines.extend(f"- {line}" for line in self._evidence_lines(remaining, locale))
            parts.append("\n".join(lines))

        # rules.md §5.2: a card relying on an uncoded status, or on a suspected diagnosis, says so in one line.
        used = [*hit.evidence, *(e for finding in hit.findings for e in finding.evidence)]
        if any(e.suspected for e in used):
            parts.append(phrases["suspected"])
        if any(e.status_uncoded for e in used):
            parts.append(phrases["status_uncoded"])
        parts.extend(shared_lines)
        return "\n\n".join(part for part in parts if part)

    def _finding_line(
        self, card_id: str, finding: Finding, text: CardText, values: Mapping[str, str], locale: str
    ) -> str:
        template = text.findings.get(finding.code)
        if template is None:
            # The loader checks every known finding code; a new code from the rules must still show.
            _log.error("card %s: no text for finding code %r", card_id, finding.code)
            return _escape_patient_text(finding.code)
        return _fill(template, values, self.phrases[locale]["unknown"])

    def _evidence_lines(self, unique: Collection[Evidence], locale: str) -> list[str]:
        """The newest ``MAX_EVIDENCE_LINES`` of ``unique`` (records without repeats; undated last), then how
        many more there are. Records with the same date keep their order."""
        dated = [e for e in unique if e.date is not None]
        # A stable sort stays stable with reverse=True, so equal dates keep their order; the C key is cheap.
        dated.sort(key=_EVIDENCE_DATE, reverse=True)
        newest = dated + [e for e in unique if e.date is None]
        lines = [self._evidence_line(e, locale) for e in newest[:MAX_EVIDENCE_LINES]]
        if len(newest) > MAX_EVIDENCE_LINES:
            lines.append(self.phrases[locale]["more_evidence"].format(count=len(newest) - MAX_EVIDENCE_LINES))
        return lines

    def _evidence_line(self, evidence: Evidence, locale: str) -> str:
        """``SNOMED CT 23056005 – Sciatica (diagnosis, 2026-01-05)``: what matched, never who."""
        kind = self.resource_labels[locale].get(evidence.resource_type) or _escape_patient_text(evidence.resource_type)
        coding = evidence.coding
        if coding is None:
            head, details = kind, [self.phrases[locale]["no_code"]]
        else:
            system = self.system_labels.get(coding.system) or _escape_patient_text(coding.system)
            head = f"{system} {_escape_patient_text(coding.code)}"
            display = _escape_patient_text(coding.display or "")
            if display:
                head += f" – {display}"
            details = [kind]
        # A Patient resource's date can be the birth date, an identifier: never shown.
        if evidence.date is not None and evidence.resource_type != "Patient":
            details.append(evidence.date.isoformat())
        return f"{head} ({', '.join(details)})"

    def _formatted_values(self, values: Mapping[str, Any], locale: str) -> dict[str, str]:
        phrases = self.phrases[locale]
        formatted: dict[str, str] = {}
        for name, value in values.items():
            if name not in VALUE_NAMES or value is None:
                continue
            if isinstance(value, bool):
                formatted[name] = phrases["yes"] if value else phrases["no"]
            elif name in ENUM_VALUES:
                label = self.value_labels[locale][name].get(str(value))
                formatted[name] = label if label is not None else _escape_patient_text(str(value))
            else:
                formatted[name] = _escape_patient_text(str(value))
        return formatted

    def _suggestions(self, hit: RuleHit, summary: str, locale: str, request: HookRequest) -> list[dict[str, Any]]:
        if not hit.referrals:
            return []
        patient_id = request.context.get("patientId")
        if not patient_id:
            _log.error("card %s: no patientId in the hook context; referral suggestions left out", hit.card_id)
            return []
        reasons = _trigger_codings(hit)
        suggestions: list[dict[str, Any]] = []
        for target_name in dict.fromkeys(hit.referrals):
            target = self.referrals.get(target_name)
            if target is None:
                _log.error("card %s: unknown referral target %r left out", hit.card_id, target_name)
                continue
            label = target.labels[locale]
            try:
                suggestions.append(
                    referral_suggestion(
                        target,
                        locale=locale,
                        action_description=self.phrases[locale]["suggestion_action"].format(label=label),
                        patient_id=patient_id,
                        user_id=request.context.get("userId"),
                        reasons=reasons,
                        note=summary,
                        is_recommended=target_name in RECOMMENDED_REFERRALS,
                    )
                )
            except ValueError as error:
                # Only the error's field locations are logged: its message may echo patient data.
                _log.error(
                    "card %s: referral %s left out, ServiceRequest invalid at %s",
                    hit.card_id,
                    target_name,
                    _error_locations(error),
                )
        return suggestions


# --- rendering helpers ------------------------------------------------------------------------------------


def _trigger_codings(hit: RuleHit) -> list[Coding]:
    """The codings that raised the card: its own evidence, then each finding's, without repeats."""
    evidences = [*hit.evidence, *(evidence for finding in hit.findings for evidence in finding.evidence)]
    return list(dict.fromkeys(evidence.coding for evidence in evidences if evidence.coding is not None))


_EVIDENCE_DATE = attrgetter("date")


def _fill(template: str, values: Mapping[str, str], unknown: str) -> str:
    """Replace ``{name}`` placeholders (checked at load time) with a value or the word for "unknown"."""
    pieces = _template_pieces(template)
    if pieces is None:
        return string.Formatter().vformat(template, (), _DefaultingValues(values, unknown))
    return "".join([piece if is_literal else values.get(piece, unknown) for is_literal, piece in pieces])


@lru_cache(maxsize=1024)
def _template_pieces(template: str) -> tuple[tuple[bool, str], ...] | None:
    """A template split once into (is_literal, text or placeholder name) pieces, so filling it is a join.

    Cached by template text, which is knowledge (never patient data). ``None`` when a placeholder is
    more than a plain name: ``_fill`` then keeps the general formatter (the loader rejects such templates).
    """
    pieces: list[tuple[bool, str]] = []
    for literal, name, spec, conversion in string.Formatter().parse(template):
        if literal:
            pieces.append((True, literal))
        if name is not None:
            if spec or conversion or not name.isidentifier():
                return None
            pieces.append((False, name))
    return tuple(pieces)


class _DefaultingValues(dict[str, str]):
    def __init__(self, values: Mapping[str, str], unknown: str) -> None:
        super().__init__(values)
        self._unknown = unknown

    def __missing__(self, key: str) -> str:
        return self._unknown


def _escape_patient_text(text: str) -> str:
    """Text from the record made inert: one line, bounded length, Markdown and HTML characters escaped."""
    if not text.isprintable():  # the per-character pass only for the rare text with control characters
        text = "".join(ch if ch.isprintable() else " " for ch in text)
    flat = " ".join(text.split()) if "  " in text or not text.isascii() or _EDGE_SPACE.search(text) else text
    if len(flat) > _PATIENT_TEXT_MAX_CHARS:
        flat = flat[: _PATIENT_TEXT_MAX_CHARS - 1] + "…"
    # str.translate looks every character up in the table; one C regex scan finds most texts need nothing.
    return flat.translate(_PATIENT_TEXT_ESCAPES) if _NEEDS_ESCAPE.search(flat) else flat


def _error_locations(error: ValueError) -> str:
    errors = getattr(error, "errors", None)
    if callable(errors):
        try:
            return ", ".join(".".join(str(part) for part in item.get("loc", ())) for item in errors())
        except (TypeError, AttributeError):
            pass
    return type(error).__name__


# --- loading and checking ---------------------------------------------------------------------------------


def _table(table: Mapping[str, Any], key: str, path: Path, where: str) -> Mapping[str, Any]:
    value = table.get(key)
    if not isinstance(value, dict):
        raise KnowledgeError(str(path), f"{where}{key} must be a table")
    return value


def _placeholders(template: str, path: Path, where: str) -> set[str]:
    """The placeholder names in ``template``; malformed braces or format specs are knowledge errors."""
    names: set[str] = set()
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as error:
        raise KnowledgeError(str(path), f"{where}: malformed placeholder ({error})") from None
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if spec or conversion or not name:
            raise KnowledgeError(str(path), f"{where}: placeholders are plain {{name}} only, got {{{name}}}")
        names.add(name)
    return names


def _check_placeholders(template: str, allowed: frozenset[str], path: Path, where: str) -> None:
    unknown = _placeholders(template, path, where) - allowed
    if unknown:
        raise KnowledgeError(
            str(path),
            f"{where}: unknown placeholder(s) {', '.join(sorted(unknown))}; "
            f"known values are {', '.join(sorted(allowed))}",
        )


def _load_shared(catalog: Mapping[str, Any], path: Path) -> dict[str, Any]:
    source = _table(catalog, "source", path, "")
    source_url = required_text(source, "url", path, "source.")
    if not _ABSOLUTE_URL.match(source_url):
        raise KnowledgeError(str(path), "source.url must be an absolute http(s) URL")
    source_labels = {
        locale: required_text(_table(source, locale, path, "source."), "label", path, f"source.{locale}.")
        for locale in LOCALES
    }

    text = _table(catalog, "text", path, "")
    phrases: dict[str, Mapping[str, str]] = {}
    for locale in LOCALES:
        table = _table(text, locale, path, "text.")
        phrases[locale] = MappingProxyType(
            {key: required_text(table, key, path, f"text.{locale}.") for key in _PHRASE_KEYS}
        )
        for key in _PHRASE_KEYS:
            allowed = _PHRASE_PLACEHOLDERS.get(key, frozenset())
            _check_placeholders(phrases[locale][key], allowed, path, f"text.{locale}.{key}")

    resource_labels: dict[str, Mapping[str, str]] = {}
    for locale in LOCALES:
        table = _table(_table(catalog, "resource_labels", path, ""), locale, path, "resource_labels.")
        where = f"resource_labels.{locale}."
        resource_labels[locale] = MappingProxyType({key: required_text(table, key, path, where) for key in table})

    value_lines: dict[str, Mapping[str, str]] = {}
    for locale in LOCALES:
        table = _table(_table(catalog, "value_lines", path, ""), locale, path, "value_lines.")
        unknown = set(table) - VALUE_NAMES
        if unknown:
            raise KnowledgeError(str(path), f"value_lines.{locale}: unknown value(s) {', '.join(sorted(unknown))}")
        lines = {key: required_text(table, key, path, f"value_lines.{locale}.") for key in table}
        for key, line in lines.items():
            _check_placeholders(line, VALUE_NAMES, path, f"value_lines.{locale}.{key}")
        value_lines[locale] = MappingProxyType(lines)

    value_labels: dict[str, Mapping[str, Mapping[str, str]]] = {}
    values_table = _table(catalog, "values", path, "")
    for locale in LOCALES:
        per_locale = _table(values_table, locale, path, "values.")
        labels: dict[str, Mapping[str, str]] = {}
        for name, codes in ENUM_VALUES.items():
            table = _table(per_locale, name, path, f"values.{locale}.")
            labels[name] = MappingProxyType(
                {code: required_text(table, code, path, f"values.{locale}.{name}.") for code in sorted(codes)}
            )
        value_labels[locale] = MappingProxyType(labels)

    return {
        "version": required_text(catalog, "knowledge_version", path, ""),
        "card_code_system": required_text(catalog, "card_code_system", path, ""),
        "override_reason_system": required_text(catalog, "override_reason_system", path, ""),
        "version_extension_key": required_text(catalog, "knowledge_version_extension", path, ""),
        "source_url": source_url,
        "source_labels": MappingProxyType(source_labels),
        "override_reasons": _load_override_reasons(catalog, path)
        + _load_hl7_override_reasons(path.parent / HL7_OVERRIDE_REASONS_FILE),
        "referrals": _load_referrals(catalog, path),
        "phrases": MappingProxyType(phrases),
        "resource_labels": MappingProxyType(resource_labels),
        "value_lines": MappingProxyType(value_lines),
        "value_labels": MappingProxyType(value_labels),
        "activity_plans": _load_activity_plan_links(catalog, path),
        "list_labels": _load_list_labels(catalog, path),
    }


def _load_list_labels(catalog: Mapping[str, Any], path: Path) -> Mapping[str, Mapping[str, str]]:
    table = _table(catalog, "list_labels", path, "")
    labels: dict[str, Mapping[str, str]] = {}
    for locale in LOCALES:
        per_locale = _table(table, locale, path, "list_labels.")
        labels[locale] = MappingProxyType(
            {key: required_text(per_locale, key, path, f"list_labels.{locale}.") for key in LIST_KEYS}
        )
    return MappingProxyType(labels)


def _load_activity_plan_links(catalog: Mapping[str, Any], path: Path) -> Mapping[str, str]:
    table = _table(catalog, "activity_plans", path, "")
    links: dict[str, str] = {}
    for card_id, plan_id in sorted(table.items()):
        if card_id not in CARD_INDICATORS:
            raise KnowledgeError(str(path), f"activity_plans: no rule has card id {card_id!r}")
        if not isinstance(plan_id, str) or not ACTIVITY_PLAN_ID.match(plan_id):
            raise KnowledgeError(str(path), f"activity_plans.{card_id} must be a plan id (lower-case, hyphens)")
        links[card_id] = plan_id
    return MappingProxyType(links)


def _load_hl7_override_reasons(path: Path) -> tuple[OverrideReason, ...]:
    data = read_toml(path)
    return _load_override_reasons(data, path, system=required_text(data, "system", path, ""), snooze_allowed=False)


def _load_override_reasons(
    catalog: Mapping[str, Any], path: Path, *, system: str | None = None, snooze_allowed: bool = True
) -> tuple[OverrideReason, ...]:
    items = catalog.get("override_reasons")
    if not isinstance(items, list) or not items:
        raise KnowledgeError(str(path), "override_reasons must be a non-empty array of tables")
    reason_system = system or required_text(catalog, "override_reason_system", path, "")
    reasons: list[OverrideReason] = []
    for index, item in enumerate(items):
        where = f"override_reasons[{index}]."
        if not isinstance(item, dict):
            raise KnowledgeError(str(path), f"override_reasons[{index}] must be a table")
        code = required_text(item, "code", path, where)
        display = {locale: required_text(item, locale, path, where) for locale in LOCALES}
        snooze = item.get("snooze", False)
        if not isinstance(snooze, bool) or (snooze and not snooze_allowed):
            raise KnowledgeError(str(path), f"{where}snooze must be true or false (and only on our own reasons)")
        reasons.append(
            OverrideReason(system=reason_system, code=code, display=MappingProxyType(display), snooze=snooze)
        )
    codes = [reason.code for reason in reasons]
    if len(set(codes)) != len(codes):
        raise KnowledgeError(str(path), "override_reasons: each code must appear once")
    return tuple(reasons)


def _load_referrals(catalog: Mapping[str, Any], path: Path) -> Mapping[str, ReferralTarget]:
    system = required_text(catalog, "referral_code_system", path, "")
    table = _table(catalog, "referrals", path, "")
    missing = set(REFERRAL_TARGETS) - set(table)
    extra = set(table) - set(REFERRAL_TARGETS)
    if missing or extra:
        raise KnowledgeError(
            str(path),
            f"referrals must be exactly {', '.join(REFERRAL_TARGETS)}"
            + (f"; missing {', '.join(sorted(missing))}" if missing else "")
            + (f"; unknown {', '.join(sorted(extra))}" if extra else ""),
        )
    targets: dict[str, ReferralTarget] = {}
    for name in REFERRAL_TARGETS:
        entry = _table(table, name, path, "referrals.")
        where = f"referrals.{name}."
        targets[name] = ReferralTarget(
            target=name,
            coding=Coding(
                system=system,
                code=required_text(entry, "code", path, where),
                display=required_text(entry, "display", path, where),
            ),
            verification=required_text(entry, "verification", path, where),
            labels=MappingProxyType({locale: required_text(entry, locale, path, where) for locale in LOCALES}),
        )
        try:
            check_target(targets[name])  # the ServiceRequest model, once per shape, here and not per call
        except ValueError as error:
            problem = f"{where[:-1]}: not a valid ServiceRequest ({_error_locations(error)})"
            raise KnowledgeError(str(path), problem) from None
    return MappingProxyType(targets)


def _load_finding_names(
    table: Mapping[str, Any], summary: str, expected: frozenset[str], path: Path, locale: str
) -> Mapping[str, str]:
    """A summary with ``{findings}`` needs a short name for every finding code of the card, each of which
    fits the summary alone (the renderer lists as many as fit, then "+N more")."""
    names = table.get("finding_names")
    if "{" + SUMMARY_FINDINGS + "}" not in summary:
        if names is not None:
            raise KnowledgeError(str(path), f"{locale}.finding_names given but the summary has no {{findings}}")
        return MappingProxyType({})
    if not isinstance(names, dict) or set(names) != expected:
        raise KnowledgeError(
            str(path), f"{locale}.finding_names must name exactly the finding codes {', '.join(sorted(expected))}"
        )
    checked = {code: required_text(names, code, path, f"{locale}.finding_names.") for code in sorted(names)}
    for code, name in checked.items():
        # Values (the age at onset) are shorter than their placeholder, so the check below is conservative.
        _check_placeholders(name, VALUE_NAMES, path, f"{locale}.finding_names.{code}")
        longest = summary.replace("{" + SUMMARY_FINDINGS + "}", f"{name} +99 more flags")
        if len(longest) > SUMMARY_MAX_CHARS:
            raise KnowledgeError(str(path), f"{locale}.summary with finding {code} has {len(longest)} characters")
    return MappingProxyType(checked)


def _load_templates(cards_dir: Path, value_lines: Mapping[str, Mapping[str, str]]) -> dict[str, CardTemplate]:
    files = {path.stem: path for path in sorted(cards_dir.glob("*.toml")) if not path.name.startswith("_")}
    extra = sorted(set(files) - set(CARD_INDICATORS))
    if extra:
        raise KnowledgeError(str(files[extra[0]]), f"no rule has card id {extra[0]!r}: remove or rename the file")
    missing = sorted(set(CARD_INDICATORS) - set(files))
    if missing:
        raise KnowledgeError(str(cards_dir / f"{missing[0]}.toml"), f"no template for card id(s) {', '.join(missing)}")
    return {card_id: _load_template(card_id, path, value_lines) for card_id, path in files.items()}


def _load_template(card_id: str, path: Path, value_lines: Mapping[str, Mapping[str, str]]) -> CardTemplate:
    data = read_toml(path)
    unknown_keys = set(data) - _CARD_KEYS
    if unknown_keys:
        raise KnowledgeError(str(path), f"unknown key(s) {', '.join(sorted(unknown_keys))}")
    indicator = data.get("indicator")
    if indicator not in INDICATORS:
        raise KnowledgeError(str(path), f"indicator must be one of {', '.join(INDICATORS)}, got {indicator!r}")
    if indicator != CARD_INDICATORS[card_id]:
        raise KnowledgeError(str(path), f"indicator {indicator!r} differs from the rules' {CARD_INDICATORS[card_id]!r}")
    show_values = data.get("show_values", [])
    if not isinstance(show_values, list) or not all(isinstance(name, str) for name in show_values):
        raise KnowledgeError(str(path), "show_values must be an array of value names")
    for name in show_values:
        if name not in VALUE_NAMES or any(name not in value_lines[locale] for locale in LOCALES):
            raise KnowledgeError(str(path), f"show_values: no value line for {name!r} in _catalog.toml")

    expected_findings = FINDING_CODES.get(card_id, frozenset())
    texts: dict[str, CardText] = {}
    for locale in LOCALES:
        if locale not in data:
            raise KnowledgeError(str(path), f"missing language table [{locale}]")
        table = _table(data, locale, path, "")
        unknown_keys = set(table) - _LOCALE_KEYS
        if unknown_keys:
            raise KnowledgeError(str(path), f"[{locale}]: unknown key(s) {', '.join(sorted(unknown_keys))}")
        title = required_text(table, "title", path, f"{locale}.")
        summary = required_text(table, "summary", path, f"{locale}.")
        if len(summary) > SUMMARY_MAX_CHARS:
            raise KnowledgeError(
                str(path),
                f"{locale}.summary has {len(summary)} characters; CDS Hooks allows fewer than 140",
            )
        # Summaries are static so their length is known here, but for the short names of the findings, which
        # the renderer fits (§5.8); values go into the detail.
        _check_placeholders(summary, frozenset({SUMMARY_FINDINGS}), path, f"{locale}.summary")
        finding_names = _load_finding_names(table, summary, expected_findings, path, locale)
        _check_placeholders(title, frozenset(), path, f"{locale}.title")
        detail = required_text(table, "detail", path, f"{locale}.")
        _check_placeholders(detail, VALUE_NAMES, path, f"{locale}.detail")

        findings_table = table.get("findings", {})
        if not isinstance(findings_table, dict):
            raise KnowledgeError(str(path), f"{locale}.findings must be a table")
        missing = sorted(expected_findings - set(findings_table))
        if missing:
            raise KnowledgeError(str(path), f"{locale}.findings: no text for finding code(s) {', '.join(missing)}")
        unexpected = sorted(set(findings_table) - expected_findings)
        if unexpected:
            raise KnowledgeError(str(path), f"{locale}.findings: no rule emits finding code(s) {', '.join(unexpected)}")
        findings: dict[str, str] = {}
        for code in sorted(findings_table):
            line = required_text(findings_table, code, path, f"{locale}.findings.")
            _check_placeholders(line, VALUE_NAMES, path, f"{locale}.findings.{code}")
            findings[code] = line
        reassurance = table.get("reassurance")
        if reassurance is not None:
            reassurance = required_text(table, "reassurance", path, f"{locale}.")
            _check_placeholders(reassurance, frozenset(), path, f"{locale}.reassurance")
        texts[locale] = CardText(
            title=title,
            summary=summary,
            detail=detail,
            findings=MappingProxyType(findings),
            finding_names=finding_names,
            reassurance=reassurance,
        )
    return CardTemplate(
        card_id=card_id, indicator=indicator, text=MappingProxyType(texts), show_values=tuple(show_values)
    )
