"""Property tests of what a schema cannot say, through the generated client and its layer.

Pages followed by marker and limit add up to the whole list; every server a filter returns matches it;
each action has its precondition and its resulting status; a deleted resource answers 404; reads are
repeatable. Tests that create servers run in the `full` profile only (servers are billed); key pair
tests need `keypairs`; the rest are read-only. The `compute` fixture (conftest.py) is the layer's client on
the target, paced like every request of the run.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contract_tests.properties import (
    PROPERTY,
    SETTINGS,
    SETTLED,
    assert_pages_add_up,
    creating,
    delete_and_wait,
    holds,
    needs_keypairs,
    needs_servers,
    new_server,
    release_shared_servers,
    resize_target,
    run,
    shared_server,
    shared_servers,
)
from toast_compute import ComputeClient, Conflict, NotFound

SIDE_BY_SIDE = 2  # action sequences run at once, each on a shared server of its own: an action takes 10-60 s


@dataclass(frozen=True)
class Act:
    """A server action through the layer: its key in the request body (the description's), the statuses
    it may start from and the status it ends in (None: the status it started from), and its call
    (client, server id, a resize target). From the API document and Nova."""

    key: str
    allowed: frozenset[str] | None = None  # None: not sampled by the precondition property (see its row)
    result: str | None = None
    call: Callable[[ComputeClient, str, str], object] | None = None


# Every server action the description names, one row each (tests/spec/test_action_sets.py checks the set).
ACTIONS = {
    "start": Act("os-start", frozenset({"SHUTOFF"}), "ACTIVE", lambda c, s, _: c.start_server(s)),
    "stop": Act("os-stop", frozenset({"ACTIVE", "ERROR"}), "SHUTOFF", lambda c, s, _: c.stop_server(s)),
    "soft_reboot": Act("reboot", frozenset({"ACTIVE"}), "ACTIVE", lambda c, s, _: c.reboot_server(s)),
    "hard_reboot": Act("reboot", frozenset({"ACTIVE", "ERROR", "HARD_REBOOT", "PAUSED", "REBOOT", "SHUTOFF",
                                            "SUSPENDED"}), "ACTIVE",
                       lambda c, s, _: c.reboot_server(s, hard=True)),
    # A resized server keeps its power state.
    "resize": Act("resize", frozenset({"ACTIVE", "SHUTOFF"}), None, lambda c, s, flavor: c.resize_server(s, flavor)),
    # TOAST confirms a resize by itself after 1 s: the call usually meets a confirmed server (409).
    "confirm_resize": Act("confirmResize", frozenset({"VERIFY_RESIZE"}), "ACTIVE",
                          lambda c, s, _: c.confirm_resize_server(s)),
    # Not sampled: a billed image (test_effects_headers reads its Location back).
    "create_image": Act("createImage"),
    # Not sampled: test_shelve_round_trip.
    "shelve": Act("shelve"),
    "unshelve": Act("unshelve"),
    # Not sampled: their precondition is not a status (a group the server has, a floating IP of the run's, a
    # host); schemathesis calls them through test_operations.
    "add_security_group": Act("addSecurityGroup"),
    "remove_security_group": Act("removeSecurityGroup"),
    "console_output": Act("os-getConsoleOutput"),
    "add_floating_ip": Act("addFloatingIp"),
    "remove_floating_ip": Act("removeFloatingIp"),
}
SAMPLED = sorted(name for name, act in ACTIONS.items() if act.allowed is not None)


@given(page_size=st.integers(min_value=1, max_value=7))
@PROPERTY
def test_flavor_pages_add_up_to_the_full_list(compute: ComputeClient, page_size: int) -> None:
    with holds("flavor pages add up"):
        assert_pages_add_up(lambda: [f.id for f in compute.list_flavors(limit=1000).flavors],
                            lambda **q: [f.id for f in compute.list_flavors(**q).flavors], page_size)


@needs_servers
@given(servers=st.integers(min_value=0, max_value=SIDE_BY_SIDE), page_size=st.integers(min_value=1, max_value=4))
@PROPERTY
def test_server_pages_add_up_to_the_full_list(compute: ComputeClient, servers: int, page_size: int) -> None:
    """Pages over the tenant's servers and up to two of the run's shared ones (a create each example would
    spend the run's servers; the scenarios need them)."""
    with holds("server pages add up"):
        shared_servers(compute, servers, SETTLED)
        run().settle_deletes()  # the run's own deletes under way would change the list while it is paged
        assert_pages_add_up(lambda: [str(s.id) for s in compute.list_servers(limit=1000).servers],
                            lambda **q: [str(s.id) for s in compute.list_servers(**q).servers], page_size)


FILTERS = st.sampled_from(["name", "status", "flavor", "image"])


@needs_servers
@given(fragment=st.text(alphabet="abcxyz-", min_size=1, max_size=3), which=FILTERS)
@PROPERTY
def test_every_filtered_server_matches_the_filter(compute: ComputeClient, fragment: str, which: str) -> None:
    with holds("filters match"):
        # a server the name filter must select, renamed rather than created (the run's servers are few)
        renamed = f"{run().registry.prefix}f{fragment}{uuid.uuid4().hex[:4]}"
        compute.rename_server(shared_server(compute, SETTLED), renamed)
        known = run().target.known
        value = str({"name": re.escape(fragment), "status": "ACTIVE", "flavor": known.boot_flavor_id,
                     "image": known.image_id}[which])
        servers = compute.list_servers_detail(**{which: value}, limit=1000).servers  # type: ignore[arg-type]
        for server in servers:
            actual = str({
                "name": server.name, "status": server.status, "flavor": server.flavor.id,
                "image": getattr(server.image, "id", ""),
            }[which])
            matches = re.search(value, actual) if which == "name" else str(actual) == value
            assert matches, f"filter {which}={value!r} returned a server whose {which} is {actual!r}"


ACTION_SEQUENCES = st.lists(st.sampled_from(SAMPLED), min_size=1, max_size=5)


@pytest.fixture
def servers_for_actions() -> Iterator[None]:
    yield
    release_shared_servers(keep=1)  # the other properties need one; the scenarios need the room


@needs_servers
@given(sequences=st.lists(ACTION_SEQUENCES, min_size=SIDE_BY_SIDE, max_size=SIDE_BY_SIDE))
@settings(PROPERTY, max_examples=-(-SETTINGS.property_examples // SIDE_BY_SIDE))  # as many sequences as examples
def test_actions_respect_preconditions_and_reach_their_status(
    compute: ComputeClient, servers_for_actions: None, sequences: list[list[str]]
) -> None:
    with holds("actions: precondition and result"):
        servers = shared_servers(compute, len(sequences), ("ACTIVE", "SHUTOFF"))
        with ThreadPoolExecutor(len(sequences)) as pool:
            for done in [pool.submit(act_in_turn, compute, server, actions) for server, actions in zip(
                    servers, sequences, strict=True)]:
                done.result()


def act_in_turn(compute: ComputeClient, server_id: str, actions: list[str]) -> None:
    """Each action from a status it allows reaches its status; from one it does not allow, it is a Conflict."""
    status = str(compute.get_server(server_id).status)
    for action in actions:
        act = ACTIONS[action]
        assert act.allowed is not None and act.call is not None
        flavor = resize_target(compute, server_id) if action == "resize" else None
        if action == "resize" and flavor is None:
            continue  # the largest flavor of its kind: no resize can succeed
        call = partial(act.call, compute, server_id, str(flavor))
        if status not in act.allowed:
            with pytest.raises(Conflict):
                call()
            continue
        call()
        status = str(compute.wait_for_server(server_id, act.result or status, timeout=SETTINGS.wait_timeout).status)


@needs_servers
@given(st.just(None))
@settings(PROPERTY, max_examples=min(SETTINGS.property_examples, 2))
def test_shelve_round_trip(compute: ComputeClient, _: None) -> None:
    """(the shared server) metadata -> shelve -> SHELVED_OFFLOADED (or SHELVED) -> unshelve -> ACTIVE, through
    the layer's waiters; the metadata set before the shelve is still there after it."""
    timeout = SETTINGS.wait_timeout
    with holds("shelve round trip"):
        server_id = shared_server(compute)
        compute.merge_server_metadata(server_id, {"contract-shelve": "kept"})
        compute.shelve_server(server_id)
        assert str(compute.wait_for_shelved(server_id, timeout=timeout).status) in ("SHELVED_OFFLOADED", "SHELVED")
        compute.unshelve_server(server_id)
        assert str(compute.wait_for_server(server_id, "ACTIVE", timeout=timeout).status) == "ACTIVE"
        assert compute.get_server_metadata(server_id).get("contract-shelve") == "kept", "metadata lost in the shelve"


@needs_servers
@given(st.integers(min_value=1, max_value=2))
@settings(PROPERTY, max_examples=min(SETTINGS.property_examples, 2))
def test_placement_policy_members_follow_its_servers(compute: ComputeClient, count: int) -> None:
    """A server created with `os:scheduler_hints.group` is a member of the placement policy; once deleted,
    it no longer is."""
    registry = run().registry
    with holds("placement policy members"):
        group_name = f"{registry.prefix}group-{uuid.uuid4().hex[:6]}"
        with creating("create_server_group", {"server_group": {"name": group_name}}):
            group = compute.create_server_group(group_name)
        registry.add_server_group(str(group.id))
        servers = [new_server(compute, f"member-{uuid.uuid4().hex[:6]}", str(group.id)) for _ in range(count)]
        for server_id in servers:  # Nova adds a member once the build is scheduled, not at the POST
            compute.wait_for_server(server_id, "ACTIVE", timeout=SETTINGS.wait_timeout)
        members = {str(member) for member in compute.get_server_group(str(group.id)).members}
        assert members == set(servers), f"members {sorted(members)}, servers created in the policy {sorted(servers)}"
        delete_and_wait(compute, servers[0])
        members = {str(member) for member in compute.get_server_group(str(group.id)).members}
        assert servers[0] not in members, "a deleted server is still a member of its placement policy"


# `.` and `..` name no path segment: the description forbids them as a metadata key (errata E103)
METADATA_KEYS = st.text(alphabet="abcdefghij0123456789-_:.", min_size=1, max_size=12).filter(
    lambda key: key not in (".", ".."))
METADATA = st.dictionaries(METADATA_KEYS, st.text(alphabet="abcxyz 0123", max_size=12), min_size=1, max_size=4)


@needs_servers
@given(first=METADATA, second=METADATA)
@settings(PROPERTY, max_examples=min(SETTINGS.property_examples, 4))
def test_metadata_reads_what_was_written_merge_and_replace(
    compute: ComputeClient, first: dict[str, str], second: dict[str, str]
) -> None:
    """A replace drops the pairs it does not send, a merge adds to what is there (the new value wins), one
    item reads back its value. Only the keys written here are compared: the service may keep pairs no
    request can set (image-derived ones)."""
    ours = set(first) | set(second)

    def written(metadata: dict[str, str]) -> dict[str, str]:
        return {key: value for key, value in metadata.items() if key in ours}

    with holds("metadata: set then get"):
        server_id = shared_server(compute)
        compute.merge_server_metadata(server_id, second)
        compute.replace_server_metadata(server_id, first)
        assert written(compute.get_server_metadata(server_id)) == first
        compute.merge_server_metadata(server_id, second)
        assert written(compute.get_server_metadata(server_id)) == {**first, **second}
        key, value = next(iter(second.items()))
        assert compute.get_server_metadata_item(server_id, key) == value
        compute.set_server_metadata_item(server_id, key, value + "x")
        assert compute.get_server_metadata(server_id)[key] == value + "x"


@needs_keypairs
@given(name=st.text(alphabet="abcdefghij0123456789-_", min_size=1, max_size=20))
@PROPERTY
def test_a_deleted_keypair_answers_404(compute: ComputeClient, name: str) -> None:
    with holds("deleted key pair answers 404"):
        full = f"{run().registry.prefix}{name}-{uuid.uuid4().hex[:6]}"
        with creating("create_keypair", {"keypair": {"name": full}}):
            compute.create_keypair(full)
        run().registry.add_keypair(full)
        assert compute.get_keypair(full).name == full
        compute.delete_keypair(full)
        with pytest.raises(NotFound):
            compute.get_keypair(full)
        run().registry.keypairs.discard(full)


@needs_servers
@given(st.just(None))
@settings(PROPERTY, max_examples=min(SETTINGS.property_examples, 3))
def test_a_deleted_server_answers_404(compute: ComputeClient, _: None) -> None:
    """Deleted while it is still building, as tempest's `test_delete_server_while_in_building_state` does (Nova
    accepts a delete in any status; a build is a minute of a real cloud's time)."""
    with holds("deleted server answers 404"):
        server_id = new_server(compute, f"del-{uuid.uuid4().hex[:6]}")
        delete_and_wait(compute, server_id)
        with pytest.raises(NotFound):
            compute.get_server(server_id)


@given(which=st.sampled_from(["flavors", "zones", "keypairs", "servers"]))
@PROPERTY
def test_reads_are_repeatable(compute: ComputeClient, which: str) -> None:
    own = set(run().target.known.server_ids)
    read: Callable[[], object] = {
        "flavors": lambda: compute.list_flavors_detail(limit=1000).to_dict(),
        "zones": lambda: [z.to_dict() for z in compute.list_availability_zones()],
        "keypairs": lambda: [k.to_dict() for k in compute.list_keypairs()],
        # Only the tenant's own servers: the run's may be building or deleting between two reads.
        "servers": lambda: [s.to_dict() for s in compute.list_servers(limit=1000).servers if str(s.id) in own],
    }[which]
    with holds("reads are repeatable"):
        assert read() == read(), f"two reads of {which} differ"
