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
    from ..models.server_group_create import ServerGroupCreate


T = TypeVar("T", bound="ServerGroupCreateRequest")


@_attrs_define
class ServerGroupCreateRequest:
    """Request body of a placement policy create."""

    server_group: ServerGroupCreate
    """ The placement policy to create (배치 정책 객체). """
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
        server_group = ServerGroupCreate.from_dict(d["server_group"])

        fields_found = 1

        if cls is ServerGroupCreateRequest:
            server_group_create_request = object.__new__(cls)
            server_group_create_request.server_group = server_group
        else:
            server_group_create_request = cls(
                server_group,
            )

        if len(d) != fields_found:
            server_group_create_request.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELD_KEYS
            }
        return server_group_create_request

    @staticmethod
    def _from_wire(w: _ServerGroupCreateRequestWire) -> ServerGroupCreateRequest:
        server_group = ServerGroupCreate._from_wire(w.server_group)

        server_group_create_request = object.__new__(ServerGroupCreateRequest)
        server_group_create_request.server_group = server_group
        return server_group_create_request

    @staticmethod
    def _from_response(response: httpx.Response) -> ServerGroupCreateRequest:
        return from_response(
            response,
            _ServerGroupCreateRequestWire,
            ServerGroupCreateRequest._from_wire,
            ServerGroupCreateRequest.from_dict,
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
    _ServerGroupCreateRequestWire = Any
else:

    class _ServerGroupCreateRequestWire(_msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
        server_group: _ServerGroupCreateWire = _msgspec.field(name="server_group")


_FIELD_KEYS = frozenset(
    {
        "server_group",
    }
)


from ..models.server_group_create import ServerGroupCreate, _ServerGroupCreateWire
