"""``GET /activity-plan?plan=<id>&lang=<nb|en>``: a printable activity plan written for the patient.

The clinician opens it from a card's link and prints it for the patient. The text is knowledge, not code:
``cards/plans/<plan-id>.toml`` holds one plan in ``nb`` and ``en`` (title, intro, sections of bullets) and
``cards/plans/_page.toml`` the words every page shares (print hint, training-log table, source line).
``ActivityPlans.load`` reads and checks all of it once at start-up and raises ``KnowledgeError(path,
problem)`` on the first problem, so a bad file stops the service with a clear message.

The page is reachable WITHOUT authentication, on purpose: it holds no patient data at all (the plan is
chosen only by the non-identifying ``plan`` and ``lang`` parameters, and nothing from the request is echoed
into it), and the clinician's browser opens it without the EHR's JWT. No CORS either: it is a page, not an
API. No script, nothing loaded from elsewhere; the Content-Security-Policy says so (``default-src 'none'``,
the one inline style allowed by its hash). The page is ``templates/activity_plan.html``, rendered with
autoescape, so every text is HTML-escaped. Printing is the browser's own (the page tells the reader how),
and ``@media print`` hides the screen-only parts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, Flask, Response, current_app, request
from markupsafe import Markup

from ..cards import ACTIVITY_PLAN_ID, ACTIVITY_PLAN_PATH, LOCALES
from ..errors import BadRequest, KnowledgeError
from ..knowledge_files import read_toml, required_text
from . import page_security_policy, render, secure_page

EXTENSION_KEY = "cds_activity_plan"
PLANS_FOLDER = Path("cards") / "plans"
PAGE_FILE = "_page.toml"

_PLAN_KEYS = frozenset({"training_log", *LOCALES})
_PLAN_LOCALE_KEYS = frozenset({"title", "intro", "sections"})
_SECTION_KEYS = frozenset({"heading", "items", "important"})
_PAGE_KEYS = frozenset({"table_rows", *LOCALES})
_PAGE_LOCALE_KEYS = frozenset({"language_name", "print_hint", "table_heading", "table_intro", "columns", "source"})
# A printed A4 page holds about this many hand-written rows under the text; more would spill onto a page
# of its own, which patients tend to lose.
_MAX_TABLE_ROWS = 20

bp = Blueprint("activity_plan", __name__)

# Large type for reading (older patients, reading glasses); on paper 13 pt, black on white, with rows tall
# enough to write in by hand. Screen-only parts (print hint, language link) are hidden in print.
_STYLE = (
    "html{font-size:125%}"
    "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;line-height:1.5;"
    "color:#111;background:#fff;margin:0 auto;padding:1.5rem;max-width:44rem}"
    "h1{font-size:1.7rem;line-height:1.2;margin:.5rem 0 1rem}"
    "h2{font-size:1.25rem;margin:1.5rem 0 .4rem}"
    "ul{padding-left:1.4rem;margin:.3rem 0}li{margin:.3rem 0}"
    ".intro{font-size:1.1rem}"
    ".screen{background:#eef3f8;border:1px solid #9fb3c8;padding:.6rem .8rem;border-radius:.3rem}"
    ".screen a{color:#0b4a8b}"
    ".important{border:3px solid #111;padding:.2rem 1rem .6rem;margin:1.2rem 0}"
    ".important h2{margin-top:.6rem}"
    "table{border-collapse:collapse;width:100%;margin:.6rem 0}"
    ".log th:nth-child(1){width:12%}.log th:nth-child(2){width:36%}"
    "th,td{border:1px solid #111;padding:.3rem .5rem;text-align:left;vertical-align:top}"
    "td{height:2.2rem}"
    "footer{margin-top:1.5rem;font-size:.85rem;color:#333}"
    "@media print{"
    "html{font-size:13pt}body{padding:0;max-width:none}"
    ".screen{display:none}"
    "section,.important,tr{break-inside:avoid}"
    "td{height:1.1cm}"
    "a{color:#111;text-decoration:none}"
    "}"
    "@page{margin:15mm}"
)
CONTENT_SECURITY_POLICY = page_security_policy(_STYLE, form_action="'none'")


# --- knowledge ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanSection:
    heading: str
    items: tuple[str, ...]
    important: bool
    """Shown in a box: when to contact the doctor or seek care at once."""


@dataclass(frozen=True)
class PlanText:
    title: str
    intro: str
    sections: tuple[PlanSection, ...]


@dataclass(frozen=True)
class ActivityPlan:
    plan_id: str
    training_log: bool
    """Whether the page ends with the hand-written training-log table (the graded-training plans)."""
    text: Mapping[str, PlanText]
    """By locale."""


@dataclass(frozen=True)
class PageText:
    language_name: str
    """This language's own name, shown as the link to it from the other language's page."""
    print_hint: str
    table_heading: str
    table_intro: str
    columns: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class ActivityPlans:
    plans: Mapping[str, ActivityPlan]
    page: Mapping[str, PageText]
    """By locale."""
    table_rows: int

    @classmethod
    def load(cls, root: Path) -> ActivityPlans:
        """Load ``root/cards/plans`` (``root`` is the knowledge root) and check every file."""
        folder = root / PLANS_FOLDER
        if not folder.is_dir():
            raise KnowledgeError(str(folder), "the activity plan directory does not exist")
        page_path = folder / PAGE_FILE
        page_data = read_toml(page_path)
        table_rows, page = _load_page(page_data, page_path)
        files = [path for path in sorted(folder.glob("*.toml")) if not path.name.startswith("_")]
        if not files:
            raise KnowledgeError(str(folder), "no activity plan files (<plan-id>.toml)")
        plans = {path.stem: _load_plan(path) for path in files}
        return cls(plans=MappingProxyType(plans), page=MappingProxyType(page), table_rows=table_rows)


def _texts(table: Mapping[str, Any], key: str, path: Path, where: str) -> tuple[str, ...]:
    value = table.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(item, str) and item.strip() for item in value):
        raise KnowledgeError(str(path), f"{where}{key} must be a non-empty array of non-empty strings")
    return tuple(item.strip() for item in value)


def _table(table: Mapping[str, Any], key: str, path: Path, where: str) -> Mapping[str, Any]:
    value = table.get(key)
    if not isinstance(value, dict):
        raise KnowledgeError(str(path), f"missing table [{where}{key}]")
    return value


def _no_unknown_keys(table: Mapping[str, Any], allowed: frozenset[str], path: Path, where: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise KnowledgeError(str(path), f"{where}unknown key(s) {', '.join(unknown)}")


def _load_page(data: Mapping[str, Any], path: Path) -> tuple[int, dict[str, PageText]]:
    _no_unknown_keys(data, _PAGE_KEYS, path, "")
    table_rows = data.get("table_rows")
    if not isinstance(table_rows, int) or isinstance(table_rows, bool) or not 1 <= table_rows <= _MAX_TABLE_ROWS:
        raise KnowledgeError(str(path), f"table_rows must be a whole number from 1 to {_MAX_TABLE_ROWS}")
    page: dict[str, PageText] = {}
    column_counts: set[int] = set()
    for locale in LOCALES:
        table = _table(data, locale, path, "")
        where = f"{locale}."
        _no_unknown_keys(table, _PAGE_LOCALE_KEYS, path, where)
        columns = _texts(table, "columns", path, where)
        column_counts.add(len(columns))
        page[locale] = PageText(
            language_name=required_text(table, "language_name", path, where).strip(),
            print_hint=required_text(table, "print_hint", path, where).strip(),
            table_heading=required_text(table, "table_heading", path, where).strip(),
            table_intro=required_text(table, "table_intro", path, where).strip(),
            columns=columns,
            source=required_text(table, "source", path, where).strip(),
        )
    if len(column_counts) != 1:
        raise KnowledgeError(str(path), "columns: every language needs the same number of table columns")
    return table_rows, page


def _load_plan(path: Path) -> ActivityPlan:
    plan_id = path.stem
    if not ACTIVITY_PLAN_ID.match(plan_id):
        raise KnowledgeError(str(path), "a plan file name must be lower-case letters, digits and hyphens")
    data = read_toml(path)
    _no_unknown_keys(data, _PLAN_KEYS, path, "")
    training_log = data.get("training_log", False)
    if not isinstance(training_log, bool):
        raise KnowledgeError(str(path), "training_log must be true or false")
    texts: dict[str, PlanText] = {}
    for locale in LOCALES:
        if locale not in data:
            raise KnowledgeError(str(path), f"missing language table [{locale}]")
        table = _table(data, locale, path, "")
        where = f"{locale}."
        _no_unknown_keys(table, _PLAN_LOCALE_KEYS, path, where)
        texts[locale] = PlanText(
            title=required_text(table, "title", path, where).strip(),
            intro=required_text(table, "intro", path, where).strip(),
            sections=_load_sections(table.get("sections"), path, locale),
        )
    _check_languages_match(texts, path)
    return ActivityPlan(plan_id=plan_id, training_log=training_log, text=MappingProxyType(texts))


def _load_sections(value: Any, path: Path, locale: str) -> tuple[PlanSection, ...]:
    if not isinstance(value, list) or not value:
        raise KnowledgeError(
            str(path), f"{locale}.sections must be a non-empty array of tables ([[{locale}.sections]])"
        )
    sections: list[PlanSection] = []
    for index, entry in enumerate(value):
        where = f"{locale}.sections[{index}]."
        if not isinstance(entry, dict):
            raise KnowledgeError(str(path), f"{locale}.sections[{index}] must be a table")
        _no_unknown_keys(entry, _SECTION_KEYS, path, where)
        important = entry.get("important", False)
        if not isinstance(important, bool):
            raise KnowledgeError(str(path), f"{where}important must be true or false")
        sections.append(
            PlanSection(
                heading=required_text(entry, "heading", path, where).strip(),
                items=_texts(entry, "items", path, where),
                important=important,
            )
        )
    return tuple(sections)


def _check_languages_match(texts: Mapping[str, PlanText], path: Path) -> None:
    """The languages are translations of one plan: same sections, same number of bullets, same boxes.

    A bullet added in one language only (a red flag, say) would give patients different advice by language.
    """
    first, *others = LOCALES
    shape = [(len(section.items), section.important) for section in texts[first].sections]
    for locale in others:
        other = [(len(section.items), section.important) for section in texts[locale].sections]
        if other != shape:
            raise KnowledgeError(
                str(path),
                f"[{locale}] sections differ from [{first}] (bullets and important boxes per section): "
                f"{other} versus {shape}",
            )


# --- rendering (pure) -----------------------------------------------------------------------------------


def render_page(plans: ActivityPlans, plan_id: str, locale: str) -> str:
    """The whole page for a known ``plan_id`` and ``locale``; every text escaped by the template engine."""
    plan = plans.plans[plan_id]
    other_locale = next(other for other in LOCALES if other != locale)
    return render(
        "activity_plan.html",
        locale=locale,
        plan=plan,
        text=plan.text[locale],
        page=plans.page[locale],
        table_rows=plans.table_rows,
        # Relative link to the same plan in the other language: same origin, screen only.
        other_locale=other_locale,
        other_page=plans.page[other_locale],
        other_query=urlencode({"plan": plan_id, "lang": other_locale}),
        style=Markup(_STYLE),  # our constant, allowed by its hash in the CSP: not escaped
    )


# --- HTTP ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _PlanConfig:
    plans: ActivityPlans


def init_app(app: Flask, *, plans: ActivityPlans) -> None:
    """Register ``GET /activity-plan`` (no authentication: see the module docstring)."""
    app.extensions[EXTENSION_KEY] = _PlanConfig(plans=plans)
    app.register_blueprint(bp)


@bp.get(ACTIVITY_PLAN_PATH)
def activity_plan_page() -> Response:
    """The plan page. Deliberately unauthenticated: no patient data in it or in its URL.

    Unknown or missing ``plan``/``lang`` raise ``BadRequest`` naming the parameter; the app's error boundary
    turns it into JSON. The value itself is never echoed (it is whatever someone typed into a URL).
    """
    config: _PlanConfig = current_app.extensions[EXTENSION_KEY]
    plans = config.plans
    plan_id = _single_parameter("plan", sorted(plans.plans))
    locale = _single_parameter("lang", LOCALES)
    response = Response(render_page(plans, plan_id, locale), status=200, mimetype="text/html")
    _secure(response)
    return response


def _single_parameter(name: str, allowed: Sequence[str]) -> str:
    values = request.args.getlist(name)
    expected = f"expected one of {', '.join(allowed)}"
    if not values:
        raise BadRequest(f"the query parameter {name} is missing; {expected}", field=name)
    if len(values) > 1:
        raise BadRequest(f"give the query parameter {name} once; {expected}", field=name)
    if values[0] not in allowed:
        raise BadRequest(f"unknown {name}; {expected}", field=name)
    return values[0]


def _secure(response: Response) -> None:
    # The same for everyone and changed only by a release: a short cache is harmless.
    secure_page(response, policy=CONTENT_SECURITY_POLICY, cache_control="public, max-age=3600")
