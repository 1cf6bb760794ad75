from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import decode_json

if TYPE_CHECKING:
    import httpx


if TYPE_CHECKING:
    from ..models.server_address import ServerAddress


T = TypeVar("T", bound="ServerAddresses")


@_attrs_define
class ServerAddresses:
    """IP addresses of the server by network name (인스턴스 IP 목록 객체): each key is a network name, each value the list of
    addresses on that network. Empty (`{}`) while the server is building. The document shows each network as an object;
    it is an array (errata E25).

        Example:
            {'vpc2': [{'OS-EXT-IPS-MAC:mac_addr': 'fa:16:3e:54:a7:64', 'version': 4, 'addr': '172.16.0.40', 'OS-EXT-
                IPS:type': 'fixed'}]}

    """

    additional_properties: dict[str, list[ServerAddress]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        if cls is ServerAddresses:
            server_addresses = object.__new__(cls)
        else:
            server_addresses = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = []
            _additional_property = prop_dict
            for additional_property_item_data in _additional_property:
                additional_property_item = ServerAddress.from_dict(additional_property_item_data)

                additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        server_addresses.additional_properties = additional_properties
        return server_addresses

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerAddresses:
        return ServerAddresses.from_dict(decode_json(response))

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[ServerAddress]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[ServerAddress]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.server_address import ServerAddress
