"""python-novaclient and openstacksdk, pointed at the mock over real HTTP as at any Nova endpoint
(no identity service: a static token and the compute endpoint), each drive the whole scenario of
issue 10: create from an image, every action including shelve/unshelve, metadata, a placement
policy, a snapshot looked up again, attachments, filters and paging, delete and 404.

Each client call goes through `Calls`, which counts the calls completed. The tests are strict (the
first failure fails them); `run_scenarios(base_url, api_url, token, control_token)` runs both scenarios leniently
against any running mock and returns the counts (how the before/after numbers were measured)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from keystoneauth1 import session as ks_session
from keystoneauth1 import token_endpoint

from toast_compute_mock.catalog import FLAVORS, IMAGES, NETWORKS

# The clients' own deprecation notices (openstacksdk's RemovedInSDK*Warning and friends).
pytestmark = [pytest.mark.clients, pytest.mark.server_mode,
              pytest.mark.filterwarnings("ignore::DeprecationWarning"),
              pytest.mark.filterwarnings("ignore::PendingDeprecationWarning"),
              pytest.mark.filterwarnings("ignore::openstack.warnings.OpenStackWarning")]

U2 = next(f for f in FLAVORS if f.name == "u2.c1m2")
U2_BIG = next(f for f in FLAVORS if f.name == "u2.c2m4")
LINUX = IMAGES[0]
NET = NETWORKS[0]


@dataclass
class Calls:
    """Runs and counts client calls. Strict: an exception or a failed check propagates. Lenient: it is
    recorded, the call returns None and the scenario goes on (later calls that need it fail too)."""

    strict: bool = True
    done: int = 0
    failed: list[str] = field(default_factory=list)

    def __call__(self, name: str, call: Callable[[], Any], check: Callable[[Any], bool] | None = None) -> Any:
        try:
            result = call()
            if check is not None and not check(result):
                raise AssertionError(f"unexpected result: {result!r}"[:300])
        except Exception as exc:
            if self.strict:
                raise AssertionError(f"{name}: {type(exc).__name__}: {exc}") from exc
            self.failed.append(f"{name}: {type(exc).__name__}: {str(exc)[:160]}")
            return None
        self.done += 1
        return result

    def expect_error(self, name: str, call: Callable[[], Any], error: type[Exception]) -> None:
        """A call whose documented outcome is an error (a 404 after delete, a path the service lacks)."""
        def raises() -> bool:
            with contextlib.suppress(error):
                call()
                return False
            return True

        self(name, raises, lambda raised: raised)

    @property
    def total(self) -> int:
        return self.done + len(self.failed)


@dataclass
class Mock:
    """What a scenario needs of the mock besides the client: its endpoint and its clock."""

    base_url: str
    api_url: str
    token: str
    control_headers: dict[str, str]  # what the guarded control API (`/_mock/...`) needs

    def _control(self, path: str, body: dict[str, Any] | None = None) -> None:
        httpx.post(f"{self.base_url}/_mock/{path}", json=body, headers=self.control_headers).raise_for_status()

    def reset(self) -> None:
        self._control("reset")

    def clock(self, mode: str) -> None:
        self._control("clock/mode", {"mode": mode})

    def advance(self, seconds: float) -> None:
        self._control("clock/advance", {"seconds": seconds})

    def create_volume(self) -> str:
        """An `available` volume, made through the mock's block storage (setup, not a call counted)."""
        tenant_id = self.api_url.rstrip("/").rsplit("/", 1)[1]
        response = httpx.post(f"{self.base_url}/block-storage/v2/{tenant_id}/volumes", json={"volume": {"size": 10}},
                              headers={"X-Auth-Token": self.token})
        response.raise_for_status()
        return str(response.json()["volume"]["id"])


@contextlib.contextmanager
def manual_clock(mock: Mock) -> Iterator[None]:
    mock.clock("manual")
    try:
        yield
    finally:
        mock.clock("immediate")


