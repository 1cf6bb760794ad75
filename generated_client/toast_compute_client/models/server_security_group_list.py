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
    from ..models.server_security_group import ServerSecurityGroup


T = TypeVar("T", bound="ServerSecurityGroupList")


@_attrs_define
class ServerSecurityGroupList:
    """The security groups of a server."""

    security_groups: list[ServerSecurityGroup]
    """ Security groups applied to the server's ports. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        security_groups = []
        for security_groups_item_data in self.security_groups:
            security_groups_item = security_groups_item_data.to_dict()
            security_groups.append(security_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "security_groups": security_groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        security_groups = []
        _security_groups = d["security_groups"]
        for security_groups_item_data in _security_groups:
            security_groups_item = ServerSecurityGroup.from_dict(security_groups_item_data)

            security_groups.append(security_groups_item)

        fields_found = 1

        if cls is ServerSecurityGroupList:
            server_security_group_list = object.__new__(cls)
            server_security_group_list.security_groups = security_groups
        else:
            server_security_group_list = cls(
                security_groups,
            )

        if len(d) != fields_found:
            server_security_group_list.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return server_security_group_list

    @staticmethod
    def _from_wire(w: _ServerSecurityGroupListWire) -> ServerSecurityGroupList:
        security_groups = []
        _security_groups = w.security_groups
        for security_groups_item_data in _security_groups:
            security_groups_item = ServerSecurityGroup._from_wire(security_groups_item_data)

            security_groups.append(security_groups_item)

        server_security_group_list = object.__new__(ServerSecurityGroupList)
        server_security_group_list.security_groups = security_groups
        return server_security_group_list

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerSecurityGroupList:
        return from_response(
            response,
            _ServerSecurityGroupListWire,
            ServerSecurityGroupList._from_wire,
            ServerSecurityGroupList.from_dict,
        )

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
    _ServerSecurityGroupListWire = Any
else:

    class _ServerSecurityGroupListWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        security_groups: list[_ServerSecurityGroupWire] = _msgspec.field(name="security_groups")


_FIELD_KEYS = frozenset(
    {
        "security_groups",
    }
)


from ..models.server_security_group import ServerSecurityGroup, _ServerSecurityGroupWire
