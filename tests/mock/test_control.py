"""The control API over HTTP, as the contract suite uses it, and the realistic clock."""

from __future__ import annotations

import time

from toast_compute_mock.backend.clock import Clock

from .conftest import fault


def test_clock_over_http(api):
    http = api.http
    assert http.post("/_mock/clock/mode", json={"mode": "manual"}).json()["clock"]["mode"] == "manual"
    server_id = api.create_server()
    assert api.status(server_id) == "BUILD"
    clock = http.post("/_mock/clock/advance", json={"seconds": 2}).json()["clock"]
    assert clock["pending_transitions"] == 1
    assert api.status(server_id) == "BUILD"
    http.post("/_mock/clock/advance", json={"seconds": 1})
    assert api.status(server_id) == "ACTIVE"
    assert http.get("/_mock/clock").json()["clock"]["pending_transitions"] == 0
    fault(http.post("/_mock/clock/advance", json={"seconds": -1}), 400, "badRequest")
    fault(http.post("/_mock/clock/advance", json={"minutes": 1}), 400, "badRequest")
    fault(http.post("/_mock/clock/mode", json={"mode": "sundial"}), 400, "badRequest")


def test_switching_to_immediate_completes_pending_transitions(api, manual):
    server_id = api.create_server()
    api.http.post("/_mock/clock/mode", json={"mode": "immediate"})
    assert api.status(server_id) == "ACTIVE"


def test_reset_over_http(api):
    api.create_server()
    assert api.http.post("/_mock/reset").status_code == 204
    assert api.get("/servers").json() == {"servers": []}


def test_manual_clock_does_not_move_by_itself():
    clock = Clock("manual")
    before = clock.now()
    time.sleep(0.01)
    assert clock.now() == before
    clock.advance(5)
    assert clock.now() == before + 5


def test_real_clock_builds_in_real_time(api, mock):
    """The one test that waits for real: a 0.2 s build on the realistic clock."""
    mock.state.clock.durations["build"] = 0.2
    mock.set_clock("real")
    server_id = api.create_server()
    assert api.status(server_id) == "BUILD"
    deadline = time.monotonic() + 5
    while api.status(server_id) == "BUILD" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert api.status(server_id) == "ACTIVE"
