from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, from_response

if TYPE_CHECKING:
    import httpx
from typing import cast
from uuid import UUID

from ..models.disk_config import DiskConfig
from ..types import first_read_of_additional_properties, parse_uuid

if TYPE_CHECKING:
    from ..models.link import Link
    from ..models.security_group_ref import SecurityGroupRef


T = TypeVar("T", bound="ServerCreated")


@_attrs_define
class ServerCreated:
    """The server being created; poll it until `status` is `ACTIVE`."""

    id: UUID
    """ ID of the new server (생성한 인스턴스의 ID). """
    links: list[Link]
    """ Links to the new server. """
    os_dcf_disk_config: DiskConfig | str | Unset = UNSET
    """ Disk partitioning mode, `AUTO` or `MANUAL`; may be absent (errata E85). """
    security_groups: list[SecurityGroupRef] | Unset = UNSET
    """ Security groups of the new server (보안 그룹 이름). """
    admin_pass: str | Unset = UNSET
    """ The generated administrator password, when the service sets one (errata E33). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        os_dcf_disk_config: str | Unset
        if isinstance(self.os_dcf_disk_config, Unset):
            os_dcf_disk_config = UNSET
        elif isinstance(self.os_dcf_disk_config, DiskConfig):
            os_dcf_disk_config = self.os_dcf_disk_config.value
        else:
            os_dcf_disk_config = self.os_dcf_disk_config

        security_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.security_groups, Unset):
            security_groups = []
            for security_groups_item_data in self.security_groups:
                security_groups_item = security_groups_item_data.to_dict()
                security_groups.append(security_groups_item)

        admin_pass = self.admin_pass

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "links": links,
            }
        )
        if os_dcf_disk_config is not UNSET:
            field_dict["OS-DCF:diskConfig"] = os_dcf_disk_config
        if security_groups is not UNSET:
            field_dict["security_groups"] = security_groups
        if admin_pass is not UNSET:
            field_dict["adminPass"] = admin_pass

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = parse_uuid(d["id"])

        links = []
        _links = d["links"]
        for links_item_data in _links:
            links_item = Link.from_dict(links_item_data)

            links.append(links_item)

        os_dcf_disk_config = _parse_os_dcf_disk_config(d.get("OS-DCF:diskConfig", UNSET))

        _security_groups = d.get("security_groups", UNSET)
        security_groups: list[SecurityGroupRef] | Unset = UNSET
        if _security_groups is not UNSET:
            security_groups = []
            for security_groups_item_data in _security_groups:
                security_groups_item = SecurityGroupRef.from_dict(security_groups_item_data)

                security_groups.append(security_groups_item)

        admin_pass = d.get("adminPass", UNSET)

        fields_found = 2
        fields_found += os_dcf_disk_config is not UNSET
        fields_found += security_groups is not UNSET
        fields_found += admin_pass is not UNSET

        if cls is ServerCreated:
            server_created = object.__new__(cls)
            server_created.id = id
            server_created.links = links
            server_created.os_dcf_disk_config = os_dcf_disk_config
            server_created.security_groups = security_groups
            server_created.admin_pass = admin_pass
        else:
            server_created = cls(
                id,
                links,
                os_dcf_disk_config,
                security_groups,
                admin_pass,
            )

        if len(d) != fields_found:
            server_created.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return server_created

    @staticmethod
    def _from_wire(w: _ServerCreatedWire) -> ServerCreated:
        id = w.id

        links = []
        _links = w.links
        for links_item_data in _links:
            links_item = Link._from_wire(links_item_data)

            links.append(links_item)

        os_dcf_disk_config = _parse_os_dcf_disk_config(w.os_dcf_disk_config)

        _security_groups = w.security_groups
        security_groups: list[SecurityGroupRef] | Unset = UNSET
        if _security_groups is not UNSET:
            security_groups = []
            for security_groups_item_data in _security_groups:
                security_groups_item = SecurityGroupRef._from_wire(security_groups_item_data)

                security_groups.append(security_groups_item)

        admin_pass = w.admin_pass

        server_created = object.__new__(ServerCreated)
        server_created.id = id
        server_created.links = links
        server_created.os_dcf_disk_config = os_dcf_disk_config
        server_created.security_groups = security_groups
        server_created.admin_pass = admin_pass
        return server_created

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerCreated:
        return from_response(response, _ServerCreatedWire, ServerCreated._from_wire, ServerCreated.from_dict)

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
    _ServerCreatedWire = Any
else:

    class _ServerCreatedWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        id: UUID = _msgspec.field(name="id")
        links: list[_LinkWire] = _msgspec.field(name="links")
        os_dcf_disk_config: Any = _msgspec.field(default=UNSET, name="OS-DCF:diskConfig")
        security_groups: list[_SecurityGroupRefWire] | _msgspec.UnsetType = _msgspec.field(
            default=UNSET, name="security_groups"
        )
        admin_pass: Any = _msgspec.field(default=UNSET, name="adminPass")


_FIELD_KEYS = frozenset(
    {
        "id",
        "links",
        "OS-DCF:diskConfig",
        "security_groups",
        "adminPass",
    }
)


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
from ..models.security_group_ref import SecurityGroupRef, _SecurityGroupRefWire
