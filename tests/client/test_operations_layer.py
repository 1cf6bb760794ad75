"""Every operation through the toast_compute layer, against the mock over real HTTP, sync and async. Flavors,
images and networks are found through the API (the layer's look-ups), not copied from the mock's catalogue."""

from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

import pytest
from toast_compute_client import models as m

from toast_compute import BadRequest, Conflict, InvalidArgument, NotFound, Unauthorized
from toast_compute.auth import KeystoneV2Auth

from .conftest import make_layer

pytestmark = pytest.mark.client

SMALL, BIGGER = "u2.c1m2", "u2.c2m4"  # flavors with a local disk: no root volume needed
UBUNTU = "Ubuntu Server 22.04 LTS (2024.01.16)"


def spec(layer: Any, name: str = "web", **fields: Any) -> m.ServerCreate:
    network = m.ServerNetwork(uuid=layer.find_network().id)
    flavor, image = layer.find_flavor(SMALL), layer.find_image(UBUNTU)
    return m.ServerCreate(name=name, flavor_ref=flavor.id, image_ref=image.id, networks=[network], **fields)


def boot(layer: Any, name: str = "web", scheduler_hints: m.SchedulerHints | None = None) -> m.Server:
    created = layer.create_server(spec(layer, name), scheduler_hints=scheduler_hints)
    assert isinstance(created, m.ServerCreated) and created.admin_pass
    return layer.wait_for_server(created.id)


def test_versions_flavors_zones(layer: Any) -> None:
    assert isinstance(layer.versions(), m.VersionList)
    page = layer.list_flavors(limit=2)
    assert isinstance(page, m.FlavorList) and len(page.flavors) == 2
    assert isinstance(layer.list_flavors_detail(min_disk=40), m.FlavorDetailList)
    walked = layer.iter_flavors(page_size=4)
    assert [f.id for f in walked] == [f.id for f in layer.list_flavors_detail().flavors]
    assert all(isinstance(f, m.FlavorDetail) for f in walked)
    assert [z.zone_name for z in layer.list_availability_zones()] == ["kr-pub-a", "kr-pub-b"]


def test_keypairs(layer: Any) -> None:
    created = layer.create_keypair("deploy")
    assert created.private_key and created.fingerprint
    imported = layer.create_keypair("imported", public_key=created.public_key)
    assert not imported.private_key
    assert sorted(k.name for k in layer.list_keypairs()) == ["deploy", "imported"]
    assert layer.get_keypair("deploy").public_key == created.public_key
    with pytest.raises(Conflict):
        layer.create_keypair("deploy")
    layer.delete_keypair("deploy")
    with pytest.raises(NotFound) as raised:
        layer.get_keypair("deploy")
    assert raised.value.fault_name == "itemNotFound" and raised.value.status_code == 404


def test_servers_lifecycle(layer: Any) -> None:
    server = boot(layer)
    assert server.status == m.ServerStatus.ACTIVE and server.os_ext_sts_vm_state == "active"
    assert layer.get_server(str(server.id)).id == server.id
    assert layer.rename_server(server.id, "renamed").name == "renamed"
    assert [s.id for s in layer.list_servers().servers] == [server.id]
    page = layer.list_servers_detail(name="renamed")
    assert isinstance(page, m.ServerDetailList) and [s.name for s in page.servers] == ["renamed"]
    layer.delete_server(server.id)
    layer.wait_for_server_deleted(server.id)
    with pytest.raises(NotFound):
        layer.get_server(server.id)


def test_typed_filters_reach_the_service(layer: Any) -> None:
    bigger = layer.find_flavor(BIGGER)
    large = layer.list_flavors_detail(min_ram=bigger.ram).flavors
    every = layer.list_flavors_detail().flavors
    assert large and len(large) < len(every) and all(f.ram >= bigger.ram for f in large)
    assert {f.id for f in layer.iter_flavors(min_ram=bigger.ram, page_size=2)} == {f.id for f in large}
    server = boot(layer)
    updated = server.updated
    assert [s.id for s in layer.list_servers(changes_since=updated - datetime.timedelta(seconds=1)).servers] == [
        server.id
    ]
    assert layer.list_servers(changes_since=updated + datetime.timedelta(days=1)).servers == []
    flavor, image = layer.find_flavor(SMALL).id, str(layer.find_image(UBUNTU).id)
    assert [s.id for s in layer.iter_servers(status="ACTIVE", flavor=flavor, image=image)] == [server.id]
    assert layer.list_servers_detail(status="SHUTOFF").servers == []


def test_iter_servers_follows_pages(layer: Any) -> None:
    ids = {boot(layer, f"web-{i}").id for i in range(5)}
    walked = layer.iter_servers(page_size=2)
    assert {s.id for s in walked} == ids and len(walked) == 5
    assert all(isinstance(s, m.Server) for s in walked)
    assert [s.id for s in layer.iter_servers(page_size=3, name="web-[12]")] == sorted(
        (s.id for s in walked if s.name in ("web-1", "web-2")), key=[s.id for s in walked].index
    )


