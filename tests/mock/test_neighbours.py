"""The neighbours a server needs, served by the mock at the URLs its identity catalog names: the network
reads (`/network`, openapi/toast-network-api.yaml), block storage (`/block-storage`,
openapi/toast-block-storage-api.yaml) and the image service (`/image`, openapi/toast-image-api.yaml). Every
answer is checked against its own bundled document, and one test per service calls every operation its
document describes."""

from __future__ import annotations

import pytest

from spec_toolkit.paths import BLOCK_STORAGE_BUNDLE, IMAGE_BUNDLE, NETWORK_BUNDLE
from spec_toolkit.spec import Spec
from toast_compute_mock import MockConfig
from toast_compute_mock.api.image_service import PUBLIC_OWNER
from toast_compute_mock.catalog import IMAGES, NETWORKS, SUBNETS
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


@pytest.fixture
def image(mock):
    """The image service, asking for JSON errors (as openstacksdk does) so every answer is checked."""
    client = Neighbour(mock, "/image", IMAGE_BUNDLE)
    client.http.headers["Accept"] = "application/json"
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
    assert anonymous.get("/image/v2/images").json()["error"]["code"] == 401
    assert anonymous.delete(f"/image/v2/images/{IMAGES[0].id}").json()["error"]["code"] == 401
    client = mock.client()
    for path in ("/network/v2.0", "/network/v2.0/ports", f"/block-storage/v2/{mock.tenant_id}", "/block-storage/v2",
                 f"/block-storage/v2/{mock.tenant_id}/snapshots", "/block-storage", "/image", "/image/v2",
                 f"/image/v2/images/{IMAGES[0].id}/members", f"/image/v2/{mock.tenant_id}/images"):
        fault(client.get(path), 404, "itemNotFound")
    assert client.post("/network/v2.0/networks", json={}).status_code == 405
    assert client.post("/image/v2/images", json={}).status_code == 405


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


# -- image service ---------------------------------------------------------------------------------
def glance_error(response, code: int) -> str:
    """Asserts Glance's JSON error (webob's, for `Accept: application/json`) and returns its explanation."""
    assert response.status_code == code, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"message", "code", "title"} and body["code"].startswith(f"{code} "), body
    assert body["message"].endswith("<br /><br />\n\n\n")
    return body["message"].removesuffix("<br /><br />\n\n\n")


def public_order() -> list[str]:
    """The public images as Glance lists them: created on the same day, so by id, descending."""
    return sorted((i.id for i in IMAGES), reverse=True)


def snapshot(api, manual, name: str = "snap") -> tuple[str, str]:
    """(server id, image id) of a createImage on a new server, the snapshot still saving."""
    server_id = api.create_server()
    manual.advance(3)
    response = api.action(server_id, {"createImage": {"name": name, "metadata": {"purpose": "backup"}}})
    assert response.status_code == 202, response.text
    return server_id, response.headers["Location"].rsplit("/", 1)[1]


def nova_ids(api) -> list[str]:
    return [i["id"] for i in api.get("/images").json()["images"]]


def test_image_service_lists_the_public_images(image, mock):
    listed = image.get("/v2/images").json()
    assert (listed["first"], listed["schema"], "next" in listed) == ("/v2/images", "/v2/schemas/images", False)
    assert [i["id"] for i in listed["images"]] == public_order()
    for shown in listed["images"]:
        assert (shown["status"], shown["visibility"], shown["owner"], shown["protected"]) == (
            "active", "public", PUBLIC_OWNER, True)
        assert shown["self"] == f"/v2/images/{shown['id']}" and shown["size"] > 0 and shown["checksum"]
    linux = image.get(f"/v2/images/{IMAGES[0].id}").json()
    assert linux == next(i for i in listed["images"] if i["id"] == IMAGES[0].id)
    assert (linux["name"], linux["min_disk"], linux["os_distro"], linux["login_username"]) == (
        IMAGES[0].name, 10, "Ubuntu", "ubuntu")  # the image's properties at the top level
    assert image.get("/v2/images", params={"name": IMAGES[1].name}).json()["images"][0]["id"] == IMAGES[1].id
    assert image.get("/v2/images", params={"owner": mock.tenant_id}).json()["images"] == []
    assert image.get("/v2/images", params={"visibility": "private"}).json()["images"] == []
    assert len(image.get("/v2/images", params={"visibility": "public"}).json()["images"]) == len(IMAGES)


