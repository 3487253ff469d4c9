"""Card templates (cards/*.toml) and the renderer: loader checks, every card in both languages, safety."""

from __future__ import annotations

import re
import shutil
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.servicerequest import ServiceRequest

from cds_service import schemas
from cds_service.cards import LOCALES, CardCatalog
from cds_service.errors import KnowledgeError
from cds_service.facts import Evidence, PatientFacts
from cds_service.hook_request import HookRequest
from cds_service.rules import CARD_INDICATORS, FINDING_CODES, REFERRAL_TARGETS, Finding, RuleHit
from cds_service.terminology import Coding

KNOWLEDGE_ROOT = Path(__file__).resolve().parents[1]
ICD10 = "http://hl7.org/fhir/sid/icd-10"
SNOMED = "http://snomed.info/sct"


@pytest.fixture(scope="module")
def catalog() -> CardCatalog:
    return CardCatalog.load(KNOWLEDGE_ROOT)


def _facts(*, medications_checked: bool = True) -> PatientFacts:
    return PatientFacts(
        today=date(2026, 3, 1),
        birth_date=date(1960, 4, 2),
        gender="female",
        conditions=(),
        medications=(),
        medications_checked=medications_checked,
    )


def _request(user_id: str = "Practitioner/doc-1", patient_id: str = "pat-1") -> HookRequest:
    return HookRequest(
        hook="patient-view",
        hook_instance="d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
        context={"userId": user_id, "patientId": patient_id},
        prefetch={},
    )


def _evidence(code: str = "M54.5", display: str | None = "Lumbago", *, system: str = ICD10) -> Evidence:
    return Evidence("Condition", "cond-1", Coding(system, code, display), date(2026, 2, 1))


def _full_hit(card_id: str) -> RuleHit:
    """A hit with every finding code the card's rule may emit, values and a referral."""
    findings = tuple(
        Finding(code, (_evidence(f"X{index}", f"finding {code}"),))
        for index, code in enumerate(sorted(FINDING_CODES.get(card_id, ())))
    )
    return RuleHit(
        card_id=card_id,
        evidence=(_evidence(),),
        findings=findings,
        values={
            "group": "nonspecific",
            "duration": "acute",
            "days": 12,
            "recurrent": True,
            "age": 15,
            "age_at_onset": 55,
        },
        referrals=("physiotherapy", "orthopaedics"),
    )


# --- the shipped templates ---------------------------------------------------------------------------------


def test_shipped_catalog_covers_every_card_id(catalog: CardCatalog) -> None:
    assert catalog.card_ids == frozenset(CARD_INDICATORS)
    assert catalog.version == "2026.1"
    assert {template.indicator for template in catalog.templates.values()} <= {"critical", "warning", "info"}


@pytest.mark.parametrize("card_id", sorted(CARD_INDICATORS))
@pytest.mark.parametrize("locale", LOCALES)
def test_every_summary_is_short_and_static(catalog: CardCatalog, card_id: str, locale: str) -> None:
    text = catalog.templates[card_id].text[locale]
    summary = text.summary
    assert 40 <= len(summary) < 140
    if text.finding_names:  # rules.md §5.8: the red-flag summary names the flags found, and nothing else varies
        assert set(text.finding_names) == FINDING_CODES[card_id]
        summary = summary.replace("{findings}", "")
    assert "{" not in summary


def test_referral_targets_have_snomed_codes_and_labels(catalog: CardCatalog) -> None:
    assert set(catalog.referrals) == set(REFERRAL_TARGETS)
    for target in catalog.referrals.values():
        assert target.coding.system == SNOMED
        assert target.coding.code.isdigit()
        assert target.verification.startswith("V")
        assert all(target.labels[locale] for locale in LOCALES)


def test_override_reasons_have_display_in_both_languages(catalog: CardCatalog) -> None:
    codes = [reason.code for reason in catalog.override_reasons]
    assert "already-addressed" in codes and "patient-declined" in codes
    for reason in catalog.override_reasons:
        assert all(reason.display[locale].strip() for locale in LOCALES)


# --- loader failure modes, each on a broken copy ---------------------------------------------------------------


