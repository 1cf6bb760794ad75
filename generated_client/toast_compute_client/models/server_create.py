from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, from_response

if TYPE_CHECKING:
    import httpx
from uuid import UUID

from ..models.disk_config import DiskConfig
from ..types import first_read_of_additional_properties, parse_uuid

if TYPE_CHECKING:
    from ..models.block_device_mapping import BlockDeviceMapping
    from ..models.metadata import Metadata
    from ..models.personality import Personality
    from ..models.security_group_ref import SecurityGroupRef
    from ..models.server_network import ServerNetwork


T = TypeVar("T", bound="ServerCreate")


@_attrs_define
class ServerCreate:
    """The server to create. Windows images need a flavor with at least 2 GB of RAM and a root disk of at least 50 GB, and
    cannot use U-type flavors; the root disk may be 10 GB (Linux) / 50 GB (Windows) to 1 TB.

    """

    name: str
    """ A server name (인스턴스 이름): 1–255 printable characters with at least one that is not a space. For a Windows
    image at most 15 characters (a NetBIOS limit the service enforces; the schema cannot know the image). """
    flavor_ref: str
    """ Flavor of the server (인스턴스 타입 ID). """
    networks: list[ServerNetwork]
    """ NICs to create, one per entry (네트워크 정보 객체). The document says Object; it is an array (errata E04). """
    image_ref: UUID | Unset = UNSET
    """ Image to create the server from (이미지 ID). The document marks it required; it may be omitted when the server
    boots from a volume or snapshot (errata E29). """
    key_name: str | Unset = UNSET
    """ Key pair to inject (접근 키). Both vendor documents mark it required; the service accepts a server without one,
    and real clients omit it (errata E27, E82). """
    availability_zone: str | Unset = UNSET
    """ Availability zone to create the server in (가용 영역); chosen by the service when omitted. """
    security_groups: list[SecurityGroupRef] | Unset = UNSET
    """ Security groups (보안 그룹 목록); only `default` when omitted. """
    user_data: str | Unset = UNSET
    """ Script and settings run after boot (인스턴스 부팅 후 실행할 스크립트), base64-encoded, at most 65535 characters encoded.
    """
    metadata: Metadata | Unset = UNSET
    """ Metadata key-value pairs (메타데이터): keys of 1–255 characters from letters, digits, space and `-_:.`, string
    values of at most 255 characters, at most 128 pairs (the `metadata_items` quota). """
    personality: list[Personality] | Unset = UNSET
    """ Files to inject (파일 정보 객체); deprecated (errata E30). """
    block_device_mapping_v2: list[BlockDeviceMapping] | Unset = UNSET
    """ Block devices (블록 스토리지 정보 객체). The document says Object; it is an array (errata E31). Today's document marks
    it required; flavors with a local root disk (U2, GPU) boot from `imageRef` without it, so it stays optional
    (errata E82). """
    min_count: int | Unset = UNSET
    """ Minimum number of servers to create, 1 by default. Only 1 when the root block storage's source is a volume
    (errata E32, E79). """
    max_count: int | Unset = UNSET
    """ Maximum number of servers to create, at most 10; defaults to `min_count`. Only 1 when the root block
    storage's source is a volume (errata E32, E79). """
    return_reservation_id: bool | Unset = UNSET
    """ Return `{"reservation_id": ...}` instead of the server (errata E32). """
    os_dcf_disk_config: DiskConfig | Unset = UNSET
    """ Disk partitioning mode (디스크 설정 모드). `AUTO`: the root partition is grown to fill the disk. `MANUAL`:
    partitions are laid out as in the image; space beyond it stays unused. """
    access_ipv4: str | Unset = UNSET
    """ Access IPv4 address. Not in the document; Nova validates it (errata E65). """
    access_ipv6: str | Unset = UNSET
    """ Access IPv6 address. Not in the document; Nova validates it (errata E65). """
    admin_pass: str | Unset = UNSET
    """ Administrator password to set. Not in the document (errata E65). """
    config_drive: bool | Unset = UNSET
    """ Whether to attach a configuration drive. Not in the document (errata E65). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        flavor_ref = self.flavor_ref

        networks = []
        for networks_item_data in self.networks:
            networks_item = networks_item_data.to_dict()
            networks.append(networks_item)

        image_ref: str | Unset = UNSET
        if not isinstance(self.image_ref, Unset):
            image_ref = str(self.image_ref)

        key_name = self.key_name

        availability_zone = self.availability_zone

        security_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.security_groups, Unset):
            security_groups = []
            for security_groups_item_data in self.security_groups:
                security_groups_item = security_groups_item_data.to_dict()
                security_groups.append(security_groups_item)

        user_data = self.user_data

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        personality: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.personality, Unset):
            personality = []
            for personality_item_data in self.personality:
                personality_item = personality_item_data.to_dict()
                personality.append(personality_item)

        block_device_mapping_v2: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.block_device_mapping_v2, Unset):
            block_device_mapping_v2 = []
            for block_device_mapping_v2_item_data in self.block_device_mapping_v2:
                block_device_mapping_v2_item = block_device_mapping_v2_item_data.to_dict()
                block_device_mapping_v2.append(block_device_mapping_v2_item)

        min_count = self.min_count

        max_count = self.max_count

        return_reservation_id = self.return_reservation_id

        os_dcf_disk_config: str | Unset = UNSET
        if not isinstance(self.os_dcf_disk_config, Unset):
            os_dcf_disk_config = self.os_dcf_disk_config.value

        access_ipv4 = self.access_ipv4

        access_ipv6 = self.access_ipv6

        admin_pass = self.admin_pass

        config_drive = self.config_drive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "flavorRef": flavor_ref,
                "networks": networks,
            }
        )
        if image_ref is not UNSET:
            field_dict["imageRef"] = image_ref
        if key_name is not UNSET:
            field_dict["key_name"] = key_name
        if availability_zone is not UNSET:
            field_dict["availability_zone"] = availability_zone
        if security_groups is not UNSET:
            field_dict["security_groups"] = security_groups
        if user_data is not UNSET:
            field_dict["user_data"] = user_data
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if personality is not UNSET:
            field_dict["personality"] = personality
        if block_device_mapping_v2 is not UNSET:
            field_dict["block_device_mapping_v2"] = block_device_mapping_v2
        if min_count is not UNSET:
            field_dict["min_count"] = min_count
        if max_count is not UNSET:
            field_dict["max_count"] = max_count
        if return_reservation_id is not UNSET:
            field_dict["return_reservation_id"] = return_reservation_id
        if os_dcf_disk_config is not UNSET:
            field_dict["OS-DCF:diskConfig"] = os_dcf_disk_config
        if access_ipv4 is not UNSET:
            field_dict["accessIPv4"] = access_ipv4
        if access_ipv6 is not UNSET:
            field_dict["accessIPv6"] = access_ipv6
        if admin_pass is not UNSET:
            field_dict["adminPass"] = admin_pass
        if config_drive is not UNSET:
            field_dict["config_drive"] = config_drive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        name = d["name"]

        flavor_ref = d["flavorRef"]

        networks = []
        _networks = d["networks"]
        for networks_item_data in _networks:
            networks_item = ServerNetwork.from_dict(networks_item_data)

            networks.append(networks_item)

        _image_ref = d.get("imageRef", UNSET)
        image_ref: UUID | Unset
        if isinstance(_image_ref, Unset):
            image_ref = UNSET
        else:
            image_ref = parse_uuid(_image_ref)

        key_name = d.get("key_name", UNSET)

        availability_zone = d.get("availability_zone", UNSET)

        _security_groups = d.get("security_groups", UNSET)
        security_groups: list[SecurityGroupRef] | Unset = UNSET
        if _security_groups is not UNSET:
            security_groups = []
            for security_groups_item_data in _security_groups:
                security_groups_item = SecurityGroupRef.from_dict(security_groups_item_data)

                security_groups.append(security_groups_item)

        user_data = d.get("user_data", UNSET)

        _metadata = d.get("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _personality = d.get("personality", UNSET)
        personality: list[Personality] | Unset = UNSET
        if _personality is not UNSET:
            personality = []
            for personality_item_data in _personality:
                personality_item = Personality.from_dict(personality_item_data)

                personality.append(personality_item)

        _block_device_mapping_v2 = d.get("block_device_mapping_v2", UNSET)
        block_device_mapping_v2: list[BlockDeviceMapping] | Unset = UNSET
        if _block_device_mapping_v2 is not UNSET:
            block_device_mapping_v2 = []
            for block_device_mapping_v2_item_data in _block_device_mapping_v2:
                block_device_mapping_v2_item = BlockDeviceMapping.from_dict(block_device_mapping_v2_item_data)

                block_device_mapping_v2.append(block_device_mapping_v2_item)

        min_count = d.get("min_count", UNSET)

        max_count = d.get("max_count", UNSET)

        return_reservation_id = d.get("return_reservation_id", UNSET)

        _os_dcf_disk_config = d.get("OS-DCF:diskConfig", UNSET)
        os_dcf_disk_config: DiskConfig | Unset
        if isinstance(_os_dcf_disk_config, Unset):
            os_dcf_disk_config = UNSET
        else:
            os_dcf_disk_config = DiskConfig(_os_dcf_disk_config)

        access_ipv4 = d.get("accessIPv4", UNSET)

        access_ipv6 = d.get("accessIPv6", UNSET)

        admin_pass = d.get("adminPass", UNSET)

        config_drive = d.get("config_drive", UNSET)

        fields_found = 3
        fields_found += image_ref is not UNSET
        fields_found += key_name is not UNSET
        fields_found += availability_zone is not UNSET
        fields_found += security_groups is not UNSET
        fields_found += user_data is not UNSET
        fields_found += metadata is not UNSET
        fields_found += personality is not UNSET
        fields_found += block_device_mapping_v2 is not UNSET
        fields_found += min_count is not UNSET
        fields_found += max_count is not UNSET
        fields_found += return_reservation_id is not UNSET
        fields_found += os_dcf_disk_config is not UNSET
        fields_found += access_ipv4 is not UNSET
        fields_found += access_ipv6 is not UNSET
        fields_found += admin_pass is not UNSET
        fields_found += config_drive is not UNSET

        if cls is ServerCreate:
            server_create = object.__new__(cls)
            server_create.name = name
            server_create.flavor_ref = flavor_ref
            server_create.networks = networks
            server_create.image_ref = image_ref
            server_create.key_name = key_name
            server_create.availability_zone = availability_zone
            server_create.security_groups = security_groups
            server_create.user_data = user_data
            server_create.metadata = metadata
            server_create.personality = personality
            server_create.block_device_mapping_v2 = block_device_mapping_v2
            server_create.min_count = min_count
            server_create.max_count = max_count
            server_create.return_reservation_id = return_reservation_id
            server_create.os_dcf_disk_config = os_dcf_disk_config
            server_create.access_ipv4 = access_ipv4
            server_create.access_ipv6 = access_ipv6
            server_create.admin_pass = admin_pass
            server_create.config_drive = config_drive
        else:
            server_create = cls(
                name,
                flavor_ref,
                networks,
                image_ref,
                key_name,
                availability_zone,
                security_groups,
                user_data,
                metadata,
                personality,
                block_device_mapping_v2,
                min_count,
                max_count,
                return_reservation_id,
                os_dcf_disk_config,
                access_ipv4,
                access_ipv6,
                admin_pass,
                config_drive,
            )

        if len(d) != fields_found:
            server_create.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return server_create

    @staticmethod
    def _from_wire(w: _ServerCreateWire) -> ServerCreate:
        name = w.name

        flavor_ref = w.flavor_ref

        networks = []
        _networks = w.networks
        for networks_item_data in _networks:
            networks_item = ServerNetwork._from_wire(networks_item_data)

            networks.append(networks_item)

        image_ref = w.image_ref

        key_name = w.key_name

        availability_zone = w.availability_zone

        _security_groups = w.security_groups
        security_groups: list[SecurityGroupRef] | Unset = UNSET
        if _security_groups is not UNSET:
            security_groups = []
            for security_groups_item_data in _security_groups:
                security_groups_item = SecurityGroupRef._from_wire(security_groups_item_data)

                security_groups.append(security_groups_item)

        user_data = w.user_data

        _metadata = w.metadata
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _personality = w.personality
        personality: list[Personality] | Unset = UNSET
        if _personality is not UNSET:
            personality = []
            for personality_item_data in _personality:
                personality_item = Personality._from_wire(personality_item_data)

                personality.append(personality_item)

        _block_device_mapping_v2 = w.block_device_mapping_v2
        block_device_mapping_v2: list[BlockDeviceMapping] | Unset = UNSET
        if _block_device_mapping_v2 is not UNSET:
            block_device_mapping_v2 = []
            for block_device_mapping_v2_item_data in _block_device_mapping_v2:
                block_device_mapping_v2_item = BlockDeviceMapping._from_wire(block_device_mapping_v2_item_data)

                block_device_mapping_v2.append(block_device_mapping_v2_item)

        min_count = w.min_count

        max_count = w.max_count

        return_reservation_id = w.return_reservation_id

        _os_dcf_disk_config = w.os_dcf_disk_config
        os_dcf_disk_config: DiskConfig | Unset
        if isinstance(_os_dcf_disk_config, Unset):
            os_dcf_disk_config = UNSET
        else:
            os_dcf_disk_config = DiskConfig(_os_dcf_disk_config)

        access_ipv4 = w.access_ipv4

        access_ipv6 = w.access_ipv6

        admin_pass = w.admin_pass

        config_drive = w.config_drive

        server_create = object.__new__(ServerCreate)
        server_create.name = name
        server_create.flavor_ref = flavor_ref
        server_create.networks = networks
        server_create.image_ref = image_ref
        server_create.key_name = key_name
        server_create.availability_zone = availability_zone
        server_create.security_groups = security_groups
        server_create.user_data = user_data
        server_create.metadata = metadata
        server_create.personality = personality
        server_create.block_device_mapping_v2 = block_device_mapping_v2
        server_create.min_count = min_count
        server_create.max_count = max_count
        server_create.return_reservation_id = return_reservation_id
        server_create.os_dcf_disk_config = os_dcf_disk_config
        server_create.access_ipv4 = access_ipv4
        server_create.access_ipv6 = access_ipv6
        server_create.admin_pass = admin_pass
        server_create.config_drive = config_drive
        return server_create

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerCreate:
        return from_response(response, _ServerCreateWire, ServerCreate._from_wire, ServerCreate.from_dict)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            if name == "additional_properties":
                return first_read_of_additional_properties(self)
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'", name=name, obj=self)


if TYPE_CHECKING:
    _ServerCreateWire = Any
else:

    class _ServerCreateWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        name: Any = _msgspec.field(name="name")
        flavor_ref: Any = _msgspec.field(name="flavorRef")
        networks: list[_ServerNetworkWire] = _msgspec.field(name="networks")
        image_ref: UUID | _msgspec.UnsetType = _msgspec.field(default=UNSET, name="imageRef")
        key_name: Any = _msgspec.field(default=UNSET, name="key_name")
        availability_zone: Any = _msgspec.field(default=UNSET, name="availability_zone")
        security_groups: list[_SecurityGroupRefWire] | _msgspec.UnsetType = _msgspec.field(
            default=UNSET, name="security_groups"
        )
        user_data: Any = _msgspec.field(default=UNSET, name="user_data")
        metadata: Any = _msgspec.field(default=UNSET, name="metadata")
        personality: list[_PersonalityWire] | _msgspec.UnsetType = _msgspec.field(default=UNSET, name="personality")
        block_device_mapping_v2: list[_BlockDeviceMappingWire] | _msgspec.UnsetType = _msgspec.field(
            default=UNSET, name="block_device_mapping_v2"
        )
        min_count: Any = _msgspec.field(default=UNSET, name="min_count")
        max_count: Any = _msgspec.field(default=UNSET, name="max_count")
        return_reservation_id: Any = _msgspec.field(default=UNSET, name="return_reservation_id")
        os_dcf_disk_config: Any = _msgspec.field(default=UNSET, name="OS-DCF:diskConfig")
        access_ipv4: Any = _msgspec.field(default=UNSET, name="accessIPv4")
        access_ipv6: Any = _msgspec.field(default=UNSET, name="accessIPv6")
        admin_pass: Any = _msgspec.field(default=UNSET, name="adminPass")
        config_drive: Any = _msgspec.field(default=UNSET, name="config_drive")


_FIELD_KEYS = frozenset(
    {
        "name",
        "flavorRef",
        "networks",
        "imageRef",
        "key_name",
        "availability_zone",
        "security_groups",
        "user_data",
        "metadata",
        "personality",
        "block_device_mapping_v2",
        "min_count",
        "max_count",
        "return_reservation_id",
        "OS-DCF:diskConfig",
        "accessIPv4",
        "accessIPv6",
        "adminPass",
        "config_drive",
    }
)


from ..models.block_device_mapping import BlockDeviceMapping, _BlockDeviceMappingWire
from ..models.metadata import Metadata
from ..models.personality import Personality, _PersonalityWire
from ..models.security_group_ref import SecurityGroupRef, _SecurityGroupRefWire
from ..models.server_network import ServerNetwork, _ServerNetworkWire
