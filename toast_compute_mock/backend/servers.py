"""Servers: create (every reference resolved, the TOAST rules), find, update, delete, list.

Nova maps unknown references on create to 400 badRequest; TOAST adds: Windows names <= 15
characters, Windows needs >= 2 GB RAM and a >= 50 GB root disk, U-type flavors can't run Windows,
root disks are 10 GB (Linux) / 50 GB (Windows) to 1 TB, and flavors without a local disk
(m/c/r/t/x) need `block_device_mapping_v2` (see `rules`)."""

from __future__ import annotations

import ipaddress
import itertools
import secrets
import string
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import regex  # type: ignore[import-untyped, unused-ignore]  # no stubs in the typecheck environment

from .. import catalog
from ..catalog import Flavor, Image, Network
from ..faults import NovaFault, bad_request, conflict, marker_not_found, not_found
from . import quotas, rules, server_groups
from .models import KNOWN_STATUSES, Address, Server
from .project import Project
from .runtime import Runtime

FIRST_HOST = 10  # the first host offset handed out in a subnet (.1-.9 are the gateway's and DHCP's)


@dataclass
class BlockDevice:
    """The boot (boot_index 0) entry of `block_device_mapping_v2`, its types already checked."""

    source_type: str  # volume | image | snapshot | blank
    destination_type: str | None  # local | volume
    uuid: str | None
    volume_size: int | None


@dataclass
class Nic:
    """One item of `networks`: a network, a subnet (TOAST's extension) or a port, and a fixed IP."""

    network_id: str | None = None
    subnet_id: str | None = None
    port_id: str | None = None
    fixed_ip: str | None = None


@dataclass
class CreateRequest:
    """A create request with its JSON types and formats checked; the backend resolves the rest."""

    name: str
    flavor_ref: str
    nics: list[Nic]
    image_ref: str | None = None
    boot: BlockDevice | None = None
    availability_zone: str | None = None
    key_name: str | None = None
    security_groups: list[str] = field(default_factory=lambda: ["default"])  # names or ids
    metadata: dict[str, str] = field(default_factory=dict)
    personality: list[tuple[str, bytes]] = field(default_factory=list)  # (path, contents)
    config_drive: bool = False
    access_ipv4: str = ""
    access_ipv6: str = ""
    disk_config: str = "MANUAL"
    admin_pass: str | None = None  # None: one is generated
    count: int = 1  # max_count
    min_count: int = 1
    group_id: str | None = None  # os:scheduler_hints.group, a placement policy


@dataclass
class RootDisk:
    shown_image: Image | None  # imageRef: what the server view shows as `image` ("" when None)
    source_image: Image | None  # the image the root disk is made from (imageRef or the boot BDM)
    size_gb: int
    on_volume: bool  # a block-storage root volume, attached as /dev/vda


def find_image(project: Project, image_id: str) -> Image | None:
    return catalog.IMAGES_BY_ID.get(image_id) or project.images.get(image_id)


def get_server(project: Project, server_id: str) -> Server:
    server = project.servers.get(server_id)
    if server is None:
        raise not_found(f"Instance {server_id} could not be found.")
    return server


def _root_disk(project: Project, order: CreateRequest, flavor: Flavor) -> RootDisk:
    """The root image/volume and its size (GB), from imageRef, the boot BDM and the flavor."""
    image = None
    if order.image_ref is not None:
        image = find_image(project, order.image_ref)
        if image is None:
            raise bad_request("Can not find requested image")
    boot = order.boot
    boot_image = None
    if boot is not None and boot.source_type == "image":
        boot_image = find_image(project, boot.uuid or "")
        if boot_image is None:
            raise bad_request("Can not find requested image")
    source = image or boot_image
    if flavor.disk:  # u2: a local root disk of the flavor's size
        if source is None:
            raise bad_request("Missing imageRef attribute")
        return RootDisk(image, source, flavor.disk, False)
    if boot is None or boot.destination_type != "volume":
        raise bad_request(f"Flavor {flavor.name} has no local disk: block_device_mapping_v2 with a boot_index 0 "
                          "entry and destination_type 'volume' is required")
    if boot.source_type == "blank":
        raise bad_request("A blank volume cannot be the root volume")
    if boot.uuid is None:
        raise bad_request("block_device_mapping_v2 boot entry needs a 'uuid'")
    size = boot.volume_size
    if size is None:
        if boot.source_type == "image":
            raise bad_request("volume_size is required for a root volume created from an image")
        size = source.min_disk if source else 10
    return RootDisk(image, source, size, True)


