"""The patient's activity plan page in headless Chromium, on screen and as printed.

Chromium is Debian's (/usr/bin/chromium); playwright only drives it. The page is reached as a clinician
would: from the link on a card in a real hook response.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from cds_service import create_app
from tests.support.browser import chromium_page, require_chromium, served
from tests.support.hook import condition, patient_view

pytestmark = pytest.mark.browser
playwright_sync = require_chromium()


@pytest.fixture
def live_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, Any]]:
    monkeypatch.setattr("cds_service.pipeline.clinical_today", lambda settings: date(2026, 11, 26))
    app = create_app(
        {
            "CDS_AUTH": "off",
            "CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'browser.sqlite3'}",
            "CDS_LOCALE": "nb",
        }
    )
    with served(app) as base_url:
        yield base_url, app


@pytest.fixture
def page(tmp_path: Path) -> Iterator[Any]:
    with chromium_page(playwright_sync) as page:
        yield page


def _chronic_card_link(app: Any, base: str) -> str:
    """The activity-plan link of the chronic-pain card, from a real hook response (86 days of pain)."""
    body = patient_view(conditions=[condition("M54.5", onset="2026-09-01")])
    response = app.test_client().post("/cds-services/low-back-pain", json=body, base_url=base)
    [card] = [c for c in response.get_json()["cards"] if c["source"]["topic"]["code"] == "lbp-chronic"]
    url: str = card["links"][0]["url"]
    return url


def test_activity_plan_on_screen_and_in_print(live_server: tuple[str, Any], page: Any, tmp_path: Path) -> None:
    base, app = live_server
    console_problems: list[str] = []
    foreign_requests: list[str] = []
    page.on("console", lambda message: console_problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: console_problems.append(str(error)))
    page.on("request", lambda req: foreign_requests.append(req.url) if not req.url.startswith(base) else None)

    url = _chronic_card_link(app, base)
    assert urlsplit(url).netloc == urlsplit(base).netloc, "the link points at this service"
    response = page.goto(url)
    assert response is not None and response.status == 200

    assert page.locator("h1").inner_text().startswith("Bruk ryggen")
    hint = page.locator("p.screen")
    assert hint.is_visible(), "on screen the page says how to print"
    assert "Ctrl+P" in hint.inner_text()
    table = page.locator("table")
    assert table.is_visible()
    assert table.locator("tbody tr").count() == 10
    # The inline style (allowed by its CSP hash) applies: large type, bordered cells.
    assert page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)") >= 19.5
    assert page.evaluate("getComputedStyle(document.querySelector('td')).borderTopStyle") == "solid"
    page.screenshot(path=str(tmp_path / "activity-plan-screen.png"), full_page=True)

    page.emulate_media(media="print")
    assert not hint.is_visible(), "the print hint and language link are screen only"
    assert table.is_visible(), "the training log is printed"
    assert table.locator("thead th").count() == 4
    row_height = page.evaluate("document.querySelector('tbody tr').getBoundingClientRect().height")
    assert row_height >= 35, f"rows tall enough to write in by hand: {row_height}px"
    assert page.locator("section.important").count() == 2
    assert page.locator("section.important").first.is_visible()
    page.screenshot(path=str(tmp_path / "activity-plan-print.png"), full_page=True)
    assert len(page.pdf(format="A4")) > 1000, "Chromium prints it"

    assert console_problems == [], "no CSP violation or script error"
    assert foreign_requests == [], "nothing is loaded from another origin"


def test_language_link_switches_to_english(live_server: tuple[str, Any], page: Any) -> None:
    base, _app = live_server
    page.goto(f"{base}/activity-plan?plan=acute&lang=nb")
    assert page.locator("html").get_attribute("lang") == "nb"
    assert page.locator("table").count() == 0, "no training log in the acute plan"
    page.locator("p.screen a").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.url.endswith("/activity-plan?plan=acute&lang=en")
    assert page.locator("h1").inner_text() == "Back pain: keep moving"


def test_bad_plan_is_json_400_in_the_browser(live_server: tuple[str, Any], page: Any) -> None:
    base, _app = live_server
    response = page.goto(f"{base}/activity-plan?plan=unknown&lang=nb")
    assert response is not None and response.status == 400
    assert response.headers["content-type"].startswith("application/json")
    assert '"field": "plan"' in response.text() or '"field":"plan"' in response.text()
