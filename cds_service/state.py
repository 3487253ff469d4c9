"""What one app instance holds after start-up: settings, knowledge and the optional services."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from flask import Flask

from .config import Settings
from .knowledge import Knowledge

if TYPE_CHECKING:
    from .persistence import Store
    from .security import Authenticator
    from .snooze import SnoozeFilter

EXTENSION_KEY = "cds_service"


@dataclass(frozen=True)
class ServiceState:
    settings: Settings
    knowledge: Knowledge
    store: Store | None
    authenticator: Authenticator | None
    """None only when CDS_AUTH=off."""
    snooze_filter: SnoozeFilter | None = None
    """The snooze step, built once; None unless ``CDS_SNOOZE_ENABLED`` and a store is configured."""


def state_of(app: Flask | Any) -> ServiceState:
    state: ServiceState = app.extensions[EXTENSION_KEY]
    return state
