"""Retries with backoff on 5xx, 429 and connection errors, for idempotent requests only."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from toast_compute import NotFound, RetryPolicy, ServerError, TransportError
from toast_compute.retry import NO_RETRIES

from .conftest import make_layer
from .payloads import TENANT, Script, reply, toast_server

pytestmark = pytest.mark.client

FLAVORS = {"flavors": [{"id": "1", "name": "m1", "links": []}]}
POLICY = RetryPolicy(max_attempts=4, base_delay=1.0, max_delay=5.0, jitter=lambda: 1.0)


def client(script: Script, facade: str, loop: Any, policy: RetryPolicy = POLICY) -> tuple[Any, list[float]]:
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)

    async def asleep(seconds: float) -> None:
        slept.append(seconds)

    transport = script.transport()
    layer = make_layer(
        facade,
        loop,
        base_url="https://compute.test",
        token="t",
        tenant_id=TENANT,
        retry=policy,
        transport=transport,
        sleep=sleep if facade == "sync" else asleep,
    )
    return layer, slept


@pytest.mark.parametrize(
    "failure",
    [reply(503), reply(500, b"<html/>"), reply(429, headers={"Retry-After": "2"}), httpx.ConnectError("refused")],
)
def test_get_is_retried_then_succeeds(failure: Any, facade: str, loop: Any) -> None:
    script = Script(failure, failure, reply(200, FLAVORS))
    layer, slept = client(script, facade, loop)
    assert layer.list_flavors().flavors[0].id == "1"
    assert len(script.requests) == 3
    assert slept == ([2.0, 2.0] if isinstance(failure, httpx.Response) and failure.status_code == 429 else [1.0, 2.0])


def test_backoff_grows_to_the_cap_then_the_last_error_is_raised(facade: str, loop: Any) -> None:
    script = Script(reply(503, {"serviceUnavailable": {"code": 503, "message": "busy"}}))
    layer, slept = client(
        script, facade, loop, RetryPolicy(max_attempts=5, base_delay=1.0, max_delay=3.0, jitter=lambda: 1.0)
    )
    with pytest.raises(ServerError, match="busy"):
        layer.list_flavors()
    assert len(script.requests) == 5 and slept == [1.0, 2.0, 3.0, 3.0]


def test_jitter_keeps_delays_between_half_and_full() -> None:
    low = RetryPolicy(base_delay=2.0, jitter=lambda: 0.0)
    assert [low.delay(n) for n in (1, 2, 3)] == [1.0, 2.0, 4.0]
    assert RetryPolicy(max_delay=5.0).delay(1, retry_after="120") == 5.0
    assert RetryPolicy(base_delay=1.0, jitter=lambda: 1.0).delay(1, retry_after="soon") == 1.0


@pytest.mark.parametrize("failure", [reply(503), httpx.ConnectError("refused")])
def test_posts_are_never_retried(failure: Any, facade: str, loop: Any) -> None:
    script = Script(failure, reply(202))
    layer, slept = client(script, facade, loop)
    with pytest.raises((ServerError, TransportError)):
        layer.start_server("aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec")
    assert len(script.requests) == 1 and slept == []


@pytest.mark.parametrize("method", ["delete_server", "rename_server"])
def test_put_and_delete_are_retried(method: str, facade: str, loop: Any) -> None:
    ok = reply(204) if method == "delete_server" else reply(200, {"server": toast_server()})
    script = Script(reply(502), ok)
    layer, slept = client(script, facade, loop)
    args = ("aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec",) + (("n",) if method == "rename_server" else ())
    getattr(layer, method)(*args)
    assert len(script.requests) == 2 and slept == [1.0]


def test_4xx_is_not_retried(facade: str, loop: Any) -> None:
    script = Script(reply(404, {"itemNotFound": {"code": 404, "message": "gone"}}))
    layer, slept = client(script, facade, loop)
    with pytest.raises(NotFound):
        layer.get_server("aaf2778b-ea03-4ccc-8b1b-92f4b686c3ec")
    assert len(script.requests) == 1 and slept == []


def test_no_retries_policy(facade: str, loop: Any) -> None:
    script = Script(reply(503), reply(200, FLAVORS))
    layer, _ = client(script, facade, loop, NO_RETRIES)
    with pytest.raises(ServerError):
        layer.list_flavors()
