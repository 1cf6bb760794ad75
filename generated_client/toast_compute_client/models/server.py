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
from ..models.server_power_state import ServerPowerState
from ..models.server_status import ServerStatus
from ..models.server_vm_state import ServerVmState
from ..types import first_read_of_additional_properties, parse_uuid

if TYPE_CHECKING:
    from ..models.attached_volume import AttachedVolume
    from ..models.link import Link
    from ..models.security_group_ref import SecurityGroupRef
    from ..models.server_addresses import ServerAddresses
    from ..models.server_fault import ServerFault
    from ..models.server_flavor import ServerFlavor
    from ..models.server_image import ServerImage
    from ..models.server_metadata import ServerMetadata


T = TypeVar("T", bound="Server")


@_attrs_define
class Server:
    """A server (인스턴스) with its extended attributes, as get and the detail list return it."""

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
    key_name: None | str | Unset = UNSET
    """ Name of the key pair injected into the server (접속키 이름); `null` when none (errata E20). Always sent
    (`x-always-sent`, errata E100). """
    security_groups: list[SecurityGroupRef] | Unset = UNSET
    """ Security groups of the server (보안 그룹 목록 객체). Omitted when the server has none (errata E23). """
    config_drive: None | str | Unset = UNSET
    """ `"True"` when the server has a config drive, otherwise `""`. Always sent (`x-always-sent`, errata E100). """
    os_ext_az_availability_zone: str | Unset = UNSET
    """ Availability zone of the server, e.g. `kr-pub-a`. Always sent (`x-always-sent`, errata E100). """
    os_ext_sts_task_state: None | str | Unset = UNSET
    """ The task in progress (작업 상태), `null` when none. Known values include `scheduling`, `block_device_mapping`,
    `networking`, `spawning`, `powering-off`, `powering-on`, `rebooting`, `reboot_started`, `rebooting_hard`,
    `reboot_started_hard`, `resize_prep`, `resize_migrating`, `resize_migrated`, `resize_finish`, `image_snapshot`,
    `image_uploading`, `deleting`, and for shelve/unshelve `shelving`, `shelving_image_pending_upload`,
    `shelving_image_uploading`, `shelving_offloading`, `unshelving` (errata E74). Always sent (`x-always-sent`,
    errata E100). """
    os_ext_sts_vm_state: None | ServerVmState | str | Unset = UNSET
    """ The VM state (구동 상태), lower-case; see `ServerVmState` (errata E20). Always sent (`x-always-sent`, errata
    E100). """
    os_ext_sts_power_state: int | None | ServerPowerState | Unset = UNSET
    """ The power state (전원 상태); 1 is On and 4 is Off, see `ServerPowerState` (errata E21). Always sent (`x-always-
    sent`, errata E100). """
    os_srv_usg_launched_at: datetime.datetime | None | str | Unset = UNSET
    """ When the server was last booted (마지막 부팅 시각), `yyyy-mm-ddTHH:MM:SS.ssssss` without a timezone; `null` before
    the first boot (errata E22). Always sent (`x-always-sent`, errata E100). """
    os_srv_usg_terminated_at: datetime.datetime | None | str | Unset = UNSET
    """ When the server was deleted (삭제 시각), without a timezone; `null` until then (errata E22). Always sent
    (`x-always-sent`, errata E100). """
    nhn_ext_attr_protect: bool | Unset = UNSET
    """ Whether delete protection is on (인스턴스 삭제 보호 여부); a protected server cannot be deleted. An NHN Cloud
    addition, shown since 2022-05-24 (errata E80). """
    nhn_ext_attr_ephemeral_disk_size: int | Unset = UNSET
    """ Size in GB of the additional local block storage attached to the server (추가 로컬 블록 스토리지 크기); an NHN Cloud
    addition (errata E80). """
    os_extended_volumes_volumes_attached: list[AttachedVolume] | Unset = UNSET
    """ Volumes attached to the server (연결된 추가 볼륨 목록 객체). Always sent (`x-always-sent`, errata E100). """
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

        key_name: None | str | Unset
        if isinstance(self.key_name, Unset):
            key_name = UNSET
        else:
            key_name = self.key_name

        security_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.security_groups, Unset):
            security_groups = []
            for security_groups_item_data in self.security_groups:
                security_groups_item = security_groups_item_data.to_dict()
                security_groups.append(security_groups_item)

        config_drive: None | str | Unset
        if isinstance(self.config_drive, Unset):
            config_drive = UNSET
        else:
            config_drive = self.config_drive

        os_ext_az_availability_zone = self.os_ext_az_availability_zone

        os_ext_sts_task_state: None | str | Unset
        if isinstance(self.os_ext_sts_task_state, Unset):
            os_ext_sts_task_state = UNSET
        else:
            os_ext_sts_task_state = self.os_ext_sts_task_state

        os_ext_sts_vm_state: None | str | Unset
        if isinstance(self.os_ext_sts_vm_state, Unset):
            os_ext_sts_vm_state = UNSET
        elif isinstance(self.os_ext_sts_vm_state, ServerVmState):
            os_ext_sts_vm_state = self.os_ext_sts_vm_state.value
        else:
            os_ext_sts_vm_state = self.os_ext_sts_vm_state

        os_ext_sts_power_state: int | None | Unset
        if isinstance(self.os_ext_sts_power_state, Unset):
            os_ext_sts_power_state = UNSET
        elif isinstance(self.os_ext_sts_power_state, ServerPowerState):
            os_ext_sts_power_state = self.os_ext_sts_power_state.value
        else:
            os_ext_sts_power_state = self.os_ext_sts_power_state

        os_srv_usg_launched_at: None | str | Unset
        if isinstance(self.os_srv_usg_launched_at, Unset):
            os_srv_usg_launched_at = UNSET
        elif isinstance(self.os_srv_usg_launched_at, datetime.datetime):
            os_srv_usg_launched_at = self.os_srv_usg_launched_at.isoformat()
        else:
            os_srv_usg_launched_at = self.os_srv_usg_launched_at

        os_srv_usg_terminated_at: None | str | Unset
        if isinstance(self.os_srv_usg_terminated_at, Unset):
            os_srv_usg_terminated_at = UNSET
        elif isinstance(self.os_srv_usg_terminated_at, datetime.datetime):
            os_srv_usg_terminated_at = self.os_srv_usg_terminated_at.isoformat()
        else:
            os_srv_usg_terminated_at = self.os_srv_usg_terminated_at

        nhn_ext_attr_protect = self.nhn_ext_attr_protect

        nhn_ext_attr_ephemeral_disk_size = self.nhn_ext_attr_ephemeral_disk_size

        os_extended_volumes_volumes_attached: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.os_extended_volumes_volumes_attached, Unset):
            os_extended_volumes_volumes_attached = []
            for os_extended_volumes_volumes_attached_item_data in self.os_extended_volumes_volumes_attached:
                os_extended_volumes_volumes_attached_item = os_extended_volumes_volumes_attached_item_data.to_dict()
                os_extended_volumes_volumes_attached.append(os_extended_volumes_volumes_attached_item)

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
        if key_name is not UNSET:
            field_dict["key_name"] = key_name
        if security_groups is not UNSET:
            field_dict["security_groups"] = security_groups
        if config_drive is not UNSET:
            field_dict["config_drive"] = config_drive
        if os_ext_az_availability_zone is not UNSET:
            field_dict["OS-EXT-AZ:availability_zone"] = os_ext_az_availability_zone
        if os_ext_sts_task_state is not UNSET:
            field_dict["OS-EXT-STS:task_state"] = os_ext_sts_task_state
        if os_ext_sts_vm_state is not UNSET:
            field_dict["OS-EXT-STS:vm_state"] = os_ext_sts_vm_state
        if os_ext_sts_power_state is not UNSET:
            field_dict["OS-EXT-STS:power_state"] = os_ext_sts_power_state
        if os_srv_usg_launched_at is not UNSET:
            field_dict["OS-SRV-USG:launched_at"] = os_srv_usg_launched_at
        if os_srv_usg_terminated_at is not UNSET:
            field_dict["OS-SRV-USG:terminated_at"] = os_srv_usg_terminated_at
        if nhn_ext_attr_protect is not UNSET:
            field_dict["NHN-EXT-ATTR:protect"] = nhn_ext_attr_protect
        if nhn_ext_attr_ephemeral_disk_size is not UNSET:
            field_dict["NHN-EXT-ATTR:ephemeral_disk_size"] = nhn_ext_attr_ephemeral_disk_size
        if os_extended_volumes_volumes_attached is not UNSET:
            field_dict["os-extended-volumes:volumes_attached"] = os_extended_volumes_volumes_attached

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

        key_name = d.get("key_name", UNSET)

        _security_groups = d.get("security_groups", UNSET)
        security_groups: list[SecurityGroupRef] | Unset = UNSET
        if _security_groups is not UNSET:
            security_groups = []
            for security_groups_item_data in _security_groups:
                security_groups_item = SecurityGroupRef.from_dict(security_groups_item_data)

                security_groups.append(security_groups_item)

        config_drive = d.get("config_drive", UNSET)

        os_ext_az_availability_zone = d.get("OS-EXT-AZ:availability_zone", UNSET)

        os_ext_sts_task_state = d.get("OS-EXT-STS:task_state", UNSET)

        os_ext_sts_vm_state = _parse_os_ext_sts_vm_state(d.get("OS-EXT-STS:vm_state", UNSET))

        os_ext_sts_power_state = _parse_os_ext_sts_power_state(d.get("OS-EXT-STS:power_state", UNSET))

        os_srv_usg_launched_at = _parse_os_srv_usg_launched_at(d.get("OS-SRV-USG:launched_at", UNSET))

        os_srv_usg_terminated_at = _parse_os_srv_usg_terminated_at(d.get("OS-SRV-USG:terminated_at", UNSET))

        nhn_ext_attr_protect = d.get("NHN-EXT-ATTR:protect", UNSET)

        nhn_ext_attr_ephemeral_disk_size = d.get("NHN-EXT-ATTR:ephemeral_disk_size", UNSET)

        _os_extended_volumes_volumes_attached = d.get("os-extended-volumes:volumes_attached", UNSET)
        os_extended_volumes_volumes_attached: list[AttachedVolume] | Unset = UNSET
        if _os_extended_volumes_volumes_attached is not UNSET:
            os_extended_volumes_volumes_attached = []
            for os_extended_volumes_volumes_attached_item_data in _os_extended_volumes_volumes_attached:
                os_extended_volumes_volumes_attached_item = AttachedVolume.from_dict(
                    os_extended_volumes_volumes_attached_item_data
                )

                os_extended_volumes_volumes_attached.append(os_extended_volumes_volumes_attached_item)

        fields_found = 13
        fields_found += access_ipv4 is not UNSET
        fields_found += access_ipv6 is not UNSET
        fields_found += os_dcf_disk_config is not UNSET
        fields_found += progress is not UNSET
        fields_found += fault is not UNSET
        fields_found += key_name is not UNSET
        fields_found += security_groups is not UNSET
        fields_found += config_drive is not UNSET
        fields_found += os_ext_az_availability_zone is not UNSET
        fields_found += os_ext_sts_task_state is not UNSET
        fields_found += os_ext_sts_vm_state is not UNSET
        fields_found += os_ext_sts_power_state is not UNSET
        fields_found += os_srv_usg_launched_at is not UNSET
        fields_found += os_srv_usg_terminated_at is not UNSET
        fields_found += nhn_ext_attr_protect is not UNSET
        fields_found += nhn_ext_attr_ephemeral_disk_size is not UNSET
        fields_found += os_extended_volumes_volumes_attached is not UNSET

        if cls is Server:
            server = object.__new__(cls)
            server.id = id
            server.name = name
            server.status = status
            server.tenant_id = tenant_id
            server.user_id = user_id
            server.metadata = metadata
            server.host_id = host_id
            server.image = image
            server.flavor = flavor
            server.created = created
            server.updated = updated
            server.addresses = addresses
            server.links = links
            server.access_ipv4 = access_ipv4
            server.access_ipv6 = access_ipv6
            server.os_dcf_disk_config = os_dcf_disk_config
            server.progress = progress
            server.fault = fault
            server.key_name = key_name
            server.security_groups = security_groups
            server.config_drive = config_drive
            server.os_ext_az_availability_zone = os_ext_az_availability_zone
            server.os_ext_sts_task_state = os_ext_sts_task_state
            server.os_ext_sts_vm_state = os_ext_sts_vm_state
            server.os_ext_sts_power_state = os_ext_sts_power_state
            server.os_srv_usg_launched_at = os_srv_usg_launched_at
            server.os_srv_usg_terminated_at = os_srv_usg_terminated_at
            server.nhn_ext_attr_protect = nhn_ext_attr_protect
            server.nhn_ext_attr_ephemeral_disk_size = nhn_ext_attr_ephemeral_disk_size
            server.os_extended_volumes_volumes_attached = os_extended_volumes_volumes_attached
        else:
            server = cls(
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
                key_name,
                security_groups,
                config_drive,
                os_ext_az_availability_zone,
                os_ext_sts_task_state,
                os_ext_sts_vm_state,
                os_ext_sts_power_state,
                os_srv_usg_launched_at,
                os_srv_usg_terminated_at,
                nhn_ext_attr_protect,
                nhn_ext_attr_ephemeral_disk_size,
                os_extended_volumes_volumes_attached,
            )

        if len(d) != fields_found:
            server.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return server

    @staticmethod
    def _from_wire(w: _ServerWire) -> Server:
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

        key_name = w.key_name

        _security_groups = w.security_groups
        security_groups: list[SecurityGroupRef] | Unset = UNSET
        if _security_groups is not UNSET:
            security_groups = []
            for security_groups_item_data in _security_groups:
                security_groups_item = SecurityGroupRef._from_wire(security_groups_item_data)

                security_groups.append(security_groups_item)

        config_drive = w.config_drive

        os_ext_az_availability_zone = w.os_ext_az_availability_zone

        os_ext_sts_task_state = w.os_ext_sts_task_state

        os_ext_sts_vm_state = _parse_os_ext_sts_vm_state(w.os_ext_sts_vm_state)

        os_ext_sts_power_state = _parse_os_ext_sts_power_state(w.os_ext_sts_power_state)

        os_srv_usg_launched_at = _parse_os_srv_usg_launched_at(w.os_srv_usg_launched_at)

        os_srv_usg_terminated_at = _parse_os_srv_usg_terminated_at(w.os_srv_usg_terminated_at)

        nhn_ext_attr_protect = w.nhn_ext_attr_protect

        nhn_ext_attr_ephemeral_disk_size = w.nhn_ext_attr_ephemeral_disk_size

        _os_extended_volumes_volumes_attached = w.os_extended_volumes_volumes_attached
        os_extended_volumes_volumes_attached: list[AttachedVolume] | Unset = UNSET
        if _os_extended_volumes_volumes_attached is not UNSET:
            os_extended_volumes_volumes_attached = []
            for os_extended_volumes_volumes_attached_item_data in _os_extended_volumes_volumes_attached:
                os_extended_volumes_volumes_attached_item = AttachedVolume._from_wire(
                    os_extended_volumes_volumes_attached_item_data
                )

                os_extended_volumes_volumes_attached.append(os_extended_volumes_volumes_attached_item)

        server = object.__new__(Server)
        server.id = id
        server.name = name
        server.status = status
        server.tenant_id = tenant_id
        server.user_id = user_id
        server.metadata = metadata
        server.host_id = host_id
        server.image = image
        server.flavor = flavor
        server.created = created
        server.updated = updated
        server.addresses = addresses
        server.links = links
        server.access_ipv4 = access_ipv4
        server.access_ipv6 = access_ipv6
        server.os_dcf_disk_config = os_dcf_disk_config
        server.progress = progress
        server.fault = fault
        server.key_name = key_name
        server.security_groups = security_groups
        server.config_drive = config_drive
        server.os_ext_az_availability_zone = os_ext_az_availability_zone
        server.os_ext_sts_task_state = os_ext_sts_task_state
        server.os_ext_sts_vm_state = os_ext_sts_vm_state
        server.os_ext_sts_power_state = os_ext_sts_power_state
        server.os_srv_usg_launched_at = os_srv_usg_launched_at
        server.os_srv_usg_terminated_at = os_srv_usg_terminated_at
        server.nhn_ext_attr_protect = nhn_ext_attr_protect
        server.nhn_ext_attr_ephemeral_disk_size = nhn_ext_attr_ephemeral_disk_size
        server.os_extended_volumes_volumes_attached = os_extended_volumes_volumes_attached
        return server

    @staticmethod
    def _from_response(response: httpx.Response) -> Server:
        return from_response(response, _ServerWire, Server._from_wire, Server.from_dict)

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
    _ServerWire = Any
