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

from ..types import first_read_of_additional_properties, parse_uuid

T = TypeVar("T", bound="ServerNetwork")


@_attrs_define
class ServerNetwork:
    """A NIC to create (네트워크 정보 객체). Give one of `uuid` (network), `subnet` (TOAST), `port`; `fixed_ip` may go with a
    network or subnet.

    """

    uuid: UUID | Unset = UNSET
    """ Network ID (네트워크 ID). """
    subnet: UUID | Unset = UNSET
    """ Subnet ID. A TOAST extension the document's example uses but its table omits (errata E28). """
    port: UUID | Unset = UNSET
    """ Port ID (포트 ID). """
    fixed_ip: str | Unset = UNSET
    """ Fixed IP to give the NIC (고정 IP). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        subnet: str | Unset = UNSET
        if not isinstance(self.subnet, Unset):
            subnet = str(self.subnet)

        port: str | Unset = UNSET
        if not isinstance(self.port, Unset):
            port = str(self.port)

        fixed_ip = self.fixed_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if subnet is not UNSET:
            field_dict["subnet"] = subnet
        if port is not UNSET:
            field_dict["port"] = port
        if fixed_ip is not UNSET:
            field_dict["fixed_ip"] = fixed_ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _uuid = d.get("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = parse_uuid(_uuid)

        _subnet = d.get("subnet", UNSET)
        subnet: UUID | Unset
        if isinstance(_subnet, Unset):
            subnet = UNSET
        else:
            subnet = parse_uuid(_subnet)

        _port = d.get("port", UNSET)
        port: UUID | Unset
        if isinstance(_port, Unset):
            port = UNSET
        else:
            port = parse_uuid(_port)

        fixed_ip = d.get("fixed_ip", UNSET)

        fields_found = 0
        fields_found += uuid is not UNSET
        fields_found += subnet is not UNSET
        fields_found += port is not UNSET
        fields_found += fixed_ip is not UNSET

        if cls is ServerNetwork:
            server_network = object.__new__(cls)
            server_network.uuid = uuid
            server_network.subnet = subnet
            server_network.port = port
            server_network.fixed_ip = fixed_ip
        else:
            server_network = cls(
                uuid,
                subnet,
                port,
                fixed_ip,
            )

        if len(d) != fields_found:
            server_network.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return server_network

    @staticmethod
    def _from_wire(w: _ServerNetworkWire) -> ServerNetwork:
        uuid = w.uuid

        subnet = w.subnet

        port = w.port

        fixed_ip = w.fixed_ip

        server_network = object.__new__(ServerNetwork)
        server_network.uuid = uuid
        server_network.subnet = subnet
        server_network.port = port
        server_network.fixed_ip = fixed_ip
        return server_network

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerNetwork:
        return from_response(response, _ServerNetworkWire, ServerNetwork._from_wire, ServerNetwork.from_dict)

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
    _ServerNetworkWire = Any
else:

    class _ServerNetworkWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        uuid: UUID | _msgspec.UnsetType = _msgspec.field(default=UNSET, name="uuid")
        subnet: UUID | _msgspec.UnsetType = _msgspec.field(default=UNSET, name="subnet")
        port: UUID | _msgspec.UnsetType = _msgspec.field(default=UNSET, name="port")
        fixed_ip: Any = _msgspec.field(default=UNSET, name="fixed_ip")


_FIELD_KEYS = frozenset(
    {
        "uuid",
        "subnet",
        "port",
        "fixed_ip",
    }
)
