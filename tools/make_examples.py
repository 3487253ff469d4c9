"""Write examples/ from the clinical scenarios: one request per card id, dates shifted to one anchor day.

    python tools/make_examples.py [--today YYYY-MM-DD]

For each card id it takes a scenario where that card comes first, with the fewest cards, shifts every date in the
request by (anchor - scenario today) so durations and ages stay as designed, and writes:
- examples/requests/<card-id>.json: the CDS Hooks request (for curl or `cds-service evaluate`);
- examples/fhir/<card-id>.json: a FHIR R4 transaction Bundle of the same patient (ids prefixed so the
  examples can live side by side on one FHIR server), to load into a server the CDS Hooks sandbox reads;
- examples/index.json: card id, files, the day the dates were shifted to (the anchor), the expected card ids.

The anchor (``--today``) defaults to the one examples/index.json already has, so a rerun changes only what the
scenarios changed. Nobody needs to rerun this to bring the examples to today: ``cds-service examples request``
and ``load`` move every date from the anchor to the current day (``cds_service.examples``, which this tool
shares the date shifting and the transaction Bundles with).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cds_service.examples import INDEX_FILE, resources_of, shift_dates, transaction  # noqa: E402

SCENARIOS = ROOT / "tests" / "scenarios"
EXAMPLES = ROOT / "examples"


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--today", type=date.fromisoformat, default=None, help="the anchor day (default: as now)")
    args = parser.parse_args()
    if args.today is None:
        current = EXAMPLES / INDEX_FILE
        anchor = json.loads(current.read_text())[0]["today"] if current.exists() else date.today().isoformat()
        args.today = date.fromisoformat(anchor)
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
    (EXAMPLES / INDEX_FILE).write_text(json.dumps(index, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(index)} examples for {args.today}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
