"""The body of POST /servers as Nova's JSON schema checks it (types, formats, lengths, required
keys; unknown keys are stripped), into the backend's `CreateRequest`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..backend.servers import BlockDevice, CreateRequest, Nic
from ..faults import bad_request
from ..validation import (
    boolean_like,
    check_base64,
    check_disk_config,
    check_flavor_ref,
    check_ip,
    check_metadata,
    check_name,
    check_object,
    check_positive_int,
    check_string,
    invalid_input,
    is_uuid,
    required,
)

MAX_USER_DATA = 65535
BDM_SOURCES = ("volume", "image", "snapshot", "blank")
BDM_DESTINATIONS = ("local", "volume")


def _array(field: str, value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise invalid_input(field, value, "is not of type 'array'")
    return value


def _block_device(field: str, bdm: Any) -> BlockDevice:
    check_object(field, bdm)
    source = bdm.get("source_type")
    if source not in BDM_SOURCES:
        raise invalid_input(f"{field}.source_type", source, f"is not one of {list(BDM_SOURCES)}")
    destination = bdm.get("destination_type")
    if "destination_type" in bdm and destination not in BDM_DESTINATIONS:
        raise invalid_input(f"{field}.destination_type", destination, f"is not one of {list(BDM_DESTINATIONS)}")
    if "delete_on_termination" in bdm:
        boolean_like(f"{field}.delete_on_termination", bdm["delete_on_termination"])
    size = bdm.get("volume_size")
    if size is not None:
        size = check_positive_int(f"{field}.volume_size", size)
    volume = bdm.get("uuid")
    if source != "blank" and volume is None:
        raise bad_request("Block Device Mapping is Invalid: Missing device UUID.")
    if "uuid" in bdm and source != "blank" and not is_uuid(volume):
        raise invalid_input(f"{field}.uuid", volume, "is not a 'uuid'")
    if "volume_type" in bdm and bdm["volume_type"] is not None:
        check_string(f"{field}.volume_type", bdm["volume_type"])
    if "nhn_encryption" in bdm:
        _encryption(f"{field}.nhn_encryption", bdm["nhn_encryption"])
    return BlockDevice(source, destination, None if volume is None else str(volume), size)


def _encryption(field: str, value: Any) -> None:
    """NHN's encrypted volume: a Secure Key Manager app key and key id, both needed."""
    encryption = check_object(field, value)
    for key in ("skm_appkey", "skm_key_id"):
        check_string(f"{field}.{key}", required(encryption, key, field))


def _boot_device(mappings: Any) -> BlockDevice | None:
    """Checks `block_device_mapping_v2` and returns its boot (boot_index 0) entry, if any."""
    boot = None
    for i, bdm in enumerate(_array("block_device_mapping_v2", mappings)):
        field = f"block_device_mapping_v2[{i}]"
        device = _block_device(field, bdm)
        boot_index = bdm.get("boot_index")
        if boot_index is not None and not isinstance(boot_index, int | str):
            raise invalid_input(f"{field}.boot_index", boot_index, "is not of type 'integer', 'string', 'null'")
        if str(boot_index) == "0":
            if boot is not None:
                raise bad_request("Boot sequence for the instance and image/block device mapping combination "
                                  "is not valid: more than one boot device.")
            boot = device
    return boot


def _nic(field: str, item: Any) -> Nic:
    check_object(field, item)
    port = item.get("port")
    fixed_ip = item.get("fixed_ip")
    return Nic(
        network_id=check_string(f"{field}.uuid", item["uuid"]) if "uuid" in item else None,
        subnet_id=check_string(f"{field}.subnet", item["subnet"]) if "subnet" in item else None,
        port_id=None if port is None else check_string(f"{field}.port", port),
        fixed_ip=None if fixed_ip is None else check_ip(f"{field}.fixed_ip", fixed_ip),
    )


def _nics(networks: Any) -> list[Nic]:
    """TOAST requires `networks` (Nova's `auto`/`none` are not offered); `subnet` is its extension."""
    if not isinstance(networks, list) or not networks:
        raise invalid_input("networks", networks, "must be a non-empty array")
    return [_nic(f"networks[{i}]", item) for i, item in enumerate(networks)]


