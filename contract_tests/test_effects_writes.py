"""Effects of the writes (issue 17), read back through the layer: an import returns what was imported; a
create reads back what was sent; a rename is read back; the filters that only select what one request
created (changes-since, reservation_id) select it; every delete and detach is gone from the item and the
collection. Key pairs in `keypairs` and `full`; servers, placement policies and floating IPs in `full`
only: a create or a delete gets a server of its own, the rest change the run's shared server."""

from __future__ import annotations

import datetime
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from toast_compute_client import models

from contract_tests.core.volumes import available_volume
from contract_tests.properties import (
    PROPERTY,
    SETTINGS,
    creating,
    delete_and_wait,
    holds,
    needs_keypairs,
    needs_servers,
    new_server,
    own_name,
    run,
    server_ids_listed,
    shared_server,
    ssh_public_key,
)
from toast_compute import ComputeClient, NotFound

FEW = min(SETTINGS.property_examples, 2)  # each example creates a billed server


@needs_keypairs
@given(seed=st.integers(min_value=0, max_value=2**32))
@settings(PROPERTY, max_examples=min(SETTINGS.property_examples, 4))
def test_a_keypair_import_returns_what_was_sent(compute: ComputeClient, seed: int) -> None:
    """The import answers the name, the public key and its fingerprint; a read by name and the list agree."""
    public_key, fingerprints = ssh_public_key(seed)
    with holds("a key pair import returns what was sent"):
        name = own_name("import")
        run().registry.add_keypair(name)
        created = compute.create_keypair(name, public_key)
        assert created.name == name, f"imported {name!r}, the answer names {created.name!r}"
        assert created.public_key.strip() == public_key, "the import answers another public key than the one sent"
        assert created.fingerprint in fingerprints, f"fingerprint {created.fingerprint} is not the sent key's"
        read = compute.get_keypair(name)
        assert (read.public_key.strip(), read.fingerprint) == (public_key, created.fingerprint), "a read differs"
        listed = {k.name: k for k in compute.list_keypairs()}
        assert name in listed and listed[name].fingerprint == created.fingerprint, "the list lacks the import"


@needs_keypairs
@given(st.just(None))
@settings(PROPERTY, max_examples=min(SETTINGS.property_examples, 2))
def test_a_deleted_keypair_leaves_the_list(compute: ComputeClient, _: None) -> None:
    with holds("a deleted key pair leaves the list"):
        name = own_name("gone")
        run().registry.add_keypair(name)
        compute.create_keypair(name)
        compute.delete_keypair(name)
        assert name not in {k.name for k in compute.list_keypairs()}, "a deleted key pair is still listed"
        run().registry.keypairs.discard(name)


@needs_servers
@given(st.just(None))
@settings(PROPERTY, max_examples=FEW)
def test_a_created_server_reads_back_what_was_sent(compute: ComputeClient, _: None) -> None:
    known = run().target.known
    with holds("a created server reads back what was sent"):
        name = f"back-{uuid.uuid4().hex[:6]}"
        server_id = new_server(compute, name)
        server = compute.get_server(server_id)
        sent = (run().registry.prefix + name, str(known.boot_flavor_id), str(known.image_id))
        read = (server.name, str(server.flavor.id), str(getattr(server.image, "id", "")))
        assert read == sent, f"created {sent}, read back {read}"


@needs_servers
@given(new_name=st.text(alphabet="abcxyz-0123", min_size=1, max_size=10))
@settings(PROPERTY, max_examples=FEW)
def test_a_rename_is_read_back(compute: ComputeClient, new_name: str) -> None:
    with holds("a rename is read back"):
        server_id = shared_server(compute)
        name = run().registry.prefix + new_name
        assert compute.rename_server(server_id, name).name == name, "the update answers another name"
        assert compute.get_server(server_id).name == name, "a rename is not read back"


@needs_servers
@given(which=st.sampled_from(["changes_since", "reservation_id"]))
@settings(PROPERTY, max_examples=FEW)
def test_filters_select_what_one_create_made(compute: ComputeClient, which: str) -> None:
    """changes-since a moment before a create lists the new server, and one after every change of it does
    not; the reservation id a create returns lists exactly that create's server."""
    known = run().target.known
    registry = run().registry
    with holds("filters select what one create made"):
        name = f"sel-{uuid.uuid4().hex[:6]}"
        if which == "changes_since":
            server_id = shared_server(compute)
            updated = compute.get_server(server_id).updated
            before = updated - datetime.timedelta(seconds=1)
            assert server_id in server_ids_listed(compute, changes_since=before), "changes-since misses a change"
            after = updated + datetime.timedelta(seconds=2)
            assert server_id not in server_ids_listed(compute, changes_since=after), "changes-since ignores the time"
            return
        request = models.ServerCreate(
            name=registry.prefix + name, flavor_ref=str(known.boot_flavor_id), image_ref=uuid.UUID(known.image_id),
            networks=[models.ServerNetwork(uuid=uuid.UUID(known.network_id))],
        )
        with run().admitted():
            with creating("create_server", {"server": {"name": request.name}}):
                created = compute.create_server(request, return_reservation_id=True)
            mine = [str(s.id) for s in compute.list_servers(name=f"^{registry.prefix}{name}$", limit=1000).servers]
            for server_id in mine:
                registry.add_server(server_id)
        assert isinstance(created, models.ReservationResponse), "return_reservation_id answered a server"
        selected = server_ids_listed(compute, reservation_id=created.reservation_id)
        assert sorted(selected) == sorted(mine), f"reservation_id selects {selected}, the create made {mine}"


