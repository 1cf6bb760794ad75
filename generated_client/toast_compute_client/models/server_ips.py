from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec as _msgspec
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import from_response

if TYPE_CHECKING:
    import httpx

from ..types import first_read_of_additional_properties

if TYPE_CHECKING:
    from ..models.server_addresses import ServerAddresses


T = TypeVar("T", bound="ServerIps")


@_attrs_define
class ServerIps:
    """The IP addresses of a server by network (Nova's `ips`), the same map as a server's `addresses` (errata E91)."""

    addresses: ServerAddresses
    """ IP addresses of the server by network name (인스턴스 IP 목록 객체): each key is a network name, each value the list
    of addresses on that network. Empty (`{}`) while the server is building. The document shows each network as an
    object; it is an array (errata E25). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addresses = self.addresses.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addresses": addresses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        addresses = ServerAddresses.from_dict(d["addresses"])

        fields_found = 1

        if cls is ServerIps:
            server_ips = object.__new__(cls)
            server_ips.addresses = addresses
        else:
            server_ips = cls(
                addresses,
            )

        if len(d) != fields_found:
            server_ips.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return server_ips

    @staticmethod
    def _from_wire(w: _ServerIpsWire) -> ServerIps:
        addresses = ServerAddresses.from_dict(w.addresses)

        server_ips = object.__new__(ServerIps)
        server_ips.addresses = addresses
        return server_ips

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerIps:
        return from_response(response, _ServerIpsWire, ServerIps._from_wire, ServerIps.from_dict)

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
    _ServerIpsWire = Any
else:

    class _ServerIpsWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        addresses: Any = _msgspec.field(name="addresses")


_FIELD_KEYS = frozenset(
    {
        "addresses",
    }
)


from ..models.server_addresses import ServerAddresses