def _security_groups(groups: Any) -> list[str]:
    names = []
    for i, item in enumerate(_array("security_groups", groups)):
        if not isinstance(item, dict) or "name" not in item:
            raise invalid_input(f"security_groups[{i}]", item, "must be an object with a 'name'")
        names.append(check_name(f"security_groups[{i}].name", item["name"]))
    return names


def _personality(files: Any) -> list[tuple[str, bytes]]:
    parsed = []
    for i, item in enumerate(_array("personality", files)):
        if not isinstance(item, dict) or "path" not in item or "contents" not in item:
            raise invalid_input(f"personality[{i}]", item, "must be an object with 'path' and 'contents'")
        path = check_string(f"personality[{i}].path", item["path"], max_length=1 << 20)
        parsed.append((path, check_base64(f"personality[{i}].contents", item["contents"])))
    return parsed


def _user_data(value: Any) -> None:
    if not isinstance(value, str) or len(value) > MAX_USER_DATA:
        raise bad_request(f"User data too large. User data must be no larger than {MAX_USER_DATA} bytes once "
                          "base64 encoded.")
    check_base64("user_data", value)


def _image_ref(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if not is_uuid(value):
        raise bad_request("Invalid imageRef provided.")
    return str(value)


def _counts(body: dict[str, Any]) -> tuple[int, int]:
    """(min_count, max_count)."""
    min_count = check_positive_int("min_count", body.get("min_count", 1))
    max_count = check_positive_int("max_count", body.get("max_count", min_count))
    if min_count > max_count:
        raise bad_request("min_count must be <= max_count")
    return min_count, max_count


def _optional(body: dict[str, Any], key: str, parse: Callable[[Any], Any], default: Any = None) -> Any:
    """`parse(body[key])` when the key is there and not null, else `default`."""
    value = body.get(key)
    return default if value is None else parse(value)


def parse_create_request(body: dict[str, Any]) -> CreateRequest:
    """`body` is the object under "server"."""
    name = check_name("name", required(body, "name", "server"))
    flavor_ref = check_flavor_ref("flavorRef", required(body, "flavorRef", "server"))
    image_ref = _image_ref(body.get("imageRef"))
    boot = _optional(body, "block_device_mapping_v2", _boot_device)
    nics = _nics(required(body, "networks", "server"))
    zone = _optional(body, "availability_zone", lambda v: check_string("availability_zone", v))
    key_name = _optional(body, "key_name", lambda v: check_string("key_name", v))
    security_groups = _optional(body, "security_groups", _security_groups, ["default"])
    _optional(body, "user_data", _user_data)
    metadata = check_metadata("metadata", body.get("metadata", {}))
    personality = _optional(body, "personality", _personality, [])
    config_drive = boolean_like("config_drive", body["config_drive"]) if "config_drive" in body else False
    ipv4 = check_ip("accessIPv4", body["accessIPv4"], 4) if body.get("accessIPv4") else ""
    ipv6 = check_ip("accessIPv6", body["accessIPv6"], 6) if body.get("accessIPv6") else ""
    disk_config = check_disk_config(body.get("OS-DCF:diskConfig", "MANUAL"))
    admin_pass = None
    if "adminPass" in body:
        admin_pass = check_string("adminPass", body["adminPass"], max_length=1 << 16, min_length=0)
    min_count, max_count = _counts(body)
    return CreateRequest(
        name=name, flavor_ref=flavor_ref, nics=nics, image_ref=image_ref, boot=boot,
        availability_zone=zone, key_name=key_name, security_groups=security_groups,
        metadata=metadata, personality=personality, config_drive=config_drive, access_ipv4=ipv4,
        access_ipv6=ipv6, disk_config=disk_config, admin_pass=admin_pass, count=max_count,
        min_count=min_count,
    )


def scheduler_group(root: dict[str, Any]) -> str | None:
    """`os:scheduler_hints.group` (or the legacy `OS-SCH-HNT:scheduler_hints`), a sibling of `server`:
    the placement policy's id. Other hints are Nova's and ignored here."""
    hints = root.get("os:scheduler_hints", root.get("OS-SCH-HNT:scheduler_hints"))
    if hints is None:
        return None
    group = check_object("os:scheduler_hints", hints).get("group")
    if group is None:
        return None
    if not is_uuid(group):
        raise invalid_input("os:scheduler_hints.group", group, "is not a 'uuid'")
    return str(group)
