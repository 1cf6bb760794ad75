"""Nova's request id headers on every response: successes, faults, Keystone's 401, unknown routes."""

from __future__ import annotations

import re

import httpx

REQUEST_ID = re.compile(r"^req-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def test_every_response_carries_one_request_id(api):
    anonymous = httpx.Client(base_url=api.mock.base_url, transport=api.mock.transport)
    responses = [
        api.get("/flavors"),
        api.get("/servers/0b5f7b35-5b8b-4b9a-9e3a-52b7b9c4c7a1"),  # 404
        api.post("/servers", json={}),  # 400
        api.delete("/flavors"),  # 405
        api.get("/os-interface-nowhere"),  # no route
        anonymous.get(f"{api.prefix}/flavors"),  # 401
        anonymous.post("/v2.0/tokens", json={}),  # identity 400
        anonymous.get("/"),
    ]
    ids = []
    for response in responses:
        compute, openstack = response.headers["x-compute-request-id"], response.headers["x-openstack-request-id"]
        assert compute == openstack and REQUEST_ID.match(compute), response.headers
        ids.append(compute)
    assert len(set(ids)) == len(ids)