def test_server_actions(layer: Any) -> None:
    server = boot(layer)
    layer.stop_server(server.id)
    assert layer.wait_for_server(server.id, "SHUTOFF").status == m.ServerStatus.SHUTOFF
    with pytest.raises(Conflict):
        layer.stop_server(server.id)
    layer.start_server(server.id)
    layer.wait_for_server(server.id)
    layer.reboot_server(server.id)
    layer.wait_for_server(server.id)
    layer.reboot_server(server.id, hard=True)
    layer.wait_for_server(server.id)
    bigger = layer.find_flavor(BIGGER).id
    layer.resize_server(server.id, bigger)
    resized = layer.wait_for_server(server.id, ("ACTIVE", "VERIFY_RESIZE"))
    assert resized.flavor.id == bigger
    image_id = layer.create_image(server.id, "snap", {"purpose": "backup"})
    assert UUID(image_id)
    layer.add_security_group(server.id, "web")
    assert "web" in {g.name for g in layer.get_server(server.id).security_groups}
    layer.remove_security_group(server.id, "web")
    assert "web" not in {g.name for g in layer.get_server(server.id).security_groups}


def test_volume_attachments(layer: Any, volumes: tuple[str, str]) -> None:
    volume, other_volume = volumes
    server = boot(layer)
    attached = layer.attach_volume(server.id, volume)
    assert str(attached.volume_id) == volume and attached.device
    assert str(layer.attach_volume_by_path(server.id, other_volume).volume_id) == other_volume
    assert {str(a.volume_id) for a in layer.list_volume_attachments(server.id)} == {volume, other_volume}
    assert len(layer.list_volume_attachments(server.id, limit=1, offset=1)) == 1
    assert len(layer.iter_volume_attachments(server.id, page_size=1)) == 2
    assert layer.get_volume_attachment(server.id, volume).device == attached.device
    layer.detach_volume(server.id, volume)
    with pytest.raises(NotFound):
        layer.get_volume_attachment(server.id, volume)


def test_wrong_token_is_unauthorized(mock: Any, facade: str, loop: Any) -> None:
    layer = make_layer(facade, loop, base_url=mock.base_url, token="not-the-token", tenant_id=mock.tenant_id)
    with pytest.raises(Unauthorized) as raised:
        layer.list_keypairs()
    assert "not-the-token" not in str(raised.value)


def test_from_credentials_logs_in_at_the_identity_endpoint(mock: Any, facade: str, loop: Any) -> None:
    tenant = mock.app.config.tenants[0]
    layer = make_layer(
        facade,
        loop,
        "from_credentials",
        base_url=mock.base_url,
        identity_url=mock.base_url,
        tenant_id=tenant.tenant_id,
        username=tenant.username,
        password=tenant.password,
    )
    assert layer.list_keypairs() == []
    auth = layer.target.settings.auth
    assert isinstance(auth, KeystoneV2Auth) and auth.expires is not None
    assert auth.compute_endpoint("KR1") is not None


# --- the additions of the vendor's 2026 document and what real clients call (issue 10) -----------------


def test_get_flavor_and_images(layer: Any) -> None:
    small = layer.find_flavor(SMALL)
    flavor = layer.get_flavor(small.id)
    assert isinstance(flavor, m.FlavorDetail) and (flavor.name, flavor.ram) == (SMALL, small.ram)
    with pytest.raises(NotFound):
        layer.get_flavor("no-such-flavor")
    page = layer.list_images(limit=2)
    assert isinstance(page, m.ImageList) and len(page.images) == 2
    detail = layer.list_images_detail()
    assert isinstance(detail, m.ImageDetailList)
    assert [i.id for i in detail.images] == [i.id for i in layer.list_images().images]
    walked = layer.iter_images(page_size=2)
    assert [i.id for i in walked] == [i.id for i in detail.images] and all(isinstance(i, m.Image) for i in walked)
    ubuntu = layer.find_image(UBUNTU).id
    image = layer.get_image(ubuntu)
    assert (image.id, image.name) == (ubuntu, UBUNTU)


def test_a_snapshot_is_found_under_the_id_create_image_returns(layer: Any) -> None:
    server = boot(layer)
    image = layer.get_image(layer.create_image(server.id, "nightly"))
    assert image.name == "nightly" and image.status in ("SAVING", "ACTIVE")


