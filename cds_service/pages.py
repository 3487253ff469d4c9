"""Security headers shared by the service's server-rendered HTML pages (activity plan, analytics)."""

from __future__ import annotations

import base64
import hashlib

from flask import Response


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