def _copy_knowledge(tmp_path: Path) -> Path:
    shutil.copytree(KNOWLEDGE_ROOT / "cards", tmp_path / "cards")
    (tmp_path / "valuesets").mkdir()
    shutil.copy(KNOWLEDGE_ROOT / "valuesets" / "code-systems.toml", tmp_path / "valuesets")
    return tmp_path


def _edit(path: Path, old: str, new: str, *, last: bool = False) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    if last:
        head, _, tail = text.rpartition(old)
        path.write_text(head + new + tail, encoding="utf-8")
    else:
        path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _drop_english(cards: Path) -> str:
    path = cards / "lbp-acute.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("\n[en]\n")], encoding="utf-8")
    return "lbp-acute.toml"


def _long_summary(cards: Path) -> str:
    path = cards / "lbp-subacute.toml"
    text = path.read_text(encoding="utf-8")
    text = re.sub(r'(?m)^summary = ".*"$', 'summary = "' + "x" * 140 + '"', text, count=1)
    path.write_text(text, encoding="utf-8")
    return "lbp-subacute.toml"


def _wrong_indicator(cards: Path) -> str:
    _edit(cards / "lbp-acute.toml", 'indicator = "info"', 'indicator = "warning"')
    return "lbp-acute.toml"


def _indicator_outside_enum(cards: Path) -> str:
    _edit(cards / "lbp-nsaid.toml", 'indicator = "warning"', 'indicator = "hint"')
    return "lbp-nsaid.toml"


def _missing_card(cards: Path) -> str:
    (cards / "lbp-postop.toml").unlink()
    return "lbp-postop"


def _extra_card(cards: Path) -> str:
    shutil.copy(cards / "lbp-acute.toml", cards / "lbp-hyperacute.toml")
    return "lbp-hyperacute.toml"


def _missing_finding_text(cards: Path) -> str:
    _edit(
        cards / "lbp-red-flags.toml",
        'RF3 = "General malaise or weight loss is recorded."\n',
        "",
    )
    return "lbp-red-flags.toml"


def _unexpected_finding_text(cards: Path) -> str:
    _edit(cards / "lbp-nsaid.toml", "risk-ckd =", 'risk-kidney = "A typo."\nrisk-ckd =', last=True)
    return "lbp-nsaid.toml"


def _unknown_placeholder(cards: Path) -> str:
    _edit(cards / "lbp-red-flags.toml", "{age_at_onset}", "{weight}")
    return "lbp-red-flags.toml"


def _placeholder_in_summary(cards: Path) -> str:
    _edit(cards / "lbp-acute.toml", 'summary = "Acute back pain', 'summary = "{days} d: Acute back pain')
    return "lbp-acute.toml"


def _override_reason_without_english(cards: Path) -> str:
    _edit(cards / "_catalog.toml", 'en = "Patient declined"\n', "")
    return "_catalog.toml"


def _referral_target_missing(cards: Path) -> str:
    text = (cards / "_catalog.toml").read_text(encoding="utf-8")
    start = text.index("[referrals.neurology]")
    end = text.index("[", start + 1)
    (cards / "_catalog.toml").write_text(text[:start] + text[end:], encoding="utf-8")
    return "_catalog.toml"


def _invalid_toml(cards: Path) -> str:
    _edit(cards / "lbp-opioid.toml", 'indicator = "warning"', "indicator = warning")
    return "lbp-opioid.toml"


def _missing_detail(cards: Path) -> str:
    _edit(cards / "lbp-chronic.toml", "detail = ", "details = ", last=True)
    return "lbp-chronic.toml"


@pytest.mark.parametrize(
    ("breaks", "problem"),
    [
        (_drop_english, "missing language table [en]"),
        (_long_summary, "fewer than 140"),
        (_wrong_indicator, "differs from the rules"),
        (_indicator_outside_enum, "indicator must be one of"),
        (_missing_card, "no template for card id"),
        (_extra_card, "no rule has card id"),
        (_missing_finding_text, "no text for finding code(s) RF3"),
        (_unexpected_finding_text, "no rule emits finding code(s) risk-kidney"),
        (_unknown_placeholder, "unknown placeholder(s) weight"),
        (_placeholder_in_summary, "summary: unknown placeholder(s) days"),
        (_override_reason_without_english, "override_reasons[2].en"),
        (_referral_target_missing, "missing neurology"),
        (_invalid_toml, "invalid TOML"),
        (_missing_detail, "unknown key(s) details"),
    ],
    ids=lambda value: getattr(value, "__name__", "")[1:] or None,
)
def test_loader_rejects_broken_knowledge(tmp_path: Path, breaks: Callable[[Path], str], problem: str) -> None:
    root = _copy_knowledge(tmp_path)
    where = breaks(root / "cards")
    with pytest.raises(KnowledgeError) as raised:
        CardCatalog.load(root)
    assert where in raised.value.path
    assert problem in raised.value.problem


