"""Look-ups: a flavor by name or by size (and whether it needs a root volume), a server and an image by exact name, a
network from the network service, and the boot-from-volume mapping a flavor without a local disk needs; sync and
async, over real HTTP. The tests find their image and network with the look-ups: no id copied from the mock."""

from __future__ import annotations

import json
from typing import Any

import pytest
from toast_compute_client import models as m

from toast_compute import (
    ComputeClient,
    ConfigurationError,
    Forbidden,
    KeystoneV2Auth,
    LookupFailed,
    Network,
    NotFound,
    RetryPolicy,
    ServerError,
    UnexpectedResponse,
    boot_volume,
    needs_root_volume,
    server_request,
)

from .conftest import make_layer
from .loopback import Loopback

pytestmark = pytest.mark.client

UBUNTU = "Ubuntu Server 22.04 LTS (2024.01.16)"


@pytest.fixture
def image(layer: Any) -> str:
    return str(layer.find_image(UBUNTU).id)


@pytest.fixture
def network(layer: Any) -> str:
    return str(layer.find_network().id)


def test_find_flavor_by_name(layer: Any) -> None:
    flavor = layer.find_flavor("u2.c1m1")
    assert (flavor.name, flavor.vcpus, flavor.ram) == ("u2.c1m1", 1, 1024)
    assert not needs_root_volume(flavor)
    with pytest.raises(LookupFailed, match="no flavor named 'u2.c1m9'"):
        layer.find_flavor("u2.c1m9")


def test_find_the_smallest_flavor_by_size(layer: Any) -> None:
    smallest = layer.find_flavor(min_vcpus=2, min_ram_mb=4096)
    assert (smallest.vcpus, smallest.ram, smallest.disk) == (2, 4096, 0) and needs_root_volume(smallest)
    local = layer.find_flavor(min_vcpus=2, min_ram_mb=4096, root_volume=False)
    assert (local.name, local.disk) == ("u2.c2m4", 40)
    with pytest.raises(LookupFailed):
        layer.find_flavor(min_vcpus=64)


def test_a_flavor_without_local_disk_boots_from_a_volume(layer: Any, image: str, network: str) -> None:
    flavor = layer.find_flavor(min_vcpus=2, min_ram_mb=4096, root_volume=True)
    created = layer.create_server(
        server_request("vol", flavor.id, networks=[network], block_devices=[boot_volume(image, 20)])
    )
    assert layer.wait_for_server(created.id).status == m.ServerStatus.ACTIVE


def test_find_server_by_exact_name(layer: Any, image: str, network: str) -> None:
    flavor = layer.find_flavor(root_volume=False)
    ids = {}
    for name in ("web", "web-1", "aweb", "w.b", "wxb"):
        ids[name] = layer.create_server(server_request(name, flavor.id, image=image, networks=[network])).id
    assert layer.find_server("web").id == ids["web"]  # not web-1 or aweb: Nova's filter is a regex search
    assert [s.id for s in layer.find_servers("w.b")] == [ids["w.b"]]  # the dot is not a wildcard
    assert layer.find_servers("we") == []
    with pytest.raises(LookupFailed, match="0 servers are named 'we'"):
        layer.find_server("we")
    layer.create_server(server_request("web", flavor.id, image=image, networks=[network]))
    with pytest.raises(LookupFailed, match="2 servers are named 'web'"):
        layer.find_server("web")


def test_a_failed_listing_reaches_the_caller_as_its_typed_error(layer: Any, mock: Any) -> None:
    """A look-up collects the listing with the driver (steps.Collect): the listing's error is raised as it is."""
    mock.inject("GET", "/flavors/detail", 403, message="Policy doesn't allow os_compute_api:flavors:list")
    with pytest.raises(Forbidden, match="Policy doesn't allow"):
        layer.find_flavor("u2.c1m1")
    assert layer.find_flavor("u2.c1m1").name == "u2.c1m1"  # the injection answered once


def test_find_image_by_exact_name(layer: Any, mock: Any) -> None:
    images = layer.list_images().images
    assert layer.find_image(UBUNTU).name == UBUNTU and len(images) > 1
    with pytest.raises(LookupFailed, match="0 images are named 'Ubuntu Server'"):
        layer.find_image("Ubuntu Server")  # a prefix is not the name


def test_find_network_by_name_or_the_first_usable(layer: Any) -> None:
    networks = layer.list_networks()
    assert len(networks) > 1 and all(isinstance(n, Network) and n.subnets for n in networks)
    assert layer.find_network() == next(n for n in networks if not n.external)
    second = networks[1]
    assert layer.list_networks(second.name) == [second] and layer.find_network(second.name) == second
    with pytest.raises(LookupFailed, match="0 networks named 'vpc'"):
        layer.find_network("vpc")  # Neutron's name filter is exact; so is the look-up


