"""The HTML pages as Jinja2 templates: autoescape everywhere, every template used, analytics details."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask.testing import FlaskClient

from cds_service import create_app, examples
from cds_service.cards import CardCatalog
from cds_service.config import Settings
from cds_service.pages import environment, render
from cds_service.pipeline import clinical_today

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = Path(__file__).resolve().parent.parent / "cds_service" / "pages" / "templates"
TOKEN = "analytics-token-for-the-pages-test"
OVERRIDE_SYSTEM = "http://lbp-cds.no/fhir/CodeSystem/override-reason"


def test_templates_are_rendered_with_autoescape_and_strict_variables() -> None:
    env = environment()
    assert env.autoescape is True
    assert env.from_string("{{ x }}").render(x='<b onclick="x">&</b>') == "&lt;b onclick=&#34;x&#34;&gt;&amp;&lt;/b&gt;"
    with pytest.raises(Exception, match="undefined"):
        render("analytics_sign_in.html")  # no style, no failed: a misspelt variable is an error, not ""


def test_every_template_is_used_by_a_view() -> None:
    sources = "".join(path.read_text() for path in (ROOT / "cds_service" / "pages").glob("*.py"))
    templates = sorted(path.name for path in TEMPLATES.glob("*.html"))
    assert templates == ["activity_plan.html", "analytics.html", "analytics_sign_in.html"]
    for name in templates:
        assert f'"{name}"' in sources, name


@pytest.fixture
def analytics(tmp_path: Path) -> FlaskClient:
    return create_app({
        "CDS_AUTH": "off", "CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'cds.sqlite3'}", "CDS_LOCALE": "en",
        "CDS_ANALYTICS_ENABLED": True, "CDS_ANALYTICS_TOKEN": TOKEN,
    }).test_client()


@pytest.mark.parametrize("since", ["20250401", "2025-W14-1", "2025-4-1", "2025-04-01T00:00"])
def test_analytics_takes_only_an_iso_date(analytics: FlaskClient, since: str) -> None:
    response = analytics.get(f"/analytics?since={since}", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 400 and response.get_json()["field"] == "since"
    assert analytics.get("/analytics?since=2025-04-01", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200


def test_analytics_shows_the_catalogue_display_of_a_reason_sent_as_code_and_system(analytics: FlaskClient) -> None:
    example = examples.find(examples.load_index(), "lbp-acute")
    body = examples.request_for(example, clinical_today(Settings.load(environ={})))
    card = analytics.post("/cds-services/low-back-pain", json=body).get_json()["cards"][0]
    item = {"card": card["uuid"], "outcome": "overridden", "outcomeTimestamp": "2026-01-05T10:00:00Z",
            "overrideReason": {"reason": {"system": OVERRIDE_SYSTEM, "code": "patient-declined"}}}
    assert analytics.post("/cds-services/low-back-pain/feedback", json={"feedback": [item]}).status_code == 200
    display = {r.code: r.display for r in CardCatalog.load(ROOT).override_reasons}["patient-declined"]["en"]
    page = analytics.get("/analytics", headers={"Authorization": f"Bearer {TOKEN}"}).get_data(as_text=True)
    assert f"patient-declined ({display}) ×1" in page
