"""os-getConsoleOutput: 200 with the last `length` lines once the server has a host."""

from __future__ import annotations

import pytest

from .conftest import fault, spec_documents

pytestmark = pytest.mark.skipif(not spec_documents("server_action", 200),
                                reason="the description in this tree does not describe os-getConsoleOutput yet")


def console(api, server_id, body):
    return api.action(server_id, {"os-getConsoleOutput": body})


def test_output_and_length(api, manual):
    server_id = api.create_server(name="web-1")
    assert "not ready" in fault(console(api, server_id, {}), 409, "conflictingRequest")  # building
    manual.advance(3)
    full = console(api, server_id, {"length": None})
    assert full.status_code == 200
    output = full.json()["output"]
    assert output.endswith("web-1 login: ")
    assert console(api, server_id, {"length": -1}).json()["output"] == output
    assert console(api, server_id, {}).json()["output"] == output
    assert console(api, server_id, {"length": 1}).json()["output"] == "web-1 login: "
    assert console(api, server_id, {"length": "2"}).json()["output"] == "\nweb-1 login: "
    assert console(api, server_id, {"length": 0}).json()["output"] == ""
    # An integer beyond 64 bits is an integer to Nova's JSON parser (a float to orjson): every line.
    assert console(api, server_id, {"length": 21239375234035699044650582016}).json()["output"] == output
    # the shortest such integer: 19 digits, below -2**63
    too_short = fault(console(api, server_id, {"length": -9223372036854775809}), 400, "badRequest")
    assert "Value: -9223372036854775809. is less than the minimum of -1" in too_short


@pytest.mark.parametrize("body", [{"length": -2}, {"length": "x"}, {"length": 1.5}, {"length": True}, None, []])
def test_bad_bodies(api, body):
    server_id = api.create_server()
    fault(console(api, server_id, body), 400, "badRequest")


def test_shelved_server_has_no_console(api):
    server_id = api.create_server()
    api.action(server_id, {"shelve": None})
    fault(console(api, server_id, {}), 409, "conflictingRequest")
    fault(console(api, "0b5f7b35-5b8b-4b9a-9e3a-52b7b9c4c7a1", {}), 404, "itemNotFound")
