"""Low back pain CDS Hooks 2.0 service.

``create_app`` is the app factory (Flask tutorial style): it reads the settings, loads and checks
the knowledge, opens the store, sets up authentication and registers the routes.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from flask import Flask

from . import api, build_info, metrics, openapi
from .config import Settings
from .errors import ConfigurationError
from .knowledge import load_knowledge
from .logs import configure_logging
from .pages import activity_plan, analytics
from .persistence import Store
from .report import reason_displays
from .security import Authenticator
from .snooze import SnoozeFilter, SnoozePolicy
from .state import EXTENSION_KEY, ServiceState

__all__ = ["Settings", "create_app"]

log = logging.getLogger("cds_service")

# The auth-off warning is said once per service, not once per app: `cds-service serve` builds the app in
# the gunicorn master (to fail fast) and again in every worker, which are forked from the master and
# inherit this flag.
_auth_off_warned = False


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    settings = Settings.load(config)
    configure_logging(settings.CDS_LOG_LEVEL)
    stale = build_info.stale_problem()
    if stale is not None:
        raise ConfigurationError(stale)
    knowledge = load_knowledge(settings.knowledge_dir)

    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = settings.CDS_MAX_BODY_BYTES
    app.json.ensure_ascii = False  # type: ignore[attr-defined]

    store = Store.from_settings(settings)
    store.upgrade()  # an unreachable database is retried on first use; hooks answer meanwhile
    if settings.auth_enabled:
        authenticator: Authenticator | None = Authenticator.from_settings(
            settings, store.replay, key_set_cache=store.key_sets
        )
    else:
        authenticator = None
        _warn_auth_off()
    snooze_policy = SnoozePolicy.from_settings(settings)
    app.extensions[EXTENSION_KEY] = ServiceState(
        settings=settings,
        knowledge=knowledge,
        store=store,
        authenticator=authenticator,
        snooze_filter=(
            SnoozeFilter(snooze_policy, store.snooze, knowledge.cards)
            if snooze_policy is not None and store is not None
            else None
        ),
    )
    api.init_app(app)
    analytics.init_app(
        app, store=store, settings=settings, displays=reason_displays(knowledge.cards, settings.CDS_LOCALE)
    )
    activity_plan.init_app(app, plans=knowledge.plans)
    openapi.init_app(app, settings, knowledge)
    metrics.init_app(app, settings)
    log.info(
        "service ready",
        extra={"knowledge_version": knowledge.version, "auth": settings.CDS_AUTH, "build": build_info.build_name()},
    )
    return app


def _warn_auth_off() -> None:
    global _auth_off_warned
    if _auth_off_warned:
        return
    _auth_off_warned = True
    log.warning(
        "AUTHENTICATION IS OFF (CDS_AUTH=off): any caller can invoke the service. "
        "Use this only on a loopback address for local testing."
    )
