"""What an ambiguous create (the answer lost, or a gateway error once the request was sent) may have made is
found and cleaned up. A negative case's body is whatever schemathesis drew (`{"server": "s"}`, a list, a name
that is a number): the look-up after it finds nothing and never raises, or one body would end the run in an
error that is the weather's, not the service's. A volume whose create was ambiguous is found by the run prefix
at the final cleanup. Against the mock."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from contract_tests.core.endpoint import Target
from contract_tests.core.pacing import Pacer
from contract_tests.core.safety import Registry
from toast_compute_mock.api import block_storage

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


def httpx_client(endpoint: Any) -> httpx.Client:
    return httpx.Client(base_url=endpoint.api_url, transport=endpoint.transport,
                        headers={"X-Auth-Token": endpoint.token})  # fmt: skip


def test_the_final_cleanup_deletes_the_volumes_named_with_the_run_prefix(toast_compute_mock_http: Any) -> None:
    """A volume create whose answer was lost is not in the registry: the final cleanup finds it by the run
    prefix (as it finds the run's snapshot images) and leaves the tenant's own volumes alone."""
    mock = toast_compute_mock_http
    target = Target(mock.base_url, mock.token, mock.tenant_id, is_mock=False, pacer=Pacer(None),
                    volume_url=block_storage.service_url(mock.base_url, mock.tenant_id))  # fmt: skip
    volumes = f"{target.volume_url}/volumes"
    with target.http("test") as http:
        for name in (f"{PREFIX}vol-lost", "the tenant's own"):
            http.post(volumes, json={"volume": {"size": 10, "name": name}}).raise_for_status()
        assert Registry(PREFIX).cleanup(target, final=True) == []
        left = [volume["name"] for volume in http.get(volumes).json()["volumes"]]
    assert left == ["the tenant's own"]
