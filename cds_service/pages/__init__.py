"""The service's server-rendered HTML pages: the patient's activity plan and the analytics page.

Each view sits beside its Jinja2 templates (``templates/``). Every template is rendered with autoescape on
(``render``), so any text from knowledge files or from EHR feedback is escaped by the template engine,
never by hand; only the pages' own constant style sheets go in as ``Markup``. ``StrictUndefined`` turns a
misspelt variable into an error instead of an empty string.

The pages share their security headers (``page_security_policy``, ``secure_page``): no script, nothing
loaded from elsewhere, the one inline style allowed by its hash.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from typing import Any

from flask import Response
from jinja2 import Environment, PackageLoader, StrictUndefined


@cache
def environment() -> Environment:
    return Environment(
        loader=PackageLoader("cds_service.pages", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def render(template: str, **context: Any) -> str:
    """``templates/<template>`` rendered with autoescape."""
    return environment().get_template(template).render(**context)


def page_security_policy(style: str, *, form_action: str) -> str:
    """CSP for our server-rendered pages: nothing but the one inline style, allowed by its hash."""
    digest = base64.b64encode(hashlib.sha256(style.encode("utf-8")).digest()).decode("ascii")
    return (
        f"default-src 'none'; style-src 'sha256-{digest}'; img-src 'none'; form-action {form_action}; "
        "frame-ancestors 'none'; base-uri 'none'"
    )


def secure_page(response: Response, *, policy: str, cache_control: str) -> None:
    """The page's CSP and caching, plus the headers every page gets (no sniffing, framing or referrer)."""
    response.headers["Content-Security-Policy"] = policy
    response.headers["Cache-Control"] = cache_control
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
