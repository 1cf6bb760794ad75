"""Transition timings: the `realistic` preset, a file of timings, and the asynchronous delete (the server
is shown `deleting`, then answers 404; its quota is taken until it is gone)."""

from __future__ import annotations

import json
from dataclasses import replace

import httpx
import pytest

from toast_compute_mock import MockConfig
from toast_compute_mock.cli import parse_args
from toast_compute_mock.config import DEFAULT_DURATIONS, REALISTIC_DURATIONS, load_durations

from .conftest import LINUX, NET, U2, fault


def test_the_realistic_preset():
    assert REALISTIC_DURATIONS == {
        "build": 45.0, "stop": 10.0, "start": 10.0, "reboot": 30.0, "hard_reboot": 30.0, "resize": 60.0,
        "confirm_resize": 3.0, "snapshot": 60.0, "shelve": 90.0, "unshelve": 60.0, "delete": 10.0,
        "volume_create": 5.0,
    }
    assert set(REALISTIC_DURATIONS) == set(DEFAULT_DURATIONS)
    assert DEFAULT_DURATIONS["delete"] == 0.0  # deletes stay immediate by default


def test_a_file_of_timings(tmp_path):
    path = tmp_path / "timings.json"
    path.write_text(json.dumps({"build": 5, "delete": 2.5}))
    assert load_durations(path) == {**DEFAULT_DURATIONS, "build": 5.0, "delete": 2.5}
    yaml_path = tmp_path / "timings.yaml"
    yaml_path.write_text("build: 7\nshelve: 0.5\n")
    assert load_durations(yaml_path) == {**DEFAULT_DURATIONS, "build": 7.0, "shelve": 0.5}


@pytest.mark.parametrize(("content", "needle"), [
    ('{"bild": 5}', "unknown transition 'bild'"),
    ('{"build": -1}', "'build' must be a number of seconds >= 0"),
    ('{"build": "slow"}', "'build' must be a number of seconds >= 0"),
    ('{"build": true}', "'build' must be a number of seconds >= 0"),
    ("[1, 2]", "a mapping of transition to seconds"),
    ("{not json", "cannot be read"),
])
def test_a_bad_file_of_timings_is_a_clear_error(tmp_path, content, needle):
    path = tmp_path / "timings.json"
    path.write_text(content)
    with pytest.raises(ValueError, match="timings") as info:
        load_durations(path)
    assert needle in str(info.value)


def test_a_missing_file_of_timings(tmp_path):
    with pytest.raises(ValueError, match="cannot be read"):
        load_durations(tmp_path / "nope.json")


def test_config_refuses_unknown_or_negative_durations():
    with pytest.raises(ValueError, match="unknown transition"):
        MockConfig(durations={**DEFAULT_DURATIONS, "bild": 1.0})
    with pytest.raises(ValueError, match=">= 0"):
        MockConfig(durations={**DEFAULT_DURATIONS, "build": -1.0})


def test_cli_timings(tmp_path, capsys):
    assert parse_args([]).durations == DEFAULT_DURATIONS
    assert parse_args(["--timings", "default"]).durations == DEFAULT_DURATIONS
    assert parse_args(["--timings", "realistic"]).durations == REALISTIC_DURATIONS
    path = tmp_path / "t.json"
    path.write_text('{"build": 1}')
    assert parse_args(["--timings", str(path)]).durations["build"] == 1.0
    path.write_text('{"build": -1}')
    with pytest.raises(SystemExit):
        parse_args(["--timings", str(path)])
    assert "must be a number of seconds" in capsys.readouterr().err


# -- the asynchronous delete ------------------------------------------------------------------------
@pytest.fixture
def slow_delete(mock):
    """The manual clock, with deletes taking 10 s."""
    mock.state.clock.durations["delete"] = 10.0  # a reset restores the configured durations
    mock.set_clock("manual")
    return mock


def test_a_delete_takes_its_time_then_the_server_is_gone(api, slow_delete):
    server_id = api.create_server()
    slow_delete.advance(DEFAULT_DURATIONS["build"])
    assert api.status(server_id) == "ACTIVE"
    assert api.delete(f"/servers/{server_id}").status_code == 204
    server = api.server(server_id)
    assert (server["status"], server["OS-EXT-STS:task_state"]) == ("ACTIVE", "deleting")
    assert api.delete(f"/servers/{server_id}").status_code == 204  # deleting again changes nothing
    assert fault(api.action(server_id, {"os-stop": None}), 409, "conflictingRequest")
    slow_delete.advance(9.5)
    assert api.server(server_id)["OS-EXT-STS:task_state"] == "deleting"
    slow_delete.advance(0.5)
    assert api.get(f"/servers/{server_id}").status_code == 404
    listed = api.get("/servers/detail", params={"changes-since": "2000-01-01T00:00:00Z"}).json()["servers"]
    assert [s["status"] for s in listed if s["id"] == server_id] == ["DELETED"]


def test_a_delete_overrides_what_was_running(api, slow_delete):
    server_id = api.create_server()  # BUILD for 3 s
    assert api.delete(f"/servers/{server_id}").status_code == 204
    slow_delete.advance(DEFAULT_DURATIONS["build"])  # the build's end does not bring it back
    server = api.server(server_id)
    assert (server["status"], server["OS-EXT-STS:task_state"]) == ("BUILD", "deleting")
    slow_delete.advance(10)
    assert api.get(f"/servers/{server_id}").status_code == 404


def test_a_deleting_server_counts_against_the_quota_until_it_is_gone(api, slow_delete):
    project = slow_delete.state.projects[slow_delete.tenant_id]
    project.quotas = replace(project.quotas, instances=1)
    server_id = api.create_server()
    assert api.delete(f"/servers/{server_id}").status_code == 204
    assert "already used 1 of 1 instances" in fault(api.create_server(expect=403), 403, "forbidden")
    slow_delete.advance(10)
    api.create_server()


def test_a_delete_is_immediate_on_the_immediate_clock(api, mock):
    mock.state.clock.durations["delete"] = 10.0
    server_id = api.create_server()
    assert api.delete(f"/servers/{server_id}").status_code == 204
    assert api.get(f"/servers/{server_id}").status_code == 404


def test_a_mock_with_realistic_timings():
    from toast_compute_mock import create_app
    from toast_compute_mock.serving import SyncASGITransport

    app = create_app(MockConfig(clock="manual", durations=REALISTIC_DURATIONS))
    with httpx.Client(base_url="http://mock", transport=SyncASGITransport(app),
                      headers={"X-Auth-Token": app.config.tenants[0].token}) as http:
        prefix = f"/v2/{app.config.tenants[0].tenant_id}"
        body = {"server": {"name": "web", "imageRef": LINUX.id, "flavorRef": U2.id, "networks": [{"uuid": NET.id}]}}
        server_id = http.post(f"{prefix}/servers", json=body).json()["server"]["id"]
        app.state.advance(44)
        assert http.get(f"{prefix}/servers/{server_id}").json()["server"]["status"] == "BUILD"
        app.state.advance(1)
        assert http.get(f"{prefix}/servers/{server_id}").json()["server"]["status"] == "ACTIVE"
        assert http.delete(f"{prefix}/servers/{server_id}").status_code == 204
        app.state.advance(10)
        assert http.get(f"{prefix}/servers/{server_id}").status_code == 404
