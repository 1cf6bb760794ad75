"""The 2026 additions in the backend on its own (no HTTP): metadata, shelving, placement, images,
floating IPs, console output, each rule once with the Nova fault it raises."""

from __future__ import annotations

from toast_compute_mock.backend import (
    actions,
    floating_ips,
    images,
    metadata,
    placement,
    server_groups,
    servers,
)
from toast_compute_mock.catalog import HOSTS_PER_ZONE

from . import test_backend
from .test_backend import order, raises

backend, project = test_backend.backend, test_backend.project  # the same fixtures: a bare backend, manual clock


def built(backend, project, **fields):
    server = servers.create_servers(backend, project, order(**fields)).servers[0]
    backend.advance(3)
    return server


def test_metadata_merge_replace_delete(backend, project):
    server = built(backend, project, metadata={"a": "1"})
    assert metadata.update_metadata(backend, project, server.id, {"b": "2"}, replace=False)["a"] == "1"
    assert metadata.update_metadata(backend, project, server.id, {"c": "3"}, replace=True) == {"c": "3"}
    metadata.delete_item(backend, project, server.id, "c")
    with raises(404, "Metadata item was not found"):
        metadata.get_item(project, server.id, "c")
    with raises(403, "metadata_items"):
        metadata.update_metadata(backend, project, server.id, {str(i): "" for i in range(129)}, replace=True)


def test_shelve_unshelve_and_the_host(backend, project):
    server = built(backend, project)
    assert server.host
    actions.begin(backend, project, server.id, "shelve")
    backend.advance(2)
    assert (server.status, server.host, server.power_state) == ("SHELVED_OFFLOADED", "", 0)
    with raises(409, "vm_state shelved_offloaded"):
        actions.begin(backend, project, server.id, "stop")
    actions.begin(backend, project, server.id, "unshelve")
    backend.advance(3)
    assert server.status == "ACTIVE" and server.host


def test_unshelve_without_a_free_host_stays_offloaded(backend, project):
    group = server_groups.create_group(backend, project, "spread", ["anti-affinity"])
    members = [built(backend, project, group_id=group.id, availability_zone="kr-pub-a")
               for _ in range(HOSTS_PER_ZONE)]
    actions.begin(backend, project, members[0].id, "shelve")
    backend.advance(2)
    late = built(backend, project, group_id=group.id, availability_zone="kr-pub-a")  # takes the freed host
    assert late.status == "ACTIVE"
    actions.begin(backend, project, members[0].id, "unshelve")
    backend.advance(3)
    assert members[0].status == "SHELVED_OFFLOADED" and members[0].task_state is None
    assert placement.members(project, group.id)[0] is members[0]


def test_group_join_rules(backend, project):
    with raises(400, "could not be found"):
        servers.create_servers(backend, project, order(group_id="0b5f7b35-5b8b-4b9a-9e3a-52b7b9c4c7a1"))
    group = server_groups.create_group(backend, project, "spread", ["anti-affinity"])
    server = built(backend, project, group_id=group.id)
    assert server_groups.member_ids(project, group) == [server.id]
    servers.delete_server(backend, project, server.id)
    assert server_groups.member_ids(project, group) == []


def test_snapshot_saving_then_active(backend, project):
    server = built(backend, project)
    image_id = actions.create_image(backend, project, server.id, "snap", {})
    assert images.get_image(project, image_id).status == "SAVING"
    backend.advance(2)
    assert images.get_image(project, image_id).status == "ACTIVE"
    assert [r.image.id for r in images.list_images(project, server_id=server.id)] == [image_id]


def test_floating_ip_follows_its_server(backend, project):
    server = built(backend, project)
    floating = floating_ips.allocate(project, None)
    floating_ips.associate(backend, project, server.id, floating.ip, None)
    assert [a.kind for a in server.addresses] == ["fixed", "floating"]
    servers.delete_server(backend, project, server.id)
    assert floating_ips.live_server_id(project, floating) is None
    with raises(404, "pool"):
        floating_ips.allocate(project, "nope")


def test_console_needs_a_host(backend, project):
    server = servers.create_servers(backend, project, order(name="vm")).servers[0]
    with raises(409, "not ready"):
        actions.console_output(project, server.id, None)
    backend.advance(3)
    assert actions.console_output(project, server.id, 1) == "vm login: "
