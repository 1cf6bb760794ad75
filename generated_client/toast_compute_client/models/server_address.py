from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, from_response

if TYPE_CHECKING:
    import httpx
from ..types import first_read_of_additional_properties

T = TypeVar("T", bound="ServerAddress")


@_attrs_define
class ServerAddress:
    """One IP address of a server port (Network별 포트 정보)."""

    addr: str
    """ The IP address (포트의 IP 주소). """
    version: int
    """ IP version (IP 버전), 4 or 6. TOAST supports only IPv4. """
    os_ext_ips_type: str | Unset = UNSET
    """ Address type (IP 주소 타입). Known values: `fixed`, `floating`. """
    os_ext_ips_mac_mac_addr: str | Unset = UNSET
    """ MAC address of the port (포트의 MAC 주소). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addr = self.addr

        version = self.version

        os_ext_ips_type = self.os_ext_ips_type

        os_ext_ips_mac_mac_addr = self.os_ext_ips_mac_mac_addr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addr": addr,
                "version": version,
            }
        )
        if os_ext_ips_type is not UNSET:
            field_dict["OS-EXT-IPS:type"] = os_ext_ips_type
        if os_ext_ips_mac_mac_addr is not UNSET:
            field_dict["OS-EXT-IPS-MAC:mac_addr"] = os_ext_ips_mac_mac_addr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        addr = d["addr"]

        version = d["version"]

        os_ext_ips_type = d.get("OS-EXT-IPS:type", UNSET)

        os_ext_ips_mac_mac_addr = d.get("OS-EXT-IPS-MAC:mac_addr", UNSET)

        fields_found = 2
        fields_found += os_ext_ips_type is not UNSET
        fields_found += os_ext_ips_mac_mac_addr is not UNSET

        if cls is ServerAddress:
            server_address = object.__new__(cls)
            server_address.addr = addr
            server_address.version = version
            server_address.os_ext_ips_type = os_ext_ips_type
            server_address.os_ext_ips_mac_mac_addr = os_ext_ips_mac_mac_addr
        else:
            server_address = cls(
                addr,
                version,
                os_ext_ips_type,
                os_ext_ips_mac_mac_addr,
            )

        if len(d) != fields_found:
            server_address.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return server_address

    @staticmethod
    def _from_wire(w: _ServerAddressWire) -> ServerAddress:
        addr = w.addr

        version = w.version

        os_ext_ips_type = w.os_ext_ips_type

        os_ext_ips_mac_mac_addr = w.os_ext_ips_mac_mac_addr

        server_address = object.__new__(ServerAddress)
        server_address.addr = addr
        server_address.version = version
        server_address.os_ext_ips_type = os_ext_ips_type
        server_address.os_ext_ips_mac_mac_addr = os_ext_ips_mac_mac_addr
        return server_address

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerAddress:
        return from_response(response, _ServerAddressWire, ServerAddress._from_wire, ServerAddress.from_dict)

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
    _ServerAddressWire = Any
else:

    class _ServerAddressWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        addr: Any = _msgspec.field(name="addr")
        version: Any = _msgspec.field(name="version")
        os_ext_ips_type: Any = _msgspec.field(default=UNSET, name="OS-EXT-IPS:type")
        os_ext_ips_mac_mac_addr: Any = _msgspec.field(default=UNSET, name="OS-EXT-IPS-MAC:mac_addr")


_FIELD_KEYS = frozenset(
    {
        "addr",
        "version",
        "OS-EXT-IPS:type",
        "OS-EXT-IPS-MAC:mac_addr",
    }
)