else:

    class _ServerWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
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
        key_name: Any = _msgspec.field(default=UNSET, name="key_name")
        security_groups: list[_SecurityGroupRefWire] | _msgspec.UnsetType = _msgspec.field(
            default=UNSET, name="security_groups"
        )
        config_drive: Any = _msgspec.field(default=UNSET, name="config_drive")
        os_ext_az_availability_zone: Any = _msgspec.field(default=UNSET, name="OS-EXT-AZ:availability_zone")
        os_ext_sts_task_state: Any = _msgspec.field(default=UNSET, name="OS-EXT-STS:task_state")
        os_ext_sts_vm_state: Any = _msgspec.field(default=UNSET, name="OS-EXT-STS:vm_state")
        os_ext_sts_power_state: Any = _msgspec.field(default=UNSET, name="OS-EXT-STS:power_state")
        os_srv_usg_launched_at: Any = _msgspec.field(default=UNSET, name="OS-SRV-USG:launched_at")
        os_srv_usg_terminated_at: Any = _msgspec.field(default=UNSET, name="OS-SRV-USG:terminated_at")
        nhn_ext_attr_protect: Any = _msgspec.field(default=UNSET, name="NHN-EXT-ATTR:protect")
        nhn_ext_attr_ephemeral_disk_size: Any = _msgspec.field(default=UNSET, name="NHN-EXT-ATTR:ephemeral_disk_size")
        os_extended_volumes_volumes_attached: list[_AttachedVolumeWire] | _msgspec.UnsetType = _msgspec.field(
            default=UNSET, name="os-extended-volumes:volumes_attached"
        )


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
        "key_name",
        "security_groups",
        "config_drive",
        "OS-EXT-AZ:availability_zone",
        "OS-EXT-STS:task_state",
        "OS-EXT-STS:vm_state",
        "OS-EXT-STS:power_state",
        "OS-SRV-USG:launched_at",
        "OS-SRV-USG:terminated_at",
        "NHN-EXT-ATTR:protect",
        "NHN-EXT-ATTR:ephemeral_disk_size",
        "os-extended-volumes:volumes_attached",
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