def test_loader_accepts_a_summary_of_139_characters(tmp_path: Path) -> None:
    root = _copy_knowledge(tmp_path)
    path = root / "cards" / "lbp-subacute.toml"
    text = re.sub(r'(?m)^summary = ".*"$', 'summary = "' + "y" * 139 + '"', path.read_text("utf-8"), count=1)
    path.write_text(text, encoding="utf-8")
    assert len(CardCatalog.load(root).templates["lbp-subacute"].text["nb"].summary) == 139


def test_loader_names_a_missing_card_directory(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="card directory does not exist"):
        CardCatalog.load(tmp_path)


# --- rendering ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("card_id", sorted(CARD_INDICATORS))
@pytest.mark.parametrize("locale", LOCALES)
def test_every_card_renders_valid_cds_hooks(catalog: CardCatalog, card_id: str, locale: str) -> None:
    response = catalog.render([_full_hit(card_id)], locale=locale, request=_request(), facts=_facts())
    assert schemas.problems("card-response", response) == []
    [card] = response["cards"]
    template = catalog.templates[card_id].text[locale]
    if template.finding_names:
        assert len(card["summary"]) < 140 and "{" not in card["summary"]
        assert card["summary"].startswith(template.summary.split("{findings}")[0])
    else:
        assert card["summary"] == template.summary
    assert card["indicator"] == CARD_INDICATORS[card_id]
    assert card["source"]["topic"] == {
        "system": "http://lbp-cds.no/fhir/CodeSystem/card",
        "code": card_id,
        "display": template.title,
    }
    assert card["source"]["url"].startswith("https://")
    assert card["extension"] == {"http://lbp-cds.no/knowledge-version": "2026.1"}
    # Rendered with the snooze off (the default): every reason but the snooze reasons.
    assert len(card["overrideReasons"]) == len([r for r in catalog.override_reasons if not r.snooze])
    for code in FINDING_CODES.get(card_id, ()):
        expected = template.findings[code].replace("{age_at_onset}", "55").replace("{age}", "15")
        assert expected in card["detail"]
    assert "ICD-10 M54\\.5 – Lumbago" in card["detail"]
    assert "{" not in card["detail"]
    assert card["selectionBehavior"] == "any"
    assert [s["label"] for s in card["suggestions"]] == [
        catalog.referrals[target].labels[locale] for target in ("physiotherapy", "orthopaedics")
    ]


def test_every_referral_is_a_valid_r4b_service_request(catalog: CardCatalog) -> None:
    hit = RuleHit("lbp-red-flags", evidence=(_evidence("C79.5", "Skjelettmetastase"),), referrals=REFERRAL_TARGETS)
    [card] = catalog.render([hit], locale="en", request=_request(), facts=_facts())["cards"]
    assert len(card["suggestions"]) == len(REFERRAL_TARGETS)
    for suggestion, target in zip(card["suggestions"], REFERRAL_TARGETS, strict=True):
        [action] = suggestion["actions"]
        assert action["type"] == "create"
        resource = action["resource"]
        model = ServiceRequest.model_validate(resource)
        assert (model.status, model.intent) == ("draft", "proposal")
        assert resource["subject"] == {"reference": "Patient/pat-1"}
        assert resource["code"]["coding"][0]["code"] == catalog.referrals[target].coding.code
        assert resource["reasonCode"] == [
            {"coding": [{"system": ICD10, "code": "C79.5", "display": "Skjelettmetastase"}]}
        ]
        assert "authoredOn" not in resource


