"""Failure injection: the next N requests of an operation answer 429/500/503 or after a delay, through the
control API and the pytest plugin; other operations and requests are untouched."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from .conftest import fault


def test_the_next_requests_of_an_operation_fail_then_it_recovers(api, mock):
    created = api.http.post("/_mock/faults", json={"method": "GET", "path": "/flavors", "status": 503, "count": 2})
    assert created.status_code == 201 and created.json()["fault"]["remaining"] == 2
    assert api.get("/flavors/detail").status_code == 200  # another operation
    with mock.client() as unchecked:  # the description has no 5xx: not through the spec checker
        fault(unchecked.get(f"/v2/{mock.tenant_id}/flavors"), 503, "serviceUnavailable")
        fault(unchecked.get(f"/v2/{mock.tenant_id}/flavors"), 503, "serviceUnavailable")
    assert api.http.get("/_mock/faults").json() == {"faults": []}
    assert api.get("/flavors").status_code == 200


def test_a_429_says_when_to_retry(mock):
    mock.inject("GET", "/servers/{serverId}", 429, retry_after=7)
    with mock.client() as http:
        response = http.get(f"/v2/{mock.tenant_id}/servers/0b3a4f5c-0000-4000-8000-000000000001")
        assert fault(response, 429, "overLimit") and response.headers["Retry-After"] == "7"
        fault(http.get(f"/v2/{mock.tenant_id}/servers/0b3a4f5c-0000-4000-8000-000000000001"), 404, "itemNotFound")


def test_a_500_and_what_was_matched(mock):
    injection = mock.inject("post", "/servers/{serverId}/action", 500, count=3)
    with mock.client() as http:
        fault(http.post(f"/v2/{mock.tenant_id}/servers/x/action", json={"os-start": None}), 500, "computeFault")
        assert http.get(f"/v2/{mock.tenant_id}/servers/x").status_code == 404  # not the injected operation
    assert (injection.matched, injection.view()["remaining"]) == (1, 2)
    mock.reset()
    assert mock.state.injections.pending() == []


def test_a_delay_then_the_normal_answer(mock):
    mock.inject("GET", "/flavors", delay=0.3)
    with mock.client() as http:
        start = time.perf_counter()
        assert http.get(f"/v2/{mock.tenant_id}/flavors").status_code == 200
        assert time.perf_counter() - start >= 0.3


@pytest.mark.server_mode
def test_a_delayed_request_does_not_hold_up_others(toast_compute_mock_http):
    mock = toast_compute_mock_http
    mock.inject("GET", "/flavors", delay=1.0)

    async def both() -> tuple[float, float]:
        async with httpx.AsyncClient(base_url=mock.api_url, headers={"X-Auth-Token": mock.token}) as http:
            async def timed(path: str) -> float:
                start = time.perf_counter()
                assert (await http.get(path)).status_code == 200
                return time.perf_counter() - start

            slow = asyncio.create_task(timed("/flavors"))
            await asyncio.sleep(0.1)
            return await timed("/flavors"), await slow

    fast, slow = asyncio.run(both())
    assert slow >= 1.0 and fast < 0.5, (fast, slow)


@pytest.mark.parametrize("body", [
    {}, {"method": "GET"}, {"method": "GET", "path": "flavors", "status": 503},
    {"method": "GET", "path": "/flavors"}, {"method": "GET", "path": "/flavors", "status": 200},
    {"method": "GET", "path": "/flavors", "status": "503"}, {"method": "GET", "path": "/flavors", "delay": -1},
    {"method": "GET", "path": "/flavors", "delay": 1e9},
    {"method": "GET", "path": "/flavors", "status": 503, "count": 0},
    {"method": "GET", "path": "/flavors", "status": 503, "colour": "red"}, [1],
    {"method": "GET", "path": "/flavors", "status": 503, "message": 7},
    {"method": "GET", "path": "/flavors", "status": 503, "body": "text"},
    {"method": "GET", "path": "/flavors", "status": 503, "headers": {"X-A": 1}},
    {"method": "GET", "path": "/flavors", "delay": 1, "message": "no status"},
])
def test_bad_injections_are_400(api, body):
    fault(api.http.post("/_mock/faults", json=body), 400, "badRequest")
    assert api.http.get("/_mock/faults").json() == {"faults": []}


def test_clearing_injections(api):
    api.http.post("/_mock/faults", json={"method": "GET", "path": "/flavors", "status": 500})
    assert len(api.http.get("/_mock/faults").json()["faults"]) == 1
    assert api.http.delete("/_mock/faults").status_code == 204
    assert api.get("/flavors").status_code == 200


def test_an_injection_with_its_own_message_body_and_headers(mock):
    """A service tests what it does with the service's own words: a quota refusal, a gateway's body."""
    quota = "Quota exceeded for instances: Requested 1, but already used 10 of 10 instances"
    mock.inject("POST", "/servers", 403, message=quota, headers={"X-Why": "quota"})
    mock.inject("GET", "/flavors", 502, body={"error": "upstream timed out"})
    with mock.client() as http:
        refused = http.post(f"/v2/{mock.tenant_id}/servers", json={"server": {}})
        gateway = http.get(f"/v2/{mock.tenant_id}/flavors")
    assert refused.status_code == 403 and refused.json() == {"forbidden": {"code": 403, "message": quota}}
    assert refused.headers["X-Why"] == "quota"
    assert gateway.status_code == 502 and gateway.json() == {"error": "upstream timed out"}


def test_an_injection_names_the_service_of_its_operation(mock):
    """Compute's `/images` is not the image service's `/image/v2/images`: a neighbour's operation is named by its
    whole path, so that a failure meant for one service never answers a request to another."""
    compute, images = f"/v2/{mock.tenant_id}/images", "/image/v2/images"
    with mock.client() as http:
        mock.inject("GET", "/images", 503)
        assert http.get(images).status_code == 200
        fault(http.get(compute), 503, "serviceUnavailable")
        mock.inject("GET", images, 503)
        assert http.get(compute).status_code == 200
        assert http.get(images).status_code == 503
        mock.inject("GET", "/network/v2.0/networks/{networkId}", 404, message="Network x could not be found.")
        assert http.get("/network/v2.0/networks").status_code == 200  # another operation
        assert http.get("/network/v2.0/networks/x").status_code == 404
        mock.inject("POST", "/block-storage/v2/{tenantId}/volumes", 413, message="VolumeSizeExceedsLimit")
        fault(http.post(f"/block-storage/v2/{mock.tenant_id}/volumes", json={"volume": {"size": 10}}), 413,
              "overLimit")
    assert mock.state.injections.pending() == []


def test_an_injected_fault_is_in_the_format_of_its_service(mock):
    """Nova's and Cinder's fault envelope, Neutron's `NeutronError`, Glance's webob page (JSON when asked for);
    an injection's own body is sent as it is, whatever the service."""
    with mock.client() as http:
        mock.inject("GET", "/network/v2.0/networks", 503)
        neutron = http.get("/network/v2.0/networks")
        mock.inject("GET", "/image/v2/images", 503, message="Glance is down.")
        glance_json = http.get("/image/v2/images", headers={"Accept": "application/json"})
        mock.inject("GET", "/image/v2/images", 500)
        glance_html = http.get("/image/v2/images", headers={"Accept": "text/html"})
        mock.inject("GET", "/block-storage/v2/{tenantId}/volumes", 503)
        cinder = http.get(f"/block-storage/v2/{mock.tenant_id}/volumes")
        mock.inject("GET", "/network/v2.0/subnets", 502, body={"error": "upstream timed out"})
        own = http.get("/network/v2.0/subnets")
    assert neutron.status_code == 503 and neutron.json() == {"NeutronError": {
        "type": "HTTPServiceUnavailable", "message": "The service is temporarily unavailable.", "detail": ""}}
    assert glance_json.status_code == 503
    assert glance_json.json() == {"message": "Glance is down.<br /><br />\n\n\n", "code": "503 Service Unavailable",
                                  "title": "Service Unavailable"}
    assert glance_html.status_code == 500 and glance_html.headers["Content-Type"].startswith("text/html")
    assert "<h1>500 Internal Server Error</h1>" in glance_html.text
    fault(cinder, 503, "serviceUnavailable")
    assert own.status_code == 502 and own.json() == {"error": "upstream timed out"}
