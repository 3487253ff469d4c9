"""Every HTML page in headless Chromium: /analytics (the service's only HTML page).

The page is driven as a user would: open it, sign in through its form, read the chart, filter by date.
Chromium is Debian's (/usr/bin/chromium, installed by .ci/run); playwright only drives it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cds_service import create_app
from tests.support.browser import chromium_page, require_chromium, served
from tests.support.hook import condition, patient_view

OVERRIDE_REASONS = "http://lbp-cds.no/fhir/CodeSystem/override-reason"
TOKEN = "browser-test-token-0123456789"

pytestmark = pytest.mark.browser
playwright_sync = require_chromium()


@pytest.fixture
def live_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setattr("cds_service.pipeline.clinical_today", lambda settings: date(2026, 11, 26))
    app = create_app(
        {
            "CDS_AUTH": "off",
            "CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'browser.sqlite3'}",
            "CDS_ANALYTICS_ENABLED": "true",
            "CDS_ANALYTICS_TOKEN": TOKEN,
            "CDS_LOCALE": "en",
        }
    )
    client = app.test_client()
    for _ in range(3):
        body = patient_view(conditions=[condition("M54.5", onset="2026-09-01")])
        cards = client.post("/cds-services/low-back-pain", json=body).get_json()["cards"]
        assert cards
        feedback = [
            {
                "card": cards[0]["uuid"],
                "outcome": "overridden",
                "overrideReason": {
                    "reason": {"system": OVERRIDE_REASONS, "code": "already-addressed"}
                },
                "outcomeTimestamp": "2026-11-26T10:00:00Z",
            }
        ]
        assert client.post("/cds-services/low-back-pain/feedback", json={"feedback": feedback}).status_code == 200
    with served(app) as base_url:
        yield base_url


@pytest.fixture
def page(tmp_path: Path) -> Iterator[Any]:
    with chromium_page(playwright_sync) as page:
        yield page


def test_analytics_page_in_chromium(live_server: str, page: Any, tmp_path: Path) -> None:
    console_problems: list[str] = []
    foreign_requests: list[str] = []
    page.on("console", lambda message: console_problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: console_problems.append(str(error)))
    page.on("request", lambda req: foreign_requests.append(req.url) if not req.url.startswith(live_server) else None)

    first = page.goto(f"{live_server}/analytics")
    assert first is not None and first.status == 401, "without a token the page asks for one"
    # Chromium reports the 401 itself as a console error; anything after it would be ours.
    assert all("401" in problem for problem in console_problems)
    console_problems.clear()
    page.fill("input[name=token]", TOKEN)
    page.locator("form button, form input[type=submit]").first.click()
    page.wait_for_load_state()

    assert page.locator("svg").count() >= 1, "the chart is server-rendered SVG"
    assert page.locator("svg rect").count() >= 2, "bars for shown and overridden"
    table_text = page.locator("table").first.inner_text()
    assert "lbp-" in table_text
    assert "already-addressed" in page.content()
    # Inline style allowed by its CSP hash: the table has real borders, so the style was applied.
    border = page.evaluate("getComputedStyle(document.querySelector('td')).borderTopStyle")
    assert border == "solid"
    page.screenshot(path=str(tmp_path / "analytics.png"), full_page=True)

    assert console_problems == [], "no CSP violation or script error"
    assert foreign_requests == [], "nothing is loaded from another origin"


def test_analytics_numbers_match_the_report(live_server: str, page: Any) -> None:
    page.goto(f"{live_server}/analytics")
    page.fill("input[name=token]", TOKEN)
    page.locator("form button, form input[type=submit]").first.click()
    page.wait_for_load_state()
    rows = page.evaluate(
        "Array.from(document.querySelectorAll('table tr')).map(r => Array.from(r.cells).map(c => c.innerText))"
    )
    text = json.dumps(rows)
    assert "3" in text, f"three cards of the first kind were shown and overridden: {text}"