@pytest.mark.parametrize(
    ("user_id", "requester"),
    [
        ("Practitioner/doc-1", {"reference": "Practitioner/doc-1"}),
        ("PractitionerRole/role-7", {"reference": "PractitionerRole/role-7"}),
        ("Patient/pat-1", None),
        ("RelatedPerson/rp-2", None),
    ],
)
def test_requester_only_for_practitioners(catalog: CardCatalog, user_id: str, requester: dict[str, str] | None) -> None:
    hit = RuleHit("lbp-chronic", evidence=(_evidence(),), referrals=("physiotherapy",))
    [card] = catalog.render([hit], locale="nb", request=_request(user_id=user_id), facts=_facts())["cards"]
    resource = card["suggestions"][0]["actions"][0]["resource"]
    assert resource.get("requester") == requester


def test_only_the_emergency_referral_is_recommended(catalog: CardCatalog) -> None:
    hits = [
        RuleHit("lbp-cauda-equina", evidence=(_evidence("G83.4", "Cauda equina"),), referrals=("emergency",)),
        RuleHit("lbp-red-flags", referrals=("oncology", "orthopaedics")),
    ]
    cards = catalog.render(hits, locale="en", request=_request(), facts=_facts())["cards"]
    flags = [[s.get("isRecommended", False) for s in card["suggestions"]] for card in cards]
    assert flags == [[True], [False, False]]


@pytest.mark.parametrize("locale", LOCALES)
def test_medications_not_checked_line_on_every_card(catalog: CardCatalog, locale: str) -> None:
    line = catalog.phrases[locale]["medications_not_checked"]
    hits = [RuleHit(card_id) for card_id in CARD_INDICATORS]
    unchecked = catalog.render(hits, locale=locale, request=_request(), facts=_facts(medications_checked=False))
    checked = catalog.render(hits, locale=locale, request=_request(), facts=_facts(medications_checked=True))
    assert all(card["detail"].endswith(line) for card in unchecked["cards"])
    assert not any(line in card["detail"] for card in checked["cards"])
    assert schemas.problems("card-response", unchecked) == []


HOSTILE_DISPLAYS = [
    '<img src=x onerror="alert(1)">',
    "<script>alert(1)</script>",
    "Lumbago\n\n# Injected heading\n- [ ] fake item",
    "[click](javascript:alert(1)) **bold** `code` | table |",
    "see www.evil.example and http://evil.example/x",
]


@pytest.mark.parametrize("display", HOSTILE_DISPLAYS)
def test_patient_text_is_escaped_in_detail(catalog: CardCatalog, display: str) -> None:
    hostile = Evidence("Condition", "c-9", Coding("urn:x <b>", "M54.5<i>", display), date(2026, 1, 2))
    hit = RuleHit("lbp-red-flags", findings=(Finding("RF3", (hostile,)),), evidence=(hostile,))
    [card] = catalog.render([hit], locale="en", request=_request(), facts=_facts())["cards"]
    detail = card["detail"]
    assert "<" not in detail and ">" not in detail
    assert "&lt;" in detail
    assert "\n# Injected" not in detail and "- [ ] fake" not in detail
    assert "](javascript" not in detail and "**bold**" not in detail and "`code`" not in detail
    assert "http://evil" not in detail and "www.evil" not in detail


def test_no_patient_identifiers_in_detail(catalog: CardCatalog) -> None:
    birth = Evidence("Patient", "pat-1", None, date(1960, 4, 2))
    hit = RuleHit("lbp-red-flags", findings=(Finding("RF1", (birth,)),), values={"age_at_onset": 65})
    [card] = catalog.render([hit], locale="nb", request=_request(patient_id="pat-1"), facts=_facts())["cards"]
    assert "pat-1" not in card["detail"]
    assert "1960" not in card["detail"]
    assert "65 års alder" in card["detail"]


def test_uuids_are_fresh_and_unique(catalog: CardCatalog) -> None:
    hits = [_full_hit(card_id) for card_id in CARD_INDICATORS]
    card_ids: list[str] = []
    suggestion_ids: list[str] = []
    for _ in range(2):
        for card in catalog.render(hits, locale="nb", request=_request(), facts=_facts())["cards"]:
            card_ids.append(card["uuid"])
            suggestion_ids.extend(suggestion["uuid"] for suggestion in card["suggestions"])
    ids = card_ids + suggestion_ids
    assert len(ids) == len(set(ids)) == 2 * len(hits) * 3
    # Card uuids: version 8 (a time prefix, random bits, our marker: card_uuids); suggestions': random, version 4.
    assert all(uuid.UUID(value).version == 8 for value in card_ids)
    assert all(uuid.UUID(value).version == 4 for value in suggestion_ids)


