"""The neighbours a server needs, served by the mock at the URLs its identity catalog names: the network
reads (`/network`, openapi/toast-network-api.yaml) and block storage (`/block-storage`,
openapi/toast-block-storage-api.yaml). Every answer is checked against its own bundled document, and one
test per service calls every operation its document describes."""

from __future__ import annotations

import pytest

from spec_toolkit.paths import BLOCK_STORAGE_BUNDLE, NETWORK_BUNDLE
from toast_compute_mock import MockConfig
from toast_compute_mock.catalog import NETWORKS, SUBNETS
from toast_compute_mock.config import Tenant

from .conftest import Api, fault
from .spec_check import SpecChecker

UNKNOWN = "a07f71dc-8151-4e7d-a0cc-cd24a3f11113"
OTHER = Tenant(tenant_id="0123456789abcdef0123456789abcdef", token="other-token", user_id="u2", username="other",
               password="other-pw")


class Neighbour:
    """A client of one neighbouring service at its mount point on the mock; each answer is checked against
    the service's document (whose paths start at the service's root)."""

    def __init__(self, mock, mount: str, document, token: str | None = None) -> None:
        self.mount = mount
        self.checker = SpecChecker(document)
        headers = {} if token is None else {"X-Auth-Token": token}
        self.http = mock.client(headers=headers, event_hooks={"response": [self._check]})

    def _check(self, response) -> None:
        response.read()
        path = response.request.url.path.removeprefix(self.mount) or "/"
        self.checker.check(response.request.method, path, response.status_code, response.headers, response.content)

    def request(self, method: str, path: str, **kwargs):
        return self.http.request(method, self.mount + path, **kwargs)

    def get(self, path: str, **kwargs):
        return self.request("GET", path, **kwargs)

    def assert_conforms(self) -> None:
        assert self.checker.violations == [], "answers that disagree with the service's document"

    def assert_every_operation_called(self) -> None:
        called = {operation for operation, _ in self.checker.seen}
        assert called == self.checker.operations(), "operations of the document this test did not call"


@pytest.fixture
def network(mock):
    client = Neighbour(mock, "/network", NETWORK_BUNDLE)
    yield client
    client.http.close()
    client.assert_conforms()


@pytest.fixture
def block_storage(mock):
    client = Neighbour(mock, "/block-storage", BLOCK_STORAGE_BUNDLE)
    client.volumes = f"/v2/{mock.tenant_id}/volumes"
    yield client
    client.http.close()
    client.assert_conforms()


def neutron_not_found(response, kind: str) -> str:
    assert response.status_code == 404, response.text
    error = response.json()["NeutronError"]
    assert error["type"] == f"{kind}NotFound"
    return error["message"]


# -- network ---------------------------------------------------------------------------------------
def test_network_reads(network, mock):
    versions = network.get("/").json()["versions"]
    assert [v["id"] for v in versions] == ["v2.0"] and versions[0]["links"][0]["href"].endswith("/network/v2.0/")
    networks = network.get("/v2.0/networks").json()["networks"]
    assert [(n["id"], n["name"]) for n in networks] == [(n.id, n.name) for n in NETWORKS]
    assert all(n["tenant_id"] == mock.tenant_id and n["status"] == "ACTIVE" for n in networks)
    by_name = network.get("/v2.0/networks", params={"name": NETWORKS[1].name}).json()["networks"]
    assert [n["id"] for n in by_name] == [NETWORKS[1].id]
    assert network.get("/v2.0/networks", params={"router:external": "True"}).json() == {"networks": []}
    assert network.get(f"/v2.0/networks/{NETWORKS[0].id}").json()["network"] == networks[0]
    assert neutron_not_found(network.get(f"/v2.0/networks/{UNKNOWN}"), "Network") == (
        f"Network {UNKNOWN} could not be found.")

    subnets = network.get("/v2.0/subnets").json()["subnets"]
    assert {s["id"]: s["network_id"] for s in subnets} == {sid: net.id for sid, (net, _) in SUBNETS.items()}
    default = network.get("/v2.0/subnets", params={"network_id": NETWORKS[0].id}).json()["subnets"]
    assert [(s["cidr"], s["gateway_ip"]) for s in default] == [("192.168.0.0/24", "192.168.0.1")]

    vpcs = network.get("/v2.0/vpcs").json()["vpcs"]
    assert [v["id"] for v in vpcs] == [n.id for n in NETWORKS]  # a VPC is the network a server takes
    vpc = network.get(f"/v2.0/vpcs/{NETWORKS[1].id}").json()["vpc"]
    assert [s["id"] for s in vpc["subnets"]] == [s.id for s in NETWORKS[1].subnets]
    neutron_not_found(network.get(f"/v2.0/vpcs/{UNKNOWN}"), "Vpc")
    vpc_subnets = network.get("/v2.0/vpcsubnets", params={"vpc_id": NETWORKS[0].id}).json()["vpcsubnets"]
    assert [s["id"] for s in vpc_subnets] == [s.id for s in NETWORKS[0].subnets]
    shown = network.get(f"/v2.0/vpcsubnets/{vpc_subnets[0]['id']}").json()["vpcsubnet"]
    assert shown == vpc_subnets[0] and shown["available_ip_count"] == 251  # a /24 less five, as the vendor shows
    neutron_not_found(network.get(f"/v2.0/vpcsubnets/{UNKNOWN}"), "Vpcsubnet")
    network.assert_every_operation_called()


