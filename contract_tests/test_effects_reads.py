"""Effects of the reads (issue 17), in every profile: a read by id returns that id; a list and its detailed
list name the same items; every filter and paging parameter selects from the unfiltered list exactly what
it says; a server's sub-resources agree with its detail. The tenant's existing resources are read, never
changed."""

from __future__ import annotations

import re
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from contract_tests.properties import PROPERTY, SETTINGS, holds, ids_page_by_page, run
from toast_compute import ComputeClient

EVERYTHING = 1000  # a limit above any tenant's count: the unfiltered list in one page


def _server_ids() -> list[str]:
    return sorted(run().target.known.server_ids)


@given(index=st.integers(min_value=0, max_value=50))
@PROPERTY
def test_a_read_by_id_returns_that_id(compute: ComputeClient, index: int) -> None:
    """One id of each kind the tenant has (the `index`-th), read by id: the answer names that id."""
    known = run().target.known
    reads: dict[str, tuple[list[str], Callable[[str], str]]] = {
        "flavor": (known.flavor_ids, lambda i: str(compute.get_flavor(i).id)),
        "image": (known.image_ids, lambda i: str(compute.get_image(i).id)),
        "server": (_server_ids(), lambda i: str(compute.get_server(i).id)),
        "keypair": (sorted(known.keypairs), lambda n: compute.get_keypair(n).name),
        "server_group": (sorted(known.server_group_ids), lambda i: str(compute.get_server_group(i).id)),
        "attachment": (
            [f"{s} {v}" for s, volumes in sorted(known.attachments.items()) for v in volumes],
            lambda pair: f"{pair.split()[0]} {compute.get_volume_attachment(*pair.split()).volume_id}",
        ),
        "floating_ip": (known.floating_ip_ids, lambda i: str(compute.get_floating_ip(i).id)),
    }
    with holds("a read by id returns that id"):
        for kind, (ids, read) in reads.items():
            if ids:  # the tenant has some of this kind
                asked = ids[index % len(ids)]
                answered = read(asked)
                assert answered == asked, f"a read of {kind} {asked!r} answered {answered!r}"


@given(kind=st.sampled_from(["flavors", "images", "servers"]))
@settings(PROPERTY, max_examples=min(SETTINGS.property_examples, 3))
def test_list_and_detail_name_the_same_items(compute: ComputeClient, kind: str) -> None:
    own = set(_server_ids())
    pairs: dict[str, tuple[Callable[[], list[str]], Callable[[], list[str]]]] = {
        "flavors": (lambda: [f.id for f in compute.list_flavors(limit=EVERYTHING).flavors],
                    lambda: [f.id for f in compute.list_flavors_detail(limit=EVERYTHING).flavors]),
        "images": (lambda: [str(i.id) for i in compute.list_images(limit=EVERYTHING).images],
                   lambda: [str(i.id) for i in compute.list_images_detail(limit=EVERYTHING).images]),
        # The tenant's own servers only: the run's may come and go between two reads.
        "servers": (lambda: [str(s.id) for s in compute.list_servers(limit=EVERYTHING).servers if str(s.id) in own],
                    lambda: [str(s.id) for s in compute.list_servers_detail(limit=EVERYTHING).servers
                             if str(s.id) in own]),
    }
    listed, detailed = pairs[kind]
    with holds("list and detail name the same items"):
        short, long = listed(), detailed()
        assert sorted(short) == sorted(long), f"{kind}: the list names {len(short)}, the detail {len(long)}"


@given(which=st.sampled_from(["minDisk", "minRam"]), index=st.integers(min_value=0, max_value=30),
       detail=st.booleans())
@PROPERTY
def test_flavor_filters_select_from_the_full_list(compute: ComputeClient, which: str, index: int,
                                                  detail: bool) -> None:
    """minDisk / minRam keep exactly the flavors whose disk / RAM is at or above the value (Nova)."""
    with holds("flavor filters select from the full list"):
        flavors = compute.list_flavors_detail(limit=EVERYTHING).flavors
        values = sorted({f.disk if which == "minDisk" else f.ram for f in flavors})
        if not values:
            return
        value = values[index % len(values)]
        expected = sorted(f.id for f in flavors if (f.disk if which == "minDisk" else f.ram) >= value)
        query = {"min_disk" if which == "minDisk" else "min_ram": value, "limit": EVERYTHING}
        listing = compute.list_flavors_detail(**query) if detail else compute.list_flavors(**query)  # type: ignore[arg-type]
        got = sorted(f.id for f in listing.flavors)
        assert got == expected, f"{which}={value} selects {len(got)} flavors; {len(expected)} are at or above it"


@given(kind=st.sampled_from(["flavors_detail", "images", "images_detail", "servers_detail"]),
       page_size=st.integers(min_value=1, max_value=4))