def test_the_network_service_answers_with_typed_errors(mock: Any, loopback: Loopback) -> None:
    """The network service's errors and bodies go through the layer's checks, like the compute API's."""
    elsewhere = {"base_url": mock.base_url, "token": mock.token, "tenant_id": mock.tenant_id}
    with ComputeClient(network_url=f"{mock.base_url}/no-network-here", **elsewhere) as client, pytest.raises(NotFound):
        client.find_network()
    loopback.answer(200, networks_body({"name": "no id"}))
    with (
        ComputeClient(network_url=loopback.base_url, **elsewhere) as client,
        pytest.raises(UnexpectedResponse, match="list_networks: the body is not what"),
    ):
        client.find_network()


def test_a_network_service_failure_is_retried_then_raised_typed(mock: Any, facade: str, loop: Any) -> None:
    """Failures injected on the network service's own path: a 503 is retried like a compute GET's, and what is
    left after the retries is raised as the compute API's would be."""
    layer = make_layer(facade, loop, base_url=mock.base_url, token=mock.token, tenant_id=mock.tenant_id,
                       network_url=mock.network_url, retry=RetryPolicy(max_attempts=2, base_delay=0.0))  # fmt: skip
    flaky = mock.inject("GET", "/network/v2.0/networks", 503)
    assert layer.find_network().name and flaky.matched == 1
    mock.inject("GET", "/network/v2.0/networks", 503, count=2, message="The network service is down.")
    with pytest.raises(ServerError, match="The network service is down"):
        layer.find_network()


def test_an_external_network_is_not_where_servers_go(mock: Any, loopback: Loopback) -> None:
    public = {"id": "p", "name": "public", "router:external": True, "subnets": []}
    loopback.answer(200, networks_body(public, {"id": "v", "name": "vpc", "subnets": ["s"]}))
    with ComputeClient(base_url=mock.base_url, token=mock.token, tenant_id=mock.tenant_id,
                       network_url=loopback.base_url) as client:  # fmt: skip
        assert client.find_network() == Network("v", "vpc", False, ("s",))
        assert client.find_network("public").external  # by name, any network
        loopback.answer(200, networks_body(public))
        with pytest.raises(LookupFailed, match="0 networks that is not external; 1 listed"):
            client.find_network()


def networks_body(*networks: dict[str, Any]) -> bytes:
    """A network service's list of `networks`, as the loopback server answers it."""
    return json.dumps({"networks": list(networks)}).encode()


def test_networks_need_the_network_service(mock: Any) -> None:
    """Without region= or network_url= the client does not know where the network service is."""
    with (
        ComputeClient(base_url=mock.base_url, token=mock.token, tenant_id=mock.tenant_id) as client,
        pytest.raises(ConfigurationError, match="give region= or network_url="),
    ):
        client.find_network()
    kr1 = ComputeClient(region="kr1", token="t", tenant_id=mock.tenant_id)
    assert kr1.settings.network_root() == "https://kr1-api-network-infrastructure.nhncloudservice.com"


def test_a_login_finds_the_network_service_in_the_identity_catalog(mock: Any, facade: str, loop: Any) -> None:
    """With from_credentials and no region= or network_url=, the network service is the one the identity
    catalog names (the vendor's advice for every endpoint); a look-up as the first call logs in first."""
    tenant = mock.app.config.tenants[0]
    layer = make_layer(facade, loop, "from_credentials", base_url=mock.base_url, identity_url=mock.base_url,
                       tenant_id=tenant.tenant_id, username=tenant.username, password=tenant.password)  # fmt: skip
    settings = layer.target.settings
    assert settings.network_root() is None  # not before the login
    assert layer.find_network().name and settings.network_root() == mock.network_url
    assert layer.list_keypairs() == []  # the login's token serves the compute calls too


def test_the_catalog_names_one_endpoint_per_region() -> None:
    auth = KeystoneV2Auth(tenant_id="t", username="u", password="p")
    regions = [{"region": "KR1", "publicURL": "https://kr1.test/"}, {"region": "JP1", "publicURL": "https://jp1.test/"}]
    auth.catalog = [{"type": "network", "endpoints": regions}]
    assert auth.endpoint("network", "kr1") == "https://kr1.test/" and auth.endpoint("network", "kr2") is None
    assert auth.endpoint("network", None) is None  # two regions: which one is not for the client to guess
    assert ComputeClient(region="jp1", auth=auth, tenant_id="t").settings.network_root() == "https://jp1.test"
    assert ComputeClient(base_url="https://x.test", auth=auth, tenant_id="t").settings.network_root() is None
