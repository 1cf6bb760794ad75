"""Typed exceptions from Nova fault bodies, keystonemiddleware's 401 and whatever else a proxy sends."""

from __future__ import annotations

from typing import Any

import pytest

from toast_compute import NO_RETRIES, errors
from toast_compute.errors import error_from_response

from .conftest import make_layer
from .payloads import TENANT, Script, reply

pytestmark = pytest.mark.client


@pytest.mark.parametrize(
    "status, name, cls",
    [
        (400, "badRequest", errors.BadRequest),
        (403, "forbidden", errors.Forbidden),
        (404, "itemNotFound", errors.NotFound),
        (405, "badMethod", errors.MethodNotAllowed),
        (409, "conflictingRequest", errors.Conflict),
        (413, "overLimit", errors.RequestTooLarge),
        (429, "overLimit", errors.RateLimited),
        (500, "computeFault", errors.ServerError),
        (503, "serviceUnavailable", errors.ServerError),
        (418, "teapot", errors.APIError),
    ],
)
def test_nova_fault_envelopes(status: int, name: str, cls: type[errors.APIError]) -> None:
    body = f'{{"{name}": {{"code": {status}, "message": "why", "details": "more"}}}}'.encode()
    error = error_from_response(status, body)
    assert type(error) is cls
    assert (error.status_code, error.fault_name, error.message, error.details) == (status, name, "why", "more")
    assert str(error) == f"{status} {name}: why"


def test_keystone_401() -> None:
    message = b"The request you have made requires authentication."
    body = b'{"error": {"code": 401, "title": "Unauthorized", "message": "' + message + b'"}}'
    error = error_from_response(401, body)
    assert isinstance(error, errors.Unauthorized) and error.fault_name is None
    assert error.message == "The request you have made requires authentication."


def test_korean_message_and_unknown_fault_name_still_map_by_status() -> None:
    error = error_from_response(
        400, '{"noFloatingIp": {"code": 400, "message": "사용 가능한 공인 IP가 없습니다"}}'.encode()
    )
    assert isinstance(error, errors.BadRequest) and error.message == "사용 가능한 공인 IP가 없습니다"


@pytest.mark.parametrize("content", [b"", b"<html><body>502 Bad Gateway</body></html>", b"[1, 2]", b"{bad json"])
def test_bodies_that_are_not_faults(content: bytes) -> None:
    error = error_from_response(502, content)
    assert isinstance(error, errors.ServerError) and error.fault_name is None
    assert error.message == (content.decode().strip() or "(no body)")


def test_retry_after_from_header_or_body() -> None:
    body = b'{"overLimit": {"code": 429, "message": "slow down", "retryAfter": "7"}}'
    assert error_from_response(429, body).retry_after == 7.0  # type: ignore[attr-defined]
    assert error_from_response(429, body, {"retry-after": "3"}).retry_after == 3.0  # type: ignore[attr-defined]


def test_redactor_applies_to_message_and_details() -> None:
    body = b'{"badRequest": {"code": 400, "message": "token s3cr3t rejected", "details": "s3cr3t"}}'
    error = error_from_response(400, body, redact=lambda text: text.replace("s3cr3t", "***"))
    assert "s3cr3t" not in str(error) and error.details == "***"


@pytest.mark.parametrize("status", [499, 520])
def test_status_codes_outside_http_status_through_the_layer(status: int, facade: str, loop: Any) -> None:
    script = Script(reply(status, b"<html>origin error</html>"))
    layer = make_layer(
        facade, loop, base_url="https://compute.test", token="t", tenant_id=TENANT, transport=script.transport(),
        retry=NO_RETRIES,
    )  # fmt: skip
    with pytest.raises(errors.APIError) as raised:
        layer.list_keypairs()
    assert raised.value.status_code == status and "origin error" in raised.value.message
    assert isinstance(raised.value, errors.ServerError) == (status >= 500)