@PROPERTY
def test_detail_pages_add_up_to_the_full_list(compute: ComputeClient, kind: str, page_size: int) -> None:
    lists: dict[str, Callable[..., list[str]]] = {
        "flavors_detail": lambda **q: [f.id for f in compute.list_flavors_detail(**q).flavors],
        "images": lambda **q: [str(i.id) for i in compute.list_images(**q).images],
        "images_detail": lambda **q: [str(i.id) for i in compute.list_images_detail(**q).images],
        "servers_detail": lambda **q: [str(s.id) for s in compute.list_servers_detail(**q).servers],
    }
    list_page = lists[kind]
    with holds("detail pages add up"):
        everything = list_page(limit=EVERYTHING)
        paged = ids_page_by_page(list_page, page_size, len(everything))
        if kind == "servers_detail":  # the run's servers may come and go: compare the tenant's own
            own = set(_server_ids())
            everything, paged = [i for i in everything if i in own], [i for i in paged if i in own]
        assert paged == everything, f"{kind}: pages of {page_size} give {len(paged)} ids, the list {len(everything)}"


SERVER_FILTERS = ("name", "status", "flavor", "image")


@given(index=st.integers(min_value=0, max_value=20))
@PROPERTY
def test_server_filters_select_from_the_full_list(compute: ComputeClient, index: int) -> None:
    """Each filter, by the value one of the tenant's servers has, returns exactly the tenant's servers that
    match it (of the tenant's own: the run's servers may come and go meanwhile). Every filter in each
    example: a filter the service ignores shows only where the tenant's servers differ in it."""
    own = {s["id"]: s for s in run().target.known.servers}
    if not own:
        return

    def value_of(server: dict[str, object], key: str) -> str:
        field = server.get(key)
        return str(field.get("id", "") if isinstance(field, dict) else field or "")

    with holds("server filters select from the full list"):
        servers = [s for s in compute.list_servers_detail(limit=EVERYTHING).servers if str(s.id) in own]
        if not servers:
            return
        chosen = own[str(servers[index % len(servers)].id)]
        current = {str(s.id) for s in servers}
        for which in SERVER_FILTERS:
            value = value_of(chosen, which)
            if not value:
                continue  # e.g. a server booted from a volume has no image
            query = re.escape(value) if which == "name" else value
            matches = {i for i, s in own.items()
                       if (re.search(query, value_of(s, which)) if which == "name" else value_of(s, which) == value)}
            got = {i for i in (str(s.id) for s in compute.list_servers(**{which: query}, limit=EVERYTHING).servers)  # type: ignore[arg-type]
                   if i in own}
            assert got == matches & current, f"{which}={query!r} selects {sorted(got)}, the full list {sorted(matches)}"


@given(index=st.integers(min_value=0, max_value=20), page_size=st.integers(min_value=1, max_value=3))
@PROPERTY
def test_attachment_pages_add_up_to_the_full_list(compute: ComputeClient, index: int, page_size: int) -> None:
    """limit and offset over a server's volume attachments add up to the unpaged list (of a server that has
    attachments, where the tenant has one: paging over none shows nothing)."""
    attached = sorted(s for s, volumes in run().target.known.attachments.items() if volumes)
    servers = attached or _server_ids()
    if not servers:
        return
    server_id = servers[index % len(servers)]
    with holds("attachment pages add up"):
        everything = [str(a.volume_id) for a in compute.list_volume_attachments(server_id)]
        paged: list[str] = []
        for offset in range(0, len(everything) + page_size, page_size):
            page = [str(a.volume_id)
                    for a in compute.list_volume_attachments(server_id, limit=page_size, offset=offset)]
            assert len(page) <= page_size, f"limit={page_size} gave {len(page)} attachments"
            paged += page
        assert paged == everything, f"pages of {page_size} give {paged}, the list is {everything}"


@given(index=st.integers(min_value=0, max_value=20))
@settings(PROPERTY, max_examples=min(SETTINGS.property_examples, 4))
def test_server_subresources_agree(compute: ComputeClient, index: int) -> None:
    """A server's ips are its detail's addresses, each network's ips are that network's addresses, and its
    security groups read the same twice."""
    servers = _server_ids()
    if not servers:
        return
    server_id = servers[index % len(servers)]
    def plain(addresses: dict[str, list[dict[str, object]]]) -> dict[str, list[tuple[object, object]]]:
        # /ips gives `addr` and `version` only; the detail adds the MAC and the address type
        return {network: sorted((a.get("addr"), a.get("version")) for a in entries)
                for network, entries in addresses.items()}

    with holds("server sub-resources agree"):
        addresses = plain(compute.get_server(server_id).to_dict()["addresses"])
        assert plain(compute.list_server_ips(server_id).to_dict()) == addresses, f"ips of {server_id} differ"
        for network, expected in addresses.items():
            got = plain({network: [a.to_dict() for a in compute.get_server_ips_network(server_id, network)]})
            assert got[network] == expected, f"ips of {server_id} on {network} differ from its addresses there"
        groups = [g.to_dict() for g in compute.list_server_security_groups(server_id)]
        assert groups == [g.to_dict() for g in compute.list_server_security_groups(server_id)], "security groups differ"