def test_image_service_pages(image):
    order = public_order()
    first = image.get("/v2/images", params={"limit": 2, "visibility": "public"}).json()
    assert [i["id"] for i in first["images"]] == order[:2]
    assert first["first"] == "/v2/images?limit=2&visibility=public"
    assert first["next"] == f"/v2/images?limit=2&visibility=public&marker={order[1]}"
    seen = [i["id"] for i in first["images"]]
    page = first
    while "next" in page:
        page = image.get(page["next"]).json()  # Glance's links are paths under the service's root
        assert page["first"] == "/v2/images?limit=2&visibility=public"
        seen += [i["id"] for i in page["images"]]
    assert seen == order
    assert image.get("/v2/images", params={"limit": 0}).json()["images"] == []
    assert len(image.get("/v2/images", params={"limit": 5000}).json()["images"]) == len(IMAGES)  # cut to 1000
    assert glance_error(image.get("/v2/images", params={"limit": "x"}), 400) == "limit param must be an integer"
    assert glance_error(image.get("/v2/images", params={"limit": -1}), 400) == "limit param must be positive"
    assert glance_error(image.get("/v2/images", params={"marker": UNKNOWN}), 400) == f"No image found with ID {UNKNOWN}"
    assert glance_error(image.get("/v2/images", params={"visibility": "everyone"}), 400) == (
        "Invalid visibility value: everyone")


def test_a_snapshot_is_in_both_views_and_deleted_from_both(image, api, manual):
    server_id, image_id = snapshot(api, manual)
    saving = image.get(f"/v2/images/{image_id}").json()
    assert (saving["status"], saving["visibility"], saving["owner"], saving["protected"]) == (
        "queued", "private", api.mock.tenant_id, False)
    assert (saving["size"], saving["checksum"], saving["name"], saving["purpose"]) == (None, None, "snap", "backup")
    assert api.get(f"/images/{image_id}").json()["image"]["status"] == "SAVING"
    listed = [i["id"] for i in image.get("/v2/images").json()["images"]]
    assert listed == [image_id, *public_order()]  # the newest first
    assert [i["id"] for i in image.get("/v2/images", params={"status": "queued"}).json()["images"]] == [image_id]
    mine = image.get("/v2/images", params={"owner": api.mock.tenant_id, "visibility": "private"}).json()["images"]
    assert [i["id"] for i in mine] == [image_id]
    manual.advance(2)
    active = image.get(f"/v2/images/{image_id}").json()
    assert (active["status"], active["size"] > 0, active["min_disk"]) == ("active", True, 10)
    nova = api.get(f"/images/{image_id}").json()["image"]
    assert (nova["status"], nova["created"], nova["minDisk"]) == ("ACTIVE", active["created_at"], active["min_disk"])
    assert image.get("/v2/images", params={"status": "queued"}).json()["images"] == []

    deleted = image.request("DELETE", f"/v2/images/{image_id}")
    assert deleted.status_code == 204 and deleted.content == b""
    assert glance_error(image.get(f"/v2/images/{image_id}"), 404) == f"No image found with ID {image_id}"
    assert glance_error(image.request("DELETE", f"/v2/images/{image_id}"), 404) == (
        f"Failed to find image {image_id} to delete")
    assert image_id not in [i["id"] for i in image.get("/v2/images").json()["images"]]
    fault(api.get(f"/images/{image_id}"), 404, "itemNotFound")
    assert image_id not in nova_ids(api)
    assert api.status(server_id) == "ACTIVE"
    image.assert_every_operation_called()


