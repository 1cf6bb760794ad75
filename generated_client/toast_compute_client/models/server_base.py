from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, from_response

if TYPE_CHECKING:
    import httpx
import datetime
from typing import cast
from uuid import UUID

from ..models.disk_config import DiskConfig
from ..models.empty_string import EmptyString
from ..models.server_status import ServerStatus
from ..types import first_read_of_additional_properties, parse_uuid

if TYPE_CHECKING:
    from ..models.link import Link
    from ..models.server_addresses import ServerAddresses
    from ..models.server_fault import ServerFault
    from ..models.server_flavor import ServerFlavor
    from ..models.server_image import ServerImage
    from ..models.server_metadata import ServerMetadata


T = TypeVar("T", bound="ServerBase")


@_attrs_define
class ServerBase:
    """The fields every full server representation has. On its own it is the reduced view that a server update (PUT)
    returns in Nova's legacy /v2 API (errata E36); `Server` adds the extended attributes. Responses may carry fields not
    listed here (the service says so); clients keep them.

    """

    id: UUID
    """ Server ID (인스턴스 ID). """
    name: str
    """ Server name (인스턴스 이름), at most 255 characters. """
    status: ServerStatus | str
    """ Server status (인스턴스 상태). One of the `ServerStatus` values today; any other string must be expected (errata
    E15). """
    tenant_id: str
    """ Tenant the server belongs to (인스턴스가 속한 테넌트 ID). """
    user_id: str
    """ User who created the server (인스턴스를 생성한 사용자 ID). """
    metadata: ServerMetadata
    """ Server metadata (메타데이터 객체), key-value pairs of strings. """
    host_id: str
    """ Opaque identifier of the host the server runs on (호스트 구분자); `""` before it is scheduled. """
    image: EmptyString | ServerImage
    """ The image (이미지 정보 객체), or `""` for a server booted from a volume without an image (errata E19). """
    flavor: ServerFlavor
    """ The flavor of a server (인스턴스 타입 정보 객체). Nova returns `{}` when the flavor no longer exists, so `id` is not
    required. """
    created: datetime.datetime
    """ An RFC 3339 timestamp in UTC with a `Z` suffix, e.g. `2020-02-25T01:22:24Z` (yyyy-mm-ddTHH:MM:SSZ). """
    updated: datetime.datetime
    """ An RFC 3339 timestamp in UTC with a `Z` suffix, e.g. `2020-02-25T01:22:24Z` (yyyy-mm-ddTHH:MM:SSZ). """
    addresses: ServerAddresses
    """ IP addresses of the server by network name (인스턴스 IP 목록 객체): each key is a network name, each value the list
    of addresses on that network. Empty (`{}`) while the server is building. The document shows each network as an
    object; it is an array (errata E25). """
    links: list[Link]
    """ Links to the server (인스턴스 경로 객체). """
    access_ipv4: str | Unset = UNSET
    """ Access IPv4 address; `""` when unset (always on TOAST). Always sent (`x-always-sent`, errata E100). """
    access_ipv6: str | Unset = UNSET
    """ Access IPv6 address; `""` when unset (always on TOAST). Always sent (`x-always-sent`, errata E100). """
    os_dcf_disk_config: DiskConfig | str | Unset = UNSET
    """ Disk partitioning mode (디스크 설정 모드), `MANUAL` or `AUTO`. The 2020 document says TOAST uses only `MANUAL`
    (errata E48); the vendor removed the field from its document in 2024, so it may be absent (E85). """
    progress: int | Unset = UNSET
    """ Build or resize progress in percent; only in some statuses (errata E24). """
    fault: ServerFault | Unset = UNSET
    """ Why the server is in `ERROR` (or how it was deleted). Present only in those states; not in the document
    (errata E24). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        status: str
        if isinstance(self.status, ServerStatus):
            status = self.status.value
        else:
            status = self.status

        tenant_id = self.tenant_id

        user_id = self.user_id

        metadata = self.metadata.to_dict()

        host_id = self.host_id

        image: dict[str, Any] | str
        if isinstance(self.image, ServerImage):
            image = self.image.to_dict()
        else:
            image = self.image.value

        flavor = self.flavor.to_dict()

        created = self.created.isoformat()

        updated = self.updated.isoformat()

        addresses = self.addresses.to_dict()

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        access_ipv4 = self.access_ipv4

        access_ipv6 = self.access_ipv6

        os_dcf_disk_config: str | Unset
        if isinstance(self.os_dcf_disk_config, Unset):
            os_dcf_disk_config = UNSET
        elif isinstance(self.os_dcf_disk_config, DiskConfig):
            os_dcf_disk_config = self.os_dcf_disk_config.value
        else:
            os_dcf_disk_config = self.os_dcf_disk_config

        progress = self.progress

        fault: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fault, Unset):
            fault = self.fault.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
                "tenant_id": tenant_id,
                "user_id": user_id,
                "metadata": metadata,
                "hostId": host_id,
                "image": image,
                "flavor": flavor,
                "created": created,
                "updated": updated,
                "addresses": addresses,
                "links": links,
            }
        )
        if access_ipv4 is not UNSET:
            field_dict["accessIPv4"] = access_ipv4
        if access_ipv6 is not UNSET:
            field_dict["accessIPv6"] = access_ipv6
        if os_dcf_disk_config is not UNSET:
            field_dict["OS-DCF:diskConfig"] = os_dcf_disk_config
        if progress is not UNSET:
            field_dict["progress"] = progress
        if fault is not UNSET:
            field_dict["fault"] = fault

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = parse_uuid(d["id"])

        name = d["name"]

        status = _parse_status(d["status"])

        tenant_id = d["tenant_id"]

        user_id = d["user_id"]

        metadata = ServerMetadata.from_dict(d["metadata"])

        host_id = d["hostId"]

        image = _parse_image(d["image"])

        flavor = ServerFlavor.from_dict(d["flavor"])

        created = datetime.datetime.fromisoformat(d["created"])

        updated = datetime.datetime.fromisoformat(d["updated"])

        addresses = ServerAddresses.from_dict(d["addresses"])

        links = []
        _links = d["links"]
        for links_item_data in _links:
            links_item = Link.from_dict(links_item_data)

            links.append(links_item)

        access_ipv4 = d.get("accessIPv4", UNSET)

        access_ipv6 = d.get("accessIPv6", UNSET)

        os_dcf_disk_config = _parse_os_dcf_disk_config(d.get("OS-DCF:diskConfig", UNSET))

        progress = d.get("progress", UNSET)

        _fault = d.get("fault", UNSET)
        fault: ServerFault | Unset
        if isinstance(_fault, Unset):
            fault = UNSET
        else:
            fault = ServerFault.from_dict(_fault)

        fields_found = 13
        fields_found += access_ipv4 is not UNSET
        fields_found += access_ipv6 is not UNSET
        fields_found += os_dcf_disk_config is not UNSET
        fields_found += progress is not UNSET
        fields_found += fault is not UNSET

        if cls is ServerBase:
            server_base = object.__new__(cls)
            server_base.id = id
            server_base.name = name
            server_base.status = status
            server_base.tenant_id = tenant_id
            server_base.user_id = user_id
            server_base.metadata = metadata
            server_base.host_id = host_id
            server_base.image = image
            server_base.flavor = flavor
            server_base.created = created
            server_base.updated = updated
            server_base.addresses = addresses
            server_base.links = links
            server_base.access_ipv4 = access_ipv4
            server_base.access_ipv6 = access_ipv6
            server_base.os_dcf_disk_config = os_dcf_disk_config
            server_base.progress = progress
            server_base.fault = fault
        else:
            server_base = cls(
                id,
                name,
                status,
                tenant_id,
                user_id,
                metadata,
                host_id,
                image,
                flavor,
                created,
                updated,
                addresses,
                links,
                access_ipv4,
                access_ipv6,
                os_dcf_disk_config,
                progress,
                fault,
            )

        if len(d) != fields_found:
            server_base.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return server_base

    @staticmethod
    def _from_wire(w: _ServerBaseWire) -> ServerBase:
        id = w.id

        name = w.name

        status = _parse_status(w.status)

        tenant_id = w.tenant_id

        user_id = w.user_id

        metadata = ServerMetadata.from_dict(w.metadata)

        host_id = w.host_id

        image = _parse_image(w.image)

        flavor = ServerFlavor._from_wire(w.flavor)

        created = datetime.datetime.fromisoformat(w.created)

        updated = datetime.datetime.fromisoformat(w.updated)

        addresses = ServerAddresses.from_dict(w.addresses)

        links = []
        _links = w.links
        for links_item_data in _links:
            links_item = Link._from_wire(links_item_data)

            links.append(links_item)

        access_ipv4 = w.access_ipv4

        access_ipv6 = w.access_ipv6

        os_dcf_disk_config = _parse_os_dcf_disk_config(w.os_dcf_disk_config)

        progress = w.progress

        _fault = w.fault
        fault: ServerFault | Unset
        if isinstance(_fault, Unset):
            fault = UNSET
        else:
            fault = ServerFault._from_wire(_fault)

        server_base = object.__new__(ServerBase)
        server_base.id = id
        server_base.name = name
        server_base.status = status
        server_base.tenant_id = tenant_id
        server_base.user_id = user_id
        server_base.metadata = metadata
        server_base.host_id = host_id
        server_base.image = image
        server_base.flavor = flavor
        server_base.created = created
        server_base.updated = updated
        server_base.addresses = addresses
        server_base.links = links
        server_base.access_ipv4 = access_ipv4
        server_base.access_ipv6 = access_ipv6
        server_base.os_dcf_disk_config = os_dcf_disk_config
        server_base.progress = progress
        server_base.fault = fault
        return server_base

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerBase:
        return from_response(response, _ServerBaseWire, ServerBase._from_wire, ServerBase.from_dict)

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
    _ServerBaseWire = Any
else:

    class _ServerBaseWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        id: UUID = _msgspec.field(name="id")
        name: Any = _msgspec.field(name="name")
        status: Any = _msgspec.field(name="status")
        tenant_id: Any = _msgspec.field(name="tenant_id")
        user_id: Any = _msgspec.field(name="user_id")
        metadata: Any = _msgspec.field(name="metadata")
        host_id: Any = _msgspec.field(name="hostId")
        image: Any = _msgspec.field(name="image")
        flavor: _ServerFlavorWire = _msgspec.field(name="flavor")
        created: Any = _msgspec.field(name="created")
        updated: Any = _msgspec.field(name="updated")
        addresses: Any = _msgspec.field(name="addresses")
        links: list[_LinkWire] = _msgspec.field(name="links")
        access_ipv4: Any = _msgspec.field(default=UNSET, name="accessIPv4")
        access_ipv6: Any = _msgspec.field(default=UNSET, name="accessIPv6")
        os_dcf_disk_config: Any = _msgspec.field(default=UNSET, name="OS-DCF:diskConfig")
        progress: Any = _msgspec.field(default=UNSET, name="progress")
        fault: _ServerFaultWire | _msgspec.UnsetType = _msgspec.field(default=UNSET, name="fault")


_FIELD_KEYS = frozenset(
    {
        "id",
        "name",
        "status",
        "tenant_id",
        "user_id",
        "metadata",
        "hostId",
        "image",
        "flavor",
        "created",
        "updated",
        "addresses",
        "links",
        "accessIPv4",
        "accessIPv6",
        "OS-DCF:diskConfig",
        "progress",
        "fault",
    }
)


_SERVER_STATUS_VALUES = ServerStatus._value2member_map_


def _parse_status(data: object) -> ServerStatus | str:
    if isinstance(data, str):
        status_type_0 = _SERVER_STATUS_VALUES.get(data)
        if status_type_0 is not None:
            return status_type_0  # type: ignore[return-value]
    return cast(ServerStatus | str, data)


def _parse_image(data: object) -> EmptyString | ServerImage:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        image_type_0 = ServerImage.from_dict(data)

        return image_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, str):
        raise TypeError()
    image_type_1 = EmptyString(data)

    return image_type_1


_DISK_CONFIG_VALUES = DiskConfig._value2member_map_


def _parse_os_dcf_disk_config(data: object) -> DiskConfig | str | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        os_dcf_disk_config_type_0 = _DISK_CONFIG_VALUES.get(data)
        if os_dcf_disk_config_type_0 is not None:
            return os_dcf_disk_config_type_0  # type: ignore[return-value]
    return cast(DiskConfig | str | Unset, data)


from ..models.link import Link, _LinkWire
from ..models.server_addresses import ServerAddresses
from ..models.server_fault import ServerFault, _ServerFaultWire
from ..models.server_flavor import ServerFlavor, _ServerFlavorWire
from ..models.server_image import ServerImage
from ..models.server_metadata import ServerMetadata