_SERVER_VM_STATE_VALUES = ServerVmState._value2member_map_


def _parse_os_ext_sts_vm_state(data: object) -> None | ServerVmState | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        os_ext_sts_vm_state_type_0 = _SERVER_VM_STATE_VALUES.get(data)
        if os_ext_sts_vm_state_type_0 is not None:
            return os_ext_sts_vm_state_type_0  # type: ignore[return-value]
    return cast(None | ServerVmState | str | Unset, data)


_SERVER_POWER_STATE_VALUES = ServerPowerState._value2member_map_


def _parse_os_ext_sts_power_state(data: object) -> int | None | ServerPowerState | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, int):
        os_ext_sts_power_state_type_0 = _SERVER_POWER_STATE_VALUES.get(data)
        if os_ext_sts_power_state_type_0 is not None:
            return os_ext_sts_power_state_type_0  # type: ignore[return-value]
    return cast(int | None | ServerPowerState | Unset, data)


def _parse_os_srv_usg_launched_at(data: object) -> datetime.datetime | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_naive_timestamp_type_0 = datetime.datetime.fromisoformat(data)

        return componentsschemas_naive_timestamp_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | str | Unset, data)


def _parse_os_srv_usg_terminated_at(data: object) -> datetime.datetime | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_naive_timestamp_type_0 = datetime.datetime.fromisoformat(data)

        return componentsschemas_naive_timestamp_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | str | Unset, data)


from ..models.attached_volume import AttachedVolume, _AttachedVolumeWire
from ..models.link import Link, _LinkWire
from ..models.security_group_ref import SecurityGroupRef, _SecurityGroupRefWire
from ..models.server_addresses import ServerAddresses
from ..models.server_fault import ServerFault, _ServerFaultWire
from ..models.server_flavor import ServerFlavor, _ServerFlavorWire
from ..models.server_image import ServerImage
from ..models.server_metadata import ServerMetadata
