"""``/analytics``: the feedback report as an HTML page with a server-rendered SVG bar chart.

Off unless ``CDS_ANALYTICS_ENABLED`` (404 otherwise). Protected by ``CDS_ANALYTICS_TOKEN``, sent as
``Authorization: Bearer <token>`` or posted from the page's own form (field ``token``). The token is
deliberately not accepted in the URL query: URLs end up in access logs, proxies and browser history.
No script at all, nothing loaded from elsewhere; the Content-Security-Policy says so (``default-src
'none'``, the one inline style allowed by its hash).
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import date
from html import escape

from flask import Blueprint, Flask, Response, current_app, json, request

from .config import Settings
from .errors import ApiError, BadRequest, NotFound, ServiceUnavailable
from .pages import page_security_policy, secure_page
from .persistence import Store, StoreUnavailable
from .report import Report, build

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


@dataclass(frozen=True)
class _AnalyticsConfig:
    store: Store | None
    enabled: bool
    token: str


def init_app(app: Flask, *, store: Store | None, settings: Settings) -> None:
    """Register ``/analytics``; it answers 404 unless ``settings.CDS_ANALYTICS_ENABLED``."""
    app.extensions[EXTENSION_KEY] = _AnalyticsConfig(
        store=store, enabled=settings.CDS_ANALYTICS_ENABLED, token=settings.CDS_ANALYTICS_TOKEN
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
        since = date.fromisoformat(since_text) if since_text else None
    except ValueError:
        return _error(BadRequest("since must be a date YYYY-MM-DD", field="since"))
    if config.store is None:
        return _error(ServiceUnavailable("no feedback store is configured"))
    try:
        report = build(config.store, since)
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
    since = report.since.isoformat() if report.since else ""
    hidden = (
        f'<input type="hidden" name="token" value="{escape(token_for_form)}">' if token_for_form else ""
    )
    method = "post" if token_for_form else "get"
    shown, accepted, overridden = report.totals
    return (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
        f"<title>Card feedback</title><style>{_STYLE}</style></head><body>"
        "<h1>Card feedback: low back pain service</h1>"
        f"<p>Since {escape(since or 'the beginning')}; generated "
        f"{report.generated_at:%Y-%m-%d %H:%M} UTC. Cards shown: {shown}, accepted: {accepted}, "
        f"overridden: {overridden}.</p>"
        f'<form method="{method}" action="">{hidden}<label for="since">From date</label>'
        f'<input id="since" name="since" type="date" value="{escape(since)}"> <button type="submit">Show</button>'
        "</form>"
        f"{render_chart(report)}{_render_table(report)}</body></html>"
    )


def render_chart(report: Report) -> str:
    """Horizontal grouped bars (shown, accepted, overridden) per card id, as inline SVG."""
    if not report.rows:
        return "<p>No cards issued and no feedback received in this period.</p>"
    label_width, bar_area, bar_height, gap = 260, 420, 12, 14
    group_height = bar_height * len(_SERIES) + gap
    height = group_height * len(report.rows) + 10
    width = label_width + bar_area + 60
    largest = max(max(r.shown, r.accepted, r.overridden) for r in report.rows) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-labelledby="chart-title chart-desc">'
        '<title id="chart-title">Cards shown, accepted and overridden per card id</title>'
        '<desc id="chart-desc">The table below gives the same figures.</desc>'
    ]
    for index, row in enumerate(report.rows):
        top = index * group_height + 5
        parts.append(
            f'<text x="{label_width - 8}" y="{top + bar_height * 2 - 2}" text-anchor="end" '
            f'font-size="12" font-family="sans-serif">{escape(row.label)}</text>'
        )
        for offset, (series, colour) in enumerate(_SERIES):
            value: int = getattr(row, series)
            length = round(bar_area * value / largest)
            y = top + offset * bar_height
            parts.append(
                f'<rect x="{label_width}" y="{y}" width="{length}" height="{bar_height - 2}" fill="{colour}">'
                f"<title>{escape(row.label)}: {series} {value}</title></rect>"
                f'<text x="{label_width + length + 4}" y="{y + bar_height - 3}" font-size="10" '
                f'font-family="sans-serif">{value}</text>'
            )
    parts.append("</svg>")
    legend = "".join(
        f'<span><svg width="10" height="10" aria-hidden="true"><rect width="10" height="10" fill="{colour}"/></svg> '
        f"{series}</span>"
        for series, colour in _SERIES
    )
    return f'<figure>{"".join(parts)}<figcaption class="legend">{legend}</figcaption></figure>'


def _render_table(report: Report) -> str:
    if not report.rows:
        return ""
    rows = []
    for row in report.rows:
        rate = "" if row.acceptance_rate is None else f"{row.acceptance_rate:.0%}"
        reasons = "; ".join(f"{escape(r.label)} ×{r.count}" for r in row.top_override_reasons)
        rows.append(
            f"<tr><td>{escape(row.label)}</td><td>{row.shown}</td><td>{row.accepted}</td>"
            f'<td>{row.overridden}</td><td>{rate}</td><td class="reasons">{reasons}</td></tr>'
        )
    return (
        "<table><caption>Per card id</caption><thead><tr><th scope=\"col\">Card id</th>"
        "<th scope=\"col\">Shown</th><th scope=\"col\">Accepted</th><th scope=\"col\">Overridden</th>"
        "<th scope=\"col\">Accepted %</th><th scope=\"col\">Top override reasons</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _login_page(*, failed: bool) -> Response:
    message = "<p role=\"alert\">That token is not valid.</p>" if failed else ""
    page = (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Card feedback: sign in</title>"
        f"<style>{_STYLE}</style></head><body><h1>Card feedback</h1>{message}"
        '<form method="post" action=""><label for="token">Analytics token</label>'
        '<input id="token" name="token" type="password" autocomplete="off" required> '
        '<button type="submit">Show</button></form></body></html>'
    )
    response = _html(page, 401)
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
