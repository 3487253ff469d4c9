"""The hook pipeline of design.md, end to end: request -> record -> facts -> rule hits -> cards.

No Flask here: the api calls ``run_hook`` and so does ``cds-service evaluate``; the api then applies
``hide_snoozed`` (the snooze step, which needs the store) before it logs the cards it returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from . import facts as facts_module
from . import prefetch, rules
from .config import Settings
from .facts import PatientFacts
from .hook_request import HookRequest
from .knowledge import Knowledge
from .snooze import SnoozeFilter, SnoozeOutcome, tenant_of


@dataclass(frozen=True)
class HookResult:
    response: dict[str, Any]
    facts: PatientFacts
    hits: tuple[rules.RuleHit, ...]


def thresholds_from(settings: Settings) -> rules.Thresholds:
    return rules.Thresholds(
        red_flag_age_below=settings.CDS_RED_FLAG_AGE_BELOW,
        red_flag_age_above=settings.CDS_RED_FLAG_AGE_ABOVE,
        subacute_from_days=settings.CDS_SUBACUTE_FROM_DAYS,
        chronic_after_days=settings.CDS_CHRONIC_AFTER_DAYS,
        regular_analgesic_days=settings.CDS_REGULAR_ANALGESIC_DAYS,
        long_term_glucocorticoid_days=settings.CDS_LONG_TERM_GLUCOCORTICOID_DAYS,
        long_term_opioid_days=settings.CDS_LONG_TERM_OPIOID_DAYS,
    )


def clinical_today(settings: Settings) -> date:
    """The clinic's calendar date: durations like 27/28 days must not shift at midnight UTC."""
    return datetime.now(ZoneInfo(settings.CDS_TIMEZONE)).date()


def run_hook(
    request: HookRequest,
    knowledge: Knowledge,
    settings: Settings,
    *,
    today: date,
    locale: str,
    links_base_url: str | None = None,
) -> HookResult:
    """``links_base_url``: the service's public root URL for the cards' activity-plan links (None: no links)."""
    record = prefetch.resolve(request, settings)
    patient_facts = facts_module.extract(
        record,
        knowledge.terminology,
        today,
        zone=ZoneInfo(settings.CDS_TIMEZONE),  # ZoneInfo caches its instances: no file read per call
        patient_id=request.context.get("patientId"),
    )
    hits = tuple(rules.evaluate(patient_facts, thresholds_from(settings)))
    response = knowledge.cards.render(
        hits,
        locale=locale,
        request=request,
        facts=patient_facts,
        links_base_url=links_base_url,
        offer_snooze=settings.CDS_SNOOZE_ENABLED,
    )
    return HookResult(response=response, facts=patient_facts, hits=hits)


def hide_snoozed(
    result: HookResult,
    snooze_filter: SnoozeFilter,
    request: HookRequest,
    *,
    issuer: str | None,
    locale: str,
    today: date,
) -> SnoozeOutcome:
    """The snooze step (issue 13): cards the clinician snoozed for this patient, with the same evidence, are
    taken out of ``result.response`` and counted on the top card. Critical cards are never hidden."""
    return snooze_filter.apply(
        result.response,
        result.hits,
        tenant=tenant_of(request.fhir_server, issuer),
        patient_id=request.context.get("patientId"),
        locale=locale,
        today=today,
    )
