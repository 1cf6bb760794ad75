"""POST /servers: checks every reference and the API document's TOAST rules, then builds servers.

Nova maps unknown references on create to 400 badRequest; TOAST adds: Windows names <= 15
characters, Windows needs >= 2 GB RAM and a >= 50 GB root disk, U-type flavors can't run Windows,
root disks are 10 GB (Linux) / 50 GB (Windows) to 1 TB, and flavors without a local disk
(m/c/r/t/x) need `block_device_mapping_v2`."""

from __future__ import annotations

import ipaddress
import secrets
import string
import uuid
from dataclasses import dataclass
from typing import Any

from . import catalog
from .catalog import Flavor, Image
from .faults import bad_request, conflict, forbidden
from .http import Call, Response
from .links import links, self_url
from .servers import Address, Server
from .validation import (
    boolean_like,
    check_base64,
    check_ip,
    check_metadata,
    check_name,
    check_string,
    invalid_input,
    is_uuid,
    require_object,
)

MAX_USER_DATA = 65535
MAX_ROOT_GB = 1000
WINDOWS_MIN_RAM = 2048
WINDOWS_MAX_NAME = 15
PERSONALITY_FILES, PERSONALITY_PATH, PERSONALITY_BYTES = 5, 255, 10240  # Nova's quotas
BDM_SOURCES = ("volume", "image", "snapshot", "blank")
BDM_DESTINATIONS = ("local", "volume")


@dataclass
class RootDisk:
    shown_image: Image | None  # imageRef: what the server view shows as `image` ("" when None)
    source_image: Image | None  # the image the root disk is made from (imageRef or the boot BDM)
    size_gb: int
    volume_id: str | None  # a block-storage root volume, attached as /dev/vda


def find_image(call: Call, image_id: str) -> Image | None:
    return catalog.IMAGES_BY_ID.get(image_id) or call.tenant.images.get(image_id)


def _positive_int(field: str, value: Any) -> int:
    if isinstance(value, bool) or not (isinstance(value, int) or (isinstance(value, str) and value.isdigit())):
        raise invalid_input(field, value, "is not a positive integer")
    number = int(value)
    if not 1 <= number <= 2**31 - 1:
        raise invalid_input(field, value, "is not a positive integer")
    return number


def find_flavor(value: Any, field: str = "flavorRef") -> Flavor:
    if isinstance(value, bool) or not isinstance(value, str | int) or str(value) == "":
        raise invalid_input(field, value, "is not a non-empty string or integer")
    flavor = catalog.FLAVORS_BY_ID.get(str(value))
    if flavor is None:
        raise bad_request(f"Invalid {field} provided.")
    return flavor


def _boot_mapping(spec: dict) -> dict | None:
    """Checks `block_device_mapping_v2` and returns the boot (boot_index 0) entry, if any."""
    mappings = spec.get("block_device_mapping_v2")
    if mappings is None:
        return None
    if not isinstance(mappings, list):
        raise invalid_input("block_device_mapping_v2", mappings, "is not of type 'array'")
    boot = None
    for i, bdm in enumerate(mappings):
        field = f"block_device_mapping_v2[{i}]"
        if not isinstance(bdm, dict):
            raise invalid_input(field, bdm, "is not of type 'object'")
        if bdm.get("source_type") not in BDM_SOURCES:
            raise invalid_input(f"{field}.source_type", bdm.get("source_type"), f"is not one of {list(BDM_SOURCES)}")
        if "destination_type" in bdm and bdm["destination_type"] not in BDM_DESTINATIONS:
            raise invalid_input(f"{field}.destination_type", bdm["destination_type"],
                                f"is not one of {list(BDM_DESTINATIONS)}")
        if "delete_on_termination" in bdm:
            boolean_like(f"{field}.delete_on_termination", bdm["delete_on_termination"])
        if bdm.get("volume_size") is not None:
            _positive_int(f"{field}.volume_size", bdm["volume_size"])
        if "uuid" in bdm and bdm["source_type"] != "blank" and not is_uuid(bdm["uuid"]):
            raise invalid_input(f"{field}.uuid", bdm["uuid"], "is not a 'uuid'")
        boot_index = bdm.get("boot_index")
        if boot_index is not None and not isinstance(boot_index, int | str):
            raise invalid_input(f"{field}.boot_index", boot_index, "is not of type 'integer', 'string', 'null'")
        if str(boot_index) == "0":
            if boot is not None:
                raise bad_request("Boot sequence for the instance and image/block device mapping combination "
                                  "is not valid: more than one boot device.")
            boot = bdm
    return boot