def novaclient_scenario(mock: Mock, call: Calls) -> None:
    from novaclient import client as nova_client
    from novaclient import exceptions

    session = ks_session.Session(auth=token_endpoint.Token(mock.api_url, mock.token))
    nova = nova_client.Client("2", session=session, endpoint_override=mock.api_url)
    mgr = nova.servers
    call("flavors.list", nova.flavors.list, lambda fs: U2.name in {f.name for f in fs})
    call("flavors.get", lambda: nova.flavors.get(U2.id), lambda f: f.name == U2.name)
    call("availability_zones.list", lambda: nova.availability_zones.list(detailed=False), lambda zs: len(zs) == 2)
    call("keypairs.create", lambda: nova.keypairs.create("nova-key"),
         lambda k: k.private_key.startswith("-----BEGIN RSA PRIVATE KEY-----"))
    call("keypairs.list", nova.keypairs.list, lambda ks: [k.name for k in ks] == ["nova-key"])
    group = call("server_groups.create", lambda: nova.server_groups.create("spread", "anti-affinity"),
                 lambda g: g.policies == ["anti-affinity"] and g.members == [])
    call("server_groups.list", nova.server_groups.list, lambda gs: [g.name for g in gs] == ["spread"])

    server = call("servers.create", lambda: mgr.create(
        "nova-vm", LINUX.id, U2.id, nics=[{"net-id": NET.id}], key_name="nova-key", meta={"team": "a"},
        scheduler_hints={"group": group.id} if group else None))  # (lenient runs go on without the group)
    call("servers.get", lambda: mgr.get(server.id), lambda s: s.status == "ACTIVE")
    call("server_groups.get", lambda: nova.server_groups.get(group.id), lambda g: g.members == [server.id])
    reservation = call("servers.create (2, reservation id)", lambda: mgr.create(
        "nova-pair", LINUX.id, U2.id, nics=[{"net-id": NET.id}], min_count=2, reservation_id=True))

    # Filters and paging.
    call("servers.list name", lambda: mgr.list(search_opts={"name": "^nova-vm$"}),
         lambda ss: [s.id for s in ss] == [server.id])
    call("servers.list status", lambda: mgr.list(search_opts={"status": "ACTIVE"}), lambda ss: len(ss) == 3)
    call("servers.list reservation_id",
         lambda: mgr.list(search_opts={"reservation_id": getattr(reservation, "reservation_id", reservation)}),
         lambda ss: sorted(s.name for s in ss) == ["nova-pair-1", "nova-pair-2"])
    first = call("servers.list limit", lambda: mgr.list(limit=2), lambda ss: len(ss) == 2)
    call("servers.list marker", lambda: mgr.list(marker=first[-1].id, limit=5), lambda ss: len(ss) == 1)
    call("servers.list flavor", lambda: mgr.list(detailed=False, search_opts={"flavor": U2.id}),
         lambda ss: len(ss) == 3)

    # Metadata.
    call("servers.set_meta", lambda: mgr.set_meta(server, {"env": "prod"}),
         lambda m: m.to_dict()["env"] == "prod")
    call("servers.set_meta_item", lambda: mgr.set_meta_item(server, "role", "web"),
         lambda m: m.meta == {"role": "web"})
    call("servers.get_meta", lambda: mgr.get_meta(server, "team"), lambda m: m["meta"] == {"team": "a"})
    call("servers.list_meta", lambda: mgr.list_meta(server),
         lambda m: {"team", "env", "role"} <= set(m["metadata"]))
    call("servers.delete_meta", lambda: mgr.delete_meta(server, ["env"]))
    call("servers.get (metadata)", lambda: mgr.get(server.id), lambda s: "env" not in s.metadata)

    # Actions.
    call("servers.stop", lambda: mgr.stop(server))
    call("servers.get SHUTOFF", lambda: mgr.get(server.id), lambda s: s.status == "SHUTOFF")
    call("servers.start", lambda: mgr.start(server))
    call("servers.reboot SOFT", lambda: mgr.reboot(server, reboot_type="SOFT"))
    call("servers.reboot HARD", lambda: mgr.reboot(server, reboot_type="HARD"))
    with manual_clock(mock):
        call("servers.resize", lambda: mgr.resize(server, U2_BIG.id))
        mock.advance(2)
        call("servers.get VERIFY_RESIZE", lambda: mgr.get(server.id), lambda s: s.status == "VERIFY_RESIZE")
        call("servers.confirm_resize", lambda: mgr.confirm_resize(server))
    call("servers.get resized", lambda: mgr.get(server.id), lambda s: s.flavor["id"] == U2_BIG.id)
    image_id = call("servers.create_image", lambda: mgr.create_image(server, "nova-snap", {"purpose": "backup"}))
    call("GET images/{id} (the snapshot)", lambda: nova.client.get(f"/images/{image_id}")[1]["image"],
         lambda image: image["name"] == "nova-snap" and image["status"] == "ACTIVE")
    call("servers.ips", lambda: mgr.ips(server), lambda ips: list(ips) == [NET.name])
    call("servers.add_security_group", lambda: mgr.add_security_group(server, "web"))
    call("servers.list_security_group", lambda: mgr.list_security_group(server),
         lambda gs: [g.name for g in gs] == ["default", "web"])
    call("servers.remove_security_group", lambda: mgr.remove_security_group(server, "web"))
    call("servers.get_console_output", lambda: mgr.get_console_output(server, length=1),
         lambda output: output.endswith("login: "))
    call.expect_error("servers.interface_list (not served, E92)", lambda: mgr.interface_list(server),
                      exceptions.NotFound)
    call("servers.update", lambda: mgr.update(server, name="nova-renamed"), lambda s: s.name == "nova-renamed")

    # Attachments.
    volume = mock.create_volume()
    call("volumes.create_server_volume", lambda: nova.volumes.create_server_volume(server.id, volume),
         lambda a: a.device == "/dev/vdb")
    call("volumes.get_server_volumes", lambda: nova.volumes.get_server_volumes(server.id),
         lambda attachments: [a.volumeId for a in attachments] == [volume])
    call("volumes.get_server_volume", lambda: nova.volumes.get_server_volume(server.id, volume))
    call("volumes.delete_server_volume", lambda: nova.volumes.delete_server_volume(server.id, volume))

    # Shelve and unshelve.
    call("servers.shelve", lambda: mgr.shelve(server))
    call("servers.get SHELVED_OFFLOADED", lambda: mgr.get(server.id), lambda s: s.status == "SHELVED_OFFLOADED")
    call.expect_error("servers.reboot while shelved (409)", lambda: mgr.reboot(server), exceptions.Conflict)
    call("servers.unshelve", lambda: mgr.unshelve(server))
    call("servers.get ACTIVE", lambda: mgr.get(server.id), lambda s: s.status == "ACTIVE")

    # Delete and 404.
    for listed in call("servers.list (all)", mgr.list) or []:
        call(f"servers.delete {listed.name}", lambda s=listed: mgr.delete(s))
    call.expect_error("servers.get after delete (404)", lambda: mgr.get(server.id), exceptions.NotFound)
    call("servers.list (none)", mgr.list, lambda ss: ss == [])
    call("server_groups.delete", lambda: nova.server_groups.delete(group.id))
    call.expect_error("server_groups.get after delete (404)", lambda: nova.server_groups.get(group.id),
                      exceptions.NotFound)
    call("keypairs.delete", lambda: nova.keypairs.delete("nova-key"))
    call("keypairs.list (none)", nova.keypairs.list, lambda ks: ks == [])


