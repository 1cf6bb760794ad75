"""Look-ups: a flavor by name or by size (and whether it needs a root volume), a server by its exact name, and the
boot-from-volume mapping a flavor without a local disk needs; sync and async, over real HTTP."""

from __future__ import annotations

from typing import Any

import pytest
from toast_compute_client import models as m

from toast_compute import Forbidden, LookupFailed, boot_volume, needs_root_volume, server_request
from toast_compute_mock.catalog import IMAGES, NETWORKS

pytestmark = pytest.mark.client

IMAGE, NETWORK = IMAGES[0].id, NETWORKS[0].id


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


def test_a_flavor_without_local_disk_boots_from_a_volume(layer: Any) -> None:
    flavor = layer.find_flavor(min_vcpus=2, min_ram_mb=4096, root_volume=True)
    created = layer.create_server(
        server_request("vol", flavor.id, networks=[NETWORK], block_devices=[boot_volume(IMAGE, 20)])
    )
    assert layer.wait_for_server(created.id).status == m.ServerStatus.ACTIVE


def test_find_server_by_exact_name(layer: Any) -> None:
    flavor = layer.find_flavor(root_volume=False)
    ids = {}
    for name in ("web", "web-1", "aweb", "w.b", "wxb"):
        ids[name] = layer.create_server(server_request(name, flavor.id, image=IMAGE, networks=[NETWORK])).id
    assert layer.find_server("web").id == ids["web"]  # not web-1 or aweb: Nova's filter is a regex search
    assert [s.id for s in layer.find_servers("w.b")] == [ids["w.b"]]  # the dot is not a wildcard
    assert layer.find_servers("we") == []
    with pytest.raises(LookupFailed, match="0 servers are named 'we'"):
        layer.find_server("we")
    layer.create_server(server_request("web", flavor.id, image=IMAGE, networks=[NETWORK]))
    with pytest.raises(LookupFailed, match="2 servers are named 'web'"):
        layer.find_server("web")


def test_a_failed_listing_reaches_the_caller_as_its_typed_error(layer: Any, mock: Any) -> None:
    """A look-up collects the listing with the driver (steps.Collect): the listing's error is raised as it is."""
    mock.inject("GET", "/flavors/detail", 403, message="Policy doesn't allow os_compute_api:flavors:list")
    with pytest.raises(Forbidden, match="Policy doesn't allow"):
        layer.find_flavor("u2.c1m1")
    assert layer.find_flavor("u2.c1m1").name == "u2.c1m1"  # the injection answered once