def _root_disk(call: Call, spec: dict, flavor: Flavor) -> RootDisk:
    """The root image/volume and its size (GB), from imageRef, the boot BDM and the flavor."""
    image = None
    image_ref = spec.get("imageRef")
    if image_ref not in (None, ""):
        if not is_uuid(image_ref):
            raise bad_request("Invalid imageRef provided.")
        image = find_image(call, image_ref)
        if image is None:
            raise bad_request("Can not find requested image")
    boot = _boot_mapping(spec)
    boot_image = None
    if boot is not None and boot["source_type"] == "image":
        boot_image = find_image(call, boot.get("uuid", ""))
        if boot_image is None:
            raise bad_request("Can not find requested image")
    source = image or boot_image
    if flavor.disk:  # u2: a local root disk of the flavor's size
        if source is None:
            raise bad_request("Missing imageRef attribute")
        return RootDisk(image, source, flavor.disk, None)
    if boot is None or boot.get("destination_type") != "volume":
        raise bad_request(f"Flavor {flavor.name} has no local disk: block_device_mapping_v2 with a boot_index 0 "
                          "entry and destination_type 'volume' is required")
    if boot["source_type"] == "blank":
        raise bad_request("A blank volume cannot be the root volume")
    if "uuid" not in boot:
        raise bad_request("block_device_mapping_v2 boot entry needs a 'uuid'")
    size = boot.get("volume_size")
    if size is None:
        if boot["source_type"] == "image":
            raise bad_request("volume_size is required for a root volume created from an image")
        size = source.min_disk if source else 10
    return RootDisk(image, source, int(size), str(uuid.uuid4()))


def _check_toast_rules(name: str, flavor: Flavor, image: Image | None, root_gb: int) -> None:
    windows = image is not None and image.is_windows
    if windows:
        if flavor.is_u_type:
            raise bad_request(f"U-type flavor {flavor.name} cannot use a Windows image")
        if flavor.ram < WINDOWS_MIN_RAM:
            raise bad_request(f"Windows images need at least 2 GB of RAM; flavor {flavor.name} has {flavor.ram} MB")
        if len(name) > WINDOWS_MAX_NAME:
            raise bad_request(f"The name of a Windows instance must be at most {WINDOWS_MAX_NAME} characters")
    minimum = 50 if windows else 10
    if not minimum <= root_gb <= MAX_ROOT_GB:
        raise bad_request(f"Root disk size {root_gb} GB is out of range: {minimum} GB to {MAX_ROOT_GB} GB "
                          f"for {'Windows' if windows else 'Linux'} images")


def _networks(call: Call, spec: dict) -> list[tuple[catalog.Network, str | None]]:
    """Each NIC as (network, fixed ip or None). TOAST requires `networks`; `subnet` is its extension."""
    networks = spec.get("networks")
    if networks is None:
        raise bad_request("Invalid input for field/attribute server. 'networks' is a required property")
    if not isinstance(networks, list) or not networks:
        raise invalid_input("networks", networks, "must be a non-empty array")
    nics = []
    for i, item in enumerate(networks):
        field = f"networks[{i}]"
        if not isinstance(item, dict):
            raise invalid_input(field, item, "is not of type 'object'")
        network = None
        if item.get("port") is not None:
            port = check_string(f"{field}.port", item["port"])
            raise bad_request(f"Port id {port} could not be found.")
        if "uuid" in item:
            network = catalog.NETWORKS_BY_ID.get(check_string(f"{field}.uuid", item["uuid"]))
            if network is None:
                raise bad_request(f"Network {item['uuid']} could not be found.")
        if "subnet" in item:
            found = catalog.SUBNETS.get(check_string(f"{field}.subnet", item["subnet"]))
            if found is None:
                raise bad_request(f"Subnet {item['subnet']} could not be found.")
            if network is not None and found[0] is not network:
                raise bad_request(f"Subnet {item['subnet']} does not belong to network {network.id}")
            network = found[0]
        if network is None:
            raise bad_request(f"Bad networks format: {field} needs a 'uuid', 'subnet' or 'port'")
        fixed_ip = item.get("fixed_ip")
        if fixed_ip is not None:
            check_ip(f"{field}.fixed_ip", fixed_ip)
            if not network.contains(fixed_ip):
                raise bad_request(f"Fixed IP address {fixed_ip} is not valid on network {network.id}")
        nics.append((network, fixed_ip))
    return nics


