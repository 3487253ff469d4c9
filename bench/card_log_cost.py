"""CPU per issued card of the card log's request-path submit plus its background flush (issue 11).

    python bench/card_log_cost.py                                   # SQLite in a temporary directory
    python bench/card_log_cost.py postgresql+psycopg://postgres@127.0.0.1:5432/test

Submits 2,500 cards five at a time (one response's worth), flushes once, and reports the best of 7 rounds
of process CPU per card. The machine is shared: compare figures from one run only.
"""

from __future__ import annotations

import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cds_service.persistence.card_log import CardLog, IssuedCard
from cds_service.persistence.engine import Database

CARDS = 2500
PER_RESPONSE = 5


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as directory:
        url = argv[0] if argv else f"sqlite:///{directory}/card-log.sqlite3"
        database = Database(url)
        database.upgrade()
        card_log = CardLog(database, flush_seconds=10_000, batch_cards=10**9)  # only the explicit flush
        best = float("inf")
        for _ in range(7):
            # One issued_at per response, as the service stamps them (api.issued_cards), a microsecond apart.
            start = datetime.now(UTC)
            cards = [IssuedCard(str(uuid.uuid4()), "low-back-pain", "lbp-nsaid", "bench", "en", str(uuid.uuid4()),
                                start + timedelta(microseconds=index // PER_RESPONSE))
                     for index in range(CARDS)]
            started = time.process_time()
            for index in range(0, CARDS, PER_RESPONSE):
                card_log.submit(cards[index:index + PER_RESPONSE])
            written = card_log.flush()
            if written != CARDS:
                print(f"error: {written} of {CARDS} cards written", file=sys.stderr)
                return 1
            best = min(best, (time.process_time() - started) / CARDS * 1e6)
        print(f"{url.split(':', 1)[0]}: card log submit + flush, CPU per card {best:.1f} µs (best of 7 x {CARDS})")
        database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
