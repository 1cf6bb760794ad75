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

if TYPE_CHECKING:
    from ..models.link import Link
    from ..models.server import Server


T = TypeVar("T", bound="ServerDetailList")


@_attrs_define
class ServerDetailList:
    """A page of servers with their details (인스턴스 목록 상세)."""

    servers: list[Server]
    """ The servers (인스턴스 목록 객체). """
    servers_links: list[Link] | Unset = UNSET
    """ A `next` link, present when the page is full. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        servers = []
        for servers_item_data in self.servers:
            servers_item = servers_item_data.to_dict()
            servers.append(servers_item)

        servers_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.servers_links, Unset):
            servers_links = []
            for servers_links_item_data in self.servers_links:
                servers_links_item = servers_links_item_data.to_dict()
                servers_links.append(servers_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "servers": servers,
            }
        )
        if servers_links is not UNSET:
            field_dict["servers_links"] = servers_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        servers = []
        _servers = d["servers"]
        for servers_item_data in _servers:
            servers_item = Server.from_dict(servers_item_data)

            servers.append(servers_item)

        _servers_links = d.get("servers_links", UNSET)
        servers_links: list[Link] | Unset = UNSET
        if _servers_links is not UNSET:
            servers_links = []
            for servers_links_item_data in _servers_links:
                servers_links_item = Link.from_dict(servers_links_item_data)

                servers_links.append(servers_links_item)

        fields_found = 1
        fields_found += servers_links is not UNSET

        if cls is ServerDetailList:
            server_detail_list = object.__new__(cls)
            server_detail_list.servers = servers
            server_detail_list.servers_links = servers_links
        else:
            server_detail_list = cls(
                servers,
                servers_links,
            )

        if len(d) != fields_found:
            server_detail_list.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return server_detail_list

    @staticmethod
    def _from_wire(w: _ServerDetailListWire) -> ServerDetailList:
        servers = []
        _servers = w.servers
        for servers_item_data in _servers:
            servers_item = Server._from_wire(servers_item_data)

            servers.append(servers_item)

        _servers_links = w.servers_links
        servers_links: list[Link] | Unset = UNSET
        if _servers_links is not UNSET:
            servers_links = []
            for servers_links_item_data in _servers_links:
                servers_links_item = Link._from_wire(servers_links_item_data)

                servers_links.append(servers_links_item)

        server_detail_list = object.__new__(ServerDetailList)
        server_detail_list.servers = servers
        server_detail_list.servers_links = servers_links
        return server_detail_list

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerDetailList:
        return from_response(response, _ServerDetailListWire, ServerDetailList._from_wire, ServerDetailList.from_dict)

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
    _ServerDetailListWire = Any
else:

    class _ServerDetailListWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        servers: list[_ServerWire] = _msgspec.field(name="servers")
        servers_links: list[_LinkWire] | _msgspec.UnsetType = _msgspec.field(default=UNSET, name="servers_links")


_FIELD_KEYS = frozenset(
    {
        "servers",
        "servers_links",
    }
)


from ..models.link import Link, _LinkWire
from ..models.server import Server, _ServerWire
