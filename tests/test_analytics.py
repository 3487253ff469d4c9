"""/analytics: off unless enabled, token-protected, HTML + inline SVG, no script, strict CSP."""

from __future__ import annotations

import base64
import hashlib
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from cds_service import feedback
from cds_service.config import Settings
from cds_service.pages import analytics
from cds_service.persistence import IssuedCard, Store
from tests.support.db import SqliteOutage

TOKEN = "analytics-token-for-tests-0123456789"
SERVICE = "low-back-pain"


def make_client(store: Store | None, *, enabled: bool = True) -> FlaskClient:
    app = Flask(__name__)
    settings = Settings(CDS_ANALYTICS_ENABLED=enabled, CDS_ANALYTICS_TOKEN=TOKEN if enabled else "")
    analytics.init_app(app, store=store, settings=settings)
    return app.test_client()


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "db" / "cds.sqlite3"
    path.parent.mkdir()
    return path


@pytest.fixture
def store(database: Path) -> Store:
    store = Store(f"sqlite:///{database}", retry_after_seconds=0.0)
    at = datetime(2025, 3, 10, tzinfo=UTC)
    store.record_issued_cards(
        [IssuedCard(f"a{i}", SERVICE, "lbp-activity-advice", "2025.1", "en", "h", at) for i in range(4)]
        + [IssuedCard("r0", SERVICE, "lbp-red-flag", "2025.1", "en", "h", at)]
    )
    feedback.receive(store, SERVICE, {"feedback": [
        {"card": "a0", "outcome": "accepted", "acceptedSuggestions": [{"id": "s"}], "outcomeTimestamp": at.isoformat()},
        {"card": "a1", "outcome": "overridden", "outcomeTimestamp": at.isoformat(), "overrideReason": {
            "reason": {"system": "urn:x", "code": "declined", "display": "<script>alert(1)</script>"}}},
    ]})
    return store


def bearer(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_off_unless_enabled(store: Store) -> None:
    response = make_client(store, enabled=False).get("/analytics", headers=bearer())
    assert response.status_code == 404
    assert response.get_json()["error"] == "not_found"


@pytest.mark.parametrize(
    "headers", [{}, bearer("wrong"), bearer(TOKEN + "x"), {"Authorization": f"Basic {TOKEN}"}],
    ids=["none", "wrong", "longer", "not bearer"],
)
def test_a_missing_or_wrong_token_gets_401_and_a_sign_in_form(store: Store, headers: dict[str, str]) -> None:
    response = make_client(store).get("/analytics", headers=headers)
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    page = response.get_data(as_text=True)
    assert '<form method="post"' in page and 'name="token"' in page
    assert "lbp-activity-advice" not in page


def test_the_token_is_not_accepted_in_the_url(store: Store) -> None:
    """URLs land in access logs and browser history."""
    assert make_client(store).get(f"/analytics?token={TOKEN}").status_code == 401


def test_the_page_shows_the_report_as_table_and_svg_chart(store: Store) -> None:
    response = make_client(store).get("/analytics", headers=bearer())
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    svg = re.search(r"<svg[^>]*role=\"img\".*?</svg>", page, re.S)
    assert svg is not None
    assert svg.group(0).count("<rect") == 2 * 3  # two card ids x (shown, accepted, overridden)
    assert "lbp-activity-advice" in svg.group(0) and "lbp-red-flag" in svg.group(0)
    assert re.search(r"<td>lbp-activity-advice</td><td>4</td><td>1</td><td>1</td><td>50%</td>", page)


def test_no_script_nothing_from_elsewhere_and_a_strict_csp(store: Store) -> None:
    response = make_client(store).get("/analytics", headers=bearer())
    page = response.get_data(as_text=True)
    assert "<script" not in page  # the reason display "<script>..." is escaped
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert re.findall(r"(?:src|href)=", page) == []
    assert set(re.findall(r"https?://[^\"' <]+", page)) == {"http://www.w3.org/2000/svg"}  # namespace only
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp and "unsafe-inline" not in csp
    assert response.headers["Cache-Control"] == "no-store"
    style = re.search(r"<style>(.*?)</style>", page, re.S)
    assert style is not None
    digest = base64.b64encode(hashlib.sha256(style.group(1).encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp  # the one inline style is the one the policy allows


def test_sign_in_by_form_then_filter_by_date(store: Store) -> None:
    client = make_client(store)
    signed_in = client.post("/analytics", data={"token": TOKEN})
    assert signed_in.status_code == 200
    assert 'type="hidden" name="token"' in signed_in.get_data(as_text=True)
    later = client.post("/analytics", data={"token": TOKEN, "since": "2025-04-01"})
    page = later.get_data(as_text=True)
    assert "No cards issued and no feedback" in page
    assert client.post("/analytics", data={"token": "nope"}).status_code == 401


def test_a_bad_date_is_a_400(store: Store) -> None:
    response = make_client(store).get("/analytics?since=March", headers=bearer())
    assert response.status_code == 400
    assert response.get_json()["field"] == "since"


def test_a_database_outage_is_a_503(store: Store, database: Path) -> None:
    outage = SqliteOutage(database)
    outage.cut()
    try:
        response = make_client(store).get("/analytics", headers=bearer())
    finally:
        outage.restore()
    assert response.status_code == 503
    assert make_client(store).get("/analytics", headers=bearer()).status_code == 200