def test_the_neighbours_need_a_token_and_answer_404_off_their_routes(mock):
    anonymous = mock.client(headers={"X-Auth-Token": ""})
    assert anonymous.get("/network/v2.0/networks").json()["error"]["code"] == 401
    assert anonymous.get(f"/block-storage/v2/{mock.tenant_id}/volumes").json()["error"]["code"] == 401
    client = mock.client()
    for path in ("/network/v2.0", "/network/v2.0/ports", f"/block-storage/v2/{mock.tenant_id}", "/block-storage/v2",
                 f"/block-storage/v2/{mock.tenant_id}/snapshots", "/block-storage"):
        fault(client.get(path), 404, "itemNotFound")
    assert client.post("/network/v2.0/networks", json={}).status_code == 405


def test_a_server_takes_an_address_of_the_subnet(network, api):
    subnet = NETWORKS[0].subnets[0]
    api.create_server()
    assert network.get(f"/v2.0/vpcsubnets/{subnet.id}").json()["vpcsubnet"]["available_ip_count"] == 250


# -- block storage ---------------------------------------------------------------------------------
def test_volume_create_list_show_delete(block_storage, mock):
    volumes = block_storage.volumes
    created = block_storage.request("POST", volumes, json={"volume": {"size": 20, "name": "data",
                                                                        "volume_type": "General SSD"}})
    assert created.status_code == 202
    volume = created.json()["volume"]
    assert (volume["status"], volume["size"], volume["name"], volume["volume_type"]) == (
        "creating", 20, "data", "General SSD")
    assert volume["os-vol-tenant-attr:tenant_id"] == mock.tenant_id and volume["attachments"] == []
    shown = block_storage.get(f"{volumes}/{volume['id']}").json()["volume"]
    assert shown["status"] == "available"  # the immediate clock
    second = block_storage.request("POST", volumes, json={"volume": {"size": 10}}).json()["volume"]
    listed = block_storage.get(volumes).json()
    assert [v["id"] for v in listed["volumes"]] == [second["id"], volume["id"]] and "volumes_links" not in listed
    detail = block_storage.get(f"{volumes}/detail").json()["volumes"]
    assert [(v["id"], v["status"]) for v in detail] == [(second["id"], "available"), (volume["id"], "available")]
    page = block_storage.get(volumes, params={"limit": 1}).json()
    assert [v["id"] for v in page["volumes"]] == [second["id"]] and f"marker={second['id']}" in (
        page["volumes_links"][0]["href"])
    rest = block_storage.get(f"{volumes}/detail", params={"limit": 1, "marker": second["id"]}).json()
    assert [v["id"] for v in rest["volumes"]] == [volume["id"]] and "volumes_links" not in rest
    deleted = block_storage.request("DELETE", f"{volumes}/{volume['id']}")
    assert deleted.status_code == 202 and deleted.content == b""
    assert fault(block_storage.get(f"{volumes}/{volume['id']}"), 404, "itemNotFound") == (
        f"Volume {volume['id']} could not be found.")
    fault(block_storage.request("DELETE", f"{volumes}/{volume['id']}"), 404, "itemNotFound")
    block_storage.assert_every_operation_called()


