"""Shared fixtures: the app factory with test settings, the Flask test client, response schemas."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from cds_service import create_app

# Defined once in tests/support/db.py and imported here by its own attribute name, so pytest registers it
# (as ``database_url``, the name its decorator gives) for every test module.
from tests.support.db import database_url_fixture  # noqa: F401  (pytest fixture)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def app_config(tmp_path: Path) -> dict[str, Any]:
    """Settings for an app on embedded defaults; tests add or change keys before using ``app``."""
    return {
        "CDS_AUTH": "off",
        "CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'cds.sqlite3'}",
        "CDS_LOCALE": "en",
    }


@pytest.fixture
def app(app_config: dict[str, Any]) -> Iterator[Flask]:
    yield create_app(app_config)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()
