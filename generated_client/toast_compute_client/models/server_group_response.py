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


T = TypeVar("T", bound="ServerGroupResponse")


@_attrs_define
class ServerGroupResponse:
    """One placement policy."""

    server_group: ServerGroup
    """ A placement policy (배치 정책), Nova's server group in its legacy (before 2.64) shape: a `policies` array.
    Servers join it at create time through `os:scheduler_hints.group` and leave it when deleted (errata E76). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_group = self.server_group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "server_group": server_group,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        server_group = ServerGroup.from_dict(d["server_group"])

        fields_found = 1

        if cls is ServerGroupResponse:
            server_group_response = object.__new__(cls)
            server_group_response.server_group = server_group
        else:
            server_group_response = cls(
                server_group,
            )

        if len(d) != fields_found:
            server_group_response.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return server_group_response

    @staticmethod
    def _from_wire(w: _ServerGroupResponseWire) -> ServerGroupResponse:
        server_group = ServerGroup._from_wire(w.server_group)

        server_group_response = object.__new__(ServerGroupResponse)
        server_group_response.server_group = server_group
        return server_group_response

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerGroupResponse:
        return from_response(
            response, _ServerGroupResponseWire, ServerGroupResponse._from_wire, ServerGroupResponse.from_dict
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
    _ServerGroupResponseWire = Any
else:

    class _ServerGroupResponseWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        server_group: _ServerGroupWire = _msgspec.field(name="server_group")


_FIELD_KEYS = frozenset(
    {
        "server_group",
    }
)


from ..models.server_group import ServerGroup, _ServerGroupWire
