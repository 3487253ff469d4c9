"""Write examples/ from the clinical scenarios: one request per card id, dates shifted to a given day.

    python tools/make_examples.py [--today YYYY-MM-DD]

For each card id it takes a scenario where that card comes first, with the fewest cards, shifts every date in the
request by (today - scenario today) so durations and ages stay as designed, and writes:
- examples/requests/<card-id>.json: the CDS Hooks request (for curl or `cds-service evaluate`);
- examples/fhir/<card-id>.json: a FHIR R4 transaction Bundle of the same patient (ids prefixed so the
  examples can live side by side on one FHIR server), to load into a server the CDS Hooks sandbox reads;
- examples/index.json: card id, files, the day the dates were shifted to, the expected card ids.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "tests" / "scenarios"
EXAMPLES = ROOT / "examples"
_DATE = re.compile(r"^(\d{4})(-\d{2})?(-\d{2})?(T.*)?$")


def shift_dates(value: Any, delta: timedelta) -> Any:
    """Every FHIR date or dateTime string moved by ``delta``, keeping its precision and time part."""
    if isinstance(value, dict):
        return {k: shift_dates(v, delta) for k, v in value.items()}
    if isinstance(value, list):
        return [shift_dates(v, delta) for v in value]
    if isinstance(value, str) and (match := _DATE.match(value)):
        year, month, day, time_part = match.groups()
        moved = date(int(year), int(month[1:]) if month else 1, int(day[1:]) if day else 1) + delta
        text = moved.isoformat()[: 4 + len(month or "") + len(day or "")]
        return text + (time_part or "")
    return value


def valid_fhir(request: dict[str, Any]) -> bool:
    """Examples must load into a real FHIR server: skip scenarios that test tolerance of bad data."""
    from fhir.resources.R4B import get_fhir_model_class
    from pydantic import ValidationError

    try:
        for resource in resources_of(request):
            get_fhir_model_class(resource["resourceType"]).model_validate(resource)
    except (ValidationError, KeyError, ValueError):
        return False
    return True


def _rank(card_id: str, scenario: dict[str, Any]) -> tuple[bool, int]:
    """Prefer a scenario where the card is the top card, then the one with the fewest cards."""
    cards = scenario["expected_cards"]
    return (cards[0] != card_id, len(cards))


def choose_scenarios() -> dict[str, tuple[Path, dict[str, Any]]]:
    chosen: dict[str, tuple[Path, dict[str, Any]]] = {}
    for path in sorted(SCENARIOS.glob("*.json")):
        scenario = json.loads(path.read_text(encoding="utf-8"))
        if not valid_fhir(scenario["request"]):
            continue
        for card_id in scenario["expected_cards"]:
            best = chosen.get(card_id)
            if best is None or _rank(card_id, scenario) < _rank(card_id, best[1]):
                chosen[card_id] = (path, scenario)
    return dict(sorted(chosen.items()))


def resources_of(request: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for value in request["prefetch"].values():
        if not isinstance(value, dict):
            continue
        if value.get("resourceType") == "Bundle":
            found.extend(e["resource"] for e in value.get("entry", ()) if isinstance(e.get("resource"), dict))
        else:
            found.append(value)
    return found


def transaction(request: dict[str, Any], prefix: str) -> dict[str, Any]:
    """The example patient as a transaction Bundle with ids ``<prefix>-<id>`` and matching references."""
    resources = copy.deepcopy(resources_of(request))
    id_map = {f"{r['resourceType']}/{r['id']}": f"{r['resourceType']}/{prefix}-{r['id']}" for r in resources}

    def rewrite(value: Any) -> Any:
        if isinstance(value, dict):
            out = {k: rewrite(v) for k, v in value.items()}
            if isinstance(out.get("reference"), str) and out["reference"] in id_map:
                out["reference"] = id_map[out["reference"]]
            return out
        if isinstance(value, list):
            return [rewrite(v) for v in value]
        return value

    entries = []
    for resource in resources:
        new = rewrite(resource)
        new["id"] = f"{prefix}-{resource['id']}"
        entries.append(
            {"resource": new, "request": {"method": "PUT", "url": f"{new['resourceType']}/{new['id']}"}}
        )
    return {"resourceType": "Bundle", "type": "transaction", "entry": entries}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    args = parser.parse_args()
    (EXAMPLES / "requests").mkdir(parents=True, exist_ok=True)
    (EXAMPLES / "fhir").mkdir(parents=True, exist_ok=True)
    index = []
    for card_id, (path, scenario) in choose_scenarios().items():
        delta = args.today - date.fromisoformat(scenario["today"])
        request = shift_dates(scenario["request"], delta)
        request_file = EXAMPLES / "requests" / f"{card_id}.json"
        request_file.write_text(json.dumps(request, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        fhir_file = EXAMPLES / "fhir" / f"{card_id}.json"
        fhir_file.write_text(
            json.dumps(transaction(request, card_id), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        index.append(
            {
                "card_id": card_id,
                "request": str(request_file.relative_to(EXAMPLES)),
                "fhir_transaction": str(fhir_file.relative_to(EXAMPLES)),
                "patient_id": f"{card_id}-{request['context']['patientId']}",
                "scenario": path.stem,
                "description": scenario["description"],
                "today": args.today.isoformat(),
                "expected_cards": scenario["expected_cards"],
            }
        )
    (EXAMPLES / "index.json").write_text(json.dumps(index, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(index)} examples for {args.today}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