def test_cards_are_ordered_by_indicator_keeping_rule_order(catalog: CardCatalog) -> None:
    order = ["lbp-acute", "lbp-nsaid", "lbp-cauda-equina", "lbp-opioid", "lbp-ci-absolute", "lbp-chronic"]
    response = catalog.render([RuleHit(c) for c in order], locale="en", request=_request(), facts=_facts())
    assert [card["source"]["topic"]["code"] for card in response["cards"]] == [
        "lbp-cauda-equina",
        "lbp-ci-absolute",
        "lbp-nsaid",
        "lbp-opioid",
        "lbp-acute",
        "lbp-chronic",
    ]


def test_values_are_shown_with_labels_only_when_present(catalog: CardCatalog) -> None:
    with_values = RuleHit("lbp-acute", values={"group": "nerve-root", "days": 9})
    without = RuleHit("lbp-acute")
    cards = catalog.render([with_values, without], locale="en", request=_request(), facts=_facts())["cards"]
    assert "Diagnostic group: nerve-root pain." in cards[0]["detail"]
    assert "Time since onset: 9 days." in cards[0]["detail"]
    assert "Time since onset" not in cards[1]["detail"]


def test_no_cards_gives_the_empty_response(catalog: CardCatalog) -> None:
    response = catalog.render([], locale="nb", request=_request(), facts=_facts())
    assert response == {"cards": []}
    assert schemas.problems("card-response", response) == []


def test_unknown_card_id_and_finding_code_do_not_crash(catalog: CardCatalog, caplog: pytest.LogCaptureFixture) -> None:
    hits = [RuleHit("lbp-unknown"), RuleHit("lbp-nsaid", findings=(Finding("risk-new<x>"),))]
    response = catalog.render(hits, locale="en", request=_request(), facts=_facts())
    [card] = response["cards"]
    assert "risk-new&lt;x&gt;" in card["detail"]
    assert "lbp-unknown" in caplog.text and "risk-new" in caplog.text
    assert "pat-1" not in caplog.text


def test_unknown_referral_target_is_reported_and_left_out(
    catalog: CardCatalog, caplog: pytest.LogCaptureFixture
) -> None:
    hit = RuleHit("lbp-chronic", referrals=("chiropractic",))
    [card] = catalog.render([hit], locale="en", request=_request(), facts=_facts())["cards"]
    assert "suggestions" not in card and "selectionBehavior" not in card
    assert "chiropractic" in caplog.text


def test_invalid_reason_codings_do_not_lose_the_referral(catalog: CardCatalog) -> None:
    bad = Evidence("Condition", None, Coding("http://hl7.org/fhir/sid/icd-10", "  ", None), None)
    good = _evidence("M51.1", None)
    hit = RuleHit("lbp-nerve-root", evidence=(bad, good), referrals=("physiotherapy",))
    response = catalog.render([hit], locale="nb", request=_request(), facts=_facts())
    resource = response["cards"][0]["suggestions"][0]["actions"][0]["resource"]
    assert resource["reasonCode"] == [{"coding": [{"system": ICD10, "code": "M51.1"}]}]
    assert schemas.problems("card-response", response) == []


def test_unsupported_locale_is_refused(catalog: CardCatalog) -> None:
    with pytest.raises(ValueError, match="unsupported locale"):
        catalog.render([], locale="sv", request=_request(), facts=_facts())


def _all_strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _all_strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _all_strings(item)]
    return []


def test_english_cards_contain_no_norwegian_text(catalog: CardCatalog) -> None:
    hits = [_full_hit(card_id) for card_id in CARD_INDICATORS]
    cards = catalog.render(hits, locale="en", request=_request(), facts=_facts(medications_checked=False))
    texts = " ".join(_all_strings(cards))
    # The guideline's own title is Norwegian and may appear in source labels; card text may not.
    for word in (" og ", " ikke ", " ved ", "Henvisning", " er registrert"):
        assert word not in texts.replace("Aktivitetshåndboken", "")