def openstacksdk_scenario(mock: Mock, call: Calls) -> None:
    import openstack
    from openstack import exceptions

    conn = openstack.connect(load_yaml_config=False, load_envvars=False, auth_type="admin_token",
                             auth={"endpoint": mock.api_url, "token": mock.token}, compute_api_version="2")
    compute = conn.compute

    def wait(server: Any, status: str) -> Any:
        return compute.wait_for_server(server, status=status, interval=0.01, wait=5)

    call("flavors", lambda: list(compute.flavors()), lambda fs: U2.name in {f.name for f in fs})
    call("get_flavor", lambda: compute.get_flavor(U2.id), lambda f: f.name == U2.name)
    call("find_flavor", lambda: compute.find_flavor(U2.name), lambda f: f.id == U2.id)
    call("availability_zones", lambda: list(compute.availability_zones()), lambda zs: len(zs) == 2)
    call("create_keypair", lambda: compute.create_keypair(name="sdk-key"), lambda k: k.private_key and k.fingerprint)
    call("keypairs", lambda: list(compute.keypairs()), lambda ks: [k.name for k in ks] == ["sdk-key"])
    group = call("create_server_group", lambda: compute.create_server_group(name="spread",
                                                                           policies=["anti-affinity"]),
                 lambda g: g.id and g.policies == ["anti-affinity"])
    call("server_groups", lambda: list(compute.server_groups()), lambda gs: [g.name for g in gs] == ["spread"])

    server = call("create_server", lambda: compute.create_server(
        name="sdk-vm", image_id=LINUX.id, flavor_id=U2.id, networks=[{"uuid": NET.id}], key_name="sdk-key",
        metadata={"team": "a"}, scheduler_hints={"group": group.id} if group else None))
    server = call("wait_for_server ACTIVE", lambda: wait(server, "ACTIVE"), lambda s: s.status == "ACTIVE")
    call("get_server_group", lambda: compute.get_server_group(group.id), lambda g: g.member_ids == [server.id])
    # create_server has no return_reservation_id: the proxy's own HTTP call (a keystoneauth Adapter) does.
    pair = {"server": {"name": "sdk-pair", "imageRef": LINUX.id, "flavorRef": U2.id, "networks": [{"uuid": NET.id}],
                       "min_count": 2, "return_reservation_id": True}}
    reservation_id = call("POST /servers (2, reservation id)",
                          lambda: compute.post("/servers", json=pair).json()["reservation_id"])

    # Filters and paging (openstacksdk follows the next links by itself).
    call("servers name", lambda: list(compute.servers(name="^sdk-vm$")), lambda ss: [s.id for s in ss] == [server.id])
    call("servers status", lambda: list(compute.servers(status="ACTIVE")), lambda ss: len(ss) == 3)
    call("servers reservation_id", lambda: list(compute.servers(reservation_id=reservation_id)),
         lambda ss: sorted(s.name for s in ss) == ["sdk-pair-1", "sdk-pair-2"])
    call("servers paged", lambda: list(compute.servers(limit=1)), lambda ss: len(ss) == 3)
    call("servers flavor", lambda: list(compute.servers(details=False, flavor=U2.id)), lambda ss: len(ss) == 3)
    call("find_server", lambda: compute.find_server("sdk-vm"), lambda s: s.id == server.id)

    # Metadata.
    call("set_server_metadata", lambda: compute.set_server_metadata(server, env="prod", role="web"),
         lambda s: s.metadata["env"] == "prod")
    call("get_server_metadata", lambda: compute.get_server_metadata(server),
         lambda s: {"team", "env", "role"} <= set(s.metadata))
    call("delete_server_metadata", lambda: compute.delete_server_metadata(server, ["env"]))
    call("get_server (metadata)", lambda: compute.get_server(server.id), lambda s: "env" not in s.metadata)

    # Actions.
    call("stop_server", lambda: compute.stop_server(server))
    call("wait SHUTOFF", lambda: wait(server, "SHUTOFF"))
    call("start_server", lambda: compute.start_server(server))
    call("wait ACTIVE", lambda: wait(server, "ACTIVE"))
    call("reboot_server SOFT", lambda: compute.reboot_server(server, "SOFT"))
    call("reboot_server HARD", lambda: compute.reboot_server(server, "HARD"))
    with manual_clock(mock):
        call("resize_server", lambda: compute.resize_server(server, U2_BIG.id))
        mock.advance(2)
        call("wait VERIFY_RESIZE", lambda: wait(server, "VERIFY_RESIZE"))
        call("confirm_server_resize", lambda: compute.confirm_server_resize(server))
    call("get_server resized", lambda: compute.get_server(server.id), lambda s: s.flavor.name == U2_BIG.name
         or s.flavor.id == U2_BIG.id)
    snapshot = call("create_server_image", lambda: compute.create_server_image(server, "sdk-snap"))
    call("get_image (compute)", lambda: compute.get_image(snapshot.id),
         lambda image: image.name == "sdk-snap" and image.status == "ACTIVE")
    call("images", lambda: list(compute.images()), lambda images: "sdk-snap" in {i.name for i in images})
    call("server_ips", lambda: list(compute.server_ips(server)), lambda ips: ips and ips[0].network_label == NET.name)
    call("add_security_group_to_server", lambda: compute.add_security_group_to_server(server, {"name": "web"}))
    call("fetch_server_security_groups", lambda: compute.fetch_server_security_groups(server),
         lambda s: [g["name"] for g in s.security_groups] == ["default", "web"])
    call("remove_security_group_from_server",
         lambda: compute.remove_security_group_from_server(server, {"name": "web"}))
    call("get_server_console_output", lambda: compute.get_server_console_output(server, length=1),
         lambda output: output["output"].endswith("login: "))
    call("update_server", lambda: compute.update_server(server, name="sdk-renamed"),
         lambda s: s.name == "sdk-renamed")

    # Attachments.
    volume = mock.create_volume()
    call("create_volume_attachment", lambda: compute.create_volume_attachment(server, volume_id=volume),
         lambda a: a.device == "/dev/vdb")
    call("volume_attachments", lambda: list(compute.volume_attachments(server)),
         lambda attachments: [a.volume_id for a in attachments] == [volume])
    call("delete_volume_attachment", lambda: compute.delete_volume_attachment(server, volume))

    # Shelve and unshelve.
    call("shelve_server", lambda: compute.shelve_server(server))
    call("wait SHELVED_OFFLOADED", lambda: wait(server, "SHELVED_OFFLOADED"))
    call.expect_error("stop_server while shelved (409)", lambda: compute.stop_server(server),
                      exceptions.ConflictException)
    call("unshelve_server", lambda: compute.unshelve_server(server))
    call("wait ACTIVE (unshelved)", lambda: wait(server, "ACTIVE"))

    # Delete and 404.
    for listed in call("servers (all)", lambda: list(compute.servers())) or []:
        call(f"delete_server {listed.name}", lambda s=listed: compute.delete_server(s))
    call("wait_for_delete", lambda: compute.wait_for_delete(server, interval=0.01, wait=5))
    call.expect_error("get_server after delete (404)", lambda: compute.get_server(server.id),
                      exceptions.NotFoundException)
    call("servers (none)", lambda: list(compute.servers()), lambda ss: ss == [])
    call("delete_server_group", lambda: compute.delete_server_group(group, ignore_missing=False))
    call.expect_error("get_server_group after delete (404)", lambda: compute.get_server_group(group.id),
                      exceptions.NotFoundException)
    call("delete_keypair", lambda: compute.delete_keypair("sdk-key"))
    call("keypairs (none)", lambda: list(compute.keypairs()), lambda ks: ks == [])