def _security_groups(spec: dict) -> list[str]:
    groups = spec.get("security_groups")
    if groups is None:
        return ["default"]
    if not isinstance(groups, list):
        raise invalid_input("security_groups", groups, "is not of type 'array'")
    names: list[str] = []
    for i, item in enumerate(groups):
        if not isinstance(item, dict) or "name" not in item:
            raise invalid_input(f"security_groups[{i}]", item, "must be an object with a 'name'")
        group = catalog.find_security_group(check_name(f"security_groups[{i}].name", item["name"]))
        if group is None:
            raise bad_request(f"Security group {item['name']} not found.")
        if group.name not in names:
            names.append(group.name)
    return names


def _personality(spec: dict) -> None:
    files = spec.get("personality")
    if files is None:
        return
    if not isinstance(files, list):
        raise invalid_input("personality", files, "is not of type 'array'")
    if len(files) > PERSONALITY_FILES:
        raise forbidden("Personality file limit exceeded")
    for i, item in enumerate(files):
        if not isinstance(item, dict) or "path" not in item or "contents" not in item:
            raise invalid_input(f"personality[{i}]", item, "must be an object with 'path' and 'contents'")
        if len(check_string(f"personality[{i}].path", item["path"], max_length=1 << 20)) > PERSONALITY_PATH:
            raise forbidden("Personality file path too long")
        if len(check_base64(f"personality[{i}].contents", item["contents"])) > PERSONALITY_BYTES:
            raise forbidden("Personality file content too long")


def _count(spec: dict) -> int:
    min_count = _positive_int("min_count", spec.get("min_count", 1))
    max_count = _positive_int("max_count", spec.get("max_count", min_count))
    if min_count > max_count:
        raise bad_request("min_count must be <= max_count")
    return max_count


def _allocate(call: Call, network: catalog.Network, fixed_ip: str | None) -> str:
    used = call.tenant.used_ips
    if fixed_ip is not None:
        if fixed_ip in used:
            raise conflict(f"Fixed IP address {fixed_ip} is already in use on instance {used[fixed_ip]}.")
        return fixed_ip
    subnet = ipaddress.ip_network(network.subnets[0].cidr)
    cursor = call.tenant.ip_cursor.get(subnet, 10)
    for offset in range(cursor, subnet.num_addresses - 1):
        address = str(subnet[offset])
        if address not in used:
            call.tenant.ip_cursor[subnet] = offset + 1
            return address
    raise conflict(f"No more IP addresses available on network {network.id}.")


def _mac(server_id: str, nic: int) -> str:
    raw = uuid.UUID(server_id).bytes
    return f"fa:16:3e:{raw[0]:02x}:{raw[1]:02x}:{(raw[2] + nic) % 256:02x}"


def _admin_pass(spec: dict) -> str:
    if "adminPass" in spec:
        return check_string("adminPass", spec["adminPass"], max_length=1 << 16, min_length=0)
    return "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(12))


