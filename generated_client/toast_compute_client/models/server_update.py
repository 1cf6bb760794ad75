from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, from_response

if TYPE_CHECKING:
    import httpx
from ..models.disk_config import DiskConfig
from ..types import first_read_of_additional_properties

T = TypeVar("T", bound="ServerUpdate")


@_attrs_define
class ServerUpdate:
    """The fields to change (인스턴스 변경 요청 객체)."""

    name: str | Unset = UNSET
    """ A server name (인스턴스 이름): 1–255 printable characters with at least one that is not a space. For a Windows
    image at most 15 characters (a NetBIOS limit the service enforces; the schema cannot know the image). """
    access_ipv4: str | Unset = UNSET
    """ Access IPv4 address (not in the document; errata E37). """
    access_ipv6: str | Unset = UNSET
    """ Access IPv6 address (not in the document; errata E37). """
    os_dcf_disk_config: DiskConfig | Unset = UNSET
    """ Disk partitioning mode (디스크 설정 모드). `AUTO`: the root partition is grown to fill the disk. `MANUAL`:
    partitions are laid out as in the image; space beyond it stays unused. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        access_ipv4 = self.access_ipv4

        access_ipv6 = self.access_ipv6

        os_dcf_disk_config: str | Unset = UNSET
        if not isinstance(self.os_dcf_disk_config, Unset):
            os_dcf_disk_config = self.os_dcf_disk_config.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if access_ipv4 is not UNSET:
            field_dict["accessIPv4"] = access_ipv4
        if access_ipv6 is not UNSET:
            field_dict["accessIPv6"] = access_ipv6
        if os_dcf_disk_config is not UNSET:
            field_dict["OS-DCF:diskConfig"] = os_dcf_disk_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        name = d.get("name", UNSET)

        access_ipv4 = d.get("accessIPv4", UNSET)

        access_ipv6 = d.get("accessIPv6", UNSET)

        _os_dcf_disk_config = d.get("OS-DCF:diskConfig", UNSET)
        os_dcf_disk_config: DiskConfig | Unset
        if isinstance(_os_dcf_disk_config, Unset):
            os_dcf_disk_config = UNSET
        else:
            os_dcf_disk_config = DiskConfig(_os_dcf_disk_config)

        fields_found = 0
        fields_found += name is not UNSET
        fields_found += access_ipv4 is not UNSET
        fields_found += access_ipv6 is not UNSET
        fields_found += os_dcf_disk_config is not UNSET

        if cls is ServerUpdate:
            server_update = object.__new__(cls)
            server_update.name = name
            server_update.access_ipv4 = access_ipv4
            server_update.access_ipv6 = access_ipv6
            server_update.os_dcf_disk_config = os_dcf_disk_config
        else:
            server_update = cls(
                name,
                access_ipv4,
                access_ipv6,
                os_dcf_disk_config,
            )

        if len(d) != fields_found:
            server_update.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return server_update

    @staticmethod
    def _from_wire(w: _ServerUpdateWire) -> ServerUpdate:
        name = w.name

        access_ipv4 = w.access_ipv4

        access_ipv6 = w.access_ipv6

        _os_dcf_disk_config = w.os_dcf_disk_config
        os_dcf_disk_config: DiskConfig | Unset
        if isinstance(_os_dcf_disk_config, Unset):
            os_dcf_disk_config = UNSET
        else:
            os_dcf_disk_config = DiskConfig(_os_dcf_disk_config)

        server_update = object.__new__(ServerUpdate)
        server_update.name = name
        server_update.access_ipv4 = access_ipv4
        server_update.access_ipv6 = access_ipv6
        server_update.os_dcf_disk_config = os_dcf_disk_config
        return server_update

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerUpdate:
        return from_response(response, _ServerUpdateWire, ServerUpdate._from_wire, ServerUpdate.from_dict)

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
    _ServerUpdateWire = Any
else:

    class _ServerUpdateWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        name: Any = _msgspec.field(default=UNSET, name="name")
        access_ipv4: Any = _msgspec.field(default=UNSET, name="accessIPv4")
        access_ipv6: Any = _msgspec.field(default=UNSET, name="accessIPv6")
        os_dcf_disk_config: Any = _msgspec.field(default=UNSET, name="OS-DCF:diskConfig")


_FIELD_KEYS = frozenset(
    {
        "name",
        "accessIPv4",
        "accessIPv6",
        "OS-DCF:diskConfig",
    }
)