@needs_servers
@given(st.just(None))
@settings(PROPERTY, max_examples=FEW)
def test_a_deleted_server_leaves_the_list_and_its_id(compute: ComputeClient, _: None) -> None:
    with holds("a deleted server leaves the list"):
        server_id = new_server(compute, f"gone-{uuid.uuid4().hex[:6]}")
        compute.get_server(server_id)  # read once, as a service would (what a read by id returns is checked apart)
        delete_and_wait(compute, server_id)  # still building: a delete is accepted in any status
        assert server_id not in server_ids_listed(compute), "a deleted server is still listed"
        detailed = [str(s.id) for s in compute.list_servers_detail(limit=1000).servers]
        assert server_id not in detailed, "a deleted server is still in the detailed list"
        with pytest.raises(NotFound):
            compute.get_server(server_id)


@needs_servers
@given(by_path=st.booleans())
@settings(PROPERTY, max_examples=FEW)
def test_an_attachment_reads_back_and_a_detach_removes_it(compute: ComputeClient, by_path: bool) -> None:
    """One of the run's volumes, attached, is listed and read by its id; once detached, neither. Without
    block storage (no volume of the run's to attach) the attach answers 404 and ends the example."""
    with holds("an attachment reads back, a detach removes it"):
        server_id = shared_server(compute)
        volume_id = uuid.UUID(available_volume(run().target, run().registry, SETTINGS.wait_timeout)
                              or str(uuid.uuid4()))
        try:
            if by_path:
                compute.attach_volume_by_path(server_id, volume_id)
            else:
                compute.attach_volume(server_id, volume_id)
        except NotFound:
            return
        listed = [str(a.volume_id) for a in compute.list_volume_attachments(server_id)]
        assert str(volume_id) in listed, "an attached volume is not listed"
        assert str(compute.get_volume_attachment(server_id, volume_id).volume_id) == str(volume_id)
        compute.detach_volume(server_id, volume_id)
        for _ in range(50):  # Nova detaches asynchronously (202)
            if str(volume_id) not in [str(a.volume_id) for a in compute.list_volume_attachments(server_id)]:
                break
            compute.wait_for_server(server_id, "ACTIVE", timeout=SETTINGS.wait_timeout)
        else:
            raise AssertionError("a detached volume is still listed")
        with pytest.raises(NotFound):
            compute.get_volume_attachment(server_id, volume_id)


@needs_servers
@given(key=st.text(alphabet="abcxyz0123-_:", min_size=1, max_size=8))
@settings(PROPERTY, max_examples=FEW)
def test_a_deleted_metadata_item_is_gone(compute: ComputeClient, key: str) -> None:
    with holds("a deleted metadata item is gone"):
        server_id = shared_server(compute)
        compute.set_server_metadata_item(server_id, key, "v")
        compute.delete_server_metadata_item(server_id, key)
        assert key not in compute.get_server_metadata(server_id), "a deleted metadata item is still listed"
        with pytest.raises(NotFound):
            compute.get_server_metadata_item(server_id, key)


@needs_servers
@given(policy=st.sampled_from(list(models.ServerGroupPolicy)))
@settings(PROPERTY, max_examples=FEW)
def test_a_placement_policy_reads_back_and_a_delete_removes_it(compute: ComputeClient,
                                                               policy: models.ServerGroupPolicy) -> None:
    registry = run().registry
    with holds("a placement policy reads back, a delete removes it"):
        name = own_name("policy")
        with creating("create_server_group", {"server_group": {"name": name}}):
            group = compute.create_server_group(name, policy)
        registry.add_server_group(str(group.id))
        read = compute.get_server_group(str(group.id))
        assert (read.name, [str(p) for p in read.policies]) == (name, [str(policy)]), "the policy reads back otherwise"
        assert str(group.id) in {str(g.id) for g in compute.list_server_groups()}, "a created policy is not listed"
        compute.delete_server_group(str(group.id))
        assert str(group.id) not in {str(g.id) for g in compute.list_server_groups()}, "a deleted policy is listed"
        with pytest.raises(NotFound):
            compute.get_server_group(str(group.id))


@needs_servers
@given(st.just(None))
@settings(PROPERTY, max_examples=FEW)
def test_a_floating_ip_reads_back_and_a_release_removes_it(compute: ComputeClient, _: None) -> None:
    registry = run().registry
    with holds("a floating IP reads back, a release removes it"):
        pools = run().target.known.floating_ip_pools
        address = compute.create_floating_ip(pools[0] if pools else None)
        registry.record("create_floating_ip", 200, {"floating_ip": address.to_dict()})
        assert compute.get_floating_ip(str(address.id)).ip == address.ip, "the address reads back otherwise"
        assert str(address.id) in {str(f.id) for f in compute.list_floating_ips()}, "an allocated address is not listed"
        compute.delete_floating_ip(str(address.id))
        assert str(address.id) not in {str(f.id) for f in compute.list_floating_ips()}, "a released address is listed"
        with pytest.raises(NotFound):
            compute.get_floating_ip(str(address.id))