def create_servers(call: Call) -> Response:
    spec = require_object(call.req.json(), "server")
    if "name" not in spec:
        raise bad_request("Invalid input for field/attribute server. 'name' is a required property")
    name = check_name("name", spec["name"])
    if "flavorRef" not in spec:
        raise bad_request("Invalid input for field/attribute server. 'flavorRef' is a required property")
    flavor = find_flavor(spec["flavorRef"])
    root = _root_disk(call, spec, flavor)
    _check_toast_rules(name, flavor, root.source_image, root.size_gb)
    nics = _networks(call, spec)
    zone = spec.get("availability_zone")
    if zone is not None and zone not in catalog.AVAILABILITY_ZONES:
        raise bad_request("The requested availability zone is not available")
    key_name = spec.get("key_name")
    if key_name is not None and check_string("key_name", key_name) not in call.tenant.keypairs:
        raise bad_request("Invalid key_name provided.")
    groups = _security_groups(spec)
    user_data = spec.get("user_data")
    if user_data is not None:
        if not isinstance(user_data, str) or len(user_data) > MAX_USER_DATA:
            raise bad_request(f"User data too large. User data must be no larger than {MAX_USER_DATA} bytes once "
                              "base64 encoded.")
        check_base64("user_data", user_data)
    metadata = check_metadata("metadata", spec.get("metadata", {}))
    _personality(spec)
    config_drive = boolean_like("config_drive", spec["config_drive"]) if "config_drive" in spec else False
    ipv4 = check_ip("accessIPv4", spec["accessIPv4"], 4) if spec.get("accessIPv4") else ""
    ipv6 = check_ip("accessIPv6", spec["accessIPv6"], 6) if spec.get("accessIPv6") else ""
    disk_config = spec.get("OS-DCF:diskConfig", "MANUAL")
    if disk_config not in ("AUTO", "MANUAL"):
        raise invalid_input("OS-DCF:diskConfig", disk_config, "is not one of ['AUTO', 'MANUAL']")
    admin_pass = _admin_pass(spec)
    count = _count(spec)
    if count > call.state.config.max_count:
        raise bad_request(f"max_count must be at most {call.state.config.max_count}")
    want_reservation = boolean_like("return_reservation_id", spec.get("return_reservation_id", False))

    reservation_id = "r-" + secrets.token_hex(4)
    # TOAST copies the image's properties into the server's metadata.
    base_metadata = dict(root.source_image.properties) if root.source_image else {}
    base_metadata["volume_size"] = str(root.size_gb)
    servers = []
    for i in range(count):
        server_id = str(uuid.uuid4())
        now = call.state.clock.now()
        server = Server(
            id=server_id,
            name=f"{name}-{i + 1}" if count > 1 else name,
            tenant_id=call.tenant_id,
            user_id=call.user_id,
            flavor=flavor,
            image=root.shown_image,
            availability_zone=zone or catalog.AVAILABILITY_ZONES[len(servers) % 2],
            created=now,
            updated=now,
            key_name=key_name,
            security_groups=list(groups),
            metadata={**base_metadata, **metadata},
            access_ipv4=ipv4,
            access_ipv6=ipv6,
            disk_config=disk_config,
            config_drive=config_drive,
            admin_pass=admin_pass,
            reservation_id=reservation_id,
        )
        for n, (network, fixed_ip) in enumerate(nics):
            address = _allocate(call, network, fixed_ip)
            call.tenant.used_ips[address] = server_id
            server.addresses.append(Address(network.name, address, _mac(server_id, n)))
        if root.volume_id:
            server.root_volume_id = root.volume_id if i == 0 else str(uuid.uuid4())
            server.volumes[server.root_volume_id] = "/dev/vda"
            call.tenant.attached[server.root_volume_id] = server_id
        call.tenant.servers.add(server)
        call.state.lifecycle.build(server)
        servers.append(server)
    first = servers[0]
    location = self_url(call.base, call.tenant_id, "servers", first.id)
    if want_reservation:
        return Response(202, {"reservation_id": reservation_id}, {"Location": location})
    body = {
        "id": first.id,
        "links": links(call.base, call.tenant_id, "servers", first.id),
        "OS-DCF:diskConfig": first.disk_config,
        "security_groups": [{"name": g} for g in groups],
        "adminPass": admin_pass,
    }
    return Response(202, {"server": body}, {"Location": location})