def test_reservation_id_lists_the_servers_of_one_create(layer: Any) -> None:
    boot(layer, "alone")
    with pytest.raises(InvalidArgument, match="return_reservation_id=True"):  # the flag decides the result's type
        layer.create_server(spec(layer, "batch", min_count=2, max_count=2, return_reservation_id=True))
    reserved = layer.create_server(spec(layer, "batch", min_count=2, max_count=2), return_reservation_id=True)
    assert isinstance(reserved, m.ReservationResponse) and reserved.reservation_id
    batch = layer.list_servers(reservation_id=reserved.reservation_id).servers
    assert len(batch) == 2 and all(s.name.startswith("batch") for s in batch)
    assert {s.id for s in layer.iter_servers(reservation_id=reserved.reservation_id, page_size=1)} == {
        s.id for s in batch
    }
    assert layer.list_servers_detail(reservation_id="r-00000000").servers == []


def test_server_metadata(layer: Any) -> None:
    server = boot(layer)
    before = layer.get_server_metadata(server.id)
    assert before == server.metadata.additional_properties
    merged = layer.merge_server_metadata(server.id, {"purpose": "web", "os_version": "22.04"})
    assert merged == {**before, "purpose": "web", "os_version": "22.04"}
    assert layer.get_server_metadata_item(server.id, "purpose") == "web"
    assert layer.set_server_metadata_item(server.id, "purpose", "db") == "db"
    assert layer.get_server_metadata(server.id) == {**merged, "purpose": "db"}
    layer.delete_server_metadata_item(server.id, "purpose")
    with pytest.raises(NotFound):
        layer.get_server_metadata_item(server.id, "purpose")
    assert layer.replace_server_metadata(server.id, {"only": "this"}) == {"only": "this"}
    assert layer.get_server_metadata(server.id) == {"only": "this"}
    with pytest.raises(BadRequest):
        layer.merge_server_metadata(server.id, {"long": "v" * 256})


def test_shelve_and_unshelve(layer: Any) -> None:
    server = boot(layer)
    layer.shelve_server(server.id)
    shelved = layer.wait_for_shelved(server.id, timeout=10)  # the mock shelves at once
    assert shelved.status == m.ServerStatus.SHELVED_OFFLOADED
    with pytest.raises(Conflict):
        layer.stop_server(server.id)  # a shelved server refuses the other actions
    with pytest.raises(Conflict):
        layer.shelve_server(server.id)
    layer.unshelve_server(server.id)
    assert layer.wait_for_server(server.id).status == m.ServerStatus.ACTIVE
    with pytest.raises(Conflict):
        layer.unshelve_server(server.id)


def test_placement_policy_and_its_members(layer: Any) -> None:
    group = layer.create_server_group("spread")
    assert group.name == "spread" and group.policies == [m.ServerGroupPolicy.ANTI_AFFINITY]
    assert group.members == [] and group.metadata.additional_properties == {}
    assert [g.id for g in layer.list_server_groups()] == [group.id]
    member = boot(layer, scheduler_hints=m.SchedulerHints(group=group.id))
    boot(layer, "outside")
    assert layer.get_server_group(group.id).members == [member.id]
    layer.delete_server(member.id)
    layer.wait_for_server_deleted(member.id)
    assert layer.get_server_group(group.id).members == []
    layer.delete_server_group(group.id)
    with pytest.raises(NotFound):
        layer.get_server_group(group.id)
    assert layer.list_server_groups() == []


def test_a_servers_ips_security_groups_and_console(layer: Any) -> None:
    server = boot(layer)
    ips = layer.list_server_ips(server.id)
    assert isinstance(ips, m.ServerAddresses)
    (network,) = ips.additional_properties
    addresses = [a.addr for a in server.addresses[network]]
    assert [a.addr for a in ips[network]] == addresses
    assert [a.addr for a in layer.get_server_ips_network(server.id, network)] == addresses
    with pytest.raises(NotFound):
        layer.get_server_ips_network(server.id, "no-such-network")
    groups = layer.list_server_security_groups(server.id)
    assert [g.name for g in groups] == [g.name for g in server.security_groups]
    log = layer.get_console_output(server.id)
    assert isinstance(log, str) and len(log.splitlines()) > 1
    assert layer.get_console_output(server.id, length=1) == log.splitlines()[-1]


def test_floating_ips(layer: Any) -> None:
    server = boot(layer)
    floating = layer.create_floating_ip()
    assert floating.instance_id is None and floating.fixed_ip is None
    assert [f.id for f in layer.list_floating_ips()] == [floating.id]
    layer.add_floating_ip(server.id, floating.ip)
    associated = layer.get_floating_ip(floating.id)
    assert associated.instance_id == str(server.id) and associated.fixed_ip
    layer.remove_floating_ip(server.id, floating.ip)
    assert layer.get_floating_ip(floating.id).instance_id is None
    layer.delete_floating_ip(floating.id)
    with pytest.raises(NotFound):
        layer.get_floating_ip(floating.id)
    with pytest.raises(NotFound):
        layer.create_floating_ip("no-such-pool")