def run_scenarios(base_url: str, api_url: str, token: str, control_token: str | None = None) -> dict[str, Calls]:
    """Both scenarios, lenient, against a running mock (reset before each, clock immediate)."""
    mock = Mock(base_url, api_url, token, {} if control_token is None else {"X-Mock-Control-Token": control_token})
    results = {}
    for name, scenario in (("python-novaclient", novaclient_scenario), ("openstacksdk", openstacksdk_scenario)):
        mock.reset()
        mock.clock("immediate")
        calls = Calls(strict=False)
        scenario(mock, calls)
        results[name] = calls
    return results


@pytest.fixture
def mock(toast_compute_mock_http) -> Mock:
    endpoint = toast_compute_mock_http
    endpoint.set_clock("immediate")
    return Mock(endpoint.api_url.split("/v2/", 1)[0], endpoint.api_url, endpoint.token, endpoint.control_headers)


def test_python_novaclient(mock):
    calls = Calls()
    novaclient_scenario(mock, calls)
    assert calls.done == calls.total


def test_openstacksdk(mock):
    calls = Calls()
    openstacksdk_scenario(mock, calls)
    assert calls.done == calls.total


def test_openstacksdk_cloud_layer(toast_compute_mock_http):
    """openstacksdk's cloud layer, from the identity service on: it finds the compute, network and block
    storage endpoints in the catalog, looks the network up by name, waits for the server, then attaches a
    volume it created and waits for the volume to be `in-use` (and `available` again after the detach)."""
    import openstack

    endpoint = toast_compute_mock_http
    tenant = endpoint.app.config.tenants[0]
    conn = openstack.connect(load_yaml_config=False, load_envvars=False, auth_type="v2password", region_name="KR1",
                             auth={"auth_url": f"{endpoint.base_url}/v2.0", "username": tenant.username,
                                   "password": tenant.password, "tenant_id": tenant.tenant_id})
    networks = {n.name: n.id for n in conn.list_networks()}
    assert "vpc2" in networks
    image = conn.compute.find_image(LINUX.name, ignore_missing=False)  # no image service in the catalog
    server = conn.create_server("sdk-cloud", image=image, flavor=U2.name, network="vpc2", wait=True, timeout=10)
    assert server.status == "ACTIVE" and list(server.addresses) == ["vpc2"]
    volume = conn.create_volume(size=10, name="sdk-data", wait=True, timeout=10)
    assert volume.status == "available"
    attachment = conn.attach_volume(server, volume, wait=True, timeout=10)
    assert attachment.device == "/dev/vdb"
    assert conn.get_volume(volume.id).status == "in-use"
    conn.detach_volume(server, volume, wait=True, timeout=10)
    assert conn.get_volume(volume.id).status == "available"
    assert conn.delete_server(server.id, wait=True, timeout=10)
    assert conn.delete_volume(volume.id, wait=True, timeout=10)
    assert conn.list_volumes() == []
