"""After an ambiguous create (the answer lost, or a gateway error once the request was sent), the run looks for
what the create may have made. A negative case's body is whatever schemathesis drew (`{"server": "s"}`, a list,
a name that is a number): the look-up finds nothing for it and never raises, or one body would end the run
in an error that is the weather's, not the service's. Against the in-process mock."""

from __future__ import annotations

from typing import Any

import pytest

from contract_tests.core.safety import Registry

PREFIX = "contract-r3c0v-"
MALFORMED = [
    "not an object",
    ["server"],
    {"server": "s"},
    {"server": None},
    {"server": {"name": 7}},
    {"server": {"name": ["x"]}},
    {"keypair": "k"},
    {"keypair": {"name": {"x": 1}}},
    {"server_group": 3},
    {"server_group": {"name": None}},
]


@pytest.mark.parametrize("operation", ["create_server", "create_keypair", "create_server_group"])
@pytest.mark.parametrize("body", MALFORMED, ids=repr)
def test_a_malformed_body_recovers_nothing_and_raises_nothing(toast_compute_mock: Any, operation: str,
                                                             body: Any) -> None:
    registry = Registry(PREFIX)
    with httpx_client(toast_compute_mock) as http:
        assert registry.recover(http, operation, body, set()) == []
    assert not registry.servers and not registry.keypairs and not registry.server_groups


def test_what_a_well_formed_create_made_is_found_by_its_name(toast_compute_mock: Any) -> None:
    registry = Registry(PREFIX)
    with httpx_client(toast_compute_mock) as http:
        http.post("/os-keypairs", json={"keypair": {"name": f"{PREFIX}key"}}).raise_for_status()
        found = registry.recover(http, "create_keypair", {"keypair": {"name": f"{PREFIX}key"}}, set())
    assert found == [f"key pair {PREFIX}key"] and registry.keypairs == {f"{PREFIX}key"}


def httpx_client(endpoint: Any) -> Any:
    import httpx

    return httpx.Client(base_url=endpoint.api_url, transport=endpoint.transport,
                        headers={"X-Auth-Token": endpoint.token})  # fmt: skip
