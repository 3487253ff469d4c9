"""The JSON log line: one object per record, secrets scrubbed, an exception told by type and place only."""

from __future__ import annotations

import io
import json
import logging
import sys
from typing import Any

from cds_service.logs import JsonFormatter

TOKEN = "eyJhbGciOiJSUzM4NCJ9.eyJpc3MiOiJodHRwczovL2VociJ9.c2lnbmF0dXJl"


def _line(message: str, *args: Any, exc_info: Any = None, **extra: Any) -> dict[str, Any]:
    record = logging.LogRecord("cds_service.test", logging.WARNING, __file__, 1, message, args, exc_info)
    record.__dict__.update(extra)
    text = JsonFormatter().format(record)
    assert "\n" not in text
    parsed: dict[str, Any] = json.loads(text)
    return parsed


def _raised_in(filename: str, error: BaseException, *, through: str | None = None) -> Any:
    """exc_info of ``error`` raised by code compiled under ``filename``, called from code under ``through``."""
    namespace: dict[str, Any] = {"error": error}
    exec(compile("def inner():\n    raise error\n", filename, "exec"), namespace)
    if through is not None:
        exec(compile("def outer():\n    inner()\n", through, "exec"), namespace)
    try:
        namespace["outer" if through is not None else "inner"]()
    except BaseException:
        return sys.exc_info()
    raise AssertionError("unreachable")


def test_a_record_is_one_json_object_with_its_extras() -> None:
    line = _line("request refused: %s", "missing_token", status=401, route="/cds-services/<service_id>")
    assert line["level"] == "WARNING"
    assert line["logger"] == "cds_service.test"
    assert line["message"] == "request refused: missing_token"
    assert line["status"] == 401
    assert line["route"] == "/cds-services/<service_id>"
    assert line["ts"].endswith("Z")


def test_tokens_are_scrubbed_from_the_message_and_from_string_extras() -> None:
    line = _line("header was Bearer %s", TOKEN, detail=f"jwt {TOKEN} seen", other="Authorization: bearer abc123")
    text = json.dumps(line)
    assert TOKEN not in text
    assert "abc123" not in text
    assert line["message"] == "header was Bearer [redacted]"
    assert line["detail"] == "jwt [redacted-jwt] seen"


def test_an_exception_is_its_type_and_place_never_its_message() -> None:
    exc_info = _raised_in("/srv/app/cds_service/persistence/replay.py", ValueError("patient Patient/p-12345"))
    line = _line("unexpected error", exc_info=exc_info)
    assert line["exception"] == "ValueError"
    assert line["exception_at"] == "replay.py:2"
    assert "exception_in_service_at" not in line  # the innermost frame is already ours
    assert "p-12345" not in json.dumps(line)


def test_an_exception_in_generated_code_also_names_the_package_line_it_came_through() -> None:
    """A compiled module's TypeError surfaced in a dataclass's generated ``__init__`` (``<string>``): the line
    of ours that called it is what a 500 needs to be traced (stop 19's CI)."""
    exc_info = _raised_in("<string>", TypeError("int object expected; got float"),
                          through="cds_service/hook_request.py")
    line = _line("unexpected error", exc_info=exc_info)
    assert line["exception"] == "TypeError"
    assert line["exception_at"] == "<string>:2"
    assert line["exception_in_service_at"] == "hook_request.py:2"


def test_an_exception_outside_the_package_names_no_package_line() -> None:
    line = _line("unexpected error", exc_info=_raised_in("/usr/lib/python3.11/json/decoder.py", KeyError("k")))
    assert line["exception_at"] == "decoder.py:2"
    assert "exception_in_service_at" not in line


def test_serves_cheaper_log_records_write_the_same_line(monkeypatch: Any) -> None:
    """``serve`` turns off the record's caller, thread and process look-ups (serving._fast_log_records):
    the JSON line, which never showed them, must not change."""
    from cds_service import serving

    logger = logging.getLogger("cds_service.test.fast")
    monkeypatch.setattr(logger, "propagate", False)
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    monkeypatch.setattr(logger, "handlers", [handler])

    def line() -> dict[str, Any]:
        logger.warning("request", extra={"route": "/cds-services/<service_id>", "status": 200})
        parsed: dict[str, Any] = json.loads(stream.getvalue().splitlines()[-1])
        parsed.pop("ts")
        return parsed

    before = line()
    for name in ("_srcfile", "logThreads", "logProcesses", "logMultiprocessing"):
        monkeypatch.setattr(logging, name, getattr(logging, name))  # restored after the test
    serving._fast_log_records()
    after = line()
    records: list[logging.LogRecord] = []
    handler.emit = records.append  # type: ignore[assignment,method-assign]
    logger.warning("request")
    assert (records[0].funcName, records[0].thread, records[0].process) == ("(unknown function)", None, None)
    assert after == before == {"level": "WARNING", "logger": "cds_service.test.fast", "message": "request",
                                "route": "/cds-services/<service_id>", "status": 200}