def test_only_the_tenants_own_images_can_be_deleted(image, api):
    for public in IMAGES:
        assert glance_error(image.request("DELETE", f"/v2/images/{public.id}"), 403) == (
            "You are not authorized to complete delete_image action.")
    assert [i["id"] for i in image.get("/v2/images").json()["images"]] == public_order()
    assert set(nova_ids(api)) == {i.id for i in IMAGES}
    assert glance_error(image.request("DELETE", f"/v2/images/{UNKNOWN}"), 404) == (
        f"Failed to find image {UNKNOWN} to delete")
    assert glance_error(image.get(f"/v2/images/{UNKNOWN}"), 404) == f"No image found with ID {UNKNOWN}"


def test_a_snapshot_deleted_while_saving_never_appears(image, api, manual):
    """Glance deletes an image in any status; Nova's snapshot then ends without one (the server is ACTIVE)."""
    server_id, image_id = snapshot(api, manual)
    assert image.request("DELETE", f"/v2/images/{image_id}").status_code == 204
    fault(api.get(f"/images/{image_id}"), 404, "itemNotFound")
    manual.advance(2)
    assert api.status(server_id) == "ACTIVE"
    assert image_id not in nova_ids(api)
    glance_error(image.get(f"/v2/images/{image_id}"), 404)
    boot = api.create_server(expect=400, imageRef=image_id)  # nothing to boot from
    assert boot.status_code == 400


def test_image_service_errors_are_glance_pages(mock):
    """Without `Accept: application/json` preferred, Glance's errors are webob's HTML page (the document
    says so), and with neither HTML nor JSON acceptable, its plain text."""
    spec = Spec.load(IMAGE_BUNDLE)
    documented = spec.resolve(spec.response(spec.operation("get_image"), 404))["content"]
    client = mock.client()
    for accept in (None, "*/*", "text/html", "application/json;q=0.5, text/html", "application/*;q=0.1, */*"):
        headers = {} if accept is None else {"Accept": accept}
        response = client.get(f"/image/v2/images/{UNKNOWN}", headers=headers)
        assert response.status_code == 404 and response.headers["content-type"] == "text/html; charset=UTF-8"
        assert response.headers["content-type"].split(";")[0] in documented
        assert "<title>404 Not Found</title>" in response.text and f"No image found with ID {UNKNOWN}" in response.text
    preferred = client.get(f"/image/v2/images/{UNKNOWN}", headers={"Accept": "text/html;q=0.5, application/json"})
    assert preferred.json()["title"] == "Not Found"
    plain = client.delete(f"/image/v2/images/{IMAGES[0].id}", headers={"Accept": "text/plain"})
    assert (plain.status_code, plain.headers["content-type"]) == (403, "text/plain; charset=UTF-8")
    assert plain.text.startswith("403 Forbidden\n\nYou are not authorized")


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


def test_images_belong_to_their_tenant(two_tenants):
    mine = Api(two_tenants)
    theirs = Api(two_tenants)
    theirs.http.headers["X-Auth-Token"] = OTHER.token
    theirs.prefix = f"/v2/{OTHER.tenant_id}"
    server_id = theirs.create_server()
    image_id = theirs.action(server_id, {"createImage": {"name": "theirs"}}).headers["Location"].rsplit("/", 1)[1]
    assert image_id in [i["id"] for i in theirs.http.get("/image/v2/images").json()["images"]]
    assert image_id not in [i["id"] for i in mine.http.get("/image/v2/images").json()["images"]]
    assert mine.http.get(f"/image/v2/images/{image_id}").status_code == 404
    assert mine.http.delete(f"/image/v2/images/{image_id}").status_code == 404
    assert theirs.http.get(f"/image/v2/images/{image_id}").json()["owner"] == OTHER.tenant_id
