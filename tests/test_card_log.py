"""The issued-card log off the request path (issue 11): buffered per process, flushed on an interval, on a
size limit and at a graceful stop; feedback knows a card issued a moment ago by another process."""

from __future__ import annotations

import os
import signal
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import create_engine, select

from cds_service import card_uuids
from cds_service.persistence import IssuedCard, Store
from cds_service.persistence import issued_card as issued_card_table
from cds_service.persistence.card_log import CardLog
from tests.support.db import empty_tables, pg_run_database_fixture  # noqa: F401  (pytest fixture)
from tests.support.hook import condition, patient_view
from tests.support.service import running_service

SERVICE_PATH = "/cds-services/low-back-pain"


def card(card_uuid: str) -> IssuedCard:
    return IssuedCard(card_uuid, "low-back-pain", "lbp-acute", "2025.1", "en", "h", datetime.now(UTC))


def logged(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return set(connection.execute(select(issued_card_table.c.card_uuid)).scalars())
    finally:
        engine.dispose()


def wait_until(check: object, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(check) and check():
            return True
        time.sleep(0.05)
    return False


# --- card uuids ---------------------------------------------------------------------------------------------


def test_a_minted_uuid_is_a_version_8_uuid_that_carries_our_marker() -> None:
    minted = card_uuids.mint()
    parsed = uuid.UUID(minted)
    assert parsed.version == 8 and parsed.variant == uuid.RFC_4122 and str(parsed) == minted
    assert card_uuids.is_ours(minted) and card_uuids.is_ours(minted.upper())
    assert not card_uuids.is_ours(str(uuid.uuid4()))
    flipped = minted[:-1] + ("0" if minted[-1] != "0" else "1")
    assert not card_uuids.is_ours(flipped)
    for garbage in ("", "u1", "x" * 36, minted.replace("-", "") + "abcd", "\ud800" * 36):
        assert not card_uuids.is_ours(garbage)


def test_card_uuids_begin_with_the_second_they_were_minted_in(monkeypatch: pytest.MonkeyPatch) -> None:
    """The log's index takes them at its end (card_uuids: random keys cost 15-30 µs of system CPU a card
    with 1,000,000 stored); in one second they still differ in 58 random bits."""
    seconds = iter([1_800_000_000, 1_800_000_000, 1_800_000_001, 1_900_000_000])
    monkeypatch.setattr(card_uuids, "_clock", lambda: float(next(seconds)))
    first, same_second, next_second, later = (card_uuids.mint() for _ in range(4))
    assert first[:8] == same_second[:8] == f"{1_800_000_000:08x}" and first != same_second
    assert first < next_second < later and same_second < next_second
    assert all(card_uuids.is_ours(value) for value in (first, same_second, next_second, later))
    monkeypatch.undo()
    many = {card_uuids.mint() for _ in range(5000)}
    assert len(many) == 5000


def test_a_uuid_of_the_earlier_version_4_layout_is_still_ours() -> None:
    """Feedback on a card issued before the upgrade (9 random bytes, then a 7-byte keyed MAC of them)."""
    import hashlib

    nonce = bytearray(os.urandom(9))
    nonce[6] = (nonce[6] & 0x0F) | 0x40
    nonce[8] = (nonce[8] & 0x3F) | 0x80
    tag = hashlib.blake2b(bytes(nonce), key=card_uuids._key, digest_size=7).digest()
    earlier = str(uuid.UUID(bytes=bytes(nonce) + tag))
    assert uuid.UUID(earlier).version == 4 and card_uuids.is_ours(earlier)
    assert not card_uuids.is_ours(earlier[:-1] + ("0" if earlier[-1] != "0" else "1"))
    # The same bits under another version nibble are neither layout.
    other = bytearray(uuid.UUID(earlier).bytes)
    other[6] = (other[6] & 0x0F) | 0x70
    assert not card_uuids.is_ours(str(uuid.UUID(bytes=bytes(other))))


def test_the_marker_key_is_the_deployments() -> None:
    minted = card_uuids.mint()
    before = card_uuids._key
    try:
        card_uuids.use_key(card_uuids.key_for("sqlite:///other.sqlite3"))
        assert not card_uuids.is_ours(minted)
        assert card_uuids.key_for("sqlite:///a") == card_uuids.key_for("sqlite:///a")
        assert card_uuids.key_for("sqlite:///a", "secret") == card_uuids.key_for("sqlite:///b", "secret")
        assert card_uuids.key_for("sqlite:///a") != card_uuids.key_for("sqlite:///b")
    finally:
        card_uuids.use_key(before)


# --- the buffer -------------------------------------------------------------------------------------------------


def test_submitted_cards_are_written_by_the_interval_flush_not_by_the_call(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cds.sqlite3'}"
    store = Store(url, card_log_flush_seconds=0.2)
    store.upgrade()
    store.log_issued_cards([card("u1"), card("u2")])
    assert store.cards.pending == 2  # buffered: the call did not write
    assert wait_until(lambda: logged(url) == {"u1", "u2"})
    assert store.cards.pending == 0 and store.cards.buffered_writes == 2


def test_each_card_keeps_its_own_issued_at_in_one_flush(database_url: str, tmp_path: Path) -> None:
    """A flush converts each distinct issued_at once (the cards of one response share it); cards of different
    responses in the same flush still keep their own."""
    store = Store(database_url)
    store.upgrade()
    first, second = datetime(2026, 12, 6, 9, 30, 0, 123456, tzinfo=UTC), datetime(2026, 12, 6, 9, 30, 1, tzinfo=UTC)
    uuids = [str(uuid.uuid4()) for _ in range(4)]
    store.cards.submit([
        IssuedCard(uuids[0], "low-back-pain", "lbp-acute", "2025.1", "en", "h1", first),
        IssuedCard(uuids[1], "low-back-pain", "lbp-nsaid", "2025.1", "en", "h1", first),
    ])
    store.cards.submit([
        IssuedCard(uuids[2], "low-back-pain", "lbp-acute", "2025.1", "en", "h2", second),
        IssuedCard(uuids[3], "low-back-pain", "lbp-nsaid", "2025.1", "en", "h2", second),
    ])
    assert store.cards.flush() == 4
    engine = create_engine(store.url)
    with engine.connect() as connection:
        rows = dict(connection.execute(select(issued_card_table.c.card_uuid, issued_card_table.c.issued_at)).all())
    engine.dispose()
    store.dispose()
    assert {key: rows[key] for key in uuids} == dict(zip(uuids, [first, first, second, second], strict=True))


def test_a_full_buffer_is_flushed_before_the_interval(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cds.sqlite3'}"
    store = Store(url, card_log_flush_seconds=3600, card_log_batch_cards=5)
    store.upgrade()
    store.log_issued_cards([card(f"a{i}") for i in range(4)])
    time.sleep(0.3)
    assert logged(url) == set()  # below the size limit, an hour before the interval
    store.log_issued_cards([card("a4")])
    assert wait_until(lambda: len(logged(url)) == 5)


def test_readers_in_the_process_see_its_buffered_cards(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'cds.sqlite3'}", card_log_flush_seconds=3600)
    store.upgrade()
    store.log_issued_cards([card("u1")])
    assert store.shown_counts() == {"lbp-acute": 1}


def test_cards_buffered_while_the_database_is_down_are_written_when_it_returns(tmp_path: Path) -> None:
    database = tmp_path / "db" / "cds.sqlite3"  # the directory does not exist yet: unreachable
    store = Store(f"sqlite:///{database}", retry_after_seconds=0.0, card_log_flush_seconds=3600)
    store.log_issued_cards([card("during-1"), card("during-2")])
    assert store.flush_card_log() == 0
    assert store.cards.pending == 2 and store.skipped_card_writes == 0  # kept, not lost
    database.parent.mkdir()
    assert store.flush_card_log() == 2
    assert store.shown_counts() == {"lbp-acute": 2}


# --- real processes ---------------------------------------------------------------------------------------------


def test_feedback_knows_a_card_another_instance_has_not_flushed_and_sigterm_loses_none(tmp_path: Path) -> None:
    """Two `cds-service serve` (one worker each) on one database, the interval an hour: a card issued by one
    is in no table when its feedback reaches the other, yet it is not flagged unknown; a random uuid is. On
    SIGTERM each worker writes its buffer: every card issued is in the log."""
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    settings = {"CDS_DATABASE_URL": url, "CDS_CARD_LOG_FLUSH_SECONDS": "3600"}
    body = patient_view(conditions=[condition("M54.5", onset="2025-01-01")])
    issued: list[str] = []
    with running_service(tmp_path, workers=1, **settings) as one, \
            running_service(tmp_path, workers=1, **settings) as other:
        for _ in range(3):
            response = requests.post(one.url(SERVICE_PATH), json=body, timeout=30)
            assert response.status_code == 200, response.text
            issued += [c["uuid"] for c in response.json()["cards"]]
        assert issued and logged(url) == set()  # still in the first instance's buffer
        items = [
            {"card": card_uuid, "outcome": "overridden", "outcomeTimestamp": "2025-03-01T12:00:00Z"}
            for card_uuid in [*issued, str(uuid.uuid4())]
        ]
        answer = requests.post(other.url(SERVICE_PATH + "/feedback"), json={"feedback": items}, timeout=30)
        assert answer.status_code == 200, answer.text
        assert answer.json()["unknownCards"] == 1  # only the random one
        assert logged(url) == set()
        one.process.send_signal(signal.SIGTERM)
        assert one.process.wait(timeout=20) == 0
        assert logged(url) == set(issued)


def test_forked_processes_never_share_random_bytes() -> None:
    card_uuids.random_bytes(1)  # the parent's pool holds unread bytes at the fork
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child
        os.write(write, card_uuids.mint().encode())
        os._exit(0)
    os.waitpid(child, 0)
    from_child = os.read(read, 64).decode()
    os.close(read)
    os.close(write)
    assert card_uuids.is_ours(from_child)
    assert from_child[9:23] != card_uuids.mint()[9:23]  # the random part differs (the first 8: the second)


def test_random_uuid4_is_a_uuid4() -> None:
    values = {card_uuids.random_uuid4() for _ in range(2000)}
    assert len(values) == 2000
    assert all(uuid.UUID(value).version == 4 and str(uuid.UUID(value)) == value for value in values)


# --- PostgreSQL: a large flush by COPY ----------------------------------------------------------------------


def _cards(count: int, prefix: str) -> list[IssuedCard]:
    return [card(f"{prefix}-{index}") for index in range(count)]


def test_a_large_postgresql_flush_copies_and_a_retried_flush_skips_what_is_written(
    pg_run_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From 50 cards a PostgreSQL flush goes through COPY and a staging table; rows already in the log (a flush
    retried after its answer was lost, or a card twice in one batch) are skipped, not an error."""
    copied: list[int] = []
    copy = CardLog._copy

    def counted(self: CardLog, connection: Any, rows: Any) -> None:
        copied.append(len(rows))
        copy(self, connection, rows)

    monkeypatch.setattr(CardLog, "_copy", counted)
    empty_tables(pg_run_database)
    store = Store(pg_run_database)
    store.cards.submit(_cards(3, "small"))
    assert store.cards.flush() == 3  # a few rows: one INSERT
    first = _cards(60, "first")
    store.cards.submit(first)
    assert store.cards.flush() == 60
    again = first[:10] + _cards(50, "second") + first[:1]
    store.cards.submit(again)
    assert store.cards.flush() == 61
    assert store.cards.pending == 0 and store.cards.skipped_writes == 0
    assert copied == [60, 61]
    expected = {card.uuid for card in first} | {f"second-{index}" for index in range(50)}
    assert logged(store.url) == expected | {f"small-{index}" for index in range(3)}
    store.dispose()


def test_a_postgresql_copy_the_database_refuses_keeps_the_cards_and_the_database_up(
    pg_run_database: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A row the table refuses (a card id over its 64 characters) fails the COPY: the transaction is rolled back,
    every card of the batch is kept for the next flush, the failure is logged, the database is not down."""
    empty_tables(pg_run_database)
    store = Store(pg_run_database)
    batch = _cards(59, "kept")
    batch.append(IssuedCard("too-long", "low-back-pain", "x" * 65, "2025.1", "en", "h", datetime.now(UTC)))
    store.cards.submit(batch)
    with caplog.at_level("ERROR", logger="cds_service.persistence"):
        assert store.cards.flush() == 0
    assert store.cards.pending == 60
    assert "card log flush failed (ValueError)" in caplog.text
    assert store.database.is_down is False
    assert logged(store.url) == set()
    store.dispose()
