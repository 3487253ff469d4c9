"""Settings: one frozen object built from ``CDS_*`` environment variables and an optional mapping.

Every setting has the same name as its environment variable. ``create_app({"CDS_LOCALE": "en"})``
overrides the environment, which is how tests configure the app. The README's settings table lists
every field below; keep the two in step (a test checks it).
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_type_hints
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import ConfigurationError

_PACKAGE_DIR = Path(__file__).resolve().parent


def default_knowledge_dir() -> Path:
    """The shipped knowledge: inside the wheel, or the repository root in a source checkout."""
    installed = _PACKAGE_DIR / "_knowledge"
    return installed if installed.is_dir() else _PACKAGE_DIR.parent


@dataclass(frozen=True)
class Settings:
    # --- protocol and security -------------------------------------------------------------
    CDS_AUTH: str = "jwt"
    """`jwt` (default): every discovery, service and feedback call needs a signed JWT. `off`: no check,
    allowed only while bound to a loopback address."""
    CDS_TRUSTED_ISSUERS_FILE: str = ""
    CDS_PUBLIC_BASE_URL: str = ""
    """Base URL the EHR calls (scheme://host[:port][/prefix]); used for the JWT `aud` check behind a proxy."""
    CDS_JWT_ALGORITHMS: tuple[str, ...] = ("ES384", "RS384")
    CDS_JWT_CLOCK_SKEW_SECONDS: int = 30
    CDS_JWT_MAX_LIFETIME_SECONDS: int = 3600
    """CDS Hooks best practice: keep jti values for the longest JWT lifetime, "no more than an hour"."""
    CDS_JWKS_CACHE_SECONDS: int = 3600
    CDS_JWKS_MIN_REFETCH_SECONDS: int = 60
    """At most one key-set fetch per issuer in this interval, whatever the URL (shared through the database)."""
    CDS_JWKS_FETCH_BUDGET_SECONDS: float = 1.0
    """Longest a call waits for a key-set fetch (a hanging key host holds a call this long, once per interval)."""
    CDS_CORS_ORIGINS: tuple[str, ...] = ("*",)
    CDS_MAX_BODY_BYTES: int = 10 * 1024 * 1024
    CDS_MAX_PREFETCH_RESOURCES: int = 10_000
    CDS_MAX_JSON_DEPTH: int = 64

    # --- data -----------------------------------------------------------------------------
    CDS_DATABASE_URL: str = "sqlite:///cds-service.sqlite3"
    CDS_REPLAY_URL: str = ""
    """Where JWT ids are claimed: empty (default) follows CDS_DATABASE_URL; `redis://host:port/db` for Redis."""
    CDS_CARD_LOG_FLUSH_SECONDS: float = 1.0
    """The issued-card log is written off the request path, at least this often (persistence.card_log)."""
    CDS_CARD_LOG_BATCH_CARDS: int = 500
    """... and as soon as this many cards wait in one process's buffer."""
    CDS_CARD_UUID_KEY: str = field(default="", repr=False)
    """Key of the card uuids' marker (card_uuids); empty: derived from CDS_DATABASE_URL."""
    CDS_KNOWLEDGE_DIR: str = ""
    CDS_LOCALE: str = "nb"
    CDS_TIMEZONE: str = "Europe/Oslo"
    """The clinic's time zone: "today" for every duration rule is the date there."""
    CDS_FHIR_ALLOW_HTTP: bool = False
    CDS_FHIR_CONNECT_TIMEOUT_SECONDS: float = 0.5
    CDS_FHIR_READ_TIMEOUT_SECONDS: float = 1.0
    CDS_FHIR_BUDGET_SECONDS: float = 1.5
    """Whole-call budget for fetching from the EHR's FHIR server, so the hook answers within 2 s."""
    CDS_FHIR_MAX_RESOURCES: int = 5_000

    # --- analytics --------------------------------------------------------------------------
    CDS_ANALYTICS_ENABLED: bool = False
    CDS_ANALYTICS_TOKEN: str = field(default="", repr=False)

    # --- snooze (issue 13: a card overridden with a snooze reason is hidden for that patient) -----
    CDS_SNOOZE_ENABLED: bool = False
    """Off by default: it needs a secret only the deployment can choose, and it stores keyed digests."""
    CDS_SNOOZE_SECRET: str = field(default="", repr=False)
    """HMAC-SHA256 key of the snooze keys (at least 32 characters; required when snooze is on)."""
    CDS_SNOOZE_INFO_DAYS: int = 90
    CDS_SNOOZE_WARNING_DAYS: int = 30
    CDS_SNOOZE_FEEDBACK_WINDOW_HOURS: int = 72
    """How long an issued card can still be snoozed by feedback (EHRs may send feedback in batches)."""

    # --- clinical thresholds (defaults are the guideline's values; see rules/thresholds.py) ---
    CDS_RED_FLAG_AGE_BELOW: int = 20
    CDS_RED_FLAG_AGE_ABOVE: int = 50
    CDS_SUBACUTE_FROM_DAYS: int = 28
    CDS_CHRONIC_AFTER_DAYS: int = 84
    CDS_REGULAR_ANALGESIC_DAYS: int = 28
    CDS_LONG_TERM_GLUCOCORTICOID_DAYS: int = 90
    CDS_LONG_TERM_OPIOID_DAYS: int = 90

    # --- operations ---------------------------------------------------------------------------
    CDS_LOG_LEVEL: str = "INFO"
    CDS_CLIENT_HEADER_TIMEOUT_SECONDS: float = 10.0
    """`cds-service serve`: a request head not received within this is answered 408 (slow clients)."""
    CDS_CLIENT_BODY_TIMEOUT_SECONDS: float = 30.0
    """`cds-service serve`: a body not received within this of its head is answered 408."""
    CDS_KEEPALIVE_SECONDS: int = 5
    """`cds-service serve`: an idle kept-alive connection is closed after this."""
    CDS_WORKER_CONNECTIONS: int = 1000
    """`cds-service serve`: most connections one worker holds (reading, in a thread or kept alive)."""
    CDS_METRICS_TOKEN: str = field(default="", repr=False)
    """Bearer token for `GET /metrics` (Prometheus); unset: no metrics route (404)."""

    @property
    def knowledge_dir(self) -> Path:
        return Path(self.CDS_KNOWLEDGE_DIR) if self.CDS_KNOWLEDGE_DIR else default_knowledge_dir()

    @property
    def auth_enabled(self) -> bool:
        return self.CDS_AUTH == "jwt"

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in dataclasses.fields(cls))

    @classmethod
    def load(cls, overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None) -> Settings:
        """Environment first, then the mapping; unknown ``CDS_*`` keys in the mapping are an error."""
        environ = os.environ if environ is None else environ
        overrides = dict(overrides or {})
        hints = get_type_hints(cls)
        values: dict[str, Any] = {}
        for name in cls.names():
            if name in overrides:
                raw: Any = overrides.pop(name)
            elif name in environ:
                raw = environ[name]
            else:
                continue
            values[name] = _coerce(name, raw, hints[name])
        unknown = sorted(k for k in overrides if k.startswith("CDS_"))
        if unknown:
            raise ConfigurationError(f"unknown setting(s): {', '.join(unknown)}")
        settings = cls(**values)
        settings._check()
        return settings

    def _check(self) -> None:
        if self.CDS_AUTH not in ("jwt", "off"):
            raise ConfigurationError(f"CDS_AUTH must be 'jwt' or 'off', not {self.CDS_AUTH!r}")
        if self.CDS_LOCALE not in ("nb", "en"):
            raise ConfigurationError(f"CDS_LOCALE must be 'nb' or 'en', not {self.CDS_LOCALE!r}")
        try:
            ZoneInfo(self.CDS_TIMEZONE)
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigurationError(f"CDS_TIMEZONE: unknown time zone {self.CDS_TIMEZONE!r}") from None
        for alg in self.CDS_JWT_ALGORITHMS:
            if alg.lower() == "none" or alg.upper().startswith("HS"):
                raise ConfigurationError(f"CDS_JWT_ALGORITHMS may not contain {alg!r}: only asymmetric algorithms")
        positive: tuple[str, ...] = (
            "CDS_MAX_BODY_BYTES",
            "CDS_MAX_PREFETCH_RESOURCES",
            "CDS_MAX_JSON_DEPTH",
            "CDS_FHIR_MAX_RESOURCES",
            "CDS_SNOOZE_INFO_DAYS",
            "CDS_SNOOZE_WARNING_DAYS",
            "CDS_SNOOZE_FEEDBACK_WINDOW_HOURS",
            "CDS_FHIR_CONNECT_TIMEOUT_SECONDS",
            "CDS_FHIR_READ_TIMEOUT_SECONDS",
            "CDS_FHIR_BUDGET_SECONDS",
            "CDS_JWKS_FETCH_BUDGET_SECONDS",
            "CDS_JWKS_MIN_REFETCH_SECONDS",
            "CDS_CLIENT_HEADER_TIMEOUT_SECONDS",
            "CDS_CLIENT_BODY_TIMEOUT_SECONDS",
            "CDS_KEEPALIVE_SECONDS",
            "CDS_WORKER_CONNECTIONS",
            "CDS_CARD_LOG_FLUSH_SECONDS",
            "CDS_CARD_LOG_BATCH_CARDS",
        )
        for name in positive:
            if getattr(self, name) <= 0:
                raise ConfigurationError(f"{name} must be positive")
        if self.CDS_FHIR_BUDGET_SECONDS >= 2.0:
            logging.getLogger("cds_service.config").warning(
                "CDS_FHIR_BUDGET_SECONDS is %.1f s: with a hanging FHIR server the hook will not answer within 2 s",
                self.CDS_FHIR_BUDGET_SECONDS,
            )
        if self.CDS_ANALYTICS_ENABLED and len(self.CDS_ANALYTICS_TOKEN) < 16:
            raise ConfigurationError("CDS_ANALYTICS_ENABLED needs a CDS_ANALYTICS_TOKEN of at least 16 characters")
        if self.CDS_SNOOZE_ENABLED and len(self.CDS_SNOOZE_SECRET) < 32:
            raise ConfigurationError("CDS_SNOOZE_ENABLED needs a CDS_SNOOZE_SECRET of at least 32 characters")
        if self.CDS_METRICS_TOKEN and len(self.CDS_METRICS_TOKEN) < 16:
            raise ConfigurationError("CDS_METRICS_TOKEN must be at least 16 characters (or unset: no /metrics)")


def _coerce(name: str, raw: Any, hint: Any) -> Any:
    try:
        if hint is bool or hint == "bool":
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in ("1", "true", "yes", "on"):
                return True
            if text in ("0", "false", "no", "off", ""):
                return False
            raise ValueError(f"not a boolean: {raw!r}")
        if hint is int:
            return int(raw)
        if hint is float:
            return float(raw)
        if hint == tuple[str, ...]:
            items = raw.split(",") if isinstance(raw, str) else list(raw)
            return tuple(str(i).strip() for i in items if str(i).strip())
        return str(raw)
    except (TypeError, ValueError) as exc:
        raise ConfigurationError(f"setting {name}: {exc}") from None
