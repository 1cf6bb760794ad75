"""The generated client decodes JSON bodies with msgspec, to exactly what `response.json()` gives (issue 18, point 6).

`types.decode_json` takes msgspec's result when msgspec accepts the body and `response.json()` otherwise, so
every body must decode to the same values, or fail with the same error, as it did before msgspec.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from toast_compute_client import models as m
from toast_compute_client import types
from toast_compute_client.api.servers import list_servers_detail
from toast_compute_client.types import decode_json

from .payloads import TENANT, answering, toast_server

pytestmark = pytest.mark.client

JSON_HEADERS = {"Content-Type": "application/json"}


def response(content: bytes, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(200, content=content, headers=JSON_HEADERS if headers is None else headers)


def outcome(decode: Callable[[], Any]) -> tuple[str, Any]:
    """("value", the value as JSON text, which tells 1 from 1.0 and -0.0 from 0.0 and keeps NaN) or ("error",
    its type and message)."""
    try:
        value = decode()
    except Exception as error:  # noqa: BLE001 - whatever response.json() raises, decode_json must raise too
        return "error", (type(error), str(error))
    return "value", json.dumps(value)


def assert_decodes_as_response_json(content: bytes, headers: dict[str, str] | None = None) -> None:
    assert outcome(lambda: decode_json(response(content, headers))) == outcome(
        lambda: response(content, headers).json()
    )


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)  # beyond 64 bits too: orjson, say, makes those floats
    | st.floats(allow_nan=True, allow_infinity=True)  # json.dumps writes NaN and Infinity, which msgspec refuses
    | st.text(),  # lone surrogates included: JSON escapes them
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=8), children, max_size=5),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=JSON_VALUES, ensure_ascii=st.booleans(), indent=st.sampled_from([None, 0, 2]))
def test_any_json_document_decodes_as_response_json_does(value: Any, ensure_ascii: bool, indent: int | None) -> None:
    text = json.dumps(value, ensure_ascii=ensure_ascii, indent=indent)
    assert_decodes_as_response_json(text.encode("utf-8", "surrogatepass"))


@settings(max_examples=300, deadline=None)
@given(content=st.binary(max_size=40) | st.text(alphabet='{}[]",:0123456789.eE+-tfrunalsNIy\\ \x00').map(str.encode))
def test_any_bytes_decode_or_fail_as_response_json_does(content: bytes) -> None:
    assert_decodes_as_response_json(content)


@pytest.mark.parametrize(
    "content",
    [
        b'{"n": 18446744073709551616, "m": -9223372036854775809, "big": 123456789012345678901234567890}',
        b"[NaN, Infinity, -Infinity]",
        b"[1e400, -1e400]",
        b'"\\ud800"',
        b"\xef\xbb\xbf{}",
        '{"name": "인스턴스"}'.encode("utf-16"),
        '{"name": "인스턴스"}'.encode("utf-32"),
        b"[" * 3000 + b"]" * 3000,
        b"1" * 5000,
        b'{"a": 1, "a": 2}',
        b'"\xff"',
        b"\x00{}",
        b"",
    ],
    ids=[
        "integers-beyond-64-bits", "nan-infinity", "beyond-a-float", "lone-surrogate", "utf-8-bom", "utf-16",
        "utf-32", "deep-nesting", "too-many-digits", "duplicate-keys", "invalid-utf-8", "nul", "empty",
    ],  # fmt: skip
)
def test_bodies_msgspec_refuses_or_reads_differently_decode_as_response_json_does(content: bytes) -> None:
    assert_decodes_as_response_json(content)


def test_a_page_parses_to_the_same_models_without_msgspec(monkeypatch: pytest.MonkeyPatch) -> None:
    body = {"servers": [toast_server(), toast_server(id="aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec")]}
    with_msgspec = list_servers_detail.sync(TENANT, client=answering(200, body))
    assert isinstance(with_msgspec, m.ServerDetailList) and len(with_msgspec.servers) == 2
    monkeypatch.setattr(types, "_msgspec_decode", None)
    assert list_servers_detail.sync(TENANT, client=answering(200, body)) == with_msgspec


def test_outcome_tells_apart_what_equality_would_not() -> None:
    assert outcome(lambda: 1) != outcome(lambda: 1.0)
    assert outcome(lambda: -0.0) != outcome(lambda: 0.0)
    assert outcome(lambda: math.nan) == outcome(lambda: math.nan)
