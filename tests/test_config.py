"""Settings: environment, overrides, validation, and the README's settings table."""

from __future__ import annotations

from pathlib import Path

import pytest

from cds_service.config import Settings
from cds_service.errors import ConfigurationError

ROOT = Path(__file__).resolve().parent.parent


def test_every_setting_is_in_the_readme_table() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in Settings.names() if f"| `{name}` |" not in readme]
    assert missing == []


def test_mapping_overrides_environment() -> None:
    settings = Settings.load({"CDS_LOCALE": "en"}, environ={"CDS_LOCALE": "nb", "CDS_MAX_JSON_DEPTH": "12"})
    assert settings.CDS_LOCALE == "en"
    assert settings.CDS_MAX_JSON_DEPTH == 12


@pytest.mark.parametrize(
    ("raw", "expected"), [("true", True), ("1", True), ("yes", True), ("false", False), ("0", False), ("", False)]
)
def test_booleans(raw: str, expected: bool) -> None:
    assert Settings.load(environ={"CDS_FHIR_ALLOW_HTTP": raw}).CDS_FHIR_ALLOW_HTTP is expected


def test_lists_are_comma_separated() -> None:
    settings = Settings.load(environ={"CDS_CORS_ORIGINS": "https://a.example, https://b.example"})
    assert settings.CDS_CORS_ORIGINS == ("https://a.example", "https://b.example")


@pytest.mark.parametrize(
    "overrides",
    [
        {"CDS_AUTH": "maybe"},
        {"CDS_LOCALE": "de"},
        {"CDS_JWT_ALGORITHMS": "ES384,HS256"},
        {"CDS_JWT_ALGORITHMS": "none"},
        {"CDS_MAX_BODY_BYTES": "0"},
        {"CDS_MAX_JSON_DEPTH": "deep"},
        {"CDS_FHIR_ALLOW_HTTP": "perhaps"},
        {"CDS_TIMEZONE": "Mars/Olympus"},
        {"CDS_ANALYTICS_ENABLED": "true"},
        {"CDS_NO_SUCH_SETTING": "1"},
    ],
)
def test_invalid_settings_stop_start_up(overrides: dict[str, str]) -> None:
    with pytest.raises(ConfigurationError):
        Settings.load(overrides, environ={})
