"""The backend on its own (no HTTP): each rule once, with the Nova fault it raises."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest

from toast_compute_mock import MockConfig
from toast_compute_mock.backend import Backend, Project, actions, block_storage, keypairs, rules, servers, volumes
from toast_compute_mock.backend.lifecycle import TRANSITIONS
from toast_compute_mock.backend.servers import BlockDevice, CreateRequest, Nic, ServerFilters
from toast_compute_mock.catalog import FLAVORS_BY_ID, NETWORKS, SUBNETS
from toast_compute_mock.config import Quotas
from toast_compute_mock.faults import NovaFault

from .conftest import LINUX, M2, NET, T2_SMALL, U2, U2_BIG, WINDOWS

VPC2 = NETWORKS[1]
PUBLIC_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGsvGbz0gf9fAzkrr0cG0v9ovt1PVmdQzJpTtdFg8Ujs test"


@pytest.fixture
def backend() -> Backend:
    return Backend(MockConfig(clock="manual"))


@pytest.fixture
def project(backend) -> Project:
    return next(iter(backend.projects.values()))


def raises(code: int, needle: str = ""):
    """pytest.raises for a NovaFault with this code and a message containing `needle`."""

    class Check:
        def __enter__(self):
            self.context = pytest.raises(NovaFault)
            self.info = self.context.__enter__()
            return self.info

        def __exit__(self, *exc):
            suppressed = self.context.__exit__(*exc)
            fault = self.info.value
            assert fault.code == code, fault.message
            assert needle in fault.message, fault.message
            return suppressed

    return Check()


def order(**fields) -> CreateRequest:
    values = {"name": "web", "flavor_ref": U2.id, "image_ref": LINUX.id, "nics": [Nic(network_id=NET.id)]}
    return CreateRequest(**{**values, **fields})


def boot_volume(image_id: str = LINUX.id, size: int | None = 20) -> BlockDevice:
    return BlockDevice("image", "volume", image_id, size)


def new_volume(backend, project) -> str:
    """An `available` volume of block storage (created, then its `volume_create` transition is due)."""
    volume = block_storage.create_volume(backend, project, block_storage.VolumeOrder(size=10))
    backend.settle()
    return volume.id


def create(backend, project, **fields):
    (server,) = servers.create_servers(backend, project, order(**fields)).servers
    return server


def active(backend, project, **fields):
    server = create(backend, project, **fields)
    backend.advance(3)
    assert server.status == "ACTIVE"
    return server


# -- the TOAST rules and quotas ---------------------------------------------------------------------
def test_windows_needs_a_flavor_that_is_not_u_type():
    with raises(400, "U-type"):
        rules.check_flavor_for_image(U2, WINDOWS)


def test_windows_needs_two_gigabytes_of_ram():
    with raises(400, "2 GB"):
        rules.check_flavor_for_image(T2_SMALL, WINDOWS)
    rules.check_flavor_for_image(M2, WINDOWS)
    rules.check_flavor_for_image(T2_SMALL, LINUX)


def test_windows_names_are_at_most_15_characters():
    with raises(400, "at most 15"):
        rules.check_name_for_image("a" * 16, WINDOWS)
    rules.check_name_for_image("a" * 15, WINDOWS)
    rules.check_name_for_image("a" * 16, LINUX)


@pytest.mark.parametrize(("size", "image", "ok"), [
    (9, LINUX, False), (10, LINUX, True), (49, WINDOWS, False), (50, WINDOWS, True), (1000, None, True),
    (1001, LINUX, False),
])
def test_root_disk_size_range(size, image, ok):
    if ok:
        rules.check_root_size(size, image)
    else:
        with raises(400, "out of range"):
            rules.check_root_size(size, image)


def test_metadata_quota_is_403():
    rules.check_metadata_quota({str(i): "" for i in range(128)}, Quotas())
    with raises(403, "metadata_items"):
        rules.check_metadata_quota({str(i): "" for i in range(129)}, Quotas())


@pytest.mark.parametrize(("files", "needle"), [
    ([("/f", b"")] * 6, "limit exceeded"),
    ([("/" + "p" * 255, b"")], "path too long"),
    ([("/f", b"x" * 10241)], "content too long"),
])
def test_personality_quotas_are_403(files, needle):
    with raises(403, needle):
        rules.check_personality_quota(files, Quotas())


# -- create ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(("fields", "code", "needle"), [
    ({"flavor_ref": "no-such-flavor"}, 400, "Invalid flavorRef provided."),
    ({"image_ref": str(uuid.UUID(int=1))}, 400, "Can not find requested image"),
    ({"image_ref": None}, 400, "Missing imageRef attribute"),
    ({"flavor_ref": M2.id}, 400, "has no local disk"),
    ({"flavor_ref": M2.id, "boot": BlockDevice("blank", "volume", None, 20)}, 400, "blank volume"),
    ({"flavor_ref": M2.id, "boot": BlockDevice("volume", "volume", None, 20)}, 400, "needs a 'uuid'"),
    ({"flavor_ref": M2.id, "boot": boot_volume(size=None)}, 400, "volume_size is required"),
    ({"flavor_ref": M2.id, "boot": boot_volume(size=5)}, 400, "out of range"),
    ({"image_ref": WINDOWS.id, "name": "win"}, 400, "U-type"),
    ({"nics": [Nic(network_id=str(uuid.UUID(int=1)))]}, 400, "Network"),
    ({"nics": [Nic(subnet_id=str(uuid.UUID(int=1)))]}, 400, "Subnet"),
    ({"nics": [Nic(network_id=VPC2.id, subnet_id=NET.subnets[0].id)]}, 400, "does not belong"),
    ({"nics": [Nic(port_id=str(uuid.UUID(int=1)))]}, 400, "Port id"),
    ({"nics": [Nic(fixed_ip="192.168.0.5")]}, 400, "needs a 'uuid', 'subnet' or 'port'"),
    ({"nics": [Nic(network_id=NET.id, fixed_ip="10.0.0.5")]}, 400, "is not valid on network"),
    ({"availability_zone": "kr-pub-z"}, 400, "availability zone"),
    ({"key_name": "nobody"}, 400, "Invalid key_name provided."),
    ({"security_groups": ["nope"]}, 400, "Security group nope not found."),
    ({"metadata": {str(i): "" for i in range(129)}}, 403, "metadata_items"),
    ({"personality": [("/f", b"")] * 6}, 403, "Personality"),
    ({"count": 11}, 400, "max_count"),
])
def test_create_refuses(backend, project, fields, code, needle):
    with raises(code, needle):
        servers.create_servers(backend, project, order(**fields))
    assert list(project.servers.live()) == [] and project.used_ips == {}


def test_create_builds_servers_with_addresses_and_image_metadata(backend, project):
    reservation = servers.create_servers(backend, project, order(count=3, metadata={"role": "web"}))
    names = [s.name for s in reservation.servers]
    assert names == ["web-1", "web-2", "web-3"]
    assert {s.reservation_id for s in reservation.servers} == {reservation.id}
    assert len({s.addresses[0].addr for s in reservation.servers}) == 3
    first = reservation.servers[0]
    assert first.metadata["os_distro"] == LINUX.properties["os_distro"] and first.metadata["role"] == "web"
    assert first.metadata["volume_size"] == str(U2.disk) and first.status == "BUILD"
    backend.advance(3)
    assert all(s.status == "ACTIVE" and s.host for s in reservation.servers)


def test_boot_from_volume_attaches_the_root_volume_as_vda(backend, project):
    server = create(backend, project, flavor_ref=M2.id, image_ref=None, boot=boot_volume())
    assert server.image is None and server.volumes == {server.root_volume_id: "/dev/vda"}
    assert project.attached[server.root_volume_id] == server.id


def test_a_fixed_ip_in_use_is_409(backend, project):
    create(backend, project, nics=[Nic(network_id=NET.id, fixed_ip="192.168.0.50")])
    with raises(409, "already in use"):
        create(backend, project, nics=[Nic(subnet_id=NET.subnets[0].id, fixed_ip="192.168.0.50")])
    assert SUBNETS[NET.subnets[0].id][0] is NET


def test_fixed_ips_are_taken_for_every_server_or_none(backend, project):
    with raises(409, "already in use"):
        servers.create_servers(backend, project, order(count=3, nics=[Nic(network_id=NET.id, fixed_ip="192.168.0.9")]))
    assert project.used_ips == {} and list(project.servers.live()) == []


def test_addresses_of_deleted_servers_are_given_again(backend, project):
    first = create(backend, project)
    address = first.addresses[0].addr
    servers.delete_server(backend, project, first.id)
    project.ip_cursor = dict.fromkeys(project.ip_cursor, 255)  # past the last host of the /24
    assert create(backend, project).addresses[0].addr == address


def test_injected_build_failure(backend, project):
    server = create(backend, project, metadata={"mock:fail_build": "boom"})
    backend.advance(3)
    assert server.status == "ERROR" and server.fault is not None and server.fault[1] == "boom"


def test_delete_frees_addresses_and_volumes(backend, project):
    server = active(backend, project)
    volume_id = new_volume(backend, project)
    volumes.attach_volume(backend, project, server.id, volume_id)
    servers.delete_server(backend, project, server.id)
    assert project.used_ips == {} and project.attached == {}
    assert block_storage.status(project, project.volumes[volume_id]) == "available"
    with raises(404, "could not be found"):
        servers.get_server(project, server.id)


# -- the transition table ---------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(TRANSITIONS))
def test_every_transition_refuses_a_building_server(backend, project, name):
    server = create(backend, project)  # vm_state building, task scheduling: accepted by no transition
    action = TRANSITIONS[name].action
    with raises(409, f"Cannot '{action}' instance {server.id} while it is in vm_state building"):
        TRANSITIONS[name].check(server)


def test_a_transition_shows_its_task_then_ends_in_its_state(backend, project):
    server = active(backend, project)
    actions.begin(backend, project, server.id, "stop")
    assert (server.status, server.task_state) == ("ACTIVE", "powering-off")
    with raises(409, "task_state powering-off"):
        actions.begin(backend, project, server.id, "hard_reboot")
    backend.advance(1)
    assert (server.status, server.power_state) == ("SHUTOFF", 4)
    actions.begin(backend, project, server.id, "hard_reboot")  # a HARD reboot starts a stopped server
    assert server.status == "HARD_REBOOT"
    backend.advance(2)
    assert (server.status, server.power_state) == ("ACTIVE", 1)


def test_stop_from_error_clears_the_fault(backend, project):
    server = active(backend, project)
    backend.fail_server(server.id, "host down")
    actions.begin(backend, project, server.id, "stop")
    backend.advance(1)
    assert server.status == "SHUTOFF" and server.fault is None


def test_a_pending_transition_of_a_deleted_server_does_nothing(backend, project):
    server = active(backend, project)
    actions.begin(backend, project, server.id, "stop")
    servers.delete_server(backend, project, server.id)
    backend.advance(5)
    assert server.vm_state == "deleted"


# -- resize, createImage, security groups -----------------------------------------------------------
@pytest.mark.parametrize(("flavor", "code", "needle"), [
    ("no-such-flavor", 400, "Unable to locate requested flavor."),
    (U2.id, 400, "must change flavor"),
    (M2.id, 400, "local-disk"),
])
def test_resize_refuses(backend, project, flavor, code, needle):
    server = active(backend, project)
    with raises(code, needle):
        actions.resize(backend, project, server.id, flavor)
    assert server.status == "ACTIVE"


def test_resize_to_a_smaller_disk_is_refused(backend, project):
    server = active(backend, project, flavor_ref=U2_BIG.id)
    with raises(400, "smaller disk"):
        actions.resize(backend, project, server.id, U2.id)


def test_resize_keeps_the_windows_ram_rule(backend, project):
    server = active(backend, project, flavor_ref=M2.id, image_ref=WINDOWS.id, name="win",
                    boot=boot_volume(WINDOWS.id, 50))
    small = next(f for f in FLAVORS_BY_ID.values() if not f.is_u_type and f.ram < rules.WINDOWS_MIN_RAM)
    with raises(400, "2 GB"):
        actions.resize(backend, project, server.id, small.id)


def test_resize_is_confirmed_by_toast_unless_confirmed_first(backend, project):
    server = active(backend, project)
    actions.resize(backend, project, server.id, U2_BIG.id)
    backend.advance(2)
    assert server.status == "VERIFY_RESIZE" and server.flavor is U2_BIG
    actions.confirm_resize(backend, project, server.id)
    actions.begin(backend, project, server.id, "stop")
    backend.advance(1)  # TOAST's own confirmation is due now too: it must not undo the stop
    assert server.status == "SHUTOFF"
    with raises(409, "confirmResize"):
        actions.confirm_resize(backend, project, server.id)


def test_create_image_only_for_u2_and_the_image_exists_when_done(backend, project):
    server = active(backend, project)
    image_id = actions.create_image(backend, project, server.id, "snap", {"k": "v"})
    assert image_id not in project.images and server.task_state == "image_snapshot"
    backend.advance(2)
    assert project.images[image_id].properties["k"] == "v" and server.task_state is None
    block = active(backend, project, flavor_ref=M2.id, boot=boot_volume())
    with raises(400, "Only u2"):
        actions.create_image(backend, project, block.id, "snap", {})


def test_security_group_changes(backend, project):
    server = active(backend, project)
    actions.change_security_group(backend, project, server.id, "web", add=True)
    actions.change_security_group(backend, project, server.id, "web", add=True)  # nothing changes
    assert server.security_groups == ["default", "web"]
    with raises(404, "not found"):
        actions.change_security_group(backend, project, server.id, "nope", add=True)
    actions.change_security_group(backend, project, server.id, "web", add=False)
    with raises(400, "not associated"):
        actions.change_security_group(backend, project, server.id, "web", add=False)


# -- volumes --------------------------------------------------------------------------------------
def test_volume_attachment_rules(backend, project):
    server = active(backend, project)
    other = active(backend, project)
    volume_id = new_volume(backend, project)
    volumes.attach_volume(backend, project, server.id, volume_id)
    assert server.volumes == {volume_id: "/dev/vdb"}
    with raises(400, "Currently in 'in-use'"):
        volumes.attach_volume(backend, project, other.id, volume_id)
    with raises(404, "is not attached"):
        volumes.detach_volume(backend, project, other.id, volume_id)
    volumes.detach_volume(backend, project, server.id, volume_id)
    assert server.volumes == {} and project.attached == {}
    with raises(404, f"Volume {uuid.UUID(int=1)} could not be found."):
        volumes.attach_volume(backend, project, server.id, str(uuid.UUID(int=1)))


def test_a_volume_is_attachable_once_created(backend, project):
    server = active(backend, project)
    backend.clock.durations["volume_create"] = 2.0
    volume = block_storage.create_volume(backend, project, block_storage.VolumeOrder(size=10))
    with raises(400, "Currently in 'creating'"):
        volumes.attach_volume(backend, project, server.id, volume.id)
    backend.advance(2)
    volumes.attach_volume(backend, project, server.id, volume.id)
    assert block_storage.status(project, volume) == "in-use"
    with raises(400, "must not be migrating, attached"):
        block_storage.delete_volume(project, volume.id)


def test_a_server_has_25_devices_for_volumes(backend, project):
    server = active(backend, project)
    for _ in volumes.DEVICES:
        volumes.attach_volume(backend, project, server.id, new_volume(backend, project))
    with raises(403, "maximum number of volumes"):
        volumes.attach_volume(backend, project, server.id, new_volume(backend, project))


def test_the_root_volume_cannot_be_detached(backend, project):
    server = active(backend, project, flavor_ref=M2.id, boot=boot_volume())
    with raises(400, "root device"):
        volumes.detach_volume(backend, project, server.id, server.root_volume_id)


# -- key pairs ------------------------------------------------------------------------------------
def test_keypair_rules(backend, project):
    keypair, private_key = keypairs.create_keypair(backend, project, "k", PUBLIC_KEY)
    assert private_key is None and keypair.fingerprint.count(":") == 15
    with raises(409, "already exists"):
        keypairs.create_keypair(backend, project, "k", PUBLIC_KEY)
    with raises(400, "unsafe characters"):
        keypairs.create_keypair(backend, project, "k/1", PUBLIC_KEY)
    with raises(400, "between 1 and 255"):
        keypairs.create_keypair(backend, project, "", PUBLIC_KEY)
    with raises(400, "fingerprint"):
        keypairs.create_keypair(backend, project, "bad", "ssh-rsa not-a-key")
    keypairs.delete_keypair(project, "k")
    with raises(404, "not found"):
        keypairs.get_keypair(project, "k")


def test_keypair_quota(backend, project):
    project.quotas = replace(project.quotas, key_pairs=2)
    for name in ("a", "b"):
        keypairs.create_keypair(backend, project, name, PUBLIC_KEY)
    with raises(403, "Quota exceeded"):
        keypairs.create_keypair(backend, project, "c", PUBLIC_KEY)


# -- lists ----------------------------------------------------------------------------------------
def test_list_filters_and_marker(backend, project):
    first = active(backend, project, name="alpha")
    second = active(backend, project, name="beta")
    assert list(servers.list_servers(backend, project, ServerFilters())) == [second, first]
    assert list(servers.list_servers(backend, project, ServerFilters(), marker=second.id)) == [first]
    assert list(servers.list_servers(backend, project, ServerFilters(name_pattern="^al"))) == [first]
    assert list(servers.list_servers(backend, project, ServerFilters(statuses=frozenset({"NOPE"})))) == []
    with raises(400, "marker"):
        list(servers.list_servers(backend, project, ServerFilters(), marker=str(uuid.UUID(int=1))))
    with raises(400, "regular expression"):
        list(servers.list_servers(backend, project, ServerFilters(name_pattern="(")))
    servers.delete_server(backend, project, first.id)
    assert list(servers.list_servers(backend, project, ServerFilters())) == [second]
    assert first in list(servers.list_servers(backend, project, ServerFilters(changes_since=0.0)))


# -- nothing leaks: addresses come back, deleted servers have their own index --------------------------
def test_a_failed_build_frees_its_addresses(backend, project):
    server = create(backend, project, nics=[Nic(network_id=NET.id, fixed_ip="192.168.0.77")],
                    metadata={"mock:fail_build": ""})
    backend.advance(3)
    assert server.status == "ERROR" and server.addresses == [] and project.used_ips == {}
    assert create(backend, project, nics=[Nic(network_id=NET.id, fixed_ip="192.168.0.77")]).addresses


def test_ten_thousand_create_delete_cycles_on_one_network(backend, project):
    for _ in range(10_000):
        servers.delete_server(backend, project, create(backend, project).id)
    assert project.used_ips == {} and list(project.servers.live()) == []
    assert create(backend, project).addresses[0].network == NET.name


def test_deleted_servers_are_listed_by_changes_since_only_until_the_retention_window_ends(backend, project):
    kept, gone = create(backend, project, name="kept"), create(backend, project, name="gone")
    servers.delete_server(backend, project, gone.id)
    assert list(servers.list_servers(backend, project, ServerFilters())) == [kept]
    since = ServerFilters(changes_since=0.0)
    assert list(servers.list_servers(backend, project, since)) == [gone, kept]
    assert list(servers.list_servers(backend, project, since, marker=gone.id)) == [kept]  # a deleted marker
    backend.advance(backend.config.deleted_retention_seconds + 1)
    assert list(servers.list_servers(backend, project, since)) == [kept]
    with raises(400, "marker"):
        list(servers.list_servers(backend, project, since, marker=gone.id))


def test_a_page_does_not_walk_over_deleted_servers(backend, project):
    first = create(backend, project)
    for _ in range(1000):
        servers.delete_server(backend, project, create(backend, project).id)
    last = create(backend, project)
    assert list(servers.list_servers(backend, project, ServerFilters())) == [last, first]
    assert project.servers.deleted_count == 1000
    assert len(project.servers._ids) < 200  # the live order was compacted


def test_a_deleted_server_keeps_no_cached_views(backend, project):
    import orjson

    from toast_compute_mock.api import views

    server = active(backend, project)
    views.cached(server, views.server_detail, "http://mock")
    assert views.VIEWS.holds(server)
    servers.delete_server(backend, project, server.id)
    assert b"\"DELETED\"" in orjson.dumps(views.cached(server, views.server_detail, "http://mock"))
    assert not views.VIEWS.holds(server)


def test_cached_views_follow_the_server_and_leave_with_it():
    import gc

    from toast_compute_mock.api import views

    backend = Backend(MockConfig(clock="manual"))
    server = active(backend, next(iter(backend.projects.values())))
    first = views.cached(server, views.server_detail, "http://mock")
    assert views.cached(server, views.server_detail, "http://mock") is first  # kept while unchanged
    server.name = "renamed"
    assert views.cached(server, views.server_detail, "http://mock") is not first  # a new revision
    server_id = server.id
    backend.reset()  # the backend forgets the server: so does the cache
    del server
    gc.collect()
    assert server_id not in views.VIEWS._watched
    assert all(server_id not in table for table in views.VIEWS._tables.values())


def test_at_most_so_many_deleted_servers_are_kept():
    backend = Backend(MockConfig(clock="manual", deleted_kept_per_tenant=3))
    project = next(iter(backend.projects.values()))
    deleted = [create(backend, project) for _ in range(5)]
    for server in deleted:
        servers.delete_server(backend, project, server.id)
    assert project.servers.deleted_count == 3
    assert list(servers.list_servers(backend, project, ServerFilters(changes_since=0.0))) == deleted[:1:-1]