@pytest.mark.parametrize(("body", "code", "name"), [
    ({"volume": {}}, 400, "badRequest"),
    ({"volume": {"size": 0}}, 400, "badRequest"),
    ({"volume": {"size": "ten"}}, 400, "badRequest"),
    ({"size": 10}, 400, "badRequest"),
    ({"volume": {"size": 10, "volume_type": "Gold"}}, 404, "itemNotFound"),
    ({"volume": {"size": 10, "availability_zone": "kr-pub-z"}}, 400, "badRequest"),
    ({"volume": {"size": 10, "snapshot_id": UNKNOWN}}, 404, "itemNotFound"),
    ({"volume": {"size": 10, "metadata": {"a": 1}}}, 400, "badRequest"),
])
def test_volume_create_errors(block_storage, body, code, name):
    fault(block_storage.request("POST", block_storage.volumes, json=body), code, name)
    fault(block_storage.get(block_storage.volumes, params={"marker": UNKNOWN}), 400, "badRequest")
    fault(block_storage.get(f"{block_storage.volumes}/detail", params={"limit": "x"}), 400, "badRequest")


def test_an_attached_volume_is_in_use_and_cannot_be_deleted(block_storage, api):
    volumes = block_storage.volumes
    server_id = api.create_server()
    volume_id = api.create_volume()
    attach = {"volumeAttachment": {"volumeId": volume_id}}
    assert api.post(f"/servers/{server_id}/os-volume_attachments", json=attach).status_code == 200
    volume = block_storage.get(f"{volumes}/{volume_id}").json()["volume"]
    assert volume["status"] == "in-use"
    assert [(a["server_id"], a["device"]) for a in volume["attachments"]] == [(server_id, "/dev/vdb")]
    assert fault(block_storage.request("DELETE", f"{volumes}/{volume_id}"), 400, "badRequest").startswith(
        "Invalid volume: Volume status must be available")
    assert api.delete(f"/servers/{server_id}/os-volume_attachments/{volume_id}").status_code == 202
    assert block_storage.get(f"{volumes}/{volume_id}").json()["volume"]["status"] == "available"
    assert block_storage.request("DELETE", f"{volumes}/{volume_id}").status_code == 202


def test_a_volume_is_creating_until_the_clock_says(block_storage, api, manual):
    manual.state.clock.durations["volume_create"] = 4
    volume_id = api.create_volume()
    assert block_storage.get(f"{block_storage.volumes}/{volume_id}").json()["volume"]["status"] == "creating"
    manual.advance(4)
    assert block_storage.get(f"{block_storage.volumes}/{volume_id}").json()["volume"]["status"] == "available"


# -- tenants ---------------------------------------------------------------------------------------
@pytest.fixture
def two_tenants():
    from toast_compute_mock import create_app
    from toast_compute_mock.pytest_plugin import MockEndpoint, SyncASGITransport

    app = create_app(MockConfig(tenants=[Tenant(), OTHER], clock="immediate"))
    transport = SyncASGITransport(app)
    yield MockEndpoint(app, "http://toast-compute-mock.invalid", transport)
    transport.shutdown()


def test_volumes_belong_to_their_tenant(two_tenants):
    mine = Api(two_tenants)
    theirs = two_tenants.client(headers={"X-Auth-Token": OTHER.token})
    their_volumes = f"/block-storage/v2/{OTHER.tenant_id}/volumes"
    their_volume = theirs.post(their_volumes, json={"volume": {"size": 10}}).json()["volume"]["id"]
    assert mine.http.get(f"/block-storage/v2/{two_tenants.tenant_id}/volumes").json() == {"volumes": []}
    fault(mine.http.get(f"/block-storage/v2/{two_tenants.tenant_id}/volumes/{their_volume}"), 404, "itemNotFound")
    fault(mine.http.get(their_volumes), 400, "badRequest")  # another tenant's path, as Nova and Cinder answer
    server_id = mine.create_server()
    attach = {"volumeAttachment": {"volumeId": their_volume}}
    fault(mine.post(f"/servers/{server_id}/os-volume_attachments", json=attach), 404, "itemNotFound")
    assert theirs.get(f"{their_volumes}/{their_volume}").json()["volume"]["status"] == "available"
