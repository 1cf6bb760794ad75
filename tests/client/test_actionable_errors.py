"""Errors a service can act on: a quota refusal apart from a policy one, a rate limit (with its wait) apart from a
too-large request, a bad id or an unknown status refused before anything is sent, short tracebacks.

Nova's answers come from a loopback server (the mock's quotas are not in yet); bad ids and statuses from the mock.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from toast_compute_client import models as m

from toast_compute import (
    NO_RETRIES,
    ComputeClient,
    Forbidden,
    InvalidArgument,
    NotFound,
    OverLimit,
    QuotaExceeded,
    RateLimited,
    RequestTooLarge,
    ServerFailed,
    ToastComputeError,
    WaitTimeout,
    server_request,
)
from toast_compute_mock.pytest_plugin import MockEndpoint

from .conftest import make_layer
from .loopback import Loopback
from .payloads import SERVER_ID, TENANT

pytestmark = pytest.mark.client

QUOTA = "Quota exceeded for instances: Requested 1, but already used 10 of 10 instances"
POLICY = "Policy doesn't allow os_compute_api:servers:create to be performed."


def fault(name: str, code: int, message: str, **extra: Any) -> bytes:
    return json.dumps({name: {"code": code, "message": message, **extra}}).encode()


def answered(loopback: Loopback, facade: str, loop: Any, status: int, body: bytes, **headers: str) -> Exception:
    """What `get_server` raises when the service answers this."""
    loopback.answer(status, body, **headers)
    options = {"base_url": loopback.base_url, "token": "tok-0f-the-test", "tenant_id": TENANT}
    layer = make_layer(facade, loop, retry=NO_RETRIES, **options)
    with pytest.raises(ToastComputeError) as raised:
        layer.get_server(SERVER_ID)
    return raised.value


def test_a_quota_refusal_is_quota_exceeded_and_still_forbidden(loopback: Loopback, facade: str, loop: Any) -> None:
    error = answered(loopback, facade, loop, 403, fault("forbidden", 403, QUOTA))
    assert type(error) is QuotaExceeded and isinstance(error, Forbidden)
    assert error.message == QUOTA


def test_a_policy_refusal_is_forbidden_only(loopback: Loopback, facade: str, loop: Any) -> None:
    error = answered(loopback, facade, loop, 403, fault("forbidden", 403, POLICY))
    assert type(error) is Forbidden


def test_a_rate_limit_carries_retry_after_from_the_header(loopback: Loopback, facade: str, loop: Any) -> None:
    body = fault("overLimit", 429, "This request was rate-limited.")
    error = answered(loopback, facade, loop, 429, body, retry_after="7")
    assert type(error) is RateLimited and isinstance(error, OverLimit) and not isinstance(error, RequestTooLarge)
    assert error.retry_after == 7.0


def test_a_rate_limit_carries_retry_after_from_the_body(loopback: Loopback, facade: str, loop: Any) -> None:
    body = fault("overLimit", 429, "This request was rate-limited.", retryAfter="12")
    error = answered(loopback, facade, loop, 429, body)
    assert type(error) is RateLimited and error.retry_after == 12.0


def test_a_too_large_request_is_not_a_rate_limit(loopback: Loopback, facade: str, loop: Any) -> None:
    error = answered(loopback, facade, loop, 413, fault("overLimit", 413, "Request is too large."))
    assert type(error) is RequestTooLarge and isinstance(error, OverLimit) and not isinstance(error, RateLimited)


def test_a_bad_id_is_refused_before_sending(compute: ComputeClient, toast_compute_mock: MockEndpoint) -> None:
    toast_compute_mock.inject("GET", "/servers/{serverId}", 500, count=5)  # would answer if anything were sent
    with pytest.raises(InvalidArgument, match="'web-1' is not an id") as raised:
        compute.get_server("web-1")
    assert isinstance(raised.value, ToastComputeError) and isinstance(raised.value, ValueError)
    assert raised.value.__cause__ is None and raised.value.__context__ is None
    assert toast_compute_mock.state.injections.pending()[0].matched == 0


def test_an_unknown_status_fails_fast_naming_the_known_ones(
    compute: ComputeClient, toast_compute_mock: MockEndpoint
) -> None:
    toast_compute_mock.inject("GET", "/servers/{serverId}", 500, count=5)
    with pytest.raises(InvalidArgument, match=r"unknown server status 'ACTIV'; known: ACTIVE, BUILD, DELETED"):
        compute.wait_for_server(SERVER_ID, "ACTIV")
    assert toast_compute_mock.state.injections.pending()[0].matched == 0


def test_a_status_added_later_is_waitable_with_allow_unknown(
    compute: ComputeClient, toast_compute_mock: MockEndpoint
) -> None:
    toast_compute_mock.set_clock("manual")
    server = compute.create_server(spec(compute))
    with pytest.raises(WaitTimeout, match="did not reach ARCHIVED"):
        compute.wait_for_server(server.id, "ARCHIVED", allow_unknown=True, timeout=30)


def test_api_errors_keep_a_short_traceback(compute: ComputeClient) -> None:
    with pytest.raises(NotFound) as raised:
        compute.get_server(SERVER_ID)
    assert raised.value.__cause__ is None and raised.value.__context__ is None


def test_a_failed_server_has_a_typed_fault_or_none(compute: ComputeClient, toast_compute_mock: MockEndpoint) -> None:
    server = compute.create_server(spec(compute))
    with toast_compute_mock.client() as http:
        http.post(f"/_mock/servers/{server.id}/error", json={"message": "No valid host was found."})
    with pytest.raises(ServerFailed) as raised:
        compute.wait_for_server(server.id)
    assert raised.value.fault is not None and raised.value.fault.message == "No valid host was found."
    assert str(ServerFailed("s", "ERROR")) == "server s is ERROR"  # no fault: no crash


def spec(compute: ComputeClient) -> m.ServerCreate:
    """A create on a flavor with a local disk, an image and the tenant's network, found by look-ups."""
    flavor, image = compute.find_flavor(root_volume=False), compute.find_image("Ubuntu Server 22.04 LTS (2024.01.16)")
    return server_request("web", flavor.id, image=image.id, networks=[compute.find_network().id])