def _network(nic: Nic, where: str) -> Network:
    if nic.port_id is not None:
        raise bad_request(f"Port id {nic.port_id} could not be found.")
    network = None
    if nic.network_id is not None:
        network = catalog.NETWORKS_BY_ID.get(nic.network_id)
        if network is None:
            raise bad_request(f"Network {nic.network_id} could not be found.")
    if nic.subnet_id is not None:
        found = catalog.SUBNETS.get(nic.subnet_id)
        if found is None:
            raise bad_request(f"Subnet {nic.subnet_id} could not be found.")
        if network is not None and found[0] is not network:
            raise bad_request(f"Subnet {nic.subnet_id} does not belong to network {network.id}")
        network = found[0]
    if network is None:
        raise bad_request(f"Bad networks format: {where} needs a 'uuid', 'subnet' or 'port'")
    if nic.fixed_ip is not None and not network.contains(nic.fixed_ip):
        raise bad_request(f"Fixed IP address {nic.fixed_ip} is not valid on network {network.id}")
    return network


def _security_groups(names: list[str]) -> list[str]:
    found: list[str] = []
    for name in names:
        group = catalog.find_security_group(name)
        if group is None:
            raise bad_request(f"Security group {name} not found.")
        if group.name not in found:
            found.append(group.name)
    return found


def _allocate(project: Project, network: Network, fixed_ip: str | None) -> str:
    used = project.used_ips
    if fixed_ip is not None:
        if fixed_ip in used:
            raise conflict(f"Fixed IP address {fixed_ip} is already in use on instance {used[fixed_ip]}.")
        return fixed_ip
    subnet = ipaddress.ip_network(network.subnets[0].cidr)
    cursor = project.ip_cursor.get(subnet, FIRST_HOST)
    # From after the last address given, then from the start again (addresses of deleted servers).
    for offset in itertools.chain(range(cursor, subnet.num_addresses - 1), range(FIRST_HOST, cursor)):
        address = str(subnet[offset])
        if address not in used:
            project.ip_cursor[subnet] = offset + 1
            return address
    raise conflict(f"No more IP addresses available on network {network.id}.")


def _allocate_all(project: Project, order: CreateRequest, networks: list[Network], count: int) -> list[list[str]]:
    """The fixed IPs of `count` servers of the create request, one per NIC: all of them or none (409)."""
    taken: list[str] = []
    try:
        for _ in range(count):
            for network, nic in zip(networks, order.nics, strict=True):
                address = _allocate(project, network, nic.fixed_ip)
                project.used_ips[address] = ""  # the server's id once it exists
                taken.append(address)
    except NovaFault:
        for address in taken:
            del project.used_ips[address]
        raise
    per_server = len(networks)
    return [taken[i:i + per_server] for i in range(0, len(taken), per_server)]


def _mac(server_id: str, nic: int) -> str:
    raw = uuid.UUID(server_id).bytes
    return f"fa:16:3e:{raw[0]:02x}:{raw[1]:02x}:{(raw[2] + nic) % 256:02x}"


def _new_password() -> str:
    return "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(12))


@dataclass
class Reservation:
    id: str  # r-xxxxxxxx
    servers: list[Server]


@dataclass
class _Checked:
    """A create request whose references resolved and which keeps every rule: what its servers are made of."""

    flavor: Flavor
    root: RootDisk
    networks: list[Network]
    security_groups: list[str]
    count: int  # how many servers: max_count, or fewer (at least min_count) when the quota has less room


