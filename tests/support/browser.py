"""Headless Debian Chromium (driven by playwright) and a threaded loopback server for browser tests."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from werkzeug.serving import make_server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# As the machine's own probe starts it: without the background-networking flags Chromium keeps trying
# hosts this closed network refuses.
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def require_chromium() -> Any:
    """The playwright sync API, or skip the calling module when playwright or chromium is missing."""
    playwright_sync = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():  # pragma: no cover - CI installs chromium
        pytest.skip("Debian chromium is not installed (apt-get install chromium)", allow_module_level=True)
    return playwright_sync


@contextmanager
def served(app: Any) -> Iterator[str]:
    """``app`` on a free loopback port in a thread; yields its base URL and stops it after."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=5)


@contextmanager
def chromium_page(playwright_sync: Any) -> Iterator[Any]:
    with playwright_sync.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=list(CHROMIUM_ARGS))
        try:
            yield browser.new_context().new_page()
        finally:
            browser.close()
