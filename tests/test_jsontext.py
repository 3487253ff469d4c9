"""jsontext's fast paths (issue 11) decide exactly as the plain algorithms: the depth scan, orjson then the
standard library, and the encoder."""

from __future__ import annotations

import json
from itertools import accumulate
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cds_service import jsontext

_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}


def reference_depth(raw: bytes) -> int:
    """The scan as it was before issue 11: always split on quotes, one accumulate step per bracket."""
    unescaped = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    pieces = bytes(b for b in unescaped if b in b'"[]{}').split(b'"')
    brackets = b"".join(pieces[0::2])
    return max(0, max(accumulate(_STEP[b] for b in brackets))) if brackets else 0


_PIECES = st.lists(st.sampled_from([b"[", b"]", b"{", b"}", b'"', b"\\", b"a", b",", b"\\\\", b'\\"']), max_size=24)


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(pieces=_PIECES, limit=st.integers(min_value=0, max_value=5))
def test_the_depth_scan_and_its_fast_check_agree_with_the_plain_scan(pieces: list[bytes], limit: int) -> None:
    raw = b"".join(pieces)
    assert jsontext.nesting_depth(raw) == reference_depth(raw)
    fast = jsontext._nested_at_most(jsontext._brackets_outside_strings(raw), limit)
    assert not fast or reference_depth(raw) <= limit  # the fast check never lets a deeper text through


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=500, deadline=None, derandomize=True)
@given(value=_JSON)
def test_loads_and_dumps_agree_with_the_standard_library(value: Any) -> None:
    raw = json.dumps(value, ensure_ascii=False).encode()
    assert jsontext.loads(raw, max_depth=64) == json.loads(raw)
    assert json.loads(jsontext.dumps(value)) == json.loads(raw)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b'{"a": "\\ud800"}', "a: a string holds a lone UTF-16 surrogate"),
        (b"[1, 2", "not valid JSON"),
        (b"\xff", "not UTF-8 text"),
        (b"[" * 65 + b"]" * 65, "JSON nested 65 levels deep; the limit is 64"),
    ],
)
def test_what_orjson_refuses_the_standard_library_words(raw: bytes, message: str) -> None:
    with pytest.raises(jsontext.JsonTextError, match=message.replace("[", r"\[")):
        jsontext.loads(raw, max_depth=64)


def test_what_only_the_standard_library_accepts_is_still_accepted() -> None:
    assert jsontext.loads(b"[NaN]", max_depth=64)[0] != jsontext.loads(b"[NaN]", max_depth=64)[0]  # nan
    assert jsontext.dumps({1: "x"}) == b'{"1":"x"}'  # a non-string key: orjson refuses, json converts