def _check(runtime: Runtime, project: Project, order: CreateRequest) -> _Checked:
    """Every reference resolved, every TOAST rule and quota kept; nothing changes yet."""
    flavor = catalog.FLAVORS_BY_ID.get(order.flavor_ref)
    if flavor is None:
        raise bad_request("Invalid flavorRef provided.")
    root = _root_disk(project, order, flavor)
    rules.check_flavor_for_image(flavor, root.source_image)
    rules.check_name_for_image(order.name, root.source_image)
    rules.check_root_size(root.size_gb, root.source_image)
    networks = [_network(nic, f"networks[{i}]") for i, nic in enumerate(order.nics)]
    if order.availability_zone is not None and order.availability_zone not in catalog.AVAILABILITY_ZONES:
        raise bad_request("The requested availability zone is not available")
    if order.key_name is not None and order.key_name not in project.keypairs:
        raise bad_request("Invalid key_name provided.")
    groups = _security_groups(order.security_groups)
    rules.check_metadata_quota(order.metadata, project.quotas)
    rules.check_personality_quota(order.personality, project.quotas)
    if order.count > runtime.config.max_count:
        raise bad_request(f"max_count must be at most {runtime.config.max_count}")
    if order.count > 1 and order.boot is not None and order.boot.source_type == "volume":
        raise bad_request("Cannot attach one or more volumes to multiple instances")
    count = quotas.instances_allowed(project, flavor, order.min_count, order.count)
    if order.group_id is not None:
        server_groups.check_join(project, order.group_id, count)
    return _Checked(flavor, root, networks, groups, count)


def create_servers(runtime: Runtime, project: Project, order: CreateRequest) -> Reservation:
    """Checks the order, takes its fixed IPs, then builds `checked.count` servers (BUILD, then ACTIVE)."""
    checked = _check(runtime, project, order)
    addresses = _allocate_all(project, order, checked.networks, checked.count)
    reservation = Reservation("r-" + secrets.token_hex(4), [])
    admin_pass = order.admin_pass if order.admin_pass is not None else _new_password()
    source = checked.root.source_image
    # TOAST copies the image's properties into the server's metadata.
    metadata = {**(source.properties if source else {}), "volume_size": str(checked.root.size_gb), **order.metadata}
    for i in range(checked.count):
        now = runtime.clock.now()
        server = Server(
            id=str(uuid.uuid4()),
            name=f"{order.name}-{i + 1}" if checked.count > 1 else order.name,
            tenant_id=project.tenant_id,
            user_id=project.user_id,
            flavor=checked.flavor,
            image=checked.root.shown_image,
            availability_zone=order.availability_zone or catalog.AVAILABILITY_ZONES[i % 2],
            created=now,
            updated=now,
            key_name=order.key_name,
            security_groups=list(checked.security_groups),
            metadata=dict(metadata),
            access_ipv4=order.access_ipv4,
            access_ipv6=order.access_ipv6,
            disk_config=order.disk_config,
            config_drive=order.config_drive,
            admin_pass=admin_pass,
            reservation_id=reservation.id,
            group_id=order.group_id,
        )
        for n, (network, address) in enumerate(zip(checked.networks, addresses[i], strict=True)):
            project.used_ips[address] = server.id
            server.addresses.append(Address(network.name, address, _mac(server.id, n)))
        if checked.root.on_volume:
            server.root_volume_id = str(uuid.uuid4())
            server.volumes[server.root_volume_id] = "/dev/vda"
            project.attached[server.root_volume_id] = server.id
        project.servers.add(server)
        runtime.lifecycle.build(project, server)
        reservation.servers.append(server)
    return reservation


@dataclass
class ServerChanges:
    """PUT /servers/{id}: the fields to change (None: unchanged)."""

    name: str | None = None
    access_ipv4: str | None = None
    access_ipv6: str | None = None
    disk_config: str | None = None


def update_server(runtime: Runtime, project: Project, server_id: str, changes: ServerChanges) -> Server:
    server = get_server(project, server_id)
    if changes.name is not None:
        server.name = changes.name
    if changes.access_ipv4 is not None:
        server.access_ipv4 = changes.access_ipv4
    if changes.access_ipv6 is not None:
        server.access_ipv6 = changes.access_ipv6
    if changes.disk_config is not None:
        server.disk_config = changes.disk_config
    server.touch(runtime.clock.now())
    return server