def test_evidence_is_capped_to_the_newest_records(catalog: CardCatalog) -> None:
    """A long medication history must not turn a five-second card into a scroll."""
    from datetime import timedelta

    evidence = tuple(
        Evidence(
            "MedicationStatement",
            f"ms-{n}",
            Coding("http://www.whocc.no/atc", f"M01AE{n:02d}"),
            date(2026, 1, 1) + timedelta(days=n),
        )
        for n in range(12)
    )
    hit = RuleHit("lbp-nsaid", evidence=evidence)
    detail = catalog.render([hit], locale="en", request=_request(), facts=_facts())["cards"][0]["detail"]
    shown = re.findall(r"M01AE(\d\d)", detail)
    assert shown == ["11", "10", "09", "08", "07"]
    assert "… and 7 more in the record" in detail


def test_evidence_order_is_newest_first_stable_for_equal_dates_and_undated_last(catalog: CardCatalog) -> None:
    """Records of one date keep the rules' order, undated ones come last, a repeat is listed once, and a
    record listed under a finding is not listed again under the basis heading."""
    atc = "http://www.whocc.no/atc"

    def statement(code: str, when: date | None) -> Evidence:
        return Evidence("MedicationStatement", f"ms-{code}", Coding(atc, code), when)

    under_finding = statement("B01AC06", date(2026, 2, 1))
    evidence = (
        statement("M01AE03", None),
        statement("M01AE01", date(2026, 1, 5)),
        statement("M01AE02", date(2026, 1, 5)),
        statement("M01AE01", date(2026, 1, 5)),  # equal to the second: listed once
        statement("M01AE04", date(2026, 1, 9)),
        under_finding,
    )
    hit = RuleHit("lbp-nsaid", evidence=evidence, findings=(Finding("risk-antiplatelet", evidence=(under_finding,)),))
    detail = catalog.render([hit], locale="en", request=_request(), facts=_facts())["cards"][0]["detail"]
    assert re.findall(r"(?:M01AE|B01AC)\d\d", detail) == ["B01AC06", "M01AE04", "M01AE01", "M01AE02", "M01AE03"]


@pytest.mark.parametrize("locale", LOCALES)
def test_unreadable_records_are_reported_once_without_identifiers(catalog: CardCatalog, locale: str) -> None:
    """rules.md §5.1/§5.2: records with no recognised code are counted as not assessed, records of another
    patient as left out, other problems as unreadable; by count and resource type only, on the top card."""
    from dataclasses import replace

    from cds_service.facts import NO_RECOGNISED_CODE, OTHER_PATIENT, DataProblem

    facts = replace(
        _facts(),
        problems=(
            DataProblem("Condition", "secret-cond-1", NO_RECOGNISED_CODE),
            DataProblem("Condition", "secret-cond-2", NO_RECOGNISED_CODE),
            DataProblem("MedicationRequest", "secret-mr-1", OTHER_PATIENT),
            DataProblem("MedicationStatement", "secret-ms-1", "no status"),
        ),
    )
    hits = [RuleHit("lbp-red-flags"), RuleHit("lbp-acute")]
    cards = catalog.render(hits, locale=locale, request=_request(), facts=facts)["cards"]
    top = cards[0]["detail"]
    labels = catalog.resource_labels[locale]
    phrases = catalog.phrases[locale]
    assert phrases["unassessed_records"].format(count=2, types=f"{labels['Condition']} 2") in top
    assert phrases["other_patient_records"].format(count=1, types=f"{labels['MedicationRequest']} 1") in top
    assert phrases["unreadable_records"].format(count=1, types=f"{labels['MedicationStatement']} 1") in top
    assert f"{labels['Condition']} 2" not in cards[1]["detail"]
    assert not any("secret" in card["detail"] for card in cards)
    assert schemas.problems("card-response", {"cards": cards}) == []
    clean = catalog.render(hits, locale=locale, request=_request(), facts=_facts())["cards"]
    assert f"{labels['Condition']} 2" not in clean[0]["detail"]


# --- rules.md §5: what the cards say about real EHR data -------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en", "Red flags: cancer now or before, new onset at age 55 – examine thoroughly before activity advice"),
        ("nb", "Røde flagg: kreft nå eller tidligere, ny debut i alder 55 – undersøk grundig før råd om aktivitet"),
    ],
)
def test_the_red_flag_summary_names_the_flags_found(catalog: CardCatalog, locale: str, expected: str) -> None:
    """§5.8: "lbp-red-flags' summary names the flags found", within 140 characters."""
    hit = RuleHit("lbp-red-flags", findings=(Finding("RF4b"), Finding("RF1")), values={"age_at_onset": 55})
    [card] = catalog.render([hit], locale=locale, request=_request(), facts=_facts())["cards"]
    assert card["summary"] == expected


