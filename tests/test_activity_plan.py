"""The patient's printable activity plan: the page, its knowledge files, and the card links to it."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from flask.testing import FlaskClient
from markupsafe import escape

from cds_service import create_app, schemas
from cds_service.cards import LOCALES, CardCatalog
from cds_service.errors import KnowledgeError
from cds_service.facts import PatientFacts
from cds_service.hook_request import HookRequest
from cds_service.knowledge import load_knowledge
from cds_service.pages.activity_plan import CONTENT_SECURITY_POLICY, ActivityPlans, render_page
from cds_service.rules import CARD_INDICATORS, RuleHit
from tests.support.jwt_keys import generate_key, jwks

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
INDEX: list[dict[str, Any]] = json.loads((EXAMPLES / "index.json").read_text(encoding="utf-8"))

PLAN_IDS = ("acute", "subacute", "chronic", "nerve-root", "claudication-cycling", "postop")
TRAINING_PLANS = ("subacute", "chronic", "claudication-cycling")
LINKED_CARDS = {
    "lbp-acute": "acute",
    "lbp-subacute": "subacute",
    "lbp-chronic": "chronic",
    "lbp-nerve-root": "nerve-root",
    "lbp-postop": "postop",
    "lbp-ci-rel-claudication": "claudication-cycling",
}
LINK_LABELS = {
    "nb": "Aktivitetsplan for pasienten (utskrift)",
    "en": "Activity plan for the patient (print)",
}
PUBLIC_BASE = "https://cds.example.org/lbp/"


@pytest.fixture(scope="module")
def plans() -> ActivityPlans:
    return ActivityPlans.load(ROOT)


def _page(client: FlaskClient, plan_id: str, locale: str) -> Any:
    return client.get("/activity-plan", query_string={"plan": plan_id, "lang": locale})


# --- the page -----------------------------------------------------------------------------------------


def test_the_shipped_plans_are_the_six_promised(plans: ActivityPlans) -> None:
    assert set(plans.plans) == set(PLAN_IDS)
    assert {plan_id for plan_id, plan in plans.plans.items() if plan.training_log} == set(TRAINING_PLANS)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("plan_id", PLAN_IDS)
def test_every_plan_renders_safely_in_both_languages(
    client: FlaskClient, plans: ActivityPlans, plan_id: str, locale: str
) -> None:
    response = _page(client, plan_id, locale)
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert "default-src 'none'" in CONTENT_SECURITY_POLICY
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    page = response.get_data(as_text=True)
    assert f'<html lang="{locale}">' in page
    assert "<script" not in page.lower()
    assert " on" not in re.sub(r">[^<]*<", "><", page), "no inline event handler attributes"
    assert not re.search(r"(?i)(https?:)?//", page), "no absolute or protocol-relative URL: nothing external"
    assert not re.search(r"(?i)\b(src|srcset)=", page), "nothing embedded"
    text = plans.plans[plan_id].text[locale]
    # Every text is on the page, HTML-escaped (the shipped text has apostrophes and quotes to escape).
    for expected in (text.title, text.intro, plans.page[locale].print_hint, plans.page[locale].source):
        assert _escaped(expected) in page
    for section in text.sections:
        assert f"<h2>{_escaped(section.heading)}</h2>" in page
        for item in section.items:
            assert f"<li>{_escaped(item)}</li>" in page
    assert "@media print" in page


def _escaped(text: str) -> str:
    """As the page's template engine escapes (Jinja2 autoescape: & < > " ' as entities)."""
    return str(escape(text))


def test_the_inline_style_matches_its_csp_hash(client: FlaskClient) -> None:
    page = _page(client, "acute", "nb").get_data(as_text=True)
    [style] = re.findall(r"<style>(.*?)</style>", page, flags=re.S)
    digest = base64.b64encode(hashlib.sha256(style.encode("utf-8")).digest()).decode("ascii")
    assert f"style-src 'sha256-{digest}'" in CONTENT_SECURITY_POLICY


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("plan_id", TRAINING_PLANS)
def test_training_plans_carry_the_dosing_and_a_log_table(
    client: FlaskClient, plans: ActivityPlans, plan_id: str, locale: str
) -> None:
    page = _page(client, plan_id, locale).get_data(as_text=True)
    # rules.md §1.5 training dosing: 2–3 sets at 50 % of the test result, about 10 % more twice a week.
    for number in ("2–3", "50 %", "10 %"):
        assert number in page, number
    assert page.count("<table ") == 1
    assert f'<h2 id="log-heading">{_escaped(plans.page[locale].table_heading)}</h2>' in page
    body = page[page.index("<tbody>") : page.index("</tbody>")]
    assert body.count("<tr>") == plans.table_rows
    for column in plans.page[locale].columns:
        assert f'<th scope="col">{_escaped(column)}</th>' in page


@pytest.mark.parametrize("plan_id", sorted(set(PLAN_IDS) - set(TRAINING_PLANS)))
def test_plans_without_training_have_no_table(client: FlaskClient, plan_id: str) -> None:
    assert "<table" not in _page(client, plan_id, "en").get_data(as_text=True)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("plan_id", PLAN_IDS)
def test_every_plan_says_when_to_seek_care(plans: ActivityPlans, plan_id: str, locale: str) -> None:
    boxes = [section for section in plans.plans[plan_id].text[locale].sections if section.important]
    assert len(boxes) == 2, "contact the doctor again / seek care at once"
    # Cauda equina signs in patient words: urine or stool, numbness in the saddle area.
    urgent = " ".join(boxes[1].items)
    assert ("urin" if locale == "nb" else "urine") in urgent
    assert "116 117" in boxes[1].heading


def test_acute_plan_names_the_red_flags_and_no_bed_rest(plans: ActivityPlans) -> None:
    english = " ".join(item for section in plans.plans["acute"].text["en"].sections for item in section.items)
    for words in ("all the time", "also when you rest", "numbness or weakness", "fever", "lose weight", "bed"):
        assert words in english


def test_text_from_knowledge_is_escaped(tmp_path: Path) -> None:
    root = _copy_cards(tmp_path)
    _edit(
        root / "cards" / "plans" / "acute.toml",
        'title = "Back pain: keep moving"',
        'title = "<script>alert(1)</script> & \\"quoted\\" <b>"',
    )
    page = render_page(ActivityPlans.load(root), "acute", "en")
    assert "<script" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;quoted&#34; &lt;b&gt;" in page


def test_the_page_links_only_to_the_other_language(client: FlaskClient) -> None:
    page = _page(client, "postop", "nb").get_data(as_text=True)
    assert re.findall(r'href="([^"]*)"', page) == ["?plan=postop&amp;lang=en"]


def test_the_page_needs_no_authentication(tmp_path: Path) -> None:
    issuers = tmp_path / "issuers.json"
    key_set = jwks(generate_key("ES384", kid="plan-test"))
    issuers.write_text(json.dumps({"issuers": [{"iss": "https://ehr.example", "jwks": key_set}]}), "utf-8")
    app = create_app(
        {
            "CDS_AUTH": "jwt",
            "CDS_TRUSTED_ISSUERS_FILE": str(issuers),
            "CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'jwt.sqlite3'}",
        }
    )
    client = app.test_client()
    assert client.get("/cds-services").status_code == 401, "the CDS routes still need a JWT"
    assert _page(client, "chronic", "nb").status_code == 200


# --- bad parameters ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("lang=nb", "plan"),
        ("plan=&lang=nb", "plan"),
        ("plan=bed-rest&lang=nb", "plan"),
        ("plan=ACUTE&lang=nb", "plan"),
        ("plan=acute&plan=chronic&lang=nb", "plan"),
        ("plan=%3Cscript%3Ealert(1)%3C/script%3E&lang=en", "plan"),
        ("plan=acute", "lang"),
        ("plan=acute&lang=sv", "lang"),
        ("plan=acute&lang=nn", "lang"),
        ("plan=acute&lang=en&lang=nb", "lang"),
        ("plan=acute&lang=%3Cb%3E", "lang"),
    ],
)
def test_bad_parameters_are_json_400_naming_the_parameter(client: FlaskClient, query: str, field: str) -> None:
    response = client.get(f"/activity-plan?{query}")
    assert response.status_code == 400
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert body["error"] == "bad_request"
    assert body["field"] == field
    assert field in body["message"]
    assert "<" not in body["message"] and "bed-rest" not in body["message"], "the value is never echoed"


def test_post_is_405_json(client: FlaskClient) -> None:
    response = client.post("/activity-plan?plan=acute&lang=nb")
    assert response.status_code == 405
    assert response.get_json()["error"] == "method_not_allowed"


# --- knowledge checks -----------------------------------------------------------------------------------


def _copy_cards(tmp_path: Path, *, valuesets: bool = False) -> Path:
    shutil.copytree(ROOT / "cards", tmp_path / "cards")
    if valuesets:
        shutil.copytree(ROOT / "valuesets", tmp_path / "valuesets")
    else:  # the card loader reads the code systems' short names
        (tmp_path / "valuesets").mkdir()
        shutil.copy(ROOT / "valuesets" / "code-systems.toml", tmp_path / "valuesets")
    return tmp_path


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _drop_english(plans: Path) -> str:
    path = plans / "chronic.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("\n[en]\n")], encoding="utf-8")
    return "chronic.toml"


def _drop_intro(plans: Path) -> str:
    _edit(plans / "acute.toml", 'intro = "Acute back pain', 'introduction = "Acute back pain')
    return "acute.toml"


def _empty_bullets(plans: Path) -> str:
    path = plans / "postop.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?s)items = \[\n.*?\n\]", "items = []", text, count=1), encoding="utf-8")
    return "postop.toml"


def _misspelt_key(plans: Path) -> str:
    _edit(plans / "subacute.toml", "items = [", "itmes = [")
    return "subacute.toml"


def _bullet_in_one_language_only(plans: Path) -> str:
    _edit(plans / "nerve-root.toml", '    "Your GP follows you up and judges whether you need more help.",\n', "")
    return "nerve-root.toml"


def _important_in_one_language_only(plans: Path) -> str:
    _edit(
        plans / "acute.toml",
        '[[en.sections]]\nheading = "Contact your doctor again if"\nimportant = true',
        '[[en.sections]]\nheading = "Contact your doctor again if"\nimportant = false',
    )
    return "acute.toml"


def _invalid_toml(plans: Path) -> str:
    (plans / "acute.toml").write_text("[nb\ntitle = 1\n", encoding="utf-8")
    return "acute.toml"


def _training_log_not_bool(plans: Path) -> str:
    _edit(plans / "chronic.toml", "\ntraining_log = true\n", '\ntraining_log = "yes"\n')
    return "chronic.toml"


def _bad_file_name(plans: Path) -> str:
    (plans / "acute.toml").rename(plans / "Acute plan.toml")
    return "Acute plan.toml"


def _page_columns_differ(plans: Path) -> str:
    _edit(plans / "_page.toml", '"How it went"]', '"How it went", "Extra"]')
    return "_page.toml"


def _page_without_rows(plans: Path) -> str:
    _edit(plans / "_page.toml", "table_rows = 10", "table_rows = 0")
    return "_page.toml"


def _page_missing(plans: Path) -> str:
    (plans / "_page.toml").unlink()
    return "_page.toml"


def _no_plans_folder(plans: Path) -> str:
    shutil.rmtree(plans)
    return "plans"


@pytest.mark.parametrize(
    ("breaks", "problem"),
    [
        (_drop_english, "missing language table [en]"),
        (_drop_intro, "unknown key(s) introduction"),
        (_empty_bullets, "items must be a non-empty array"),
        (_misspelt_key, "unknown key(s) itmes"),
        (_bullet_in_one_language_only, "sections differ"),
        (_important_in_one_language_only, "sections differ"),
        (_invalid_toml, "invalid TOML"),
        (_training_log_not_bool, "training_log must be true or false"),
        (_bad_file_name, "lower-case letters"),
        (_page_columns_differ, "same number of table columns"),
        (_page_without_rows, "table_rows"),
        (_page_missing, "file not found"),
        (_no_plans_folder, "does not exist"),
    ],
    ids=lambda value: getattr(value, "__name__", "")[1:] or None,
)
def test_loader_rejects_broken_plans(tmp_path: Path, breaks: Callable[[Path], str], problem: str) -> None:
    root = _copy_cards(tmp_path)
    where = breaks(root / "cards" / "plans")
    with pytest.raises(KnowledgeError) as raised:
        ActivityPlans.load(root)
    assert raised.value.path.endswith(where)
    assert problem in raised.value.problem


def test_start_up_refuses_a_card_linking_to_a_missing_plan(tmp_path: Path) -> None:
    root = _copy_cards(tmp_path, valuesets=True)
    (root / "cards" / "plans" / "postop.toml").unlink()
    with pytest.raises(KnowledgeError) as raised:
        load_knowledge(root)
    assert raised.value.path.endswith("_catalog.toml")
    assert "postop" in raised.value.problem


def test_start_up_refuses_a_broken_plan_file(tmp_path: Path) -> None:
    root = _copy_cards(tmp_path, valuesets=True)
    _misspelt_key(root / "cards" / "plans")
    with pytest.raises(KnowledgeError) as raised:
        create_app(
            {
                "CDS_AUTH": "off",
                "CDS_KNOWLEDGE_DIR": str(root),
                "CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}",
            }
        )
    assert raised.value.path.endswith("subacute.toml")


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ('lbp-postop = "postop"', 'lbp-post-op = "postop"', "no rule has card id 'lbp-post-op'"),
        ('lbp-postop = "postop"', 'lbp-postop = "Post op"', "activity_plans.lbp-postop must be a plan id"),
        ('activity_plan_link = "Activity plan for the patient (print)"\n', "", "text.en.activity_plan_link"),
        ("[activity_plans]", "[activity_plan]", "activity_plans"),
    ],
)
def test_catalog_checks_the_plan_links(tmp_path: Path, old: str, new: str, problem: str) -> None:
    root = _copy_cards(tmp_path)
    _edit(root / "cards" / "_catalog.toml", old, new)
    with pytest.raises(KnowledgeError) as raised:
        CardCatalog.load(root)
    assert raised.value.path.endswith("_catalog.toml")
    assert problem in raised.value.problem


def test_card_loader_ignores_the_plans_folder(tmp_path: Path) -> None:
    root = _copy_cards(tmp_path)
    # A file in cards/plans named like a card is a plan, never a card template.
    (root / "cards" / "plans" / "lbp-unknown.toml").write_text("not a card", encoding="utf-8")
    catalog = CardCatalog.load(root)
    assert catalog.card_ids == frozenset(CARD_INDICATORS)


# --- card links -----------------------------------------------------------------------------------------


def _request() -> HookRequest:
    return HookRequest(
        hook="patient-view",
        hook_instance="d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
        context={"userId": "Practitioner/doc-1", "patientId": "pat-1"},
        prefetch={},
    )


def _facts() -> PatientFacts:
    return PatientFacts(
        today=date(2026, 3, 1),
        birth_date=date(1960, 4, 2),
        gender="female",
        conditions=(),
        medications=(),
        medications_checked=True,
    )


@pytest.fixture(scope="module")
def catalog() -> CardCatalog:
    return CardCatalog.load(ROOT)


@pytest.mark.parametrize("locale", LOCALES)
def test_advice_cards_link_to_their_plan(catalog: CardCatalog, locale: str) -> None:
    hits = [RuleHit(card_id) for card_id in sorted(CARD_INDICATORS)]
    response = catalog.render(hits, locale=locale, request=_request(), facts=_facts(), links_base_url=PUBLIC_BASE)
    assert schemas.problems("card-response", response) == []
    links = {card["source"]["topic"]["code"]: card.get("links") for card in response["cards"]}
    for card_id, card_links in links.items():
        if card_id not in LINKED_CARDS:
            assert card_links is None, f"{card_id} has no plan"
            continue
        assert card_links == [
            {
                "label": LINK_LABELS[locale],
                "url": f"https://cds.example.org/lbp/activity-plan?plan={LINKED_CARDS[card_id]}&lang={locale}",
                "type": "absolute",
            }
        ]


@pytest.mark.parametrize("base", [None, "", "cds.example.org", "/relative", "ftp://cds.example.org"])
def test_no_links_without_an_absolute_base_url(
    catalog: CardCatalog, base: str | None, caplog: pytest.LogCaptureFixture
) -> None:
    hits = [RuleHit(card_id) for card_id in LINKED_CARDS]
    with caplog.at_level(logging.ERROR, logger="cds_service.cards"):
        response = catalog.render(hits, locale="nb", request=_request(), facts=_facts(), links_base_url=base)
    assert len(response["cards"]) == len(LINKED_CARDS)
    assert all("links" not in card for card in response["cards"])
    assert bool(caplog.records) == (base is not None), "a bad base URL is reported, None is the quiet default"


LINK_EXAMPLES = [entry for entry in INDEX if entry["card_id"] in LINKED_CARDS]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("entry", LINK_EXAMPLES, ids=[entry["card_id"] for entry in LINK_EXAMPLES])
def test_hook_response_links_use_the_public_base_url(
    app_config: dict[str, Any], monkeypatch: pytest.MonkeyPatch, entry: dict[str, Any], locale: str
) -> None:
    monkeypatch.setattr("cds_service.pipeline.clinical_today", lambda settings: date.fromisoformat(entry["today"]))
    client = create_app({**app_config, "CDS_PUBLIC_BASE_URL": PUBLIC_BASE}).test_client()
    body = (EXAMPLES / entry["request"]).read_text(encoding="utf-8")
    response = client.post(
        "/cds-services/low-back-pain",
        data=body,
        content_type="application/json",
        headers={"Accept-Language": locale},
    )
    assert response.status_code == 200
    assert schemas.problems("card-response", response.get_json()) == []
    [card] = [c for c in response.get_json()["cards"] if c["source"]["topic"]["code"] == entry["card_id"]]
    [link] = card["links"]
    assert link["label"] == LINK_LABELS[locale]
    url = urlsplit(link["url"])
    assert (url.scheme, url.netloc, url.path) == ("https", "cds.example.org", "/lbp/activity-plan")
    # Only the plan and the language: nothing about the patient in the URL.
    assert parse_qs(url.query) == {"plan": [LINKED_CARDS[entry["card_id"]]], "lang": [locale]}
    assert entry["patient_id"] not in link["url"]
    page = client.get(url.path.removeprefix("/lbp"), query_string=url.query)
    assert page.status_code == 200
    assert entry["patient_id"] not in page.get_data(as_text=True)


def test_hook_response_links_default_to_the_request_host(client: FlaskClient, monkeypatch: pytest.MonkeyPatch) -> None:
    [entry] = [entry for entry in INDEX if entry["card_id"] == "lbp-acute"]
    monkeypatch.setattr("cds_service.pipeline.clinical_today", lambda settings: date.fromisoformat(entry["today"]))
    body = (EXAMPLES / entry["request"]).read_text(encoding="utf-8")
    response = client.post(
        "/cds-services/low-back-pain",
        data=body,
        content_type="application/json",
        base_url="https://ehr-facing.example:8443",
    )
    [card] = response.get_json()["cards"]
    assert card["links"][0]["url"] == "https://ehr-facing.example:8443/activity-plan?plan=acute&lang=en"