def delete_server(runtime: Runtime, project: Project, server_id: str) -> None:
    """Gone after the `delete` duration (at once by default); see `Lifecycle.delete`."""
    runtime.lifecycle.delete(project, get_server(project, server_id))


@dataclass
class ServerFilters:
    """GET /servers filters (Nova's, below microversion 2.38)."""

    statuses: frozenset[str] = frozenset()  # upper-case
    flavor_id: str | None = None
    image_id: str | None = None
    changes_since: float | None = None  # deleted servers are listed too
    name_pattern: str | None = None  # a regular expression (Nova: REGEXP search)
    name_matches: frozenset[str] | None = None  # the ids `match_names` found for it, when done beforehand
    reservation_id: str | None = None  # the servers of one create request


MAX_NAME_PATTERN = 255


def name_candidates(project: Project, with_deleted: bool) -> list[tuple[str, str]]:
    """(id, name) of the servers a name filter looks at: a snapshot for `match_names`."""
    return [(s.id, s.name) for s in project.servers.newest_first(with_deleted=with_deleted)]


def match_names(pattern: str, budget_seconds: float, candidates: Iterable[tuple[str, str]]) -> frozenset[str]:
    """The ids whose name matches the regular expression. Bounded: the `regex` engine (which releases
    the GIL) with a total time budget, so a catastrophic pattern gets a 400, never a hang."""
    if len(pattern) > MAX_NAME_PATTERN:
        raise bad_request(f"Invalid name filter: longer than {MAX_NAME_PATTERN} characters")
    try:
        compiled = regex.compile(pattern)
    except (regex.error, ValueError, OverflowError) as exc:
        raise bad_request(f"Invalid name filter: not a valid regular expression ({exc})") from None
    deadline = time.monotonic() + budget_seconds
    verdicts: dict[str, bool] = {}  # one search per distinct name
    matching = []
    for server_id, name in candidates:
        verdict = verdicts.get(name)
        if verdict is None:
            remaining = deadline - time.monotonic()
            try:
                if remaining <= 0:
                    raise TimeoutError
                verdict = verdicts[name] = compiled.search(name, timeout=remaining, concurrent=True) is not None
            except TimeoutError:
                raise bad_request("Invalid name filter: the regular expression takes too long to evaluate") from None
        if verdict:
            matching.append(server_id)
    return frozenset(matching)


def list_servers(runtime: Runtime, project: Project, filters: ServerFilters,
                 marker: str | None = None) -> Iterator[Server]:
    """Servers newest first, after the marker (unknown: 400), through the filters."""
    tests: list[Callable[[Server], bool]] = []
    statuses = filters.statuses
    if statuses:
        if not statuses <= KNOWN_STATUSES:
            return iter(())  # an unknown status matches nothing (below microversion 2.38)
        tests.append(lambda s: s.status in statuses)
    flavor_id, image_id, since = filters.flavor_id, filters.image_id, filters.changes_since
    if flavor_id is not None:
        tests.append(lambda s: s.flavor.id == flavor_id)
    if image_id is not None:
        tests.append(lambda s: s.image is not None and s.image.id == image_id)
    if since is not None:
        tests.append(lambda s: s.updated >= since)  # deleted servers included, as Nova does
        config = runtime.config
        project.servers.prune(runtime.clock.now() - config.deleted_retention_seconds, config.deleted_kept_per_tenant)
    reservation_id = filters.reservation_id
    if reservation_id is not None:
        tests.append(lambda s: s.reservation_id == reservation_id)
    if filters.name_pattern is not None:  # last: the most expensive test
        matching = filters.name_matches
        if matching is None:
            candidates = name_candidates(project, with_deleted=since is not None)
            matching = match_names(filters.name_pattern, runtime.config.regex_budget_seconds, candidates)
        tests.append(lambda s: s.id in matching)
    if marker is not None and not project.servers.known(marker):
        raise marker_not_found(marker)
    servers = project.servers.newest_first(marker, with_deleted=since is not None)
    if not tests:
        return servers
    if len(tests) == 1:
        return filter(tests[0], servers)
    return (s for s in servers if all(test(s) for test in tests))
