"""The mock's weather (toast_compute_mock/weather.py): a real cloud's front door on demand — throttling,
a seeded fraction of transient failures (503, a gateway's HTML 502, a connection dropped before or after
the work), latency — set through the control API (`/_mock/weather`), MockConfig or the CLI. Each test runs
in-process and over real HTTP."""

from __future__ import annotations

import time

import httpx
import pytest

from toast_compute_mock import MockConfig, create_app
from toast_compute_mock.cli import parse_args
from toast_compute_mock.serving import SyncASGITransport
from toast_compute_mock.weather import Weather

from .conftest import fault


def set_weather(mock, **weather) -> dict:
    with mock.client() as http:
        response = http.put("/_mock/weather", json=weather)
    assert response.status_code == 200, response.text
    return response.json()


def counts(mock) -> dict:
    with mock.client() as http:
        return http.get("/_mock/weather").json()["counts"]


# Weather answers (429, 502, 503) are the front door's, not the API's: the tests read them with a plain
# client, not the `api` fixture that checks every answer against the description.


def test_throttling_answers_429_past_the_burst_and_recovers_at_the_rate(mock):
    set_weather(mock, throttle=5, burst=3, retry_after=2)
    with mock.client() as http:
        flavors = f"/v2/{mock.tenant_id}/flavors"
        assert [http.get(flavors).status_code for _ in range(3)] == [200, 200, 200]
        refused = http.get(flavors)
        assert fault(refused, 429, "overLimit") == "This request was rate-limited."
        assert refused.headers["Retry-After"] == "2"
        assert refused.json()["overLimit"]["retryAfter"] == "2"
        time.sleep(0.25)  # one token back at 5 a second
        assert http.get(flavors).status_code == 200
    assert counts(mock)["throttled"] >= 1


def test_a_throttled_write_does_nothing(mock):
    set_weather(mock, throttle=1, burst=1)
    with mock.client() as http:
        keypairs = f"/v2/{mock.tenant_id}/os-keypairs"
        assert http.get(keypairs).status_code == 200
        assert http.post(keypairs, json={"keypair": {"name": "throttled"}}).status_code == 429
        http.delete("/_mock/weather")
        assert http.get(f"{keypairs}/throttled").status_code == 404


def test_the_fraction_is_seeded_and_about_what_was_asked(mock):
    def draws() -> list[int]:
        set_weather(mock, transient=0.25, kinds=["503"], seed=7)
        with mock.client() as http:
            return [http.get(f"/v2/{mock.tenant_id}/flavors").status_code for _ in range(200)]

    first, second = draws(), draws()
    assert first == second, "the same seed gives the same failures"
    assert 30 <= first.count(503) <= 70, first.count(503)
    assert set(first) == {200, 503}


def test_a_503_is_novas_envelope_with_retry_after(mock):
    set_weather(mock, transient=1.0, kinds=["503"])
    with mock.client() as http:
        response = http.get(f"/v2/{mock.tenant_id}/servers")
    assert fault(response, 503, "serviceUnavailable") == "The service is temporarily unavailable."
    assert response.headers["Retry-After"] == "1"


def test_a_502_is_a_gateways_html_page(mock):
    set_weather(mock, transient=1.0, kinds=["502"])
    with mock.client() as http:
        response = http.get(f"/v2/{mock.tenant_id}/servers")
    assert response.status_code == 502
    assert response.headers["Content-Type"] == "text/html"
    assert b"<title>502 Bad Gateway</title>" in response.content


def test_a_dropped_connection_gets_no_answer(mock):
    set_weather(mock, transient=1.0, kinds=["drop"])
    with mock.client() as http, pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        http.get(f"/v2/{mock.tenant_id}/servers")
    assert counts(mock) == {"drop": 1}


def test_a_write_dropped_after_the_work_is_done_but_unanswered(mock):
    """The ambiguous write: the client never hears back, yet the key pair exists."""
    set_weather(mock, transient=1.0, kinds=["drop-after"], methods=["POST"])
    with mock.client() as http:
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
            http.post(f"/v2/{mock.tenant_id}/os-keypairs", json={"keypair": {"name": "made-anyway"}})
        assert http.get(f"/v2/{mock.tenant_id}/os-keypairs/made-anyway").status_code == 200, "GETs are spared"


def test_latency_is_added_to_every_answer(api, mock):
    set_weather(mock, latency=0.2, jitter=0.05)
    started = time.perf_counter()
    assert api.get("/flavors").status_code == 200
    assert 0.15 <= time.perf_counter() - started < 2
    assert counts(mock)["delayed"] == 1


def test_the_control_api_and_the_versions_document_are_spared(mock):
    set_weather(mock, transient=1.0, kinds=["503"], throttle=1, burst=1)
    with mock.client() as http:
        assert [http.get("/").status_code for _ in range(3)] == [200, 200, 200]
        assert [http.get("/_mock/weather").status_code for _ in range(3)] == [200, 200, 200]


@pytest.mark.parametrize("weather, message", [
    ({"transient": 2}, "transient must be a fraction"),
    ({"kinds": ["hail"]}, "kinds must be some of"),
    ({"throttle": 0}, "throttle must be a number"),
    ({"latency": "slow"}, "latency must be a number"),
    ({"burst": True}, "burst must be an integer"),
    ({"rain": 1}, "Unknown fields: ['rain']"),
])
def test_bad_weather_is_refused_with_novas_envelope(mock, weather, message):
    with mock.client() as http:
        response = http.put("/_mock/weather", json=weather)
    assert message in fault(response, 400, "badRequest")


def test_clearing_the_weather(api, mock):
    set_weather(mock, transient=1.0)
    with mock.client() as http:
        assert http.delete("/_mock/weather").status_code == 204
        assert http.get("/_mock/weather").json() == {"weather": None, "counts": {}}
    assert api.get("/flavors").status_code == 200


def test_weather_from_the_config():
    app = create_app(MockConfig(clock="immediate", weather=Weather(transient=1.0, kinds=("503",))))
    transport = SyncASGITransport(app)
    try:
        with httpx.Client(transport=transport, base_url="http://mock.invalid",
                          headers={"X-Auth-Token": app.config.tenants[0].token}) as http:
            assert http.get(f"/v2/{app.config.tenants[0].tenant_id}/flavors").status_code == 503
    finally:
        transport.shutdown()


def test_weather_from_the_command_line():
    args = parse_args(["--throttle", "3:4", "--transient", "0.02", "--transient-kinds", "503,drop",
                       "--transient-methods", "get", "--latency", "150:50", "--seed", "7"])
    assert args.weather == Weather(throttle=3, burst=4, transient=0.02, kinds=("503", "drop"), methods=("GET",),
                                   latency=0.15, jitter=0.05, seed=7)
    assert parse_args([]).weather is None
    with pytest.raises(SystemExit):
        parse_args(["--transient-kinds", "hail", "--transient", "0.1"])
