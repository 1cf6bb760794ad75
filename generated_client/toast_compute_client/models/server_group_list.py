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
    from ..models.server_group import ServerGroup


T = TypeVar("T", bound="ServerGroupList")


@_attrs_define
class ServerGroupList:
    """The placement policies of the tenant (배치 정책 목록)."""

    server_groups: list[ServerGroup]
    """ Placement policies (배치 정책 객체 목록). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_groups = []
        for server_groups_item_data in self.server_groups:
            server_groups_item = server_groups_item_data.to_dict()
            server_groups.append(server_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "server_groups": server_groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        server_groups = []
        _server_groups = d["server_groups"]
        for server_groups_item_data in _server_groups:
            server_groups_item = ServerGroup.from_dict(server_groups_item_data)

            server_groups.append(server_groups_item)

        fields_found = 1

        if cls is ServerGroupList:
            server_group_list = object.__new__(cls)
            server_group_list.server_groups = server_groups
        else:
            server_group_list = cls(
                server_groups,
            )

        if len(d) != fields_found:
            server_group_list.additional_properties = {key: value for key, value in d.items() if key not in _FIELD_KEYS}
        return server_group_list

    @staticmethod
    def _from_wire(w: _ServerGroupListWire) -> ServerGroupList:
        server_groups = []
        _server_groups = w.server_groups
        for server_groups_item_data in _server_groups:
            server_groups_item = ServerGroup._from_wire(server_groups_item_data)

            server_groups.append(server_groups_item)

        server_group_list = object.__new__(ServerGroupList)
        server_group_list.server_groups = server_groups
        return server_group_list

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerGroupList:
        return from_response(response, _ServerGroupListWire, ServerGroupList._from_wire, ServerGroupList.from_dict)

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
    _ServerGroupListWire = Any
else:

    class _ServerGroupListWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        server_groups: list[_ServerGroupWire] = _msgspec.field(name="server_groups")


_FIELD_KEYS = frozenset(
    {
        "server_groups",
    }
)


from ..models.server_group import ServerGroup, _ServerGroupWire
