"""Waiters: until a status, fail fast on ERROR with the fault, time out with growing delays (fake clock)."""

from __future__ import annotations

from typing import Any

import pytest

from toast_compute import Backoff, ServerFailed, WaitTimeout

from .conftest import make_layer
from .payloads import SERVER_ID, TENANT, Script, reply, toast_server

pytestmark = pytest.mark.client


class FakeTime:
    """A clock that only moves when the client sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def server(status: str, **extra: Any) -> Any:
    return reply(200, {"server": toast_server(status=status, **extra)})


def waiter(script: Script, facade: str, loop: Any, time: FakeTime) -> Any:
    return make_layer(
        facade,
        loop,
        base_url="https://compute.test",
        token="t",
        tenant_id=TENANT,
        transport=script.transport(),
        backoff=Backoff(initial=1.0, factor=2.0, maximum=5.0),
        clock=time.clock,
        sleep=time.sleep if facade == "sync" else time.asleep,
    )


def test_waits_until_the_status(facade: str, loop: Any) -> None:
    time = FakeTime()
    script = Script(server("BUILD"), server("BUILD"), server("MAINTENANCE"), server("ACTIVE"))
    result = waiter(script, facade, loop, time).wait_for_server(SERVER_ID)
    assert result.status == "ACTIVE" and len(script.requests) == 4
    assert time.sleeps == [1.0, 2.0, 4.0]


def test_error_fails_fast_with_the_fault(facade: str, loop: Any) -> None:
    time = FakeTime()
    fault = {"code": 500, "message": "No valid host was found.", "created": "2020-02-25T01:15:50Z"}
    script = Script(server("BUILD"), server("ERROR", fault=fault), server("ACTIVE"))
    with pytest.raises(ServerFailed, match="No valid host was found") as raised:
        waiter(script, facade, loop, time).wait_for_server(SERVER_ID)
    assert raised.value.status == "ERROR" and raised.value.fault.code == 500
    assert len(script.requests) == 2


def test_times_out_with_capped_backoff(facade: str, loop: Any) -> None:
    time = FakeTime()
    script = Script(server("BUILD"))
    with pytest.raises(WaitTimeout, match="last status BUILD") as raised:
        waiter(script, facade, loop, time).wait_for_server(SERVER_ID, timeout=20.0)
    assert time.sleeps == [1.0, 2.0, 4.0, 5.0, 5.0]
    assert time.now <= 20.0 and raised.value.last_status == "BUILD"


def test_waits_for_any_of_several_statuses(facade: str, loop: Any) -> None:
    script = Script(server("RESIZE"), server("VERIFY_RESIZE"))
    result = waiter(script, facade, loop, FakeTime()).wait_for_server(SERVER_ID, ("ACTIVE", "VERIFY_RESIZE"))
    assert result.status == "VERIFY_RESIZE"


@pytest.mark.parametrize(
    "last", [reply(404, {"itemNotFound": {"code": 404, "message": "gone"}}), server("DELETED"), server("SOFT_DELETED")]
)
def test_wait_for_delete(last: Any, facade: str, loop: Any) -> None:
    time = FakeTime()
    script = Script(server("ACTIVE", **{"OS-EXT-STS:task_state": "deleting"}), last)
    assert waiter(script, facade, loop, time).wait_for_server_deleted(SERVER_ID) is None
    assert len(script.requests) == 2 and time.sleeps == [1.0]


@pytest.mark.parametrize("shelved", ["SHELVED_OFFLOADED", "SHELVED"])
def test_wait_for_shelved(shelved: str, facade: str, loop: Any) -> None:
    time = FakeTime()
    script = Script(server("ACTIVE", **{"OS-EXT-STS:task_state": "shelving"}), server(shelved))
    assert waiter(script, facade, loop, time).wait_for_shelved(SERVER_ID).status == shelved
    assert len(script.requests) == 2 and time.sleeps == [1.0]


def test_wait_for_shelved_fails_fast_on_error(facade: str, loop: Any) -> None:
    script = Script(server("ERROR"), server("SHELVED_OFFLOADED"))
    with pytest.raises(ServerFailed):
        waiter(script, facade, loop, FakeTime()).wait_for_shelved(SERVER_ID)