@pytest.mark.parametrize("locale", LOCALES)
def test_a_red_flag_summary_with_every_flag_fits_and_counts_the_rest(catalog: CardCatalog, locale: str) -> None:
    hit = _full_hit("lbp-red-flags")
    [card] = catalog.render([hit], locale=locale, request=_request(), facts=_facts())["cards"]
    more = catalog.phrases[locale]["more_findings"].split("{count}")[1]
    assert len(card["summary"]) < 140 and more in card["summary"]
    names = catalog.templates["lbp-red-flags"].text[locale].finding_names.values()
    shown = sum(name.format(age_at_onset=hit.values["age_at_onset"]) in card["summary"] for name in names)
    assert f"+{len(hit.findings) - shown}{more}" in card["summary"]


@pytest.mark.parametrize("locale", LOCALES)
def test_advice_cards_drop_their_reassurance_when_red_flags_fire(catalog: CardCatalog, locale: str) -> None:
    """§5.8: with lbp-red-flags the advice stays but "not a sign of dangerous injury" goes."""
    reassurance = catalog.templates["lbp-acute"].text[locale].reassurance
    assert reassurance
    alone = catalog.render([RuleHit("lbp-acute")], locale=locale, request=_request(), facts=_facts())["cards"]
    assert reassurance in alone[0]["detail"]
    both = catalog.render(
        [RuleHit("lbp-red-flags", findings=(Finding("RF4b"),)), RuleHit("lbp-acute")],
        locale=locale,
        request=_request(),
        facts=_facts(),
    )["cards"]
    assert reassurance not in both[1]["detail"]


@pytest.mark.parametrize("locale", LOCALES)
def test_a_card_relying_on_an_uncoded_status_or_a_suspected_diagnosis_says_so(
    catalog: CardCatalog, locale: str
) -> None:
    """§5.2: one plain line on the card that relies on it, and only there."""
    from dataclasses import replace

    phrases = catalog.phrases[locale]
    uncoded = replace(_evidence("G83.4", None), status_uncoded=True)
    suspected = replace(_evidence("C79.5", None), suspected=True)
    hits = [
        RuleHit("lbp-cauda-equina", evidence=(uncoded,)),
        RuleHit("lbp-red-flags", findings=(Finding("RF4b", (suspected,)),)),
        RuleHit("lbp-acute", evidence=(_evidence(),)),
    ]
    cards = catalog.render(hits, locale=locale, request=_request(), facts=_facts())["cards"]
    details = [card["detail"] for card in cards]
    assert phrases["status_uncoded"] in details[0] and phrases["suspected"] not in details[0]
    assert phrases["suspected"] in details[1] and phrases["status_uncoded"] not in details[1]
    assert phrases["suspected"] not in details[2] and phrases["status_uncoded"] not in details[2]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_card_names_the_lists_not_read_in_full(catalog: CardCatalog, locale: str) -> None:
    """§5.4: "every card says which list was not fully read"."""
    from dataclasses import replace

    facts = replace(_facts(), incomplete_lists=("medications", "conditions"))
    hits = [RuleHit("lbp-red-flags", findings=(Finding("RF4b"),)), RuleHit("lbp-acute")]
    cards = catalog.render(hits, locale=locale, request=_request(), facts=facts)["cards"]
    labels = catalog.list_labels[locale]
    line = catalog.phrases[locale]["incomplete_lists"].format(lists=f"{labels['conditions']}, {labels['medications']}")
    assert all(line in card["detail"] for card in cards)
    clean = catalog.render(hits, locale=locale, request=_request(), facts=_facts())["cards"]
    assert not any(labels["conditions"] in card["detail"] for card in clean)


def test_a_summary_with_findings_needs_a_short_name_for_each_finding(tmp_path: Path) -> None:
    root = _copy_knowledge(tmp_path)
    _edit(root / "cards" / "lbp-red-flags.toml", 'infection-possible = "mulig infeksjon"\n', "")
    with pytest.raises(KnowledgeError, match="finding_names must name exactly"):
        CardCatalog.load(root)
