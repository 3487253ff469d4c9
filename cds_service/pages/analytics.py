"""``/analytics``: the feedback report as an HTML page with a server-rendered SVG bar chart.

Off unless ``CDS_ANALYTICS_ENABLED`` (404 otherwise). Protected by ``CDS_ANALYTICS_TOKEN``, sent as
``Authorization: Bearer <token>`` or posted from the page's own form (field ``token``). The token is
deliberately not accepted in the URL query: URLs end up in access logs, proxies and browser history.
No script at all, nothing loaded from elsewhere; the Content-Security-Policy says so (``default-src
'none'``, the one inline style allowed by its hash). The pages are ``templates/analytics.html`` and
``templates/analytics_sign_in.html``, rendered with autoescape; the chart's geometry is computed here and
drawn by the template. Override reasons are shown with the card catalogue's display (``report``); per card
also the override rate (cards by final outcome), the median time to action, snoozes and re-shows.
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from flask import Blueprint, Flask, Response, current_app, json, request
from markupsafe import Markup

from ..config import Settings
from ..errors import ApiError, BadRequest, NotFound, ServiceUnavailable
from ..persistence import Store, StoreUnavailable
from ..report import Report, build, duration_text
from . import page_security_policy, render, secure_page

EXTENSION_KEY = "cds_analytics"

bp = Blueprint("analytics", __name__)

_STYLE = (
    "body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b;max-width:70rem}"
    "table{border-collapse:collapse;margin:1rem 0}"
    "th,td{border:1px solid #c8c8c8;padding:.3rem .6rem;text-align:right}"
    "th:first-child,td:first-child,td.reasons{text-align:left}"
    "caption{text-align:left;font-weight:bold;padding:.3rem 0}"
    "form{margin:1rem 0}label{margin-right:.5rem}"
    ".legend span{display:inline-block;margin-right:1rem}"
)
CONTENT_SECURITY_POLICY = page_security_policy(_STYLE, form_action="'self'")

# Bar colours: distinguishable in the common colour-vision deficiencies (Okabe-Ito palette).
_SERIES = (("shown", "#999999"), ("accepted", "#009E73"), ("overridden", "#D55E00"))
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class _AnalyticsConfig:
    store: Store | None
    enabled: bool
    token: str
    displays: Mapping[tuple[str, str], str] = field(default_factory=dict)


def init_app(
    app: Flask,
    *,
    store: Store | None,
    settings: Settings,
    displays: Mapping[tuple[str, str], str] | None = None,
) -> None:
    """Register ``/analytics``; it answers 404 unless ``settings.CDS_ANALYTICS_ENABLED``. ``displays``: the
    catalogue's override reasons (``report.reason_displays``), shown for reasons sent as code and system."""
    app.extensions[EXTENSION_KEY] = _AnalyticsConfig(
        store=store, enabled=settings.CDS_ANALYTICS_ENABLED, token=settings.CDS_ANALYTICS_TOKEN,
        displays=dict(displays or {}),
    )
    app.register_blueprint(bp)


@bp.route("/analytics", methods=["GET", "POST"])
def analytics_page() -> Response:
    config: _AnalyticsConfig | None = current_app.extensions.get(EXTENSION_KEY)
    if config is None or not config.enabled or not config.token:
        return _error(NotFound("not found"))
    presented = _presented_token()
    if presented is None or not hmac.compare_digest(presented.encode("utf-8"), config.token.encode("utf-8")):
        return _login_page(failed=presented is not None)
    since_text = (request.form.get("since") or request.args.get("since") or "").strip()
    try:
        if since_text and not _ISO_DATE.match(since_text):
            raise ValueError(since_text)  # fromisoformat would also take 20250401 and 2025-W14-1
        since = date.fromisoformat(since_text) if since_text else None
    except ValueError:
        return _error(BadRequest("since must be a date YYYY-MM-DD", field="since"))
    if config.store is None:
        return _error(ServiceUnavailable("no feedback store is configured"))
    try:
        report = build(config.store, since, displays=config.displays)
    except StoreUnavailable:
        return _error(ServiceUnavailable("the feedback store is unavailable; retry later"))
    via_form = request.method == "POST"
    return _html(render_page(report, token_for_form=presented if via_form else None), 200)


def _presented_token() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    if request.method == "POST":
        token = request.form.get("token", "")
        return token or None
    return None


# --- rendering (pure) -----------------------------------------------------------------------------


def render_page(report: Report, *, token_for_form: str | None) -> str:
    """The whole page. ``token_for_form``: re-posted by the date filter when the user logged in by form."""
    return render(
        "analytics.html",
        style=Markup(_STYLE),  # our constant, allowed by its hash in the CSP: not escaped
        since=report.since.isoformat() if report.since else "",
        generated=f"{report.generated_at:%Y-%m-%d %H:%M}",
        totals=report.totals,
        token_for_form=token_for_form,
        chart=chart(report),
        rows=[
            {
                "label": row.label,
                "shown": row.shown,
                "accepted": row.accepted,
                "overridden": row.overridden,
                "rate": "" if row.acceptance_rate is None else f"{row.acceptance_rate:.0%}",
                "override_rate": "" if row.override_rate is None else f"{row.override_rate:.0%}",
                "to_action": duration_text(row.median_seconds_to_action),
                "snoozed": row.snoozed,
                "reshown": row.reshown,
                "reasons": "; ".join(f"{r.label} ×{r.count}" for r in row.top_override_reasons),
            }
            for row in report.rows
        ],
    )


def chart(report: Report) -> dict[str, Any] | None:
    """Geometry of the horizontal grouped bars (shown, accepted, overridden) per card id; None with no rows."""
    if not report.rows:
        return None
    label_width, bar_area, bar_height, gap = 260, 420, 12, 14
    group_height = bar_height * len(_SERIES) + gap
    largest = max(max(r.shown, r.accepted, r.overridden) for r in report.rows) or 1
    groups = []
    for index, row in enumerate(report.rows):
        top = index * group_height + 5
        bars = []
        for offset, (series, colour) in enumerate(_SERIES):
            value: int = getattr(row, series)
            length = round(bar_area * value / largest)
            y = top + offset * bar_height
            bars.append({
                "series": series, "colour": colour, "value": value, "x": label_width, "y": y, "width": length,
                "height": bar_height - 2, "text_x": label_width + length + 4, "text_y": y + bar_height - 3,
            })
        label_y = top + bar_height * 2 - 2
        groups.append({"label": row.label, "label_x": label_width - 8, "label_y": label_y, "bars": bars})
    return {
        "width": label_width + bar_area + 60,
        "height": group_height * len(report.rows) + 10,
        "groups": groups,
        "legend": _SERIES,
    }


def _login_page(*, failed: bool) -> Response:
    response = _html(render("analytics_sign_in.html", style=Markup(_STYLE), failed=failed), 401)
    response.headers["WWW-Authenticate"] = 'Bearer realm="analytics"'
    return response


def _html(page: str, status: int) -> Response:
    response = Response(page, status=status, mimetype="text/html")
    _secure(response)
    return response


def _error(error: ApiError) -> Response:
    response = Response(json.dumps(error.body()), status=error.status, mimetype="application/json")
    _secure(response)
    return response


def _secure(response: Response) -> None:
    secure_page(response, policy=CONTENT_SECURITY_POLICY, cache_control="no-store")
